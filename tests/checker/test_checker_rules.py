"""check-docx: each rule of Nghị định 30/2020 on a small document built here.

The document of ``checker_docbuild.spec()`` follows the decree: the checker
finds nothing in it.  Each test breaks one thing and expects the rule that
covers it (and no other rule) to speak.
"""
import checker_docbuild as B
import pytest

from core.checker import check_docx


def run(tmp_path, s, name="t.docx"):
    path = B.build(tmp_path / name, s)
    return check_docx(path)


def rules(report) -> set[str]:
    return {f.rule for f in report.findings}


def test_compliant_document_has_no_finding(tmp_path):
    r = run(tmp_path, B.spec())
    assert r.findings == []
    assert r.doc_type == "KẾ HOẠCH"


def test_compliant_document_with_two_appendices_has_no_finding(tmp_path):
    s = B.spec()
    s["appendices"] = [B.appendix("Phụ lục I"), B.appendix("Phụ lục II")]
    assert run(tmp_path, s).findings == []


# ------------------------------------------------------------- page setup ---
def test_paper_letter_is_not_a4(tmp_path):
    s = B.spec()
    s["sect"].update(w=12240, h=15840)
    assert rules(run(tmp_path, s)) == {"page.paper"}


def test_margins_outside_the_decree_ranges(tmp_path):
    s = B.spec()
    s["sect"].update(left=1701 - 200, top=1000)      # 26.5 mm left, 17.6 mm top
    r = run(tmp_path, s)
    assert rules(r) == {"page.margins"}
    f = r.findings[0]
    assert "trái" in f.vi and "trên" in f.vi and f.fixable and "I.3" in f.reference()


def test_margins_at_the_limits_pass(tmp_path):
    s = B.spec()
    s["sect"].update(top=1134, bottom=1418, left=1701, right=850)     # 20 / 25 / 30 / 15 mm
    assert run(tmp_path, s).findings == []


# ------------------------------------------------------------------ fonts ---
def test_font_other_than_times_new_roman(tmp_path):
    s = B.spec()
    s["body"][0]["font"] = "Arial"
    r = run(tmp_path, s)
    assert rules(r) == {"font.family"}
    assert "Arial" in r.findings[0].vi


def test_theme_font_is_resolved_from_the_theme(tmp_path):
    s = B.spec()
    s["doc_font"] = ("theme", "minorHAnsi")
    s["theme_minor"] = "Calibri"
    r = run(tmp_path, s)
    assert rules(r) == {"font.family"} and "Calibri" in r.findings[0].vi
    s["theme_minor"] = "Times New Roman"
    assert run(tmp_path, s, "t2.docx").findings == []


def test_coloured_text(tmp_path):
    s = B.spec()
    s["body"][1]["color"] = "FF0000"
    assert rules(run(tmp_path, s)) == {"font.color"}


# ------------------------------------------------------- national title ---
def test_national_title_not_bold_and_too_big(tmp_path):
    s = B.spec()
    s["national"].update(b=False, sz=14)
    assert rules(run(tmp_path, s)) == {"header.national.bold", "header.national.size"}


def test_motto_typed_without_spaced_hyphens(tmp_path):
    s = B.spec()
    s["motto"]["text"] = "Độc lập-Tự do-Hạnh phúc"
    assert rules(run(tmp_path, s)) == {"header.motto.text"}


def test_no_rule_under_the_motto(tmp_path):
    s = B.spec()
    s["motto_rule"] = []
    r = run(tmp_path, s)
    assert rules(r) == {"header.motto_rule"}
    assert r.findings[0].where.startswith("Độc lập")


def test_motto_underlined_counts_as_its_rule(tmp_path):
    s = B.spec()
    s["motto_rule"] = []
    s["motto"]["u"] = True
    assert run(tmp_path, s).findings == []


# ----------------------------------------------------------------- agency ---
def test_no_agency(tmp_path):
    s = B.spec()
    s["agency"] = []
    s["agency_rule"] = []
    assert rules(run(tmp_path, s)) == {"header.agency"}


def test_agency_not_bold_and_no_rule(tmp_path):
    s = B.spec()
    for p in s["agency"]:
        p["b"] = False
    s["agency_rule"] = []
    assert rules(run(tmp_path, s)) == {"header.agency.bold", "header.agency_rule"}


def test_parent_agency_regular_over_bold_agency_passes(tmp_path):
    s = B.spec()
    s["agency"][0].update(text="UBND TỈNH HÀ GIANG", b=False)
    s["agency"][1].update(text="SỞ NỘI VỤ", b=True)
    assert run(tmp_path, s).findings == []


def test_agency_in_lower_case(tmp_path):
    s = B.spec()
    s["agency"][1]["text"] = "Huyện Vị Xuyên"
    assert rules(run(tmp_path, s)) == {"header.agency.case"}


# ----------------------------------------------------------------- number ---
def test_so_at_14_pt(tmp_path):
    s = B.spec()
    s["number"]["sz"] = 14
    r = run(tmp_path, s)
    assert rules(r) == {"header.number.size"}
    assert "14" in r.findings[0].vi and "13" in r.findings[0].vi


@pytest.mark.parametrize("text,rule", [
    ("Số: 5/KH-UBND", "header.number.zero"),
    ("Số: 05 / KH-UBND", "header.number.spaces"),
    ("Số 05/KH-UBND", "header.number.colon"),
    ("Số: 05/KH - UBND", "header.number.hyphen"),
    ("Số: 05/KH-ubnd", "header.number.symbol_case"),
    ("Số: 05/BC-UBND", "header.number.type"),
])
def test_number_and_symbol_form(tmp_path, text, rule):
    s = B.spec()
    s["number"]["text"] = text
    assert rules(run(tmp_path, s)) == {rule}


def test_blank_number_of_a_draft_passes(tmp_path):
    s = B.spec()
    s["number"]["text"] = "Số:       /KH-UBND"
    assert run(tmp_path, s).findings == []


# ---------------------------------------------------------- place and date ---
@pytest.mark.parametrize("text,rule", [
    ("Vị Xuyên, ngày 5 tháng 01 năm 2021", "header.date.day"),
    ("Vị Xuyên, ngày 05 tháng 1 năm 2021", "header.date.month"),
    ("Vị Xuyên, ngày 15 tháng 05 năm 2021", "header.date.month"),
    ("Vị Xuyên ngày 05 tháng 01 năm 2021", "header.date.comma"),
    (", ngày 05 tháng 01 năm 2021", "header.date.place"),
])
def test_place_and_date_form(tmp_path, text, rule):
    s = B.spec()
    s["date"]["text"] = text
    assert rules(run(tmp_path, s)) == {rule}


def test_date_not_italic(tmp_path):
    s = B.spec()
    s["date"]["i"] = False
    assert rules(run(tmp_path, s)) == {"header.date.italic"}


def test_month_without_zero_from_march_passes(tmp_path):
    s = B.spec()
    s["date"]["text"] = "Vị Xuyên, ngày 31 tháng 5 năm 2021"
    assert run(tmp_path, s).findings == []


# ------------------------------------------------------------------ title ---
def test_subject_in_all_capitals_and_no_rule(tmp_path):
    s = B.spec()
    s["subject"][0]["text"] = s["subject"][0]["text"].upper()
    s["subject_rule"] = []
    assert rules(run(tmp_path, s)) == {"title.subject.case", "title.subject_rule"}


def test_subject_typed_as_body_text(tmp_path):
    s = B.spec()
    s["subject"][0].update(b=False, jc="both", first=567)
    assert rules(run(tmp_path, s)) == {"title.subject.bold", "title.subject.center"}


def test_doc_type_not_bold(tmp_path):
    s = B.spec()
    s["type"]["b"] = False
    assert rules(run(tmp_path, s)) == {"title.type.bold"}


# ------------------------------------------------------------------- body ---
def test_body_size_12(tmp_path):
    s = B.spec()
    s["body"][3]["sz"] = 12
    r = run(tmp_path, s)
    assert rules(r) == {"body.size"}
    assert r.findings[0].where.startswith("- Nâng cao")


def test_body_left_aligned(tmp_path):
    s = B.spec()
    s["body_default"]["jc"] = "left"
    r = run(tmp_path, s)
    assert rules(r) == {"body.justify"}
    assert r.findings[0].count == 3      # the paragraphs long enough to wrap


def test_body_without_first_line_indent(tmp_path):
    s = B.spec()
    s["body_default"]["first"] = 0
    r = run(tmp_path, s)
    assert rules(r) == {"body.indent"} and r.findings[0].count == 5


def test_body_indent_127_cm_passes(tmp_path):
    s = B.spec()
    s["body_default"]["first"] = 720
    assert run(tmp_path, s).findings == []


def test_body_paragraphs_closer_than_6_pt(tmp_path):
    s = B.spec()
    s["body_default"]["before"] = 60
    assert rules(run(tmp_path, s)) == {"body.spacing"}


def test_body_line_spacing_double(tmp_path):
    s = B.spec()
    s["body_default"]["line"] = 480
    assert rules(run(tmp_path, s)) == {"body.line"}


def test_body_format_from_a_based_on_style_chain(tmp_path):
    """The size comes from a style two levels up its basedOn chain: resolved as Word does."""
    s = B.spec()
    s["styles_extra"] = ('<w:style w:type="paragraph" w:styleId="Base"><w:name w:val="Base"/>'
                         '<w:rPr><w:sz w:val="24"/></w:rPr></w:style>'
                         '<w:style w:type="paragraph" w:styleId="Mid"><w:name w:val="Mid"/><w:basedOn w:val="Base"/>'
                         '</w:style>'
                         '<w:style w:type="paragraph" w:styleId="Leaf"><w:name w:val="Leaf"/><w:basedOn w:val="Mid"/>'
                         '<w:pPr><w:jc w:val="both"/></w:pPr></w:style>')
    s["body"][3]["style"] = "Leaf"
    r = run(tmp_path, s)
    assert rules(r) == {"body.size"} and "12" in r.findings[0].vi
    s["body"][3]["sz"] = 14              # direct formatting wins over the style
    assert run(tmp_path, s, "t2.docx").findings == []


def test_character_style_bold_toggles_against_paragraph_style(tmp_path):
    """Bold in the paragraph style and in the character style cancel out (Word's toggle rule)."""
    s = B.spec()
    s["styles_extra"] = ('<w:style w:type="paragraph" w:styleId="BoldPara"><w:name w:val="BoldPara"/>'
                         '<w:rPr><w:b/></w:rPr></w:style>'
                         '<w:style w:type="character" w:styleId="BoldChar"><w:name w:val="BoldChar"/>'
                         '<w:rPr><w:b/></w:rPr></w:style>')
    s["body"][1].update(b=None, style="BoldPara")          # "I. MỤC ĐÍCH, YÊU CẦU" bold through its style
    assert run(tmp_path, s).findings == []
    s["body"][1]["rstyle"] = "BoldChar"                     # … and cancelled by the character style
    assert rules(run(tmp_path, s, "t2.docx")) == {"headings.bold"}


# --------------------------------------------------------------- headings ---
def test_roman_heading_in_lower_case(tmp_path):
    s = B.spec()
    s["body"][1]["text"] = "I. Mục đích, yêu cầu:"
    assert rules(run(tmp_path, s)) == {"headings.case"}


def test_roman_heading_shown_in_capitals_by_caps_passes(tmp_path):
    s = B.spec()
    s["body"][1].update(text="I. Mục đích, yêu cầu", caps=True)
    assert run(tmp_path, s).findings == []


def test_roman_heading_with_a_dash(tmp_path):
    s = B.spec()
    s["body"][1]["text"] = "I - MỤC ĐÍCH, YÊU CẦU"
    assert rules(run(tmp_path, s)) == {"headings.form"}


def test_titled_clause_not_bold_is_a_warning(tmp_path):
    s = B.spec()
    s["body"][2]["b"] = False
    r = run(tmp_path, s)
    assert rules(r) == {"headings.khoan_bold"} and r.findings[0].severity == "warning"


# ---------------------------------------------------------------- closing ---
def test_no_closing_mark(tmp_path):
    s = B.spec()
    s["body"][-1]["text"] = s["body"][-1]["text"].replace("./.", ".")
    r = run(tmp_path, s)
    assert rules(r) == {"body.closing"} and r.findings[0].fixable


def test_text_after_closing_mark(tmp_path):
    s = B.spec()
    s["body"][-1]["text"] += " 14"
    r = run(tmp_path, s)
    assert rules(r) == {"body.after_closing"} and r.findings[0].severity == "warning"
    assert "“14”" in r.findings[0].vi


# ------------------------------------------------------------- recipients ---
def test_recipients_label_not_italic_and_list_at_13(tmp_path):
    s = B.spec()
    s["recipients_label"]["i"] = False
    for p in s["recipients"]:
        p["sz"] = 13
    assert rules(run(tmp_path, s)) == {"recipients.label.italic", "recipients.size"}


def test_luu_not_last(tmp_path):
    s = B.spec()
    s["recipients"].append(B.P("- Phòng Nội vụ;", sz=11, first=0))
    assert rules(run(tmp_path, s)) == {"recipients.luu_last"}


def test_luu_missing(tmp_path):
    s = B.spec()
    s["recipients"] = s["recipients"][:1]
    assert rules(run(tmp_path, s)) == {"recipients.luu"}


def test_luu_without_colon(tmp_path):
    s = B.spec()
    s["recipients"][-1]["text"] = "- Lưu VT, NV."
    assert rules(run(tmp_path, s)) == {"recipients.luu_colon"}


# -------------------------------------------------------------- signature ---
def test_signature_name_not_bold(tmp_path):
    s = B.spec()
    s["signature"][-1]["b"] = False
    assert rules(run(tmp_path, s)) == {"signature.name.bold"}


def test_signature_prefix_without_full_stop(tmp_path):
    s = B.spec()
    s["signature"][0]["text"] = "TM ỦY BAN NHÂN DÂN"
    assert rules(run(tmp_path, s)) == {"signature.prefix"}


def test_signature_empty_is_a_warning(tmp_path):
    s = B.spec()
    s["signature"] = []
    r = run(tmp_path, s)
    assert rules(r) == {"signature.empty"} and r.findings[0].severity == "warning"


def test_signature_with_honorific(tmp_path):
    s = B.spec()
    s["signature"][-1]["text"] = "Ông Nguyễn Văn A"
    assert rules(run(tmp_path, s)) == {"signature.honorific"}


# ----------------------------------------------------------- page numbers ---
def test_no_page_numbers(tmp_path):
    s = B.spec()
    s["page_header"] = None
    assert rules(run(tmp_path, s)) == {"page_numbers.missing"}


def test_page_numbers_in_the_footer(tmp_path):
    s = B.spec()
    s["page_header"]["where"] = "footer"
    assert rules(run(tmp_path, s)) == {"page_numbers.footer"}


def test_page_numbers_right_aligned_and_small(tmp_path):
    s = B.spec()
    s["page_header"].update(jc="right", sz=10)
    assert rules(run(tmp_path, s)) == {"page_numbers.center", "page_numbers.size"}


def test_page_number_on_page_one(tmp_path):
    s = B.spec()
    s["sect"]["titlePg"] = False
    assert rules(run(tmp_path, s)) == {"page_numbers.first"}


# ------------------------------------------------------------- appendices ---
def test_appendix_not_numbered_on_its_own(tmp_path):
    s = B.spec()
    s["appendices"] = [B.appendix("Phụ lục", own_section=False)]
    r = run(tmp_path, s)
    assert rules(r) == {"appendix.numbering"}
    assert not r.findings[0].fixable


def test_appendix_own_section_without_restart(tmp_path):
    s = B.spec()
    s["appendices"] = [B.appendix("Phụ lục", start=None)]
    r = run(tmp_path, s)
    assert rules(r) == {"appendix.numbering"} and r.findings[0].fixable


def test_appendix_label_in_capitals_and_arabic_numbers(tmp_path):
    s = B.spec()
    s["appendices"] = [B.appendix("PHỤ LỤC 1"), B.appendix("PHỤ LỤC 2")]
    assert rules(run(tmp_path, s)) == {"appendix.label.case", "appendix.label.number"}


def test_appendix_without_attachment_note(tmp_path):
    s = B.spec()
    ap = B.appendix("Phụ lục")
    ap["note"] = None
    s["appendices"] = [ap]
    assert rules(run(tmp_path, s)) == {"appendix.note"}


def test_appendix_title_not_bold(tmp_path):
    s = B.spec()
    ap = B.appendix("Phụ lục")
    ap["title"][0]["b"] = False
    s["appendices"] = [ap]
    assert rules(run(tmp_path, s)) == {"appendix.title.bold"}


# ----------------------------------------------------------- every finding ---
def test_every_finding_is_bilingual_and_cites_the_decree(tmp_path):
    s = B.spec()
    s["page_header"] = None
    s["motto_rule"] = []
    s["number"]["sz"] = 14
    s["date"]["text"] = "Vị Xuyên, ngày 5 tháng 1 năm 2021"
    r = run(tmp_path, s)
    assert len(r.findings) >= 4
    for f in r.findings:
        assert f.message("vi") and f.message("en") and f.message("vi") != f.message("en")
        assert "30/2020" in f.reference("vi") and "30/2020" in f.reference("en")
        d = f.to_dict("en")
        assert d["message"] == f.en and d["where"]


def test_national_title_column_too_narrow_for_one_line(tmp_path):
    import checker_docbuild
    s = B.spec()
    orig = checker_docbuild._table
    # the fixtures' header: two equal columns of 4677 twips (8.25 cm) — the 13 pt bold title wraps
    checker_docbuild._table = lambda rows, widths=(4677, 4677): orig(rows, widths)
    try:
        r = run(tmp_path, s)
    finally:
        checker_docbuild._table = orig
    assert rules(r) == {"header.national.one_line"}
    assert "7.9 cm" in r.findings[0].vi
