"""Every deadline phrase in the seeds' tables, and how it is read.

    .venv/bin/python bench/deadline_table.py            # print the Markdown table
    .venv/bin/python bench/deadline_table.py --write    # refresh it in docs/deadlines.md

Tables in /work/shared/seeds/*.txt are tab-separated lines; the last column
is the deadline.  Header lines (first cell "TT", or the column titles) are
skipped; HTML markup is removed by the reader itself.  The table lies in
docs/deadlines.md between the two ``seed-table`` markers;
tests/deadlines/test_deadlines_seeds.py checks that it is up to date.
"""
from __future__ import annotations

import glob
import os
import sys
from datetime import date

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

from core.deadlines import clean_phrase, parse  # noqa: E402
from core.fileio import atomic_write  # noqa: E402

SEEDS = os.environ.get("SEEDS_DIR", "/work/shared/seeds")
DOC = os.path.join(ROOT, "docs", "deadlines.md")
BEGIN, END = "<!-- seed-table:begin -->", "<!-- seed-table:end -->"
WINDOW = (date(2021, 1, 1), date(2025, 12, 31))
HEADERS = {"thời gian thực hiện", "thời gian hoàn thành", "thời hạn", "thời gian"}


def seed_phrases(seeds: str = SEEDS) -> list[tuple[str, list[str]]]:
    """(phrase as written, [seed files]) for every distinct deadline cell, in order of first use."""
    found: dict[str, list[str]] = {}
    for f in sorted(glob.glob(os.path.join(seeds, "*.txt"))):
        name = os.path.basename(f)[:3]
        with open(f, encoding="utf-8") as fh:
            for line in fh:
                line = line.rstrip("\n")
                if "\t" not in line:
                    continue
                cells = line.split("\t")
                if clean_phrase(cells[0]).upper() == "TT":
                    continue
                last = cells[-1]
                text = clean_phrase(last)
                if not text or text.lower() in HEADERS:
                    continue
                files = found.setdefault(last.strip(), [])
                if name not in files:
                    files.append(name)
    return list(found.items())


def _md(s: str) -> str:
    return s.replace("|", "\\|").replace("\n", " ")


def reading_row(phrase: str) -> dict:
    return parse(phrase).to_json(*WINDOW)


def render_table(seeds: str = SEEDS) -> str:
    lines = [f"Window for the due dates: {WINDOW[0].isoformat()} – {WINDOW[1].isoformat()} "
             "(no plan span applied; recurring dates: first three, then the count).", "",
             "| Phrase (as written) | Seeds | Kind | Due in the window | Span | Recurrence | Event / offset "
             "| Flagged | Explanation |",
             "|---|---|---|---|---|---|---|---|---|"]
    for phrase, files in seed_phrases(seeds):
        j = reading_row(phrase)
        due = j["due"]
        due_s = ", ".join(due[:3]) + (f" … ({len(due)} dates)" if len(due) > 3 else "") if due else "—"
        span = f"{j['span'][0]} – {j['span'][1]}" if j["span"] else "—"
        ev = "—"
        if j["event"]:
            off = j["offset"]
            ev = f"“{j['event']}”, {off['n']:+d} {off['unit']}"
        lines.append(f"| {_md(phrase)} | {', '.join(files)} | {j['kind']} | {due_s} | {span} | "
                     f"{j['recurrence'] or '—'} | {_md(ev)} | {'yes' if j['flagged'] else 'no'} | "
                     f"{_md(j['explanation'])} |")
    return "\n".join(lines) + "\n"


def write_doc() -> None:
    with open(DOC, encoding="utf-8") as f:
        text = f.read()
    a, b = text.index(BEGIN) + len(BEGIN), text.index(END)
    new = text[:a] + "\n" + render_table() + text[b:]
    atomic_write(DOC, new)


if __name__ == "__main__":
    if "--write" in sys.argv:
        write_doc()
        print("updated", DOC)
    else:
        sys.stdout.write(render_table())
