"""No action writes over any of its inputs, of any kind, under any name.

``merge A.zip B.sqlite --out A.zip --overwrite`` replaced the .zip received by
email with a bare .sqlite: the merge compared its output with the plan
extracted to a temporary folder, not with the .zip it was given.  The one
replace decision (core.fileio.guard_output) compares identities (resolved
path + device + inode) with every input the action was given.

Issue 12, item 4."""
from __future__ import annotations

import hashlib
import os
import shutil

import pytest

from core.store.planfile import save_plan
from core.templates import plan_from_template


def ident(path) -> tuple[int, int]:
    st = os.stat(path)
    return st.st_dev, st.st_ino


def sha(path) -> str:
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


@pytest.fixture(autouse=True)
def _dirs(tmp_path, monkeypatch):
    monkeypatch.setenv("KEHOACH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KEHOACH_WORK_DIR", str(tmp_path / "work"))
    monkeypatch.delenv("KEHOACH_REMOVABLE", raising=False)


def run(capsys, *args, lang=None) -> tuple[int, list[str]]:
    import main
    capsys.readouterr()
    code = main.main([str(a) for a in args] + (["--lang", lang] if lang else []))
    _, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, [x for x in err.splitlines() if x.strip()]


@pytest.fixture
def inputs(tmp_path, capsys):
    a = tmp_path / "A.sqlite"
    save_plan(plan_from_template("papi", agency="huyện Vị Xuyên", year="2026"), str(a))
    b = tmp_path / "B.sqlite"
    shutil.copy(a, b)
    code, _ = run(capsys, "send-copy", a, "--to", tmp_path / "A", "--zip")
    assert code == 0
    z = tmp_path / "A.zip"
    assert z.exists()
    os.symlink(a, tmp_path / "link-A.sqlite")
    os.link(b, tmp_path / "hard-B.sqlite")
    os.symlink(z, tmp_path / "link-A.zip")
    return {"a": a, "b": b, "zip": z, "sym": tmp_path / "link-A.sqlite", "hard": tmp_path / "hard-B.sqlite",
            "zsym": tmp_path / "link-A.zip"}


CASES = {
    "merge --out the received zip": lambda f: ["merge", f["zip"], f["b"], "--out", f["zip"], "--overwrite"],
    "merge --out their zip": lambda f: ["merge", f["b"], f["zip"], "--out", f["zip"], "--overwrite"],
    "merge --out a link to the zip": lambda f: ["merge", f["zip"], f["b"], "--out", f["zsym"], "--overwrite"],
    "merge --out a symlink to mine": lambda f: ["merge", f["a"], f["b"], "--out", f["sym"], "--overwrite"],
    "merge --out a hard link to theirs": lambda f: ["merge", f["a"], f["b"], "--out", f["hard"], "--overwrite"],
    "next-year over a hard link to itself": lambda f: ["next-year", f["b"], f["hard"], "--force"],
    "next-year over a symlink to itself": lambda f: ["next-year", f["a"], f["sym"], "--force"],
    "send-copy over a link to itself": lambda f: ["send-copy", f["a"], "--to", f["sym"], "--overwrite"],
    "save-back over a link to itself": lambda f: ["send-copy", f["b"], "--to", f["hard"], "--save-back",
                                                  "--overwrite"],
    "export-xlsx over a link to the plan": lambda f: ["export-xlsx", f["a"], f["sym"], "--force"],
}


@pytest.mark.parametrize("case", list(CASES))
def test_never_over_an_input(case, inputs, capsys):
    before = {k: sha(p) for k, p in inputs.items()}
    kinds = {k: os.path.islink(p) for k, p in inputs.items()}
    ids = {k: ident(p) for k, p in inputs.items()}
    code, lines = run(capsys, *CASES[case](inputs))
    assert code == 2 and len(lines) == 1, lines
    assert {k: sha(p) for k, p in inputs.items()} == before, "an input was written"
    assert {k: ident(p) for k, p in inputs.items()} == ids, "an input's name now leads to another file"
    assert {k: os.path.islink(p) for k, p in inputs.items()} == kinds, "a link was replaced by a file"
    code, lines = run(capsys, *CASES[case](inputs), lang="en")
    assert code == 2 and len(lines) == 1 and "“" in lines[0], lines


def test_merge_of_a_zip_into_a_new_file_still_works(inputs, tmp_path, capsys):
    code, lines = run(capsys, "merge", inputs["zip"], inputs["b"], "--out", tmp_path / "gop.sqlite")
    assert code == 0, lines


def test_window_save_copy_never_over_its_own_plan_through_a_link(inputs, qtbot):
    """File → Save a copy, File → Export: the window's own plan, reached by a link, is an input too."""
    from gui.main_window import MainWindow
    win = MainWindow(interactive=False)
    qtbot.addWidget(win)
    assert win.open_path(str(inputs["b"]))
    before, same = sha(inputs["b"]), ident(inputs["b"])
    win.guard(win.save_copy, str(inputs["hard"]))
    assert sha(inputs["b"]) == before
    assert ident(inputs["hard"]) == same, "the hard link to the open plan was replaced by a copy"
    win.guard(win.export, "xlsx", str(inputs["hard"]))
    assert sha(inputs["b"]) == before and ident(inputs["hard"]) == same
    win.close_document()
    win.close()
