"""Reading an appendix's tables into its rows: the header (columns, a group header over
sub-columns), group rows (typed in the TT column, merged across the row, or a group column merged
down), cells merged down, continuation rows, shifted cells, and the numbering the rows are written
with.  :class:`AppendixTable` holds what the reading needs to know about one appendix (its label as
written, its title lines, the group column) — state of the import, not of the plan."""
from __future__ import annotations

import re

from ... import numbering
from ...model import Appendix, Column, Plan, Row
from ...text import Note, clean, nfc, split_agencies
from .blocks import Cell, Table
from .lines import RE_ROW_HEAD, _is_upper, fold


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


# why a row could not be placed cleanly (kept on the row, in Vietnamese: the plan file's language)
FLAG_TEXT_IN_TT = "Ô TT chứa chữ thay vì số thứ tự: có thể các ô bị lệch cột; dữ liệu giữ nguyên."
FLAG_SHIFTED = ("Dòng có ô bị lệch một cột (chỉ tiêu nằm ở cột đơn vị chủ trì); "
                "dữ liệu giữ nguyên như bản gốc, cần kiểm tra lại.")
FLAG_EN = {
    FLAG_TEXT_IN_TT: "the TT cell holds words instead of a number: the cells may be shifted; data kept as it is.",
    FLAG_SHIFTED: "the row's cells are shifted by one column (the target stands in the lead agency's column); "
                  "data kept as in the original, please check it.",
}


class AppendixTable:
    """The rows of one appendix, read table by table.  Report lines go to *report* (the builder's,
    in the order the document is read); *label* names the appendix in them as written
    ("PHỤ LỤC II", "Excel")."""

    def __init__(self, app: Appendix, label: str = "Phụ lục", report: list | None = None):
        self.app = app
        self.label = label
        self.report: list = report if report is not None else []
        self.title_parts: list[str] = []          # the title lines above the first table
        self.written: dict[str, str] = {}         # row id -> its number as written ("III", "5.2", "")
        # a group column merged down over the tasks (see add): where it stands, its title, the group
        # it is in at the end of the last table (a group merged over a table's break goes on)
        self.group_pos: int | None = None
        self.group_title = ""
        self.group_current: str | None = None
        self.group_count = 0
        self.group_unnumbered = 0

    def add(self, t: Table) -> None:
        """Read the rows of table *t* (the first table of the appendix gives its columns)."""
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
        pos = self.group_pos
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
            self.group_pos = pos
            self.group_title = _expand(rows[0])[pos].strip()
        title = self.group_title
        out: list = []
        current = self.group_current    # a group merged over the table's break goes on
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
        self.group_current = current
        self.group_count += groups
        self.group_unnumbered += groups - numbered
        return out

    def report_group_column(self) -> None:
        groups = self.group_count
        if not groups:
            return
        label, title = self.label, self.group_title
        vi = (f"{label}: cột “{title}” gộp dọc (một ô cho nhiều nhiệm vụ) được đọc thành {groups} dòng nhóm "
              "đặt trên các nhiệm vụ của nhóm; mỗi nhiệm vụ giữ số thứ tự (TT) của mình.")
        en = (f"{label}: the column “{title}”, merged down (one cell for several tasks), is read as {groups} "
              "group rows above their tasks; each task keeps its own number (TT).")
        if self.group_unnumbered:
            vi += " Nhóm không ghi số được đánh số La Mã (I, II, …) khi xuất."
            en += " Groups written without a number are numbered in Roman numerals (I, II, …) on export."
        self.report.append(Note(vi, en))

    def _column_group_row(self, r: "_GroupRow") -> None:
        app = self.app
        written, text = _group_number(r[0].text)
        row = Row(kind="group")
        self.written[row.id] = written
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
            self.report.append(Note(f"{self.label}: {copied} ô gộp dọc "
                                    f"(một nội dung cho nhiều dòng) được chép vào từng dòng.",
                                    f"{self.label}: {copied} cell(s) merged down (one text for several rows) are "
                                    f"copied into each row."))

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
            self.written[row.id] = tt
            cells_map = {}
            text_col = next((c for c in app.columns[1:]), None)
            if text_col is not None:
                cells_map[text_col.id] = rest[0] if rest else ""
            row.cells = cells_map
        else:
            self.written[row.id] = tt
            for col, t in zip(app.columns, texts):
                if col.key == "tt":
                    continue
                if t:
                    row.cells[col.id] = t
            if not tt:
                row.continues = True
            elif not re.fullmatch(r"[\d.]+", tt):
                row.flag = FLAG_TEXT_IN_TT
                row.continues = True
                if tt_col is not None:
                    row.cells[tt_col.id] = texts[0].strip()
            lead_c, tgt_c = app.col("lead"), app.col("target")
            if lead_c and tgt_c and not row.cells.get(tgt_c.id) and \
                    re.match(r"^(\d+([,.]\d+)?\s*%|Tỷ lệ|Có ít nhất)", row.cells.get(lead_c.id, "")):
                row.flag = FLAG_SHIFTED
            for key in ("lead", "support"):
                c = app.col(key)
                if c and row.cells.get(c.id):
                    names, _ = split_agencies(row.cells[c.id])
                    setattr(row, key, names)
        if row.flag:
            self.report.append(Note(f"{self.label}, dòng “{tt or '(không số)'}”: {row.flag}",
                                    f"{self.label}, row “{tt or '(no number)'}”: {FLAG_EN.get(row.flag, row.flag)}"))
        app.rows.append(row)


    def infer_numbering(self) -> None:
        """The appendix's numbering styles from the numbers as written; a number that does not follow
        them is kept as the row's label (and reported)."""
        app = self.app
        groups = [r for r in app.rows if r.kind == "group"]
        tasks = [r for r in app.rows if r.kind == "task" and not r.continues]
        # group levels: a letter level above a Roman level (A / I / 1 …)
        styles: list[str] = []
        for r in groups:
            w = self.written.get(r.id, "")
            # a group read from a merged group column may have no number: the default, Roman
            st = "roman" if not w or numbering.from_roman(w) else (
                "upper_alpha" if re.fullmatch(r"[A-Z]", w) else "arabic")
            if st not in styles:
                styles.append(st)
        order = {"upper_alpha": 0, "roman": 1, "arabic": 2}
        styles.sort(key=lambda s: order[s])
        for r in groups:
            w = self.written.get(r.id, "")
            st = "roman" if not w or numbering.from_roman(w) else (
                "upper_alpha" if re.fullmatch(r"[A-Z]", w) else "arabic")
            r.level = styles.index(st)
        written = [self.written.get(r.id, "") for r in tasks]
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
                        if self.written.get(r.id, "") == "1":
                            mode = "per_group"
                        break
                    tasks_seen = True
        app.numbering = {"groups": styles or ["roman"], "tasks": mode}
        computed = Plan.row_numbers(app)
        kept = []
        for r in app.rows:
            w = self.written.get(r.id, "")
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
            self.report.append(Note(f"{self.label}: số thứ tự {shown} không theo thứ tự "
                                    f"liền mạch; giữ nguyên như bản gốc.",
                                    f"{self.label}: the numbers {shown} do not run in sequence; kept as in the "
                                    f"original."))

