"""Importers: a Word file or an Excel table in, the model out — they never open a plan file.

* :func:`import_docx` — a Word file (.docx, or .doc through LibreOffice) to a :class:`Plan` (nothing
  written): the GUI previews it before saving, ``main.py import`` (core/cli/importers.py) writes it.
* :mod:`core.importers.xlsx` — ``read_table`` / ``add_rows`` into an :class:`Appendix` the caller loaded.
"""
from __future__ import annotations

import logging

from ..model import Plan
from ..text import Note

log = logging.getLogger(__name__)


def import_docx(path: str) -> Plan:
    """Read a Word plan; add the standard agency list like a new plan."""
    from .docx import import_docx as read_docx
    plan = read_docx(path)
    if not plan.agencies:
        try:
            from ..templates import era_of, starter_agencies
            plan.agencies = starter_agencies(era_of(plan.meta.period or plan.meta.issue_date))
        except Exception:   # the agency list is a convenience, never a reason to fail
            log.exception("starter agency list not added to the imported plan")
    if not (plan.meta.agency or "").strip():
        # the left header cell was empty: the opening paragraph often names the agency — suggested,
        # never filled in (the plan check offers it again before export)
        from ..plancheck import suggest_agency
        sug = suggest_agency(plan)
        shown = sug[0].replace(chr(10), ' / ') if sug else ""
        plan.import_report.append(Note(
            "Không có tên cơ quan ban hành ở ô trái đầu trang (Nghị định 30/2020 bắt buộc)."
            + (f" Đoạn mở đầu gợi ý: “{shown}” — kiểm tra rồi ghi vào phần đầu văn bản."
               if sug else " Hãy ghi vào phần đầu văn bản."),
            "No issuing agency in the top-left header cell (Decree 30/2020 requires it)."
            + (f" The opening paragraph suggests “{shown}” — check it, then write it in the header."
               if sug else " Write it in the header.")))
    return plan
