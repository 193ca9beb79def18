"""The Edit menu's words for each edit ("Hoàn tác: Di chuyển mục"): (Vietnamese, English).
"""
from __future__ import annotations

# Edit-menu labels: (Vietnamese, English)
L_ADD_SECTION = ("Thêm mục", "Add section")
L_DELETE_SECTION = ("Xóa mục", "Delete section")
L_MOVE_SECTION = ("Di chuyển mục", "Move section")
L_INDENT = ("Lùi mục vào", "Indent section")
L_OUTDENT = ("Đưa mục ra", "Outdent section")
L_SECTION_TEXT = ("Sửa nội dung mục", "Edit section")
L_META = ("Sửa phần đầu văn bản", "Edit document header")
L_ADD_SIGNER = ("Thêm người ký", "Add signer")
L_DELETE_SIGNER = ("Xóa người ký", "Delete signer")
L_MOVE_SIGNER = ("Di chuyển người ký", "Move signer")
L_SIGNER = ("Sửa người ký", "Edit signer")
L_RECIPIENTS = ("Sửa Nơi nhận", "Edit recipients")
L_ADD_APPENDIX = ("Thêm phụ lục", "Add appendix")
L_DELETE_APPENDIX = ("Xóa phụ lục", "Delete appendix")
L_MOVE_APPENDIX = ("Di chuyển phụ lục", "Move appendix")
L_APPENDIX = ("Sửa phụ lục", "Edit appendix")
L_CELL = ("Sửa ô", "Edit cell")
L_ADD_ROWS = ("Thêm dòng", "Add row")
L_PASTE = ("Dán từ Excel", "Paste from Excel")
L_DELETE_ROWS = ("Xóa dòng", "Delete rows")
L_MOVE_ROWS = ("Di chuyển dòng", "Move rows")
L_ROW_KIND = ("Đổi loại dòng", "Change row type")
L_ADD_COLUMN = ("Thêm cột", "Add column")
L_DELETE_COLUMN = ("Xóa cột", "Delete column")
L_RENAME_COLUMN = ("Đổi tên cột", "Rename column")
L_COLUMN_WIDTHS = ("Đổi độ rộng cột", "Change column width")
L_MOVE_COLUMN = ("Di chuyển cột", "Move column")
L_DEADLINE = ("Sửa thời hạn", "Edit deadline")
L_RESTORE = ("Khôi phục từ bản sao lưu", "Restore from backup")
L_TONE_STYLE = ("Thống nhất cách đặt dấu thanh", "Use one tone-mark placement")
L_REPLACE = ("Thay thế", "Replace")


L_RESOLVE = ("Giải quyết xung đột", "Resolve merge conflict")


# ---------------------------------------------------------------- progress --
L_PROGRESS = ("Cập nhật tiến độ", "Update progress")
L_IMPORT_PROGRESS = ("Nhập phiếu tiến độ", "Import progress forms")


L_REPORT_TEXT = ("Sửa nội dung báo cáo", "Edit the report's text")
L_REPORT_CUTOFF = ("Đổi ngày chốt số liệu báo cáo", "Change the report's cut-off day")
