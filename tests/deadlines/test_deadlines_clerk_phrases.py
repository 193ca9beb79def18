"""Everyday phrases the deadline audit (2026) found misread or flagged, with the
clerk's reading: exact due dates, not flagged unless said, and explanations
that make sense in Vietnamese and in English."""
import re
from datetime import date

import pytest

from core.deadlines import parse

W26 = (date(2026, 1, 1), date(2026, 12, 31))
W30 = (date(2026, 1, 1), date(2030, 12, 31))
VI_ONLY = re.compile("[ăâđêôơưĩũạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.IGNORECASE)
QUOTED = re.compile(r"“[^”]*”")


def D(*ymd):
    return [date(*x) for x in ymd]


def each(y, *md):
    return [date(y, m, d) for m, d in md]


def check(phrase, due, window=W26, kind=None, flagged=False, ref=None):
    dl = parse(phrase)
    assert dl.flagged == flagged, (phrase, dl.unread, dl.explanation)
    assert dl.due_in(*window, ref=ref) == due, (phrase, dl.due_in(*window, ref=ref))
    if kind:
        assert dl.kind == kind, (phrase, dl.kind)
    vi, en = dl.explanation, dl.explanation_in("en")
    assert vi and en and vi != en
    assert not VI_ONLY.search(QUOTED.sub("", en)), en
    if not flagged:
        assert "kiểm tra" not in vi and "check" not in en, (vi, en)
    return dl


# 1. a day in the last month of each quarter / the first month of the next one
QDAYS = each(2026, (3, 24), (6, 24), (9, 24), (12, 24))


@pytest.mark.parametrize("phrase", ["Trước ngày 25 của tháng cuối quý", "Trước ngày 25 tháng cuối quý"])
def test_before_day_of_last_month_of_quarter(phrase):
    dl = check(phrase, QDAYS, kind="recurring")
    assert dl.recurrence == "quarterly"
    assert "24/03, 24/06, 24/09, 24/12" in dl.explanation
    assert "24 March" in dl.explanation_in("en") and "last month of each quarter" in dl.explanation_in("en")


def test_latest_day_of_last_month_of_quarter():
    dl = check("Chậm nhất ngày 20 của tháng cuối quý", each(2026, (3, 20), (6, 20), (9, 20), (12, 20)),
               kind="recurring")
    assert "20/03, 20/06, 20/09, 20/12" in dl.explanation


@pytest.mark.parametrize("phrase", ["Trước ngày 05 tháng đầu tiên của quý sau", "Trước ngày 05 của tháng đầu quý sau"])
def test_before_day_of_first_month_of_next_quarter(phrase):
    dl = check(phrase, each(2026, (1, 4), (4, 4), (7, 4), (10, 4)), kind="recurring")
    assert "04/01, 04/04, 04/07, 04/10" in dl.explanation and "quý liền trước" in dl.explanation
    assert "next quarter" in dl.explanation_in("en")
    # 4/1/2026 reports on the fourth quarter of 2025: outside a 2026 plan; 4/1/2027 is inside
    got = dl.due_in(date(2026, 1, 1), date(2027, 12, 31), ref=W26)
    assert got == D((2026, 4, 4), (2026, 7, 4), (2026, 10, 4), (2027, 1, 4))


# 2. the more precise rule replaces the bare one
def test_quarterly_refined_by_day_in_brackets():
    dl = check("Hàng quý (trước ngày 15 tháng cuối quý)", each(2026, (3, 14), (6, 14), (9, 14), (12, 14)))
    assert dl.recurrence == "quarterly" and "31/03" not in dl.explanation
    check("Báo cáo quý trước ngày 15 tháng cuối quý", each(2026, (3, 14), (6, 14), (9, 14), (12, 14)))


def test_monthly_refined_by_bare_day():
    dl = check("Hàng tháng (trước ngày 25)", [date(2026, m, 24) for m in range(1, 13)])
    assert dl.explanation == "Trước ngày 25 hằng tháng: hạn ngày 24 mỗi tháng."
    assert dl.explanation_in("en") == "Before the 25th of each month: due on the 24th of each month."


# 3. labels are not extra deadlines
@pytest.mark.parametrize("phrase,due", [
    ("Trước ngày 15/6 (báo cáo 6 tháng)", each(2026, (6, 14))),
    ("Trước ngày 15/6 hằng năm (báo cáo 6 tháng)", each(2026, (6, 14))),
    ("Báo cáo trước ngày 20/6 (6 tháng) và 20/12 (năm)", each(2026, (6, 19), (12, 19))),
    ("Báo cáo định kỳ 6 tháng (trước 15/6) và năm (trước 15/12)", each(2026, (6, 14), (12, 14))),
    ("Báo cáo 6 tháng trước ngày 15/6, báo cáo năm trước ngày 15/12", each(2026, (6, 14), (12, 14))),
])
def test_report_labels_are_not_deadlines(phrase, due):
    dl = check(phrase, due, kind="recurring")
    assert dl.recurrence == "yearly" and not dl.events
    assert check(phrase, [d.replace(year=2027) for d in due], window=(date(2027, 1, 1), date(2027, 12, 31)))


def test_dated_list_with_labels_is_once():
    dl = check("30/6/2026 (6 tháng), 15/12/2026 (năm)", D((2026, 6, 30), (2026, 12, 15)), window=W30, kind="once")
    assert dl.rules == ()


@pytest.mark.parametrize("phrase,freq", [("Báo cáo quý", "quarterly"), ("Báo cáo tháng", "monthly"),
                                         ("Báo cáo năm", "yearly")])
def test_report_names_mean_their_frequency(phrase, freq):
    assert check(phrase, parse({"quarterly": "Hàng quý", "monthly": "Hàng tháng",
                                "yearly": "Hàng năm"}[freq]).due_in(*W26)).recurrence == freq


def test_ongoing_with_quarterly_reports():
    dl = check("Thường xuyên (báo cáo quý)", each(2026, (3, 31), (6, 30), (9, 30), (12, 31)))
    assert dl.ongoing and dl.recurrence == "quarterly"


# 4. "trước" applies to every date of a list
def test_before_applies_to_the_whole_list():
    check("Trước ngày 15/6 và 15/12 hằng năm", each(2026, (6, 14), (12, 14)), kind="recurring")
    check("Trước ngày 15 tháng 6 và tháng 12 hàng năm", each(2026, (6, 14), (12, 14)), kind="recurring")


# 5. an explicit date inside a named period refines it
def test_date_inside_period_refines_it():
    check("Quý IV/2026 (chậm nhất 15/12/2026)", D((2026, 12, 15)), kind="once")
    check("Tháng 12 hàng năm (trước ngày 20/12)", D((2026, 12, 19)), kind="recurring")
    dl = check("Năm 2026 (Quý IV)", D((2026, 12, 31)), window=(date(2026, 1, 1), date(2028, 12, 31)), kind="once")
    assert dl.rules == ()
    check("Năm 2026 (báo cáo trước 15/12)", D((2026, 12, 14)), window=(date(2026, 1, 1), date(2028, 12, 31)),
          kind="once")


# 6. "hằng năm, trước Tết": the day before Tết, nothing else
def test_yearly_before_tet():
    dl = check("Hằng năm, trước Tết Nguyên đán", D((2026, 2, 16)), kind="recurring")
    assert dl.explanation == "Trước Tết Nguyên đán hằng năm: hạn ngày liền trước mùng 1 Tết (theo âm lịch) mỗi năm."


# 7. year bounds on rules
@pytest.mark.parametrize("phrase,last", [("Hàng năm đến năm 2030", 2030), ("Hằng năm đến 2030", 2030),
                                         ("Thường xuyên, hàng năm đến 2028", 2028)])
def test_yearly_until(phrase, last):
    dl = check(phrase, [date(y, 12, 31) for y in range(2026, last + 1)], window=W30, kind="recurring")
    assert f"đến năm {last}" in dl.explanation and f"until {last}" in dl.explanation_in("en")
    assert dl.due_in(date(2020, 1, 1), date(2020, 12, 31)) == [date(2020, 12, 31)]


@pytest.mark.parametrize("phrase", ["Hàng năm từ năm 2026", "Hàng năm, bắt đầu từ năm 2026", "Hàng năm từ 2026"])
def test_yearly_from(phrase):
    dl = check(phrase, [date(y, 12, 31) for y in range(2026, 2031)], window=W30, kind="recurring")
    assert "từ năm 2026" in dl.explanation and "from 2026" in dl.explanation_in("en")
    assert dl.due_in(date(2025, 1, 1), date(2025, 12, 31)) == []


# 8. bullets in a multi-line cell are a list
def test_bulleted_lines_are_a_list():
    check("- Quý I/2026\n- Quý III/2026", D((2026, 3, 31), (2026, 9, 30)), kind="once")
    check("• Quý I/2026\n• Quý III/2026", D((2026, 3, 31), (2026, 9, 30)), kind="once")
    check("Quý IV\nhàng năm", D((2026, 12, 31)), kind="recurring")


# 9. impossible dates are flagged, never corrected
@pytest.mark.parametrize("phrase", ["29/02/2026", "Trước ngày 31/02/2026", "ngày 29 tháng 2 năm 2026", "ngày 31 tháng 2",
                                    "Sau ngày 31/02/2026"])
def test_impossible_dates_flagged(phrase):
    dl = check(phrase, [], flagged=True)
    assert not dl.events
    assert parse("29/02/2028").due_in(date(2028, 1, 1), date(2028, 12, 31)) == [date(2028, 2, 29)]


# 10. unaccented phrases and common typos
@pytest.mark.parametrize("phrase,like", [
    ("Quy IV hang nam", "Quý IV hàng năm"), ("Thuong xuyen", "Thường xuyên"), ("Hang quy", "Hàng quý"),
    ("Hang thang", "Hàng tháng"), ("Quy II/2026", "Quý II/2026"), ("Truoc ngay 15/12 hang nam", "Trước ngày 15/12 hàng năm"),
    ("05 ngay lam viec ke tu ngay 13/02/2026", "05 ngày làm việc kể từ ngày 13/02/2026"),
])
def test_unaccented(phrase, like):
    ref = parse(like)
    dl = check(phrase, ref.due_in(*W26), kind=ref.kind)
    assert dl.phrase == phrase
    assert "đọc như viết có dấu" in dl.explanation.lower() and "diacritics" in dl.explanation_in("en")


def test_unaccented_unreadable_stays_flagged():
    dl = parse("Phong Noi vu")
    assert dl.flagged and dl.phrase == "Phong Noi vu"


@pytest.mark.parametrize("phrase,like", [
    ("Thuờng xuyên", "Thường xuyên"), ("Thường xuyen", "Thường xuyên"), ("Thương xuyên", "Thường xuyên"),
    ("Hàng nằm", "Hàng năm"), ("Hàng nẳm", "Hàng năm"), ("Qúi III/2026", "Quý III/2026"),
])
def test_common_typos(phrase, like):
    ref = parse(like)
    dl = check(phrase, ref.due_in(*W26), kind=ref.kind)
    assert dl.phrase == phrase and dl.explanation == ref.explanation


# 11. ends of periods
@pytest.mark.parametrize("phrase,like", [("Cuối quý", "Hàng quý"), ("Cuối mỗi quý", "Hàng quý"),
                                         ("Cuối hàng quý", "Hàng quý"), ("Cuối mỗi tháng", "Hàng tháng")])
def test_end_of_each_period(phrase, like):
    assert check(phrase, parse(like).due_in(*W26), kind="recurring").recurrence == parse(like).recurrence


@pytest.mark.parametrize("phrase,due", [("Cuối tháng 6/2026", D((2026, 6, 30))),
                                        ("Cuối tháng 12/2026", D((2026, 12, 31))),
                                        ("Cuối quý IV/2026", D((2026, 12, 31))), ("Hết năm 2026", D((2026, 12, 31))),
                                        ("Cuối năm 2026", D((2026, 12, 31)))])
def test_end_of_named_period(phrase, due):
    check(phrase, due, kind="once")
    assert parse("cuối năm 2026").span == (date(2026, 10, 1), date(2026, 12, 31))


# 12. from now on, onwards
def test_from_now_until():
    dl = check("Từ nay đến hết năm 2026", D((2026, 12, 31)), kind="once")
    assert not dl.ongoing and "không ghi hạn kết thúc" not in dl.explanation
    check("Từ nay đến năm 2030", D((2030, 12, 31)), window=W30, kind="once")


@pytest.mark.parametrize("phrase", ["Quý II/2026 trở đi", "Từ quý II/2026 trở đi"])
def test_onwards_is_ongoing(phrase):
    dl = check(phrase, [], kind="ongoing")
    assert "01/04/2026" in dl.explanation and "1 Apr 2026" in dl.explanation_in("en")


# 13. other ways of naming quarters, months and dates
@pytest.mark.parametrize("phrase,due", [
    ("Quý Ba năm 2026", D((2026, 9, 30))), ("Quý ba/2026", D((2026, 9, 30))), ("Quý I-II/2026", D((2026, 6, 30))),
    ("Q.IV/2026", D((2026, 12, 31))), ("T12/2026", D((2026, 12, 31))), ("2026-12-15", D((2026, 12, 15))),
])
def test_other_forms(phrase, due):
    check(phrase, due, kind="once")
    assert parse("Quý I-II/2026").span == (date(2026, 1, 1), date(2026, 6, 30))


# 14. frequencies
@pytest.mark.parametrize("phrase,like", [
    ("Mỗi năm 1 lần", "Hàng năm"), ("1 năm/lần", "Hàng năm"), ("1 lần/năm", "Hàng năm"), ("2 lần/năm", "6 tháng"),
    ("1 lần/quý", "Hàng quý"), ("Mỗi quý một lần", "Hàng quý"), ("1 lần/tháng", "Hàng tháng"),
])
def test_frequencies(phrase, like):
    ref = parse(like)
    dl = check(phrase, ref.due_in(*W26), kind="recurring")
    assert dl.recurrence == ref.recurrence


def test_days_of_month():
    check("Mùng 5 hàng tháng", [date(2026, m, 5) for m in range(1, 13)], kind="recurring")
    both = sorted([date(2026, m, 15) for m in range(1, 13)] + [date(2026, m, 30) for m in range(1, 13) if m != 2]
                  + [date(2026, 2, 28)])
    check("Ngày 15 và 30 hàng tháng", both, kind="recurring")
    check("Ngày 15, 30 hàng tháng", both, kind="recurring")


@pytest.mark.parametrize("phrase,day", [("Tuần đầu tháng", 7), ("Tuần đầu tiên của tháng", 7), ("Tuần cuối tháng", 0)])
def test_weeks_of_the_month(phrase, day):
    due = [date(2026, m, day) if day else parse("Hàng tháng").due_in(*W26)[m - 1] for m in range(1, 13)]
    dl = check(phrase, due, kind="recurring")
    assert dl.recurrence == "monthly" and "tuần" in dl.explanation.lower() and "week" in dl.explanation_in("en")


# 15. more ways of saying "no fixed date" and "on the occasion of"
def test_on_request_of_an_agency():
    dl = check("Theo yêu cầu của UBND tỉnh", [], kind="unspecified")
    assert "UBND tỉnh" in dl.explanation


def test_occasions():
    check("Hàng năm vào dịp 2/9", D((2026, 9, 2)), kind="recurring")
    check("Dịp 30/4 và 1/5", D((2026, 4, 30), (2026, 5, 1)), kind="recurring")


# --------------------------------------------------------------- properties --
from datetime import timedelta  # noqa: E402

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

PIECES = ["Trước ngày 25", "của tháng cuối quý", "tháng đầu tiên của quý sau", "Hàng quý", "(", ")", "Hàng tháng",
          "báo cáo 6 tháng", "6 tháng trước ngày", "15/6", "và", "20/12", "(năm)", "hằng năm", "Quý IV/2026",
          "chậm nhất", "15/12/2026", "Năm 2026", "Tết Nguyên đán", "đến năm 2030", "từ năm 2026", "\n- ", "\n",
          "29/02/2026", "31/02", "Quy IV hang nam", "Thuong xuyen", "Thuờng xuyên", "Cuối", "mỗi", "quý", "tháng 6/2026",
          "Hết năm", "Từ nay đến", "trở đi", "Quý Ba", "I-II/2026", "Q.IV", "T12/2026", "2026-12-15", "1 lần/năm",
          "2 lần/năm", "Mùng 5", "Ngày 15, 30 hàng tháng", "Tuần đầu tháng", "Theo yêu cầu của", "dịp", "ngày 15 tháng 6",
          "tháng 12", "hàng năm đến 2028", "9999", "0"]
phrases = st.one_of(st.text(max_size=60), st.lists(st.sampled_from(PIECES), max_size=7).map(" ".join))
days = st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31))


@settings(max_examples=300, deadline=None)
@given(phrases, days, st.integers(min_value=-30, max_value=3700), st.none() | st.tuples(days, days))
def test_new_forms_answered_inside_window(text, start, length, ref):
    end = start + timedelta(days=length)
    dl = parse(text)
    assert dl.explanation and dl.explanation_in("en")
    due = dl.due_in(start, end, ref=ref)
    assert all(start <= d <= end for d in due) and due == sorted(set(due))


# ------------------------------------------------- docs/deadlines.md table --
# The clerk-phrase table of docs/deadlines.md (between the clerk-table markers) is rendered from these
# rows; refresh it with `.venv/bin/python -m tests.deadlines.test_deadlines_clerk_phrases --write` (repository root).
import os  # noqa: E402

DOC = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "docs", "deadlines.md")
BEGIN, END = "<!-- clerk-table:begin -->", "<!-- clerk-table:end -->"
W28 = (date(2026, 1, 1), date(2028, 12, 31))
TABLE = [
    ("Trước ngày 25 của tháng cuối quý", W26), ("Chậm nhất ngày 20 của tháng cuối quý", W26),
    ("Trước ngày 05 tháng đầu tiên của quý sau", W26), ("Hàng quý (trước ngày 15 tháng cuối quý)", W26),
    ("Báo cáo quý trước ngày 15 tháng cuối quý", W26), ("Hàng tháng (trước ngày 25)", W26),
    ("Trước ngày 15/6 (báo cáo 6 tháng)", W26), ("Báo cáo trước ngày 20/6 (6 tháng) và 20/12 (năm)", W26),
    ("Báo cáo định kỳ 6 tháng (trước 15/6) và năm (trước 15/12)", W26),
    ("Báo cáo 6 tháng trước ngày 15/6, báo cáo năm trước ngày 15/12", W26),
    ("30/6/2026 (6 tháng), 15/12/2026 (năm)", W30), ("Thường xuyên (báo cáo quý)", W26),
    ("Trước ngày 15/6 và 15/12 hằng năm", W26), ("Trước ngày 15 tháng 6 và tháng 12 hàng năm", W26),
    ("Quý IV/2026 (chậm nhất 15/12/2026)", W26), ("Tháng 12 hàng năm (trước ngày 20/12)", W26),
    ("Năm 2026 (Quý IV)", W28), ("Năm 2026 (báo cáo trước 15/12)", W28), ("Hằng năm, trước Tết Nguyên đán", W26),
    ("Hàng năm đến năm 2030", W30), ("Thường xuyên, hàng năm đến 2028", W30), ("Hàng năm, bắt đầu từ năm 2026", W30),
    ("- Quý I/2026⏎- Quý III/2026", W26), ("Quý IV⏎hàng năm", W26), ("29/02/2026", W26),
    ("Trước ngày 31/02/2026", W26), ("Quy IV hang nam", W26), ("Thuong xuyen", W26), ("Thuờng xuyên", W26),
    ("Hàng nằm", W26), ("Qúi III/2026", W26), ("Cuối mỗi quý", W26), ("Cuối mỗi tháng", W26),
    ("Cuối tháng 6/2026", W26), ("Cuối quý IV/2026", W26), ("Hết năm 2026", W26), ("Cuối năm 2026", W26),
    ("Từ nay đến hết năm 2026", W26), ("Từ nay đến năm 2030", W30), ("Từ quý II/2026 trở đi", W26),
    ("Quý Ba năm 2026", W26), ("Quý I-II/2026", W26), ("Q.IV/2026", W26), ("T12/2026", W26), ("2026-12-15", W26),
    ("Mỗi năm 1 lần", W26), ("1 lần/năm", W26), ("2 lần/năm", W26), ("1 lần/quý", W26),
    ("Mùng 5 hàng tháng", W26), ("Ngày 15 và 30 hàng tháng", W26), ("Tuần đầu tháng", W26),
    ("Tuần cuối tháng", W26), ("Theo yêu cầu của UBND tỉnh", W26), ("Hàng năm vào dịp 2/9", W26),
    ("Dịp 30/4 và 1/5", W26),
]


def render_table() -> str:
    def md(s):
        return s.replace("|", "\\|").replace("\n", " ")
    lines = ["| Phrase (⏎ = new line) | Window | Due in the window | Kind | Flagged | Explanation |",
             "|---|---|---|---|---|---|"]
    for phrase, w in TABLE:
        dl = parse(phrase.replace("⏎", "\n"))
        due = [d.isoformat() for d in dl.due_in(*w)]
        ds = ", ".join(due) if len(due) <= 5 else ", ".join(due[:4]) + f" … ({len(due)} dates)"
        lines.append(f"| {md(phrase)} | {w[0].year}–{w[1].year} | {ds or '—'} | {dl.kind} | "
                     f"{'yes' if dl.flagged else 'no'} | {md(dl.explanation)} |")
    return "\n".join(lines) + "\n"


def test_doc_clerk_table_is_current():
    text = open(DOC, encoding="utf-8").read()
    assert text[text.index(BEGIN) + len(BEGIN):text.index(END)].strip() == render_table().strip()


if __name__ == "__main__":
    import sys
    if "--write" in sys.argv:
        text = open(DOC, encoding="utf-8").read()
        a, b = text.index(BEGIN) + len(BEGIN), text.index(END)
        with open(DOC, "w", encoding="utf-8") as f:
            f.write(text[:a] + "\n" + render_table() + text[b:])
    else:
        sys.stdout.write(render_table())
