"""The import dialog previews the plan and the report; it writes nothing."""
import os

import pytest

pytest.importorskip("PySide6")
from PySide6.QtWidgets import QDialog, QDialogButtonBox  # noqa: E402

from gui.dialogs.import_dialog import ImportDialog  # noqa: E402

FIX = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))), "shared", "fixtures",
                   "004_e03d70a70aa68992.docx")


@pytest.mark.skipif(not os.path.exists(FIX), reason="shared fixtures not beside the repo")
def test_preview_tree_and_report(qtbot, tmp_path):
    dlg = ImportDialog(source=FIX, folder=str(tmp_path))
    qtbot.addWidget(dlg)
    assert dlg.plan is not None
    assert dlg.buttons.button(QDialogButtonBox.Ok).isEnabled()
    tops = [dlg.tree.topLevelItem(k).text(0) for k in range(dlg.tree.topLevelItemCount())]
    assert any("PHỤ LỤC" in t.upper() for t in tops) and "Người ký" in tops and "Nơi nhận" in tops
    body = next(dlg.tree.topLevelItem(k) for k in range(dlg.tree.topLevelItemCount())
                if dlg.tree.topLevelItem(k).text(0) == "Nội dung")
    assert body.childCount() == len(dlg.plan.sections)
    assert body.child(0).text(0).startswith("I.")
    assert dlg.report.count() == len(dlg.plan.import_report) > 0
    assert dlg.dest().startswith(str(tmp_path)) and dlg.dest().endswith(".sqlite")
    dlg._accept()
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert not os.listdir(tmp_path)            # the dialog saves nothing itself


def test_bad_file_shows_message_and_disables_save(qtbot, tmp_path):
    bad = tmp_path / "bad.docx"
    bad.write_text("not a docx")
    dlg = ImportDialog(source=str(bad))
    qtbot.addWidget(dlg)
    assert dlg.plan is None
    assert "không phải" in dlg.summary.text()
    assert not dlg.buttons.button(QDialogButtonBox.Ok).isEnabled()


@pytest.mark.skipif(not os.path.exists(FIX), reason="shared fixtures not beside the repo")
def test_existing_destination_not_accepted(qtbot, tmp_path):
    dest = tmp_path / "x.sqlite"
    dest.write_bytes(b"keep")
    dlg = ImportDialog(source=FIX)
    qtbot.addWidget(dlg)
    dlg.dest_edit.setText(str(dest))
    dlg._accept()
    assert dlg.result() != QDialog.DialogCode.Accepted
    assert dest.read_bytes() == b"keep"
