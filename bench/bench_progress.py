"""Progress forms and the report on a 1,000-task plan with 30 lead agencies (issue 14 figures).

    .venv/bin/python bench/bench_progress.py [N_TASKS]

Targets: writing the 30 forms ≤ 3 s; importing the 30 filled forms (read, decide, one edit, one write) ≤ 3 s;
the report of the plan to .docx ≤ 1 s (with its two charts; the PDF is timed too). Wall time and CPU time (the machine is shared), median of 3.
Figures go to docs/benchmarks.md.
"""
from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from bench.gen_plan import gen_plan  # noqa: E402
from core import progress as pr  # noqa: E402
from core import progress_forms as pf  # noqa: E402
from core.export.report import export_report  # noqa: E402
from core.store.planfile import PlanStore, load_plan, save_plan  # noqa: E402

AGENCIES = [f"Sở ngành số {k + 1:02d}" for k in range(30)]
PERIOD = "2021"


def plan_with_agencies(n: int):
    plan = gen_plan(n_tasks=n)
    app = plan.appendices[0]
    lead = app.col("lead").id
    k = 0
    for r in app.rows:
        if r.kind == "task":
            r.continues = False          # every row its own task: N tasks
            r.cells[lead] = AGENCIES[k % 30]
            r.lead = [AGENCIES[k % 30]]
            k += 1
    return plan


def timed(f, n=3):
    walls, cpus = [], []
    for _ in range(n):
        w, c = time.perf_counter(), time.process_time()
        f()
        walls.append(time.perf_counter() - w)
        cpus.append(time.process_time() - c)
    return statistics.median(walls), statistics.median(cpus)


def fill_all(folder):
    from openpyxl import load_workbook
    paths = sorted(os.path.join(folder, f) for f in os.listdir(folder) if f.endswith(".xlsx"))
    for p in paths:
        wb = load_workbook(p)
        ws = wb[pf.SHEET]
        ws[pf.REPORTER_CELL] = "Đầu mối"
        ws[pf.DATE_CELL] = date(2021, 12, 10)
        for r in range(pf.HEADER_ROW + 1, ws.max_row + 1):
            ws[f"D{r}"] = "Đang thực hiện trong hạn"
            ws[f"E{r}"] = f"Kết quả dòng {r}"
        wb.save(p)
    return paths


def main(n: int = 1000) -> None:
    d = tempfile.mkdtemp(prefix="bench-progress-")
    try:
        path = os.path.join(d, "plan.sqlite")
        save_plan(plan_with_agencies(n), path)
        plan = load_plan(path)
        tasks = len(pr.tasks(plan, PERIOD))
        forms = os.path.join(d, "forms")
        w, c = timed(lambda: pf.write_forms(plan, forms, PERIOD))
        n_forms = len(os.listdir(forms))
        print(f"forms: {tasks} tasks, {n_forms} agencies: {w:.2f} s wall, {c:.2f} s CPU (target ≤ 3 s)")
        paths = fill_all(forms)
        work = os.path.join(d, "work.sqlite")

        def do_import():
            shutil.copyfile(path, work)
            st = PlanStore.open(work)
            try:
                p = st.load()
                ip = pf.plan_import(p, paths)
                ch = pf.apply(p, ip)
                st.sync(p, ch.ids)
                assert len(ip.updates) == tasks, len(ip.updates)
            finally:
                st.close()
        w, c = timed(do_import)
        print(f"import: {len(paths)} forms, {tasks} rows: {w:.2f} s wall, {c:.2f} s CPU (target ≤ 3 s; "
              "includes opening and loading the plan)")
        filled = load_plan(work)
        out = os.path.join(d, "bc.docx")
        w, c = timed(lambda: export_report(filled, PERIOD, docx=out))
        print(f"report: {tasks} tasks to .docx: {w:.2f} s wall, {c:.2f} s CPU (target ≤ 1 s)")
        from core.export import docx as D
        from core.export import walk
        from core.export.report import build_report
        doc = walk.build(build_report(filled, PERIOD))
        w, c = timed(lambda: D.pictures(doc))
        print(f"  of which the two charts (reportlab drawing → PNG): {w:.2f} s wall, {c:.2f} s CPU")
        out = os.path.join(d, "bc.pdf")
        w, c = timed(lambda: export_report(filled, PERIOD, pdf=out))
        print(f"report: {tasks} tasks to PDF: {w:.2f} s wall, {c:.2f} s CPU (no target)")
    finally:
        shutil.rmtree(d, ignore_errors=True)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
