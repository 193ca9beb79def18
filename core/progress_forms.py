"""Progress forms: one Excel sheet per lead agency, filled offline, read back into the plan (issue 14 B).

Writing (:func:`write_forms`): one ``.xlsx`` per lead agency holding only its tasks. Locked columns: TT,
task, deadline, the supporting agencies (shown after the editable ones, so forms of the first layout read the
same), and hidden columns with the row id, the plan fingerprint (the plan's file id, the same in
every copy), a check of the locked cells and the values as sent. Editable cells: status (a drop-down),
result, difficulties and proposals, done date (a real date cell), the reporter's name and the report date.
Instructions in Vietnamese on top; A4 landscape, fitted to the width, header row repeated on every page;
the sheet protected with only the editable cells unlocked (no password: protection keeps a clerk from
slipping, it is not security). Every text cell is written as text, never as a formula.

Reading (:func:`read_form`, :func:`plan_import`): a form is an untrusted file — it goes through the package
checks and limits of :mod:`core.importers.xlsx` before openpyxl parses it. Rows are matched by their hidden
id, never by position; a row of another plan, a row whose locked cells were changed, a row without an id
that holds text, a date that is no date — each is refused by itself with its reason. A misspelt status
("hoan thanh") is read with a note. Each value is compared three ways — as sent, as the form brings it, as
the plan holds it now: the agency's change is taken only where the plan still holds what was sent;
otherwise it is a listed conflict and the plan keeps its value. Everything taken from all the forms of one
import is ONE undoable edit (:func:`core.edits.import_progress`).
"""
from __future__ import annotations

import hashlib
import json
import os
from copy import copy
from dataclasses import dataclass, field
from datetime import date

from . import progress as pr
from .errors import PlanError
from .model import Plan, format_date_vn, now_iso
from .text import clean, nfc

FORM_MARK = "kehoach-progress-form/1"
SHEET = "Phiếu tiến độ"
FONT = "Times New Roman"
# visible columns, then hidden ones
COLS = ["TT", "Nhiệm vụ", "Thời hạn", "Tiến độ (chọn trong danh sách)", "Kết quả thực hiện (sản phẩm, văn bản số …)",
        "Khó khăn, vướng mắc, đề xuất", "Ngày hoàn thành (ngày/tháng/năm)", "Cơ quan phối hợp",
        "Mã dòng (không sửa)", "Mã kế hoạch (không sửa)", "Kiểm tra (không sửa)", "Giá trị gửi đi (không sửa)"]
WIDTHS = [6, 50, 16, 22, 45, 32, 14, 24, 10, 10, 10, 10]
KEYS = ["tt", "task", "deadline", "status", "result", "difficulties", "done_date", "support", "row_id", "plan", "check",
        "sent"]
OPTIONAL = ("support",)      # a form of the first layout (no supporting agencies column) still reads
EDITABLE = ("status", "result", "difficulties", "done_date")
HEADER_ROW = 10
REPORTER_CELL = "C8"
DATE_CELL = "F8"
DATED_CHOICES = [pr.STATUS_VI[k] for k in ("done_on_time", "done_late", "doing_on_time", "doing_late", "not_started")]
ONGOING_CHOICES = [pr.STATUS_VI[k] for k in ("ongoing_done", "ongoing")]

INSTRUCTIONS = [
    "Hướng dẫn: chỉ điền vào các ô nền vàng (Tiến độ, Kết quả thực hiện, Khó khăn - đề xuất, Ngày hoàn thành) "
    "và ô Người báo cáo, Ngày báo cáo ở trên.",
    "- Cột “Tiến độ”: chọn trong danh sách thả xuống. Nếu ghi “Ngày hoàn thành”, tiến độ (đúng hạn/quá hạn) "
    "được tính theo thời hạn của nhiệm vụ.",
    "- Cột “Ngày hoàn thành”: nhập ngày theo dạng ngày/tháng/năm (ví dụ 15/3/2026); để trống nếu chưa hoàn thành.",
    "- Không thêm, xoá hay sắp xếp lại dòng; không sửa các cột TT, Nhiệm vụ, Thời hạn và các cột ẩn. "
    "Lưu tệp dạng .xlsx và gửi lại cho cơ quan chủ trì kế hoạch.",
]


def _locked_check(tt: str, task: str, deadline: str) -> str:
    return hashlib.sha1(json.dumps([clean(tt), clean(task), clean(deadline)], ensure_ascii=False)
                        .encode("utf-8")).hexdigest()[:16]


def _sent(t: pr.TaskProgress) -> dict:
    r = t.record
    return {"status": r.status if r else "", "result": r.result if r else "",
            "difficulties": r.difficulties if r else "", "done_date": r.done_date if r else ""}


def _slug(name: str) -> str:
    s = pr.fold(name).replace(" ", "_")[:60].strip("_")
    return s or "khong_ro"


def plan_subject(plan: Plan) -> str:
    """"Kế hoạch số 12/KH-UBND ngày 04 tháng 8 năm 2023 về …" — how a form and a report cite the plan."""
    m = plan.meta
    num = m.number or "…"
    when = m.date_text or (format_date_vn(m.issue) if m.issue else "")
    doc = (m.doc_type or "Kế hoạch").capitalize()
    out = f"{doc} số {num}/{m.effective_symbol}"
    if when:
        out += f" {when}"
    if m.title:
        t = m.title[0].lower() + m.title[1:] if m.title[:1].isupper() and not m.title[1:2].isupper() else m.title
        out += f" về {t}"
    return out


# ------------------------------------------------------------------- write --
@dataclass
class FormsResult:
    files: list[tuple[str, str, int]] = field(default_factory=list)   # (path, agency, number of tasks)


def by_agency(items: list[pr.TaskProgress]) -> dict[str, list[pr.TaskProgress]]:
    """Tasks per lead agency; names that differ only in case or accents ("Ban Quản lý Khu kinh tế tỉnh",
    "Ban quản lý khu kinh tế tỉnh") are one agency, under the first spelling met."""
    out: dict[str, list[pr.TaskProgress]] = {}
    spelling: dict[str, str] = {}
    for t in items:
        names = t.lead or ([t.lead_text] if t.lead_text else ["(Chưa rõ cơ quan chủ trì)"])
        keys = dict.fromkeys(pr.fold(n) for n in names if clean(n))
        for n in names:
            spelling.setdefault(pr.fold(n), clean(n))
        for k in keys:
            out.setdefault(spelling[k], []).append(t)
    return out


def write_forms(plan: Plan, folder: str, code: str, cutoff: int | None = None, today: date | None = None) -> FormsResult:
    """One form per lead agency in *folder* (created if missing)."""
    if cutoff is None:            # the plan's own cut-off day (core.progress.plan_cutoff)
        cutoff = pr.plan_cutoff(plan)
    per = pr.period(code, cutoff)
    items = pr.tasks(plan, per.code, cutoff)
    if not items:
        raise PlanError("Kế hoạch không có nhiệm vụ nào trong phụ lục: không có phiếu để lập.",
                        "The plan has no task in its appendices: no form to write.")
    try:
        os.makedirs(folder, exist_ok=True)
    except OSError as e:
        raise PlanError(f"Không tạo được thư mục “{folder}”: {e.strerror}", f"Cannot create “{folder}”: {e.strerror}") from e
    res = FormsResult()
    used: set[str] = set()
    for agency, tasks in by_agency(items).items():
        name = f"Phieu_tien_do_{per.code}_{_slug(agency)}"
        base, k = name, 2
        while name.lower() in used:
            name = f"{base}_{k}"
            k += 1
        used.add(name.lower())
        path = os.path.join(folder, name + ".xlsx")
        _write_form(plan, per, agency, tasks, path)
        res.files.append((path, agency, len(tasks)))
    return res


def _write_form(plan: Plan, per: pr.Period, agency: str, tasks: list[pr.TaskProgress], path: str) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    from .export.xlsx import _put, _save
    from .fileio import guard_output
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    n_vis = KEYS.index("support") + 1       # A–H visible and printed
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    fill = PatternFill("solid", fgColor="FFF2CC")
    unlocked = Protection(locked=False)

    def line(r, text, bold=False, italic=False, size=12, align=None):
        c = _put(ws, r, 1, text)
        c.font = Font(name=FONT, size=size, bold=bold, italic=italic)
        c.alignment = align or Alignment(wrap_text=True, vertical="top")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n_vis)
        return c

    line(1, "PHIẾU CẬP NHẬT TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH", bold=True, size=14, align=center)
    line(2, plan_subject(plan), italic=True, align=center)
    ws.row_dimensions[2].height = 48
    line(3, f"Cơ quan chủ trì: {agency}. Kỳ báo cáo: {per.words()} (số liệu từ ngày {per.start:%d/%m/%Y} "
            f"đến ngày {per.end:%d/%m/%Y}).", bold=True)
    ws.row_dimensions[3].height = 32
    for i, text in enumerate(INSTRUCTIONS):
        line(4 + i, text, italic=i == 0, size=11)
        ws.row_dimensions[4 + i].height = 30
    _put(ws, 8, 1, "Người báo cáo:").font = Font(name=FONT, size=12, bold=True)
    ws.merge_cells("A8:B8")
    ws.merge_cells("C8:D8")
    _put(ws, 8, 5, "Ngày báo cáo:").font = Font(name=FONT, size=12, bold=True)
    for ref in (REPORTER_CELL, DATE_CELL):
        ws[ref].protection = unlocked
        ws[ref].fill = fill
        ws[ref].border = border
        ws[ref].font = Font(name=FONT, size=12)
    ws[DATE_CELL].number_format = "DD/MM/YYYY"
    # the form's own identity, in hidden columns of the title rows
    hid = KEYS.index("row_id") + 1   # column I, the first hidden one
    for r, v in ((1, FORM_MARK), (2, pr.plan_fingerprint(plan)), (3, per.code), (4, agency)):
        _put(ws, r, hid, v)
    for j, title in enumerate(COLS, start=1):
        c = _put(ws, HEADER_ROW, j, title)
        c.font = Font(name=FONT, size=12, bold=True)
        c.alignment = center
        c.border = border
        ws.column_dimensions[get_column_letter(j)].width = WIDTHS[j - 1]
    for j in range(n_vis + 1, len(COLS) + 1):
        ws.column_dimensions[get_column_letter(j)].hidden = True
    dv_dated = DataValidation(type="list", formula1='"' + ",".join(DATED_CHOICES) + '"', allow_blank=True,
                              showErrorMessage=True, errorTitle="Tiến độ",
                              error="Chọn một trạng thái trong danh sách.")
    dv_ongoing = DataValidation(type="list", formula1='"' + ",".join(ONGOING_CHOICES) + '"', allow_blank=True,
                                showErrorMessage=True, errorTitle="Tiến độ",
                                error="Nhiệm vụ thường xuyên: chọn một trạng thái trong danh sách.")
    dv_date = DataValidation(type="date", operator="greaterThan", formula1="1", allow_blank=True,
                             showErrorMessage=True, errorTitle="Ngày hoàn thành",
                             error="Nhập ngày dạng ngày/tháng/năm, ví dụ 15/3/2026.")
    for dv in (dv_dated, dv_ongoing, dv_date):
        ws.add_data_validation(dv)
    fp = pr.plan_fingerprint(plan)
    body_font = Font(name=FONT, size=12)
    styles: dict = {}
    r = HEADER_ROW
    for t in tasks:
        r += 1
        sent = _sent(t)
        status_text = pr.STATUS_VI.get(t.record.status, "") if t.record and t.record.status else ""
        done = date.fromisoformat(sent["done_date"]) if sent["done_date"] else None
        values = [t.number, t.task, t.deadline, status_text, sent["result"], sent["difficulties"], done, t.support,
                  t.row_id, fp, _locked_check(t.number, t.task, t.deadline), json.dumps(sent, ensure_ascii=False)]
        for j, v in enumerate(values, start=1):
            c = _put(ws, r, j, v)
            if j in styles:
                c._style = copy(styles[j])      # the column's style, set once (openpyxl hashes every style set)
                continue
            c.font = body_font
            c.alignment = center if j in (1, 3, 7) else wrap
            if j <= n_vis:
                c.border = border
            if KEYS[j - 1] in EDITABLE:
                c.protection = unlocked
                c.fill = fill
            if j == 7:
                c.number_format = "DD/MM/YYYY"
            styles[j] = copy(c._style)
        (dv_ongoing if t.kind == "ongoing" else dv_dated).add(f"D{r}")
        dv_date.add(f"G{r}")
    # print-ready: A4 landscape, one page wide, header rows repeated, the hidden columns out of the print area
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.print_area = f"A1:{get_column_letter(n_vis)}{max(r, HEADER_ROW)}"
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.freeze_panes = f"A{HEADER_ROW + 1}"
    ws.protection.sheet = True
    ws.protection.formatRows = False        # row heights and column widths may still be changed
    ws.protection.formatColumns = False
    guard_output(path, "xlsx", force=True)   # never over a plan file
    failure = _save(wb, path)
    if failure is not None:
        raise failure


# -------------------------------------------------------------------- read --
@dataclass
class FormRow:
    row_id: str
    values: dict                 # status/result/difficulties/done_date as brought (status as a code)
    sent: dict                   # as the form was sent
    line: int                    # row number in the sheet


@dataclass
class Form:
    path: str
    agency: str = ""
    period: str = ""
    plan: str = ""
    reporter: str = ""
    reported_on: str = ""        # ISO date of the report ('' = not given)
    rows: list[FormRow] = field(default_factory=list)
    refused: list[tuple[int, str]] = field(default_factory=list)   # (sheet row, reason)
    notes: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        return os.path.basename(self.path)


def _refuse_form(path: str, vi: str, en: str):
    name = os.path.basename(path)
    raise PlanError(f"“{name}”: {vi}", f"“{name}”: {en}")


def _cell_text(v) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return nfc(str(v)).replace("\r\n", "\n").strip()


def read_form(path: str, plan: Plan | None = None) -> Form:
    """Read one filled form (checked package, limits) into rows; refusals and notes row by row."""
    from openpyxl import load_workbook

    from .importers.xlsx import MAX_CELL, MAX_COLS, MAX_ROWS, _check_package
    _check_package(path)
    name = os.path.basename(path)
    try:
        wb = load_workbook(path, read_only=True, data_only=False)
    except Exception as e:    # noqa: BLE001 — a damaged package raises whatever its parser raises
        raise PlanError(f"Không đọc được “{name}”: {e}", f"Cannot read “{name}”: {e}") from e
    try:
        ws = wb[SHEET] if SHEET in wb.sheetnames else wb[wb.sheetnames[0]]
        grid: list[list] = []
        kinds: list[list] = []
        for i, row in enumerate(ws.iter_rows()):
            if i >= MAX_ROWS:
                _refuse_form(path, f"phiếu có quá nhiều dòng (hơn {MAX_ROWS}).", f"the form has too many rows (over {MAX_ROWS}).")
            vals, ks = [], []
            for j, c in enumerate(row):
                if j >= MAX_COLS:
                    break
                v = getattr(c, "value", None)
                if isinstance(v, str):
                    v = v[:MAX_CELL]
                vals.append(v)
                ks.append(getattr(c, "data_type", None))
            grid.append(vals)
            kinds.append(ks)
    finally:
        wb.close()
    return _parse_grid(path, grid, kinds, plan)


def _parse_grid(path, grid, kinds, plan) -> Form:
    f = Form(path)
    # the header row: found by the hidden id column's title (a form from an older layout may have moved columns)
    hdr = next((i for i, row in enumerate(grid[:40]) if any(_cell_text(v) == COLS[KEYS.index("row_id")] for v in row)), None)
    mark = next(((i, j) for i, row in enumerate(grid[:10]) for j, v in enumerate(row) if _cell_text(v) == FORM_MARK), None)
    if hdr is None or mark is None:
        _refuse_form(path, "không phải phiếu cập nhật tiến độ do chương trình lập (thiếu cột mã dòng).",
                     "not a progress form made by this program (no row id column).")
    mi, mj = mark

    def at(i, j):
        return _cell_text(grid[i][j]) if i < len(grid) and j < len(grid[i]) else ""
    f.plan, f.period, f.agency = at(mi + 1, mj), at(mi + 2, mj), at(mi + 3, mj)
    try:
        f.period = pr.period(f.period).code
    except PlanError:
        _refuse_form(path, f"kỳ báo cáo ghi trong phiếu không hợp lệ (“{f.period}”).",
                     f"the form's reporting period is invalid (“{f.period}”).")
    col = {}
    for j, v in enumerate(grid[hdr]):
        t = _cell_text(v)
        if t in COLS:
            col[KEYS[COLS.index(t)]] = j
    missing = [COLS[KEYS.index(k)] for k in KEYS if k not in col and k not in OPTIONAL]
    if missing:
        _refuse_form(path, "phiếu thiếu cột " + ", ".join(f"“{m}”" for m in missing) + ".",
                     "the form lacks the column(s) " + ", ".join(f"“{m}”" for m in missing) + ".")
    # reporter and report date: the cells right of their labels, wherever the rows moved to
    for i, row in enumerate(grid[:hdr]):
        for j, v in enumerate(row):
            t = _cell_text(v)
            nxt = next((row[k] for k in range(j + 1, len(row)) if row[k] not in (None, "")), None)
            if t == "Người báo cáo:" and nxt is not None:
                f.reporter = clean(_cell_text(nxt))
            elif t == "Ngày báo cáo:" and nxt is not None:
                iso, bad = pr.read_date(nxt if hasattr(nxt, "year") else _cell_text(nxt))
                if bad:
                    f.notes.append(f"Ngày báo cáo “{bad}” không phải ngày: bỏ qua.")
                f.reported_on = iso
    fp = pr.plan_fingerprint(plan) if plan is not None else f.plan
    for i in range(hdr + 1, len(grid)):
        row = grid[i]
        line = i + 1

        def get(k):
            j = col[k]
            return row[j] if j < len(row) else None
        rid = _cell_text(get("row_id"))
        content = [_cell_text(get(k)) for k in ("tt", "task", "status", "result", "difficulties", "done_date")]
        if not rid:
            if any(content):
                f.refused.append((line, "dòng không có mã nhiệm vụ (có thể được thêm vào phiếu): không nhập"))
            continue
        if _cell_text(get("plan")) != fp:
            f.refused.append((line, "dòng thuộc phiếu của một kế hoạch khác: không nhập"))
            continue
        if _locked_check(_cell_text(get("tt")), _cell_text(get("task")), _cell_text(get("deadline"))) != \
                _cell_text(get("check")):
            f.refused.append((line, "các ô khoá (TT, Nhiệm vụ, Thời hạn) đã bị sửa: không nhập"))
            continue
        try:
            sent = json.loads(_cell_text(get("sent")) or "{}")
            if not isinstance(sent, dict):
                raise ValueError
            sent = {k: nfc(str(sent.get(k, ""))) for k in EDITABLE}
        except ValueError:
            f.refused.append((line, "cột ẩn “Giá trị gửi đi” đã bị sửa: không nhập"))
            continue
        vals: dict = {}
        bad = False
        for k in EDITABLE:
            j = col[k]
            v = row[j] if j < len(row) else None
            if j < len(kinds[i]) and kinds[i][j] == "f":
                f.notes.append(f"Dòng {line}: ô “{COLS[KEYS.index(k)]}” là công thức “{_cell_text(v)[:40]}”: "
                               "không nhập ô này (chỉ nhận chữ và ngày).")
                vals[k] = sent[k]
                continue
            if k == "status":
                code, note = pr.read_status(_cell_text(v))
                if note:
                    f.notes.append(f"Dòng {line}: {note}.")
                vals[k] = code if (code or not _cell_text(v)) else sent[k]
            elif k == "done_date":
                iso, text = pr.read_date(v if hasattr(v, "year") else _cell_text(v))
                if text is not None:
                    f.refused.append((line, f"“Ngày hoàn thành” ghi “{text}” không phải một ngày "
                                            "(ngày/tháng/năm): không nhập dòng này"))
                    bad = True
                    break
                if isinstance(v, str) and iso:
                    f.notes.append(f"Dòng {line}: ngày hoàn thành nhập dạng chữ “{clean(v)}” được đọc là "
                                   f"{date.fromisoformat(iso):%d/%m/%Y}.")
                vals[k] = iso
            else:
                vals[k] = _cell_text(v)
        if not bad:
            f.rows.append(FormRow(rid, vals, sent, line))
    return f


# ------------------------------------------------------------------ import --
@dataclass
class ImportPlan:
    """What an import will do (the preview), and the updates to apply as one edit."""
    forms: list[Form] = field(default_factory=list)
    updates: list[dict] = field(default_factory=list)
    changes: list[tuple[str, str, str, str, str]] = field(default_factory=list)   # (form, task, field, old, new)
    conflicts: list[dict] = field(default_factory=list)
    unchanged: int = 0
    per_form: dict = field(default_factory=dict)    # form name -> counts
    skipped: list = field(default_factory=list)     # (file name, PlanError): files that are not readable forms


FIELD_VI = {"status": "Tiến độ", "result": "Kết quả thực hiện", "difficulties": "Khó khăn, đề xuất",
            "done_date": "Ngày hoàn thành"}


def plan_import(plan: Plan, paths: list[str]) -> ImportPlan:
    """Read every form and decide what each brings; nothing is changed yet (see :func:`apply`)."""
    out = ImportPlan()
    rows_by_id = {r.id: (a, r) for a in plan.appendices for r in a.rows}
    numbers = {}
    for a in plan.appendices:
        numbers.update(Plan.row_numbers(a))
    current: dict[tuple[str, str], dict] = {}
    for g in plan.progress:
        current[(g.row_id, g.period)] = {k: getattr(g, k) for k in EDITABLE}
    failed: list[PlanError] = []
    for path in paths:
        try:
            form = read_form(path, plan)
        except PlanError as e:          # not a form, damaged, too big: this file is left out, the others go on
            failed.append(e)
            out.skipped.append((os.path.basename(path), e))
            continue
        out.forms.append(form)
        counts = {"taken": 0, "unchanged": 0, "conflicts": 0, "refused": len(form.refused)}
        stamp = (form.reported_on + "T00:00:00") if form.reported_on else now_iso()
        who = form.agency + (f" ({form.reporter})" if form.reporter else "")
        for fr in form.rows:
            if fr.row_id not in rows_by_id or rows_by_id[fr.row_id][1].kind != "task":
                form.refused.append((fr.line, "nhiệm vụ không còn trong kế hoạch: không nhập"))
                counts["refused"] += 1
                continue
            key = (fr.row_id, form.period)
            now = current.setdefault(key, dict.fromkeys(EDITABLE, ""))
            take = {}
            for k in EDITABLE:
                new, sent, have = fr.values[k], fr.sent[k], now[k]
                if new == have or new == sent:
                    continue                      # nothing new from the agency, or already there
                label = f"dòng {numbers.get(fr.row_id, '') or '…'}"
                if have != sent:
                    # the plan was updated after the form was sent (by the clerk, or by another form of this
                    # import): not overwritten, listed
                    out.conflicts.append({"form": form.name, "agency": form.agency, "row_id": fr.row_id,
                                          "task": label, "field": k, "plan": have, "form_value": new, "sent": sent})
                    counts["conflicts"] += 1
                    continue
                take[k] = new
                out.changes.append((form.name, label, k, have, new))
            if take:
                now.update(take)
                out.updates.append({"row_id": fr.row_id, "period": form.period, **take, "reporter": who,
                                    "reported_at": stamp, "source": form.name})
                counts["taken"] += 1
            else:
                counts["unchanged"] += 1
                out.unchanged += 1
        out.per_form[form.name] = counts
    if failed and not out.forms:
        raise failed[0]
    return out


def apply(plan: Plan, ip: ImportPlan):
    """The import as one undoable edit (core.edits.import_progress); None when nothing changes."""
    from . import edits
    if not ip.updates:
        return None
    return edits.import_progress(plan, ip.updates)


def report_lines(ip: ImportPlan, lang: str = "vi") -> list[str]:
    """What came from whom: per form, the agency, who reported and when, counts; refusals, notes, conflicts."""
    out = [(f"Bỏ qua — {e.message('vi')}" if lang != "en" else f"Skipped — {e.message('en')}")
           for _, e in ip.skipped]
    for form in ip.forms:
        c = ip.per_form.get(form.name, {})
        when = f", ngày {date.fromisoformat(form.reported_on):%d/%m/%Y}" if form.reported_on else ""
        who = f" — người báo cáo: {form.reporter}" if form.reporter else ""
        if lang == "en":
            out.append(f"{form.name}: {form.agency}{who}{when}; period {form.period}: {c.get('taken', 0)} task(s) "
                       f"updated, {c.get('unchanged', 0)} unchanged, {c.get('conflicts', 0)} conflict(s), "
                       f"{len(form.refused)} row(s) refused.")
        else:
            out.append(f"{form.name}: {form.agency}{who}{when}; kỳ {form.period}: cập nhật {c.get('taken', 0)} "
                       f"nhiệm vụ, {c.get('unchanged', 0)} không đổi, {c.get('conflicts', 0)} xung đột, "
                       f"{len(form.refused)} dòng bị từ chối.")
        for line, why in form.refused:
            out.append(f"  - dòng {line}: {why}" if lang != "en" else f"  - row {line}: refused ({why})")
        for n in form.notes:
            out.append(f"  - {n}")
    for c in ip.conflicts:
        out.append(f"Xung đột — {c['form']}, {c['task']}, {FIELD_VI[c['field']]}: kế hoạch đang ghi “{c['plan']}”, "
                   f"phiếu ghi “{c['form_value']}”; giữ giá trị của kế hoạch." if lang != "en" else
                   f"Conflict — {c['form']}, {c['task']}, {c['field']}: the plan holds “{c['plan']}”, the form "
                   f"brings “{c['form_value']}”; the plan's value is kept.")
    return out
