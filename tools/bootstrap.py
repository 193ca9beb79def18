"""Set up everything and run the app or the tests — the README's two commands.

    python3 tools/bootstrap.py app [ARGS…]     create .venv if needed, install, start the app
    python3 tools/bootstrap.py test [PYTEST ARGS…]   … and run the whole test suite

Works on a fresh machine: creates ``.venv`` in the repository root, installs
the dependencies listed in pyproject.toml (reinstalling when that list
changes) and, for the tests, the system tools they drive (LibreOffice,
pdftoppm, Xvfb, Liberation fonts) from Debian's packages when they are
missing and we may install them.
"""
from __future__ import annotations

import glob
import hashlib
import os
import shutil
import subprocess
import sys
import tomllib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VENV = os.path.join(ROOT, ".venv")
IS_WIN = os.name == "nt"
PY = os.path.join(VENV, "Scripts" if IS_WIN else "bin", "python.exe" if IS_WIN else "python")
# fonts-liberation2: Liberation Serif 2.x (Times metrics) has the Vietnamese letters; 1.07
# (fonts-liberation) has not, and LibreOffice then falls back to DejaVu and breaks pages elsewhere.
# The page-count test also points LibreOffice at resources/fonts (tests/conftest.py: lo_font_env).
APT_PACKAGES = ["libreoffice-writer-nogui", "libreoffice-calc-nogui", "poppler-utils", "xvfb", "xauth", "fonts-liberation",
                "fonts-liberation2"]
# what Qt's xcb platform plugin needs beyond a bare Debian (since Qt 6.5: xcb-cursor) — for a real
# window, and for screenshots under Xvfb
QT_XCB_PACKAGES = ["libxcb-cursor0", "libxkbcommon-x11-0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-image0",
                   "libxcb-render-util0", "libxcb-xinerama0", "libxcb-randr0", "libxcb-shape0", "libxcb-xkb1",
                   "libegl1", "libgl1", "libfontconfig1", "libdbus-1-3"]


def deps(extra: bool) -> list[str]:
    with open(os.path.join(ROOT, "pyproject.toml"), "rb") as f:
        proj = tomllib.load(f)["project"]
    out = list(proj["dependencies"])
    if extra:
        out += proj.get("optional-dependencies", {}).get("test", [])
    return out


def ensure_venv(extra: bool) -> None:
    if not os.path.exists(PY):
        print("• Tạo môi trường .venv …", flush=True)
        subprocess.check_call([sys.executable, "-m", "venv", VENV])
    want = deps(extra)
    stamp = os.path.join(VENV, ".deps-" + ("test" if extra else "app"))
    digest = hashlib.sha1("\n".join(want).encode()).hexdigest()
    if os.path.exists(stamp) and open(stamp).read() == digest:
        return
    print("• Cài đặt thư viện …", flush=True)
    subprocess.check_call([PY, "-m", "pip", "install", "-q", "--disable-pip-version-check", *want])
    with open(stamp, "w") as f:
        f.write(digest)


def _apt_install(packages: list[str]) -> bool:
    if not (shutil.which("apt-get") and hasattr(os, "geteuid") and os.geteuid() == 0):
        return False
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.call(["apt-get", "update", "-q"], env=env, stdout=subprocess.DEVNULL)
    subprocess.check_call(["apt-get", "install", "-y", "-q", "--no-install-recommends", *packages],
                          env=env, stdout=subprocess.DEVNULL)
    return True


def ensure_qt_xcb() -> None:
    """Qt's xcb plugin aborts the program without libxcb-cursor ('Could not load the Qt platform plugin
    "xcb"'): install it where we can, say so where we cannot."""
    if IS_WIN or sys.platform == "darwin":
        return
    import ctypes.util
    need = ("xcb-cursor", "xcb-icccm", "xcb-keysyms", "xcb-image", "xcb-render-util", "xcb-shape",
            "xkbcommon-x11", "EGL", "fontconfig")
    if all(ctypes.util.find_library(n) for n in need):
        return
    print("• Cài thư viện cửa sổ cho Qt (libxcb-cursor0 …) …", flush=True)
    try:
        if _apt_install(QT_XCB_PACKAGES):
            return
    except subprocess.CalledProcessError:
        pass
    print("! Thiếu libxcb-cursor0: cửa sổ Qt (xcb) sẽ không mở được; hãy cài gói này "
          "(sudo apt-get install libxcb-cursor0).", flush=True)


def ensure_system_tools() -> None:
    ensure_qt_xcb()
    missing = [t for t in ("soffice", "pdftoppm", "Xvfb") if shutil.which(t) is None]
    soffice = shutil.which("soffice")
    if soffice and not IS_WIN and not glob.glob(os.path.join(os.path.dirname(os.path.realpath(soffice)), "libsclo.*")):
        missing.append("LibreOffice Calc")   # the Excel export is checked through Calc (tests/export)
    if not missing or IS_WIN:
        return
    if shutil.which("apt-get") and hasattr(os, "geteuid") and os.geteuid() == 0:
        print(f"• Cài công cụ hệ thống ({', '.join(missing)}) …", flush=True)
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.call(["apt-get", "update", "-q"], env=env, stdout=subprocess.DEVNULL)
        subprocess.check_call(["apt-get", "install", "-y", "-q", "--no-install-recommends", *APT_PACKAGES],
                              env=env, stdout=subprocess.DEVNULL)
    else:
        print(f"! Thiếu {', '.join(missing)}: các bài kiểm tra cần chúng sẽ bị bỏ qua.", flush=True)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("app", "test"):
        print(__doc__)
        return 2
    what, rest = argv[0], argv[1:]
    ensure_venv(extra=(what == "test"))
    if what == "app":
        ensure_qt_xcb()
        return subprocess.call([PY, os.path.join(ROOT, "main.py"), *rest], cwd=ROOT)
    ensure_system_tools()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    # the linter (settings in pyproject.toml) runs first; any finding fails the run, once the tests have run
    lint = subprocess.call([PY, "-m", "ruff", "check", "--no-cache", "."], cwd=ROOT)
    tests = subprocess.call([PY, "-m", "pytest", *rest], cwd=ROOT, env=env)
    return tests or lint


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
