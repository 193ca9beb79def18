"""Issue 15, part 1 (window): Sửa → Tìm (Ctrl+F) / Tìm và thay thế (Ctrl+H) over the open plan —
results named as printed, a double-click goes there, Replace all is one undo step and keeps bold."""
import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from tests.core.test_find_replace import sample, small_plan  # noqa: E402


@pytest.fixture
def win(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("KEHOACH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KEHOACH_SETTINGS", str(tmp_path / "settings.json"))
    from gui.main_window import MainWindow
    w = MainWindow(interactive=False)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    yield w
    # the Ctrl+H pressed in an editor moves the focus to the panel, so its key release reached another
    # widget: release Ctrl here, or Qt's modifier state stays "Ctrl held" for the tests after this one
    QTest.keyRelease(w, Qt.Key_Control)
    w.close()


def texts(panel, col=0):
    return [panel.results.topLevelItem(i).text(col) for i in range(panel.results.topLevelItemCount())]


def test_ctrl_f_finds_without_diacritics_and_goes_to_the_place(win, tmp_path, qtbot):
    assert win.create_and_open(small_plan(), str(tmp_path / "kh.sqlite"))
    win.show_view("tree")
    QTest.keyClick(win, Qt.Key_F, Qt.ControlModifier)
    panel = win.find_panel
    assert panel is not None and panel.isVisible() and not panel.replacement.isVisible()
    panel.query.setText("uy ban mttq")
    panel.search()
    assert texts(panel) == ["Mục I.1.a, đoạn 1", "Phụ lục I, TT 2 — Chủ trì", "Nơi nhận, dòng 1"]
    assert "Phối hợp với Uỷ ban MTTQ xã" in texts(panel, 1)[0] and panel.count.text() == "3 kết quả"
    from gui.find import SPAN_ROLE
    a, n = panel.results.topLevelItem(0).data(1, SPAN_ROLE)
    assert texts(panel, 1)[0][a:a + n] == "Uỷ ban MTTQ"
    # a double-click shows the section with the words selected
    panel.go(panel.results.topLevelItem(0))
    page = win.pages["section"]
    assert win.stack.currentWidget() is page and page.body.textCursor().selectedText() == "Uỷ ban MTTQ"
    # the shortcuts work from inside the editors too (a QLineEdit would take Ctrl+H as Backspace)
    for w in (page.body, page.title):
        w.setFocus()
        panel.set_mode(False)
        QTest.keyClick(w, Qt.Key_H, Qt.ControlModifier)
        assert panel.replacement.isVisible(), type(w).__name__
    panel.go(panel.results.topLevelItem(1))
    ap = win.pages["appendix"]
    assert win.stack.currentWidget() is ap and ap.table.currentIndex().row() >= 0
    panel.marks.setChecked(True)
    panel.query.setText("ủy ban mttq")
    panel.search()
    assert len(texts(panel)) == 3            # placement is never a difference
    panel.query.setText("uy ban mttq")
    panel.search()
    assert texts(panel) == [] and panel.count.text() == "Không tìm thấy"


def test_ctrl_h_replace_all_is_one_undo_step_and_keeps_bold(win, tmp_path):
    plan = sample()
    assert win.create_and_open(plan, str(tmp_path / "kh.sqlite"))
    win.show_view("tree")
    win.setFocus()
    QTest.keyClick(win, Qt.Key_H, Qt.ControlModifier)
    panel = win.find_panel
    assert panel.isVisible() and panel.replacement.isVisible()
    panel.query.setText("2021")
    panel.search()
    n = len(panel.hits)
    assert n > 10
    panel.replacement.setText("2022")
    steps = win.doc.undo_stack.count()
    assert panel.do_replace_all() == n
    assert win.doc.undo_stack.count() == steps + 1
    assert texts(panel) == [] and panel.count.text() == "Không tìm thấy"
    bold = [r for s in win.doc.plan.walk() for p in s.body for r in p.runs if r.bold and "/2022" in r.text]
    assert bold
    win.doc.undo_stack.undo()
    panel.search()
    assert len(panel.hits) == n
    # replace one: the selected result only
    panel.results.setCurrentItem(panel.results.topLevelItem(2))
    hit = panel.current_hit()
    assert panel.do_replace_one() == 1 and len(panel.hits) == n - 1
    from core.find import field_text
    assert "2022" in field_text(win.doc.plan, hit.field)


def test_find_menu_entries_and_english(win, tmp_path):
    from gui.text_tools import edit_menu
    m = edit_menu(win)
    assert win.a_find in m.actions() and win.a_replace in m.actions()
    assert win.a_find.shortcut().toString() == "Ctrl+F" and win.a_replace.shortcut().toString() == "Ctrl+H"
    assert win.create_and_open(small_plan(), str(tmp_path / "kh.sqlite"))
    win.open_find()
    panel = win.find_panel
    panel.query.setText("chỉ đạo")
    panel.search()
    assert texts(panel) == ["Phụ lục I, nhóm I — Nhiệm vụ"]
