from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from core import numbering
from core.model import Appendix, Meta, Plan, Row, Section, format_date_vn, number_line


def test_point_letters_follow_vietnamese_legal_sequence():
    got = [numbering.point_letter(i) for i in range(1, 24)]
    assert got == list("abcd") + ["đ"] + list("eghiklmnopqrstuvxy")
    for skipped in ("f", "j", "w", "z"):
        assert skipped not in got
    assert numbering.label("diem", 5) == "đ)"
    assert numbering.label("diem", 7) == "g)"


def test_roman_round_trip_and_labels():
    for n in range(1, 60):
        assert numbering.from_roman(numbering.roman(n)) == n
    assert numbering.label("muc", 4) == "IV."
    assert numbering.label("khoan", 12) == "12."
    assert numbering.label("part", 2) == "B."
    assert numbering.from_roman("IIII") is None


def test_section_numbers_are_computed_from_position():
    p = Plan()
    a = Section(kind="part")
    m1, m2 = Section(kind="muc", parent_id=a.id), Section(kind="muc", parent_id=a.id)
    a.children = [m1, m2]
    k = [Section(kind="khoan", parent_id=m2.id) for _ in range(3)]
    m2.children = k
    d = [Section(kind="diem", parent_id=k[2].id) for _ in range(6)]
    k[2].children = d
    p.sections = [a]
    nums = p.section_numbers()
    assert [nums[s.id] for s in (a, m1, m2)] == ["A.", "I.", "II."]
    assert [nums[s.id] for s in k] == ["1.", "2.", "3."]
    assert [nums[s.id] for s in d] == ["a)", "b)", "c)", "d)", "đ)", "e)"]


def test_appendix_row_numbering_schemes():
    a = Appendix(numbering={"groups": ["upper_alpha", "roman"], "tasks": "flat"})
    a.rows = [Row(kind="group", level=0), Row(kind="group", level=1), Row(), Row(),
              Row(kind="group", level=1), Row(), Row(continues=True), Row(kind="group", level=0),
              Row(kind="group", level=1), Row()]
    nums = [Plan.row_numbers(a)[r.id] for r in a.rows]
    assert nums == ["A", "I", "1", "2", "II", "3", "", "B", "I", "4"]
    a.numbering = {"groups": ["arabic"], "tasks": "dotted"}
    a.rows = [Row(kind="group"), Row(), Row(), Row(kind="group"), Row()]
    assert [Plan.row_numbers(a)[r.id] for r in a.rows] == ["1", "1.1", "1.2", "2", "2.1"]
    # a written identifier restarts the count, like Word's "restart at"
    a.rows[4].label = "2.5"
    a.rows.append(Row())
    assert [Plan.row_numbers(a)[r.id] for r in a.rows][-2:] == ["2.5", "2.6"]


def test_dates_and_numbers_follow_nd30_leading_zero_rules():
    assert format_date_vn(date(2020, 1, 5)) == "ngày 05 tháng 01 năm 2020"
    assert format_date_vn(date(2019, 6, 29)) == "ngày 29 tháng 6 năm 2019"
    assert format_date_vn(date(2021, 2, 9)) == "ngày 09 tháng 02 năm 2021"
    assert format_date_vn(date(2021, 12, 1)) == "ngày 01 tháng 12 năm 2021"
    m = Meta(number="5", agency_abbr="UBND")
    assert number_line(m) == "Số: 05/KH-UBND"
    m.number = ""
    assert number_line(m).startswith("Số:      ") and number_line(m).endswith("/KH-UBND")
    m.doc_type = "QUY ĐỊNH"
    assert m.effective_symbol == "QyĐ-UBND"


@given(st.integers(min_value=1, max_value=500))
@settings(max_examples=100)
def test_point_letter_is_injective(n):
    assert numbering.point_letter(n) != numbering.point_letter(n + 1)
    assert all(c in numbering.POINT_LETTERS for c in numbering.point_letter(n))
