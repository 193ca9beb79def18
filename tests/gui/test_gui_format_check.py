"""File → Kiểm tra thể thức văn bản Word…: findings in a dialog, a corrected copy beside the original."""
import os
import sys

import pytest

pytest.importorskip("PySide6")

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "tests", "checker"))
import checker_docbuild as B  # noqa: E402

from gui.dialogs.format_check_dialog import FormatCheckDialog  # noqa: E402


@pytest.fixture(autouse=True)
def _data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("KEHOACH_DATA_DIR", str(tmp_path / "data"))


def test_dialog_lists_findings_and_writes_a_corrected_copy(qtbot, tmp_path):
    s = B.spec()
    s["page_header"] = None
    s["number"]["sz"] = 14
    s["agency"], s["agency_rule"] = [], []
    src = B.build(tmp_path / "vb.docx", s)
    before = open(src, "rb").read()
    dlg = FormatCheckDialog(source=src)
    qtbot.addWidget(dlg)
    rows = [[dlg.tree.topLevelItem(k).text(c) for c in range(5)] for k in range(dlg.tree.topLevelItemCount())]
    assert len(rows) == 3
    assert any(r[1] == "Số: 05/KH-UBND" and "cỡ chữ 14" in r[2] and "II.3" in r[3] and r[4] == "Có" for r in rows)
    assert any("cơ quan ban hành" in r[2] and r[4] == "Không" for r in rows)
    assert "3 lỗi thể thức" in dlg.summary.text()
    assert dlg.fix_button.isEnabled()
    dest = dlg.default_dest()
    assert dest.endswith("vb (đã sửa thể thức).docx")
    fixed, left = dlg.write_fixed(dest)
    assert len(fixed) == 2 and [f.rule for f in left] == ["header.agency"]
    assert open(src, "rb").read() == before


def test_dialog_bad_file_shows_one_line(qtbot, tmp_path):
    bad = tmp_path / "x.docx"
    bad.write_text("hello", encoding="utf-8")
    dlg = FormatCheckDialog(source=str(bad))
    qtbot.addWidget(dlg)
    assert dlg.report is None and "không phải tệp Word" in dlg.summary.text()
    assert dlg.tree.topLevelItemCount() == 0 and not dlg.fix_button.isEnabled()


def test_file_menu_has_the_entry(qtbot, tmp_path, monkeypatch):
    from gui.main_window import MainWindow
    w = MainWindow(interactive=False)
    qtbot.addWidget(w)
    file_menu = w.menuBar().actions()[0].menu()
    assert w.a_check_docx in file_menu.actions() and w.a_check_docx.isEnabled()
    seen = {}
    monkeypatch.setattr(FormatCheckDialog, "exec", lambda self: seen.setdefault("n", self.tree.topLevelItemCount()))
    w.check_docx_format(B.build(tmp_path / "ok.docx"))
    assert seen["n"] == 0
    w.close()
