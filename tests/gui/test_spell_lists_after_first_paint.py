"""Spell-check's word lists (70–90 ms to read) wait for the window's first paint.

They were read by a 150 ms timer armed when the first field was built; on a slow PC the window is painted
later than that, so the clerk waited for the lists before seeing anything. Now a field whose window is not
on screen yet asks for them after that window's first paint — and a field on screen still gets them when
the first field that asked sits in a window that is never shown."""
import pytest

from core.templates import plan_from_template


@pytest.fixture
def fresh_spell(qtbot, monkeypatch):
    """gui.spell with no lists read yet; calls of its loader are counted."""
    from gui import spell
    qtbot.wait(3 * spell.LOAD_DELAY_MS)          # a load an earlier test left scheduled runs now, not in ours
    monkeypatch.setattr(spell, "_state", {"enabled": True, "checker": None, "pending": False})
    reads = []
    real = spell._load
    monkeypatch.setattr(spell, "_load", lambda: (reads.append(1), real()))
    return spell, reads


def _window(qtbot, folder):
    from gui.main_window import MainWindow
    folder.mkdir(exist_ok=True)
    w = MainWindow(interactive=False)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    assert w.create_and_open(plan_from_template("papi", agency="xã Thanh Thủy", year="2026"),
                             str(folder / "kh.sqlite"))
    return w


def test_word_lists_are_read_after_the_first_paint_not_before(qtbot, tmp_path, fresh_spell):
    spell, reads = fresh_spell
    w = _window(qtbot, tmp_path)                 # built and given a plan, not shown yet: a slow start
    qtbot.wait(3 * spell.LOAD_DELAY_MS)          # longer than the old timer
    assert reads == [] and spell._state["checker"] is None, "word lists read before the window was painted"

    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: spell._state["checker"] is not None, timeout=5000)
    assert reads
    w.close()


def test_a_window_never_shown_does_not_hold_back_the_others(qtbot, tmp_path, fresh_spell):
    spell, reads = fresh_spell
    hidden = _window(qtbot, tmp_path / "hidden")
    qtbot.wait(spell.LOAD_DELAY_MS)
    assert spell._state["checker"] is None       # its field asked; its window never paints
    shown = _window(qtbot, tmp_path / "shown")
    shown.show()
    qtbot.waitExposed(shown)
    qtbot.waitUntil(lambda: spell._state["checker"] is not None, timeout=5000)
    shown.close()
    hidden.close()
