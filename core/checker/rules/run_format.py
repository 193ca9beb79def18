"""Size, weight, slant and case of one paragraph, checked against what the decree asks.
"""
from __future__ import annotations

from ..document import Para
from .finding import Finding, _f
from .layout import is_caps


# ------------------------------------------------------------ rule helpers ---
def _sizes_ok(p: Para, lo: float, hi: float) -> bool:
    return all(lo - 0.01 <= s <= hi + 0.01 for s in p.sizes())


def _size_text(p: Para) -> str:
    return ", ".join(f"{s:g}" for s in sorted(p.sizes())) or "?"


def _range(lo, hi) -> str:
    return f"{lo:g}" if lo == hi else f"{lo:g}–{hi:g}"


def _check_run_format(rule: str, what_vi: str, what_en: str, p: Para, ref: str, size: tuple, bold=None, italic=None,
                      upper=None) -> list[Finding]:
    """Size, weight, slant and case of one paragraph of the header, title or signature."""
    out = []
    lo, hi = size
    if not _sizes_ok(p, lo, hi):
        out.append(_f(rule + ".size", "error", p.snippet(),
                      f"{what_vi}: cỡ chữ {_size_text(p)} — cần {_range(lo, hi)}.",
                      f"{what_en}: size {_size_text(p)} pt — must be {_range(lo, hi)} pt.", ref, True, [p],
                      {"size": hi if (min(p.sizes() or {hi}) > hi) else lo}))
    if bold is not None and (p.all_on("b") if bold else not p.any_on("b")) is False:
        out.append(_f(rule + ".bold", "error", p.snippet(),
                      f"{what_vi}: {'cần in đậm' if bold else 'không in đậm'}.",
                      f"{what_en}: {'must be bold' if bold else 'must not be bold'}.", ref, True, [p], {"b": bold}))
    if italic is not None and (p.all_on("i") if italic else not p.any_on("i")) is False:
        out.append(_f(rule + ".italic", "error", p.snippet(),
                      f"{what_vi}: {'cần in nghiêng' if italic else 'chữ đứng, không in nghiêng'}.",
                      f"{what_en}: {'must be italic' if italic else 'must be upright, not italic'}.", ref, True, [p],
                      {"i": italic}))
    if upper is not None and is_caps(p) != upper:
        out.append(_f(rule + ".case", "error", p.snippet(),
                      f"{what_vi}: {'cần viết in hoa' if upper else 'viết chữ thường (không in hoa toàn bộ)'}.",
                      f"{what_en}: {'must be in capitals' if upper else 'must be in lower case, not all capitals'}.",
                      ref, bool(upper), [p], {"caps": True} if upper else {}))
    return out
