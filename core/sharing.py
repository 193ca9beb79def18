"""Passing plan files between offices: USB sticks and email (no Qt).

* :func:`send_copy` — a clean single file for another office: ``VACUUM
  INTO`` (no journal beside it, free pages and deleted content purged),
  named after the plan, optionally zipped for email; written under a
  temporary name, checked, then renamed.  ``clean=True`` also drops the
  revision history and tombstones (for a final copy that will not come back
  to be merged: they hold earlier wordings).
* :func:`save_back` — write the open plan onto a stick with the backup API
  (temp name, rename), re-open the written file and compare every record
  with the plan before reporting success; refuses to overwrite a file that
  changed on the stick since it was read.
* :func:`open_received` — a file from a stick or an email: copy it (with a
  hot journal if a save was interrupted) into the local working folder,
  roll back, validate, and return the local path to edit.  The received
  file's bytes are never changed.
* :func:`needs_local_copy` — removable, network, temporary or zipped places.
"""
from __future__ import annotations

import hashlib
import logging
import os
import re
import shutil
import sqlite3
import sys
import tempfile
import unicodedata
import zipfile
from contextlib import contextmanager

from .errors import FileRefused, PlanError
from .fileio import guard_output, replace_file
from .store.files import file_meta, plan_id, record_hashes, vacuum_copy
from .store.safe_open import hot_journal, recover_journal, validate

log = logging.getLogger(__name__)

MAX_UNZIPPED = 512 * 1024 * 1024     # a plan is a few MB; refuse zip bombs
MAX_RATIO = 200


# ------------------------------------------------------------- folders --
def work_dir(override: str | None = None) -> str:
    """The local working folder for received files.

    Order: *override*, environment ``KEHOACH_WORK_DIR``, then
    ``<data dir>/work`` (``~/.local/share/kehoach/work`` on Linux,
    ``%LOCALAPPDATA%\\KeHoach\\work`` on Windows; the data dir itself follows
    ``KEHOACH_DATA_DIR``, see :mod:`core.session`).
    """
    d = override or os.environ.get("KEHOACH_WORK_DIR")
    if not d:
        from .session import data_dir
        d = os.path.join(data_dir(), "work")
    try:
        os.makedirs(d, exist_ok=True)
    except OSError as e:
        raise PlanError(f"Không tạo được thư mục làm việc “{d}”: {e.strerror}",
                        f"Cannot create the working folder “{d}”: {e.strerror}") from e
    return d


# ----------------------------------------------------- removable media --
_NET_FS = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "9p", "afs", "davfs", "fuse.gvfsd-fuse"}


def _mount_of(path: str) -> tuple[str, str, str] | None:
    """(device, mount point, fs type) of the mount holding *path* (Linux)."""
    try:
        with open("/proc/self/mounts", encoding="utf-8", errors="replace") as f:
            mounts = [line.split()[:3] for line in f if len(line.split()) >= 3]
    except OSError:
        return None
    path = os.path.realpath(path)
    best = None
    for dev, mnt, fs in mounts:
        mnt = mnt.replace("\\040", " ")
        if path == mnt or path.startswith(mnt.rstrip("/") + "/"):
            if best is None or len(mnt) > len(best[1]):
                best = (dev, mnt, fs)
    return best


def is_removable(path: str) -> bool:
    """True for a USB stick or memory card (also ``KEHOACH_REMOVABLE=1``)."""
    from .session import is_removable as by_path
    if by_path(path):
        return True
    if os.environ.get("KEHOACH_REMOVABLE") is not None or not sys.platform.startswith("linux"):
        return False
    m = _mount_of(path)
    if not m or not m[0].startswith("/dev/"):
        return False
    dev = os.path.basename(os.path.realpath(m[0]))
    for _ in range(3):   # sdb1 -> sdb, mmcblk0p1 -> mmcblk0
        p = f"/sys/class/block/{dev}/removable"
        try:
            with open(p) as f:
                return f.read().strip() == "1"
        except OSError:
            dev = re.sub(r"(p?\d+)$", "", dev) if re.search(r"\d$", dev) else dev
    return False


def is_network(path: str) -> bool:
    if sys.platform == "win32":
        from .winpaths import drive_kind  # \\server\share, and mapped network drives (Z:)
        return drive_kind(path) == "network"
    m = _mount_of(path)
    return bool(m and m[2] in _NET_FS)


def needs_local_copy(path: str) -> bool:
    """Files on sticks, network shares, in temporary or download folders
    (where mail programs put attachments) and inside zips are edited as a
    local working copy."""
    if path.lower().endswith(".zip") or is_removable(path) or is_network(path):
        return True
    p = os.path.realpath(path)
    places = [tempfile.gettempdir(), os.path.expanduser("~/Downloads"), os.path.expanduser("~/Tải xuống")]
    return any(p.startswith(os.path.realpath(x) + os.sep) for x in places if x)


# -------------------------------------------------------------- naming --
def _ascii(s: str) -> str:
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def _slug(text: str, limit: int) -> str:
    """'Kế hoạch cải thiện …' → 'ke-hoach-cai-thien-…', at most *limit* characters, cut between words."""
    s = re.sub(r"[^a-z0-9]+", "-", _ascii(text).lower()).strip("-")
    if len(s) > limit:
        cut = s[:limit + 1]
        s = cut[:cut.rfind("-")] if "-" in cut[:limit + 1] else s[:limit]
    return s.strip("-")


def plan_file_name(meta_data: dict, ext: str = ".sqlite") -> str:
    """'KH-123-UBND_xa-thanh-thuy_ke-hoach-cai-thien-chi-so-papi-2026.sqlite' — ASCII, so it survives
    FAT sticks and every mail program; it names the office (the *agency* as printed, first line) so the
    office that receives it knows whose copy it is, and words are never cut in half."""
    num = str(meta_data.get("number") or "").strip()
    sym = str(meta_data.get("symbol") or "").strip()
    doc = "KH"
    head = "-".join(x for x in (doc if not sym else "", num, sym) if x)
    title = _slug(str(meta_data.get("title") or "ke hoach"), 60) or "ke-hoach"
    agency = str(meta_data.get("agency") or "").strip().split("\n")[-1]
    office = _slug(agency, 30)
    if office and office not in title:
        title = f"{office}_{title}"
    head = re.sub(r"[^A-Za-z0-9-]+", "-", _ascii(head)).strip("-")
    from .winpaths import safe_file_name  # 'con.sqlite' is a device on Windows; ≤ 120 characters
    return safe_file_name(f"{head}_{title}" if head else title, ext)


# ---------------------------------------------------------------- utils --
def _tmp_name(folder: str, suffix: str) -> str:
    """A fresh, not yet existing name in *folder* (VACUUM INTO needs that)."""
    from .fileio import temp_beside
    return temp_beside(os.path.join(folder, "x"), prefix=".tmp-send-", suffix=suffix, create=False)


def _errors(dest: str):
    from .store.planfile import _db_error, _os_error
    return _os_error, _db_error


def fingerprint(path: str) -> tuple[int, str] | None:
    """(size, sha256) of a file, to notice that it changed on the stick."""
    try:
        h = hashlib.sha256()
        with open(path, "rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                h.update(chunk)
        return os.path.getsize(path), h.hexdigest()
    except OSError:
        return None


# ----------------------------------------------------------- send a copy --
def send_copy(src: str, dest: str, zip_it: bool = False, clean: bool = False, overwrite: bool = False) -> str:
    """Write a clean single-file copy of the plan *src* to *dest* (a folder:
    the file is named after the plan; or a file name).  Returns its path."""
    from .store.planfile import _fsync_dir, _fsync_file, _silent_unlink
    _os_error, _db_error = _errors(dest)
    src = os.path.abspath(src)
    with _readable(src) as readable_src:
        validate(readable_src)
        meta = file_meta(readable_src)
        if dest.endswith(("/", os.sep)) and not os.path.isdir(dest):
            raise PlanError(f"Thư mục “{dest}” không tồn tại; hãy chọn thư mục nhận có sẵn.",
                            f"The folder “{dest}” does not exist; choose an existing destination folder.")
        if os.path.isdir(dest):
            final = os.path.join(dest, plan_file_name(meta, ".zip" if zip_it else ".sqlite"))
        else:
            final = os.path.abspath(dest)
            if zip_it and not final.lower().endswith(".zip"):
                final += ".zip"
        if os.path.exists(final) and not overwrite:
            raise PlanError(f"Tệp “{os.path.basename(final)}” đã có ở nơi nhận; chọn tên khác hoặc cho phép ghi đè.",
                            f"“{os.path.basename(final)}” already exists there; choose another name or allow overwriting.")
        guard_output(final, "zip" if zip_it else "sqlite", sources=[src], force=True)
        folder = os.path.dirname(final) or "."
        tmp = tmpzip = None
        try:
            tmp = _tmp_name(folder, ".sqlite")
            vacuum_copy(readable_src, tmp, clean)
            _fsync_file(tmp)
            validate(tmp)
            if record_hashes(tmp) != record_hashes(readable_src):
                raise PlanError("Bản sao vừa ghi không khớp với kế hoạch; chưa gửi.",
                                "The copy just written does not match the plan; not sent.")
            if zip_it:
                tmpzip = _tmp_name(folder, ".zip")
                member = plan_file_name(meta)
                with zipfile.ZipFile(tmpzip, "w", compression=zipfile.ZIP_DEFLATED) as z:
                    z.write(tmp, member)
                _fsync_file(tmpzip)
                with zipfile.ZipFile(tmpzip) as z:
                    if z.testzip() is not None:
                        raise PlanError("Tệp nén vừa ghi bị lỗi; chưa gửi.", "The zip just written is damaged; not sent.")
                replace_file(tmpzip, final)
                _silent_unlink(tmp)
            else:
                replace_file(tmp, final)
            _fsync_dir(folder)
        except OSError as e:
            _silent_unlink(tmp)
            _silent_unlink(tmpzip)
            raise _os_error(e, final) from e
        except sqlite3.Error as e:
            _silent_unlink(tmp)
            _silent_unlink(tmpzip)
            raise _db_error(e, final) from e
        except BaseException:
            _silent_unlink(tmp)
            _silent_unlink(tmpzip)
            raise
    return final


@contextmanager
def _readable(path: str):
    from .merge import readable
    with readable(path) as p:
        yield p


# -------------------------------------------------------- save back to USB --
def save_back(store, dest: str, expect: tuple[int, str] | None = None, force: bool = False) -> None:
    """Write the open plan (a PlanStore) to *dest* with the backup API, then
    re-open the written file and compare every record before reporting
    success.  *expect* is :func:`fingerprint` of *dest* when it was read: if
    the file on the stick changed since, refuse (unless *force*)."""
    dest = os.path.abspath(dest)
    guard_output(dest, "sqlite", sources=[store.path], force=True)   # never the plan itself, nor one open in a window
    if expect is not None and not force and os.path.exists(dest) and fingerprint(dest) != expect:
        raise PlanError(f"Tệp “{os.path.basename(dest)}” trên thiết bị đã bị thay đổi từ khi mở; "
                        "không ghi đè. Hãy lưu thành tên khác rồi dùng Tệp → Gộp.",
                        f"“{os.path.basename(dest)}” changed on the device since it was opened; not overwritten. "
                        "Save under another name and use File → Merge.")
    store.save_copy(dest)   # temp name, backup API, fsync, validate, rename
    try:
        written = record_hashes(dest)
    except sqlite3.Error as e:
        raise PlanError(f"Không đọc lại được “{os.path.basename(dest)}” sau khi ghi ({e}); hãy ghi lại.",
                        f"“{os.path.basename(dest)}” cannot be read back after writing ({e}); write it again.") from e
    if written != store.record_hashes():
        raise PlanError(f"Tệp “{os.path.basename(dest)}” ghi ra không khớp với kế hoạch đang mở; hãy ghi lại.",
                        f"“{os.path.basename(dest)}” as written does not match the open plan; write it again.")


# ------------------------------------------------------- open a received file --
@contextmanager
def received_path(path: str):
    """A plain plan file path for *path*: itself, or the one plan file inside a
    zip, extracted to a temporary folder (removed afterwards)."""
    if not path.lower().endswith(".zip"):
        yield path
        return
    d = tempfile.mkdtemp(prefix="kehoach-zip-")
    try:
        yield _extract(path, d)
    finally:
        shutil.rmtree(d, ignore_errors=True)


def _extract(zpath: str, folder: str) -> str:
    name = os.path.basename(zpath)
    try:
        with zipfile.ZipFile(zpath) as z:
            members = [i for i in z.infolist() if not i.is_dir() and i.filename.lower().endswith(".sqlite")]
            if len(members) != 1:
                raise FileRefused(f"Tệp nén “{name}” phải chứa đúng một tệp kế hoạch .sqlite (có {len(members)}).",
                                  f"“{name}” must hold exactly one .sqlite plan file (it holds {len(members)}).")
            m = members[0]
            if m.file_size > MAX_UNZIPPED or (m.compress_size and m.file_size / m.compress_size > MAX_RATIO):
                raise FileRefused(f"Tệp nén “{name}” quá lớn hoặc bất thường; bị từ chối.",
                                  f"“{name}” is too large or abnormal; refused.")
            # never the member's own path (untrusted); named after the .zip the clerk chose, so that a merge
            # report kept in the file says whose copy it was (not "received.sqlite")
            stem = re.sub(r"[^\w.-]+", "_", os.path.splitext(name)[0])[:120].strip("._") or "received"
            out = os.path.join(folder, stem + ".sqlite")
            with z.open(m) as src, open(out, "wb") as dst:
                left = MAX_UNZIPPED
                while True:
                    chunk = src.read(1 << 20)
                    if not chunk:
                        break
                    left -= len(chunk)
                    if left < 0:
                        raise FileRefused(f"Tệp nén “{name}” quá lớn; bị từ chối.", f"“{name}” is too large; refused.")
                    dst.write(chunk)
            return out
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, NotImplementedError, RuntimeError, ValueError) as e:
        raise FileRefused(f"Tệp nén “{name}” bị hỏng hoặc không đọc được ({e}).",
                          f"“{name}” is a damaged or unreadable zip ({e}).") from e
    except OSError as e:
        raise FileRefused(f"Không đọc được “{name}” ({e.strerror or e}).", f"Cannot read “{name}” ({e.strerror or e}).") from e


def open_received(path: str, work: str | None = None) -> str:
    """Validate a file received on a stick or by email and copy it into the
    local working folder; returns the local copy's path (to open and edit).
    The received file itself is only read."""
    from .store.planfile import _silent_unlink
    path = os.path.abspath(path)
    folder = work_dir(work)
    stem = re.sub(r"[^\w.-]+", "_", os.path.splitext(os.path.basename(path))[0])[:80] or "ke-hoach"
    with received_path(path) as plain:
        # the same received file opened again: its working copy (with the clerk's edits) is reused,
        # not copied a second time beside it; a different file of the same name gets a new copy
        received = fingerprint(plain)
        for cand in [os.path.join(folder, stem + ".sqlite")] + \
                [os.path.join(folder, f"{stem} ({n}).sqlite") for n in range(2, 50)]:
            if not os.path.exists(cand):
                break
            try:
                with open(cand + ".received", encoding="utf-8") as f:
                    if f.read().strip() == (received[1] if received else "?"):
                        return cand
            except OSError:   # no note beside it: a copy of another received file
                log.debug("no .received note for %s", cand, exc_info=True)
                continue
        wal = plain + "-wal"
        if os.path.isfile(wal) and os.path.getsize(wal) > 0:   # its last changes live in the -wal: don't split them
            n = os.path.basename(path)
            raise FileRefused(f"Tệp “{n}” còn nhật ký “-wal” chưa được gộp bên cạnh; hãy chép cả hai tệp hoặc mở lại "
                              "bằng chương trình đã tạo ra nó rồi lưu lại.",
                              f"“{n}” has an unmerged “-wal” journal beside it; copy both files, or reopen and save it "
                              "in the program that made it.")
        tmp = _tmp_name(folder, ".sqlite")
        try:
            try:
                shutil.copyfile(plain, tmp)
                if hot_journal(plain):   # a save interrupted on the stick: roll it back in our copy
                    shutil.copyfile(plain + "-journal", tmp + "-journal")
            except IsADirectoryError as e:
                raise FileRefused(f"Đây là một thư mục, không phải tệp kế hoạch: {path}",
                                  f"This is a folder, not a plan file: {path}") from e
            except FileNotFoundError as e:
                raise FileRefused(f"Không tìm thấy tệp: {path}", f"File not found: {path}") from e
            except OSError as e:
                raise FileRefused(f"Không chép được tệp “{os.path.basename(path)}” ({e.strerror or e}); "
                                  "có thể thiết bị đã bị rút ra.",
                                  f"Cannot copy “{os.path.basename(path)}” ({e.strerror or e}); "
                                  "the device may have been removed.") from e
            recover_journal(tmp)
            try:
                validate(tmp)
            except FileRefused as e:   # name the received file, not our temporary copy
                base = os.path.basename(tmp)
                raise type(e)(e.vi.replace(base, os.path.basename(path)),
                              e.en.replace(base, os.path.basename(path))) from e
            final = os.path.join(folder, stem + ".sqlite")
            n = 2
            while os.path.exists(final):
                final = os.path.join(folder, f"{stem} ({n}).sqlite")
                n += 1
            replace_file(tmp, final)
            tmp = None
            if received:
                try:
                    with open(final + ".received", "w", encoding="utf-8") as f:
                        f.write(received[1])
                except OSError:   # only a convenience: the next open makes another copy
                    log.info("note %s.received not written", final, exc_info=True)
        finally:
            _silent_unlink(tmp)
    return final


def load_received(path: str, work: str | None = None):
    """:func:`open_received` then open and read it: (PlanStore, Plan).
    Any unreadable content ends as a clear :class:`FileRefused`."""
    from .store.planfile import PlanStore
    local = open_received(path, work)
    store = PlanStore.open(local)
    try:
        plan = store.load()
    except PlanError:
        store.close()
        raise
    except Exception as e:   # content the codec cannot read: refuse clearly
        store.close()
        raise FileRefused(f"Dữ liệu trong tệp “{os.path.basename(path)}” không đọc được ({type(e).__name__}).",
                          f"The data in “{os.path.basename(path)}” cannot be read ({type(e).__name__}).") from e
    return store, plan


def _plan_id(path: str) -> str | None:
    """The plan identity (meta record id) of a plan file, or None when *path*
    is not a readable plan file."""
    try:
        validate(path)
        return plan_id(path)
    except (PlanError, sqlite3.Error, OSError):
        return None


def check_same_plan(src: str, dest: str) -> None:
    """Saving back over *dest* is for a copy of the same plan (the file it came
    from); anything else there — another plan, a Word letter — is refused."""
    name = os.path.basename(dest)
    theirs = _plan_id(dest)
    if theirs is None:
        raise PlanError(f"“{name}” đã có và không phải tệp kế hoạch; không ghi đè (thêm --overwrite nếu chắc chắn).",
                        f"“{name}” exists and is not a plan file; not overwritten (add --overwrite if you are sure).")
    if theirs != _plan_id(src):
        raise PlanError(f"“{name}” là một kế hoạch khác, không phải bản sao của kế hoạch này; không ghi đè "
                        "(thêm --overwrite nếu chắc chắn).",
                        f"“{name}” is another plan, not a copy of this one; not overwritten "
                        "(add --overwrite if you are sure).")
