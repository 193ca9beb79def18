"""Text helpers: Unicode normalisation and agency-list splitting.

Every entry point (typing, paste, import, file open) passes text through
:func:`nfc` before it is stored or compared.
"""
from __future__ import annotations

import re
import unicodedata

_WS = re.compile(r"[ \t\u00a0]+")


def nfc(text: str | None) -> str:
    """Return *text* in Unicode NFC form ('' for None)."""
    if not text:
        return ""
    return unicodedata.normalize("NFC", text)


def clean(text: str | None) -> str:
    """NFC, non-breaking spaces to spaces, runs of blanks collapsed, stripped."""
    return _WS.sub(" ", nfc(text)).strip()


_ITEM_SPLIT = re.compile(r"(?:^|\s|;)\s*[-–•+]\s+")


def split_agencies(text: str) -> tuple[list[str], bool]:
    """Split an agency cell into a list of agency names.

    Returns ``(names, is_list)``. Cells written as a dash list
    ("- Sở Nội vụ; - UBND cấp huyện") or separated by ";" become lists.
    A cell that reads as a sentence (long, with verbs such as "chủ trì,
    phối hợp") is kept whole: ``is_list`` is False and the caller keeps
    the original text beside whatever agencies it recognises.
    """
    t = clean(text)
    if not t:
        return [], True
    if t.startswith(("-", "–", "•", "+")) or re.search(r";\s*[-–•]\s", t):
        parts = [p for p in re.split(r"(?:^|;|\.)?\s*[-–•+]\s+", t) if p.strip()]
    elif ";" in t:
        parts = t.split(";")
    else:
        parts = [t]
    names = [p.strip().rstrip(";.,").strip() for p in parts]
    names = [n for n in names if n]
    sentence = any(len(n) > 90 or re.search(r"\b(chủ trì|tổ chức ít nhất|phối hợp với)\b", n, re.I) for n in names)
    return names, not sentence
