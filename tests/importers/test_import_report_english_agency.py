"""The line the Word import adds when the header names no issuing agency (core/importers/__init__.py) has
its English too: ``import --lang en`` and the English import window show it in English."""
import glob
import os

import pytest

from core.text import report_text

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FIXTURES = os.path.join(os.path.dirname(ROOT), "shared", "fixtures")


@pytest.mark.skipif(not os.path.isdir(FIXTURES), reason="shared fixtures not present")
def test_missing_agency_line_in_english():
    from core.importers import import_docx
    plan = import_docx(glob.glob(FIXTURES + "/004_*.docx")[0])
    line = next(r for r in plan.import_report if r.startswith("Không có tên cơ quan ban hành"))
    assert "Đoạn mở đầu gợi ý: “ỦY BAN NHÂN DÂN / HUYỆN VỊ XUYÊN”" in line       # the Vietnamese as before
    assert report_text(line, "en") == (
        "No issuing agency in the top-left header cell (Decree 30/2020 requires it). The opening paragraph "
        "suggests “ỦY BAN NHÂN DÂN / HUYỆN VỊ XUYÊN” — check it, then write it in the header.")
