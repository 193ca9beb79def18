"""Issue 12, item 11: a crafted file with 1,000,000 appendix rows was accepted
by check-file after 36 s and 4.8 GB.  The documented limits (core/limits.py,
README, docs/file-format.md) are enforced by the validator with cheap SQL
before anything is loaded, by every action, with one line naming the limit;
a file at the limit is accepted, and the program never makes a plan over one.
(Times and memory at and over the limits: bench/bench_limits.py.)"""
from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys

import pytest

from core import limits, operations
from core.errors import FileRefused
from core.store import safe_open
from core.store.planfile import PlanStore

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLE = os.path.join(ROOT, "resources", "samples", "002_4ddd967f79e7422c.sqlite")


def sha(p) -> str:
    with open(p, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def cli(*args, lang=None):
    cmd = [sys.executable, os.path.join(ROOT, "main.py"), *map(str, args)] + (["--lang", lang] if lang else [])
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, cwd=ROOT,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))


def refused(r) -> str:
    assert r.returncode == 2, (r.returncode, r.stdout[-300:], r.stderr[-1500:])
    assert "Traceback" not in r.stderr + r.stdout, r.stderr[-1500:]
    lines = [x for x in r.stderr.splitlines() if x.strip()]
    assert len(lines) == 1, r.stderr
    return lines[0]


def crafted(tmp_path, name, *sql, args=()) -> str:
    p = str(tmp_path / name)
    shutil.copyfile(SAMPLE, p)
    c = sqlite3.connect(p)
    for s in sql:
        c.execute(s, args)
    c.commit()
    c.close()
    return p


ADD_ROWS = ("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
            "INSERT INTO appendix_row(id, appendix_id, pos, kind, level, continues, cells, lead, support, status, "
            "flag, label, created, modified, rev, hash) "
            "SELECT 'crafted-' || i, (SELECT id FROM appendix ORDER BY pos LIMIT 1), 100000 + i, 'task', 0, 0, "
            "'{}', '[]', '[]', '{}', '', '', '2026-01-01', '2026-01-01', 1, '' FROM n")
ADD_SECTIONS = ("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                "INSERT INTO section(id, parent_id, pos, kind, title, body, tail, created, modified, rev, hash) "
                "SELECT 'crafted-' || i, NULL, 100000 + i, 'muc', '[]', '[]', '[]', '2026-01-01', '2026-01-01', 1, '' "
                "FROM n")


def existing(table: str) -> int:
    c = sqlite3.connect(SAMPLE)
    try:
        return c.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        c.close()


def test_one_row_over_the_limit_refused_by_every_action(tmp_path):
    n = limits.MAX_ROWS + 1
    p = crafted(tmp_path, "qua-dong.sqlite", ADD_ROWS, args=(n - existing("appendix_row"),))
    before = sha(p)
    for args in (["check-file", p], ["dump", p], ["export", p, "--docx", tmp_path / "o.docx"],
                 ["export-xlsx", p, tmp_path / "o.xlsx"], ["merge", SAMPLE, p, "--out", tmp_path / "m.sqlite"],
                 ["next-year", p, tmp_path / "n.sqlite"]):
        line = refused(cli(*args))
        assert limits.fmt(n) in line and limits.fmt(limits.MAX_ROWS) in line and "dòng" in line, (args, line)
    line = refused(cli("check-file", p, lang="en"))
    assert "20,001 appendix table rows" in line and "20,000" in line
    with pytest.raises(FileRefused):          # the window
        PlanStore.open(p)
    assert sha(p) == before


def test_at_the_row_limit_accepted(tmp_path):
    p = crafted(tmp_path, "du-dong.sqlite", ADD_ROWS, args=(limits.MAX_ROWS - existing("appendix_row"),))
    r = cli("check-file", p)
    assert r.returncode == 0 and f"{limits.MAX_ROWS} dòng bảng" in r.stdout, r.stderr[-1500:]


def test_sections_over_the_limit(tmp_path):
    n = limits.MAX_SECTIONS + 1
    p = crafted(tmp_path, "qua-muc.sqlite", ADD_SECTIONS, args=(n - existing("section"),))
    line = refused(cli("check-file", p))
    assert limits.fmt(n) in line and "mục" in line


def test_a_value_over_the_cell_limit(tmp_path):
    n = limits.MAX_FIELD_CHARS + 10
    p = crafted(tmp_path, "o-lon.sqlite",
                "UPDATE appendix_row SET cells = json_object('x', printf('%.*c', ?, 'a')) "
                "WHERE id = (SELECT id FROM appendix_row LIMIT 1)", args=(n - 8,))
    line = refused(cli("check-file", p))
    assert limits.fmt(n) in line and limits.fmt(limits.MAX_FIELD_CHARS) in line, line


def test_all_the_text_over_the_content_limit(tmp_path):
    """Forty rows of 900,000 characters: each under the cell limit, together
    over what the reader loads (32 million characters)."""
    p = crafted(tmp_path, "nhieu-chu.sqlite",
                "UPDATE appendix_row SET cells = json_object('x', printf('%.*c', 900000, 'a')) "
                "WHERE id IN (SELECT id FROM appendix_row LIMIT 40)")
    line = refused(cli("check-file", p))
    assert limits.fmt(limits.MAX_CONTENT_CHARS) in line and "ký tự" in line, line


def test_file_size_limit_from_the_header(tmp_path, monkeypatch):
    """Checked first, from the file's size (a real 512 MB file is in the bench)."""
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", os.path.getsize(SAMPLE) - 1)
    with pytest.raises(FileRefused) as e:
        safe_open.validate(SAMPLE)
    assert "MB" in e.value.vi and "giới hạn" in e.value.vi


def test_editing_stops_at_the_row_limit():
    from core.model import Appendix, Plan, Row
    plan = Plan(appendices=[Appendix(rows=[Row() for _ in range(limits.MAX_ROWS)])])
    with pytest.raises(operations.OperationError) as e:
        operations.insert_row(plan, plan.appendices[0].id, 0)
    assert limits.fmt(limits.MAX_ROWS) in e.value.vi
    assert len(plan.appendices[0].rows) == limits.MAX_ROWS


def test_a_value_over_the_limit_is_never_written(tmp_path):
    """Typing (or pasting) past the one-value limit: the change is refused and
    the file stays one the program opens — not saved, then refused on opening."""
    from core.errors import PlanError
    p = str(tmp_path / "kh.sqlite")
    shutil.copyfile(SAMPLE, p)
    st = PlanStore.open(p)
    try:
        plan = st.load()
        app = next(a for a in plan.appendices if a.rows)
        row, col = app.rows[0], app.columns[-1]
        before = row.cells.get(col.id, "")
        ids = operations.set_cell(plan, app.id, row.id, col.id, "a" * (limits.MAX_FIELD_CHARS + 1))
        with pytest.raises(PlanError) as e:
            st.sync(plan, ids)
        assert limits.fmt(limits.MAX_FIELD_CHARS) in e.value.vi
    finally:
        st.close()
    r = cli("check-file", p)
    assert r.returncode == 0, r.stderr
    st = PlanStore.open(p)
    try:
        again = st.load()
    finally:
        st.close()
    assert next(a for a in again.appendices if a.id == app.id).rows[0].cells.get(col.id, "") == before
