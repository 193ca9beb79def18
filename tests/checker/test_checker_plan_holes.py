"""Part 1 of issue 16: the holes of a plan before export (core.plancheck.check_plan), with the
fixes it offers; the export's notes are these messages (one list, not two)."""
import glob
import os
import subprocess
import sys

import pytest

from core.export import notes
from core.model import Appendix, Paragraph, Row, Run, Signer
from core.plancheck import check_plan, sentence_case
from core.templates import plan_from_template

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FIXTURES = "/work/shared/fixtures"


def complete_plan():
    plan = plan_from_template("papi", agency="huyện Vị Xuyên", year="2026", place="Vị Xuyên")
    for p in plan.meta.preamble:
        for r in p.runs:
            r.text = r.text.replace("…", "Quyết định số 12/QĐ-UBND")
    for s in plan.walk():
        for r in list(s.title) + [r for p in list(s.body) + list(s.tail) for r in p.runs]:
            r.text = r.text.replace("…", "nội dung")
    for r in plan.recipients:
        r.text = r.text.replace("…", "VP")
    plan.meta.title = plan.meta.title.replace("…", "huyện")
    for s in plan.signers:
        s.name = "Nguyễn Văn A"
    return plan


def codes(plan):
    return [h.code for h in check_plan(plan)]


def test_a_complete_plan_has_no_hole():
    plan = complete_plan()
    assert check_plan(plan) == [] and notes(plan) == []


def test_no_agency_suggested_from_the_opening_paragraph():
    plan = complete_plan()
    plan.meta.agency = ""
    plan.meta.preamble = [Paragraph.plain("Thực hiện Quyết định số 12/QĐ-UBND của UBND tỉnh Hà Giang, UBND huyện "
                                          "Vị Xuyên xây dựng Kế hoạch nâng cao chỉ số PAPI năm 2026 như sau:")]
    (h,) = check_plan(plan)
    assert h.code == "agency.missing" and h.severity == "error" and h.where == {"kind": "meta", "field": "agency"}
    assert h.fix == {"field": "agency", "value": "ỦY BAN NHÂN DÂN\nHUYỆN VỊ XUYÊN",
                     "full": "Ủy ban nhân dân huyện Vị Xuyên"}
    assert "ỦY BAN NHÂN DÂN / HUYỆN VỊ XUYÊN" in h.vi and "Suggested" in h.en


def test_agency_name_found_elsewhere_when_the_preamble_says_only_the_unit():
    plan = complete_plan()
    plan.meta.agency = ""
    plan.meta.title = "Nâng cao chỉ số PAPI trên địa bàn huyện Hướng Hóa năm 2020"
    plan.meta.preamble = [Paragraph.plain("Căn cứ …, UBND huyện xây dựng Kế hoạch nâng cao chỉ số như sau:")]
    h = next(h for h in check_plan(plan) if h.code == "agency.missing")
    assert h.fix["value"] == "ỦY BAN NHÂN DÂN\nHUYỆN HƯỚNG HÓA"


def test_department_as_agency():
    plan = complete_plan()
    plan.meta.agency = ""
    plan.meta.preamble = [Paragraph.plain("Thực hiện Kế hoạch số 59/KH-UBND; Ban Dân tộc xây dựng Kế hoạch năm 2021.")]
    assert check_plan(plan)[0].fix["value"] == "BAN DÂN TỘC"


def test_no_place_suggested_from_the_agency():
    plan = complete_plan()
    plan.meta.place = ""
    (h,) = check_plan(plan)
    assert h.code == "place.missing" and h.fix == {"field": "place", "value": "Vị Xuyên"}
    assert "dấu phẩy" in h.vi


def test_blank_number_named_by_the_appendix_line():
    plan = complete_plan()
    plan.meta.number = ""
    plan.appendices[0].attachment = "(Ban hành kèm theo Kế hoạch số: 165/ KH-UBND ngày 05/7/2023 của UBND huyện)"
    (h,) = check_plan(plan)
    assert h.code == "number.blank" and h.severity == "error" and h.fix == {"field": "number", "value": "165"}
    plan.meta.number = "165"
    assert check_plan(plan) == []


def test_appendix_lines_naming_different_numbers():
    plan = complete_plan()
    plan.meta.number = "154"
    plan.appendices.append(Appendix(title="B"))
    plan.appendices[0].attachment = "(Kèm theo Kế hoạch số 154 /KH-UBND ngày 31 tháng 5 năm 2021 của UBND huyện)"
    plan.appendices[1].attachment = "(Kèm theo Kế hoạch số 145/KH-UBND ngày 31 tháng 5 năm 2021 của UBND huyện)"
    assert "attachment.numbers" in codes(plan)


def test_damaged_signer_title_gets_the_nearest_known_one():
    plan = complete_plan()
    plan.signers = [Signer(prefix="TM.", collective="ỦY BAN NHÂN DÂN", lines=["KT. CHỦ TỊ", "PHÓ CHỦ TỊCH"],
                           name="Nguyễn Văn A")]
    (h,) = check_plan(plan)
    assert h.code == "signer.title" and h.fix["value"] == "KT. CHỦ TỊCH" and h.where["line"] == 1
    assert "KT. CHỦ TỊ" in h.vi and "Did you mean" in h.en


def test_signer_prefix_without_full_stop():
    plan = complete_plan()
    plan.signers = [Signer(prefix="", lines=["KT CHỦ TỊCH", "PHÓ CHỦ TỊCH"], name="Nguyễn Văn A")]
    (h,) = check_plan(plan)
    assert h.code == "signer.prefix" and h.fix["value"] == "KT. CHỦ TỊCH"


def test_no_signer_and_signer_without_name_keep_the_export_notes():
    plan = complete_plan()
    plan.signers[0].name = ""
    assert notes(plan) == ["Chưa ghi họ tên người ký."]
    plan.signers = []
    assert notes(plan, "en") == ["The plan has no signer: the signature block will be empty."]


def test_title_in_capitals_offers_sentence_case_keeping_names():
    plan = complete_plan()
    plan.meta.preamble = [Paragraph.plain("Ủy ban nhân dân huyện Vị Xuyên ban hành Kế hoạch nâng cao chỉ số PAPI "
                                          "trên địa bàn huyện Vị Xuyên.")]
    plan.meta.title = "NÂNG CAO CHỈ SỐ HIỆU QUẢ QUẢN TRỊ VÀ HÀNH CHÍNH CÔNG CẤP TỈNH (PAPI) TRÊN ĐỊA BÀN HUYỆN VỊ XUYÊN"
    (h,) = check_plan(plan)
    assert h.code == "title.caps"
    assert h.fix["value"] == ("Nâng cao chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) trên địa bàn "
                              "huyện Vị Xuyên")
    assert plan.meta.title.isupper()            # suggested, never applied by the check


def test_sentence_case_keeps_acronyms_the_text_writes_in_capitals():
    plan = complete_plan()
    plan.meta.preamble = [Paragraph.plain("Thực hiện chương trình CCHC của UBND tỉnh Quảng Trị.")]
    assert sentence_case("KẾ HOẠCH CCHC TỈNH QUẢNG TRỊ NĂM 2021", plan) == "Kế hoạch CCHC tỉnh Quảng Trị năm 2021"
    assert sentence_case("TRIỂN KHAI NGHỊ QUYẾT SỐ 02-NQ/BCSD NĂM 2023", plan) == \
        "Triển khai Nghị quyết số 02-NQ/BCSD năm 2023"


def test_template_gaps_and_text_after_closing_mark():
    plan = complete_plan()
    plan.recipients[0].text = "- …;"
    last = list(plan.walk())[-1]
    target = (last.tail or last.body)
    target[-1].runs = [Run("Tổ chức thực hiện./. 14")]
    got = codes(plan)
    assert got == ["template.gaps", "closing.tail"]
    assert any("chỗ có dấu “…”" in n and "Nơi nhận" in n for n in notes(plan))


def _table(plan, tts):
    app = plan.appendices[0]
    tt = app.col("tt")
    task = app.col("task")
    app.rows = [Row(kind="task", cells={tt.id: v, task.id: "việc"}, label=v if v.isdigit() else "") for v in tts]
    return app


def test_sentence_in_the_tt_column():
    plan = complete_plan()
    _table(plan, ["1", "Đối với nước sinh hoạt nông thôn", "2"])
    hs = [h for h in check_plan(plan) if h.code == "table.tt_sentence"]
    assert len(hs) == 1 and "một chữ một dòng" not in hs[0].vi and "mỗi chữ một dòng" in hs[0].vi
    assert hs[0].where["kind"] == "appendix" and hs[0].where["row"]


def test_numbering_gap_and_repeat():
    plan = complete_plan()
    _table(plan, ["14", "15", "17", "23", "23"])
    got = [h for h in check_plan(plan) if h.code.startswith("table.numbering")]
    assert [h.code for h in got] == ["table.numbering_gap", "table.numbering_gap", "table.numbering_repeat"]
    assert "15 sang 17" in got[0].vi and "“23”" in got[2].vi


@pytest.mark.skipif(not os.path.isdir(FIXTURES), reason="shared fixtures not present")
def test_imported_fixtures_list_their_holes_with_fixes():
    from core.importers import import_docx
    got = {os.path.basename(f)[:3]: check_plan(import_docx(f)) for f in sorted(glob.glob(FIXTURES + "/*.docx"))}
    fix = {k: {h.code: (h.fix or {}).get("value") for h in v} for k, v in got.items()}
    assert fix["000"]["agency.missing"] == "BAN DÂN TỘC"
    assert fix["001"]["agency.missing"] == "ỦY BAN NHÂN DÂN\nHUYỆN HƯỚNG HÓA"
    assert fix["001"]["place.missing"] == "Hướng Hóa"
    assert fix["002"]["number.blank"] == "165" and "table.numbering_gap" in fix["002"]
    assert fix["003"]["signer.title"] == "KT. CHỦ TỊCH"
    assert fix["004"]["agency.missing"] == "ỦY BAN NHÂN DÂN\nHUYỆN VỊ XUYÊN" and "table.tt_sentence" in fix["004"]


def test_cli_export_prints_the_holes_and_their_count(tmp_path):
    sample = os.path.join(ROOT, "resources", "samples", "002_4ddd967f79e7422c.sqlite")
    p = subprocess.run([sys.executable, os.path.join(ROOT, "main.py"), "export", sample, "--docx",
                        str(tmp_path / "kh.docx")], capture_output=True, text=True, encoding="utf-8", cwd=ROOT)
    assert p.returncode == 0 and (tmp_path / "kh.docx").exists()
    assert "số thứ tự nhảy từ 15 sang 17" in p.stderr and "Còn 2 vấn đề cần xem trước khi in." in p.stderr


def test_fix_fields_say_what_the_suggestion_changes():
    from core.plancheck import fix_fields
    plan = complete_plan()
    plan.meta.agency = ""
    plan.meta.place = ""
    plan.meta.preamble = [Paragraph.plain("UBND huyện Vị Xuyên xây dựng Kế hoạch như sau:")]
    plan.signers = [Signer(prefix="TM.", collective="ỦY BAN NHÂN DÂN", lines=["KT. CHỦ TỊ", "PHÓ CHỦ TỊCH"],
                           name="Nguyễn Văn A")]
    got = {h.code: fix_fields(plan, h) for h in check_plan(plan)}
    assert got["agency.missing"] == ("meta", None, {"agency": "ỦY BAN NHÂN DÂN\nHUYỆN VỊ XUYÊN",
                                                    "agency_full": "Ủy ban nhân dân huyện Vị Xuyên"})
    assert got["place.missing"] == ("meta", None, {"place": "Vị Xuyên"})
    assert got["signer.title"] == ("signer", plan.signers[0].id, {"lines": ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]})
    # applied, the holes are gone
    for kind, sid, fields in got.values():
        target = plan.meta if kind == "meta" else plan.signers[0]
        for k, v in fields.items():
            setattr(target, k, v)
    assert check_plan(plan) == []


def test_every_hole_points_at_its_place():
    plan = complete_plan()
    plan.recipients[0].text = "- …;"
    list(plan.walk())[3].body.append(Paragraph.plain("Việc …"))
    h = next(h for h in check_plan(plan) if h.code == "template.gaps")
    assert h.where["kind"] == "section" and plan.find_section(h.where["id"]) is list(plan.walk())[3]


@pytest.mark.skipif(not os.path.isdir(FIXTURES), reason="shared fixtures not present")
def test_import_report_suggests_the_agency_without_filling_it_in():
    from core.importers import import_docx
    plan = import_docx(glob.glob(FIXTURES + "/004_*.docx")[0])
    assert plan.meta.agency == ""
    assert any("Đoạn mở đầu gợi ý: “ỦY BAN NHÂN DÂN / HUYỆN VỊ XUYÊN”" in r for r in plan.import_report)
