"""Time the Word and PDF export for 1,000 and 10,000 task rows (median of 5),
and LibreOffice converting the same .docx to PDF (median of 3 for 1,000 tasks;
one bounded run for 10,000, which LibreOffice takes many minutes over).
Figures go to docs/benchmarks.md ("Export").

    .venv/bin/python bench/bench_export.py            # both generators
    .venv/bin/python bench/bench_export.py --quick    # skip LibreOffice

Plans: bench/gen_plan.py (synthetic, full section tree, 7-column appendix
with a "Phân công trách nhiệm" group) and bench/gen_seedlike.py (rows drawn
from the real seed tables), when present.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from bench import median_of  # noqa: E402
from bench.gen_plan import gen_plan  # noqa: E402
from core.export import export_docx, export_pdf  # noqa: E402


def _soffice(cmd: list[str], timeout: float) -> float | None:
    """Run one soffice conversion in its own process group; None if it timed out
    (the whole group is killed: soffice.bin survives a plain kill of the wrapper)."""
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        return None
    return time.perf_counter() - t


def soffice_time(docx: str, folder: str, n: int, timeout: float) -> str | None:
    exe = shutil.which("soffice")
    if not exe:
        return None
    profile = os.path.join(folder, "lo-profile")
    cmd = [exe, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
           "--convert-to", "pdf", "--outdir", os.path.join(folder, "lo"), docx]
    if not os.path.isdir(profile):
        _soffice(cmd[:-1] + [os.path.join(ROOT, "tests", "golden", "missing.docx")], 120)  # profile warm-up
    ts = []
    for _ in range(n):
        t = _soffice(cmd, timeout)
        if t is None:
            return f"> {timeout:.0f} s (stopped)"
        ts.append(t)
    return f"{statistics.median(ts):.2f} s"


def run(name: str, make, n: int, folder: str, lo: bool) -> dict:
    plan = make(n)
    dx = os.path.join(folder, f"{name}{n}.docx")
    pf = os.path.join(folder, f"{name}{n}.pdf")
    t_docx = median_of(lambda: export_docx(plan, dx))
    t_pdf = median_of(lambda: export_pdf(plan, pf))
    out = {"plan": name, "tasks": n, "docx_s": round(t_docx, 3), "pdf_s": round(t_pdf, 3),
           "docx_kb": os.path.getsize(dx) // 1024, "pdf_kb": os.path.getsize(pf) // 1024}
    try:
        pages = subprocess.run(["pdfinfo", pf], capture_output=True, text=True).stdout
        out["pdf_pages"] = int([l for l in pages.splitlines() if l.startswith("Pages:")][0].split()[1])
    except Exception:
        pass
    if lo:
        t = soffice_time(dx, folder, 3 if n <= 1000 else 1, 120 if n <= 1000 else 300)
        if t is not None:
            out["libreoffice_docx_to_pdf"] = t
    return out


def main():
    quick = "--quick" in sys.argv
    makers = [("gen_plan", lambda n: gen_plan(n_tasks=n))]
    try:
        from bench.gen_seedlike import big_plan
        makers.append(("gen_seedlike", big_plan))
    except Exception:
        pass
    with tempfile.TemporaryDirectory() as d:
        for name, make in makers:
            res = {}
            for n in (1000, 10000):
                res[n] = run(name, make, n, d, lo=not quick)
                print(json.dumps(res[n], ensure_ascii=False), flush=True)
            print(json.dumps({"plan": name, "docx_10k_over_1k": round(res[10000]["docx_s"] / res[1000]["docx_s"], 1),
                              "pdf_10k_over_1k": round(res[10000]["pdf_s"] / res[1000]["pdf_s"], 1)}), flush=True)


if __name__ == "__main__":
    main()
