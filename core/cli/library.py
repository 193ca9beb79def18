"""``main.py find FOLDER "QUERY" [--json] [--limit N]``: search every plan of a folder."""
from __future__ import annotations

import os
import sys

from ..errors import PlanError
from .common import out_json, parser


def cmd_find(args: list[str], lang: str) -> int:
    from ..library import refresh, search
    p = parser("find", "Tìm trong mọi kế hoạch của một thư mục (không phân biệt dấu) / "
                       "search every plan in a folder (diacritics aside)")
    p.add_argument("folder")
    p.add_argument("query")
    p.add_argument("--json", action="store_true", help="kết quả dạng JSON / results as JSON")
    p.add_argument("--limit", type=int, default=500)
    a = p.parse_args(args)
    if not os.path.isdir(a.folder):
        raise PlanError(f"Không có thư mục “{a.folder}”.", f"No folder “{a.folder}”.")
    if not a.query.strip():
        raise PlanError("Hãy cho biết cần tìm gì.", "Say what to look for.")
    stats = refresh([a.folder])
    hits = search([a.folder], a.query, limit=max(1, a.limit))
    if a.json:
        out_json({"folder": os.path.abspath(a.folder), "query": a.query, "files": stats["files"],
                  "hits": [{"file": h["file"], "place": h["place_en"] if lang == "en" else h["place"],
                            "text": h["text"]} for h in hits]})
        return 0
    for h in hits:
        place = h["place_en"] if lang == "en" else h["place"]
        text = " ".join(h["text"].split())
        print(f"{os.path.relpath(h['file'], a.folder)}\t{place}\t{text[:200]}")
    n = len(hits)
    print((f"{n} hits in {stats['files']} plan files." if lang == "en"
           else f"{n} kết quả trong {stats['files']} tệp kế hoạch."), file=sys.stderr)
    return 0
