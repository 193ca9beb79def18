"""Kế hoạch — drafting Vietnamese official plans.

    python main.py                      open the window (its welcome page)
    python main.py FILE.sqlite          open a plan file
    python main.py COMMAND …            run a headless action (see README)
"""
from __future__ import annotations

import os
import sys


def window_start(argv: list[str]) -> bool:
    """No argument, a file to open or a window option (--screenshot): no action can be meant — an action's
    name is a word without a dot or a slash — so the window starts without loading core.cli."""
    i = 0
    while i < len(argv) and (argv[i] == "--lang" or argv[i].startswith("--lang=")):
        i += 2 if argv[i] == "--lang" else 1
    if i >= len(argv):
        return True
    first = argv[i]
    if first in ("-h", "--help"):
        return False
    return first.startswith("-") or any(c in first for c in "./\\")


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if window_start(argv):
        from gui.app import run_gui
        return run_gui(argv)
    from core.cli import COMMANDS, pop_lang, run
    rest, lang = pop_lang(argv)
    if rest and rest[0] in COMMANDS:
        from core.log import setup as setup_log
        setup_log()
        return run(argv)
    first = rest[0] if rest else ""
    if first in ("-h", "--help"):
        print(__doc__.strip() + "\n\n" + ("Commands: " if lang == "en" else "Các lệnh: ") + ", ".join(COMMANDS)
              + ("\n(python main.py COMMAND --help for each)" if lang == "en"
                 else "\n(python main.py LỆNH --help để xem từng lệnh)"))
        return 0
    if first and not first.startswith("-") and not os.path.exists(first) and "." not in os.path.basename(first) \
            and "/" not in first and "\\" not in first:
        # a mistyped command ("chek-file"), not a file to open: say so instead of starting the window
        names = ", ".join(COMMANDS)
        print(f"Unknown command “{first}”. Commands: {names}." if lang == "en"
              else f"Không có lệnh “{first}”. Các lệnh: {names}.", file=sys.stderr)
        return 2
    from gui.app import run_gui
    return run_gui(argv)


if __name__ == "__main__":
    sys.exit(main())
