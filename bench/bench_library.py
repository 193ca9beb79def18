"""Every plan in one place (issue 15): index 200 plan files the first time (≤ 10 s), again after one file
changed (≤ 1 s), and search across them (≤ 100 ms).  The 200 files are the five sample plans copied 40
times into year folders.  Figures go to docs/benchmarks.md.

    .venv/bin/python bench/bench_library.py [N_FILES]
"""
from __future__ import annotations

import glob
import os
import shutil
import statistics
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from core import library  # noqa: E402
from core.store.library_cache import LibraryCache  # noqa: E402
from core.store.planfile import PlanStore  # noqa: E402

QUERIES = ("uy ban mttq", "phong noi vu", "cải cách hành chính", "papi", "ubnd cap xa", "dich vu cong truc tuyen")


def main(n: int = 200) -> dict:
    samples = sorted(glob.glob(os.path.join(ROOT, "resources", "samples", "*.sqlite")))
    tmp = tempfile.mkdtemp(prefix="kh-lib-bench-")
    try:
        folder = os.path.join(tmp, "Kế hoạch")
        for i in range(n):
            d = os.path.join(folder, str(2000 + i // len(samples) % 30))
            os.makedirs(d, exist_ok=True)
            shutil.copyfile(samples[i % len(samples)], os.path.join(d, f"kh-{i:03d}.sqlite"))
        cache = LibraryCache(os.path.join(tmp, "cache.sqlite"))
        first = library.refresh([folder], cache)
        again = library.refresh([folder], cache)
        victim = sorted(library.plan_files([folder]))[7]
        st = PlanStore.open(victim)
        try:
            plan = st.load()
            plan.meta.title += " (sửa)"
            st.sync(plan, {plan.meta.id})
        finally:
            st.close()
        one = library.refresh([folder], cache)
        times = []
        for q in QUERIES:
            for _ in range(3):
                t = time.perf_counter()
                hits = library.search([folder], q, cache)
                times.append(time.perf_counter() - t)
        t = time.perf_counter()
        rows = library.plans([folder], cache)
        t_plans = time.perf_counter() - t
        cache.close()
        out = {"files": n, "first_s": first["seconds"], "unchanged_s": again["seconds"], "one_changed_s": one["seconds"],
               "one_changed_read": one["read"], "search_median_ms": round(statistics.median(times) * 1000, 1),
               "search_max_ms": round(max(times) * 1000, 1), "plans_list_ms": round(t_plans * 1000, 1),
               "last_hits": len(hits), "plans": len(rows)}
        print(out)
        return out
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200)
