"""Reading a free-text deadline ("Thời gian hoàn thành") as dates: :func:`parse` and :func:`interpret`.

:func:`parse` turns a phrase into a :class:`Deadline`; ``Deadline.due_in`` lists its due dates inside a
window.  The conventions (which day a named period is due on, working days, events …) are written in
docs/deadlines.md.  The reader is split along its seams:

- types.py — what a phrase is read as (Deadline, Period, Rule, EventRef); notes.py — typed notes;
- normalise.py — cleaning, lower-casing, restoring accents; patterns.py — the regular expressions;
- periods.py — the scanner's state and the periods; scanner.py — one handler per clause family
  (families.py: the second-round families); finish.py — what needs the whole phrase;
- explain.py (Vietnamese), explain_en.py (English), explain_families.py — the words of a reading.

Whatever words are left unexplained make the reading *flagged*: the phrase is kept as written and the clerk
is asked to check it — nothing is guessed silently.  Any string whatsoever is answered without an exception.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import lru_cache

from .dates import MAX_YEAR, MIN_YEAR
from .finish import to_deadline
from .normalise import clean_phrase, lower_phrase, with_accents
from .notes import Empty, ReadWithAccents
from .periods import ReadingState
from .scanner import scan
from .types import FREQS, KINDS, PLAN_ISSUED_EVENT, START_EVENT, YEARLESS, Deadline, EventRef, Period, Rule, fold

_fold = fold        # (the name callers outside the package used: gui/calendar)

__all__ = ["FREQS", "KINDS", "MAX_YEAR", "MIN_YEAR", "PLAN_ISSUED_EVENT", "START_EVENT", "YEARLESS", "Deadline",
           "EventRef", "Period", "Rule", "clean_phrase", "fold", "interpret", "parse"]


def _read(text: str) -> Deadline:
    st = ReadingState(lower_phrase(text), text)
    try:
        scan(st)
        return to_deadline(text, st)
    except (ValueError, OverflowError, KeyError, IndexError, TypeError):
        return Deadline(phrase=text, kind="unspecified", flagged=True, unread=text)


@lru_cache(maxsize=65536)
def _parse_cached(raw: str) -> Deadline:
    text = clean_phrase(raw)
    if not text:
        return Deadline(phrase="", kind="unspecified", notes=(Empty(),))
    if len(text) > 2000:          # not a deadline; keep it, flag it
        return Deadline(phrase=text, kind="unspecified", flagged=True, unread=text[:200])
    dl = _read(text)
    if dl.flagged and text.isascii():
        # typed without accents: read it with the deadline words' accents restored, if that reads cleanly
        acc = with_accents(text)
        if acc != text:
            alt = _read(acc)
            if not alt.flagged:
                return replace(alt, phrase=text, notes=alt.notes + (ReadWithAccents(acc),), _cache={})
    return dl


def parse(phrase) -> Deadline:
    """Read a deadline phrase.  Never raises; unreadable text is flagged."""
    if not isinstance(phrase, str):
        phrase = "" if phrase is None else str(phrase)
    return _parse_cached(phrase)


def interpret(phrase, start: date, end: date, events: dict[str, date] | None = None, lang: str = "vi") -> dict:
    """The JSON reading printed by ``main.py deadline`` (explanation in *lang*; keys unchanged)."""
    return parse(phrase).to_json(start, end, events=events, lang=lang)
