"""Writing a file so that it is either the old one or the complete new one.

Every writer of the program (plan copies, exports, settings, iCalendar, the
lock note) writes under a temporary name in the target's folder, makes the
bytes durable, renames over the target, and removes the temporary file on
any failure.  That sequence lives here once.
"""
from __future__ import annotations

import errno as _errno
import logging
import os
import tempfile
import time
from contextlib import contextmanager

from . import winpaths

log = logging.getLogger(__name__)

_FULL_ERRNOS = {_errno.ENOSPC, getattr(_errno, "EDQUOT", _errno.ENOSPC)}
_SQLITE_FULL = 13


def write_failure(e: BaseException, path: str):
    """The clerk's one line for a write that failed for want of room, as a
    :class:`~core.errors.DiskFull` — or ``None`` when *e* is another kind of
    failure (the caller keeps its own wording).  One mapping for every
    writer: an ``OSError`` ENOSPC/EDQUOT (full) or EFBIG (too large for the
    drive), SQLite's SQLITE_FULL ("database or disk is full"), and the same
    errors as lxml reports them while openpyxl writes a workbook."""
    from .errors import DiskFull, PlanError
    if isinstance(e, DiskFull):
        return e
    if isinstance(e, PlanError):
        return None
    name = os.path.basename(path) or path
    code = getattr(e, "errno", None) if isinstance(e, OSError) else None
    text = str(e)
    full = code in _FULL_ERRNOS or getattr(e, "sqlite_errorcode", None) == _SQLITE_FULL or \
        (type(e).__module__.startswith("sqlite3") and "disk is full" in text.lower()) or \
        "IO_ENOSPC" in text or "IO_EDQUOT" in text
    if full:
        return DiskFull(f"Đĩa đầy, không ghi được “{name}”. Dữ liệu cũ vẫn nguyên vẹn; hãy giải phóng chỗ "
                        "trên ổ đĩa (hoặc chọn ổ khác) rồi làm lại.",
                        f"Disk full; cannot write “{name}”. The previous data is intact; free some space "
                        "(or choose another drive) and try again.", _errno.ENOSPC)
    if code == _errno.EFBIG or "IO_EFBIG" in text:
        return DiskFull(f"Không ghi được “{name}”: tệp vượt quá kích thước ổ đĩa này cho phép (ổ FAT32: 4 GB). "
                        "Dữ liệu cũ vẫn nguyên vẹn.",
                        f"Cannot write “{name}”: the file is larger than this drive allows (FAT32: 4 GB). "
                        "The previous data is intact.", _errno.EFBIG)
    return None


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
    except OSError:   # some file systems cannot sync a folder; the rename itself has happened
        log.debug("fsync of folder %s failed", folder, exc_info=True)
    finally:
        os.close(fd)


def unlink_quiet(path: str | None) -> None:
    """Remove a file of ours if it is there; a failure is logged, never raised."""
    if path:
        try:
            os.unlink(path)
        except FileNotFoundError:
            pass
        except OSError:
            log.warning("could not remove %s", path, exc_info=True)


@contextmanager
def replacing(path: str, prefix: str = ".tmp-", suffix: str = ""):
    """Yield a temporary path beside *path*; when the block ends normally the
    temporary file is synced and renamed over *path*; on any error it is
    removed and *path* is left as it was.  A disk that is full (in the block
    or while syncing) raises :class:`~core.errors.DiskFull` (a PlanError and
    an OSError) — see :func:`write_failure`."""
    folder = os.path.dirname(os.path.abspath(path)) or "."
    try:
        fd, tmp = tempfile.mkstemp(prefix=prefix, suffix=suffix, dir=winpaths.long_path(folder))
    except OSError as e:
        raise (write_failure(e, path) or e) from e
    os.close(fd)
    try:
        yield tmp
        fsync_file(tmp)
        replace_file(tmp, path)
    except BaseException as e:
        unlink_quiet(tmp)
        full = write_failure(e, path)
        if full is not None and full is not e:
            raise full from e   # a full disk says so, in one line, wherever it struck
        raise
    fsync_dir(folder)


IN_USE_TRIES = 5          # a virus scanner or the indexer lets go within a second
IN_USE_WAIT = 0.2


def in_use_error(path: str, program: tuple[str, str] | None = None, cls=None):
    """The clerk's message for *path* held open by another program, naming the program to close
    (*program*: (vi, en); by default the one that usually opens such a file: Word, Excel…)."""
    from .errors import FileInUse
    name = os.path.basename(path) or path
    vi, en = program or winpaths.program_for(path)
    return (cls or FileInUse)(
        f"Không ghi được “{name}”: tệp đang được mở trong chương trình khác ({vi}). "
        f"Hãy đóng tệp này trong {vi} rồi thử lại (hoặc chọn tên tệp khác).",
        f"Cannot write “{name}”: the file is open in another program ({en}). "
        f"Close it in {en}, then try again (or choose another file name).", path=path)


def replace_file(tmp: str, path: str, tries: int = IN_USE_TRIES, wait: float = IN_USE_WAIT, sleep=None) -> None:
    """``os.replace(tmp, path)``, through the ``\\\\?\\`` form for long Windows
    paths.  When another program holds *path* open (Windows: sharing
    violation, or access denied over an existing file) it tries again a few
    times, then raises :class:`core.errors.FileInUse` naming the program to
    close; *tmp* is left for the caller to remove."""
    for attempt in range(max(1, tries)):
        try:
            os.replace(winpaths.long_path(tmp), winpaths.long_path(path))
            return
        except OSError as e:
            if not winpaths.is_in_use(e, os.path.exists(winpaths.long_path(path))):
                raise
            if attempt + 1 >= tries:
                raise in_use_error(path) from e
            (sleep or time.sleep)(wait)


def atomic_write(path: str, data: bytes | str, prefix: str = ".tmp-") -> None:
    """Write *data* (text is UTF-8) to *path* through :func:`replacing`."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    with replacing(path, prefix=prefix) as tmp:
        with open(tmp, "wb") as f:
            f.write(data)


# ------------------------------------------------------------ output guard --
_MAGIC = (("sqlite", (b"SQLite format 3\x00",)), ("zip", (b"PK\x03\x04", b"PK\x05\x06")), ("pdf", (b"%PDF",)),
          ("ics", (b"BEGIN:VCALENDAR",)))
_WANT = {"docx": "zip", "xlsx": "zip", "zip": "zip", "pdf": "pdf", "ics": "ics", "sqlite": "sqlite"}
_KIND_NAMES = {"docx": ("tệp Word", "a Word file"), "xlsx": ("tệp Excel", "an Excel file"),
               "zip": ("tệp nén .zip", "a .zip file"), "pdf": ("tệp PDF", "a PDF file"),
               "ics": ("tệp lịch .ics", "a calendar (.ics) file"), "sqlite": ("tệp kế hoạch", "a plan file")}


def sniff(path: str) -> str | None:
    """What an existing file is, by its first bytes: 'sqlite', 'zip', 'pdf',
    'ics', 'empty', or None (something else, or unreadable)."""
    try:
        with open(path, "rb") as f:
            head = f.read(32)
    except OSError:
        return None
    if not head:
        return "empty"
    head = head.lstrip(b"\xef\xbb\xbf")
    for kind, magics in _MAGIC:
        if any(head.startswith(m) for m in magics):
            return kind
    return None


def same_file(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.normcase(os.path.abspath(a)) == os.path.normcase(os.path.abspath(b))


def guard_output(path: str, kind: str, sources=(), force: bool = False) -> None:
    """Refuse to write a *kind* file ('docx', 'xlsx', 'pdf', 'ics', 'sqlite',
    'zip') at *path* when that would destroy something the clerk has:

    * never over one of *sources* (the file being read), even with *force*;
    * never an export over a plan file (.sqlite), even with *force* — an
      export of a plan over the plan itself, or over another plan, is how a
      day's work is lost;
    * without *force*, never over an existing file of another kind (a PDF
      written over a Word letter), nor over an existing plan when writing a
      plan.  Re-exporting over an earlier export of the same kind is fine.
    """
    from .errors import PlanError
    name = os.path.basename(path) or path
    if winpaths.IS_NT and winpaths.is_reserved(name):     # 'CON.docx' is the console, not a file
        raise PlanError(f"“{name}” là tên thiết bị dành riêng của Windows (CON, PRN, AUX, NUL, COM1…), "
                        "không dùng làm tên tệp được; hãy chọn tên khác.",
                        f"“{name}” is a device name reserved by Windows (CON, PRN, AUX, NUL, COM1…) and cannot "
                        "be a file name; choose another name.")
    if not os.path.lexists(path):
        return
    if os.path.isdir(path):
        raise PlanError(f"“{name}” là một thư mục, không phải tệp; hãy ghi rõ tên tệp.",
                        f"“{name}” is a folder, not a file; give a file name.")
    for s in sources:
        if same_file(path, s):
            raise PlanError(f"Tệp đích “{name}” chính là tệp đang đọc; chọn tên khác để không ghi đè lên nó.",
                            f"The output “{name}” is the file being read; choose another name so it is not overwritten.")
    have = sniff(path)
    if have == "sqlite" and kind != "sqlite":
        raise PlanError(f"“{name}” là một tệp kế hoạch (.sqlite): ghi {_KIND_NAMES[kind][0]} lên đó sẽ làm mất kế hoạch. "
                        "Hãy chọn tên tệp khác.",
                        f"“{name}” is a plan file (.sqlite): writing {_KIND_NAMES[kind][1]} over it would destroy the "
                        "plan. Choose another file name.")
    if force:
        return
    if kind == "sqlite" and have != "empty":
        raise PlanError(f"Tệp “{name}” đã có; không ghi đè (thêm --force nếu muốn thay thế).",
                        f"“{name}” already exists; not overwritten (add --force to replace it).")
    if have not in (_WANT[kind], "empty"):
        raise PlanError(f"Tệp “{name}” đã có và không phải {_KIND_NAMES[kind][0]}; không ghi đè "
                        "(chọn tên khác, hoặc thêm --force nếu chắc chắn muốn thay thế).",
                        f"“{name}” already exists and is not {_KIND_NAMES[kind][1]}; not overwritten "
                        "(choose another name, or add --force if you are sure).")
