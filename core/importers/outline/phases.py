"""The builder: a machine over the phases of a typed KẾ HOẠCH — header (agency, number, place and
date), document type and title, body (numbered sections, paragraphs, dash items), Nơi nhận and the
signer, appendices — fed one block at a time.  Tables are read by :mod:`.tables`, the signature
block by :mod:`.signature`."""
from __future__ import annotations

import re

from ... import numbering
from ...model import DOC_TYPES, Appendix, Meta, Paragraph, Plan, Recipient, Run, Section
from ...text import Note, clean
from .blocks import Para, Table
from .lines import (
    _SPACED_TYPES,
    PREFIX_RE,
    QUOC_HIEU,
    RE_APPENDIX,
    RE_ATTACH,
    RE_DASH,
    RE_DATE,
    RE_NUMBER,
    RE_PLACEHOLDER,
    RE_PLUS,
    _is_title_like,
    _is_upper_line,
    _plain_if_uniform,
    _runs_after_prefix,
    _section_match,
    _section_number,
    _strip_runs,
    text_number,
)
from .signature import SignatureBlock, _looks_like_signature
from .tables import AppendixTable


class Builder(SignatureBlock):
    """Feed it the blocks of a typed plan (:meth:`feed`); what it recognises goes into ``plan``, what
    it interprets or cannot place into ``report``."""

    def __init__(self, strip_print_marks: bool = False):
        self.strip_print_marks = strip_print_marks
        self.plan = Plan()
        self.plan.meta = Meta(agency_abbr="")
        self.report: list[str] = []
        self.stack: list[Section] = []   # open sections, outermost first
        self.phase = "header"
        self.tab_rows: list[list[str]] = []     # header lines typed with tabs, read once they end
        self.tab_header_done = False
        self.tables: AppendixTable | None = None     # the appendix being read (None: not in one)
        self.appendix_tables: list[AppendixTable] = []   # one per appendix of the plan, in order
        self.app_label_seen = False
        self.title_parts: list[str] = []
        self.title_bold = False
        self.signer_lines: list[str] = []
        self.tab_sig_lines = 0      # lines of a Nơi nhận / signature block typed with tabs
        self.last_body: Paragraph | None = None    # the body paragraph the previous line made
        self.soft_joined: list[str] = []            # lines after Shift+Enter read into their paragraph
        self.title_breaks = 0
        self.typed_numbers: list[tuple[str, str]] = []   # ("1/", "1.") headings typed with another separator

    @property
    def app(self) -> Appendix | None:
        """The appendix being read, if any."""
        return self.tables.app if self.tables else None

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
        self.report.append(Note(f"Phần đầu văn bản gõ bằng phím Tab ({len(rows)} dòng) được đọc như bảng hai cột: "
                                "cột trái (cơ quan, số) rồi cột phải (quốc hiệu, địa danh và ngày).",
                                f"The header typed with the Tab key ({len(rows)} lines) is read as a two-column "
                                "table: the left column (agency, number), then the right one (national motto, "
                                "place and date)."))
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
                    self.report.append(Note(f"Ngày ban hành không hợp lệ, giữ nguyên văn: “{text}”",
                                            f"The date of issue is not a valid date; kept as written: “{text}”"))
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
            self.report.append(Note(
                "Không thấy dòng tên loại văn bản (“KẾ HOẠCH”) trước phần nội dung: nhập như một "
                f"kế hoạch chưa có trích yếu, nội dung bắt đầu từ “{text[:60]}” — cần kiểm tra lại.",
                "No document type line (“KẾ HOẠCH”) was found before the body: imported as a plan without a title "
                f"(trích yếu), the body starting at “{text[:60]}” — please check it."))
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
        self.report.append(Note(f"Dòng trước tên loại văn bản được giữ làm đoạn mở đầu: “{text[:80]}”",
                                f"A line before the document type is kept as an opening paragraph: “{text[:80]}”"))
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
            typed, right = text_number(kind, n), numbering.label(kind, expected)
            self.report.append(Note(f"Số thứ tự “{typed}” không liền mạch (đúng ra là “{right}”); số được tính lại: "
                                    f"“{rest[:60]}”",
                                    f"The number “{typed}” breaks the sequence (it should be “{right}”); renumbered: "
                                    f"“{rest[:60]}”"))
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
        app = Appendix(numbering={"groups": ["roman"], "tasks": "flat"})
        self.tables = AppendixTable(app, text, self.report)
        self.appendix_tables.append(self.tables)
        self.plan.appendices.append(app)

    def _appendix_para(self, p: Para, text: str) -> None:
        app = self.app
        if RE_ATTACH.match(text):
            app.attachment = text if text.startswith("(") else f"({text})"
            return
        if not app.rows and not app.attachment:
            self.tables.title_parts.append(text)
            return
        # Text after the table: a note under the appendix; keep it in the report.
        self.report.append(Note(f"Đoạn văn sau bảng {self.tables.label} không có chỗ trong mô hình, "
                                f"được giữ trong báo cáo: “{text}”",
                                f"A paragraph after the table of {self.tables.label} has no place in the plan; kept "
                                f"in this report: “{text}”"))

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
            where = where_en = ""
            if in_body and self.stack:
                nums = self.plan.section_numbers()
                sec = self.stack[-1]
                where = f" (mục {nums.get(sec.id, '')} {sec.title_text[:60]})".replace("  ", " ")
                where_en = f" (section {nums.get(sec.id, '')} {sec.title_text[:60]})".replace("  ", " ")
            self.report.append(Note(
                f"Một bảng trong phần thân văn bản{where} được giữ dưới dạng phụ lục riêng"
                + ("; phần văn bản sau bảng được đọc tiếp vào thân văn bản." if in_body else "."),
                f"A table in the body{where_en} is kept as an appendix of its own"
                + ("; the text after the table is read on as body." if in_body else ".")))
            self._start_appendix("PHỤ LỤC")
        if t.landscape is not None and self.app.landscape is None:
            self.app.landscape = t.landscape    # the clerk's page orientation in Word, kept for the export
        self.tables.add(t)
        if in_body:
            # a table in the middle of the body (figures in section II): it becomes an appendix of
            # its own, and the text after it — the rest of the body, the signature, Nơi nhận — is
            # read as usual instead of being taken for notes under an appendix
            self.phase = "body"
            self.tables = None

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
            more_en = f" and {len(forms) - 5} other forms" if len(forms) > 5 else ""
            self.report.append(Note(
                f"{len(self.typed_numbers)} tiêu đề có số thứ tự viết theo kiểu khác "
                f"({', '.join(forms[:5])}{more}) được nhận là mục/khoản/điểm; khi xuất văn bản "
                "số được in theo kiểu chuẩn.",
                f"{len(self.typed_numbers)} heading(s) numbered in another style ({', '.join(forms[:5])}{more_en}) "
                "are read as sections (mục/khoản/điểm); the export prints their numbers in the standard style."))
        for tables in self.appendix_tables:
            tables.report_group_column()
            tables.app.title = clean(" ".join(tables.title_parts))
            tables.infer_numbering()
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


