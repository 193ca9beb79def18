"""The end of the document: Nơi nhận and the signature block (Điều 13; Phụ lục I, II.7, II.9).
"""
from __future__ import annotations

import re

from ..document import Document
from .finding import Finding, _f
from .layout import Layout, is_caps
from .run_format import _check_run_format, _size_text, _sizes_ok


def rule_recipients(doc: Document, lay: Layout, cfg: dict) -> list[Finding]:
    """“Nơi nhận:” 12, đậm nghiêng; danh sách 11, đứng, “-” đầu dòng, “;” cuối; “- Lưu: …” cuối cùng."""
    lab = lay.recipients_label
    if lab is None:
        if lay.doc_type is None and lay.national is None:
            return []
        where = lay.body[-1].snippet() if lay.body else ("Cuối văn bản", "End of the document")
        return [_f("recipients", "error", where, "Không có phần “Nơi nhận:”.", "No “Nơi nhận:” (recipients) block.",
                   "recipients")]
    sz = cfg["sizes"]
    out = _check_run_format("recipients.label", "Chữ “Nơi nhận:”", "“Nơi nhận:”", lab, "recipients",
                            tuple(sz["recipients_label"]), bold=True, italic=True)
    if not lab.stripped.endswith(":"):
        out.append(_f("recipients.label.colon", "error", lab.snippet(), "Sau “Nơi nhận” có dấu hai chấm.",
                      "“Nơi nhận” is followed by a colon.", "recipients", paras=[lab]))
    items = lay.recipients
    if not items:
        out.append(_f("recipients.empty", "warning", lab.snippet(), "Danh sách nơi nhận để trống.",
                      "The list of recipients is empty.", "recipients", paras=[lab]))
        return out
    lo, hi = sz["recipients"]
    bad_size = [p for p in items if not _sizes_ok(p, lo, hi)]
    if bad_size:
        out.append(_f("recipients.size", "error", bad_size[0].snippet(),
                      f"{len(bad_size)} dòng nơi nhận có cỡ chữ {_size_text(bad_size[0])} — cần 11.",
                      f"{len(bad_size)} recipient lines are {_size_text(bad_size[0])} pt — must be 11 pt.",
                      "recipients", True, bad_size, {"size": 11}))
    styled = [p for p in items if p.any_on("b") or p.any_on("i")]
    if styled:
        out.append(_f("recipients.upright", "error", styled[0].snippet(),
                      f"{len(styled)} dòng nơi nhận in đậm hoặc nghiêng — cần chữ đứng, không đậm.",
                      f"{len(styled)} recipient lines are bold or italic — must be upright, not bold.", "recipients",
                      True, styled, {"b": False, "i": False}))
    no_dash = [p for p in items if not p.stripped.startswith(("-", "–"))]
    if no_dash:
        out.append(_f("recipients.dash", "error", no_dash[0].snippet(),
                      f"{len(no_dash)} dòng nơi nhận không bắt đầu bằng gạch đầu dòng “-”.",
                      f"{len(no_dash)} recipient lines do not start with “-”.", "recipients", paras=no_dash))
    store = [p for p in items if re.match(r"^[-–]?\s*Lưu\b", p.stripped, re.I)]
    if not store:
        out.append(_f("recipients.luu", "error", items[-1].snippet(), "Thiếu dòng “- Lưu: VT, …” ở cuối nơi nhận.",
                      "The last line “- Lưu: VT, …” is missing.", "recipients", paras=[items[-1]]))
    else:
        if store[-1] is not items[-1]:
            out.append(_f("recipients.luu_last", "error", store[-1].snippet(), "Dòng “- Lưu: …” phải là dòng cuối cùng.",
                          "The “- Lưu: …” line must be the last one.", "recipients", paras=[store[-1]]))
        s = store[-1].stripped
        if not re.match(r"^[-–]?\s*Lưu\s*:", s):
            out.append(_f("recipients.luu_colon", "error", store[-1].snippet(), "Viết “- Lưu: VT, …” (có dấu hai chấm).",
                          "Write “- Lưu: VT, …” (with a colon).", "recipients", paras=[store[-1]]))
        if not s.endswith("."):
            out.append(_f("recipients.luu_stop", "error", store[-1].snippet(), "Dòng “- Lưu: …” kết thúc bằng dấu chấm.",
                          "The “- Lưu: …” line ends with a full stop.", "recipients", paras=[store[-1]]))
    semi = [p for p in items if p not in store and not p.stripped.endswith(";")]
    if semi:
        out.append(_f("recipients.semicolon", "warning", semi[0].snippet(),
                      f"{len(semi)} dòng nơi nhận không kết thúc bằng dấu chấm phẩy “;”.",
                      f"{len(semi)} recipient lines do not end with “;”.", "recipients", paras=semi))
    return out


_PLACEHOLDER = re.compile(r"^\(.*\)$|^\[.*\]$")
_HONORIFIC = re.compile(r"^(ông|bà|đ/c|đồng chí|ts\.|ths\.|pgs\.|gs\.)\s", re.I)


def rule_signature(doc: Document, lay: Layout, cfg: dict) -> list[Finding]:
    """Thẩm quyền, chức vụ: in hoa, đậm, 13–14; họ tên: chữ thường, đậm, 13–14."""
    if lay.recipients_label is None:
        return []
    lines = [p for p in lay.signature if not _PLACEHOLDER.match(p.stripped)]
    if not lines:
        return [_f("signature.empty", "warning", lay.recipients_label.snippet(),
                   "Khối chữ ký để trống (chưa có chức vụ, họ tên người ký).",
                   "The signature block is empty (no title or name of the signer).", "signature")]
    out = []
    sz = tuple(cfg["sizes"]["signature"])
    titles = [p for p in lines if is_caps(p)]
    names = [p for p in lines if not is_caps(p)]
    for p in titles:
        out += _check_run_format("signature.title", "Thẩm quyền, chức vụ người ký", "Signer's authority and title", p,
                                 "signature", sz, bold=True, italic=False)
        m = re.match(r"^(TM|KT|TL|TUQ|Q)\b(?!\.)", p.stripped)
        if m:
            out.append(_f("signature.prefix", "error", p.snippet(), f"Viết “{m.group(1)}.” (có dấu chấm) trước chức vụ.",
                          f"Write “{m.group(1)}.” (with a full stop) before the title.", "signature", paras=[p]))
    if not names:
        out.append(_f("signature.name", "warning", lines[-1].snippet(), "Khối chữ ký chưa có họ tên người ký.",
                      "The signature block has no signer's name.", "signature", paras=[lines[-1]]))
    for p in names:
        out += _check_run_format("signature.name", "Họ tên người ký", "Signer's name", p, "signature", sz, bold=True,
                                 italic=False)
        if _HONORIFIC.match(p.stripped):
            out.append(_f("signature.honorific", "error", p.snippet(),
                          "Không ghi học hàm, học vị, “Ông/Bà” trước họ tên người ký.",
                          "No academic title or “Ông/Bà” before the signer's name.", "signature", paras=[p]))
    if titles and names and names[-1].index < titles[-1].index:
        out.append(_f("signature.order", "warning", names[-1].snippet(),
                      "Họ tên người ký đặt dưới chức vụ.", "The signer's name goes under the title.", "signature",
                      paras=[names[-1]]))
    return out
