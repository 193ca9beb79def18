"""Whole-file work on plan files other than the open one: a clean copy to send, a file's record hashes,
its meta record — each on a connection of its own that is closed before returning (safe in a worker).

The SQL of sending and saving back lives here, in core/store, like all the program's SQL."""
from __future__ import annotations

from . import codec
from .safe_open import connect, harden
from .schema import tables_of


def file_meta(path: str) -> dict:
    """The header record's data of a validated plan file ({} when it has none)."""
    conn = connect(path, mode="ro", immutable=1)
    try:
        harden(conn)
        r = conn.execute("SELECT data FROM meta LIMIT 1").fetchone()
    finally:
        conn.close()
    d = codec.jload(r[0], {}) if r else {}
    return d if isinstance(d, dict) else {}


def plan_id(path: str) -> str | None:
    """The plan identity (meta record id) of a validated plan file."""
    conn = connect(path, mode="ro", immutable=1)
    try:
        harden(conn)
        row = conn.execute("SELECT id FROM meta").fetchone()
        return row[0] if row else None
    finally:
        conn.close()


def record_hashes(path: str) -> dict[str, str]:
    """{record id: content hash} of every record of a validated plan file."""
    conn = connect(path, mode="ro", immutable=1)
    try:
        harden(conn)
        return store_hashes(conn)
    finally:
        conn.close()


def store_hashes(conn) -> dict[str, str]:
    out: dict[str, str] = {}
    for t in tables_of(conn):   # a copy of an older format lacks the later tables
        out.update(dict(conn.execute(f"SELECT id, hash FROM {t}")))
    return out


def vacuum_copy(src: str, tmp: str, clean: bool = False) -> None:
    """Write a compact copy of the validated plan file *src* to the new name *tmp* (VACUUM INTO), in
    rollback-journal mode; *clean* drops the history, tombstones and merge lists (a copy for someone
    who will not merge it back). *tmp* must not exist yet."""
    conn = connect(src, mode="ro", isolation_level=None)
    try:
        conn.execute("PRAGMA trusted_schema=OFF")
        conn.execute("VACUUM INTO ?", (tmp,))
    finally:
        conn.close()
    out = connect(tmp, isolation_level=None)
    try:
        # our own copy, just written by VACUUM INTO: not hardened, since VACUUM
        # needs to attach a database, which the hardened limits forbid
        out.execute("PRAGMA trusted_schema=OFF")
        out.execute("PRAGMA journal_mode=DELETE")
        if clean:
            out.execute("BEGIN")
            out.execute("DELETE FROM history")
            out.execute("DELETE FROM tombstone")
            out.execute("DELETE FROM info WHERE key IN ('merge_conflicts', 'merge_report') "
                        "OR key LIKE 'merge_conflicts.%'")
            out.execute("COMMIT")
            out.execute("VACUUM")
    finally:
        out.close()


def backup_into(src: str, dest: str) -> None:
    """Copy the plan file *src* into the new file *dest* with SQLite's backup API, each on a connection
    of its own (the source read-only): one committed state, whatever else writes *src* meanwhile."""
    source = connect(src, mode="ro")
    try:
        target = connect(dest)
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode=DELETE")
        finally:
            target.close()
    finally:
        source.close()
