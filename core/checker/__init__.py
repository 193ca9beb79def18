"""Kiểm tra thể thức: check any Word document against Nghị định 30/2020/NĐ-CP.

    from core.checker import check_docx
    report = check_docx("van-ban.docx")
    for f in report.findings:
        print(f.where, f.message("vi"), f.reference("vi"), f.fixable)

The document is read with the importer's limits (:mod:`core.checker.document`),
its parts located (:class:`core.checker.rules.Layout`) and every rule of
:data:`core.checker.rules.RULES` run on it.
"""
from __future__ import annotations

from dataclasses import dataclass

from .document import Document, load
from .rules import RULES, Finding, Layout, config

__all__ = ["check_docx", "check_document", "Report", "Finding"]


@dataclass
class Report:
    name: str
    doc_type: str            # "KẾ HOẠCH", … or ""
    findings: list[Finding]

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "error"]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "warning"]

    def to_dict(self, lang: str = "vi") -> dict:
        return {"file": self.name, "doc_type": self.doc_type, "errors": len(self.errors),
                "warnings": len(self.warnings), "findings": [f.to_dict(lang) for f in self.findings]}


def check_document(doc: Document) -> Report:
    cfg = config()
    lay = Layout(doc, cfg)
    findings: list[Finding] = []
    for rule in RULES:
        findings += rule(doc, lay, cfg)
    findings.sort(key=lambda f: (f.para if f.para is not None else -1))
    return Report(doc.name, lay.doc_type.stripped if lay.doc_type else "", findings)


def check_docx(path: str) -> Report:
    """Check the Word file at *path*; a file that cannot be read raises a bilingual PlanError."""
    return check_document(load(path))
