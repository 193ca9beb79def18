"""The BÁO CÁO written from a plan's progress passes the same Nghị định 30 checks as the plan itself
(core.checker, the check-docx rules): header, number, place and date, title, body, Nơi nhận, signature."""
import glob
import os

import pytest

from core.checker import check_docx
from core.export import export_docx
from core.export.report import export_report
from core.store.planfile import load_plan

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLES = sorted(glob.glob(os.path.join(ROOT, "resources", "samples", "*.sqlite")))


@pytest.mark.parametrize("sample", [s for s in SAMPLES if os.path.basename(s).startswith(("002", "004"))],
                         ids=lambda p: os.path.basename(p)[:3])
def test_report_passes_the_plans_format_checks(sample, tmp_path):
    plan = load_plan(sample)
    out = str(tmp_path / "bao-cao.docx")
    export_report(plan, plan.meta.period.split("-")[0] if plan.meta.period else "2024", out)
    rep = check_docx(out)
    assert rep.doc_type == "BÁO CÁO"
    assert [f.to_dict("en") for f in rep.errors] == []
    plan_out = str(tmp_path / "ke-hoach.docx")                 # the plan itself, the same checker
    export_docx(plan, plan_out)
    assert check_docx(plan_out).errors == []
