"""Where the program keeps its own files (working copies, backups, logs): :func:`data_dir`, and the
file-name parts that tell one plan's files from another's.
"""
from __future__ import annotations

import hashlib
import os
import re
import sys

APP_DIR_NAME = "KeHoach"


def data_dir() -> str:
    """The per-user local folder for working copies, backups and logs."""
    env = os.environ.get("KEHOACH_DATA_DIR")
    if env:
        base = env
    elif sys.platform == "win32":
        from ..winpaths import local_appdata_dir  # %LOCALAPPDATA%\KeHoach: this PC, never a network share
        base = local_appdata_dir(APP_DIR_NAME)
    else:
        base = os.path.join(os.environ.get("XDG_DATA_HOME") or os.path.expanduser("~/.local/share"), "kehoach")
    os.makedirs(base, exist_ok=True)
    return base


def _key(path: str) -> str:
    path = os.path.normcase(os.path.abspath(path))
    return hashlib.sha1(path.encode("utf-8")).hexdigest()[:10]


def _stem(path: str) -> str:
    s = os.path.splitext(os.path.basename(path))[0]
    return re.sub(r"[^\w.-]+", "_", s)[:60] or "plan"
