"""What a clerk (or a crafted file from email) can do wrong on the command line,
and what must never follow from it: a plan overwritten by its own export,
another plan replaced by a "save back", a traceback instead of one clear line.

Every case runs the real ``main.py`` in a child process on real files and
compares the bytes of what must not change."""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLES = os.path.join(ROOT, "resources", "samples")
S002 = os.path.join(SAMPLES, "002_4ddd967f79e7422c.sqlite")
S004 = os.path.join(SAMPLES, "004_e03d70a70aa68992.sqlite")
FIXTURE_004 = os.path.join(ROOT, "..", "shared", "fixtures", "004_e03d70a70aa68992.docx")


def sha(path: str) -> str:
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def cli(*args, lang=None):
    cmd = [sys.executable, os.path.join(ROOT, "main.py"), *map(str, args)]
    if lang:
        cmd += ["--lang", lang]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, cwd=ROOT, env=env)


def refused(r) -> str:
    """Exit code 2, one line, no traceback; returns the line."""
    assert r.returncode == 2, (r.returncode, r.stdout[-500:], r.stderr[-1500:])
    assert "Traceback" not in r.stderr and "Traceback" not in r.stdout, r.stderr
    lines = [x for x in r.stderr.splitlines() if x.strip()]
    assert len(lines) == 1, r.stderr
    return lines[0]


@pytest.fixture
def plan(tmp_path):
    p = tmp_path / "KH 2023.sqlite"
    shutil.copy(S002, p)
    return p


@pytest.fixture
def other(tmp_path):
    p = tmp_path / "ke-hoach-khac.sqlite"
    shutil.copy(S004, p)
    return p


# ------------------------------------------------------------- exports --
def test_export_never_writes_over_the_plan_itself(plan):
    before = sha(plan)
    for flag in ("--docx", "--pdf"):
        for force in ([], ["--force"]):
            line = refused(cli("export", plan, flag, plan, *force))
            assert "chính là tệp đang đọc" in line
    assert sha(plan) == before


def test_export_never_writes_over_another_plan_even_with_force(plan, other):
    before = sha(other)
    line = refused(cli("export", plan, "--docx", other, "--force"))
    assert "tệp kế hoạch" in line and "làm mất kế hoạch" in line
    assert "plan file" in refused(cli("export", plan, "--pdf", other, lang="en"))
    assert sha(other) == before


def test_export_docx_and_pdf_must_differ(plan, tmp_path):
    out = tmp_path / "x.out"
    refused(cli("export", plan, "--docx", out, "--pdf", out))
    assert not out.exists()


def test_re_export_over_an_earlier_export_is_fine_but_not_over_a_letter(plan, tmp_path):
    docx = tmp_path / "KH.docx"
    assert cli("export", plan, "--docx", docx).returncode == 0
    first = sha(docx)
    assert cli("export", plan, "--docx", docx).returncode == 0      # the usual re-export
    assert docx.exists() and first            # (bytes may differ: timestamps)
    letter = tmp_path / "cong-van.pdf"
    letter.write_text("Công văn số 12 — không phải PDF", encoding="utf-8")
    before = sha(letter)
    line = refused(cli("export", plan, "--pdf", letter))
    assert "không phải tệp PDF" in line and "--force" in line
    assert sha(letter) == before
    assert cli("export", plan, "--pdf", letter, "--force").returncode == 0
    assert letter.read_bytes().startswith(b"%PDF")


def test_export_xlsx_and_import_never_replace_their_source(plan, tmp_path):
    before = sha(plan)
    refused(cli("export-xlsx", plan, plan, "--force"))
    assert sha(plan) == before
    if os.path.exists(FIXTURE_004):
        docx = tmp_path / "nhap.docx"
        shutil.copy(FIXTURE_004, docx)
        b = sha(docx)
        refused(cli("import", docx, docx, "--force"))
        assert sha(docx) == b


def test_ics_never_over_the_plan(plan):
    before = sha(plan)
    refused(cli("deadlines", plan, "--from", "2023-01-01", "--to", "2023-12-31", "--ics", plan))
    assert sha(plan) == before


def test_import_of_a_folder_is_one_line(tmp_path):
    d = tmp_path / "thu muc"
    d.mkdir()
    assert "thư mục" in refused(cli("import", d, tmp_path / "out.sqlite"))


# ----------------------------------------------------------- send-copy --
def test_save_back_refuses_another_plan_and_a_non_plan(plan, other, tmp_path):
    before = sha(other)
    line = refused(cli("send-copy", plan, "--to", other, "--save-back"))
    assert "kế hoạch khác" in line
    assert sha(other) == before
    letter = tmp_path / "thu.docx"
    letter.write_bytes(b"PK\x03\x04 not really")
    b = sha(letter)
    assert "không phải tệp kế hoạch" in refused(cli("send-copy", plan, "--to", letter, "--save-back"))
    assert sha(letter) == b


def test_save_back_over_a_copy_of_the_same_plan(plan, tmp_path):
    stick = tmp_path / "usb"
    stick.mkdir()
    r = cli("send-copy", plan, "--to", stick)
    assert r.returncode == 0, r.stderr
    copy = next(stick.glob("*.sqlite"))
    r = cli("send-copy", plan, "--to", copy, "--save-back")
    assert r.returncode == 0, r.stderr
    assert cli("check-file", copy).returncode == 0
    # and --overwrite is the clerk's explicit "yes, replace it"
    other = tmp_path / "khac.sqlite"
    shutil.copy(S004, other)
    assert cli("send-copy", plan, "--to", other, "--save-back", "--overwrite").returncode == 0
    assert json.loads(cli("dump", other).stdout)["meta"]["title"] == json.loads(cli("dump", plan).stdout)["meta"]["title"]


def test_send_copy_clean_drops_history_and_passes_the_check(plan, tmp_path):
    out = tmp_path / "gui"
    out.mkdir()
    r = cli("send-copy", plan, "--to", out, "--clean")
    assert r.returncode == 0, r.stderr
    copy = next(out.glob("*.sqlite"))
    assert cli("check-file", copy).returncode == 0
    with sqlite3.connect(copy) as c:
        assert c.execute("SELECT count(*) FROM history").fetchone()[0] == 0
        assert c.execute("SELECT count(*) FROM tombstone").fetchone()[0] == 0
    assert json.loads(cli("dump", copy).stdout) == json.loads(cli("dump", plan).stdout)
    r = cli("send-copy", plan, "--to", out, "--clean", "--zip")
    assert r.returncode == 0, r.stderr


def test_send_copy_to_a_missing_folder_writes_nothing(plan, tmp_path):
    target = str(tmp_path / "khong-co") + "/"
    assert "không tồn tại" in refused(cli("send-copy", plan, "--to", target))
    assert not os.path.exists(target.rstrip("/"))


def test_next_year_force_replaces_an_existing_output(plan, tmp_path):
    out = tmp_path / "KH 2024.sqlite"
    assert cli("next-year", plan, out).returncode == 0
    refused(cli("next-year", plan, out))
    r = cli("next-year", plan, out, "--force")
    assert r.returncode == 0, r.stderr


# -------------------------------------------------- crafted plan files --
CRAFTED = [
    ("appendix_row", "cells", "[1,2]"),
    ("appendix_row", "lead", "5"),
    ("meta", "data", "[1]"),
    ("section", "body", '"hello"'),
    ("section", "title", "[1,2]"),
    ("section", "kind", "zzz"),
    ("appendix_row", "level", "x"),
    ("appendix", "numbering", "[1]"),
    ("appendix_column", "width", "wide"),
    ("appendix_row", "kind", "bogus"),
]


@pytest.mark.parametrize("table,column,value", CRAFTED, ids=[f"{t}.{c}" for t, c, _ in CRAFTED])
def test_a_crafted_value_is_one_clear_line_and_the_file_is_untouched(plan, table, column, value):
    with sqlite3.connect(plan) as c:
        rid = c.execute(f"SELECT id FROM {table} LIMIT 1").fetchone()[0]
        c.execute(f"UPDATE {table} SET {column}=? WHERE id=?", (value, rid))
    c.close()
    before = sha(plan)
    for args in (("check-file", plan), ("dump", plan), ("export", plan, "--docx", plan.with_suffix(".docx")),
                 ("next-year", plan, plan.with_name("next.sqlite"))):
        line = refused(cli(*args))
        assert "không đọc được" in line or "không hợp lệ" in line, line
    assert sha(plan) == before
    assert not plan.with_suffix(".docx").exists() and not plan.with_name("next.sqlite").exists()


def test_a_section_that_is_its_own_parent_is_shown_and_kept(plan):
    n = len(json.loads(cli("dump", plan).stdout)["sections"])
    with sqlite3.connect(plan) as c:
        # a khoản pointing at itself: today it and its sub-sections vanished, and the next save deleted them
        sid, = c.execute("SELECT id FROM section WHERE kind='khoan' LIMIT 1").fetchone()
        total = c.execute("SELECT count(*) FROM section").fetchone()[0]
        c.execute("UPDATE section SET parent_id=id WHERE id=?", (sid,))
    c.close()
    d = json.loads(cli("dump", plan).stdout)

    def count(secs):
        return sum(1 + count(s["children"]) for s in secs)
    assert count(d["sections"]) == total
    assert len(d["sections"]) == n + 1            # re-attached at the top level
    # a full save (Excel import into the plan, through the app's own sync) deletes nothing
    from core.store.planfile import PlanStore
    st = PlanStore.open(str(plan))
    try:
        p = st.load()
        st.sync(p)
    finally:
        st.close()
    with sqlite3.connect(plan) as c:
        assert c.execute("SELECT count(*) FROM section").fetchone()[0] == total
    c.close()


def test_a_text_too_big_to_store_is_a_message_not_a_crash(plan):
    from core.errors import PlanError
    from core.store.planfile import PlanStore
    st = PlanStore.open(str(plan))
    try:
        p = st.load()
        a = p.appendices[0]
        r = next(x for x in a.rows if x.kind == "task")
        col = a.columns[1].id
        r.cells[col] = "x" * 6_000_000
        with pytest.raises(PlanError) as e:
            st.sync(p, {r.id})
        assert "quá lớn" in e.value.vi
    finally:
        st.close()
    assert cli("check-file", plan).returncode == 0


# ------------------------------------------------------------ commands --
def test_a_mistyped_command_does_not_start_the_window():
    line = refused(cli("chek-file", "x.sqlite"))
    assert "chek-file" in line and "check-file" in line


def test_an_output_in_a_missing_folder_names_the_folder_not_a_temp_file(tmp_path):
    missing = tmp_path / "khong-co"
    for args in (("new", "--template", "papi", missing / "x.sqlite"),
                 ("merge", S002, S002, "--out", missing / "m.sqlite")):
        line = refused(cli(*args))
        assert "không tồn tại" in line and ".tmp" not in line and "Errno" not in line, line
