"""check-docx --fix: a corrected copy, never over the original; what it fixes is gone when checked again."""
import hashlib
import os
import subprocess
import sys

import checker_docbuild as B
import pytest

from core.checker import check_docx
from core.checker.fix import write_corrected
from core.errors import PlanError

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def broken_spec():
    s = B.spec()
    s["sect"].update(left=1134, top=1000)                 # margins
    s["page_header"] = None                               # no page numbers
    s["motto_rule"] = []                                  # no rule under the motto
    s["subject_rule"] = []
    s["number"]["sz"] = 14                                # "Số" at 14 pt
    s["date"]["i"] = False
    s["body_default"].update(jc="left", first=0, before=0)
    s["body"][1]["text"] = "I. Mục đích, yêu cầu"         # shown in capitals by w:caps, typed text kept
    s["body"][-1]["text"] = s["body"][-1]["text"].replace("./.", ".")
    s["body"][0]["font"] = "Arial"
    s["recipients"][0]["sz"] = 13
    s["appendices"] = [B.appendix("Phụ lục", start=None)]
    return s


def sha(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def test_corrected_copy_has_none_of_the_fixable_findings(tmp_path):
    src = B.build(tmp_path / "in.docx", broken_spec())
    before = check_docx(src)
    assert {"page.margins", "page_numbers.missing", "header.motto_rule", "title.subject_rule", "header.number.size",
            "header.date.italic", "body.justify", "body.indent", "body.spacing", "headings.case", "body.closing",
            "font.family", "recipients.size", "appendix.numbering"} <= {f.rule for f in before.findings}
    digest = sha(src)
    dest = str(tmp_path / "out.docx")
    fixed, left = write_corrected(src, dest)
    assert sha(src) == digest                          # the original is untouched
    assert left == [], [(f.rule, f.vi) for f in left]
    assert len(fixed) == len([f for f in before.findings if f.fixable])
    # the typed text is kept: the heading is shown in capitals, not retyped
    import docx
    d = docx.Document(dest)
    texts = [p.text for p in d.paragraphs]
    assert "I. Mục đích, yêu cầu" in texts
    assert any(t.endswith("năm 2021./.") for t in texts)


def test_unfixable_findings_remain(tmp_path):
    s = B.spec()
    s["agency"], s["agency_rule"] = [], []
    s["number"]["text"] = "Số: 5/KH-UBND"
    src = B.build(tmp_path / "in.docx", s)
    fixed, left = write_corrected(src, str(tmp_path / "out.docx"))
    assert fixed == [] and {f.rule for f in left} == {"header.agency", "header.number.zero"}


def test_never_over_the_original(tmp_path):
    src = B.build(tmp_path / "in.docx", broken_spec())
    digest = sha(src)
    with pytest.raises(PlanError) as e:
        write_corrected(src, src)
    assert "chính là tệp đang đọc" in e.value.vi
    with pytest.raises(PlanError):
        write_corrected(src, src, force=True)
    assert sha(src) == digest


def test_never_over_a_plan_file(tmp_path):
    src = B.build(tmp_path / "in.docx", broken_spec())
    plan = os.path.join(ROOT, "resources", "samples", "000_8d3a396a35c7a65b.sqlite")
    target = tmp_path / "plan.sqlite"
    target.write_bytes(open(plan, "rb").read())
    digest = sha(target)
    with pytest.raises(PlanError):
        write_corrected(src, str(target), force=True)
    assert sha(target) == digest


def test_cli_fix(tmp_path):
    src = B.build(tmp_path / "in.docx", broken_spec())
    dest = tmp_path / "sửa.docx"
    p = subprocess.run([sys.executable, os.path.join(ROOT, "main.py"), "check-docx", src, "--fix", str(dest)],
                       capture_output=True, text=True, encoding="utf-8", cwd=ROOT)
    assert p.returncode == 1 and "Đã ghi bản sửa" in p.stdout and "còn 0 lỗi" in p.stdout
    assert check_docx(str(dest)).findings == []
    p = subprocess.run([sys.executable, os.path.join(ROOT, "main.py"), "check-docx", src, "--fix", src],
                       capture_output=True, text=True, encoding="utf-8", cwd=ROOT)
    assert p.returncode == 2 and "Traceback" not in p.stderr
