"""Vietnamese legal numbering: A. / I. / 1. / a) / - / +.

Numbers are always computed from position; nothing here is stored.
"""
from __future__ import annotations

# The letter sequence used for "điểm" in legal drafting: Vietnamese
# alphabet order, without f j w z and without the accented vowels.
POINT_LETTERS = ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m",
                 "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"]

# Section kinds from the outermost to the innermost.
KINDS = ("part", "muc", "khoan", "diem")
CHILD_KIND = {None: "muc", "part": "muc", "muc": "khoan", "khoan": "diem", "diem": None}


def roman(n: int) -> str:
    if n <= 0:
        raise ValueError("roman numerals start at 1")
    vals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = []
    for v, s in vals:
        while n >= v:
            out.append(s)
            n -= v
    return "".join(out)


def from_roman(s: str) -> int | None:
    vals = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    s = s.upper()
    if not s or any(c not in vals for c in s):
        return None
    total = 0
    for i, c in enumerate(s):
        v = vals[c]
        if i + 1 < len(s) and vals[s[i + 1]] > v:
            total -= v
        else:
            total += v
    return total if roman(total) == s else None


def point_letter(n: int) -> str:
    """1 -> 'a', 5 -> 'đ', 6 -> 'e', 7 -> 'g'; past 'y' doubles ('aa')."""
    if n <= 0:
        raise ValueError("points start at 1")
    k = len(POINT_LETTERS)
    n -= 1
    if n < k:
        return POINT_LETTERS[n]
    return point_letter(n // k) + POINT_LETTERS[n % k]


def point_index(letter: str) -> int | None:
    letter = letter.lower()
    if letter in POINT_LETTERS:
        return POINT_LETTERS.index(letter) + 1
    return None


def upper_alpha(n: int) -> str:
    """A, B, C … Z, then AA (plain Latin, as plans letter their parts)."""
    s = ""
    while n > 0:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def label(kind: str, n: int) -> str:
    """The printed number of the n-th section of a kind: 'I.', '1.', 'a)'."""
    if kind == "part":
        return f"{upper_alpha(n)}."
    if kind == "muc":
        return f"{roman(n)}."
    if kind == "khoan":
        return f"{n}."
    if kind == "diem":
        return f"{point_letter(n)})"
    raise ValueError(f"unknown section kind {kind!r}")


def bare(kind: str, n: int) -> str:
    """The number without its punctuation: 'I', '1', 'a'."""
    return label(kind, n).rstrip(".)")


# --- appendix rows -------------------------------------------------------
GROUP_STYLES = ("upper_alpha", "roman", "arabic")


def group_label(style: str, n: int) -> str:
    if style == "upper_alpha":
        return upper_alpha(n)
    if style == "roman":
        return roman(n)
    if style == "arabic":
        return str(n)
    raise ValueError(f"unknown group numbering {style!r}")
