"""The lock note ``FILE.sqlite.lock`` beside a plan and the registry of the files open on this
computer: who has the file open, and whether a note left behind is stale (a crash) or another
window's.
"""
from __future__ import annotations

import getpass
import hashlib
import json
import logging
import os
import socket
import sys
from dataclasses import dataclass
from datetime import datetime

from ..errors import PlanError
from ..fileio import atomic_write, file_identity, same_file, unlink_quiet
from .paths import data_dir

log = logging.getLogger(__name__)


# ------------------------------------------------------------ lock note --
@dataclass
class LockInfo:
    host: str
    user: str
    pid: int
    opened: str
    state: str   # 'alive' (another window here), 'stale' (crash here), 'other-host'

    def describe(self) -> str:
        if self.state == "alive":
            return (f"Tệp này đang được mở trong một cửa sổ khác trên máy này (từ {self.opened}). "
                    "Hãy chuyển sang cửa sổ đó để sửa.")
        if self.state == "stale":
            return (f"Lần mở trước (lúc {self.opened}) chương trình đã đóng bất thường. "
                    "Mọi chỉnh sửa đã được ghi vào tệp ngay khi gõ, nên tệp vẫn nguyên vẹn; có thể mở tiếp bình thường.")
        return (f"Tệp đang được mở (hoặc chưa được đóng đúng cách) trên máy “{self.host}” "
                f"của người dùng “{self.user}” từ {self.opened}. Nếu máy đó đã đóng chương trình, có thể mở tiếp; "
                "nếu không, hai nơi cùng sửa một tệp sẽ ghi đè lên nhau.")


# Files this process has open (two windows of one program), by identity:
# key (resolved path, or "dev:ino") -> (resolved path, time opened).  Any
# name of an open file — a symbolic link, a hard link — finds it here.
_OPEN_HERE: dict[str, tuple[str, str]] = {}


def _keys(ident) -> list[str]:
    if ident is None:
        return []
    keys = [ident[0]]
    if ident[2]:
        keys.append(f"{ident[1]}:{ident[2]}")
    return keys


def _open_here(path: str) -> tuple[str, str] | None:
    ident = file_identity(path)
    for k in _keys(ident) or [os.path.normcase(os.path.realpath(path))]:
        if k in _OPEN_HERE:
            return _OPEN_HERE[k]
    return None


def lock_path(path: str) -> str:
    """The lock note beside the file itself (a symbolic link leads to the file's own folder)."""
    return os.path.realpath(os.path.abspath(path)) + ".lock"


def _registry_dir() -> str:
    """Notes of the files open on this computer, one per window, found by the
    file's identity (a hard link has no common folder to put a note beside)."""
    d = os.path.join(data_dir(), "open")
    os.makedirs(d, exist_ok=True)
    return d


def _registry_note(path: str, pid: int | None = None) -> str:
    real = os.path.normcase(os.path.realpath(os.path.abspath(path)))
    digest = hashlib.sha1(real.encode("utf-8", "surrogateescape")).hexdigest()[:12]
    return os.path.join(_registry_dir(), f"{pid or os.getpid()}-{digest}.json")


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":
        try:
            import ctypes
            h = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
            if not h:
                return False
            code = ctypes.c_ulong()
            ctypes.windll.kernel32.GetExitCodeProcess(h, ctypes.byref(code))
            ctypes.windll.kernel32.CloseHandle(h)
            return code.value == 259   # STILL_ACTIVE
        except Exception:   # no such process, or no right to ask: treated as gone
            log.debug("process %s not queried", pid, exc_info=True)
            return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def _from_registry(path: str) -> LockInfo | None:
    """Another live program on this computer that has this very file open
    under any name (the registry of open files, matched by identity)."""
    ident = file_identity(path)
    if ident is None:
        return None
    try:
        names = os.listdir(_registry_dir())
    except (OSError, PlanError):
        return None
    host = socket.gethostname()
    for n in names:
        if not n.endswith(".json"):
            continue
        note = os.path.join(_registry_dir(), n)
        try:
            with open(note, encoding="utf-8") as f:
                d = json.load(f)
            pid = int(d.get("pid", 0) or 0)
        except (OSError, ValueError, TypeError, AttributeError):   # a note half-written or removed meanwhile
            log.debug("open-file note %s not read", note, exc_info=True)
            continue
        if d.get("host") != host or pid == os.getpid():
            continue
        if not _pid_alive(pid):
            unlink_quiet(note)      # a window that died: its note means nothing
            continue
        theirs = (os.path.normcase(str(d.get("real", ""))), d.get("dev"), d.get("ino"))
        if theirs[0] != ident[0]:
            # another name: the same file only if that name still leads to this very file
            if not (ident[2] and (theirs[1], theirs[2]) == (ident[1], ident[2])
                    and same_file(str(d.get("real")), path)):
                continue
        return LockInfo(host, str(d.get("user", "?")), pid, str(d.get("opened", "?")), "alive")
    return None


def read_lock(path: str, here_ok: bool = False) -> LockInfo | None:
    """Who else has *path* open: the lock note beside the file, or another
    window on this computer that has the same file open under another name
    (symbolic or hard link).  A note by this very process is None unless the
    file is open in one of its windows (then 'alive'; with *here_ok*, None)."""
    here = None if here_ok else _open_here(path)
    if here is not None:
        return LockInfo(socket.gethostname(), _user(), os.getpid(), here[1], "alive")
    lp = lock_path(path)
    try:
        with open(lp, encoding="utf-8") as f:
            d = json.load(f)
        if not isinstance(d, dict):
            d = {}
    except FileNotFoundError:
        d = None
    except (OSError, ValueError):
        d = {}
    if d is not None:
        try:
            host, pid = str(d.get("host", "?")), int(d.get("pid", 0) or 0)
        except (TypeError, ValueError):
            host, pid = "?", 0
        if not (host == socket.gethostname() and pid == os.getpid()):
            if host == socket.gethostname():
                state = "alive" if _pid_alive(pid) else "stale"
            else:
                state = "other-host"
            info = LockInfo(host, str(d.get("user", "?")), pid, str(d.get("opened", "?")), state)
            if state != "stale":
                return info
            return _from_registry(path) or info
    return _from_registry(path)


def open_elsewhere(path: str, here_ok: bool = False) -> LockInfo | None:
    """The window that has *path* open, when one does (here or on another
    computer, under any name; with *here_ok* not counting this process): then
    the file must not be replaced.  A note left by a crash ('stale') does not
    count."""
    info = read_lock(path, here_ok=here_ok)
    return info if info is not None and info.state != "stale" else None


def write_lock(path: str, beside: bool = True, opened: str | None = None) -> None:
    """Note that this process has *path* open: in memory, in the registry of
    open files and (*beside*) in the lock note beside the file."""
    opened = opened or datetime.now().strftime("%H:%M %d/%m/%Y")
    ident = file_identity(path)
    real = os.path.normcase(os.path.realpath(os.path.abspath(path)))
    _forget_here(real)
    for k in _keys(ident) or [real]:
        _OPEN_HERE[k] = (real, opened)
    data = {"host": socket.gethostname(), "user": _user(), "pid": os.getpid(), "opened": opened, "app": "kehoach",
            "real": real, "dev": ident[1] if ident else None, "ino": ident[2] if ident else None}
    try:
        atomic_write(_registry_note(path), json.dumps(data, ensure_ascii=False))
    except (OSError, PlanError):   # the registry is a courtesy (hard links); the note beside the file remains
        log.warning("open-file registry note for %s not written", path, exc_info=True)
    if not beside:
        return
    lp = lock_path(path)
    try:
        atomic_write(lp, json.dumps(data, ensure_ascii=False))
        if sys.platform == "win32":
            try:
                import ctypes
                ctypes.windll.kernel32.SetFileAttributesW(lp, 0x2)   # hidden
            except Exception:   # shown instead of hidden: harmless
                log.debug("lock note %s not hidden", lp, exc_info=True)
    except OSError:   # a read-only folder: the lock is a courtesy, not a guarantee
        log.info("lock note for %s not written", path, exc_info=True)


def refresh_lock(path: str) -> None:
    """After the file was replaced by a write-back (a new inode), note its new
    identity, so that a link made to it since still finds it open."""
    real = os.path.normcase(os.path.realpath(os.path.abspath(path)))
    opened = next((v[1] for v in _OPEN_HERE.values() if v[0] == real), None)
    if opened is not None:
        write_lock(path, beside=False, opened=opened)


def _forget_here(real: str) -> None:
    for k in [k for k, v in _OPEN_HERE.items() if v[0] == real]:
        del _OPEN_HERE[k]


def release_lock(path: str) -> None:
    _forget_here(os.path.normcase(os.path.realpath(os.path.abspath(path))))
    try:
        unlink_quiet(_registry_note(path))
    except PlanError:   # no data folder to hold the registry: nothing was written there
        log.debug("open-file registry unavailable", exc_info=True)
    d = read_lock_raw(path)
    if d and d.get("pid") == os.getpid() and d.get("host") == socket.gethostname():
        unlink_quiet(lock_path(path))


def read_lock_raw(path: str) -> dict | None:
    try:
        with open(lock_path(path), encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:   # no user name in this environment (a service): the note says "?"
        log.debug("user name unknown", exc_info=True)
        return "?"
