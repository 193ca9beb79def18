"""File → Send a copy: a clean, checked file named after the plan (a .zip for
email), with the history kept so the returned file can be merged."""
import os
import sqlite3
import zipfile

import pytest
from PySide6.QtWidgets import QFileDialog

from core.dump import dump
from core.merge import merge_files
from core.store.planfile import load_plan
from core.templates import plan_from_template


@pytest.fixture
def win(qtbot, tmp_path):
    from gui.main_window import MainWindow
    w = MainWindow(interactive=False)
    qtbot.addWidget(w)
    w.show()
    plan = plan_from_template("papi", agency="huyện Vị Xuyên", year="2024", place="Vị Xuyên")
    plan.meta.number = "12"
    assert w.create_and_open(plan, str(tmp_path / "kh.sqlite"))
    yield w
    w.close()


def _file_menu_texts(win):
    m = next(a.menu() for a in win.menuBar().actions() if a.menu() is not None)
    return [a.text() for a in m.actions()]


def test_menu_entry_after_save_copy(win):
    texts = _file_menu_texts(win)
    i = texts.index(win.a_copy.text())
    assert texts[i + 1] == win.a_send.text() and "Gửi bản sao" in win.a_send.text()


def test_send_zip_named_after_plan(win, tmp_path, monkeypatch):
    from gui import send_copy
    out_dir = tmp_path / "gui-di"
    out_dir.mkdir()
    asked = {}

    def fake_dialog(parent, caption, path, filters, selected):
        asked.update(path=path, filters=filters, selected=selected)
        return str(out_dir / os.path.basename(path)), selected
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_dialog))
    monkeypatch.setattr(send_copy, "default_folder", lambda w: str(out_dir))
    # something typed just before sending: it must be in the copy
    doc = win.doc
    sec = doc.plan.sections[0]
    from core.model import Run
    sec.title = [Run("MỤC ĐÍCH, YÊU CẦU CHUNG")]
    doc.write({sec.id}, [("sections",)])
    win.a_send.trigger()
    name = os.path.basename(asked["path"])
    assert name.startswith("12-KH-UBND_huyen-vi-xuyen_cai-thien") and name.endswith(".zip")   # names the office
    out = out_dir / name
    assert out.exists() and "%" not in win.statusBar().currentMessage()
    assert "Đã tạo bản sao để gửi" in win.statusBar().currentMessage()
    with zipfile.ZipFile(out) as z:
        (member,) = z.namelist()
        assert member.endswith(".sqlite")
        z.extract(member, tmp_path / "unzipped")
    got = str(tmp_path / "unzipped" / member)
    assert dump(load_plan(got)) == dump(load_plan(doc.path))
    assert not os.path.exists(got + "-journal")
    with sqlite3.connect(got) as c:   # history travels with the copy (for merging back)
        assert c.execute("SELECT count(*) FROM history").fetchone()[0] >= 1
    assert doc.store._fresh == {}     # the copied versions are kept from now on


def test_sent_copy_comes_back_and_merges_cleanly(win, tmp_path):
    from core.model import Run
    from gui import send_copy
    doc = win.doc
    sent = send_copy.send_copy(win, str(tmp_path / "gui-tinh.sqlite"))
    assert sent.endswith(".sqlite") and os.path.exists(sent)
    # at once, more typing in the same section at home …
    sec = doc.plan.sections[0]
    for t in ("MỤC ĐÍCH", "MỤC ĐÍCH, YÊU", "MỤC ĐÍCH, YÊU CẦU (sửa)"):
        sec.title = [Run(t)]
        doc.write({sec.id}, [("sections",)])
    doc.flush()
    # … while the province edits another section of the copy
    from core.store.planfile import PlanStore
    st = PlanStore.open(sent)
    theirs = st.load()
    theirs.sections[1].title = [Run("MỤC TIÊU (tỉnh sửa)")]
    st.sync(theirs, {theirs.sections[1].id})
    st.close()
    res = merge_files(doc.path, sent, str(tmp_path / "gop.sqlite"))
    assert res.conflicts == []
    titles = [s["title"] for s in dump(load_plan(str(tmp_path / "gop.sqlite")))["sections"]]
    assert titles[0] == "MỤC ĐÍCH, YÊU CẦU (sửa)" and titles[1] == "MỤC TIÊU (tỉnh sửa)"


def test_cannot_send_over_the_open_file(win):
    from core.operations import OperationError
    from gui import send_copy
    with pytest.raises(OperationError):
        send_copy.send_copy(win, win.doc.path)


@pytest.mark.parametrize("typed,pick_zip,expect", [("Gui tinh", True, "Gui tinh.zip"),
                                                    ("Gui tinh", False, "Gui tinh.sqlite"),
                                                    ("Gui tinh.zip", False, "Gui tinh.sqlite")])
def test_typed_name_gets_its_extension(win, tmp_path, monkeypatch, typed, pick_zip, expect):
    from gui import send_copy

    def fake_dialog(parent, caption, path, filters, selected):
        zip_f, plain_f = filters.split(";;")
        return str(tmp_path / typed), (zip_f if pick_zip else plain_f)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_dialog))
    out = send_copy.send_copy(win)
    assert out == str(tmp_path / expect) and os.path.exists(out)
    assert zipfile.is_zipfile(out) == pick_zip
