"""``main.py send-copy FILE.sqlite --to FOLDER [--zip] [--clean]`` and ``… --to E:/KH.sqlite --save-back``."""
from __future__ import annotations

import os

from ..errors import PlanError
from .common import parser


def cmd_send_copy(args: list[str], lang: str) -> int:
    from ..fileio import guard_output
    from ..sharing import check_same_plan, save_back, send_copy
    p = parser("send-copy", "Xuất bản sao gọn để gửi (USB, thư điện tử) / write a clean copy to send")
    p.add_argument("file", help="tệp kế hoạch / plan file")
    p.add_argument("--to", default=".", help="thư mục hoặc tên tệp nhận / destination folder or file")
    p.add_argument("--zip", action="store_true", help="nén .zip để gửi thư / zip it for email")
    p.add_argument("--clean", action="store_true",
                   help="bỏ lịch sử sửa đổi (bản cuối, không gộp lại) / drop the revision history")
    p.add_argument("--save-back", action="store_true",
                   help="ghi đè đúng tệp --to bằng backup API rồi kiểm tra lại (lưu về USB)")
    p.add_argument("--overwrite", action="store_true", help="cho phép ghi đè / allow overwriting")
    a = p.parse_args(args)
    if a.save_back:
        from ..store.planfile import PlanStore
        if os.path.isdir(a.to):
            raise PlanError("--save-back cần tên tệp đích, không phải thư mục.", "--save-back needs a file name, not a folder.")
        guard_output(a.to, "sqlite", sources=[a.file], force=True)
        if os.path.exists(a.to) and not a.overwrite:
            check_same_plan(a.file, a.to)
        store = PlanStore.open(a.file)
        try:
            save_back(store, a.to, force=True)
        finally:
            store.close()
        print(("Written and checked: " if lang == "en" else "Đã ghi và kiểm tra: ") + os.path.abspath(a.to))
        return 0
    out = send_copy(a.file, a.to, zip_it=a.zip, clean=a.clean, overwrite=a.overwrite)
    print(("Copy written: " if lang == "en" else "Đã ghi bản sao: ") + out)
    return 0
