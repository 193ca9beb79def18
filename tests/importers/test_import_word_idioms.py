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
from core.text import report_text  # noqa: E402
from tests.docx_build import build_docx, document_xml  # noqa: E402

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
    assert all(report_text(x, "en") != x for x in got)
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


def test_tabbed_signature_starting_with_the_authority_line(tmp_path):
    sign = [("p", f"{TAB}{TAB}TM. ỦY BAN NHÂN DÂN", B), ("p", f"Nơi nhận:{TAB}CHỦ TỊCH", B),
            ("p", "- Sở Nội vụ;", {}), ("p", f"- Lưu: VT.{TAB}{TAB}Lê Văn Quyền", B)]
    plan = _import(tmp_path, HEAD + BODY + sign, tabs=True)
    assert dump(plan)["recipients"] == ["- Sở Nội vụ", "- Lưu: VT"]
    assert [(x.prefix, x.collective, x.lines, x.name) for x in plan.signers] == [
        ("TM.", "ỦY BAN NHÂN DÂN", ["CHỦ TỊCH"], "Lê Văn Quyền")]


def test_tabbed_signature_after_a_plain_noi_nhan_line(tmp_path):
    sign = [("p", "Nơi nhận:", B), ("p", f"- Sở Nội vụ;{TAB}CHỦ TỊCH", {}),
            ("p", "- Lưu: VT.", {}), ("p", f"{TAB}Lê Văn Quyền", B)]
    plan = _import(tmp_path, HEAD + BODY + sign, tabs=True)
    assert dump(plan)["recipients"] == ["- Sở Nội vụ", "- Lưu: VT"]
    assert [(x.lines, x.name) for x in plan.signers] == [(["CHỦ TỊCH"], "Lê Văn Quyền")]


# ----------------------------------------------- 1. merged group column ---
R, C = {"vmerge": "restart"}, {"vmerge": "continue"}


def _appendix(table):
    return [("p", "PHỤ LỤC", B), ("p", "DANH MỤC NHIỆM VỤ", B),
            ("p", "(Kèm theo Kế hoạch số 15/KH-UBND ngày 12/01/2021 của UBND huyện Vị Xuyên)", {"i": True}),
            ("tbl", table)]


def test_group_column_merged_down_under_a_two_row_header(tmp_path):
    table = [{"header": True, "cells": [("TT", R), ("Chỉ số nội dung", R), ("Nhiệm vụ", R),
                                        ("Phân công trách nhiệm", {"span": 2}), ("Thời gian", R)]},
             {"header": True, "cells": [("", C), ("", C), ("", C), "Chủ trì", "Phối hợp", ("", C)]},
             ["1", ("Chỉ số 1: Tham gia của người dân ở cấp cơ sở", R), "Tuyên truyền", "Phòng Văn hóa",
              "UBND các xã", "Quý I"],
             ["2", ("", C), "Bầu cử trưởng thôn", "Phòng Nội vụ", "UBND các xã", "Quý II"],
             ["3", ("Chỉ số 2: Công khai, minh bạch", R), "Công khai ngân sách", "Phòng Tài chính", "", "Quý III"],
             ["4", ("", C), "Công khai quy hoạch", "Phòng Tài nguyên", "", "Quý IV"],
             ["5", ("", C), "Công khai danh sách hộ nghèo", "Phòng Lao động", "UBND các xã", "Tháng 6"],
             ["6", "Chỉ số 3: Trách nhiệm giải trình", "Tiếp công dân", "Văn phòng", "", "Thường xuyên"]]
    plan = _import(tmp_path, HEAD + BODY + SIGN + _appendix(table))
    a = dump(plan)["appendices"][0]
    assert [c["title"] for c in a["columns"]] == ["TT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian"]
    assert [c["group"] for c in a["columns"]][2:4] == ["Phân công trách nhiệm"] * 2
    got = [(r["kind"], r["number"], r["cells"][1]) for r in a["rows"]]
    assert got == [("group", "I", "Chỉ số 1: Tham gia của người dân ở cấp cơ sở"),
                   ("task", "1", "Tuyên truyền"), ("task", "2", "Bầu cử trưởng thôn"),
                   ("group", "II", "Chỉ số 2: Công khai, minh bạch"),
                   ("task", "3", "Công khai ngân sách"), ("task", "4", "Công khai quy hoạch"),
                   ("task", "5", "Công khai danh sách hộ nghèo"),
                   ("group", "III", "Chỉ số 3: Trách nhiệm giải trình"), ("task", "6", "Tiếp công dân")]
    assert a["rows"][5]["cells"] == ["", "Công khai quy hoạch", "Phòng Tài nguyên", "", "Quý IV"]
    assert not any(r.get("flag") for r in a["rows"])
    _both(plan.import_report, "gộp dọc")


def test_group_column_first_and_tt_second(tmp_path):
    table = [{"header": True, "cells": [("Lĩnh vực", R), ("STT", R), ("Nội dung nhiệm vụ", R),
                                        ("Phân công trách nhiệm", {"span": 2}), ("Thời gian hoàn thành", R)]},
             {"header": True, "cells": [("", C), ("", C), ("", C), "Cơ quan chủ trì", "Cơ quan phối hợp", ("", C)]},
             [("I. CẢI CÁCH THỂ CHẾ", R), "1", "Rà soát văn bản", "Phòng Tư pháp", "Các phòng", "Quý II"],
             [("", C), "2", "Kiểm tra văn bản", "Phòng Tư pháp", "", "Quý IV"],
             [("II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH", R), "1", "Công bố thủ tục", "Văn phòng", "", "Quý I"],
             [("", C), "2", "Số hóa hồ sơ", "Văn phòng", "UBND các xã", "Năm 2021"]]
    plan = _import(tmp_path, HEAD + BODY + SIGN + _appendix(table))
    app = plan.appendices[0]
    assert [c.key for c in app.columns] == ["tt", "task", "lead", "support", "deadline"]
    a = dump(plan)["appendices"][0]
    assert [(r["kind"], r["number"], r["cells"][1]) for r in a["rows"]] == [
        ("group", "I", "CẢI CÁCH THỂ CHẾ"), ("task", "1", "Rà soát văn bản"), ("task", "2", "Kiểm tra văn bản"),
        ("group", "II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH"), ("task", "1", "Công bố thủ tục"),
        ("task", "2", "Số hóa hồ sơ")]
    assert app.numbering["tasks"] == "per_group"
    assert app.rows[5].lead == ["Văn phòng"] and app.rows[5].support == ["UBND các xã"]
    assert not any("Roman" in report_text(x, "en") for x in plan.import_report if "gộp dọc" in x)   # groups had numbers


def test_a_merged_agency_column_is_still_copied_into_each_task(tmp_path):
    """Only a group column becomes group rows: an agency merged down stays each task's agency."""
    table = [{"header": True, "cells": ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian"]},
             ["1", "Việc một", ("Văn phòng", R), "Quý I"], ["2", "Việc hai", ("", C), "Quý II"],
             ["3", "Việc ba", "Phòng Nội vụ", "Quý III"]]
    plan = _import(tmp_path, HEAD + BODY + SIGN + _appendix(table))
    rows = dump(plan)["appendices"][0]["rows"]
    assert [(r["kind"], r["cells"][2]) for r in rows] == [("task", "Văn phòng"), ("task", "Văn phòng"),
                                                        ("task", "Phòng Nội vụ")]


# ------------------------------------------- 4. title in the page header ---
def _python_docx_plan(path, header_lines, body_label=False, second_appendix=False):
    """A plan made with python-docx: body and signature in a portrait section, then a landscape
    section whose page header holds the appendix title; its body holds only the table."""
    import docx
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.shared import Mm

    d = docx.Document()
    s0 = d.sections[0]
    s0.page_width, s0.page_height = Mm(210), Mm(297)
    for text, bold in [("UBND HUYỆN VỊ XUYÊN", True), ("Số: 15/KH-UBND", False),
                       ("Vị Xuyên, ngày 12 tháng 01 năm 2021", False), ("KẾ HOẠCH", True),
                       ("Cải thiện Chỉ số PAPI năm 2021", True), ("I. MỤC ĐÍCH, YÊU CẦU", True),
                       ("Nâng cao chỉ số PAPI.", False), ("II. TỔ CHỨC THỰC HIỆN", True),
                       ("Các phòng triển khai thực hiện./.", False), ("Nơi nhận:", True), ("- Sở Nội vụ;", False),
                       ("- Lưu: VT.", False), ("CHỦ TỊCH", True), ("Lê Văn Quyền", True)]:
        d.add_paragraph().add_run(text).bold = bold

    def landscape_section(lines):
        sec = d.add_section(WD_SECTION.NEW_PAGE)
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
        sec.header.is_linked_to_previous = False
        hp = sec.header.paragraphs[0]
        hp.text = lines[0]
        for line in lines[1:]:
            sec.header.add_paragraph(line)
        return sec

    landscape_section(header_lines)
    if body_label:
        d.add_paragraph().add_run("PHỤ LỤC").bold = True
    t = d.add_table(rows=3, cols=4)
    for r, cells in enumerate([["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian"],
                               ["1", "Tuyên truyền", "Phòng Văn hóa", "Quý I"],
                               ["2", "Công khai", "Văn phòng", "Quý II"]]):
        for k, text in enumerate(cells):
            t.cell(r, k).text = text
    if second_appendix:
        landscape_section(["PHỤ LỤC II", "KINH PHÍ THỰC HIỆN",
                           "(Kèm theo Kế hoạch số 15/KH-UBND của UBND huyện Vị Xuyên)"])
        t = d.add_table(rows=2, cols=3)
        for r, cells in enumerate([["TT", "Nội dung", "Thời gian"], ["1", "Mua sắm", "Quý III"]]):
            for k, text in enumerate(cells):
                t.cell(r, k).text = text
    d.save(str(path))
    return path


ATTACH = "(Kèm theo Kế hoạch số 15/KH-UBND ngày 12/01/2021 của Ủy ban nhân dân huyện Vị Xuyên)"


def test_appendix_title_in_the_page_header_of_a_landscape_section(tmp_path):
    p = _python_docx_plan(tmp_path / "hdr.docx", ["PHỤ LỤC", "DANH MỤC NHIỆM VỤ CẢI THIỆN CHỈ SỐ PAPI", ATTACH])
    plan = import_docx(str(p))
    assert len(plan.appendices) == 1
    a = plan.appendices[0]
    assert a.title == "DANH MỤC NHIỆM VỤ CẢI THIỆN CHỈ SỐ PAPI"
    assert a.attachment == ATTACH                       # as written, not rebuilt from the plan
    assert plan.attachment_line(0) == ATTACH            # and printed so (it names this plan's number and date)
    assert a.landscape is True
    assert [r.cells.get(a.columns[1].id) for r in a.rows] == ["Tuyên truyền", "Công khai"]
    assert [(s.lines, s.name) for s in plan.signers] == [(["CHỦ TỊCH"], "Lê Văn Quyền")]
    assert len(plan.recipients) == 2
    _both(plan.import_report, "tiêu đề trang")


def test_header_title_under_a_label_in_the_body_and_a_second_appendix(tmp_path):
    p = _python_docx_plan(tmp_path / "hdr2.docx", ["PHỤ LỤC I", "DANH MỤC NHIỆM VỤ", ATTACH], body_label=True,
                          second_appendix=True)
    plan = import_docx(str(p))
    assert [(a.title, a.attachment) for a in plan.appendices] == [
        ("DANH MỤC NHIỆM VỤ", ATTACH),
        ("KINH PHÍ THỰC HIỆN", "(Kèm theo Kế hoạch số 15/KH-UBND của UBND huyện Vị Xuyên)")]
    assert [len(a.rows) for a in plan.appendices] == [2, 1]


# --------------------------------------------------- 2. soft line breaks ---
BR = "↵"       # written as <w:br/> inside the same paragraph (Shift+Enter)


def _with_breaks(xml: str) -> str:
    return xml.replace(BR, '</w:t></w:r><w:r><w:br/><w:t xml:space="preserve">')


def test_shift_enter_inside_a_paragraph_is_one_paragraph(tmp_path):
    blocks = [("p", "UBND HUYỆN VỊ XUYÊN", B), ("p", "Số: 15/KH-UBND", {}),
              ("p", "Vị Xuyên, ngày 12 tháng 01 năm 2021", {"i": True}), ("p", "KẾ HOẠCH", B),
              ("p", f"Cải thiện Chỉ số hiệu quả quản trị và hành chính công{BR}Năm 2021", {}),
              ("p", f"Thực hiện Kế hoạch số 10/KH-UBND ngày 05/01/2021 của{BR}Ủy ban nhân dân tỉnh Hà Giang, "
                    "UBND huyện xây dựng kế hoạch như sau:", {}),
              ("p", "I. MỤC ĐÍCH, YÊU CẦU", B),
              ("p", f"1. Mục đích{BR}- Nâng cao nhận thức.{BR}- Cải thiện điểm số.", {}),
              ("p", "2. Yêu cầu", B),
              ("p", f"Bám sát nội dung các chỉ số.{BR}Phân công cụ thể, rõ trách nhiệm.", {}),
              ("p", "II. TỔ CHỨC THỰC HIỆN", B), ("p", "Các phòng triển khai thực hiện./.", {}),
              ("p", "Nơi nhận:", B), ("p", f"- Ủy ban nhân dân các xã,{BR}Thị trấn trên địa bàn huyện;", {}),
              ("p", "- Lưu: VT.", {}),
              ("p", f"KT. CHỦ TỊCH{BR}PHÓ CHỦ TỊCH", B), ("p", "Lê Văn Quyền", B)]
    blocks += _appendix([{"header": True, "cells": ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian"]},
                         ["1", "Tuyên truyền", f"Phòng Nội vụ{BR}Phòng Tư pháp", "Quý I"]])
    p = tmp_path / "br.docx"
    build_docx(p, [], document=_with_breaks(document_xml(blocks)))
    plan = import_docx(str(p))
    d = dump(plan)
    assert plan.meta.title == "Cải thiện Chỉ số hiệu quả quản trị và hành chính công Năm 2021"
    assert [x.text for x in plan.meta.preamble] == [
        "Thực hiện Kế hoạch số 10/KH-UBND ngày 05/01/2021 của Ủy ban nhân dân tỉnh Hà Giang, "
        "UBND huyện xây dựng kế hoạch như sau:"]
    muc = d["sections"][0]
    assert [(c["number"], c["title"]) for c in muc["children"]] == [("1.", "Mục đích"), ("2.", "Yêu cầu")]
    assert [(x["kind"], x["text"]) for x in muc["children"][0]["paragraphs"]] == [
        ("dash", "Nâng cao nhận thức."), ("dash", "Cải thiện điểm số.")]        # a dash starts its own item
    assert [x["text"] for x in muc["children"][1]["paragraphs"]] == [
        "Bám sát nội dung các chỉ số. Phân công cụ thể, rõ trách nhiệm."]
    assert d["recipients"] == ["- Ủy ban nhân dân các xã, Thị trấn trên địa bàn huyện", "- Lưu: VT"]
    assert [(s.prefix, s.lines, s.name) for s in plan.signers] == [
        ("KT.", ["CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Lê Văn Quyền")]
    row = plan.appendices[0].rows[0]
    assert row.cells[plan.appendices[0].col("lead").id] == "Phòng Nội vụ\nPhòng Tư pháp"   # a cell keeps it
    _both(plan.import_report, "Shift+Enter")


# ------------------------------------- 3. paragraphs cut before a capital ---
STYLES_14PT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
               '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
               '<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="28"/></w:rPr></w:rPrDefault></w:docDefaults>'
               '</w:styles>')
A4 = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
      '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701"/></w:sectPr>')

FULL_LINE_NAME = ("Thực hiện Kế hoạch số 125/KH-UBND ngày 15/3/2021 về cải thiện Chỉ số hiệu quả quản trị và "
                  "hành chính công cấp tỉnh (PAPI) năm 2021 của Ủy ban nhân dân")


def _cut_plan(tmp_path, body, name="cut.docx"):
    p = tmp_path / name
    xml = document_xml(HEAD + body + BODY + SIGN).replace("<w:sectPr/>", A4)
    build_docx(p, [], document=xml, extra_parts={"word/styles.xml": STYLES_14PT})
    return import_docx(str(p))


def test_paragraph_cut_before_a_capital_is_joined_on_the_readers_signals(tmp_path):
    from core.importers.docx import line_fill, read_blocks
    body = [("p", FULL_LINE_NAME, {}),
            ("p", "Tỉnh Hà Giang, UBND huyện Vị Xuyên xây dựng Kế hoạch thực hiện như sau:", {}),
            ("p", "Căn cứ Nghị quyết số 12/NQ-HĐND ngày 10/12/2020 về nhiệm vụ năm 2021 theo Nghị quyết của", {}),
            ("p", "Hội đồng nhân dân tỉnh Hà Giang;", {})]
    plan = _cut_plan(tmp_path, body)
    assert [x.text for x in plan.meta.preamble] == [
        FULL_LINE_NAME + " Tỉnh Hà Giang, UBND huyện Vị Xuyên xây dựng Kế hoạch thực hiện như sau:",
        "Căn cứ Nghị quyết số 12/NQ-HĐND ngày 10/12/2020 về nhiệm vụ năm 2021 theo Nghị quyết của "
        "Hội đồng nhân dân tỉnh Hà Giang;"]
    notes = _both(plan.import_report, "cắt đôi trước chữ hoa")
    assert len(notes) == 2
    assert "lề phải" in notes[0] and "“của”" in notes[1]
    # the first half really runs to the margin as Word sets it (A4, 30/20 mm margins, 14 pt)
    first = next(b for b in read_blocks(str(tmp_path / "cut.docx")) if b.text.startswith("Thực hiện Kế hoạch số 125"))
    assert line_fill(first) >= 0.8 and first.size == 14 and round(first.width) == 454


def test_two_paragraphs_that_only_look_cut_stay_two(tmp_path):
    body = [("p", "Trách nhiệm tổ chức thực hiện thuộc về Ủy ban nhân dân", {}),     # short: not to the margin
            ("p", "Huyện Vị Xuyên giao các phòng chuyên môn triển khai.", {}),
            ("p", FULL_LINE_NAME + ".", {}),                                          # ends a sentence
            ("p", "Ủy ban nhân dân các xã triển khai thực hiện.", {}),
            ("p", FULL_LINE_NAME[:-len(" của Ủy ban nhân dân")] + " và các cơ quan", {}),   # no name follows
            ("p", "Các phòng chuyên môn phối hợp thực hiện.", {})]
    plan = _cut_plan(tmp_path, body)
    assert len(plan.meta.preamble) == 6
    assert not any("cắt đôi" in x for x in plan.import_report)


def test_import_report_prints_in_english_with_lang_en(tmp_path, capsys):
    from core.cli.importers import print_report
    sign = [("p", f"Nơi nhận:{TAB}CHỦ TỊCH", B), ("p", "- Lưu: VT.", {}), ("p", f"{TAB}Lê Văn Quyền", B)]
    plan = _import(tmp_path, HEAD + BODY + sign, tabs=True)
    print_report(plan, "en")
    out = capsys.readouterr().out
    assert "split on the tab stops" in out and "phím Tab" not in out
    print_report(plan, "vi")
    assert "phím Tab" in capsys.readouterr().out


def test_group_column_goes_on_in_the_next_table_of_the_appendix(tmp_path):
    """The table broken in two (a page, a section): the second keeps the header and the
    group column; a group merged over the break is not read twice."""
    head = [{"header": True, "cells": ["TT", "Chỉ số nội dung", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian"]}]
    first = head + [["1", ("Chỉ số 1: Tham gia", R), "Việc một", "Phòng Nội vụ", "Quý I"],
                    ["2", ("", C), "Việc hai", "Phòng Nội vụ", "Quý II"]]
    second = head + [["3", "Chỉ số 1: Tham gia", "Việc ba", "Văn phòng", "Quý III"],
                     ["4", ("Chỉ số 2: Công khai", R), "Việc bốn", "Phòng Tài chính", "Quý IV"],
                     ["5", ("", C), "Việc năm", "Phòng Tài chính", "Tháng 12"]]
    plan = _import(tmp_path, HEAD + BODY + SIGN + _appendix(first) + [("tbl", second)])
    a = dump(plan)["appendices"][0]
    assert [c["title"] for c in a["columns"]] == ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian"]
    assert [(r["kind"], r["number"], r["cells"][1]) for r in a["rows"]] == [
        ("group", "I", "Chỉ số 1: Tham gia"), ("task", "1", "Việc một"), ("task", "2", "Việc hai"),
        ("task", "3", "Việc ba"), ("group", "II", "Chỉ số 2: Công khai"), ("task", "4", "Việc bốn"),
        ("task", "5", "Việc năm")]
    notes = _both(plan.import_report, "gộp dọc")
    assert len(notes) == 1 and "2 dòng nhóm" in notes[0]


def test_a_running_head_repeating_the_body_title_is_not_read_twice(tmp_path):
    import docx
    p = _python_docx_plan(tmp_path / "run.docx", ["PHỤ LỤC", "DANH MỤC NHIỆM VỤ", ATTACH])
    d = docx.Document(str(p))
    table = d.tables[0]._tbl
    for text in ("PHỤ LỤC", "DANH MỤC NHIỆM VỤ", ATTACH):     # the same lines in the body too
        par = d.add_paragraph(text)._p
        table.addprevious(par)
    d.save(str(p))
    plan = import_docx(str(p))
    assert [(a.title, a.attachment, len(a.rows)) for a in plan.appendices] == [("DANH MỤC NHIỆM VỤ", ATTACH, 2)]
    assert not any("tiêu đề trang" in x for x in plan.import_report)
