"""Appendices: own section and page numbers, “Phụ lục I” label, title and “(Kèm theo …)” line (III.1).
"""
from __future__ import annotations

import re

from ..document import Document, Para
from .finding import Finding, _f
from .layout import Layout
from .run_format import _check_run_format

_ROMAN = re.compile(r"^[IVXLC]+$")


def rule_appendices(doc: Document, lay: Layout, cfg: dict) -> list[Finding]:
    """Phụ lục: trang riêng, đánh số trang riêng; “Phụ lục I” 14 đậm; tên in hoa; “(Kèm theo …)” nghiêng."""
    out = []
    aps = lay.appendices
    sz = cfg["sizes"]
    for ap in aps:
        lab: Para = ap["label"]
        sec = doc.sections[lab.section]
        # numbered on its own: the appendix opens its own section, restarting at 1
        before = [p for p in doc.paras[sec.first_para:lab.index] if p.stripped]
        own = not before
        if not own or sec.page_start != 1:
            out.append(_f("appendix.numbering", "error", lab.snippet(),
                          "Phụ lục không được đánh số trang riêng (cần bắt đầu phần mới, số trang bắt đầu từ 1).",
                          "The appendix is not numbered on its own (it needs its own section, pages from 1).",
                          "appendices", own, [lab], {"section": lab.section}))
        out += _check_run_format("appendix.label", "Chữ “Phụ lục”", "“Phụ lục” line", lab, "appendices",
                                 tuple(sz["appendix_label"]), bold=True, italic=False)
        m = re.match(r"^\s*(phụ\s+lục)\s*(\S*)", lab.text, re.I)
        if m and m.group(1) != "Phụ lục" and re.sub(r"\s+", " ", m.group(1)) != "Phụ lục":
            out.append(_f("appendix.label.case", "error", lab.snippet(), "Viết “Phụ lục” chữ thường (không in hoa toàn bộ).",
                          "Write “Phụ lục” in lower case (not all capitals).", "appendices", paras=[lab]))
        if len(aps) > 1 and m and not _ROMAN.match(m.group(2).strip(".:")):
            out.append(_f("appendix.label.number", "error", lab.snippet(),
                          "Có từ hai phụ lục trở lên: đánh số bằng chữ số La Mã (“Phụ lục I”, “Phụ lục II”…).",
                          "With two or more appendices, number them in Roman numerals (“Phụ lục I”, “Phụ lục II”…).",
                          "appendices", paras=[lab]))
        if lab.props.get("jc") != "center":
            out.append(_f("appendix.label.center", "error", lab.snippet(), "Chữ “Phụ lục” canh giữa.",
                          "The “Phụ lục” line is centred.", "appendices", True, [lab], {"jc": "center"}))
        for p in ap["title"]:
            out += _check_run_format("appendix.title", "Tên phụ lục", "Appendix title", p, "appendices",
                                     tuple(sz["appendix_title"]), bold=True, italic=False, upper=True)
        note = ap["note"]
        if note is None:
            out.append(_f("appendix.note", "error", lab.snippet(),
                          "Thiếu dòng “(Kèm theo … số … ngày … của …)” dưới tên phụ lục.",
                          "The line “(Kèm theo … số … ngày … của …)” under the appendix title is missing.", "appendices",
                          paras=[lab]))
        else:
            out += _check_run_format("appendix.note", "Dòng “(Kèm theo …)”", "“(Kèm theo …)” line", note, "appendices",
                                     tuple(sz["appendix_note"]), italic=True)
            low = note.text.lower()
            if "số" not in low or "ngày" not in low:
                out.append(_f("appendix.note.ref", "error", note.snippet(),
                              "Dòng “(Kèm theo …)” ghi số, ký hiệu và ngày của văn bản.",
                              "The “(Kèm theo …)” line gives the document's number, symbol and date.", "appendices",
                              paras=[note]))
    return out
