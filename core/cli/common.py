"""What every action shares: its argument parser, the bilingual argument error, JSON output, the loader.

Cheap to import: argparse and the store are imported only when an action runs.
"""
from __future__ import annotations

import sys

from ..errors import PlanError


class ArgError(PlanError):
    pass


def parser(name: str, description: str):
    """An argparse parser for ``main.py NAME`` whose errors are one bilingual line (exit code 2)."""
    from .argparser import Parser
    return Parser(prog=f"main.py {name}", description=description)


def out_json(obj) -> None:
    import json
    sys.stdout.reconfigure(encoding="utf-8")
    json.dump(obj, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


def load_plan_readonly(path: str, validated: bool = False):
    """Read a validated file without writing anything: the store's one loader
    (:func:`core.store.planfile.load_plan_readonly`)."""
    from ..store.planfile import load_plan_readonly as load
    return load(path, validated)


def check_word_pdf_outputs(a) -> None:
    """The --docx / --pdf outputs of an action that prints a document (export, report): at least one,
    two different files, neither an input nor a plan (core.fileio.guard_output; --force for the rest)."""
    from ..fileio import guard_output, same_file
    if not a.docx and not a.pdf:
        raise PlanError("Cần ít nhất một trong --docx OUT.docx hoặc --pdf OUT.pdf.",
                        "Give at least one of --docx OUT.docx or --pdf OUT.pdf.")
    if a.docx and a.pdf and same_file(a.docx, a.pdf):
        raise PlanError("--docx và --pdf phải là hai tệp khác nhau.", "--docx and --pdf must be two different files.")
    for path, kind in ((a.docx, "docx"), (a.pdf, "pdf")):
        if path:
            guard_output(path, kind, sources=[a.file], force=a.force)
