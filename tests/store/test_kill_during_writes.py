"""Kill the app's own save / merge / save-back / send-copy code at 200 random
moments and check every file it was writing.

A child process (fork of the test process, so it starts in a millisecond)
runs one kind of operation in a loop and reports each completed step on a
pipe; the parent kills it with SIGKILL after a random delay, then checks:
the file passes ``integrity_check`` (after our open path rolls back an
interrupted save) and holds either the state before the step in flight or
the one after — never a mixture.
"""
from __future__ import annotations

import os
import random
import signal
import sqlite3
import sys
import time

import pytest

from core.dump import dump
from core.store.planfile import PlanStore
from core.store.safe_open import hot_journal
from tests.merge.test_merge_util import SAMPLES, Pick, copy, ddump, edit, make_base, set_cell

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")

KILLS = 200
N_CELLS = 10


def _state_of_plan(plan, rows, cid) -> set[str]:
    vals = {plan.meta.title}
    app = next(a for a in plan.appendices if any(r.id == rows[0] for r in a.rows))
    by_id = {r.id: r for r in app.rows}
    vals |= {by_id[r].cells.get(cid, "") for r in rows}
    return vals


def _state(path, rows, cid) -> int:
    """The step number a file holds; fails on a mixture (a torn save)."""
    st = PlanStore.open(path)          # the app's open path: recovers an interrupted save
    try:
        assert [tuple(x) for x in st.conn.execute("PRAGMA integrity_check")] == [("ok",)]
        vals = _state_of_plan(st.load(), rows, cid)
    finally:
        st.close()
    assert len(vals) == 1, f"torn state: {sorted(vals)}"
    v = vals.pop()
    return int(v.split()[-1]) if v.startswith("state ") else 0


def _ro_state(path, rows, cid) -> int:
    from core.store.planfile import load_plan_readonly
    vals = _state_of_plan(load_plan_readonly(path), rows, cid)
    assert len(vals) == 1, f"torn state: {sorted(vals)}"
    v = vals.pop()
    return int(v.split()[-1]) if v.startswith("state ") else 0


def _child(mode, paths, rows, aid, cid, wfd):
    from core import merge, sharing
    if mode == "edit":
        st = PlanStore.open(paths["work"])
        plan = st.load()
        n = _ro_state_plan(plan, rows, cid)
        app = next(a for a in plan.appendices if a.id == aid)
        by_id = {r.id: r for r in app.rows}
        while True:
            n += 1
            plan.meta.title = f"state {n}"
            for r in rows:
                by_id[r].cells[cid] = f"state {n}"
            st.sync(plan, {plan.meta.id, *rows})
            os.write(wfd, f"{n}\n".encode())
    elif mode == "merge":
        while True:
            merge.merge_files(paths["mine"], paths["theirs"], paths["out"], overwrite=True)
            os.write(wfd, b"1\n")
    elif mode == "saveback":
        st = PlanStore.open(paths["work"])
        while True:
            sharing.save_back(st, paths["usb"])
            os.write(wfd, b"1\n")
    elif mode == "send":
        k = 0
        while True:
            k += 1
            sharing.send_copy(paths["work"], paths["send"], zip_it=bool(k % 2), overwrite=True)
            os.write(wfd, b"1\n")


def _first_line(fd, timeout: float) -> bytes:
    """Read from the pipe *fd* until one whole line came (or *timeout* passed)."""
    import select
    got = b""
    end = time.monotonic() + timeout
    while b"\n" not in got and time.monotonic() < end:
        ready, _, _ = select.select([fd], [], [], max(0.0, end - time.monotonic()))
        if not ready:
            break
        chunk = os.read(fd, 65536)
        if not chunk:
            break
        got += chunk
    return got


def _ro_state_plan(plan, rows, cid) -> int:
    v = plan.meta.title
    return int(v.split()[-1]) if v.startswith("state ") else 0


def test_kill_at_random_points(tmp_path):
    rng = random.Random(20260607)
    base = make_base(tmp_path, SAMPLES[2] if len(SAMPLES) > 2 else (SAMPLES[0] if SAMPLES else "template:papi"))
    p = Pick(base)
    rows = [r.id for r in p.rows[:N_CELLS]]
    aid, cid = p.app.id, p.task.id
    work = copy(base, tmp_path, "work.sqlite")

    def state0(plan):
        plan.meta.title = "state 0"
        return {plan.meta.id} | {x for r in rows for x in set_cell(aid, r, cid, "state 0")(plan)}
    edit(work, state0)
    # a fixed pair to merge, and its reference result
    mine, theirs = copy(base, tmp_path, "mine.sqlite"), copy(base, tmp_path, "theirs.sqlite")
    edit(mine, *[set_cell(aid, r, cid, f"mình {i}") for i, r in enumerate(rows[:5])])
    edit(theirs, *[set_cell(aid, r, cid, f"kia {i}") for i, r in enumerate(rows[3:])])
    from core import merge
    ref = str(tmp_path / "ref.sqlite")
    merge.merge_files(mine, theirs, ref)
    ref_dump = ddump(ref)
    os.makedirs(tmp_path / "usb")
    os.makedirs(tmp_path / "send")
    paths = {"work": work, "mine": mine, "theirs": theirs, "out": str(tmp_path / "out.sqlite"),
             "usb": str(tmp_path / "usb" / "plan.sqlite"), "send": str(tmp_path / "send" / "copy.sqlite")}
    modes = ["edit", "edit", "merge", "saveback", "send"]
    stats = {m: {"kills": 0, "mid": 0} for m in modes}
    state = _state(work, rows, cid)
    usb_states = {None}
    send_states = {}
    for k in range(KILLS):
        mode = modes[k % len(modes)]
        r, w = os.pipe()
        pid = os.fork()
        if pid == 0:   # child
            os.close(r)
            code = 0
            try:
                _child(mode, paths, rows, aid, cid, w)
            except BaseException:
                import traceback
                traceback.print_exc()
                code = 3
            os._exit(code)
        os.close(w)
        done = b""
        if mode == "edit":
            # wait for the first save, so that the kill lands among saves (~ms each) whatever the
            # machine's load (a loaded machine spent the whole delay opening the file)
            done = _first_line(r, 10.0)
            time.sleep(rng.uniform(0.0, 0.015))
        else:
            time.sleep(rng.uniform(0.0, 0.08))
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        while True:
            chunk = os.read(r, 65536)
            if not chunk:
                break
            done += chunk
        os.close(r)
        assert os.WIFSIGNALED(status), f"child {mode} ended by itself (status {status}): an error in the operation"
        lines = done.decode().split()
        stats[mode]["kills"] += 1
        if mode == "edit":
            if hot_journal(work):
                stats[mode]["mid"] += 1
            reported = int(lines[-1]) if lines else state
            new = _state(work, rows, cid)
            assert new in (reported, reported + 1), (new, reported)
            state = new
        elif mode == "merge":
            out = paths["out"]
            if os.path.exists(out):
                assert sqlite3.connect(out).execute("PRAGMA integrity_check").fetchall() == [("ok",)]
                assert ddump(out) == ref_dump
        elif mode == "saveback":
            usb = paths["usb"]
            if os.path.exists(usb):
                s = _ro_state(usb, rows, cid)
                assert s in usb_states | {state}, (s, usb_states, state)
                usb_states = {s}
        elif mode == "send":
            sp = paths["send"]
            for f in (sp, sp + ".zip"):
                if os.path.exists(f):
                    from core import sharing
                    local = sharing.open_received(f, str(tmp_path / "recv"))
                    s = _ro_state(local, rows, cid)
                    assert s in (state, send_states.get(f)), (s, state, send_states.get(f))
                    send_states[f] = s
    # hidden temporary files of killed writes: the next write into each folder removes them
    # (issue 12, item 12; their age limit set to 0 here: every killed writer is gone)
    from core import fileio, merge, sharing
    folders = [str(tmp_path), str(tmp_path / "usb"), str(tmp_path / "send")]
    left = [n for f in folders for n in os.listdir(f) if fileio.is_leftover_name(n)]
    stats["leftovers"] = len(left)
    old_age = fileio.LEFTOVER_AGE
    fileio.LEFTOVER_AGE = 0
    try:
        merge.merge_files(mine, theirs, paths["out"], overwrite=True)
        st = PlanStore.open(work)
        try:
            sharing.save_back(st, paths["usb"])
        finally:
            st.close()
        sharing.send_copy(work, paths["send"], zip_it=True, overwrite=True)
    finally:
        fileio.LEFTOVER_AGE = old_age
    still = [n for f in folders for n in os.listdir(f) if fileio.is_leftover_name(n)]
    assert still == [], still
    # the working file is still a normal, editable plan
    edit(work, set_cell(aid, rows[0], cid, "after the storm"))
    assert dump(PlanStore.open(work).load())["meta"]["title"].startswith("state")
    print(stats, file=sys.stderr)
    assert sum(s["kills"] for s in stats.values() if isinstance(s, dict)) == KILLS
    assert stats["edit"]["mid"] > 0, "no kill landed inside a save: timing too coarse"
