"""The report's cut-off day (Nghị định 09/2019: the 15th → the 14th, editable) stored in the plan file (issue 14):
kept as a report_text record of no period (format 2, no migration), one undo step, read by the report, the forms
and the progress statuses; an invalid day is refused with one line."""
import glob
import os
import shutil
import subprocess
import sys
import zipfile
from datetime import date

import pytest

from core import edits
from core import progress as pr
from core.errors import PlanError
from core.export.report import build_report
from core.operations import OperationError
from core.store.planfile import PlanStore, load_plan

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLE = glob.glob(os.path.join(ROOT, "resources", "samples", "002_*.sqlite"))[0]


def test_periods_for_any_cut_off_day():
    assert (pr.period("2026-H1").start, pr.period("2026-H1").end) == (date(2025, 12, 15), date(2026, 6, 14))
    p = pr.period("2026-H1", 20)
    assert (p.start, p.end) == (date(2025, 12, 20), date(2026, 6, 19))
    q = pr.period("2026-Q3", 2)
    assert (q.start, q.end) == (date(2026, 6, 2), date(2026, 9, 1))
    c = pr.period("2026", 1)
    assert (c.start, c.end) == (date(2026, 1, 1), date(2026, 12, 31))
    for bad in (0, 29, 31, "x", ""):
        with pytest.raises(PlanError) as e:
            pr.period("2026", bad)
        assert "Ngày chốt số liệu không hợp lệ" in e.value.vi and "cut-off day" in e.value.en


def test_stored_in_the_plan_file_one_undo_step_and_used_everywhere(tmp_path):
    path = str(tmp_path / "plan.sqlite")
    shutil.copyfile(SAMPLE, path)
    store = PlanStore.open(path)
    plan = store.load()
    assert pr.plan_cutoff(plan) == 15
    ch = edits.set_report_cutoff(plan, 20)
    store.sync(plan, ch.ids)
    store.close()
    again = load_plan(path)
    assert pr.plan_cutoff(again) == 20
    rec = [x for x in again.report_texts if x.part == pr.CUTOFF_PART]
    assert [(x.period, x.body) for x in rec] == [("", "20")]
    # the report of the period cites its data window from the stored day, and counts with it
    rep = build_report(again, "2024-H1")
    lead = rep.meta.preamble[0].text
    assert "từ ngày 20/12/2023 đến ngày 19/06/2024" in lead
    assert rep.meta.title.endswith("(sơ kết 6 tháng đầu năm 2024)")


def test_one_undo_step_gives_the_default_back():
    plan = load_plan(SAMPLE)
    ch = edits.set_report_cutoff(plan, 25)
    assert ch.text() == "Đổi ngày chốt số liệu báo cáo" and ch.step is not None
    assert pr.plan_cutoff(plan) == 25
    ch.step.undo(plan)
    assert pr.plan_cutoff(plan) == 15 and plan.report_texts == []
    ch.step.redo(plan)
    assert pr.plan_cutoff(plan) == 25


@pytest.fixture
def plan():
    return load_plan(SAMPLE)


def test_edit_refuses_a_bad_day_and_changes_nothing(plan):
    for bad in (0, 29, "ba mươi", None):
        with pytest.raises(OperationError) as e:
            edits.set_report_cutoff(plan, bad)
        assert "Ngày chốt số liệu không hợp lệ" in str(e.value)
    assert plan.report_texts == [] and pr.plan_cutoff(plan) == 15


def test_same_day_again_changes_nothing(plan):
    edits.set_report_cutoff(plan, 1)
    assert pr.plan_cutoff(plan) == 1 and pr.tasks(plan, "2024")[0] is not None
    ch = edits.set_report_cutoff(plan, "1")
    assert not ch.ids


def test_statuses_follow_the_stored_day(plan):
    """A task done on the 17th of the last month of the period: after the 14th (not in this period's report)
    with the decree's day, inside it with the 20th."""
    items = pr.tasks(plan, "2024-H1")
    t = next(x for x in items if x.kind == "dated" and x.due and x.due <= date(2024, 6, 17))
    edits.set_progress(plan, t.row_id, "2024-H1", done_date="2024-06-17")
    before = next(x for x in pr.tasks(plan, "2024-H1") if x.row_id == t.row_id).status
    edits.set_report_cutoff(plan, 20)
    after = next(x for x in pr.tasks(plan, "2024-H1") if x.row_id == t.row_id).status
    assert before not in pr.DONE and after in pr.DONE


def test_cli_uses_the_stored_day_and_cutoff_flag_and_refuses_a_bad_one(tmp_path):
    path = str(tmp_path / "plan.sqlite")
    shutil.copyfile(SAMPLE, path)
    store = PlanStore.open(path)
    plan = store.load()
    store.sync(plan, edits.set_report_cutoff(plan, 10).ids)
    store.close()

    def run(*args):
        return subprocess.run([sys.executable, os.path.join(ROOT, "main.py"), *args], capture_output=True,
                              text=True, cwd=str(tmp_path), timeout=300)

    def window(docx):
        import re
        with zipfile.ZipFile(docx) as z:
            text = re.sub("<[^>]+>", "", z.read("word/document.xml").decode())
        return re.search(r"số liệu tính từ ngày (\S+) đến ngày (\S+?)\)", text).groups()
    r = run("report", path, "--period", "2024", "--docx", "a.docx")
    assert r.returncode == 0, r.stderr
    assert window(str(tmp_path / "a.docx")) == ("10/12/2023", "09/12/2024")
    r = run("report", path, "--period", "2024", "--docx", "b.docx", "--cutoff", "15")
    assert r.returncode == 0 and window(str(tmp_path / "b.docx")) == ("15/12/2023", "14/12/2024")
    r = run("report", path, "--period", "2024", "--docx", "c.docx", "--calendar")
    assert r.returncode == 0 and window(str(tmp_path / "c.docx")) == ("01/01/2024", "31/12/2024")
    r = run("report", path, "--period", "2024", "--docx", "d.docx", "--cutoff", "31")
    assert r.returncode == 2 and "Traceback" not in r.stderr and not os.path.exists(tmp_path / "d.docx")
    assert "Ngày chốt số liệu không hợp lệ: “31”" in r.stdout + r.stderr
    r = run("--lang", "en", "progress-forms", path, "--to", "forms", "--period", "2024", "--cutoff", "0")
    assert r.returncode == 2 and "Invalid cut-off day" in r.stdout + r.stderr


def test_next_years_plan_keeps_the_cut_off_day_not_the_report_texts(plan):
    from core.rollover import next_plan
    edits.set_report_cutoff(plan, 20)
    edits.set_report_text(plan, "2024", "I", "Đã ban hành Công văn số 7.")
    new, _ = next_plan(plan)
    assert pr.plan_cutoff(new) == 20
    assert [(x.period, x.part) for x in new.report_texts] == [("", pr.CUTOFF_PART)]


def test_two_offices_setting_different_days_give_a_listed_conflict(tmp_path):
    from core.merge import merge_files
    base = str(tmp_path / "base.sqlite")
    shutil.copyfile(SAMPLE, base)
    PlanStore.open(base).close()
    a, b = str(tmp_path / "a.sqlite"), str(tmp_path / "b.sqlite")
    for path, day in ((a, 20), (b, 10)):
        shutil.copyfile(base, path)
        st = PlanStore.open(path)
        plan = st.load()
        st.sync(plan, edits.set_report_cutoff(plan, day).ids)
        st.close()
    res = merge_files(a, b, str(tmp_path / "m.sqlite"))
    confl = [c for c in res.conflicts if c["table"] == "report_text"]
    assert [(c["where"], c["mine"], c["theirs"]) for c in confl] == [("Ngày chốt số liệu báo cáo", "20", "10")]
    assert pr.plan_cutoff(load_plan(res.out)) == 20
