"""The plan file: create, open (validated), load, write changes, copy.

Every change is written at once, one transaction per user action, with the
rollback journal (``journal_mode=DELETE``) and ``synchronous=FULL`` so the
single file on disk is always complete.  Each changed record keeps its
earlier version in ``history`` and each deleted one leaves a ``tombstone``:
that is what :mod:`core.merge` uses for a three-way merge.
"""
from __future__ import annotations

import errno
import json
import logging
import os
import sqlite3
import time
from contextlib import contextmanager

from ..errors import FileRefused, PlanError
from ..fileio import fsync_dir as _fsync_dir
from ..fileio import fsync_file as _fsync_file
from ..fileio import guard_output, replace_file, temp_beside, unlink_quiet, write_failure
from ..limits import MAX_FIELD_CHARS, check_plan_limits, over
from ..model import CONFLICTS_ID, Plan, new_id, now_iso
from . import codec
from .migrations import migrate
from .safe_open import FileInfo, connect, harden, hot_journal, recover_journal, validate
from .schema import APPLICATION_ID, RECORD_TABLES, SCHEMA_VERSION, SCHEMAS, tables_of

log = logging.getLogger(__name__)


# An intermediate version younger than this, never copied, is not kept in history.
COALESCE_SECONDS = 10.0


def _connect(path: str) -> sqlite3.Connection:
    conn = connect(path, isolation_level=None, check_same_thread=False)
    harden(conn)
    conn.row_factory = sqlite3.Row
    return conn


def _init_schema(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
    conn.execute("BEGIN")
    for sql in SCHEMAS[SCHEMA_VERSION]:
        conn.execute(sql)
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
    conn.execute("COMMIT")


def _os_error(e: OSError, path: str) -> PlanError:
    name = os.path.basename(path)
    full = write_failure(e, path)
    if full is not None:
        return full
    if isinstance(e, PermissionError) or getattr(e, "errno", None) in (13, 30):
        return PlanError(f"Không có quyền ghi “{name}” (ổ chỉ đọc hoặc tệp đang bị chương trình khác khóa).",
                         f"Cannot write “{name}” (read-only drive, or the file is locked by another program).")
    folder = os.path.dirname(os.path.abspath(path))
    if getattr(e, "errno", None) == errno.ENOENT and not os.path.isdir(folder):
        return PlanError(f"Thư mục “{folder}” không tồn tại; không ghi được “{name}”.",
                         f"The folder “{folder}” does not exist; cannot write “{name}”.")
    if getattr(e, "errno", None) == errno.EISDIR or os.path.isdir(path):
        return PlanError(f"“{name}” là một thư mục, không phải tệp; hãy ghi rõ tên tệp.",
                         f"“{name}” is a folder, not a file; give a file name.")
    return PlanError(f"Lỗi ghi tệp “{name}” ({e.strerror or type(e).__name__}).",
                     f"Error writing “{name}” ({e.strerror or e}).")


class PlanStore:
    """An open plan file.  Use :meth:`create` or :meth:`open`."""

    def __init__(self, path: str, conn: sqlite3.Connection, info: FileInfo | None = None):
        self.path = path
        self.conn = conn
        self._db = None
        self.info = info
        self._hash_cache: dict[str, tuple[str, str]] | None = None  # id -> (table, hash)
        # id -> time.monotonic() when this store wrote the record's current
        # version, for versions no copy has been made of yet (see _sync)
        self._fresh: dict[str, float] = {}

    @property
    def db(self):
        """sqlite-utils over this connection, for writing records (loaded on the first write: opening a
        plan to read it does not pay for the import)."""
        if self._db is None:
            import sqlite_utils
            self._db = sqlite_utils.Database(self.conn)
        return self._db

    # ------------------------------------------------------------ open ---
    @classmethod
    def create(cls, path: str, plan: Plan, overwrite: bool = False) -> "PlanStore":
        """Write *plan* as a new file (temporary name, then rename)."""
        path = os.path.abspath(path)
        check_plan_limits(plan)      # never write a file this program would refuse to open
        if os.path.exists(path) and not overwrite:
            raise PlanError(f"Tệp “{os.path.basename(path)}” đã có; chọn tên khác.",
                            f"“{os.path.basename(path)}” already exists; choose another name.")
        if overwrite:
            guard_output(path, "sqlite", force=True)   # never a plan a window has open, never a folder
        try:
            tmp = temp_beside(path, suffix=".sqlite", create=False)
        except OSError as e:
            raise _os_error(e, path) from e
        conn = None
        try:
            conn = _connect(tmp)
            _init_schema(conn)
            conn.execute("PRAGMA synchronous=FULL")
            store = cls(tmp, conn)
            with store.transaction():
                conn.execute("INSERT INTO info(key, value) VALUES ('file_id', ?), ('created', ?)",
                             (plan.file_id, now_iso()))
                store._write_report(plan.import_report)
                by_table: dict[str, list[dict]] = {}
                for table, row in codec.iter_rows(plan):
                    _check_values(row)
                    row["hash"] = codec.content_hash(row)
                    row["rev"] = 1
                    by_table.setdefault(table, []).append(row)
                for table, rows in by_table.items():
                    store.db[table].insert_all(rows, batch_size=500)
            conn.close()
            conn = None
            replace_file(tmp, path)
        except BaseException as e:
            if conn is not None:
                try:
                    conn.close()
                except sqlite3.Error:
                    log.warning("closing the new file %s failed", tmp, exc_info=True)
            _silent_unlink(tmp)
            if isinstance(e, OSError) and not isinstance(e, PlanError):
                raise _os_error(e, path) from e
            if isinstance(e, sqlite3.Error):    # "database or disk is full" while writing the new file
                raise _db_error(e, path) from e
            raise
        return cls.open(path)

    @classmethod
    def open(cls, path: str) -> "PlanStore":
        """Validate and open *path* for editing.  A refused file is not touched."""
        path = os.path.abspath(path)
        if hot_journal(path) and os.access(path, os.W_OK):
            recover_journal(path)   # an interrupted save: roll it back first
        info = validate(path)
        if not os.access(path, os.W_OK):
            raise PlanError(f"Tệp “{os.path.basename(path)}” chỉ đọc; hãy chép ra máy để sửa.",
                            f"“{os.path.basename(path)}” is read-only; copy it to this computer to edit it.")
        try:
            conn = _connect(path)
            conn.execute("PRAGMA journal_mode=DELETE")   # also converts a WAL-mode file
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute("PRAGMA foreign_keys=OFF")
            if info.version < SCHEMA_VERSION:
                migrate(conn, info.version, path)
        except sqlite3.DatabaseError as e:
            raise FileRefused(f"Không mở được tệp “{os.path.basename(path)}”: {e}",
                              f"Cannot open “{os.path.basename(path)}”: {e}") from e
        store = cls(path, conn, info)
        # From here on no schema change of any kind is allowed on this connection.
        conn.set_authorizer(_authorizer)
        return store

    def close(self) -> None:
        try:
            self.conn.close()
        except sqlite3.Error:
            log.warning("closing %s failed", self.path, exc_info=True)

    # ------------------------------------------------------------ read ---
    def load(self) -> Plan:
        hashes: dict[str, tuple[str, str]] = {}
        plan = read_plan(self.conn, self.path, hashes)
        self._hash_cache = hashes
        return plan

    # ----------------------------------------------------------- write ---
    @contextmanager
    def transaction(self):
        """One transaction; a failure rolls it back.  A database error at
        any step (the disk full at COMMIT …) leaves as the clerk's one line
        (:func:`_db_error`), not as ``sqlite3.OperationalError``."""
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as e:
            raise _db_error(e, self.path) from e
        try:
            yield
        except BaseException as e:
            try:
                self.conn.execute("ROLLBACK")
            except sqlite3.Error:   # SQLite may have rolled back already (disk full, I/O error)
                log.warning("rollback after a failed change of %s failed", self.path, exc_info=True)
            self._hash_cache = None
            if isinstance(e, sqlite3.Error):
                raise _db_error(e, self.path) from e
            raise
        else:
            try:
                self.conn.execute("COMMIT")
            except sqlite3.Error as e:
                try:
                    self.conn.execute("ROLLBACK")
                except sqlite3.Error:
                    log.warning("rollback after a failed commit of %s failed", self.path, exc_info=True)
                self._hash_cache = None
                raise _db_error(e, self.path) from e

    def invalidate(self) -> None:
        """Forget what this store believes the file holds (after a failed change, or a change made
        to the file by other means): the next write compares against the file itself."""
        self._hash_cache = None

    def rollback(self) -> None:
        """Undo a transaction left open by an interrupted action (the crash handler's last resort)."""
        if self.conn.in_transaction:
            try:
                self.conn.execute("ROLLBACK")
            finally:
                self.invalidate()

    def info_value(self, key: str) -> str | None:
        """One value of the file's info table (file id, merge report, …), or None."""
        row = self.conn.execute("SELECT value FROM info WHERE key=?", (key,)).fetchone()
        return row[0] if row else None

    def _hashes(self) -> dict[str, tuple[str, str]]:
        if self._hash_cache is None:
            cache = {}
            for t in RECORD_TABLES:
                for rid, h in self.conn.execute(f"SELECT id, hash FROM {t}"):
                    cache[rid] = (t, h)
            self._hash_cache = cache
        return self._hash_cache

    def sync(self, plan: Plan, ids: set[str] | None = None) -> int:
        """Write what changed in *plan* to the file, in one transaction.

        With *ids*, only those records are looked at (an id no longer in the
        plan is deleted); without, the whole plan is compared.  Returns the
        number of records written or deleted.
        """
        fresh: dict[str, float] = {}
        try:
            with self.transaction():
                n = self._sync(plan, ids, fresh)
        except sqlite3.Error as e:     # OperationalError (disk, lock), DataError (a text too big) …
            raise _db_error(e, self.path) from e
        self._fresh.update(fresh)   # only once the versions are really on disk
        return n

    def mark_exposed(self) -> None:
        """A copy of the file is being made (save a copy, backup, write back,
        send): every current version may now be known elsewhere, so each is
        kept in ``history`` when it is next replaced."""
        self._fresh.clear()

    def _sync(self, plan: Plan, ids: set[str] | None, fresh: dict[str, float] | None = None) -> int:
        hashes = self._hashes()
        seen: set[str] = set()
        n = 0
        stamp = now_iso()
        now_m = time.monotonic()
        fresh = {} if fresh is None else fresh
        for table, row in codec.iter_rows(plan, ids):
            rid = row["id"]
            seen.add(rid)
            h = codec.content_hash(row)
            old = hashes.get(rid)
            if old is not None and old[1] == h:
                continue
            _check_values(row)
            row["hash"] = h
            if old is None:
                row["rev"] = 1
                self.db[table].insert(row, replace=True)
            else:
                prev = self.conn.execute(f"SELECT * FROM {table} WHERE id=?", (rid,)).fetchone()
                prev = dict(prev)
                # A version this store wrote less than COALESCE_SECONDS ago, of
                # which no copy has been made, is an intermediate state of one
                # burst of typing: no other file can hold it, so no merge can
                # need it as a base.  Replacing it without a history entry keeps
                # the file from growing by a full copy of the section at every
                # pause in typing (600 ms), ~4 MB an hour for a 1.4 kB section.
                born = self._fresh.get(rid)
                self._new_version(table, prev, row, stamp, keep_history=born is None or now_m - born >= COALESCE_SECONDS)
                _touch(plan, rid, stamp)
            hashes[rid] = (table, h)
            fresh[rid] = now_m
            n += 1
        gone = (set(hashes) - seen) if ids is None else (set(ids) - seen)
        if ids is not None and CONFLICTS_ID in ids:
            n += self._write_conflicts(plan.conflicts)
        for rid in gone:
            if rid not in hashes:
                continue
            table = hashes[rid][0]
            prev = self.conn.execute(f"SELECT * FROM {table} WHERE id=?", (rid,)).fetchone()
            if prev is not None:
                self._bury(table, dict(prev), stamp)
                n += 1
            del hashes[rid]
            self._fresh.pop(rid, None)
        return n

    # History and tombstones are written here, and only here: a record's previous version goes to
    # history when it changes, a deleted record leaves a tombstone — what a later merge needs.
    def _new_version(self, table: str, prev: dict, row: dict, stamp: str, keep_history: bool = True) -> None:
        """Write *row* (hash set) over *prev* as its next revision."""
        if keep_history:
            self.conn.execute("INSERT INTO history(tbl, rec_id, rev, hash, data, at) VALUES (?,?,?,?,?,?)",
                              (table, prev["id"], prev["rev"], prev["hash"], codec.jdump(_content(prev)), stamp))
        row["rev"] = prev["rev"] + 1
        row["modified"] = stamp
        cols = [k for k in row if k != "id"]
        self.conn.execute(f"UPDATE {table} SET " + ", ".join(f"{c}=?" for c in cols) + " WHERE id=?",
                          [row[c] for c in cols] + [prev["id"]])

    def _bury(self, table: str, prev: dict, stamp: str) -> None:
        """Delete a record, leaving its tombstone."""
        self.conn.execute("INSERT OR REPLACE INTO tombstone(rec_id, tbl, hash, data, at) VALUES (?,?,?,?,?)",
                          (prev["id"], table, prev["hash"], codec.jdump(_content(prev)), stamp))
        self.conn.execute(f"DELETE FROM {table} WHERE id=?", (prev["id"],))

    def info_rows(self, key: str) -> dict[str, str]:
        """The info rows named *key* or *key*.N (a value stored in pieces)."""
        return _info_rows(self.conn, key)

    def _write_conflicts(self, conflicts: list) -> int:
        """Write the merge-conflict list (Plan.conflicts) when it differs from the file's, inside the
        sync's transaction; returns 1 when written."""
        rows = codec.conflict_info_rows(conflicts)
        key = codec.CONFLICT_KEY
        stored = self.info_rows(key)
        if stored == rows or (not conflicts and not stored):
            return 0
        self.conn.execute("DELETE FROM info WHERE key = ? OR key LIKE ?", (key, key + ".%"))
        self.conn.executemany("INSERT INTO info(key, value) VALUES (?, ?)", list(rows.items()))
        return 1

    def replace_with(self, path: str) -> None:
        """Make this open file hold exactly the content of the (validated) plan file *path* — a merge
        result — in one step of SQLite's backup API; the plan must be loaded again afterwards."""
        validate(path)
        src = connect(path, mode="ro", immutable=1)
        try:
            src.backup(self.conn)
        except sqlite3.Error as e:
            raise _db_error(e, self.path) from e
        finally:
            src.close()
            self.invalidate()

    def _write_report(self, report: list[str]) -> None:
        self.conn.execute("INSERT OR REPLACE INTO info(key, value) VALUES ('import_report', ?)",
                          (json.dumps(report, ensure_ascii=False),))

    def set_import_report(self, report: list[str]) -> None:
        with self.transaction():
            self._write_report(report)

    # ----------------------------------------------------------- copies ---
    def save_copy(self, dest: str) -> None:
        """Copy the open file to *dest* (see :func:`copy_plan_file`), after noting that every current
        version may now be known elsewhere (a merge base). Runs on the caller's thread; a worker
        thread calls :meth:`mark_exposed` first and then :func:`copy_plan_file` on :attr:`path`."""
        self.mark_exposed()
        copy_plan_file(self.path, dest)

    def record_hashes(self) -> dict[str, str]:
        """{record id: content hash} of every record in the file (to check a copy just written)."""
        from .files import store_hashes
        return store_hashes(self.conn)

    def history_count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM history").fetchone()[0]


def read_plan(conn: sqlite3.Connection, path: str, hashes: dict | None = None,
              record_tables: tuple[str, ...] = RECORD_TABLES) -> Plan:
    """The one loader: every record table of an open (validated) file into a :class:`Plan` — of an older
    format too (*record_tables*: the tables it has). *hashes*, if given, receives {record id: (table,
    content hash)} for the store's change tracking."""
    tables: dict[str, list[dict]] = {}
    try:
        for t in record_tables:
            cur = conn.cursor()
            cur.row_factory = None
            cur.execute(f"SELECT * FROM {t}")
            names = [d[0] for d in cur.description]
            rows = [dict(zip(names, r)) for r in cur]
            tables[t] = rows
            if hashes is not None:
                for r in rows:
                    hashes[r["id"]] = (t, r["hash"])
        plan = codec.plan_from_rows(tables)
        fid = conn.execute("SELECT value FROM info WHERE key='file_id'").fetchone()
        if fid:
            plan.file_id = fid[0]
        rep = conn.execute("SELECT value FROM info WHERE key='import_report'").fetchone()
        plan.import_report = codec.jload(rep[0], []) if rep else []
        plan.conflicts = [c for c in codec.conflicts_from_info(_info_rows(conn, codec.CONFLICT_KEY))
                          if isinstance(c, dict)]
    except (sqlite3.DatabaseError, KeyError, TypeError, ValueError, AttributeError) as e:
        raise codec.unreadable(path, e) from e
    return plan


def _info_rows(conn, key: str) -> dict[str, str]:
    """The info rows named *key* or *key*.N (a value stored in pieces)."""
    rows = conn.execute("SELECT key, value FROM info WHERE key = ? OR key LIKE ?", (key, key + ".%"))
    return {k: v for k, v in rows}


def load_plan_readonly(path: str, validated: bool = False) -> Plan:
    """Read a file without writing anything to it (check-file, export, a received copy, a backup):
    validated first (*validated*: the caller has just run ``validate(path)``), then read on a
    read-only connection of its own — safe in a worker thread."""
    if not validated:
        validate(path)
    conn = connect(path, mode="ro", immutable=1)
    try:
        harden(conn)
        return read_plan(conn, path, record_tables=tables_of(conn))   # an older format read as it is
    finally:
        conn.close()


@contextmanager
def writing_plan_file(dest: str, prefix: str = ".tmp-", create: bool = True):
    """Yield a temporary name beside *dest* for a new plan file; when the block ends the file is synced,
    validated and renamed over *dest* (then validated again there); on any failure it is removed and
    *dest* is as it was, the error said in one line (disk full, file in use…). *create*: whether the
    temporary file exists when the block starts (SQLite's VACUUM INTO wants it not to)."""
    dest = os.path.abspath(dest)
    folder = os.path.dirname(dest) or "."
    tmp = None
    try:
        tmp = temp_beside(dest, prefix=prefix, suffix=".sqlite", create=create)
        yield tmp
        _fsync_file(tmp)
        validate(tmp)
        replace_file(tmp, dest)
        _fsync_dir(folder)
    except OSError as e:
        _silent_unlink(tmp)
        raise _os_error(e, dest) from e
    except sqlite3.Error as e:
        _silent_unlink(tmp)
        raise _db_error(e, dest) from e
    except BaseException:
        _silent_unlink(tmp)
        raise
    validate(dest)


def copy_plan_file(src: str, dest: str) -> None:
    """Copy the plan file *src* to *dest* with SQLite's backup API through a read-only connection of
    its own — never the window's: a worker thread may run it while the window goes on writing (the
    copy is of one committed state) — under a temp name, synced, validated, then renamed."""
    from .files import backup_into
    with writing_plan_file(dest) as tmp:
        backup_into(src, tmp)


def _check_values(row: dict) -> None:
    """A value longer than the validator accepts is never written (the file would
    then be refused when next opened): the change is refused, the file untouched."""
    for v in row.values():
        if isinstance(v, str) and len(v) > MAX_FIELD_CHARS:
            vi, en = over("field", len(v))
            raise PlanError(f"Nội dung quá lớn để lưu: {vi}. Thay đổi này chưa được lưu; dữ liệu cũ vẫn nguyên vẹn.",
                            f"The content is too large to save: {en}. This change was not saved; the previous "
                            "data is intact.")


_content = codec.content_of


def _touch(plan: Plan, rid: str, stamp: str) -> None:
    if plan.meta.id == rid:
        plan.meta.modified = stamp


def _authorizer(action, arg1, arg2, dbname, source):
    forbidden = {sqlite3.SQLITE_CREATE_TRIGGER, sqlite3.SQLITE_CREATE_VIEW, sqlite3.SQLITE_CREATE_TABLE,
                 sqlite3.SQLITE_CREATE_TEMP_TRIGGER, sqlite3.SQLITE_CREATE_TEMP_VIEW, sqlite3.SQLITE_DROP_TABLE,
                 sqlite3.SQLITE_ATTACH, sqlite3.SQLITE_DETACH, sqlite3.SQLITE_ALTER_TABLE}
    return sqlite3.SQLITE_DENY if action in forbidden else sqlite3.SQLITE_OK


def _db_error(e: sqlite3.Error, path: str) -> PlanError:
    msg = str(e).lower()
    name = os.path.basename(path)
    full = write_failure(e, path)
    if full is not None:
        return full
    if "readonly" in msg or "read-only" in msg:
        return PlanError(f"Ổ đĩa chỉ đọc, không ghi được “{name}”.", f"Read-only drive; cannot write “{name}”.")
    if "disk i/o error" in msg:
        return PlanError(f"Lỗi đọc/ghi đĩa khi lưu “{name}” (thiết bị đầy, hỏng hoặc đã bị rút ra). Dữ liệu cũ vẫn nguyên vẹn.",
                         f"Disk I/O error while saving “{name}” (device full, faulty or removed). The previous data is intact.")
    if "locked" in msg or "busy" in msg:
        return PlanError(f"Tệp “{name}” đang bị chương trình khác khóa; hãy thử lại.",
                         f"“{name}” is locked by another program; try again.")
    if "too big" in msg:
        return PlanError(f"Nội dung quá lớn để lưu vào “{name}” (một ô hay một đoạn dài hàng triệu ký tự?). "
                         "Thay đổi này chưa được lưu; dữ liệu cũ vẫn nguyên vẹn.",
                         f"The content is too large to save in “{name}” (a cell or paragraph millions of characters "
                         "long?). This change was not saved; the previous data is intact.")
    return PlanError(f"Lỗi ghi tệp “{name}”: {e}", f"Error writing “{name}”: {e}")


def _silent_unlink(p: str | None) -> None:
    if p:
        for suffix in ("", "-journal"):
            unlink_quiet(p + suffix)


def load_plan(path: str) -> Plan:
    """Validate, open, read and close: the plan in *path*. A file of an older format is read as it is,
    not migrated: reading a plan never rewrites it (a sample, a received copy) — opening it to edit does."""
    if not hot_journal(path):
        try:
            with open(path, "rb") as f:
                head = f.read(100)
        except OSError:
            head = b""
        if len(head) == 100 and 1 <= int.from_bytes(head[60:64], "big", signed=True) < SCHEMA_VERSION:
            return load_plan_readonly(path)
    st = PlanStore.open(path)
    try:
        return st.load()
    finally:
        st.close()


def save_plan(plan: Plan, path: str, overwrite: bool = False) -> None:
    PlanStore.create(path, plan, overwrite=overwrite).close()


__all__ = ["PlanStore", "load_plan", "save_plan", "new_id"]
