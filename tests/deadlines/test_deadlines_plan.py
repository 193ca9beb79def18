"""Occurrences of a plan's tasks, tracking states, notices, the iCalendar file and the CLI."""
import json
import os
import subprocess
import sys
from datetime import date, datetime, timezone

import pytest

from core.deadlines import (
    deadline_notice,
    mark_done,
    plan_deadlines,
    plan_span,
    row_phrase,
    set_event_date,
    set_reading,
    state_of,
    to_ics,
    write_ics,
)
from core.model import Appendix, Column, Meta, Plan, Row

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def make_plan(rows, period="2025", issue="2025-01-10"):
    app = Appendix(title="NHIỆM VỤ")
    app.columns = [Column(key="tt", title="TT"), Column(key="task", title="Nhiệm vụ"),
                   Column(key="lead", title="Chủ trì"), Column(key="support", title="Phối hợp"),
                   Column(key="deadline", title="Thời gian hoàn thành")]
    k = {c.key: c.id for c in app.columns}
    app.rows.append(Row(kind="group", cells={k["task"]: "CÔNG TÁC CHỈ ĐẠO"}))
    for task, lead, dl in rows:
        app.rows.append(Row(kind="task", cells={k["task"]: task, k["lead"]: lead, k["deadline"]: dl}))
    return Plan(meta=Meta(title="Kế hoạch năm 2025", period=period, issue_date=issue), appendices=[app])


ROWS = [("Báo cáo quý", "Sở Nội vụ", "Hàng quý"),
        ("Tổng kết năm", "Văn phòng UBND tỉnh", "Quý IV hàng năm"),
        ("Công bố TTHC", "Văn phòng UBND tỉnh", "05 ngày làm việc kể từ ngày có Quyết định công bố của Bộ, ngành"),
        ("Tuyên truyền", "Sở Tư pháp", "Thường xuyên"),
        ("Hội nghị", "Sở Nội vụ", "23/5/2025"),
        ("Việc lạ", "Sở Nội vụ", "Phòng Nội vụ; UBND các xã")]
Y = (date(2025, 1, 1), date(2025, 12, 31))


def test_plan_span_rules():
    assert plan_span(make_plan([], "2023-2025", "2023-08-04")) == (date(2023, 8, 4), date(2025, 12, 31))
    assert plan_span(make_plan([], "2021", "")) == (date(2021, 1, 1), date(2021, 12, 31))
    p = make_plan([], "", "2021-05-31")
    p.meta.title = "Cải thiện chỉ số PAPI năm 2021"
    assert plan_span(p) == (date(2021, 5, 31), date(2021, 12, 31))
    p.meta.title, p.meta.issue_date = "", ""
    assert plan_span(p) is None


def test_occurrences_and_undated():
    plan = make_plan(ROWS)
    pd = plan_deadlines(plan, *Y, today=date(2025, 6, 1))
    got = [(o.task, o.due.isoformat(), o.state) for o in pd.occurrences]
    assert got == [("Báo cáo quý", "2025-03-31", "overdue"), ("Hội nghị", "2025-05-23", "overdue"),
                   ("Báo cáo quý", "2025-06-30", "pending"), ("Báo cáo quý", "2025-09-30", "pending"),
                   ("Báo cáo quý", "2025-12-31", "pending"), ("Tổng kết năm", "2025-12-31", "pending")]
    und = {u.task: (u.kind, u.flagged) for u in pd.undated}
    assert und == {"Công bố TTHC": ("event", False), "Tuyên truyền": ("ongoing", False),
                   "Việc lạ": ("unspecified", True)}
    assert pd.occurrences[0].lead == ["Sở Nội vụ"] and pd.occurrences[0].number == "1"


def test_recurring_clipped_to_plan_years():
    plan = make_plan(ROWS, period="2025")
    occ = plan_deadlines(plan, date(2024, 1, 1), date(2026, 12, 31), today=date(2025, 6, 1)).occurrences
    assert {o.due.year for o in occ} == {2025}


def test_states_and_tracking():
    assert state_of(date(2025, 3, 31), date(2025, 3, 30), date(2025, 6, 1)) == "done_on_time"
    assert state_of(date(2025, 3, 31), date(2025, 3, 31), date(2025, 6, 1)) == "done_on_time"
    assert state_of(date(2025, 3, 31), "2025-04-02", date(2025, 6, 1)) == "done_late"
    assert state_of(date(2025, 3, 31), None, date(2025, 3, 31)) == "pending"
    assert state_of(date(2025, 3, 31), None, date(2025, 4, 1)) == "overdue"
    plan = make_plan(ROWS)
    rid = plan.appendices[0].rows[1].id
    ids = mark_done(plan, rid, "2025-03-31", "2025-04-03", "nộp muộn")
    assert len(ids) == 1 and plan.tracking[0].id in ids
    ids2 = mark_done(plan, rid, date(2025, 6, 30), date(2025, 6, 20))
    occ = {o.due.isoformat(): o for o in plan_deadlines(plan, *Y, today=date(2025, 7, 1)).occurrences
           if o.row_id == rid}
    assert occ["2025-03-31"].state == "done_late" and occ["2025-03-31"].note == "nộp muộn"
    assert occ["2025-06-30"].state == "done_on_time"
    assert occ["2025-09-30"].state == "pending"
    # marking again updates the same record
    assert mark_done(plan, rid, "2025-06-30", "2025-06-21") == ids2 and len(plan.tracking) == 2
    # un-marking
    mark_done(plan, rid, "2025-06-30", None)
    occ = {o.due.isoformat(): o for o in plan_deadlines(plan, *Y, today=date(2025, 7, 1)).occurrences
           if o.row_id == rid}
    assert occ["2025-06-30"].state == "overdue"
    with pytest.raises(ValueError):
        mark_done(plan, rid, "2025-06-30", "not a date")


def test_event_date_gives_the_event_task_a_date():
    plan = make_plan(ROWS)
    row = plan.appendices[0].rows[3]
    ids = set_event_date(plan, row.id, "có Quyết định công bố của Bộ, ngành", date(2025, 1, 24))
    assert ids
    pd = plan_deadlines(plan, *Y, today=date(2025, 2, 1))
    occ = [o for o in pd.occurrences if o.row_id == row.id]
    assert [o.due for o in occ] == [date(2025, 2, 7)]   # 5 working days after 24/1, over Tết
    assert row.id not in {u.row_id for u in pd.undated}
    # a plan-wide event record (row_id '') applies to every row naming it
    plan2 = make_plan(ROWS)
    set_event_date(plan2, None, "Có quyết định công bố của Bộ, ngành", "2025-03-03")
    assert [o.due for o in plan_deadlines(plan2, *Y).occurrences if o.task == "Công bố TTHC"] == [date(2025, 3, 10)]


def test_correction_and_confirmation():
    plan = make_plan(ROWS)
    app = plan.appendices[0]
    row = app.rows[6]   # "Phòng Nội vụ; UBND các xã" (flagged)
    set_reading(plan, row.id, "Quý III năm 2025")
    assert row_phrase(app, row) == "Quý III năm 2025"
    assert app.cell(row, "deadline") == "Phòng Nội vụ; UBND các xã"     # the cell stays as written
    occ = [o for o in plan_deadlines(plan, *Y).occurrences if o.row_id == row.id]
    assert [o.due for o in occ] == [date(2025, 9, 30)]
    # once the cell itself is edited, the old correction no longer applies
    row.cells[app.col("deadline").id] = "Quý II năm 2025"
    assert row_phrase(app, row) == "Quý II năm 2025"


def test_notice():
    plan = make_plan(ROWS)
    text = deadline_notice(plan, date(2025, 6, 24))
    assert "2 việc quá hạn" in text and "Hội nghị" in text
    assert "1 việc đến hạn trong 7 ngày" in text and "30/06/2025" in text
    assert "1 việc đến hạn trong 3 ngày" in deadline_notice(plan, date(2025, 6, 27))
    text1 = deadline_notice(plan, date(2025, 6, 29))
    assert "1 việc đến hạn trong 1 ngày" in text1
    # all done -> nothing to say
    for o in plan_deadlines(plan, *Y).occurrences:
        mark_done(plan, o.row_id, o.due, o.due)
    assert deadline_notice(plan, date(2025, 6, 27)) == ""


def test_tracking_survives_the_plan_file(tmp_path):
    from core.store.planfile import PlanStore, load_plan
    plan = make_plan(ROWS)
    path = str(tmp_path / "p.sqlite")
    store = PlanStore.create(path, plan)
    rid = plan.appendices[0].rows[1].id
    ids = mark_done(plan, rid, "2025-03-31", "2025-03-30", "xong")
    ids |= set_reading(plan, plan.appendices[0].rows[6].id, "Quý III năm 2025")
    ids |= set_event_date(plan, plan.appendices[0].rows[3].id, "có Quyết định công bố của Bộ, ngành", "2025-01-24")
    store.sync(plan, ids)
    store.close()
    again = load_plan(path)
    pd = plan_deadlines(again, *Y, today=date(2025, 6, 1))
    states = {(o.task, o.due.isoformat()): o.state for o in pd.occurrences}
    assert states[("Báo cáo quý", "2025-03-31")] == "done_on_time"
    assert states[("Việc lạ", "2025-09-30")] == "pending"
    assert states[("Công bố TTHC", "2025-02-07")] == "overdue"


# ------------------------------------------------------------------ iCalendar --
def test_ics_format():
    plan = make_plan(ROWS)
    rid = plan.appendices[0].rows[1].id
    mark_done(plan, rid, "2025-03-31", "2025-03-30")
    occ = plan_deadlines(plan, *Y, today=date(2025, 6, 1)).occurrences
    occ[0].task = "Rà soát, đơn giản hóa TTHC; cắt giảm\nthời gian " + "giải quyết thủ tục hành chính " * 5
    text = to_ics(occ, reminders=(7, 1), stamp=datetime(2025, 1, 1, tzinfo=timezone.utc))
    raw = text.encode("utf-8")
    assert raw.startswith(b"BEGIN:VCALENDAR\r\n") and raw.endswith(b"END:VCALENDAR\r\n")
    assert b"\n" not in raw.replace(b"\r\n", b"")            # CRLF only
    lines = raw.split(b"\r\n")
    assert all(len(l) <= 75 for l in lines)                   # folded at 75 octets
    for l in lines:
        l.decode("utf-8")                                     # never splits a character
    unfolded = text.replace("\r\n ", "")
    assert unfolded.count("BEGIN:VEVENT") == len(occ)
    assert "DTSTART;VALUE=DATE:20250331" in unfolded and "DTEND;VALUE=DATE:20250401" in unfolded
    assert "SUMMARY:✓ [Phụ lục – 1] Rà soát\\, đơn giản hóa TTHC\\; cắt giảm\\nthời gian" in unfolded
    assert f"UID:{rid}-20250331@kehoach" in unfolded
    assert "TRIGGER:-P7D" in unfolded and "TRIGGER:-P1D" in unfolded
    # the done occurrence has no reminder; the others have two each
    assert unfolded.count("BEGIN:VALARM") == 2 * (len(occ) - 1)
    assert "DTSTAMP:20250101T000000Z" in unfolded


def test_write_ics_atomic(tmp_path):
    out = tmp_path / "x.ics"
    write_ics(str(out), [], calname="Lịch")
    assert out.read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")
    assert [p.name for p in tmp_path.iterdir()] == ["x.ics"]


# ------------------------------------------------------------------------ CLI --
def run(*args):
    r = subprocess.run([sys.executable, os.path.join(ROOT, "main.py"), *args], capture_output=True, text=True,
                       cwd=ROOT, encoding="utf-8")
    return r.returncode, r.stdout, r.stderr


def test_cli_deadline():
    rc, out, err = run("deadline", "Quý IV hàng năm", "--from", "2024-01-01", "--to", "2026-12-31")
    assert rc == 0, err
    j = json.loads(out)
    assert set(j) >= {"phrase", "kind", "due", "span", "recurrence", "event", "offset", "explanation"}
    assert j["kind"] == "recurring" and j["due"] == ["2024-12-31", "2025-12-31", "2026-12-31"]
    rc, out, err = run("deadline", "Trước bầu cử", "--from", "2021-01-01", "--to", "2021-12-31",
                       "--event-date", "2021-05-23")
    assert rc == 0 and json.loads(out)["due"] == ["2021-05-22"]
    rc, out, err = run("deadline", "x", "--from", "2021-02-30")
    assert rc == 2 and "Traceback" not in err and err.strip().count("\n") == 0


def test_cli_deadlines_with_ics(tmp_path):
    from core.store.planfile import save_plan
    plan = make_plan(ROWS)
    path = str(tmp_path / "p.sqlite")
    save_plan(plan, path)
    ics = str(tmp_path / "out.ics")
    rc, out, err = run("deadlines", path, "--from", "2025-01-01", "--to", "2025-12-31", "--today", "2025-06-01",
                       "--ics", ics, "--remind", "7,3,1")
    assert rc == 0, err
    j = json.loads(out)
    assert [o["due"] for o in j["occurrences"]] == ["2025-03-31", "2025-05-23", "2025-06-30", "2025-09-30",
                                                     "2025-12-31", "2025-12-31"]
    assert j["occurrences"][0]["state"] == "overdue" and j["occurrences"][0]["state_vi"] == "Chưa hoàn thành, quá hạn"
    assert {u["kind"] for u in j["undated"]} == {"event", "ongoing", "unspecified"}
    text = open(ics, encoding="utf-8").read()
    # three reminders for each occurrence still ahead on 2025-06-01 (none for 31/3 and 23/5, already past:
    # they would all pop up at import)
    assert text.count("BEGIN:VEVENT") == 6 and text.count("BEGIN:VALARM") == 12
    rc, out, err = run("deadlines", str(tmp_path / "missing.sqlite"))
    assert rc == 2 and "Traceback" not in err


@pytest.mark.parametrize("name", ["002_4ddd967f79e7422c", "004_e03d70a70aa68992"])
def test_sample_plans(name):
    from core.store.planfile import load_plan_readonly
    path = os.path.join(ROOT, "resources", "samples", name + ".sqlite")
    if not os.path.exists(path):
        pytest.skip("sample plans not built")
    plan = load_plan_readonly(path)
    pd = plan_deadlines(plan, date(2020, 1, 1), date(2027, 12, 31), today=date(2024, 1, 1))
    assert pd.occurrences
    span = plan_span(plan)
    for o in pd.occurrences:
        if o.kind == "recurring":
            assert span[0] <= o.due <= date(span[1].year + 1, 12, 31)


def test_written_date_before_signature_is_still_due():
    """Seed 004 is signed 31/05/2021 but lists a task "23/5/2021" (the election
    day): the notice window must reach back far enough to call it overdue."""
    from core.deadlines import default_window, notice_counts, window_start
    plan = make_plan([("Bầu cử", "Phòng Nội vụ", "23/5/2021"), ("Báo cáo", "Phòng Nội vụ", "Hàng quý")],
                     period="2021", issue="2021-05-31")
    today = date(2021, 7, 1)
    assert plan_span(plan)[0] == date(2021, 5, 31)
    assert window_start(plan, today) == date(2020, 1, 1)
    start, end = default_window(plan, today)
    assert start <= date(2021, 5, 23) and end == date(2021, 8, 1)
    overdue = [(o.task, o.due) for o in notice_counts(plan, today)["overdue"]]
    # the written date is overdue; the quarterly report is clipped to the span:
    # Q2 (30/06) is overdue, Q1 (31/03, before the signature) is not asked
    assert overdue == [("Bầu cử", date(2021, 5, 23)), ("Báo cáo", date(2021, 6, 30))]


def test_notice_of_an_old_plan_is_one_line():
    """Last year's plan opened to start this year's from it: one calm line,
    not the list of everything never marked done."""
    plan = make_plan(ROWS, period="2025", issue="2025-01-10")
    recent = deadline_notice(plan, date(2026, 1, 15))           # 15 days after the plan's end: the full notice
    assert recent.startswith("Nhắc hạn ngày 15/01/2026") and "\n" in recent
    old = deadline_notice(plan, date(2026, 12, 1))
    assert "\n" not in old and old.startswith("Kế hoạch đã hết thời gian thực hiện (đến 31/12/2025)")
    assert "còn 6 lần đến hạn chưa đánh dấu hoàn thành" in old
    assert deadline_notice(plan, date(2026, 12, 1), lang="en").startswith("This plan's time is over")
