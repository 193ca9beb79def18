"""Benchmarks (see docs/benchmarks.md). Shared timing helper of the bench scripts."""
import statistics
import time


def median_of(f, n=5):
    """Median wall time in seconds of *n* calls of *f*."""
    ts = []
    for _ in range(n):
        t = time.perf_counter()
        f()
        ts.append(time.perf_counter() - t)
    return statistics.median(ts)
