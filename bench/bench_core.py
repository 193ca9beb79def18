"""Time create, open-and-validate, load, dump and a one-cell edit for 1,000 and
10,000 task rows (median of 5).  Figures go to docs/benchmarks.md.

    .venv/bin/python bench/bench_core.py
"""
from __future__ import annotations

import json
import os
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from bench import median_of  # noqa: E402
from bench.gen_seedlike import big_plan  # noqa: E402
from core.dump import dump  # noqa: E402
from core.store.planfile import (  # noqa: E402
    PlanStore,
    load_plan_readonly,  # noqa: E402
    save_plan,
)


def run(n: int, folder: str) -> dict:
    plan = big_plan(n)
    path = os.path.join(folder, f"plan{n}.sqlite")

    def create():
        save_plan(plan, path, overwrite=True)
    t_create = median_of(create)
    size = os.path.getsize(path)

    def open_validate():
        st = PlanStore.open(path)
        st.close()
    t_open = median_of(open_validate)

    def open_load():
        st = PlanStore.open(path)
        st.load()
        st.close()
    t_load = median_of(open_load)

    loaded = load_plan_readonly(path)
    t_dump = median_of(lambda: json.dumps(dump(loaded), ensure_ascii=False))

    st = PlanStore.open(path)
    p = st.load()
    app = p.appendices[0]
    col = app.col("task").id
    rows = [r for r in app.rows if r.kind == "task"]
    k = [0]

    def edit():
        r = rows[k[0] % len(rows)]
        k[0] += 1
        r.cells[col] = r.cells[col] + " (sửa)"
        st.sync(p, {r.id})
    t_edit = median_of(edit, 9)
    st.close()
    return {"tasks": n, "file_mb": round(size / 1e6, 2), "create_s": t_create, "open_validate_s": t_open,
            "open_validate_load_s": t_load, "dump_s": t_dump, "cell_edit_commit_s": t_edit}


def main():
    with tempfile.TemporaryDirectory() as d:
        for n in (1000, 10000):
            r = run(n, d)
            print(json.dumps({k: (round(v, 4) if isinstance(v, float) else v) for k, v in r.items()}))


if __name__ == "__main__":
    main()
