"""The rules of Nghị định 30/2020/NĐ-CP (Phụ lục I) checked on a Word document.

One function per rule; each takes ``(doc, lay, cfg)`` — the
:class:`~core.checker.document.Document`, its :class:`Layout` (where the
header, title, body, Nơi nhận, signature and appendices are) and the rule
data of ``resources/checker/nd30.json`` — and returns a list of
:class:`Finding`.  A finding says where (a snippet of the paragraph), what the
decree asks (its article or appendix), whether the program can fix it in a
corrected copy, and whether it is an ``error`` (the layout the decree
prescribes is not met) or a ``warning`` (something to look at: an empty
signature block, text after "./.").

The rules live by the part of the document they look at — :mod:`.page` (paper, margins, font, page
numbers), :mod:`.header` (Quốc hiệu, agency, number, place and date, type name and subject),
:mod:`.body` (text, headings, “./.”), :mod:`.signature` (Nơi nhận, signature block),
:mod:`.appendices` — and :data:`RULES` below is the one place that says which run, in which order.
"""
from __future__ import annotations

from .appendices import rule_appendices
from .body import rule_body, rule_closing, rule_headings
from .finding import REFS, RESOURCES, Finding, config
from .header import cell_text_width, rule_agency, rule_motto_line, rule_national, rule_number, rule_place_date, rule_title
from .layout import Layout, has_rule, is_caps, is_upper, norm_up, underlined
from .page import rule_font, rule_page_numbers, rule_paper
from .signature import rule_recipients, rule_signature

RULES = [rule_paper, rule_font, rule_national, rule_motto_line, rule_agency, rule_number, rule_place_date,
         rule_title, rule_body, rule_headings, rule_closing, rule_recipients, rule_signature, rule_page_numbers,
         rule_appendices]

__all__ = ["RULES", "REFS", "RESOURCES", "Finding", "Layout", "config", "cell_text_width", "has_rule", "is_caps",
           "is_upper", "norm_up", "underlined", *(r.__name__ for r in RULES)]
