"""Issue 12, item 11: a merge of two big copies refused with "Nội dung quá
lớn" because its own report (and conflict list) outgrew the 5 MB a plan file
may hold in one value.  The merge never fails on its own report: the report
lists the first changes and counts them all, the conflict list is stored in
pieces, and the merged file opens, lists and resolves every conflict."""
from __future__ import annotations

import json
import os
import sqlite3

from core import merge
from core.store.planfile import PlanStore, load_plan_readonly
from tests.merge.test_merge_util import SAMPLES, Pick, copy, edit, make_base, set_cell


def info(path: str, key: str):
    c = sqlite3.connect(path)
    try:
        row = c.execute("SELECT value FROM info WHERE key=?", (key,)).fetchone()
        return json.loads(row[0]) if row else None
    finally:
        c.close()


def test_conflicts_over_5_mb_are_stored_and_resolvable(tmp_path):
    base = make_base(tmp_path, SAMPLES[0])
    pick = Pick(base)
    rows = [r for r in pick.rows if r.kind == "task"][:12]
    # each side types a different long text (450,000 characters, 1.35 MB in UTF-8) in 12 cells
    mine_text, theirs_text = "ệ" * 450_000, "ữ" * 450_000
    mine, theirs = copy(base, tmp_path, "mine.sqlite"), copy(base, tmp_path, "theirs.sqlite")
    edit(mine, *[set_cell(pick.app.id, r.id, pick.task.id, mine_text + str(i)) for i, r in enumerate(rows)])
    edit(theirs, *[set_cell(pick.app.id, r.id, pick.task.id, theirs_text + str(i)) for i, r in enumerate(rows)])
    out = str(tmp_path / "merged.sqlite")
    res = merge.merge_files(mine, theirs, out)
    assert len(res.conflicts) == 12
    st = PlanStore.open(out)
    try:
        listed = merge.conflicts_of(st)
        assert len(listed) == 12 and {c["id"] for c in listed} == {c["id"] for c in res.conflicts}
        target = next(c for c in listed if c["rec_id"] == rows[3].id)
        merge.resolve_conflict(st, target["id"], "theirs")
        assert len(merge.pending_conflicts(st)) == 11
        plan = st.load()
    finally:
        st.close()
    row = next(r for a in plan.appendices for r in a.rows if r.id == rows[3].id)
    assert row.cells[pick.task.id] == theirs_text + "3"
    load_plan_readonly(out)              # the merged file passes the validator


def test_report_lists_the_first_changes_and_counts_all(tmp_path, monkeypatch):
    monkeypatch.setattr(merge.conflicts, "REPORT_CHANGES", 10)
    base = make_base(tmp_path, SAMPLES[0])
    pick = Pick(base)
    rows = [r for r in pick.rows if r.kind == "task"][:12]
    theirs = copy(base, tmp_path, "theirs.sqlite")
    edit(theirs, *[set_cell(pick.app.id, r.id, pick.task.id, f"Nhiệm vụ sửa {i}") for i, r in enumerate(rows)])
    out = str(tmp_path / "merged.sqlite")
    res = merge.merge_files(base, theirs, out)
    stored = info(out, "merge_report")
    assert len(stored["changes"]) == 10 and stored["changes_total"] == len(res.report["changes"]) >= 12
    assert stored["changes_not_listed"] == stored["changes_total"] - 10
    assert stored["counts"] == res.report["counts"]
    lines = merge.report_lines(res)              # what the command line prints: from the full report
    assert any("còn" in x for x in lines) or len(res.report["changes"]) <= 50
    assert os.path.getsize(out) > 0


def test_merge_over_the_row_limit_refused_before_writing(tmp_path):
    """Both offices add rows to a plan near the limit: each copy is within it,
    the merge would not be — refused with the limit named, nothing written."""
    import shutil

    from core import limits
    from core import operations as ops
    from core.errors import PlanError
    base = str(tmp_path / "base.sqlite")
    shutil.copyfile(SAMPLES[2] if len(SAMPLES) > 2 else SAMPLES[0], base)
    c = sqlite3.connect(base)
    have = c.execute("SELECT count(*) FROM appendix_row").fetchone()[0]
    c.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
              "INSERT INTO appendix_row(id, appendix_id, pos, kind, level, continues, cells, lead, support, status, "
              "flag, label, created, modified, rev, hash) SELECT 'near-' || i, (SELECT id FROM appendix LIMIT 1), "
              "100000 + i, 'task', 0, 0, '{}', '[]', '[]', '{}', '', '', '2026-01-01', '2026-01-01', 1, '' FROM n",
              (limits.MAX_ROWS - 10 - have,))
    c.commit()
    c.close()
    sides = []
    for name in ("mine", "theirs"):
        p = copy(base, tmp_path, f"{name}.sqlite")
        st = PlanStore.open(p)
        try:
            plan = st.load()
            ids = set()
            for _ in range(8):
                ids |= ops.insert_row(plan, plan.appendices[0].id, 0)[1]
            st.sync(plan, ids)
        finally:
            st.close()
        sides.append(p)
    out = tmp_path / "merged.sqlite"
    try:
        merge.merge_files(sides[0], sides[1], str(out))
        raise AssertionError("merged over the limit")
    except PlanError as e:
        assert limits.fmt(limits.MAX_ROWS + 6) in e.vi and limits.fmt(limits.MAX_ROWS) in e.vi, e.vi
        assert ".tmp" not in e.vi
    assert not out.exists() and not [f for f in os.listdir(tmp_path) if f.startswith(".tmp")]
