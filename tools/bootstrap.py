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
APT_PACKAGES = ["libreoffice-writer-nogui", "poppler-utils", "xvfb", "xauth", "fonts-liberation"]


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


def ensure_system_tools() -> None:
    missing = [t for t in ("soffice", "pdftoppm", "Xvfb") if shutil.which(t) is None]
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
        return subprocess.call([PY, os.path.join(ROOT, "main.py"), *rest], cwd=ROOT)
    ensure_system_tools()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.call([PY, "-m", "pytest", *rest], cwd=ROOT, env=env)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
