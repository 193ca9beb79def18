"""Issue 12, item 7: a crafted section tree 10,000 (or 900) levels deep, or
JSON nested 100,000 deep in a cell or a header field, ended in RecursionError
in check-file, dump, export and the window, and merge ran past 60 s.  Now the
validator refuses past the documented depth (core/limits.py: 32 section
levels, 16 JSON levels) with one line, exit 2, before anything is loaded —
and whatever it accepts, every later reader handles (check-file never says
"Tốt" for a file dump cannot print)."""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time

import pytest

from core import limits
from core.errors import FileRefused, PlanError
from core.importers.outline import Para, build_plan
from core.model import Plan, Run, Section
from core.store import codec
from core.store.planfile import PlanStore, save_plan

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLE = os.path.join(ROOT, "resources", "samples", "002_4ddd967f79e7422c.sqlite")


def sha(p) -> str:
    with open(p, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def cli(*args, lang=None):
    cmd = [sys.executable, os.path.join(ROOT, "main.py"), *map(str, args)] + (["--lang", lang] if lang else [])
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, cwd=ROOT, env=env)


def refused(r) -> str:
    assert r.returncode == 2, (r.returncode, r.stdout[-300:], r.stderr[-1500:])
    assert "Traceback" not in r.stderr + r.stdout, r.stderr[-1500:]
    lines = [x for x in r.stderr.splitlines() if x.strip()]
    assert len(lines) == 1, r.stderr
    return lines[0]


def deep_file(tmp_path, depth: int, name: str = "deep.sqlite") -> str:
    """The sample plan with a chain of *depth* sections added by direct SQL
    (what a crafted file holds: every one a 'mục', each under the previous)."""
    p = str(tmp_path / name)
    shutil.copyfile(SAMPLE, p)
    c = sqlite3.connect(p)
    parent = None
    rows = []
    for i in range(depth):
        sid = f"deep-{i}"
        rows.append((sid, parent, 1.0, "muc", json.dumps([[f"Cấp {i + 1}"]]), "[]", "[]", "2026-01-01T00:00:00",
                     "2026-01-01T00:00:00", 1, ""))
        parent = sid
    c.executemany("INSERT INTO section(id, parent_id, pos, kind, title, body, tail, created, modified, rev, hash) "
                  "VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)
    c.commit()
    c.close()
    return p


def deep_json_file(tmp_path, where: str, depth: int = 100_000) -> str:
    p = str(tmp_path / f"json-{where}.sqlite")
    shutil.copyfile(SAMPLE, p)
    c = sqlite3.connect(p)
    nest = "[" * depth + "]" * depth
    if where == "cell":
        c.execute("UPDATE appendix_row SET cells=? WHERE id=(SELECT id FROM appendix_row LIMIT 1)",
                  ('{"x":' + nest + "}",))
    else:   # a header field
        d = json.loads(c.execute("SELECT data FROM meta").fetchone()[0])
        d["page"] = "@"
        c.execute("UPDATE meta SET data=?", (json.dumps(d).replace('"@"', nest),))
    c.commit()
    c.close()
    return p


@pytest.mark.parametrize("depth", [10_000, 900, limits.MAX_DEPTH + 1])
def test_deep_tree_refused_by_every_action(tmp_path, depth):
    p = deep_file(tmp_path, depth)
    before = sha(p)
    for args in (["check-file", p], ["dump", p], ["export", p, "--docx", tmp_path / "o.docx"],
                 ["export-xlsx", p, tmp_path / "o.xlsx"]):
        line = refused(cli(*args))
        assert "32" in line and "cấp mục" in line, line
    t = time.monotonic()
    line = refused(cli("merge", SAMPLE, p, "--out", tmp_path / "m.sqlite"))
    assert time.monotonic() - t < 30          # it ran past 60 s
    assert "32" in line
    assert "32" in refused(cli("check-file", p, lang="en"))
    assert sha(p) == before
    assert not os.path.exists(tmp_path / "o.docx") and not os.path.exists(tmp_path / "m.sqlite")
    # the window opens a plan through PlanStore.open (validate, then load)
    with pytest.raises(FileRefused) as e:
        PlanStore.open(p)
    assert "32" in e.value.vi and "32" in e.value.en


def test_at_the_limit_every_reader_agrees(tmp_path):
    """32 levels: accepted by check-file, and then dump and export work too."""
    p = deep_file(tmp_path, limits.MAX_DEPTH)
    r = cli("check-file", p)
    assert r.returncode == 0 and r.stdout.startswith("Tốt"), r.stderr[-1500:]
    r = cli("dump", p)
    assert r.returncode == 0, r.stderr[-1500:]
    assert "Cấp 32" in r.stdout
    r = cli("export", p, "--docx", tmp_path / "o.docx")
    assert r.returncode == 0, r.stderr[-1500:]
    st = PlanStore.open(p)
    try:
        plan = st.load()
    finally:
        st.close()
    assert limits.tree_depth(plan.sections) == limits.MAX_DEPTH


def test_a_cycle_is_still_repaired_not_refused(tmp_path):
    """Two sections that name each other as parent: re-attached on reading,
    as before (the depth check must not turn that into a refusal)."""
    p = deep_file(tmp_path, 2)
    c = sqlite3.connect(p)
    c.execute("UPDATE section SET parent_id='deep-1' WHERE id='deep-0'")
    c.commit()
    c.close()
    r = cli("check-file", p)
    assert r.returncode == 0, r.stderr[-1500:]


@pytest.mark.parametrize("where", ["cell", "header"])
def test_deep_json_refused(tmp_path, where):
    p = deep_json_file(tmp_path, where)
    before = sha(p)
    for args in (["check-file", p], ["dump", p], ["export", p, "--docx", tmp_path / "o.docx"]):
        line = refused(cli(*args))
        assert "16" in line, line
    line = refused(cli("merge", p, p, "--out", tmp_path / "m.sqlite"))
    assert "16" in line, line
    assert sha(p) == before


def test_json_depth_limit_in_the_reader():
    ok = "[" * limits.MAX_JSON_DEPTH + "]" * limits.MAX_JSON_DEPTH
    assert codec.jload(ok, None) is not None
    for n in (limits.MAX_JSON_DEPTH + 1, 900, 100_000):
        with pytest.raises(codec.BadRecord):
            codec.jload("[" * n + "]" * n, None)
    with pytest.raises(codec.BadRecord):
        codec.jload('{"a":' * 20 + "1" + "}" * 20, None)
    # many brackets inside a text are not nesting
    assert codec.jload(json.dumps({"x": "[" * 500}), None) == {"x": "[" * 500}


def test_program_never_writes_a_tree_it_would_refuse(tmp_path):
    plan = Plan()
    parent = None
    for i in range(limits.MAX_DEPTH + 5):
        s = Section(kind="muc", title=[Run(f"Cấp {i}")], parent_id=parent.id if parent else None)
        (parent.children if parent else plan.sections).append(s)
        parent = s
    out = tmp_path / "too-deep.sqlite"
    with pytest.raises(PlanError) as e:
        save_plan(plan, str(out))
    assert "32" in e.value.vi
    assert not out.exists() and not [f for f in os.listdir(tmp_path) if f.startswith(".tmp-")]


def test_importer_tree_within_the_validator_depth():
    """The outline builder nests at most A. / I. / 1. / a) — far inside the limit
    — however the Word file's numbers are arranged."""
    labels = ["A. Phần", "I. Mục", "1. Khoản", "a) Điểm"] * 10
    plan = build_plan([Para([Run(t)]) for t in ["KẾ HOẠCH"] + labels])
    assert 1 <= limits.tree_depth(plan.sections) <= 4 < limits.MAX_DEPTH
