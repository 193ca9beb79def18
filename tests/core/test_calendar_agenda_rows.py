"""core.deadlines.agenda: the periods, rows and words of the calendar's week and list views and of the printed
work schedule (lịch công tác), issue 18 item 7."""
import os
from datetime import date

from core.deadlines import Occurrence, plan_deadlines
from core.deadlines.agenda import (
    agenda_rows,
    day_heading,
    mark_of,
    month_span,
    period_span,
    period_text,
    schedule_rows,
    schedule_table,
    shift,
    state_words,
    week_days,
    week_span,
)
from core.store.planfile import load_plan

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
QUANG_TRI = os.path.join(ROOT, "resources", "samples", "002_4ddd967f79e7422c.sqlite")
TODAY = date(2023, 12, 27)   # a Wednesday


def occ(due, state="pending", done=None, number="1", task="Việc", lead=("Sở Nội vụ",), row="r1"):
    return Occurrence(row, 0, "Phụ lục I", number, task, list(lead), [], "phrase", "once", due, state, done)


def test_week_starts_on_monday_and_ends_on_sunday():
    assert week_span(date(2023, 12, 27)) == (date(2023, 12, 25), date(2023, 12, 31))
    assert week_span(date(2023, 12, 25)) == (date(2023, 12, 25), date(2023, 12, 31))
    assert week_span(date(2023, 12, 31)) == (date(2023, 12, 25), date(2023, 12, 31))   # Sunday: same week
    assert week_span(date(2024, 1, 1)) == (date(2024, 1, 1), date(2024, 1, 7))


def test_month_and_period_spans():
    assert month_span(date(2024, 2, 10)) == (date(2024, 2, 1), date(2024, 2, 29))
    assert period_span("week", TODAY) == (date(2023, 12, 25), date(2023, 12, 31))
    assert period_span("list", TODAY) == period_span("month", TODAY) == (date(2023, 12, 1), date(2023, 12, 31))


def test_shift_moves_by_weeks_or_months():
    assert shift("week", TODAY, 1) == date(2024, 1, 3)
    assert shift("week", TODAY, -2) == date(2023, 12, 13)
    assert shift("month", date(2024, 1, 31), 1) == date(2024, 2, 29)      # no 31 February
    assert shift("list", date(2024, 1, 15), -1) == date(2023, 12, 15)     # across the year
    assert shift("month", date(2023, 12, 31), 2) == date(2024, 2, 29)


def test_marks_overdue_soon_done_later():
    assert mark_of(occ(date(2023, 12, 26), "overdue"), TODAY) == "overdue"
    assert mark_of(occ(TODAY), TODAY) == "soon"
    assert mark_of(occ(date(2024, 1, 3)), TODAY) == "soon"         # 7 days away
    assert mark_of(occ(date(2024, 1, 4)), TODAY) == "later"        # 8 days away
    assert mark_of(occ(date(2023, 12, 20), "done_late", date(2023, 12, 22)), TODAY) == "done"
    assert mark_of(occ(date(2024, 1, 20), "done_on_time", date(2023, 12, 22)), TODAY) == "done"


def test_state_words_in_both_languages():
    assert state_words(occ(date(2023, 12, 22), "overdue"), TODAY) == "Quá hạn 5 ngày"
    assert state_words(occ(date(2023, 12, 22), "overdue"), TODAY, "en") == "Overdue by 5 days"
    assert state_words(occ(TODAY), TODAY) == "Sắp đến hạn (hôm nay)"
    assert state_words(occ(date(2023, 12, 30)), TODAY) == "Sắp đến hạn (còn 3 ngày)"
    assert state_words(occ(date(2023, 12, 30)), TODAY, "en") == "Due soon (3 days left)"
    assert state_words(occ(date(2024, 2, 1)), TODAY) == "Trong hạn"
    assert state_words(occ(date(2023, 12, 20), "done_late", date(2023, 12, 22)), TODAY) == "Đã hoàn thành quá hạn"
    assert state_words(occ(date(2023, 12, 20), "done_on_time", date(2023, 12, 19)), TODAY, "en") == "Done on time"


def test_rows_are_the_period_by_date_in_the_plans_order_within_a_day():
    given = [occ(date(2023, 12, 31), number="2", task="B", row="b"),
             occ(date(2023, 12, 24), number="9", task="before", row="x"),
             occ(date(2023, 12, 30), number="5", task="  A\n  task ", lead=("Sở  Tư pháp", "UBND cấp xã"), row="a"),
             occ(date(2023, 12, 31), number="1", task="C", row="c"),
             occ(date(2024, 1, 1), number="3", task="after", row="y")]
    rows = agenda_rows(given, date(2023, 12, 25), date(2023, 12, 31), TODAY)
    assert [(r.due, r.task) for r in rows] == [(date(2023, 12, 30), "5. A task"), (date(2023, 12, 31), "2. B"),
                                                (date(2023, 12, 31), "1. C")]
    assert rows[0].lead == "Sở Tư pháp; UBND cấp xã"
    assert rows[0].occurrence is given[2]
    days = week_days(rows, date(2023, 12, 25))
    assert [d for d, _ in days] == [date(2023, 12, 25 + i) for i in range(7)]
    assert [len(lst) for _, lst in days] == [0, 0, 0, 0, 0, 1, 2]
    assert day_heading(date(2023, 12, 25)) == "Thứ Hai, 25/12/2023"
    assert day_heading(date(2023, 12, 31), "en") == "Sunday, 31/12/2023"


def test_printed_rows_are_grouped_by_day():
    rows = agenda_rows([occ(date(2023, 12, 30), row="a"), occ(date(2023, 12, 31), row="b"),
                        occ(date(2023, 12, 31), row="c")], date(2023, 12, 1), date(2023, 12, 31), TODAY)
    out = schedule_rows(rows)
    assert [(r.day, r.day_rows) for r in out] == [("Thứ Bảy\n30/12/2023", 1), ("Chủ nhật\n31/12/2023", 2), ("", 0)]


def test_period_titles():
    assert period_text("week", TODAY) == "Tuần từ ngày 25/12/2023 đến ngày 31/12/2023"
    assert period_text("week", TODAY, "en") == "Week from 25/12/2023 to 31/12/2023"
    assert period_text("month", TODAY) == "Tháng 12 năm 2023"
    assert period_text("list", date(2024, 9, 3), "en") == "September 2024"


def test_schedule_table_of_a_sample_week():
    plan = load_plan(QUANG_TRI)
    t = schedule_table(plan, "week", TODAY, TODAY)
    expected = plan_deadlines(plan, date(2023, 12, 25), date(2023, 12, 31), TODAY).occurrences
    assert len(expected) == 34 and len(t.rows) == 34
    assert t.title == "LỊCH CÔNG TÁC" and t.period == "Tuần từ ngày 25/12/2023 đến ngày 31/12/2023"
    assert t.source.startswith("Theo: Triển khai thực hiện Nghị quyết")
    assert t.headers == ("Ngày", "Nhiệm vụ", "Cơ quan chủ trì", "Trạng thái")
    assert (t.rows[0].day, t.rows[0].day_rows) == ("Thứ Bảy\n30/12/2023", 1)
    assert (t.rows[1].day, t.rows[1].day_rows) == ("Chủ nhật\n31/12/2023", 33)
    assert all(r.day == "" for r in t.rows[2:])
    for r, o in zip(t.rows, expected):
        assert r.task == (f"{o.number}. " if o.number else "") + " ".join(o.task.split())
        assert r.lead == "; ".join(o.lead)
    assert t.rows[0].state == "Sắp đến hạn (còn 3 ngày)" and t.rows[0].mark == "soon"
    assert "Sở Kế hoạch và Đầu tư" in t.text()


def test_schedule_table_of_a_month_in_english_and_an_empty_one():
    plan = load_plan(QUANG_TRI)
    t = schedule_table(plan, "list", date(2024, 9, 15), TODAY, "en")
    assert t.title == "WORK SCHEDULE" and t.period == "September 2024" and (t.start, t.end) == (
        date(2024, 9, 1), date(2024, 9, 30))
    assert t.headers == ("Date", "Task", "Lead agency", "Status")
    assert len(t.rows) == 1 and t.rows[0].day == "Monday\n30/09/2024"
    empty = schedule_table(plan, "week", date(2024, 8, 7), TODAY)
    assert empty.rows == [] and "Không có nhiệm vụ nào đến hạn" in empty.text()
