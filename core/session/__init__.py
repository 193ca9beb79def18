"""Editing session around one plan file (no Qt): lock note, working copy, backups.

* **Lock note** — ``FILE.sqlite.lock`` beside the file: JSON with host, user,
  pid and time.  A second window refuses to edit the same file; a note left
  by a crash (same computer, process gone) is recognised as *stale* and the
  window explains it and carries on (the ``.sqlite`` itself is always
  complete: every edit is one committed transaction).
* **Working copy** — when the file sits on removable media (USB stick), the
  program edits a validated local copy and writes it back with the backup
  API (temp name, rename, re-check) on Ctrl+S, periodically and on close.
  A manifest beside the working copy lets the next start offer the copy
  back if the program died before writing it back.
* **Backups** — timestamped copies in a local folder, thinned to the last
  few, then one per day for a week, then one per week.

The parts live in :mod:`.paths` (the data folder), :mod:`.locks`, :mod:`.working` (removable media),
:mod:`.backups` (making, describing, restoring) and :mod:`.editing` (:class:`Session`); every name the
program and the tests use is importable from ``core.session``.
"""
from __future__ import annotations

from .backups import (
    BACKUP_RE,
    BackupInfo,
    RestoreResult,
    backup_before_restore,
    backup_dir,
    describe_backup,
    describe_backups,
    list_backups,
    load_backup,
    make_backup,
    restore_backup,
    thin_backups,
)
from .editing import Session
from .locks import (
    _OPEN_HERE,
    LockInfo,
    lock_path,
    open_elsewhere,
    read_lock,
    read_lock_raw,
    refresh_lock,
    release_lock,
    write_lock,
)
from .paths import APP_DIR_NAME, data_dir
from .working import (
    is_removable,
    make_working_copy,
    mark_dirty,
    pending_working_copy,
    read_manifest,
    working_copy_path,
    working_dir,
    write_back,
)

# _OPEN_HERE: the registry of this process's open files (tests clear it)
__all__ = ["BACKUP_RE", "BackupInfo", "RestoreResult", "backup_before_restore", "backup_dir", "describe_backup",
           "describe_backups", "list_backups", "load_backup", "make_backup", "restore_backup", "thin_backups",
           "Session", "LockInfo", "_OPEN_HERE", "lock_path", "open_elsewhere", "read_lock", "read_lock_raw",
           "refresh_lock", "release_lock", "write_lock", "APP_DIR_NAME", "data_dir", "is_removable",
           "make_working_copy", "mark_dirty", "pending_working_copy", "read_manifest", "working_copy_path",
           "working_dir", "write_back"]
