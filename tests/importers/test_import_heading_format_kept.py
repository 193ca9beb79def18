"""Headings relettered on import keep the bold / bold italic they were signed with: a list typed
"1. …" then "b) … h)" becomes khoản 1 with điểm a) … g), and the điểm titles still print bold
(the điểm style is plain, so that formatting belongs to the text, not to the style)."""
import os
import sys
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "tests"))
from core.export import export_docx  # noqa: E402
from core.importers import import_docx  # noqa: E402
from tests.docx_build import build_docx  # noqa: E402


def _doc(tmp_path):
    return build_docx(tmp_path / "kh.docx", [
        ("p", "KẾ HOẠCH", {"b": True}),
        ("p", "Nâng cao chỉ số PAPI năm 2021", {"b": True}),
        ("p", "I. NHIỆM VỤ, GIẢI PHÁP", {"b": True}),
        ("p", "1. Tham gia của người dân ở cấp cơ sở", {"b": True}),
        ("p", "- Tăng cường công tác thông tin, tuyên truyền."),
        ("p", "b) Công khai, minh bạch", {"b": True}),
        ("p", "- Thực hiện điều tra, rà soát hộ nghèo."),
        ("p", "c) Kiểm soát tham nhũng trong khu vực công", {"b": True, "i": True}),
        ("p", "- Tổ chức tuyên truyền, phổ biến pháp luật."),
        ("p", "2. Yêu cầu", {"b": True, "i": True}),
        ("p", "- Bảo đảm tiến độ./."),
    ])


def test_relettered_points_keep_their_bold_and_bold_italic(tmp_path):
    plan = import_docx(_doc(tmp_path))
    nums = plan.cited_numbers()
    got = {nums[s.id]: [(r.text, r.bold, r.italic) for r in s.title] for s in plan.walk()}
    assert got["I.1.a)"] == [("Công khai, minh bạch", True, False)]
    assert got["I.1.b)"] == [("Kiểm soát tham nhũng trong khu vực công", True, True)]
    # what the level's style prints anyway stays with the style: khoản bold → plain runs, bold italic → italic
    assert got["I.1"] == [("Tham gia của người dân ở cấp cơ sở", False, False)]
    assert got["I.2"] == [("Yêu cầu", False, True)]


def test_exported_points_print_bold(tmp_path):
    plan = import_docx(_doc(tmp_path))
    out = tmp_path / "out.docx"
    export_docx(plan, str(out))
    xml = zipfile.ZipFile(out).read("word/document.xml").decode()
    i = xml.index(">Công khai, minh bạch<")
    run = xml[xml.rindex("<w:r>", 0, i):i]
    assert "<w:b/>" in run
    i = xml.index(">Kiểm soát tham nhũng trong khu vực công<")
    run = xml[xml.rindex("<w:r>", 0, i):i]
    assert "<w:b/>" in run and "<w:i/>" in run
