"""The "Kiểm tra trước khi in" panel: holes listed after export, a click away from their place,
suggestions applied as undoable operations; Print asks once."""
import pytest

pytest.importorskip("PySide6")

from core.model import Paragraph  # noqa: E402
from core.templates import plan_from_template  # noqa: E402


@pytest.fixture(autouse=True)
def _data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("KEHOACH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("KEHOACH_REMOVABLE", raising=False)


@pytest.fixture
def win(qtbot):
    from gui.main_window import MainWindow
    w = MainWindow(interactive=False)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    yield w
    w.close()


def _plan():
    plan = plan_from_template("papi", agency="huyện Vị Xuyên", year="2026", place="Vị Xuyên")
    plan.meta.agency = ""
    plan.meta.agency_full = ""
    plan.meta.preamble = [Paragraph.plain("UBND huyện Vị Xuyên xây dựng Kế hoạch nâng cao chỉ số PAPI như sau:")]
    return plan


def _rows(panel):
    return [panel.tree.topLevelItem(k).text(1) for k in range(panel.tree.topLevelItemCount())]


def test_export_opens_the_panel_and_a_suggestion_is_applied_and_undone(win, tmp_path):
    assert win.create_and_open(_plan(), str(tmp_path / "kh.sqlite"))
    win.export("docx", str(tmp_path / "kh.docx"))
    assert (tmp_path / "kh.docx").exists()                  # a draft with holes exports all the same
    panel = win.plan_check_panel
    assert panel.isVisible()
    rows = _rows(panel)
    assert any("Chưa có tên cơ quan ban hành" in r for r in rows)
    assert "vấn đề cần xem trước khi in" in panel.summary.text()
    k = next(i for i, h in enumerate(panel.holes) if h.code == "agency.missing")
    panel.tree.setCurrentItem(panel.tree.topLevelItem(k))
    assert panel.b_fix.isEnabled()
    panel.apply_fix()
    assert win.doc.plan.meta.agency == "ỦY BAN NHÂN DÂN\nHUYỆN VỊ XUYÊN"
    assert not any("Chưa có tên cơ quan" in r for r in _rows(panel))
    win.undo()
    assert win.doc.plan.meta.agency == ""


def test_a_click_goes_to_the_section(win, tmp_path):
    assert win.create_and_open(_plan(), str(tmp_path / "kh.sqlite"))
    from gui.plan_check import show_panel
    panel = show_panel(win)
    k = next(i for i, h in enumerate(panel.holes) if h.code == "template.gaps")
    panel.tree.setCurrentItem(panel.tree.topLevelItem(k))
    panel.go_to()
    kind, rid = win.current_node()
    assert (kind, rid) == ("section", panel.holes[k].where["id"])
    k = next(i for i, h in enumerate(panel.holes) if h.code == "agency.missing")
    panel.tree.setCurrentItem(panel.tree.topLevelItem(k))
    panel.go_to()
    assert win.current_node()[0] == "header"


def test_print_asks_once(win, tmp_path, monkeypatch):
    from gui import plan_check
    assert win.create_and_open(_plan(), str(tmp_path / "kh.sqlite"))
    win.interactive = True
    asked = []

    def question(*a, **k):
        asked.append(a[2])
        return plan_check.QMessageBox.No
    monkeypatch.setattr(plan_check.QMessageBox, "question", question)
    assert plan_check.ask_before_print(win) is False       # holes: the clerk chose to look first
    assert len(asked) == 1 and "vấn đề cần xem trước khi in" in asked[0]
    assert win.plan_check_panel.isVisible()
    assert plan_check.ask_before_print(win) is True        # asked once: printing goes on
    assert len(asked) == 1
    win.interactive = False


def test_menu_entry_f7(win):
    file_menu = win.menuBar().actions()[0].menu()
    assert win.a_plan_check in file_menu.actions() and win.a_plan_check.shortcut().toString() == "F7"
