"""The periodic report on a plan — BÁO CÁO kết quả thực hiện Kế hoạch … (issue 14 C).

:func:`build_report` makes the report as a plan document of type "BÁO CÁO" (Nghị định 30/2020: Mẫu 1.4,
"văn bản có tên loại"), so the plan's own writers print it: the agency header, "Số: …/BC-…", place and date,
the subject under the title, the signature block and Nơi nhận, and the appendix table. Its outline follows
shared/reference/report-format.md:

* a lead paragraph citing the plan;
* I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, ĐIỀU HÀNH — left for the clerk (a bracketed prompt);
* II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ, GIẢI PHÁP — the statistics paragraph written from the data, the two
  completion charts (by appendix group / index area, by lead agency: :func:`charts`), then one sub-section per
  appendix group with each task's result and status;
* III. ĐÁNH GIÁ CHUNG — prompts, with the overdue tasks and the difficulties the agencies reported;
* IV. PHƯƠNG HƯỚNG, NHIỆM VỤ of the next period — the tasks due then, and the overdue ones to finish;
* V. ĐỀ XUẤT, KIẾN NGHỊ — the proposals the agencies reported;
* Phụ lục 1: every task with lead agency, deadline, result, status and notes, and a summary row with the
  count and percentage of each status.
"""
from __future__ import annotations

import copy
from datetime import date

from .. import progress as pr
from ..model import Appendix, Column, Meta, Paragraph, Plan, Recipient, Row, Run, Section
from ..text import clean
from .walk import Figure, FigureParagraph

APPENDIX_COLS = [("tt", "TT", 0.5), ("task", "Nhiệm vụ (theo Kế hoạch)", 3.0), ("lead", "Cơ quan chủ trì", 1.3),
                 ("deadline", "Thời hạn", 1.0), ("result", "Kết quả thực hiện (sản phẩm, văn bản số …)", 2.6),
                 ("status", "Tiến độ", 1.2), ("note", "Ghi chú (khó khăn, đề xuất)", 1.6)]
SUMMARY_ORDER = ("done_on_time", "done_late", "doing_on_time", "doing_late", "not_started", "ongoing_done", "ongoing")


def _p(text: str, kind: str = "text") -> Paragraph:
    return Paragraph.plain(text, kind)


def _sec(kind: str, title: str, body=(), children=()) -> Section:
    s = Section(kind=kind, title=[Run(title)], body=list(body))
    for i, c in enumerate(children):
        c.parent_id = s.id
        c.pos = float(i + 1)
    s.children = list(children)
    return s


def _lead(t: pr.TaskProgress) -> str:
    return "; ".join(t.lead) if t.lead else t.lead_text


def summary_cells(c: pr.Counts) -> list[tuple[str, int, str]]:
    """(status words, count, percentage) in the order of the summary row."""
    return [(pr.STATUS_VI[k], c.by_status[k], c.pct(c.by_status[k])) for k in SUMMARY_ORDER
            if c.by_status[k] or k in pr.DONE + pr.DOING + ("not_started",)]


def _clerk(plan: Plan, code: str, part: str) -> list[Paragraph] | None:
    """The paragraphs the clerk wrote for *part* of the period's report (edits.set_report_text), or None."""
    rec = next((x for x in plan.report_texts if x.period == code and x.part == part and x.body.strip()), None)
    if rec is None:
        return None
    out = []
    for line in rec.body.splitlines():
        line = line.strip()
        if line.startswith(("- ", "+ ")):
            out.append(_p(line[2:], "dash" if line[0] == "-" else "plus"))
        elif line:
            out.append(_p(line))
    return out


CHARTS = (("group", "Biểu đồ {n}. Kết quả thực hiện theo nhóm nhiệm vụ, lĩnh vực", "Các nhóm khác"),
          ("lead", "Biểu đồ {n}. Kết quả thực hiện theo cơ quan chủ trì", "Các cơ quan khác"))


def charts(items: list[pr.TaskProgress]) -> list[FigureParagraph]:
    """The completion charts of part II, drawn from the same task statuses as the statistics sentence
    (core.progress_chart.bars over *items*): by appendix group or index area, and by lead agency. A report
    with no task has no chart — an empty frame says nothing the sentence "Tổng số 0 nhiệm vụ" does not."""
    if not items:
        return []
    from ..progress_chart import bars, chart_drawing, fold_rest
    from .layout import PDF_FONT, register_fonts
    out = []
    for n, (by, title, rest) in enumerate(CHARTS, 1):
        data = fold_rest(bars(items, by), rest=rest)
        words = title.format(n=n)

        def draw(width, data=data, words=words):
            register_fonts()
            return chart_drawing(data, words, "vi", width, (PDF_FONT[(False, False)], PDF_FONT[(True, False)]))
        alt = words + ": " + "; ".join(f"{cat} {sum(row.values())}" for cat, row in data)
        out.append(FigureParagraph(figure=Figure(draw, alt)))
    return out


def build_report(plan: Plan, code: str, cutoff: int | None = None, today: date | None = None) -> Plan:
    """The report of period *code*; *cutoff*: the day data are cut off (None: the plan's own setting,
    core.progress.plan_cutoff — the 15th of Nghị định 09/2019 unless the clerk changed it)."""
    from ..progress_forms import plan_subject
    if cutoff is None:
        cutoff = pr.plan_cutoff(plan)
    per = pr.period(code, cutoff)
    own = {part: _clerk(plan, per.code, part) for part in ("I", "III", "IV", "V")}
    items = pr.tasks(plan, per.code, cutoff)
    c = pr.counts(items)
    m = plan.meta
    rep = Plan()
    rep.meta = Meta(parent_agency=m.parent_agency, agency=m.agency, agency_abbr=m.agency_abbr,
                    agency_full=m.agency_full, doc_type="BÁO CÁO", number="", symbol="", place=m.place,
                    issue_date="", date_text="", title=f"Kết quả thực hiện {plan_subject(plan)}\n({per.report_kind()})",
                    period=str(per.year), page=copy.deepcopy(m.page))
    who = m.agency_full or clean(m.agency.replace("\n", " ")).capitalize() or "Cơ quan"
    rep.meta.preamble = [_p(f"Thực hiện {plan_subject(plan)}; {who} báo cáo kết quả thực hiện {per.words()} "
                            f"(số liệu tính từ ngày {per.start:%d/%m/%Y} đến ngày {per.end:%d/%m/%Y}) như sau:")]
    s1 = _sec("muc", "CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, ĐIỀU HÀNH", own["I"] or [
        _p("[Nêu các văn bản đã ban hành để triển khai Kế hoạch; công tác tuyên truyền, phổ biến; kiểm tra, "
           "đôn đốc; phân công trách nhiệm người đứng đầu.]")])
    # II: statistics, then per group
    groups: list[tuple[str, list[pr.TaskProgress]]] = []
    for t in items:
        key = t.group or t.appendix_label
        if not groups or groups[-1][0] != key:
            groups.append((key, []))
        groups[-1][1].append(t)
    kids = []
    for g, ts in groups:
        body = []
        for t in ts:
            res = t.result or "chưa có báo cáo kết quả"
            body.append(_p(f"{t.task} ({_lead(t)}): {res.rstrip('.')}. Tiến độ: {pr.STATUS_VI[t.status].lower()}.",
                           "dash"))
        title = g.split(" ", 1)[1] if " " in g and g.split(" ", 1)[0].rstrip(".").isalnum() and g[:1].isupper() \
            and g.split(" ", 1)[0].rstrip(".").upper() == g.split(" ", 1)[0].rstrip(".") else g
        kids.append(_sec("khoan", clean(title), body))
    s2 = _sec("muc", "KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ, GIẢI PHÁP",
              [_p("Kết quả chung: " + pr.statistics_sentence(c)[0].lower() + pr.statistics_sentence(c)[1:])]
              + charts(items) + [_p("Chi tiết tại Phụ lục 1 kèm theo Báo cáo này.")], kids)
    late = [t for t in items if t.status in ("doing_late", "done_late")
            or (t.status == "not_started" and t.due and t.due < per.end)]
    hard = [t for t in items if t.difficulties]
    late_paras = [_p(f"Còn {len(late)} nhiệm vụ chậm so với thời hạn:")] * bool(late) \
        + [_p(f"{t.task} ({_lead(t)}; thời hạn: {t.deadline}).", "dash") for t in late]
    s3 = _sec("muc", "ĐÁNH GIÁ CHUNG", own["III"] + late_paras) if own["III"] else _sec("muc", "ĐÁNH GIÁ CHUNG", children=[
        _sec("khoan", "Ưu điểm, kết quả nổi bật", [_p("[Đánh giá những kết quả nổi bật.]")]),
        _sec("khoan", "Tồn tại, hạn chế",
             [_p(f"Còn {len(late)} nhiệm vụ chậm so với thời hạn:")] * bool(late)
             + [_p(f"{t.task} ({_lead(t)}; thời hạn: {t.deadline}).", "dash") for t in late]
             + [_p("[Nêu các tồn tại, hạn chế khác.]")]),
        _sec("khoan", "Nguyên nhân", [_p("[Nguyên nhân khách quan và chủ quan.]")]),
    ])
    nxt = per.next(cutoff)
    upcoming = pr.due_next(pr.tasks(plan, nxt.code, cutoff), per, nxt)
    carry = [t for t in items if t.status in ("doing_late",) or (t.status == "not_started" and t.due and t.due < per.end)]
    s4 = _sec("muc", f"PHƯƠNG HƯỚNG, NHIỆM VỤ {nxt.words().upper()}",
              ([_p("Các nhiệm vụ đến hạn trong kỳ tới:")] if upcoming else [])
              + [_p(f"{t.task} ({_lead(t)}; thời hạn: {t.deadline}).", "dash") for t in upcoming]
              + ([_p("Tiếp tục thực hiện các nhiệm vụ đã quá hạn:")] if carry else [])
              + [_p(f"{t.task} ({_lead(t)}).", "dash") for t in carry]
              + (own["IV"] or [_p("[Bổ sung các nhiệm vụ, giải pháp trọng tâm khác.]")]))
    s5 = _sec("muc", "ĐỀ XUẤT, KIẾN NGHỊ", (own["V"] or [])
              + [_p(f"{_lead(t)}: {t.difficulties.rstrip('.')} (nhiệm vụ: {t.task}).", "dash") for t in hard]
              or [_p("[Nêu các đề xuất, kiến nghị với cấp trên.]")])
    rep.sections = [s1, s2, s3, s4, s5]
    for i, s in enumerate(rep.sections):
        s.pos = float(i + 1)
    rep.appendices = [_appendix(items, c)]
    rep.appendices[0].label = "Phụ lục 1"
    rep.signers = copy.deepcopy(plan.signers)
    rep.recipients = copy.deepcopy(plan.recipients) or [Recipient(text="Lưu: VT.")]
    return rep


def _appendix(items: list[pr.TaskProgress], c: pr.Counts) -> Appendix:
    app = Appendix(title="TÌNH HÌNH THỰC HIỆN NHIỆM VỤ THEO KẾ HOẠCH")
    app.columns = [Column(key=k if k in ("tt", "task", "lead", "deadline", "note") else "custom", title=t, width=w,
                          pos=float(i + 1)) for i, (k, t, w) in enumerate(APPENDIX_COLS)]
    ids = [col.id for col in app.columns]
    rows: list[Row] = []
    group = None
    for t in items:
        g = t.group or t.appendix_label
        if g != group:
            group = g
            rows.append(Row(kind="group", cells={ids[1]: g}))
        cells = [t.number, t.task, _lead(t), t.deadline, t.result, pr.STATUS_VI[t.status],
                 t.difficulties + (f" (văn thư đặt trạng thái: {t.record.reason})" if t.record and t.record.override
                                   else "")]
        r = Row(kind="task", label=t.number, cells={ids[k]: v for k, v in enumerate(cells) if v})
        if not t.number:
            r.continues = True
        rows.append(r)
    parts = [f"{w}: {n} ({p})" for w, n, p in summary_cells(c)]
    rows.append(Row(kind="task", continues=True, cells={ids[1]: f"Tổng cộng: {c.total} nhiệm vụ",
                                                         ids[4]: "\n".join(parts)}))
    for i, r in enumerate(rows):
        r.pos = float(i + 1)
    app.rows = rows
    return app


def export_report(plan: Plan, code: str, docx: str | None = None, pdf: str | None = None,
                  cutoff: int | None = None) -> Plan:
    from . import export_docx, export_pdf
    rep = build_report(plan, code, cutoff)
    if docx:
        export_docx(rep, docx)
    if pdf:
        export_pdf(rep, pdf)
    return rep
