"""The plan document as plain dataclasses.

A :class:`Plan` is what one ``.sqlite`` file holds.  Every record carries a
stable UUID (``id``) so that copies from two offices can be merged, and
``created``/``modified`` timestamps.  Numbers of sections and appendix rows
are never stored: :mod:`core.numbering` computes them from position.
"""
from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timezone

from . import numbering
from .text import nfc


def new_id() -> str:
    return str(uuid.uuid4())


def snapshot(plan: "Plan") -> "Plan":
    """An independent copy of *plan* for work in another thread (export, print): the window may go on
    changing its own plan while the copy is read. (A pickle round trip: a third faster than deepcopy.)"""
    import pickle
    return pickle.loads(pickle.dumps(plan, pickle.HIGHEST_PROTOCOL))


def now_iso() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


# ---------------------------------------------------------------- text ----
@dataclass
class Run:
    text: str
    bold: bool = False
    italic: bool = False

    def to_json(self) -> list:
        flags = ("b" if self.bold else "") + ("i" if self.italic else "")
        return [self.text, flags] if flags else [self.text]

    @classmethod
    def from_json(cls, j) -> "Run":
        if isinstance(j, str):
            return cls(nfc(j))
        flags = j[1] if len(j) > 1 else ""
        return cls(nfc(j[0]), "b" in flags, "i" in flags)


def retext_runs(runs: list[Run], text: str) -> list[Run]:
    """*runs* carrying *text* instead of their own: the formatting of the
    unchanged start and end is kept, typed text takes the formatting of the
    character before it (of the first run at the very start), as in a word
    processor.  So retyping part of a one-line title ("MỤC TIÊU theo
    *Nghị quyết 01*") does not wipe its bold and italic."""
    text = nfc(text)
    if not text:
        return []
    old = "".join(r.text for r in runs)
    if not runs or not old:
        return [Run(text, runs[0].bold if runs else False, runs[0].italic if runs else False)]
    if old == text:
        return [Run(r.text, r.bold, r.italic) for r in runs if r.text]
    fmt = [(r.bold, r.italic) for r in runs for _ in r.text]      # per character of the old text
    p = 0
    while p < min(len(old), len(text)) and old[p] == text[p]:
        p += 1
    q = 0
    while q < min(len(old), len(text)) - p and old[-1 - q] == text[-1 - q]:
        q += 1
    mid = len(text) - p - q
    typed = fmt[p - 1] if p > 0 else fmt[0]
    new_fmt = fmt[:p] + [typed] * mid + (fmt[len(old) - q:] if q else [])
    out: list[Run] = []
    for ch, (b, i) in zip(text, new_fmt):
        if out and (out[-1].bold, out[-1].italic) == (b, i):
            out[-1].text += ch
        else:
            out.append(Run(ch, b, i))
    return out


PARA_KINDS = ("text", "dash", "plus")


@dataclass
class Paragraph:
    """One paragraph of body text.  ``kind`` 'dash' prints with a leading
    "- ", 'plus' with "+ "; 'text' is a plain paragraph."""
    runs: list[Run] = field(default_factory=list)
    kind: str = "text"

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)

    @property
    def display(self) -> str:
        prefix = {"dash": "- ", "plus": "+ "}.get(self.kind, "")
        return prefix + self.text

    @classmethod
    def plain(cls, text: str, kind: str = "text") -> "Paragraph":
        return cls([Run(nfc(text))], kind)

    def to_json(self) -> dict:
        d = {"runs": [r.to_json() for r in self.runs]}
        if self.kind != "text":
            d["kind"] = self.kind
        return d

    @classmethod
    def from_json(cls, j) -> "Paragraph":
        kind = j.get("kind", "text")
        if kind not in PARA_KINDS:
            kind = "text"
        return cls([Run.from_json(r) for r in j.get("runs", [])], kind)


def paras_to_json(ps: list[Paragraph]) -> list:
    return [p.to_json() for p in ps]


def paras_from_json(j) -> list[Paragraph]:
    return [Paragraph.from_json(p) for p in (j or [])]


# ------------------------------------------------------------- records ----
@dataclass
class Record:
    id: str = field(default_factory=new_id)
    created: str = field(default_factory=now_iso)
    modified: str = field(default_factory=now_iso)
    pos: float = 0.0   # order among siblings (fractional, so an insert touches one record)


DOC_TYPES = {
    # name: official abbreviation (Nghị định 30/2020, Phụ lục III)
    "KẾ HOẠCH": "KH", "CHƯƠNG TRÌNH": "CTr", "BÁO CÁO": "BC", "QUYẾT ĐỊNH": "QĐ",
    "NGHỊ QUYẾT": "NQ", "CHỈ THỊ": "CT", "QUY CHẾ": "QC", "QUY ĐỊNH": "QyĐ",
    "THÔNG CÁO": "TC", "THÔNG BÁO": "TB", "HƯỚNG DẪN": "HD", "PHƯƠNG ÁN": "PA",
    "ĐỀ ÁN": "ĐA", "DỰ ÁN": "DA", "BIÊN BẢN": "BB", "TỜ TRÌNH": "TTr",
    "HỢP ĐỒNG": "HĐ", "CÔNG ĐIỆN": "CĐ", "BẢN GHI NHỚ": "BGN",
    "BẢN THỎA THUẬN": "BTT", "GIẤY ỦY QUYỀN": "GUQ", "GIẤY MỜI": "GM",
    "GIẤY GIỚI THIỆU": "GGT", "GIẤY NGHỈ PHÉP": "GNP", "PHIẾU GỬI": "PG",
    "PHIẾU CHUYỂN": "PC", "PHIẾU BÁO": "PB",
}


@dataclass
class Meta(Record):
    parent_agency: str = ""      # cơ quan chủ quản (optional)
    agency: str = ""             # issuing agency, as printed (may hold "\n")
    agency_abbr: str = "UBND"
    agency_full: str = ""        # the name used in running text ("Ủy ban nhân dân huyện Vị Xuyên")
    doc_type: str = "KẾ HOẠCH"
    number: str = ""             # blank until signing
    symbol: str = ""             # '' = derived from doc_type + agency_abbr
    place: str = ""
    issue_date: str = ""         # ISO 'YYYY-MM-DD' or '' (blank)
    date_text: str = ""          # a partly blank date as written ("ngày   tháng 6 năm 2021")
    title: str = ""              # trích yếu
    period: str = ""             # '2021' or '2023-2025'
    preamble: list[Paragraph] = field(default_factory=list)
    page: dict = field(default_factory=dict)  # margins etc. for export

    @property
    def effective_symbol(self) -> str:
        if self.symbol:
            return self.symbol
        abbr = DOC_TYPES.get(self.doc_type.upper(), "KH")
        return f"{abbr}-{self.agency_abbr}" if self.agency_abbr else abbr

    @property
    def issue(self) -> date | None:
        try:
            return date.fromisoformat(self.issue_date) if self.issue_date else None
        except ValueError:
            return None


SECTION_KINDS = numbering.KINDS


@dataclass
class Section(Record):
    kind: str = "muc"
    title: list[Run] = field(default_factory=list)
    body: list[Paragraph] = field(default_factory=list)   # before sub-sections
    tail: list[Paragraph] = field(default_factory=list)   # after sub-sections
    children: list["Section"] = field(default_factory=list)
    parent_id: str | None = None

    @property
    def title_text(self) -> str:
        return "".join(r.text for r in self.title)

    def walk(self):
        yield self
        for c in self.children:
            yield from c.walk()


@dataclass
class Column(Record):
    key: str = "custom"   # tt | index | task | target | lead | support | deadline | note | custom
    title: str = ""
    group: str = ""       # a merged header over neighbouring columns ("Phân công trách nhiệm")
    width: float = 1.0    # relative width




@dataclass
class Row(Record):
    kind: str = "task"        # 'group' | 'task'
    level: int = 0            # group nesting level (0 = outermost); tasks ignore it
    continues: bool = False   # a task row without its own number (continues the one above)
    cells: dict = field(default_factory=dict)   # column id -> text (as written; multi-line with \n)
    lead: list[str] = field(default_factory=list)      # agencies recognised in the lead cell
    support: list[str] = field(default_factory=list)   # agencies recognised in the support cell
    status: dict = field(default_factory=dict)         # tracking data (deadline readings, events)
    flag: str = ""            # why an import could not place this row cleanly
    label: str = ""           # number as written when it is an identifier, not a position
                              # (PAPI "5.2"); numbering continues from it (like Word's "restart at")


@dataclass
class Appendix(Record):
    title: str = ""
    label: str = ""             # '' = computed ("Phụ lục I"; a single appendix may read "PHỤ LỤC")
    attachment: str = ""        # '' = computed from metadata
    columns: list[Column] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    numbering: dict = field(default_factory=lambda: {"groups": ["roman"], "tasks": "flat"})
    landscape: bool | None = None   # None = decide from the table width

    def col(self, key: str) -> Column | None:
        for c in self.columns:
            if c.key == key:
                return c
        return None

    def cell(self, row: Row, key: str) -> str:
        c = self.col(key)
        return row.cells.get(c.id, "") if c else ""


@dataclass
class Signer(Record):
    prefix: str = ""            # 'TM.' 'KT.' 'Q.' 'TL.' 'TUQ.' or ''
    collective: str = ""        # for TM.: "ỦY BAN NHÂN DÂN"
    lines: list[str] = field(default_factory=list)   # title lines as printed after the prefix line(s)
    name: str = ""

    def authority_lines(self) -> list[str]:
        """The upper-case lines printed above the signature."""
        return authority_lines(self.prefix, self.collective, self.lines)


PREFIXES = ("", "TM.", "KT.", "Q.", "TL.", "TUQ.")


def authority_lines(prefix: str, collective: str, lines: list[str]) -> list[str]:
    """"TM. ỦY BAN NHÂN DÂN"; "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH". A deputy signing on behalf of a collective
    body is prefix TM. with the first line "KT. CHỦ TỊCH" (as seed 002 is stored): "TM. ỦY BAN NHÂN DÂN /
    KT. CHỦ TỊCH / PHÓ CHỦ TỊCH". The collective of a KT./Q. signer is not printed: older files keep the
    template's "ỦY BAN NHÂN DÂN" there after a switch from TM. to KT."""
    out: list[str] = []
    rest = list(lines)
    if prefix == "TM.":
        out.append(f"TM. {collective}".strip())
    elif prefix and rest:
        first = rest.pop(0)
        # "KT. CHỦ TỊCH" typed with the prefix already there: not "KT. KT. CHỦ TỊCH"
        out.append(first if first.upper().startswith(prefix.upper() + " ") else f"{prefix} {first}")
    elif prefix:
        out.append(prefix)
    out.extend(rest)
    return [l.upper() for l in out]


@dataclass
class Recipient(Record):
    text: str = ""


@dataclass
class Agency(Record):
    name: str = ""
    short: str = ""
    level: str = ""   # trung-uong | tinh | huyen | xa
    kind: str = ""    # so-nganh | ubnd | doan-the | don-vi | khac
    era: str = ""     # '' both | '3cap' before 1/7/2025 | '2cap' after


@dataclass
class Tracking(Record):
    """One occurrence of a task marked done (or noted): deadline tracking."""
    row_id: str = ""
    occurrence: str = ""   # ISO due date of the occurrence, or 'event:<name>' for an event date record
    done_date: str = ""    # ISO date it was done ('' = not done)
    note: str = ""


@dataclass
class Progress(Record):
    """What is known of one task in one reporting period (core.progress): the agency's report and the
    clerk's override. The id is derived from (row id, period) — core.progress.progress_id — so two offices
    that record the same task's progress meet on one record when their copies are merged."""
    row_id: str = ""
    period: str = ""        # '2026-H1', '2026-Q3', '2026-9M', '2026'
    status: str = ""        # status the agency reported (a code of core.progress.STATUSES) or ''
    result: str = ""        # kết quả thực hiện
    difficulties: str = ""  # khó khăn, vướng mắc, đề xuất
    done_date: str = ""     # ISO date the task was finished, or ''
    reporter: str = ""      # who reported (the agency, or "văn thư" for the clerk)
    reported_at: str = ""   # ISO date-time of the report (the form's own date when it has one)
    source: str = ""        # where it came from: a form file name, or '' for typed in the window
    override: str = ""      # the clerk's status (a code), winning over the computed one
    reason: str = ""        # why the clerk overrode it


@dataclass
class ReportText(Record):
    """What the clerk wrote in one part of the periodic report (core.export.report): 'I' leadership,
    'III' assessment, 'IV' further next steps, 'V' proposals. The id comes from (period, part)."""
    period: str = ""
    part: str = ""
    body: str = ""          # paragraphs, one per line


# The "record id" of the plan's merge-conflict list (Plan.conflicts) in an edit's changed records: the
# store writes the list when it is named (it is kept in the file's info table, not a record table).
CONFLICTS_ID = "info:merge_conflicts"


@dataclass
class Plan:
    meta: Meta = field(default_factory=Meta)
    sections: list[Section] = field(default_factory=list)
    appendices: list[Appendix] = field(default_factory=list)
    signers: list[Signer] = field(default_factory=list)
    recipients: list[Recipient] = field(default_factory=list)
    agencies: list[Agency] = field(default_factory=list)
    tracking: list[Tracking] = field(default_factory=list)
    progress: list[Progress] = field(default_factory=list)
    report_texts: list[ReportText] = field(default_factory=list)
    import_report: list[str] = field(default_factory=list)
    file_id: str = field(default_factory=new_id)
    # the conflict list a merge left in the file (core.merge), resolved ones included: dicts as the merge
    # wrote them; an edit that changes it names CONFLICTS_ID among its records (core.edits.resolve_conflicts)
    conflicts: list[dict] = field(default_factory=list)

    # ---- helpers over the tree ----
    def walk(self):
        for s in self.sections:
            yield from s.walk()

    def find_section(self, sid: str) -> Section | None:
        for s in self.walk():
            if s.id == sid:
                return s
        return None

    def siblings_of(self, sec: Section) -> list[Section]:
        if sec.parent_id is None:
            return self.sections
        parent = self.find_section(sec.parent_id)
        return parent.children if parent else self.sections

    def section_numbers(self) -> dict[str, str]:
        """Map section id -> printed number ('I.', '1.', 'a)')."""
        out: dict[str, str] = {}

        def visit(children: list[Section]):
            counts: dict[str, int] = {}
            for s in children:
                counts[s.kind] = counts.get(s.kind, 0) + 1
                out[s.id] = numbering.label(s.kind, counts[s.kind])
                visit(s.children)
        visit(self.sections)
        return out

    def cited_numbers(self) -> dict[str, str]:
        """Map section id -> its number as cited, with the levels above it: "II.1", "III.2.a)"."""
        local = self.section_numbers()
        out: dict[str, str] = {}

        def walk(sections, path):
            for s in sections:
                n = local.get(s.id, "")
                full = path + n
                out[s.id] = full.rstrip(".") or n
                walk(s.children, full if full.endswith((".", ")")) else full + ".")
        walk(self.sections, "")
        return out

    @staticmethod
    def row_numbers(app: Appendix) -> dict[str, str]:
        """Map row id -> the TT cell as printed.

        ``app.numbering`` = {"groups": [style per group level],
        "tasks": "flat" | "per_group" | "dotted"}.  Group numbers restart
        under a new group of a higher level; 'dotted' prints tasks as
        "<group>.<n>" (1.1, 1.2 …); continuation rows print nothing.
        """
        styles = app.numbering.get("groups") or ["roman"]
        task_mode = app.numbering.get("tasks", "flat")
        counters = [0] * 8
        group_label = ""
        task_n = 0
        out: dict[str, str] = {}
        for r in app.rows:
            if r.kind == "group":
                lvl = max(0, min(r.level, 7))
                style = styles[min(lvl, len(styles) - 1)]
                start = _parse_group_label(r.label, style) if r.label else None
                counters[lvl] = start if start else counters[lvl] + 1
                for k in range(lvl + 1, 8):
                    counters[k] = 0
                group_label = r.label if r.label else numbering.group_label(style, counters[lvl])
                out[r.id] = group_label
                if task_mode in ("per_group", "dotted"):
                    task_n = 0
            elif r.continues:
                out[r.id] = ""
            else:
                if r.label:
                    head, _, tail = r.label.rpartition(".")
                    if tail.isdigit():
                        task_n = int(tail)
                        if task_mode == "dotted" and head:
                            group_label = head
                    out[r.id] = r.label
                    continue
                task_n += 1
                out[r.id] = f"{group_label}.{task_n}" if task_mode == "dotted" and group_label else str(task_n)
        return out

    def appendix_label(self, idx: int) -> str:
        app = self.appendices[idx]
        if app.label:
            return app.label
        if len(self.appendices) == 1:
            return "Phụ lục"
        return f"Phụ lục {numbering.roman(idx + 1)}"

    def attachment_line(self, idx: int) -> str:
        """The "(Kèm theo Kế hoạch số …/… ngày … của …)" line of appendix *idx*.

        A line the clerk wrote (or the import read) is kept as written while
        it names the plan's own number, symbol and date; once they change — the
        number and date are written in after signing — the line is rebuilt from
        them, keeping the words it used for the document and the agency, so an
        appendix never carries another number than its plan."""
        app = self.appendices[idx]
        known = [a.name for a in self.agencies]
        if app.attachment:
            return refresh_attachment(app.attachment, self.meta, known)
        return default_attachment(self.meta, known)


def _parse_group_label(label: str, style: str) -> int | None:
    label = label.strip().rstrip(".")
    if style == "roman":
        return numbering.from_roman(label)
    if style == "upper_alpha" and len(label) == 1 and label.isalpha():
        return ord(label.upper()) - 64
    return int(label) if label.isdigit() else None


def format_date_vn(d: date | None) -> str:
    """'ngày 05 tháng 01 năm 2020': leading zero for days < 10 and months 1-2."""
    if d is None:
        return "ngày      tháng      năm"
    month = f"{d.month:02d}" if d.month <= 2 else str(d.month)
    return f"ngày {d.day:02d} tháng {month} năm {d.year}"


def place_date_line(meta: Meta) -> str:
    """"Vị Xuyên, ngày 05 tháng 01 năm 2026"; with no date yet, the blanks to write the day and month by
    hand and the plan's year, as offices print it: "Vị Xuyên, ngày      tháng      năm 2026"."""
    if meta.date_text:
        return f"{meta.place}, {meta.date_text}"
    if meta.issue is None:
        # the plan's year or period ("2026", "2023-2025": its first year); not guessed from the title
        year = re.search(r"\b(19|20)\d\d\b", meta.period or "")
        if year:
            return f"{meta.place}, {format_date_vn(None)} {year.group(0)}"
    return f"{meta.place}, {format_date_vn(meta.issue)}"


def number_line(meta: Meta) -> str:
    num = meta.number
    if num.isdigit() and int(num) < 10:
        num = f"{int(num):02d}"
    return f"Số: {num or '      '}/{meta.effective_symbol}"


_ATTACH = re.compile(r"^\(\s*(?P<lead>(?:[Bb]an hành\s+)?[Kk]èm theo)\s+(?P<doc>.+?)\s+số\s*:?\s*(?P<num>[^/()]*?)\s*/\s*(?P<sym>[^\s()]+)\s*,?\s*"
                     r"(?P<date>ngày.*?năm(?:\s+\d{4})?)\s+của\s+(?P<who>.+?)\s*\)\s*$", re.S)


def _numbers(text: str) -> list[int]:
    return [int(x) for x in re.findall(r"\d+", text or "")]


def refresh_attachment(line: str, meta: Meta, known_agencies=()) -> str:
    """*line* as written while its number, symbol and date are the plan's;
    else the line rebuilt from the plan, with *line*'s document and agency words.
    A line of another shape is the clerk's own text: kept."""
    m = _ATTACH.match(line.strip())
    if not m:
        return line
    num = m.group("num").strip(" .…")
    mine = (meta.number or "").strip()
    # only what the plan itself says can make the line stale: a number or date the header does not
    # (yet) have leaves the clerk's line as written — it holds more than the header would
    same_num = not mine or (num.lstrip("0") or "0") == (mine.lstrip("0") or "0")
    same_sym = m.group("sym").strip(" .,") == meta.effective_symbol
    when = meta.date_text or (format_date_vn(meta.issue) if meta.issue else "")
    same_date = not _numbers(when) or _numbers(m.group("date")) == _numbers(when)
    if same_num and same_sym and same_date:
        return line
    return default_attachment(meta, known_agencies, doc=m.group("doc").strip(), who=m.group("who").strip(),
                              lead=m.group("lead"))


def default_attachment(meta: Meta, known_agencies=(), doc: str | None = None, who: str | None = None,
                       lead: str = "Kèm theo") -> str:
    from .text import agency_in_sentence
    doc = doc or (meta.doc_type.capitalize() if meta.doc_type else "Kế hoạch")
    num = meta.number
    if num.isdigit() and int(num) < 10:      # as in "Số: 05/KH-UBND" (Nghị định 30/2020)
        num = f"{int(num):02d}"
    num = num or "      "
    when = meta.date_text or format_date_vn(meta.issue)
    # the header's upper-case lines as written in a sentence: "Ủy ban nhân dân huyện Vị Xuyên", not
    # str.capitalize()'s "Ủy ban nhân dân huyện vị xuyên"
    who = who or meta.agency_full or agency_in_sentence(meta.agency, known_agencies)
    return f"({lead} {doc} số {num}/{meta.effective_symbol} {when} của {who})"
