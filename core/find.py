"""Find (and the places for Replace) in one plan: header, preamble, section titles and text, appendix
titles and cells, signers, Nơi nhận.

Matching goes through :func:`core.text.fold`, which keeps the text's length, so a hit found in the folded
text is at the same place in the text as typed:

* without diacritics (default): "uy ban" finds "Ủy ban" and "Uỷ ban", "hoa" finds "hòa" and "hoà";
* with diacritics (*marks*): "hoà" finds "hòa" and "hoà" (tone-mark placement never counts) but not "hoa";
* *case*: "UBND" does not find "ubnd"; *word*: "hoa" finds "hòa" but not the start of "hoạch".

Each hit names its place as printed ("Mục II.1.a", "Mục II.1.a, đoạn 2", "Phụ lục I, TT 12",
"Nơi nhận, dòng 3"), in Vietnamese and English.  :class:`FindIndex` folds the plan once per option set
and answers each keystroke with one scan of one string (bench/bench_find.py: a 10,000-task plan).
The change itself is :func:`core.operations.replace_found`.
"""
from __future__ import annotations

import bisect
import gc
import re
from dataclasses import dataclass
from typing import NamedTuple

from .model import Plan
from .text import fold

SEP = "\x00"
_WS = str.maketrans({"\n": " ", "\t": " ", "\u00a0": " ", "\r": " "})

META_FIELDS = (("parent_agency", "Cơ quan chủ quản", "Parent agency"),
               ("agency", "Cơ quan ban hành", "Issuing agency"),
               ("agency_full", "Tên cơ quan trong câu", "Agency name in sentences"),
               ("place", "Địa danh", "Place"),
               ("date_text", "Ngày ban hành", "Date of issue"),
               ("title", "Trích yếu", "Subject"))


class Field(NamedTuple):
    """One piece of text of the plan that Find looks in.

    kind: 'meta' (key = Meta attribute), 'preamble' (key = paragraph index), 'title' / 'body' / 'tail'
    (rid = section; key = paragraph index for body/tail), 'app_title' (rid = appendix), 'cell' (aid,
    rid = row, key = column id), 'signer' (key = 'name' | 'collective' | line index), 'recipient'."""
    kind: str
    rid: str
    key: object
    place: str
    place_en: str
    detail: str = ""        # the column of a cell, the field of the header
    detail_en: str = ""
    aid: str = ""
    order: int = 0          # position in the plan's printed order


@dataclass(frozen=True)
class Hit:
    field: Field
    start: int
    end: int
    text: str               # the field's whole text when found (replace checks it is unchanged)

    @property
    def matched(self) -> str:
        return self.text[self.start:self.end]

    def where(self, lang: str = "vi") -> str:
        f = self.field
        place, detail = (f.place_en, f.detail_en) if lang == "en" else (f.place, f.detail)
        return f"{place} — {detail}" if detail else place

    def context(self, width: int = 40) -> tuple[str, str, str]:
        """(before, match, after) around the hit, on one line (a line break shows as " – ")."""
        t = self.text
        a = max(0, self.start - width)
        b = min(len(t), self.end + width)
        before = ("…" if a > 0 else "") + t[a:self.start]
        after = t[self.end:b] + ("…" if b < len(t) else "")
        one = lambda s: s.replace("\n", " – ")   # noqa: E731
        return one(before), one(self.matched), one(after)


# ------------------------------------------------------------ the fields --
def _cited(num: str) -> str:
    return num.rstrip(".)").replace(").", ".") if num else num


class _Places:
    """Printed places of appendix rows, computed when a hit needs one (a 10,000-row plan's index is
    built without them)."""

    def __init__(self, plan: Plan):
        self.plan = plan
        self.rows: dict[str, dict] = {}

    def cell(self, raw: tuple) -> Field:
        _, rid, cid, aid, ai, k, order = raw
        plan = self.plan
        if aid not in self.rows:
            a = plan.appendices[ai]
            lab = plan.appendix_label(ai)
            lab_en = lab.replace("Phụ lục", "Appendix").replace("PHỤ LỤC", "APPENDIX")
            nums = plan.row_numbers(a)
            places, last = {}, ""
            for n, r in enumerate(a.rows):
                tt = nums.get(r.id, "")
                if r.kind == "group":
                    places[r.id] = (f"{lab}, nhóm {tt}".rstrip(), f"{lab_en}, group {tt}".rstrip())
                elif tt:
                    last = tt
                    places[r.id] = (f"{lab}, TT {tt}", f"{lab_en}, no. {tt}")
                else:
                    places[r.id] = (f"{lab}, TT {last} (tiếp)", f"{lab_en}, no. {last} (cont.)") if last else \
                        (f"{lab}, dòng {n + 1}", f"{lab_en}, row {n + 1}")
            cols = {c.id: " ".join((c.title or c.key).split()) for c in a.columns}
            self.rows[aid] = (places, cols)
        places, cols = self.rows[aid]
        vi, en = places.get(rid, ("", ""))
        title = cols.get(cid, "")
        return Field("cell", rid, cid, vi, en, title, title, aid, order)


def _raw_fields(plan: Plan) -> list[tuple]:
    """(Field, text) for the header, sections, signers and Nơi nhận; (raw tuple, text) for the cells."""
    out: list[tuple] = []

    def add(f: Field, text: str):
        if text:
            out.append((f._replace(order=len(out)), text))

    append = out.append
    m = plan.meta
    for key, vi, en in META_FIELDS:
        add(Field("meta", m.id, key, "Đầu văn bản", "Header", vi, en), getattr(m, key) or "")
    for i, p in enumerate(m.preamble):
        add(Field("preamble", m.id, i, f"Phần mở đầu, đoạn {i + 1}", f"Preamble, paragraph {i + 1}"), p.text)
    cited = plan.cited_numbers()
    for s in plan.walk():
        num = _cited(cited.get(s.id, ""))
        vi, en = (f"Mục {num}", f"Section {num}") if num else ("Mục (không số)", "Section (no number)")
        add(Field("title", s.id, None, vi, en, "tiêu đề", "title"), s.title_text)
        for i, p in enumerate(s.body):
            add(Field("body", s.id, i, f"{vi}, đoạn {i + 1}", f"{en}, paragraph {i + 1}"), p.text)
        n = len(s.body)
        for i, p in enumerate(s.tail):
            add(Field("tail", s.id, i, f"{vi}, đoạn {n + i + 1}", f"{en}, paragraph {n + i + 1}"), p.text)
    for ai, a in enumerate(plan.appendices):
        lab = plan.appendix_label(ai)
        lab_en = lab.replace("Phụ lục", "Appendix").replace("PHỤ LỤC", "APPENDIX")
        add(Field("app_title", a.id, None, lab, lab_en, "tên phụ lục", "title"), a.title)
        cols = [c.id for c in a.columns if c.key != "tt"]
        aid = a.id
        for k, r in enumerate(a.rows):
            cells, rid = r.cells, r.id
            for cid in cols:
                text = cells.get(cid)
                if text:
                    append((("cell", rid, cid, aid, ai, k, len(out)), text))
    for s in plan.signers:
        add(Field("signer", s.id, "collective", "Người ký", "Signer", "tập thể", "collective body"), s.collective)
        for i, line in enumerate(s.lines):
            add(Field("signer", s.id, i, "Người ký", "Signer", "chức vụ", "title"), line)
        add(Field("signer", s.id, "name", "Người ký", "Signer", "họ tên", "name"), s.name)
    for i, r in enumerate(plan.recipients):
        add(Field("recipient", r.id, None, f"Nơi nhận, dòng {i + 1}", f"Recipients, line {i + 1}"), r.text)
    return out


def fields(plan: Plan) -> list[tuple[Field, str]]:
    """Every searchable text of *plan* with its place, in printed order."""
    places = _Places(plan)
    return [(f if isinstance(f, Field) else places.cell(f), t) for f, t in _raw_fields(plan)]


def field_text(plan: Plan, f: Field) -> str | None:
    """The current text of field *f* (None when its record is gone)."""
    if f.kind == "meta":
        return getattr(plan.meta, f.key, None)
    if f.kind == "preamble":
        ps = plan.meta.preamble
        return ps[f.key].text if 0 <= f.key < len(ps) else None
    if f.kind in ("title", "body", "tail"):
        s = plan.find_section(f.rid)
        if s is None:
            return None
        if f.kind == "title":
            return s.title_text
        ps = s.body if f.kind == "body" else s.tail
        return ps[f.key].text if 0 <= f.key < len(ps) else None
    if f.kind in ("app_title", "cell"):
        a = next((x for x in plan.appendices if x.id == (f.rid if f.kind == "app_title" else f.aid)), None)
        if a is None:
            return None
        if f.kind == "app_title":
            return a.title
        r = next((x for x in a.rows if x.id == f.rid), None)
        return r.cells.get(f.key, "") if r is not None else None
    if f.kind == "signer":
        s = next((x for x in plan.signers if x.id == f.rid), None)
        if s is None:
            return None
        if isinstance(f.key, int):
            return s.lines[f.key] if 0 <= f.key < len(s.lines) else None
        return getattr(s, f.key, None)
    if f.kind == "recipient":
        r = next((x for x in plan.recipients if x.id == f.rid), None)
        return r.text if r is not None else None
    return None


# --------------------------------------------------------------- search --
class FindIndex:
    """The plan's texts folded for matching, built once per option set (call :meth:`invalidate` after
    the plan changes); each :meth:`search` is one scan of one string."""

    def __init__(self, plan: Plan):
        self.plan = plan
        self._fields: list[tuple[Field, str]] | None = None
        self._folded: dict[tuple[bool, bool], str] = {}
        self._starts: list[int] = []
        self._cache: dict[tuple[str, bool, bool], str] = {}   # a text folded, kept across rebuilds

    def invalidate(self) -> None:
        """The plan changed: the next search reads it again (texts already folded are reused)."""
        self._fields = None
        self._folded = {}
        if len(self._cache) > 400_000:
            self._cache.clear()

    def build(self, case: bool = False, marks: bool = False) -> None:
        """Read and fold the plan now, with the printed places of the table rows (the window does it
        while the clerk is idle, so a keystroke only searches)."""
        self._ensure(case, marks)
        seen = set()
        for f, _ in self._fields:
            if not isinstance(f, Field) and f[3] not in seen:
                seen.add(f[3])
                self._places.cell(f)

    def _ensure(self, case: bool, marks: bool) -> str:
        was = gc.isenabled()
        gc.disable()
        try:
            return self._ensure_built(case, marks)
        finally:
            if was:
                gc.enable()

    def _ensure_built(self, case: bool, marks: bool) -> str:
        if self._fields is None:
            self._fields = _raw_fields(self.plan)
            self._places = _Places(self.plan)
            starts, p = [], 0
            for _, t in self._fields:
                starts.append(p)
                p += len(t) + 1
            self._starts = starts
        key = (case, marks)
        if key not in self._folded:
            cache = self._cache
            parts = []
            for _, t in self._fields:
                f = cache.get((t, case, marks))
                if f is None:
                    f = cache[(t, case, marks)] = fold(t, case=case, marks=marks).translate(_WS)
                parts.append(f)
            self._folded[key] = SEP.join(parts)
        return self._folded[key]

    def search(self, query: str, case: bool = False, marks: bool = False, word: bool = False,
               limit: int | None = None) -> list[Hit]:
        """The hits of *query* in printed order (at most *limit*)."""
        # many small objects and no reference cycles: with a 10,000-task plan in memory a full pass
        # of the cyclic collector in the middle of a keystroke costs 100 ms (as in core.export)
        was = gc.isenabled()
        gc.disable()
        try:
            return self._search(query, case, marks, word, limit)
        finally:
            if was:
                gc.enable()

    def _search(self, query, case, marks, word, limit) -> list[Hit]:
        q = fold(query, case=case, marks=marks).translate(_WS)
        if not q.strip():
            return []
        hay = self._ensure(case, marks)
        if word:
            spans = ((m.start(), m.end()) for m in
                     re.finditer(r"(?<!\w)" + re.escape(q) + r"(?!\w)", hay))
        else:
            spans = _find_all(hay, q)
        out: list[Hit] = []
        starts, flds = self._starts, self._fields
        for a, b in spans:
            i = bisect.bisect_right(starts, a) - 1
            f, text = flds[i]
            if not isinstance(f, Field):
                f = self._places.cell(f)
            s0 = starts[i]
            out.append(Hit(f, a - s0, b - s0, text))
            if limit is not None and len(out) >= limit:
                break
        return out

    def count(self, query: str, case: bool = False, marks: bool = False, word: bool = False) -> int:
        q = fold(query, case=case, marks=marks).translate(_WS)
        if not q.strip():
            return 0
        hay = self._ensure(case, marks)
        if word:
            return len(re.findall(r"(?<!\w)" + re.escape(q) + r"(?!\w)", hay))
        return hay.count(q)


def _find_all(hay: str, q: str):
    i = hay.find(q)
    n = len(q)
    while i >= 0:
        yield i, i + n
        i = hay.find(q, i + n)


def find(plan: Plan, query: str, case: bool = False, marks: bool = False, word: bool = False) -> list[Hit]:
    """Every hit of *query* in *plan* (a one-off search; the window keeps a :class:`FindIndex`)."""
    return FindIndex(plan).search(query, case, marks, word)
