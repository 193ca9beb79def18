"""Issue 15, part 3 (core): every plan under the clerk's folders in one cache of ours — summaries with the
tasks due this week and overdue, an agenda across plans, a diacritic-insensitive search through SQLite FTS5
— updated when a plan file changes, and never writing a plan file.  Real plans: the five samples."""
import glob
import hashlib
import os
import shutil
from datetime import date, timedelta

import pytest

from core import library
from core.deadlines.occurrences import occurrences
from core.store.library_cache import LibraryCache
from core.store.planfile import PlanStore, load_plan_readonly

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLES = sorted(glob.glob(os.path.join(ROOT, "resources", "samples", "*.sqlite")))
TODAY = date(2021, 9, 20)


@pytest.fixture
def folder(tmp_path):
    if not SAMPLES:
        pytest.skip("no sample plans")
    root = tmp_path / "Kế hoạch"
    for i, s in enumerate(SAMPLES):
        d = root / ("2021" if i % 2 else "PAPI")
        d.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(s, d / os.path.basename(s))
    return str(root)


def digest(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest(), os.stat(path).st_mtime_ns


def test_index_lists_every_plan_with_its_tasks_due(folder, tmp_path):
    cache = LibraryCache(str(tmp_path / "cache.sqlite"))
    files = library.plan_files([folder])
    before = {f: digest(f) for f in files}
    stats = library.refresh([folder], cache, today=TODAY)
    assert stats["files"] == len(SAMPLES) == stats["read"] and stats["errors"] == 0
    assert {f: digest(f) for f in files} == before          # indexing never writes a plan file
    rows = library.plans([folder], cache, today=TODAY)
    assert len(rows) == len(SAMPLES)
    for r in rows:
        plan = load_plan_readonly(r["path"])
        assert (r["title"], r["period"], r["number"]) == (plan.meta.title, plan.meta.period, plan.meta.number)
        # the counts, independently from the deadline reader
        week_end = TODAY + timedelta(days=6 - TODAY.weekday())
        occ = [o for o in occurrences(plan, TODAY - timedelta(days=400), TODAY + timedelta(days=400), TODAY)
               if o.done_date is None]
        assert r["overdue"] == sum(1 for o in occ if o.due < TODAY)
        assert r["due_week"] == sum(1 for o in occ if TODAY <= o.due <= week_end)
    assert any(r["overdue"] for r in rows)
    ag = library.agenda([folder], TODAY, TODAY + timedelta(days=30), cache)
    assert ag and all(TODAY.isoformat() <= o["due"] <= (TODAY + timedelta(days=30)).isoformat() for o in ag)
    cache.close()


def test_search_across_plans_without_diacritics(folder, tmp_path):
    cache = LibraryCache(str(tmp_path / "cache.sqlite"))
    library.refresh([folder], cache, today=TODAY)
    hits = library.search([folder], "uy ban mttq", cache)
    assert len({h["file"] for h in hits}) >= 2
    from core.text import search_key
    assert all("uy ban mttq" in search_key(h["text"]) for h in hits)
    assert all(h["place"].startswith(("Mục", "Phụ lục", "Nơi nhận", "Đầu văn bản", "Phần mở đầu", "Người ký"))
               for h in hits)
    # the same words with their marks, and half of the last word typed
    assert library.search([folder], "Ủy ban MTTQ", cache) == hits
    assert library.search([folder], "uy ban mt", cache)
    assert library.search([folder], "   ", cache) == []
    cache.close()


def test_one_changed_file_is_read_again_and_a_removed_one_forgotten(folder, tmp_path):
    cache = LibraryCache(str(tmp_path / "cache.sqlite"))
    library.refresh([folder], cache, today=TODAY)
    assert library.refresh([folder], cache, today=TODAY)["read"] == 0
    files = library.plan_files([folder])
    st = PlanStore.open(files[0])
    try:
        plan = st.load()
        plan.meta.title = "Kế hoạch thử nghiệm tìm kiếm Quỳnh Lưu"
        st.sync(plan, {plan.meta.id})
    finally:
        st.close()
    s = library.refresh([folder], cache, today=TODAY)
    assert s["read"] == 1
    assert [h["file"] for h in library.search([folder], "quynh luu", cache)] == [files[0]]
    os.remove(files[1])
    s = library.refresh([folder], cache, today=TODAY)
    assert s["dropped"] == 1 and len(library.plans([folder], cache)) == len(SAMPLES) - 1
    cache.close()


def test_a_damaged_file_is_listed_not_fatal(folder, tmp_path):
    bad = os.path.join(folder, "hong.sqlite")
    with open(bad, "wb") as f:
        f.write(b"SQLite format 3\x00" + b"\x00" * 200)
    cache = LibraryCache(str(tmp_path / "cache.sqlite"))
    s = library.refresh([folder], cache, today=TODAY)
    assert s["errors"] == 1 and s["files"] == len(SAMPLES) + 1
    row = next(r for r in library.plans([folder], cache) if r["path"] == os.path.abspath(bad))
    assert row["error"]
    cache.close()
    # a damaged cache is thrown away and rebuilt
    with open(tmp_path / "cache.sqlite", "wb") as f:
        f.write(b"garbage" * 100)
    cache = LibraryCache(str(tmp_path / "cache.sqlite"))
    assert library.refresh([folder], cache, today=TODAY)["read"] == len(SAMPLES) + 1
    cache.close()
