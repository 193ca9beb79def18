"""The completion charts inside the BÁO CÁO (issue 14, item 4): by appendix group and by lead agency, in part II
after the statistics paragraph — a PNG picture in the .docx (part, relationship, inline drawing sized to the text
width), the reportlab Drawing itself in the PDF; drawn from the same task statuses as the statistics sentence;
no chart in a report without tasks; LibreOffice shows the picture on the page."""
import glob
import io
import os
import re
import shutil
import subprocess
import zipfile
from datetime import timedelta

import pytest
from lxml import etree

from core import edits
from core import progress as pr
from core.export import walk
from core.export.docx import CONTENT_TYPES, DOC_RELS, EMU_PER_PT
from core.export.report import build_report, charts, export_report
from core.progress_chart import MAX_BARS, SERIES, bars, fold_rest
from core.store.planfile import load_plan

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLE = glob.glob(os.path.join(ROOT, "resources", "samples", "002_*.sqlite"))[0]
NS = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
      "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
      "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
      "pic": "http://schemas.openxmlformats.org/drawingml/2006/picture",
      "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"}
REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
YEAR = "2024"
RED = (0xC6, 0x28, 0x28)       # "Chưa thực hiện" in core.progress_chart.SERIES
GREEN = (0x2E, 0x7D, 0x32)     # "Hoàn thành"


def _plan_with_progress():
    """Sample 002 with a mix of statuses for YEAR: every third dated task done on time, every third in progress."""
    plan = load_plan(SAMPLE)
    per = pr.period(YEAR)
    ups = []
    for i, t in enumerate(pr.tasks(plan, YEAR)):
        if t.kind != "dated":
            continue
        if i % 3 == 0:
            done = (min(t.due, per.end) if t.due else per.end) - timedelta(days=2)
            ups.append({"row_id": t.row_id, "period": YEAR, "status": "done_on_time", "done_date": done.isoformat(),
                        "result": f"Đã xong việc {i}"})
        elif i % 3 == 1:
            ups.append({"row_id": t.row_id, "period": YEAR, "status": "doing_on_time", "result": f"Đang làm {i}"})
    edits.import_progress(plan, ups)
    return plan


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    d = tmp_path_factory.mktemp("chart")
    plan = _plan_with_progress()
    docx, pdf = str(d / "bao-cao.docx"), str(d / "bao-cao.pdf")
    export_report(plan, YEAR, docx, pdf)
    return plan, docx, pdf, d


def test_docx_holds_two_png_parts_with_relationships_and_inline_drawings(exported):
    plan, docx, _, _ = exported
    with zipfile.ZipFile(docx) as z:
        names = z.namelist()
        types = z.read("[Content_Types].xml").decode()
        rels = etree.fromstring(z.read("word/_rels/document.xml.rels"))
        root = etree.fromstring(z.read("word/document.xml"))
        pngs = {n: z.read(n) for n in names if n.startswith("word/media/")}
    assert sorted(pngs) == ["word/media/chart1.png", "word/media/chart2.png"]
    assert '<Default Extension="png" ContentType="image/png"/>' in types
    images = {r.get("Id"): r.get("Target") for r in rels.iter(REL + "Relationship") if r.get("Type").endswith("/image")}
    assert images == {"rIdImg1": "media/chart1.png", "rIdImg2": "media/chart2.png"}
    blips = root.findall(".//w:drawing/wp:inline/a:graphic/a:graphicData/pic:pic/pic:blipFill/a:blip", NS)
    assert [b.get(f"{{{NS['r']}}}embed") for b in blips] == ["rIdImg1", "rIdImg2"]
    # placed in part II, after the statistics paragraph and before the pointer to Phụ lục 1
    paras = root.findall(".//w:body/w:p", NS)
    text = ["".join(t.text or "" for t in p.iter(f"{{{NS['w']}}}t")) for p in paras]
    has_pic = [p.find(".//w:drawing", NS) is not None for p in paras]
    stat = next(i for i, t in enumerate(text) if t.startswith("Kết quả chung: tổng số"))
    assert has_pic[stat + 1] and has_pic[stat + 2] and text[stat + 3].startswith("Chi tiết tại Phụ lục 1")
    assert text.index("II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ, GIẢI PHÁP") < stat < text.index("III. ĐÁNH GIÁ CHUNG")
    # as wide as the text of the A4 portrait page (210 mm − 30/35 left − 15/20 right), never wider
    doc = walk.build(build_report(plan, YEAR))
    text_emu = doc.setup.text_width_mm() * 36000
    for inline in root.iter(f"{{{NS['wp']}}}inline"):
        ext = inline.find("wp:extent", NS)
        cx, cy = int(ext.get("cx")), int(ext.get("cy"))
        assert abs(cx - text_emu) <= EMU_PER_PT and 0 < cy < 0.75 * doc.setup.text_height_mm() * 36000
        xfrm = inline.find(".//a:xfrm/a:ext", NS)
        assert (int(xfrm.get("cx")), int(xfrm.get("cy"))) == (cx, cy)
        assert inline.find("wp:docPr", NS).get("descr").startswith("Biểu đồ")
    # python-docx reads them as pictures no wider than the text between the margins Word has
    from docx import Document as WordDocument
    sec = WordDocument(docx).sections[0]
    room = sec.page_width - sec.left_margin - sec.right_margin
    shapes = list(WordDocument(docx).inline_shapes)
    assert len(shapes) == 2 and all(room - EMU_PER_PT < s.width <= room for s in shapes)


def test_png_decodes_at_the_size_of_the_drawing(exported):
    from PIL import Image
    _, docx, _, _ = exported
    with zipfile.ZipFile(docx) as z:
        root = etree.fromstring(z.read("word/document.xml"))
        exts = [(int(e.get("cx")), int(e.get("cy"))) for e in root.iter(f"{{{NS['wp']}}}extent")]
        for n, (cx, cy) in enumerate(exts, 1):
            img = Image.open(io.BytesIO(z.read(f"word/media/chart{n}.png")))
            img.load()
            assert img.format == "PNG" and img.mode == "RGB"
            w, h = img.size                          # 200 dpi of the printed size
            assert abs(w - cx / EMU_PER_PT / 72 * 200) <= 2 and abs(h - cy / EMU_PER_PT / 72 * 200) <= 2
            assert round(img.info["dpi"][0]) == 200
            colours = img.getcolors(maxcolors=w * h)
            counts = {c: k for k, c in colours}
            assert counts.get(RED, 0) > 500 and counts.get(GREEN, 0) > 500     # bars drawn, both families
            assert counts.get((255, 255, 255), 0) > w * h / 3                   # on white paper


def test_pdf_draws_the_chart_with_vietnamese_text(exported):
    import pypdfium2 as pdfium
    _, _, pdf, _ = exported
    doc = pdfium.PdfDocument(pdf)
    pages = [doc[i].get_textpage().get_text_range() for i in range(min(6, len(doc)))]
    found = [i for i, t in enumerate(pages) if "Biểu đồ 1. Kết quả thực hiện theo nhóm nhiệm vụ, lĩnh vực" in t]
    assert found, "chart 1 not drawn in the PDF"
    both = "\n".join(pages)
    assert "Biểu đồ 2. Kết quả thực hiện theo cơ quan chủ trì" in both
    for words in ("Hoàn thành", "Đang thực hiện", "Chưa thực hiện", "Thường xuyên", "Sở Nội vụ", "CẢI CÁCH THỂ CHẾ"):
        assert words in both, words
    if shutil.which("pdfimages"):     # vectors and text, not a picture: the PDF carries no image for the chart
        out = subprocess.run(["pdfimages", "-list", pdf], capture_output=True, text=True, check=True).stdout
        assert len(out.strip().splitlines()) == 2, out       # the two header lines of the listing, no image


@pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdfimages") is None,
                    reason="LibreOffice / poppler not installed")
def test_libreoffice_shows_the_pictures_on_the_page(exported):
    _, docx, _, d = exported
    out = d / "lo"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{d / 'profile'}", "--headless", "--norestore",
                    "--convert-to", "pdf", "--outdir", str(out), docx], check=True, capture_output=True, timeout=300)
    pdf = str(out / "bao-cao.pdf")
    listing = subprocess.run(["pdfimages", "-list", pdf], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in listing.splitlines()[2:]]
    images = [(int(r[0]), int(r[3]), int(r[4])) for r in rows if r[2] == "image"]
    assert len(images) == 2, listing
    with zipfile.ZipFile(docx) as z:
        from PIL import Image
        sizes = [Image.open(io.BytesIO(z.read(f"word/media/chart{n}.png"))).size for n in (1, 2)]
    assert [(w, h) for _, w, h in images] == sizes
    assert all(page <= 4 for page, _, _ in images)          # in part II, near the start, not the appendix
    text = subprocess.run(["pdftotext", "-f", "1", "-l", "4", pdf, "-"], capture_output=True, text=True).stdout
    assert "Kết quả chung" in text


def test_chart_counts_are_the_statistics_counts():
    plan = _plan_with_progress()
    items = pr.tasks(plan, YEAR)
    c = pr.counts(items)
    want = {"done": c.done, "doing": c.doing, "not_started": c.by_status["not_started"], "ongoing": c.ongoing}
    assert want["done"] and want["doing"]
    got = {k: sum(row[k] for _, row in bars(items, "group")) for k, *_ in SERIES}
    assert got == want
    # by lead agency a task of two lead agencies is in both bars; folding keeps every count
    lead = bars(items, "lead")
    folded = fold_rest(lead, 20, "Các cơ quan khác")
    assert len(lead) > 20 and len(folded) == 20 and folded[-1][0] == f"Các cơ quan khác ({len(lead) - 19})"
    assert len(fold_rest(lead)) == MAX_BARS
    assert {k: sum(r[k] for _, r in folded) for k, *_ in SERIES} == {k: sum(r[k] for _, r in lead) for k, *_ in SERIES}
    figs = charts(items)
    assert [f.figure.alt.split(":")[0] for f in figs] == ["Biểu đồ 1. Kết quả thực hiện theo nhóm nhiệm vụ, lĩnh vực",
                                                         "Biểu đồ 2. Kết quả thực hiện theo cơ quan chủ trì"]
    d = figs[0].figure.drawing(439.0)
    assert d.width == 439.0 and d.height < 700


def test_no_tasks_no_chart(tmp_path):
    plan = load_plan(SAMPLE)
    for a in plan.appendices:
        a.rows = [r for r in a.rows if r.kind == "group"]
    assert pr.tasks(plan, YEAR) == [] and charts([]) == []
    docx, pdf = str(tmp_path / "r.docx"), str(tmp_path / "r.pdf")
    export_report(plan, YEAR, docx, pdf)
    with zipfile.ZipFile(docx) as z:
        assert not [n for n in z.namelist() if n.startswith("word/media/")]
        assert z.read("[Content_Types].xml").decode() == CONTENT_TYPES
        assert z.read("word/_rels/document.xml.rels").decode() == DOC_RELS
        xml = z.read("word/document.xml").decode()
    assert "<w:drawing>" not in xml and "Kết quả chung: tổng số 0 nhiệm vụ" in re.sub("<[^>]+>", "", xml)
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(pdf)
    assert not any("Biểu đồ" in doc[i].get_textpage().get_text_range() for i in range(len(doc)))


def test_a_plan_export_has_no_picture_parts(tmp_path):
    from core.export import export_docx
    plan = load_plan(SAMPLE)
    out = str(tmp_path / "kh.docx")
    export_docx(plan, out)
    with zipfile.ZipFile(out) as z:
        assert z.read("[Content_Types].xml").decode() == CONTENT_TYPES
        assert z.read("word/_rels/document.xml.rels").decode() == DOC_RELS
        assert "<w:drawing>" not in z.read("word/document.xml").decode()
