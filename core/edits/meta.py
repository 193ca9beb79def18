"""What surrounds the text: the header fields, the signers and Nơi nhận.
"""
from __future__ import annotations

import difflib

from .. import operations as ops
from ..model import Plan, Recipient, Signer
from ..text import nfc
from ..undo import Changes, ListScope, MetaScope
from .labels import L_ADD_SIGNER, L_DELETE_SIGNER, L_META, L_MOVE_SIGNER, L_RECIPIENTS, L_SIGNER
from .step import _edit, _move_in


# -------------------------------------------------------------------- meta --
def set_meta(plan: Plan, **fields) -> Changes:
    def act(p):
        for k, v in fields.items():
            setattr(p.meta, k, nfc(v) if isinstance(v, str) else v)
        return {p.meta.id}
    return _edit(plan, L_META, [MetaScope()], act, merge_key=("meta", tuple(sorted(fields))))


# ----------------------------------------------------- signers, recipients --
def add_signer(plan: Plan, index=None) -> Changes:
    def act(p):
        s = Signer(prefix="TM.", collective="ỦY BAN NHÂN DÂN", lines=["CHỦ TỊCH"])
        ops.place(p.signers, len(p.signers) if index is None else index, s)
        return s, {s.id}
    return _edit(plan, L_ADD_SIGNER, [ListScope("signers")], act)


def delete_signer(plan: Plan, sid) -> Changes:
    def act(p):
        p.signers = [s for s in p.signers if s.id != sid]
        return {sid}
    return _edit(plan, L_DELETE_SIGNER, [ListScope("signers")], act)


def move_signer(plan: Plan, sid, delta) -> Changes:
    def act(p):
        _move_in(p.signers, sid, delta)
        return {sid}
    return _edit(plan, L_MOVE_SIGNER, [ListScope("signers")], act)


def set_signer(plan: Plan, sid, **fields) -> Changes:
    def act(p):
        s = next(x for x in p.signers if x.id == sid)
        for k, v in fields.items():
            if isinstance(v, list):
                v = [nfc(x) for x in v]
            elif isinstance(v, str):
                v = nfc(v)
            setattr(s, k, v)
        return {sid}
    return _edit(plan, L_SIGNER, [ListScope("signers")], act, merge_key=("signer", sid, tuple(sorted(fields))))


def set_recipients(plan: Plan, lines: list[str]) -> Changes:
    """Replace the Nơi nhận list, keeping the ids of unchanged lines."""
    lines = [nfc(x) for x in lines]

    def act(p):
        old = p.recipients
        sm = difflib.SequenceMatcher(a=[r.text for r in old], b=lines, autojunk=False)
        new: list[Recipient] = []
        touched: set[str] = set()
        for tag, i1, i2, j1, j2 in sm.get_opcodes():
            if tag == "equal":
                new.extend(old[i1:i2])
                continue
            olds = old[i1:i2]
            for k, text in enumerate(lines[j1:j2]):
                if k < len(olds) and tag == "replace":
                    olds[k].text = text
                    new.append(olds[k])
                else:
                    new.append(Recipient(text=text))
                touched.add(new[-1].id)
            touched |= {r.id for r in olds}
        for i, r in enumerate(new):
            if r.pos != float(i + 1):
                r.pos = float(i + 1)
                touched.add(r.id)
        p.recipients = new
        return touched
    return _edit(plan, L_RECIPIENTS, [ListScope("recipients")], act, merge_key=("recipients",))
