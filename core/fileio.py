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
import re
import stat as _stat
import sys
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
            return
        except OSError:
            log.warning("could not remove %s", path, exc_info=True)


# ------------------------------------------------------ temporary names --
# Every temporary file the program writes beside a target is named by
# :func:`temp_beside`: a hidden name with one of these prefixes, eight random
# characters (tempfile's) and an optional suffix; SQLite may add "-journal".
_LEFTOVER = re.compile(r"^(?:(?:\.tmp-(?:send-|merge-)?|\.settings\.|\.ics-)[a-z0-9_]{8}(?:\.sqlite|\.zip|\.xlsx)?"
                       r"|\.~.+\.[a-z0-9_]{8}\.part)(?:-journal)?$")
LEFTOVER_AGE = 10 * 60      # seconds without a change before a temporary file counts as left over
_MADE_HERE: dict[str, float] = {}   # temporary names this process made (-> when): a write of its own may need them


def is_leftover_name(name: str) -> bool:
    """True for a file name that only :func:`temp_beside` makes (``.tmp-send-ab12cd_9.sqlite``,
    ``.~Ke hoach.pdf.ab12cd_9.part``, and their ``-journal``)."""
    return bool(_LEFTOVER.match(name))


def _open_here(paths: set[str]) -> set[str]:
    """Which of *paths* some live process on this computer has open (Linux: /proc;
    elsewhere nothing is known, and Windows refuses to delete an open file anyway)."""
    if not sys.platform.startswith("linux") or not paths:
        return set()
    found: set[str] = set()
    try:
        pids = [d for d in os.listdir("/proc") if d.isdigit()]
    except OSError:
        return set()
    for pid in pids:
        fd_dir = f"/proc/{pid}/fd"
        try:
            fds = os.listdir(fd_dir)
        except OSError:   # the process ended meanwhile, or is not ours to look at
            log.debug("cannot list %s", fd_dir, exc_info=True)
            continue
        for fd in fds:
            try:
                target = os.readlink(f"{fd_dir}/{fd}")
            except OSError:   # closed meanwhile
                log.debug("cannot read %s/%s", fd_dir, fd, exc_info=True)
                continue
            if target in paths:
                found.add(target)
    return found


def sweep_leftovers(folder: str, now: float | None = None, min_age: float | None = None) -> list[str]:
    """Remove temporary files of our own naming that an interrupted write (a
    killed export or send-copy) left in *folder*: only names :func:`temp_beside`
    makes, only when unchanged for *min_age* seconds (:data:`LEFTOVER_AGE`), never one a live
    process here holds open (a write going on at the same time).  Returns the
    paths removed.  Never raises: tidying is a courtesy."""
    now = time.time() if now is None else now
    min_age = LEFTOVER_AGE if min_age is None else min_age
    try:
        names = [n for n in os.listdir(folder) if is_leftover_name(n)]
    except OSError:
        return []
    # a temporary database and its journal go together: both old and unused, or both kept
    groups: dict[str, list[str]] = {}
    for n in names:
        p = os.path.join(os.path.realpath(folder), n)
        groups.setdefault(p[:-len("-journal")] if p.endswith("-journal") else p, []).append(p)
    for p, t in list(_MADE_HERE.items()):
        if now - t > 60 and not os.path.lexists(p):
            _MADE_HERE.pop(p, None)    # renamed into place or removed long ago: that write is over
    old: dict[str, list[str]] = {}
    for base, members in groups.items():
        if base in _MADE_HERE:
            continue                   # this process's own write in progress (send-copy makes two)
        try:
            sts = [os.lstat(p) for p in members]
        except OSError:   # gone meanwhile (another sweep): nothing to tidy
            log.debug("leftover %s vanished", base, exc_info=True)
            continue
        if all(_stat.S_ISREG(st.st_mode) and now - st.st_mtime >= min_age for st in sts):
            old[base] = members
    if not old:
        return []
    busy = _open_here({p for members in old.values() for p in members})
    removed = []
    for base, members in sorted(old.items()):
        if busy.intersection(members):
            continue          # a write going on at this moment (slow, or stalled): not ours to judge
        for p in sorted(members, key=len, reverse=True):     # the journal first, then its database
            try:
                os.unlink(p)
                removed.append(p)
            except OSError:
                log.warning("leftover temporary file %s not removed", p, exc_info=True)
    return removed


def temp_beside(path: str, prefix: str = ".tmp-", suffix: str = "", create: bool = True) -> str:
    """A fresh temporary name in *path*'s folder (hidden, our own naming, see
    :func:`is_leftover_name`), after tidying that folder's leftovers.  With
    *create* the empty file exists; without, only the name is reserved for a
    writer that must create the file itself (SQLite's ``VACUUM INTO``)."""
    folder = os.path.dirname(os.path.abspath(path)) or "."
    sweep_leftovers(folder)
    try:
        fd, tmp = tempfile.mkstemp(prefix=prefix, suffix=suffix, dir=winpaths.long_path(folder))
    except OSError as e:
        raise (write_failure(e, path) or e) from e
    os.close(fd)
    _MADE_HERE[os.path.join(os.path.realpath(folder), os.path.basename(tmp))] = time.time()
    if not create:
        os.unlink(tmp)
    return tmp


@contextmanager
def replacing(path: str, prefix: str = ".tmp-", suffix: str = ""):
    """Yield a temporary path beside *path*; when the block ends normally the
    temporary file is synced and renamed over *path*; on any error it is
    removed and *path* is left as it was.  A disk that is full (in the block
    or while syncing) raises :class:`~core.errors.DiskFull` (a PlanError and
    an OSError) — see :func:`write_failure`."""
    folder = os.path.dirname(os.path.abspath(path)) or "."
    tmp = temp_beside(path, prefix=prefix, suffix=suffix)
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


def file_identity(path: str | None) -> tuple[str, int, int] | None:
    """What a file *is*, not what it is called: (resolved path, device, inode),
    so a symbolic link, a hard link or another spelling of the same path is
    the same file.  On Windows ``os.stat`` gives the volume serial number and
    the NTFS file ID as device and inode.  None when *path* does not exist."""
    if not path:
        return None
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return os.path.normcase(os.path.realpath(path)), st.st_dev, st.st_ino


def same_identity(a: tuple[str, int, int] | None, b: tuple[str, int, int] | None) -> bool:
    if a is None or b is None:
        return False
    # a file system without file ids (st_ino 0) falls back on the resolved path
    return a[0] == b[0] or (a[2] != 0 and (a[1], a[2]) == (b[1], b[2]))


def same_file(a: str | None, b: str | None) -> bool:
    """True when *a* and *b* name one file (through links or not); for a path
    that does not exist yet, when the two resolve to the same name."""
    if not a or not b:
        return False
    ia, ib = file_identity(a), file_identity(b)
    if ia is not None and ib is not None:
        return same_identity(ia, ib)
    return os.path.normcase(os.path.realpath(a)) == os.path.normcase(os.path.realpath(b))


def refuse_if_open(path: str, here_ok: bool = False) -> None:
    """Refuse (one clear line) when a window of the program has *path* open —
    here or on another computer, under any name (symbolic or hard link): its
    lock note (see :mod:`core.session`) says so.  Replacing or writing the file
    under that window would make its last edits vanish.  With *here_ok* a
    window of this very process does not count (it is the one writing)."""
    from .errors import PlanError
    from .session import open_elsewhere
    info = open_elsewhere(path, here_ok=here_ok)
    if info is None:
        return
    name = os.path.basename(path) or path
    if info.state == "other-host":
        where_vi = f"trên máy “{info.host}” (người dùng “{info.user}”, từ {info.opened})"
        where_en = f"on the computer “{info.host}” (user “{info.user}”, since {info.opened})"
    else:
        where_vi, where_en = f"trong một cửa sổ Kế hoạch trên máy này (từ {info.opened})", \
            f"in a Kế hoạch window on this computer (since {info.opened})"
    raise PlanError(f"Tệp “{name}” đang được mở {where_vi}; không ghi đè để không mất các chỉnh sửa ở đó. "
                    f"Hãy đóng cửa sổ đó rồi thử lại (nếu chắc chắn không còn cửa sổ nào mở tệp, xoá tệp "
                    f"“{name}.lock” bên cạnh).",
                    f"“{name}” is open {where_en}; not overwritten, so that the edits made there are not lost. "
                    f"Close that window and try again (if you are sure no window has it open, delete "
                    f"“{name}.lock” beside it).")


def guard_output(path: str, kind: str, sources=(), force: bool = False, flag: str = "--force") -> None:
    """The one place that decides whether *path* may be written as a *kind*
    file ('docx', 'xlsx', 'pdf', 'ics', 'sqlite', 'zip') — every command-line
    action and every save of the window asks it first.  Refused when the write
    would destroy something the clerk has:

    * never over one of *sources* (the files being read, of any kind — a
      received .zip as well as a plan), whatever the name it is reached by
      (a link, another spelling: :func:`file_identity`), even with *force*;
    * never over a file a window has open (its lock note), even with *force*;
    * never an export over a plan file (.sqlite), even with *force* — an
      export of a plan over the plan itself, or over another plan, is how a
      day's work is lost;
    * without *force*, never over an existing file of another kind (a PDF
      written over a Word letter), nor over an existing plan when writing a
      plan.  Re-exporting over an earlier export of the same kind is fine.

    *flag* is the option named in the refusal (``--force``, ``--overwrite``).
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
    refuse_if_open(path)
    have = sniff(path)
    if have == "sqlite" and kind != "sqlite":
        raise PlanError(f"“{name}” là một tệp kế hoạch (.sqlite): ghi {_KIND_NAMES[kind][0]} lên đó sẽ làm mất kế hoạch. "
                        "Hãy chọn tên tệp khác.",
                        f"“{name}” is a plan file (.sqlite): writing {_KIND_NAMES[kind][1]} over it would destroy the "
                        "plan. Choose another file name.")
    if force:
        return
    if kind == "sqlite" and have != "empty":
        raise PlanError(f"Tệp “{name}” đã có; không ghi đè (thêm {flag} nếu muốn thay thế).",
                        f"“{name}” already exists; not overwritten (add {flag} to replace it).")
    if have not in (_WANT[kind], "empty"):
        raise PlanError(f"Tệp “{name}” đã có và không phải {_KIND_NAMES[kind][0]}; không ghi đè "
                        f"(chọn tên khác, hoặc thêm {flag} nếu chắc chắn muốn thay thế).",
                        f"“{name}” already exists and is not {_KIND_NAMES[kind][1]}; not overwritten "
                        f"(choose another name, or add {flag} if you are sure).")
