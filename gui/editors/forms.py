"""Editors for the right-hand side: header, section, signature block, Nơi nhận.

Each editor shows one node and writes what the clerk types through the
Document (one undo step per pause in typing: a short debounce, plus an
immediate flush when the selection changes, before undo and on close).
"""
from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.errors import PlanError
from core.model import DOC_TYPES, PREFIXES, authority_lines, number_line, place_date_line, retext_runs
from core.operations import OperationError

from ..i18n import error_text
from .dates import DateField
from .richtext import PlainField, RichTextEdit, moved_cursor, set_text_keeping_cursor

DEBOUNCE_MS = 600
KIND_NAMES = {"part": "Phần (A, B, C…)", "muc": "Mục (I, II, III…)", "khoan": "Khoản (1, 2, 3…)",
              "diem": "Điểm (a, b, c…)"}


class EditorPage(QWidget):
    """Base: a debounce timer and the flush/reload protocol."""

    def __init__(self, doc, parent=None):
        super().__init__(parent)
        self.doc = doc
        self.rid = None
        self._loading = False
        self._reload = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush)

    def touched(self, *a):
        if not self._loading:
            self._timer.start()

    def flush(self) -> None:
        self._timer.stop()
        if self._loading:
            return
        try:
            self.commit()
        except (OperationError, PlanError) as e:
            self.doc.failed.emit(error_text(e))

    def commit(self) -> None:
        pass

    def load(self, rid=None) -> None:
        # the same node shown again (an undo, a structural edit): fields keep the clerk's cursor
        self._reload = rid == self.rid and self.isVisible()
        self.rid = rid
        self._loading = True
        try:
            self.fill()
        finally:
            self._loading = False
            self._reload = False

    def set_line(self, w: QLineEdit, text: str) -> None:
        """Show *text* in a one-line field: from its start for a newly shown node,
        the cursor kept near where it was when the same node is shown again."""
        if w.text() == text:
            return
        if getattr(self, "_reload", False):
            pos = moved_cursor(w.text(), text, w.cursorPosition())
            w.setText(text)
            w.setCursorPosition(pos)
        else:
            w.setText(text)
            w.setCursorPosition(0)

    def fill(self) -> None:
        pass

    def on_changed(self, tags) -> None:
        """The plan changed (an undo, a structural edit): show it again."""
        if self._timer.isActive():
            return   # our own pending typing wins; it is flushed next
        self.load(self.rid)


def _scroll(inner: QWidget) -> QScrollArea:
    sa = QScrollArea()
    sa.setWidgetResizable(True)
    sa.setFrameShape(QFrame.NoFrame)
    sa.setWidget(inner)
    return sa


def _heading(text: str) -> QLabel:
    lab = QLabel(text)
    f = lab.font()
    f.setPointSizeF(f.pointSizeF() * 1.25)
    f.setBold(True)
    lab.setFont(f)
    return lab


def _plain(lines: int = 2) -> QPlainTextEdit:
    w = PlainField()
    w.setTabChangesFocus(True)
    fm = w.fontMetrics()
    w.setFixedHeight(int(fm.lineSpacing() * lines + 14))
    return w


def format_bar(edit_getter) -> QHBoxLayout:
    """B / I / - / + buttons acting on the focused RichTextEdit."""
    row = QHBoxLayout()
    row.setSpacing(4)

    def btn(text, tip, fn, bold=False, italic=False):
        b = QToolButton()
        b.setText(text)
        b.setToolTip(tip)
        f = b.font()
        f.setBold(bold)
        f.setItalic(italic)
        b.setFont(f)
        b.setFocusPolicy(Qt.NoFocus)
        b.clicked.connect(lambda: (lambda e: e and fn(e))(edit_getter()))
        row.addWidget(b)
        return b
    def tr(s):
        return QCoreApplication.translate("FormatBar", s)
    btn("B", tr("Chữ đậm (Ctrl+B)"), lambda e: e.toggle_bold(), bold=True)
    btn("I", tr("Chữ nghiêng (Ctrl+I)"), lambda e: e.toggle_italic(), italic=True)
    btn("–", tr("Dòng gạch đầu dòng “-”"), lambda e: e.set_kind("dash"))
    btn("+", tr("Dòng “+”"), lambda e: e.set_kind("plus"))
    btn("¶", tr("Đoạn văn thường"), lambda e: e.set_kind("text"))
    row.addStretch(1)
    return row


# ------------------------------------------------------------------ header --
class HeaderEditor(EditorPage):
    FIELDS = ("parent_agency", "agency", "agency_abbr", "agency_full", "doc_type", "number", "symbol",
              "place", "date_text", "title", "period")

    def __init__(self, doc, parent=None):
        super().__init__(doc, parent)
        inner = QWidget()
        lay = QVBoxLayout(inner)
        lay.addWidget(_heading(self.tr("Đầu văn bản")))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignRight)
        self.w: dict[str, QWidget] = {}
        self.w["parent_agency"] = QLineEdit()
        self.w["parent_agency"].setPlaceholderText(self.tr("(nếu có) ví dụ: UBND TỈNH HÀ GIANG"))
        form.addRow(self.tr("Cơ quan chủ quản:"), self.w["parent_agency"])
        self.w["agency"] = _plain(2)
        form.addRow(self.tr("Cơ quan ban hành:"), self.w["agency"])
        r = QHBoxLayout()
        self.w["agency_abbr"] = QLineEdit()
        self.w["agency_abbr"].setMaximumWidth(120)
        r.addWidget(self.w["agency_abbr"])
        r.addWidget(QLabel(self.tr("Tên dùng trong câu văn:")))
        self.w["agency_full"] = QLineEdit()
        r.addWidget(self.w["agency_full"], 1)
        form.addRow(self.tr("Viết tắt:"), r)
        r = QHBoxLayout()
        self.w["doc_type"] = QComboBox()
        self.w["doc_type"].setEditable(True)
        self.w["doc_type"].addItems(list(DOC_TYPES))
        r.addWidget(self.w["doc_type"], 1)
        r.addWidget(QLabel(self.tr("Số:")))
        self.w["number"] = QLineEdit()
        self.w["number"].setMaximumWidth(80)
        self.w["number"].setPlaceholderText(self.tr("khi ký"))
        r.addWidget(self.w["number"])
        r.addWidget(QLabel(self.tr("Ký hiệu:")))
        self.w["symbol"] = QLineEdit()
        self.w["symbol"].setMaximumWidth(140)
        r.addWidget(self.w["symbol"])
        form.addRow(self.tr("Loại văn bản:"), r)
        r = QHBoxLayout()
        self.w["place"] = QLineEdit()
        r.addWidget(self.w["place"], 1)
        r.addWidget(QLabel(self.tr("Ngày:")))
        self.date = DateField()
        r.addWidget(self.date)
        self.no_date = QCheckBox(self.tr("để trống (ghi khi ký)"))
        r.addWidget(self.no_date)
        form.addRow(self.tr("Địa danh:"), r)
        self.w["date_text"] = QLineEdit()
        self.w["date_text"].setPlaceholderText(self.tr("(tùy chọn) ngày viết sẵn, ví dụ: ngày    tháng 6 năm 2021"))
        form.addRow(self.tr("Ngày ghi dạng chữ:"), self.w["date_text"])
        self.w["title"] = _plain(2)
        form.addRow(self.tr("Trích yếu:"), self.w["title"])
        self.w["period"] = QLineEdit()
        self.w["period"].setMaximumWidth(160)
        form.addRow(self.tr("Năm/giai đoạn:"), self.w["period"])
        lay.addLayout(form)
        self.preview = QLabel()
        self.preview.setTextFormat(Qt.RichText)
        self.preview.setFrameShape(QFrame.StyledPanel)
        self.preview.setMargin(8)
        self.preview.setStyleSheet("background: white;")
        lay.addWidget(self.preview)
        lay.addWidget(QLabel(self.tr("Đoạn mở đầu (căn cứ, mục đích ban hành):")))
        lay.addLayout(format_bar(lambda: self.preamble))
        self.preamble = RichTextEdit()
        self.preamble.setMinimumHeight(120)
        lay.addWidget(self.preamble, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(_scroll(inner))
        for k, w in self.w.items():
            if isinstance(w, QLineEdit):
                w.textEdited.connect(self.touched)
            elif isinstance(w, QPlainTextEdit):
                w.textChanged.connect(self.touched)
            elif isinstance(w, QComboBox):
                w.currentTextChanged.connect(self.touched)
        self.date.dateChanged.connect(self.touched)
        self.no_date.toggled.connect(self.touched)
        self.no_date.toggled.connect(lambda on: self.date.setEnabled(not on))
        self.preamble.edited.connect(self.touched)

    def _value(self, k):
        w = self.w[k]
        if isinstance(w, QLineEdit):
            return w.text()
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText()
        return w.currentText()

    def fill(self):
        m = self.doc.plan.meta
        for k, w in self.w.items():
            v = getattr(m, k)
            if isinstance(w, QLineEdit):
                self.set_line(w, v)
            elif isinstance(w, QPlainTextEdit):
                if w.toPlainText() != v:
                    set_text_keeping_cursor(w, v, self._reload)
            else:
                w.setCurrentText(v)
        self.w["symbol"].setPlaceholderText(m.effective_symbol)
        d = m.issue
        self.no_date.setChecked(d is None)
        self.date.setEnabled(d is not None)
        if d is not None:
            self.date.setDate(d)
        elif not self.date.text().strip():
            self.date.setDate(date.today())   # offered when "để trống" is unticked
        if self.preamble.paragraphs() != m.preamble:
            self.preamble.set_paragraphs(m.preamble, keep_cursor=self._reload)
        self._preview()

    def _preview(self):
        m = self.doc.plan.meta

        def e(t):   # blanks kept, as printed: the room to write the number and date by hand shows
            return html.escape(t or "").replace("  ", "&nbsp; ")
        agency = "<br>".join(e(x) for x in m.agency.split("\n"))
        self.preview.setText(
            "<table width='100%'><tr>"
            f"<td align='center' width='45%'>{e(m.parent_agency)}<br><b>{agency}</b><br>{e(number_line(m))}</td>"
            "<td align='center'><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><b>Độc lập - Tự do - Hạnh phúc</b>"
            f"<br><i>{e(place_date_line(m))}</i></td></tr></table>"
            f"<p align='center'><b>{e(m.doc_type)}</b><br><b>{e(m.title)}</b></p>")

    def commit(self):
        m = self.doc.plan.meta
        changes = {}
        for k in self.w:
            v = self._value(k)
            if v != getattr(m, k):
                changes[k] = v
        if self.no_date.isChecked():
            iso = ""
        elif self.date.is_valid():
            iso = self.date.date().isoformat()
        else:
            iso = m.issue_date     # text that does not read as a date: refused (the field says why), not saved
        if iso != m.issue_date:
            changes["issue_date"] = iso
        pre = self.preamble.paragraphs()
        if pre != m.preamble:
            changes["preamble"] = pre
        if changes:
            self.doc.set_meta(**changes)
        self._preview()


# ----------------------------------------------------------------- section --
class SectionEditor(EditorPage):
    def __init__(self, doc, parent=None):
        super().__init__(doc, parent)
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        self.number = _heading("")
        self.number.setMinimumWidth(60)
        top.addWidget(self.number)
        self.title = QLineEdit()
        f = QFont("Times New Roman")
        f.setStyleHint(QFont.Serif)
        f.setPointSizeF(13)
        f.setBold(True)
        self.title.setFont(f)
        self.title.setPlaceholderText(self.tr("Tiêu đề mục (để trống nếu mục chỉ có đoạn văn)"))
        top.addWidget(self.title, 1)
        lay.addLayout(top)
        self.level = QLabel()
        self.level.setStyleSheet("color: #555;")
        lay.addWidget(self.level)
        lay.addLayout(format_bar(self._focused))
        self.body = RichTextEdit()
        lay.addWidget(self.body, 3)
        self.children_note = QLabel()
        self.children_note.setWordWrap(True)
        self.children_note.setStyleSheet("color: #1f3f77;")
        lay.addWidget(self.children_note)
        self.tail_label = QLabel(self.tr("Đoạn kết của mục (in sau các mục con):"))
        lay.addWidget(self.tail_label)
        self.tail = RichTextEdit()
        self.tail.setMaximumHeight(80)
        lay.addWidget(self.tail, 1)
        self._last_rich = self.body
        self.body.installEventFilter(self)
        self.tail.installEventFilter(self)
        self.title.textEdited.connect(self.touched)
        self.body.edited.connect(self.touched)
        self.tail.edited.connect(self.touched)

    def eventFilter(self, obj, ev):   # noqa: N802
        if ev.type() == ev.Type.FocusIn and obj in (self.body, self.tail):
            self._last_rich = obj
        return False

    def _focused(self):
        return self._last_rich

    def fill(self):
        s = self.doc.plan.find_section(self.rid) if self.rid else None
        if s is None:
            return
        nums = self.doc.plan.section_numbers()
        self.number.setText(nums.get(s.id, ""))
        self.level.setText(self.tr("Cấp: ") + self.tr(KIND_NAMES.get(s.kind, s.kind)) +
                           self.tr(" — số thứ tự tự tính theo vị trí"))
        self.set_line(self.title, s.title_text)
        if self.body.paragraphs() != s.body:
            self.body.set_paragraphs(s.body, keep_cursor=self._reload)
        if self.tail.paragraphs() != s.tail:
            self.tail.set_paragraphs(s.tail, keep_cursor=self._reload)
        if s.children:
            kids = ", ".join(f"{nums.get(c.id, '')} {c.title_text[:40]}".strip() for c in s.children[:6])
            more = "…" if len(s.children) > 6 else ""
            self.children_note.setText(self.tr("Mục con: ") + kids + more)
        else:
            self.children_note.setText(self.tr("Chưa có mục con (Ctrl+Shift+Enter để thêm)."))

    def commit(self):
        s = self.doc.plan.find_section(self.rid) if self.rid else None
        if s is None:
            return
        title = None
        if self.title.text() != s.title_text:
            title = retext_runs(s.title, self.title.text())     # keeps the bold/italic of what was not retyped
        body = self.body.paragraphs()
        tail = self.tail.paragraphs()
        body = None if body == s.body else body
        tail = None if tail == s.tail else tail
        if title is not None or body is not None or tail is not None:
            self.doc.set_section_text(s.id, title=title, body=body, tail=tail)

    def on_changed(self, tags):
        if self._timer.isActive():
            # only the number may have changed
            s = self.doc.plan.find_section(self.rid) if self.rid else None
            if s is not None:
                self.number.setText(self.doc.plan.section_numbers().get(s.id, ""))
            return
        self.load(self.rid)


# ------------------------------------------------------------------ signer --
PREFIX_LABELS = {"": "(không)", "TM.": "TM. (thay mặt tập thể)", "KT.": "KT. (ký thay)",
                 "Q.": "Q. (quyền)", "TL.": "TL. (thừa lệnh)", "TUQ.": "TUQ. (thừa ủy quyền)"}


def signer_preview_html(prefix, collective, lines, name) -> str:
    e = html.escape
    auth = authority_lines(prefix, collective, lines)
    body = "<br>".join(f"<b>{e(x)}</b>" for x in auth)
    return (f"<div align='center'>{body}<br><br><i>({e('đã ký')})</i><br><br><br>"
            f"<b>{e(name)}</b></div>")


class SignerEditor(EditorPage):
    def __init__(self, doc, parent=None):
        super().__init__(doc, parent)
        lay = QVBoxLayout(self)
        lay.addWidget(_heading(self.tr("Chữ ký")))
        form = QFormLayout()
        self.prefix = QComboBox()
        for p in PREFIXES:
            self.prefix.addItem(self.tr(PREFIX_LABELS[p]), p)
        form.addRow(self.tr("Quyền hạn ký:"), self.prefix)
        self.collective = QLineEdit()
        self.collective.setPlaceholderText(self.tr("với TM.: tên tập thể, ví dụ ỦY BAN NHÂN DÂN"))
        form.addRow(self.tr("Tập thể:"), self.collective)
        self.lines = _plain(3)
        self.lines.setPlaceholderText(self.tr("Mỗi dòng một chức vụ, ví dụ:\nCHỦ TỊCH\nPHÓ CHỦ TỊCH\n"
                                              "(cấp phó ký thay mặt tập thể: chọn TM., dòng đầu “KT. CHỦ TỊCH”)"))
        form.addRow(self.tr("Chức vụ (mỗi dòng một dòng in):"), self.lines)
        self.name = QLineEdit()
        form.addRow(self.tr("Họ và tên:"), self.name)
        lay.addLayout(form)
        lay.addWidget(QLabel(self.tr("Khối chữ ký khi in:")))
        self.preview = QLabel()
        self.preview.setTextFormat(Qt.RichText)
        self.preview.setFrameShape(QFrame.StyledPanel)
        self.preview.setMinimumSize(320, 180)
        self.preview.setMargin(10)
        self.preview.setStyleSheet("background: white;")
        self.preview.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Fixed)
        lay.addWidget(self.preview, 0, Qt.AlignLeft)
        lay.addStretch(1)
        self.prefix.currentIndexChanged.connect(self.touched)
        self.prefix.currentIndexChanged.connect(self._update)
        self.collective.textEdited.connect(self.touched)
        self.lines.textChanged.connect(self.touched)
        self.name.textEdited.connect(self.touched)
        for w in (self.collective, self.name):
            w.textEdited.connect(self._update)
        self.lines.textChanged.connect(self._update)

    def _signer(self):
        return next((s for s in self.doc.plan.signers if s.id == self.rid), None)

    def _values(self):
        return dict(prefix=self.prefix.currentData() or "", collective=self.collective.text(),
                    lines=[x for x in self.lines.toPlainText().split("\n") if x.strip()], name=self.name.text())

    def _update(self, *a):
        v = self._values()
        self.collective.setEnabled(v["prefix"] == "TM.")
        self.preview.setText(signer_preview_html(**v))

    def fill(self):
        s = self._signer()
        if s is None:
            return
        self.prefix.setCurrentIndex(max(0, self.prefix.findData(s.prefix)))
        self.set_line(self.collective, s.collective)
        if [x for x in self.lines.toPlainText().split("\n") if x.strip()] != s.lines:
            set_text_keeping_cursor(self.lines, "\n".join(s.lines), self._reload)
        self.set_line(self.name, s.name)
        self._update()

    def commit(self):
        s = self._signer()
        if s is None:
            return
        v = self._values()
        changes = {k: x for k, x in v.items() if getattr(s, k) != x}
        if changes:
            self.doc.set_signer(s.id, **changes)


class SignersOverview(EditorPage):
    def __init__(self, doc, parent=None):
        super().__init__(doc, parent)
        lay = QVBoxLayout(self)
        lay.addWidget(_heading(self.tr("Chữ ký")))
        self.preview = QLabel()
        self.preview.setTextFormat(Qt.RichText)
        self.preview.setWordWrap(True)
        lay.addWidget(self.preview)
        lay.addStretch(1)

    def fill(self):
        parts = [signer_preview_html(s.prefix, s.collective, s.lines, s.name) for s in self.doc.plan.signers]
        hint = self.tr("Chọn một khối chữ ký bên trái để sửa; Ctrl+Enter thêm khối mới.")
        self.preview.setText("<table><tr>" + "".join(f"<td width='300'>{p}</td>" for p in parts) +
                             f"</tr></table><p>{html.escape(hint)}</p>")


# -------------------------------------------------------------- recipients --
class RecipientsEditor(EditorPage):
    def __init__(self, doc, parent=None):
        super().__init__(doc, parent)
        lay = QVBoxLayout(self)
        lay.addWidget(_heading(self.tr("Nơi nhận")))
        lay.addWidget(QLabel(self.tr("Mỗi dòng một nơi nhận, viết như khi in (ví dụ: “- Như trên;”, “- Lưu: VT.”):")))
        self.text = PlainField()
        lay.addWidget(self.text, 1)
        self.preview = QLabel()
        self.preview.setTextFormat(Qt.RichText)
        self.preview.setFrameShape(QFrame.StyledPanel)
        self.preview.setMargin(8)
        self.preview.setStyleSheet("background: white;")
        lay.addWidget(self.preview)
        self.text.textChanged.connect(self.touched)
        self.text.textChanged.connect(self._update)

    def _lines(self):
        return [x.strip() for x in self.text.toPlainText().split("\n") if x.strip()]

    def _update(self):
        items = "<br>".join(html.escape(x) for x in self._lines())
        self.preview.setText(f"<b><i>Nơi nhận:</i></b><br><span style='font-size:small'>{items}</span>")

    def fill(self):
        texts = [r.text for r in self.doc.plan.recipients]
        if self._lines() != texts:
            set_text_keeping_cursor(self.text, "\n".join(texts), self._reload)
        self._update()

    def commit(self):
        lines = self._lines()
        if lines != [r.text for r in self.doc.plan.recipients]:
            self.doc.set_recipients(lines)
