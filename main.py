"""Kế hoạch — drafting Vietnamese official plans.

    python main.py                      open the window with the sample plan
    python main.py FILE.sqlite          open a plan file
    python main.py COMMAND …            run a headless action (see README)
"""
from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    from core.cli import COMMANDS, pop_lang, run
    rest, _ = pop_lang(argv)
    if rest and rest[0] in COMMANDS:
        return run(argv)
    from gui.app import run_gui
    return run_gui(argv)


if __name__ == "__main__":
    sys.exit(main())
