"""Editing session around one plan file (no Qt): lock note, working copy, backups.

* **Lock note** — ``FILE.sqlite.lock`` beside the file: JSON with host, user,
  pid and time.  A second window refuses to edit the same file; a note left
  by a crash (same computer, process gone) is recognised as *stale* and the
  window explains it and carries on (the ``.sqlite`` itself is always
  complete: every edit is one committed transaction).
* **Working copy** — when the file sits on removable media (USB stick), the
  program edits a validated local copy and writes it back with the backup
  API (temp name, rename, re-check) on Ctrl+S, periodically and on close.
  A manifest beside the working copy lets the next start offer the copy
  back if the program died before writing it back.
* **Backups** — timestamped copies in a local folder, thinned to the last
  few, then one per day for a week, then one per week.
"""
from __future__ import annotations

import getpass
import hashlib
import json
import logging
import os
import re
import socket
import sys
import time
from dataclasses import dataclass
from datetime import datetime, timedelta

from .errors import PlanError
from .fileio import atomic_write, file_identity, replacing, same_file, unlink_quiet
from .store.files import backup_into
from .store.safe_open import validate

log = logging.getLogger(__name__)

APP_DIR_NAME = "KeHoach"


def data_dir() -> str:
    """The per-user local folder for working copies, backups and logs."""
    env = os.environ.get("KEHOACH_DATA_DIR")
    if env:
        base = env
    elif sys.platform == "win32":
        from .winpaths import local_appdata_dir  # %LOCALAPPDATA%\KeHoach: this PC, never a network share
        base = local_appdata_dir(APP_DIR_NAME)
    else:
        base = os.path.join(os.environ.get("XDG_DATA_HOME") or os.path.expanduser("~/.local/share"), "kehoach")
    os.makedirs(base, exist_ok=True)
    return base


def _key(path: str) -> str:
    path = os.path.normcase(os.path.abspath(path))
    return hashlib.sha1(path.encode("utf-8")).hexdigest()[:10]


def _stem(path: str) -> str:
    s = os.path.splitext(os.path.basename(path))[0]
    return re.sub(r"[^\w.-]+", "_", s)[:60] or "plan"


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


# --------------------------------------------------------- removable media --
def is_removable(path: str) -> bool:
    """True when *path* is on a USB stick / card or a network share (then we
    edit a local copy: SQLite's locking is unreliable over SMB); see core.winpaths."""
    force = os.environ.get("KEHOACH_REMOVABLE")
    if force is not None:
        return force == "1"
    if sys.platform == "win32":
        from .winpaths import needs_local_copy  # removable, mapped network drive, \\server\share
        return needs_local_copy(path)
    path = os.path.abspath(path)
    return path.startswith(("/media/", "/run/media/", "/mnt/", "/Volumes/"))


def working_dir() -> str:
    d = os.path.join(data_dir(), "working")
    os.makedirs(d, exist_ok=True)
    return d


def working_copy_path(original: str) -> str:
    return os.path.join(working_dir(), f"{_stem(original)}-{_key(original)}.sqlite")


def _manifest_path(work: str) -> str:
    return work + ".json"


def make_working_copy(original: str) -> str:
    """Copy *original* (validated) to the local working folder; returns the copy's path."""
    validate(original)
    work = working_copy_path(original)
    with replacing(work, suffix=".sqlite") as tmp:
        # through the one quoted URI (core.store.safe_open): 'KH%41.sqlite' is that file, not 'KHA.sqlite'
        backup_into(original, tmp)
        validate(tmp)
    st = os.stat(original)
    _write_manifest(work, {"original": os.path.abspath(original), "orig_mtime": st.st_mtime,
                           "orig_size": st.st_size, "written_back": True, "copied": time.time()})
    return work


def _write_manifest(work: str, d: dict) -> None:
    atomic_write(_manifest_path(work), json.dumps(d, ensure_ascii=False))


def read_manifest(work: str) -> dict | None:
    try:
        with open(_manifest_path(work), encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


def mark_dirty(work: str, dirty: bool = True) -> None:
    m = read_manifest(work) or {}
    if m.get("written_back") == (not dirty):
        return
    m["written_back"] = not dirty
    _write_manifest(work, m)


def pending_working_copy(original: str) -> str | None:
    """A working copy left by a crash, with edits not yet written back."""
    work = working_copy_path(original)
    m = read_manifest(work)
    if os.path.exists(work) and m and not m.get("written_back", True):
        return work
    return None


def write_back(store, original: str) -> None:
    """Write the open working copy (a PlanStore) back to *original*, safely."""
    store.save_copy(original)
    work = store.path
    st = os.stat(original)
    m = read_manifest(work) or {}
    m.update({"original": os.path.abspath(original), "orig_mtime": st.st_mtime, "orig_size": st.st_size,
              "written_back": True})
    _write_manifest(work, m)


# ---------------------------------------------------------------- backups --
BACKUP_RE = re.compile(r"-(\d{8}-\d{6})\.sqlite$")


def backup_dir(original: str) -> str:
    d = os.path.join(data_dir(), "backups", f"{_stem(original)}-{_key(original)}")
    os.makedirs(d, exist_ok=True)
    return d


def make_backup(store, original: str, now: datetime | None = None, keep: str | None = None) -> str:
    """A timestamped copy of the open file; then thin the folder (never
    deleting *keep*, e.g. the backup about to be restored)."""
    now = now or datetime.now()
    d = backup_dir(original)
    dest = os.path.join(d, f"{_stem(original)}-{now:%Y%m%d-%H%M%S}.sqlite")
    store.save_copy(dest)
    for old in thin_backups(list_backups(original), now):
        if keep and os.path.abspath(old) == os.path.abspath(keep):
            continue
        unlink_quiet(old)
    return dest


def list_backups(original: str) -> list[tuple[str, datetime]]:
    d = backup_dir(original)
    out = []
    for n in os.listdir(d):
        m = BACKUP_RE.search(n)
        if m:
            try:
                out.append((os.path.join(d, n), datetime.strptime(m.group(1), "%Y%m%d-%H%M%S")))
            except ValueError:   # a name that looks like a backup's but holds no real time: not ours
                log.debug("not a backup: %s", n)
    out.sort(key=lambda t: t[1], reverse=True)
    return out


def thin_backups(backups: list[tuple[str, datetime]], now: datetime, keep_last: int = 5,
                 days: int = 7, weeks: int = 8) -> list[str]:
    """Which backups to delete: keep the *keep_last* newest, then the newest of
    each day for *days* days, then the newest of each ISO week for *weeks* weeks."""
    ordered = sorted(backups, key=lambda t: t[1], reverse=True)
    keep: set[str] = {p for p, _ in ordered[:keep_last]}
    seen_days: set = set()
    seen_weeks: set = set()
    for p, t in ordered:
        age = now - t
        if age <= timedelta(days=days):
            if t.date() not in seen_days:
                seen_days.add(t.date())
                keep.add(p)
        elif age <= timedelta(weeks=weeks):
            wk = t.isocalendar()[:2]
            if wk not in seen_weeks:
                seen_weeks.add(wk)
                keep.add(p)
    return [p for p, _ in ordered if p not in keep]


# ------------------------------------------------------------- a session --
class Session:
    """Where the program actually edits *original* and what it must do on close."""

    def __init__(self, original: str, edit_path: str, working: bool):
        self.original = os.path.abspath(original)
        self.edit_path = edit_path
        self.working = working
        self.last_backup = 0.0

    @classmethod
    def start(cls, original: str, use_pending: bool = False) -> "Session":
        """Take the lock and choose the file to edit.  Call :func:`read_lock`
        first and ask the user; this does not refuse."""
        original = os.path.abspath(original)
        write_lock(original)
        if is_removable(original):
            pending = pending_working_copy(original)
            if pending and use_pending:
                validate(pending)
                return cls(original, pending, True)
            return cls(original, make_working_copy(original), True)
        return cls(original, original, False)

    def edited(self) -> None:
        if self.working:
            mark_dirty(self.edit_path, True)

    def flush(self, store) -> None:
        """Ctrl+S / periodic / close: write a working copy back to the stick."""
        if self.working:
            try:
                write_back(store, self.original)
                refresh_lock(self.original)     # the file on the stick is a new one (renamed into place)
            except OSError as e:
                raise PlanError(f"Không ghi được về “{self.original}”: {e}. Bản làm việc vẫn an toàn tại {self.edit_path}.",
                                f"Cannot write back to “{self.original}”: {e}. The working copy is safe at {self.edit_path}.")

    def backup(self, store, min_interval: float = 600.0) -> str | None:
        if time.time() - self.last_backup < min_interval:
            return None
        self.last_backup = time.time()
        try:
            return make_backup(store, self.original)
        except (PlanError, OSError):
            return None

    def end(self, store=None) -> None:
        if store is not None:
            self.flush(store)
        release_lock(self.original)


# -------------------------------------------------------- restore backups --
@dataclass
class BackupInfo:
    """One backup of a plan as the clerk sees it in File → Restore."""
    path: str
    when: datetime
    size: int
    sections: int = 0
    appendices: int = 0
    rows: int = 0
    title: str = ""
    error: str = ""      # the backup cannot be read (then it cannot be restored)
    lang: str = "vi"     # the language of the texts below ("vi" or "en", the interface's)

    @property
    def _locale(self) -> str:
        return "en" if self.lang == "en" else "vi_VN"

    def when_text(self, now: datetime | None = None) -> str:
        """'10:42 Thứ Hai, 03/06/2024 (2 giờ trước)' / '10:42 Monday, 3 June 2024 (2 hours ago)' — babel."""
        from babel.dates import format_datetime, format_timedelta
        now = now or datetime.now()
        pattern = "HH:mm EEEE, d MMMM y" if self.lang == "en" else "HH:mm EEEE, dd/MM/y"
        text = format_datetime(self.when, pattern, locale=self._locale)
        ago = format_timedelta(self.when - now, add_direction=True, locale=self._locale)
        return f"{text} ({ago})"

    def size_text(self) -> str:
        from babel.numbers import format_decimal
        if self.size < 1024 * 1024:
            return format_decimal(self.size / 1024, "#,##0.#", locale=self._locale) + " KB"
        return format_decimal(self.size / 1024 / 1024, "#,##0.#", locale=self._locale) + " MB"

    def summary_text(self) -> str:
        from babel.numbers import format_decimal
        if self.lang == "en":
            if self.error:
                return "cannot be read: " + self.error

            def n(k, one, many):
                return f"{format_decimal(k, locale='en')} {one if k == 1 else many}"
            return (f"{n(self.sections, 'section', 'sections')}, {n(self.appendices, 'appendix', 'appendices')}, "
                    f"{n(self.rows, 'table row', 'table rows')}")
        if self.error:
            return "không đọc được: " + self.error
        return (f"{format_decimal(self.sections, locale='vi_VN')} mục, {self.appendices} phụ lục, "
                f"{format_decimal(self.rows, locale='vi_VN')} dòng bảng")


def describe_backup(path: str, when: datetime, lang: str = "vi") -> BackupInfo:
    """Size and a short summary of one backup, read without touching it;
    its texts in *lang* ("vi" or "en")."""
    from .store.planfile import load_plan_readonly
    try:
        size = os.path.getsize(path)
    except OSError:
        size = 0
    info = BackupInfo(path, when, size, lang="en" if lang == "en" else "vi")
    try:
        plan = load_plan_readonly(path)
    except PlanError as e:
        info.error = e.message(info.lang)
        return info
    except Exception as e:   # a damaged backup is shown as such, never a crash
        log.warning("backup %s not readable", path, exc_info=True)
        info.error = f"{type(e).__name__}: {e}"
        return info
    info.sections = sum(1 for _ in plan.walk())
    info.appendices = len(plan.appendices)
    info.rows = sum(len(a.rows) for a in plan.appendices)
    info.title = plan.meta.title
    return info


def describe_backups(original: str, lang: str = "vi") -> list[BackupInfo]:
    """The backups of *original*, newest first, each with its summary (texts in *lang*: "vi" or "en")."""
    return [describe_backup(p, t, lang) for p, t in list_backups(original)]


@dataclass
class RestoreResult:
    before: str          # the backup of the state just before restoring
    changed: int         # records written or deleted
    plan: object         # the restored Plan (as now in the file)


def restore_backup(store, original: str, backup: str, now: datetime | None = None) -> RestoreResult:
    """Make the open file (*store*) hold the content of *backup*.

    First a backup of the current state is written (so the restore itself
    can be undone by restoring that one); then the backup's records replace
    the file's in ONE transaction through ``store.sync`` — changed records
    keep their history, records added since the backup leave tombstones, and
    the file keeps its identity (``file_id``) so merging with other offices
    still works.  A failure rolls the transaction back: the file stays as it
    was.  The caller reloads the plan from *store* afterwards.
    """
    plan = load_backup(original, backup)
    before = backup_before_restore(store, original, backup, now)
    changed = store.sync(plan)
    return RestoreResult(before, changed, store.load())


def load_backup(original: str, backup: str):
    """The plan held by one of *original*'s own backups, validated like any received file (a damaged
    backup is refused here). Reads the backup through its own read-only connection: safe in a worker."""
    from .fileio import refuse_if_open
    from .store.planfile import load_plan_readonly
    refuse_if_open(original, here_ok=True)   # another window (another name, another computer) has it open
    backup = os.path.abspath(backup)
    if os.path.dirname(backup) != os.path.abspath(backup_dir(original)):
        raise PlanError("Chỉ khôi phục được từ các bản sao lưu của chính tệp này.",
                        "Only this file's own backups can be restored.")
    return load_plan_readonly(backup)


def backup_before_restore(store, original: str, backup: str, now: datetime | None = None) -> str:
    """A backup of the current state under a time never used before (so the restore can itself be
    undone from File → Restore, even after the window is closed); returns its path."""
    now = now or datetime.now()
    while os.path.exists(os.path.join(backup_dir(original), f"{_stem(original)}-{now:%Y%m%d-%H%M%S}.sqlite")):
        now += timedelta(seconds=1)        # never overwrite a backup (least of all the one restored)
    return make_backup(store, original, now=now, keep=backup)
