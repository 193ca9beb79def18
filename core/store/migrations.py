"""One migration step per schema version.

A step is a
function ``(conn) -> None`` that turns version N into N+1; :func:`migrate`
copies the file to ``<name>.v<N>.bak`` before the first step and runs
every step inside one transaction.  Each historic version has a fixture
file in ``tests/fixtures/format_v<N>.sqlite`` that the tests open.
"""
from __future__ import annotations

import os
import shutil
import sqlite3
from typing import Callable

from .schema import PROGRESS_V2, SCHEMA_VERSION


def _v1_to_v2(conn: sqlite3.Connection) -> None:
    """Version 2 adds the progress table (issue 14); every record of version 1 stays as it was."""
    for sql in PROGRESS_V2:
        conn.execute(sql)


STEPS: dict[int, Callable[[sqlite3.Connection], None]] = {
    1: _v1_to_v2,
}


def migrate(conn: sqlite3.Connection, version: int, path: str) -> None:
    if version >= SCHEMA_VERSION:
        return
    backup = f"{path}.v{version}.bak"
    if not os.path.exists(backup):
        shutil.copy2(path, backup)
    conn.execute("BEGIN IMMEDIATE")
    try:
        for v in range(version, SCHEMA_VERSION):
            STEPS[v](conn)
        conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
