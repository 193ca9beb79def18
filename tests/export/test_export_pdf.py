"""PDF export: page setup, page numbers, embedded Vietnamese font, table pages."""
import os
import re
import shutil
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, ROOT)

from bench.gen_plan import gen_plan  # noqa: E402
from core.export import export_pdf  # noqa: E402
from core.export.layout import FONT_DIR, FONT_FILES  # noqa: E402

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils (pdftotext) not installed")


def pages(path):
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "999", path], capture_output=True, text=True,
                          timeout=60).stdout
    return [tuple(float(x) for x in m) for m in re.findall(r"Page +\d+ size: +([\d.]+) x ([\d.]+)", info)]


def page_text(path, n, crop_top=False):
    args = ["pdftotext", "-f", str(n), "-l", str(n), "-layout"]
    if crop_top:
        args += ["-y", "0", "-W", "2000", "-H", "60"]
    return subprocess.run(args + [path, "-"], capture_output=True, text=True, timeout=60).stdout


@pytest.fixture(scope="module")
def pdf(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("pdf") / "p.pdf")
    export_pdf(gen_plan(n_tasks=60, n_khoan=2), path)
    return path


def test_a4_portrait_body_and_landscape_appendix(pdf):
    ps = pages(pdf)
    assert len(ps) >= 4
    assert ps[0] == (595.276, 841.89) or (round(ps[0][0]), round(ps[0][1])) == (595, 842)
    land = [i for i, (w, h) in enumerate(ps) if w > h]
    assert land and land[-1] == len(ps) - 1 and all(ps[i][0] > ps[i][1] for i in range(land[0], len(ps)))


def test_page_numbers_from_two_and_restart_in_appendix(pdf):
    ps = pages(pdf)
    first_app = next(i for i, (w, h) in enumerate(ps) if w > h) + 1   # 1-based
    tops = [page_text(pdf, n, crop_top=True).strip() for n in range(1, len(ps) + 1)]
    assert tops[0] == ""                                   # no number on page 1
    assert tops[1:first_app - 1] == [str(k) for k in range(2, first_app)]
    assert tops[first_app - 1] == ""                       # appendix restarts: its page 1 unnumbered
    assert tops[first_app] == "2"


def test_font_embedded_and_text_vietnamese(pdf):
    fonts = subprocess.run(["pdffonts", pdf], capture_output=True, text=True, timeout=60).stdout
    rows = [l.split() for l in fonts.splitlines()[2:] if l.strip()]
    assert rows and all("LiberationSerif" in r[0] and r[-5:-2] == ["yes", "yes", "yes"] for r in rows)
    t1 = page_text(pdf, 1)
    for s in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 05/KH-UBND",
              "Vị Xuyên, ngày 03 tháng 02 năm 2021", "KẾ HOẠCH", "I. MỤC ĐÍCH, YÊU CẦU"):
        assert s in t1, s


def test_table_header_repeated_on_every_appendix_page(pdf):
    ps = pages(pdf)
    for n in range(1, len(ps) + 1):
        if ps[n - 1][0] > ps[n - 1][1]:
            t = page_text(pdf, n)
            assert "Phân công trách nhiệm" in t and "Nhiệm vụ trọng tâm" in t, n


def test_shipped_font_covers_vietnamese():
    from reportlab.pdfbase.ttfonts import TTFont
    letters = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
    letters += letters.upper()
    for (b, i), name in FONT_FILES.items():
        f = TTFont(f"t{b}{i}", os.path.join(FONT_DIR, name))
        missing = [c for c in letters if ord(c) not in f.face.charToGlyph]
        assert not missing, (name, missing)
    assert os.path.exists(os.path.join(FONT_DIR, "LICENSE-LiberationSerif.txt"))


def test_very_tall_row_is_split_not_lost(tmp_path):
    plan = gen_plan(n_tasks=3, n_khoan=1)
    app = plan.appendices[0]
    task = app.col("task").id
    row = [r for r in app.rows if r.kind == "task"][0]
    row.cells[task] = "\n".join(f"Dòng số {k} của một ô rất dài" for k in range(120))
    path = str(tmp_path / "tall.pdf")
    export_pdf(plan, path)
    txt = subprocess.run(["pdftotext", "-raw", path, "-"], capture_output=True, text=True, timeout=60).stdout
    assert all(f"Dòng số {k} của một ô rất dài" in txt for k in range(120))


def test_blank_number_and_date_keep_their_spaces_in_the_pdf():
    """Số and ngày are filled in by hand after signing (ND 30/2020 Art. 15): the
    PDF must keep the blank as wide as the Word file does, not collapse it."""
    from core.export import pdf as P
    from core.export import walk
    plan = gen_plan(n_tasks=2, n_khoan=1)
    plan.meta.number = ""
    plan.meta.date_text = "ngày      tháng 6 năm 2021"
    doc = walk.build(plan)
    hf = P.header_flowable(doc)
    hf.wrap(500, 800)
    drawn = [op[4] for op in hf.ops if op[0] == "text"]
    assert doc.header.number_line in drawn, drawn
    assert doc.header.place_date in drawn, drawn
    # a line too long for its column still wraps
    assert P.WRAP.lines("a  b  c", P.font(), 12, 10) == ["a", "b", "c"]


def test_blank_number_in_appendix_attachment_line_keeps_its_spaces():
    from reportlab.platypus import Paragraph

    from core.export import pdf as P
    from core.export import walk
    plan = gen_plan(n_tasks=2, n_khoan=1)
    plan.meta.number = ""
    plan.appendices[0].attachment = ""
    doc = walk.build(plan)
    assert "số       /KH-UBND" in doc.appendices[0].attachment
    att = [f for f in P.story(doc, {"start": 1}) if isinstance(f, Paragraph) and f.style.name == "aa"]
    assert att and "số\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/KH-UBND" in att[0].text


def _signature_page_text(path):
    n = len(pages(path))
    for k in range(1, n + 1):
        t = page_text(path, k)
        if "Nơi nhận:" in t:
            return t
    raise AssertionError("no Nơi nhận")


def test_signature_block_never_stands_alone_on_a_page(tmp_path):
    """The signature page carries the end of the text (a page holding only
    Nơi nhận and the signature could be attached to any text): the last body
    paragraph moves with the signature block when that block does not fit."""
    from core.model import Paragraph as MP
    from core.model import Run
    plan = gen_plan(n_tasks=0, n_khoan=2)
    tail = plan.sections[-1].tail
    for extra in range(14):
        path = str(tmp_path / f"s{extra}.pdf")
        export_pdf(plan, path)
        assert "./." in _signature_page_text(path), extra
        tail.insert(0, MP([Run("Các cơ quan, đơn vị chủ động phối hợp, báo cáo kết quả thực hiện "
                               "định kỳ hằng quý về Ủy ban nhân dân huyện để theo dõi, chỉ đạo.")]))


def test_no_widow_lines_in_body_paragraphs():
    """Word's widow control (on in the KH body style) never leaves the last
    line of a paragraph alone at the top of a page; the PDF must not either
    (sample 003 printed "sát đầu tư của cộng đồng”;" alone on page 11)."""
    from reportlab.platypus import Paragraph

    from core.export import pdf as P
    from core.export import walk
    from core.export.layout import register_fonts
    register_fonts()
    doc = walk.build(gen_plan(n_tasks=0))
    st = P._styles(doc)
    aw = doc.setup.text_width_mm() * 72 / 25.4
    for style in ("body", "dash", "diem", "muc", "khoan"):
        p = Paragraph(" ".join(["chữ nghĩa"] * 120), st[style])
        p.wrap(aw, 10000)
        n = len(p.blPara.lines)
        room = st[style].spaceBefore + st[style].leading * (n - 1) + 1   # all but the last line
        pieces = p.split(aw, room)
        assert pieces, style
        counts = [len(x.blPara.lines) for x in pieces if x.wrap(aw, 10000)]
        assert sum(counts) == n and min(counts) >= 2, (style, counts)
