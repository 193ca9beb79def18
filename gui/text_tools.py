"""Sửa → Thống nhất cách đặt dấu thanh… (and, with gui/find.py, Find and Replace).

``install(window)`` adds the actions to the Sửa (Edit) menu the window built.  The change itself is
:func:`core.edits.set_tone_style`, run through ``Document.apply`` as one undo step; the style the
office writes is a setting of the office (``tone_style`` in core.settings), offered first.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QButtonGroup, QCheckBox, QDialog, QDialogButtonBox, QLabel, QRadioButton, QVBoxLayout

from .work import guarded


def tr(s: str) -> str:
    return QCoreApplication.translate("TextTools", s)


def edit_menu(win):
    menus = [a.menu() for a in win.menuBar().actions() if a.menu() is not None]
    return menus[1] if len(menus) > 1 else None


def install(win) -> None:
    a = QAction(tr("Thống nhất cách đặt &dấu thanh…"), win)
    a.setStatusTip(tr("Viết cả kế hoạch theo một kiểu đặt dấu thanh: kiểu cũ (hòa, Ủy ban, thúy) hoặc kiểu mới "
                      "(hoà, Uỷ ban, thuý); hoàn tác được bằng Ctrl+Z."))
    a.triggered.connect(lambda *_: guarded(win, unify_tone, win))
    win.addAction(a)
    win.a_tone = a
    m = edit_menu(win)
    if m is not None:
        m.addSeparator()
        m.addAction(a)


class ToneDialog(QDialog):
    """Which placement to write the whole plan in; how many words each style has now."""

    def __init__(self, parent, counts: dict, preferred: str):
        super().__init__(parent)
        self.setWindowTitle(tr("Thống nhất cách đặt dấu thanh"))
        lay = QVBoxLayout(self)
        info = QLabel(tr("Trong kế hoạch có %1 từ đặt dấu kiểu cũ và %2 từ kiểu mới. Chọn kiểu cơ quan dùng; "
                         "chỉ vị trí dấu thanh thay đổi, chữ đậm và nghiêng giữ nguyên.")
                      .replace("%1", str(counts.get("old", 0))).replace("%2", str(counts.get("new", 0))))
        info.setWordWrap(True)
        lay.addWidget(info)
        self.old = QRadioButton(tr("Kiểu cũ: hòa, khỏe, thúy, Ủy ban"))
        self.new = QRadioButton(tr("Kiểu mới: hoà, khoẻ, thuý, Uỷ ban"))
        g = QButtonGroup(self)
        for b in (self.old, self.new):
            g.addButton(b)
            lay.addWidget(b)
        (self.new if preferred == "new" else self.old).setChecked(True)
        self.remember = QCheckBox(tr("Ghi nhớ kiểu này cho cơ quan (Tệp → Cài đặt)"))
        self.remember.setChecked(not preferred)
        lay.addWidget(self.remember)
        bb = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        bb.button(QDialogButtonBox.Ok).setText(tr("Áp dụng"))
        bb.button(QDialogButtonBox.Cancel).setText(tr("Hủy"))
        bb.accepted.connect(self.accept)
        bb.rejected.connect(self.reject)
        lay.addWidget(bb)

    def style(self) -> str:
        return "new" if self.new.isChecked() else "old"


def unify_tone(win, style: str | None = None) -> int:
    """Write the open plan in one tone placement; *style* None asks (the office's setting first).
    Returns the number of records changed."""
    doc = getattr(win, "doc", None)
    if doc is None:
        return 0
    from core import operations as ops
    from core import settings as S
    win.flush_editor()
    if style is None:
        st = S.load()
        preferred = st.tone_style()
        counts = ops.tone_counts(doc.plan)
        dlg = ToneDialog(win, counts, preferred or ("new" if counts["new"] > counts["old"] else "old"))
        if not dlg.exec():
            return 0
        style = dlg.style()
        name = st.data.get("current_office", "")
        if dlg.remember.isChecked() and name and not st.read_only:
            o = st.office(name)
            o["tone_style"] = style
            st.set_office(name, o)
            st.save()
    before = ops.tone_counts(doc.plan)
    n = doc.set_tone_style(style)
    moved = before["new" if style == "old" else "old"]
    win.statusBar().showMessage(tr("Đã đổi %1 từ sang kiểu đặt dấu %2. Ctrl+Z để hoàn tác.")
                                .replace("%1", str(moved))
                                .replace("%2", tr("cũ") if style == "old" else tr("mới")), 8000)
    return n

