"""Build a Plan from a plan as typed: a sequence of paragraphs and tables.

Shared by every reader (the seed-text reader that builds the sample plans,
the Word importer): a reader turns its input into :class:`Para` and
:class:`Table` blocks, and :func:`build_plan` recognises the parts of a
KẾ HOẠCH — header lines, document type and title, opening paragraphs, the
numbered sections (A. / I. / 1. / a) / - / +), Nơi nhận, the signature
block, and the appendices with their tables.  Whatever cannot be placed is
kept (as a paragraph or a flagged row) and listed in the import report:
nothing is dropped silently.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from .. import numbering
from ..limits import check_plan_limits
from ..model import (DOC_TYPES, Appendix, Column, Meta, Paragraph, Plan, Recipient, Row, Run,
                     Section, Signer)
from ..text import Note, clean, nfc, split_agencies


@dataclass
class Para:
    runs: list[Run]
    numbered: str = ""     # a number Word's automatic numbering would print ("I.", "1.", "a)", "-")
    soft: bool = False     # begins after a manual line break (Shift+Enter) inside the same paragraph
    tabs: tuple = ()       # the pieces between tabs, when the line has tabs ("Số: 15/KH-BDT⇥Quảng Trị, ngày …")
    # where Word sets the line (the Word reader fills these; used to tell whether it runs to the margin)
    el: object = field(default=None, repr=False, compare=False)   # the w:p it comes from
    size: float = 0.0      # font size of the paragraph's style, in points (0: not known)
    ind: tuple = ()        # the style's indentation (left, right, first line), in twips
    width: float = 0.0     # text width of the page (section) it is on, in points (0: not known)

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)

    @property
    def bold(self) -> bool:
        rs = [r for r in self.runs if r.text.strip()]
        return bool(rs) and all(r.bold for r in rs)

    @property
    def italic(self) -> bool:
        rs = [r for r in self.runs if r.text.strip()]
        return bool(rs) and all(r.italic for r in rs)


@dataclass
class Cell:
    text: str
    bold: bool = False
    span: int = 1          # horizontal span (merged cells)
    vmerge: bool = False   # continues the vertically merged cell above (Word's vMerge)


@dataclass
class Table:
    rows: list[list[Cell]] = field(default_factory=list)
    header_rows: int = 0   # rows marked to repeat on every page
    landscape: bool | None = None   # the page orientation of the Word section holding the table


# ------------------------------------------------------------ patterns ---
RE_ROMAN = re.compile(r"^([IVXL]{1,6})\s*[.:]\s*(.*)$")
RE_PART = re.compile(r"^([A-HJ-Z])\s*[.:]\s+(.*)$")
RE_KHOAN = re.compile(r"^(\d{1,2})\s*[.:]\s*(.*)$")
RE_DIEM = re.compile(r"^([a-zđ])\s*\)\s*(.*)$")
# Numbers typed with another separator, as older plans and hurried clerks do:
# "I/", "I -", "II- ", "1/", "1 -", "1 – ", "a/", "a." (the heading that
# follows a dash must start with a capital: "10 - 15% hộ dân" is text).
RE_ROMAN_ALT = re.compile(r"^([IVXL]{1,6})\s*(/|[-–—](?=\s+[^\W\d_]))\s*(.*)$")
RE_PART_ALT = re.compile(r"^([A-HJ-Z])\s*(/|[-–—](?=\s))\s+(.*)$")
RE_KHOAN_ALT = re.compile(r"^(\d{1,2})\s*(/|[-–—](?=\s+[^\W\d_]))\s*(.*)$")
RE_DIEM_ALT = re.compile(r"^([a-zđ])\s*(/|\.(?=\s))\s*(.*)$")
RE_DASH = re.compile(r"^[-–—•]\s*(.*)$")
RE_PLUS = re.compile(r"^\+\s*(.*)$")
RE_NUMBER = re.compile(r"^Số\s*:\s*(.*?)\s*/\s*(\S.*)$", re.I)
# a blank day/month/year may be left as spaces or typed as a placeholder: "...", "…", "___"
RE_DATE = re.compile(r"^(.*?),\s*ngày\s*(\d{1,2}|[.…_]*)\s*tháng\s*(\d{1,2}|[.…_]*)\s*năm\s*(\d{4}|[.…_]*)\s*$",
                     re.I)
RE_PLACEHOLDER = re.compile(r"^[.…_\s]*$")
RE_APPENDIX = re.compile(r"^PHỤ\s*LỤC(?:\s+([IVXL]+|\d+))?\s*[.:]?\s*$", re.I)
RE_ATTACH = re.compile(r"^\(?\s*(Ban hành\s+)?kèm theo", re.I)
PREFIX_RE = re.compile(r"^(TM|KT|Q|TL|TUQ)\.\s*(.*)$")
KNOWN_TITLES = ("CHỦ TỊCH", "PHÓ CHỦ TỊCH", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN",
                "CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG", "BÍ THƯ",
                "CHÁNH THANH TRA", "THỦ TRƯỞNG", "CỤC TRƯỞNG", "VỤ TRƯỞNG", "BỘ TRƯỞNG", "THỨ TRƯỞNG")
RE_ROW_HEAD = re.compile(r"^([IVXL]{1,6}|[A-HJ-Z]|\d{1,2})\s*(?:[.:/)]|[-–—](?=\s))\s*(\S.*)$", re.S)
SIGNED_MARK = re.compile(r"\(?\s*(đã ký|ký tên|ký,|ký và|ký\s*\)|chữ ký|đóng dấu)[^()]*\)?", re.I)
_SPACED_TYPES = {k.replace(" ", ""): k for k in DOC_TYPES}
QUOC_HIEU = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ĐỘC LẬP - TỰ DO - HẠNH PHÚC")


def _runs_after_prefix(runs: list[Run], n_chars: int) -> list[Run]:
    """Drop the first *n_chars* characters (a typed number) from a run list."""
    out = []
    for r in runs:
        if n_chars >= len(r.text):
            n_chars -= len(r.text)
            continue
        out.append(Run(r.text[n_chars:], r.bold, r.italic))
        n_chars = 0
    if out:
        out[0].text = out[0].text.lstrip()
    return [r for r in out if r.text]


def _strip_runs(runs: list[Run]) -> list[Run]:
    runs = [Run(r.text, r.bold, r.italic) for r in runs if r.text]
    while runs and not runs[0].text.strip():
        runs.pop(0)
    while runs and not runs[-1].text.strip():
        runs.pop()
    if runs:
        runs[0].text = runs[0].text.lstrip()
        runs[-1].text = runs[-1].text.rstrip()
    # merge neighbours with the same format
    merged: list[Run] = []
    for r in runs:
        if merged and merged[-1].bold == r.bold and merged[-1].italic == r.italic:
            merged[-1].text += r.text
        else:
            merged.append(r)
    # a run of spaces only carries no format
    return merged


# what the export's style of each level prints (core/export/docx.py: KHPhan, KHMuc, KHKhoan bold; KHDiem plain)
LEVEL_STYLE = {"part": (True, False), "muc": (True, False), "khoan": (True, False), "diem": (False, False)}


def _plain_if_uniform(runs: list[Run], bold: bool, italic: bool, kind: str = "khoan") -> list[Run]:
    """Headings: formatting that covers the whole line and that the level's style prints anyway
    belongs to the style, not to the text (a bold "1. Mục đích" is just a khoản title).  Formatting
    the style would not print stays with the text: a bold "b) Công khai, minh bạch" relettered as a
    điểm, or a bold italic khoản, prints as it was signed."""
    style_b, style_i = LEVEL_STYLE.get(kind, (False, False))
    bold, italic = bold and style_b, italic and style_i
    return [Run(r.text, r.bold and not bold, r.italic and not italic) for r in runs]


def _is_title_like(p: Para, rest: str) -> bool:
    """A numbered line is a heading (title) or the start of body text."""
    if not rest:
        return True
    if p.bold:
        return True
    t = rest.strip()
    if len(t) > 160:
        return False
    if t.endswith((".", ";", "./.")) and not t.endswith(":"):
        return False
    return True


class Builder:
    def __init__(self, strip_print_marks: bool = False):
        self.strip_print_marks = strip_print_marks
        self.plan = Plan()
        self.plan.meta = Meta(agency_abbr="")
        self.report: list[str] = []
        self.stack: list[Section] = []   # open sections, outermost first
        self.phase = "header"
        self.tab_rows: list[list[str]] = []     # header lines typed with tabs, read once they end
        self.tab_header_done = False
        self.app: Appendix | None = None
        self.app_label_seen = False
        self.title_parts: list[str] = []
        self.title_bold = False
        self.signer_lines: list[str] = []
        self.tab_sig_lines = 0      # lines of a Nơi nhận / signature block typed with tabs
        self.last_body: Paragraph | None = None    # the body paragraph the previous line made
        self.soft_joined: list[str] = []            # lines after Shift+Enter read into their paragraph
        self.title_breaks = 0
        self.typed_numbers: list[tuple[str, str]] = []   # ("1/", "1.") headings typed with another separator

    # ------------------------------------------------------------ feed ---
    def feed(self, blocks) -> Plan:
        for b in blocks:
            if isinstance(b, Table):
                self.table(b)
            else:
                self.para(b)
        self.finish()
        return self.plan

    def para(self, p: Para) -> None:
        text = clean(p.text)
        if p.numbered and not text.startswith(p.numbered):
            text = f"{p.numbered} {text}"
            first = next((r for r in p.runs if r.text.strip()), Run(""))
            # Word prints the number in the format of the paragraph's text
            p = Para([Run(p.numbered + " ", first.bold, first.italic)] + p.runs)
        prev_body, self.last_body = self.last_body, None
        if not text:
            return
        if p.soft and self._soft_line(p, text, prev_body):
            return
        up = text.upper()
        # Appendix heading starts a new appendix whatever phase we are in.
        if RE_APPENDIX.match(text) and self.phase in ("body", "recipients", "signer", "appendix", "tabsig"):
            self._start_appendix(text)
            return
        if self.phase in ("body", "recipients", "tabsig") and self._tab_signature(p, text):
            return
        if self.phase == "header":
            if len([x for x in p.tabs if x]) >= 2 and not self.tab_header_done:
                # the header typed as lines with a tab between the left and the right column:
                # read like the header table, the left column first, then the right one
                self.tab_rows.append([x for x in p.tabs if x])
                return
            self._flush_tab_header()
            if self.phase != "header":
                return self.para(p)
            return self._header(p, text, up)
        if self.phase == "title":
            return self._title(p, text)
        if self.phase == "body":
            if re.match(r"^Nơi nhận\s*:?$", text, re.I):
                self.phase = "recipients"
                return
            return self._body(p, text)
        if self.phase == "recipients":
            if RE_DASH.match(text) or text.startswith("Lưu"):
                for line in text.split("\n"):
                    line = line.strip()
                    if line:
                        self.plan.recipients.append(Recipient(text=line if line.startswith("-") else f"- {line}"))
                return
            self.phase = "signer"
        if self.phase == "tabsig":
            # after "Nơi nhận:⇥TM. …" lines, a line without a tab: a recipient (dash) or the signer's name
            if RE_DASH.match(text) or text.startswith("Lưu"):
                self.plan.recipients.append(Recipient(text=text if text.startswith("-") else f"- {text}"))
            else:
                self.signer_lines.append(text)
            return
        if self.phase == "signer":
            for line in text.split("\n"):
                if line.strip():
                    self.signer_lines.append(line.strip())
            return
        if self.phase == "appendix":
            return self._appendix_para(p, text)

    def _soft_line(self, p: Para, text: str, prev_body: "Paragraph | None") -> bool:
        """A line after a manual line break (Shift+Enter) inside a paragraph.  Word shows one
        paragraph: in the body the line goes on in its paragraph (joined with a space), in the
        Nơi nhận list it goes on in its recipient, and a trích yếu set on several lines stays the
        trích yếu (the export balances its lines again).  A line that starts a heading, a dash or
        "+" item keeps its own paragraph (the clerk broke the line to start it); header and
        signature lines stay lines, and a table cell keeps its break."""
        if self.phase == "title":
            if self.title_parts and not _section_number(text) and not re.match(r"^[-–—•+]", text):
                self.title_parts.append(text)
                self.title_breaks += 1
                return True
            return False
        if self.phase == "body":
            if prev_body is None or _section_match(text) or RE_DASH.match(text) or RE_PLUS.match(text) or \
                    re.match(r"^Nơi nhận\s*:?$", text, re.I) or RE_APPENDIX.match(text):
                return False
            runs = prev_body.runs
            if runs and not runs[-1].text.endswith(" "):
                runs.append(Run(" ", False, False))
            runs.extend(_strip_runs(p.runs))
            prev_body.runs = _strip_runs(runs)
            self.last_body = prev_body
            self.soft_joined.append(text)
            return True
        if self.phase == "recipients" and self.plan.recipients and not RE_DASH.match(text) and \
                not text.startswith("Lưu") and not PREFIX_RE.match(text) and not _is_upper_line(text):
            r = self.plan.recipients[-1]
            r.text = f"{r.text} {text}"
            self.soft_joined.append(text)
            return True
        return False

    # ---------------------------------------------------------- header ---
    def _flush_tab_header(self) -> None:
        rows, self.tab_rows = self.tab_rows, []
        if not rows:
            return
        self.tab_header_done = True
        self.report.append(f"Phần đầu văn bản gõ bằng phím Tab ({len(rows)} dòng) được đọc như bảng hai cột: "
                           "cột trái (cơ quan, số) rồi cột phải (quốc hiệu, địa danh và ngày).")
        for col in (0, 1):
            for r in rows:
                parts = r[:1] if col == 0 else r[1:]
                for x in parts:
                    self.para(Para([Run(x)]))

    def _header(self, p: Para, text: str, up: str) -> None:
        m = self.plan.meta
        if up in QUOC_HIEU or up.replace("HOÀ", "HÒA") in QUOC_HIEU:
            return
        mn = RE_NUMBER.match(text)
        if mn and ", ngày" in mn.group(2).lower():
            # "Số: 15/KH-BDT⇥⇥Quảng Trị, ngày 12 tháng 01 năm 2021" in one cell or line (tabs read as
            # spaces): the symbol is the capitals before the place name, the rest is the date line
            words = mn.group(2).split(" ")
            k = 0
            while k < len(words) and words[k] == words[k].upper():
                k += 1
            rest = " ".join(words[k:])
            if 0 < k < len(words) and RE_DATE.match(rest):
                self._header(p, f"Số: {mn.group(1)}/{' '.join(words[:k])}", "")
                return self._header(p, rest, rest.upper())
        if mn:
            m.number = mn.group(1).strip()
            if RE_PLACEHOLDER.match(m.number):
                m.number = ""    # "Số: ...../KH-UBND": not numbered yet, printed blank
            sym = mn.group(2).strip().replace(" ", "")
            m.symbol = sym
            parts = sym.split("-", 1)
            m.agency_abbr = parts[1] if len(parts) > 1 else ""
            return
        md = RE_DATE.match(text)
        if md:
            m.place = md.group(1).strip()
            d, mo, y = (g if g.isdigit() else "" for g in md.group(2, 3, 4))
            if not (d or mo or y):
                return   # a wholly blank date is the default: printed blank
            # as written (blanks collapsed: the exporter opens the room for
            # the hand-written day and month again)
            written = text.split(",", 1)[1].strip()
            if d and mo and y:
                try:
                    from datetime import date
                    m.issue_date = date(int(y), int(mo), int(d)).isoformat()
                except ValueError:
                    m.date_text = written
                    self.report.append(f"Ngày ban hành không hợp lệ, giữ nguyên văn: “{text}”")
            else:
                m.date_text = written
            return
        spaced = _SPACED_TYPES.get(up.replace(" ", ""))
        if up in DOC_TYPES or spaced and len(up) <= 2 * len(spaced) + 4:
            # also letter-spaced for display: "K Ế  H O Ạ C H"
            m.doc_type = up if up in DOC_TYPES else spaced
            self.phase = "title"
            self.title_bold = p.bold
            return
        sec = _section_match(text)
        if sec and (m.agency or m.number or m.place or m.symbol):
            # the body starts and no document type was seen (typed in a text box
            # that was lost, in the page header, or as a picture)
            self.report.append("Không thấy dòng tên loại văn bản (“KẾ HOẠCH”) trước phần nội dung: nhập như một "
                               f"kế hoạch chưa có trích yếu, nội dung bắt đầu từ “{text[:60]}” — cần kiểm tra lại.")
            self.phase = "body"
            return self._body(p, text)
        # Agency lines (upper case) before the type name.
        if text == up and len(text) < 80:
            if m.agency:
                m.agency += "\n" + text
            else:
                m.agency = text
            return
        # Anything else before the type name: keep it as an opening paragraph.
        self.report.append(f"Dòng trước tên loại văn bản được giữ làm đoạn mở đầu: “{text[:80]}”")
        m.preamble.append(Paragraph(_strip_runs(p.runs)))

    def _title(self, p: Para, text: str) -> None:
        # The title: the next line, and following lines in the same style
        # (bold titles wrap over several lines; an upper-case title too).
        if not self.title_parts:
            self.title_parts.append(text)
            self.title_bold = p.bold
            return
        if self.title_bold and p.bold and not _section_number(text):
            self.title_parts.append(text)
            return
        if not self.title_bold and not p.bold and _is_upper_line(text) and \
                all(_is_upper_line(t) for t in self.title_parts) and not _section_number(text):
            # a title typed in capitals without bold, over several lines
            self.title_parts.append(text)
            return
        self.plan.meta.title = clean(" ".join(self.title_parts))
        self.phase = "body"
        self._body(p, text)

    # ------------------------------------------------------------ body ---
    def _body(self, p: Para, text: str) -> None:
        sec = _section_match(text)
        if sec:
            kind, n, rest, cut, typed = sec
            parent = self._parent_for(kind)
            if parent is not False:
                self._open_section(p, kind, n, rest, cut, parent)
                if typed:
                    self.typed_numbers.append((typed, numbering.label(kind, n)))
                return
        runs = _strip_runs(p.runs)
        kind = "text"
        if RE_DASH.match(text):
            kind = "dash"
            runs = _runs_after_prefix(runs, len(text) - len(RE_DASH.match(text).group(1)))
        elif RE_PLUS.match(text):
            kind = "plus"
            runs = _runs_after_prefix(runs, len(text) - len(RE_PLUS.match(text).group(1)))
        para = Paragraph(_strip_runs(runs), kind)
        self.last_body = para
        if self.stack:
            target = self.stack[-1]
            (target.tail if target.children else target.body).append(para)
        else:
            self.plan.meta.preamble.append(para)

    def _parent_for(self, kind: str):
        """The open section a new section of *kind* goes under (None = top),
        or False when *kind* cannot be a section here (treat as text)."""
        order = list(numbering.KINDS)
        k = order.index(kind)
        # close open sections of the same or a deeper level
        while self.stack and order.index(self.stack[-1].kind) >= k:
            self.stack.pop()
        if kind == "diem" and not self.stack:
            return False
        if kind == "khoan" and self.stack and self.stack[-1].kind == "part":
            pass
        return self.stack[-1] if self.stack else None

    def _open_section(self, p: Para, kind: str, n: int, rest: str, cut: int, parent) -> None:
        siblings = parent.children if parent else self.plan.sections
        expected = sum(1 for s in siblings if s.kind == kind) + 1
        if n != expected:
            self.report.append(f"Số thứ tự “{text_number(kind, n)}” không liền mạch (đúng ra là "
                               f"“{numbering.label(kind, expected)}”); số được tính lại: “{rest[:60]}”")
        runs = _runs_after_prefix(_strip_runs(p.runs), cut)
        sec = Section(kind=kind, parent_id=parent.id if parent else None)
        if _is_title_like(p, rest):
            sec.title = _strip_runs(_plain_if_uniform(runs, p.bold, p.italic, kind))
            if kind == "muc" and sec.title_text.endswith(":"):
                pass
        else:
            sec.body.append(Paragraph(_strip_runs(runs)))
            self.last_body = sec.body[-1]
        siblings.append(sec)
        self.stack.append(sec)

    # -------------------------------------------------------- appendix ---
    def _start_appendix(self, text: str) -> None:
        self._close_signer()
        self.phase = "appendix"
        self.app = Appendix(numbering={"groups": ["roman"], "tasks": "flat"})
        self.app._written_label = text  # type: ignore[attr-defined]
        self.app._title_parts = []  # type: ignore[attr-defined]
        self.plan.appendices.append(self.app)

    def _appendix_para(self, p: Para, text: str) -> None:
        app = self.app
        if RE_ATTACH.match(text):
            app.attachment = text if text.startswith("(") else f"({text})"
            return
        if not app.rows and not app.attachment:
            app._title_parts.append(text)
            return
        # Text after the table: a note under the appendix; keep it in the report.
        self.report.append(f"Đoạn văn sau bảng {self.app._written_label} không có chỗ trong mô hình, "
                           f"được giữ trong báo cáo: “{text}”")

    def table(self, t: Table) -> None:
        self._flush_tab_header()
        if self.phase in ("recipients", "signer", "tabsig") or (self.phase == "body" and _looks_like_signature(t)):
            return self._signature_table(t)
        if self.phase == "header":
            for row in t.rows:
                for c in row:
                    for line in c.text.split("\n"):
                        self.para(Para([Run(line, c.bold)]))
            return
        in_body = self.phase == "body"
        if self.phase != "appendix" or self.app is None:
            where = ""
            if in_body and self.stack:
                nums = self.plan.section_numbers()
                sec = self.stack[-1]
                where = f" (mục {nums.get(sec.id, '')} {sec.title_text[:60]})".replace("  ", " ")
            self.report.append(f"Một bảng trong phần thân văn bản{where} được giữ dưới dạng phụ lục riêng"
                               + ("; phần văn bản sau bảng được đọc tiếp vào thân văn bản." if in_body else "."))
            self._start_appendix("PHỤ LỤC")
        if t.landscape is not None and self.app.landscape is None:
            self.app.landscape = t.landscape    # the clerk's page orientation in Word, kept for the export
        self._table_rows(t)
        if in_body:
            # a table in the middle of the body (figures in section II): it becomes an appendix of
            # its own, and the text after it — the rest of the body, the signature, Nơi nhận — is
            # read as usual instead of being taken for notes under an appendix
            self.phase = "body"
            self.app = None

    def _tab_signature(self, p: Para, text: str) -> bool:
        """Nơi nhận and the signer typed side by side with tabs instead of a table:
        "Nơi nhận:⇥TM. ỦY BAN NHÂN DÂN", "- Sở Nội vụ;⇥KT. CHỦ TỊCH", "⇥⇥Nguyễn Văn A".
        What stands before the first tab is the left column (Nơi nhận), what follows a tab the
        right one (the signer), as Word lays the line out on its tab stops."""
        if not p.tabs:
            return False
        left = p.tabs[0]
        right = [x for x in p.tabs[1:] if x]
        if self.phase != "tabsig":
            # the block starts at "Nơi nhận:⇥…", at a tabbed line under a "Nơi nhận:" typed alone, or
            # at the signer's authority line pushed right with tabs ("⇥⇥TM. ỦY BAN NHÂN DÂN")
            if not right or not (re.match(r"^Nơi nhận\s*:?$", left, re.I) or self.phase == "recipients"
                                 or not left and _is_signer_block(right[:1])):
                return False
            self.phase = "tabsig"
            self.tab_sig_lines = 0
        self.tab_sig_lines += 1
        if left and not re.match(r"^Nơi nhận\s*:?$", left, re.I):
            self.plan.recipients.append(Recipient(text=left if left.startswith("-") else f"- {left}"))
        self.signer_lines.extend(right)
        if self.tab_sig_lines == 1:
            self.report.append(Note(
                "Nơi nhận và chữ ký gõ cạnh nhau bằng phím Tab (không dùng bảng) được tách theo điểm dừng tab: "
                "phần trước tab là Nơi nhận, phần sau tab là người ký.",
                "Nơi nhận and the signature typed side by side with tabs (no table) are split on the tab stops: "
                "what stands before the tab is Nơi nhận, what follows it the signer."))
        return True

    def _signature_table(self, t: Table) -> None:
        """Nơi nhận on the left and the signer on the right, or two signers
        side by side (a joint plan), possibly with the names in a row of
        their own: read column by column."""
        n = max(len(r) for r in t.rows if r)
        cols: list[list[str]] = [[] for _ in range(n)]
        for r in t.rows:
            for k, c in enumerate(r):
                cols[k if k < len(r) - 1 or len(r) == 1 else n - 1].append(c.text)
        for k, col in enumerate(cols):
            lines = [clean(x) for x in "\n".join(col).split("\n") if clean(x)]
            if not lines:
                continue
            if re.match(r"^Nơi nhận\s*:?$", lines[0], re.I) or (k == 0 and not _is_signer_block(lines)):
                self.phase = "recipients"
                for line in lines:
                    if re.match(r"^Nơi nhận\s*:?$", line, re.I):
                        continue
                    self.plan.recipients.append(Recipient(text=line if line.startswith("-") else f"- {line}"))
                continue
            self.phase = "signer"
            self.signer_lines.extend(lines)
            self._close_signer()
        self.phase = "body"

    def _table_rows(self, t: Table) -> None:
        app = self.app
        rows = [[Cell(_cell_text(c.text), c.bold or _cell_bold(c.text), c.span, c.vmerge) for c in r] for r in t.rows]
        rows = self._merged_group_column(rows)
        self._fill_vmerge(rows, t.header_rows)
        rows = [r for r in rows if any(c.text for c in r)]
        if not rows:
            return
        i = 0
        if not app.columns:
            i = self._columns(rows)
        while i < len(rows):
            r = rows[i]
            i += 1
            if isinstance(r, _GroupRow):
                self._column_group_row(r)
                continue
            if _is_column_number_row(r):
                continue          # "(1) (2) (3) …" under the header: column numbers, not a task
            if self._is_header_repeat(r):
                if i < len(rows) and any(c.group for c in app.columns) and self._is_subheader(rows[i]):
                    i += 1
                continue
            self._row(r)

    def _merged_group_column(self, rows: list[list[Cell]]) -> list:
        """A group column ("Chỉ số nội dung", "Lĩnh vực") whose cell is merged down over the
        tasks of its group (w:vMerge), as Word shows it: the merged cell's text is a group row
        above its tasks, and the column goes (each task keeps its TT, which may have been the
        second column).  Other tables of the same appendix lose the same column."""
        app = self.app
        pos = getattr(app, "_group_pos", None)
        n_head = 0
        if not rows:
            return rows
        if pos is not None and len(_expand(rows[0])) != len(app.columns) + 1:
            return rows       # another table of the appendix, not shaped like the first one
        if pos is None:
            if app.columns:
                return rows
            found = _find_group_column(rows)
            if found is None:
                return rows
            pos, n_head = found
            app._group_pos = pos  # type: ignore[attr-defined]
            app._group_title = _expand(rows[0])[pos].strip()  # type: ignore[attr-defined]
        title = app._group_title  # type: ignore[attr-defined]
        out: list = []
        current = getattr(app, "_group_current", None)    # a group merged over the table's break goes on
        groups = numbered = 0
        for i, r in enumerate(rows):
            got = _take_column(r, pos)
            if got is None or i < n_head:
                out.append(r)
                continue
            text, cont = got
            if not cont and text and clean(text) != clean(title):
                if clean(text) != current:
                    current = clean(text)
                    out.append(_GroupRow([Cell(text, True)]))
                    groups += 1
                    numbered += bool(_group_number(text)[0])
            out.append(r)
        app._group_current = current  # type: ignore[attr-defined]
        app._group_count = getattr(app, "_group_count", 0) + groups  # type: ignore[attr-defined]
        app._group_unnumbered = getattr(app, "_group_unnumbered", 0) + groups - numbered  # type: ignore[attr-defined]
        return out

    def _report_group_column(self, app: Appendix) -> None:
        groups = getattr(app, "_group_count", 0)
        if not groups:
            return
        label, title = getattr(app, "_written_label", "Phụ lục"), app._group_title  # type: ignore[attr-defined]
        vi = (f"{label}: cột “{title}” gộp dọc (một ô cho nhiều nhiệm vụ) được đọc thành {groups} dòng nhóm "
              "đặt trên các nhiệm vụ của nhóm; mỗi nhiệm vụ giữ số thứ tự (TT) của mình.")
        en = (f"{label}: the column “{title}”, merged down (one cell for several tasks), is read as {groups} "
              "group rows above their tasks; each task keeps its own number (TT).")
        if getattr(app, "_group_unnumbered", 0):
            vi += " Nhóm không ghi số được đánh số La Mã (I, II, …) khi xuất."
            en += " Groups written without a number are numbered in Roman numerals (I, II, …) on export."
        self.report.append(Note(vi, en))

    def _column_group_row(self, r: "_GroupRow") -> None:
        app = self.app
        written, text = _group_number(r[0].text)
        row = Row(kind="group")
        row._written = written  # type: ignore[attr-defined]
        text_col = next((c for c in app.columns if c.key != "tt"), None)
        if text_col is not None:
            row.cells[text_col.id] = text
        app.rows.append(row)

    def _fill_vmerge(self, rows: list[list[Cell]], header_rows: int) -> None:
        """A cell merged down over several rows (Word's vMerge) shows its
        text once.  A row whose number cell is merged with the one above
        continues that task: its merged cells stay empty (they are the
        task's).  A row with its own number under a cell merged down from
        the row above gets the text, so every task keeps its agency and
        deadline."""
        prev: dict[int, str] = {}
        copied = 0
        for i, r in enumerate(rows):
            if isinstance(r, _GroupRow):
                continue
            pos = 0
            cur: dict[int, str] = {}
            # a row with a number of its own (text in the TT cell that is not
            # a number — seed 004's shifted row — does not make a new task)
            own_number = bool(r) and not r[0].vmerge and \
                bool(re.fullmatch(r"[0-9IVXLA-Z]+(\.[0-9]+)*\.?", r[0].text.strip()))
            for c in r:
                if c.vmerge and i >= header_rows and pos > 0 and prev.get(pos) and own_number:
                    c.text = prev[pos]
                    copied += 1
                cur[pos] = c.text
                pos += max(1, c.span)
            prev = cur
        if copied:
            self.report.append(f"{getattr(self.app, '_written_label', 'Phụ lục')}: {copied} ô gộp dọc "
                               f"(một nội dung cho nhiều dòng) được chép vào từng dòng.")

    def _columns(self, rows: list[list[Cell]]) -> int:
        app = self.app
        head = _expand(rows[0])
        sub = _expand(rows[1]) if len(rows) > 1 else []
        two = bool(sub) and not sub[0].strip() and any(s.strip() for s in sub) and \
            all(not re.match(r"^[IVX\d]", s.strip() or "x") for s in sub[:1])
        titles, groups = [], []
        for k, h in enumerate(head):
            s = sub[k] if two and k < len(sub) else ""
            if two and s.strip():
                # a merged group header over sub-columns
                g = h.strip()
                if not g:   # continuation of the previous merged header
                    g = groups[-1] if groups and groups[-1] else (titles[-1] if titles else "")
                    if titles and not groups[-1]:
                        groups[-1] = g
                        titles[-1] = sub[k - 1].strip() if k - 1 < len(sub) else titles[-1]
                titles.append(s.strip())
                groups.append(g)
            else:
                if not h.strip() and titles:
                    # empty head cell after a group title: belongs to the group
                    titles.append(s.strip())
                    groups.append(groups[-1] if groups else "")
                    continue
                titles.append(h.strip())
                groups.append("")
        for k, (t, g) in enumerate(zip(titles, groups)):
            if g and k > 0 and not groups[k - 1] and titles[k - 1] == g:
                groups[k - 1] = g
        # a group over a single column is just that column's title
        for k, g in enumerate(groups):
            if g and groups.count(g) == 1:
                groups[k] = ""
        app.columns = [Column(key=_guess_key(t, k, len(titles)), title=t, group=g, width=_guess_width(t))
                       for k, (t, g) in enumerate(zip(titles, groups))]
        app._header_rows = [head] + ([sub] if two else [])  # type: ignore[attr-defined]
        return 2 if two else 1

    def _is_header_repeat(self, r: list[Cell]) -> bool:
        cells = [c.text.strip() for c in r]
        return bool(cells) and cells[0] in ("TT", "STT", "Số TT") and len(cells) > 1 and \
            clean(cells[1]) == clean(self.app.columns[1].title if self.app.columns[1].group == "" else self.app.columns[1].title)

    def _is_subheader(self, r: list[Cell]) -> bool:
        return not r[0].text.strip() and any(c.text.strip() == col.title for c in r for col in self.app.columns if col.group)

    def _row(self, cells: list[Cell]) -> None:
        app = self.app
        texts = _expand_cells(cells, len(app.columns))
        bolds = [c.bold for c in cells]
        if len(texts) > 2 and texts[0].strip() and not any(t.strip() for t in texts[1:]):
            # a group row merged across the whole width, number included:
            # "III. CHỈ SỐ 3: TRÁCH NHIỆM GIẢI TRÌNH"
            m = RE_ROW_HEAD.match(texts[0].strip())
            if m and (numbering.from_roman(m.group(1)) or not m.group(1).isalpha()
                      or re.fullmatch(r"[A-HJ-Z]", m.group(1))):
                texts = [m.group(1), m.group(2)] + [""] * (len(texts) - 2)
        tt = texts[0].strip().rstrip(".")
        row = Row(kind="task")
        rest = [t for t in texts[1:] if t.strip()]
        tt_col = app.columns[0] if app.columns and app.columns[0].key == "tt" else None
        # group rows (I / A / 1 with one text across the row); their level is
        # set from the numbering styles once the whole table is read
        single = len(rest) <= 1 or _all_same(rest)
        is_group = tt_col is not None and single and bool(
            numbering.from_roman(tt) or re.fullmatch(r"[A-HJ-Z]", tt) or
            (re.fullmatch(r"\d{1,2}", tt) and (any(bolds) or app.numbering.get("tasks") == "dotted"
                                                or _is_upper(rest[0] if rest else ""))))
        if is_group:
            row.kind = "group"
            row._written = tt  # type: ignore[attr-defined]
            cells_map = {}
            text_col = next((c for c in app.columns[1:]), None)
            if text_col is not None:
                cells_map[text_col.id] = rest[0] if rest else ""
            row.cells = cells_map
        else:
            row._written = tt  # type: ignore[attr-defined]
            for col, t in zip(app.columns, texts):
                if col.key == "tt":
                    continue
                if t:
                    row.cells[col.id] = t
            if not tt:
                row.continues = True
            elif not re.fullmatch(r"[\d.]+", tt):
                row.flag = "Ô TT chứa chữ thay vì số thứ tự: có thể các ô bị lệch cột; dữ liệu giữ nguyên."
                row.continues = True
                if tt_col is not None:
                    row.cells[tt_col.id] = texts[0].strip()
            lead_c, tgt_c = app.col("lead"), app.col("target")
            if lead_c and tgt_c and not row.cells.get(tgt_c.id) and \
                    re.match(r"^(\d+([,.]\d+)?\s*%|Tỷ lệ|Có ít nhất)", row.cells.get(lead_c.id, "")):
                row.flag = ("Dòng có ô bị lệch một cột (chỉ tiêu nằm ở cột đơn vị chủ trì); "
                            "dữ liệu giữ nguyên như bản gốc, cần kiểm tra lại.")
            for key in ("lead", "support"):
                c = app.col(key)
                if c and row.cells.get(c.id):
                    names, _ = split_agencies(row.cells[c.id])
                    setattr(row, key, names)
        if row.flag:
            self.report.append(f"{self.app._written_label}, dòng “{tt or '(không số)'}”: {row.flag}")
        app.rows.append(row)

    # ---------------------------------------------------------- finish ---
    def _close_signer(self) -> None:
        if not self.signer_lines:
            return
        lines = [clean(l) for l in self.signer_lines if clean(l)]
        self.signer_lines = []
        # "(Đã ký)", "(Ký, ghi rõ họ tên)", "(Ký tên, đóng dấu)" mark a copy or a blank form:
        # not a line of the signature block (and not a name)
        marks = [x for x in lines if SIGNED_MARK.fullmatch(x)]
        if marks:
            lines = [x for x in lines if not SIGNED_MARK.fullmatch(x)]
            self.report.append("Dòng ghi chú trong khối chữ ký không được giữ (không in lại): "
                               + ", ".join(f"“{x}”" for x in marks))
        # Split into one or two signers: each ends with a name (not upper case).
        groups: list[list[str]] = [[]]
        for l in lines:
            groups[-1].append(l)
            if l != l.upper():
                groups.append([])
        for g in groups:
            if not g:
                continue
            for k, x in enumerate(g):
                if "**" in x:
                    g[k] = clean(x.replace("**", ""))
                    self.report.append(f"Dấu “**” (còn sót từ định dạng chữ đậm) được bỏ khỏi dòng ký: “{x}”")
            s = Signer()
            name = g[-1] if g[-1] != g[-1].upper() else ""
            titles = [x for x in (g[:-1] if name else g) if not re.fullmatch(r"\(?(Đã ký|Ký tên.*|đóng dấu.*)\)?", x, re.I)]
            s.name = name
            if titles:
                m = PREFIX_RE.match(titles[0])
                if m and m.group(1) == "TM":
                    s.prefix, s.collective = "TM.", m.group(2)
                    rest = titles[1:]
                    if rest:
                        m2 = PREFIX_RE.match(rest[0])
                        if m2:
                            # TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH
                            s.lines = [rest[0]] + rest[1:]
                        else:
                            s.lines = rest
                elif m:
                    s.prefix = m.group(1) + "."
                    s.lines = [m.group(2)] + titles[1:]
                else:
                    s.lines = titles
            for x in s.lines:
                t = PREFIX_RE.sub(r"\2", x).strip().upper()
                full = next((k for k in KNOWN_TITLES if k != t and k.startswith(t) and len(t) >= 3), None)
                if full and not full[len(t):].startswith(" "):
                    self.report.append(f"Chức danh người ký “{x}” có vẻ bị cắt (“{full}”?); giữ nguyên văn, "
                                       f"cần kiểm tra lại.")
            self.plan.signers.append(s)

    def finish(self) -> None:
        self._flush_tab_header()
        m = self.plan.meta
        if self.phase == "title" and self.title_parts:
            m.title = clean(" ".join(self.title_parts))
        self._close_signer()
        if self.soft_joined:
            n = len(self.soft_joined)
            ex = self.soft_joined[0][:50]
            self.report.append(Note(
                f"{n} dòng sau dấu ngắt dòng (Shift+Enter) được đọc vào đoạn của nó (Word hiển thị một đoạn), "
                f"ví dụ “{ex}”; dòng bắt đầu một mục, một gạch đầu dòng, và các ô bảng giữ chỗ xuống dòng.",
                f"{n} line(s) after a manual line break (Shift+Enter) are read into their paragraph (Word shows one "
                f"paragraph), e.g. “{ex}”; a line starting a heading or a dash item, and table cells, keep the "
                "break."))
        if self.title_breaks:
            self.report.append(Note(
                "Trích yếu đặt trên nhiều dòng bằng Shift+Enter được đọc là một trích yếu (khi in, các dòng được "
                "chia lại cho cân).",
                "The title (trích yếu) set on several lines with Shift+Enter is read as one title (the export sets "
                "its lines again, balanced)."))
        if self.typed_numbers:
            forms = []
            for typed, std in self.typed_numbers:
                f = f"“{typed}” → “{std}”"
                if f not in forms:
                    forms.append(f)
            more = f" và {len(forms) - 5} kiểu khác" if len(forms) > 5 else ""
            self.report.append(f"{len(self.typed_numbers)} tiêu đề có số thứ tự viết theo kiểu khác "
                               f"({', '.join(forms[:5])}{more}) được nhận là mục/khoản/điểm; khi xuất văn bản "
                               "số được in theo kiểu chuẩn.")
        for app in self.plan.appendices:
            self._report_group_column(app)
            parts = getattr(app, "_title_parts", [])
            app.title = clean(" ".join(parts))
            self._infer_numbering(app)
        self._split_parent_agency()
        if not m.agency_abbr:
            m.agency_abbr = "UBND"
        # A symbol equal to the derived one is stored as derived (empty).
        derived = f"{DOC_TYPES.get(m.doc_type, 'KH')}-{m.agency_abbr}"
        if m.symbol == derived:
            m.symbol = ""
        if self.strip_print_marks:
            self._strip_print_marks()
        self.plan.import_report = self.report

    def _strip_print_marks(self) -> None:
        """The closing "./." of the body and the punctuation ending each
        Nơi nhận line (";", and "." after "Lưu: …") belong to the layout,
        not to the text: the exporter prints them wherever the last
        paragraph or line is after editing.  Stored without them, a plan
        exported and imported again reads the same."""
        last = _last_paragraph(self.plan)
        if last is not None and last.runs:
            runs = last.runs
            while runs and not runs[-1].text.strip():
                runs.pop()
            if runs and runs[-1].text.rstrip().endswith("./."):
                runs[-1].text = runs[-1].text.rstrip()[:-3].rstrip()
                if not runs[-1].text:
                    runs.pop()
        for r in self.plan.recipients:
            t = r.text.rstrip()
            while t and t[-1] in ";.,":
                t = t[:-1].rstrip()
            r.text = t

    def _split_parent_agency(self) -> None:
        """"UBND TỈNH HÀ GIANG / SỞ NỘI VỤ": the first line is the governing
        body (cơ quan chủ quản), the rest the issuing agency.  "ỦY BAN NHÂN
        DÂN / HUYỆN VỊ XUYÊN" is one name over two lines."""
        m = self.plan.meta
        lines = [l for l in m.agency.split("\n") if l.strip()]
        if m.parent_agency or len(lines) < 2:
            return
        if re.fullmatch(r"(UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN)", lines[0].strip()):
            return
        if re.match(r"^(SỞ|BAN|PHÒNG|VĂN PHÒNG|THANH TRA|TRUNG TÂM|CHI CỤC|CỤC|VỤ|TRƯỜNG|BỆNH VIỆN|ĐÀI|BẢO HIỂM)\b",
                    lines[1].strip()):
            m.parent_agency = lines[0].strip()
            m.agency = "\n".join(lines[1:])

    def _infer_numbering(self, app: Appendix) -> None:
        groups = [r for r in app.rows if r.kind == "group"]
        tasks = [r for r in app.rows if r.kind == "task" and not r.continues]
        # group levels: a letter level above a Roman level (A / I / 1 …)
        styles: list[str] = []
        for r in groups:
            w = getattr(r, "_written", "")
            # a group read from a merged group column may have no number: the default, Roman
            st = "roman" if not w or numbering.from_roman(w) else (
                "upper_alpha" if re.fullmatch(r"[A-Z]", w) else "arabic")
            if st not in styles:
                styles.append(st)
        order = {"upper_alpha": 0, "roman": 1, "arabic": 2}
        styles.sort(key=lambda s: order[s])
        for r in groups:
            w = getattr(r, "_written", "")
            st = "roman" if not w or numbering.from_roman(w) else (
                "upper_alpha" if re.fullmatch(r"[A-Z]", w) else "arabic")
            r.level = styles.index(st)
        written = [getattr(r, "_written", "") for r in tasks]
        dotted = sum(1 for w in written if "." in w.strip("."))
        if dotted and dotted * 2 >= len([w for w in written if w]):
            mode = "dotted"     # "1.1, 1.2 …" for most tasks (a few "3.1" under a flat list are labels)
        else:
            # flat if numbers keep counting across groups, per_group if they restart
            mode = "flat"
            tasks_seen = False
            check = False
            for r in app.rows:
                if r.kind == "group":
                    check = tasks_seen
                elif not r.continues:
                    if check:
                        if getattr(r, "_written", "") == "1":
                            mode = "per_group"
                        break
                    tasks_seen = True
        app.numbering = {"groups": styles or ["roman"], "tasks": mode}
        computed = Plan.row_numbers(app)
        kept = []
        for r in app.rows:
            w = getattr(r, "_written", "")
            if r.kind == "task" and (r.continues or not w):
                continue
            if w and computed.get(r.id) != w:
                # keep the number as written (it may be an indicator's id, like
                # PAPI "5.2"); numbering continues from it
                r.label = w
                computed = Plan.row_numbers(app)
                kept.append(w)
        if kept:
            shown = ", ".join(f"“{w}”" for w in kept[:12]) + (" …" if len(kept) > 12 else "")
            self.report.append(f"{getattr(app, '_written_label', 'Phụ lục')}: số thứ tự {shown} không theo thứ tự "
                               f"liền mạch; giữ nguyên như bản gốc.")


def _last_paragraph(plan: Plan) -> Paragraph | None:
    """The last paragraph of the body as printed (see dump.flat_paragraphs)."""
    def last_of(s: Section):
        if s.tail:
            return s.tail[-1]
        for c in reversed(s.children):
            got = last_of(c)
            if got is not None:
                return got
            break
        if s.children:
            return None     # the body ends with a heading
        return s.body[-1] if s.body else None
    if plan.sections:
        return last_of(plan.sections[-1])
    return plan.meta.preamble[-1] if plan.meta.preamble else None


def text_number(kind: str, n: int) -> str:
    return numbering.label(kind, n)


def _section_number(text: str):
    """(kind, n, rest, chars_to_cut) for a numbered heading line, else None."""
    got = _section_match(text)
    return got[:4] if got else None


def _section_match(text: str):
    """(kind, n, rest, chars_to_cut, typed) — *typed* is the number as written
    when its separator is not the standard one ("1/", "I -", "a/"), else ""."""
    m = RE_ROMAN.match(text)
    if m and numbering.from_roman(m.group(1)):
        return "muc", numbering.from_roman(m.group(1)), m.group(2).strip(), len(text) - len(m.group(2)), ""
    m = RE_PART.match(text)
    if m and len(m.group(2)) > 0 and m.group(2)[:1].isupper():
        return "part", ord(m.group(1)) - 64, m.group(2).strip(), len(text) - len(m.group(2)), ""
    m = RE_KHOAN.match(text)
    if m and not re.match(r"^\d", m.group(2)):
        return "khoan", int(m.group(1)), m.group(2).strip(), len(text) - len(m.group(2)), ""
    m = RE_DIEM.match(text)
    if m and numbering.point_index(m.group(1)):
        return "diem", numbering.point_index(m.group(1)), m.group(2).strip(), len(text) - len(m.group(2)), ""
    m = RE_ROMAN_ALT.match(text)
    if m and numbering.from_roman(m.group(1)) and m.group(3):
        return ("muc", numbering.from_roman(m.group(1)), m.group(3).strip(), len(text) - len(m.group(3)),
                text[:len(text) - len(m.group(3))].strip())
    m = RE_PART_ALT.match(text)
    if m and m.group(3)[:1].isupper():
        return ("part", ord(m.group(1)) - 64, m.group(3).strip(), len(text) - len(m.group(3)),
                text[:len(text) - len(m.group(3))].strip())
    m = RE_KHOAN_ALT.match(text)
    if m and m.group(3) and not re.match(r"^\d", m.group(3)):
        return ("khoan", int(m.group(1)), m.group(3).strip(), len(text) - len(m.group(3)),
                text[:len(text) - len(m.group(3))].strip())
    m = RE_DIEM_ALT.match(text)
    if m and m.group(3) and numbering.point_index(m.group(1)):
        return ("diem", numbering.point_index(m.group(1)), m.group(3).strip(), len(text) - len(m.group(3)),
                text[:len(text) - len(m.group(3))].strip())
    return None


def _is_column_number_row(r: list[Cell]) -> bool:
    """The row of column numbers some offices put under a table's header:
    "(1) (2) (3) (4) (5)" or "1 2 3 4 5" — consecutive from 1, one per cell."""
    texts = [c.text.strip() for c in r if c.text.strip()]
    if len(texts) < 3 or len(texts) != len([c for c in r]):
        return False
    nums = []
    for t in texts:
        m = re.fullmatch(r"\(?\s*(\d{1,2})\s*\)?", t)
        if not m:
            return False
        nums.append(int(m.group(1)))
    return nums == list(range(1, len(nums) + 1)) and any("(" in t for t in texts) or \
        (nums == list(range(1, len(nums) + 1)) and len(nums) >= 4)


class _GroupRow(list):
    """A group row read from a merged group column (its one cell holds the group's text)."""


def _group_number(text: str) -> tuple[str, str]:
    """("III", "CHỈ SỐ 3: …") for a group text typed with its number, else ("", text)."""
    m = RE_ROW_HEAD.match(text.strip())
    if m and (numbering.from_roman(m.group(1)) or re.fullmatch(r"[A-HJ-Z]|\d{1,2}", m.group(1))):
        return m.group(1), m.group(2).strip()
    return "", text.strip()


def _cell_at(r: list[Cell], pos: int) -> tuple[int, int]:
    """(index of the cell covering grid position *pos*, its first position), or (-1, -1)."""
    at = 0
    for k, c in enumerate(r):
        if at <= pos < at + max(1, c.span):
            return k, at
        at += max(1, c.span)
    return -1, -1


def _take_column(r: list[Cell], pos: int):
    """Remove grid column *pos* from row *r*: (text, continues a vertical merge) when a cell of
    its own stood there, None when a wider cell covered it (its span shrinks)."""
    k, at = _cell_at(r, pos)
    if k < 0:
        return None
    c = r[k]
    if c.span > 1:
        c.span -= 1
        return None
    del r[k]
    return c.text, c.vmerge


_GROUP_TITLE = re.compile(r"lĩnh vực|nhóm|chỉ số|tiêu chí|nội dung|chỉ tiêu thành phần", re.I)


def _find_group_column(rows: list[list[Cell]]):
    """(grid position of a group column merged down over its tasks, header rows) or None.

    The column stands before the task column, its header names a group ("Chỉ số nội dung",
    "Lĩnh vực"), the table has a TT column, and in the rows under the header some of its cells
    continue a vertical merge (one cell spanning several tasks)."""
    if len(rows) < 3:
        return None
    head = _expand(rows[0])
    tt = next((k for k, h in enumerate(head[:3]) if re.sub(r"[\s.]", "", fold(h)) in ("tt", "stt", "sott")), None)
    if tt is None:
        return None
    # the task column: one that names tasks ("Nhiệm vụ", "Nội dung nhiệm vụ"), else a "Nội dung"
    # column that is not the group's
    task = next((k for k, h in enumerate(head) if k != tt and "nhiem vu" in fold(h)), None)
    if task is None:
        task = next((k for k, h in enumerate(head) if k != tt and _guess_key(h, k, len(head)) == "task"
                     and not _GROUP_TITLE.search(h)), None)
    if task is None:
        return None
    # a second header row: its titles sit under header cells merged across (gridSpan)
    n_head = 1
    sub = rows[1]
    wide = set()
    at = 0
    for c in rows[0]:
        if c.span > 1:
            wide.update(range(at, at + c.span))
        at += max(1, c.span)
    at = 0
    filled = []
    for c in sub:
        if c.text.strip():
            filled.append(at)
        at += max(1, c.span)
    if filled and all(x in wide for x in filled):
        n_head = 2
    for g in range(task):
        if g == tt or not head[g].strip() or not _GROUP_TITLE.search(head[g]):
            continue
        # merged over tasks with numbers of their own (not over the lines of one task, which a
        # task continued on the rows below — its TT merged too — shows the same way)
        merged = 0
        for r in rows[n_head:]:
            k, at = _cell_at(r, g)
            if k >= 0 and at == g and r[k].span == 1 and r[k].vmerge:
                kt, at_t = _cell_at(r, tt)
                if kt >= 0 and at_t == tt and not r[kt].vmerge and \
                        re.fullmatch(r"[0-9IVXL]+(\.[0-9]+)*\.?", r[kt].text.strip()):
                    merged += 1
        if merged:
            return g, n_head
    return None


def _looks_like_signature(t: Table) -> bool:
    first = clean(t.rows[0][0].text if t.rows and t.rows[0] else "")
    if first.lower().startswith("nơi nhận"):
        return True
    # signers side by side: every filled cell of a small table is a signer block
    if not t.rows or len(t.rows) > 3 or max(len(r) for r in t.rows) > 3:
        return False
    n = max(len(r) for r in t.rows)
    cols = ["\n".join(r[k].text for r in t.rows if k < len(r)) for k in range(n)]
    blocks = [[clean(x) for x in c.split("\n") if clean(x)] for c in cols]
    blocks = [b for b in blocks if b]
    return len(blocks) >= 1 and all(_is_signer_block(b) for b in blocks)


def _is_signer_block(lines: list[str]) -> bool:
    """"KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Nguyễn Văn A": an authority or a title
    first, a few lines in all."""
    if not lines or len(lines) > 8:
        return False
    first = lines[0]
    return bool(PREFIX_RE.match(first)) or first.upper() == first and \
        any(first.startswith(k) for k in KNOWN_TITLES)


_TAG = re.compile(r"<[^>]+>")


def _cell_text(s: str) -> str:
    """Cell text as written: HTML list/paragraph markup from conversions turned
    into line breaks, tags removed, blanks tidied."""
    s = nfc(s)
    s = re.sub(r"</p>\s*|<br\s*/?>|</li>\s*", "\n", s, flags=re.I)
    s = re.sub(r"<li[^>]*>", "\n- ", s, flags=re.I)
    s = _TAG.sub("", s)
    s = s.replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
    lines = [clean(l) for l in s.split("\n")]
    return "\n".join(l for l in lines if l)


def _cell_bold(s: str) -> bool:
    t = s.strip()
    return t.startswith("<b>") and t.endswith("</b>")


def _expand(cells: list[Cell]) -> list[str]:
    out = []
    for c in cells:
        out.append(c.text)
        out.extend([""] * (c.span - 1))
    return out


def _expand_cells(cells: list[Cell], n: int) -> list[str]:
    out = _expand(cells)
    if len(out) < n:
        out += [""] * (n - len(out))
    elif len(out) > n:
        extra = [x for x in out[n:] if x.strip()]
        out = out[:n]
        if extra:
            out[-1] = (out[-1] + "\n" + "\n".join(extra)).strip()
    return out


def _all_same(xs: list[str]) -> bool:
    return len(set(x.strip() for x in xs)) == 1


def _is_upper_line(s: str) -> bool:
    """A line in capitals (with letters in it), short enough to be a title line."""
    return len(s) <= 160 and any(c.isalpha() for c in s) and s == s.upper()


def _is_upper(s: str) -> bool:
    return bool(s) and s == s.upper()


def fold(s: str) -> str:
    """Lower case without Vietnamese diacritics ("Thời gian" → "thoi gian"):
    for headers typed without accents."""
    s = unicodedata.normalize("NFD", nfc(s).lower().replace("đ", "d"))
    return unicodedata.normalize("NFC", "".join(c for c in s if not unicodedata.combining(c)))


def _guess_key(title: str, k: int, n: int) -> str:
    """The kind of column a header names.  A header typed without accents
    ("Don vi chu tri", "Thoi gian") is compared without accents; one with
    accents keeps them ("Chi tiêu" — spending — is not "Chỉ tiêu")."""
    t = " ".join(nfc(title).lower().split())
    f = fold(t)
    if k == 0 and re.sub(r"[\s.]", "", f) in ("tt", "stt", "sott"):
        return "tt"
    if f != t.replace("đ", "d"):
        has = t.__contains__
    else:
        has = lambda x: fold(x) in f   # noqa: E731
    if has("chỉ số") or has("tiêu chí"):
        return "index"
    if has("nhiệm vụ") or has("nội dung"):
        return "task"
    if has("chỉ tiêu") or has("sản phẩm") or has("kết quả"):
        return "target"
    if has("chủ trì"):
        return "lead"
    if has("phối hợp") or has("thực hiện") and (has("đơn vị") or has("cơ quan")):
        return "support"
    if has("thời gian") or has("thời hạn") or has("tiến độ"):
        return "deadline"
    if has("ghi chú"):
        return "note"
    return "custom"


def _guess_width(title: str) -> float:
    key = _guess_key(title, 0 if title.lower() in ("tt", "stt") else 1, 2)
    return {"tt": 0.6, "index": 2.2, "task": 4.5, "target": 2.0, "lead": 2.0, "support": 2.2,
            "deadline": 1.5, "note": 1.2}.get(key, 1.5)


def build_plan(blocks, strip_print_marks: bool = False) -> Plan:
    """*strip_print_marks*: drop the closing "./." and the Nơi nhận
    punctuation, which the exporter prints (the Word importer does; the
    seed samples keep their text exactly as written)."""
    plan = Builder(strip_print_marks).feed(blocks)
    check_plan_limits(plan)   # the Word file's plan must be one this program opens again
    return plan
