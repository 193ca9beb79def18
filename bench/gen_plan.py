"""Generate plans of any size for benchmarks and tests (deterministic).

    from bench.gen_plan import gen_plan
    plan = gen_plan(n_tasks=1000)

The plan looks like a district PAPI plan: header, opening paragraphs,
I./II./III. with khoản, điểm, "-" and "+" items (some inline bold and
italic), a TM./KT. signer, a Nơi nhận list and one 8-column appendix with
a "Phân công trách nhiệm" group over the lead/support columns, group rows
every ten tasks and a few continuation rows.
"""
from __future__ import annotations

import os
import random
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

from core.model import Appendix, Column, Meta, Paragraph, Plan, Recipient, Row, Run, Section, Signer  # noqa: E402

WORDS = ("tăng cường công tác thông tin tuyên truyền phổ biến pháp luật cho đội ngũ cán bộ công chức "
         "và nhân dân nâng cao hiệu quả quản trị hành chính công cấp huyện thực hiện đầy đủ các nội dung "
         "kiểm tra giám sát việc thực thi chính sách công khai minh bạch thu chi ngân sách xã thị trấn "
         "đảm bảo sự đồng thuận của người dân trên địa bàn quản lý").split()
AGENCIES = ["Phòng Nội vụ", "Phòng Tư pháp", "Thanh tra huyện", "Phòng Tài chính - Kế hoạch",
            "Phòng Văn hóa và Thông tin", "Phòng Tài nguyên và Môi trường", "UBND các xã, thị trấn",
            "Văn phòng HĐND và UBND huyện"]


def _sentence(rng: random.Random, n: int) -> str:
    s = " ".join(rng.choice(WORDS) for _ in range(n))
    return s[0].upper() + s[1:] + "."


def _p(text: str, kind: str = "text") -> Paragraph:
    return Paragraph([Run(text)], kind)


def gen_plan(n_tasks: int = 30, seed: int = 1, n_khoan: int = 3, wide: bool = True) -> Plan:
    rng = random.Random(seed)
    meta = Meta(parent_agency="UBND TỈNH HÀ GIANG", agency="ỦY BAN NHÂN DÂN\nHUYỆN VỊ XUYÊN",
                agency_abbr="UBND", agency_full="Ủy ban nhân dân huyện Vị Xuyên", number="5",
                place="Vị Xuyên", issue_date="2021-02-03",
                title="Cải thiện và nâng cao Chỉ số hiệu quả quản trị và hành chính công (PAPI)\n"
                      "trên địa bàn huyện Vị Xuyên năm 2021",
                period="2021",
                preamble=[Paragraph([Run("Thực hiện Kế hoạch số 163/KH-UBND ngày 24/5/2021 của UBND tỉnh; "),
                                     Run("căn cứ tình hình thực tế", italic=True),
                                     Run(", UBND huyện ban hành Kế hoạch như sau:")])])
    plan = Plan(meta=meta)

    def sec(kind, title, body=(), children=(), tail=()):
        s = Section(kind=kind, title=[Run(title)] if title else [], body=list(body), tail=list(tail))
        for c in children:
            c.parent_id = s.id
            s.children.append(c)
        return s

    muc1 = sec("muc", "Mục đích, yêu cầu", children=[
        sec("khoan", "Mục đích", [_p(_sentence(rng, 30), "dash"), _p(_sentence(rng, 25), "dash")]),
        sec("khoan", "Yêu cầu", [_p(_sentence(rng, 28), "dash")]),
    ])
    khoans = []
    for k in range(n_khoan):
        diems = [sec("diem", f"Nội dung thành phần {d + 1}",
                     [_p(_sentence(rng, 35), "dash"), _p(_sentence(rng, 20), "plus")]) for d in range(3)]
        body = [Paragraph([Run("Nhiệm vụ trọng tâm: ", bold=True), Run(_sentence(rng, 30))])]
        khoans.append(sec("khoan", f"Chỉ số nội dung {k + 1}", body, diems))
    muc2 = sec("muc", "Nhiệm vụ, giải pháp", children=khoans)
    muc3 = sec("muc", "Tổ chức thực hiện", children=[
        sec("khoan", "", [_p("Các cơ quan, đơn vị căn cứ Kế hoạch này xây dựng kế hoạch cụ thể.")]),
        sec("khoan", "", [_p("Phòng Nội vụ theo dõi, tổng hợp, báo cáo kết quả thực hiện.")]),
    ], tail=[_p("Ủy ban nhân dân huyện yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện.")])
    plan.sections = [muc1, muc2, muc3]
    plan.signers = [Signer(prefix="TM.", collective="Ủy ban nhân dân", lines=["Chủ tịch"], name="Hoàng Thanh Tịnh")]
    plan.signers[0].prefix = "TM."
    plan.signers[0].lines = ["KT. Chủ tịch", "Phó Chủ tịch"]
    plan.recipients = [Recipient(text=t) for t in
                       ("UBND tỉnh", "Sở Nội vụ", "Thường trực Huyện ủy", "Thường trực HĐND huyện",
                        "Các cơ quan, đơn vị huyện", "UBND các xã, thị trấn", "Lưu: VT")]
    if n_tasks:
        cols = [Column(key="tt", title="TT"),
                Column(key="index", title="Chỉ số nội dung/Tiêu chí thành phần"),
                Column(key="task", title="Nhiệm vụ trọng tâm"),
                Column(key="target", title="Chỉ tiêu"),
                Column(key="lead", title="Chủ trì", group="Phân công trách nhiệm"),
                Column(key="support", title="Phối hợp", group="Phân công trách nhiệm"),
                Column(key="deadline", title="Thời gian thực hiện")]
        if not wide:
            cols = [c for c in cols if c.key in ("tt", "task", "lead", "deadline")]
        app = Appendix(title="Nhiệm vụ cải thiện, nâng cao chỉ số PAPI", columns=cols)
        by = {c.key: c.id for c in cols}
        rows = []
        for i in range(n_tasks):
            if i % 10 == 0:
                g = Row(kind="group")
                g.cells[by["task"]] = f"Chỉ số nội dung {i // 10 + 1}"
                rows.append(g)
            r = Row(kind="task", continues=(i % 10 == 5))
            cells = {"index": "" if r.continues else f"Tiêu chí {i + 1}",
                     "task": _sentence(rng, rng.randint(12, 45)),
                     "target": "100% các xã, thị trấn",
                     "lead": rng.choice(AGENCIES),
                     "support": rng.choice(AGENCIES) + "\n" + rng.choice(AGENCIES),
                     "deadline": rng.choice(("Thường xuyên", "Quý III/2021", "Trước 15/6/2021"))}
            for k, v in cells.items():
                if k in by:
                    r.cells[by[k]] = v
            rows.append(r)
        app.rows = rows
        plan.appendices = [app]
    return plan


def rows_for(n_rows: int) -> int:
    """The n_tasks that gives *n_rows* table rows (a group row every ten tasks)."""
    n = n_rows * 10 // 11
    while n + -(-n // 10) < n_rows:
        n += 1
    return n


def crafted_rows_file(path: str, n_rows: int, seed_tasks: int = 30) -> None:
    """A hostile file: a small plan whose appendix is then given *n_rows* rows
    by direct SQL (the program itself refuses to write more than
    core.limits.MAX_ROWS).  One INSERT … SELECT over a recursive CTE: a
    million rows in a few seconds."""
    import sqlite3

    from core.store.planfile import save_plan
    save_plan(gen_plan(seed_tasks), path, overwrite=True)
    c = sqlite3.connect(path)
    try:
        have = c.execute("SELECT count(*) FROM appendix_row").fetchone()[0]
        c.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                  "INSERT INTO appendix_row(id, appendix_id, pos, kind, level, continues, cells, lead, support, "
                  "status, flag, label, created, modified, rev, hash) "
                  "SELECT printf('crafted-%08d', i), (SELECT id FROM appendix LIMIT 1), 1000 + i, 'task', 0, 0, "
                  "'{\"x\":\"Nhiệm vụ ' || i || '\"}', '[]', '[]', '{}', '', '', '2026-01-01T00:00:00', "
                  "'2026-01-01T00:00:00', 1, '' FROM n", (max(0, n_rows - have),))
        c.commit()
    finally:
        c.close()


def big_plan(n: int) -> Plan:
    """A plan whose one appendix has *n* task rows (plus a group row every ten)."""
    return gen_plan(n_tasks=n)


def main(argv=None) -> int:
    import argparse
    import tempfile

    from core.store.planfile import save_plan
    ap = argparse.ArgumentParser(prog="python -m bench.gen_plan",
                                 description="Write a generated plan (PAPI-like, deterministic) to a .sqlite file.")
    ap.add_argument("tasks", nargs="?", type=int, default=1000, help="number of task rows (default 1000)")
    ap.add_argument("out", nargs="?", help="the file to write (default: plan-N.sqlite in the temporary folder)")
    a = ap.parse_args(argv)
    if a.tasks < 0:
        ap.error("tasks must be 0 or more")
    out = a.out or os.path.join(tempfile.gettempdir(), f"plan-{a.tasks}.sqlite")
    save_plan(gen_plan(a.tasks), out)
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
