"""A plan's file name may hold any character a clerk can type — ``%``, ``#``,
``?``, spaces, Vietnamese letters — and every command-line action reads and
writes exactly that file: never a neighbour whose name the raw path spells as
a URI (``KH%41.sqlite`` → ``KHA.sqlite``), never a stray file named after the
part before ``#``.  Run on a local disk and in removable-drive mode
(``KEHOACH_REMOVABLE=1``, how the program is told a path is on a USB stick).

Issue 12, item 1."""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import zipfile

import pytest

from core.store.planfile import save_plan
from core.templates import plan_from_template

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# name of the plan -> the neighbour a raw URI would have read instead (None: no such neighbour)
NAMES = {
    "KH%41": "KHA",                    # %41 is 'A'
    "KH%": None,                       # a bare '%': an invalid escape
    "KH#2026": "KH",                   # '#' starts a URI fragment
    "KH?x": "KH",                      # '?' starts the URI query
    "KH số 12#2026": "KH số 12",       # the case the issue names: a space, Vietnamese, '#'
    "Kế hoạch cải cách hành chính 2026": None,
}
FOLDER = "Ổ USB 100% #1"               # the folder's name too: '%', '#' and a space


def sha(path) -> str:
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def _plan(title: str):
    plan = plan_from_template("papi", agency="huyện Vị Xuyên", year="2026", place="Vị Xuyên")
    plan.meta.title = title
    return plan


@pytest.fixture(params=["local", "removable"])
def mode(request, monkeypatch, tmp_path):
    monkeypatch.setenv("KEHOACH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KEHOACH_WORK_DIR", str(tmp_path / "work"))
    if request.param == "removable":
        monkeypatch.setenv("KEHOACH_REMOVABLE", "1")
    else:
        monkeypatch.delenv("KEHOACH_REMOVABLE", raising=False)
    return request.param


def run(capsys, *args) -> tuple[int, str, str]:
    import main
    capsys.readouterr()
    code = main.main([str(a) for a in args])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


def title_of(capsys, path) -> str:
    code, out, err = run(capsys, "dump", path)
    assert code == 0, err
    return json.loads(out)["meta"]["title"]


@pytest.mark.parametrize("name", list(NAMES))
def test_every_action_reads_and_writes_the_named_file(name, mode, tmp_path, capsys):
    folder = tmp_path / FOLDER
    folder.mkdir()
    plan_path = folder / f"{name}.sqlite"
    want = "Kế hoạch của tệp mã " + "ABCDEF"[list(NAMES).index(name)]   # no year in it: next-year keeps it
    save_plan(_plan(want), str(plan_path))
    decoy = NAMES[name]
    if decoy:
        save_plan(_plan("KẾ HOẠCH KHÁC — không được đọc"), str(folder / f"{decoy}.sqlite"))
    theirs = tmp_path / "theirs.sqlite"      # the other office's copy, for merge
    shutil.copy(plan_path, theirs)
    before = {p: sha(folder / p) for p in os.listdir(folder)}

    # read-only actions: the named file's content, nothing written beside it
    assert title_of(capsys, plan_path) == want
    code, out, err = run(capsys, "check-file", plan_path)
    assert code == 0 and str(plan_path) in out, err
    code, out, err = run(capsys, "deadlines", plan_path, "--from", "2026-01-01", "--to", "2026-12-31")
    assert code == 0, err
    assert json.loads(out)["file"] == str(plan_path)
    assert {p: sha(folder / p) for p in os.listdir(folder)} == before, "a read-only action changed the folder"

    # actions that write next to the plan: outputs under names with the same characters
    out_dir = folder / f"ra {name}"
    out_dir.mkdir()
    docx = out_dir / f"{name}.docx"
    pdf = out_dir / f"{name}.pdf"
    code, _, err = run(capsys, "export", plan_path, "--docx", docx, "--pdf", pdf)
    assert code == 0, err
    assert pdf.read_bytes().startswith(b"%PDF")
    from docx import Document
    assert any(want in p.text for p in Document(str(docx)).paragraphs)
    xlsx = out_dir / f"{name}.xlsx"
    code, _, err = run(capsys, "export-xlsx", plan_path, xlsx)
    assert code == 0 and zipfile.is_zipfile(xlsx), err
    ics = out_dir / f"{name}.ics"
    code, _, err = run(capsys, "deadlines", plan_path, "--from", "2026-01-01", "--to", "2026-12-31", "--ics", ics)
    assert code == 0 and ics.read_bytes().startswith(b"BEGIN:VCALENDAR"), err

    nxt = out_dir / f"{name} năm sau.sqlite"
    code, _, err = run(capsys, "next-year", plan_path, nxt)
    assert code == 0, err
    assert title_of(capsys, nxt) == want            # next year's plan is made from THIS plan

    merged = out_dir / f"{name} đã gộp.sqlite"
    code, _, err = run(capsys, "merge", plan_path, theirs, "--out", merged)
    assert code == 0, err
    assert title_of(capsys, merged) == want

    sent = out_dir / f"{name} gửi.sqlite"
    code, _, err = run(capsys, "send-copy", plan_path, "--to", sent)
    assert code == 0, err
    assert title_of(capsys, sent) == want
    code, out, err = run(capsys, "send-copy", plan_path, "--to", out_dir / f"{name} gửi", "--zip")
    assert code == 0, err
    zipped = out_dir / f"{name} gửi.zip"
    with zipfile.ZipFile(zipped) as z:
        assert len(z.namelist()) == 1
    code, _, err = run(capsys, "merge", zipped, theirs, "--out", out_dir / f"{name} từ zip.sqlite")
    assert code == 0, err
    assert title_of(capsys, out_dir / f"{name} từ zip.sqlite") == want

    # a save back onto the stick: written over the named copy, the neighbour untouched
    back = folder / f"{name} (bản trên USB).sqlite"
    shutil.copy(plan_path, back)
    code, _, err = run(capsys, "send-copy", nxt, "--to", back, "--save-back", "--overwrite")
    assert code == 0, err

    # rows from Excel into the named plan, in place
    code, _, err = run(capsys, "import", xlsx, "--into", plan_path)
    assert code == 0, err

    after = set(os.listdir(folder))
    assert after == set(before) | {f"ra {name}", back.name}, f"stray files: {after - set(before)}"
    if decoy:
        assert sha(folder / f"{decoy}.sqlite") == before[f"{decoy}.sqlite"], "the neighbour was written"
    assert sha(plan_path) != before[plan_path.name], "import --into did not write the named plan"
    assert title_of(capsys, plan_path) == want
    for p in os.listdir(out_dir):
        assert not p.startswith("."), f"a temporary file was left: {p}"


@pytest.mark.parametrize("name", ["KH%41", "KH số 12#2026"])
def test_new_and_import_write_the_named_file(name, mode, tmp_path, capsys):
    folder = tmp_path / FOLDER
    folder.mkdir()
    save_plan(_plan("KẾ HOẠCH KHÁC — không được ghi"), str(folder / "KHA.sqlite"))
    decoy = sha(folder / "KHA.sqlite")
    new = folder / f"{name} mới.sqlite"
    code, _, err = run(capsys, "new", "--template", "par", new)
    assert code == 0, err
    assert title_of(capsys, new)             # the new file reads back as a plan
    docx_in = tmp_path / f"{name} văn bản.docx"
    shutil.copy(os.path.join(ROOT, "tests", "fixtures", "002_4ddd967f79e7422c_autonum.docx"), docx_in)
    imported = folder / f"{name} nhập.sqlite"
    code, _, err = run(capsys, "import", docx_in, imported)
    assert code == 0, err
    code, out, err = run(capsys, "check-file", imported)
    assert code == 0, err
    assert sha(folder / "KHA.sqlite") == decoy
    assert sorted(os.listdir(folder)) == sorted(["KHA.sqlite", new.name, imported.name])


@pytest.mark.parametrize("name", ["KH%41", "KH số 12#2026"])
def test_a_relative_name_starting_with_file_colon(name, tmp_path, monkeypatch, capsys):
    """Even a plain open of a relative path is no URI: 'file:KH%41.sqlite' is that file."""
    monkeypatch.setenv("KEHOACH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.chdir(tmp_path)
    save_plan(_plan("đúng tệp"), str(tmp_path / f"file:{name}.sqlite"))
    save_plan(_plan("KẾ HOẠCH KHÁC"), str(tmp_path / "KHA.sqlite"))
    from core.store.planfile import PlanStore
    st = PlanStore.open(f"file:{name}.sqlite")
    try:
        assert st.load().meta.title == "đúng tệp"
    finally:
        st.close()


def test_one_place_makes_uris():
    """Every connection of core/ goes through core.store.safe_open.connect (the one quoted URI)."""
    import re
    hits = []
    for base, _, files in os.walk(os.path.join(ROOT, "core")):
        for f in files:
            p = os.path.join(base, f)
            if not f.endswith(".py") or p.endswith(os.path.join("store", "safe_open.py")):
                continue
            src = open(p, encoding="utf-8").read()
            for m in re.finditer(r"sqlite3\.connect\(|uri=True|[\"']file:", src):
                hits.append(f"{os.path.relpath(p, ROOT)}:{src[:m.start()].count(chr(10)) + 1}")
    assert hits == [], hits
    from core.store.safe_open import sqlite_uri
    for name in NAMES:
        uri = sqlite_uri(f"/x/{name}.sqlite", mode="ro")
        assert "#" not in uri and uri.count("?") == 1 and uri.endswith(".sqlite?mode=ro"), uri
    assert sqlite_uri("/x/KH%41.sqlite") == "file:///x/KH%2541.sqlite"
    assert sqlite_uri("//x/y.sqlite").startswith("file:////x/")   # a path, not a URI authority
