"""Vietnamese spell-check, pure Python: a set of syllables, a list of abbreviations, a personal word list.

Vietnamese is written one syllable at a time ("hoàn thành" is two), so a text is right when each of its
syllables is one the language has.  The syllables come from the hunspell-vi dictionary (GPL-2, shipped as
a separate data file, resources/spell/README.md); the abbreviations and the extra words are the program's
own lists (resources/spell/abbreviations.txt, vi_extra.txt).

Not errors: both tone-mark placements ("hoà" and "hòa"), single letters (list markers a, b, đ),
abbreviations (a word with two capitals or more and no vowel mark: UBND, HĐND, TTg, IV), anything holding
a digit (numbers, dates, codes like 15/KH-UBND, 30/2020/NĐ-CP), e-mail addresses, web addresses, HTML
tags left in a pasted cell, the words of the clerk's personal list and the words the caller adds (the
plan's agency names, words ignored for this session).

:func:`misspelled` gives the (offset, length) of each wrong word, in the text as given (combining marks
typed separately count as part of their word); :func:`suggestions` the likely right words for one, ranked
for Vietnamese typing errors: Telex keys left in the word ("hoanf" → "hoàn"), a missing or wrong tone or
vowel mark ("hoan" → "hoàn"), one letter wrong, missing, extra or swapped, and the usual confusions
(ch/tr, s/x, d/gi, ng/ngh, g/gh, c/k, i/y).
"""
from __future__ import annotations

import functools
import logging
import math
import os
import re
import unicodedata

from .errors import PlanError
from .text import clean, fold, nfc, tone_style, vn_sort_key

log = logging.getLogger(__name__)

SPELL_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "resources", "spell")
PERSONAL_FILE = "tu-dien-ca-nhan.txt"
MAX_PERSONAL_BYTES = 1_000_000         # the personal list is read only up to this size
MAX_PERSONAL_WORDS = 20_000
MAX_WORD_LEN = 80
MAX_CHECKED_WORD = 40                  # longer "words" (a pasted hash, a long code) are not checked

_TONE_KEYS = {"\u0300": "f", "\u0301": "s", "\u0309": "r", "\u0303": "x", "\u0323": "j"}
_VOWEL_MARKS = "\u0302\u0306\u031b"    # â ê ô / ă / ơ ư
_TELEX_SPELL = {"â": "aa", "ă": "aw", "ê": "ee", "ô": "oo", "ơ": "ow", "ư": "uw", "đ": "dd"}
_TELEX_READ = (("uwow", "ươ"), ("uow", "ươ"), ("uwo", "ươ"), ("aa", "â"), ("aw", "ă"), ("ee", "ê"), ("oo", "ô"),
               ("ow", "ơ"), ("uw", "ư"), ("dd", "đ"), ("w", "ư"))
_CONFUSED = (("ch", "tr"), ("tr", "ch"), ("s", "x"), ("x", "s"), ("d", "gi"), ("gi", "d"), ("ngh", "ng"),
             ("ng", "ngh"), ("gh", "g"), ("g", "gh"), ("c", "k"), ("k", "c"), ("i", "y"), ("y", "i"),
             ("n", "ng"), ("ng", "n"), ("c", "t"), ("t", "c"), ("l", "n"), ("n", "l"), ("r", "d"), ("d", "r"))
_KEY_LETTERS = "abcdeghiklmnopqrstuvxy"
# ranking of suggestions: the cost of each kind of typing error, of each mark that differs, and the weight
# of how common a word is (log10 of its count) — tuned on typos made in the sample plans' words
SAME_LETTERS_COST = 0.3
CONFUSED_COST = 0.9
EDIT_COST = 1.0
MARK_COST = 0.5
FREQ_WEIGHT = 0.3

# a letter with a vowel or tone mark (not đ): a word in capitals holding one is a word, not an abbreviation
_MARKED = frozenset(c for c in map(chr, range(0xC0, 0x1EFA))
                    if c.isalpha() and len(unicodedata.normalize("NFD", c)) > 1)

# Each alternative that skips is tried only where its match can begin (after a blank, or at the start of a
# run of address characters), so a line of 5,000 dots or dashes is read in linear time, not quadratic.
_TOKENS = re.compile(
    r"(?P<skip></?[A-Za-z][^<>\n]{0,300}>"                 # an HTML tag left in a pasted cell
    r"|(?<![\w/.])(?:https?://|ftp://|www\.)\S+"           # a web address
    r"|(?<![\w.+-])[\w+-][\w.+-]*@[\w-]+(?:\.[\w-]+)+"     # an e-mail address
    r"|(?<!\S)[^\s\d]{0,40}\d\S*)"                          # a chunk holding a digit: 2021, 15/KH-UBND, 1.1
    r"|(?P<word>(?:[^\W\d_]|[\u0300-\u036f])+)")           # letters, combining marks typed apart included


def _read_list(name: str) -> list[str]:
    with open(os.path.join(SPELL_DIR, name), encoding="utf-8") as f:
        return [nfc(x.strip()) for x in f if x.strip() and not x.lstrip().startswith("#")]


def _both_styles(word: str) -> tuple[str, str]:
    return tone_style(word, "old"), tone_style(word, "new")


@functools.lru_cache(maxsize=1)
def load_syllables() -> frozenset[str]:
    """The Vietnamese syllables (lower case, NFC), each in both tone-mark placements."""
    out: set[str] = set()
    for w in _read_list("vi_syllables.txt"):
        w = w.lower()
        out.add(w)
        if fold(w[-2:]) in ("oa", "oe", "uy"):      # only these open syllables have two placements
            out.update(_both_styles(w))
    return frozenset(out)


@functools.lru_cache(maxsize=1)
def _lists() -> tuple[dict[str, str], dict[str, str], dict[str, int]]:
    """(abbreviations, extra words) as {lower case: as written}, and how common each syllable is."""
    abbr = {w.lower(): w for w in _read_list("abbreviations.txt")}
    extra = {}
    for w in _read_list("vi_extra.txt"):
        for v in _both_styles(w):
            extra[v.lower()] = w
    freq: dict[str, int] = {}
    for line in _read_list("vi_common.txt"):
        w, _, n = line.partition("\t")
        if n.strip().isdigit():
            freq[w] = int(n)
    return abbr, extra, freq


def split_tone(syllable: str) -> tuple[str, str]:
    """("hoan", "f") for "hoàn": the syllable without its tone mark, and the Telex key of the tone
    ('' for none)."""
    tone, out = "", []
    for c in unicodedata.normalize("NFD", syllable):
        if c in _TONE_KEYS:
            tone = _TONE_KEYS[c]
        else:
            out.append(c)
    return unicodedata.normalize("NFC", "".join(out)), tone


def _to_telex(word: str) -> str:
    """The Telex keys that type *word* ("hoàn" → "hoanf", "được" → "dduwowcj")."""
    base, tone = split_tone(word)
    return "".join(_TELEX_SPELL.get(c, c) for c in base) + tone


def telex_read(word: str) -> tuple[str, str] | None:
    """What Telex keys left in a word mean: (syllable without tone, tone key), e.g. "hoanf" → ("hoan",
    "f"), "dduwowcj" → ("đươc", "j"); None when the word holds no vowel."""
    w = _to_telex(word.lower())
    m = re.search(r"[aeiouy]", w)
    if not m:
        return None
    head, tone, rest = w[:m.start()], "", []
    for c in w[m.start():]:
        if c in "sfrxj":        # no Vietnamese rhyme holds these letters: tone keys
            tone = c
        else:
            rest.append(c)
    base = head + "".join(rest)
    for a, b in _TELEX_READ:
        base = base.replace(a, b)
    return base, tone


def _marks(word: str) -> tuple[str, tuple[str, ...]]:
    base, tone = split_tone(word)
    d = unicodedata.normalize("NFD", base)
    return tone, tuple(sorted([c for c in d if c in _VOWEL_MARKS] + (["đ"] if "đ" in base else [])))


def _mark_distance(a: str, b: str) -> int:
    ta, ma = _marks(a)
    tb, mb = _marks(b)
    return (ta != tb) + len(set(ma) ^ set(mb)) + abs(len(ma) - len(mb))


@functools.lru_cache(maxsize=1)
def _indexes() -> tuple[dict[str, list[str]], dict[str, dict[str, str]]]:
    """{key without marks: [syllables]} and {syllable without tone: {tone key: syllable}} (new placement)."""
    by_key: dict[str, list[str]] = {}
    by_base: dict[str, dict[str, str]] = {}
    for w in sorted({tone_style(s, "new") for s in load_syllables()}):
        by_key.setdefault(fold(w), []).append(w)
        base, tone = split_tone(w)
        by_base.setdefault(base, {})[tone] = w
    return by_key, by_base


def _edits(key: str) -> set[str]:
    """Keys one letter away from *key* (deleted, swapped, changed, added) and the usual confusions."""
    out = set()
    n = len(key)
    for i in range(n + 1):
        a, b = key[:i], key[i:]
        if b:
            out.add(a + b[1:])
            if len(b) > 1:
                out.add(a + b[1] + b[0] + b[2:])
            for c in _KEY_LETTERS:
                out.add(a + c + b[1:])
        for c in _KEY_LETTERS:
            out.add(a + c + b)
    for x, y in _CONFUSED:
        if key.startswith(x):
            out.add(y + key[len(x):])
        if key.endswith(x):
            out.add(key[:-len(x)] + y)
    out.discard(key)
    return out


def _case_like(word: str, cand: str) -> str:
    if cand != cand.lower():            # an abbreviation or a name as the list writes it
        return cand
    if len(word) > 1 and word.isupper():
        return cand.upper()
    if word[:1].isupper():
        return cand[:1].upper() + cand[1:]
    return cand


def tokens(text: str) -> list[tuple[int, int, str]]:
    """(offset, length, word NFC) of each word of *text* that the spell-check reads."""
    return [(m.start(), m.end() - m.start(), nfc(m.group("word")))
            for m in _TOKENS.finditer(text or "") if m.group("word")]


# ------------------------------------------------------------ personal list --
def personal_path() -> str:
    """The personal word list: beside the settings file (%APPDATA%\\KeHoach on Windows; beside the
    program in portable mode), so it follows the clerk's profile like the settings."""
    from .settings import settings_path
    return os.path.join(os.path.dirname(os.path.abspath(settings_path())), PERSONAL_FILE)


class PersonalWords:
    """The clerk's own words (agency names, abbreviations …): a UTF-8 text file, one word or name a
    line, compared case-insensitively and whatever the tone-mark placement."""

    def __init__(self, path: str | None = None):
        self.path = path or personal_path()
        self._words: list[str] = []
        self.unreadable = False       # a file we could not read is never written over
        self.version = 0
        self.load()

    def load(self) -> None:
        self._words, self.unreadable = [], False
        try:
            with open(self.path, "rb") as f:
                raw = f.read(MAX_PERSONAL_BYTES + 1)
            if len(raw) > MAX_PERSONAL_BYTES:
                raise ValueError("too large")
            lines = raw.decode("utf-8-sig").splitlines()
        except FileNotFoundError:
            lines = []
        except (OSError, ValueError):
            log.warning("personal word list %s unreadable: not used, not written over", self.path, exc_info=True)
            self.unreadable = True
            lines = []
        seen = set()
        for line in lines:
            w = clean(line)
            if not w or w.startswith("#") or len(w) > MAX_WORD_LEN or _key(w) in seen:
                continue
            seen.add(_key(w))
            self._words.append(w)
            if len(self._words) >= MAX_PERSONAL_WORDS:
                break
        self.version += 1

    def words(self) -> list[str]:
        return sorted(self._words, key=vn_sort_key)

    def __contains__(self, word: str) -> bool:
        k = _key(word)
        return any(_key(w) == k for w in self._words)

    def __len__(self) -> int:
        return len(self._words)

    def add(self, word: str) -> bool:
        """Add *word* (False when the list already has it); saved at once."""
        w = _checked_word(word)
        if w in self:
            return False
        if len(self._words) >= MAX_PERSONAL_WORDS:
            raise PlanError(f"Từ điển cá nhân đã có {MAX_PERSONAL_WORDS} từ, không thêm được nữa.",
                            f"The personal word list already holds {MAX_PERSONAL_WORDS} words; no more can be added.")
        self._save(self._words + [w])
        return True

    def remove(self, word: str) -> bool:
        k = _key(word)
        keep = [w for w in self._words if _key(w) != k]
        if len(keep) == len(self._words):
            return False
        self._save(keep)
        return True

    def set_words(self, words) -> None:
        """Replace the whole list (the dialog's editor): blank lines and repeats dropped."""
        out, seen = [], set()
        for x in words:
            if not clean(x):
                continue
            w = _checked_word(x)
            if _key(w) not in seen:
                seen.add(_key(w))
                out.append(w)
        if len(out) > MAX_PERSONAL_WORDS:
            raise PlanError(f"Từ điển cá nhân giữ tối đa {MAX_PERSONAL_WORDS} từ.",
                            f"The personal word list holds at most {MAX_PERSONAL_WORDS} words.")
        self._save(out)

    def _save(self, words: list[str]) -> None:
        if self.unreadable:
            raise PlanError(f"Không đọc được tệp từ điển cá nhân {self.path}; tệp được giữ nguyên, không ghi đè.",
                            f"The personal word list {self.path} could not be read; it is kept as it is, "
                            "not written over.")
        from .fileio import atomic_write
        try:
            os.makedirs(os.path.dirname(os.path.abspath(self.path)), exist_ok=True)
            atomic_write(self.path, "".join(w + "\n" for w in sorted(words, key=vn_sort_key)), prefix=".tu-dien.")
        except PlanError:
            raise
        except OSError as e:
            raise PlanError(f"Không ghi được từ điển cá nhân {self.path}: {e.strerror or e}",
                            f"Could not write the personal word list {self.path}: {e.strerror or e}") from e
        self._words = list(words)
        self.version += 1


def _key(word: str) -> str:
    return tone_style(clean(word), "new").lower()


def _checked_word(word) -> str:
    w = clean(str(word or ""))
    if not w:
        raise PlanError("Từ trống: không có gì để thêm vào từ điển.", "The word is empty: nothing to add.")
    if len(w) > MAX_WORD_LEN or "\n" in w or "\r" in w:
        raise PlanError(f"Một mục của từ điển cá nhân dài tối đa {MAX_WORD_LEN} ký tự, trên một dòng.",
                        f"An entry of the personal word list is one line of at most {MAX_WORD_LEN} characters.")
    return w


# ------------------------------------------------------------- the checker --
class SpellChecker:
    """Checks texts against the syllables, the abbreviations, the personal list and the words added
    for this session (:meth:`add_words`: the plan's agency names; :meth:`ignore`: "Bỏ qua")."""

    def __init__(self, personal: PersonalWords | None = None):
        self.syllables = load_syllables()
        self.abbr, self.extra, self.freq = _lists()
        self.personal = personal
        self._session: set[str] = set()
        self._ignored: set[str] = set()
        self._personal_version = -1
        self._personal_known: dict[str, str] = {}
        self._lists_key: tuple[int, dict[str, list[str]]] | None = None

    # -- known words
    def _personal_words(self) -> dict[str, str]:
        p = self.personal
        if p is None:
            return {}
        if p.version != self._personal_version:
            known: dict[str, str] = {}
            for entry in p.words():
                known[_key(entry)] = entry
                for _, _, t in tokens(entry):
                    for v in _both_styles(t.lower()):
                        known.setdefault(v, t)
            self._personal_known, self._personal_version = known, p.version
        return self._personal_known

    def add_words(self, texts) -> None:
        """Count the words of *texts* (the plan's agency names …) as known for this session."""
        for text in texts:
            for _, _, t in tokens(text):
                self._session.update(_both_styles(t.lower()))

    def ignore(self, word: str) -> None:
        """"Bỏ qua": *word* is not marked again in this session."""
        self._ignored.update(_both_styles(nfc(word).lower()))

    def is_known(self, word: str) -> bool:
        w = nfc(word)
        low = w.lower()
        return (low in self.syllables or low in self.extra or low in self.abbr or low in self._session
                or low in self._ignored or low in self._personal_words())

    def word_ok(self, word: str) -> bool:
        w = nfc(word)
        if len(w) <= 1 or len(w) > MAX_CHECKED_WORD or self.is_known(w):
            return True
        if sum(c.isupper() for c in w) >= 2 and not any(c in _MARKED for c in w):
            return True             # an abbreviation: UBND, HĐND, TTg, roman numerals
        return False

    def misspelled(self, text: str) -> list[tuple[int, int]]:
        """(offset, length) of each wrong word of *text*, in *text* as given."""
        out = []
        syl = self.syllables
        for m in _TOKENS.finditer(text or ""):
            word = m.group("word")
            if word is None:
                continue
            if word in syl or word.lower() in syl:     # the common case, before any normalisation
                continue
            if not self.word_ok(word):
                out.append((m.start(), m.end() - m.start()))
        return out

    # -- suggestions
    def _candidates_for_key(self, key: str) -> list[str]:
        by_key, _ = _indexes()
        personal = self._personal_words()
        if self._lists_key is None or self._lists_key[0] != self._personal_version:
            ix: dict[str, list[str]] = {}
            for lst in (self.abbr, self.extra, personal):
                for k, w in lst.items():
                    if " " not in w:
                        ix.setdefault(fold(k), []).append(w)
            self._lists_key = (self._personal_version, ix)
        return list(by_key.get(key, ())) + self._lists_key[1].get(key, [])

    def suggestions(self, word: str, n: int = 5, style: str = "new") -> list[str]:
        """Up to *n* words the clerk probably meant, the likeliest first, in the case the word was typed
        in and in tone-mark placement *style* ('new' "hoà" / 'old' "hòa")."""
        w = nfc(word).strip()
        if not w or len(w) > MAX_CHECKED_WORD:
            return []
        low = w.lower()
        by_key, by_base = _indexes()
        scored: dict[str, tuple] = {}
        me = _key(low)
        marked = any(c in _MARKED or c == "đ" for c in low)    # typed without any mark: marks say nothing

        def offer(cand: str, cost: float) -> None:
            """*cost*: how unlikely the typing error is; each mark that differs adds to it, a common word
            takes off (how often it is written in official texts, resources/spell/vi_common.txt)."""
            if _key(cand) == me:
                return
            c = cand.lower()
            score = (cost + (MARK_COST * _mark_distance(low, c) if marked else 0.0)
                     - FREQ_WEIGHT * math.log10(1 + self.freq.get(tone_style(c, "new"), 0)), vn_sort_key(cand))
            if cand not in scored or score < scored[cand]:
                scored[cand] = score

        read = telex_read(low)
        keys = [fold(low)]
        if read is not None:
            base, tone = read
            hit = by_base.get(base, {}).get(tone)
            if hit:
                offer(hit, -10.0)                   # "hoanf" → "hoàn": Telex keys left in, nothing else wrong
            if fold(base) not in keys:
                keys.append(fold(base))             # "duowcj" → "được" too (the d typed without its stroke)
        for k in keys:
            for cand in self._candidates_for_key(k):
                offer(cand, SAME_LETTERS_COST)      # only the marks differ: "hoan" → "hoàn"
        key = keys[0]
        for x, y in _CONFUSED:                      # s/x, ch/tr, d/gi …
            for k in ({y + key[len(x):]} if key.startswith(x) else set()) | \
                     ({key[:-len(x)] + y} if key.endswith(x) else set()):
                for cand in self._candidates_for_key(k):
                    offer(cand, CONFUSED_COST)
        if key.isascii():
            for k in _edits(key):                   # one letter missing, extra, wrong or swapped
                for cand in self._candidates_for_key(k):
                    offer(cand, EDIT_COST)
        if len(scored) < n:
            for k in self.abbr:
                if len(k) > 1 and len(k) == len(key) and sum(a != b for a, b in zip(fold(k), key)) == 1:
                    offer(self.abbr[k], 2 * EDIT_COST)
        ranked = sorted(scored, key=scored.get)[:n]
        out = []
        for cand in ranked:
            c = _case_like(w, tone_style(cand, style) if cand == cand.lower() else cand)
            if c not in out:
                out.append(c)
        return out


_DEFAULT: SpellChecker | None = None


def default_checker() -> SpellChecker:
    """The program's checker, with the clerk's personal list."""
    global _DEFAULT
    path = personal_path()
    if _DEFAULT is None or _DEFAULT.personal is None or _DEFAULT.personal.path != path:
        _DEFAULT = SpellChecker(PersonalWords(path))    # another settings folder (the tests): another list
    return _DEFAULT


def misspelled(text: str) -> list[tuple[int, int]]:
    return default_checker().misspelled(text)


def suggestions(word: str, n: int = 5) -> list[str]:
    return default_checker().suggestions(word, n)
