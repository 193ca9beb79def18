"""Windows path rules as pure functions, so that Linux can test them.

Everything here reasons with :mod:`ntpath` (Windows semantics on any
system); only :func:`drive_type` asks Windows itself, and every function
that needs it takes the asking function as a parameter, so the tests
simulate drives.  No Qt, no I/O except :func:`drive_type`.

* **Where a plan is edited** — :func:`needs_local_copy`: USB sticks and
  memory cards (``DRIVE_REMOVABLE``), network drives (``DRIVE_REMOTE``, a
  mapped ``Z:``) and UNC paths (``\\\\server\\share\\KH.sqlite``).  SQLite's
  locking is unreliable over SMB, so those are edited as a local working
  copy and written back, exactly like a stick.
* **Long paths** — :func:`long_path`: past ``MAX_PATH`` (260 characters)
  Windows' file functions fail unless the path has the ``\\\\?\\`` prefix
  (``\\\\?\\UNC\\server\\share\\…`` for a share).
* **A title as a file name** — :func:`safe_file_name`: the characters
  Windows forbids (``<>:"/\\|?*`` and control characters), names Windows
  reserves for devices (``CON``, ``PRN``, ``AUX``, ``NUL``, ``COM1``–``COM9``,
  ``LPT1``–``LPT9`` — with any extension), trailing dots and spaces (which
  Windows drops silently); :func:`fit_name` shortens a name so that the whole
  path stays under ``MAX_PATH``.
* **Per-user folders** — :func:`appdata_dir` (``%APPDATA%``, roams with the
  profile: settings) and :func:`local_appdata_dir` (``%LOCALAPPDATA%``, never
  on a network: working copies, backups), with the profile's defaults when
  the variables are missing.
* **A file held open by another program** — :func:`is_in_use` tells a
  sharing violation from other errors; :func:`program_for` names the program
  the clerk must close (Word for .docx, Excel for .xlsx …).
"""
from __future__ import annotations

import logging
import ntpath
import os
import re
import unicodedata

log = logging.getLogger(__name__)

IS_NT = os.name == "nt"

MAX_PATH = 260            # including the terminating NUL: a full path has at most 259 characters
MAX_DIR = MAX_PATH - 12   # CreateDirectory leaves room for an 8.3 file name
MAX_COMPONENT = 255       # one file or folder name (NTFS, exFAT, FAT32 long names)

# GetDriveTypeW results
DRIVE_UNKNOWN, DRIVE_NO_ROOT_DIR, DRIVE_REMOVABLE, DRIVE_FIXED, DRIVE_REMOTE, DRIVE_CDROM, DRIVE_RAMDISK = range(7)

FORBIDDEN_CHARS = '<>:"/\\|?*'
_FORBIDDEN_RE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
RESERVED_NAMES = frozenset(
    ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"]
    + [f"{p}{d}" for p in ("COM", "LPT") for d in "123456789\u00b9\u00b2\u00b3"])

# Windows error codes of a file another program holds open
ERROR_ACCESS_DENIED = 5
ERROR_SHARING_VIOLATION = 32
ERROR_LOCK_VIOLATION = 33
ERROR_USER_MAPPED_FILE = 1224
_IN_USE = (ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION, ERROR_USER_MAPPED_FILE)


def _nt(nt: bool | None) -> bool:
    return IS_NT if nt is None else nt


# ------------------------------------------------------------ drives --
def _back(path: str) -> str:
    return path.replace("/", "\\")


def is_unc(path: str) -> bool:
    """``\\\\server\\share\\…`` (also written with forward slashes, or as
    ``\\\\?\\UNC\\server\\share\\…``); not the ``\\\\?\\C:\\`` or ``\\\\.\\`` device forms."""
    p = _back(path)
    if p.upper().startswith("\\\\?\\UNC\\"):
        return True
    if p.startswith(("\\\\?\\", "\\\\.\\")):
        return False
    return p.startswith("\\\\") and len(p) > 2 and p[2] != "\\"


def drive_root(path: str) -> str:
    """``E:\\`` for ``E:\\KH\\plan.sqlite``, ``\\\\server\\share\\`` for a UNC path, '' without a drive."""
    drive = ntpath.splitdrive(_back(path))[0]
    return drive + "\\" if drive else ""


def drive_type(root: str) -> int:
    """GetDriveTypeW(*root*) on Windows; ``DRIVE_UNKNOWN`` elsewhere or on failure."""
    if not IS_NT:
        return DRIVE_UNKNOWN
    try:
        import ctypes
        return int(ctypes.windll.kernel32.GetDriveTypeW(root))
    except Exception:   # no kernel32 (not Windows), or a call Windows refused
        log.debug("drive type of %s unknown", root, exc_info=True)
        return DRIVE_UNKNOWN


def drive_kind(path: str, get_drive_type=None) -> str:
    """'network' (UNC path, mapped network drive), 'removable' (USB stick,
    memory card), 'cdrom', 'local' (fixed disk, RAM disk) or 'unknown'."""
    if IS_NT:
        path = ntpath.abspath(path)
    if is_unc(path):
        return "network"
    root = drive_root(path)
    if not root:
        return "unknown"
    t = (get_drive_type or drive_type)(root)
    return {DRIVE_REMOVABLE: "removable", DRIVE_REMOTE: "network", DRIVE_CDROM: "cdrom",
            DRIVE_FIXED: "local", DRIVE_RAMDISK: "local"}.get(t, "unknown")


def needs_local_copy(path: str, get_drive_type=None) -> bool:
    """True when a plan at *path* must be edited as a local working copy: on a
    USB stick or memory card, or on a network share (SQLite's file locking
    is not reliable over SMB: two offices writing at once corrupt the file)."""
    return drive_kind(path, get_drive_type) in ("removable", "network")


# -------------------------------------------------------- long paths --
def long_path(path: str, nt: bool | None = None) -> str:
    """*path* in the ``\\\\?\\`` form when it is too long for Windows' plain
    file functions (≥ 248 characters, the limit for folders); unchanged
    otherwise, and on other systems.  A relative path is made absolute first (on Windows)."""
    if not _nt(nt) or not path:
        return path
    p = _back(path)
    if p.startswith(("\\\\?\\", "\\\\.\\")):
        return p
    if IS_NT and not ntpath.isabs(p):
        p = ntpath.abspath(p)
    if len(p) < MAX_DIR:
        return path
    p = ntpath.normpath(p)          # \\?\ turns off the '.', '..' and '/' handling
    if is_unc(p):
        return "\\\\?\\UNC\\" + p[2:]
    return "\\\\?\\" + p


def too_long(path: str) -> bool:
    """True when *path* passes Windows' MAX_PATH (259 characters without the NUL)."""
    return len(_back(path)) > MAX_PATH - 1


def too_long_message(path: str) -> tuple[str, str] | None:
    """(vi, en) explanation for a path past MAX_PATH, or None: Windows without the long-path
    setting answers "file not found" for such a path, which would puzzle the clerk."""
    if not too_long(path):
        return None
    n = len(_back(path))
    return (f"Đường dẫn của tệp dài {n} ký tự, quá giới hạn {MAX_PATH} ký tự của Windows: hãy chép tệp "
            f"vào một thư mục có đường dẫn ngắn hơn (ví dụ Tài liệu) hoặc đặt tên thư mục ngắn lại, rồi mở lại. "
            f"Tệp: {path}",
            f"The file's path is {n} characters long, over Windows' limit of {MAX_PATH}: copy the file into a "
            f"folder with a shorter path (e.g. Documents) or shorten the folder names, then open it again. "
            f"File: {path}")


# -------------------------------------------------------- file names --
def is_reserved(name: str) -> bool:
    """``CON``, ``con.sqlite``, ``Nul .txt``, ``COM1.docx`` … are device names on Windows."""
    stem = name.split(".", 1)[0].rstrip(" ")
    return stem.upper() in RESERVED_NAMES


def safe_file_name(title: str, ext: str = "", fallback: str = "ke-hoach", max_len: int = 120) -> str:
    """A file name that Windows accepts, made from a plan's title (kept as
    written, Vietnamese letters included): forbidden characters become '-',
    runs of spaces one space, no leading/trailing spaces or trailing dots,
    a reserved device name gets a '_' in front, at most *max_len* characters
    with *ext* (which is kept whole)."""
    s = unicodedata.normalize("NFC", str(title or ""))
    s = _FORBIDDEN_RE.sub("-", s)
    s = re.sub(r"\s+", " ", s)
    s = re.sub(r"-{2,}", "-", s).strip(" .-")
    if not s:
        s = fallback
    room = max(1, min(max_len, MAX_COMPONENT) - len(ext))
    s = s[:room].rstrip(" .")
    if not s:
        s = fallback[:room]
    if is_reserved(s + ext):
        s = "_" + s[:room - 1]
    return s + ext


def fit_name(folder: str, name: str, limit: int = MAX_PATH - 1, min_stem: int = 8) -> str:
    """*name* shortened (its stem, never its extension) so that
    ``folder\\name`` has at most *limit* characters; a folder already too
    deep keeps at least *min_stem* characters of the stem."""
    full = len(_back(folder).rstrip("\\")) + 1 + len(name)
    if full <= limit:
        return name
    stem, ext = ntpath.splitext(name)
    keep = max(min_stem, len(stem) - (full - limit))
    cut = stem[:keep]
    if keep < len(stem) and stem[keep] not in " .-_":     # not in the middle of a word
        at = max(cut.rfind("-"), cut.rfind("_"), cut.rfind(" "))
        if at >= min_stem:
            cut = cut[:at]
    stem = cut.rstrip(" .-_") or stem[:keep]
    return stem + ext


# --------------------------------------------------- per-user folders --
def _profile(environ) -> str:
    return environ.get("USERPROFILE") or (
        ntpath.join(environ["HOMEDRIVE"], environ.get("HOMEPATH", "\\")) if environ.get("HOMEDRIVE") else
        os.path.expanduser("~"))


def appdata_dir(app: str = "KeHoach", environ=None) -> str:
    """``%APPDATA%\\KeHoach`` (roaming profile: the settings file), or
    ``%USERPROFILE%\\AppData\\Roaming\\KeHoach`` when the variable is missing."""
    environ = os.environ if environ is None else environ
    base = environ.get("APPDATA") or ntpath.join(_profile(environ), "AppData", "Roaming")
    return ntpath.join(base, app)


def local_appdata_dir(app: str = "KeHoach", environ=None) -> str:
    """``%LOCALAPPDATA%\\KeHoach`` (this PC only, never on a network share:
    working copies, backups, logs), or ``%USERPROFILE%\\AppData\\Local\\KeHoach``."""
    environ = os.environ if environ is None else environ
    base = environ.get("LOCALAPPDATA") or ntpath.join(_profile(environ), "AppData", "Local")
    return ntpath.join(base, app)


# ------------------------------------------------ files held open --
def is_in_use(exc: BaseException, target_exists: bool = True, nt: bool | None = None) -> bool:
    """True when *exc*, raised while replacing a file, means another program
    holds the file open: a sharing or lock violation, or on Windows an
    "access denied" over a file that exists (Word and Excel keep the
    documents they show open without delete sharing; our temporary file
    beside it was created, so the folder itself is writable)."""
    if not isinstance(exc, OSError):
        return False
    if getattr(exc, "winerror", None) in _IN_USE:
        return True
    return _nt(nt) and target_exists and isinstance(exc, PermissionError)


_PROGRAMS = (
    ((".docx", ".doc", ".docm", ".dotx", ".rtf", ".odt"), ("Microsoft Word", "Microsoft Word")),
    ((".xlsx", ".xls", ".xlsm", ".csv", ".ods"), ("Microsoft Excel", "Microsoft Excel")),
    ((".pdf",), ("trình đọc PDF (Adobe Reader, Foxit, trình duyệt…)", "the PDF reader (Adobe Reader, Foxit, a browser…)")),
    ((".ics",), ("Outlook hoặc chương trình lịch", "Outlook or the calendar program")),
    ((".sqlite", ".db"), ("một cửa sổ Kế hoạch khác hoặc DB Browser for SQLite",
                          "another Kế hoạch window or DB Browser for SQLite")),
    ((".zip",), ("chương trình nén/giải nén hoặc thư điện tử", "the zip program or the mail program")),
)


def program_for(path: str) -> tuple[str, str]:
    """(Vietnamese, English) name of the program that usually holds *path* open."""
    ext = ntpath.splitext(_back(path))[1].lower()
    for exts, names in _PROGRAMS:
        if ext in exts:
            return names
    return ("chương trình đang mở tệp này", "the program that has this file open")
