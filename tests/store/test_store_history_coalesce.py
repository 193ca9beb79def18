"""History is the merge's memory, but it must not swell the file that clerks
mail around: intermediate versions of one burst of typing, never copied
anywhere, are not kept; every version another file may hold is."""
import os
import shutil
import sqlite3

import pytest

from core.dump import dump
from core.merge import merge_files
from core.store import planfile
from core.store.planfile import PlanStore, load_plan
from core.templates import plan_from_template


def _new(tmp_path, name="a.sqlite"):
    p = str(tmp_path / name)
    PlanStore.create(p, plan_from_template("papi", agency="Huyện A", year="2026")).close()
    return p


def _history_of(path, rec_id):
    with sqlite3.connect(path) as c:
        return [r[0] for r in c.execute("SELECT rev FROM history WHERE rec_id=? ORDER BY seq", (rec_id,))]


def _bodied(plan):
    out = []

    def walk(ss):
        for s in ss:
            if s.body:
                out.append(s)
            walk(s.children)
    walk(plan.sections)
    return out


def _type(st, plan, sec, text):
    sec.body[0].runs[0].text = text
    st.sync(plan, {sec.id})


def test_a_burst_of_typing_leaves_one_history_entry(tmp_path):
    p = _new(tmp_path)
    st = PlanStore.open(p)
    plan = st.load()
    sec = _bodied(plan)[0]
    size0 = os.path.getsize(p)
    for i in range(300):
        _type(st, plan, sec, "Nội dung " + "x" * i)
    # the version read from disk is kept (another file may hold it); the 299
    # intermediate ones written by this burst are not
    assert _history_of(p, sec.id) == [1]
    st.close()
    assert dump(load_plan(p)) == dump(plan)
    assert os.path.getsize(p) < size0 + 64 * 1024


def test_a_version_that_lived_long_enough_is_kept(tmp_path, monkeypatch):
    p = _new(tmp_path)
    st = PlanStore.open(p)
    plan = st.load()
    sec = _bodied(plan)[0]
    _type(st, plan, sec, "một")     # rev 2 (rev 1 kept: read from disk)
    _type(st, plan, sec, "hai")     # rev 3: rev 2 lived < 10 s, dropped
    monkeypatch.setattr(planfile, "COALESCE_SECONDS", 0.0)
    _type(st, plan, sec, "ba")      # rev 4: rev 3 now counts as old enough, kept
    assert _history_of(p, sec.id) == [1, 3]
    st.close()


def test_a_copy_makes_every_version_worth_keeping(tmp_path):
    """The district saves a copy for the province and goes on typing in the
    same section at once; the province edits another section and sends it
    back: the merge must find the copied version as the common base — no
    conflict, both edits in."""
    p = _new(tmp_path, "huyen.sqlite")
    st = PlanStore.open(p)
    plan = st.load()
    secs = _bodied(plan)
    a, b = secs[0], secs[1]
    _type(st, plan, a, "bản gửi tỉnh")
    sent = str(tmp_path / "gui-tinh.sqlite")
    st.save_copy(sent)
    _type(st, plan, a, "bản gửi tỉnh, sửa tiếp")   # within the 10 s window, after the copy
    _type(st, plan, a, "bản gửi tỉnh, sửa tiếp nữa")
    assert 2 in _history_of(p, a.id)              # the copied version (rev 2) is kept
    st.close()
    # the province edits another section of the copy
    st2 = PlanStore.open(sent)
    theirs = st2.load()
    tb = next(s for s in _bodied(theirs) if s.id == b.id)
    tb.body[0].runs[0].text = "tỉnh sửa"
    st2.sync(theirs, {tb.id})
    st2.close()
    res = merge_files(p, sent, str(tmp_path / "gop.sqlite"))
    assert res.conflicts == []
    merged = load_plan(str(tmp_path / "gop.sqlite"))
    by_id = {}

    def walk(ss):
        for s in ss:
            by_id[s.id] = s
            walk(s.children)
    walk(merged.sections)
    assert by_id[a.id].body[0].runs[0].text == "bản gửi tỉnh, sửa tiếp nữa"
    assert by_id[b.id].body[0].runs[0].text == "tỉnh sửa"


def test_without_the_copy_rule_the_same_story_would_conflict(tmp_path):
    """The counter-test of the one above: a copy taken behind the program's
    back (e.g. by Explorer) inside the window loses the copied version — the
    merge then lists a conflict (both texts kept, nothing lost)."""
    p = _new(tmp_path, "huyen.sqlite")
    st = PlanStore.open(p)
    plan = st.load()
    a = _bodied(plan)[0]
    _type(st, plan, a, "bản gửi tỉnh")
    sent = str(tmp_path / "gui-tinh.sqlite")
    shutil.copyfile(p, sent)                     # not through the program
    _type(st, plan, a, "bản gửi tỉnh, sửa tiếp")
    st.close()
    res = merge_files(p, sent, str(tmp_path / "gop.sqlite"))
    texts = {str(c.get("mine")) + str(c.get("theirs")) for c in res.conflicts}
    assert res.conflicts and any("sửa tiếp" in t for t in texts)


def test_a_failed_write_does_not_count_as_written(tmp_path, monkeypatch):
    p = _new(tmp_path)
    st = PlanStore.open(p)
    plan = st.load()
    sec = _bodied(plan)[0]
    real = st._sync

    def failing(plan_, ids, fresh=None):
        real(plan_, ids, fresh)
        raise sqlite3.OperationalError("disk I/O error")
    monkeypatch.setattr(st, "_sync", failing)
    with pytest.raises(Exception):
        _type(st, plan, sec, "không ghi được")
    assert st._fresh == {}
    monkeypatch.setattr(st, "_sync", real)
    _type(st, plan, sec, "ghi được")
    # the version on disk (rev 1, read at open) went to history: nothing skipped
    assert _history_of(p, sec.id) == [1]
    st.close()
