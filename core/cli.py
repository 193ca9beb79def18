"""Headless command-line actions (no Qt).

``main.py`` hands any first argument named in :data:`COMMANDS` to
:func:`run`.  Each command lives in its own module and has the signature
``main(args: list[str], lang: str) -> int``.  A :class:`PlanError` (bad
file, bad argument) ends with exit code 2 and one clear line — Vietnamese
by default, English with ``--lang en`` — never a traceback.
"""
from __future__ import annotations

import argparse
import importlib
import json
import os
import sqlite3
import sys

from .errors import PlanError

COMMANDS = {
    "new": "core.cli:cmd_new",
    "dump": "core.cli:cmd_dump",
    "check-file": "core.cli:cmd_check_file",
    "export": "core.export.cli:main",
    "deadline": "core.deadlines.cli:deadline_main",
    "deadlines": "core.deadlines.cli:deadlines_main",
    "import": "core.importers.cli:main",
    "export-xlsx": "core.importers.cli:export_xlsx_main",
    "merge": "core.merge:cli_main",
    "send-copy": "core.sharing:cli_main",
    "next-year": "core.rollover:cli_main",
    "progress-forms": "core.progress_forms:forms_main",
    "import-progress": "core.progress_forms:import_main",
    "report": "core.export.report:cli_main",
}


class ArgError(PlanError):
    pass


class Parser(argparse.ArgumentParser):
    """argparse that raises a bilingual ArgError instead of exiting."""

    def error(self, message):  # noqa: D401
        raise ArgError(f"Tham số không hợp lệ: {message}. Xem: python main.py {self.prog.split()[-1]} --help",
                       f"Invalid arguments: {message}. See: python main.py {self.prog.split()[-1]} --help")


def parser(name: str, description: str) -> Parser:
    return Parser(prog=f"main.py {name}", description=description)


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
    name = argv[0]
    target = COMMANDS[name]
    mod_name, func_name = target.split(":")
    try:
        func = getattr(importlib.import_module(mod_name), func_name)
        return int(func(argv[1:], lang) or 0)
    except PlanError as e:
        print(e.message(lang), file=sys.stderr)
        return 2
    except (ModuleNotFoundError, AttributeError) as e:
        if mod_name.split(".")[-1] in str(e) or func_name in str(e):
            msg = (f"Lệnh “{name}” chưa có trong phiên bản này.", f"The command “{name}” is not available in this version.")
            print(msg[1] if lang == "en" else msg[0], file=sys.stderr)
            return 2
        raise
    except BrokenPipeError:  # output piped into head, less …
        try:
            sys.stdout = open(os.devnull, "w")
        except OSError:
            pass
        return 0
    except (OSError, sqlite3.Error) as e:
        # the last net: a failed read or write that no writer put into words (each writer maps its
        # own through core.fileio.write_failure / the store) still ends in one line, exit 2
        print(io_error_line(e, lang), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def io_error_line(e: BaseException, lang: str = "vi") -> str:
    """One line for a failed read or write (disk full, no permission …)."""
    from .fileio import write_failure
    where = getattr(e, "filename", None) or ""
    full = write_failure(e, where or "?")
    if full is not None:
        return full.message(lang)
    detail = getattr(e, "strerror", None) or str(e) or type(e).__name__
    name = f" “{os.path.basename(str(where))}”" if where else ""
    if lang == "en":
        return f"Error reading or writing{name}: {detail}. Nothing was changed."
    return f"Lỗi đọc/ghi tệp{name}: {detail}. Không có gì bị thay đổi."


def out_json(obj) -> None:
    sys.stdout.reconfigure(encoding="utf-8")
    json.dump(obj, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


# ----------------------------------------------------------------- commands --
def cmd_new(args: list[str], lang: str) -> int:
    from .store.planfile import save_plan
    from .templates import TEMPLATE_NAMES, plan_from_template
    p = parser("new", "Tạo tệp kế hoạch mới từ mẫu / create a new plan file from a template")
    p.add_argument("--template", default="blank", choices=TEMPLATE_NAMES)
    p.add_argument("--agency", default="", help="cơ quan ban hành / issuing agency")
    p.add_argument("--year", default="", help="năm hoặc giai đoạn, ví dụ 2026 hoặc 2026-2030")
    p.add_argument("--place", default="")
    p.add_argument("out")
    a = p.parse_args(args)
    plan = plan_from_template(a.template, agency=a.agency, year=a.year, place=a.place)
    save_plan(plan, a.out)
    print(("Created " if lang == "en" else "Đã tạo ") + a.out)
    return 0


def cmd_dump(args: list[str], lang: str) -> int:
    from .dump import dump
    p = parser("dump", "In toàn bộ kế hoạch dưới dạng JSON / print the whole plan as JSON")
    p.add_argument("--ids", action="store_true", help="kèm mã định danh / include record ids")
    p.add_argument("file")
    a = p.parse_args(args)
    out_json(dump(load_plan_readonly(a.file), ids=a.ids))
    return 0


def cmd_check_file(args: list[str], lang: str) -> int:
    from .store.safe_open import validate
    p = parser("check-file", "Kiểm tra một tệp kế hoạch / validate a plan file")
    p.add_argument("file")
    a = p.parse_args(args)
    info = validate(a.file)
    plan = load_plan_readonly(a.file)
    n_rows = sum(len(x.rows) for x in plan.appendices)
    n_secs = sum(1 for _ in plan.walk())
    if lang == "en":
        print(f"OK: {a.file} is a valid plan file (format {info.version}"
              f"{', WAL mode: will be converted on opening' if info.wal else ''}); "
              f"{n_secs} sections, {len(plan.appendices)} appendices, {n_rows} table rows.")
    else:
        print(f"Tốt: {a.file} là tệp kế hoạch hợp lệ (định dạng {info.version}"
              f"{', chế độ WAL: sẽ được chuyển khi mở' if info.wal else ''}); "
              f"{n_secs} mục, {len(plan.appendices)} phụ lục, {n_rows} dòng bảng.")
    return 0


def load_plan_readonly(path: str):
    """Read a validated file without writing anything (check-file, export)."""
    import sqlite3

    from .store import codec
    from .store.safe_open import harden, ro_uri, validate
    from .store.schema import record_tables
    info = validate(path)
    conn = sqlite3.connect(ro_uri(path), uri=True)
    try:
        harden(conn)
        conn.row_factory = sqlite3.Row
        tables = {t: [dict(r) for r in conn.execute(f"SELECT * FROM {t}")] for t in record_tables(info.version)}
        plan = codec.plan_from_rows(tables)
        rep = conn.execute("SELECT value FROM info WHERE key='import_report'").fetchone()
        plan.import_report = codec.jload(rep[0], []) if rep else []
        fid = conn.execute("SELECT value FROM info WHERE key='file_id'").fetchone()
        if fid:
            plan.file_id = fid[0]
        return plan
    except (sqlite3.DatabaseError, KeyError, TypeError, ValueError, AttributeError) as e:
        raise codec.unreadable(path, e) from e
    finally:
        conn.close()
