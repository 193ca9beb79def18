"""Word import: time and memory for the fixtures and a ~200-page plan.

    .venv/bin/python bench/import_docx_bench.py [--pages]   (--pages: count pages with LibreOffice)

The long plan is fixture 002 with its body and appendix tables repeated
(REPEAT times) — about 200 A4 pages.  Each measurement runs in a fresh
process so that peak memory (ru_maxrss) is the import's own.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
FIX = os.path.join(os.path.dirname(ROOT), "shared", "fixtures")
REPEAT = 8


def make_long(dest: str, repeat: int = REPEAT) -> None:
    src = os.path.join(FIX, "002_4ddd967f79e7422c.docx")
    with zipfile.ZipFile(src) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    doc = dict((i.filename, d) for i, d in items)["word/document.xml"].decode()
    body_start = doc.index("<w:body>") + len("<w:body>")
    body_end = doc.rindex("<w:sectPr")
    body = doc[body_start:body_end]
    # repeat everything after the header table and title (keep one header)
    cut = body.index("</w:tbl>") + len("</w:tbl>")
    head, rest = body[:cut], body[cut:]
    rest = re.sub(r"<w:sectPr>.*?</w:sectPr>", "", rest)     # drop inner section breaks' page setup churn
    new = doc[:body_start] + head + rest * repeat + doc[body_end:]
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as z:
        for i, d in items:
            z.writestr(i.filename, new.encode() if i.filename == "word/document.xml" else d)


def measure(path: str) -> tuple[float, float, int, int, float]:
    """(wall time, extra peak MB, paragraphs+headings, rows, CPU time) of one import in a fresh
    process.  The CPU time is the figure to compare on a loaded machine: the wall time also
    counts the time the process waited for a core."""
    code = (
        "import sys, time, resource; sys.path.insert(0, %r)\n"
        "from core.importers.docx import import_docx\n"
        "t = time.perf_counter(); c = time.process_time(); p = import_docx(%r)\n"
        "dt = time.perf_counter() - t; dc = time.process_time() - c\n"
        "n = sum(len(s.body) + len(s.tail) + 1 for s in p.walk()); rows = sum(len(a.rows) for a in p.appendices)\n"
        "print(dt, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, n, rows, dc)\n") % (ROOT, path)
    base = subprocess.run([sys.executable, "-c", "import sys; sys.path.insert(0, %r); import core.importers.docx, "
                           "resource; print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)" % ROOT],
                          capture_output=True, text=True, check=True)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    dt, rss, n, rows, dc = out.stdout.split()
    return float(dt), (int(rss) - int(base.stdout)) / 1024, int(n), int(rows), float(dc)


def pages(path: str) -> int | None:
    exe = shutil.which("soffice")
    if not exe:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([exe, f"-env:UserInstallation=file://{tmp}/p", "--headless", "--convert-to", "pdf",
                        "--outdir", tmp, path], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
        pdf = os.path.join(tmp, os.path.splitext(os.path.basename(path))[0] + ".pdf")
        if not os.path.exists(pdf):
            return None
        info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True)
        m = re.search(r"Pages:\s+(\d+)", info.stdout)
        if m:
            return int(m.group(1))
        with open(pdf, "rb") as f:
            return len(re.findall(rb"/Type\s*/Page[^s]", f.read()))


def main(argv):
    print(f"load average {os.getloadavg()[0]:.1f}")
    print("| file | size | paragraphs+headings | rows | import time | CPU time | extra peak memory |")
    print("|---|---|---|---|---|---|---|")
    for fn in sorted(os.listdir(FIX)):
        p = os.path.join(FIX, fn)
        dt, mb, n, rows, dc = measure(p)
        print(f"| {fn} | {os.path.getsize(p) // 1024} KB | {n} | {rows} | {dt:.2f} s | {dc:.3f} s | {mb:.0f} MB |")
    with tempfile.TemporaryDirectory() as tmp:
        long = os.path.join(tmp, "long_plan.docx")
        make_long(long)
        dt, mb, n, rows, dc = measure(long)
        pg = pages(long) if "--pages" in argv else None
        print(f"| long plan (002 ×{REPEAT}{f', {pg} pages' if pg else ''}) | {os.path.getsize(long) // 1024} KB "
              f"| {n} | {rows} | {dt:.2f} s | {dc:.3f} s | {mb:.0f} MB |")
        # refusals are quick: a 20 MB zip bomb
        bomb = os.path.join(tmp, "bomb.docx")
        with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("word/document.xml", b"<" + b" " * (60 * 1024 * 1024) + b"/>")
        from core.errors import PlanError
        from core.importers.docx import import_docx
        t = time.perf_counter()
        try:
            import_docx(bomb)
        except PlanError:
            pass
        print(f"\nzip bomb (60 MB of blanks in {os.path.getsize(bomb) // 1024} KB) refused in "
              f"{time.perf_counter() - t:.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
