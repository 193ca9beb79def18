"""What Word's styles and automatic numbering give a paragraph: bold/italic, font and size through
``basedOn`` chains and document defaults (``styles.xml``), indentation, and the number Word prints
for a numbered paragraph (``numbering.xml``: running counters per list, levels, list styles)."""
from __future__ import annotations

import re

from lxml import etree

from ... import legacy_encodings
from ... import numbering as vn_numbering
from .wml import _W_B, _W_BASEDON, _W_I, _W_IND, _W_NUMPR, _W_PPR, _W_RPR, _W_SZ, _W_VAL, _child, _kids, w


def _on(el) -> bool:
    """A w:b / w:i toggle element: on unless w:val says false."""
    if el is None:
        return False
    v = el.get(_W_VAL)
    return v is None or v.lower() not in ("0", "false", "off", "none")


class _Styles:
    def __init__(self, root):
        self.styles: dict[str, dict] = {}
        self._ind_cache: dict = {}
        self.default_para = None
        self.doc_rpr = {}
        if root is None:
            return
        dd = root.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}")
        if dd is not None:
            self.doc_rpr = self._rpr(dd)
        for st in root.iter(w("style")):
            sid = st.get(w("styleId"))
            if not sid:
                continue
            k = _kids(st)
            based = k.get(_W_BASEDON)
            rpr = k.get(_W_RPR)
            ppr = k.get(_W_PPR)
            num = None
            ind: tuple = ()
            if ppr is not None:
                pk = _kids(ppr)
                np_ = pk.get(_W_NUMPR)
                if np_ is not None:
                    num = _numpr(np_)
                ind = _ind(pk.get(_W_IND))
            self.styles[sid] = {"based": based.get(_W_VAL) if based is not None else None,
                                "rpr": self._rpr(rpr) if rpr is not None else {},
                                "num": num, "type": st.get(w("type")), "ind": ind}
            if st.get(w("type")) == "paragraph" and _on_attr(st.get(w("default"))):
                self.default_para = sid

    @staticmethod
    def _rpr(rpr) -> dict:
        d = {}
        k = _kids(rpr)
        for name, tag in (("b", _W_B), ("i", _W_I)):
            el = k.get(tag)
            if el is not None:
                d[name] = _on(el)
        sz = _half_points(rpr, k.get(_W_SZ))
        if sz:
            d["sz"] = sz
        font = legacy_encodings.rfonts(rpr, w)     # a TCVN3 / VNI font is converted (core/legacy_encodings)
        if font:
            d["font"] = font
        return d

    def ind(self, sid: str | None) -> tuple:
        """The indentation (left, right, first line; twips) a paragraph style gives."""
        if sid in self._ind_cache:
            return self._ind_cache[sid]
        self._ind_cache[sid] = got = self._style_ind(sid)
        return got

    def _style_ind(self, sid: str | None) -> tuple:
        seen = set()
        while sid and sid in self.styles and sid not in seen and len(seen) < 20:
            seen.add(sid)
            if self.styles[sid].get("ind"):
                return self.styles[sid]["ind"]
            sid = self.styles[sid]["based"]
        return ()

    def rpr(self, sid: str | None) -> dict:
        """Bold/italic a style gives, following basedOn (bounded depth)."""
        chain = []
        seen = set()
        while sid and sid in self.styles and sid not in seen and len(chain) < 20:
            seen.add(sid)
            chain.append(self.styles[sid])
            sid = self.styles[sid]["based"]
        d = dict(self.doc_rpr)
        for st in reversed(chain):
            d.update(st["rpr"])
        return d

    def num(self, sid: str | None):
        seen = set()
        while sid and sid in self.styles and sid not in seen and len(seen) < 20:
            seen.add(sid)
            if self.styles[sid]["num"]:
                return self.styles[sid]["num"]
            sid = self.styles[sid]["based"]
        return None


def _half_points(rpr, sz=None) -> float:
    """The font size a w:rPr sets (w:sz, half-points), in points; 0 when none."""
    if sz is None:
        sz = _child(rpr, _W_SZ)
    v = sz.get(w("val"), "") if sz is not None else ""
    return int(v) / 2 if v.isdigit() and 0 < int(v) < 2000 else 0.0


def _twips(el, *names) -> int:
    for n in names:
        v = el.get(w(n))
        if v is not None and v.lstrip("-").isdigit():
            return int(v)
    return 0


def _ind(ind) -> tuple:
    """(left, right, first line) in twips from a w:ind (a hanging indent is a negative first line)."""
    if ind is None:
        return ()
    first = _twips(ind, "firstLine") - _twips(ind, "hanging")
    return _twips(ind, "left", "start"), _twips(ind, "right", "end"), first


def _on_attr(v) -> bool:
    return v is not None and v.lower() in ("1", "true", "on")


def _numpr(np_):
    nid = np_.find(w("numId"))
    ilvl = np_.find(w("ilvl"))
    return (nid.get(w("val")) if nid is not None else None,
            int(ilvl.get(w("val"), "0")) if ilvl is not None and (ilvl.get(w("val")) or "0").isdigit() else None)


# ---------------------------------------------------------- numbering ---
# Word's symbol-font bullets arrive as private-use characters: Symbol U+F0B7, Wingdings U+F0A7 (§),
# U+F0D8 (arrow), U+F076 (diamond), U+F0FC (tick)
BULLETS = {"-": "-", "–": "-", "—": "-", "+": "+", "\uf0b7": "-", "•": "-", "o": "+", "▪": "-",
           "\uf0a7": "-", "\uf0d8": "-", "\uf076": "-", "\uf0fc": "-", "§": "-", "·": "-"}


def _fmt(n: int, fmt: str) -> str:
    if fmt in ("upperRoman",):
        return vn_numbering.roman(n) if n > 0 else "0"
    if fmt == "lowerRoman":
        return vn_numbering.roman(n).lower() if n > 0 else "0"
    if fmt == "upperLetter":
        return vn_numbering.upper_alpha(n) if n > 0 else "A"
    if fmt == "lowerLetter":
        # Vietnamese legal letters (a b c d đ e g h …): the structure is
        # what matters; a list typed in Word keeps counting by position.
        return vn_numbering.point_letter(n) if n > 0 else "a"
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "none":
        return ""
    return str(n)


class _Numbering:
    """Running counters of Word's automatic numbering, as Word prints them."""

    def __init__(self, root):
        self.abstract: dict[str, dict[int, dict]] = {}
        self.nums: dict[str, tuple[str, dict[int, int]]] = {}
        self.counters: dict[str, list[int]] = {}
        self.started: set[str] = set()
        if root is None:
            return
        links: dict[str, str] = {}
        style_of: dict[str, str] = {}
        for an in root.iter(w("abstractNum")):
            aid = an.get(w("abstractNumId"))
            lvls = {}
            for lvl in an.iter(w("lvl")):
                il = lvl.get(w("ilvl"), "0")
                if not il.isdigit() or int(il) > 8:
                    continue
                lvls[int(il)] = self._lvl(lvl)
            self.abstract[aid] = lvls
            sl = an.find(w("numStyleLink"))
            if sl is not None:
                links[aid] = sl.get(w("val"))
            st = an.find(w("styleLink"))
            if st is not None:
                style_of[st.get(w("val"))] = aid
        # a list made with "Define New List Style": the abstractNum the paragraphs use only points
        # (numStyleLink) at the list style, whose own abstractNum (styleLink) holds the levels
        alias = {aid: style_of[name] for aid, name in links.items()
                 if name in style_of and style_of[name] != aid and not self.abstract.get(aid)}
        for num in root.iter(w("num")):
            nid = num.get(w("numId"))
            an = num.find(w("abstractNumId"))
            if nid is None or an is None:
                continue
            if an.get(w("val")) in alias:
                an = etree.Element(w("abstractNumId"), {w("val"): alias[an.get(w("val"))]})
            overrides = {}
            for ov in num.iter(w("lvlOverride")):
                il = ov.get(w("ilvl"), "0")
                so = ov.find(w("startOverride"))
                if il.isdigit() and so is not None and (so.get(w("val")) or "").isdigit():
                    overrides[int(il)] = int(so.get(w("val")))
                lvl = ov.find(w("lvl"))
                if lvl is not None and il.isdigit():
                    # a full level override: keep it on a private abstract copy
                    key = f"{an.get(w('val'))}@{nid}"
                    base = dict(self.abstract.get(an.get(w("val")), {}))
                    base[int(il)] = self._lvl(lvl)
                    self.abstract[key] = base
            aid = an.get(w("val"))
            if f"{aid}@{nid}" in self.abstract:
                aid = f"{aid}@{nid}"
            self.nums[nid] = (aid, overrides)

    @staticmethod
    def _lvl(lvl) -> dict:
        def val(tag, default=""):
            el = lvl.find(w(tag))
            return el.get(w("val"), default) if el is not None else default
        start = val("start", "1")
        return {"start": int(start) if start.lstrip("-").isdigit() else 1,
                "fmt": val("numFmt", "decimal"), "text": val("lvlText", ""),
                "lgl": lvl.find(w("isLgl")) is not None}

    def label(self, num_id: str | None, ilvl: int | None) -> str:
        if not num_id or num_id == "0" or num_id not in self.nums:
            return ""
        ilvl = ilvl or 0
        aid, overrides = self.nums[num_id]
        lvls = self.abstract.get(aid, {})
        if ilvl not in lvls:
            return ""
        # numbers with a start override restart: they count on their own
        key = num_id if overrides else aid
        cnt = self.counters.setdefault(key, [0] * 9)
        if key == num_id and num_id not in self.started:
            self.started.add(num_id)
            for k, v in overrides.items():
                cnt[k] = v - 1
        lv = lvls[ilvl]
        if cnt[ilvl] == 0 and ilvl not in overrides:
            cnt[ilvl] = lv["start"] - 1
        cnt[ilvl] += 1
        for k in range(ilvl + 1, 9):
            cnt[k] = 0
        if lv["fmt"] == "bullet":
            return BULLETS.get(lv["text"].strip(), "-")
        text = lv["text"]

        def sub(m):
            k = int(m.group(1)) - 1
            lk = lvls.get(k, {"fmt": "decimal", "start": 1})
            n = cnt[k] if cnt[k] else lk.get("start", 1)
            return _fmt(n, "decimal" if lv["lgl"] else lk["fmt"])
        return re.sub(r"%([1-9])", sub, text).strip()


