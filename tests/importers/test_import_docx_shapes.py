"""Shapes of plans the fixtures do not cover, built as small .docx files."""
from core.dump import dump
from core.importers.docx import import_docx
from tests.docx_build import build_docx

B = {"b": True}


def test_header_parts_upper_title_and_outline_variants(tmp_path):
    blocks = [
        ("tbl", [["UBND TỈNH HÀ GIANG\nSỞ NỘI VỤ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"],
                 ["Số:      /KH-SNV", "Hà Giang, ngày      tháng 3 năm 2026"]]),
        ("p", "KẾ HOẠCH", B), ("p", "CẢI CÁCH HÀNH CHÍNH", B), ("p", "NĂM 2026", B),
        ("p", "Căn cứ Luật Tổ chức chính quyền địa phương;", {}),
        ("p", "A. PHẦN CHUNG", B), ("p", "I. MỤC ĐÍCH", B), ("p", "a) Điểm ngay dưới mục La Mã", {}),
        ("p", "- Gạch đầu dòng.", {}), ("p", "+ Dấu cộng.", {}),
        ("p", "B. PHẦN RIÊNG", B), ("p", "I. NHIỆM VỤ", {}), ("p", "1. Khoản không đậm", {}),
        ("p", "Nội dung khoản.", {}),
        ("p", "Nơi nhận:", B), ("p", "- UBND tỉnh;", {}), ("p", "- Lưu: VT.", {}),
        ("p", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", B), ("p", "Nguyễn Văn A", B),
        ("p", "PHỤ LỤC", B), ("p", "DANH MỤC NHIỆM VỤ", B),
        ("p", "(Kèm theo Kế hoạch số      /KH-SNV ngày      tháng 3 năm 2026 của Sở Nội vụ)", {"i": True}),
        ("tbl", [{"header": True, "cells": ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian"]},
                 ["I", ("CÔNG TÁC CHỈ ĐẠO", {"span": 3, "b": True})],
                 ["1", "Việc một", ("Văn phòng", {"vmerge": "restart"}), "Quý I"],
                 ["2", "Việc hai", ("", {"vmerge": "continue"}), "Quý II"],
                 [("3", {"vmerge": "restart"}), "Việc ba, phần đầu", "Sở Tư pháp", "Tháng 6"],
                 [("", {"vmerge": "continue"}), "- phần sau\n- ý nữa", ("", {}), "Tháng 9"],
                 {"header": False, "cells": ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian"]},
                 ["4", "Việc bốn", "Sở Nội vụ", "Thường xuyên"]]),
    ]
    plan = import_docx(str(build_docx(tmp_path / "a.docx", blocks)))
    m = plan.meta
    assert m.parent_agency == "UBND TỈNH HÀ GIANG" and m.agency == "SỞ NỘI VỤ"
    assert m.number == "" and m.effective_symbol == "KH-SNV"
    assert m.place == "Hà Giang" and m.date_text.startswith("ngày") and "tháng 3 năm 2026" in m.date_text
    assert m.title == "CẢI CÁCH HÀNH CHÍNH NĂM 2026"
    d = dump(plan)
    assert [s["number"] + " " + s["title"] for s in d["sections"]] == ["A. PHẦN CHUNG", "B. PHẦN RIÊNG"]
    muc = d["sections"][0]["children"][0]
    assert muc["number"] == "I." and muc["children"][0]["kind"] == "diem"
    assert [p["kind"] for p in muc["children"][0]["paragraphs"]] == ["dash", "plus"]
    khoan = d["sections"][1]["children"][0]["children"][0]
    assert (khoan["number"], khoan["title"], khoan["paragraphs"][0]["text"]) == ("1.", "Khoản không đậm", "Nội dung khoản.")
    assert d["recipients"] == ["- UBND tỉnh", "- Lưu: VT"]
    s = plan.signers[0]
    assert (s.prefix, s.lines, s.name) == ("KT.", ["GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Nguyễn Văn A")
    a = d["appendices"][0]
    assert a["title"] == "DANH MỤC NHIỆM VỤ" and a["attachment"].startswith("(Kèm theo")
    rows = a["rows"]
    assert [r["number"] for r in rows] == ["I", "1", "2", "3", "", "4"]      # repeated header row skipped
    assert rows[2]["lead"] == "Văn phòng"                                     # merged down: copied
    assert rows[4].get("continues") and rows[4]["lead"] == ""                  # continuation keeps it empty
    assert rows[4]["text"] == "- phần sau\n- ý nữa" and rows[4]["deadline"] == "Tháng 9"
    assert any("gộp dọc" in x for x in plan.import_report)


def _outline(sections, depth=0):
    out = []
    for s in sections:
        out.append("  " * depth + f"{s['number']} {s['title']}")
        out += ["  " * depth + f"  · {p['kind']}: {p['text']}" for p in s["paragraphs"]]
        out += _outline(s["children"], depth + 1)
    return out


def _plan(tmp_path, body, name="p.docx", head=None):
    blocks = (head or [("p", "UBND HUYỆN VỊ XUYÊN", B), ("p", "Số:     /KH-UBND", {}),
                       ("p", "Vị Xuyên, ngày    tháng   năm 2025", {"i": True}),
                       ("p", "KẾ HOẠCH", B), ("p", "Cải thiện Chỉ số PAPI năm 2025", B)]) + body
    return import_docx(str(build_docx(tmp_path / name, blocks)))


def test_numbers_typed_with_slash_or_dash(tmp_path):
    plan = _plan(tmp_path, [
        ("p", "I - MỤC ĐÍCH, YÊU CẦU", B), ("p", "1/ Mục đích", B), ("p", "- Nội dung.", {}),
        ("p", "2 – Yêu cầu", B), ("p", "10 - 15% hộ dân được khảo sát.", {}), ("p", "5/2025 là tháng cao điểm.", {}),
        ("p", "II- NHIỆM VỤ", B), ("p", "1/ Nhiệm vụ một", B),
        ("p", "a/ tuyên truyền", {}), ("p", "b. công khai", {}),
        ("p", "III/ TỔ CHỨC THỰC HIỆN", B), ("p", "Phòng Nội vụ theo dõi./.", {})])
    assert plan.meta.title == "Cải thiện Chỉ số PAPI năm 2025"
    assert _outline(dump(plan)["sections"]) == [
        "I. MỤC ĐÍCH, YÊU CẦU", "  1. Mục đích", "    · dash: Nội dung.",
        "  2. Yêu cầu", "    · text: 10 - 15% hộ dân được khảo sát.", "    · text: 5/2025 là tháng cao điểm.",
        "II. NHIỆM VỤ", "  1. Nhiệm vụ một", "    a) tuyên truyền", "    b) công khai",
        "III. TỔ CHỨC THỰC HIỆN", "  · text: Phòng Nội vụ theo dõi"]
    assert not any("chữ thường" in x for x in plan.import_report)     # "a/ …" is not a broken sentence
    assert any("“1/” → “1.”" in x and "“I -” → “I.”" in x for x in plan.import_report)


def test_title_in_capitals_not_bold_over_three_lines(tmp_path):
    plan = _plan(tmp_path, [
        ("p", "NÂNG CAO CHỈ SỐ HIỆU QUẢ QUẢN TRỊ", {}), ("p", "VÀ HÀNH CHÍNH CÔNG CẤP TỈNH (PAPI)", {}),
        ("p", "NĂM 2025", {}),
        ("p", "Thực hiện Kế hoạch số 10/KH-UBND của UBND tỉnh, UBND huyện xây dựng Kế hoạch như sau:", {}),
        ("p", "I. MỤC ĐÍCH", B), ("p", "Nâng cao nhận thức.", {})],
        head=[("p", "UBND HUYỆN VỊ XUYÊN", B), ("p", "KẾ HOẠCH", B)])
    assert plan.meta.title == "NÂNG CAO CHỈ SỐ HIỆU QUẢ QUẢN TRỊ VÀ HÀNH CHÍNH CÔNG CẤP TỈNH (PAPI) NĂM 2025"
    assert [p.text for p in plan.meta.preamble] == [
        "Thực hiện Kế hoạch số 10/KH-UBND của UBND tỉnh, UBND huyện xây dựng Kế hoạch như sau:"]
    # a title in capitals straight before the first Roman heading stops there
    plan = _plan(tmp_path, [("p", "CẢI CÁCH HÀNH CHÍNH NĂM 2025", {}), ("p", "I. MỤC ĐÍCH", {}), ("p", "Nội dung.", {})],
                 name="b.docx", head=[("p", "KẾ HOẠCH", B)])
    assert plan.meta.title == "CẢI CÁCH HÀNH CHÍNH NĂM 2025" and plan.sections[0].title_text == "MỤC ĐÍCH"


def test_blank_number_and_date_typed_with_dots_or_spaces(tmp_path):
    head = [("p", "UBND TỈNH HÀ GIANG", B), ("p", "SỞ NỘI VỤ", B), ("p", "Số: ...../KH-SNV", {}),
            ("p", "Hà Giang, ngày ... tháng … năm 2025", {"i": True}),
            ("p", "KẾ HOẠCH", B), ("p", "Cải cách hành chính năm 2025", B)]
    plan = _plan(tmp_path, [("p", "I. MỤC ĐÍCH", B), ("p", "Nội dung.", {})], head=head)
    m = plan.meta
    assert (m.number, m.effective_symbol, m.place, m.issue_date) == ("", "KH-SNV", "Hà Giang", "")
    assert m.date_text == "ngày ... tháng … năm 2025" and not m.preamble
    head[3] = ("p", "Hà Giang, ngày\u00a0    tháng   năm 2025", {"i": True})
    head[2] = ("p", "Số: ___/KH-SNV", {})
    m = _plan(tmp_path, [("p", "I. MỤC ĐÍCH", B)], name="b.docx", head=head).meta
    assert (m.number, m.place, m.date_text) == ("", "Hà Giang", "ngày tháng năm 2025")   # blanks reopened on export


def test_two_signers_side_by_side_and_signed_mark(tmp_path):
    plan = _plan(tmp_path, [
        ("p", "I. MỤC ĐÍCH", B), ("p", "Nội dung mục đích./.", {}),
        ("tbl", [[("TM. BAN THƯỜNG VỤ HUYỆN ĐOÀN\nBÍ THƯ", {"b": True}), ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", {"b": True})],
                 [("Lê Văn C", {"b": True}), ("Nguyễn Văn D", {"b": True})]]),
        ("p", "Nơi nhận:", B), ("p", "- Như trên;", {}), ("p", "- Lưu: VT.", {})])
    d = dump(plan)
    assert not d["appendices"] and d["recipients"] == ["- Như trên", "- Lưu: VT"]
    assert [(s["authority_lines"], s["name"]) for s in d["signers"]] == [
        (["TM. BAN THƯỜNG VỤ HUYỆN ĐOÀN", "BÍ THƯ"], "Lê Văn C"), (["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Nguyễn Văn D")]
    assert d["sections"][0]["paragraphs"][0]["text"] == "Nội dung mục đích"
    # "(Đã ký)" between the title and the name (a copy of a signed plan)
    plan = _plan(tmp_path, [
        ("p", "I. MỤC ĐÍCH", B), ("p", "Nội dung./.", {}),
        ("p", "Nơi nhận:", B), ("p", "- Như trên;", {}), ("p", "- Lưu: VT, NV.", {}),
        ("p", "KT. GIÁM ĐỐC", B), ("p", "PHÓ GIÁM ĐỐC", B), ("p", "(Đã ký)", {"i": True}), ("p", "Trần Thị Bình", B)],
        name="b.docx")
    assert [(s.prefix, s.lines, s.name) for s in plan.signers] == [("KT.", ["GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Trần Thị Bình")]
    assert any("(Đã ký)" in x for x in plan.import_report)


def test_group_row_merged_across_the_whole_width_with_its_number(tmp_path):
    head = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời gian"]
    plan = _plan(tmp_path, [
        ("p", "I. NHIỆM VỤ", B), ("p", "Theo Phụ lục./.", {}),
        ("p", "PHỤ LỤC", B), ("p", "DANH MỤC NHIỆM VỤ", B),
        ("tbl", [{"header": True, "cells": head},
                 [("I. CHỈ SỐ 1: THAM GIA CỦA NGƯỜI DÂN", {"span": 4, "b": True})],
                 ["1", "Tuyên truyền", "Phòng Văn hóa", "Quý II"],
                 [("II - CHỈ SỐ 2: CÔNG KHAI, MINH BẠCH", {"span": 4, "b": True})],
                 ["2", "Công khai", "Văn phòng", ""],
                 [("Đối với nước sinh hoạt nông thôn", {"span": 4})]])])
    rows = dump(plan)["appendices"][0]["rows"]
    assert [(r["number"], r["kind"], r["text"]) for r in rows[:4]] == [
        ("I", "group", "CHỈ SỐ 1: THAM GIA CỦA NGƯỜI DÂN"), ("1", "task", "Tuyên truyền"),
        ("II", "group", "CHỈ SỐ 2: CÔNG KHAI, MINH BẠCH"), ("2", "task", "Công khai")]
    assert rows[4].get("flag")          # text without a number across the row: kept, flagged, reported
    assert sum("dòng" in x and "Ô TT" in x for x in plan.import_report) == 1


def test_heading_on_two_lines(tmp_path):
    plan = _plan(tmp_path, [
        ("p", "I.", B), ("p", "MỤC ĐÍCH, YÊU CẦU", B), ("p", "Nội dung.", {}),
        ("p", "II. NHIỆM VỤ VÀ\nGIẢI PHÁP", B),                       # Shift+Enter inside the heading
        ("p", "1. Tuyên truyền\n- Nội dung một.\n- Nội dung hai.", {}),
        ("p", "2.", {}), ("p", "Nội dung khoản hai viết ở dòng sau.", {})])
    assert _outline(dump(plan)["sections"]) == [
        "I. MỤC ĐÍCH, YÊU CẦU", "  · text: Nội dung.",
        "II. NHIỆM VỤ VÀ GIẢI PHÁP", "  1. Tuyên truyền", "    · dash: Nội dung một.", "    · dash: Nội dung hai.",
        "  2. ", "    · text: Nội dung khoản hai viết ở dòng sau."]
    assert sum("nối lại" in x for x in plan.import_report) == 2


def test_letter_spaced_type_name_and_missing_type_line(tmp_path):
    head = [("p", "UBND HUYỆN VỊ XUYÊN", B), ("p", "Số:     /KH-UBND", {}),
            ("p", "Vị Xuyên, ngày    tháng   năm 2025", {"i": True})]
    body = [("p", "I. MỤC ĐÍCH", B), ("p", "Nội dung./.", {}),
            ("p", "Nơi nhận:", B), ("p", "- Như trên;", {}), ("p", "- Lưu: VT.", {}),
            ("p", "KT. CHỦ TỊCH", B), ("p", "PHÓ CHỦ TỊCH", B), ("p", "Nguyễn Văn An", B)]
    plan = _plan(tmp_path, body, head=head + [("p", "K Ế  H O Ạ C H", B), ("p", "Cải thiện chỉ số năm 2025", B)])
    assert (plan.meta.doc_type, plan.meta.title) == ("KẾ HOẠCH", "Cải thiện chỉ số năm 2025")
    assert plan.meta.agency == "UBND HUYỆN VỊ XUYÊN" and not plan.import_report
    # no type line at all: the body still starts at "I." (it all went into the agency and the preamble)
    plan = _plan(tmp_path, body, name="b.docx", head=head)
    d = dump(plan)
    assert plan.meta.agency == "UBND HUYỆN VỊ XUYÊN" and not plan.meta.preamble
    assert [s["title"] for s in d["sections"]] == ["MỤC ĐÍCH"] and d["recipients"] == ["- Như trên", "- Lưu: VT"]
    assert plan.signers[0].name == "Nguyễn Văn An"
    assert any("tên loại văn bản" in x for x in plan.import_report)
