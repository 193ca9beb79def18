"""Select all + Ctrl+C in the appendix table of a 10,000-task plan (issue 18 item 5: it took 3.4 s with
no busy cursor; target ≤ 0.5 s). Median of 5.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_table_copy.py [N_TASKS]
"""
from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    n = int(argv[0]) if argv else 10_000
    folder = tempfile.mkdtemp(prefix="kh-bench-copy-")
    os.environ["KEHOACH_DATA_DIR"] = os.path.join(folder, "data")
    os.environ["KEHOACH_SETTINGS"] = os.path.join(folder, "settings.json")
    os.environ["KEHOACH_DOCUMENTS"] = os.path.join(folder, "Documents")
    from PySide6.QtWidgets import QApplication

    from bench.gen_seedlike import big_plan
    from core.store.planfile import save_plan
    from gui.main_window import MainWindow
    app = QApplication.instance() or QApplication([])
    path = os.path.join(folder, f"plan-{n}.sqlite")
    save_plan(big_plan(n), path)
    w = MainWindow(interactive=False)
    w.resize(1366, 768)
    assert w.open_path(path)
    w.show_view("appendix")
    w.show()
    app.processEvents()
    ed = w.pages["appendix"]
    times = []
    for _ in range(5):
        t0 = time.perf_counter()
        ed.table.selectAll()
        ed.copy()
        times.append(time.perf_counter() - t0)
        ed.table.clearSelection()
        app.processEvents()
    text = QApplication.clipboard().text()
    rows = len(ed.app.rows)
    print(f"{rows} rows, {len(text) / 1e6:.1f} MB of text: select all + copy median {statistics.median(times):.3f} s "
          f"(min {min(times):.3f}, max {max(times):.3f})")
    w.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
