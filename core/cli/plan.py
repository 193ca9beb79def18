"""``main.py new``, ``dump`` and ``check-file``: a plan file made, printed, checked."""
from __future__ import annotations

from .common import load_plan_readonly, out_json, parser


def cmd_new(args: list[str], lang: str) -> int:
    from ..store.planfile import save_plan
    from ..templates import TEMPLATE_NAMES, plan_from_template
    p = parser("new", "Tạo tệp kế hoạch mới từ mẫu / create a new plan file from a template")
    p.add_argument("--template", default="blank", choices=TEMPLATE_NAMES)
    p.add_argument("--agency", default="", help="cơ quan ban hành / issuing agency")
    p.add_argument("--year", default="", help="năm hoặc giai đoạn, ví dụ 2026 hoặc 2026-2030")
    p.add_argument("--place", default="")
    p.add_argument("out")
    a = p.parse_args(args)
    plan = plan_from_template(a.template, agency=a.agency, year=a.year, place=a.place)
    save_plan(plan, a.out)
    print(("Created " if lang == "en" else "Đã tạo ") + a.out)
    return 0


def cmd_dump(args: list[str], lang: str) -> int:
    from ..dump import dump
    p = parser("dump", "In toàn bộ kế hoạch dưới dạng JSON / print the whole plan as JSON")
    p.add_argument("--ids", action="store_true", help="kèm mã định danh / include record ids")
    p.add_argument("file")
    a = p.parse_args(args)
    out_json(dump(load_plan_readonly(a.file), ids=a.ids))
    return 0


def cmd_check_file(args: list[str], lang: str) -> int:
    from ..store.safe_open import validate
    p = parser("check-file", "Kiểm tra một tệp kế hoạch / validate a plan file")
    p.add_argument("file")
    a = p.parse_args(args)
    info = validate(a.file)
    plan = load_plan_readonly(a.file, validated=True)
    n_rows = sum(len(x.rows) for x in plan.appendices)
    n_secs = sum(1 for _ in plan.walk())
    if lang == "en":
        print(f"OK: {a.file} is a valid plan file (format {info.version}"
              f"{', WAL mode: will be converted on opening' if info.wal else ''}); "
              f"{n_secs} sections, {len(plan.appendices)} appendices, {n_rows} table rows.")
    else:
        print(f"Tốt: {a.file} là tệp kế hoạch hợp lệ (định dạng {info.version}"
              f"{', chế độ WAL: sẽ được chuyển khi mở' if info.wal else ''}); "
              f"{n_secs} mục, {len(plan.appendices)} phụ lục, {n_rows} dòng bảng.")
    return 0
