"""Text typed in the pre-Unicode Vietnamese encodings, to Unicode NFC.

Offices still hold plans typed in **TCVN3** (ABC: fonts .VnTime, .VnArial …; the upper-case fonts
.VnTimeH, .VnArialH … print the same bytes as capitals) and **VNI** (VNI-Times, VNI-Helve …). Word keeps
the text of a run in such a font as its bytes read as Windows-1252, so "Bảo" in .VnTime arrives as
"B¶o" and "chào" in VNI-Times as "chaøo". The tables are data: ``resources/encodings/tcvn3.json`` and
``vni.json`` (checked against independent published tables in tests/core/test_legacy_encodings.py).

* :func:`font_encoding` — the encoding a run's font names (and whether it is an upper-case font);
* :func:`convert` — text of one encoding to Unicode NFC;
* :func:`detect` — the encoding of text that carries no font (pasted plain text, a .doc whose fonts
  were lost): from byte patterns, and only when the text holds no Unicode Vietnamese letter;
* :class:`Tally` and :func:`report_line` — what an import converted, for the import report (vi/en).
"""
from __future__ import annotations

import functools
import json
import os
import re

from .text import Note, nfc

NAMES = {"tcvn3": "TCVN3 (ABC)", "vni": "VNI"}
_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "resources", "encodings")


@functools.lru_cache(maxsize=None)
def table(name: str) -> dict:
    """The data file of encoding *name* ('tcvn3' / 'vni')."""
    with open(os.path.join(_DIR, name + ".json"), encoding="utf-8") as f:
        return json.load(f)


@functools.lru_cache(maxsize=None)
def _maps():
    t = table("tcvn3")
    tcvn = {bytes([int(k, 16)]).decode("cp1252"): v for k, v in t["bytes"].items()}
    vni = dict(table("vni")["sequences"])
    vni_re = re.compile("|".join(re.escape(k) for k in sorted(vni, key=len, reverse=True)))
    return tcvn, str.maketrans(tcvn), vni, vni_re


# ------------------------------------------------------------------ fonts --
def font_encoding(font: str | None) -> tuple[str, bool] | None:
    """('tcvn3', upper_case) or ('vni', False) for a legacy font name, else None.
    ".VnTime" → ('tcvn3', False); ".VnTimeH" → ('tcvn3', True); "VNI-Times" → ('vni', False)."""
    f = (font or "").strip()
    if not f:
        return None
    t = table("tcvn3")["fonts"]
    if any(f.lower().startswith(p.lower()) for p in t["prefixes"]):
        name = re.sub(r"(?i)[\s,]+(bold|italic|regular)$", "", f)
        return "tcvn3", name.endswith(t["upper_case_suffix"])
    if any(f.lower().startswith(p.lower()) for p in table("vni")["fonts"]["prefixes"]):
        return "vni", False
    return None


# -------------------------------------------------------------- convert --
def convert(text: str, encoding: str, upper: bool = False) -> str:
    """*text* of *encoding* ('tcvn3' / 'vni') in Unicode NFC; *upper* for an upper-case TCVN3 font."""
    if not text:
        return text or ""
    tcvn, tcvn_tr, vni, vni_re = _maps()
    if encoding == "tcvn3":
        out = text.translate(tcvn_tr)
        if upper:
            out = out.upper()
    elif encoding == "vni":
        out = vni_re.sub(lambda m: vni[m.group(0)], text)
    else:
        raise ValueError(encoding)
    return nfc(out)


# ------------------------------------------------------------- detect --
# Unicode Vietnamese letters no legacy text can hold (they are outside Windows-1252)
_UNICODE_VI = re.compile("[ăĂđĐơƠưƯĩĨũŨ\u1ea0-\u1ef9]")
_VOWELS = "aeiouyAEIOUYôöÔÖ"


@functools.lru_cache(maxsize=None)
def _patterns():
    tcvn, _, vni, _ = _maps()
    letters = set(vni.values()) | set(tcvn.values())
    # TCVN3 bytes that are no Vietnamese letter as Windows-1252 ("¸" á, "µ" à, "¬" ơ, "®" đ …)
    tcvn_only = "".join(sorted(c for c in tcvn if c not in letters and not c.isascii()))
    marks = sorted({k[1] for k in vni if len(k) == 2})
    vni_pair = re.compile("[" + re.escape(_VOWELS) + "][" + re.escape("".join(marks)) + "]")
    return re.compile("[" + re.escape(tcvn_only) + "]"), vni_pair


def detect(text: str | None) -> str | None:
    """'tcvn3' / 'vni' when *text* reads as typed in that encoding, else None.

    Text holding any Unicode-only Vietnamese letter (ư, ơ, đ, ạ …) is Unicode. Otherwise TCVN3 shows
    as bytes that are no letter ("¸", "µ", "¬", "®" …) and VNI as a vowel followed by a mark byte
    ("aø", "oâ", "eá"); the stronger wins, with at least two signs."""
    if not text or _UNICODE_VI.search(text):
        return None
    tcvn_re, vni_re = _patterns()
    v = len(vni_re.findall(text))
    t = len(tcvn_re.findall(vni_re.sub("", text)))
    if t >= 2 and t > v:
        return "tcvn3"
    if v >= 2 and v > t:
        return "vni"
    return None


def convert_detected(text: str) -> tuple[str, str | None]:
    """(*text* in Unicode, the encoding it was in or None when it was not legacy text)."""
    enc = detect(text)
    return (convert(text, enc), enc) if enc else (text, None)


# ------------------------------------------------------------- report --
class Tally:
    """What one import converted: runs per (encoding, font)."""

    def __init__(self):
        self.runs: dict[tuple[str, str], int] = {}

    def add(self, encoding: str, font: str, n: int = 1) -> None:
        key = (encoding, font or "")
        self.runs[key] = self.runs.get(key, 0) + n

    def __bool__(self) -> bool:
        return bool(self.runs)


def report_lines(tally: Tally) -> list[Note]:
    """One line per encoding: which fonts, how many pieces of text were converted."""
    out = []
    for enc in ("tcvn3", "vni"):
        items = sorted((font, n) for (e, font), n in tally.runs.items() if e == enc)
        if not items:
            continue
        total = sum(n for _, n in items)
        fonts = ", ".join(f for f, _ in items if f)
        vi_how = f"phông {fonts}" if fonts else "nhận ra từ các mã chữ, tệp không ghi phông"
        en_how = f"fonts {fonts}" if fonts else "recognised from the character codes, the file names no font"
        out.append(Note(f"Chữ gõ bằng bảng mã {NAMES[enc]} ({vi_how}) đã được chuyển sang Unicode: {total} "
                        f"đoạn chữ. Hãy đọc lại các chỗ đó.",
                        f"Text typed in the {NAMES[enc]} encoding ({en_how}) was converted to Unicode: {total} "
                        f"pieces of text. Please read those places again."))
    return out


# ------------------------------------------------------------ Word hook --
def rfonts(rpr, w) -> str:
    """The font a Word run-properties element (w:rPr) names for Latin text ('' if none);
    *w* makes a qualified tag name."""
    el = rpr.find(w("rFonts")) if rpr is not None else None
    if el is None:
        return ""
    return el.get(w("ascii")) or el.get(w("hAnsi")) or ""


def run_text(text: str, font: str | None, tally: Tally | None = None) -> str:
    """The text of a Word run in font *font*, in Unicode NFC: converted when the font is a TCVN3 or
    VNI font (counted in *tally*), else only normalised."""
    enc = font_encoding(font)
    if enc is None:
        return nfc(text)
    if tally is not None:
        tally.add(enc[0], font)
    return convert(text, *enc)


def fix_blocks(blocks: list, tally: Tally) -> list:
    """Legacy text without its font (a .doc whose fonts LibreOffice replaced, text pasted into a
    Unicode font): when no run named a legacy font and the document's text as a whole reads as TCVN3
    or VNI (:func:`detect`), each paragraph and table cell holding no Unicode Vietnamese letter is
    converted.  The blocks are changed in place and returned."""
    if tally:
        return blocks
    from .importers.outline import Para, Table
    parts = []
    for b in blocks:
        if isinstance(b, Para):
            parts.append(b.text)
        elif isinstance(b, Table):
            parts.extend(c.text for row in b.rows for c in row)
    enc = detect("\n".join(parts))
    if enc is None:
        return blocks
    n = 0
    for b in blocks:
        if isinstance(b, Para) and b.text and not _UNICODE_VI.search(b.text):
            for r in b.runs:
                r.text = convert(r.text, enc)
            b.tabs = tuple(convert(x, enc) for x in b.tabs)
            n += 1
        elif isinstance(b, Table):
            for row in b.rows:
                for c in row:
                    if c.text and not _UNICODE_VI.search(c.text):
                        c.text = convert(c.text, enc)
                        n += 1
    if n:
        tally.add(enc, "", n)
    return blocks


def soft_hyphen(font: str | None) -> str:
    """What a Word optional hyphen (w:softHyphen) is in *font*: in TCVN3 the byte 0xAD is the letter
    "ư" ("Ư" in an upper-case font), which Word and LibreOffice store as an optional hyphen; '' in any
    other font (an optional hyphen prints nothing)."""
    enc = font_encoding(font)
    return convert("\u00ad", *enc) if enc and enc[0] == "tcvn3" else ""
