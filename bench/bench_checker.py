"""Time check-docx (read + resolve + every rule) on exports of 1,000 and 5,000 task rows
(median of 3), and the corrected copy (--fix) of the 1,000-row one.

    .venv/bin/python bench/bench_checker.py

Plans: bench/gen_plan.py.  No figure is named in the issue; this keeps the cost visible
(docs/benchmarks.md, "Format checker").
"""
from __future__ import annotations

import os
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from bench import median_of  # noqa: E402
from bench.gen_plan import gen_plan  # noqa: E402
from core.checker import check_docx  # noqa: E402
from core.checker.fix import write_corrected  # noqa: E402
from core.export import export_docx  # noqa: E402


def main() -> None:
    with tempfile.TemporaryDirectory() as d:
        for n in (1000, 5000):
            path = os.path.join(d, f"kh{n}.docx")
            export_docx(gen_plan(n_tasks=n), path)
            t = median_of(lambda: check_docx(path), 3)
            errors = len(check_docx(path).errors)
            print(f"check-docx, {n} task rows: {t:.2f} s (format errors found: {errors})")
        src = os.path.join(d, "kh1000.docx")
        out = os.path.join(d, "fixed.docx")

        def fix():
            if os.path.exists(out):
                os.unlink(out)
            write_corrected(src, out)
        print(f"--fix, 1000 task rows: {median_of(fix, 3):.2f} s")


if __name__ == "__main__":
    main()
