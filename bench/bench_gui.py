"""GUI timings: open a big plan and show its window; commit one cell edit.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_gui.py [N_TASKS ...]

For each size: a plan of N task rows (bench/gen_seedlike.py: real seed
texts) is written once; then, five times, a fresh MainWindow opens the file
and is shown (lock note, validation, load, tree, header editor) — and again
with the appendix table on screen; then 25 cell edits through the table
model (``setData`` → undo command → ``store.sync`` → repaint signals) are
timed; then 25 edits of the deadline cell (re-read, new icon), five
"mark done" steps through the Thời hạn… editor and the calendar + agenda
page.  Figures are medians.
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


def run(n: int, folder: str) -> dict:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from bench.gen_seedlike import big_plan
    from core.store.planfile import save_plan
    from gui.main_window import MainWindow

    app = QApplication.instance()
    path = os.path.join(folder, f"plan-{n}.sqlite")
    save_plan(big_plan(n), path)
    size = os.path.getsize(path)

    def open_show(view: str | None):
        t0 = time.perf_counter()
        w = MainWindow(interactive=False)
        w.resize(1366, 768)
        assert w.open_path(path)
        if view:
            w.show_view(view)
        w.show()
        app.processEvents()
        dt = time.perf_counter() - t0
        return w, dt

    opens, opens_app = [], []
    for _ in range(5):
        w, dt = open_show(None)
        opens.append(dt)
        w.close()
        w.deleteLater()
        app.processEvents()
    for _ in range(5):
        w, dt = open_show("appendix")
        opens_app.append(dt)
        w.close()
        w.deleteLater()
        app.processEvents()

    w, _ = open_show("appendix")
    ed = w.pages["appendix"]
    m = ed.model
    plan = w.doc.plan
    a = plan.appendices[0]
    col = next(i for i, c in enumerate(a.columns) if c.key == "task")
    rows = [i for i, r in enumerate(a.rows) if r.kind == "task"]
    edits = []
    for k in range(25):
        r = rows[(k * 397) % len(rows)]
        idx = m.index(r, col)
        text = f"Nhiệm vụ sửa lần {k}: tăng cường công tác thông tin tuyên truyền"
        t0 = time.perf_counter()
        ok = m.setData(idx, text, Qt.EditRole)
        app.processEvents()
        edits.append(time.perf_counter() - t0)
        assert ok and a.rows[r].cells[a.columns[col].id] == text
    t0 = time.perf_counter()
    w.undo()
    app.processEvents()
    undo = time.perf_counter() - t0
    # deadline features: edits of the deadline cell (re-read, new icon), Ctrl+T mark done, the calendar page
    dcol = next(i for i, c in enumerate(a.columns) if c.key == "deadline")
    dl_edits = []
    for k in range(25):
        r = rows[(k * 211) % len(rows)]
        t0 = time.perf_counter()
        assert m.setData(m.index(r, dcol), [f"Trước ngày {k + 1}/12 hàng năm", f"Chậm nhất ngày {k + 1}/6/2024",
                                                    f"Quý {'I' * (k % 3 + 1)} năm 2024 (đợt {k})"][k % 3], Qt.EditRole)
        m.data(m.index(r, dcol), Qt.DecorationRole)
        app.processEvents()
        dl_edits.append(time.perf_counter() - t0)
    marks = []
    from core.deadlines import plan_span
    for k in range(5):
        r = rows[(k * 97) % len(rows)]
        rid = a.rows[r].id
        dlg = w.deadline_editor(rid)
        if not dlg.occ_list.topLevelItemCount():
            continue
        t0 = time.perf_counter()
        dlg.mark_selected(True, plan_span(plan)[0])
        w.apply_deadline_editor(dlg)
        app.processEvents()
        marks.append(time.perf_counter() - t0)
        dlg.deleteLater()
    t0 = time.perf_counter()
    w.show_view("calendar")
    app.processEvents()
    cal = time.perf_counter() - t0
    w.close()
    return {"n": n, "size": size, "open": statistics.median(opens), "open_app": statistics.median(opens_app),
            "edit": statistics.median(edits), "edit_p90": sorted(edits)[int(len(edits) * 0.9)], "undo": undo,
            "dl_edit": statistics.median(dl_edits), "dl_edit_p90": sorted(dl_edits)[int(len(dl_edits) * 0.9)],
            "mark": statistics.median(marks) if marks else float("nan"), "calendar": cal}


def main(argv):
    from PySide6.QtWidgets import QApplication

    from gui.app import make_app
    sizes = [int(x) for x in argv] or [1000, 10000]
    os.environ.setdefault("KEHOACH_DATA_DIR", tempfile.mkdtemp(prefix="kh-bench-data-"))
    make_app("vi")
    with tempfile.TemporaryDirectory() as folder:
        print("| tasks | file | open → window shown | open → appendix table shown | cell edit committed (median / p90) | undo of an edit |")
        print("|---:|---:|---:|---:|---:|---:|")
        results = []
        for n in sizes:
            r = run(n, folder)
            results.append(r)
            print(f"| {r['n']:,} | {r['size'] / 1e6:.1f} MB | {r['open']:.3f} s | {r['open_app']:.3f} s | "
                  f"{r['edit'] * 1000:.1f} ms / {r['edit_p90'] * 1000:.1f} ms | {r['undo'] * 1000:.1f} ms |")
        print()
        print("| tasks | deadline cell edit + new icon (median / p90) | Ctrl+T mark done committed | calendar + agenda page shown |")
        print("|---:|---:|---:|---:|")
        for r in results:
            print(f"| {r['n']:,} | {r['dl_edit'] * 1000:.1f} ms / {r['dl_edit_p90'] * 1000:.1f} ms | "
                  f"{r['mark'] * 1000:.1f} ms | {r['calendar']:.3f} s |")
    QApplication.instance().quit()


if __name__ == "__main__":
    main(sys.argv[1:])
