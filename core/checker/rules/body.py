"""The text: body paragraphs, headings (phần, mục, khoản) and the closing “./.” (Phụ lục I, II.6).
"""
from __future__ import annotations

import re

from ..document import Document, Para
from .finding import Finding, _f
from .layout import Layout, is_upper
from .run_format import _size_text, _sizes_ok

_HEADING_MUC = re.compile(r"^\s*([IVXLC]+)\s*([.\-–:)])\s*\S")
_HEADING_PHAN = re.compile(r"^\s*Phần\s+(thứ\s+\S+|[IVXLC]+)\b", re.I)
_HEADING_KHOAN = re.compile(r"^\s*\d+\.\s+\S")


def _is_heading(p: Para) -> bool:
    return bool(_HEADING_PHAN.match(p.text) or (_HEADING_MUC.match(p.text) and len(p.stripped) < 200))


def rule_body(doc: Document, lay: Layout, cfg: dict) -> list[Finding]:
    """Nội dung: 13–14, canh đều hai lề, lùi đầu dòng 1–1,27 cm, cách đoạn ≥ 6 pt, dãn dòng 1–1,5."""
    if not lay.body:
        return []
    b = cfg["body"]
    lo, hi = cfg["sizes"]["body"]
    size, just, indent, space, line = [], [], [], [], []
    prev = None
    ilo, ihi = b["indent_twips"]
    tol = b["indent_tolerance"]
    for p in lay.body:
        centred_heading = bool(_HEADING_PHAN.match(p.text)) or p.props.get("jc") == "center" and _is_heading(p)
        if not _sizes_ok(p, lo, hi):
            size.append(p)
        if not centred_heading and len(p.stripped) > 90 and p.props.get("jc") not in ("both", "distribute"):
            just.append(p)
        first = p.props.get("first", 0) or 0
        if not centred_heading and not (ilo - tol <= first <= ihi + tol):
            indent.append(p)
        if prev is not None:
            gap = max(prev.props.get("after", 0) or 0, p.props.get("before", 0) or 0)
            if p.props.get("contextual") and p.style == prev.style:
                gap = 0
            if gap < b["min_space_pt"] * 20 - 1:
                space.append(p)
        prev = p
        rule_ = p.props.get("lineRule", "auto")
        ln = p.props.get("line", 240)
        big = max(p.sizes() or {14.0})
        if rule_ == "auto":
            if not (b["line_auto"][0] - 1 <= ln <= b["line_auto"][1] + 1):
                line.append(p)
        elif ln < big * 20 - 1 or ln > big * 20 * 1.5 * 1.2:
            line.append(p)
    out = []
    if size:
        out.append(_f("body.size", "error", size[0].snippet(),
                      f"{len(size)} đoạn nội dung có cỡ chữ ngoài {lo}–{hi} (ví dụ {_size_text(size[0])}).",
                      f"{len(size)} body paragraphs have a size outside {lo}–{hi} pt (e.g. {_size_text(size[0])}).",
                      "body", True, size, {"size": 14}))
    if just:
        out.append(_f("body.justify", "error", just[0].snippet(), f"{len(just)} đoạn nội dung không canh đều hai lề.",
                      f"{len(just)} body paragraphs are not justified.", "body", True, just, {"jc": "both"}))
    if indent:
        out.append(_f("body.indent", "error", indent[0].snippet(),
                      f"{len(indent)} đoạn nội dung không lùi đầu dòng 1 cm hoặc 1,27 cm "
                      f"(ví dụ {indent[0].props.get('first', 0) / 567:.2f} cm).",
                      f"{len(indent)} body paragraphs lack the 1 cm or 1.27 cm first-line indent "
                      f"(e.g. {indent[0].props.get('first', 0) / 567:.2f} cm).", "body", True, indent, {"first": 567}))
    if space:
        out.append(_f("body.spacing", "error", space[0].snippet(),
                      f"{len(space)} chỗ giữa hai đoạn nội dung cách nhau dưới 6 pt.",
                      f"{len(space)} places where two body paragraphs are less than 6 pt apart.", "body", True, space,
                      {"before": 120}))
    if line:
        out.append(_f("body.line", "error", line[0].snippet(),
                      f"{len(line)} đoạn nội dung có khoảng cách dòng ngoài 1–1,5 dòng.",
                      f"{len(line)} body paragraphs have line spacing outside 1–1.5 lines.", "body", True, line,
                      {"line": 240}))
    return out


def rule_headings(doc: Document, lay: Layout, cfg: dict) -> list[Finding]:
    """Mục “I.”: in hoa, đậm; “Phần I”: đậm, giữa; khoản có tiêu đề “1. Mục đích”: đậm."""
    not_upper, not_bold, form, khoan = [], [], [], []
    for p in lay.body:
        m = _HEADING_MUC.match(p.text)
        if _HEADING_PHAN.match(p.text):
            if not p.all_on("b"):
                not_bold.append(p)
            continue
        if m and len(p.stripped) < 200:
            if m.group(2) != ".":
                form.append(p)
            title = p.text[m.end(2):]
            if not is_upper(title) and not p.all_on("caps"):
                not_upper.append(p)
            if not p.all_on("b"):
                not_bold.append(p)
            continue
        if _HEADING_KHOAN.match(p.text) and len(p.stripped) < 100 and not p.stripped.endswith((".", ";", ",")) \
                and not p.any_on("b"):
            khoan.append(p)
    out = []
    if not_upper:
        out.append(_f("headings.case", "error", not_upper[0].snippet(),
                      f"{len(not_upper)} đề mục La Mã (“I.”, “II.”…) không viết in hoa.",
                      f"{len(not_upper)} Roman-numbered section headings (“I.”, “II.”…) are not in capitals.",
                      "headings", True, not_upper, {"caps": True}))
    if not_bold:
        out.append(_f("headings.bold", "error", not_bold[0].snippet(),
                      f"{len(not_bold)} đề mục (“Phần …”, “I.”…) không in đậm.",
                      f"{len(not_bold)} headings (“Phần …”, “I.”…) are not bold.", "headings", True, not_bold, {"b": True}))
    if form:
        out.append(_f("headings.form", "error", form[0].snippet(),
                      f"{len(form)} đề mục đánh số La Mã không theo dạng “I.” (số La Mã và dấu chấm).",
                      f"{len(form)} Roman-numbered headings are not in the form “I.” (numeral and full stop).",
                      "headings", paras=form))
    if khoan:
        out.append(_f("headings.khoan_bold", "warning", khoan[0].snippet(),
                      f"{len(khoan)} khoản có tiêu đề (“1. Mục đích”) không in đậm.",
                      f"{len(khoan)} titled clauses (“1. Mục đích”) are not bold.", "headings", True, khoan, {"b": True}))
    return out


def rule_closing(doc: Document, lay: Layout, cfg: dict) -> list[Finding]:
    """Nội dung kết thúc bằng “./.”, không có chữ sau dấu này."""
    if not lay.body:
        return []
    last = lay.body[-1]
    t = last.stripped
    if "./." not in t:
        return [_f("body.closing", "error", last.snippet(), "Đoạn cuối của nội dung không kết thúc bằng dấu “./.”.",
                   "The last paragraph of the text does not end with “./.”.", "closing", True, [last])]
    tail = t.rsplit("./.", 1)[1].strip()
    if tail:
        return [_f("body.after_closing", "warning", last.snippet(), f"Sau dấu “./.” còn chữ “{tail[:40]}”.",
                   f"There is text after “./.”: “{tail[:40]}”.", "closing", paras=[last])]
    return []
