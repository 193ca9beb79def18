"""Issue 15, part 4: plans typed in TCVN3 (ABC: .VnTime, .VnTimeH …) and VNI (VNI-Times …) come in as
Unicode NFC — from a run's font in a .docx, from byte patterns for text without its font — and the
import report says so (vi/en).

The tables are data (resources/encodings/*.json); they are checked here against second, independent
sources:

* TCVN3: the GNU C library's converter for TCVN 5712:1993 (``iconv -f TCVN5712-1``), whose upper half is
  the VN3 layout the ABC fonts use (its extra capitals at 0x80–0x9F, 0xAF, 0xBA … are VN1-only);
* VNI Windows: the mark bytes as published in the xvnkb keyboard's table (Dao Hai Lam, VISC, 2002,
  ``vni.h``: "AÙ"=Á, "AÂ"=Â, "AÊ"=Ă, "Ô"=Ơ, "Ö"=Ư, "Ñ"=Đ, "Æ"=Ỉ, "Î"=Ỵ …), written below as byte values
  and combined with Unicode's own composition, not read from our JSON;
* the examples of the npm package vietnamese-conversion ("Xin chaøo caùc baïn" = "Xin chào các bạn")
  and of a public TCVN3 converter ("B¶o Th¾ng" = "Bảo Thắng", "B¸t X¸t" = "Bát Xát").

Real text: lines of the seed plans, encoded into each legacy encoding by the independent sources and
read back through core.legacy_encodings."""
import glob
import os
import shutil
import subprocess
import unicodedata

import pytest

from core import legacy_encodings as L

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SEEDS = os.path.join(os.path.dirname(ROOT), "shared", "seeds")
NFC = lambda s: unicodedata.normalize("NFC", s)   # noqa: E731


def seed_lines(name: str, n: int = 60) -> list[str]:
    path = next(iter(glob.glob(os.path.join(SEEDS, name + "*.txt"))), None)
    if path is None:
        pytest.skip("seeds not available")
    lines = [x.strip().strip("*") for x in open(path, encoding="utf-8") if len(x.strip()) > 20]
    return lines[:n]


# ------------------------------------------------------------ TCVN3 vs glibc --
def _iconv(data: bytes, frm: str, to: str) -> bytes | None:
    if not shutil.which("iconv"):
        return None
    r = subprocess.run(["iconv", "-f", frm, "-t", to], input=data, capture_output=True)
    return r.stdout if r.returncode == 0 else None


def test_tcvn3_table_agrees_with_glibc_tcvn5712():
    t = L.table("tcvn3")["bytes"]
    if _iconv(b"a", "TCVN5712-1", "UTF-8") is None:
        pytest.skip("iconv without TCVN5712-1")
    codes = sorted(int(k, 16) for k in t)
    got = _iconv(bytes(codes), "TCVN5712-1", "UTF-8").decode("utf-8")
    assert [NFC(c) for c in got] == [t[f"{c:02X}"] for c in codes]
    # the table holds every lower-case Vietnamese letter (the ABC fonts' set) and the seven capitals
    letters = {c for c in NFC("àảãáạăằẳẵắặâầẩẫấậđèẻẽéẹêềểễếệìỉĩíịòỏõóọôồổỗốộơờởỡớợùủũúụưừửữứựỳỷỹýỵ")}
    assert letters <= set(t.values()) and {"Ă", "Â", "Ê", "Ô", "Ơ", "Ư", "Đ"} <= set(t.values())


def test_seed_text_in_tcvn3_comes_back_as_unicode():
    if _iconv(b"a", "UTF-8", "TCVN5712-1") is None:
        pytest.skip("iconv without TCVN5712-1")
    vn3 = {bytes([int(k, 16)]).decode("cp1252") for k in L.table("tcvn3")["bytes"]}
    n = 0
    for line in seed_lines("001"):
        raw = _iconv(line.encode("utf-8"), "UTF-8", "TCVN5712-1")
        word = raw.decode("cp1252", errors="replace") if raw else ""
        if not word or any(ord(c) > 127 and c not in vn3 for c in word):
            continue          # a capital the ABC fonts print only with an upper-case (H) font
        assert L.convert(word, "tcvn3") == NFC(line)
        assert L.detect(word) == "tcvn3"
        n += 1
        # the same line in an upper-case font: lower-case bytes, printed as capitals
        low = _iconv(line.lower().encode("utf-8"), "UTF-8", "TCVN5712-1").decode("cp1252")
        assert L.convert(low, "tcvn3", upper=True) == NFC(line).upper()
    assert n >= 10


def test_published_examples():
    assert L.convert("B¶o Th¾ng", "tcvn3") == "Bảo Thắng"
    assert L.convert("B¸t X¸t", "tcvn3") == "Bát Xát"
    assert L.convert("M\u00adêng Kh\u00ad¬ng", "tcvn3") == "Mường Khương"
    assert L.convert("Xin chaøo caùc baïn", "vni") == "Xin chào các bạn"


# -------------------------------------------------------- VNI vs xvnkb's table --
# mark bytes (lower-case letter's / capital's) from xvnkb vni.h; tone order: sắc, huyền, hỏi, ngã, nặng
TONES = ("\u0301", "\u0300", "\u0309", "\u0303", "\u0323")
TONE_BYTES = ((0xF9, 0xD9), (0xF8, 0xD8), (0xFB, 0xDB), (0xF5, 0xD5), (0xEF, 0xCF))
CIRC = (0xE2, 0xC2)
CIRC_TONE = ((0xE1, 0xC1), (0xE0, 0xC0), (0xE5, 0xC5), (0xE3, 0xC3), (0xE4, 0xC4))
BREVE = (0xEA, 0xCA)
BREVE_TONE = ((0xE9, 0xC9), (0xE8, 0xC8), (0xFA, 0xDA), (0xFC, 0xDC), (0xEB, 0xCB))
HORN_O, HORN_U, D_BAR = (0xF4, 0xD4), (0xF6, 0xD6), (0xF1, 0xD1)
I_TONE = ((0xED, 0xCD), (0xEC, 0xCC), (0xE6, 0xC6), (0xF3, 0xD3), (0xF2, 0xD2))
Y_DOT = (0xEE, 0xCE)


def independent_vni() -> dict:
    ch = lambda b: bytes([b]).decode("cp1252")   # noqa: E731
    out = {}
    for cap in (0, 1):
        c = str.upper if cap else str.lower
        for base in "aeouy":
            for k, tone in enumerate(TONES):
                if base == "y" and k == 4:
                    continue          # ỵ is one byte (below)
                out[NFC(c(base) + tone)] = c(base) + ch(TONE_BYTES[k][cap])
        for base in "aeo":
            out[NFC(c(base) + "\u0302")] = c(base) + ch(CIRC[cap])
            for k, tone in enumerate(TONES):
                out[NFC(c(base) + "\u0302" + tone)] = c(base) + ch(CIRC_TONE[k][cap])
        out[NFC(c("a") + "\u0306")] = c("a") + ch(BREVE[cap])
        for k, tone in enumerate(TONES):
            out[NFC(c("a") + "\u0306" + tone)] = c("a") + ch(BREVE_TONE[k][cap])
        for base, horn in (("o", HORN_O), ("u", HORN_U)):
            out[NFC(c(base) + "\u031b")] = ch(horn[cap])
            for k, tone in enumerate(TONES):
                out[NFC(c(base) + "\u031b" + tone)] = ch(horn[cap]) + ch(TONE_BYTES[k][cap])
        for k, tone in enumerate(TONES):
            out[NFC(c("i") + tone)] = ch(I_TONE[k][cap])
        out[NFC(c("y") + "\u0323")] = ch(Y_DOT[cap])
        out["Đ" if cap else "đ"] = ch(D_BAR[cap])
    return {k: v for k, v in out.items() if k != v}


def to_vni(text: str) -> str:
    m = independent_vni()
    return "".join(m.get(c, c) for c in NFC(text))


def test_vni_table_agrees_with_the_published_one():
    ours = {v: k for k, v in L.table("vni")["sequences"].items()}
    assert ours == independent_vni()
    assert len(ours) == 130        # 67 letters in both cases, less í ì Í Ì (the same byte in both)


def test_seed_text_in_vni_comes_back_as_unicode():
    lines = seed_lines("002") + seed_lines("004")
    for line in lines:
        assert L.convert(to_vni(line), "vni") == NFC(line), line
    text = "\n".join(to_vni(x) for x in lines)
    assert L.detect(text) == "vni"


def test_detection_leaves_unicode_and_plain_text_alone():
    for line in seed_lines("003"):
        assert L.detect(line) is None
    assert L.detect("Hello world, PAPI 2021 - SIPAS") is None
    assert L.detect("") is None and L.convert_detected("Kế hoạch")[1] is None


def test_fonts():
    assert L.font_encoding(".VnTime") == ("tcvn3", False)
    assert L.font_encoding(".VnTimeH") == ("tcvn3", True)
    assert L.font_encoding(".VnArialH") == ("tcvn3", True)
    assert L.font_encoding(".VnArial") == ("tcvn3", False)
    assert L.font_encoding("VNI-Times") == ("vni", False)
    assert L.font_encoding("VNI-Helve") == ("vni", False)
    assert L.font_encoding("Times New Roman") is None and L.font_encoding(None) is None


# ------------------------------------------------------------------ import --
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _docx(path, paras):
    """A .docx whose runs carry fonts: paras = [[(text, font, bold)]]."""
    from xml.sax.saxutils import escape
    body = []
    for runs in paras:
        rs = []
        for text, font, bold in runs:
            rpr = (f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}"/>' if font else "") + ("<w:b/>" if bold else "")
            rs.append(f'<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r>')
        body.append("<w:p>" + "".join(rs) + "</w:p>")
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}"><w:body>'
           + "".join(body) + "<w:sectPr/></w:body></w:document>")
    from tests.docx_build import build_docx
    return build_docx(path, [], document=doc)


def _tcvn(text: str) -> str:
    raw = _iconv(text.encode("utf-8"), "UTF-8", "TCVN5712-1")
    if raw is None:
        pytest.skip("iconv without TCVN5712-1")
    return raw.decode("cp1252")


def test_docx_with_tcvn3_and_vni_fonts_imports_as_unicode(tmp_path):
    from core.cli.importers import print_report
    from core.importers.docx import import_docx
    title = "triển khai các nhiệm vụ, giải pháp nâng cao chỉ số papi"
    paras = [
        [(_tcvn("kế hoạch"), ".VnTimeH", True)],
        [(_tcvn(title), ".VnTimeH", True)],
        [("I. ", None, True), (_tcvn("mục đích, yêu cầu"), ".VnTimeH", True)],
        [("1. ", None, False), (_tcvn("Mục đích"), ".VnTime", False)],
        [(to_vni("Nâng cao hiệu quả công tác cải cách hành chính, "), "VNI-Times", False),
         (to_vni("thủ tục hành chính"), "VNI-Times", True)],
        [(_tcvn("Nâng cao chất lượng dịch vụ công."), ".VnTime", False)],
    ]
    plan = import_docx(_docx(str(tmp_path / "abc.docx"), paras))
    texts = [plan.meta.title] + [s.title_text for s in plan.walk()] + \
        [p.text for s in plan.walk() for p in s.body]
    joined = "\n".join(texts)
    assert "MỤC ĐÍCH, YÊU CẦU" in joined and "Mục đích" in joined
    assert "Nâng cao hiệu quả công tác cải cách hành chính, thủ tục hành chính" in joined
    assert "Nâng cao chất lượng dịch vụ công." in joined
    assert "TRIỂN KHAI CÁC NHIỆM VỤ" in joined.upper() and "¸" not in joined and "ø" not in joined
    vni_para = next(p for s in plan.walk() for p in s.body if "thủ tục" in p.text)
    assert [r.bold for r in vni_para.runs if r.text.strip()] == [False, True]     # bold kept
    notes = [n for n in plan.import_report if "TCVN3" in n or "VNI" in n]
    assert len(notes) == 2 and ".VnTime" in notes[0] and ".VnTimeH" in notes[0] and "VNI-Times" in notes[1]
    assert all(n.en.startswith("Text typed in the") for n in notes)
    import contextlib
    import io
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        print_report(plan, "en")
    assert "Text typed in the TCVN3 (ABC) encoding" in buf.getvalue()


def test_docx_without_fonts_is_recognised_by_its_bytes(tmp_path):
    """A .doc saved through LibreOffice may lose its font names: the text itself says TCVN3."""
    from core.importers.docx import import_docx
    lines = [x for x in seed_lines("001", 40) if not any(c.isupper() and ord(c) > 127 for c in x)][:12]
    paras = [[(_tcvn(x), None, False)] for x in lines]
    plan = import_docx(_docx(str(tmp_path / "nofont.docx"), paras))
    text = "\n".join([s.title_text for s in plan.walk()] + [p.text for s in plan.walk() for p in s.body + s.tail]
                     + [plan.meta.title] + [p.text for p in plan.meta.preamble])
    assert all(NFC(x).lstrip("- ") in text for x in lines)
    assert any("nhận ra từ các mã chữ" in n for n in plan.import_report)


def test_unicode_docx_is_untouched(tmp_path):
    from core.importers.docx import import_docx
    lines = seed_lines("002", 20)
    plan = import_docx(_docx(str(tmp_path / "uni.docx"), [[(x, "Times New Roman", False)] for x in lines]))
    assert not any("TCVN3" in n or "VNI" in n for n in plan.import_report)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_old_word_doc_in_tcvn3_through_libreoffice(tmp_path):
    """A .doc typed in .VnTime/.VnTimeH (the usual old file) is converted by LibreOffice to .docx and
    then read like any other: fonts kept, text converted."""
    from core.importers.docx import import_docx
    paras = [[(_tcvn("kế hoạch"), ".VnTimeH", True)],
             [(_tcvn("nâng cao chỉ số papi năm 2021"), ".VnTimeH", True)],
             [("I. ", None, True), (_tcvn("mục đích, yêu cầu"), ".VnTimeH", True)],
             [(_tcvn("Nâng cao chất lượng phục vụ người dân."), ".VnTime", False)]]
    src = _docx(str(tmp_path / "cu.docx"), paras)
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/profile", "--headless", "--norestore",
                    "--convert-to", "doc", "--outdir", str(tmp_path / "out"), src],
                   capture_output=True, timeout=180)
    doc = tmp_path / "out" / "cu.doc"
    if not doc.exists():
        pytest.skip("LibreOffice could not write a .doc here")
    plan = import_docx(str(doc))
    joined = "\n".join([plan.meta.title] + [s.title_text for s in plan.walk()]
                       + [p.text for s in plan.walk() for p in s.body])
    assert "MỤC ĐÍCH, YÊU CẦU" in joined and "Nâng cao chất lượng phục vụ người dân." in joined
    assert any("TCVN3" in n for n in plan.import_report)
