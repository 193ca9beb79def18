"""The real window opens, edits and saves the plan file it was given, whatever
characters its name holds — also on a USB stick, where it edits a local
working copy and writes it back (Ctrl+S).  A raw-path SQLite URI read
``KHA.sqlite`` for ``KH%41.sqlite`` (and the first save wrote the other plan
over the clerk's), and could not open ``KH số 12#2026.sqlite`` at all,
leaving a stray file and the lock note on the stick.

Issue 12, item 1."""
from __future__ import annotations

import hashlib
import os

import pytest

from core.store.planfile import load_plan, save_plan
from core.templates import plan_from_template

CASES = [("KH%41", "KHA"), ("KH%", None), ("KH#2026", "KH"), ("KH?x", "KH"), ("KH số 12#2026", "KH số 12"),
         ("Kế hoạch cải cách hành chính 2026", None)]


def sha(path) -> str:
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def _plan(title: str):
    plan = plan_from_template("papi", agency="huyện Vị Xuyên", year="2026", place="Vị Xuyên")
    plan.meta.title = title
    return plan


@pytest.fixture(params=["local", "removable"])
def mode(request, tmp_path, monkeypatch):
    monkeypatch.setenv("KEHOACH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KEHOACH_WORK_DIR", str(tmp_path / "work"))
    if request.param == "removable":
        monkeypatch.setenv("KEHOACH_REMOVABLE", "1")    # the program's own switch: "this path is a USB stick"
    else:
        monkeypatch.delenv("KEHOACH_REMOVABLE", raising=False)
    return request.param


@pytest.mark.parametrize("name,decoy", CASES)
def test_window_edits_the_named_file(name, decoy, mode, tmp_path, qtbot):
    from gui.main_window import MainWindow
    stick = tmp_path / "Ổ USB 100% #1"
    stick.mkdir()
    path = stick / f"{name}.sqlite"
    save_plan(_plan("Kế hoạch của chính tệp này"), str(path))
    if decoy:
        save_plan(_plan("KẾ HOẠCH KHÁC — không được mở"), str(stick / f"{decoy}.sqlite"))
    before = {p: sha(stick / p) for p in os.listdir(stick)}

    win = MainWindow(interactive=False)
    qtbot.addWidget(win)
    assert win.open_path(str(path)), win.statusBar().currentMessage()
    assert win.doc.plan.meta.title == "Kế hoạch của chính tệp này"       # not the neighbour's plan
    if mode == "removable":
        assert win.doc.session.working and win.doc.session.edit_path != str(path)

    # type a new title in the header form, as the clerk does, then Ctrl+S
    win.select("header")
    editor = win.pages["header"]
    editor.w["title"].setPlainText("Trích yếu sửa trong cửa sổ")
    win.save()
    win.close_document()
    win.close()

    assert load_plan(str(path)).meta.title == "Trích yếu sửa trong cửa sổ"
    if decoy:
        assert sha(stick / f"{decoy}.sqlite") == before[f"{decoy}.sqlite"], "the neighbour was written"
        assert load_plan(str(stick / f"{decoy}.sqlite")).meta.title == "KẾ HOẠCH KHÁC — không được mở"
    # nothing else on the stick: no stray file named after the part before '#', no lock note left behind
    assert sorted(os.listdir(stick)) == sorted(before)
