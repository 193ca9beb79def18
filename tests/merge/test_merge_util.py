"""Helpers for the merge / fault / fuzz tests (plus unit tests of the field rule).

Plans come from ``resources/samples/*.sqlite``; a sample without an
appendix table gets one (20 task rows) in its base copy so every sample
exercises row merges.  Without samples, template plans are used.
"""
from __future__ import annotations

import glob
import os
import shutil

import pytest

from core import operations as ops
from core.dump import dump
from core.merge import merge_content, value_text
from core.model import Appendix, Column, Row, Run
from core.store.planfile import PlanStore, save_plan

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLES = sorted(glob.glob(os.path.join(ROOT, "resources", "samples", "*.sqlite")))


def sources() -> list:
    if SAMPLES:
        return SAMPLES
    return ["template:papi", "template:sipas"]


def make_base(tmp_path, src: str, name: str = "base.sqlite") -> str:
    """A working copy of a sample (never the sample itself) with a table of
    at least 12 rows."""
    p = str(tmp_path / name)
    if src.startswith("template:"):
        from core.templates import plan_from_template
        save_plan(plan_from_template(src.split(":", 1)[1], agency="UBND huyện Vị Xuyên", year="2026"), p)
    else:
        shutil.copyfile(src, p)
    st = PlanStore.open(p)
    try:
        plan = st.load()
        if not any(len(a.rows) >= 12 for a in plan.appendices):
            app = Appendix(title="Phân công nhiệm vụ")
            app.columns = [Column(key="tt", title="TT"), Column(key="task", title="Nhiệm vụ"),
                           Column(key="lead", title="Chủ trì"), Column(key="deadline", title="Thời gian")]
            for i in range(20):
                r = Row(kind="task", cells={app.columns[1].id: f"Nhiệm vụ số {i + 1}",
                                            app.columns[2].id: "Phòng Nội vụ", app.columns[3].id: "Quý II"})
                r.pos = float(i + 1)
                app.rows.append(r)
            for i, c in enumerate(app.columns):
                c.pos = float(i + 1)
            app.pos = (plan.appendices[-1].pos + 1.0) if plan.appendices else 1.0
            plan.appendices.append(app)
            st.sync(plan)
    finally:
        st.close()
    return p


def copy(src: str, tmp_path, name: str) -> str:
    p = str(tmp_path / name)
    shutil.copyfile(src, p)
    return p


def load(path: str):
    st = PlanStore.open(path)
    try:
        return st.load()
    finally:
        st.close()


def edit(path: str, *fns) -> None:
    """Apply edits the way the app does: each one a sync of the touched ids."""
    st = PlanStore.open(path)
    try:
        plan = st.load()
        for fn in fns:
            st.sync(plan, fn(plan))
    finally:
        st.close()


def expected(path: str, *fns) -> dict:
    plan = load_copy(path)
    for fn in fns:
        fn(plan)
    return dump(plan, ids=True)


def load_copy(path: str):
    from core.store.planfile import load_plan_readonly
    return load_plan_readonly(path)


def ddump(path: str) -> dict:
    return dump(load_copy(path), ids=True)


# ---- what to edit (ids chosen on the base plan) ----
class Pick:
    def __init__(self, path: str):
        self.plan = load_copy(path)
        self.app = max(self.plan.appendices, key=lambda a: len(a.rows))
        self.task = next(c for c in self.app.columns if c.key == "task")
        self.rows = [r for r in self.app.rows]
        self.secs = list(self.plan.walk())
        self.top = self.plan.sections


# ---- edits as functions of a plan ----
def set_cell(aid, rid, cid, text):
    return lambda plan: ops.set_cell(plan, aid, rid, cid, text)


def set_title(sid, text):
    return lambda plan: ops.set_section_text(plan, sid, title=[Run(text)])


def set_body(sid, lines):
    from core.model import Paragraph
    return lambda plan: ops.set_section_text(plan, sid, body=[Paragraph.plain(x) for x in lines])


def set_meta(**kw):
    def fn(plan):
        for k, v in kw.items():
            setattr(plan.meta, k, v)
        return {plan.meta.id}
    return fn


def insert_row(aid, index, cid, text):
    return lambda plan: ops.insert_row(plan, aid, index, cells={cid: text})[1]


def insert_row_id(aid, after_rid, cid, text):
    """Insert after a given row (index found on the plan it is applied to)."""
    def fn(plan):
        app = ops.find_appendix(plan, aid)
        i = next(k for k, r in enumerate(app.rows) if r.id == after_rid)
        return ops.insert_row(plan, aid, i + 1, cells={cid: text})[1]
    return fn


def delete_rows(aid, rids):
    return lambda plan: ops.delete_rows(plan, aid, rids)[1]


def move_row_after(aid, rid, after_rid):
    def fn(plan):
        app = ops.find_appendix(plan, aid)
        j = next(k for k, r in enumerate(app.rows) if r.id == after_rid)
        return ops.move_row(plan, aid, rid, j + 1)
    return fn


def delete_section(sid):
    return lambda plan: ops.delete_section(plan, sid)[1]


def add_section(parent_id, title):
    return lambda plan: ops.add_section(plan, parent_id, None, title)[1]


def move_section(sid, parent_id, index):
    return lambda plan: ops.move_section(plan, sid, parent_id, index)


def set_signer(name):
    def fn(plan):
        plan.signers[0].name = name
        return {plan.signers[0].id}
    return fn


def delete_appendix(aid):
    def fn(plan):
        app = ops.find_appendix(plan, aid)
        plan.appendices.remove(app)
        return {app.id} | {c.id for c in app.columns} | {r.id for r in app.rows}
    return fn


# ---- "no value lost" ----
COMPUTED = {"number", "number_line", "place_date_line", "attachment", "label", "authority_lines", "symbol"}


def texts(obj) -> set[str]:
    """Every non-blank string inside *obj*, skipping dump keys computed from
    other fields (printed numbers, the number line …)."""
    out = set()

    def walk(x):
        if isinstance(x, str):
            if x.strip():
                out.add(x)
        elif isinstance(x, dict):
            for k, v in x.items():
                if k not in COMPUTED:
                    walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)
    walk(obj)
    return out


def conflict_texts(conflicts) -> set[str]:
    out = set()
    for c in conflicts:
        out |= texts(c.get("mine")) | texts(c.get("theirs"))
        out.add(value_text(c, "mine"))
        out.add(value_text(c, "theirs"))
    return out


def stored_texts(path: str) -> set[str]:
    """Every text value stored in the plan's records (JSON fields decoded)."""
    import sqlite3

    from core.store import codec
    from core.store.safe_open import ro_uri
    from core.store.schema import RECORD_TABLES
    conn = sqlite3.connect(ro_uri(path), uri=True)
    conn.row_factory = sqlite3.Row
    out = set()
    try:
        for t in RECORD_TABLES:
            for r in conn.execute(f"SELECT * FROM {t}"):
                for k in r.keys():
                    if k in ("id", "created", "modified", "hash", "parent_id", "appendix_id", "row_id"):
                        continue
                    v = r[k]
                    if isinstance(v, str):
                        out |= texts(codec.jload(v, v) if v[:1] in "[{" else v)
    finally:
        conn.close()
    return out


def assert_nothing_lost(base: str, mine: str, theirs: str, merged: str, conflicts) -> None:
    """Every value either copy wrote (not in the base) is in the merged plan
    or in the conflict list (compared on the stored records and the dumps)."""
    b = stored_texts(base)
    new = (stored_texts(mine) | stored_texts(theirs)) - b
    have = stored_texts(merged) | conflict_texts(conflicts)
    lost = new - have
    assert not lost, f"lost values: {sorted(lost)[:5]}"
    b = texts(ddump(base))
    new = (texts(ddump(mine)) | texts(ddump(theirs))) - b
    have = texts(ddump(merged)) | conflict_texts(conflicts)
    lost = new - have
    assert not lost, f"lost values: {sorted(lost)[:5]}"


# ---------------------------------------------------------------- unit tests --
def test_field_rule_one_sided_both_sided_and_keys():
    base = {"id": "x", "pos": 1.0, "appendix_id": "a", "cells": '{"c1":"a","c2":"b"}', "flag": ""}
    mine = dict(base, cells='{"c1":"A","c2":"b"}')
    theirs = dict(base, cells='{"c1":"a","c2":"B"}', flag="f")
    out, conf, from_t = merge_content("appendix_row", base, mine, theirs)
    assert out["cells"] == '{"c1":"A","c2":"B"}' and out["flag"] == "f" and not conf
    assert set(from_t) == {"cells", "flag"}
    theirs2 = dict(base, cells='{"c1":"Z","c2":"b"}')
    out, conf, _ = merge_content("appendix_row", base, mine, theirs2)
    assert out["cells"] == mine["cells"]
    assert conf == [("cells", "c1", "a", "A", "Z", "field")]


def test_field_rule_without_base_every_difference_conflicts():
    mine = {"id": "x", "pos": 1.0, "text": "a"}
    theirs = {"id": "x", "pos": 2.0, "text": "b"}
    out, conf, _ = merge_content("recipient", None, mine, theirs)
    assert out == mine
    assert {c[0] for c in conf} == {"position", "text"}


def test_position_moves_as_one():
    base = {"id": "s", "parent_id": None, "pos": 1.0, "kind": "muc", "title": "[]"}
    mine = dict(base, title='[["x"]]')
    theirs = dict(base, parent_id="p", pos=3.0, kind="so")
    out, conf, _ = merge_content("section", base, mine, theirs)
    assert (out["parent_id"], out["pos"], out["kind"], out["title"]) == ("p", 3.0, "so", '[["x"]]') and not conf
    mine2 = dict(base, pos=5.0)
    out, conf, _ = merge_content("section", base, mine2, theirs)
    assert out["pos"] == 5.0 and out["parent_id"] is None and conf[0][0] == "position"


@pytest.fixture(params=sources(), ids=lambda p: os.path.basename(p).split("_")[0])
def base(request, tmp_path):
    return make_base(tmp_path, request.param)
