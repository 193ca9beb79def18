"""The cache database of the Plans page and ``main.py find``: one SQLite file of ours (never a plan file)
holding, per plan file found in the clerk's folders, its summary, its texts in an FTS5 table (matched on
their diacritic-free key, core.text.search_key) and its task occurrences (for an agenda across plans).

Only this module speaks SQL for it (see core/library.py for what goes in).  The cache can be deleted at any
time: it is rebuilt from the plan files, which are only ever read (read-only, immutable).
"""
from __future__ import annotations

import json
import logging
import os
import sqlite3

from ..fileio import unlink_quiet
from .safe_open import connect

log = logging.getLogger(__name__)

CACHE_VERSION = 2
SPAN = 1 << 24       # FTS rowids of one plan file: pid * SPAN + n (deleted by range, not by a scan)

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS plan(pid INTEGER PRIMARY KEY, path TEXT UNIQUE, size INTEGER, mtime_ns INTEGER,
                                summary TEXT, error TEXT);
CREATE VIRTUAL TABLE IF NOT EXISTS text USING fts5(key, path UNINDEXED, place UNINDEXED, place_en UNINDEXED,
                                                   body UNINDEXED, tokenize = 'unicode61');
CREATE TABLE IF NOT EXISTS occ(path TEXT, due TEXT, done INTEGER, number TEXT, task TEXT, lead TEXT,
                               appendix TEXT);
CREATE INDEX IF NOT EXISTS occ_path ON occ(path);
CREATE INDEX IF NOT EXISTS occ_due ON occ(due);
"""


class CacheError(Exception):
    pass


class LibraryCache:
    def __init__(self, path: str):
        self.path = path
        os.makedirs(os.path.dirname(os.path.abspath(path)) or ".", exist_ok=True)
        try:
            self.conn = connect(path, isolation_level=None)
            self.conn.execute("PRAGMA journal_mode=DELETE")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            v = self._version()
            if v is not None and v != CACHE_VERSION:
                self._reset()
            self.conn.executescript(SCHEMA)
            self.conn.execute("INSERT OR REPLACE INTO meta VALUES ('version', ?)", (str(CACHE_VERSION),))
        except sqlite3.DatabaseError:
            # a damaged cache is ours to throw away: it holds nothing the plan files do not
            log.warning("plan library cache %s unreadable: rebuilt", path, exc_info=True)
            try:
                self.conn.close()
            except sqlite3.Error:
                log.warning("closing the damaged cache failed", exc_info=True)
            for suffix in ("", "-journal"):
                unlink_quiet(path + suffix)
            self.conn = connect(path, isolation_level=None)
            self.conn.executescript(SCHEMA)
            self.conn.execute("INSERT OR REPLACE INTO meta VALUES ('version', ?)", (str(CACHE_VERSION),))

    def _version(self):
        try:
            r = self.conn.execute("SELECT value FROM meta WHERE key='version'").fetchone()
            return int(r[0]) if r else None
        except sqlite3.OperationalError:
            return None

    def _reset(self):
        for t in ("meta", "plan", "text", "occ"):
            self.conn.execute(f"DROP TABLE IF EXISTS {t}")

    def close(self) -> None:
        self.conn.close()

    # ---------------------------------------------------------------- files --
    def known(self) -> dict[str, tuple[int, int]]:
        return {p: (s, m) for p, s, m in self.conn.execute("SELECT path, size, mtime_ns FROM plan")}

    def drop(self, paths) -> None:
        paths = list(paths)
        if not paths:
            return
        with self._tx():
            for p in paths:
                self._delete(p)

    def _delete(self, path: str) -> None:
        r = self.conn.execute("SELECT pid FROM plan WHERE path=?", (path,)).fetchone()
        if r is None:
            return
        self.conn.execute("DELETE FROM text WHERE rowid >= ? AND rowid < ?", (r[0] * SPAN, (r[0] + 1) * SPAN))
        self.conn.execute("DELETE FROM plan WHERE pid=?", (r[0],))
        self.conn.execute("DELETE FROM occ WHERE path=?", (path,))

    def put(self, path: str, size: int, mtime_ns: int, summary: dict | None, texts, occ, error: str = "") -> None:
        """One plan file's entry, replacing what was there (one transaction)."""
        with self._tx():
            self._delete(path)
            cur = self.conn.execute("INSERT INTO plan(path, size, mtime_ns, summary, error) VALUES (?,?,?,?,?)",
                                    (path, size, mtime_ns, json.dumps(summary or {}, ensure_ascii=False), error))
            base = cur.lastrowid * SPAN
            self.conn.executemany("INSERT INTO text(rowid, key, path, place, place_en, body) VALUES (?,?,?,?,?,?)",
                                  ((base + n, k, path, pl, pe, b) for n, (k, pl, pe, b) in enumerate(texts[:SPAN - 1])))
            self.conn.executemany("INSERT INTO occ VALUES (?,?,?,?,?,?,?)",
                                  ((path, o["due"], int(o["done"]), o["number"], o["task"],
                                    json.dumps(o["lead"], ensure_ascii=False), o["appendix"]) for o in occ))

    class _Tx:
        def __init__(self, conn):
            self.conn = conn

        def __enter__(self):
            self.outer = self.conn.in_transaction     # inside batch(): part of its transaction
            self.conn.execute("SAVEPOINT put" if self.outer else "BEGIN")

        def __exit__(self, et, ev, tb):
            if self.outer:
                self.conn.execute("RELEASE put" if et is None else "ROLLBACK TO put")
                if et is not None:
                    self.conn.execute("RELEASE put")
            else:
                self.conn.execute("COMMIT" if et is None else "ROLLBACK")
            return False

    def _tx(self):
        return self._Tx(self.conn)

    def begin(self) -> None:
        """Start a batch of puts written with one commit (:meth:`commit`)."""
        if not self.conn.in_transaction:
            self.conn.execute("BEGIN")

    def commit(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("COMMIT")

    # -------------------------------------------------------------- reading --
    def plans(self) -> list[dict]:
        out = []
        for p, summary, err in self.conn.execute("SELECT path, summary, error FROM plan ORDER BY path"):  # noqa: E501
            d = json.loads(summary or "{}")
            d["path"] = p
            d["error"] = err or ""
            out.append(d)
        return out

    def search(self, key_query: str, paths=None, limit: int = 1000) -> list[tuple[str, str, str, str]]:
        """(path, place, place_en, text) of the texts whose key holds *key_query* as a phrase."""
        phrase = '"' + key_query.replace('"', " ") + '"*'     # the last word may be half typed
        rows = self.conn.execute("SELECT path, place, place_en, body, key FROM text WHERE text MATCH ? "
                                 "ORDER BY path, rowid LIMIT ?", (f"key : {phrase}", limit * 4)).fetchall()
        out = []
        want = set(paths) if paths is not None else None
        for p, pl, pe, body, key in rows:
            if want is not None and p not in want:
                continue
            out.append((p, pl, pe, body))
            if len(out) >= limit:
                break
        return out

    def occurrences(self, start: str, end: str, paths=None) -> list[dict]:
        out = []
        for p, due, done, num, task, lead, app in self.conn.execute(
                "SELECT path, due, done, number, task, lead, appendix FROM occ WHERE due >= ? AND due <= ? "
                "ORDER BY due, path", (start, end)):
            if paths is not None and p not in paths:
                continue
            out.append({"path": p, "due": due, "done": bool(done), "number": num, "task": task,
                        "lead": json.loads(lead or "[]"), "appendix": app})
        return out

    def counts(self, today: str, week_end: str) -> dict[str, tuple[int, int]]:
        """{path: (due this week and not done, overdue and not done)}."""
        out: dict[str, list[int]] = {}
        for p, week, over in self.conn.execute(
                "SELECT path, SUM(done=0 AND due >= ? AND due <= ?), SUM(done=0 AND due < ?) FROM occ GROUP BY path",
                (today, week_end, today)):
            out[p] = (int(week or 0), int(over or 0))
        return out
