"""Build the one-folder bundle with PyInstaller, optionally prove it starts, optionally run Inno Setup.

    .venv/bin/pip install -e ".[build]"           (or: .venv/bin/pip install pyinstaller)
    .venv/bin/python installer/build.py            → dist/kehoach/
    .venv/bin/python installer/build.py --smoke    … then start it with --screenshot (Linux: under xvfb-run)
    .venv/bin/python installer/build.py --installer   (Windows) … then ISCC installer/kehoach.iss → dist/installer/

Steps: compile translations (i18n/update.py), run PyInstaller on
installer/kehoach.spec into build/pyinstaller and dist/kehoach, print the
bundle size.  Windows: run it on Windows with the Windows Python venv; the
spec is the same.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DIST = os.path.join(ROOT, "dist")
BUNDLE = os.path.join(DIST, "kehoach")
EXE = os.path.join(BUNDLE, "kehoach.exe" if os.name == "nt" else "kehoach")


def resource_datas(root: str) -> list[tuple[str, str]]:
    """(file, folder in the bundle) for every data file under resources/ — every sub-folder, so data a
    later change adds (checker rules, import word lists, encoding tables…) is never left out of the
    installed program. Python files there are build scripts, not data."""
    out = []
    base = os.path.join(root, "resources")
    for sub in sorted(os.listdir(base)):
        folder = os.path.join(base, sub)
        if not os.path.isdir(folder) or sub.startswith((".", "__")):
            continue
        for name in sorted(os.listdir(folder)):
            f = os.path.join(folder, name)
            if os.path.isfile(f) and not name.endswith((".py", ".pyc")):
                out.append((f, os.path.join("resources", sub)))
    return out


def folder_size(path: str) -> int:
    total = 0
    for dp, _, files in os.walk(path):
        for f in files:
            try:
                total += os.path.getsize(os.path.join(dp, f))
            except OSError:
                pass
    return total


def build() -> None:
    subprocess.run([sys.executable, os.path.join(ROOT, "i18n", "update.py")], check=True, stdout=subprocess.DEVNULL)
    t = time.time()
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--workpath", os.path.join(ROOT, "build", "pyinstaller"), "--distpath", DIST,
                    os.path.join(HERE, "kehoach.spec")], check=True, cwd=ROOT)
    print(f"built {BUNDLE} in {time.time() - t:.0f} s, {folder_size(BUNDLE) / 2**20:.0f} MB")


def smoke(out: str) -> int:
    """Start the bundle on the sample plan and save a screenshot; returns the exit code."""
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    env["KEHOACH_SETTINGS"] = os.path.join(os.path.dirname(os.path.abspath(out)), "smoke-settings.json")
    cmd = [EXE, "--screenshot", out]
    if os.name != "nt" and not env.get("DISPLAY") and shutil.which("xvfb-run"):
        cmd = ["xvfb-run", "-a", "-s", "-screen 0 1366x768x24"] + cmd
    t = time.time()
    r = subprocess.run(cmd, env=env, cwd=os.path.dirname(os.path.abspath(out)) or ".", timeout=180)
    ok = r.returncode == 0 and os.path.exists(out) and os.path.getsize(out) > 10_000
    print(f"smoke run: exit {r.returncode}, screenshot {'ok' if ok else 'MISSING'} ({time.time() - t:.1f} s) → {out}")
    return 0 if ok else 1


def version() -> str:
    """The program's version: ``[project] version`` in pyproject.toml (the installer's name and AppVersion)."""
    import tomllib
    with open(os.path.join(ROOT, "pyproject.toml"), "rb") as f:
        return tomllib.load(f)["project"]["version"]


ISCC_DEFAULT = r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe"     # where the Inno Setup 6 installer puts it


def iscc_command(iscc: str | None = None) -> list[str]:
    """The Inno Setup compiler's command line for installer/kehoach.iss."""
    iscc = iscc or shutil.which("ISCC") or ISCC_DEFAULT
    return [iscc, f"/DAppVersion={version()}", os.path.join(HERE, "kehoach.iss")]


def inno() -> None:
    subprocess.run(iscc_command(), check=True)
    print(f"installer: {os.path.join(DIST, 'installer', f'KeHoach-Setup-{version()}.exe')}")


def main(argv: list[str]) -> int:
    if "--no-build" not in argv:
        build()
    rc = 0
    if "--smoke" in argv:
        rc = smoke(os.path.join(DIST, "smoke-screenshot.png"))
    if "--installer" in argv:
        inno()
    return rc


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
