"""Make every write step of save / merge / save-back / send-copy fail in
turn and check the files afterwards.

Two kinds of fault, each in a forked child so the test process is unharmed:

* ``RLIMIT_FSIZE`` = L: every write at a file offset >= L fails (EFBIG,
  which SQLite reports as "disk full").  Sweeping L from 0 past the file
  sizes makes the first failing write land on each page write in turn —
  journal, database pages, temp file, zip.
* The N-th call of ``os.replace`` / ``os.fsync`` / ``tempfile.mkstemp``
  raises (ENOSPC, EIO, EROFS "read-only stick").

Afterwards: the operation either succeeded or raised a PlanError (clear
message, no other exception); the target holds its old or its new state
and passes the checks; the working file is intact.
"""
from __future__ import annotations

import errno
import os
import resource
import signal

import pytest

from core.errors import PlanError
from tests.merge.test_merge_util import SAMPLES, Pick, copy, ddump, edit, make_base, set_cell
from tests.store.test_kill_during_writes import _ro_state, _state

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
STEP = 8192


def run_child(fn, limit=None, patch=None) -> str:
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        out = "ok"
        try:
            if patch:
                patch()
            if limit is not None:
                signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
                resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))
            fn()
        except PlanError as e:
            out = "planerror:" + e.vi
        except BaseException as e:   # noqa: BLE001 - reported to the parent
            out = f"other:{type(e).__name__}: {e}"
        os.write(w, out.encode()[:60000])
        os._exit(0)
    os.close(w)
    data = b""
    while True:
        chunk = os.read(r, 65536)
        if not chunk:
            break
        data += chunk
    os.close(r)
    os.waitpid(pid, 0)
    return data.decode()


def fail_nth(modname, attr, n, exc):
    def patch():
        import importlib
        mod = importlib.import_module(modname)
        real = getattr(mod, attr)
        count = [0]

        def wrapper(*a, **k):
            count[0] += 1
            if count[0] == n:
                raise exc
            return real(*a, **k)
        setattr(mod, attr, wrapper)
    return patch


HOOKS = [("os", "replace", OSError(errno.ENOSPC, "No space left on device")),
         ("os", "fsync", OSError(errno.EIO, "Input/output error")),
         ("tempfile", "mkstemp", PermissionError(errno.EROFS, "Read-only file system"))]


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("io")
    base = make_base(tmp, SAMPLES[2] if len(SAMPLES) > 2 else (SAMPLES[0] if SAMPLES else "template:papi"))
    p = Pick(base)
    rows = [r.id for r in p.rows[:10]]
    aid, cid = p.app.id, p.task.id

    def state(n):
        def fn(plan):
            plan.meta.title = f"state {n}"
            return {plan.meta.id} | {x for r in rows for x in set_cell(aid, r, cid, f"state {n}")(plan)}
        return fn
    edit(base, state(0))
    mine, theirs = copy(base, tmp, "mine.sqlite"), copy(base, tmp, "theirs.sqlite")
    edit(mine, *[set_cell(aid, r, cid, f"mình {i}") for i, r in enumerate(rows[:5])])
    edit(theirs, *[set_cell(aid, r, cid, f"kia {i}") for i, r in enumerate(rows[3:])])
    from core import merge
    ref = str(tmp / "ref.sqlite")
    merge.merge_files(mine, theirs, ref)
    return dict(tmp=tmp, base=base, rows=rows, aid=aid, cid=cid, state=state, mine=mine, theirs=theirs,
                ref_dump=ddump(ref), size=os.path.getsize(base))


def faults(size):
    out = [("fsize", L, None) for L in range(0, size + 3 * STEP, STEP)]
    for mod, attr, exc in HOOKS:
        for n in (1, 2, 3):
            out.append(("hook", None, fail_nth(mod, attr, n, exc)))
    return out


OUTCOMES: list[str] = []


def check_outcome(res: str):
    OUTCOMES.append(res[:40])
    assert res == "ok" or res.startswith("planerror:"), res


def teardown_module(module):
    import collections
    import sys
    print("\nI/O fault outcomes:", dict(collections.Counter(OUTCOMES)), file=sys.stderr)


def test_save_fails_at_every_step(world, tmp_path):
    work = copy(world["base"], tmp_path, "work.sqlite")
    rows, cid = world["rows"], world["cid"]
    n = 0
    failures = 0
    for kind, limit, patch in faults(world["size"]):
        def op(n=n):
            edit(work, world["state"](n + 1))
        res = run_child(op, limit, patch)
        check_outcome(res)
        got = _state(work, rows, cid)
        assert got == (n + 1 if res == "ok" else n) or (res != "ok" and got in (n, n + 1)), (kind, limit, res, got)
        if res != "ok":
            failures += 1
        n = got
    assert failures >= 3
    # after all that the file still takes a normal save
    edit(work, world["state"](n + 1))
    assert _state(work, rows, cid) == n + 1


def test_merge_fails_at_every_step(world, tmp_path):
    from core import merge
    out = str(tmp_path / "out.sqlite")
    failures = 0
    for kind, limit, patch in faults(world["size"] * 2):
        if os.path.exists(out):
            os.unlink(out)
        res = run_child(lambda: merge.merge_files(world["mine"], world["theirs"], out), limit, patch)
        check_outcome(res)
        if res == "ok":
            assert ddump(out) == world["ref_dump"]
        else:
            failures += 1
            assert not os.path.exists(out), (kind, limit, res)
        assert not [x for x in os.listdir(tmp_path) if x.startswith(".tmp")], (kind, limit, res)
    assert failures >= 3


def test_save_back_and_send_copy_fail_at_every_step(world, tmp_path):
    from core import sharing
    from core.store.planfile import PlanStore
    rows, cid = world["rows"], world["cid"]
    work = copy(world["base"], tmp_path, "work.sqlite")
    usb = str(tmp_path / "usb.sqlite")
    copy(world["base"], tmp_path, "usb.sqlite")          # state 0 on the stick
    edit(work, world["state"](7))
    send_dir = tmp_path / "send"
    os.makedirs(send_dir)
    failures = 0
    for kind, limit, patch in faults(world["size"] * 2):
        def op():
            st = PlanStore.open(work)
            try:
                sharing.save_back(st, usb)
            finally:
                st.close()
        res = run_child(op, limit, patch)
        check_outcome(res)
        s = _ro_state(usb, rows, cid)
        assert s == 7 if res == "ok" else s in (0, 7), (kind, limit, res, s)
        if res != "ok":
            failures += 1
        copy(world["base"], tmp_path, "usb.sqlite")      # back to state 0 for the next fault
        for zip_it in (False, True):
            for f in os.listdir(send_dir):
                os.unlink(send_dir / f)
            res = run_child(lambda: sharing.send_copy(work, str(send_dir), zip_it=zip_it), limit, patch)
            check_outcome(res)
            files = os.listdir(send_dir)
            if res == "ok":
                assert len(files) == 1
                local = sharing.open_received(str(send_dir / files[0]), str(tmp_path / "recv"))
                assert _ro_state(local, rows, cid) == 7
            else:
                failures += 1
                assert files == [], (kind, limit, res, files)
    assert _state(work, rows, cid) == 7
    assert failures >= 6
