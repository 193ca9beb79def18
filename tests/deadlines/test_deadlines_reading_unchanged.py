"""The reading of every deadline phrase we know stays exactly what it was (issue 13, item 6).

The deadline reader (core/deadlines) was split into modules along its seams; this file proves the
split changed no reading.  It reads every phrase the suite and the bench know — the bench's phrase
generator (bench/bench_deadlines.py), the deadline columns of the sample plans
(resources/samples/*.sqlite), every string literal of tests/deadlines/*.py, the seeds' tables
(bench/deadline_table.py) and about 2,000 generated phrases — and compares, phrase by phrase, the
structure (kind, dates, span, rules, events, flags, notes), the explanations in Vietnamese and
English, and the JSON of ``interpret`` (due dates in a window, with and without a recorded event
date) with tests/deadlines/golden/deadline_readings.json, written on the code before the split.

    .venv/bin/python tests/deadlines/test_deadlines_reading_unchanged.py --write   # rewrite the golden

Rewrite the golden only for a reading that is meant to change, and say so in the commit.
"""
from __future__ import annotations

import ast
import dataclasses
import glob
import hashlib
import json
import os
import random
import sys
from datetime import date

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

from core.deadlines import interpret, parse  # noqa: E402

GOLDEN = os.path.join(os.path.dirname(os.path.abspath(__file__)), "golden", "deadline_readings.json")
WINDOW = (date(2025, 1, 1), date(2027, 12, 31))
REF = (date(2026, 1, 1), date(2026, 12, 31))
EVENT_DAY = date(2026, 3, 2)


# ------------------------------------------------------------------ phrases --
def bench_phrases() -> list[str]:
    """The cells of the bench's 10,000-task plan (seeds' phrases and the generated variants)."""
    from bench.bench_deadlines import make_plan
    app = make_plan(10000).appendices[0]
    return [app.cell(r, "deadline") for r in app.rows if r.kind == "task"]


def sample_phrases() -> list[str]:
    """Every deadline cell of the sample plans shipped under resources/samples."""
    from core.deadlines import row_phrase
    from core.store.planfile import load_plan_readonly
    out = []
    for f in sorted(glob.glob(os.path.join(ROOT, "resources", "samples", "*.sqlite"))):
        plan = load_plan_readonly(f)
        for app in plan.appendices:
            for row in app.rows:
                out.append(row_phrase(app, row))
    return out


def seed_table_phrases() -> list[str]:
    try:
        from bench.deadline_table import seed_phrases
        return [p for p, _ in seed_phrases()]
    except OSError:
        return []


def literal_phrases() -> list[str]:
    """Every string literal of the deadline tests (phrases, expected words, fragments: all are read)."""
    out = []
    for f in sorted(glob.glob(os.path.join(ROOT, "tests", "deadlines", "*.py"))):
        if os.path.basename(f) == os.path.basename(__file__):
            continue
        with open(f, encoding="utf-8") as fh:
            tree = ast.parse(fh.read())
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and 0 < len(node.value) <= 400:
                out.append(node.value)
    return out


_Q = ["I", "II", "III", "IV"]
_WD = ["Thứ Hai", "thứ Ba", "thứ Tư", "Thứ Năm", "thứ sáu", "Thứ Bảy", "Chủ nhật"]


def generated(n: int = 2000, seed: int = 13) -> list[str]:
    """Phrases built from the clause families the reader knows, combined as clerks combine them."""
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        y = rnd.randint(2020, 2031)
        m = rnd.randint(1, 12)
        d = rnd.randint(1, 31)
        q = rnd.choice(_Q)
        k = rnd.randint(1, 30)
        wd = rnd.choice(_WD)
        parts = [
            f"{d}/{m}/{y}", f"ngày {d:02d}/{m:02d}", f"Trước ngày {d}/{m}", f"trước ngày {d} tháng {m} năm {y}",
            f"Quý {q}", f"Quý {q}/{y}", f"quý {rnd.randint(1, 4)} năm {y}", f"Tháng {m}", f"tháng {m}/{y}",
            f"{rnd.randint(1, 11)} tháng đầu năm", f"{rnd.randint(1, 11)} tháng cuối năm {y}", "6 tháng đầu năm",
            f"Năm {y}", f"Giai đoạn {y} - {y + rnd.randint(0, 5)}", f"{y}-{m:02d}-{min(d, 28):02d}",
            "Hàng năm", "Hằng quý", "hàng tháng", "Hàng tuần", "Hằng ngày", "Thường xuyên", "Theo yêu cầu",
            "Đột xuất", "năm sau liền kề", "và các năm tiếp theo", f"đến năm {y}", f"từ năm {y}",
            f"{k} ngày làm việc kể từ ngày {min(d, 28)}/{m}/{y}", f"{k} ngày kể từ khi có quyết định",
            "Sau khi ban hành kế hoạch", "Trước kỳ họp HĐND", "Thực hiện ngay",
            f"Trước Tết Nguyên đán {y}", "Trước Tết Nguyên đán hằng năm", "Tết Bính Ngọ",
            f"Ngày {d} hằng tháng", f"trước ngày {d} hàng tháng", f"{wd} hằng tuần", "tuần đầu tháng",
            f"chậm nhất ngày {d} tháng cuối quý", f"ngày {d:02d} tháng đầu quý sau",
            "(nếu trùng ngày nghỉ, ngày lễ thì thực hiện vào ngày làm việc tiếp theo)",
            "nếu trùng ngày nghỉ thì chuyển sang ngày làm việc liền trước",
            f"Trong thời hạn {k:02d} ngày làm việc", f"Không quá {k} ngày",
            f"trường hợp phải xác minh không quá {k} ngày làm việc", "đối với hồ sơ hợp lệ",
            f"Ngày 06; 13; 20; 27 ({wd})", f"Ngày 06; 13; 20; 27/{m}/{y} ({wd})",
            f"{wd} ngày {min(d, 28)} tháng {m:02d} năm {y}", f"ngày {wd} của tuần thứ hai hằng tháng",
            f"chậm nhất vào ngày {d} của tháng cuối kỳ báo cáo", "số liệu tính từ ngày 15/12 năm trước đến ngày 14/6",
            f"tháng {m} tới", "quý tới", "đầu tháng sau", "năm tới", f"đầu tháng {m}/{y}", f"giữa tháng {m}",
            "Báo cáo 6 tháng đầu năm gửi trước ngày 10/07", "1 lần/năm", "2 lần/năm", "Định kỳ 3 tháng/lần",
            f"Quý I đến quý {q} năm {y}", f"từ ngày {min(d, 26)}-{min(d, 26) + 2}/{m}/{y}", "Cuối mỗi tháng",
            "báo cáo quý", "trong giờ hành chính", f"Quy {q} hang nam", f"truoc ngay {d}/{m} hang nam",
            "<b>Quý IV</b> năm 2026", "Từ nay đến hết năm 2026", f"Quý II/{y} trở đi", "năm nay",
        ]
        seps = [", ", "; ", " và ", " ", " (", " - ", "\n- "]
        k_parts = rnd.choice([1, 1, 2, 2, 2, 3, 3, 4])
        s = rnd.choice(parts)
        for _ in range(k_parts - 1):
            sep = rnd.choice(seps)
            s += sep + rnd.choice(parts) + (")" if sep == " (" else "")
        out.append(s)
    return out


def all_phrases() -> list[str]:
    seen: dict[str, None] = {}
    for group in (bench_phrases(), sample_phrases(), seed_table_phrases(), literal_phrases(), generated()):
        for p in group:
            seen.setdefault(p, None)
    return sorted(seen)


# ------------------------------------------------------------------ reading --
def _plain(x):
    if dataclasses.is_dataclass(x) and not isinstance(x, type):
        return {f.name: _plain(getattr(x, f.name)) for f in dataclasses.fields(x)        # fields left at their
                if not f.name.startswith("_") and getattr(x, f.name) != f.default}        # default are omitted
    if isinstance(x, (list, tuple)):
        return [_plain(v) for v in x]
    if isinstance(x, date):
        return x.isoformat()
    return x


def _dates(ds) -> list | dict:
    """A list of due dates; a long one (daily, weekly rules) as its length, ends and digest."""
    ds = [d if isinstance(d, str) else d.isoformat() for d in ds]
    if len(ds) <= 24:
        return ds
    return {"n": len(ds), "first": ds[0], "last": ds[-1], "sha1": hashlib.sha1(",".join(ds).encode()).hexdigest()}


def reading(phrase: str) -> dict:
    dl = parse(phrase)
    out = {
        "kind": dl.kind, "dates": _plain(dl.dates), "span": _plain(dl.span), "rules": _plain(dl.rules),
        "events": _plain(dl.events), "ongoing": dl.ongoing, "flagged": dl.flagged, "unread": dl.unread,
        "shift": dl.shift, "notes": [str(n) for n in dl.notes],
        "vi": dl.explanation_in("vi"), "en": dl.explanation_in("en"),
        "due": _dates(dl.due_in(*WINDOW)), "due_ref": _dates(dl.due_in(*WINDOW, REF)),
    }
    if dl.events:
        ev = {e.event.upper(): EVENT_DAY for e in dl.events}     # recorded dates match case-insensitively
        for lang in ("vi", "en"):
            j = interpret(phrase, *WINDOW, events=ev, lang=lang)
            out["with_event_" + lang] = [j["explanation"], _dates(j["due"])]
    else:
        j = interpret(phrase, *WINDOW)
        out["json"] = {k: j[k] for k in ("recurrence", "event", "offset")}
    if dl.phrase != phrase:
        out["phrase"] = dl.phrase
    return out


def readings() -> dict:
    return {p: reading(p) for p in all_phrases()}


def test_every_known_phrase_reads_as_before():
    with open(GOLDEN, encoding="utf-8") as fh:
        golden = json.load(fh)
    now = readings()
    assert len(golden) > 3000
    missing = sorted(set(golden) - set(now))
    assert not missing, f"{len(missing)} golden phrases no longer collected, e.g. {missing[:3]}"
    changed = [p for p in golden if now[p] != golden[p]]
    detail = ""
    if changed:
        p = changed[0]
        detail = "; ".join(f"{k}: {golden[p].get(k)!r} -> {now[p].get(k)!r}"
                           for k in sorted(set(golden[p]) | set(now[p])) if golden[p].get(k) != now[p].get(k))
    assert not changed, f"{len(changed)} of {len(golden)} phrases read differently, e.g. {changed[0]!r}: {detail}"


if __name__ == "__main__":
    if "--write" in sys.argv:
        data = readings()
        with open(GOLDEN, "w", encoding="utf-8") as fh:
            fh.write("{\n" + ",\n".join(json.dumps(k, ensure_ascii=False) + ": " + json.dumps(v, ensure_ascii=False,
                                                                                                sort_keys=True)
                                        for k, v in data.items()) + "\n}\n")
        print(f"{len(data)} phrases written to {GOLDEN}")
