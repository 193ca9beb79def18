"""Word files as other offices type them (from the import audit): a header typed with
tabs instead of a table, "Số" and the date in one cell, a table in the middle of the
body, footnotes and review comments, numbering through a Word list style, the
"(1) (2) (3)" row under a table header. Nothing may be lost silently."""
from core.dump import dump
from core.importers.docx import import_docx
from tests.docx_build import W, build_docx, document_xml

B = {"b": True}
TAB = "⇥"      # written as <w:tab/> below

BODY = [
    ("p", "KẾ HOẠCH", B), ("p", "Cải thiện Chỉ số PAPI năm 2021", B),
    ("p", "Thực hiện Quyết định số 1682/QĐ-UBND ngày 05/7/2019 của UBND tỉnh.", {}),
    ("p", "I. MỤC ĐÍCH, YÊU CẦU", B), ("p", "1. Mục đích", B), ("p", "- Nâng cao chỉ số PAPI.", {}),
    ("p", "II. NHIỆM VỤ VÀ GIẢI PHÁP", B), ("p", "1. Tham gia của người dân cấp cơ sở", B),
    ("p", "- Tăng cường sự tham gia của người dân.", {}),
]
TAIL = [
    ("p", "2. Công khai, minh bạch", B), ("p", "- Công khai chủ trương, chính sách.", {}),
    ("p", "III. TỔ CHỨC THỰC HIỆN", B), ("p", "Các cơ quan, đơn vị triển khai thực hiện./.", {}),
    ("p", "Nơi nhận:", B), ("p", "- Sở Nội vụ;", {}), ("p", "- Lưu: VT.", {}),
    ("p", "TRƯỞNG BAN", B), ("p", "Lê Văn Quyền", B),
]
HEADER_TABLE = [("tbl", [["UBND TỈNH QUẢNG TRỊ\nBAN DÂN TỘC", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"],
                         ["Số: 15/KH-BDT", "Quảng Trị, ngày 12 tháng 01 năm 2021"]])]


def _with_tabs(xml: str) -> str:
    return xml.replace(TAB, '</w:t></w:r><w:r><w:tab/><w:t xml:space="preserve">')


def _sections(d):
    out = []

    def walk(ss, depth):
        for s in ss:
            out.append((depth, s["number"], s["title"]))
            walk(s["children"], depth + 1)
    walk(d["sections"], 0)
    return out


def test_header_typed_with_tabs_is_read_as_two_columns(tmp_path):
    head = [("p", f"UBND TỈNH QUẢNG TRỊ{TAB}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", B),
            ("p", f"BAN DÂN TỘC{TAB}Độc lập - Tự do - Hạnh phúc", B),
            ("p", f"Số: 15/KH-BDT{TAB}{TAB}Quảng Trị, ngày 12 tháng 01 năm 2021", {})]
    p = tmp_path / "tabs.docx"
    build_docx(p, [], document=_with_tabs(document_xml(head + BODY + TAIL)))
    plan = import_docx(str(p))
    m = plan.meta
    assert (m.parent_agency, m.agency, m.number, m.effective_symbol) == ("UBND TỈNH QUẢNG TRỊ", "BAN DÂN TỘC", "15", "KH-BDT")
    assert (m.place, m.issue_date) == ("Quảng Trị", "2021-01-12")
    assert any("phím Tab" in x for x in plan.import_report)
    assert [x[1] for x in _sections(dump(plan))][:2] == ["I.", "1."]


def test_number_and_date_in_one_cell(tmp_path):
    head = [("tbl", [["UBND TỈNH QUẢNG TRỊ\nBAN DÂN TỘC", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"],
                     [(f"Số: 15/KH-BDT{TAB}{TAB}Quảng Trị, ngày 12 tháng 01 năm 2021", {"span": 2})]])]
    p = tmp_path / "cell.docx"
    build_docx(p, [], document=_with_tabs(document_xml(head + BODY + TAIL)))
    m = import_docx(str(p)).meta
    assert (m.number, m.effective_symbol, m.place, m.issue_date) == ("15", "KH-BDT", "Quảng Trị", "2021-01-12")


def test_a_table_in_the_body_does_not_swallow_the_rest(tmp_path):
    figures = ("tbl", [{"header": True, "cells": ["TT", "Chỉ số", "Điểm 2019", "Điểm 2020"]},
                       ["1", "Tham gia của người dân", "5,1", "5,3"], ["2", "Công khai, minh bạch", "5,4", "5,6"]])
    p = build_docx(tmp_path / "body-table.docx", HEADER_TABLE + BODY + [figures] + TAIL)
    plan = import_docx(str(p))
    d = dump(plan)
    secs = _sections(d)
    assert (1, "2.", "Công khai, minh bạch") in secs and (0, "III.", "TỔ CHỨC THỰC HIỆN") in secs
    assert [s.name for s in plan.signers] == ["Lê Văn Quyền"] and len(plan.recipients) == 2
    assert len(d["appendices"]) == 1 and len(d["appendices"][0]["rows"]) == 2
    assert any("được đọc tiếp" in x for x in plan.import_report)


FOOTNOTES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes xmlns:w="{W}">
<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:id="1"><w:p><w:r><w:t>Theo kết quả công bố Chỉ số PAPI năm 2020 của UNDP.</w:t></w:r></w:p></w:footnote>
</w:footnotes>"""
COMMENTS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:comments xmlns:w="{W}"><w:comment w:id="0" w:author="Trưởng phòng">
<w:p><w:r><w:t>Đề nghị bổ sung căn cứ Kế hoạch 5959/KH-UBND.</w:t></w:r></w:p></w:comment></w:comments>"""


def test_footnotes_and_comments_are_listed_in_the_report(tmp_path):
    p = build_docx(tmp_path / "notes.docx", HEADER_TABLE + BODY + TAIL,
                   extra_parts={"word/footnotes.xml": FOOTNOTES, "word/comments.xml": COMMENTS})
    rep = import_docx(str(p)).import_report
    assert any("Chú thích cuối trang" in x and "UNDP" in x for x in rep)
    assert any("Trưởng phòng" in x and "5959/KH-UBND" in x for x in rep)


NUMBERING_STYLE_LINK = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="{W}">
<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="KHList"/></w:abstractNum>
<w:abstractNum w:abstractNumId="2"><w:styleLink w:val="KHList"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
</w:abstractNum>
<w:num w:numId="5"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>"""


def test_headings_numbered_through_a_list_style(tmp_path):
    body = [("p", "KẾ HOẠCH", B), ("p", "Cải thiện Chỉ số PAPI năm 2021", B),
            ("p", "MỤC ĐÍCH, YÊU CẦU", {"b": True, "num": (5, 0)}), ("p", "Mục đích", {"b": True, "num": (5, 1)}),
            ("p", "- Nâng cao chỉ số PAPI.", {}),
            ("p", "NHIỆM VỤ VÀ GIẢI PHÁP", {"b": True, "num": (5, 0)}), ("p", "Tham gia", {"b": True, "num": (5, 1)}),
            ("p", "- Tăng cường.", {})]
    p = build_docx(tmp_path / "liststyle.docx", HEADER_TABLE + body + TAIL[4:], numbering=NUMBERING_STYLE_LINK)
    secs = _sections(dump(import_docx(str(p))))
    assert secs == [(0, "I.", "MỤC ĐÍCH, YÊU CẦU"), (1, "1.", "Mục đích"),
                    (0, "II.", "NHIỆM VỤ VÀ GIẢI PHÁP"), (1, "1.", "Tham gia")]


def test_column_number_row_under_the_header_is_not_a_task(tmp_path):
    app = [("p", "PHỤ LỤC", B), ("p", "DANH MỤC NHIỆM VỤ", B),
           ("tbl", [{"header": True, "cells": ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian"]},
                    ["(1)", "(2)", "(3)", "(4)"],
                    ["1", "Việc một", "Sở Nội vụ", "Quý I"], ["2", "Việc hai", "Sở Tư pháp", "Quý II"],
                    ["3", "Việc ba", "Sở Tài chính", "Quý III"], ["3.1", "Việc ba, phần một", "Sở Tài chính", "Quý III"]])]
    p = build_docx(tmp_path / "colnums.docx", HEADER_TABLE + BODY + TAIL + app)
    plan = import_docx(str(p))
    rows = dump(plan)["appendices"][0]["rows"]
    assert [r["number"] for r in rows] == ["1", "2", "3", "3.1"]
    assert not any("(1)" in str(r) for r in rows)
    notes = [x for x in plan.import_report if "liền mạch" in x]
    assert len(notes) <= 1 and all("“1”" not in x for x in notes)
