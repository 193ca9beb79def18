"""Starting the window (or ``main.py --help``) does not pay for the command-line actions: with no argument or
a file to open main.py starts the window without core.cli; otherwise it reads the action names from core.cli,
which imports neither argparse nor any action's module (store, exporters, importers, merge, the deadline
reader…) until an action runs."""
from __future__ import annotations

import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# run in a fresh interpreter: main.main with gui.app.run_gui replaced by a recorder of sys.modules
PROBE = r"""
import json, sys, types
import gui
seen = {}
fake = types.ModuleType("gui.app")
def run_gui(argv):
    seen["at_window"] = sorted(sys.modules)
    return 0
fake.run_gui = run_gui
sys.modules["gui.app"] = gui.app = fake
import main
rc = main.main(json.loads(sys.argv[1]))
seen.setdefault("at_exit", sorted(sys.modules))
sys.stdout.write("\n@@" + json.dumps({"rc": rc, **seen}))
"""

HEAVY = ("argparse", "sqlite3", "openpyxl", "reportlab", "docx", "sqlite_utils", "holidays", "core.store",
         "core.export", "core.importers", "core.checker", "core.deadlines", "core.merge", "core.sharing",
         "core.rollover", "core.library", "core.cli.argparser", "core.templates", "core.dump", "core.fileio")


def _modules(argv: list[str]) -> dict:
    out = subprocess.run([sys.executable, "-c", PROBE, json.dumps(argv)], cwd=ROOT, capture_output=True,
                         text=True, encoding="utf-8", timeout=60)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.rsplit("\n@@", 1)[1])


def _heavy(mods: list[str]) -> list[str]:
    return [m for m in mods if any(m == h or m.startswith(h + ".") for h in HEAVY)]


def test_starting_the_window_imports_no_action_module_nor_argparse(tmp_path):
    sample = os.path.join(ROOT, "resources", "samples", sorted(os.listdir(os.path.join(ROOT, "resources", "samples")))[0])
    for argv in ([], [sample], ["--lang", "en", sample]):
        seen = _modules(argv)
        assert "at_window" in seen, argv                 # the window path was taken…
        assert "core.cli" not in seen["at_window"]       # …without loading the actions' table (main.window_start)
        assert _heavy(seen["at_window"]) == [], argv


def test_a_word_that_is_no_action_still_reads_the_table_and_says_so():
    seen = _modules(["chek-file"])                     # a mistyped action: one line, exit code 2, no window
    assert seen["rc"] == 2 and "at_window" not in seen and "core.cli" in seen["at_exit"]
    assert _heavy(seen["at_exit"]) == []


def test_main_help_imports_no_action_module_nor_argparse():
    for argv in (["--help"], ["--lang", "en", "-h"]):
        seen = _modules(argv)
        assert seen["rc"] == 0 and "at_window" not in seen
        assert _heavy(seen["at_exit"]) == [], argv


def test_an_action_still_gets_argparse():
    seen = _modules(["dump"])                          # missing FILE: one line, exit code 2
    assert seen["rc"] == 2 and "argparse" in seen["at_exit"] and "core.cli.argparser" in seen["at_exit"]
