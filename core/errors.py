"""Errors that carry a clear message for the clerk, in Vietnamese and English."""
from __future__ import annotations


class PlanError(Exception):
    """An error with a message fit to show to a user.

    ``vi`` is the Vietnamese text (the default); ``en`` the English one.
    """

    def __init__(self, vi: str, en: str | None = None):
        super().__init__(vi)
        self.vi = vi
        self.en = en or vi

    def message(self, lang: str = "vi") -> str:
        return self.en if lang == "en" else self.vi


class FileRefused(PlanError):
    """A file that is not a valid plan file; it has not been modified."""


class NewerVersion(FileRefused):
    pass


class FileInUse(PlanError):
    """A file could not be replaced because another program (Word, Excel…) holds it open.

    ``path`` is the file; the message names the program to close.  Nothing was
    written and the temporary file is gone: doing the same again after closing
    the program works (the window offers "Thử lại"/"Retry")."""

    def __init__(self, vi: str, en: str | None = None, path: str = ""):
        super().__init__(vi, en)
        self.path = path


class DiskFull(PlanError, OSError):
    """A write failed for want of room (disk full, quota, a file too large
    for the drive).  Nothing was replaced: the target keeps its old content.
    Still an ``OSError``, so code that handles failed writes handles it."""

    def __init__(self, vi: str, en: str | None = None, errno_: int | None = None):
        super().__init__(vi, en)
        self.errno = errno_
