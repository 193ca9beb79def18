"""Issue 17: what offices write in schedules, procedures and reports, read right.

Eight families: compact day ranges, holiday shift clauses, parts of the year, lists of days with a weekday,
durations without an anchor, reporting periods, relative words, a date without a year.  Each phrase carries
the public page it was taken from; where no real one was found the comment says so and the issue's shape is
used.  Every reading is checked with its exact due dates and an explanation in Vietnamese and in English.
"""
import re
from datetime import date

import pytest

from core.deadlines import add_workdays, is_workday, parse, plan_deadlines
from core.deadlines.explain import YEARLESS_EN, YEARLESS_VI
from core.deadlines.families import START_EVENT
from core.deadlines.parse import PLAN_ISSUED_EVENT
from core.model import Appendix, Column, Meta, Plan, Row

VI_ONLY = re.compile("[ăâđêôơưĩũạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.IGNORECASE)
QUOTED = re.compile(r"“[^”]*”")
W26 = (date(2026, 1, 1), date(2026, 12, 31))


def D(*ymd):
    return [date(*x) for x in ymd]


def check(phrase, due, window=W26, kind=None, flagged=False, ref=None, events=None):
    """The reading of *phrase*: its due dates in *window*, its kind, its flag, and explanations in both
    languages (the English one without Vietnamese words outside quotes)."""
    dl = parse(phrase)
    assert dl.flagged == flagged, (phrase, dl.unread, dl.explanation)
    got = dl.due_in(*window, ref=ref, events=events)
    assert got == due, (phrase, got)
    if kind:
        assert dl.kind == kind, (phrase, dl.kind)
    vi, en = dl.explanation, dl.explanation_in("en")
    assert vi and en and vi != en
    assert not VI_ONLY.search(QUOTED.sub("", en)), en
    if not flagged:
        assert "kiểm tra" not in vi and "check" not in en, (vi, en)
    return dl


# ------------------------------------------------------------------ 1. compact day ranges --
def test_compact_range_with_year():
    # sao.baophapluat.vn/tin-tuc/chi-tiet/7761/ (VINACAS): "… sẽ diễn ra từ ngày 5-7/3/2021"
    dl = check("từ ngày 5-7/3/2021", D((2021, 3, 7)), window=(date(2021, 1, 1), date(2021, 12, 31)), kind="once")
    assert dl.span == (date(2021, 3, 5), date(2021, 3, 7))
    assert dl.explanation == "Thực hiện từ 05/03/2021 đến 07/03/2021; hạn 07/03/2021."
    assert dl.explanation_in("en") == "Runs from 5 Mar 2021 to 7 Mar 2021; due 7 Mar 2021."


@pytest.mark.parametrize("phrase, due, words", [
    # no real one found with these exact forms: the issue's shapes
    ("ngày 10-12/9", D((2026, 9, 12)), "Từ ngày 10/09 đến ngày 12/09"),
    ("từ 5 đến 9/10", D((2026, 10, 9)), "Từ ngày 05/10 đến ngày 09/10"),
    ("từ ngày 21.7-25.7", D((2026, 7, 25)), "Từ ngày 21/07 đến ngày 25/07"),
])
def test_compact_range_without_year(phrase, due, words):
    dl = check(phrase, due, kind="recurring")
    assert dl.explanation.startswith(words) and YEARLESS_VI in dl.explanation
    assert "tháng 7 đến tháng 7" not in dl.explanation


def test_compact_range_from_is_a_range_not_from_then_on():
    # the issue's shape: "từ ngày 03-08/5/2026" was flagged; "từ" must not make it ongoing
    dl = check("từ ngày 03-08/5/2026", D((2026, 5, 8)), kind="once")
    assert not dl.ongoing and dl.span == (date(2026, 5, 3), date(2026, 5, 8))


def test_compact_range_backwards_is_flagged_not_guessed():
    check("ngày 12-10/9", [], kind="unspecified", flagged=True)


# ------------------------------------------------------------------ 2. holiday shift clauses --
def test_shift_to_next_working_day_monthly():
    # sotttt.vinhphuc.gov.vn, Lịch tiếp công dân (Giám đốc Sở)
    phrase = ("Định kỳ vào ngày 15 hàng tháng (nếu ngày này trùng vào ngày nghỉ, ngày lễ thì thực hiện vào ngày "
              "làm việc tiếp theo)")
    due = D((2026, 1, 15), (2026, 2, 23), (2026, 3, 16), (2026, 4, 15), (2026, 5, 15), (2026, 6, 15), (2026, 7, 15),
            (2026, 8, 17), (2026, 9, 15), (2026, 10, 15), (2026, 11, 16), (2026, 12, 15))
    dl = check(phrase, due, kind="recurring")
    assert all(is_workday(d) for d in due)
    assert dl.shift == 1
    assert "chuyển sang ngày làm việc tiếp theo" in dl.explanation
    assert "moves to the next working day" in dl.explanation_in("en")
    # without the clause there is no shift: 15/8/2026 is a Saturday and stays
    plain = parse("Định kỳ vào ngày 15 hàng tháng")
    assert date(2026, 8, 15) in plain.due_in(*W26) and plain.shift == 0


def test_shift_first_working_day_after():
    # tcdb.drvn.gov.vn, Lịch tiếp dân: "Lãnh đạo Tổng cục tiếp công dân vào ngày 25 hàng tháng (nếu ngày tiếp trùng
    # vào ngày nghỉ, lễ, tết thì ngày tiếp là ngày làm việc đầu tiên liền kề)"
    phrase = ("vào ngày 25 hàng tháng (nếu ngày tiếp trùng vào ngày nghỉ, lễ, tết thì ngày tiếp là ngày làm việc "
              "đầu tiên liền kề)")
    dl = check(phrase, D((2026, 1, 26), (2026, 2, 25), (2026, 3, 25), (2026, 4, 28), (2026, 5, 25), (2026, 6, 25),
                         (2026, 7, 27), (2026, 8, 25), (2026, 9, 25), (2026, 10, 26), (2026, 11, 25), (2026, 12, 25)))
    assert dl.shift == 1


def test_shift_weekly_around_tet():
    # tandoan.langson.gov.vn, Lịch tiếp công dân của UBND xã Tân Đoàn năm 2026
    phrase = ("vào ngày thứ Tư hằng tuần, trong giờ hành chính, nếu trùng vào ngày nghỉ theo quy định thì tiếp công "
              "dân vào ngày làm việc tiếp theo liền kề sau đó")
    # 18/02/2026 is a day off of Tết Bính Ngọ: that week's reception is on the next working day
    check(phrase, D((2026, 2, 4), (2026, 2, 11), (2026, 2, 23), (2026, 2, 25)),
          window=(date(2026, 2, 1), date(2026, 2, 28)), kind="recurring")


def test_shift_to_previous_working_day():
    # no real "liền trước" clause found: the issue's shape
    phrase = "Ngày 15 hàng tháng (nếu trùng ngày nghỉ, ngày lễ thì thực hiện vào ngày làm việc liền trước)"
    dl = check(phrase, D((2026, 2, 13), (2026, 3, 13)), window=(date(2026, 2, 1), date(2026, 3, 31)))
    assert dl.shift == -1 and "liền trước" in dl.explanation and "previous working day" in dl.explanation_in("en")


# ------------------------------------------------------------------ 3. parts of the year --
def test_nine_months_with_year():
    # tayninh.gov.vn: "… ước thực hiện dự toán ngân sách địa phương 9 tháng năm 2023"
    dl = check("9 tháng năm 2023", D((2023, 9, 30)), window=(date(2023, 1, 1), date(2023, 12, 31)), kind="once")
    assert dl.span == (date(2023, 1, 1), date(2023, 9, 30))


@pytest.mark.parametrize("phrase, due, vi, en", [
    # the issue's shapes (no real text found with them); "2 tháng đầu năm" was due 31/3 as if a quarter
    ("2 tháng đầu năm", D((2026, 2, 28)), "2 tháng đầu năm", "The first 2 months of the year"),
    ("3 tháng đầu năm", D((2026, 3, 31)), "Quý I", "Q1"),
    ("9 tháng đầu năm", D((2026, 9, 30)), "9 tháng đầu năm", "The first 9 months of the year"),
    ("nửa đầu năm", D((2026, 6, 30)), "6 tháng đầu năm", "The first half of the year"),
    # ppdvn.gov.vn (Thông tư 03/2015/TT-BTTTT): "Báo cáo 6 tháng đầu năm"
    ("6 tháng đầu năm", D((2026, 6, 30)), "6 tháng đầu năm", "The first half of the year"),
])
def test_parts_of_the_year_without_year(phrase, due, vi, en):
    dl = check(phrase, due, kind="recurring")
    assert dl.explanation.startswith(vi) and YEARLESS_VI in dl.explanation
    assert dl.explanation_in("en").startswith(en) and YEARLESS_EN in dl.explanation_in("en")


def test_last_months_of_a_year():
    # the issue's shape
    dl = check("4 tháng cuối năm 2026", D((2026, 12, 31)), kind="once")
    assert dl.span == (date(2026, 9, 1), date(2026, 12, 31))


def test_early_in_a_month():
    # sao.baophapluat.vn/tin-tuc/chi-tiet/7761/: "dự kiến được tổ chức vào đầu tháng 3/2020" — the first ten days
    dl = check("đầu tháng 3/2020", D((2020, 3, 10)), window=(date(2020, 1, 1), date(2020, 12, 31)), kind="once")
    assert dl.span == (date(2020, 3, 1), date(2020, 3, 10))


# ------------------------------------------------------------------ 4. lists of days with a weekday --
def test_day_list_with_its_month_and_weekday():
    # tayninh.gov.vn, Lịch tiếp công dân năm 2021: 06/5, 13/5, 20/5, 27/5/2021, each a Thursday (written there one
    # a line; the list shape is the issue's)
    check("Ngày 06; 13; 20; 27/5/2021 (Thứ Năm)", D((2021, 5, 6), (2021, 5, 13), (2021, 5, 20), (2021, 5, 27)),
          window=(date(2021, 1, 1), date(2021, 12, 31)), kind="once")


def test_day_list_weekday_contradiction_is_flagged():
    dl = check("Ngày 06; 13; 20; 27/5/2021 (Thứ Hai)", D((2021, 5, 6), (2021, 5, 13), (2021, 5, 20), (2021, 5, 27)),
               window=(date(2021, 1, 1), date(2021, 12, 31)), flagged=True)
    assert "06/05/2021 là thứ Năm" in dl.explanation and "6 May 2021 is a Thursday" in dl.explanation_in("en")


def test_day_list_without_month_in_a_one_month_window():
    # the issue's shape (a month's schedule: "Ngày 06; 13; 20; 27 (Thứ Hai)"); April 2026 has those Mondays
    april = (date(2026, 4, 1), date(2026, 4, 30))
    dl = check("Ngày 06; 13; 20; 27 (Thứ Hai)", D((2026, 4, 6), (2026, 4, 13), (2026, 4, 20), (2026, 4, 27)),
               window=april, kind="recurring")
    assert all(d.isoweekday() == 1 for d in dl.due_in(*W26))          # only where they are Mondays
    assert "thứ Hai" in dl.explanation and "Monday" in dl.explanation_in("en")
    # days that cannot share one weekday are flagged
    check("Ngày 06; 13; 21; 27 (Thứ Hai)", D((2026, 4, 6), (2026, 4, 13), (2026, 4, 27)), window=april, flagged=True)


def test_weekday_written_before_a_date():
    # trungtamhanhchinhcong.camau.gov.vn, nghỉ Tết Âm lịch 2018: "từ thứ Tư ngày 14 tháng 02 năm 2018 đến hết thứ Ba
    # ngày 20 tháng 02 năm 2018"
    y18 = (date(2018, 1, 1), date(2018, 12, 31))
    dl = check("từ thứ Tư ngày 14 tháng 02 năm 2018 đến hết thứ Ba ngày 20 tháng 02 năm 2018", D((2018, 2, 20)),
               window=y18, kind="once")
    assert dl.span == (date(2018, 2, 14), date(2018, 2, 20))
    # the same with a wrong weekday (made up): flagged, the date still shown
    dl = check("từ thứ Năm ngày 14 tháng 02 năm 2018 đến hết thứ Ba ngày 20 tháng 02 năm 2018", D((2018, 2, 20)),
               window=y18, flagged=True)
    assert "14/02/2018 là thứ Tư" in dl.explanation


def test_weekday_after_a_date():
    # tayninh.gov.vn, Lịch tiếp công dân năm 2021: "07 giờ 30 ngày 07/01/2021" — a Thursday
    check("ngày 07/01/2021 (thứ Năm)", D((2021, 1, 7)), window=(date(2021, 1, 1), date(2021, 1, 31)))
    check("ngày 07/01/2021 (thứ Sáu)", D((2021, 1, 7)), window=(date(2021, 1, 1), date(2021, 1, 31)), flagged=True)


# ------------------------------------------------------------------ 5. durations without an anchor --
def test_duration_with_a_longer_case():
    # tthc.thuathienhue.gov.vn, thủ tục thay đổi, cải chính hộ tịch, xác định lại dân tộc
    phrase = ("03 ngày làm việc đối với việc thay đổi, cải chính hộ tịch, xác định lại dân tộc. Trường hợp cần phải "
              "xác minh thì thời hạn được kéo dài không quá 06 ngày làm việc")
    dl = check(phrase, [], kind="event")
    assert dl.event == START_EVENT and dl.offset == {"n": 3, "unit": "workdays"}
    assert "3 ngày làm việc" in dl.explanation and "không quá 6 ngày làm việc" in dl.explanation
    assert "cần phải xác minh" in dl.explanation
    en = dl.explanation_in("en")
    assert "3 working days" in en and "at most 6 working days" in en
    # once the start is recorded: three working days after it
    start = date(2026, 4, 28)
    got = dl.due_in(*W26, events={START_EVENT: start})
    assert got == [add_workdays(start, 3)] == D((2026, 5, 5))      # 30/4, 1/5 and the weekend are not counted
    assert "Chưa có ngày cụ thể" not in dl.explanation_with({START_EVENT: start})


@pytest.mark.parametrize("phrase, n, unit, words", [
    ("Không quá 45 ngày", 45, "days", "không quá 45 ngày"),          # tthc.thuathienhue.gov.vn (đất đai)
    ("Trong thời hạn 01 ngày làm việc", 1, "workdays", "1 ngày làm việc"),   # dichvucong.binhdinh.gov.vn
    ("Trong thời hạn 03 ngày làm việc", 3, "workdays", "3 ngày làm việc"),   # the issue's shape
    ("Không quá 15 ngày", 15, "days", "không quá 15 ngày"),          # the issue's shape
])
def test_duration_alone(phrase, n, unit, words):
    dl = check(phrase, [], kind="event")
    assert dl.offset == {"n": n, "unit": unit} and words in dl.explanation
    assert dl.due_in(*W26, events={START_EVENT: date(2026, 3, 2)})


def test_duration_with_exclusions_and_alternatives():
    # tthc.thuathienhue.gov.vn (giao đất, cho thuê đất)
    dl = check("Không quá 20 ngày (không kể thời gian giải phóng mặt bằng; không kể thời gian thực hiện nghĩa vụ tài "
               "chính của người sử dụng đất)", [], kind="event")
    assert "không kể thời gian giải phóng mặt bằng" in dl.explanation
    # the issue's shape
    dl = check("05 ngày làm việc; trường hợp phải xác minh không quá 10 ngày làm việc", [], kind="event")
    assert "5 ngày làm việc" in dl.explanation and "phải xác minh: không quá 10 ngày làm việc" in dl.explanation
    assert "5 working days" in dl.explanation_in("en") and "at most 10 working days" in dl.explanation_in("en")


# ------------------------------------------------------------------ 6. reporting periods --
def test_day_of_last_month_of_quarter():
    # beta.thuvienphapluat.vn (Thông tư 02/2023/TT-BTTTT): "Chậm nhất ngày 06 (sáu) của tháng cuối quý"
    check("Chậm nhất ngày 06 của tháng cuối quý", D((2026, 3, 6), (2026, 6, 6), (2026, 9, 6), (2026, 12, 6)))
    # thukyluat.vn (Nghị định 138/2016/NĐ-CP): "Báo cáo quý gửi chậm nhất vào ngày 20 tháng của cuối quý"
    check("Báo cáo quý gửi chậm nhất vào ngày 20 tháng của cuối quý",
          D((2026, 3, 20), (2026, 6, 20), (2026, 9, 20), (2026, 12, 20)))


def test_last_month_of_the_reporting_period_not_named():
    # thuviennhadat.vn (Nghị định 09/2019/NĐ-CP, Điều 13): "chậm nhất vào ngày 25 của tháng cuối kỳ báo cáo"
    dl = check("chậm nhất vào ngày 25 của tháng cuối kỳ báo cáo",
               D((2026, 3, 25), (2026, 6, 25), (2026, 9, 25), (2026, 12, 25)), kind="recurring")
    assert "hiểu là hằng quý" in dl.explanation and "read as each quarter" in dl.explanation_in("en")
    # the issue's shape
    check("trước ngày 20 của tháng cuối kỳ báo cáo", D((2026, 3, 19), (2026, 6, 19), (2026, 9, 19), (2026, 12, 19)))


@pytest.mark.parametrize("phrase, due", [
    # Nghị định 09/2019's rule with the period named (shape made from it)
    ("Báo cáo 6 tháng: chậm nhất vào ngày 25 của tháng cuối kỳ báo cáo", D((2026, 6, 25), (2026, 12, 25))),
    ("Báo cáo năm: chậm nhất vào ngày 25 của tháng cuối kỳ báo cáo", D((2026, 12, 25))),
    ("Báo cáo tháng: trước ngày 20 của tháng cuối kỳ báo cáo", [date(2026, m, 19) for m in range(1, 13)]),
])
def test_last_month_of_a_named_reporting_period(phrase, due):
    dl = check(phrase, due, kind="recurring")
    assert "hằng quý" not in dl.explanation


def test_data_periods_are_due_at_their_end():
    # hoatieu.vn (Thông tư 58/2020/TT-BQP): "Tính từ ngày 15/12 năm trước kỳ báo cáo đến ngày 14/6 của kỳ báo cáo"
    dl = check("Tính từ ngày 15/12 năm trước kỳ báo cáo đến ngày 14/6 của kỳ báo cáo", D((2026, 6, 14)),
               kind="recurring")
    assert "15/12 năm trước" in dl.explanation and "of the year before" in dl.explanation_in("en")
    # the same: "… tính từ ngày 15 của tháng trước kỳ báo cáo đến ngày 14 của tháng cuối quý thuộc kỳ báo cáo"
    check("Tính từ ngày 15 của tháng trước kỳ báo cáo đến ngày 14 của tháng cuối quý thuộc kỳ báo cáo",
          D((2026, 3, 14), (2026, 6, 14), (2026, 9, 14), (2026, 12, 14)))
    # ppdvn.gov.vn (Thông tư 03/2015/TT-BTTTT)
    check("Số liệu báo cáo 6 tháng đầu năm tính từ ngày 01/01 đến ngày 30/06 của năm báo cáo", D((2026, 6, 30)))
    # the issue's shape
    check("số liệu tính từ ngày 15/12 năm trước đến ngày 14/6", D((2026, 6, 14)))


def test_report_name_before_its_deadline():
    # ppdvn.gov.vn (Thông tư 03/2015/TT-BTTTT): the half-year report is due before 10/07, not on 30/06
    dl = check("Báo cáo 6 tháng đầu năm gửi trước ngày 10/07 của năm báo cáo", D((2026, 7, 9)))
    assert "tên kỳ báo cáo" in dl.explanation and "names the report" in dl.explanation_in("en")


# ------------------------------------------------------------------ 7. relative words --
def plan_with(phrases, issue="2026-05-20", period="2026"):
    app = Appendix(title="NHIỆM VỤ")
    app.columns = [Column(key="tt", title="TT"), Column(key="task", title="Nhiệm vụ"),
                   Column(key="lead", title="Chủ trì"), Column(key="deadline", title="Thời gian hoàn thành")]
    k = {c.key: c.id for c in app.columns}
    for i, p in enumerate(phrases):
        app.rows.append(Row(kind="task", cells={k["task"]: f"Việc {i}", k["lead"]: "Sở Nội vụ", k["deadline"]: p}))
    return Plan(meta=Meta(title="Kế hoạch năm 2026", period=period, issue_date=issue), appendices=[app])


@pytest.mark.parametrize("phrase, due", [
    # no real one found: the issue's shapes; the plan is dated 20/05/2026
    ("tháng 9 tới", date(2026, 9, 30)),
    ("quý tới", date(2026, 9, 30)),
    ("đầu tháng sau", date(2026, 6, 10)),
    ("cuối quý tới", date(2026, 9, 30)),
    ("tháng 3 tới", date(2027, 3, 31)),
])
def test_relative_words_count_from_the_plan(phrase, due):
    dl = check(phrase, [], kind="once")
    assert dl.event == PLAN_ISSUED_EVENT
    assert "tính từ ngày ban hành kế hoạch" in dl.explanation
    assert "counted from the plan's date of issue" in dl.explanation_in("en")
    occ = plan_deadlines(plan_with([phrase]), date(2026, 1, 1), date(2027, 12, 31), today=date(2026, 5, 21))
    assert [o.due for o in occ.occurrences] == [due]
    # without a date of issue the task is listed among those without a date, not lost
    occ = plan_deadlines(plan_with([phrase], issue=""), date(2026, 1, 1), date(2027, 12, 31), today=date(2026, 5, 21))
    assert not occ.occurrences and [u.phrase for u in occ.undated] == [phrase]


@pytest.mark.parametrize("phrase, due", [
    # nld.com.vn, lịch tiếp công dân của Chủ tịch và các Phó Chủ tịch UBND TP.HCM
    ("vào ngày thứ sáu của tuần lễ thứ hai trong tháng", D((2026, 1, 9), (2026, 2, 13), (2026, 3, 13))),
    ("vào ngày thứ sáu của tuần lễ cuối tháng", D((2026, 1, 30), (2026, 2, 27), (2026, 3, 27))),
    ("vào ngày thứ tư của tuần lễ thứ ba trong tháng", D((2026, 1, 21), (2026, 2, 18), (2026, 3, 18))),
    # the issue's shape
    ("ngày thứ Năm của tuần thứ hai hằng tháng", D((2026, 1, 8), (2026, 2, 12), (2026, 3, 12))),
])
def test_nth_weekday_of_the_month(phrase, due):
    dl = check(phrase, due, window=(date(2026, 1, 1), date(2026, 3, 31)), kind="recurring")
    assert dl.recurrence == "monthly"


# ------------------------------------------------------------------ 8. a date without a year --
@pytest.mark.parametrize("phrase", [
    "trước ngày 30/9",                                   # the issue's shape
    "ngày 10-12/9", "4 tháng cuối năm", "số liệu tính từ ngày 15/12 năm trước đến ngày 14/6",
    "Báo cáo 6 tháng đầu năm gửi trước ngày 10/07 của năm báo cáo",      # ppdvn.gov.vn
])
def test_date_without_year_is_every_year_of_the_plan_everywhere(phrase):
    dl = parse(phrase)
    assert dl.kind == "recurring" and not dl.flagged
    assert YEARLESS_VI in dl.explanation and YEARLESS_EN in dl.explanation_in("en")
    one = plan_deadlines(plan_with([phrase], issue="2026-01-05"), date(2025, 1, 1), date(2028, 12, 31),
                         today=date(2026, 1, 6))
    assert len(one.occurrences) == 1 and one.occurrences[0].due.year == 2026        # one date, in the plan's year
    three = plan_deadlines(plan_with([phrase], issue="2026-01-05", period="2026-2028"), date(2025, 1, 1),
                           date(2028, 12, 31), today=date(2026, 1, 6))
    assert [o.due.year for o in three.occurrences] == [2026, 2027, 2028]


def test_date_without_year_in_a_one_year_plan():
    # the issue's shape: "trước ngày 30/9" in a 2026 plan is 29/09/2026, once
    occ = plan_deadlines(plan_with(["trước ngày 30/9"]), date(2025, 1, 1), date(2027, 12, 31), today=date(2026, 6, 1),
                         explain=True)
    assert [o.due for o in occ.occurrences] == [date(2026, 9, 29)]
    assert YEARLESS_VI in occ.occurrences[0].explanation


# ------------------------------------------------------------------ variants of the same families --
def test_more_shapes_of_the_families():
    # made up in the shapes of the texts above (no real one found for these exact words)
    check("từ ngày 10 đến ngày 12 tháng 9 năm 2026", D((2026, 9, 12)), kind="once")
    dl = check("Ngày 15 hằng tháng (nếu trùng vào thứ Bảy, Chủ nhật thì thực hiện vào ngày làm việc tiếp theo)",
               D((2026, 8, 17)), window=(date(2026, 8, 1), date(2026, 8, 31)))
    assert dl.shift == 1
    dl = check("thứ Hai đầu tiên của tháng", D((2026, 1, 5), (2026, 2, 2), (2026, 3, 2)),
               window=(date(2026, 1, 1), date(2026, 3, 31)))
    assert "thứ Hai thứ 1 của tháng" in dl.explanation and "first Monday" in dl.explanation_in("en")
    dl = check("thứ Sáu cuối cùng của mỗi tháng", D((2026, 1, 30), (2026, 2, 27), (2026, 3, 27)),
               window=(date(2026, 1, 1), date(2026, 3, 31)))
    assert "cuối cùng của tháng" in dl.explanation and "last Friday" in dl.explanation_in("en")
    # "tuần tới": the Friday of the week after the plan's date (20/05/2026 is a Wednesday)
    occ = plan_deadlines(plan_with(["tuần tới"]), date(2026, 1, 1), date(2026, 12, 31), today=date(2026, 5, 21))
    assert [o.due for o in occ.occurrences] == [date(2026, 5, 29)]


def test_same_day_procedures():
    # huyendienbien.gov.vn, thủ tục chứng thực chữ ký (Nghị định 23/2015/NĐ-CP, Điều 7)
    dl = check("Trong ngày cơ quan, tổ chức tiếp nhận yêu cầu hoặc trong ngày làm việc tiếp theo, nếu tiếp nhận yêu "
               "cầu sau 15 giờ", [], kind="event")
    assert dl.event == "cơ quan, tổ chức tiếp nhận yêu cầu" and dl.offset == {"n": 0, "unit": "days"}
    assert "Hoặc ngày làm việc tiếp theo (nếu tiếp nhận yêu cầu sau 15 giờ)" in dl.explanation
    assert "Or the next working day" in dl.explanation_in("en")
    assert dl.due_in(*W26, events={dl.event: date(2026, 3, 3)}) == D((2026, 3, 3))
    # lsu.vn (Nghị định 23/2015/NĐ-CP): a comma before "kể từ" no longer hides the event
    dl = check("không quá 02 ngày làm việc, kể từ ngày nhận đủ hồ sơ yêu cầu chứng thực", [], kind="event")
    assert dl.events[0].event == "nhận đủ hồ sơ yêu cầu chứng thực" and len(dl.events) == 1
    assert dl.offset == {"n": 2, "unit": "workdays"}
    # made up in the same shape: the same day, the start not named
    dl = check("Trong ngày làm việc", [], kind="event")
    assert dl.event == START_EVENT and "trong ngày" in dl.explanation and "the same day" in dl.explanation_in("en")


def test_several_weeks_of_the_month():
    # made up from the shapes above (nld.com.vn lists one week per person)
    check("Thứ Năm tuần thứ hai và thứ tư hằng tháng", D((2026, 1, 8), (2026, 1, 22), (2026, 2, 12), (2026, 2, 26)),
          window=(date(2026, 1, 1), date(2026, 2, 28)), kind="recurring")


def test_words_that_only_look_like_the_families():
    # made up: an ordinal is not a weekday written with the date, a holiday's name is not an event
    dl = parse("Ngày 15/6/2026, lần thứ hai")
    assert "Thứ ghi kèm" not in dl.explanation and dl.due_in(*W26) == D((2026, 6, 15))
    dl = parse("Trong ngày Quốc khánh 2/9")
    assert not dl.events and dl.due_in(*W26) == D((2026, 9, 2))
    # "01 tuần sau khi ban hành" stays an offset from the event, not "next week"
    dl = parse("01 tuần sau khi ban hành")
    assert dl.kind == "event" and dl.offset == {"n": 1, "unit": "weeks"} and dl.event == "ban hành"
