""""Already open in another window" is decided by what the file IS — resolved
path, device and inode (on Windows the volume serial and NTFS file ID that
os.stat reports) — not by the string the clerk typed.  Through a symbolic or a
hard link two windows used to edit one file.

Issue 12, item 3."""
from __future__ import annotations

import os

import pytest

from core import session
from core.store.planfile import save_plan
from core.templates import plan_from_template

pytestmark = pytest.mark.skipif(not hasattr(os, "symlink") or not hasattr(os, "link"), reason="needs links")


@pytest.fixture(autouse=True)
def _dirs(tmp_path, monkeypatch):
    monkeypatch.setenv("KEHOACH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("KEHOACH_REMOVABLE", raising=False)
    yield
    session._OPEN_HERE.clear()


@pytest.fixture
def linked(tmp_path):
    real = tmp_path / "that" / "KH 2026.sqlite"
    real.parent.mkdir()
    save_plan(plan_from_template("papi", agency="huyện Vị Xuyên"), str(real))
    other = tmp_path / "elsewhere"
    other.mkdir()
    sym = other / "loi-tat.sqlite"
    os.symlink(real, sym)
    hard = other / "ten-khac.sqlite"
    os.link(real, hard)
    return real, sym, hard


@pytest.mark.parametrize("opened,asked", [("real", "sym"), ("real", "hard"), ("sym", "real"), ("hard", "real"),
                                          ("sym", "hard")])
def test_another_program_has_it_open_under_another_name(opened, asked, linked, other_window):
    names = dict(zip(("real", "sym", "hard"), linked))
    other_window(names[opened])
    info = session.read_lock(str(names[asked]))
    assert info is not None and info.state == "alive", (opened, asked)


@pytest.mark.parametrize("asked", ["sym", "hard"])
def test_a_second_window_of_this_program(asked, linked):
    real, sym, hard = linked
    session.write_lock(str(real))
    assert session.read_lock(str({"sym": sym, "hard": hard}[asked])).state == "alive"
    session.release_lock(str(real))
    assert session.read_lock(str({"sym": sym, "hard": hard}[asked])) is None


def test_a_different_file_is_not_open(linked, tmp_path, other_window):
    real, sym, hard = linked
    other_window(real)
    copy = tmp_path / "ban-sao.sqlite"
    save_plan(plan_from_template("papi"), str(copy))
    assert session.read_lock(str(copy)) is None


def test_still_open_after_a_write_back_to_the_stick(tmp_path, monkeypatch):
    """On a USB stick the window writes its working copy back by renaming a new file into place (a
    new inode): a hard link made after that still finds the plan open."""
    monkeypatch.setenv("KEHOACH_REMOVABLE", "1")
    from core.store.planfile import PlanStore
    f = tmp_path / "usb" / "KH.sqlite"
    f.parent.mkdir()
    save_plan(plan_from_template("papi", agency="huyện Vị Xuyên"), str(f))
    s = session.Session.start(str(f))
    st = PlanStore.open(s.edit_path)
    try:
        plan = st.load()
        plan.meta.title = "sửa trên bản làm việc"
        st.sync(plan)
        before = os.stat(f).st_ino
        s.flush(st)
        assert os.stat(f).st_ino != before        # the file on the stick is a new one
        os.link(f, tmp_path / "usb" / "ten-khac.sqlite")
        info = session.read_lock(str(tmp_path / "usb" / "ten-khac.sqlite"))
        assert info is not None and info.state == "alive"
    finally:
        s.end(st)
        st.close()
    assert session.read_lock(str(tmp_path / "usb" / "ten-khac.sqlite")) is None
