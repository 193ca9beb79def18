"""Issue 15, part 2 in the window: the agenda's agency filter, the agency autocomplete and the
"one placement for the whole plan" action treat "Uỷ ban MTTQ xã" and "Ủy ban MTTQ xã" as one agency."""
from datetime import date

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402

from core.model import Agency  # noqa: E402
from core.templates import plan_from_template  # noqa: E402
from tests.deadlines.test_deadlines_plan import make_plan  # noqa: E402

ROWS = [("Tuyên truyền chính sách", "Ủy ban MTTQ xã", "Chậm nhất ngày 26/6/2025"),
        ("Giám sát cộng đồng", "Uỷ ban MTTQ xã", "Chậm nhất ngày 28/6/2025"),
        ("Báo cáo quý", "Sở Nội vụ", "Chậm nhất ngày 27/6/2025")]


def test_agenda_filter_lists_one_agency_and_finds_both_spellings(qtbot):
    from gui.calendar import AgendaView
    from gui.calendar.view import _agency_choices
    w = AgendaView()
    qtbot.addWidget(w)
    w.set_plan(make_plan(ROWS), date(2025, 6, 24))
    names = [w.agency.itemData(i) for i in range(w.agency.count()) if w.agency.itemData(i)]
    assert len([n for n in names if "MTTQ" in n]) == 1
    w.set_filters(agency="Uỷ ban MTTQ xã")
    assert sorted(o.task for o in w.buckets()["week"]) == ["Giám sát cộng đồng", "Tuyên truyền chính sách"]
    w.set_filters(agency="Ủy ban MTTQ xã")
    assert sorted(o.task for o in w.buckets()["week"]) == ["Giám sát cộng đồng", "Tuyên truyền chính sách"]
    assert _agency_choices(["ỦY BAN MTTQ XÃ", "Uỷ ban MTTQ xã", "Ủy ban MTTQ xã"]) == ["ỦY BAN MTTQ XÃ"]


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
    w.close()


def test_autocomplete_matches_without_diacritics_and_offers_one_spelling(win, tmp_path):
    from gui.editors.appendix import MultiCompleter, names_model
    plan = plan_from_template("papi", agency="xã Thanh Thủy", year="2026")
    plan.agencies.append(Agency(name="Uỷ ban MTTQ xã Thanh Thủy", level="xa"))
    plan.agencies.append(Agency(name="Ủy ban MTTQ xã Thanh Thủy", level="xa"))
    assert win.create_and_open(plan, str(tmp_path / "kh.sqlite"))
    win.select("appendix", win.doc.plan.appendices[0].id)
    names = win.pages["appendix"].agency_names()
    assert len([n for n in names if "MTTQ xã Thanh Thủy" in n]) == 1
    comp = MultiCompleter(names_model(["Ủy ban MTTQ xã", "Văn phòng HĐND và UBND", "Nhà văn hóa thôn"]))
    for typed, want in (("uy ban", "Ủy ban MTTQ xã"), ("Sở Nội vụ; Uỷ ban mt", "Ủy ban MTTQ xã"),
                        ("van hoa", "Nhà văn hóa thôn"), ("văn hoá", "Nhà văn hóa thôn")):
        comp.setCompletionPrefix(typed)
        got = [comp.completionModel().index(i, 0).data(Qt.DisplayRole)
               for i in range(comp.completionModel().rowCount())]
        assert got == [want], typed


def test_one_placement_for_the_whole_plan_is_one_undo_step(win, tmp_path):
    from core.operations import tone_counts
    from gui import text_tools
    plan = plan_from_template("papi", agency="xã Thanh Thủy", year="2026")
    plan.agencies.append(Agency(name="Uỷ ban MTTQ xã"))
    assert win.create_and_open(plan, str(tmp_path / "kh.sqlite"))
    doc = win.doc
    before = tone_counts(doc.plan)
    assert before["old"] > 0
    n = text_tools.unify_tone(win, "new")
    assert n > 0 and tone_counts(doc.plan) == {"old": 0, "new": before["old"] + before["new"]}
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert tone_counts(doc.plan) == before
    assert any(a.name == "Uỷ ban MTTQ xã" for a in doc.plan.agencies)
    doc.undo_stack.redo()
    assert tone_counts(doc.plan)["old"] == 0
    # written to the file too
    from core.store.planfile import PlanStore
    st = PlanStore.open(doc.store.path)
    try:
        assert tone_counts(st.load())["old"] == 0
    finally:
        st.close()
    assert text_tools.edit_menu(win) is not None and win.a_tone in text_tools.edit_menu(win).actions()
