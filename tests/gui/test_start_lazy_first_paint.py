"""Start-up (issue 13, item 8): the first paint of the window with a plan loads only what it shows.

The editors of the other nodes (the appendix table above all), the actions of the modules beside the
window (print, find, progress, the plans page, the plan check…), core.edits and the command-line table are
loaded later: the pages when first shown, the modules' actions right after the first paint. Pinned on the
modules present at the first paint (no timing), and every lazily made part must work on its first use."""
from __future__ import annotations

import glob
import json
import os
import shutil
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLE = sorted(glob.glob(os.path.join(ROOT, "resources", "samples", "004_*.sqlite")))[0]

# main.py as the clerk starts it, recording sys.modules at the window's first paint
PROBE = r"""
import json, sys
sys.path.insert(0, sys.argv[1])
from PySide6.QtCore import QEvent
import gui.app
seen = {}
paint = gui.app.FirstPaintProbe.eventFilter
def probe(self, obj, ev):
    if ev.type() == QEvent.Paint and not self.seen:
        seen["mods"] = sorted(sys.modules)
    return paint(self, obj, ev)
gui.app.FirstPaintProbe.eventFilter = probe
import main
rc = main.main(sys.argv[2:])
sys.stdout.write("\n@@" + json.dumps({"rc": rc, **seen}))
"""

NOT_AT_FIRST_PAINT = (
    "gui.editors.appendix", "gui.models.appendix_model", "gui.find", "gui.progress", "gui.plans_page",
    "gui.plan_check", "gui.extras", "gui.send_copy", "gui.next_year", "gui.text_tools", "gui.printing",
    "gui.calendar.view", "gui.calendar.page", "gui.dialogs", "gui.file_commands", "core.edits", "core.undo", "core.progress",
    "core.export", "core.importers", "core.deadlines", "core.merge", "core.library", "core.cli", "core.checker",
    "babel", "holidays", "sqlite_utils", "logging.handlers", "openpyxl", "docx", "reportlab", "lxml", "pypdfium2")


def test_first_paint_with_a_plan_loads_only_what_it_shows(tmp_path):
    plan = tmp_path / "ke-hoach.sqlite"
    shutil.copyfile(SAMPLE, plan)
    env = dict(os.environ, KEHOACH_FIRST_PAINT="1", QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", PROBE, ROOT, str(plan)], cwd=ROOT, env=env, capture_output=True,
                         text=True, encoding="utf-8", timeout=120)
    assert out.returncode == 0, out.stderr
    seen = json.loads(out.stdout.rsplit("\n@@", 1)[1])
    mods = seen["mods"]
    assert "gui.main_window" in mods and "gui.editors.forms" in mods     # the probe saw the real window
    early = [m for m in mods if any(m == h or m.startswith(h + ".") for h in NOT_AT_FIRST_PAINT)]
    assert early == []


@pytest.fixture
def lazy_win(qtbot, tmp_path):
    """The window as main.py makes it at start (lazy), the sample plan open, shown."""
    from gui.main_window import MainWindow
    plan = tmp_path / "ke-hoach.sqlite"
    shutil.copyfile(SAMPLE, plan)
    w = MainWindow(interactive=False, lazy=True)
    qtbot.addWidget(w)
    assert w.open_path(str(plan))
    assert getattr(w, "a_find", None) is None and "appendix" not in w.pages   # nothing of them made yet
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: getattr(w, "a_find", None) is not None, timeout=5000)   # right after the paint
    yield w
    w.close()


def test_the_modules_actions_come_after_the_first_paint_and_work_at_once(lazy_win, qtbot):
    w = lazy_win
    for name in ("a_print", "a_settings", "a_help", "a_send", "a_next_year", "a_tone", "a_find", "a_replace",
                 "a_plans", "a_plan_check", "a_progress_forms", "a_progress_import", "a_report",
                 "a_progress_view"):
        a = getattr(w, name)
        assert a in w.actions(), name                              # its shortcut reaches the window
        assert any(a in m.actions() for m in w.findChildren(type(w.menuBar().actions()[0].menu()))), name
    # the plan's actions among them are enabled for the open plan, as if installed at once
    assert w.a_find.isEnabled() and w.a_plan_check.isEnabled() and w.a_tone.isEnabled()
    assert w.a_find in w.plan_actions and w.a_print in w.plan_actions
    w.a_find.trigger()
    assert w.find_panel is not None and w.find_panel.isVisible()


def test_lazily_built_pages_work_on_their_first_use(lazy_win, qtbot):
    w = lazy_win
    plan = w.doc.plan
    app = plan.appendices[0]
    # F8 shows the calendar; the table is still not made
    w.a_calendar.trigger()
    assert "appendix" not in w.pages
    # selecting an appendix in the tree makes its table, shown with its rows
    w.select("appendix", app.id)
    page = w.pages.get("appendix")
    assert page is not None and w.stack.currentWidget() is page
    assert page.table.model().rowCount() == len(app.rows)
    # Ctrl+Return in the table adds a row at once (one undo step)
    n = len(app.rows)
    page.table.setFocus()
    page.table.setCurrentIndex(page.table.model().index(0, 1))
    w.a_add.trigger()
    assert len(w.doc.plan.appendices[0].rows) == n + 1
    w.a_undo.trigger()
    assert len(w.doc.plan.appendices[0].rows) == n
    # the zoom reaches the table made after the zoom was set
    size = page.table.font().pointSizeF()
    w.a_zoom_in.trigger()
    assert page.table.font().pointSizeF() > size
    w.a_zoom_reset.trigger()


def test_section_editor_made_on_first_selection_takes_f2(lazy_win, qtbot):
    w = lazy_win
    assert "section" not in w.pages
    sec = next(iter(w.doc.plan.walk()))
    w.select("section", sec.id)
    page = w.pages["section"]
    assert w.stack.currentWidget() is page and w.current_page is page
    w.tree.setFocus()
    w.rename_current()
    assert page.title.hasFocus() or page.title.selectedText() == page.title.text()


def test_pages_lookup_builds_only_known_pages_and_only_with_a_plan(qtbot):
    from gui.main_window import MainWindow
    w = MainWindow(interactive=False)
    qtbot.addWidget(w)
    with pytest.raises(KeyError):
        w.pages["appendix"]          # no plan open: no editor
    assert w.pages.get("appendix") is None
