"""File → Phiếu cập nhật tiến độ…, Nhập phiếu tiến độ…, Báo cáo kết quả thực hiện… (issue 14).

A thin layer over :mod:`core.progress_forms` and :mod:`core.export.report`: the window asks for the period,
the folder or the files, shows the preview of an import (what changes, from whom, what is refused and
why, the conflicts) and runs the import as ONE undoable edit (``Document.import_progress``).
"""
from __future__ import annotations

import os
from datetime import date

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from .work import guarded


def tr(s: str) -> str:
    return QCoreApplication.translate("Progress", s)


def periods(today: date | None = None) -> list[str]:
    """The period codes offered, the current half-year first."""
    today = today or date.today()
    y = today.year
    cur = f"{y}-H1" if today.month <= 6 else f"{y}-H2"
    codes = [cur, f"{y}", f"{y}-9M"] + [f"{y}-Q{q}" for q in range(1, 5)] + [f"{y}-H1", f"{y}-H2", f"{y - 1}",
                                                                            f"{y - 1}-H2"]
    return list(dict.fromkeys(codes))


def install(win) -> None:
    acts = []
    for name, text, tip, fn in (
            ("a_progress_forms", tr("Phiếu cập nhật &tiến độ…"),
             tr("Lập cho mỗi cơ quan chủ trì một tệp Excel chỉ gồm nhiệm vụ của cơ quan đó để điền tiến độ."),
             write_forms),
            ("a_progress_import", tr("&Nhập phiếu tiến độ…"),
             tr("Đọc các phiếu tiến độ đã điền vào kế hoạch (xem trước; một bước hoàn tác)."), import_forms),
            ("a_report", tr("&Báo cáo kết quả thực hiện…"),
             tr("Lập báo cáo kết quả thực hiện kế hoạch theo kỳ (Word hoặc PDF)."), write_report),
            ("a_progress_view", tr("&Xem tiến độ thực hiện…"),
             tr("Biểu đồ hoàn thành theo nhóm nhiệm vụ và theo cơ quan chủ trì; danh sách nhiệm vụ quá hạn."),
             show_progress)):
        a = QAction(text, win)
        a.setStatusTip(tip)
        a.triggered.connect(lambda *_, f=fn: guarded(win, f, win))
        win.addAction(a)
        setattr(win, name, a)
        acts.append(a)
    win._progress_drop = _DropForms(win)     # several filled forms dropped on the window: import them
    win.setAcceptDrops(True)
    win.installEventFilter(win._progress_drop)
    file_menu = next((m.menu() for m in win.menuBar().actions() if m.menu() is not None), None)
    if file_menu is None:
        return
    anchor = getattr(win, "a_conflicts", None)
    items = file_menu.actions()
    before = items[items.index(anchor) + 1] if anchor in items and items.index(anchor) + 1 < len(items) else None
    sep = file_menu.insertSeparator(before) if before is not None else file_menu.addSeparator()
    for a in acts:
        file_menu.insertAction(before, a) if before is not None else file_menu.addAction(a)
    del sep


def dropped_forms(urls) -> list[str]:
    """The local .xlsx files among dropped URLs (anything else is left to the window)."""
    out = []
    for u in urls:
        p = u.toLocalFile() if hasattr(u, "toLocalFile") else str(u)
        if p and p.lower().endswith(".xlsx") and os.path.isfile(p):
            out.append(p)
    return out


class _DropForms(QObject):
    """Filled progress forms dropped on the window go through the same preview and one-step import
    as File → Nhập phiếu tiến độ…"""

    def __init__(self, win):
        super().__init__(win)
        self.win = win

    def eventFilter(self, obj, ev):
        from PySide6.QtCore import QEvent
        if obj is self.win and ev.type() in (QEvent.DragEnter, QEvent.DragMove, QEvent.Drop):
            md = ev.mimeData()
            forms = dropped_forms(md.urls()) if md is not None and md.hasUrls() else []
            if forms and getattr(self.win, "doc", None) is not None:
                ev.acceptProposedAction()
                if ev.type() == QEvent.Drop:
                    guarded(self.win, import_forms, self.win, forms)
                return True
        return False


def _ask_period(win, title: str) -> str | None:
    code, ok = QInputDialog.getItem(win, title, tr("Kỳ báo cáo (số liệu chốt theo ngày ghi trong kế hoạch, mặc định "
                                                    "ngày 15 theo Nghị định 09/2019):"), periods(), 0, True)
    return code.strip() if ok and code.strip() else None


def write_forms(win, folder: str | None = None, period: str | None = None):
    doc = getattr(win, "doc", None)
    if doc is None:
        return None
    from core import progress as pr
    from core.progress_forms import write_forms as write
    win.flush_editor()
    period = period or _ask_period(win, tr("Phiếu cập nhật tiến độ"))
    if not period:
        return None
    code = pr.period(period).code
    if folder is None:
        start = os.path.join(os.path.dirname(doc.path), f"Phieu_tien_do_{code}")
        folder = QFileDialog.getExistingDirectory(win, tr("Thư mục ghi phiếu"), os.path.dirname(start))
        if not folder:
            return None
    res = write(doc.plan, folder, code)
    win.statusBar().showMessage(tr("Đã lập %1 phiếu tiến độ trong %2").replace("%1", str(len(res.files)))
                                .replace("%2", folder), 20000)
    return res


def import_forms(win, paths: list[str] | None = None, confirm=None):
    """Read forms, show the preview, and (when the clerk agrees) apply them as one undoable edit.
    *confirm*: a function (text) -> bool for tests; else a question box (the preview, then Yes/No)."""
    doc = getattr(win, "doc", None)
    if doc is None:
        return None
    from core.progress_forms import FIELD_VI, plan_import, report_lines

    from .i18n import current_language
    win.flush_editor()
    if paths is None:
        paths, _ = QFileDialog.getOpenFileNames(win, tr("Chọn các phiếu tiến độ đã điền"),
                                                os.path.dirname(doc.path), tr("Bảng tính Excel (*.xlsx)"))
        if not paths:
            return None
    ip = plan_import(doc.plan, list(paths))
    lines = report_lines(ip, current_language())
    lines += [f"  {form}, {task}, {FIELD_VI[k]}: “{old}” → “{new}”" for form, task, k, old, new in ip.changes]
    text = "\n".join(lines)
    if not ip.updates:
        _show(win, text + "\n\n" + tr("Các phiếu không mang thay đổi nào."))
        return ip
    if confirm is None:
        if not getattr(win, "interactive", True):
            confirm = lambda _t: True   # noqa: E731
        else:
            confirm = lambda t: _ask(win, t)   # noqa: E731
    if not confirm(text):
        return None
    doc.import_progress(ip.updates)
    win.statusBar().showMessage(tr("Đã nhập tiến độ của %1 nhiệm vụ (Hoàn tác: Ctrl+Z)")
                                .replace("%1", str(len(ip.updates))), 20000)
    return ip


def _ask(win, text: str) -> bool:
    box = QMessageBox(QMessageBox.Question, tr("Nhập phiếu tiến độ"),
                      tr("Nhập các thay đổi dưới đây vào kế hoạch?"), QMessageBox.Yes | QMessageBox.No, win)
    box.setDetailedText(text)
    try:
        return box.exec() == QMessageBox.Yes
    finally:
        box.deleteLater()


def _show(win, text: str) -> None:
    if getattr(win, "interactive", True):
        from .main_window import show_text
        show_text(win, tr("Nhập phiếu tiến độ"), text)


PART_TITLES = (("I", "I. Công tác lãnh đạo, chỉ đạo, điều hành"), ("III", "III. Đánh giá chung"),
               ("IV", "IV. Phương hướng, nhiệm vụ kỳ tới (thêm vào các nhiệm vụ đến hạn)"),
               ("V", "V. Đề xuất, kiến nghị (thêm vào đề xuất của các cơ quan)"))


def report_texts_dialog(win, code: str, texts: dict | None = None) -> dict | None:
    """The clerk's text of parts I, III, IV, V of the period's report ({part: text}) and the plan's cut-off day
    ({"cutoff": day}); None when cancelled. *texts* fills it without showing it (tests)."""
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPlainTextEdit, QSpinBox, QVBoxLayout

    from core import progress as pr
    stored = {x.part: x.body for x in win.doc.plan.report_texts if x.period == code}
    dlg = QDialog(win)
    dlg.setWindowTitle(tr("Nội dung báo cáo kỳ %1").replace("%1", code))
    dlg.resize(820, 680)
    lay = QVBoxLayout(dlg)
    note = QLabel(tr("Số liệu, danh sách nhiệm vụ và đề xuất của các cơ quan được lập tự động từ tiến độ; "
                     "phần văn thư viết dưới đây được lưu trong tệp kế hoạch và giữ nguyên khi lập lại báo cáo. "
                     "Dòng bắt đầu bằng “- ” là một gạch đầu dòng."))
    note.setWordWrap(True)
    lay.addWidget(note)
    # the cut-off day of the plan's reports (Nghị định 09/2019: the 15th), stored in the plan file
    row = QHBoxLayout()
    row.addWidget(QLabel(tr("Ngày chốt số liệu hằng kỳ (15 theo Nghị định 09/2019; 1 = theo tháng dương lịch):")))
    day = QSpinBox()
    day.setRange(1, 28)
    day.setValue(pr.plan_cutoff(win.doc.plan))
    row.addWidget(day)
    window = QLabel()
    row.addWidget(window, 1)
    lay.addLayout(row)

    def show_window(*_):
        per = pr.period(code, day.value())
        window.setText(tr("số liệu từ %1 đến %2").replace("%1", f"{per.start:%d/%m/%Y}")
                       .replace("%2", f"{per.end:%d/%m/%Y}"))
    day.valueChanged.connect(show_window)
    show_window()
    eds = {}
    for part, title in PART_TITLES:
        lay.addWidget(QLabel(tr(title)))
        eds[part] = QPlainTextEdit(stored.get(part, ""))
        lay.addWidget(eds[part], 1)
    bb = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
    bb.accepted.connect(dlg.accept)
    bb.rejected.connect(dlg.reject)
    lay.addWidget(bb)
    try:
        if texts is not None:
            for part, text in texts.items():
                if part == "cutoff":
                    day.setValue(int(text))
                else:
                    eds[part].setPlainText(text)
            ok = True
        else:
            ok = dlg.exec() == QDialog.Accepted
        if not ok:
            return None
        return {**{part: ed.toPlainText() for part, ed in eds.items()}, "cutoff": day.value()}
    finally:
        dlg.deleteLater()


def write_report(win, dest: str | None = None, period: str | None = None, texts: dict | None = None):
    """Báo cáo kết quả thực hiện…: the period, the clerk's texts and cut-off day, then a .docx or a PDF (the
    file name chosen decides; *dest* given: its suffix)."""
    doc = getattr(win, "doc", None)
    if doc is None:
        return None
    from core import progress as pr
    from core.export.report import export_report

    from .main_window import CANCELLED, run_retrying, with_suffix
    win.flush_editor()
    period = period or _ask_period(win, tr("Báo cáo kết quả thực hiện"))
    if not period:
        return None
    code = pr.period(period).code
    if texts is not None or getattr(win, "interactive", True):
        got = report_texts_dialog(win, code, texts)
        if got is None:
            return None
        day = got.pop("cutoff", None)
        if day is not None and day != pr.plan_cutoff(doc.plan):
            doc.set_report_cutoff(day)
        stored = {x.part: x.body for x in doc.plan.report_texts if x.period == code}
        for part, text in got.items():
            if text.strip() != stored.get(part, "").strip():
                doc.set_report_text(code, part, text)
    if dest is None:
        base = os.path.splitext(doc.path)[0] + f"_BaoCao_{code}.docx"
        word, pdf = tr("Văn bản Word (*.docx)"), tr("PDF để in (*.pdf)")
        dest, chosen = QFileDialog.getSaveFileName(win, tr("Lưu báo cáo"), base, f"{word};;{pdf}")
        if not dest:
            return None
        dest = with_suffix(dest, ".pdf" if chosen == pdf or dest.lower().endswith(".pdf") else ".docx")
    fmt = "pdf" if dest.lower().endswith(".pdf") else "docx"
    from core.fileio import guard_output
    guard_output(dest, fmt, sources=[doc.path], force=True)
    out = {fmt: dest}
    if run_retrying(win, tr("Đang lập báo cáo…"), lambda: export_report(doc.plan, code, **out)) is CANCELLED:
        return None
    c = pr.counts(pr.tasks(doc.plan, code))
    from .i18n import current_language
    win.statusBar().showMessage(tr("Đã lập báo cáo: %1").replace("%1", dest) + " — "
                                + pr.statistics_sentence(c, current_language()), 30000)
    return dest


# ------------------------------------------------------------ progress page --
class ProgressPage:
    """The progress page: completion by appendix group and by lead agency (reportlab charts shown with QtSvg),
    the statistics sentence and the list of overdue tasks, for a chosen period."""

    def __init__(self, win, period: str | None = None):
        from PySide6.QtWidgets import (
            QComboBox,
            QDialog,
            QDialogButtonBox,
            QHBoxLayout,
            QLabel,
            QScrollArea,
            QTableWidget,
            QVBoxLayout,
            QWidget,
        )
        self.win = win
        self.dlg = QDialog(win)
        self.dlg.setWindowTitle(tr("Tiến độ thực hiện kế hoạch"))
        self.dlg.resize(1200, 720)
        lay = QVBoxLayout(self.dlg)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Kỳ báo cáo:")))
        self.period = QComboBox()
        self.period.setEditable(True)
        self.period.addItems(periods())
        if period:
            self.period.setCurrentText(period)
        top.addWidget(self.period)
        self.sentence = QLabel()
        self.sentence.setWordWrap(True)
        top.addWidget(self.sentence, 1)
        lay.addLayout(top)
        charts = QWidget()
        cl = QHBoxLayout(charts)
        # QtSvg renders reportlab's SVG into a picture (QtSvgWidgets is left out of the installer)
        self.by_group = QLabel()
        self.by_lead = QLabel()
        for w in (self.by_group, self.by_lead):
            box = QScrollArea()
            box.setWidgetResizable(False)
            box.setWidget(w)
            cl.addWidget(box)
        lay.addWidget(charts, 3)
        from PySide6.QtWidgets import QCheckBox, QPushButton
        row2 = QHBoxLayout()
        row2.addWidget(QLabel(tr("Nhiệm vụ quá hạn tại mốc số liệu:")))
        self.only_late = QCheckBox(tr("Chỉ nhiệm vụ quá hạn"))
        self.only_late.setChecked(True)
        self.only_late.toggled.connect(lambda *_: self.refresh())
        row2.addWidget(self.only_late)
        row2.addStretch(1)
        self.edit_btn = QPushButton(tr("Sửa tiến độ nhiệm vụ…"))
        self.edit_btn.clicked.connect(lambda *_: self.edit_selected())
        row2.addWidget(self.edit_btn)
        lay.addLayout(row2)
        self.overdue = QTableWidget(0, 5)
        self.overdue.setSelectionBehavior(QTableWidget.SelectRows)
        self.overdue.setEditTriggers(QTableWidget.NoEditTriggers)
        self.overdue.cellDoubleClicked.connect(lambda r, _c: self.edit_selected(r))
        self.shown = []
        self.overdue.setHorizontalHeaderLabels([tr("TT"), tr("Nhiệm vụ"), tr("Cơ quan chủ trì"), tr("Thời hạn"),
                                                tr("Tiến độ")])
        self.overdue.horizontalHeader().setStretchLastSection(True)
        self.overdue.setColumnWidth(1, 520)
        self.overdue.setColumnWidth(2, 220)
        lay.addWidget(self.overdue, 2)
        bb = QDialogButtonBox(QDialogButtonBox.Close)
        bb.rejected.connect(self.dlg.reject)
        lay.addWidget(bb)
        self.period.currentTextChanged.connect(lambda *_: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        from PySide6.QtWidgets import QTableWidgetItem

        from core import progress as pr
        from core.errors import PlanError
        from core.progress_chart import bars, chart_svg, overdue

        from .i18n import current_language
        lang = current_language()
        try:
            per = pr.period(self.period.currentText(), pr.plan_cutoff(self.win.doc.plan))
        except PlanError as e:
            self.sentence.setText(e.message(lang))
            return
        items = pr.tasks(self.win.doc.plan, per.code)
        self.sentence.setText(pr.statistics_sentence(pr.counts(items), lang))
        for w, by, title in ((self.by_group, "group", tr("Theo nhóm nhiệm vụ (phụ lục)")),
                             (self.by_lead, "lead", tr("Theo cơ quan chủ trì"))):
            data = bars(items, by)
            svg = chart_svg(data, title, lang)
            w.setPixmap(svg_pixmap(svg))
            w.setFixedSize(w.pixmap().size())
        self.per = per
        late = overdue(items, per) if self.only_late.isChecked() else items
        self.shown = late
        self.overdue.setRowCount(len(late))
        for i, t in enumerate(late):
            for j, v in enumerate((t.number, t.task, "; ".join(t.lead) or t.lead_text, t.deadline,
                                   pr.status_label(t.status, lang))):
                self.overdue.setItem(i, j, QTableWidgetItem(v))


    def edit_selected(self, row: int | None = None, values: dict | None = None) -> bool:
        """Edit the progress of the task on *row* (the selected one): result, difficulties, done date, and
        the clerk's status with its reason. *values* fills the dialog without showing it (tests)."""
        if row is None:
            row = self.overdue.currentRow()
        if not 0 <= row < len(self.shown):
            return False
        t = self.shown[row]
        got = edit_task_dialog(self.dlg, t, values)
        if got is None:
            return False
        self.win.doc.set_progress(t.row_id, self.per.code, **got)
        self.refresh()
        return True


def edit_task_dialog(parent, t, values: dict | None = None) -> dict | None:
    """The fields of one task's progress as the clerk set them; None when cancelled. A done date that is
    not a date, or a status set without a reason, is refused visibly (the dialog stays open)."""
    from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit

    from core import progress as pr
    rec = t.record
    dlg = QDialog(parent)
    dlg.setWindowTitle(tr("Tiến độ nhiệm vụ"))
    form = QFormLayout(dlg)
    lab = QLabel(f"{t.number}. {t.task}")
    lab.setWordWrap(True)
    form.addRow(lab)
    form.addRow(tr("Tiến độ tính từ ngày tháng:"), QLabel(pr.STATUS_VI[t.computed]))
    result = QPlainTextEdit(rec.result if rec else "")
    hard = QPlainTextEdit(rec.difficulties if rec else "")
    done = QLineEdit(f"{date.fromisoformat(rec.done_date):%d/%m/%Y}" if rec and rec.done_date else "")
    done.setPlaceholderText(tr("ngày/tháng/năm"))
    status = QComboBox()
    status.addItem(tr("(theo ngày tháng)"), "")
    for code in pr.STATUSES:
        status.addItem(pr.STATUS_VI[code], code)
    status.setCurrentIndex(max(0, status.findData(rec.override if rec else "")))
    reason = QLineEdit(rec.reason if rec else "")
    form.addRow(tr("Kết quả thực hiện:"), result)
    form.addRow(tr("Khó khăn, đề xuất:"), hard)
    form.addRow(tr("Ngày hoàn thành:"), done)
    form.addRow(tr("Văn thư đặt tiến độ:"), status)
    form.addRow(tr("Lý do:"), reason)
    error = QLabel()
    error.setStyleSheet("color: #b00020")
    form.addRow(error)
    bb = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
    form.addRow(bb)
    out: dict = {}

    def check() -> bool:
        iso, bad = pr.read_date(done.text())
        if bad is not None:
            error.setText(tr("“%1” không phải ngày (ngày/tháng/năm).").replace("%1", bad))
            return False
        code = status.currentData() or ""
        if code and not " ".join(reason.text().split()):
            error.setText(tr("Đặt tiến độ thay cho tiến độ tính từ ngày tháng cần ghi lý do."))
            return False
        out.update(result=result.toPlainText().strip(), difficulties=hard.toPlainText().strip(), done_date=iso,
                   override=code, reason=reason.text().strip())
        return True
    bb.accepted.connect(lambda: check() and dlg.accept())
    bb.rejected.connect(dlg.reject)
    try:
        if values is not None:
            result.setPlainText(values.get("result", result.toPlainText()))
            hard.setPlainText(values.get("difficulties", hard.toPlainText()))
            done.setText(values.get("done", done.text()))
            status.setCurrentIndex(max(0, status.findData(values.get("override", status.currentData()))))
            reason.setText(values.get("reason", reason.text()))
            if not check():
                return {"error": error.text()} if values.get("want_error") else None
            return out
        return out if dlg.exec() == QDialog.Accepted else None
    finally:
        dlg.deleteLater()


def svg_pixmap(svg: str):
    """An SVG text drawn by QtSvg into a pixmap of its own size (at the screen's pixel ratio)."""
    from PySide6.QtCore import QByteArray, Qt
    from PySide6.QtGui import QGuiApplication, QPainter, QPixmap
    from PySide6.QtSvg import QSvgRenderer
    r = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    size = r.defaultSize()
    screen = QGuiApplication.primaryScreen()
    ratio = screen.devicePixelRatio() if screen else 1.0
    pm = QPixmap(int(size.width() * ratio), int(size.height() * ratio))
    pm.setDevicePixelRatio(ratio)
    pm.fill(Qt.white)
    p = QPainter(pm)
    try:
        r.render(p)
    finally:
        p.end()
    return pm


def show_progress(win, period: str | None = None):
    if getattr(win, "doc", None) is None:
        return None
    page = ProgressPage(win, period)
    if getattr(win, "interactive", True):
        page.dlg.exec()
    return page
