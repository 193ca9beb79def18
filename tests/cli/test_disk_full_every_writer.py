"""Issue 12 item 8: a full disk during next-year, import (Word → new plan,
Excel → existing plan) and export-xlsx ends in ONE clear line and exit code 2
— never ``sqlite3.OperationalError: database or disk is full`` or
``OSError: [Errno 28]`` — with no half-written output, no stray temporary
file, and every input untouched.

Two ways to fill the disk:

* in the test process: SQLite's own limit (``PRAGMA max_page_count`` on the
  store's connections, so SQLite itself answers SQLITE_FULL "database or
  disk is full"), and ``os.fsync`` / a zip write raising ENOSPC;
* in a child process whose file-size limit (RLIMIT_FSIZE) makes every write
  past N bytes fail for real (EFBIG), N swept across the output's size.
"""
from __future__ import annotations

import errno
import hashlib
import os
import shutil
import subprocess
import sys
import zipfile

import pytest
from openpyxl import Workbook

from core import cli

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLE = os.path.join(ROOT, "resources", "samples", "004_e03d70a70aa68992.sqlite")
DOCX = os.path.join(ROOT, "tests", "fixtures", "004_e03d70a70aa68992_autonum.docx")


def _sha(path: str) -> str:
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def _xlsx(path: str) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["TT", "Nội dung", "Cơ quan chủ trì", "Thời gian"])
    for i in range(1, 200):
        ws.append([i, f"Nhiệm vụ số {i} " + "rà soát thủ tục hành chính " * 8, "Sở Nội vụ", "Quý IV hàng năm"])
    wb.save(path)


@pytest.fixture
def world(tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    plan = str(folder / "kh.sqlite")
    shutil.copy(SAMPLE, plan)
    docx = str(folder / "kh.docx")
    shutil.copy(DOCX, docx)
    xlsx = str(folder / "bang.xlsx")
    _xlsx(xlsx)
    return folder, {"plan": plan, "docx": docx, "xlsx": xlsx}


def _actions(f):
    out = lambda name: str(f[0] / name)   # noqa: E731
    return {
        "next-year": (["next-year", f[1]["plan"], out("nam-sau.sqlite")], out("nam-sau.sqlite")),
        "import-docx": (["import", f[1]["docx"], out("moi.sqlite")], out("moi.sqlite")),
        "import-xlsx": (["import", f[1]["xlsx"], "--into", f[1]["plan"], "--map", "Nội dung=task",
                         "--map", "Cơ quan chủ trì=lead", "--map", "Thời gian=deadline"], None),
        "export-xlsx": (["export-xlsx", f[1]["plan"], out("bang-ra.xlsx")], out("bang-ra.xlsx")),
    }


def _check(rc: int, err: str, folder, before: dict, output: str | None, lang: str = "vi",
           want: str | None = None) -> None:
    lines = [x for x in err.splitlines() if x.strip()]
    assert rc == 2, (rc, err)
    assert len(lines) == 1, err
    assert "Traceback" not in err and "Error:" not in err and "Exception" not in err, err
    if want:
        assert want in lines[0], lines[0]
    assert sorted(os.listdir(folder)) == sorted(before), "leftovers: " + repr(
        sorted(set(os.listdir(folder)) ^ set(before)))
    for name, sha in before.items():
        assert _sha(str(folder / name)) == sha, f"{name} changed"
    if output:
        assert not os.path.exists(output)


def _state(folder) -> dict:
    return {n: _sha(str(folder / n)) for n in os.listdir(folder)}


# --------------------------------------------------------- in the process --
def _sqlite_full(monkeypatch):
    """Every store connection may not grow: SQLite answers SQLITE_FULL itself."""
    from core.store import planfile
    real = planfile._connect

    def connect(path):
        conn = real(path)
        conn.execute("PRAGMA max_page_count=2")   # never below the current size: no growth at all
        return conn
    monkeypatch.setattr(planfile, "_connect", connect)


def _enospc(*a, **k):
    raise OSError(errno.ENOSPC, "No space left on device")


@pytest.mark.parametrize("lang,want", [("vi", "Đĩa đầy"), ("en", "Disk full")])
@pytest.mark.parametrize("action", ["next-year", "import-docx", "import-xlsx"])
def test_sqlite_disk_full_is_one_line(world, monkeypatch, capsys, action, lang, want):
    folder, _ = world
    args, output = _actions(world)[action]
    before = _state(folder)
    _sqlite_full(monkeypatch)
    rc = cli.run(args + ["--lang", lang])
    _check(rc, capsys.readouterr().err, folder, before, output, lang, want)


@pytest.mark.parametrize("where", ["fsync", "zip"])
@pytest.mark.parametrize("lang,want", [("vi", "Đĩa đầy"), ("en", "Disk full")])
def test_export_xlsx_disk_full_is_one_line(world, monkeypatch, capsys, where, lang, want):
    folder, _ = world
    args, output = _actions(world)["export-xlsx"]
    before = _state(folder)
    if where == "fsync":
        monkeypatch.setattr(os, "fsync", _enospc)
    else:
        monkeypatch.setattr(zipfile.ZipFile, "writestr", _enospc)
    rc = cli.run(args + ["--lang", lang])
    _check(rc, capsys.readouterr().err, folder, before, output, lang, want)


def test_export_xlsx_over_an_earlier_export_keeps_it(world, monkeypatch, capsys):
    folder, _ = world
    args, output = _actions(world)["export-xlsx"]
    assert cli.run(args) == 0
    capsys.readouterr()
    before = _state(folder)
    monkeypatch.setattr(os, "fsync", _enospc)
    rc = cli.run(args + ["--force"])
    _check(rc, capsys.readouterr().err, folder, before, None, want="Đĩa đầy")   # the earlier export intact


@pytest.mark.parametrize("action", ["next-year", "import-docx"])
def test_full_disk_on_the_new_plans_rename_is_one_line(world, monkeypatch, capsys, action):
    folder, _ = world
    args, output = _actions(world)[action]
    before = _state(folder)
    monkeypatch.setattr(os, "replace", _enospc)
    rc = cli.run(args)
    _check(rc, capsys.readouterr().err, folder, before, output, want="Đĩa đầy")


# ------------------------------------------ a real file-size limit, in a child --
@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs a POSIX file-size limit")
@pytest.mark.parametrize("action", ["next-year", "import-docx", "import-xlsx", "export-xlsx"])
def test_every_write_failing_for_real_ends_in_one_line(world, action):
    folder, _ = world
    args, output = _actions(world)[action]
    code = ("import resource, signal, sys, runpy\n"
            "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
            "resource.setrlimit(resource.RLIMIT_FSIZE, (int(sys.argv[1]), resource.RLIM_INFINITY))\n"
            f"sys.argv = [{os.path.join(ROOT, 'main.py')!r}] + sys.argv[2:]\n"
            "runpy.run_path(sys.argv[0], run_name='__main__')\n")
    env = dict(os.environ, PYTHONPATH=ROOT)
    # a full disk cannot grow a file but can still rewrite its pages in place: the plan that
    # import --into writes in place may grow by nothing, a little, more; new files from nothing
    size = os.path.getsize(world[1]["plan"])
    limits = (size, size + 8192, size + 65536) if output is None else (0, 8192, 65536)
    failed = 0
    for limit in limits:
        before = _state(folder)
        r = subprocess.run([sys.executable, "-c", code, str(limit)] + args, capture_output=True, text=True,
                           env=env, timeout=180)
        if r.returncode == 0:      # it fitted under this limit: the next one is larger
            break
        failed += 1
        _check(r.returncode, r.stderr, folder, before, output)
    assert failed, "no limit made the action fail"
