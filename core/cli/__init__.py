"""Headless command-line actions (no Qt): one package, one table.

``main.py`` hands any first argument named in :data:`COMMANDS` to :func:`run`.
:data:`COMMANDS` maps each action's name to a plain function
``f(args: list[str], lang: str) -> int`` in the module of its area
(``core/cli/plan.py``, ``export.py``, ``importers.py``, ``deadlines.py``,
``merge.py``, ``sharing.py``, ``rollover.py``, ``checker.py``, ``library.py``).
Those functions parse the arguments, open the file (the store's loader) and
hand the plan to the importers and exporters, which never open the store.

``import core.cli`` stays cheap — the window's start imports it to know the
action names: argparse (:mod:`core.cli.argparser`), the store and every heavy
module (openpyxl, reportlab, merge, the deadline reader…) are imported inside
the functions.  A :class:`PlanError` (bad file, bad argument) ends with exit
code 2 and one clear line — Vietnamese by default, English with ``--lang en``
— never a traceback.
"""
from __future__ import annotations

import os
import sys

from ..errors import PlanError
from .checker import cmd_check_docx
from .common import ArgError, load_plan_readonly, out_json, parser
from .deadlines import cmd_deadline, cmd_deadlines
from .export import cmd_export, cmd_export_xlsx
from .importers import cmd_import
from .library import cmd_find
from .merge import cmd_merge
from .plan import cmd_check_file, cmd_dump, cmd_new
from .progress import cmd_import_progress, cmd_progress_forms, cmd_report
from .rollover import cmd_next_year
from .sharing import cmd_send_copy

__all__ = ["COMMANDS", "run", "pop_lang", "io_error_line", "ArgError", "parser", "out_json", "load_plan_readonly"]

COMMANDS = {
    "new": cmd_new,
    "dump": cmd_dump,
    "check-file": cmd_check_file,
    "export": cmd_export,
    "deadline": cmd_deadline,
    "deadlines": cmd_deadlines,
    "import": cmd_import,
    "export-xlsx": cmd_export_xlsx,
    "merge": cmd_merge,
    "send-copy": cmd_send_copy,
    "next-year": cmd_next_year,
    "check-docx": cmd_check_docx,
    "find": cmd_find,
    "progress-forms": cmd_progress_forms,
    "import-progress": cmd_import_progress,
    "report": cmd_report,
}


def pop_lang(argv: list[str]) -> tuple[list[str], str]:
    lang = "vi"
    out = []
    i = 0
    while i < len(argv):
        a = argv[i]
        if a == "--lang" and i + 1 < len(argv):
            lang = argv[i + 1]
            i += 2
            continue
        if a.startswith("--lang="):
            lang = a.split("=", 1)[1]
            i += 1
            continue
        out.append(a)
        i += 1
    return out, ("en" if lang.lower().startswith("en") else "vi")


def run(argv: list[str]) -> int:
    argv, lang = pop_lang(argv)
    func = COMMANDS[argv[0]]
    try:
        return int(func(argv[1:], lang) or 0)
    except PlanError as e:
        print(e.message(lang), file=sys.stderr)
        return 2
    except BrokenPipeError:  # output piped into head, less …
        try:
            sys.stdout = open(os.devnull, "w")
        except OSError as e:
            import logging
            logging.getLogger(__name__).warning("stdout not redirected after a broken pipe: %s", e)
        return 0
    except KeyboardInterrupt:
        return 130
    except Exception as e:
        # the last net: a failed read or write (OSError, sqlite3.Error — sqlite3 is imported only by the
        # actions that read a plan) that no writer put into words (each writer maps its own through
        # core.fileio.write_failure / the store) still ends in one line, exit 2
        sq = sys.modules.get("sqlite3")
        if isinstance(e, OSError) or (sq is not None and isinstance(e, sq.Error)):
            print(io_error_line(e, lang), file=sys.stderr)
            return 2
        raise


def io_error_line(e: BaseException, lang: str = "vi") -> str:
    """One line for a failed read or write (disk full, no permission …)."""
    from ..fileio import write_failure
    where = getattr(e, "filename", None) or ""
    full = write_failure(e, where or "?")
    if full is not None:
        return full.message(lang)
    detail = getattr(e, "strerror", None) or str(e) or type(e).__name__
    name = f" “{os.path.basename(str(where))}”" if where else ""
    if lang == "en":
        return f"Error reading or writing{name}: {detail}. Nothing was changed."
    return f"Lỗi đọc/ghi tệp{name}: {detail}. Không có gì bị thay đổi."
