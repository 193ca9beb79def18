"""Issue 20: the import dialog shows the report lines in the interface language (a line the
importer wrote in both languages shows its English text in the English interface)."""
import os
import sys

import pytest

pytest.importorskip("PySide6")
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from gui import i18n  # noqa: E402
from gui.dialogs.import_dialog import ImportDialog  # noqa: E402
from tests.docx_build import build_docx, document_xml  # noqa: E402

B = {"b": True}


def _tabbed(tmp_path):
    blocks = [("p", "UBND HUYỆN VỊ XUYÊN", B), ("p", "KẾ HOẠCH", B), ("p", "Cải thiện Chỉ số PAPI", B),
              ("p", "I. MỤC ĐÍCH", B), ("p", "Nội dung./.", {}),
              ("p", "Nơi nhận:⇥CHỦ TỊCH", B), ("p", "- Lưu: VT.", {}), ("p", "⇥Lê Văn Quyền", B)]
    xml = document_xml(blocks).replace("⇥", '</w:t></w:r><w:r><w:tab/><w:t xml:space="preserve">')
    return str(build_docx(tmp_path / "tabs.docx", [], document=xml))


@pytest.mark.parametrize("lang, shown, hidden", [("en", "split on the tab stops", "phím Tab"),
                                                 ("vi", "phím Tab", "split on the tab stops")])
def test_report_lines_in_the_interface_language(qtbot, tmp_path, monkeypatch, lang, shown, hidden):
    monkeypatch.setitem(i18n._state, "lang", lang)
    dlg = ImportDialog(source=_tabbed(tmp_path), folder=str(tmp_path))
    qtbot.addWidget(dlg)
    lines = [dlg.report.item(k).text() for k in range(dlg.report.count())]
    assert any(shown in x for x in lines) and not any(hidden in x for x in lines)
