"""Big plans for benchmarks.

NOTE (export helper, 06:35): the lead's original version of this file was
overwritten by mistake when the export helper created its own generator
under the same name at the same moment.  This is a stand-in with the same
entry point (``big_plan(n)``) used by bench/bench_core.py; the export
generator now lives in bench/gen_export_plan.py.  If the lead still has the
original, it should replace this file.
"""
from __future__ import annotations

from bench.gen_export_plan import gen_plan


def big_plan(n: int):
    """A PAPI-like plan whose one appendix has *n* task rows (plus group rows)."""
    return gen_plan(n_tasks=n)
