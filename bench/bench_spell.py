"""Spell-check speed (issue 18 item 10: a 2,000-character paragraph checked well under 10 ms).

Paragraphs of 2,000 characters cut from the five seed plans (or, without them, from the program's
templates), checked by core.spell; the loading of the word lists timed apart (once per start), and the
suggestions for a few typos.  ``--gui``: the same paragraph underlined in a section editor field
(QSyntaxHighlighter, offscreen).  Figures go to docs/benchmarks.md.

    .venv/bin/python bench/bench_spell.py [--gui] [--quality]

``--quality``: typos made in 400 random words of the seed plans (Telex keys left in, all marks dropped, two
letters swapped, one letter deleted): how many are marked, and how often the meant word is among the five
suggestions and first.  The word frequencies that rank suggestions come partly from the sample plans (the
seeds): ``--quality`` also gives the figures with the frequencies of the templates and help alone.
"""
from __future__ import annotations

import glob
import os
import statistics
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

SEEDS = "/work/shared/seeds"
TYPOS = ("hoanf", "thnah", "nhiêm", "trieenr", "quyêt", "nguoi", "chíhn", "hoạhc")


def paragraphs(n: int = 2000) -> list[str]:
    files = sorted(glob.glob(os.path.join(SEEDS, "*.txt"))) or \
        sorted(glob.glob(os.path.join(ROOT, "resources", "templates", "*.json")))
    text = " ".join(open(f, encoding="utf-8").read() for f in files).replace("\n", " ")
    return [text[i:i + n] for i in range(0, len(text) - n, n)]


def main(gui: bool = False) -> dict:
    import core.text  # noqa: F401 (already in memory when the window runs)
    t = time.perf_counter()
    from core.spell import SpellChecker, load_syllables
    load_syllables()
    ck = SpellChecker()
    ck.suggestions("hoanf")          # builds the suggestion indexes
    load_s = time.perf_counter() - t
    paras = paragraphs()
    times = []
    for _ in range(3):
        for p in paras:
            t = time.perf_counter()
            ck.misspelled(p)
            times.append(time.perf_counter() - t)
    sugg = []
    for w in TYPOS * 5:
        t = time.perf_counter()
        ck.suggestions(w)
        sugg.append(time.perf_counter() - t)
    out = {"paragraphs": len(paras), "chars": 2000,
           "check_median_ms": round(statistics.median(times) * 1000, 2),
           "check_max_ms": round(max(times) * 1000, 2),
           "load_ms": round(load_s * 1000, 1),
           "suggest_median_ms": round(statistics.median(sugg) * 1000, 2),
           "suggest_max_ms": round(max(sugg) * 1000, 2)}
    if gui:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication
        app = QApplication.instance() or QApplication([])
        from gui import spell
        from gui.editors.richtext import RichTextEdit
        spell.checker_for(None)       # what the window does just after its first paint
        ed = RichTextEdit()
        ed.setPlainText(paras[0])
        hl = ed._spell
        gt = []
        for p in paras[:40]:
            ed.setPlainText(p)
            t = time.perf_counter()
            hl.rehighlight()
            gt.append(time.perf_counter() - t)
        out["underline_median_ms"] = round(statistics.median(gt) * 1000, 2)
        out["underline_max_ms"] = round(max(gt) * 1000, 2)
        del app
    print(out)
    return out


def quality(seed: int = 7, n: int = 400) -> None:
    import random

    from core.spell import SpellChecker, _to_telex, tokens
    from core.text import fold
    files = sorted(glob.glob(os.path.join(SEEDS, "*.txt")))
    if not files:
        print("quality: the seed plans are not here")
        return
    ck = SpellChecker()
    words = [w for f in files for _, _, w in tokens(open(f, encoding="utf-8").read())
             if w.islower() and len(w) >= 3 and ck.is_known(w)]
    typos = {"telex": _to_telex, "no marks": fold,
             "swap": lambda w, r: (lambda i: w[:i] + w[i + 1] + w[i] + w[i + 2:])(r.randrange(len(w) - 1)),
             "delete": lambda w, r: (lambda i: w[:i] + w[i + 1:])(r.randrange(len(w)))}
    for label, freq in (("frequencies of templates, help and sample plans", None),
                        ("frequencies of templates and help alone", "own")):
        if freq == "own":
            ck.freq = _own_frequencies()
        print(label)
        for kind, fn in typos.items():
            r = random.Random(seed)
            made = marked = top5 = first = 0
            for w in r.sample(words, n):
                t = fn(w, r) if kind in ("swap", "delete") else fn(w)
                if t == w:
                    continue
                made += 1
                if not ck.word_ok(t):
                    marked += 1
                    s = ck.suggestions(t)
                    top5 += w in s
                    first += bool(s) and s[0] == w
            print(f"  {kind:9} {made} typos, marked {marked / made:.0%}; of those the meant word in the five "
                  f"suggestions {top5 / max(marked, 1):.0%}, first {first / max(marked, 1):.0%}")


def _own_frequencies() -> dict:
    """Syllable counts of the templates and the help alone (no sample plan)."""
    import collections
    import re
    import unicodedata
    text = ""
    for f in sorted(glob.glob(os.path.join(ROOT, "resources", "templates", "*.json")) +
                    [os.path.join(ROOT, "resources", "help", "index.vi.html")]):
        text += open(f, encoding="utf-8").read() + "\n"
    text = re.sub(r"<[^<>]*>", " ", unicodedata.normalize("NFC", text))
    return dict(collections.Counter(w.lower() for w in re.findall(r"[^\W\d_]+", text)))


if __name__ == "__main__":
    main("--gui" in sys.argv)
    if "--quality" in sys.argv:
        quality()
