"""The file side of a merge: reading every record, history row, tombstone and info row of a copy, and
writing a merge result into a new file — the SQL of core/merge, which itself merges rows as data."""
from __future__ import annotations

from . import codec
from .safe_open import connect, harden
from .schema import APPLICATION_ID, RECORD_TABLES, SCHEMAS


def read_records(path: str, tables=RECORD_TABLES) -> dict:
    """Everything a merge reads from the validated plan file *path*, on a read-only connection of its
    own: {'cols': {table: [column]}, 'rec': {id: (table, row)}, 'hist': {id: [(rev, hash, data, at,
    table)]}, 'tomb': {id: (table, hash, data, at)}, 'info': {key: value}}. JSON nested deeper than the
    plan reader accepts is refused (codec.BadRecord), as the reader refuses it."""
    out: dict = {"cols": {}, "rec": {}, "hist": {}, "tomb": {}, "info": {}}
    conn = connect(path, mode="ro", immutable=1, isolation_level=None, check_same_thread=False)
    try:
        harden(conn)
        for t in tables:      # an older format lacks the later tables
            cur = conn.execute(f"SELECT * FROM {t}")
            cols = [d[0] for d in cur.description]
            out["cols"][t] = cols
            for tup in cur:
                row = dict(zip(cols, tup))
                codec.check_json_depth(t, row)
                out["rec"][row["id"]] = (t, row)
        hist = out["hist"]
        for rid, tbl, rev, h, data, at in conn.execute(
                "SELECT rec_id, tbl, rev, hash, data, at FROM history ORDER BY seq"):
            hist.setdefault(rid, []).append((rev, h, data, at, tbl))
        for rid, tbl, h, data, at in conn.execute("SELECT rec_id, tbl, hash, data, at FROM tombstone"):
            out["tomb"][rid] = (tbl, h, data, at)
        out["info"] = {k: v for k, v in conn.execute("SELECT key, value FROM info")}
        for v in out["info"].values():
            codec.check_json_depth("info", {"value": v})
    finally:
        conn.close()
    return out


def write_new_file(path: str, version: int, cols: dict, rows: dict, history: list, tombstones: list,
                   info: dict) -> None:
    """Create the plan file *path* (a new temporary name) at schema *version* holding *rows* ({table:
    [row dict]}, columns *cols*), *history* [(table, id, rev, hash, data, at)], *tombstones* [(id, table,
    hash, data, at)] and *info*, in one transaction, rollback journal, synchronous=FULL."""
    conn = connect(path, isolation_level=None)
    try:
        harden(conn)
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
        conn.execute("BEGIN")
        for sql in SCHEMAS[version]:
            conn.execute(sql)
        conn.execute(f"PRAGMA user_version={version}")
        for table, table_rows in rows.items():
            c = cols[table]
            conn.executemany(f"INSERT INTO {table} ({', '.join(c)}) VALUES ({', '.join('?' * len(c))})",
                             [[r[k] for k in c] for r in table_rows])
        conn.executemany("INSERT INTO history(tbl, rec_id, rev, hash, data, at) VALUES (?,?,?,?,?,?)", history)
        conn.executemany("INSERT INTO tombstone(rec_id, tbl, hash, data, at) VALUES (?,?,?,?,?)", tombstones)
        conn.executemany("INSERT INTO info(key, value) VALUES (?, ?)", list(info.items()))
        conn.execute("COMMIT")
    finally:
        conn.close()
