"""``main.py merge MINE.sqlite THEIRS.sqlite --out MERGED.sqlite [--overwrite] [--json]``."""
from __future__ import annotations

from .common import out_json, parser


def cmd_merge(args: list[str], lang: str) -> int:
    from ..fileio import guard_output
    from ..merge import merge_files, report_lines
    from ..sharing import received_path
    p = parser("merge", "Gộp hai bản sao của một kế hoạch / merge two copies of a plan")
    p.add_argument("mine", help="bản của mình / my copy")
    p.add_argument("theirs", help="bản nhận về / the copy received")
    p.add_argument("--out", required=True, help="tệp kết quả / output file")
    p.add_argument("--overwrite", action="store_true", help="ghi đè tệp kết quả nếu đã có")
    p.add_argument("--json", action="store_true", help="in báo cáo dạng JSON")
    a = p.parse_args(args)
    guard_output(a.out, "sqlite", sources=[a.mine, a.theirs], force=a.overwrite, flag="--overwrite")
    with received_path(a.mine) as mine, received_path(a.theirs) as theirs:
        res = merge_files(mine, theirs, a.out, overwrite=a.overwrite, inputs=(a.mine, a.theirs))
    if a.json:
        out_json({"out": res.out, "report": res.report, "conflicts": res.conflicts})
    else:
        for line in report_lines(res, lang):
            print(line)
    return 0
