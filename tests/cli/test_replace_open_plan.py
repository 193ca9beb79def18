"""No command replaces (or writes into) a plan file that a window has open.

``merge A B --out PLAN.sqlite --overwrite`` while PLAN.sqlite was open in the
window replaced the file under it: its last edits vanished and the next edit
failed with a misleading "Ổ đĩa chỉ đọc".  Every writer that replaces a plan
— merge, send-copy (and --save-back), next-year, import --force, import
--into, restore from a backup — asks the one replace decision
(core.fileio.guard_output → refuse_if_open), which reads the window's lock
note, and refuses with one clear line (exit 2), the file untouched.

Issue 12, item 2."""
from __future__ import annotations

import hashlib
import json
import os
import shutil

import pytest

from core.store.planfile import PlanStore, save_plan
from core.templates import plan_from_template

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DOCX = os.path.join(ROOT, "tests", "fixtures", "002_4ddd967f79e7422c_autonum.docx")


def sha(path) -> str:
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


@pytest.fixture(autouse=True)
def _dirs(tmp_path, monkeypatch):
    monkeypatch.setenv("KEHOACH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KEHOACH_WORK_DIR", str(tmp_path / "work"))
    monkeypatch.delenv("KEHOACH_REMOVABLE", raising=False)


@pytest.fixture
def files(tmp_path):
    plan = plan_from_template("papi", agency="huyện Vị Xuyên", year="2026", place="Vị Xuyên")
    mine = tmp_path / "ban-minh.sqlite"
    save_plan(plan, str(mine))
    theirs = tmp_path / "ban-kia.sqlite"
    shutil.copy(mine, theirs)
    open_plan = tmp_path / "KH đang mở.sqlite"     # a copy of the same plan, open in a window
    shutil.copy(mine, open_plan)
    xlsx = tmp_path / "bang.xlsx"
    import main
    assert main.main(["export-xlsx", str(mine), str(xlsx)]) == 0
    return {"mine": mine, "theirs": theirs, "open": open_plan, "xlsx": xlsx}


def run(capsys, *args, lang=None) -> tuple[int, list[str]]:
    import main
    capsys.readouterr()
    code = main.main([str(a) for a in args] + (["--lang", lang] if lang else []))
    _, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, [x for x in err.splitlines() if x.strip()]


def writers(f):
    o = f["open"]
    return {
        "merge --overwrite": ["merge", f["mine"], f["theirs"], "--out", o, "--overwrite"],
        "send-copy --save-back": ["send-copy", f["mine"], "--to", o, "--save-back"],
        "send-copy --save-back --overwrite": ["send-copy", f["mine"], "--to", o, "--save-back", "--overwrite"],
        "send-copy --overwrite": ["send-copy", f["mine"], "--to", o, "--overwrite"],
        "next-year --force": ["next-year", f["mine"], o, "--force"],
        "import --force": ["import", DOCX, o, "--force"],
        "import --into": ["import", f["xlsx"], "--into", o],
    }


@pytest.mark.parametrize("which", list(writers({"mine": 0, "theirs": 0, "open": 0, "xlsx": 0})))
def test_writer_refuses_a_plan_open_in_a_window(which, files, other_window, capsys):
    o = files["open"]
    other_window(o)
    before = sha(o)
    code, lines = run(capsys, *writers(files)[which])
    assert code == 2 and len(lines) == 1, lines
    assert "đang được mở" in lines[0] and o.name in lines[0], lines
    assert sha(o) == before, "the open plan was written"
    code, lines = run(capsys, *writers(files)[which], lang="en")
    assert code == 2 and len(lines) == 1 and "is open" in lines[0], lines
    assert sha(o) == before


def test_a_crash_note_does_not_block(files, capsys):
    """A lock note left by a program that died (its process is gone) is no open window."""
    o = files["open"]
    from core import session
    with open(session.lock_path(str(o)), "w", encoding="utf-8") as fh:
        import socket
        json.dump({"host": socket.gethostname(), "pid": 999999999, "user": "x", "opened": "08:00 01/01/2026"}, fh)
    code, lines = run(capsys, "merge", files["mine"], files["theirs"], "--out", o, "--overwrite")
    assert code == 0, lines


def test_once_the_window_closes_the_writer_may_go_on(files, other_window, capsys):
    o = files["open"]
    win = other_window(o)
    code, _ = run(capsys, "next-year", files["mine"], o, "--force")
    assert code == 2
    win.stdin.close()
    win.wait(timeout=20)
    code, lines = run(capsys, "next-year", files["mine"], o, "--force")
    assert code == 0, lines


def test_restore_refuses_a_file_another_window_has_open(files, other_window):
    """Restore from a backup writes the whole file: not while another window (another name,
    another program) has it open."""
    from core import session
    from core.errors import PlanError
    o = str(files["open"])
    store = PlanStore.open(o)
    try:
        backup = session.make_backup(store, o)
        other_window(o)
        before = sha(o)
        with pytest.raises(PlanError) as e:
            session.restore_backup(store, o, backup)
        assert "đang được mở" in e.value.vi and "is open" in e.value.en
        assert sha(o) == before
    finally:
        store.close()


def test_window_new_plan_never_replaces_a_plan_open_elsewhere(files, other_window, qtbot):
    """The window's own "replace" (new plan / next year's plan over an existing file) asks the same place."""
    from gui.main_window import MainWindow
    o = files["open"]
    other_window(o)
    before = sha(o)
    win = MainWindow(interactive=False)
    qtbot.addWidget(win)
    plan = plan_from_template("blank")
    assert not win.create_and_open(plan, str(o), overwrite=True)
    assert sha(o) == before
    assert "đang được mở" in win.statusBar().currentMessage()
    win.close()
