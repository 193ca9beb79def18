"""The PDF and LibreOffice's rendering of the Word file break pages alike, on every sample.

The PDF is laid out with the metrics Word users get: Times New Roman metrics (Liberation Serif
2.1, embedded), spaces never squeezed to fit a line, table cells spaced as the Word file's
KHTable style (2 pt before and after each paragraph).  LibreOffice is given the same font
(tests/conftest.py: lo_font_env) — the system's Liberation Serif 1.07 has no Vietnamese.
"""
import glob
import os
import shutil
import subprocess

import pytest
from conftest import lo_font_env

from core.export import export_docx, export_pdf
from core.store.planfile import load_plan_readonly

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLES = sorted(glob.glob(os.path.join(ROOT, "resources", "samples", "*.sqlite")))
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def _pdf_pages(path: str) -> int:
    import pypdfium2
    doc = pypdfium2.PdfDocument(path)
    try:
        return len(doc)
    finally:
        doc.close()


@pytest.mark.skipif(not SOFFICE, reason="LibreOffice (soffice) is not installed")
def test_pdf_and_word_break_pages_alike_on_every_sample(tmp_path):
    names = []
    ours = {}
    for s in SAMPLES:
        name = os.path.basename(s)[:3]
        plan = load_plan_readonly(s)
        export_docx(plan, str(tmp_path / f"{name}.docx"))
        export_pdf(plan, str(tmp_path / f"{name}.pdf"))
        ours[name] = _pdf_pages(str(tmp_path / f"{name}.pdf"))
        names.append(str(tmp_path / f"{name}.docx"))
    out = tmp_path / "lo"
    cmd = [SOFFICE, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless", "--norestore",
           "--convert-to", "pdf", "--outdir", str(out), *names]
    subprocess.run(cmd, env=lo_font_env(str(tmp_path / "fc")), stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, timeout=600, start_new_session=True)
    theirs = {n: _pdf_pages(str(out / f"{n}.pdf")) for n in ours}
    fonts = subprocess.run(["pdffonts", str(out / "004.pdf")], capture_output=True, text=True).stdout \
        if shutil.which("pdffonts") else ""
    assert "DejaVu" not in fonts          # LibreOffice had a font with the Vietnamese letters
    assert ours == theirs
