"""A write killed half-way (PDF export, zipped send-copy …) leaves hidden
temporary files of the program's own naming (``.~o.pdf.*.part``,
``.tmp-send-*.sqlite`` and its ``-journal``).  The next write into that folder
removes them (core.fileio.temp_beside → sweep_leftovers) — only names the
program makes, only when left unchanged for a while, never one a running
process holds open (a write going on at the same time), never a file of the
clerk's or of Word/LibreOffice.

Issue 12, item 12."""
from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from core import fileio
from core.store.planfile import save_plan
from core.templates import plan_from_template

OLD = time.time() - 3600          # an hour ago: a leftover of a killed write

LEFTOVERS = [".~o.pdf.ab12cd_9.part", ".~Kế hoạch 2026.docx.k3j2h1g0.part", ".tmp-send-q1w2e3r4.sqlite",
             ".tmp-send-q1w2e3r4.sqlite-journal", ".tmp-send-z9y8x7w6.zip", ".tmp-merge-m0n9b8v7.sqlite",
             ".tmp-a1b2c3d4.sqlite", ".tmp-a1b2c3d4.sqlite-journal", ".tmp-p0o9i8u7.xlsx", ".tmp-l0k9j8h7"]
NOT_OURS = ["KH 2026.sqlite.bak", ".tmp-ghi chu.txt", ".~lock.KH 2026.docx#", "~$ 2026.docx", ".tmp-send-notes.md",
            "tmp-send-q1w2e3r4.sqlite", ".tmp-send-Q1W2E3R4.sqlite"]


@pytest.fixture(autouse=True)
def _dirs(tmp_path, monkeypatch):
    monkeypatch.setenv("KEHOACH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KEHOACH_WORK_DIR", str(tmp_path / "work"))
    monkeypatch.delenv("KEHOACH_REMOVABLE", raising=False)


def _make(folder, names, when):
    for n in names:
        p = folder / n
        p.write_bytes(b"SQLite format 3\x00" + b"\x00" * 84 if n.endswith(".sqlite") else b"x")
        os.utime(p, (when, when))


@pytest.fixture
def plan_file(tmp_path):
    p = tmp_path / "plan" / "KH 2026.sqlite"
    p.parent.mkdir()
    save_plan(plan_from_template("papi", agency="huyện Vị Xuyên", year="2026"), str(p))
    return p


def _write_docx(plan_file, folder):
    from core.export import export_docx
    from core.store.planfile import load_plan_readonly
    export_docx(load_plan_readonly(str(plan_file)), str(folder / "KH.docx"))


def _write_zip(plan_file, folder):
    from core.sharing import send_copy
    send_copy(str(plan_file), str(folder) + os.sep, zip_it=True)


def _write_xlsx(plan_file, folder):
    from core.export.xlsx import export_xlsx
    from core.store.planfile import load_plan_readonly
    export_xlsx(load_plan_readonly(str(plan_file)), str(folder / "KH.xlsx"))


def _write_merge(plan_file, folder):
    from core.merge import merge_files
    merge_files(str(plan_file), str(plan_file), str(folder / "gop.sqlite"))


def _write_plan(plan_file, folder):
    save_plan(plan_from_template("blank"), str(folder / "moi.sqlite"))


def _write_ics(plan_file, folder):
    from core.deadlines.ics import write_ics
    write_ics(str(folder / "han.ics"), [])


WRITERS = {"export docx": _write_docx, "send-copy --zip": _write_zip, "export-xlsx": _write_xlsx,
           "merge": _write_merge, "new plan": _write_plan, "ics": _write_ics}


@pytest.mark.parametrize("writer", list(WRITERS))
def test_next_write_removes_old_leftovers_only(writer, plan_file, tmp_path):
    out = tmp_path / "Xuất ra"
    out.mkdir()
    _make(out, LEFTOVERS, OLD)
    _make(out, NOT_OURS, OLD)
    fresh = [".tmp-send-f1r2e3s4.sqlite", ".~o.pdf.f5r6e7s8.part"]   # a write going on right now
    _make(out, fresh, time.time())
    WRITERS[writer](plan_file, out)
    left = set(os.listdir(out))
    assert not left & set(LEFTOVERS), sorted(left & set(LEFTOVERS))
    assert set(NOT_OURS) <= left, "a file that is not ours was removed"
    assert set(fresh) <= left, "the temporary file of a write going on was removed"


def test_a_database_and_its_journal_go_together(tmp_path):
    """An old journal whose database is still being written is kept (deleting a live journal
    would corrupt that write)."""
    _make(tmp_path, [".tmp-send-j1k2l3m4.sqlite-journal"], OLD)
    _make(tmp_path, [".tmp-send-j1k2l3m4.sqlite"], time.time())
    fileio.atomic_write(str(tmp_path / "x.json"), "{}")
    assert (tmp_path / ".tmp-send-j1k2l3m4.sqlite-journal").exists()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="open files are known through /proc")
def test_a_file_held_open_by_a_running_process_is_kept(tmp_path):
    """A write that has run (or stalled) longer than the age limit: its process still has the file open."""
    held = tmp_path / ".tmp-send-h1e2l3d4.sqlite"
    _make(tmp_path, [held.name, ".tmp-send-h1e2l3d4.sqlite-journal", ".~o.pdf.g0n3g0n3.part"], OLD)
    child = subprocess.Popen([sys.executable, "-c", "import sys; f = open(sys.argv[1], 'rb'); print('ready', "
                              "flush=True); sys.stdin.readline()", str(held)],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "ready"
        fileio.atomic_write(str(tmp_path / "x.json"), "{}")
        left = set(os.listdir(tmp_path))
        assert held.name in left and ".tmp-send-h1e2l3d4.sqlite-journal" in left
        assert ".~o.pdf.g0n3g0n3.part" not in left
    finally:
        child.stdin.close()
        child.wait(timeout=20)
    fileio.atomic_write(str(tmp_path / "x.json"), "{}")
    assert held.name not in os.listdir(tmp_path)
