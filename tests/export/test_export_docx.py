"""Word export: golden files, the decree's layout rules, safe writing.

Golden files (tests/golden/export_small_*.xml) are the pretty-printed
document.xml, styles.xml and section settings of a small generated plan.
Nothing volatile is in them (the only timestamp lives in docProps/core.xml,
which is not compared); to accept an intended change run
``UPDATE_GOLDEN=1 .venv/bin/pytest tests/export/test_export_docx.py`` and review the diff.
"""
import os
import sys
import zipfile

import pytest
from lxml import etree

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, ROOT)

from bench.gen_plan import gen_plan  # noqa: E402
from core.errors import PlanError  # noqa: E402
from core.export import docx as D  # noqa: E402
from core.export import export_docx, walk  # noqa: E402
from core.model import Signer  # noqa: E402

GOLDEN = os.path.join(ROOT, "tests", "golden")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
NSM = {"w": W[1:-1]}


def small_plan():
    return gen_plan(n_tasks=6, n_khoan=1)


def read_parts(path):
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist()}


def pretty(xml: bytes) -> str:
    return etree.tostring(etree.fromstring(xml), pretty_print=True, encoding="unicode")


def sections(doc_xml: bytes) -> str:
    root = etree.fromstring(doc_xml)
    out = [etree.tostring(s, pretty_print=True, encoding="unicode") for s in root.iter(W + "sectPr")]
    return "".join(out)


def check_golden(name: str, text: str):
    path = os.path.join(GOLDEN, name)
    if os.environ.get("UPDATE_GOLDEN") or not os.path.exists(path):
        os.makedirs(GOLDEN, exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        if not os.environ.get("UPDATE_GOLDEN"):
            pytest.fail(f"golden file {name} was missing and has been written; review and commit it")
    with open(path, encoding="utf-8") as f:
        expected = f.read()
    if text != expected:
        import difflib
        diff = "".join(list(difflib.unified_diff(expected.splitlines(True), text.splitlines(True),
                                                 "golden", "now", n=1))[:60])
        pytest.fail(f"{name} differs from the golden file:\n{diff}")


@pytest.fixture(scope="module")
def small_docx(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("docx") / "small.docx")
    export_docx(small_plan(), path)
    return read_parts(path)


def test_golden_document(small_docx):
    check_golden("export_small_document.xml", pretty(small_docx["word/document.xml"]))


def test_golden_styles(small_docx):
    check_golden("export_small_styles.xml", pretty(small_docx["word/styles.xml"]))


def test_golden_sections(small_docx):
    check_golden("export_small_sections.xml", sections(small_docx["word/document.xml"]))


def test_package_opens_with_python_docx(tmp_path):
    import docx
    path = str(tmp_path / "p.docx")
    export_docx(small_plan(), path)
    d = docx.Document(path)
    names = {p.style.name for p in d.paragraphs}
    assert {"KH Mục (I.)", "KH Khoản (1.)", "KH Điểm (a))", "KH Gạch đầu dòng (-)", "KH Dấu cộng (+)",
            "KH Đoạn văn"} <= names
    assert len(d.sections) == 2
    xml = read_parts(path)["word/document.xml"].decode()
    assert 'w:top="1418" w:right="1134" w:bottom="1134" w:left="1985" w:header="567"' in xml
    s0, s1 = d.sections
    assert (s0.page_width, s0.page_height) == (D.PORTRAIT[0] * 635, D.PORTRAIT[1] * 635)
    assert round(s0.top_margin.mm) == 25 and round(s0.bottom_margin.mm) == 20
    assert round(s0.left_margin.mm) == 35 and round(s0.right_margin.mm) == 20
    assert s1.page_width > s1.page_height            # a 7-column appendix goes landscape
    assert s0.different_first_page_header_footer and s1.different_first_page_header_footer


def test_every_run_is_times_new_roman_and_text_is_vietnamese(small_docx):
    root = etree.fromstring(small_docx["word/document.xml"])
    runs = list(root.iter(W + "r"))
    assert len(runs) > 50
    for r in runs:
        f = r.find(f"{W}rPr/{W}rFonts")
        assert f is not None, etree.tostring(r)
        for a in ("ascii", "hAnsi", "eastAsia", "cs"):
            assert f.get(W + a) == "Times New Roman"
    styles = etree.fromstring(small_docx["word/styles.xml"])
    lang = styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang")
    assert lang.get(W + "val") == "vi-VN"
    settings = etree.fromstring(small_docx["word/settings.xml"])
    assert settings.find(f"{W}themeFontLang").get(W + "val") == "vi-VN"


def test_page_numbers_from_page_two_and_restart_per_appendix(small_docx):
    h1 = small_docx["word/header1.xml"].decode()
    h2 = small_docx["word/header2.xml"].decode()
    assert " PAGE " in h1 and "PAGE" not in h2
    root = etree.fromstring(small_docx["word/document.xml"])
    sects = list(root.iter(W + "sectPr"))
    assert all(s.find(W + "titlePg") is not None for s in sects)
    refs = [{h.get(W + "type") for h in s.findall(W + "headerReference")} for s in sects]
    assert all(r == {"default", "first"} for r in refs)
    assert sects[0].find(W + "pgNumType") is None
    assert sects[1].find(W + "pgNumType").get(W + "start") == "1"
    jc = etree.fromstring(small_docx["word/header1.xml"]).find(f".//{W}pStyle")
    assert jc.get(W + "val") == "KHPageNum"


def test_body_style_rules(small_docx):
    styles = etree.fromstring(small_docx["word/styles.xml"])
    body = styles.find(f"{W}style[@{W}styleId='KHBody']")
    sp = body.find(f"{W}pPr/{W}spacing")
    assert int(sp.get(W + "before")) >= 120
    assert 240 <= int(sp.get(W + "line")) <= 360 and sp.get(W + "lineRule") == "auto"
    assert body.find(f"{W}pPr/{W}jc").get(W + "val") == "both"
    assert body.find(f"{W}pPr/{W}ind").get(W + "firstLine") in ("567", "720")
    for sid, bold in (("KHMuc", True), ("KHKhoan", True), ("KHDiem", False), ("KHDash", False)):
        st = styles.find(f"{W}style[@{W}styleId='{sid}']")
        assert (st.find(f"{W}rPr/{W}b") is not None) == bold, sid
        assert st.find(f"{W}basedOn").get(W + "val") == "KHBody"
    nn = styles.find(f"{W}style[@{W}styleId='KHNoiNhan']/{W}rPr")
    assert nn.find(W + "b") is not None and nn.find(W + "i") is not None
    assert nn.find(W + "sz").get(W + "val") == "24"
    rc = styles.find(f"{W}style[@{W}styleId='KHRecipient']/{W}rPr/{W}sz")
    assert rc.get(W + "val") == "22"


def _paras(doc_xml: bytes):
    root = etree.fromstring(doc_xml)
    out = []
    for p in root.iter(W + "p"):
        st = p.find(f"{W}pPr/{W}pStyle")
        out.append((st.get(W + "val") if st is not None else "",
                    "".join(t.text or "" for t in p.iter(W + "t"))))
    return out


def test_header_lines_and_rules(small_docx):
    ps = _paras(small_docx["word/document.xml"])
    texts = [t for _, t in ps]
    assert "Số: 05/KH-UBND" in texts                               # leading zero on the number
    assert "Vị Xuyên, ngày 03 tháng 02 năm 2021" in texts           # day < 10 and February: leading zeros
    assert texts.index("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") + 1 == texts.index("Độc lập - Tự do - Hạnh phúc")
    root = etree.fromstring(small_docx["word/document.xml"])
    first_tbl = root.find(f"{W}body/{W}tbl")
    cells = first_tbl.findall(f"{W}tr/{W}tc")
    # the motto rule: exactly as long as the motto text at 14 pt bold
    right_w = int(cells[1].find(f"{W}tcPr/{W}tcW").get(W + "w"))
    rule = [p for p in cells[1].iter(W + "p") if p.find(f"{W}pPr/{W}pBdr") is not None][0]
    ind = rule.find(f"{W}pPr/{W}ind")
    length = right_w - int(ind.get(W + "left")) - int(ind.get(W + "right"))
    motto_tw = walk.text_width("Độc lập - Tự do - Hạnh phúc", 14, True) * 20
    assert abs(length - motto_tw) <= 1
    # the agency rule: 1/3–1/2 of the agency name
    left_w = int(cells[0].find(f"{W}tcPr/{W}tcW").get(W + "w"))
    rule = [p for p in cells[0].iter(W + "p") if p.find(f"{W}pPr/{W}pBdr") is not None][0]
    ind = rule.find(f"{W}pPr/{W}ind")
    length = left_w - int(ind.get(W + "left")) - int(ind.get(W + "right"))
    agency_tw = walk.text_width("HUYỆN VỊ XUYÊN", 13, True) * 20
    assert agency_tw / 3 <= length <= max(agency_tw, walk.text_width("ỦY BAN NHÂN DÂN", 13, True) * 20) / 2
    # borderless header table
    assert first_tbl.find(f"{W}tblPr/{W}tblBorders/{W}top").get(W + "val") == "nil"


def test_body_order_numbering_and_end_mark(small_docx):
    ps = [(s, t) for s, t in _paras(small_docx["word/document.xml"]) if s.startswith("KH") and
          s in {v[0] for v in D.BODY_STYLES.values()}]
    # the title keeps the clerk's wording; capitals come from the style (All caps)
    assert ps[1] == ("KHMuc", "I. Mục đích, yêu cầu")
    styles = etree.fromstring(small_docx["word/styles.xml"])
    muc = next(st for st in styles.iter(W + "style") if st.get(W + "styleId") == "KHMuc")
    assert muc.find(f"{W}rPr/{W}caps") is not None
    assert ps[2] == ("KHKhoan", "1. Mục đích")
    assert ps[3][0] == "KHDash" and ps[3][1].startswith("- ")
    assert ("KHDiem", "a) Nội dung thành phần 1") in ps
    assert any(s == "KHPlus" and t.startswith("+ ") for s, t in ps)
    assert ("KBody", "") not in ps
    assert ps[-1][1].endswith("thực hiện./.")
    assert ("KHBody", "1. Các cơ quan, đơn vị căn cứ Kế hoạch này xây dựng kế hoạch cụ thể.") in ps


def test_inline_bold_italic_kept(small_docx):
    root = etree.fromstring(small_docx["word/document.xml"])
    found_i = found_b = False
    for r in root.iter(W + "r"):
        t = "".join(x.text or "" for x in r.iter(W + "t"))
        if t == "căn cứ tình hình thực tế":
            found_i = r.find(f"{W}rPr/{W}i") is not None
        if t == "Nhiệm vụ trọng tâm: ":
            found_b = r.find(f"{W}rPr/{W}b") is not None
    assert found_i and found_b


def test_signature_and_recipients(small_docx):
    ps = _paras(small_docx["word/document.xml"])
    texts = [t for _, t in ps]
    i = texts.index("Nơi nhận:")
    rec = [t for s, t in ps[i + 1:] if s == "KHRecipient"]
    assert rec[0] == "- UBND tỉnh;" and rec[-1] == "- Lưu: VT."
    signer = [t for s, t in ps if s == "KHSigner" and t]
    assert signer == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Hoàng Thanh Tịnh"]


def test_recipient_lines_rules():
    got = walk.recipient_lines(["- Lưu: VT, NV", "UBND tỉnh", "- Sở Nội vụ;", "Các phòng,"])
    assert got == ["- UBND tỉnh;", "- Sở Nội vụ;", "- Các phòng,", "- Lưu: VT, NV."]
    assert walk.recipient_lines([])[-1] == "- Lưu: VT."


def test_two_signers_side_by_side(tmp_path):
    plan = small_plan()
    plan.signers.append(Signer(prefix="TM.", collective="Ban Thường vụ Huyện đoàn", lines=["Bí thư"],
                               name="Nguyễn Văn B"))
    path = str(tmp_path / "two.docx")
    export_docx(plan, path)
    root = etree.fromstring(read_parts(path)["word/document.xml"])
    tbls = root.findall(f"{W}body/{W}tbl")
    sig = tbls[1]
    first_row = sig.find(f"{W}tr")
    cells = first_row.findall(f"{W}tc")
    texts = [["".join(t.text or "" for t in p.iter(W + "t")) for p in c.iter(W + "p")] for c in cells]
    assert texts[0][0] == "TM. ỦY BAN NHÂN DÂN" and "Hoàng Thanh Tịnh" in texts[0]
    assert texts[1][0] == "TM. BAN THƯỜNG VỤ HUYỆN ĐOÀN" and "Nguyễn Văn B" in texts[1]


def test_appendix_table_structure(small_docx):
    root = etree.fromstring(small_docx["word/document.xml"])
    tbl = root.findall(f"{W}body/{W}tbl")[-1]
    rows = tbl.findall(f"{W}tr")
    # two header rows, both repeated; "Phân công trách nhiệm" spans lead + support
    assert all(r.find(f"{W}trPr/{W}tblHeader") is not None for r in rows[:2])
    assert rows[2].find(f"{W}trPr/{W}tblHeader") is None
    top = rows[0].findall(f"{W}tc")
    spans = [(("".join(t.text or "" for t in c.iter(W + "t"))),
              int(c.find(f"{W}tcPr/{W}gridSpan").get(W + "val")) if c.find(f"{W}tcPr/{W}gridSpan") is not None else 1)
             for c in top]
    assert ("Phân công trách nhiệm", 2) in spans
    bottom = ["".join(t.text or "" for t in c.iter(W + "t")) for c in rows[1].findall(f"{W}tc")]
    assert "Chủ trì" in bottom and "Phối hợp" in bottom
    # group row merged across the width
    g = rows[2].findall(f"{W}tc")
    assert len(g) == 2 and g[1].find(f"{W}tcPr/{W}gridSpan").get(W + "val") == "6"
    assert "".join(t.text for t in g[0].iter(W + "t")) == "I"
    # all rows keep together; column widths: TT narrow, task wide
    assert all(r.find(f"{W}trPr/{W}cantSplit") is not None for r in rows)
    grid = [int(c.get(W + "w")) for c in tbl.findall(f"{W}tblGrid/{W}gridCol")]
    assert grid[0] == min(grid) and grid[2] == max(grid)


def test_blank_number_and_partial_date():
    plan = small_plan()
    plan.meta.number = ""
    plan.meta.issue_date = ""
    plan.meta.date_text = "ngày      tháng 6 năm 2021"
    doc = walk.build(plan)
    assert doc.header.number_line == "Số:       /KH-UBND"
    assert doc.header.place_date == "Vị Xuyên, ngày      tháng 6 năm 2021"
    assert "Số:       /KH-UBND" in D.document_xml(doc)


def test_page_overrides_clamped_to_decree_ranges(tmp_path):
    plan = small_plan()
    plan.meta.page = {"top": 22, "left": 50, "right": "x", "line_spacing": 1.3}
    doc = walk.build(plan)
    assert (doc.setup.top, doc.setup.left, doc.setup.right, doc.setup.line_spacing) == (22, 35, 20, 1.3)
    assert len(doc.setup.notes) == 2
    xml = D.document_xml(doc)
    assert 'w:top="1248"' in xml and 'w:left="1985"' in xml


def test_failed_export_leaves_no_file(tmp_path, monkeypatch):
    target = tmp_path / "out.docx"
    target.write_bytes(b"previous version")

    def boom(doc, f, progress=None):
        f.write(b"half")
        raise RuntimeError("disk trouble")
    monkeypatch.setattr(D, "write", boom)
    with pytest.raises(RuntimeError):
        export_docx(small_plan(), str(target))
    assert target.read_bytes() == b"previous version"
    assert sorted(os.listdir(tmp_path)) == ["out.docx"]


def test_locked_target_gets_a_clear_message(tmp_path):
    target = tmp_path / "out.docx"
    target.write_bytes(b"open in Word")
    (tmp_path / "~$out.docx").write_bytes(b"owner")
    with pytest.raises(PlanError) as e:
        export_docx(small_plan(), str(target))
    assert "đang được mở" in e.value.message("vi") and "open in another program" in e.value.message("en")
    assert target.read_bytes() == b"open in Word"


def test_progress_and_iter_export(tmp_path):
    from core.export import iter_export
    seen = []
    export_docx(gen_plan(n_tasks=1200), str(tmp_path / "p.docx"), seen.append)
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen) and len(seen) >= 4
    fr = list(iter_export(small_plan(), str(tmp_path / "q.pdf"), "pdf"))
    assert fr[0] == 0.0 and fr[-1] == 1.0
    with pytest.raises(PlanError):
        list(iter_export(small_plan(), str(tmp_path / "q.odt"), "odt"))


def test_cli_export(tmp_path):
    from core.cli import run
    from core.store.planfile import save_plan
    src = str(tmp_path / "p.sqlite")
    save_plan(small_plan(), src)
    out_d, out_p = str(tmp_path / "o.docx"), str(tmp_path / "o.pdf")
    assert run(["export", src, "--docx", out_d, "--pdf", out_p]) == 0
    assert zipfile.is_zipfile(out_d) and open(out_p, "rb").read(5) == b"%PDF-"
    assert run(["export", src]) == 2


def test_end_mark_added_once():
    from core.export.walk import Para, _close_body
    for runs, want in (([("Thực hiện.", False, False)], "Thực hiện./."),
                       ([("Thực hiện", False, False)], "Thực hiện./."),
                       ([("Thực hiện./.", False, False)], "Thực hiện./."),
                       ([("Thực hiện./. ", False, False), ("da", False, True)], "Thực hiện./. da")):
        body = [Para("body", list(runs))]
        _close_body(body)
        assert body[0].text == want


def test_the_gui_exporters_are_one_mapping_of_plain_functions(tmp_path):
    from core.export import EXPORTERS
    assert sorted(EXPORTERS) == ["docx", "pdf", "xlsx"]
    for kind, fn in EXPORTERS.items():
        fn(small_plan(), str(tmp_path / f"g.{kind}"))
    assert zipfile.is_zipfile(tmp_path / "g.docx") and (tmp_path / "g.pdf").read_bytes()[:5] == b"%PDF-"
    assert "xl/workbook.xml" in zipfile.ZipFile(tmp_path / "g.xlsx").namelist()


def test_last_body_paragraph_keeps_with_the_signature(small_docx):
    """A page holding only Nơi nhận and the signature is not acceptable: the
    paragraph ending in "./." keeps with the signature table."""
    body = etree.fromstring(small_docx["word/document.xml"]).find(W + "body")
    kids = list(body)
    sig = [k for k, el in enumerate(kids) if el.tag == W + "tbl"][1]
    last = kids[sig - 1]
    assert last.tag == W + "p" and "".join(last.itertext()).endswith("./.")
    assert last.find(f"{W}pPr/{W}keepNext") is not None
    # only that one: ordinary body paragraphs flow freely
    keeps = [p for p in kids[:sig] if p.tag == W + "p" and p.find(f"{W}pPr/{W}keepNext") is not None]
    assert keeps == [last]


def test_date_without_its_day_keeps_room_to_write_it():
    """Seeds 000 and 003 were typed "ngày tháng 01 năm 2021": the day is written
    by hand after signing, so the printed line keeps a blank as wide as the
    one the app prints for a date not yet chosen."""
    plan = small_plan()
    plan.meta.number = ""
    plan.meta.date_text = "ngày tháng 6 năm 2021"
    plan.appendices[0].attachment = ""
    doc = walk.build(plan)
    assert doc.header.place_date == "Vị Xuyên, ngày      tháng 6 năm 2021"
    assert "ngày      tháng 6 năm 2021 của" in doc.appendices[0].attachment
    assert "Vị Xuyên, ngày      tháng 6 năm 2021" in D.document_xml(doc)
    plan.meta.date_text = "ngày tháng năm 2021"
    assert walk.build(plan).header.place_date == "Vị Xuyên, ngày      tháng      năm 2021"
    # a full date and a date with its blanks already open are left as written
    for t in ("ngày 04 tháng 8 năm 2023", "ngày      tháng 6 năm 2021", "ngày          tháng 6 năm 2021"):
        plan.meta.date_text = t
        assert walk.build(plan).header.place_date == "Vị Xuyên, " + t


@pytest.mark.parametrize("keys,choice,expect", [
    (["tt", "task", "lead", "support", "deadline"], None, True),    # seed 002's shape: landscape, as the office typed it
    (["tt", "index", "task", "target", "lead", "support", "deadline"], None, True),
    (["tt", "task", "deadline"], None, False),                       # a narrow list stays portrait
    (["task", "lead", "deadline"], None, False),
    (["tt", "task", "lead", "support", "deadline"], False, False),  # the clerk's choice wins
    (["tt", "task", "deadline"], True, True),
])
def test_appendix_orientation(keys, choice, expect):
    from core.model import Appendix, Column, Plan
    app = Appendix(title="PHỤ LỤC", columns=[Column(key=k, title=k) for k in keys], landscape=choice)
    doc = walk.build(Plan(appendices=[app]))
    assert doc.appendices[0].landscape is expect


def test_long_title_lines_are_balanced():
    from core.export.layout import balanced_lines, text_width
    t = "Cải thiện và nâng cao Chỉ số hiệu quả quản trị và hành chính công (PAPI) trên địa bàn huyện Vị Xuyên năm 2021"
    lines = balanced_lines(t, 14, True, 468)
    assert " ".join(lines) == t and len(lines) == 2
    w = [text_width(x, 14, True) for x in lines]
    assert max(w) <= 468 and min(w) >= 0.7 * max(w)        # greedy wrapping left 'năm 2021' nearly alone
    # and the lines break between phrases, never inside a word or a name
    for a, b in zip(lines, lines[1:]):
        pair = f"{a.split()[-1]} {b.split()[0]}"
        assert pair not in ("quản trị", "hành chính", "chính công", "Vị Xuyên"), lines


@pytest.mark.parametrize("title,never", [
    ("Duy trì và củng cố chỉ số hiệu quả quản trị hành chính công (PAPI) năm 2021", ["quản trị", "hành chính"]),
    ("Nâng cao chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) trên địa bàn huyện Hướng Hóa năm 2020",
     ["cấp tỉnh", "Hướng Hóa", "hành chính"]),
    ("Triển khai các nhiệm vụ, giải pháp nâng cao chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) "
     "tỉnh Lạng Sơn năm 2021", ["Lạng Sơn", "hành chính", "quản trị"]),
])
def test_title_lines_never_split_a_word(title, never):
    from core.export.layout import balanced_lines, text_width
    lines = balanced_lines(title, 14, True, 453)
    assert " ".join(lines) == title and len(lines) >= 2
    assert all(text_width(x, 14, True) <= 453 for x in lines)
    for a, b in zip(lines, lines[1:]):
        assert f"{a.split()[-1]} {b.split()[0]}" not in never, lines
    assert balanced_lines("Kế hoạch năm 2026", 14, True, 468) == ["Kế hoạch năm 2026"]
    assert balanced_lines("", 14, True, 468) == []


def test_a_row_taller_than_half_a_page_may_break_across_pages(tmp_path):
    """Rows are kept whole (cantSplit), except one so tall that Word would clip it or leave half a page blank."""
    import re
    import zipfile

    from core.export import export_docx
    from core.store.planfile import load_plan
    plan = load_plan(os.path.join(ROOT, "resources", "samples", "002_4ddd967f79e7422c.sqlite"))
    out = tmp_path / "a.docx"
    export_docx(plan, str(out))
    base = zipfile.ZipFile(out).read("word/document.xml").decode()
    app = plan.appendices[0]
    row = next(r for r in app.rows if r.kind == "task")
    col = next(c for c in app.columns if c.key == "task")
    row.cells[col.id] = "Rà soát, đánh giá kết quả thực hiện nhiệm vụ cải cách hành chính của từng cơ quan. " * 60
    export_docx(plan, str(out))
    tall = zipfile.ZipFile(out).read("word/document.xml").decode()
    free = lambda x: len(re.findall(r"<w:tr>(?!<w:trPr>)", x))   # noqa: E731
    assert free(tall) == free(base) + 1
    assert tall.count("<w:cantSplit/>") == base.count("<w:cantSplit/>") - 1
