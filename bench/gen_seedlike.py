"""Large plans whose rows are drawn from the real seed tables.

    .venv/bin/python bench/gen_seedlike.py 10000 OUT.sqlite

Task texts, agencies, targets and deadline phrases are sampled from the five
sample plans' own appendix rows (resources/samples), so lengths and
vocabulary are those clerks write.  Deterministic for a given size and seed.
(bench/gen_plan.py makes synthetic plans with a full section tree.)
"""
from __future__ import annotations

import glob
import os
import random
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

from core.model import Appendix, Column, Plan, Row  # noqa: E402
from core.store.planfile import load_plan, save_plan  # noqa: E402
from core.text import split_agencies  # noqa: E402

_POOL = None


def pool():
    global _POOL
    if _POOL is None:
        bags = {k: [] for k in ("task", "lead", "support", "deadline", "target")}
        for f in sorted(glob.glob(os.path.join(ROOT, "resources", "samples", "*.sqlite"))):
            for a in load_plan(f).appendices:
                for r in a.rows:
                    if r.kind == "task":
                        for key, bag in bags.items():
                            v = a.cell(r, key)
                            if v:
                                bag.append(v)
        if not bags["target"]:
            bags["target"] = ["100% cơ quan, đơn vị thực hiện"]
        _POOL = bags
    return _POOL


def big_plan(n_tasks: int, seed: int = 1) -> Plan:
    rnd = random.Random(seed)
    base = load_plan(os.path.join(ROOT, "resources", "samples", "002_4ddd967f79e7422c.sqlite"))
    bags = pool()
    app = Appendix(title="PHÂN CÔNG NHIỆM VỤ (DỮ LIỆU THỬ NGHIỆM)", numbering={"groups": ["roman"], "tasks": "flat"})
    app.columns = [Column(key="tt", title="TT", width=0.6), Column(key="task", title="Nhiệm vụ cụ thể", width=5),
                   Column(key="target", title="Sản phẩm", width=2),
                   Column(key="lead", title="Cơ quan chủ trì", group="Phân công trách nhiệm", width=2),
                   Column(key="support", title="Cơ quan phối hợp", group="Phân công trách nhiệm", width=2.2),
                   Column(key="deadline", title="Thời gian hoàn thành", width=1.5)]
    ids = {c.key: c.id for c in app.columns}
    rows = []
    for i in range(n_tasks):
        if i % 25 == 0:
            rows.append(Row(kind="group", cells={ids["task"]: f"NHÓM NHIỆM VỤ SỐ {i // 25 + 1}"}))
        cells = {ids[k]: rnd.choice(bags[k]) for k in ("task", "target", "lead", "support", "deadline")}
        r = Row(cells=cells)
        r.lead = split_agencies(cells[ids["lead"]])[0]
        r.support = split_agencies(cells[ids["support"]])[0]
        rows.append(r)
    app.rows = rows
    base.appendices = [app]
    return base


if __name__ == "__main__":
    save_plan(big_plan(int(sys.argv[1])), sys.argv[2], overwrite=True)
    print(sys.argv[2])
