"""Every sample plan exports to .docx and .pdf; LibreOffice opens each .docx,
and the text it reads back matches the plan paragraph for paragraph and row
for row (the match ratio is printed; run with -s to see it).

LibreOffice is slow, so all five files go through ONE soffice call (a
private profile, bounded by a timeout).  Skipped only when soffice is absent.
"""
import glob
import os
import re
import shutil
import subprocess
import sys
import zipfile

import pytest
from lxml import etree

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, ROOT)

from core.dump import dump, flat_paragraphs  # noqa: E402
from core.export import export_docx, export_pdf  # noqa: E402
from core.store.planfile import load_plan_readonly  # noqa: E402

SAMPLES = sorted(glob.glob(os.path.join(ROOT, "resources", "samples", "*.sqlite")))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def norm(s: str) -> str:
    s = " ".join(s.split())
    # the export closes the body with "./." (the decree's practice); compare without it
    s = re.sub(r"\.?/\.$", "", s).rstrip(".")
    return s


def reference(d: dict):
    paras = [norm(p) for p in flat_paragraphs(d)]
    tables = []
    for a in d["appendices"]:
        keys = [c["key"] for c in a["columns"]]
        rows = []
        for r in a["rows"]:
            if r["kind"] == "group":
                text = " ".join(c.strip() for c, k in zip(r["cells"], keys) if k != "tt" and c.strip())
                rows.append([norm(r["number"]), norm(text)] if keys and keys[0] == "tt" else [norm(text)])
            else:
                rows.append([norm((r["number"] or c) if k == "tt" else c) for c, k in zip(r["cells"], keys)])
        tables.append((2 if any(c["group"] for c in a["columns"]) else 1, rows))
    return paras, tables


def read_docx(path: str):
    """Body paragraphs (outside tables) and tables (rows of cell texts), in order."""
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    body = root.find(W + "body")
    paras, tables = [], []

    def ptext(p):
        return "".join(t.text or "" for t in p.iter(W + "t"))
    for el in body:
        if el.tag == W + "p":
            paras.append(norm(ptext(el)))
        elif el.tag == W + "tbl":
            rows = []
            for tr in el.findall(W + "tr"):
                rows.append([norm(" ".join(ptext(p) for p in tc.findall(W + "p"))) for tc in tr.findall(W + "tc")])
            tables.append(rows)
    return paras, tables


def same(a, b) -> bool:
    # mục headings are printed in upper case whatever the plan holds (ND 30/2020)
    return a == b or (isinstance(b, str) and a == b.upper())


def ordered_ratio(ref: list, got: list) -> tuple[float, list]:
    """Share of *ref* items found in *got* in the same order; and the misses."""
    j, found, missing = 0, 0, []
    for item in ref:
        k = j
        while k < len(got) and not same(got[k], item):
            k += 1
        if k < len(got):
            found += 1
            j = k + 1
        else:
            missing.append(item)
    return (found / len(ref) if ref else 1.0), missing


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    if not SAMPLES:
        pytest.skip("resources/samples/*.sqlite not built")
    out = tmp_path_factory.mktemp("samples")
    items = []
    for s in SAMPLES:
        base = os.path.basename(s).replace(".sqlite", "")
        plan = load_plan_readonly(s)
        dx, pf = str(out / f"{base}.docx"), str(out / f"{base}.pdf")
        export_docx(plan, dx)
        export_pdf(plan, pf)
        items.append((base, dump(plan), dx, pf))
    return out, items


def test_every_sample_exports(exported):
    out, items = exported
    assert len(items) == 5
    for base, d, dx, pf in items:
        assert zipfile.is_zipfile(dx)
        with open(pf, "rb") as f:
            head = f.read(5)
        assert head == b"%PDF-", base


@pytest.fixture(scope="module")
def roundtrip(exported):
    if not SOFFICE:
        pytest.skip("LibreOffice (soffice) is not installed")
    out, items = exported
    rt = out / "lo"
    rt.mkdir()
    profile = out / "lo-profile"
    cmd = [SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
           "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(rt)] + [dx for _, _, dx, _ in items]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    except subprocess.TimeoutExpired:
        pytest.fail("LibreOffice did not finish converting the five files within 300 s")
    return rt, items, proc


def test_libreoffice_reads_back_every_paragraph_and_row(roundtrip):
    rt, items, proc = roundtrip
    report = []
    worst = 1.0
    for base, d, dx, pf in items:
        back = rt / f"{base}.docx"
        assert back.exists(), f"LibreOffice could not open {base}.docx: {proc.stderr[-500:]}"
        ref_paras, ref_tables = reference(d)
        got_paras, got_tables = read_docx(str(back))
        p_ratio, p_miss = ordered_ratio(ref_paras, got_paras)
        # tables: [header, signature, appendix 1, …]
        app_tables = got_tables[2:]
        assert len(app_tables) == len(ref_tables), base
        ref_rows, got_rows = [], []
        for (n_head, rows), got in zip(ref_tables, app_tables):
            ref_rows += rows
            got_rows += got[n_head:]
        r_ratio, r_miss = ordered_ratio(ref_rows, got_rows)
        report.append(f"{base}: paragraphs {p_ratio:.1%} of {len(ref_paras)}, rows {r_ratio:.1%} of {len(ref_rows)}")
        worst = min(worst, p_ratio, r_ratio)
        assert p_ratio == 1.0, (base, p_miss[:3])
        assert r_ratio == 1.0, (base, r_miss[:3])
    print("\n" + "\n".join(report))
    assert worst == 1.0


def test_pdf_text_matches_plan(exported):
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    out, items = exported
    report = []
    for base, d, dx, pf in items:
        # crop away the page numbers in the top margin (they interrupt paragraphs split over pages)
        txt = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", "-y", "60", "-W", "2000", "-H", "2000", pf, "-"], capture_output=True, text=True,
                             timeout=60).stdout
        flat = " ".join(txt.split())
        ref_paras, ref_tables = reference(d)
        p_found = [p for p in ref_paras if p in flat or p.upper() in flat]
        cells = [c for _, rows in ref_tables for r in rows for c in r if c]
        c_found = [c for c in cells if c in flat]
        report.append(f"{base}: PDF paragraphs {len(p_found)}/{len(ref_paras)}, cells {len(c_found)}/{len(cells)}")
        assert len(p_found) == len(ref_paras), (base, [p for p in ref_paras if p not in p_found][:3])
        assert len(c_found) == len(cells), (base, [c for c in cells if c not in flat][:3])
        fonts = subprocess.run(["pdffonts", pf], capture_output=True, text=True, timeout=60).stdout
        rows = [l.split() for l in fonts.splitlines()[2:] if l.strip()]
        assert rows and all("LiberationSerif" in r[0] and r[-5:-2] == ["yes", "yes", "yes"] for r in rows), fonts
    print("\n" + "\n".join(report))
