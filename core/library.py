"""Every plan of the office in one place: the plan files under the folders the clerk chose, summarised
(year, number, title, agency, tasks due this week and overdue) and searchable across all plans.

The summaries, texts and task occurrences live in a cache database of ours
(:mod:`core.store.library_cache`, in the program's data folder); :func:`refresh` reads again only the
files whose size or modification time changed and forgets files that are gone.  Plan files are only read
— validated first, as every received file, then opened read-only — never written.

``main.py find FOLDER "uy ban mttq" [--json]`` prints the hits (file, place, text).
"""
from __future__ import annotations

import logging
import os
import time
from datetime import date, timedelta

from .errors import PlanError
from .text import search_key

log = logging.getLogger(__name__)

CACHE_NAME = "library-cache.sqlite"
MAX_FILES = 5000          # plan files read from the chosen folders at most
OCC_DAYS = 400            # task occurrences kept around today, for the agenda across plans


def default_folder() -> str:
    """Documents\\Kế hoạch — where new plans are saved (not the program's data folder); the same folder
    File → New offers (core.settings)."""
    from .settings import PLANS_FOLDER_NAME, documents_dir
    return os.path.join(documents_dir(), PLANS_FOLDER_NAME)


def cache_path() -> str:
    from .session import data_dir
    return os.path.join(data_dir(), CACHE_NAME)


def plan_files(folders) -> list[str]:
    """The .sqlite files under *folders* (sub-folders too; hidden folders and our own backups skipped)."""
    out: list[str] = []
    for folder in folders:
        if not os.path.isdir(folder):
            continue
        for root, dirs, files in os.walk(folder):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for f in sorted(files):
                if f.lower().endswith(".sqlite") and not f.startswith(".") and f != CACHE_NAME:
                    out.append(os.path.abspath(os.path.join(root, f)))
                    if len(out) >= MAX_FILES:
                        return out
    return out


def _summary(plan, path: str) -> dict:
    m = plan.meta
    return {"file": os.path.basename(path), "period": m.period, "number": m.number,
            "symbol": m.effective_symbol, "title": m.title,
            "agency": " – ".join(" ".join(x.split()) for x in m.agency.split("\n") if x.strip()),
            "issue_date": m.issue_date, "tasks": sum(1 for a in plan.appendices for r in a.rows if r.kind == "task")}


def _texts(plan) -> list[tuple[str, str, str, str]]:
    from .find import fields
    return [(search_key(t), f.place + (f" — {f.detail}" if f.detail else ""),
             f.place_en + (f" — {f.detail_en}" if f.detail_en else ""), t) for f, t in fields(plan)]


def _occurrences(plan, today: date) -> list[dict]:
    """The plan's task occurrences over its own span (and around *today*), at most ten years: what is
    stored does not depend on the day it was read."""
    from .deadlines.occurrences import occurrences, plan_span
    start, end = today - timedelta(days=OCC_DAYS), today + timedelta(days=OCC_DAYS)
    span = plan_span(plan)
    if span is not None:
        start, end = min(start, span[0] - timedelta(days=31)), max(end, span[1] + timedelta(days=31))
        if (end - start).days > 3660:
            start, end = span[0] - timedelta(days=31), min(span[1] + timedelta(days=31), span[0] + timedelta(days=3660))
    try:
        occ = occurrences(plan, start, end, today)
    except Exception:    # a deadline phrase the reader cannot take never hides the plan from the list
        log.exception("deadlines of a plan in the library not read")
        return []
    return [{"due": o.due.isoformat(), "done": o.done_date is not None, "number": o.number, "task": o.task,
             "lead": o.lead, "appendix": o.appendix_label} for o in occ]


def refresh(folders, cache=None, today: date | None = None, progress=None) -> dict:
    """Bring the cache up to date with the plan files under *folders*; returns
    {'files': n, 'read': n, 'dropped': n, 'errors': n, 'seconds': s}."""
    from .store.library_cache import LibraryCache
    from .store.planfile import load_plan_readonly
    t0 = time.perf_counter()
    own = cache is None
    cache = cache or LibraryCache(cache_path())
    today = today or date.today()
    try:
        files = plan_files(folders)
        known = cache.known()
        roots = [os.path.abspath(f) for f in folders]
        gone = [p for p in known if p not in set(files)
                and any(p.startswith(r.rstrip(os.sep) + os.sep) for r in roots)]
        cache.drop(gone)
        read = errors = 0
        last_commit = time.perf_counter()
        cache.begin()
        for i, path in enumerate(files):
            if time.perf_counter() - last_commit > 2.0:     # what is read is kept even if stopped midway
                cache.commit()
                cache.begin()
                last_commit = time.perf_counter()
            try:
                st = os.stat(path)
            except OSError:   # removed or unreadable meanwhile: the next scan drops it
                log.debug("cannot stat %s", path, exc_info=True)
                continue
            if known.get(path) == (st.st_size, st.st_mtime_ns):
                continue
            try:
                plan = load_plan_readonly(path)
                cache.put(path, st.st_size, st.st_mtime_ns, _summary(plan, path), _texts(plan),
                          _occurrences(plan, today))
            except PlanError as e:
                cache.put(path, st.st_size, st.st_mtime_ns, {"file": os.path.basename(path)}, [], [],
                          error=e.message("vi"))
                errors += 1
            read += 1
            if progress:
                progress(i + 1, len(files))
        cache.commit()
        return {"files": len(files), "read": read, "dropped": len(gone), "errors": errors,
                "seconds": round(time.perf_counter() - t0, 3)}
    finally:
        cache.commit()
        if own:
            cache.close()


def _under(path: str, folders) -> bool:
    return any(os.path.abspath(path).startswith(os.path.abspath(f).rstrip(os.sep) + os.sep) for f in folders)


def search(folders, query: str, cache=None, limit: int = 500) -> list[dict]:
    """Hits of *query* in every plan under *folders* (diacritics and case aside): [{file, place, text}]."""
    from .store.library_cache import LibraryCache
    key = search_key(query)
    if not key.strip():
        return []
    own = cache is None
    cache = cache or LibraryCache(cache_path())
    try:
        paths = {p for p in cache.known() if _under(p, folders)}
        rows = cache.search(" ".join(key.split()), paths, limit)
    finally:
        if own:
            cache.close()
    return [{"file": p, "place": pl, "place_en": pe, "text": t} for p, pl, pe, t in rows]


def plans(folders, cache=None, today: date | None = None) -> list[dict]:
    """The plans under *folders*, each with 'due_week' and 'overdue' (tasks not done) as of *today*."""
    from .store.library_cache import LibraryCache
    today = today or date.today()
    week_end = today + timedelta(days=6 - today.weekday())
    own = cache is None
    cache = cache or LibraryCache(cache_path())
    try:
        counts = cache.counts(today.isoformat(), week_end.isoformat())
        out = [p for p in cache.plans() if _under(p["path"], folders)]
    finally:
        if own:
            cache.close()
    for p in out:
        p["due_week"], p["overdue"] = counts.get(p["path"], (0, 0))
    out.sort(key=lambda p: (str(p.get("period", "")), str(p.get("title", ""))), reverse=True)
    return out


def agenda(folders, start: date, end: date, cache=None) -> list[dict]:
    """Task occurrences not done from *start* to *end* across every plan under *folders*."""
    from .store.library_cache import LibraryCache
    own = cache is None
    cache = cache or LibraryCache(cache_path())
    try:
        paths = {p for p in cache.known() if _under(p, folders)}
        return [o for o in cache.occurrences(start.isoformat(), end.isoformat(), paths) if not o["done"]]
    finally:
        if own:
            cache.close()
