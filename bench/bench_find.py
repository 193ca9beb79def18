"""Find in the open plan: time per keystroke on a 10,000-task plan (issue 15: ≤ 100 ms).

A keystroke = count every hit + the first 500 hits with their printed places (what the Find panel
shows), for each prefix of a few queries typed letter by letter, with and without diacritics.
Building the index (done once when the panel opens and again while the clerk is idle after an edit)
is timed apart.  Figures go to docs/benchmarks.md.

    .venv/bin/python bench/bench_find.py [N_TASKS] [--gui]
"""
from __future__ import annotations

import os
import statistics
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from bench.gen_plan import gen_plan  # noqa: E402
from core.find import FindIndex  # noqa: E402

QUERIES = ("công tác", "phòng nội vụ", "uy ban nhan dan", "kiểm tra giám sát", "thị trấn")


def main(n: int = 10_000) -> dict:
    plan = gen_plan(n_tasks=n)
    ix = FindIndex(plan)
    t = time.perf_counter()
    ix.build()
    first_build = time.perf_counter() - t
    ix.invalidate()
    t = time.perf_counter()
    ix.build()
    rebuild = time.perf_counter() - t
    ix.build(marks=True)
    times = []
    for marks in (False, True):
        for q in QUERIES:
            for k in range(1, len(q) + 1):
                t = time.perf_counter()
                ix.count(q[:k], marks=marks)
                hits = ix.search(q[:k], marks=marks, limit=500)
                for h in hits:
                    h.where()
                times.append(time.perf_counter() - t)
    out = {"tasks": n, "keystrokes": len(times), "median_ms": round(statistics.median(times) * 1000, 1),
           "max_ms": round(max(times) * 1000, 1), "build_s": round(first_build, 2), "rebuild_s": round(rebuild, 2)}
    print(out)
    return out


def gui(n: int = 10_000) -> dict:
    """The same keystrokes through the Find panel (search + filling its result list), offscreen."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QObject, Signal
    from PySide6.QtWidgets import QApplication, QMainWindow

    from gui.find import FindPanel

    class Doc(QObject):
        changed = Signal(list)

    app = QApplication.instance() or QApplication([])
    win = QMainWindow()
    win.doc = Doc()
    win.doc.plan = gen_plan(n_tasks=n)
    panel = FindPanel(win)
    t = time.perf_counter()
    panel.attach()
    panel.index.build()
    build = time.perf_counter() - t
    times = []
    for q in QUERIES:
        for k in range(1, len(q) + 1):
            t = time.perf_counter()
            panel.query.setText(q[:k])
            panel.search()
            app.processEvents()
            times.append(time.perf_counter() - t)
    out = {"tasks": n, "panel_keystrokes": len(times), "panel_median_ms": round(statistics.median(times) * 1000, 1),
           "panel_max_ms": round(max(times) * 1000, 1), "panel_build_s": round(build, 2)}
    print(out)
    return out


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--gui"]
    n = int(args[0]) if args else 10_000
    main(n)
    if "--gui" in sys.argv:
        gui(n)
