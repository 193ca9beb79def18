"""Build the five sample plans in this folder from the seed texts.

    .venv/bin/python resources/samples/build_samples.py [SEEDS_DIR]

The seed texts lost their header tables (agency names) when they were
converted, so the facts the seeds' README gives about each plan (who
issued it, when) are added here as an overlay.  Everything else comes
from the text through the same outline builder the Word importer uses.
"""
from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, ROOT)

from core.importers.seedtext import read_seed  # noqa: E402
from core.store.planfile import save_plan  # noqa: E402
from core.templates import starter_agencies  # noqa: E402

DEFAULT_SEEDS = os.path.join(os.path.dirname(ROOT), "shared", "seeds")

OVERLAY = {
    "000_8d3a396a35c7a65b": dict(parent_agency="UBND TỈNH QUẢNG TRỊ", agency="BAN DÂN TỘC",
                                 agency_full="Ban Dân tộc tỉnh Quảng Trị", period="2021"),
    "001_ac53699dfbbc9233": dict(agency="ỦY BAN NHÂN DÂN\nHUYỆN HƯỚNG HÓA", agency_full="Ủy ban nhân dân huyện Hướng Hóa",
                                 place="Hướng Hóa", date_text="ngày      tháng      năm 2020", period="2020"),
    "002_4ddd967f79e7422c": dict(agency="ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ", agency_full="Ủy ban nhân dân tỉnh Quảng Trị",
                                 number="165", issue_date="2023-08-04", place="Quảng Trị", period="2023-2025"),
    "003_eb16b9be37a59266": dict(agency="ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN", agency_full="Ủy ban nhân dân tỉnh Lạng Sơn",
                                 period="2021"),
    "004_e03d70a70aa68992": dict(agency="ỦY BAN NHÂN DÂN\nHUYỆN VỊ XUYÊN", agency_full="Ủy ban nhân dân huyện Vị Xuyên",
                                 period="2021"),
}


def build_one(seed_path: str):
    name = os.path.splitext(os.path.basename(seed_path))[0]
    plan = read_seed(seed_path)
    for k, v in OVERLAY.get(name, {}).items():
        if not getattr(plan.meta, k):
            setattr(plan.meta, k, v)
    plan.agencies = starter_agencies()
    return name, plan


def main(argv: list[str]) -> int:
    seeds = argv[0] if argv else DEFAULT_SEEDS
    for fn in sorted(os.listdir(seeds)):
        if not fn.endswith(".txt") or not fn[:3].isdigit():
            continue
        name, plan = build_one(os.path.join(seeds, fn))
        out = os.path.join(HERE, f"{name}.sqlite")
        save_plan(plan, out, overwrite=True)
        print(f"{out}: {sum(1 for _ in plan.walk())} mục, {sum(len(a.rows) for a in plan.appendices)} dòng phụ lục, "
              f"{len(plan.import_report)} ghi chú")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
