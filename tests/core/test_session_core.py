import json
import os
import socket
from datetime import datetime, timedelta

import pytest

from core import session
from core.operations import set_cell
from core.store.planfile import PlanStore
from core.templates import plan_from_template


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("KEHOACH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("KEHOACH_REMOVABLE", raising=False)


def _plan_file(tmp_path):
    p = tmp_path / "ke-hoach.sqlite"
    PlanStore.create(str(p), plan_from_template("papi", agency="huyện Vị Xuyên")).close()
    return str(p)


def test_lock_states(tmp_path):
    f = _plan_file(tmp_path)
    assert session.read_lock(f) is None
    session.write_lock(f)
    assert session.read_lock(f).state == "alive"   # a second window of this process
    session._OPEN_HERE.clear()
    assert session.read_lock(f) is None            # our own note, file not open here
    d = json.load(open(session.lock_path(f)))
    d["pid"] = 999999999                         # a process that does not exist: crash
    json.dump(d, open(session.lock_path(f), "w"))
    info = session.read_lock(f)
    assert info.state == "stale" and "bất thường" in info.describe()
    d["pid"] = 1                                 # a live process on this host
    json.dump(d, open(session.lock_path(f), "w"))
    assert session.read_lock(f).state == "alive"
    d["host"] = socket.gethostname() + "-other"
    json.dump(d, open(session.lock_path(f), "w"))
    info = session.read_lock(f)
    assert info.state == "other-host" and info.host in info.describe()


def test_release_only_own_lock(tmp_path):
    f = _plan_file(tmp_path)
    session.write_lock(f)
    session.release_lock(f)
    assert not os.path.exists(session.lock_path(f))
    json.dump({"host": "x", "pid": 5}, open(session.lock_path(f), "w"))
    session.release_lock(f)
    assert os.path.exists(session.lock_path(f))


def test_thinning():
    now = datetime(2024, 6, 30, 12, 0)
    # one backup every 3 hours for 90 days
    bks = [(f"b{i}", now - timedelta(hours=3 * i)) for i in range(90 * 8)]
    drop = set(session.thin_backups(bks, now, keep_last=5, days=7, weeks=8))
    kept = [(p, t) for p, t in bks if p not in drop]
    assert [p for p, _ in kept[:5]] == ["b0", "b1", "b2", "b3", "b4"]
    # at most one per day within the week (beyond the last five), one per week after
    days = {t.date() for p, t in kept if now - t <= timedelta(days=7)}
    assert len(days) >= 7
    old = [t for p, t in kept if now - t > timedelta(days=7)]
    weeks = [t.isocalendar()[:2] for t in old]
    assert len(weeks) == len(set(weeks)) and 6 <= len(weeks) <= 9
    assert not any(now - t > timedelta(weeks=8) for t in old)
    assert len(kept) < 30


def test_backup_files_are_valid_and_thinned(tmp_path):
    f = _plan_file(tmp_path)
    st = PlanStore.open(f)
    base = datetime(2024, 1, 1, 8, 0)
    for i in range(8):
        session.make_backup(st, f, now=base + timedelta(minutes=i))
    files = session.list_backups(f)
    assert len(files) == 5      # all on the same day: the last five
    from core.store.safe_open import validate
    validate(files[0][0])
    st.close()


def test_working_copy_on_removable(tmp_path, monkeypatch):
    monkeypatch.setenv("KEHOACH_REMOVABLE", "1")
    f = _plan_file(tmp_path)
    s = session.Session.start(f)
    assert s.working and s.edit_path != f and os.path.exists(s.edit_path)
    st = PlanStore.open(s.edit_path)
    plan = st.load()
    app = plan.appendices[0]
    ids = set_cell(plan, app.id, app.rows[0].id, app.columns[1].id, "Sửa trên bản làm việc")
    st.sync(plan, ids)
    s.edited()
    # a crash now: the original is unchanged, the copy is pending
    assert session.pending_working_copy(f) == s.edit_path
    from core.store.planfile import load_plan
    assert load_plan(f).appendices[0].rows[0].cells.get(app.columns[1].id) != "Sửa trên bản làm việc"
    s.end(st)
    st.close()
    assert session.pending_working_copy(f) is None
    assert load_plan(f).appendices[0].rows[0].cells[app.columns[1].id] == "Sửa trên bản làm việc"
    assert not os.path.exists(session.lock_path(f))
