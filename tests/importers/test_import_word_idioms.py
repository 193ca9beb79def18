"""Issue 20: plans typed in other Word idioms import as Word shows them.

Each family is built here as a small Word file (hand-written XML through tests/docx_build.py, or
python-docx): a group column merged down (w:vMerge) under a two-row header, soft line breaks
(Shift+Enter), paragraphs cut in two before a capital, an appendix whose title sits in the page
header of its landscape section, and Nơi nhận / the signer typed side by side with tabs."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from core.dump import dump  # noqa: E402
from core.importers.docx import import_docx  # noqa: E402
from core.importers.outline import en_text  # noqa: E402
from docx_build import build_docx, document_xml  # noqa: E402

B = {"b": True}
TAB = "⇥"      # written as <w:tab/>

HEAD = [("p", "UBND HUYỆN VỊ XUYÊN", B), ("p", "Số: 15/KH-UBND", {}),
        ("p", "Vị Xuyên, ngày 12 tháng 01 năm 2021", {"i": True}),
        ("p", "KẾ HOẠCH", B), ("p", "Cải thiện Chỉ số PAPI năm 2021", B)]
BODY = [("p", "I. MỤC ĐÍCH, YÊU CẦU", B), ("p", "1. Mục đích", B), ("p", "- Nâng cao chỉ số PAPI.", {}),
        ("p", "II. TỔ CHỨC THỰC HIỆN", B), ("p", "Các cơ quan, đơn vị triển khai thực hiện./.", {})]
SIGN = [("p", "Nơi nhận:", B), ("p", "- Sở Nội vụ;", {}), ("p", "- Lưu: VT.", {}),
        ("p", "CHỦ TỊCH", B), ("p", "Lê Văn Quyền", B)]


def _with_tabs(xml: str) -> str:
    return xml.replace(TAB, '</w:t></w:r><w:r><w:tab/><w:t xml:space="preserve">')


def _import(tmp_path, blocks, name="p.docx", tabs=False):
    p = tmp_path / name
    if tabs:
        build_docx(p, [], document=_with_tabs(document_xml(blocks)))
    else:
        build_docx(p, blocks)
    return import_docx(str(p))


def _both(report, word):
    """A report line containing *word* (Vietnamese), with an English text of its own."""
    got = [x for x in report if word in x]
    assert got, report
    assert all(en_text(x) != x for x in got)
    return got


# ------------------------------------------------------------ 5. tabs ---
def test_recipients_and_signer_typed_side_by_side_with_tabs(tmp_path):
    sign = [("p", f"Nơi nhận:{TAB}TM. ỦY BAN NHÂN DÂN", B),
            ("p", f"- Sở Nội vụ;{TAB}KT. CHỦ TỊCH", {}),
            ("p", f"- UBND các xã, thị trấn;{TAB}{TAB}PHÓ CHỦ TỊCH", {}),
            ("p", "- Lưu: VT.", {}),
            ("p", f"{TAB}{TAB}(Đã ký)", {}),
            ("p", f"{TAB}{TAB}Nguyễn Văn Sơn", B)]
    plan = _import(tmp_path, HEAD + BODY + sign, tabs=True)
    d = dump(plan)
    assert d["recipients"] == ["- Sở Nội vụ", "- UBND các xã, thị trấn", "- Lưu: VT"]
    s = plan.signers
    assert [(x.prefix, x.collective, x.lines, x.name) for x in s] == [
        ("TM.", "ỦY BAN NHÂN DÂN", ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Nguyễn Văn Sơn")]
    # nothing of the block is left in the body as text or extra dash items
    last = d["sections"][-1]
    assert [p["text"] for p in last["paragraphs"]] == ["Các cơ quan, đơn vị triển khai thực hiện"]
    _both(plan.import_report, "phím Tab")


def test_tabbed_signature_after_a_plain_noi_nhan_line(tmp_path):
    sign = [("p", "Nơi nhận:", B), ("p", f"- Sở Nội vụ;{TAB}CHỦ TỊCH", {}),
            ("p", "- Lưu: VT.", {}), ("p", f"{TAB}Lê Văn Quyền", B)]
    plan = _import(tmp_path, HEAD + BODY + sign, tabs=True)
    assert dump(plan)["recipients"] == ["- Sở Nội vụ", "- Lưu: VT"]
    assert [(x.lines, x.name) for x in plan.signers] == [(["CHỦ TỊCH"], "Lê Văn Quyền")]
