"""The window's files controller (gui/files.py) tells an office document from a plan file by its extension,
else by its first bytes through core.fileio.sniff (no sniffer of its own): a Word or Excel file renamed
.sqlite is said to be one; a plan, a damaged zip, an empty or unreadable file are left to the plan checks."""
from __future__ import annotations

import glob
import os
import shutil
import zipfile

import pytest

from gui import files

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLE = sorted(glob.glob(os.path.join(ROOT, "resources", "samples", "*.sqlite")))[0]


def _zip(path, names):
    with zipfile.ZipFile(path, "w") as z:
        for n in names:
            z.writestr(n, "x")
    return str(path)


@pytest.mark.parametrize("name,kind", [("a.docx", "word"), ("a.DOC", "word"), ("a.rtf", "word"), ("a.xlsx", "excel"),
                                       ("a.csv", "excel"), ("a.ods", "excel")])
def test_by_extension(tmp_path, name, kind):
    p = tmp_path / name
    p.write_bytes(b"")
    assert files.foreign_kind(str(p)) == kind


def test_renamed_office_files_by_their_first_bytes(tmp_path):
    assert files.foreign_kind(_zip(tmp_path / "ke-hoach.sqlite", ["[Content_Types].xml", "word/document.xml"])) == "word"
    assert files.foreign_kind(_zip(tmp_path / "bang.sqlite", ["[Content_Types].xml", "xl/workbook.xml"])) == "excel"


def test_plans_and_other_files_are_not_office_documents(tmp_path):
    plan = tmp_path / "plan.sqlite"
    shutil.copyfile(SAMPLE, plan)
    assert files.foreign_kind(str(plan)) is None
    assert files.foreign_kind(_zip(tmp_path / "nhan.zip", ["ke-hoach.sqlite"])) is None   # a copy received by email
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    assert files.foreign_kind(str(empty)) is None
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"PK\x03\x04" + b"\x00" * 40)        # looks like a zip, is not one: no exception
    assert files.foreign_kind(str(broken)) is None
    assert files.foreign_kind(str(tmp_path / "missing.sqlite")) is None


def test_a_file_that_is_no_zip_is_never_opened_as_one(tmp_path, monkeypatch):
    """The first bytes decide (core.fileio.sniff): zipfile is not asked about a plan file."""
    plan = tmp_path / "plan.sqlite"
    shutil.copyfile(SAMPLE, plan)

    def no(*a, **k):
        raise AssertionError("zipfile consulted")
    monkeypatch.setattr(zipfile, "ZipFile", no)
    monkeypatch.setattr(zipfile, "is_zipfile", no)
    assert files.foreign_kind(str(plan)) is None
