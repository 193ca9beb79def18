"""Reading deadline phrases: the seeds' phrases as a clerk reads them, the
conventions of docs/deadlines.md, and properties over any string."""
import json
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.deadlines import KINDS, parse

W = (date(2021, 1, 1), date(2025, 12, 31))


def years(month, day, y0=2021, y1=2025):
    return [date(y, month, day) for y in range(y0, y1 + 1)]


# Every phrase found in the seeds' tables, with the reading a clerk gives it
# (kind, due dates in 2021-2025, span, recurrence, event, offset, flagged).
SEED_READINGS = {
    "Thường xuyên": dict(kind="ongoing", due=[]),
    "Hàng năm": dict(kind="recurring", due=years(12, 31), recurrence="yearly"),
    "Quý IV hàng năm": dict(kind="recurring", due=years(12, 31), recurrence="yearly"),
    "Trước ngày 31/12 hàng năm": dict(kind="recurring", due=years(12, 30), recurrence="yearly"),
    "Trước bầu cử": dict(kind="event", due=[], event="bầu cử", offset={"n": -1, "unit": "days"}),
    "Tháng 1 năm sau liên kê": dict(kind="recurring", due=years(1, 31), recurrence="yearly"),
    "Theo thời gian quy định của Bộ Nội vụ": dict(kind="unspecified", due=[]),
    "Theo quy định": dict(kind="unspecified", due=[]),
    "Sau khi ban hành": dict(kind="event", due=[], event="ban hành", offset={"n": 0, "unit": "days"}),
    "Năm 2025": dict(kind="once", due=[date(2025, 12, 31)], span=["2025-01-01", "2025-12-31"]),
    "Khi có văn bản dự thảo": dict(kind="event", due=[], event="có văn bản dự thảo"),
    "Hàng quý": dict(kind="recurring", recurrence="quarterly",
                     due=[date(y, m, d) for y in range(2021, 2026) for m, d in ((3, 31), (6, 30), (9, 30), (12, 31))]),
    "05 ngày làm việc kể từ ngày có Quyết định công bố của Bộ, ngành":
        dict(kind="event", due=[], event="có Quyết định công bố của Bộ, ngành", offset={"n": 5, "unit": "workdays"}),
    "Trong năm 2021": dict(kind="once", due=[date(2021, 12, 31)], span=["2021-01-01", "2021-12-31"]),
    "Tháng 12 hàng năm": dict(kind="recurring", due=years(12, 31), recurrence="yearly"),
    "Theo kế hoạch xây dựng Nông thôn mới": dict(kind="unspecified", due=[]),
    "Quý III năm 2021": dict(kind="once", due=[date(2021, 9, 30)], span=["2021-07-01", "2021-09-30"]),
    "Quý I đến Quý III năm 2021": dict(kind="once", due=[date(2021, 9, 30)], span=["2021-01-01", "2021-09-30"]),
    "6 tháng cuối năm 2021": dict(kind="once", due=[date(2021, 12, 31)], span=["2021-07-01", "2021-12-31"]),
    "23/5/2021": dict(kind="once", due=[date(2021, 5, 23)]),
    # a shifted row in seed 004: agencies in the deadline column -> kept and flagged
    "Trung tâm Dịch vụ cấp thoát nước và môi trường; UBND các xã, thị trấn": dict(kind="unspecified", due=[],
                                                                                   flagged=True),
}


@pytest.mark.parametrize("phrase", list(SEED_READINGS))
def test_seed_phrase_reading(phrase):
    exp = SEED_READINGS[phrase]
    j = parse(phrase).to_json(*W)
    assert j["kind"] == exp["kind"]
    assert j["due"] == [d.isoformat() for d in exp["due"]]
    assert j["flagged"] == exp.get("flagged", False)
    for k in ("span", "recurrence", "event", "offset"):
        if k in exp:
            assert j[k] == exp[k], k
    assert j["explanation"]


def test_seed_table_lists_every_phrase_of_the_seeds():
    from bench.deadline_table import seed_phrases
    found = {p for p, _ in seed_phrases()}
    assert found, "no seed tables found"
    assert found == set(SEED_READINGS)


# ---------------------------------------------------------------- conventions --
@pytest.mark.parametrize("phrase,due", [
    ("Tháng 6/2021", ["2021-06-30"]),
    ("tháng 2 năm 2024", ["2024-02-29"]),
    ("Quý II/2022", ["2022-06-30"]),
    ("6 tháng đầu năm 2022", ["2022-06-30"]),
    ("giai đoạn 2021 - 2025", ["2025-12-31"]),
    ("Giai đoạn 2021-2025", ["2025-12-31"]),
    ("Trước ngày 15/3/2022", ["2022-03-14"]),
    ("trước ngày 01/01/2023", ["2022-12-31"]),
    ("Chậm nhất ngày 15/3/2022", ["2022-03-15"]),
    ("chậm nhất vào ngày 15/3/2022", ["2022-03-15"]),
    ("Đến ngày 30/6/2022", ["2022-06-30"]),
    ("ngày 20 tháng 10 năm 2022", ["2022-10-20"]),
    ("15/12/2023", ["2023-12-15"]),
    ("Trước tháng 6/2022", ["2022-05-31"]),
    ("Từ tháng 3 đến tháng 5/2022", ["2022-05-31"]),
    ("Tháng 11/2021 - Tháng 2/2022", ["2022-02-28"]),
    ("Quý IV/2021; Quý II/2022", ["2021-12-31", "2022-06-30"]),
    ("Tháng 6 và tháng 12 năm 2022", ["2022-06-30", "2022-12-31"]),
])
def test_once_conventions(phrase, due):
    dl = parse(phrase)
    assert dl.kind == "once", (phrase, dl)
    assert not dl.flagged, (phrase, dl.unread)
    assert [d.isoformat() for d in dl.due_in(*W)] == due


def test_range_has_span():
    dl = parse("Từ tháng 3 đến tháng 5/2022")
    assert dl.span == (date(2022, 3, 1), date(2022, 5, 31))


@pytest.mark.parametrize("phrase,window,due", [
    ("Hàng tháng", (date(2022, 1, 1), date(2022, 4, 30)), ["2022-01-31", "2022-02-28", "2022-03-31", "2022-04-30"]),
    ("hằng năm", (date(2022, 1, 1), date(2023, 12, 31)), ["2022-12-31", "2023-12-31"]),
    ("6 tháng một lần", (date(2022, 1, 1), date(2022, 12, 31)), ["2022-06-30", "2022-12-31"]),
    ("Định kỳ 2 tháng/lần", (date(2022, 1, 1), date(2022, 6, 30)), ["2022-02-28", "2022-04-30", "2022-06-30"]),
    ("hàng quý, 6 tháng và hàng năm", (date(2022, 1, 1), date(2022, 12, 31)),
     ["2022-03-31", "2022-06-30", "2022-09-30", "2022-12-31"]),
    ("Tháng 6 và tháng 12 hằng năm", (date(2022, 1, 1), date(2023, 12, 31)),
     ["2022-06-30", "2022-12-31", "2023-06-30", "2023-12-31"]),
    ("Hàng tuần", (date(2025, 3, 1), date(2025, 3, 16)), ["2025-03-07", "2025-03-14"]),
    ("Hàng ngày", (date(2025, 1, 24), date(2025, 2, 4)), ["2025-01-24", "2025-02-03", "2025-02-04"]),
    ("Quý IV hằng năm", (date(2023, 1, 1), date(2023, 11, 30)), []),
    ("Hàng năm, giai đoạn 2021 - 2025", (date(2019, 1, 1), date(2030, 12, 31)), [f"{y}-12-31" for y in range(2021, 2026)]),
    ("Hàng quý năm 2022", (date(2021, 1, 1), date(2023, 12, 31)),
     ["2022-03-31", "2022-06-30", "2022-09-30", "2022-12-31"]),
    # a day of the month, a day of the week (were read as an event "20 hằng tháng", or flagged)
    ("Trước ngày 20 hằng tháng", (date(2026, 1, 1), date(2026, 3, 31)), ["2026-01-19", "2026-02-19", "2026-03-19"]),
    ("Ngày 25 hàng tháng", (date(2026, 1, 1), date(2026, 3, 31)), ["2026-01-25", "2026-02-25", "2026-03-25"]),
    ("chậm nhất ngày 05 hằng tháng", (date(2026, 1, 1), date(2026, 2, 28)), ["2026-01-05", "2026-02-05"]),
    ("Ngày 31 hằng tháng", (date(2026, 1, 1), date(2026, 4, 30)),
     ["2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30"]),
    ("Trước ngày 1 hằng tháng", (date(2026, 1, 1), date(2026, 2, 28)), ["2026-01-31", "2026-02-28"]),
    ("Thứ Sáu hằng tuần", (date(2026, 3, 1), date(2026, 3, 16)), ["2026-03-06", "2026-03-13"]),
    ("Chiều thứ Hai hàng tuần", (date(2026, 3, 1), date(2026, 3, 16)), ["2026-03-02", "2026-03-09", "2026-03-16"]),
    ("Chủ nhật hằng tuần", (date(2026, 3, 1), date(2026, 3, 10)), ["2026-03-01", "2026-03-08"]),
    ("Trước thứ Sáu hằng tuần", (date(2026, 3, 1), date(2026, 3, 10)), ["2026-03-05"]),
    ("Trước ngày 25 hàng tháng, hàng quý", (date(2026, 1, 1), date(2026, 3, 31)),
     ["2026-01-24", "2026-02-24", "2026-03-24", "2026-03-31"]),
    ("Trước ngày 20 hằng tháng năm 2026", (date(2025, 12, 1), date(2027, 1, 31)),
     [f"2026-{m:02d}-19" for m in range(1, 13)]),
])
def test_recurring_conventions(phrase, window, due):
    dl = parse(phrase)
    assert dl.kind == "recurring" and not dl.flagged, (phrase, dl.unread)
    assert [d.isoformat() for d in dl.due_in(*window)] == due


@pytest.mark.parametrize("phrase,kind,due", [
    # mùng 1 Tết: 12/02/2021, 22/01/2023, 29/01/2025, 17/02/2026, 06/02/2027 (lunar calendar, `holidays`)
    ("Trước Tết Nguyên đán", "recurring", ["2025-01-28", "2026-02-16", "2027-02-05"]),
    ("Trước Tết Nguyên đán hằng năm", "recurring", ["2025-01-28", "2026-02-16", "2027-02-05"]),
    ("Dịp Tết Nguyên đán 2026", "once", ["2026-02-17"]),
    ("Trước Tết Nguyên đán Bính Ngọ 2026", "once", ["2026-02-16"]),
    ("Trước Tết Bính Ngọ", "once", ["2026-02-16"]),              # the year from its name alone
    ("trước Tết Âm lịch năm 2027", "once", ["2027-02-05"]),
    ("chậm nhất trước Tết Quý Mão", "once", []),                  # 2023: outside the window
    ("Quý I, trước Tết", "recurring", ["2025-01-28", "2025-03-31", "2026-02-16", "2026-03-31", "2027-02-05",
                                       "2027-03-31"]),
])
def test_tet(phrase, kind, due):
    dl = parse(phrase)
    assert dl.kind == kind and not dl.flagged, (phrase, dl.unread)
    assert [d.isoformat() for d in dl.due_in(date(2025, 1, 1), date(2027, 12, 31))] == due


def test_tet_explained_and_year_named():
    assert parse("chậm nhất trước Tết Quý Mão").dates == (date(2023, 1, 21),)
    dl = parse("Trước Tết Nguyên đán Bính Ngọ 2026")
    assert dl.explanation == ("Hạn: 16/02/2026. Mùng 1 Tết Nguyên đán năm 2026 là ngày 17/02/2026 "
                              "(theo âm lịch).")
    assert "Lunar New Year" in dl.explanation_in("en")
    assert parse("Trước Tết Nguyên đán hằng năm").explanation == (
        "Trước Tết Nguyên đán hằng năm: hạn ngày liền trước mùng 1 Tết (theo âm lịch) mỗi năm.")
    assert parse("Tết Dương lịch").flagged          # 1 January, not the lunar Tết: not guessed


def test_day_of_month_and_weekday_explained():
    assert parse("Trước ngày 20 hằng tháng").explanation == "Trước ngày 20 hằng tháng: hạn ngày 19 mỗi tháng."
    assert parse("Trước ngày 20 hằng tháng").explanation_in("en") == \
        "Before the 20th of each month: due on the 19th of each month."
    assert parse("Ngày 22 hàng tháng").explanation_in("en") == "Monthly: due on the 22nd of each month."
    assert parse("Thứ Hai hằng tuần").explanation == "Hằng tuần: hạn vào thứ Hai mỗi tuần."
    assert parse("Thứ Hai hằng tuần").recurrence == "weekly"
    assert parse("Ngày 25 hàng tháng").recurrence == "monthly"


def test_recurrence_names():
    assert parse("Hàng tuần").recurrence == "weekly"
    assert parse("Hàng ngày").recurrence == "daily"
    assert parse("Hàng tháng").recurrence == "monthly"
    assert parse("6 tháng").recurrence == "half-yearly"
    assert parse("Định kỳ 2 tháng/lần").recurrence == "every 2 months"
    assert parse("hàng quý, 6 tháng và hàng năm").recurrence == "quarterly, half-yearly, yearly"


def test_plan_span_clips_recurring_but_not_fixed_dates():
    dl = parse("Hàng quý")
    ref = (date(2023, 8, 4), date(2025, 12, 31))
    got = dl.due_in(date(2023, 1, 1), date(2026, 12, 31), ref=ref)
    assert got[0] == date(2023, 9, 30) and got[-1] == date(2025, 12, 31)
    nxt = parse("Tháng 1 năm sau liền kề").due_in(date(2023, 1, 1), date(2026, 12, 31), ref=ref)
    assert nxt == [date(2024, 1, 31), date(2025, 1, 31), date(2026, 1, 31)]
    assert parse("23/5/2021").due_in(date(2021, 1, 1), date(2021, 12, 31), ref=ref) == [date(2021, 5, 23)]


@pytest.mark.parametrize("phrase,kind", [
    ("Thường xuyên", "ongoing"), ("liên tục", "ongoing"), ("Lâu dài", "ongoing"),
    ("Thường xuyên, liên tục", "ongoing"),
    ("Theo quy định", "unspecified"), ("Theo yêu cầu", "unspecified"), ("Đột xuất", "unspecified"),
    ("Khi có yêu cầu", "unspecified"),
])
def test_no_date_kinds(phrase, kind):
    dl = parse(phrase)
    assert dl.kind == kind and not dl.flagged and dl.due_in(*W) == []


@pytest.mark.parametrize("phrase,event,offset", [
    ("Sau khi ban hành", "ban hành", (0, "days")),
    ("Khi có văn bản dự thảo", "có văn bản dự thảo", (0, "days")),
    ("Trước bầu cử", "bầu cử", (-1, "days")),
    ("10 ngày kể từ ngày nhận được văn bản", "nhận được văn bản", (10, "days")),
    ("Trong vòng 15 ngày làm việc kể từ ngày Kế hoạch được ban hành", "Kế hoạch được ban hành", (15, "workdays")),
    ("Sau khi có hướng dẫn của Bộ Nội vụ", "có hướng dẫn của Bộ Nội vụ", (0, "days")),
])
def test_events(phrase, event, offset):
    dl = parse(phrase)
    assert dl.kind == "event" and not dl.flagged
    assert dl.event == event and (dl.events[0].n, dl.events[0].unit) == offset
    assert dl.due_in(*W) == []   # no date until the clerk records the event


def test_event_date_applies_offset():
    dl = parse("Trước bầu cử")
    assert dl.due_in(*W, events={"Bầu cử": date(2021, 5, 23)}) == [date(2021, 5, 22)]


@pytest.mark.parametrize("phrase", ["abc xyz", "Phòng Nội vụ", "31/4/2022", "Quý V năm 2021", "sau ngày 15/3/2022",
                                    "Tháng 13/2022", "hàng quý abcdef"])
def test_unreadable_is_kept_and_flagged(phrase):
    dl = parse(phrase)
    assert dl.flagged, phrase
    assert dl.phrase == phrase
    assert "kiểm tra" in dl.explanation


def test_markup_and_unicode_forms():
    import unicodedata
    html = "<p>Quý IV&nbsp;hàng năm</p>"
    assert parse(html).due_in(date(2022, 1, 1), date(2022, 12, 31)) == [date(2022, 12, 31)]
    nfd = unicodedata.normalize("NFD", "Trước ngày 31/12 hàng năm")
    assert parse(nfd).due_in(date(2022, 1, 1), date(2022, 12, 31)) == [date(2022, 12, 30)]
    assert parse("QUÝ IV HẰNG NĂM").due_in(date(2022, 1, 1), date(2022, 12, 31)) == [date(2022, 12, 31)]


def test_empty_is_unspecified_not_flagged():
    dl = parse("")
    assert dl.kind == "unspecified" and not dl.flagged and dl.explanation


# --------------------------------------------------------------- properties --
PIECES = ["Quý IV", "quý II", "hàng năm", "hằng năm", "Hàng quý", "6 tháng", "tháng 12", "Tháng 1", "năm sau liền kề",
          "Trước ngày", "31/12", "15/3/2024", "29/2", "năm 2021", "2025", "giai đoạn 2021 - 2025", "đến", "và", ",",
          ";", "Thường xuyên", "Theo quy định", "05 ngày làm việc kể từ ngày", "có Quyết định", "Sau khi",
          "Trước", "bầu cử", "hàng tuần", "hàng ngày", "Định kỳ 2 tháng/lần", "6 tháng cuối năm", "từ", "<b>",
          "chậm nhất", "Quý I đến Quý III", "9999", "0/0/0000", "99 ngày làm việc kể từ ngày 1/1/2200"]
phrases = st.one_of(st.text(max_size=80), st.lists(st.sampled_from(PIECES), max_size=7).map(" ".join))
days = st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31))


@settings(max_examples=400, deadline=None)
@given(phrases)
def test_any_string_is_answered(text):
    dl = parse(text)
    assert dl.kind in KINDS
    assert isinstance(dl.explanation, str) and dl.explanation
    json.dumps(dl.to_json(date(2020, 1, 1), date(2026, 12, 31)), ensure_ascii=False)


@settings(max_examples=400, deadline=None)
@given(phrases, days, st.integers(min_value=-30, max_value=3700), st.none() | st.tuples(days, days),
       st.none() | days)
def test_due_dates_inside_window_sorted_unique(text, start, length, ref, event_day):
    end = start + timedelta(days=length)
    dl = parse(text)
    events = {e.event: event_day for e in dl.events} if event_day else None
    due = dl.due_in(start, end, ref=ref, events=events)
    assert all(start <= d <= end for d in due)
    assert due == sorted(set(due))
    if length < 0:
        assert due == []
