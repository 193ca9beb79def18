"""Merges built from real edits on two copies of each sample plan.

Each test edits copy A ("mine") and copy B ("theirs") through the app's own
operations + PlanStore.sync, merges them with the CLI code, and compares the
merged plan's dump with the dump of the same edits applied to one plan in
memory; "nothing lost" is checked on every merge.
"""
from __future__ import annotations

import json
import os

import pytest

from core import merge as M
from core.errors import PlanError
from core.store.planfile import PlanStore
from tests.merge.test_merge_util import (  # noqa: F401
    Pick,
    add_section,
    assert_nothing_lost,
    base,
    copy,
    ddump,
    delete_appendix,
    delete_rows,
    delete_section,
    edit,
    expected,
    insert_row_id,
    move_row_after,
    move_section,
    set_body,
    set_cell,
    set_meta,
    set_signer,
    set_title,
)


def do_merge(mine, theirs, out):
    res = M.merge_files(mine, theirs, out)
    st = PlanStore.open(out)
    try:
        assert M.pending_conflicts(st) == [c for c in res.conflicts if not c.get("resolved")]
        assert M.merge_report(st)["counts"] == res.counts
    finally:
        st.close()
    return res


def test_one_sided_edits(base, tmp_path):
    p = Pick(base)
    a, b = copy(base, tmp_path, "a.sqlite"), copy(base, tmp_path, "b.sqlite")
    aid, cid, rows, secs = p.app.id, p.task.id, p.rows, p.secs
    mine = [set_cell(aid, rows[0].id, cid, "Mình sửa dòng đầu"), set_cell(aid, rows[1].id, cid, "Mình sửa dòng hai"),
            set_title(secs[1].id, "Tiêu đề mục do huyện sửa"), set_meta(number="15")]
    theirs = [set_cell(aid, rows[5].id, cid, "Sở Nội vụ sửa dòng sáu"), set_body(secs[2].id, ["Đoạn mới của Sở.", "Đoạn hai."]),
              set_meta(title="KẾ HOẠCH ĐÃ ĐƯỢC SỞ GÓP Ý"), set_cell(aid, rows[1].id, p.app.columns[-1].id, "Quý III")]
    if p.plan.signers:
        theirs.append(set_signer("Nguyễn Văn Sở"))
    edit(a, *mine)
    edit(b, *theirs)
    out = str(tmp_path / "m.sqlite")
    res = do_merge(a, b, out)
    assert res.conflicts == []
    assert ddump(out) == expected(base, *mine, *theirs)
    assert_nothing_lost(base, a, b, out, res.conflicts)
    # merging the other way round gives the same plan
    out2 = str(tmp_path / "m2.sqlite")
    do_merge(b, a, out2)
    assert ddump(out2) == ddump(out)


def test_both_sided_conflicts_keep_both_values(base, tmp_path):
    p = Pick(base)
    a, b = copy(base, tmp_path, "a.sqlite"), copy(base, tmp_path, "b.sqlite")
    aid, cid, rows, secs = p.app.id, p.task.id, p.rows, p.secs
    mine = [set_cell(aid, rows[2].id, cid, "Huyện: tổ chức 4 lớp"), set_title(secs[3].id, "Mục theo huyện"),
            set_meta(number="20"), set_cell(aid, rows[4].id, cid, "Cùng một sửa")]
    theirs = [set_cell(aid, rows[2].id, cid, "Sở: tổ chức 2 lớp"), set_title(secs[3].id, "Mục theo Sở"),
              set_meta(number="21"), set_cell(aid, rows[4].id, cid, "Cùng một sửa"),
              set_cell(aid, rows[6].id, cid, "Chỉ Sở sửa")]
    edit(a, *mine)
    edit(b, *theirs)
    out = str(tmp_path / "m.sqlite")
    res = do_merge(a, b, out)
    got = {(c["table"], c["field"], c["key"]): c for c in res.conflicts}
    assert len(res.conflicts) == 3, [c["id"] for c in res.conflicts]
    cell = got[("appendix_row", "cells", cid)]
    assert (cell["mine"], cell["theirs"]) == ("Huyện: tổ chức 4 lớp", "Sở: tổ chức 2 lớp")
    assert cell["base"] == rows[2].cells.get(cid)
    assert got[("meta", "data", "number")]["theirs"] == "21"
    assert M.value_text(got[("section", "title", None)], "theirs") == "Mục theo Sở"
    assert ddump(out) == expected(base, *theirs, *mine)     # the merged file keeps "mine"
    assert_nothing_lost(base, a, b, out, res.conflicts)
    # the clerk picks: theirs for the cell, own words for the title, mine for the number
    st = PlanStore.open(out)
    try:
        M.resolve_conflict(st, cell["id"], "theirs")
        tc = got[("section", "title", None)]
        M.resolve_conflict(st, tc["id"], "edit", M.value_from_text(tc, "Mục thống nhất"))
        M.resolve_conflict(st, got[("meta", "data", "number")]["id"], "mine")
        assert M.pending_conflicts(st) == []
        with pytest.raises(PlanError):
            M.resolve_conflict(st, "no-such-id", "mine")
    finally:
        st.close()
    assert ddump(out) == expected(base, *mine, *theirs, set_title(secs[3].id, "Mục thống nhất"),
                                  set_meta(number="20"))


def test_adds_on_both_sides_including_the_same_place(base, tmp_path):
    p = Pick(base)
    a, b = copy(base, tmp_path, "a.sqlite"), copy(base, tmp_path, "b.sqlite")
    aid, cid, rows = p.app.id, p.task.id, p.rows
    mine = [insert_row_id(aid, rows[0].id, cid, "Dòng mới của huyện"), add_section(None, "MỤC MỚI CỦA HUYỆN")]
    theirs = [insert_row_id(aid, rows[-1].id, cid, "Dòng mới của Sở ở cuối"),
              insert_row_id(aid, rows[0].id, cid, "Dòng mới của Sở cùng chỗ"),
              add_section(p.top[0].id, "Tiểu mục mới của Sở")]
    edit(a, *mine)
    edit(b, *theirs)
    out = str(tmp_path / "m.sqlite")
    res = do_merge(a, b, out)
    assert res.conflicts == []
    assert res.counts["added_mine"] == 2 and res.counts["added_theirs"] == 3
    d = ddump(out)
    app = next(x for x in d["appendices"] if x["id"] == aid)
    texts = [r.get("text") for r in app["rows"]]
    # both rows added after row 0 are there, mine first, then the rest in order
    i = texts.index("Dòng mới của huyện")
    assert texts[i + 1] == "Dòng mới của Sở cùng chỗ" and texts[-1] == "Dòng mới của Sở ở cuối"
    assert len(texts) == len(rows) + 3
    assert res.counts["positions_adjusted"] == 1
    merged_plan_sections = [s["title"] for s in d["sections"]]
    assert "MỤC MỚI CỦA HUYỆN" in merged_plan_sections
    assert "Tiểu mục mới của Sở" in [c["title"] for c in d["sections"][0]["children"]]
    assert_nothing_lost(base, a, b, out, res.conflicts)


def test_deletes_and_delete_edit_conflicts(base, tmp_path):
    p = Pick(base)
    a, b = copy(base, tmp_path, "a.sqlite"), copy(base, tmp_path, "b.sqlite")
    aid, cid, rows = p.app.id, p.task.id, p.rows
    last_top = p.top[-1]
    mine = [delete_rows(aid, [rows[3].id, rows[4].id]), set_cell(aid, rows[7].id, cid, "Huyện vẫn cần dòng này"),
            delete_rows(aid, [rows[9].id])]
    theirs = [delete_section(last_top.id), delete_rows(aid, [rows[7].id]),
              set_cell(aid, rows[9].id, cid, "Sở sửa dòng mà huyện xoá")]
    edit(a, *mine)
    edit(b, *theirs)
    out = str(tmp_path / "m.sqlite")
    res = do_merge(a, b, out)
    kinds = sorted((c["kind"], c["deleted_in"], c["rec_id"]) for c in res.conflicts)
    assert kinds == sorted([("delete", "theirs", rows[7].id), ("delete", "mine", rows[9].id)])
    # deletions on one side of unchanged records are taken; conflicting ones keep the edited record
    want = expected(base, delete_rows(aid, [rows[3].id, rows[4].id]), delete_section(last_top.id),
                    set_cell(aid, rows[7].id, cid, "Huyện vẫn cần dòng này"),
                    set_cell(aid, rows[9].id, cid, "Sở sửa dòng mà huyện xoá"))
    assert ddump(out) == want
    assert_nothing_lost(base, a, b, out, res.conflicts)
    # clerk deletes row 9 after all: it goes, and merging again does not bring it back
    st = PlanStore.open(out)
    try:
        c9 = next(c for c in res.conflicts if c["rec_id"] == rows[9].id)
        assert M.resolve_conflict(st, c9["id"], "delete") == {rows[9].id}
        c7 = next(c for c in res.conflicts if c["rec_id"] == rows[7].id)
        M.resolve_conflict(st, c7["id"], "keep")
    finally:
        st.close()
    out2 = str(tmp_path / "m2.sqlite")
    res2 = do_merge(out, b, out2)
    assert res2.conflicts == []
    ids = {r["id"] for x in ddump(out2)["appendices"] for r in x["rows"]}
    assert rows[9].id not in ids and rows[7].id in ids


def test_deleted_appendix_with_an_edited_row_comes_back_whole(base, tmp_path):
    p = Pick(base)
    a, b = copy(base, tmp_path, "a.sqlite"), copy(base, tmp_path, "b.sqlite")
    aid, cid, rows = p.app.id, p.task.id, p.rows
    edit(a, set_cell(aid, rows[1].id, cid, "Sửa trong phụ lục bị xoá"))
    edit(b, delete_appendix(aid))
    out = str(tmp_path / "m.sqlite")
    res = do_merge(a, b, out)
    assert {(c["table"], c["deleted_in"]) for c in res.conflicts} >= {("appendix", "theirs")}
    assert ddump(out) == ddump(a)
    st = PlanStore.open(out)
    try:
        c = next(c for c in res.conflicts if c["table"] == "appendix")
        M.resolve_conflict(st, c["id"], "theirs")      # = delete (the other side deleted it)
        for x in M.pending_conflicts(st):
            M.resolve_conflict(st, x["id"], "delete")
        plan = st.load()
    finally:
        st.close()
    assert aid not in {x.id for x in plan.appendices}


def test_moves(base, tmp_path):
    p = Pick(base)
    a, b = copy(base, tmp_path, "a.sqlite"), copy(base, tmp_path, "b.sqlite")
    aid, cid, rows, top = p.app.id, p.task.id, p.rows, p.top
    sec = top[0].children[0] if top[0].children else top[1]
    mine = [move_row_after(aid, rows[0].id, rows[5].id), move_row_after(aid, rows[8].id, rows[10].id),
            set_title(sec.id, "Mục được huyện đổi tên")]
    theirs = [move_row_after(aid, rows[2].id, rows[-1].id), move_row_after(aid, rows[8].id, rows[11].id),
              set_cell(aid, rows[0].id, cid, "Sở sửa dòng huyện chuyển"),
              move_section(sec.id, None, len(top))]
    edit(a, *mine)
    edit(b, *theirs)
    out = str(tmp_path / "m.sqlite")
    res = do_merge(a, b, out)
    assert [(c["kind"], c["rec_id"]) for c in res.conflicts] == [("position", rows[8].id)]
    # both places as the clerk reads them: after which row, not the internal order number
    c = res.conflicts[0]
    mine_txt, theirs_txt = M.value_text(c, "mine"), M.value_text(c, "theirs")
    assert mine_txt.startswith("sau ") and theirs_txt.startswith("sau ") and mine_txt != theirs_txt
    assert "thứ tự" not in mine_txt + theirs_txt
    d = ddump(out)
    app = next(x for x in d["appendices"] if x["id"] == aid)
    order = [r["id"] for r in app["rows"]]
    assert order.index(rows[0].id) == order.index(rows[5].id) + 1          # mine's move
    assert order[-1] == rows[2].id                                            # theirs' move
    assert order.index(rows[8].id) == order.index(rows[10].id) + 1         # both moved: mine kept
    r0 = next(r for r in app["rows"] if r["id"] == rows[0].id)
    assert r0["text"] == "Sở sửa dòng huyện chuyển"
    moved = next(s for s in d["sections"] if s["id"] == sec.id)             # theirs moved it to the top level
    assert moved["title"] == "Mục được huyện đổi tên"
    st = PlanStore.open(out)
    try:
        M.resolve_conflict(st, res.conflicts[0]["id"], "theirs")
        plan = st.load()
    finally:
        st.close()
    app = next(x for x in plan.appendices if x.id == aid)
    ids = [r.id for r in app.rows]
    assert ids.index(rows[8].id) == ids.index(rows[11].id) + 1
    assert_nothing_lost(base, a, b, out, res.conflicts)


def test_chain_a_b_a_b(base, tmp_path):
    """District A sends to province B, both keep working, copies cross
    twice; every round merges cleanly and loses nothing."""
    p = Pick(base)
    aid, cid, rows, secs = p.app.id, p.task.id, p.rows, p.secs
    a = copy(base, tmp_path, "a.sqlite")
    b = copy(a, tmp_path, "b.sqlite")                      # A sends a copy to B
    edit(a, set_cell(aid, rows[0].id, cid, "A1"), set_title(secs[1].id, "A1 tiêu đề"))
    edit(b, set_cell(aid, rows[1].id, cid, "B1"), set_cell(aid, rows[0].id, cid, "B1 xung đột"))
    b_m = str(tmp_path / "b_round1.sqlite")
    r1 = do_merge(b, a, b_m)                               # B merges A's new copy
    assert [c["rec_id"] for c in r1.conflicts] == [rows[0].id]
    st = PlanStore.open(b_m)
    M.resolve_conflict(st, r1.conflicts[0]["id"], "theirs")  # B accepts A's wording
    st.close()
    edit(a, set_cell(aid, rows[2].id, cid, "A2"))          # A kept working meanwhile
    a_m = str(tmp_path / "a_round2.sqlite")
    r2 = do_merge(a, b_m, a_m)                             # B's merged copy comes back to A
    assert r2.conflicts == [], r2.conflicts
    d = ddump(a_m)
    cells = {r["id"]: r.get("text") for x in d["appendices"] for r in x["rows"]}
    assert (cells[rows[0].id], cells[rows[1].id], cells[rows[2].id]) == ("A1", "B1", "A2")
    agreed = copy(b_m, tmp_path, "agreed.sqlite")           # what both last agreed on (A_m descends from it)
    edit(b_m, set_cell(aid, rows[1].id, cid, "B3"), insert_row_id(aid, rows[3].id, cid, "B3 mới"))
    edit(a_m, set_cell(aid, rows[4].id, cid, "A3"), delete_rows(aid, [rows[5].id]))
    b_m2 = str(tmp_path / "b_round3.sqlite")
    r3 = do_merge(b_m, a_m, b_m2)
    assert r3.conflicts == [], r3.conflicts
    a_m2 = str(tmp_path / "a_round4.sqlite")
    r4 = do_merge(a_m, b_m2, a_m2)
    assert r4.conflicts == []
    assert ddump(a_m2) == ddump(b_m2)                     # the two offices agree
    cells = {r["id"]: r.get("text") for x in ddump(a_m2)["appendices"] for r in x["rows"]}
    assert cells[rows[1].id] == "B3" and cells[rows[4].id] == "A3" and rows[5].id not in cells
    assert "B3 mới" in cells.values() and cells[rows[0].id] == "A1" and cells[rows[2].id] == "A2"
    # a further merge of identical copies changes nothing
    r5 = do_merge(a_m2, b_m2, str(tmp_path / "same.sqlite"))
    assert r5.counts["from_mine"] == r5.counts["from_theirs"] == r5.counts["combined"] == 0
    assert_nothing_lost(agreed, a_m, b_m, b_m2, r3.conflicts)


def test_merge_never_touches_inputs_and_refuses_bad_output(base, tmp_path):
    import hashlib
    p = Pick(base)
    a, b = copy(base, tmp_path, "a.sqlite"), copy(base, tmp_path, "b.sqlite")
    edit(b, set_cell(p.app.id, p.rows[0].id, p.task.id, "x"))
    h = [hashlib.sha256(open(x, "rb").read()).hexdigest() for x in (a, b)]
    with pytest.raises(PlanError):
        M.merge_files(a, b, a, overwrite=True)
    out = str(tmp_path / "m.sqlite")
    M.merge_files(a, b, out)
    with pytest.raises(PlanError):
        M.merge_files(a, b, out)               # exists, no --overwrite
    assert [hashlib.sha256(open(x, "rb").read()).hexdigest() for x in (a, b)] == h
    assert not [n for n in os.listdir(tmp_path) if n.startswith(".tmp")]


def test_cli_merge(base, tmp_path):
    import subprocess
    import sys
    p = Pick(base)
    a, b = copy(base, tmp_path, "a.sqlite"), copy(base, tmp_path, "b.sqlite")
    edit(a, set_cell(p.app.id, p.rows[0].id, p.task.id, "CLI mình"))
    edit(b, set_cell(p.app.id, p.rows[0].id, p.task.id, "CLI kia"))
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    out = str(tmp_path / "m.sqlite")
    r = subprocess.run([sys.executable, os.path.join(root, "main.py"), "merge", a, b, "--out", out, "--json"],
                       capture_output=True, text=True, cwd=root)
    assert r.returncode == 0, r.stderr
    j = json.loads(r.stdout)
    assert j["conflicts"][0]["mine"] == "CLI mình" and j["conflicts"][0]["theirs"] == "CLI kia"
    r = subprocess.run([sys.executable, os.path.join(root, "main.py"), "merge", a, b, "--out", out],
                       capture_output=True, text=True, cwd=root)
    assert r.returncode == 2 and "đã có" in r.stderr and "Traceback" not in r.stderr
