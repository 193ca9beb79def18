"""Merging two 5,000-task copies (target < 1 s), and the sharing steps.

    .venv/bin/python bench/bench_merge.py [N_TASKS]

A plan from bench/gen_seedlike.py is saved, copied, and each copy gets real
edits through operations + PlanStore.sync: mine 500 cell edits, theirs 500
(50 of them on the same cells as mine: conflicts), 100 rows added and 100
deleted on each side, 50 moves each.  Timed (median of 5): merge_files
(read both, merge, write the result, validate, rename); a merge of two
identical copies; send_copy (VACUUM INTO) and save_back (backup API +
re-check).  Figures go to docs/benchmarks.md.
"""
from __future__ import annotations

import os
import random
import shutil
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from bench import median_of  # noqa: E402
from bench.gen_seedlike import big_plan  # noqa: E402
from core import merge, sharing  # noqa: E402
from core import operations as ops
from core.store.planfile import PlanStore, save_plan  # noqa: E402


def edit_side(path, rng, n_cells, shared, n_add, n_del, n_moves, tag):
    st = PlanStore.open(path)
    plan = st.load()
    app = max(plan.appendices, key=lambda a: len(a.rows))
    task = next(c for c in app.columns if c.key == "task")
    rows = list(app.rows)
    picks = rng.sample(range(len(rows)), n_cells) + shared
    ids = set()
    for i in picks:
        ids |= ops.set_cell(plan, app.id, rows[i].id, task.id, f"{tag} sửa dòng {i}")
    for _ in range(n_add):
        _, t = ops.insert_row(plan, app.id, rng.randrange(len(app.rows)), cells={task.id: f"{tag} thêm"})
        ids |= t
    victims = [r.id for r in rng.sample([r for r in app.rows if r.id not in {rows[i].id for i in picks}], n_del)]
    ids |= ops.delete_rows(plan, app.id, victims)[1]
    for _ in range(n_moves):
        r = rng.choice(app.rows)
        ids |= ops.move_row(plan, app.id, r.id, rng.randrange(len(app.rows)))
    st.sync(plan, ids)
    st.close()


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    d = tempfile.mkdtemp(prefix="bench-merge-")
    try:
        base = os.path.join(d, "base.sqlite")
        save_plan(big_plan(n), base)
        mine, theirs = os.path.join(d, "mine.sqlite"), os.path.join(d, "theirs.sqlite")
        shutil.copyfile(base, mine)
        shutil.copyfile(base, theirs)
        rng = random.Random(5)
        shared = rng.sample(range(n), 50)
        edit_side(mine, random.Random(1), 450, shared, 100, 100, 50, "mình")
        edit_side(theirs, random.Random(2), 450, shared, 100, 100, 50, "kia")
        out = os.path.join(d, "out.sqlite")
        res = merge.merge_files(mine, theirs, out, overwrite=True)
        t_merge = median_of(lambda: merge.merge_files(mine, theirs, out, overwrite=True))
        same = os.path.join(d, "same.sqlite")
        shutil.copyfile(mine, same)
        t_same = median_of(lambda: merge.merge_files(mine, same, out, overwrite=True))
        send = os.path.join(d, "send")
        os.makedirs(send)
        t_send = median_of(lambda: sharing.send_copy(mine, send, overwrite=True))
        t_zip = median_of(lambda: sharing.send_copy(mine, send, zip_it=True, overwrite=True))
        st = PlanStore.open(mine)
        usb = os.path.join(d, "usb.sqlite")
        t_back = median_of(lambda: sharing.save_back(st, usb))
        st.close()
        c = res.counts
        print(f"tasks={n} file={os.path.getsize(mine) / 1e6:.1f} MB merged={os.path.getsize(out) / 1e6:.1f} MB")
        print(f"counts: {c}")
        print(f"merge two edited copies: {t_merge:.3f} s (target < 1 s)")
        print(f"merge two identical copies: {t_same:.3f} s")
        print(f"send_copy (VACUUM INTO): {t_send:.3f} s; zipped: {t_zip:.3f} s "
              f"({os.path.getsize(os.path.join(send, os.listdir(send)[0])) / 1e6:.1f} MB / zip)")
        print(f"save_back (backup API + re-check): {t_back:.3f} s")
    finally:
        shutil.rmtree(d, ignore_errors=True)


if __name__ == "__main__":
    main()
