"""Build a Plan from a plan as typed: a sequence of paragraphs and tables.

Shared by every reader (the seed-text reader that builds the sample plans,
the Word importer): a reader turns its input into :class:`Para` and
:class:`Table` blocks, and :func:`build_plan` recognises the parts of a
KẾ HOẠCH — header lines, document type and title, opening paragraphs, the
numbered sections (A. / I. / 1. / a) / - / +), Nơi nhận, the signature
block, and the appendices with their tables.  Whatever cannot be placed is
kept (as a paragraph or a flagged row) and listed in the import report:
nothing is dropped silently.

The modules: :mod:`.blocks` (what a reader hands over), :mod:`.lines` (the patterns of one line),
:mod:`.phases` (the :class:`Builder`, a machine over the parts of the document), :mod:`.tables`
(an appendix's tables into rows), :mod:`.signature` (Nơi nhận and the signers).
"""
from __future__ import annotations

from ...limits import check_plan_limits
from ...model import Plan
from .blocks import Cell, Para, Table
from .lines import PREFIX_RE, RE_APPENDIX, RE_ATTACH, RE_DASH, RE_PLUS, _is_upper_line, _section_match, _section_number, fold
from .phases import Builder
from .tables import AppendixTable, _guess_key, _guess_width

__all__ = ["Para", "Cell", "Table", "Builder", "AppendixTable", "build_plan", "fold", "PREFIX_RE", "RE_APPENDIX",
           "RE_ATTACH", "RE_DASH", "RE_PLUS", "_is_upper_line", "_section_match", "_section_number", "_guess_key",
           "_guess_width"]


def build_plan(blocks, strip_print_marks: bool = False) -> Plan:
    """*strip_print_marks*: drop the closing "./." and the Nơi nhận
    punctuation, which the exporter prints (the Word importer does; the
    seed samples keep their text exactly as written)."""
    plan = Builder(strip_print_marks).feed(blocks)
    check_plan_limits(plan)   # the Word file's plan must be one this program opens again
    return plan
