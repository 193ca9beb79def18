"""A plan on removable media (USB stick) is edited in a local working copy, written back with the
backup API; a manifest beside the copy lets the next start offer it back after a crash.
"""
from __future__ import annotations

import json
import os
import sys
import time

from ..fileio import atomic_write, replacing
from ..store.files import backup_into
from ..store.safe_open import validate
from .paths import _key, _stem, data_dir


# --------------------------------------------------------- removable media --
def is_removable(path: str) -> bool:
    """True when *path* is on a USB stick / card or a network share (then we
    edit a local copy: SQLite's locking is unreliable over SMB); see core.winpaths."""
    force = os.environ.get("KEHOACH_REMOVABLE")
    if force is not None:
        return force == "1"
    if sys.platform == "win32":
        from ..winpaths import needs_local_copy  # removable, mapped network drive, \\server\share
        return needs_local_copy(path)
    path = os.path.abspath(path)
    return path.startswith(("/media/", "/run/media/", "/mnt/", "/Volumes/"))


def working_dir() -> str:
    d = os.path.join(data_dir(), "working")
    os.makedirs(d, exist_ok=True)
    return d


def working_copy_path(original: str) -> str:
    return os.path.join(working_dir(), f"{_stem(original)}-{_key(original)}.sqlite")


def _manifest_path(work: str) -> str:
    return work + ".json"


def make_working_copy(original: str) -> str:
    """Copy *original* (validated) to the local working folder; returns the copy's path."""
    validate(original)
    work = working_copy_path(original)
    with replacing(work, suffix=".sqlite") as tmp:
        # through the one quoted URI (core.store.safe_open): 'KH%41.sqlite' is that file, not 'KHA.sqlite'
        backup_into(original, tmp)
        validate(tmp)
    st = os.stat(original)
    _write_manifest(work, {"original": os.path.abspath(original), "orig_mtime": st.st_mtime,
                           "orig_size": st.st_size, "written_back": True, "copied": time.time()})
    return work


def _write_manifest(work: str, d: dict) -> None:
    atomic_write(_manifest_path(work), json.dumps(d, ensure_ascii=False))


def read_manifest(work: str) -> dict | None:
    try:
        with open(_manifest_path(work), encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


def mark_dirty(work: str, dirty: bool = True) -> None:
    m = read_manifest(work) or {}
    if m.get("written_back") == (not dirty):
        return
    m["written_back"] = not dirty
    _write_manifest(work, m)


def pending_working_copy(original: str) -> str | None:
    """A working copy left by a crash, with edits not yet written back."""
    work = working_copy_path(original)
    m = read_manifest(work)
    if os.path.exists(work) and m and not m.get("written_back", True):
        return work
    return None


def write_back(store, original: str) -> None:
    """Write the open working copy (a PlanStore) back to *original*, safely."""
    store.save_copy(original)
    work = store.path
    st = os.stat(original)
    m = read_manifest(work) or {}
    m.update({"original": os.path.abspath(original), "orig_mtime": st.st_mtime, "orig_size": st.st_size,
              "written_back": True})
    _write_manifest(work, m)
