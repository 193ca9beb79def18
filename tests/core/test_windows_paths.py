"""Windows-only paths, simulated on Linux (core/winpaths.py and where the program uses it).

Drives are simulated by handing the code a fake GetDriveTypeW; "Windows" by
setting sys.platform to 'win32' for the duration of a test; a file open in
Word or Excel by an os.replace that fails the way Windows does
(PermissionError with winerror 32, ERROR_SHARING_VIOLATION).
"""
from __future__ import annotations

import errno
import ntpath
import os
import sys

import pytest

from core import winpaths as wp
from core.errors import FileInUse


def fake_drives(**types):
    """GetDriveTypeW over drive letters: fake_drives(C=3, E=2, Z=4)."""
    asked = []

    def get(root):
        asked.append(root)
        return types.get(root[:1].upper(), wp.DRIVE_NO_ROOT_DIR)
    get.asked = asked
    return get


class SharingViolation(PermissionError):
    """What os.replace raises on Windows over a document Word keeps open."""
    winerror = wp.ERROR_SHARING_VIOLATION

    def __init__(self):
        super().__init__(errno.EACCES, "The process cannot access the file because it is being used by another process")


# ------------------------------------------------------------------ drives --
def test_usb_stick_and_network_drives_need_a_local_copy():
    drives = fake_drives(C=3, D=5, E=2, Z=4, R=6)
    assert wp.needs_local_copy(r"E:\KH\ke-hoach.sqlite", drives)        # USB stick
    assert wp.needs_local_copy(r"Z:\Phong TH\KH.sqlite", drives)         # mapped network drive
    assert not wp.needs_local_copy(r"C:\Users\an\Documents\KH.sqlite", drives)
    assert not wp.needs_local_copy(r"R:\KH.sqlite", drives)              # RAM disk: local
    assert wp.drive_kind(r"D:\KH.sqlite", drives) == "cdrom"
    assert drives.asked[:3] == ["E:\\", "Z:\\", "C:\\"]
    assert wp.drive_kind("e:/KH/ke-hoach.sqlite", drives) == "removable"  # forward slashes, lower case


@pytest.mark.parametrize("path", [r"\\server\share\KH.sqlite", "//server/share/KH.sqlite",
                                  r"\\192.168.1.5\VanThu\2026\KH.sqlite", r"\\?\UNC\server\share\KH.sqlite"])
def test_unc_paths_are_network_shares_without_asking_the_drive(path):
    drives = fake_drives()
    assert wp.is_unc(path)
    assert wp.drive_kind(path, drives) == "network"
    assert wp.needs_local_copy(path, drives)
    assert drives.asked == []


def test_device_and_extended_local_paths_are_not_unc():
    assert not wp.is_unc(r"\\?\C:\KH\plan.sqlite")
    assert not wp.is_unc(r"\\.\PhysicalDrive0")
    assert not wp.is_unc(r"C:\KH\plan.sqlite")
    assert wp.drive_root(r"\\server\share\a\KH.sqlite") == "\\\\server\\share\\"
    assert wp.drive_root(r"E:\KH.sqlite") == "E:\\"
    assert wp.drive_root("KH.sqlite") == ""
    assert wp.drive_kind("KH.sqlite", fake_drives(C=3)) == "unknown"


def test_session_edits_plans_on_shares_and_sticks_as_a_local_copy(monkeypatch):
    """Session.start asks core.session.is_removable; on Windows a UNC path and
    a mapped network drive now answer yes (before: only DRIVE_REMOVABLE)."""
    from core import session
    monkeypatch.delenv("KEHOACH_REMOVABLE", raising=False)
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(wp, "drive_type", fake_drives(C=3, E=2, Z=4))
    assert session.is_removable(r"\\server\share\KH.sqlite")
    assert session.is_removable(r"Z:\KH.sqlite")
    assert session.is_removable(r"E:\KH.sqlite")
    assert not session.is_removable(r"C:\Users\an\KH.sqlite")
    monkeypatch.setenv("KEHOACH_REMOVABLE", "0")                     # the tests' override still wins
    assert not session.is_removable(r"\\server\share\KH.sqlite")


def test_received_files_on_mapped_network_drives_count_as_network(monkeypatch):
    """core.sharing.is_network knew only \\\\server paths; a share mapped as Z: is the same share."""
    from core import sharing
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(wp, "drive_type", fake_drives(C=3, Z=4))
    assert sharing.is_network(r"Z:\Phong TH\KH.sqlite")
    assert sharing.is_network(r"\\server\share\KH.sqlite")
    assert not sharing.is_network(r"C:\Users\an\KH.sqlite")


# -------------------------------------------------------------- long paths --
def test_long_windows_paths_get_the_extended_prefix():
    deep = "C:\\" + "\\".join(["Ke hoach cai thien chi so PAPI nam 2026"] * 7) + "\\KH.sqlite"
    assert len(deep) > 260 and wp.too_long(deep)
    assert wp.long_path(deep, nt=True) == "\\\\?\\" + deep
    assert wp.long_path(deep.replace("\\", "/"), nt=True) == "\\\\?\\" + deep      # \\?\ needs backslashes
    unc = "\\\\server\\share\\" + "\\".join(["Thu muc rat dai cua van phong"] * 9) + "\\KH.docx"
    assert wp.long_path(unc, nt=True) == "\\\\?\\UNC\\server\\share\\" + unc[len("\\\\server\\share\\"):]
    with_dots = "C:\\" + "a" * 250 + "\\..\\b\\KH.sqlite"
    assert wp.long_path(with_dots, nt=True) == "\\\\?\\C:\\b\\KH.sqlite"       # normalised first
    short = r"C:\Users\an\KH.sqlite"
    assert wp.long_path(short, nt=True) == short and not wp.too_long(short)
    assert wp.long_path(deep, nt=False) == deep                                   # Linux: untouched
    assert wp.long_path("\\\\?\\" + deep, nt=True) == "\\\\?\\" + deep            # never twice


def test_a_plan_past_260_characters_is_explained_not_called_missing(tmp_path, monkeypatch):
    """Windows (without the long-path setting) answers "not found" for such a path; the clerk is told
    why and what to do instead of "Không tìm thấy tệp" for a file they can see in Explorer."""
    from core.errors import FileRefused
    from core.store.safe_open import validate
    deep = "C:\\" + "\\".join(["Ke hoach cai thien chi so PAPI nam 2026"] * 7) + "\\KH.sqlite"
    monkeypatch.setattr(wp, "IS_NT", True)
    with pytest.raises(FileRefused) as ei:
        validate(deep)
    assert f"dài {len(deep)} ký tự" in ei.value.vi and "260" in ei.value.vi and "ngắn hơn" in ei.value.vi
    assert "over Windows' limit of 260" in ei.value.en
    with pytest.raises(FileRefused) as ei:
        validate(str(tmp_path / "missing.sqlite"))                  # a short path: still "not found"
    assert "Không tìm thấy tệp" in ei.value.vi


def test_fit_name_keeps_the_whole_path_within_max_path():
    folder = "C:\\Users\\nguyenvanan\\Documents\\" + "\\".join(["Phong Noi vu huyen Vi Xuyen"] * 7)
    name = "KH-123-UBND_ke-hoach-cai-thien-nang-cao-chi-so-hieu-qua-quan-tri-va-hanh-chinh-cong-papi-2026.zip"
    fitted = wp.fit_name(folder, name)
    assert wp.MAX_PATH - 12 <= len(ntpath.join(folder, fitted)) <= wp.MAX_PATH - 1
    assert fitted.endswith(".zip") and name.startswith(fitted[:-4])
    assert name[len(fitted) - 4] in "-_"             # cut between words, not in the middle of one
    assert wp.fit_name("C:\\KH", name) == name
    assert len(wp.fit_name("C:\\" + "x" * 300, name)) >= 8 + 4                  # too deep: still a name


# -------------------------------------------------------------- file names --
@pytest.mark.parametrize("title, ext, want", [
    ("CON", ".sqlite", "_CON.sqlite"),
    ("con", ".docx", "_con.docx"),
    ("Nul ", ".pdf", "_Nul.pdf"),
    ("COM1", ".xlsx", "_COM1.xlsx"),
    ("lpt9", "", "_lpt9"),
    ("AUX.tar", ".zip", "_AUX.tar.zip"),
    ("COM10", ".sqlite", "COM10.sqlite"),           # only COM1–COM9 are devices
    ("CONSOLE", ".sqlite", "CONSOLE.sqlite"),
])
def test_reserved_device_names_never_become_file_names(title, ext, want):
    assert wp.safe_file_name(title, ext) == want


def test_forbidden_characters_and_trailing_dots_are_replaced():
    name = wp.safe_file_name('Kế hoạch: "PAPI" 2026 <dự thảo>/v2 | số 12?*  ...', ".docx")
    assert not set(wp.FORBIDDEN_CHARS) & set(name[:-5])
    assert name == "Kế hoạch- -PAPI- 2026 -dự thảo-v2 - số 12.docx"
    assert wp.safe_file_name("Kế hoạch\t\x01số 5. ", "") == "Kế hoạch-số 5"
    assert wp.safe_file_name("???", ".sqlite") == "ke-hoach.sqlite"             # nothing left
    long = wp.safe_file_name("Kế hoạch " * 40, ".sqlite", max_len=100)
    assert len(long) <= 100 and long.endswith(".sqlite") and not long[:-7].endswith((" ", "."))
    import unicodedata
    decomposed = unicodedata.normalize("NFD", "Kế hoạch")
    assert wp.safe_file_name(decomposed, ".pdf") == "Kế hoạch.pdf"               # NFC


@pytest.mark.parametrize("name", ["CON.docx", "nul.pdf", "COM1.xlsx", "Aux .ics"])
def test_an_output_named_like_a_device_is_refused_on_windows(tmp_path, monkeypatch, name):
    """On Windows 'CON.docx' is the console: writing (or first reading, to check what is there)
    would hang or vanish.  The command line's output check refuses it with a clear line."""
    from core.errors import PlanError
    from core.fileio import guard_output
    monkeypatch.setattr(wp, "IS_NT", True)
    kind = name.rsplit(".", 1)[1]
    with pytest.raises(PlanError) as ei:
        guard_output(str(tmp_path / name), kind, force=True)
    assert "tên thiết bị dành riêng của Windows" in ei.value.vi and "reserved by Windows" in ei.value.en
    guard_output(str(tmp_path / "CONSOLE.docx"), "docx")                 # an ordinary name passes
    monkeypatch.setattr(wp, "IS_NT", False)
    guard_output(str(tmp_path / name), kind)                             # elsewhere it is a plain name


def test_send_copy_name_of_a_plan_titled_like_a_device_is_not_a_device():
    """sharing.plan_file_name gave 'con.sqlite' for a plan titled 'CON' with a
    symbol that has no ASCII letter — a name Windows cannot create."""
    from core.sharing import plan_file_name
    name = plan_file_name({"number": "", "symbol": "—", "title": "CON"})
    assert not wp.is_reserved(name), name
    assert name == "_con.sqlite"
    assert plan_file_name({"number": "12", "symbol": "KH-UBND", "title": "Kế hoạch PAPI"}, ".zip") == \
        "12-KH-UBND_ke-hoach-papi.zip"
    huge = plan_file_name({"number": "1" * 300, "symbol": "KH-UBND", "title": "x"}, ".zip")
    assert len(huge) <= 120 and huge.endswith(".zip")                              # was 300+ characters


# ---------------------------------------------------------- per-user folders --
def test_appdata_folders_follow_the_variables_and_the_profile():
    env = {"APPDATA": r"C:\Users\an\AppData\Roaming", "LOCALAPPDATA": r"C:\Users\an\AppData\Local",
           "USERPROFILE": r"C:\Users\an"}
    assert wp.appdata_dir(environ=env) == r"C:\Users\an\AppData\Roaming\KeHoach"
    assert wp.local_appdata_dir(environ=env) == r"C:\Users\an\AppData\Local\KeHoach"
    bare = {"USERPROFILE": r"C:\Users\Nguyễn Văn An"}
    assert wp.appdata_dir(environ=bare) == r"C:\Users\Nguyễn Văn An\AppData\Roaming\KeHoach"
    assert wp.local_appdata_dir(environ=bare) == r"C:\Users\Nguyễn Văn An\AppData\Local\KeHoach"
    old = {"HOMEDRIVE": "D:", "HOMEPATH": r"\Users\an"}
    assert wp.local_appdata_dir(environ=old) == r"D:\Users\an\AppData\Local\KeHoach"


def test_settings_and_working_copies_use_appdata_on_windows(monkeypatch):
    from core import session, settings
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("APPDATA", r"C:\Users\an\AppData\Roaming")
    assert settings.user_config_dir() == r"C:\Users\an\AppData\Roaming\KeHoach"
    monkeypatch.delenv("APPDATA")
    monkeypatch.setenv("USERPROFILE", r"C:\Users\an")
    assert settings.user_config_dir() == r"C:\Users\an\AppData\Roaming\KeHoach"
    made = []
    monkeypatch.setattr(os, "makedirs", lambda p, exist_ok=False: made.append(p))
    monkeypatch.delenv("KEHOACH_DATA_DIR", raising=False)
    monkeypatch.delenv("LOCALAPPDATA", raising=False)
    # before: %LOCALAPPDATA% missing put working copies into the profile's root (~\KeHoach)
    assert session.data_dir() == r"C:\Users\an\AppData\Local\KeHoach"
    monkeypatch.setenv("LOCALAPPDATA", r"E:\Local")
    assert session.data_dir() == r"E:\Local\KeHoach"
    assert made == [r"C:\Users\an\AppData\Local\KeHoach", r"E:\Local\KeHoach"]


# ------------------------------------------------------- files held open --
def test_which_errors_mean_a_file_is_open_elsewhere():
    assert wp.is_in_use(SharingViolation(), nt=False)
    lock = PermissionError(errno.EACCES, "lock")
    lock.winerror = wp.ERROR_LOCK_VIOLATION
    assert wp.is_in_use(lock, nt=False)
    denied = PermissionError(errno.EACCES, "Access is denied")      # winerror 5 over Word's open file
    assert wp.is_in_use(denied, target_exists=True, nt=True)
    assert not wp.is_in_use(denied, target_exists=False, nt=True)    # a new file: a read-only folder
    assert not wp.is_in_use(denied, target_exists=True, nt=False)    # Linux never blocks a rename
    assert not wp.is_in_use(OSError(errno.ENOSPC, "disk full"), nt=True)
    assert not wp.is_in_use(ValueError("x"), nt=True)
    assert wp.program_for(r"C:\KH\ke-hoach.DOCX")[0] == "Microsoft Word"
    assert wp.program_for("bang.xlsx") == ("Microsoft Excel", "Microsoft Excel")
    assert "PDF" in wp.program_for("in.pdf")[1]


def _replace_failing(monkeypatch, times):
    real = os.replace
    calls = []

    def fake(src, dst):
        calls.append(dst)
        if len(calls) <= times:
            raise SharingViolation()
        return real(src, dst)
    monkeypatch.setattr(os, "replace", fake)
    return calls


def test_replace_waits_for_a_program_that_lets_go(tmp_path, monkeypatch):
    from core import fileio
    target = tmp_path / "ke-hoach.docx"
    target.write_bytes(b"old")
    calls = _replace_failing(monkeypatch, 2)
    slept = []
    monkeypatch.setattr(fileio.time, "sleep", slept.append)
    fileio.atomic_write(str(target), b"new")
    assert target.read_bytes() == b"new" and len(calls) == 3
    assert slept == [fileio.IN_USE_WAIT] * 2
    assert [n for n in os.listdir(tmp_path)] == ["ke-hoach.docx"]


def test_word_keeps_the_export_open_clear_message_nothing_lost(tmp_path, monkeypatch):
    from core import fileio
    from core.export import export_docx
    from core.templates import plan_from_template
    monkeypatch.setattr(fileio.time, "sleep", lambda s: None)
    target = tmp_path / "ke-hoach.docx"
    target.write_bytes(b"PK\x03\x04 the clerk's earlier export")
    calls = _replace_failing(monkeypatch, 99)
    with pytest.raises(FileInUse) as ei:
        export_docx(plan_from_template("papi", year="2026"), str(target))
    e = ei.value
    assert len(calls) == fileio.IN_USE_TRIES
    assert "Microsoft Word" in e.message("vi") and "đóng" in e.message("vi") and "thử lại" in e.message("vi")
    assert "Microsoft Word" in e.message("en") and "Close it" in e.message("en")
    assert "ke-hoach.docx" in e.vi and e.path == str(target)
    assert target.read_bytes() == b"PK\x03\x04 the clerk's earlier export"     # untouched
    assert sorted(os.listdir(tmp_path)) == ["ke-hoach.docx"]                      # no temporary file left


@pytest.mark.parametrize("owner, program", [("~$ke-hoach.docx", "Microsoft Word"),
                                            (".~lock.ke-hoach.docx#", "LibreOffice")])
def test_owner_file_beside_the_export_names_the_program_and_allows_retry(tmp_path, owner, program):
    """Word and LibreOffice leave an owner file beside an open document; the export stops before
    writing, names the program, and is a FileInUse (the window offers Retry)."""
    from core.export import export_docx
    from core.templates import plan_from_template
    target = tmp_path / "ke-hoach.docx"
    target.write_bytes(b"PK\x03\x04 open in the word processor")
    (tmp_path / owner).write_bytes(b"owner")
    with pytest.raises(FileInUse) as ei:
        export_docx(plan_from_template("papi", year="2026"), str(target))
    assert program in ei.value.vi and program in ei.value.en and "thử lại" in ei.value.vi
    assert target.read_bytes() == b"PK\x03\x04 open in the word processor"
    (tmp_path / owner).unlink()                                      # the clerk closes it: retry works
    export_docx(plan_from_template("papi", year="2026"), str(target))
    assert target.stat().st_size > 5000


def test_excel_keeps_the_table_open_clear_message_nothing_lost(tmp_path, monkeypatch):
    from core import fileio
    from core.export.xlsx import export_xlsx
    from core.templates import plan_from_template
    monkeypatch.setattr(fileio.time, "sleep", lambda s: None)
    target = tmp_path / "bang.xlsx"
    target.write_bytes(b"PK\x03\x04 old table")
    _replace_failing(monkeypatch, 99)
    with pytest.raises(FileInUse) as ei:
        export_xlsx(plan_from_template("papi", year="2026"), str(target))
    assert "Microsoft Excel" in ei.value.vi and "Microsoft Excel" in ei.value.en
    assert target.read_bytes() == b"PK\x03\x04 old table"
    assert sorted(os.listdir(tmp_path)) == ["bang.xlsx"]


def test_other_replace_errors_are_not_called_in_use(tmp_path, monkeypatch):
    from core import fileio

    def full(src, dst):
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(os, "replace", full)
    target = tmp_path / "settings.json"
    with pytest.raises(OSError) as ei:
        fileio.atomic_write(str(target), "{}")
    assert not isinstance(ei.value, FileInUse) and ei.value.errno == errno.ENOSPC
    assert os.listdir(tmp_path) == []
