"""``main.py next-year PLAN.sqlite OUT.sqlite [--years N] [--force]``."""
from __future__ import annotations

from ..errors import PlanError
from .common import load_plan_readonly, parser


def cmd_next_year(args: list[str], lang: str) -> int:
    from ..fileio import guard_output
    from ..rollover import next_plan
    from ..store.planfile import save_plan
    p = parser("next-year", "Lập kế hoạch năm sau từ một kế hoạch / next year's plan from a plan")
    p.add_argument("--years", type=int, default=0,
                   help="lùi bao nhiêu năm (mặc định: độ dài thời kỳ kế hoạch) / years to move on "
                        "(default: the length of the plan's period)")
    p.add_argument("--force", action="store_true", help="ghi đè tệp đích / overwrite OUT")
    p.add_argument("file")
    p.add_argument("out")
    a = p.parse_args(args)
    guard_output(a.out, "sqlite", sources=[a.file], force=a.force)   # never the old plan, nor a plan open in a window
    if a.years < 0 or a.years > 50:
        raise PlanError("--years phải từ 1 đến 50.", "--years must be between 1 and 50.")
    new, report = next_plan(load_plan_readonly(a.file), a.years or None, lang)
    save_plan(new, a.out, overwrite=a.force)
    print("\n".join(report))
    print(("Written " if lang == "en" else "Đã ghi ") + a.out)
    return 0
