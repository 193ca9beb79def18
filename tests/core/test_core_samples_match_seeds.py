"""`dump` of each sample plan reproduces its seed text: every paragraph,
every appendix row, the signer and the Nơi nhận lines.

The seed is read here independently of the importer (a plain line reader),
so a paragraph the builder or the store lost shows up as a miss.
"""
import glob
import os
import re

import pytest

from core.dump import dump, flat_paragraphs
from core.store.planfile import load_plan

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SEEDS = os.path.join(os.path.dirname(ROOT), "shared", "seeds")
SAMPLES = sorted(glob.glob(os.path.join(ROOT, "resources", "samples", "*.sqlite")))
NUM = re.compile(r"^(?:[IVXL]+\.|[A-Z]\.|\d{1,2}\.|[a-zđ]\))\s*")


def norm(s: str) -> str:
    s = re.sub(r"<[^>]+>", " ", s)
    s = s.replace("&nbsp;", " ").replace("*", "").replace("\u00a0", " ")
    return " ".join(s.split())


def seed_lines(path):
    paras, cells = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                continue
            if "\t" in line:
                cells.extend(norm(c) for c in line.split("\t") if norm(c))
            else:
                t = norm(re.sub(r"^#+\s*", "", line.strip()))
                if t and t not in ("Nơi nhận:",):
                    paras.append(t)
    return paras, cells


def corpus(d):
    m = d["meta"]
    parts = [m["number_line"], m["place_date_line"], m["doc_type"], m["title"]]
    parts += flat_paragraphs(d)
    parts += d["recipients"]
    for s in d["signers"]:
        parts += s["authority_lines"] + [s["name"]]
    for a in d["appendices"]:
        parts += [a["label"].upper(), a["title"], a["attachment"]]
    return parts


@pytest.mark.skipif(not os.path.isdir(SEEDS), reason="shared/seeds not beside the repo")
@pytest.mark.parametrize("sample", SAMPLES, ids=os.path.basename)
def test_dump_reproduces_seed(sample):
    name = os.path.basename(sample).replace(".sqlite", ".txt")
    paras, cells = seed_lines(os.path.join(SEEDS, name))
    d = dump(load_plan(sample))
    text = norm("\n".join(corpus(d)))
    text_unnumbered = norm("\n".join(NUM.sub("", p) for p in corpus(d)))
    exact = [p for p in paras if p in text]
    content = [p for p in paras if p in text or NUM.sub("", p) in text_unnumbered]
    missing = [p for p in paras if p not in content]
    cell_text = " | ".join(norm(c) for a in d["appendices"] for r in a["rows"] for c in r["cells"] + [r["number"]])
    cell_text += " | " + " | ".join(norm(c["title"]) + " | " + norm(c["group"]) for a in d["appendices"] for c in a["columns"])
    cells_found = [c for c in cells if c in cell_text]
    print(f"\n{name}: paragraphs {len(content)}/{len(paras)} content, {len(exact)}/{len(paras)} with the same "
          f"number; table cells {len(cells_found)}/{len(cells)}")
    assert not missing, missing[:5]
    assert len(cells_found) == len(cells), [c for c in cells if c not in cell_text][:5]
    # A number may differ only where the seed's own numbering skips a letter
    # or a number; the app renumbers from position and says so in the report.
    report = " ".join(d.get("import_report", []))
    renumbered = [p for p in paras if p not in exact]
    for p in renumbered:
        assert NUM.sub("", p)[:40] in report, p
    rows = sum(len(a["rows"]) for a in d["appendices"])
    seed_rows = 0
    with open(os.path.join(SEEDS, name), encoding="utf-8") as f:
        for line in f:
            if "\t" in line and not line.startswith(("TT\t", "\t\tCơ quan chủ trì")):
                seed_rows += 1
    assert rows == seed_rows
