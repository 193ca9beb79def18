"""The program's log file: what a clerk sends when something goes wrong.

Every exception the program catches and carries on after (a backup that could not be made, a lock note
that could not be removed, a preview that failed) is written here with its traceback — never silently
dropped. The file lives in the per-user data folder (``logs/kehoach.log``, rotated at 1 MB, three old
files kept); Help → About opens it.

Modules log through ``logging.getLogger(__name__)``; :func:`setup` attaches the file once per process
(the window and every command-line action call it). Importing this module costs only ``logging``.
"""
from __future__ import annotations

import logging
import os

LOG_NAME = "kehoach.log"
MAX_BYTES = 1_000_000
BACKUPS = 3
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_handler: logging.Handler | None = None


def log_path() -> str:
    from core.session import data_dir
    return os.path.join(data_dir(), "logs", LOG_NAME)


def setup(path: str | None = None) -> str:
    """Send warnings and errors of the program to the rotating log file; returns its path.

    Safe to call more than once (a second call moves the file, as tests with their own data folder do).
    A log that cannot be opened (read-only profile) never stops the program: logging stays on stderr.
    """
    global _handler
    from logging.handlers import RotatingFileHandler
    path = path or log_path()
    root = logging.getLogger()
    if _handler is not None:
        if getattr(_handler, "baseFilename", None) == os.path.abspath(path):
            return path
        root.removeHandler(_handler)
        _handler.close()
        _handler = None
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        h = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True)
    except OSError:
        logging.getLogger(__name__).warning("cannot open the log file %s", path, exc_info=True)
        return path
    h.setFormatter(logging.Formatter(_FORMAT))
    h.setLevel(logging.INFO)
    root.addHandler(h)
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)
    _handler = h
    return path
