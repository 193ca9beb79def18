"""Before export and print: the holes of a plan, checked against the decree and against itself.

    from core.plancheck import check_plan
    for hole in check_plan(plan):
        hole.code, hole.severity, hole.place("vi"), hole.message("vi"), hole.where, hole.fix

A draft may have holes: export still works and says how many remain
(:func:`core.export.notes` is the list of these messages).  Each hole says
where it is (``where``: the place in the plan, for a GUI to go to) and, when
the fix is obvious, what to put (``fix``: ``{"field": "agency", "value": …}``)
— the check suggests, it never changes the plan.

Holes found:

* page settings outside the decree's ranges (clamped on export);
* no issuing agency (ô 2 is mandatory) — suggested from the opening
  paragraph ("UBND huyện Vị Xuyên xây dựng Kế hoạch…");
* no place name (", ngày … tháng … năm" printed with a bare comma);
* a blank number while the appendices' "(Kèm theo Kế hoạch số 165/KH-UBND …)"
  lines name one, and attachment lines naming different numbers;
* no signer, a signer without a name, a signer title that is no known
  authority or title ("KT. CHỦ TỊ"), a prefix without its full stop;
* a trích yếu in ALL CAPS — sentence case offered, keeping proper names and
  acronyms as the plan's own text writes them;
* the template's "…" left; text after "./.";
* a sentence in the TT column (it prints one word per line); numbering gaps
  in the TT column (numbers typed as written: "1, 2, 4").
"""
from __future__ import annotations

import difflib
import json
import os
import re
from collections import Counter
from dataclasses import dataclass, field

from .model import DOC_TYPES, Plan

RESOURCES = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "resources", "checker")


@dataclass
class Hole:
    code: str
    severity: str                 # "error": printed wrong or missing; "warning": to look at
    vi: str
    en: str
    where: dict = field(default_factory=dict)    # {"kind": "meta", "field": "agency"} | {"kind": "section", "id"} |
                                                 # {"kind": "appendix", "index", "row"?} | {"kind": "signer", "index"} …
    place_vi: str = ""
    place_en: str = ""
    fix: dict | None = None       # {"field": "agency"|"place"|"number"|"title"|"signer_line", "value": …}

    def message(self, lang: str = "vi") -> str:
        return self.en if lang == "en" else self.vi

    def place(self, lang: str = "vi") -> str:
        return self.place_en if lang == "en" else self.place_vi

    def to_dict(self, lang: str = "vi") -> dict:
        return {"code": self.code, "severity": self.severity, "message": self.message(lang), "where": self.where,
                "place": self.place(lang), "fix": self.fix}


_TITLES: dict | None = None


def _titles() -> dict:
    global _TITLES
    if _TITLES is None:
        with open(os.path.join(RESOURCES, "titles.json"), encoding="utf-8") as f:
            _TITLES = json.load(f)
    return _TITLES


def _text(paras) -> str:
    return "\n".join("".join(r.text for r in p.runs) for p in paras)


# ------------------------------------------------------------ suggestions ---
_UNIT = r"(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)"
_WHO = re.compile(r"(?<![\w])(?P<body>UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Sở|Ban|Phòng)\s+(?P<mid>[^,;.:()\n]{0,80}?)\s*"
                  r"\b(?:xây dựng|ban hành)\s+[Kk]ế hoạch")


def _capitalised_words(text: str) -> str:
    """The leading words of *text* that start with a capital ("Vị Xuyên năm 2021" → "Vị Xuyên")."""
    out = []
    for w in text.split():
        if not w[:1].isupper() and not w[:1].isdigit():
            break
        out.append(w)
        if len(out) == 4:
            break
    return " ".join(out)


def suggest_agency(plan: Plan) -> tuple[str, str] | None:
    """(agency as printed, in upper case with its lines; the name in running text) read from the
    opening paragraphs ("UBND huyện Vị Xuyên xây dựng Kế hoạch…"), or None."""
    text = _text(plan.meta.preamble)
    for sec in plan.sections[:1]:
        text += "\n" + _text(sec.body)
    for m in _WHO.finditer(text):
        body, mid = m.group("body"), m.group("mid").strip()
        if body in ("UBND", "Ủy ban nhân dân", "Uỷ ban nhân dân"):
            um = re.match(rf"^({_UNIT})\b\s*(.*)$", mid)
            if not um:
                continue
            unit, name = um.group(1), _capitalised_words(um.group(2))
            if not name:
                # "UBND huyện xây dựng Kế hoạch…": the unit's name elsewhere ("trên địa bàn huyện Hướng Hóa")
                alltext = text + "\n" + (plan.meta.title or "")
                names = Counter(n for n in (_capitalised_words(x) for x in
                                            re.findall(rf"\b{unit}\s+([^,;.:()\n]+)", alltext)) if n)
                name = names.most_common(1)[0][0] if names else ""
            where = f"{unit} {name}".strip()
            return f"ỦY BAN NHÂN DÂN\n{where.upper()}", f"Ủy ban nhân dân {where}"
        if not mid or not mid[:1].isupper() or len(mid.split()) > 6:
            continue
        full = f"{body} {mid}"
        return full.upper(), full
    return None


def suggest_place(plan: Plan, agency: str = "") -> str | None:
    """The place name from the agency ("HUYỆN VỊ XUYÊN" → "Vị Xuyên")."""
    agency = agency or plan.meta.agency_full or plan.meta.agency
    m = re.search(rf"\b{_UNIT}\s+(.+)$", agency.replace("\n", " ").strip(), re.I)
    if not m:
        return None
    name = m.group(1).strip()
    if not name[:1].isalpha() or "…" in name or "..." in name:
        return None
    return " ".join(w[:1].upper() + w[1:].lower() for w in name.split())


_UNITS = ("tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn")
_WORD = re.compile(r"[\wÀ-ỹ]+")


def sentence_case(title: str, plan: Plan) -> str:
    """*title* (typed in capitals) in sentence case: the first letter a capital, proper names and
    acronyms as the plan's own text writes them ("huyện Vị Xuyên", "CCHC", "(PAPI)").

    A word keeps its capital when the plan's text writes it capitalised together with its neighbour
    (both words capitalised in the middle of a sentence: "Vị Xuyên", "Quảng Trị") more often than in
    lower case, or right after an administrative unit ("huyện Hướng Hóa"); an all-capital word stays
    so when the text writes it so ("UBND", "CCHC")."""
    texts = ["".join(r.text for r in p.runs) for p in plan.meta.preamble]
    for sec in plan.walk():
        texts += [sec.title_text] + ["".join(r.text for r in p.runs) for p in list(sec.body) + list(sec.tail)]
    cap_pairs: Counter = Counter()
    low_pairs: Counter = Counter()
    acronyms: set[str] = set()
    after_unit: set[str] = set()
    for t in texts:
        for sentence in re.split(r"(?<=[.!?:;])\s+|\n", t):
            words = _WORD.findall(sentence)
            for k, w in enumerate(words):
                if len(w) >= 2 and w.isupper() and not sentence.isupper():
                    acronyms.add(w)
                if k + 1 < len(words):
                    a, b = w, words[k + 1]
                    key = (a.lower(), b.lower())
                    if k > 0 and a[:1].isupper() and b[:1].isupper() and not a.isupper():
                        cap_pairs[key] += 1
                    elif a.islower() and b.islower():
                        low_pairs[key] += 1
                    if a.lower() in _UNITS and b[:1].isupper() and not b.isupper():
                        after_unit.add(b.lower())
    words = title.split()
    cores = [re.sub(r"^\W+|\W+$", "", t) for t in words]
    lows = [c.lower() for c in cores]
    cap = [False] * len(words)
    for k in range(len(words)):
        for j in (k - 1, k + 1):
            if 0 <= j < len(words):
                key = (lows[min(j, k)], lows[max(j, k)])
                if cap_pairs[key] > low_pairs[key]:
                    cap[k] = True
        if k > 0 and (lows[k - 1] in _UNITS or " ".join(lows[max(0, k - 2):k]) in _UNITS) and lows[k] in after_unit:
            cap[k] = True
    out = []
    for k, tok in enumerate(words):
        core = cores[k]
        if not core:
            out.append(tok)
            continue
        i = tok.find(core)
        lead, trail = tok[:i], tok[i + len(core):]
        if lead.startswith("(") and core.isupper() or core in acronyms or (
                re.search(r"[\d/]", core) and any(ch.isalpha() for ch in core)):
            word = core                 # an acronym, or a symbol such as "02-NQ/BCSD", as typed
        elif k + 2 < len(words) and lows[k + 2] == "số" and f"{lows[k]} {lows[k + 1]}".upper() in DOC_TYPES:
            word = core[:1].upper() + core[1:].lower()      # "Nghị quyết số …": a cited document's type
        elif cap[k] or k == 0:
            word = core[:1].upper() + core[1:].lower()
        else:
            word = core.lower()
        out.append(lead + word + trail)
    return " ".join(out)


def _is_upper(text: str) -> bool:
    letters = "".join(ch for ch in text if ch.isalpha())
    return len(letters) > 12 and letters == letters.upper()


# ----------------------------------------------------------------- checks ---
def check_plan(plan: Plan) -> list[Hole]:
    """Every hole of *plan*, in print order."""
    from .export import _after_closing_mark, placeholders
    from .export.layout import page_setup
    m = plan.meta
    out: list[Hole] = []
    for note in page_setup(m.page).notes:
        out.append(Hole("page.clamped", "warning", note, note, {"kind": "meta", "field": "page"},
                        "Thiết lập trang", "Page setup"))
    # ô 2: the issuing agency
    if not (m.agency or "").strip():
        sug = suggest_agency(plan)
        fix = {"field": "agency", "value": sug[0], "full": sug[1]} if sug else None
        hint_vi = f" Gợi ý từ đoạn mở đầu: “{sug[0].replace(chr(10), ' / ')}”." if sug else ""
        hint_en = f" Suggested from the opening paragraph: “{sug[0].replace(chr(10), ' / ')}”." if sug else ""
        out.append(Hole("agency.missing", "error",
                        "Chưa có tên cơ quan ban hành: ô bên trái đầu trang sẽ in trống (Nghị định 30/2020 bắt buộc)."
                        + hint_vi,
                        "No issuing agency: the left header cell will print empty (mandatory under Decree 30/2020)."
                        + hint_en, {"kind": "meta", "field": "agency"}, "Phần đầu: cơ quan ban hành",
                        "Header: issuing agency", fix))
    # ô 4: the place
    if not (m.place or "").strip():
        agency_fix = next((h.fix for h in out if h.code == "agency.missing" and h.fix), None)
        sug = suggest_place(plan, m.agency if (m.agency or "").strip() else (agency_fix or {}).get("value", ""))
        out.append(Hole("place.missing", "error",
                        "Chưa có địa danh: dòng ngày tháng sẽ in “, ngày … tháng … năm” (dấu phẩy đứng đầu)."
                        + (f" Gợi ý: “{sug}”." if sug else ""),
                        "No place name: the date line will print “, ngày … tháng … năm” (a bare comma)."
                        + (f" Suggested: “{sug}”." if sug else ""),
                        {"kind": "meta", "field": "place"}, "Phần đầu: địa danh", "Header: place",
                        {"field": "place", "value": sug} if sug else None))
    # ô 3 against the appendices' attachment lines
    named: list[tuple[int, str]] = []
    for i, a in enumerate(plan.appendices):
        mm = _ATTACHED_NUMBER.search(a.attachment or "")
        if mm:
            named.append((i, mm.group(1)))
    nums = sorted({n.lstrip("0") or "0" for _, n in named}, key=int)
    if not (m.number or "").strip() and nums:
        out.append(Hole("number.blank", "error" if len(nums) == 1 else "warning",
                        f"Số văn bản để trống nhưng dòng “(Kèm theo …)” của phụ lục ghi số {', '.join(nums)}: "
                        "đầu trang sẽ in số trống còn phụ lục in số này. Khi ghi số, dòng của phụ lục được làm lại "
                        "theo số và ngày của kế hoạch."
                        + (f" Gợi ý: ghi số {nums[0]}." if len(nums) == 1 else ""),
                        f"The number is blank but the appendices' “(Kèm theo …)” line names {', '.join(nums)}: the "
                        "header will print a blank number and the appendix this one. Once the number is written in, "
                        "the appendix line is rebuilt from the plan's number and date."
                        + (f" Suggested: number {nums[0]}." if len(nums) == 1 else ""),
                        {"kind": "meta", "field": "number"}, "Phần đầu: số văn bản", "Header: number",
                        {"field": "number", "value": nums[0].zfill(2)} if len(nums) == 1 else None))
    elif len(nums) > 1:
        out.append(Hole("attachment.numbers", "warning",
                        f"Các dòng “(Kèm theo …)” của phụ lục ghi những số khác nhau ({', '.join(nums)}).",
                        f"The appendices' “(Kèm theo …)” lines name different numbers ({', '.join(nums)}).",
                        {"kind": "appendix", "index": named[0][0]}, plan.appendix_label(named[0][0]),
                        f"Appendix {named[0][0] + 1}"))
    # trích yếu
    if _is_upper(m.title or ""):
        sc = sentence_case(m.title, plan)
        out.append(Hole("title.caps", "error",
                        f"Trích yếu viết in hoa toàn bộ; Nghị định 30/2020: chữ in thường, đậm. Gợi ý: “{sc}”.",
                        f"The subject is in ALL CAPS; Decree 30/2020: sentence case, bold. Suggested: “{sc}”.",
                        {"kind": "meta", "field": "title"}, "Trích yếu", "Subject",
                        {"field": "title", "value": sc}))
    # template gaps and the closing mark (export notes before this check)
    gaps = placeholders(plan, "vi")
    if gaps:
        gaps_en = placeholders(plan, "en")
        more = len(gaps) > 6
        out.append(Hole("template.gaps", "warning",
                        f"Còn {len(gaps)} chỗ có dấu “…” của mẫu chưa điền: {', '.join(gaps[:6])}"
                        f"{' và các chỗ khác' if more else ''}. Các chỗ này sẽ được in như đang có — hãy điền hoặc xóa "
                        "trước khi in.",
                        f"{len(gaps)} places still hold the template's “…” (text to fill in): {', '.join(gaps_en[:6])}"
                        f"{' and others' if more else ''}. They are printed as they stand.",
                        _first_gap(plan, gaps_en), gaps[0], gaps_en[0]))
    tail = _after_closing_mark(plan)
    if tail:
        out.append(Hole("closing.tail", "warning",
                        f"Sau dấu kết thúc “./.” còn chữ “{tail}”; chữ này sẽ được in — hãy xóa nếu gõ nhầm.",
                        f"After the closing “./.” there is “{tail}”; it will be printed — delete it if it was typed "
                        "by mistake.", _last_section(plan), "Đoạn cuối", "Last paragraph"))
    # signers
    out += _signer_holes(plan)
    # appendix tables
    out += _table_holes(plan)
    return out


_ATTACHED_NUMBER = re.compile(r"[Kk]èm theo\b.*?\bsố\s*:?\s*(\d+)\s*/", re.S)


def _signer_holes(plan: Plan) -> list[Hole]:
    out = []
    if not plan.signers:
        return [Hole("signer.missing", "warning", "Kế hoạch chưa có người ký: khối chữ ký sẽ để trống.",
                     "The plan has no signer: the signature block will be empty.", {"kind": "signer", "index": 0},
                     "Người ký", "Signer")]
    known = [t.upper() for t in _titles()["titles"]]
    bodies = [t.upper() for t in _titles()["collectives"]]
    for i, s in enumerate(plan.signers):
        place = ("Người ký" + (f" {i + 1}" if len(plan.signers) > 1 else ""),
                 "Signer" + (f" {i + 1}" if len(plan.signers) > 1 else ""))
        if not (s.name or "").strip():
            out.append(Hole("signer.name", "warning", "Chưa ghi họ tên người ký.", "A signer has no name yet.",
                            {"kind": "signer", "index": i}, *place))
        for k, line in enumerate(s.authority_lines()):
            raw = " ".join(line.split())
            m = re.match(r"^(TM|KT|TL|TUQ|Q)(\s*[.:,]?)\s+", raw)
            rest = raw[m.end():] if m else raw
            if m and m.group(2).strip() != ".":
                out.append(Hole("signer.prefix", "error",
                                f"“{raw}”: sau “{m.group(1)}” phải có dấu chấm (“{m.group(1)}.”).",
                                f"“{raw}”: “{m.group(1)}” takes a full stop (“{m.group(1)}.”).",
                                {"kind": "signer", "index": i, "line": k}, *place,
                                {"field": "signer_line", "index": i, "line": k,
                                 "value": f"{m.group(1)}. {rest}"}))
            is_collective = bool(m) and m.group(1) == "TM"
            if is_collective:
                ok = any(rest == b or rest.startswith(b + " ") for b in bodies)
            else:
                ok = any(rest == t or rest.startswith(t + " ") for t in known)
            if not ok and rest:
                pool = bodies if is_collective else known
                close = difflib.get_close_matches(rest, pool, n=1, cutoff=0.75)
                if not close:      # "CHỦ TỊ" is the start of "CHỦ TỊCH": the longest title it begins
                    close = sorted((t for t in pool if t.startswith(rest) and len(rest) >= 4), key=len)[:1]
                sug = (raw[:m.end()] if m else "") + close[0] if close else None
                out.append(Hole("signer.title", "error",
                                f"“{raw}” không phải thẩm quyền, chức vụ đã biết — sẽ in như đang ghi."
                                + (f" Có phải “{sug}”?" if sug else ""),
                                f"“{raw}” is no known authority or title — it will print as it stands."
                                + (f" Did you mean “{sug}”?" if sug else ""),
                                {"kind": "signer", "index": i, "line": k}, *place,
                                {"field": "signer_line", "index": i, "line": k, "value": sug} if sug else None))
    return out


def _table_holes(plan: Plan) -> list[Hole]:
    out = []
    for i, a in enumerate(plan.appendices):
        label = plan.appendix_label(i)
        tt = a.col("tt")
        numbers = plan.row_numbers(a)
        if tt is not None:
            for r in a.rows:
                v = (r.cells.get(tt.id) or "").strip()
                if len(v.split()) > 2 or len(v) > 12:
                    out.append(Hole("table.tt_sentence", "warning",
                                    f"{label}: ô TT chứa cả một câu (“{v[:40]}”) — cột hẹp sẽ in mỗi chữ một dòng; "
                                    "hãy chuyển chữ này sang cột nội dung.",
                                    f"{label}: the TT cell holds a sentence (“{v[:40]}”) — the narrow column prints one "
                                    "word per line; move the text to the task column.",
                                    {"kind": "appendix", "index": i, "row": r.id, "column": tt.id}, label,
                                    f"Appendix {i + 1}"))
        # numbering gaps: consecutive task numbers within a group, as printed ("5.1, 5.3": the prefix counts apart)
        prev: dict[str, int] = {}
        for r in a.rows:
            if r.kind == "group":
                prev = {}
                continue
            if r.continues:
                continue
            n = numbers.get(r.id, "")
            head, _, last = n.rpartition(".")
            if not last.isdigit():
                continue
            k = int(last)
            p = prev.get(head)
            if p is not None and k == p:
                out.append(Hole("table.numbering_repeat", "warning",
                                f"{label}: số thứ tự “{n}” lặp lại ở hai dòng liền nhau.",
                                f"{label}: the number “{n}” is repeated on two rows in a row.",
                                {"kind": "appendix", "index": i, "row": r.id}, label, f"Appendix {i + 1}"))
            elif p is not None and k > p + 1:
                out.append(Hole("table.numbering_gap", "warning",
                                f"{label}: số thứ tự nhảy từ {p} sang {k} (dòng “{n}”).",
                                f"{label}: the numbering jumps from {p} to {k} (row “{n}”).",
                                {"kind": "appendix", "index": i, "row": r.id}, label, f"Appendix {i + 1}"))
            prev = {head: k}
    return out


def _first_gap(plan: Plan, places: list[str]) -> dict:
    """Where the first template gap is, for a click to go to it."""
    gap = "…"
    m = plan.meta
    if gap in (m.title or "") or any(gap in "".join(r.text for r in p.runs) for p in m.preamble):
        return {"kind": "meta", "field": "title", "places": places}
    for sec in plan.walk():
        texts = [sec.title_text] + ["".join(r.text for r in p.runs) for p in list(sec.body) + list(sec.tail)]
        if any(gap in t for t in texts):
            return {"kind": "section", "id": sec.id, "places": places}
    for i, a in enumerate(plan.appendices):
        if gap in (a.title or "") or any(gap in v for r in a.rows for v in r.cells.values() if isinstance(v, str)):
            return {"kind": "appendix", "index": i, "id": a.id, "places": places}
    return {"kind": "meta", "field": "recipients", "places": places}


def _last_section(plan: Plan) -> dict:
    last = None
    for sec in plan.walk():
        if sec.body or sec.tail:
            last = sec
    return {"kind": "section", "id": last.id} if last else {"kind": "meta", "field": "preamble"}


def fix_fields(plan: Plan, hole: Hole) -> tuple[str, str | None, dict] | None:
    """What applying *hole*'s suggestion changes: ``("meta", None, {field: value})`` or
    ``("signer", signer_id, {field: value})``; None when the hole has no fix.  The caller runs
    the matching operation (the GUI: ``Document.set_meta`` / ``set_signer``), so it can be undone."""
    fix = hole.fix
    if not fix or fix.get("value") in (None, ""):
        return None
    f = fix["field"]
    if f == "agency":
        return "meta", None, {"agency": fix["value"], "agency_full": fix.get("full", "")}
    if f in ("place", "number", "title"):
        return "meta", None, {f: fix["value"]}
    if f == "signer_line":
        s = plan.signers[fix["index"]]
        k, value = fix["line"], fix["value"]
        lines = list(s.lines)
        if s.prefix == "TM.":
            if k == 0:
                return "signer", s.id, {"collective": value.split(" ", 1)[1] if " " in value else value}
            k -= 1
        if 0 <= k < len(lines):
            lines[k] = value
            return "signer", s.id, {"lines": lines}
        return None
    return None


def summary(holes: list[Hole], lang: str = "vi") -> str:
    n = len(holes)
    if lang == "en":
        return f"{n} problem{'s' if n != 1 else ''} remain{'s' if n == 1 else ''} before printing." if n else ""
    return f"Còn {n} vấn đề cần xem trước khi in." if n else ""
