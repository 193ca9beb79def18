"""Read a plan written as plain text (the format of ``shared/seeds``).

Bold is marked ``**…**``, italic ``*…*``; headings may carry Markdown
``#`` marks; tables are tab-separated lines (cells may hold HTML list
markup).  A paragraph broken by a page break continues on a line that
starts with a lower-case letter: such lines are joined back.
"""
from __future__ import annotations

import re

from ..model import Run
from ..text import nfc
from .outline import Cell, Para, Table, build_plan

_MARK = re.compile(r"(\*\*\*|\*\*|\*)")


def parse_inline(line: str, state: dict) -> list[Run]:
    """Split a line into runs; ``state`` carries bold/italic across lines."""
    runs: list[Run] = []
    pos = 0
    for m in _MARK.finditer(line):
        if m.start() > pos:
            runs.append(Run(line[pos:m.start()], state["b"], state["i"]))
        tok = m.group(1)
        if tok == "***":
            state["b"] = not state["b"]
            state["i"] = not state["i"]
        elif tok == "**":
            state["b"] = not state["b"]
        else:
            state["i"] = not state["i"]
        pos = m.end()
    if pos < len(line):
        runs.append(Run(line[pos:], state["b"], state["i"]))
    return [r for r in runs if r.text]


def _starts_lower(s: str) -> bool:
    s = s.lstrip("*_ ")
    return bool(s) and s[0].islower() and not re.match(r"^[a-zđ]\)", s)


def read_blocks(text: str):
    text = nfc(text).replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    blocks: list = []
    state = {"b": False, "i": False}
    table: Table | None = None
    blank_run = 0
    for raw in lines:
        line = raw.rstrip()
        if not line.strip():
            blank_run += 1
            continue
        if "\t" in line:
            cells = [Cell(c) for c in line.split("\t")]
            if table is None:
                table = Table()
                blocks.append(table)
            table.rows.append(cells)
            blank_run = 0
            continue
        table = None
        line = re.sub(r"^#{1,6}\s+", "", line.strip())
        runs = parse_inline(line, state)
        if not runs:
            blank_run = 0
            continue
        prev = blocks[-1] if blocks else None
        if (isinstance(prev, Para) and blank_run >= 1 and _starts_lower(line)
                and not prev.text.rstrip().endswith((".", ":", "./."))):
            # a paragraph cut by a page break
            if not prev.runs[-1].text.endswith(" "):
                prev.runs.append(Run(" ", False, False))
            prev.runs.extend(runs)
        else:
            blocks.append(Para(runs))
        blank_run = 0
    return blocks


def read_seed(path: str):
    with open(path, encoding="utf-8") as f:
        return build_plan(read_blocks(f.read()))
