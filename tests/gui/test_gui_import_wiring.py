"""File → Import in the main window: the preview dialog's plan is saved as a new
plan file and opened, with its import report kept in the file."""
import os

import pytest

from core.dump import dump
from core.importers.docx import import_docx
from core.store.planfile import load_plan

FIXTURE = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))),
                       "shared", "fixtures", "004_e03d70a70aa68992.docx")


@pytest.mark.skipif(not os.path.exists(FIXTURE), reason="shared/fixtures not beside the repo")
def test_import_from_the_window_creates_and_opens_the_plan(qtbot, tmp_path, monkeypatch):
    import gui.dialogs.import_dialog as dlg
    from gui.main_window import MainWindow
    plan = import_docx(FIXTURE)
    dest = str(tmp_path / "vi-xuyen.sqlite")
    monkeypatch.setattr(dlg, "run_import_dialog", lambda parent=None, folder="": (plan, dest))
    shown = []
    monkeypatch.setattr("gui.file_commands.show_text", lambda parent, title, text: shown.append(text))
    w = MainWindow(interactive=False)
    qtbot.addWidget(w)
    w.import_docx()
    assert w.doc is not None and os.path.abspath(w.doc.path) == os.path.abspath(dest)
    saved = load_plan(dest)
    assert dump(saved) == dump(plan)
    assert saved.import_report and shown and "lệch" in shown[0]
    w.close()
