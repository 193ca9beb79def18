"""check-docx on the five received fixtures and on the program's own exports of the five samples.

The fixtures (../shared/fixtures, typed in Word) have the faults an expert sees on
paper; the exports of resources/samples/*.sqlite follow the decree: no format error.
"""
import glob
import os

import pytest

from core.checker import check_docx
from core.export import export_docx
from core.store.planfile import load_plan_readonly

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FIXTURES = "/work/shared/fixtures"
SAMPLES = sorted(glob.glob(os.path.join(ROOT, "resources", "samples", "*.sqlite")))

# what an expert sees on each fixture (a subset of the findings, each must be there)
EXPECTED = {
    "000": {"page_numbers.missing", "header.motto_rule", "header.number.size", "header.agency",
            "title.subject_rule", "headings.case", "recipients.luu_colon"},
    "001": {"page_numbers.missing", "header.motto_rule", "header.agency", "header.number", "header.date",
            "title.subject.bold", "title.subject.center", "signature.empty", "body.after_closing"},
    "002": {"page_numbers.missing", "header.motto_rule", "appendix.numbering", "appendix.label.case",
            "appendix.title.case", "page.margins"},
    "003": {"page_numbers.missing", "header.motto_rule", "header.number.size", "recipients.luu_stop"},
    "004": {"page_numbers.missing", "header.motto_rule", "header.number.size", "header.number.bold",
            "header.date.bold", "appendix.numbering", "appendix.label.case"},
}


@pytest.mark.skipif(not os.path.isdir(FIXTURES), reason="shared fixtures not present")
@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_fixture_faults_are_listed(key):
    path = glob.glob(os.path.join(FIXTURES, key + "_*.docx"))[0]
    r = check_docx(path)
    found = {f.rule for f in r.findings}
    assert EXPECTED[key] | {"header.national.one_line"} <= found, EXPECTED[key] - found
    assert r.doc_type == "KẾ HOẠCH"
    # the appendices of 002 are three, each reported on its own
    if key == "002":
        assert sum(f.rule == "appendix.numbering" for f in r.findings) == 3


# content holes of the sample plans themselves (not format): reported as warnings
SAMPLE_WARNINGS = {"001": {"signature.empty", "body.after_closing"}, "004": {"body.after_closing"}}


@pytest.mark.parametrize("sample", SAMPLES, ids=[os.path.basename(s)[:3] for s in SAMPLES])
def test_own_export_has_no_format_error(tmp_path, sample):
    out = tmp_path / (os.path.basename(sample)[:-7] + ".docx")
    export_docx(load_plan_readonly(sample), str(out))
    r = check_docx(str(out))
    assert r.errors == [], [(f.rule, f.where, f.vi) for f in r.errors]
    assert {f.rule for f in r.warnings} == SAMPLE_WARNINGS.get(os.path.basename(sample)[:3], set())


@pytest.mark.skipif(not os.path.isdir(FIXTURES), reason="shared fixtures not present")
@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_fixture_corrected_copy_keeps_only_what_needs_the_clerk(tmp_path, key):
    from core.checker.fix import write_corrected
    path = glob.glob(os.path.join(FIXTURES, key + "_*.docx"))[0]
    fixed, left = write_corrected(path, str(tmp_path / "sua.docx"))
    assert fixed and not [f.rule for f in left if f.fixable]
    assert {"page_numbers.missing", "header.motto_rule"}.isdisjoint(f.rule for f in left)
