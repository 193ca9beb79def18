"""Validate a plan file before trusting it.

A file that arrives by USB stick or email was writable by someone else.
:func:`validate` reads it through a read-only, immutable connection (so a
refused file is never modified, not even by a journal roll-back), checks
the header, application id, schema version, integrity and schema objects,
and raises :class:`FileRefused` with a message in Vietnamese (and English).
"""
from __future__ import annotations

import os
import sqlite3
import time
import urllib.parse
from dataclasses import dataclass, field

from .. import limits
from ..errors import FileRefused, NewerVersion
from .schema import APPLICATION_ID, SCHEMA_VERSION, SCHEMAS, expected_objects, normalise_sql

HEADER = b"SQLite format 3\x00"

# Limits for connections to plan files: large enough for the longest real
# cell (a task text of a few thousand characters, a whole section's JSON)
# and for our own queries, small enough to stop a crafted file.
LIMITS = {
    "SQLITE_LIMIT_LENGTH": 5_000_000,
    "SQLITE_LIMIT_SQL_LENGTH": 1_000_000,
    "SQLITE_LIMIT_COLUMN": 100,
    "SQLITE_LIMIT_EXPR_DEPTH": 100,
    "SQLITE_LIMIT_COMPOUND_SELECT": 10,
    "SQLITE_LIMIT_VDBE_OP": 250_000,
    "SQLITE_LIMIT_FUNCTION_ARG": 16,
    "SQLITE_LIMIT_ATTACHED": 0,
    "SQLITE_LIMIT_LIKE_PATTERN_LENGTH": 50,
    "SQLITE_LIMIT_VARIABLE_NUMBER": 10_000,
    "SQLITE_LIMIT_TRIGGER_DEPTH": 10,
}


def harden(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA trusted_schema=OFF")
    conn.execute("PRAGMA cell_size_check=ON")
    conn.execute("PRAGMA mmap_size=0")
    for name, value in LIMITS.items():
        const = getattr(sqlite3, name, None)
        if const is not None and hasattr(conn, "setlimit"):
            conn.setlimit(const, value)
    if hasattr(conn, "setconfig") and hasattr(sqlite3, "SQLITE_DBCONFIG_DEFENSIVE"):
        conn.setconfig(sqlite3.SQLITE_DBCONFIG_DEFENSIVE, True)


@dataclass
class FileInfo:
    path: str
    version: int = 0
    wal: bool = False
    problems: list[str] = field(default_factory=list)


def _one_line(text: str) -> str:
    """A refusal is one line: SQLite's own words (an integrity report, an error) may hold line breaks."""
    return " ".join(text.split())


def _refuse(vi: str, en: str):
    raise FileRefused(_one_line(vi), _one_line(en))


def refuse_unless_intact(conn, name: str, deadline: float | None = None) -> None:
    """SQLite's quick_check over the whole file; anything but "ok" refuses the file (the first three
    findings quoted, on one line)."""
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as e:
        if deadline is not None and time.monotonic() > deadline:
            _refuse(f"Kiểm tra tệp “{name}” quá lâu; tệp bị từ chối.", f"Checking “{name}” took too long; refused.")
        _refuse(f"Tệp “{name}” bị hỏng ({e}).", f"“{name}” is damaged ({e}).")
    if rows != [("ok",)]:
        detail = "; ".join(str(r[0]) for r in rows[:3])
        _refuse(f"Tệp “{name}” bị hỏng (kiểm tra toàn vẹn thất bại: {detail}).",
                f"“{name}” is damaged (integrity check failed: {detail}).")


def read_header(path: str) -> bytes:
    try:
        with open(path, "rb") as f:
            return f.read(100)
    except FileNotFoundError:
        _too_long(path)
        _refuse(f"Không tìm thấy tệp: {path}", f"File not found: {path}")
    except IsADirectoryError:
        _refuse(f"Đây là một thư mục, không phải tệp kế hoạch: {path}", f"This is a folder, not a plan file: {path}")
    except PermissionError:
        _refuse(f"Không có quyền đọc tệp: {path}", f"No permission to read the file: {path}")
    except OSError as e:
        _too_long(path)
        _refuse(f"Không đọc được tệp ({e.strerror}): {path}", f"Cannot read the file ({e.strerror}): {path}")
    return b""  # pragma: no cover


def _too_long(path: str) -> None:
    """Windows answers "not found" for a path past 260 characters: say that instead (core.winpaths)."""
    from ..winpaths import IS_NT, too_long_message
    if IS_NT and too_long_message(path):
        _refuse(*too_long_message(path))


def sqlite_uri(path: str, **params) -> str:
    """The SQLite URI naming exactly the file *path* — the one place a path
    becomes a URI.  Every character that means something in a URI (``%``,
    ``#``, ``?``, spaces, non-ASCII letters…) is percent-encoded, so
    ``KH%41.sqlite`` never reads ``KHA.sqlite`` and ``KH số 12#2026.sqlite``
    is not cut at the ``#``.  *params* become the query (``mode="ro"``,
    ``immutable=1``)."""
    p = os.path.abspath(path)
    if os.name == "nt":
        # 'C:\\x' -> 'file:C%3A%5Cx': SQLite decodes it back to the very same Windows path
        # (also a network path '\\\\server\\share\\x', which as 'file://server/…' it would refuse)
        uri = "file:" + urllib.parse.quote(p, safe="")
    else:
        # 'file://' + an absolute path: an empty authority, so even '//x/y' stays a path
        uri = "file://" + urllib.parse.quote_from_bytes(os.fsencode(p), safe="/")
    if params:
        uri += "?" + "&".join(f"{k}={urllib.parse.quote(str(v), safe='')}" for k, v in params.items())
    return uri


def memory_db() -> sqlite3.Connection:
    """A private database in memory (no file at all): for reading the columns the schema text makes."""
    return sqlite3.connect(":memory:")


def connect(path: str, **params) -> sqlite3.Connection:
    """Open the SQLite database in the file *path* (through :func:`sqlite_uri`,
    never a raw path: a name starting with ``file:`` would be read as a URI).
    Keyword arguments of :func:`sqlite3.connect` pass through; the others
    (``mode``, ``immutable``) go into the URI."""
    kw = {k: params.pop(k) for k in ("isolation_level", "check_same_thread", "timeout") if k in params}
    return sqlite3.connect(sqlite_uri(path, **params), uri=True, **kw)


def ro_uri(path: str) -> str:
    return sqlite_uri(path, mode="ro", immutable=1)


JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")


def hot_journal(path: str) -> bool:
    """True when a rollback journal left by an interrupted save lies beside
    *path* (then the file alone is not the database: SQLite must roll back)."""
    try:
        with open(path + "-journal", "rb") as f:
            return f.read(8) == JOURNAL_MAGIC
    except OSError:
        return False


def recover_journal(path: str) -> None:
    """Roll back an interrupted save in place (what SQLite does on the next
    open; done explicitly because :func:`validate` reads with ``immutable=1``,
    which ignores the journal).  Only page copies happen: no schema SQL runs."""
    if not hot_journal(path):
        return
    conn = connect(path, isolation_level=None, check_same_thread=False)
    try:
        harden(conn)
        conn.execute("PRAGMA user_version").fetchone()
    except sqlite3.DatabaseError as e:
        name = os.path.basename(path)
        _refuse(f"Tệp “{name}” có lần lưu dở dang nhưng không khôi phục được ({e}).",
                f"“{name}” has an interrupted save that cannot be rolled back ({e}).")
    finally:
        conn.close()


def validate(path: str, time_budget: float = 20.0) -> FileInfo:
    """Check that *path* is a plan file we can open.  Never writes to it."""
    head = read_header(path)
    name = os.path.basename(path)
    if hot_journal(path):
        _refuse(f"Tệp “{name}” có một lần lưu dở dang (tệp “-journal” bên cạnh); hãy mở bằng Tệp → Mở để chương trình khôi phục.",
                f"“{name}” has an interrupted save (a “-journal” file beside it); open it with File → Open to recover it.")
    if len(head) < 100 or not head.startswith(HEADER):
        if len(head) == 0:
            _refuse(f"Tệp “{name}” rỗng (0 byte), không phải tệp kế hoạch.",
                    f"“{name}” is empty (0 bytes), not a plan file.")
        _refuse(f"Tệp “{name}” không phải tệp kế hoạch của chương trình này (có thể là tệp khác bị đổi tên, "
                f"hoặc tệp bị hỏng khi chép).",
                f"“{name}” is not a plan file of this program (perhaps another file renamed, or a file damaged "
                f"while copying).")
    app_id = int.from_bytes(head[68:72], "big", signed=True)
    version = int.from_bytes(head[60:64], "big", signed=True)
    wal = head[18] == 2 or head[19] == 2
    if app_id != APPLICATION_ID:
        _refuse(f"Tệp “{name}” là cơ sở dữ liệu của một chương trình khác, không phải tệp kế hoạch.",
                f"“{name}” belongs to another program; it is not a plan file.")
    if version > SCHEMA_VERSION:
        raise NewerVersion(
            f"Tệp “{name}” được tạo bằng phiên bản mới hơn của chương trình (định dạng {version}); "
            f"phiên bản này chỉ đọc được đến định dạng {SCHEMA_VERSION}. Hãy cập nhật chương trình.",
            f"“{name}” was made by a newer version of the program (format {version}); "
            f"this version reads up to format {SCHEMA_VERSION}. Please update the program.")
    if version < 1 or version not in SCHEMAS:
        _refuse(f"Tệp “{name}” có phiên bản định dạng không hợp lệ ({version}).",
                f"“{name}” has an invalid format version ({version}).")
    if wal and (os.path.exists(path + "-wal") and os.path.getsize(path + "-wal") > 0):
        _refuse(f"Tệp “{name}” còn nhật ký “-wal” chưa được gộp bên cạnh; hãy chép cả hai tệp hoặc mở lại bằng chương trình đã tạo ra nó.",
                f"“{name}” has an unmerged “-wal” journal beside it; copy both files or reopen it in the program that made it.")
    size = os.path.getsize(path)
    page_size = int.from_bytes(head[16:18], "big") or 65536
    if page_size == 1:
        page_size = 65536
    pages_in_header = int.from_bytes(head[28:32], "big")
    if size % page_size != 0 or (pages_in_header and pages_in_header * page_size > size):
        _refuse(f"Tệp “{name}” bị cắt cụt hoặc hỏng (kích thước không khớp); có thể tệp chưa được chép hết.",
                f"“{name}” is truncated or damaged (size mismatch); it may not have been copied completely.")

    if size > limits.MAX_FILE_BYTES:
        _refuse(f"Tệp “{name}” quá lớn ({size // (1024 * 1024)} MB; giới hạn của chương trình là "
                f"{limits.MAX_FILE_BYTES // (1024 * 1024)} MB). Tệp bị từ chối, không bị thay đổi.",
                f"“{name}” is too large ({size // (1024 * 1024)} MB; the program's limit is "
                f"{limits.MAX_FILE_BYTES // (1024 * 1024)} MB). Refused; the file has not been changed.")

    deadline = time.monotonic() + time_budget
    try:
        conn = connect(path, mode="ro", immutable=1, isolation_level=None, check_same_thread=False)
    except sqlite3.Error as e:  # pragma: no cover - connect rarely fails with immutable
        _refuse(f"Không mở được tệp “{name}”: {e}", f"Cannot open “{name}”: {e}")
    try:
        harden(conn)
        conn.set_progress_handler(lambda: 1 if time.monotonic() > deadline else 0, 10_000)
        try:
            objs = conn.execute("SELECT type, name, sql FROM sqlite_schema").fetchall()
        except sqlite3.DatabaseError as e:
            _refuse(f"Tệp “{name}” bị hỏng, không đọc được cấu trúc ({e}).",
                    f"“{name}” is damaged; its structure cannot be read ({e}).")
        expected = expected_objects(version)
        found = set()
        for typ, oname, sql in objs:
            if typ in ("index",) and sql is None and oname.startswith("sqlite_autoindex_"):
                continue
            found.add((typ, oname, normalise_sql(sql)))
        extra = found - expected
        missing = expected - found
        if extra:
            kinds = {"trigger": "trigger", "view": "view (khung nhìn)", "table": "bảng", "index": "chỉ mục"}
            desc = ", ".join(sorted(f"{kinds.get(t, t)} “{n}”" for t, n, _ in extra))
            _refuse(f"Tệp “{name}” chứa thành phần lạ không thuộc định dạng kế hoạch: {desc}. Tệp bị từ chối để an toàn.",
                    f"“{name}” contains objects that are not part of the plan format: "
                    + ", ".join(sorted(f"{t} “{n}”" for t, n, _ in extra)) + ". Refused for safety.")
        if missing:
            _refuse(f"Tệp “{name}” thiếu bảng dữ liệu: {', '.join(sorted(n for _, n, _ in missing))}.",
                    f"“{name}” is missing tables: {', '.join(sorted(n for _, n, _ in missing))}.")
        _check_counts(conn, name)
        refuse_unless_intact(conn, name, deadline)
        try:
            n_meta = conn.execute("SELECT count(*) FROM meta").fetchone()[0]
        except sqlite3.DatabaseError as e:
            _refuse(f"Tệp “{name}” bị hỏng ({e}).", f"“{name}” is damaged ({e}).")
        if n_meta != 1:
            _refuse(f"Tệp “{name}” không có đúng một bản ghi thông tin văn bản.",
                    f"“{name}” does not hold exactly one document header record.")
        _check_sizes(conn, name)
    except FileRefused:
        raise
    except (sqlite3.Error, ValueError, OverflowError, MemoryError) as e:   # e.g. invalid UTF-8 in the schema
        _refuse(f"Tệp “{name}” bị hỏng ({type(e).__name__}).", f"“{name}” is damaged ({type(e).__name__}).")
    finally:
        conn.close()
    return FileInfo(path=path, version=version, wal=wal)


# ------------------------------------------------------------------ limits --
# Cheap queries run before anything is loaded (core/limits.py; README): a file
# over a limit is refused in well under a second, whatever its size.
_COUNTS = (
    ("sections", "SELECT count(*) FROM section"),
    ("appendices", "SELECT count(*) FROM appendix"),
    ("rows", "SELECT count(*) FROM appendix_row"),
    ("columns", "SELECT max(n) FROM (SELECT count(*) AS n FROM appendix_column GROUP BY appendix_id)"),
    ("signer", "SELECT count(*) FROM signer"),
    ("recipient", "SELECT count(*) FROM recipient"),
    ("agency", "SELECT count(*) FROM agency"),
    ("tracking", "SELECT count(*) FROM tracking"),
    ("info", "SELECT count(*) FROM info"),
)

# The stored values the reader decodes or keeps, per table.
_FIELDS = {
    "meta": ("data",),
    "section": ("parent_id", "kind", "title", "body", "tail"),
    "appendix": ("title", "label", "attachment", "numbering"),
    "appendix_column": ("appendix_id", "key", "title", "grp"),
    "appendix_row": ("appendix_id", "kind", "cells", "lead", "support", "status", "flag", "label"),
    "signer": ("prefix", "collective", "lines", "name"),
    "recipient": ("text",),
    "agency": ("name", "short", "level", "kind", "era"),
    "tracking": ("row_id", "occurrence", "done_date", "note"),
}


def _check_counts(conn: sqlite3.Connection, name: str) -> None:
    for what, sql in _COUNTS:
        n = conn.execute(sql).fetchone()[0] or 0
        if n > limits.WHAT[what][2]:
            raise limits.refuse_file(name, what, n)


def _check_sizes(conn: sqlite3.Connection, name: str) -> None:
    """Longest stored value, all the text the reader loads, depth of the section tree."""
    total = 0
    for table, cols in _FIELDS.items():
        sql = "SELECT " + ", ".join(f"max(length({c})), sum(length({c}))" for c in cols) + f" FROM {table}"
        try:
            got = [(n or 0) for n in conn.execute(sql).fetchone()]
        except sqlite3.DataError:          # longer than SQLITE_LIMIT_LENGTH: over the limit too
            raise limits.refuse_file(name, "field", None) from None
        except sqlite3.OperationalError as e:
            if "too big" in str(e).lower():
                raise limits.refuse_file(name, "field", None) from None
            raise
        longest = max(got[0::2])
        if longest > limits.MAX_FIELD_CHARS:
            raise limits.refuse_file(name, "field", longest)
        total += sum(got[1::2])
    if total > limits.MAX_CONTENT_CHARS:
        raise limits.refuse_file(name, "content", total)
    links = dict(conn.execute("SELECT id, parent_id FROM section"))
    depth = limits.section_depth(links)
    if depth > limits.MAX_DEPTH:
        raise limits.refuse_file(name, "depth", depth)
