"""What main.py pays for the command-line actions before it starts the window, median of N fresh processes.

    .venv/bin/python bench/bench_cli_import.py [--runs 15] [--root OTHER_TREE]

main.py imports ``core.cli`` to know the action names, then starts the window.  Measured: the ``-X importtime``
cumulative time of ``core.cli`` and the wall time of ``python main.py --help`` (which imports the same and no
Qt), with bytecode cached (a ``PYTHONPYCACHEPREFIX`` of its own, as an installed program has) and not (the
environment's ``PYTHONDONTWRITEBYTECODE=1``); and whether argparse or sqlite3 got imported on the way.
``--root`` measures another tree (e.g. ``git archive <commit> core main.py | tar -x -C /tmp/old``) for a side
by side figure with the same interpreter.
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _import_us(root: str, env: dict) -> tuple[int, bool, bool]:
    out = subprocess.run([sys.executable, "-X", "importtime", "-c", "import core.cli"], cwd=root, env=env,
                         capture_output=True, text=True, check=True).stderr
    total = next(int(line.split("|")[1]) for line in out.splitlines() if line.rstrip().endswith("| core.cli"))
    names = {line.split("|")[2].strip() for line in out.splitlines() if line.count("|") == 2}
    return total, "argparse" in names, "sqlite3" in names


def _help_s(root: str, env: dict) -> float:
    t = time.perf_counter()
    subprocess.run([sys.executable, "main.py", "--help"], cwd=root, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - t


def main(argv: list[str]) -> int:
    runs = int(argv[argv.index("--runs") + 1]) if "--runs" in argv else 15
    root = os.path.abspath(argv[argv.index("--root") + 1]) if "--root" in argv else ROOT
    cache = tempfile.mkdtemp(prefix="kh-bench-pyc-")
    for label, env in (("bytecode cached", dict(os.environ, PYTHONPYCACHEPREFIX=cache, PYTHONDONTWRITEBYTECODE="")),
                       ("no bytecode", dict(os.environ, PYTHONDONTWRITEBYTECODE="1"))):
        _import_us(root, env)      # warm-up (and fills the bytecode cache)
        imports = [_import_us(root, env) for _ in range(runs)]
        helps = [_help_s(root, env) for _ in range(runs)]
        ms = statistics.median(t for t, _, _ in imports) / 1000
        print(f"{root} — {label}: import core.cli {ms:.1f} ms (median of {runs}), "
              f"main.py --help {statistics.median(helps) * 1000:.0f} ms; "
              f"argparse imported: {imports[0][1]}, sqlite3 imported: {imports[0][2]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
