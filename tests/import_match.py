"""How closely an imported plan matches the plan built from its seed text.

Used by the import tests (and printed there): per fixture, the share of the
seed's paragraphs found word-for-word in the import (in order), of its
section headings (number + title), and of its appendix rows.

Rows are compared cell by cell after one normalisation applied to both
sides: line breaks and list dashes are ignored ("- A;\\n- B" and
"- A; - B" read the same), because the seed texts lost the line breaks
inside cells when they were converted, and the Word files keep them.
The marks the exporter prints by position — the closing "./." and the
punctuation ending each Nơi nhận line — are left out of the comparison
(the Word importer does not store them).
"""
from __future__ import annotations

import difflib
import re

from core.dump import flat_paragraphs


def _ratio(seed: list, got: list) -> float:
    if not seed:
        return 1.0 if not got else 0.0
    sm = difflib.SequenceMatcher(None, seed, got, autojunk=False)
    return sum(b.size for b in sm.get_matching_blocks()) / len(seed)


def norm_cell(s: str) -> str:
    s = re.sub(r"(^|\s)[-–+•]\s+", " ", s or "")
    return " ".join(s.split())


def row_key(r: dict) -> tuple:
    return (r["kind"], r["number"], tuple(norm_cell(c) for c in r["cells"]), bool(r.get("flag")))


def sections(d: dict) -> list[tuple]:
    out = []

    def walk(s, depth):
        out.append((depth, s["number"], s["title"]))
        for c in s["children"]:
            walk(c, depth + 1)
    for s in d["sections"]:
        walk(s, 0)
    return out


def _unmark(paras: list[str]) -> list[str]:
    """The closing "./." is printed by the exporter, not stored by the
    Word importer: compare without it."""
    out = list(paras)
    if out and out[-1].rstrip().endswith("./."):
        out[-1] = out[-1].rstrip()[:-3].rstrip()
    return out


def _recipients(xs: list[str]) -> list[str]:
    return [x.rstrip(" ;.,") for x in xs]


def match(seed: dict, got: dict) -> dict:
    rows_s = [row_key(r) for a in seed["appendices"] for r in a["rows"]]
    rows_g = [row_key(r) for a in got["appendices"] for r in a["rows"]]
    return {
        "paragraphs": _ratio(_unmark(flat_paragraphs(seed)), _unmark(flat_paragraphs(got))),
        "sections": _ratio(sections(seed), sections(got)),
        "rows": _ratio(rows_s, rows_g) if rows_s else (1.0 if not rows_g else 0.0),
        "rows_exact": _ratio([str(r["cells"]) for a in seed["appendices"] for r in a["rows"]],
                             [str(r["cells"]) for a in got["appendices"] for r in a["rows"]])
        if rows_s else 1.0,
        "n_paragraphs": len(flat_paragraphs(seed)),
        "n_rows": len(rows_s),
        "recipients": _recipients(seed["recipients"]) == _recipients(got["recipients"]),
        "signer_names": [s["name"] for s in seed["signers"]] == [s["name"] for s in got["signers"]],
        "signer_lines": [s["authority_lines"] for s in seed["signers"]] == [s["authority_lines"] for s in got["signers"]],
        "appendix_heads": [(a["label"], a["title"], a["attachment"]) for a in seed["appendices"]]
        == [(a["label"], a["title"], a["attachment"]) for a in got["appendices"]],
    }


def diff_rows(seed: dict, got: dict, limit: int = 5) -> list[str]:
    rows_s = [row_key(r) for a in seed["appendices"] for r in a["rows"]]
    rows_g = [row_key(r) for a in got["appendices"] for r in a["rows"]]
    out = []
    sm = difflib.SequenceMatcher(None, rows_s, rows_g, autojunk=False)
    for op in sm.get_opcodes():
        if op[0] != "equal":
            out.append(f"{op[0]} seed={rows_s[op[1]:op[2]][:2]} got={rows_g[op[3]:op[4]][:2]}")
    return out[:limit]
