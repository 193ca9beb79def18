"""Issue 18 item 11: no shortcut that a Word user presses for something else (Ctrl+E centre, Ctrl+L left,
Ctrl+R right, Ctrl+J justify, Ctrl+Shift+E track changes); every menu entry reachable from the keyboard;
every shortcut listed in Help."""
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from core.templates import plan_from_template

WORD_KEYS = {"Ctrl+E", "Ctrl+L", "Ctrl+R", "Ctrl+J", "Ctrl+Shift+E", "Ctrl+M", "Ctrl+Shift+L"}


def _menu_actions(win):
    out = []

    def walk(menu):
        for a in menu.actions():
            if a.menu() is not None:
                out.append(a)
                walk(a.menu())
            elif not a.isSeparator():
                out.append(a)
    for top in win.menuBar().actions():
        out.append(top)
        walk(top.menu())
    return out


def _key(win, k, mod=Qt.NoModifier):
    QTest.keyClick(win.windowHandle(), k, mod)
    QApplication.processEvents()


def test_no_shortcut_a_word_user_presses_for_formatting(win):
    used = {s.toString(QKeySequence.PortableText) for a in win.findChildren(type(win.a_open))
            for s in a.shortcuts()}
    assert not used & WORD_KEYS, used & WORD_KEYS
    assert win.a_docx.shortcut().toString() == "Ctrl+Shift+W"
    assert win.a_calendar.shortcut().toString() == "F8"


def test_every_menu_entry_is_reachable_from_the_keyboard(win):
    missing = [a.text() for a in _menu_actions(win) if "&" not in a.text().replace("&&", "") and not a.shortcuts()]
    assert not missing, missing


def test_help_lists_every_shortcut(win, qtbot):
    from gui.dialogs.help_dialog import HelpDialog
    dlg = HelpDialog(win, lang="vi")
    qtbot.addWidget(dlg)
    text = dlg.browser.toPlainText()
    for a in _menu_actions(win):
        for s in a.shortcuts():
            assert s.toString(QKeySequence.NativeText) in text, (a.text(), s.toString())
    assert "Ctrl+E" not in text.replace("Ctrl+Enter", "")
    assert "Xuất Word (.docx)…" in text and "Chuyển giữa cây mục và nội dung" in text
    assert "Trong cây mục: xóa mục / đổi tên mục" in text


def test_f6_moves_between_tree_and_editor_and_f8_opens_the_calendar(win, tmp_path):
    assert win.create_and_open(plan_from_template("papi", agency="huyện Vị Xuyên", year="2024",
                                                  place="Vị Xuyên"), str(tmp_path / "kh.sqlite"))
    win.select("section", win.doc.plan.sections[0].id)
    win.tree.setFocus()
    _key(win, Qt.Key_F6)
    fw = QApplication.focusWidget()
    assert fw is not win.tree and win.pages["section"].isAncestorOf(fw)
    _key(win, Qt.Key_F6)
    assert QApplication.focusWidget() is win.tree
    _key(win, Qt.Key_F8)
    assert win.stack.currentWidget() is win.pages["deadlines"]
