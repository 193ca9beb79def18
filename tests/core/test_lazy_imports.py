"""Start-up: opening and reading a plan does not load what the first paint does not need."""
import glob
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

HEAVY = ("sqlite_utils", "holidays", "core.merge", "core.export", "openpyxl", "docx", "reportlab")


def test_opening_a_plan_loads_no_writer_merge_or_exporter():
    sample = sorted(glob.glob(os.path.join(ROOT, "resources", "samples", "004_*.sqlite")))[0]
    code = ("import sys; sys.path.insert(0, %r)\n"
            "from core.store.planfile import PlanStore\n"
            "s = PlanStore.open(%r); s.load(); s.close()\n"
            "print(' '.join(m for m in %r if m in sys.modules))") % (ROOT, sample, HEAVY)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == ""


def test_a_plan_opened_without_sqlite_utils_still_saves(tmp_path):
    from core.store.planfile import PlanStore
    from core.templates import plan_from_template
    path = str(tmp_path / "kh.sqlite")
    PlanStore.create(path, plan_from_template("blank")).close()
    s = PlanStore.open(path)
    try:
        assert s._db is None
        plan = s.load()
        plan.meta.title = "Kế hoạch thử"
        assert s.sync(plan) == 1
        again = PlanStore.open(path)
        assert again.load().meta.title == "Kế hoạch thử"
        again.close()
    finally:
        s.close()
