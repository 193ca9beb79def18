"""Progress per task and period (issue 14, part A): periods, computed statuses, the clerk's override,
the file format (version 2, migration, an older program refusing it) and merge."""
import glob
import os
import shutil
from datetime import date

import pytest

from core import edits
from core import progress as pr
from core.errors import NewerVersion, PlanError
from core.model import Plan, Progress
from core.operations import OperationError
from core.store.planfile import PlanStore, load_plan

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLE = glob.glob(os.path.join(ROOT, "resources", "samples", "002_*.sqlite"))[0]
V1 = os.path.join(ROOT, "tests", "fixtures", "format_v1.sqlite")


def _copy(src, tmp_path, name="p.sqlite"):
    dst = str(tmp_path / name)
    shutil.copyfile(src, dst)
    return dst


# ----------------------------------------------------------------- periods --
@pytest.mark.parametrize("code,start,end", [
    ("2026", date(2025, 12, 15), date(2026, 12, 14)),
    ("2026-H1", date(2025, 12, 15), date(2026, 6, 14)),
    ("2026-H2", date(2026, 6, 15), date(2026, 12, 14)),
    ("2026-Q1", date(2025, 12, 15), date(2026, 3, 14)),
    ("2026-Q2", date(2026, 3, 15), date(2026, 6, 14)),
    ("2026-Q3", date(2026, 6, 15), date(2026, 9, 14)),
    ("2026-9M", date(2025, 12, 15), date(2026, 9, 14)),
])
def test_periods_follow_decree_09_cutoffs(code, start, end):
    p = pr.period(code)
    assert (p.start, p.end) == (start, end)


def test_calendar_periods_and_next_period():
    p = pr.period("2026-H1", cutoff=1)
    assert (p.start, p.end) == (date(2026, 1, 1), date(2026, 6, 30))
    assert pr.period("2026-H2").next().code == "2027-H1"
    assert pr.period("2026-Q3").next().code == "2026-Q4"
    assert pr.period("2026-9M").next().code == "2026-Q4"
    assert pr.period("2026-H1").report_kind() == "sơ kết 6 tháng đầu năm 2026"
    assert pr.period("2026").report_kind() == "tổng kết năm 2026"


@pytest.mark.parametrize("bad", ["2026-H3", "26", "2026-Q5", "", "năm nay"])
def test_bad_period_is_one_clear_error(bad):
    with pytest.raises(PlanError) as ei:
        pr.period(bad)
    assert "Kỳ báo cáo không hợp lệ" in ei.value.message("vi") and "Invalid" in ei.value.message("en")


# ---------------------------------------------------------------- statuses --
P = pr.period("2026-H1")          # 15/12/2025 → 14/6/2026


def _rec(**kw):
    return Progress(row_id="r", period="2026-H1", **kw)


@pytest.mark.parametrize("kind,due,rec,tracked,want", [
    ("dated", date(2026, 3, 31), _rec(done_date="2026-03-20"), "", "done_on_time"),
    ("dated", date(2026, 3, 31), _rec(done_date="2026-04-02"), "", "done_late"),
    ("dated", date(2026, 3, 31), None, "2026-03-30", "done_on_time"),          # a done mark of the deadline page
    ("dated", date(2026, 3, 31), _rec(result="đang soạn"), "", "doing_late"),
    ("dated", date(2026, 9, 30), _rec(status="doing_on_time"), "", "doing_on_time"),
    ("dated", date(2026, 9, 30), None, "", "not_started"),
    ("dated", date(2026, 3, 31), _rec(done_date="2026-06-20"), "", "not_started"),   # done after the cut-off
    ("ongoing", None, None, "", "ongoing"),
    ("ongoing", None, _rec(result="Đã tổ chức 2 hội nghị"), "", "ongoing_done"),
    ("none", None, _rec(done_date="2026-01-10"), "", "done_on_time"),
])
def test_status_computed_from_dates(kind, due, rec, tracked, want):
    assert pr.status_of(kind, due, rec, tracked, P)[0] == want


def test_dates_win_over_the_agency_word_and_override_wins_over_both():
    rec = _rec(status="done_on_time", done_date="2026-05-01")
    assert pr.status_of("dated", date(2026, 3, 31), rec, "", P)[0] == "done_late"
    rec.override, rec.reason = "done_on_time", "Được gia hạn theo Công văn 123"
    st, computed, _ = pr.status_of("dated", date(2026, 3, 31), rec, "", P)
    assert (st, computed) == ("done_on_time", "done_late")


@pytest.mark.parametrize("text,code,noted", [
    ("Hoàn thành đúng hạn", "done_on_time", False),
    ("hoan thanh dung han", "done_on_time", True),
    ("hoan thanh", "done_on_time", True),
    ("Hoàn thành quá hạn", "done_late", False),
    ("đang thuc hien qua han", "doing_late", True),
    ("Chưa thực hiện", "not_started", False),
    ("Đã thực hiện trong kỳ", "ongoing_done", False),
])
def test_misspelt_status_read_with_a_note(text, code, noted):
    got, note = pr.read_status(text)
    assert got == code
    assert (note is not None) == noted


def test_unknown_status_is_not_guessed():
    code, note = pr.read_status("xyz abc")
    assert code == "" and "không khớp" in note


def test_text_dates_read_exactly_or_refused():
    assert pr.read_date("15/3/2026") == ("2026-03-15", None)
    assert pr.read_date("2026-03-15") == ("2026-03-15", None)
    assert pr.read_date(date(2026, 3, 15)) == ("2026-03-15", None)
    assert pr.read_date("31/2/2026") == ("", "31/2/2026")
    assert pr.read_date("tháng 3") == ("", "tháng 3")


# ------------------------------------------------------------------- edits --
def test_progress_edit_is_one_undoable_step_and_override_needs_reason(tmp_path):
    st = PlanStore.open(_copy(SAMPLE, tmp_path))
    plan = st.load()
    rid = pr.tasks(plan, "2024")[40].row_id
    ch = edits.set_progress(plan, rid, "2024", result="Đã ban hành Kế hoạch số 5/KH-SNV", done_date="2024-05-02")
    assert ch.text() == "Cập nhật tiến độ" and len(plan.progress) == 1
    st.sync(plan, ch.ids)
    assert plan.progress[0].id == pr.progress_id(rid, "2024")
    with pytest.raises(OperationError):
        edits.set_progress(plan, rid, "2024", override="done_on_time")           # no reason
    assert plan.progress[0].override == ""                                        # refused whole
    with pytest.raises(OperationError):
        edits.set_progress(plan, rid, "2024", done_date="02/05/2024")            # not an ISO date: refused
    ch2 = edits.set_progress(plan, rid, "2024", override="done_late", reason="Chậm do chờ hướng dẫn")
    st.sync(plan, ch2.ids)
    assert next(t for t in pr.tasks(plan, "2024") if t.row_id == rid).status == "done_late"
    ch2.step.undo(plan)
    st.sync(plan, ch2.step.all_ids())
    ch.step.undo(plan)
    st.sync(plan, ch.step.all_ids())
    st.close()
    assert load_plan(st.path).progress == []


# ------------------------------------------------------------------- file --
def test_v1_file_is_migrated_with_a_backup_and_progress_round_trips(tmp_path):
    p = _copy(V1, tmp_path)
    st = PlanStore.open(p)
    assert os.path.exists(p + ".v1.bak")
    plan = st.load()
    rid = pr.tasks(plan, "2026")[0].row_id
    ch = edits.set_progress(plan, rid, "2026", result="Kết quả “một” — số 12", difficulties="Thiếu kinh phí",
                            reporter="Sở Nội vụ", reported_at="2026-06-10T08:00:00")
    st.sync(plan, ch.ids)
    st.close()
    back = load_plan(p)
    assert [(x.row_id, x.result, x.difficulties, x.reporter) for x in back.progress] == \
        [(rid, "Kết quả “một” — số 12", "Thiếu kinh phí", "Sở Nội vụ")]
    from core.cli import load_plan_readonly
    assert load_plan_readonly(V1).progress == []          # an old file read without writing to it
    import sqlite3
    assert sqlite3.connect(p).execute("PRAGMA user_version").fetchone()[0] == 2


def test_an_older_program_refuses_the_newer_file_cleanly(tmp_path, monkeypatch):
    p = _copy(SAMPLE, tmp_path)
    PlanStore.open(p).close()                                # now format 2
    import core.store.safe_open as so
    monkeypatch.setattr(so, "SCHEMA_VERSION", 1)             # what the previous release reads
    before = open(p, "rb").read()
    with pytest.raises(NewerVersion) as ei:
        so.validate(p)
    assert "định dạng 2" in ei.value.message("vi") and "format 2" in ei.value.message("en")
    assert open(p, "rb").read() == before


def test_a_crafted_progress_value_is_refused(tmp_path):
    import sqlite3
    p = _copy(SAMPLE, tmp_path)
    PlanStore.open(p).close()
    c = sqlite3.connect(p)
    c.execute("INSERT INTO progress VALUES ('x','r','2026','bogus','','','','','','','','','t','t',1,'')")
    c.commit()
    c.close()
    from core.errors import FileRefused
    with pytest.raises(FileRefused) as ei:
        load_plan(p)
    assert "tiến độ" in ei.value.message("vi")


# ------------------------------------------------------------------ merge --
def test_two_offices_updating_one_task_give_a_listed_conflict(tmp_path):
    from core.merge import merge_files
    base = _copy(SAMPLE, tmp_path, "base.sqlite")
    PlanStore.open(base).close()
    a, b = _copy(base, tmp_path, "a.sqlite"), _copy(base, tmp_path, "b.sqlite")
    rid = None
    for path, text, other in ((a, "Văn phòng: đã xong", "2024-03-01"), (b, "Sở Nội vụ: đang làm", None)):
        st = PlanStore.open(path)
        plan = st.load()
        items = pr.tasks(plan, "2024")
        rid = items[40].row_id
        ch = edits.set_progress(plan, rid, "2024", result=text, **({"done_date": other} if other else {}))
        st.sync(plan, ch.ids)
        if path == b:     # a second task changed only here: taken without a conflict
            ch = edits.set_progress(plan, items[41].row_id, "2024", result="chỉ bên B")
            st.sync(plan, ch.ids)
        st.close()
    res = merge_files(a, b, str(tmp_path / "m.sqlite"))
    confl = [c for c in res.conflicts if c["table"] == "progress"]
    assert {c["field"] for c in confl} == {"result"}
    assert confl[0]["mine"] == "Văn phòng: đã xong" and confl[0]["theirs"] == "Sở Nội vụ: đang làm"
    assert "Tiến độ kỳ 2024" in confl[0]["where"]
    merged = load_plan(res.out)
    assert {x.result for x in merged.progress} == {"Văn phòng: đã xong", "chỉ bên B"}
    assert next(x for x in merged.progress if x.row_id == rid).done_date == "2024-03-01"


def test_a_copy_from_an_office_without_progress_still_merges(tmp_path):
    from core.merge import merge_files
    old = _copy(V1, tmp_path, "old.sqlite")          # format 1: never opened by this version
    new = _copy(V1, tmp_path, "new.sqlite")
    st = PlanStore.open(new)
    plan = st.load()
    ch = edits.set_progress(plan, pr.tasks(plan, "2026")[0].row_id, "2026", result="Đã làm")
    st.sync(plan, ch.ids)
    st.close()
    res = merge_files(new, old, str(tmp_path / "m.sqlite"))
    assert [x.result for x in load_plan(res.out).progress] == ["Đã làm"]
    assert not os.path.exists(old + ".v1.bak")      # the received copy was not touched


def test_plan_without_progress_has_no_records():
    assert Plan().progress == []


def test_reading_an_older_file_never_rewrites_it(tmp_path):
    p = _copy(V1, tmp_path)
    before = open(p, "rb").read()
    plan = load_plan(p)                 # read (samples, received copies): no migration, no backup beside it
    assert plan.meta.title and plan.progress == []
    assert open(p, "rb").read() == before and not os.path.exists(p + ".v1.bak")


def test_chart_data_and_svg_from_reportlab():
    from core.cli import load_plan_readonly
    from core.progress_chart import bars, chart_svg, overdue
    plan = load_plan_readonly(SAMPLE)
    items = pr.tasks(plan, "2025")
    by_group = bars(items, "group")
    assert sum(sum(v.values()) for _, v in by_group) == len(items) == 98
    assert by_group[0][0].startswith("I ") and len(by_group) == len({t.group for t in items})
    by_lead = dict(bars(items, "lead"))
    assert by_lead["Sở Tư pháp"]["not_started"] >= 1
    late = overdue(items, pr.period("2025"))
    assert [t.deadline for t in late] == ["Tháng 1 năm sau liên kê"]
    svg = chart_svg(by_group, "Theo nhóm", "vi")
    assert svg.startswith("<?xml") and "Hoàn thành" in svg and "CẢI CÁCH THỂ CHẾ" in svg
