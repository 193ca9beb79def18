"""The plan file's schema, versioned with ``PRAGMA user_version``.

The expected schema of every version is kept here as literal SQL so that
opening a file can compare ``sqlite_schema`` against it exactly and refuse
anything extra (triggers, views, tables) before running another statement.
"""
from __future__ import annotations

# "KHOC" — Kế HOạch, in ASCII: our own application id (PRAGMA application_id).
APPLICATION_ID = 0x4B484F43
SCHEMA_VERSION = 2

_REC = "created TEXT NOT NULL, modified TEXT NOT NULL, rev INTEGER NOT NULL DEFAULT 1, hash TEXT NOT NULL DEFAULT ''"

SCHEMA_V1: list[str] = [
    "CREATE TABLE info (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    f"CREATE TABLE meta (id TEXT PRIMARY KEY, data TEXT NOT NULL, {_REC})",
    f"CREATE TABLE section (id TEXT PRIMARY KEY, parent_id TEXT, pos REAL NOT NULL, kind TEXT NOT NULL, "
    f"title TEXT NOT NULL, body TEXT NOT NULL, tail TEXT NOT NULL, {_REC})",
    f"CREATE TABLE appendix (id TEXT PRIMARY KEY, pos REAL NOT NULL, title TEXT NOT NULL, label TEXT NOT NULL, "
    f"attachment TEXT NOT NULL, numbering TEXT NOT NULL, landscape INTEGER, {_REC})",
    f"CREATE TABLE appendix_column (id TEXT PRIMARY KEY, appendix_id TEXT NOT NULL, pos REAL NOT NULL, "
    f"key TEXT NOT NULL, title TEXT NOT NULL, grp TEXT NOT NULL, width REAL NOT NULL, {_REC})",
    f"CREATE TABLE appendix_row (id TEXT PRIMARY KEY, appendix_id TEXT NOT NULL, pos REAL NOT NULL, "
    f"kind TEXT NOT NULL, level INTEGER NOT NULL, continues INTEGER NOT NULL, cells TEXT NOT NULL, "
    f"lead TEXT NOT NULL, support TEXT NOT NULL, status TEXT NOT NULL, flag TEXT NOT NULL, label TEXT NOT NULL, {_REC})",
    "CREATE INDEX appendix_row_by_appendix ON appendix_row (appendix_id, pos)",
    f"CREATE TABLE signer (id TEXT PRIMARY KEY, pos REAL NOT NULL, prefix TEXT NOT NULL, collective TEXT NOT NULL, "
    f"lines TEXT NOT NULL, name TEXT NOT NULL, {_REC})",
    f"CREATE TABLE recipient (id TEXT PRIMARY KEY, pos REAL NOT NULL, text TEXT NOT NULL, {_REC})",
    f"CREATE TABLE agency (id TEXT PRIMARY KEY, name TEXT NOT NULL, short TEXT NOT NULL, level TEXT NOT NULL, "
    f"kind TEXT NOT NULL, era TEXT NOT NULL, {_REC})",
    f"CREATE TABLE tracking (id TEXT PRIMARY KEY, row_id TEXT NOT NULL, occurrence TEXT NOT NULL, "
    f"done_date TEXT NOT NULL, note TEXT NOT NULL, {_REC})",
    "CREATE INDEX tracking_by_row ON tracking (row_id)",
    # Earlier versions of every record (for three-way merge) and deletions.
    "CREATE TABLE history (seq INTEGER PRIMARY KEY, tbl TEXT NOT NULL, rec_id TEXT NOT NULL, rev INTEGER NOT NULL, "
    "hash TEXT NOT NULL, data TEXT NOT NULL, at TEXT NOT NULL)",
    "CREATE INDEX history_by_rec ON history (rec_id)",
    "CREATE TABLE tombstone (rec_id TEXT PRIMARY KEY, tbl TEXT NOT NULL, hash TEXT NOT NULL, data TEXT NOT NULL, at TEXT NOT NULL)",
]

# Version 2 (issue 14): progress of each task per reporting period (core.progress).
PROGRESS_V2: list[str] = [
    f"CREATE TABLE progress (id TEXT PRIMARY KEY, row_id TEXT NOT NULL, period TEXT NOT NULL, status TEXT NOT NULL, "
    f"result TEXT NOT NULL, difficulties TEXT NOT NULL, done_date TEXT NOT NULL, reporter TEXT NOT NULL, "
    f"reported_at TEXT NOT NULL, source TEXT NOT NULL, override TEXT NOT NULL, reason TEXT NOT NULL, {_REC})",
    "CREATE INDEX progress_by_row ON progress (row_id, period)",
    # what the clerk wrote in the periodic report (I, III, IV, V): kept when the figures are regenerated
    f"CREATE TABLE report_text (id TEXT PRIMARY KEY, period TEXT NOT NULL, part TEXT NOT NULL, body TEXT NOT NULL, {_REC})",
]
SCHEMA_V2: list[str] = SCHEMA_V1 + PROGRESS_V2

SCHEMAS: dict[int, list[str]] = {1: SCHEMA_V1, 2: SCHEMA_V2}

# Tables that hold plan records (merge and dump walk these).
RECORD_TABLES = ("meta", "section", "appendix", "appendix_column", "appendix_row",
                 "signer", "recipient", "agency", "tracking", "progress", "report_text")


def record_tables(version: int) -> tuple[str, ...]:
    """The record tables a file of format *version* has (an older file lacks the later ones)."""
    have = {sql.split()[2] for sql in SCHEMAS[version] if sql.startswith("CREATE TABLE")}
    return tuple(t for t in RECORD_TABLES if t in have)


def expected_objects(version: int) -> set[tuple[str, str, str]]:
    """(type, name, normalised sql) of every schema object of a version."""
    out = set()
    for sql in SCHEMAS[version]:
        words = sql.split()
        typ = words[1].lower()
        name = words[2]
        out.add((typ, name, normalise_sql(sql)))
    return out


def normalise_sql(sql: str | None) -> str:
    return " ".join((sql or "").split())


def tables_of(conn) -> tuple[str, ...]:
    """The record tables of the file open on *conn* (by its format version)."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    return record_tables(version) if version in SCHEMAS else RECORD_TABLES


def current_columns(tables) -> dict[str, list[str]]:
    """Column names of *tables* in the current schema (from the schema text itself)."""
    from .safe_open import memory_db
    conn = memory_db()
    try:
        for sql in SCHEMAS[SCHEMA_VERSION]:
            if sql.startswith("CREATE TABLE") and sql.split()[2] in tables:
                conn.execute(sql)
        return {t: [d[0] for d in conn.execute(f"SELECT * FROM {t}").description] for t in tables}
    finally:
        conn.close()
