"""Restore from a backup (core, no screen): list with summaries, restore in one
transaction after backing up the current state, refuse foreign or damaged files."""
import os
from datetime import datetime, timedelta

import pytest

from core import session
from core.dump import dump
from core.errors import PlanError
from core.operations import set_cell
from core.store.planfile import PlanStore, load_plan_readonly
from core.templates import plan_from_template


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("KEHOACH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("KEHOACH_REMOVABLE", raising=False)


def _open(tmp_path):
    p = str(tmp_path / "ke-hoach.sqlite")
    PlanStore.create(p, plan_from_template("papi", agency="huyện Vị Xuyên")).close()
    store = PlanStore.open(p)
    return p, store, store.load()


def _first_cell(plan):
    app = plan.appendices[0]
    row = next(r for r in app.rows if r.kind == "task")
    col = next(c for c in app.columns if c.key not in ("tt",))
    return app, row, col


def test_describe_backups_newest_first_with_summary(tmp_path):
    p, store, plan = _open(tmp_path)
    t0 = datetime(2024, 6, 3, 10, 42)
    session.make_backup(store, p, now=t0)
    app, row, col = _first_cell(plan)
    store.sync(plan, set_cell(plan, app.id, row.id, col.id, "Nội dung mới"))
    session.make_backup(store, p, now=t0 + timedelta(minutes=30))
    infos = session.describe_backups(p)
    assert [i.when for i in infos] == [t0 + timedelta(minutes=30), t0]
    i = infos[1]
    assert i.size == os.path.getsize(i.path) > 0
    assert i.sections == sum(1 for _ in plan.walk()) and i.appendices == len(plan.appendices)
    assert i.rows == sum(len(a.rows) for a in plan.appendices) and not i.error
    assert i.when_text(t0 + timedelta(hours=2)) == "10:42 Thứ Hai, 03/06/2024 (2 giờ trước)"
    assert f"{i.sections} mục" in i.summary_text() and i.size_text().endswith("KB")
    store.close()


def test_describe_backups_in_english(tmp_path):
    p, store, plan = _open(tmp_path)
    t0 = datetime(2024, 6, 3, 10, 42)
    session.make_backup(store, p, now=t0)
    with open(os.path.join(session.backup_dir(p), "ke-hoach-20240602-090000.sqlite"), "wb") as f:
        f.write(b"not a database" * 100)
    good, bad = session.describe_backups(p, lang="en")
    assert good.when_text(t0 + timedelta(hours=2)) == "10:42 Monday, 3 June 2024 (2 hours ago)"
    assert good.summary_text().startswith(f"{good.sections} sections, ") and "table row" in good.summary_text()
    assert good.size_text().endswith("KB")
    assert bad.error and bad.summary_text().startswith("cannot be read: ")
    vi_bad = session.describe_backups(p)[1]                  # Vietnamese stays the default
    assert vi_bad.summary_text().startswith("không đọc được: ")
    store.close()


def test_restore_replaces_content_and_backs_up_current_state(tmp_path):
    p, store, plan = _open(tmp_path)
    original = dump(plan)
    old = session.make_backup(store, p, now=datetime(2024, 6, 3, 9, 0))
    app, row, col = _first_cell(plan)
    store.sync(plan, set_cell(plan, app.id, row.id, col.id, "Sửa sau khi sao lưu"))
    edited = dump(plan)
    assert edited != original
    res = session.restore_backup(store, p, old, now=datetime(2024, 6, 3, 9, 30))
    assert res.changed >= 1
    assert dump(res.plan) == original                       # the open file holds the backup's content
    store.close()
    assert dump(load_plan_readonly(p)) == original           # and so does the file on disk
    assert dump(load_plan_readonly(res.before)) == edited    # the state before restoring is kept
    assert os.path.exists(old)
    assert load_plan_readonly(p).file_id == plan.file_id     # same file identity (merge)


def test_restore_refuses_foreign_and_damaged_files(tmp_path):
    p, store, plan = _open(tmp_path)
    app, row, col = _first_cell(plan)
    store.sync(plan, set_cell(plan, app.id, row.id, col.id, "Giữ nguyên"))
    before = dump(store.load())
    other = str(tmp_path / "khac.sqlite")
    PlanStore.create(other, plan_from_template("blank")).close()
    with pytest.raises(PlanError):
        session.restore_backup(store, p, other)
    bad = os.path.join(session.backup_dir(p), "ke-hoach-20240603-090000.sqlite")
    with open(bad, "wb") as f:
        f.write(b"not a database" * 100)
    assert session.describe_backups(p)[0].error
    with pytest.raises(PlanError):
        session.restore_backup(store, p, bad)
    assert dump(store.load()) == before
    store.close()
