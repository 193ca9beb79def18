"""Where the parts of an administrative document are (:class:`Layout`): header, title, body, Nơi nhận,
signature and appendices; and the tests of a paragraph's look the rules share (capitals, a rule under it).
"""
from __future__ import annotations

import re

from ..document import Document, Para


# ---------------------------------------------------------------- layout ---
def norm_up(text: str) -> str:
    t = " ".join(text.split()).upper()
    return t.replace("HOÀ", "HÒA").replace("UỶ", "ỦY")


_HAS_LETTER = re.compile(r"[^\W\d_]")


def is_upper(text: str) -> bool:
    letters = "".join(_HAS_LETTER.findall(text))
    return bool(letters) and letters == letters.upper()


def is_caps(p: Para) -> bool:
    """Printed in capitals: typed so, or shown so by w:caps on every run."""
    return is_upper(p.text) or (p.all_on("caps"))


def has_rule(p: Para) -> bool:
    return bool(p.props.get("border_bottom")) or p.drawing


def underlined(p: Para) -> bool:
    return p.all_on("u")


_NUMBER = re.compile(r"^\s*Số\b", re.I)
_DATE = re.compile(r"ngày\s*\S*\s*tháng\s*\S*\s*năm", re.I)
_APPENDIX = re.compile(r"^\s*phụ\s+lục\b", re.I)
_BODY_OPENING = re.compile(r"^\s*(Căn cứ|Thực hiện|Kính gửi|Để |Theo |Trên cơ sở|Nhằm|[IVXLC]+\.\s|1\.\s)")


class Layout:
    """Where the parts of an administrative document are."""

    def __init__(self, doc: Document, cfg: dict):
        P = doc.paras
        self.doc = doc
        self.national = next((p for p in P[:200] if "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in norm_up(p.text)), None)
        start = self.national.index + 1 if self.national else 0
        self.motto = next((p for p in P[start:start + 6] if "ĐỘC LẬP" in norm_up(p.text) and "HẠNH PHÚC" in norm_up(p.text)),
                          None)
        nat = self.national
        self.header_table = nat.cell[0] if nat is not None and nat.cell else None
        if self.header_table is not None:
            self.header = [p for p in P if p.cell and p.cell[0] == self.header_table]
        elif nat is not None:
            self.header = P[max(0, nat.index - 6): nat.index + 8]
        else:
            self.header = []
        self.header_end = (self.header[-1].index + 1) if self.header else 0
        col = nat.cell[2] if nat is not None and nat.cell else None
        self.number = next((p for p in self.header if _NUMBER.match(p.text)), None)
        self.place_date = next((p for p in self.header if _DATE.search(p.text)), None)
        left = [p for p in self.header if p.cell and p.cell[2] != col and (self.number is None or p.index < self.number.index)]
        self.left = left
        self.agency = [p for p in left if p.stripped and not p.stripped.lower().startswith("v/v")]
        # title
        types = cfg["doc_types"]
        self.doc_type = None
        self.type_abbr = None
        after = [p for p in P[self.header_end:] if p.cell is None]
        texts = [p for p in after if p.stripped]
        for p in texts[:3]:
            t = norm_up(p.stripped)
            if t in types:
                self.doc_type, self.type_abbr = p, types[t]
                break
        self.subject: list[Para] = []
        self.subject_rule: Para | None = None
        body_from = self.header_end
        if self.doc_type is not None:
            i = self.doc_type.index + 1
            while i < len(P) and len(self.subject) < 4:
                p = P[i]
                if p.cell is not None:
                    break
                if not p.stripped:
                    if has_rule(p):
                        self.subject_rule = p
                        i += 1
                        break
                    if self.subject:
                        i += 1
                        # the rule may follow one empty paragraph
                        if i < len(P) and not P[i].stripped and has_rule(P[i]) and P[i].cell is None:
                            self.subject_rule = P[i]
                            i += 1
                        break
                    i += 1
                    continue
                if self.subject and p.props.get("jc") != "center":
                    break
                if not self.subject and _BODY_OPENING.match(p.text):
                    break           # the body starts at once: no subject line
                self.subject.append(p)
                if has_rule(p) or underlined(p):
                    self.subject_rule = p
                i += 1
            body_from = i
        # Nơi nhận and signature
        self.recipients_label = next((p for p in P[body_from:] if re.match(r"^\s*Nơi\s+nhận", p.text, re.I)), None)
        lab = self.recipients_label
        self.recipients: list[Para] = []
        self.signature: list[Para] = []
        sig_start = len(P)
        if lab is not None:
            if lab.cell is not None:
                ti, ri, ci = lab.cell
                row = [p for p in P if p.cell and p.cell[0] == ti]
                sig_start = row[0].index
                self.recipients = [p for p in row if p.cell == lab.cell and p.index > lab.index and p.stripped]
                self.signature = [p for p in row if p.cell[1] == ri and p.cell[2] != ci and p.stripped]
                block_end = row[-1].index + 1
            else:
                sig_start = lab.index
                i = lab.index + 1
                while i < len(P) and P[i].stripped.startswith(("-", "–", "+")):
                    self.recipients.append(P[i])
                    i += 1
                block_end = i
        else:
            block_end = len(P)
        # appendices: after the signature block (or, without one, anywhere after the body started)
        self.appendices: list[dict] = []
        search_from = block_end if lab is not None else body_from
        for p in P[search_from:]:
            if p.cell is None and _APPENDIX.match(p.text) and len(p.stripped) < 40:
                self.appendices.append({"label": p, "title": [], "note": None})
        for k, ap in enumerate(self.appendices):
            stop = self.appendices[k + 1]["label"].index if k + 1 < len(self.appendices) else len(P)
            for p in P[ap["label"].index + 1: min(stop, ap["label"].index + 8)]:
                if p.cell is not None:
                    break
                if not p.stripped:
                    continue
                if p.stripped.startswith("("):
                    if "kèm theo" in p.text.lower():
                        ap["note"] = p
                    break
                if p.props.get("jc") != "center" and ap["title"]:
                    break
                ap["title"].append(p)
        body_end = sig_start if lab is not None else (self.appendices[0]["label"].index if self.appendices else len(P))
        self.body = [p for p in P[body_from:body_end] if p.cell is None and p.stripped]
