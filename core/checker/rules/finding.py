"""What a rule reports (:class:`Finding`), the decree's articles it cites (``REFS``) and the rule data
of ``resources/checker/nd30.json`` (:func:`config`).
"""
from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field

_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
RESOURCES = os.path.join(_ROOT, "resources", "checker", "nd30.json")

_CFG: dict | None = None


def config() -> dict:
    global _CFG
    if _CFG is None:
        with open(RESOURCES, encoding="utf-8") as f:
            _CFG = json.load(f)
    return _CFG


# --------------------------------------------------------------- finding ---
REFS = {
    "paper": ("NĐ 30/2020, Phụ lục I, mục I.1–I.3 (khổ A4, lề trên/dưới 20–25 mm, trái 30–35 mm, phải 15–20 mm)",
              "Decree 30/2020, Appendix I, I.1–I.3 (A4; margins top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm)"),
    "font": ("NĐ 30/2020, Phụ lục I, mục I.4 (phông Times New Roman, màu đen)",
             "Decree 30/2020, Appendix I, I.4 (Times New Roman, black)"),
    "national": ("NĐ 30/2020, Phụ lục I, mục II.1 (Quốc hiệu và Tiêu ngữ)", "Decree 30/2020, Appendix I, II.1 (national title and motto)"),
    "agency": ("NĐ 30/2020, Phụ lục I, mục II.2 (tên cơ quan ban hành)", "Decree 30/2020, Appendix I, II.2 (issuing agency)"),
    "number": ("NĐ 30/2020, Phụ lục I, mục II.3; Điều 15 (số, ký hiệu)", "Decree 30/2020, Appendix I, II.3; Art. 15 (number and symbol)"),
    "place_date": ("NĐ 30/2020, Phụ lục I, mục II.4 (địa danh, thời gian ban hành)",
                   "Decree 30/2020, Appendix I, II.4 (place and date)"),
    "title": ("NĐ 30/2020, Phụ lục I, mục II.5 (tên loại và trích yếu)", "Decree 30/2020, Appendix I, II.5 (type name and subject)"),
    "body": ("NĐ 30/2020, Phụ lục I, mục II.6 (nội dung văn bản)", "Decree 30/2020, Appendix I, II.6 (body text)"),
    "headings": ("NĐ 30/2020, Phụ lục I, mục II.6.đ và bảng mục V (phần, mục, khoản, điểm)",
                 "Decree 30/2020, Appendix I, II.6.đ and table V (parts, sections, clauses, points)"),
    "closing": ("NĐ 30/2020, Phụ lục III (các mẫu kết thúc nội dung bằng “./.”)",
                "Decree 30/2020, Appendix III (the samples end the text with “./.”)"),
    "recipients": ("NĐ 30/2020, Phụ lục I, mục II.9.b (nơi nhận)", "Decree 30/2020, Appendix I, II.9.b (recipients)"),
    "signature": ("NĐ 30/2020, Điều 13; Phụ lục I, mục II.7 (thẩm quyền, chức vụ, họ tên người ký)",
                  "Decree 30/2020, Art. 13; Appendix I, II.7 (authority, title and name of the signer)"),
    "page_numbers": ("NĐ 30/2020, Phụ lục I, mục I.7 (số trang: giữa lề trên, từ trang 2, cỡ 13–14)",
                     "Decree 30/2020, Appendix I, I.7 (page numbers: centred at the top, from page 2, 13–14 pt)"),
    "appendices": ("NĐ 30/2020, Phụ lục I, mục III.1 (phụ lục)", "Decree 30/2020, Appendix I, III.1 (appendices)"),
}


@dataclass
class Finding:
    rule: str                 # "page.margins", "header.motto_rule", …
    severity: str             # "error" | "warning"
    where: str                # a snippet of the paragraph, or "Trang 1 (phần 1)"
    vi: str
    en: str
    ref: str                  # key of REFS
    fixable: bool = False
    count: int = 1            # paragraphs/runs concerned (grouped findings)
    para: int | None = field(default=None, repr=False)    # index of the first paragraph concerned
    paras: list = field(default_factory=list, repr=False)  # every paragraph concerned (for the fixer)
    fix: dict = field(default_factory=dict, repr=False)     # what the fixer sets
    where_en: str = ""        # the place in English when it is not a snippet of the document

    def place(self, lang: str = "vi") -> str:
        return (self.where_en or self.where) if lang == "en" else self.where

    def message(self, lang: str = "vi") -> str:
        return self.en if lang == "en" else self.vi

    def reference(self, lang: str = "vi") -> str:
        r = REFS.get(self.ref, (self.ref, self.ref))
        return r[1] if lang == "en" else r[0]

    def to_dict(self, lang: str = "vi") -> dict:
        d = asdict(self)
        for k in ("vi", "en", "paras", "fix", "where_en"):
            d.pop(k)
        d["where"] = self.place(lang)
        d["message"] = self.message(lang)
        d["reference"] = self.reference(lang)
        return d


def _f(rule, sev, where, vi, en, ref, fixable=False, paras=(), fix=None) -> Finding:
    paras = [p for p in paras if p is not None]
    where, where_en = (where if isinstance(where, tuple) else (where, ""))
    return Finding(rule, sev, where, vi, en, ref, fixable, max(len(paras), 1),
                   paras[0].index if paras else None, [p.index for p in paras], fix or {}, where_en)
