"""The plan file's limits (core/limits.py) and linear cost below them
(issue 12, item 11).  Figures go to docs/benchmarks.md ("Limits").

    .venv/bin/python bench/bench_limits.py            # everything (~3 min here)
    .venv/bin/python bench/bench_limits.py --quick    # check-file figures only
    .venv/bin/python bench/bench_limits.py --linear   # export / dump / merge only

1. ``main.py check-file`` in a child process (wall time and peak memory from
   /usr/bin/time): a crafted file of 1,000,000 appendix rows (over the row
   limit), one of 20,000 rows (at it), one of 29.7 million characters of
   text (under the content limit of 32 million), one of 1 GB (over the size limit:
   the plan extended with empty pages, checked from its size alone).
   Targets: ≤ 2 s and ≤ 300 MB each.
2. Below the limits every action is linear: Word, PDF and Excel export and
   dump of 2,000 and of 20,000 table rows (bench/gen_plan.py), target ≤ 12×;
   a merge of two 20,000-row copies where the other office edited every row
   (the merge refused on its own report at 100,000 rows).
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from bench.gen_plan import crafted_rows_file, gen_plan, rows_for  # noqa: E402
from core import limits  # noqa: E402


def check_file(path: str) -> dict:
    cmd = [sys.executable, os.path.join(ROOT, "main.py"), "check-file", path]
    if shutil.which("time") or os.path.exists("/usr/bin/time"):
        cmd = ["/usr/bin/time", "-f", "BENCH %e %M %U %S"] + cmd
    t = time.perf_counter()
    r = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT,
                       env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    wall = time.perf_counter() - t
    mem = cpu = None
    for line in r.stderr.splitlines():
        if line.startswith("BENCH "):
            w = line.split()
            wall, mem, cpu = float(w[1]), int(w[2]) / 1024, float(w[3]) + float(w[4])
    said = (r.stdout + "\n".join(x for x in r.stderr.splitlines()
                                 if not x.startswith(("BENCH ", "Command exited")))).strip()
    return {"exit": r.returncode, "s": round(wall, 2), "cpu_s": cpu, "peak_mb": round(mem) if mem else None,
            "file_mb": round(os.path.getsize(path) / 1e6, 1), "says": said[:160]}


def check_files(d: str) -> dict:
    import sqlite3
    out = {}
    p = os.path.join(d, "million.sqlite")
    t = time.perf_counter()
    crafted_rows_file(p, 1_000_000)
    print(f"  (crafted 1,000,000 rows in {time.perf_counter() - t:.1f} s)", file=sys.stderr)
    out["1,000,000 rows (over)"] = check_file(p)
    os.unlink(p)
    p = os.path.join(d, "limit.sqlite")
    from core.store.planfile import save_plan
    save_plan(gen_plan(rows_for(limits.MAX_ROWS)), p)
    out[f"{limits.MAX_ROWS:,} rows (at)"] = check_file(p)
    p2 = os.path.join(d, "text.sqlite")
    save_plan(gen_plan(30), p2)
    c = sqlite3.connect(p2)
    c.execute("UPDATE appendix_row SET cells = json_object('x', printf('%.*c', 900000, 'a')) "
              "WHERE id IN (SELECT id FROM appendix_row LIMIT 35)")
    c.commit()
    c.close()
    out["29.7 M characters (33 rows of 900,000; under the content limit)"] = check_file(p2)
    p3 = os.path.join(d, "huge.sqlite")
    shutil.copyfile(p2, p3)
    with open(p3, "r+b") as f:      # sparse: empty pages after the database
        f.truncate(1024 ** 3)
    out["1 GB file (over size limit)"] = check_file(p3)
    return out


def timed(f, n=1) -> dict:
    """Best of *n* (wall and CPU time of this process, garbage collected first):
    the machine is shared, and the CPU time is what the code costs."""
    import gc
    walls, cpus = [], []
    for _ in range(n):
        gc.collect()
        t, c = time.perf_counter(), time.process_time()
        f()
        walls.append(time.perf_counter() - t)
        cpus.append(time.process_time() - c)
    return {"wall": min(walls), "cpu": min(cpus)}


def linear(d: str) -> dict:
    from core.dump import dump
    from core.export import export_docx, export_pdf
    from core.export.xlsx import export_xlsx
    small, big = 2000, limits.MAX_ROWS
    export_docx(gen_plan(10), os.path.join(d, "warm.docx"))      # fonts, templates
    export_pdf(gen_plan(10), os.path.join(d, "warm.pdf"))
    out = {}
    for name, fn in (("docx", lambda p: export_docx(p, os.path.join(d, "o.docx"))),
                     ("pdf", lambda p: export_pdf(p, os.path.join(d, "o.pdf"))),
                     ("xlsx", lambda p: export_xlsx(p, os.path.join(d, "o.xlsx"))),
                     ("dump", lambda p: json.dumps(dump(p), ensure_ascii=False))):
        got = {}
        for n, reps in ((small, 3), (big, 2)):
            plan = gen_plan(rows_for(n))      # one plan alive at a time
            got[n] = timed(lambda plan=plan: fn(plan), reps)
            del plan
        a, b = got[small], got[big]
        out[name] = {f"{small}_s": round(a["wall"], 3), f"{big}_s": round(b["wall"], 3),
                     f"{small}_cpu": round(a["cpu"], 3), f"{big}_cpu": round(b["cpu"], 3),
                     "ratio_wall": round(b["wall"] / a["wall"], 1), "ratio_cpu": round(b["cpu"] / a["cpu"], 1)}
        print(f"  {name}: {out[name]}", file=sys.stderr)
    return out


def merge_big(d: str) -> dict:
    from core import merge
    from core import operations as ops
    from core.store.planfile import PlanStore, save_plan
    mine = os.path.join(d, "mine.sqlite")
    save_plan(gen_plan(rows_for(limits.MAX_ROWS)), mine)
    theirs = os.path.join(d, "theirs.sqlite")
    shutil.copyfile(mine, theirs)
    st = PlanStore.open(theirs)
    plan = st.load()
    app = plan.appendices[0]
    task = next(c for c in app.columns if c.key == "task")
    ids = set()
    for r in app.rows:
        if r.kind == "task":
            ids |= ops.set_cell(plan, app.id, r.id, task.id, (r.cells.get(task.id) or "") + " (sửa)")
    st.sync(plan, ids)
    st.close()
    out = os.path.join(d, "merged.sqlite")
    t = time.perf_counter()
    res = merge.merge_files(mine, theirs, out, overwrite=True)
    wall = time.perf_counter() - t
    rep = json.dumps(res.report, ensure_ascii=False)
    return {"rows": limits.MAX_ROWS, "changes": len(res.report["changes"]), "s": round(wall, 2),
            "full_report_mb": round(len(rep.encode()) / 1e6, 2), "merged_file_mb": round(os.path.getsize(out) / 1e6, 1)}


def main():
    quick, only_linear = "--quick" in sys.argv, "--linear" in sys.argv
    res = {}
    with tempfile.TemporaryDirectory() as d:
        if not only_linear:
            res["check_file"] = check_files(d)
            for k, v in res["check_file"].items():
                print(f"  check-file {k}: {v}", file=sys.stderr)
        if not quick:
            res["linear"] = linear(d)
            res["merge"] = merge_big(d)
            print(f"  merge: {res['merge']}", file=sys.stderr)
    print(json.dumps(res, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
