"""Writing a file so that it is either the old one or the complete new one.

Every writer of the program (plan copies, exports, settings, iCalendar, the
lock note) writes under a temporary name in the target's folder, makes the
bytes durable, renames over the target, and removes the temporary file on
any failure.  That sequence lives here once.
"""
from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager


def fsync_file(path: str) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: str) -> None:
    """Make a rename durable (no-op where folders cannot be opened, e.g. Windows)."""
    if not hasattr(os, "O_DIRECTORY"):
        return
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def unlink_quiet(path: str | None) -> None:
    if path:
        try:
            os.unlink(path)
        except OSError:
            pass


@contextmanager
def replacing(path: str, prefix: str = ".tmp-", suffix: str = ""):
    """Yield a temporary path beside *path*; when the block ends normally the
    temporary file is synced and renamed over *path*; on any error it is
    removed and *path* is left as it was."""
    folder = os.path.dirname(os.path.abspath(path)) or "."
    fd, tmp = tempfile.mkstemp(prefix=prefix, suffix=suffix, dir=folder)
    os.close(fd)
    try:
        yield tmp
        fsync_file(tmp)
        os.replace(tmp, path)
    except BaseException:
        unlink_quiet(tmp)
        raise
    fsync_dir(folder)


def atomic_write(path: str, data: bytes | str, prefix: str = ".tmp-") -> None:
    """Write *data* (text is UTF-8) to *path* through :func:`replacing`."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    with replacing(path, prefix=prefix) as tmp:
        with open(tmp, "wb") as f:
            f.write(data)
