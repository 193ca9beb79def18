"""Section text merged paragraph by paragraph (docs/merge.md).

Copies of the real sample plans (resources/samples) are edited through the
app's operations + PlanStore.sync, merged, and the merged plan's dump is
compared with the same edits applied to one plan in memory.
"""
from __future__ import annotations

import pytest

from core import merge as M
from core import operations as ops
from core.model import Paragraph, Run
from core.store import codec
from core.store.planfile import PlanStore
from tests.merge.test_merge_util import assert_nothing_lost, base, copy, ddump, edit, expected, load_copy  # noqa: F401


# ---- edits of one paragraph (the rest of the section's body is kept as it is) ----
def _body_edit(sid, change):
    def fn(plan):
        sec = plan.find_section(sid)
        body = [Paragraph([Run(r.text, r.bold, r.italic) for r in p.runs], p.kind) for p in sec.body]
        change(body)
        return ops.set_section_text(plan, sid, body=body)
    return fn


# Paragraphs are found by their text in the base plan (not by index), so the
# same edits can be replayed in any order on one plan to build the expected dump.
def _find(body, old):
    return next(i for i, p in enumerate(body) if p.text == old)


def edit_para(sid, old, text):
    def change(body):
        i = _find(body, old)
        body[i] = Paragraph.plain(text, body[i].kind)
    return _body_edit(sid, change)


def insert_para(sid, before, text):
    return _body_edit(sid, lambda body: body.insert(_find(body, before), Paragraph.plain(text)))


def delete_para(sid, old):
    return _body_edit(sid, lambda body: body.pop(_find(body, old)))


def section_with_paragraphs(path, n=3):
    plan = load_copy(path)
    sec = next((s for s in plan.walk() if len(s.body) >= n and len({p.text for p in s.body}) == len(s.body)), None)
    if sec is None:
        pytest.skip(f"no section with {n} distinct paragraphs in this sample")
    return sec, [p.text for p in sec.body]


def paragraphs_of(d, sid):
    def walk(secs):
        for s in secs:
            if s["id"] == sid:
                return [p["text"] for p in s["paragraphs"]]
            r = walk(s["children"])
            if r is not None:
                return r
        return None
    return walk(d["sections"])


def merge(a, b, out):
    res = M.merge_files(a, b, out)
    st = PlanStore.open(out)
    try:
        assert M.pending_conflicts(st) == [c for c in res.conflicts if not c.get("resolved")]
    finally:
        st.close()
    return res


def test_different_paragraphs_of_one_section_merge(base, tmp_path):
    sec, t = section_with_paragraphs(base)
    last = len(sec.body) - 1
    a, b = copy(base, tmp_path, "a.sqlite"), copy(base, tmp_path, "b.sqlite")
    mine = [edit_para(sec.id, t[0], "Huyện sửa đoạn một.")]
    theirs = [edit_para(sec.id, t[2], "Sở sửa đoạn ba.")]
    edit(a, *mine)
    edit(b, *theirs)
    out = str(tmp_path / "m.sqlite")
    res = merge(a, b, out)
    assert res.conflicts == []
    d = ddump(out)
    assert d == expected(base, *mine, *theirs)
    paras = paragraphs_of(d, sec.id)
    assert paras[0] == "Huyện sửa đoạn một." and paras[2] == "Sở sửa đoạn ba."
    assert paras[1] == sec.body[1].text and len(paras) == len(sec.body) + len(sec.tail)
    assert_nothing_lost(base, a, b, out, res.conflicts)
    # the report names the section and says it was merged paragraph by paragraph
    assert res.counts["paragraph_merged"] == 1 and res.counts["combined"] == 1
    ch = next(x for x in res.report["changes"] if x["id"] == sec.id)
    assert ch["what"] == "combined" and ch["by_paragraph"] == ["body"]
    line = next(x for x in M.report_lines(res) if "gộp theo đoạn" in x)
    assert ch["where"] in line and "nội dung" in line
    assert ch["where"].startswith("Mục")
    # the other way round gives the same plan
    out2 = str(tmp_path / "m2.sqlite")
    merge(b, a, out2)
    assert ddump(out2) == d
    if last >= 3:   # neighbouring paragraphs edited on each side merge too
        a2, b2 = copy(base, tmp_path, "a2.sqlite"), copy(base, tmp_path, "b2.sqlite")
        m2, t2 = [edit_para(sec.id, t[1], "Huyện: đoạn hai.")], [edit_para(sec.id, t[2], "Sở: đoạn ba.")]
        edit(a2, *m2)
        edit(b2, *t2)
        res = merge(a2, b2, str(tmp_path / "m3.sqlite"))
        assert res.conflicts == [] and ddump(str(tmp_path / "m3.sqlite")) == expected(base, *m2, *t2)


def test_insert_at_top_and_edit_of_the_last(base, tmp_path):
    sec, t = section_with_paragraphs(base)
    last = len(sec.body) - 1
    a, b = copy(base, tmp_path, "a.sqlite"), copy(base, tmp_path, "b.sqlite")
    mine = [insert_para(sec.id, t[0], "Đoạn mở đầu huyện thêm.")]
    theirs = [edit_para(sec.id, t[last], "Sở viết lại đoạn cuối."), delete_para(sec.id, t[1])]
    edit(a, *mine)
    edit(b, *theirs)
    out = str(tmp_path / "m.sqlite")
    res = merge(a, b, out)
    assert res.conflicts == []
    d = ddump(out)
    assert d == expected(base, *mine, *theirs)
    paras = paragraphs_of(d, sec.id)
    assert paras[0] == "Đoạn mở đầu huyện thêm." and paras[len(sec.body) - 1] == "Sở viết lại đoạn cuối."
    assert sec.body[1].text not in paras[:len(sec.body)]   # theirs' deletion of an untouched paragraph holds
    assert_nothing_lost(base, a, b, out, res.conflicts)
    # chain: the merged file merged again with theirs changes nothing more
    out2 = str(tmp_path / "m2.sqlite")
    r2 = merge(out, b, out2)
    assert r2.conflicts == [] and ddump(out2) == d


def test_same_paragraph_edited_differently_conflicts_with_full_values(base, tmp_path):
    sec, t = section_with_paragraphs(base)
    a, b = copy(base, tmp_path, "a.sqlite"), copy(base, tmp_path, "b.sqlite")
    mine = [edit_para(sec.id, t[1], "Huyện: tổ chức 4 lớp."), edit_para(sec.id, t[0], "Huyện sửa đoạn một.")]
    theirs = [edit_para(sec.id, t[1], "Sở: tổ chức 2 lớp."), edit_para(sec.id, t[2], "Sở sửa đoạn ba.")]
    edit(a, *mine)
    edit(b, *theirs)
    out = str(tmp_path / "m.sqlite")
    res = merge(a, b, out)
    assert [(c["rec_id"], c["field"], c["kind"]) for c in res.conflicts] == [(sec.id, "body", "field")]
    c = res.conflicts[0]
    plan_a, plan_b, plan_0 = load_copy(a), load_copy(b), load_copy(base)
    # both values in full (every paragraph of each side), and the base
    assert c["mine"] == codec.jload(codec.section_row(plan_a.find_section(sec.id), None, 0)["body"], None)
    assert c["theirs"] == codec.jload(codec.section_row(plan_b.find_section(sec.id), None, 0)["body"], None)
    assert c["base"] == codec.jload(codec.section_row(plan_0.find_section(sec.id), None, 0)["body"], None)
    assert "Sở sửa đoạn ba." in M.value_text(c, "theirs") and "Huyện sửa đoạn một." in M.value_text(c, "mine")
    assert ddump(out) == ddump(a)   # the merged file keeps mine
    assert_nothing_lost(base, a, b, out, res.conflicts)
    st = PlanStore.open(out)
    try:
        M.resolve_conflict(st, c["id"], "theirs")
        assert M.pending_conflicts(st) == []
    finally:
        st.close()
    assert ddump(out) == ddump(b)


@pytest.mark.parametrize("deleter", ["mine", "theirs"])
def test_delete_of_a_paragraph_the_other_edited_conflicts(base, tmp_path, deleter):
    sec, t = section_with_paragraphs(base)
    a, b = copy(base, tmp_path, "a.sqlite"), copy(base, tmp_path, "b.sqlite")
    dele = [delete_para(sec.id, t[1]), edit_para(sec.id, t[0], "Bên xoá cũng sửa đoạn một.")]
    edt = [edit_para(sec.id, t[1], "Bên kia sửa đúng đoạn bị xoá.")]
    mine, theirs = (dele, edt) if deleter == "mine" else (edt, dele)
    edit(a, *mine)
    edit(b, *theirs)
    out = str(tmp_path / "m.sqlite")
    res = merge(a, b, out)
    assert [(c["rec_id"], c["field"]) for c in res.conflicts] == [(sec.id, "body")]
    c = res.conflicts[0]
    edited = "theirs" if deleter == "mine" else "mine"
    assert "Bên kia sửa đúng đoạn bị xoá." in M.value_text(c, edited)
    assert "Bên xoá cũng sửa đoạn một." in M.value_text(c, deleter)
    assert sec.body[1].text not in M.value_text(c, deleter)
    assert_nothing_lost(base, a, b, out, res.conflicts)
    assert ddump(out) == ddump(a)   # mine kept until the clerk chooses


# ---------------------------------------------------------------- unit tests --
def _p(text, kind=None, bold=False):
    d = {"runs": [[text, "b"] if bold else [text]]}
    if kind:
        d["kind"] = kind
    return d


def _sec(body, tail=()):
    return {"id": "s", "parent_id": None, "pos": 1.0, "kind": "muc", "title": '[["T"]]',
            "body": codec.jdump(list(body)), "tail": codec.jdump(list(tail))}


def test_tail_and_runs_merge_by_paragraph_and_no_base_still_conflicts():
    b = _sec([_p("a"), _p("b")], [_p("x", "dash"), _p("y", "dash"), _p("z", "dash")])
    m = _sec([_p("a"), _p("b")], [_p("x", "dash", bold=True), _p("y", "dash"), _p("z", "dash")])
    t = _sec([_p("a"), _p("b"), _p("c")], [_p("x", "dash"), _p("y", "dash"), _p("Z", "plus")])
    notes = []
    out, conf, from_t = M.merge_content("section", b, m, t, notes)
    assert conf == [] and notes == ["tail"] and set(from_t) == {"body", "tail"}
    assert codec.jload(out["tail"], None) == [_p("x", "dash", bold=True), _p("y", "dash"), _p("Z", "plus")]
    assert out["body"] == t["body"]
    # identical change on both sides is taken once; the same insert at one place on both sides is not doubled
    t2 = _sec([_p("a"), _p("b")], [_p("x", "dash", bold=True), _p("y", "dash"), _p("w"), _p("z", "dash")])
    m2 = _sec([_p("n"), _p("a"), _p("b")], [_p("x", "dash", bold=True), _p("y", "dash"), _p("z", "dash")])
    out, conf, _ = M.merge_content("section", b, m2, t2)
    assert conf == [] and codec.jload(out["tail"], None) == codec.jload(t2["tail"], None)
    assert codec.jload(out["body"], None) == [_p("n"), _p("a"), _p("b")]
    # two different inserts at the same place: a conflict, both full values kept
    t3 = _sec([_p("a"), _p("k"), _p("b")])
    m3 = _sec([_p("a"), _p("j"), _p("b")])
    out, conf, _ = M.merge_content("section", _sec([_p("a"), _p("b")]), m3, t3)
    assert out["body"] == m3["body"] and conf == [("body", None, _sec([_p("a"), _p("b")])["body"],
                                                      m3["body"], t3["body"], "field")]
    # without a common base (cleaned copy) every difference stays a conflict
    out, conf, _ = M.merge_content("section", None, m, t)
    assert {c[0] for c in conf} == {"body", "tail"}


def test_merge_lists_rule():
    ml = M.merge_lists
    assert ml([1, 2, 3], [10, 2, 3], [1, 2, 30]) == [10, 2, 30]
    assert ml([1, 2, 3], [0, 1, 2, 3], [1, 2, 30]) == [0, 1, 2, 30]
    assert ml([1, 2], [10, 2], [1, 20]) == [10, 20]
    assert ml([1, 2, 3], [1, 5, 3], [1, 6, 3]) is None
    assert ml([1, 2, 3], [1, 3], [1, 20, 3]) is None
    assert ml([1, 2, 3], [1, 3], [1, 3]) == [1, 3]
    assert ml([1, 2, 3], [1, 3], [1, 2, 3, 4]) == [1, 3, 4]
    assert ml([], [1], [2]) is None
