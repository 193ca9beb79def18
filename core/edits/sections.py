"""The outline: add, delete, move, indent and outdent sections; a section's title and text.
"""
from __future__ import annotations

from .. import operations as ops
from ..model import Plan
from ..undo import Changes, SectionsScope, SectionTextScope
from .labels import L_ADD_SECTION, L_DELETE_SECTION, L_INDENT, L_MOVE_SECTION, L_OUTDENT, L_SECTION_TEXT
from .step import _edit


# ---------------------------------------------------------------- sections --
def add_section(plan: Plan, parent_id, index=None, title="") -> Changes:
    return _edit(plan, L_ADD_SECTION, [SectionsScope()], lambda p: ops.add_section(p, parent_id, index, title))


def delete_section(plan: Plan, sid) -> Changes:
    return _edit(plan, L_DELETE_SECTION, [SectionsScope()], lambda p: ops.delete_section(p, sid))


def move_section(plan: Plan, sid, parent_id, index) -> Changes:
    return _edit(plan, L_MOVE_SECTION, [SectionsScope()], lambda p: ops.move_section(p, sid, parent_id, index))


def indent_section(plan: Plan, sid) -> Changes:
    return _edit(plan, L_INDENT, [SectionsScope()], lambda p: ops.indent_section(p, sid))


def outdent_section(plan: Plan, sid) -> Changes:
    return _edit(plan, L_OUTDENT, [SectionsScope()], lambda p: ops.outdent_section(p, sid))


def move_section_by(plan: Plan, sid, delta) -> Changes:
    return _edit(plan, L_MOVE_SECTION, [SectionsScope()], lambda p: ops.move_section_by(p, sid, delta))


def set_section_text(plan: Plan, sid, title=None, body=None, tail=None) -> Changes:
    return _edit(plan, L_SECTION_TEXT, [SectionTextScope(sid)],
                 lambda p: ops.set_section_text(p, sid, title, body, tail), merge_key=("section", sid))
