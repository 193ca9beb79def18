"""Word's automatic numbering imports to the same structure as typed numbers."""
import os
import shutil
import subprocess
import sys

import pytest
from lxml import etree

from core.dump import dump
from core.importers.docx import _Numbering, import_docx

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))   # tests/
sys.path.insert(0, os.path.join(HERE, "fixtures"))
import make_autonum  # noqa: E402

NAMES = sorted(f[:-5] for f in os.listdir(make_autonum.SRC) if f.endswith(".docx")) \
    if os.path.isdir(make_autonum.SRC) else []


def _same(a: dict, b: dict) -> bool:
    a, b = dict(a), dict(b)
    a.pop("import_report", None)
    b.pop("import_report", None)
    return a == b


@pytest.mark.parametrize("name", NAMES)
def test_committed_autonum_fixture_imports_to_same_structure(name):
    auto = os.path.join(HERE, "fixtures", f"{name}_autonum.docx")
    typed = dump(import_docx(os.path.join(make_autonum.SRC, name + ".docx")))
    got = dump(import_docx(auto))
    assert _same(typed, got)
    # the numbers really come from numbering.xml, not from typed text
    import zipfile
    xml = zipfile.ZipFile(auto).read("word/document.xml").decode()
    assert xml.count("<w:numPr>") >= 30


NEEDS_SHARED = pytest.mark.skipif(not NAMES, reason="../shared/fixtures is not beside the repository")


@NEEDS_SHARED
def test_generator_is_reproducible(tmp_path):
    name = NAMES[1]
    n = make_autonum.convert(os.path.join(make_autonum.SRC, name + ".docx"), str(tmp_path / "x.docx"))
    assert n > 30
    assert _same(dump(import_docx(str(tmp_path / "x.docx"))),
                 dump(import_docx(os.path.join(make_autonum.SRC, name + ".docx"))))


@NEEDS_SHARED
@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice not installed")
def test_libreoffice_opens_and_rewrites_it(tmp_path):
    """LibreOffice opens the file and, saving it again with its own
    numbering.xml, still gives the same plan."""
    name = NAMES[1]
    src = os.path.join(HERE, "fixtures", f"{name}_autonum.docx")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/profile", "--headless",
                    "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(tmp_path / "out"), src],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180, check=False)
    out = tmp_path / "out" / os.path.basename(src)
    assert out.exists()
    assert _same(dump(import_docx(str(out))), dump(import_docx(src)))


W = make_autonum.W


def _num(xml: str) -> _Numbering:
    return _Numbering(etree.fromstring(f'<w:numbering xmlns:w="{W}">{xml}</w:numbering>'))


def test_numbering_counters_levels_and_restart():
    n = _num('<w:abstractNum w:abstractNumId="1">'
             '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>'
             '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl>'
             '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>'
             '<w:lvl w:ilvl="3"><w:numFmt w:val="bullet"/><w:lvlText w:val="+"/></w:lvl>'
             '</w:abstractNum>'
             '<w:num w:numId="5"><w:abstractNumId w:val="1"/></w:num>'
             '<w:num w:numId="6"><w:abstractNumId w:val="1"/>'
             '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="4"/></w:lvlOverride></w:num>')
    seq = [n.label("5", 0), n.label("5", 1), n.label("5", 1), n.label("5", 2)]
    seq += [n.label("5", 2) for _ in range(5)]
    assert seq == ["I.", "I.1.", "I.2.", "a)", "b)", "c)", "d)", "đ)", "e)"]
    assert n.label("5", 3) == "+"
    assert n.label("5", 0) == "II."
    assert n.label("5", 1) == "II.1."          # deeper levels restart
    assert n.label("6", 0) == "IV."            # a start override counts on its own
    assert n.label("5", 0) == "III."           # the shared list keeps counting
    assert n.label("99", 0) == "" and n.label("0", 0) == ""
