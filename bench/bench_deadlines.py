"""Interpreting every deadline of a 10,000-task plan over a three-year window.

    .venv/bin/python bench/bench_deadlines.py [N_TASKS]

The plan's deadline cells are the seeds' own phrases (bench/deadline_table.py)
mixed with generated variants clerks write (dates, months, quarters, years,
ranges, working-day offsets, "trước ngày … hàng năm" …): about 1,600 distinct
texts among the 10,000 cells, as real plans repeat a few phrases.  Each run starts with the reader's caches cleared
(cold) and runs ``plan_deadlines`` (read every phrase, list every occurrence
in 2023-01-01 … 2025-12-31 with its state); the figure is the median of 5,
in wall-clock and in CPU time (``time.process_time``: comparable on a loaded machine).
Target (issue 5): under 0.5 s.
"""
from __future__ import annotations

import os
import random
import statistics
import sys
import time
from datetime import date

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

from bench.deadline_table import seed_phrases  # noqa: E402
from core.deadlines import parse, plan_deadlines  # noqa: E402
from core.deadlines import parse as parse_mod  # noqa: E402,F401
from core.deadlines.parse import _parse_cached  # noqa: E402
from core.model import Appendix, Column, Meta, Plan, Row  # noqa: E402

QUARTERS = ["I", "II", "III", "IV"]


def variant(rnd: random.Random) -> str:
    y = rnd.randint(2021, 2026)
    m = rnd.randint(1, 12)
    d = rnd.randint(1, 28)
    q = rnd.choice(QUARTERS)
    return rnd.choice([
        f"{d}/{m}/{y}", f"Trước ngày {d}/{m}/{y}", f"Chậm nhất ngày {d:02d}/{m:02d}/{y}", f"Tháng {m}/{y}",
        f"Quý {q} năm {y}", f"Quý {q}/{y}", f"Trước ngày {d}/{m} hàng năm", f"Tháng {m} hàng năm",
        f"6 tháng đầu năm {y}", f"Năm {y}", f"Giai đoạn {y} - {y + 2}", f"Quý I đến Quý {q} năm {y}",
        f"{rnd.randint(2, 20):02d} ngày làm việc kể từ ngày {d}/{m}/{y}",
        f"{rnd.randint(2, 20)} ngày làm việc kể từ ngày có văn bản của Bộ",
        "Hàng quý, 6 tháng và hàng năm", f"Tháng {m} và tháng 12 hằng năm", "Định kỳ 2 tháng/lần",
        f"Thường xuyên; báo cáo trước ngày {d}/{m} hàng năm",
        # issue 17: schedules, procedures, reports
        f"từ ngày {d}-{d + 2}/{m}/{y}", f"Ngày {d} hằng tháng (nếu trùng ngày nghỉ, ngày lễ thì thực hiện vào ngày "
        f"làm việc tiếp theo)", f"{rnd.randint(2, 9)} tháng đầu năm {y}", f"Không quá {rnd.randint(5, 45)} ngày",
        f"chậm nhất vào ngày {d} của tháng cuối kỳ báo cáo", "ngày thứ Năm của tuần thứ hai hằng tháng",
    ])


def make_plan(n: int, seed: int = 5) -> Plan:
    rnd = random.Random(seed)
    seeds = [p for p, _ in seed_phrases()] or ["Thường xuyên", "Hàng năm", "Quý IV hàng năm"]
    app = Appendix(title="NHIỆM VỤ")
    app.columns = [Column(key="tt", title="TT"), Column(key="task", title="Nhiệm vụ"),
                   Column(key="lead", title="Chủ trì"), Column(key="deadline", title="Thời gian hoàn thành")]
    k = {c.key: c.id for c in app.columns}
    for i in range(n):
        if i % 25 == 0:
            app.rows.append(Row(kind="group", cells={k["task"]: f"NHÓM {i // 25 + 1}"}))
        phrase = rnd.choice(seeds) if rnd.random() < 0.5 else variant(rnd)
        app.rows.append(Row(kind="task", cells={k["task"]: f"Nhiệm vụ số {i + 1}", k["lead"]: "Sở Nội vụ",
                                                k["deadline"]: phrase}))
    return Plan(meta=Meta(title="Kế hoạch 2023 - 2025", period="2023-2025", issue_date="2023-02-01"),
                appendices=[app])


def run(n: int = 10000) -> dict:
    plan = make_plan(n)
    cells = {plan.appendices[0].cell(r, "deadline") for r in plan.appendices[0].rows if r.kind == "task"}
    window = (date(2023, 1, 1), date(2025, 12, 31))
    times = []
    cpu = []
    occ = 0
    for _ in range(5):
        _parse_cached.cache_clear()
        t = time.perf_counter()
        c = time.process_time()
        pd = plan_deadlines(plan, *window, today=date(2024, 6, 1))
        cpu.append(time.process_time() - c)
        times.append(time.perf_counter() - t)
        occ = len(pd.occurrences)
    # warm: the GUI re-reads after an edit, caches filled
    t = time.perf_counter()
    plan_deadlines(plan, *window, today=date(2024, 6, 1))
    warm = time.perf_counter() - t
    # raw reader speed on distinct phrases
    _parse_cached.cache_clear()
    t = time.perf_counter()
    c = time.process_time()
    for cell in cells:
        parse(cell)
    per_cpu = (time.process_time() - c) / max(1, len(cells))
    per = (time.perf_counter() - t) / max(1, len(cells))
    return {"tasks": n, "distinct_phrases": len(cells), "occurrences": occ, "median_s": statistics.median(times),
            "max_s": max(times), "warm_s": warm, "parse_us_per_phrase": per * 1e6,
            "cpu_median_s": statistics.median(cpu), "parse_cpu_us_per_phrase": per_cpu * 1e6}


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
    r = run(n)
    print(f"{r['tasks']} tasks, {r['distinct_phrases']} distinct phrases, {r['occurrences']} occurrences "
          f"in 2023-2025")
    print(f"plan_deadlines cold: median {r['median_s'] * 1000:.0f} ms (max {r['max_s'] * 1000:.0f} ms) "
          f"— target < 500 ms: {'OK' if r['median_s'] < 0.5 else 'FAIL'}")
    print(f"plan_deadlines warm: {r['warm_s'] * 1000:.0f} ms; reader: {r['parse_us_per_phrase']:.0f} µs per "
          f"distinct phrase")
    print(f"CPU time (the machine may be loaded): plan_deadlines cold median {r['cpu_median_s'] * 1000:.0f} ms; "
          f"reader {r['parse_cpu_us_per_phrase']:.0f} µs per distinct phrase")
