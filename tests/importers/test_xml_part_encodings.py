"""Issue 12, item 9: a .xlsx (or .docx) part written in UTF-16 hid its
DOCTYPE/ENTITY from the byte search for "<!DOCTYPE" and went on to openpyxl
or lxml.  The check now looks at the decoded text (UTF-8, UTF-16 LE/BE, with
or without a byte-order mark; UTF-32 too), in the one place every .docx and
.xlsx part passes (core.importers.docx._Package.xml), and a part that does
not decode is refused, never guessed."""
from __future__ import annotations

import os
import subprocess
import sys
import zipfile

import openpyxl
import pytest

from core.errors import PlanError
from core.importers.docx import import_docx
from core.importers.xlsx import read_table
from tests.docx_build import build_docx

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DOCTYPE = '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
ENCODINGS = [("utf-16-le", True), ("utf-16-le", False), ("utf-16-be", True), ("utf-16-be", False)]
BOM = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff", "utf-32-le": b"\xff\xfe\x00\x00"}


def recode(data: bytes, enc: str, bom: bool, doctype: bool) -> bytes:
    t = data.decode("utf-8")
    if t.startswith("<?xml"):
        t = t[t.index("?>") + 2:]
    decl = "UTF-16" if enc.startswith("utf-16") else "UTF-32"
    t = f'<?xml version="1.0" encoding="{decl}" standalone="yes"?>' + (DOCTYPE if doctype else "") + t
    return (BOM[enc] if bom else b"") + t.encode(enc)


def rewrite(src, dst, part, fn):
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for i in zin.infolist():
            d = zin.read(i.filename)
            zout.writestr(i.filename, fn(d) if i.filename == part else d)
    return dst


@pytest.fixture
def xlsx(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["TT", "Nhiệm vụ", "Chủ trì"])
    ws.append(["1", "Rà soát thủ tục hành chính", "Sở Nội vụ"])
    p = tmp_path / "bang.xlsx"
    wb.save(p)
    return str(p)


@pytest.mark.parametrize("part", ["xl/worksheets/sheet1.xml", "xl/workbook.xml", "[Content_Types].xml"])
@pytest.mark.parametrize("enc,bom", ENCODINGS)
def test_xlsx_part_doctype_in_utf16_refused(xlsx, tmp_path, part, enc, bom):
    p = rewrite(xlsx, str(tmp_path / "x.xlsx"), part, lambda d: recode(d, enc, bom, True))
    with pytest.raises(PlanError) as e:
        read_table(p)
    assert "DOCTYPE" in e.value.vi and part in e.value.vi


@pytest.mark.parametrize("enc,bom", ENCODINGS)
def test_xlsx_part_in_utf16_without_doctype_still_reads(xlsx, tmp_path, enc, bom):
    p = rewrite(xlsx, str(tmp_path / "x.xlsx"), "xl/worksheets/sheet1.xml", lambda d: recode(d, enc, bom, False))
    t = read_table(p)
    assert [c.text for c in t.rows[0]] == ["1", "Rà soát thủ tục hành chính", "Sở Nội vụ"]


def test_xlsx_sheet_under_another_name_is_checked_too(xlsx, tmp_path):
    """openpyxl follows the relationship to whatever part it names."""
    src = zipfile.ZipFile(xlsx)
    dst = tmp_path / "renamed.xlsx"
    with zipfile.ZipFile(dst, "w") as z:
        for i in src.infolist():
            d = src.read(i.filename)
            name = i.filename
            if name == "xl/worksheets/sheet1.xml":
                name, d = "xl/worksheets/sheet1.dat", recode(d, "utf-16-le", False, True)
            elif name == "xl/_rels/workbook.xml.rels":
                d = d.replace(b"worksheets/sheet1.xml", b"worksheets/sheet1.dat")
            z.writestr(name, d)
    with pytest.raises(PlanError) as e:
        read_table(str(dst))
    assert "DOCTYPE" in e.value.vi


def test_undecodable_part_refused(xlsx, tmp_path):
    p = rewrite(xlsx, str(tmp_path / "x.xlsx"), "xl/workbook.xml", lambda d: d.replace(b"<workbook", b"<workbook\xff\xfe\xc3"))
    with pytest.raises(PlanError) as e:
        read_table(p)
    assert "UTF-8" in e.value.vi


@pytest.mark.parametrize("enc,bom", ENCODINGS)
def test_docx_part_doctype_in_utf16_refused(tmp_path, enc, bom):
    src = str(tmp_path / "kh.docx")
    build_docx(src, [("p", "KẾ HOẠCH", {"b": True}), ("p", "I. MỤC ĐÍCH", {"b": True}), ("p", "Nội dung.", {})])
    p = rewrite(src, str(tmp_path / "x.docx"), "word/document.xml", lambda d: recode(d, enc, bom, True))
    with pytest.raises(PlanError) as e:
        import_docx(p)
    assert "DOCTYPE" in e.value.vi


def test_xml_text_decodings():
    from core.importers.docx import xml_text
    s = '<?xml version="1.0"?><a>Sở Nội vụ</a>'
    for enc, bom in ENCODINGS:
        data = (BOM[enc] if bom else b"") + s.encode(enc)
        assert xml_text(data) == s
    assert xml_text(b"\xef\xbb\xbf" + s.encode()) == s
    assert xml_text('<?xml version="1.0" encoding="windows-1258"?><a>é</a>'.encode("cp1258")).endswith("é</a>")
    assert xml_text(b"<a>\xff\xfe\xc3</a>") is None
    for enc, bom in (("utf-32-le", True), ("utf-32-le", False)):   # Word and Excel never write UTF-32
        assert xml_text((BOM[enc] if bom else b"") + s.encode(enc)) is None


@pytest.mark.parametrize("bom", [True, False])
def test_utf32_part_refused_clearly(xlsx, tmp_path, bom):
    p = rewrite(xlsx, str(tmp_path / "x.xlsx"), "xl/worksheets/sheet1.xml", lambda d: recode(d, "utf-32-le", bom, True))
    with pytest.raises(PlanError) as e:
        read_table(p)
    assert "UTF-16" in e.value.vi and "sheet1.xml" in e.value.vi


def test_cli_import_one_line(xlsx, tmp_path):
    p = rewrite(xlsx, str(tmp_path / "x.xlsx"), "xl/worksheets/sheet1.xml",
                lambda d: recode(d, "utf-16-le", True, True))
    plan = tmp_path / "kh.sqlite"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    r = subprocess.run([sys.executable, os.path.join(ROOT, "main.py"), "new", "--template", "papi", str(plan)], capture_output=True,
                       text=True, cwd=ROOT, env=env, timeout=120)
    assert r.returncode == 0, r.stderr
    before = plan.read_bytes()
    r = subprocess.run([sys.executable, os.path.join(ROOT, "main.py"), "import", p, "--into", str(plan)],
                       capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    assert r.returncode == 2 and "Traceback" not in r.stderr, r.stderr
    assert len(r.stderr.strip().splitlines()) == 1 and "DOCTYPE" in r.stderr
    assert plan.read_bytes() == before
