"""New plans from the templates in ``resources/templates/*.json``.

A template is data, not code: metadata, opening paragraphs, an outline of
sections (title, paragraphs, children, tail), appendix skeletons, a
placeholder signature block and Nơi nhận.  ``{year}``, ``{AGENCY}`` and
``{agency_full}`` are filled in from the arguments.
"""
from __future__ import annotations

import json
import os
import re
from datetime import date

from .model import Agency, Appendix, Column, Meta, Paragraph, Plan, Recipient, Row, Run, Section, Signer
from .numbering import CHILD_KIND
from .text import nfc

RESOURCES = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "resources")
TEMPLATE_DIR = os.path.join(RESOURCES, "templates")
TEMPLATE_NAMES = ["papi", "par", "sipas", "blank"]


def template_info() -> list[tuple[str, str]]:
    """(name, label) of every template, for the New dialog."""
    out = []
    for n in TEMPLATE_NAMES:
        with open(os.path.join(TEMPLATE_DIR, f"{n}.json"), encoding="utf-8") as f:
            out.append((n, json.load(f).get("label", n)))
    return out


def era_of(year: str) -> str | None:
    """'2cap' (tỉnh and xã, since 1 July 2025) for a plan of 2026 or later, '3cap'
    (with huyện) before; None when the year cannot be read."""
    m = re.search(r"\d{4}", year or "")
    if not m:
        return None
    return "2cap" if int(m.group(0)) >= 2026 else "3cap"


def starter_agencies(era: str | None = None) -> list[Agency]:
    """The built-in agency list; with *era*, only the bodies of that era (and
    those of both)."""
    with open(os.path.join(RESOURCES, "agencies", "agencies.json"), encoding="utf-8") as f:
        data = json.load(f)
    return [Agency(name=nfc(a["name"]), short=nfc(a.get("short", "")), level=a.get("level", ""),
                   kind=a.get("kind", ""), era=a.get("era", "")) for a in data["agencies"]
            if era is None or a.get("era", "") in ("", era)]


def _para(p) -> Paragraph:
    kind, text = (p if isinstance(p, list) else ["text", p])
    return Paragraph([Run(nfc(text))], kind)


def plan_from_template(name: str, agency: str = "", year: str = "", place: str = "",
                       agency_abbr: str = "", parent_agency: str = "") -> Plan:
    if name not in TEMPLATE_NAMES:
        raise ValueError(name)
    with open(os.path.join(TEMPLATE_DIR, f"{name}.json"), encoding="utf-8") as f:
        t = json.load(f)
    year = year or str(date.today().year)
    era = era_of(year)
    # no agency given: a placeholder of the plan's era (no district level since 1 July 2025)
    agency = nfc(agency.strip()) or ("XÃ …" if era == "2cap" else "HUYỆN …")
    up = agency.upper()
    if up.startswith(("ỦY BAN NHÂN DÂN ", "UBND ")):
        up = up.split(" ", 4 if up.startswith("ỦY") else 1)[-1]
    unit = agency.strip()
    if unit.upper().startswith(("ỦY BAN NHÂN DÂN ", "UBND ")):
        unit = unit.split(" ", 4 if unit.upper().startswith("ỦY") else 1)[-1]
    words = unit.split()
    if words and words[0].lower() in ("tỉnh", "huyện", "xã", "phường", "thị", "thành", "quận", "đặc"):
        words[0] = words[0].lower()
    full = ("Ủy ban nhân dân " + " ".join(words)) if agency else "…"

    def fill(s: str) -> str:
        return nfc(s.replace("{year}", year).replace("{AGENCY}", up).replace("{agency_full}", full))

    m = t["meta"]
    meta = Meta(doc_type=m.get("doc_type", "KẾ HOẠCH"), title=fill(m.get("title", "")),
                agency=fill(m.get("agency", "")), agency_abbr=agency_abbr or m.get("agency_abbr", "UBND"),
                agency_full=full, period=fill(m.get("period", "")), place=nfc(place),
                parent_agency=nfc(parent_agency))
    meta.preamble = [_para([p[0], fill(p[1])]) for p in t.get("preamble", [])]
    plan = Plan(meta=meta)

    def build(items, parent: Section | None) -> list[Section]:
        out = []
        kind = CHILD_KIND[parent.kind if parent else None]
        for it in items or []:
            s = Section(kind=kind, title=[Run(fill(it["title"]))] if it.get("title") else [],
                        parent_id=parent.id if parent else None)
            s.body = [_para([p[0], fill(p[1])]) for p in it.get("paragraphs", [])]
            s.tail = [_para([p[0], fill(p[1])]) for p in it.get("tail", [])]
            s.children = build(it.get("children"), s)
            out.append(s)
        return out
    plan.sections = build(t.get("sections"), None)

    for a in t.get("appendices", []):
        app = Appendix(title=fill(a["title"]), numbering=dict(a.get("numbering", {"groups": ["roman"], "tasks": "flat"})))
        app.columns = [Column(key=c["key"], title=c["title"], group=c.get("group", ""), width=c.get("width", 1.0))
                       for c in a["columns"]]
        by_key = {c.key: c.id for c in app.columns}
        for r in a.get("rows", []):
            app.rows.append(Row(kind=r["kind"], level=r.get("level", 0),
                                cells={by_key[k]: fill(v) for k, v in r.get("cells", {}).items() if k in by_key}))
        plan.appendices.append(app)
    plan.signers = [Signer(prefix=s.get("prefix", ""), collective=s.get("collective", ""),
                           lines=list(s.get("lines", [])), name=s.get("name", "")) for s in t.get("signers", [])]
    plan.recipients = [Recipient(text=fill(r)) for r in t.get("recipients", [])]
    plan.agencies = starter_agencies(era)
    return plan
