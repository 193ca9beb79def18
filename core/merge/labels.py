"""Conflict text: where a record is and what a field is, as the clerk reads them; a conflict's values
shown and typed back; the merge report in words."""
from __future__ import annotations

import json
import logging
from typing import TYPE_CHECKING

from ..errors import PlanError
from ..store import codec
from ..store.schema import RECORD_TABLES
from ..text import nfc
from .side import PARENT, Side

if TYPE_CHECKING:
    from .engine import MergeResult, _State

log = logging.getLogger(__name__)


# ------------------------------------------------------------------ labels --
META_LABELS = {
    "parent_agency": "Cơ quan chủ quản", "agency": "Cơ quan ban hành", "agency_abbr": "Viết tắt cơ quan",
    "agency_full": "Tên cơ quan (trong câu)", "doc_type": "Loại văn bản", "number": "Số", "symbol": "Ký hiệu",
    "place": "Địa danh", "issue_date": "Ngày ban hành", "date_text": "Ngày (ghi tay)", "title": "Trích yếu",
    "period": "Năm / giai đoạn", "preamble": "Căn cứ (đoạn mở đầu)", "page": "Trang in",
}
FIELD_LABELS = {
    "title": "Tiêu đề", "body": "Nội dung", "tail": "Đoạn cuối", "kind": "Cấp", "position": "Vị trí",
    "_deleted": "Xóa / giữ", "label": "Số thứ tự ghi tay", "attachment": "Dòng “Kèm theo”",
    "numbering": "Cách đánh số", "landscape": "Khổ ngang", "key": "Loại cột", "grp": "Nhóm cột",
    "width": "Độ rộng", "level": "Cấp nhóm", "continues": "Dòng tiếp", "lead": "Cơ quan chủ trì",
    "support": "Cơ quan phối hợp", "status": "Theo dõi", "flag": "Ghi chú nhập", "prefix": "Thẩm quyền ký",
    "collective": "Tập thể", "lines": "Chức vụ", "name": "Họ tên", "text": "Nội dung", "short": "Tên viết tắt",
    "era": "Giai đoạn", "occurrence": "Kỳ hạn", "done_date": "Ngày hoàn thành", "note": "Ghi chú",
    "period": "Kỳ báo cáo", "result": "Kết quả thực hiện", "difficulties": "Khó khăn, đề xuất",
    "reporter": "Người báo cáo", "reported_at": "Thời điểm báo cáo", "source": "Nguồn", "override": "Trạng thái do văn thư đặt",
    "reason": "Lý do", "part": "Phần",
}
TABLE_LABELS = {"meta": "Thông tin văn bản", "section": "Mục", "appendix": "Phụ lục", "appendix_column": "Cột",
                "appendix_row": "Dòng", "signer": "Người ký", "recipient": "Nơi nhận", "agency": "Cơ quan",
                "tracking": "Theo dõi", "progress": "Tiến độ",
                "report_text": "Báo cáo"}


def _short(s: str, n: int = 60) -> str:
    s = " ".join((s or "").split())
    return s if len(s) <= n else s[: n - 1] + "…"


class _Labels:
    """Human descriptions of records ("Phụ lục I, dòng 5 «…»") from the merged result."""

    def __init__(self, M: Side, st: _State):
        self.st = st
        self.M = M
        self._plan = None

    def plan(self):
        if self._plan is None:
            tables = {t: [] for t in RECORD_TABLES}
            for rid, (t, row) in self.st.out.items():
                tables[t].append(row)
            from ..model import Plan
            self._plan = codec.plan_from_rows(tables)
            self._secnum = self._plan.section_numbers()
            self._rows = {}
            self._cols = {}
            for i, a in enumerate(self._plan.appendices):
                lab = self._plan.appendix_label(i)
                nums = Plan.row_numbers(a)
                task_col = next((c.id for c in a.columns if c.key == "task"), None)
                for r in a.rows:
                    txt = r.cells.get(task_col, "") if task_col else next(iter(r.cells.values()), "")
                    self._rows[r.id] = f"{lab}, dòng {nums.get(r.id, '') or '…'} «{_short(txt)}»"
                for c in a.columns:
                    self._cols[c.id] = (lab, c.title)
                self._rows[a.id] = f"{lab} «{_short(a.title)}»"
        return self._plan

    def where(self, table: str, rid: str) -> str:
        try:
            return self._where(table, rid)
        except Exception:   # a label is a courtesy: never fail a merge over it
            log.exception("no label for %s %s", table, rid)
            return f"{TABLE_LABELS.get(table, table)} {rid[:8]}"

    def _where(self, table, rid):
        self.plan()   # builds the section/row number caches used below
        item = self.st.out.get(rid)
        row = item[1] if item else None
        if row is None:
            t = self.st.tombs.get(rid) or self.M.tomb.get(rid)
            row = codec.jload(t[2], {}) if t else {}
        if table == "meta":
            return "Thông tin văn bản"
        if table == "section":
            title = "".join(r[0] if isinstance(r, list) and r else str(r) for r in codec.jload(row.get("title"), []))
            if not title:
                body = codec.jload(row.get("body"), [])
                if body and isinstance(body[0], dict):
                    title = "".join(r[0] if isinstance(r, list) and r else "" for r in body[0].get("runs", []))
            num = self._secnum.get(rid, "")
            return f"Mục {num} «{_short(title)}»".replace("  ", " ") if num else f"Mục (đã xóa) «{_short(title)}»"
        if table in ("appendix", "appendix_row"):
            if rid in self._rows:
                return self._rows[rid]
            cells = codec.jload(row.get("cells"), {})
            # the deleted row's words, widest cell first (the task text), not a Python dict
            text = " — ".join(sorted((str(v) for v in cells.values() if str(v).strip()), key=len, reverse=True)[:1]) \
                if isinstance(cells, dict) else ""
            return f"{TABLE_LABELS[table]} (đã xóa) «{_short(text or str(row.get('title', '')))}»"
        if table == "appendix_column":
            lab, title = self._cols.get(rid, ("Phụ lục", row.get("title", "")))
            return f"{lab}, cột «{_short(title)}»"
        if table == "signer":
            return f"Người ký «{_short(row.get('name', ''))}»"
        if table == "recipient":
            return f"Nơi nhận «{_short(row.get('text', ''))}»"
        if table == "agency":
            return f"Cơ quan «{_short(row.get('name', ''))}»"
        if table == "report_text":
            if not row.get("period") and row.get("part") == "cutoff":     # core.progress.plan_cutoff
                return "Ngày chốt số liệu báo cáo"
            return f"Báo cáo kỳ {row.get('period', '')}, phần {row.get('part', '')}"
        if table == "progress":
            task = self._rows.get(row.get("row_id", ""), "")
            return f"Tiến độ kỳ {row.get('period', '')}, {task}".rstrip(", ")
        return f"{TABLE_LABELS.get(table, table)} {rid[:8]}"

    def what(self, table, fld, key, rid) -> str:
        if key is not None:
            if fld == "data":
                return META_LABELS.get(key, key)
            if fld == "cells":
                self.plan()
                return "Ô «" + self._cols.get(key, ("", key[:8]))[1] + "»"
            return f"{FIELD_LABELS.get(fld, fld)} / {key}"
        return FIELD_LABELS.get(fld, fld)


# -------------------------------------------------------- showing values --
def _place_text(S: Side, table: str, rid: str, v, labels) -> str:
    """"đầu tiên" / "sau «…»" (and "ở cấp ngoài cùng" / "thuộc mục khác"): where side *S* has the record."""
    if not isinstance(v, dict):
        return ""
    rec = S.rec.get(rid)
    row = dict(rec[1]) if rec else {}
    row.update(v)
    link = PARENT.get(table)
    parent = row.get(link[0]) if link else None
    pos = row.get("pos")
    if pos is None:
        return ""
    before = [(q, i) for q, i in S.siblings(table, parent) if i != rid and q < pos]
    parts = []
    if table == "section" and "parent_id" in v:
        parts.append("ở cấp ngoài cùng" if parent is None else f"trong {labels.where('section', parent)}")
    if before:
        parts.append(f"sau {labels.where(table, max(before)[1])}")
    else:
        parts.append("đứng đầu")
    return ", ".join(parts)


def value_text(conflict: dict, side: str) -> str:
    """A value of a conflict as the clerk reads it."""
    v = conflict.get(side)
    kind = conflict.get("kind")
    if kind == "position" and conflict.get(f"{side}_place"):
        return conflict[f"{side}_place"]
    if kind == "delete":
        if conflict.get("deleted_in") == side:
            return "(đã xóa)"
        return "(giữ, có sửa đổi)" if v is not None else "(giữ)"
    if kind == "position":
        if not isinstance(v, dict):
            return ""
        parts = []
        if "parent_id" in v:
            parts.append("ở cấp ngoài cùng" if v["parent_id"] is None else "thuộc mục khác")
        if "appendix_id" in v:
            parts.append("thuộc phụ lục khác" if v.get("appendix_id") != (conflict.get("mine") or {}).get("appendix_id") else "")
        if "pos" in v and v["pos"] is not None:
            parts.append(f"thứ tự {v['pos']:g}")
        if v.get("kind"):
            parts.append(f"cấp {v['kind']}")
        return ", ".join(p for p in parts if p)
    return _text_of(v)


def _text_of(v) -> str:
    if v is None:
        return "(trống)"
    if isinstance(v, str):
        return v
    if isinstance(v, (int, float, bool)):
        return str(v)
    if isinstance(v, list):
        lines = []
        for x in v:
            if isinstance(x, dict) and "runs" in x:
                pre = {"dash": "- ", "plus": "+ "}.get(x.get("kind", "text"), "")
                lines.append(pre + "".join(r[0] if isinstance(r, list) and r else str(r) for r in x["runs"]))
            elif isinstance(x, list) and x:
                lines.append(str(x[0]))
            else:
                lines.append(str(x))
        if v and all(isinstance(x, list) for x in v):   # runs of a title
            return "".join(lines)
        return "\n".join(lines)
    return json.dumps(v, ensure_ascii=False, indent=1)


def editable(conflict: dict) -> bool:
    return conflict.get("kind") == "field" and conflict.get("table") != "tracking" or False


def value_from_text(conflict: dict, text: str):
    """The clerk's own text for a conflict, converted to the stored value."""
    text = nfc(text)
    fld, key, table = conflict["field"], conflict.get("key"), conflict["table"]
    if conflict.get("kind") != "field":
        raise PlanError("Chỉ chọn được bên này hoặc bên kia cho xung đột này.",
                        "Only one side or the other can be chosen for this conflict.")
    known = [conflict.get("mine"), conflict.get("theirs")]
    if key is not None:
        if fld == "data" and key == "preamble":
            return _paras(text, known)
        if fld in ("cells", "data"):
            return text
        sample = conflict.get("mine") if conflict.get("mine") is not None else conflict.get("theirs")
        return _like(sample, text)
    if fld in ("body", "tail"):
        return _paras(text, known)
    if fld == "title" and table == "section":
        return _title_like(text, known)
    sample = conflict.get("mine") if conflict.get("mine") is not None else conflict.get("theirs")
    return _like(sample, text)


def _like(sample, text: str):
    if isinstance(sample, bool):
        return text.strip().lower() in ("1", "true", "có", "co", "x")
    if isinstance(sample, int):
        try:
            return int(text.strip())
        except ValueError as e:
            raise PlanError("Cần nhập một số nguyên.", "An integer is needed.") from e
    if isinstance(sample, float):
        try:
            return float(text.strip().replace(",", "."))
        except ValueError as e:
            raise PlanError("Cần nhập một số.", "A number is needed.") from e
    if isinstance(sample, list):
        return [line.strip() for line in text.splitlines() if line.strip()]
    if isinstance(sample, dict):
        try:
            v = json.loads(text)
        except ValueError as e:
            raise PlanError("Giá trị này phải viết dạng JSON.", "This value must be written as JSON.") from e
        return v
    return text


def _paras(text: str, known=()) -> list:
    """Paragraphs from the clerk's text; a line that reads exactly as a paragraph of either
    side keeps that paragraph (its bold and italic), so "Tự sửa…" on one paragraph does not
    strip the formatting of all the others."""
    same: dict[str, dict] = {}
    for v in known:
        for p in v if isinstance(v, list) else []:
            if isinstance(p, dict) and isinstance(p.get("runs"), list):
                line = _text_of([p])
                same.setdefault(line, p)
    out = []
    for line in text.splitlines():
        if not line.strip():
            continue
        if line in same:
            out.append(same[line])
            continue
        kind = "text"
        if line.startswith("- "):
            kind, line = "dash", line[2:]
        elif line.startswith("+ "):
            kind, line = "plus", line[2:]
        d = {"runs": [[line]]}
        if kind != "text":
            d["kind"] = kind
        out.append(d)
    return out


def _title_like(text: str, known=()) -> list:
    """A section title from the clerk's text, keeping the runs of a side whose title reads the same."""
    if not text:
        return []
    for v in known:
        if isinstance(v, list) and v and all(isinstance(r, list) for r in v) and _text_of(v) == text:
            return v
    bold = next((("b" in (r[1] if len(r) > 1 else "")) for v in known if isinstance(v, list)
                 for r in v[:1] if isinstance(r, list)), False)
    return [[text, "b"]] if bold else [[text]]




# ------------------------------------------------------------- report text --
WHAT_VI = {"from_mine": "giữ thay đổi của bản mình", "from_theirs": "lấy thay đổi từ bản kia",
           "combined": "kết hợp hai bên", "added_mine": "thêm ở bản mình", "added_theirs": "thêm từ bản kia",
           "deleted_mine": "đã xóa ở bản mình", "deleted_theirs": "đã xóa ở bản kia",
           "kept_mine": "bản kia xóa, bản mình sửa: giữ lại", "kept_theirs": "bản mình xóa, bản kia sửa: giữ lại",
           "restored": "khôi phục vì còn nội dung bên trong"}
WHAT_EN = {"from_mine": "my change kept", "from_theirs": "their change taken", "combined": "both sides combined",
           "added_mine": "added in mine", "added_theirs": "added in theirs", "deleted_mine": "deleted in mine",
           "deleted_theirs": "deleted in theirs", "kept_mine": "deleted in theirs, edited in mine: kept",
           "kept_theirs": "deleted in mine, edited in theirs: kept", "restored": "restored: content inside it changed"}


def report_lines(res: MergeResult, lang: str = "vi", limit: int = 50) -> list[str]:
    c = res.counts
    en = lang == "en"
    out = []
    if en:
        out.append(f"Merged into {res.out}: {c['same']} unchanged, {c['from_mine']} from mine, {c['from_theirs']} from theirs, "
                   f"{c['combined']} combined, {c['added_mine']}+{c['added_theirs']} added (mine+theirs), "
                   f"{c['deleted_mine']}+{c['deleted_theirs']} deleted, {len(res.conflicts)} conflicts.")
    else:
        out.append(f"Đã gộp vào {res.out}: {c['same']} bản ghi như nhau, {c['from_mine']} từ bản mình, "
                   f"{c['from_theirs']} từ bản kia, {c['combined']} kết hợp, thêm {c['added_mine']}+{c['added_theirs']} "
                   f"(mình+kia), xóa {c['deleted_mine']}+{c['deleted_theirs']}, {len(res.conflicts)} xung đột.")
    names = WHAT_EN if en else WHAT_VI
    shown = [x for x in res.report["changes"] if x["table"] != "agency" or x["what"] != "from_mine"]
    for x in shown[:limit]:
        line = f"  - {x['where']}: {names.get(x['what'], x['what'])}"
        if x.get("by_paragraph"):
            flds = ", ".join(x["by_paragraph"]) if en else \
                ", ".join(FIELD_LABELS.get(f, f).lower() for f in x["by_paragraph"])
            line += f" (merged paragraph by paragraph: {flds})" if en else f" (gộp theo đoạn: {flds})"
        out.append(line)
    if len(shown) > limit:
        out.append(f"  … ({len(shown) - limit} more)" if en else f"  … (còn {len(shown) - limit} mục nữa)")
    if res.conflicts:
        out.append("Conflicts (the merged file keeps mine; choose in File → Merge):" if en else
                   "Xung đột (tệp gộp tạm giữ bản mình; chọn lại trong Tệp → Gộp):")
        for cf in res.conflicts[:limit]:
            out.append(f"  ! {cf.get('where')} — {cf.get('what')}: "
                       f"{'mine' if en else 'mình'} = {_short(value_text(cf, 'mine'), 50)!s} | "
                       f"{'theirs' if en else 'kia'} = {_short(value_text(cf, 'theirs'), 50)!s}")
    return out
