"""Spell-check's word lists (70–90 ms to read) wait for the window's first paint.

They were read by a 150 ms timer armed when the first field was built; on a slow PC the window is painted
later than that, so the clerk waited for the lists before seeing anything. Now a field whose window is not
on screen yet asks for them after that window's first paint."""
from core.templates import plan_from_template


def test_word_lists_are_read_after_the_first_paint_not_before(qtbot, tmp_path, monkeypatch):
    from gui import spell
    from gui.main_window import MainWindow
    monkeypatch.setattr(spell, "_state", {"enabled": True, "checker": None, "pending": False})
    reads = []
    real = spell._load
    monkeypatch.setattr(spell, "_load", lambda: (reads.append(1), real()))

    w = MainWindow(interactive=False)            # built and given a plan, not shown yet: a slow start
    qtbot.addWidget(w)
    w.resize(1366, 768)
    assert w.create_and_open(plan_from_template("papi", agency="xã Thanh Thủy", year="2026"),
                             str(tmp_path / "kh.sqlite"))
    qtbot.wait(3 * spell.LOAD_DELAY_MS)          # longer than the old timer
    assert reads == [] and spell._state["checker"] is None, "word lists read before the window was painted"

    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: spell._state["checker"] is not None, timeout=5000)
    assert reads == [1]
    w.close()
