"""The whole plan as JSON (``python main.py dump FILE``).  Shape: docs/dump-format.md."""
from __future__ import annotations

from .model import Paragraph, Plan, Section, number_line, place_date_line


def _para(p: Paragraph) -> dict:
    d = {"kind": p.kind, "text": p.text}
    if any(r.bold or r.italic for r in p.runs):
        d["runs"] = [r.to_json() for r in p.runs]
    return d


def _section(s: Section, numbers: dict[str, str], ids: bool) -> dict:
    d = {"number": numbers.get(s.id, ""), "kind": s.kind, "title": s.title_text,
         "paragraphs": [_para(p) for p in s.body]}
    if any(r.bold or r.italic for r in s.title):
        d["title_runs"] = [r.to_json() for r in s.title]
    if s.tail:
        d["tail"] = [_para(p) for p in s.tail]
    d["children"] = [_section(c, numbers, ids) for c in s.children]
    if ids:
        d["id"] = s.id
    return d


def dump(plan: Plan, ids: bool = False) -> dict:
    m = plan.meta
    meta = {
        "doc_type": m.doc_type, "parent_agency": m.parent_agency, "agency": m.agency,
        "agency_abbr": m.agency_abbr, "agency_full": m.agency_full, "number": m.number,
        "symbol": m.effective_symbol, "place": m.place,
        "date": m.issue_date or None, "date_text": m.date_text, "title": m.title, "period": m.period,
        "number_line": number_line(m), "place_date_line": place_date_line(m),
        "preamble": [_para(p) for p in m.preamble],
    }
    numbers = plan.section_numbers()
    apps = []
    for i, a in enumerate(plan.appendices):
        rn = Plan.row_numbers(a)
        keys = {c.id: c.key for c in a.columns}
        rows = []
        for r in a.rows:
            row = {"kind": r.kind, "number": rn.get(r.id, ""),
                   "cells": [r.cells.get(c.id, "") for c in a.columns]}
            if r.kind == "group":
                row["level"] = r.level
            for cid, key in keys.items():
                if key in ("index", "task", "target", "lead", "support", "deadline", "note"):
                    row[{"task": "text"}.get(key, key)] = r.cells.get(cid, "")
            if r.kind == "task":
                row["lead_agencies"] = r.lead
                row["support_agencies"] = r.support
            if r.continues:
                row["continues"] = True
            if r.flag:
                row["flag"] = r.flag
            if r.status:
                row["status"] = r.status
            if ids:
                row["id"] = r.id
            rows.append(row)
        app = {"label": plan.appendix_label(i), "title": a.title, "attachment": plan.attachment_line(i),
               "columns": [{"key": c.key, "title": c.title, "group": c.group} for c in a.columns],
               "rows": rows}
        if ids:
            app["id"] = a.id
        apps.append(app)
    out = {
        "format": 1,
        "meta": meta,
        "sections": [_section(s, numbers, ids) for s in plan.sections],
        "appendices": apps,
        "signers": [{"prefix": s.prefix, "collective": s.collective, "lines": s.lines,
                     "authority_lines": s.authority_lines(), "name": s.name} for s in plan.signers],
        "recipients": [r.text for r in plan.recipients],
    }
    if plan.progress:
        where = {}
        for i, a in enumerate(plan.appendices):
            rn = Plan.row_numbers(a)
            for r in a.rows:
                where[r.id] = (plan.appendix_label(i), rn.get(r.id, ""))
        out["progress"] = []
        for g in sorted(plan.progress, key=lambda g: (g.period, g.row_id)):
            lab, num = where.get(g.row_id, ("", ""))
            d = {"period": g.period, "appendix": lab, "number": num, "status": g.status, "result": g.result,
                 "difficulties": g.difficulties, "done_date": g.done_date or None, "reporter": g.reporter,
                 "reported_at": g.reported_at, "source": g.source, "override": g.override, "reason": g.reason}
            if ids:
                d["row_id"] = g.row_id
                d["id"] = g.id
            out["progress"].append(d)
    if plan.report_texts:
        out["report_texts"] = [{"period": x.period, "part": x.part, "body": x.body}
                               for x in sorted(plan.report_texts, key=lambda x: (x.period, x.part))]
    if plan.import_report:
        out["import_report"] = plan.import_report
    return out


def flat_paragraphs(d: dict) -> list[str]:
    """Every paragraph of a dump in reading order, as printed (numbers and
    "- " included): used to compare a plan with its seed text."""
    out = [p["text"] for p in d["meta"]["preamble"]]

    def pd(p):
        return {"dash": "- ", "plus": "+ "}.get(p["kind"], "") + p["text"]

    def walk(s):
        head = (s["number"] + " " + s["title"]).strip()
        if s["title"]:
            out.append(head)
            out.extend(pd(p) for p in s["paragraphs"])
        else:
            ps = [pd(p) for p in s["paragraphs"]]
            if ps:
                out.append((s["number"] + " " + ps[0]).strip())
                out.extend(ps[1:])
            else:
                out.append(s["number"])
        for c in s["children"]:
            walk(c)
        out.extend(pd(p) for p in s.get("tail", []))
    for s in d["sections"]:
        walk(s)
    return out
