"""One window's editing of one plan file (:class:`Session`): take the lock, choose the file to edit
(the plan or its working copy), write back, back up, let go.
"""
from __future__ import annotations

import os
import time

from ..errors import PlanError
from ..store.safe_open import validate
from .backups import make_backup
from .locks import refresh_lock, release_lock, write_lock
from .working import is_removable, make_working_copy, mark_dirty, pending_working_copy, write_back


# ------------------------------------------------------------- a session --
class Session:
    """Where the program actually edits *original* and what it must do on close."""

    def __init__(self, original: str, edit_path: str, working: bool):
        self.original = os.path.abspath(original)
        self.edit_path = edit_path
        self.working = working
        self.last_backup = 0.0

    @classmethod
    def start(cls, original: str, use_pending: bool = False) -> "Session":
        """Take the lock and choose the file to edit.  Call :func:`read_lock`
        first and ask the user; this does not refuse."""
        original = os.path.abspath(original)
        write_lock(original)
        if is_removable(original):
            pending = pending_working_copy(original)
            if pending and use_pending:
                validate(pending)
                return cls(original, pending, True)
            return cls(original, make_working_copy(original), True)
        return cls(original, original, False)

    def edited(self) -> None:
        if self.working:
            mark_dirty(self.edit_path, True)

    def flush(self, store) -> None:
        """Ctrl+S / periodic / close: write a working copy back to the stick."""
        if self.working:
            try:
                write_back(store, self.original)
                refresh_lock(self.original)     # the file on the stick is a new one (renamed into place)
            except OSError as e:
                raise PlanError(f"Không ghi được về “{self.original}”: {e}. Bản làm việc vẫn an toàn tại {self.edit_path}.",
                                f"Cannot write back to “{self.original}”: {e}. The working copy is safe at {self.edit_path}.")

    def backup(self, store, min_interval: float = 600.0) -> str | None:
        if time.time() - self.last_backup < min_interval:
            return None
        self.last_backup = time.time()
        try:
            return make_backup(store, self.original)
        except (PlanError, OSError):
            return None

    def end(self, store=None) -> None:
        if store is not None:
            self.flush(store)
        release_lock(self.original)
