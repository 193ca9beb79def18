"""Build the spell-check data of resources/spell/ (data, not code; the program only reads it).

    python tools/spell_data.py syllables /usr/share/hunspell/vi_VN.dic
        → resources/spell/vi_syllables.txt: the Vietnamese syllables of the hunspell-vi dictionary
          (Debian package hunspell-vi 1:7.5.0-1, LibreOffice dictionaries, GPL-2: see
          resources/spell/README.md), NFC, lower case, one a line, sorted; upper-case entries that
          are abbreviations (UBND, HTML …) are left out: abbreviations have their own list.
    python tools/spell_data.py common
        → resources/spell/vi_common.txt: how often each syllable is written in the program's own
          templates and help (resources/templates, resources/help) — only ranks suggestions.
"""
from __future__ import annotations

import collections
import glob
import os
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
SPELL = os.path.join(ROOT, "resources", "spell")

HEAD_SYLLABLES = """\
# Vietnamese syllables, one a line (NFC, lower case).
# Derived from vi_VN.dic of the hunspell-vi dictionary (Debian package hunspell-vi 1:7.5.0-1,
# source package libreoffice-dictionaries, dictionaries/vi; Copyright: Ivan Garcia, Nguyễn Xuân Minh),
# licensed under the GNU General Public License version 2 (COPYING-GPL-2 beside this file).
# Changed by the Kế hoạch project on 2026-12-03: entries lower-cased, NFC, sorted, de-duplicated;
# the entries holding an upper-case letter other than the first (abbreviations) left out.
# Made by tools/spell_data.py.
"""


def syllables(dic_path: str) -> None:
    with open(dic_path, encoding="utf-8") as f:
        lines = f.read().split("\n")[1:]          # the first line is the entry count
    out = set()
    for line in lines:
        w = unicodedata.normalize("NFC", line.split("/")[0].strip())
        if not w or (sum(c.isupper() for c in w) > 1) or not re.fullmatch(r"[^\W\d_]+", w):
            continue
        out.add(w.lower())
    from core.fileio import atomic_write
    atomic_write(os.path.join(SPELL, "vi_syllables.txt"), HEAD_SYLLABLES + "\n".join(sorted(out)) + "\n")
    print(len(out), "syllables")


def common() -> None:
    text = ""
    for f in sorted(glob.glob(os.path.join(ROOT, "resources", "templates", "*.json")) +
                    [os.path.join(ROOT, "resources", "help", "index.vi.html")]):
        with open(f, encoding="utf-8") as fh:
            text += fh.read() + "\n"
    from core.dump import dump
    from core.store.planfile import load_plan_readonly

    def strings(x):
        if isinstance(x, str):
            yield x
        elif isinstance(x, dict):
            for v in x.values():
                yield from strings(v)
        elif isinstance(x, (list, tuple)):
            for v in x:
                yield from strings(v)
    for f in sorted(glob.glob(os.path.join(ROOT, "resources", "samples", "*.sqlite"))):
        text += "\n".join(strings(dump(load_plan_readonly(f)))) + "\n"
    text = re.sub(r"<[^<>]*>", " ", unicodedata.normalize("NFC", text))
    counts = collections.Counter(w.lower() for w in re.findall(r"[^\W\d_]+", text))
    from core.spell import load_syllables
    known = load_syllables()
    from core.text import tone_style
    rows = sorted(((n, tone_style(w, "new")) for w, n in counts.items() if tone_style(w, "new") in known),
                  key=lambda x: (-x[0], x[1]))
    merged: dict[str, int] = {}
    for n, w in rows:
        merged[w] = merged.get(w, 0) + n
    body = "".join(f"{w}\t{n}\n" for w, n in sorted(merged.items(), key=lambda x: (-x[1], x[0])))
    from core.fileio import atomic_write
    atomic_write(os.path.join(SPELL, "vi_common.txt"),
                 "# syllable<TAB>count in the program's templates, help and sample plans (tools/spell_data.py common);\n"
                 "# only ranks spelling suggestions\n" + body)
    print(len(merged), "common syllables")


if __name__ == "__main__":
    if sys.argv[1:2] == ["syllables"]:
        syllables(sys.argv[2])
    elif sys.argv[1:2] == ["common"]:
        common()
    else:
        print(__doc__)
        sys.exit(2)
