"""The main window's actions, menu bar and toolbar: ``build_actions(win)`` makes ``win.a_new`` … ``win.a_about``
with their keys (each key once: see the notes on Ctrl+Shift+W/P/X, F8 and Ctrl+Delete), ``build_menus(win)``
lays them out. The slots are the window's methods; the other modules add their own actions and menu entries
(``MainWindow.install_modules``)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence

from .work import has_module


def act(win, text, slot, shortcut=None, tip=None) -> QAction:
    """An action of the window: its keys, its status tip, *slot* run through ``win.guard``."""
    a = QAction(text, win)
    if shortcut:
        if isinstance(shortcut, (list, tuple)):
            a.setShortcuts([QKeySequence(s) for s in shortcut])
        else:
            a.setShortcut(QKeySequence(shortcut))
    if tip:
        a.setStatusTip(tip)
    a.triggered.connect(lambda *_: win.guard(slot))
    win.addAction(a)
    return a


def build_actions(win) -> None:
    """The window's own actions (File, Edit, Structure, Table, View, Help) as ``win.a_…``."""
    win.a_new = act(win, win.tr("&Mới từ mẫu…"), win.new_plan, QKeySequence.New)
    win.a_open = act(win, win.tr("&Mở…"), win.open_dialog, QKeySequence.Open)
    win.a_save = act(
        win,
        win.tr("&Lưu"),
        win.save,
        QKeySequence.Save,
        win.tr("Mọi chỉnh sửa đã được lưu ngay khi gõ; Ctrl+S ghi bản làm việc về ổ USB (nếu có)."),
    )
    win.a_copy = act(win, win.tr("Lưu &bản sao thành…"), win.save_copy, "Ctrl+Shift+S")
    win.a_restore = act(
        win,
        win.tr("&Khôi phục từ bản sao lưu…"),
        win.restore_backup,
        None,
        win.tr("Đưa kế hoạch về nội dung của một bản sao lưu tự động; nội dung hiện tại được sao lưu trước."),
    )
    # Not Ctrl+E / Ctrl+L / Ctrl+Shift+E: in Word they centre and left-align a paragraph and turn on
    # track changes, and a clerk pressing them here got a save dialog or the calendar. W/P/X for
    # Word/PDF/Excel with Ctrl+Shift (Word's rarely used underline-words, font-size, —); F8 / Shift+F8
    # for the calendar and the agenda (Word's "extend selection", which no clerk uses).
    win.a_docx = act(win, win.tr("Xuất &Word (.docx)…"), lambda: win.export("docx"), "Ctrl+Shift+W")
    win.a_pdf = act(win, win.tr("Xuất &PDF…"), lambda: win.export("pdf"), "Ctrl+Shift+P")
    win.a_xlsx = act(
        win,
        win.tr("Xuất &Excel (bảng phụ lục)…"),
        lambda: win.export("xlsx"),
        "Ctrl+Shift+X",
        win.tr("Mỗi phụ lục thành một trang tính Excel, sẵn để in."),
    )
    win.a_import = act(win, win.tr("&Nhập từ Word (.docx)…"), lambda: win.import_docx(), "Ctrl+Shift+I")
    win.a_check_docx = act(
        win,
        win.tr("Kiểm tra t&hể thức văn bản Word…"),
        win.check_docx_format,
        None,
        win.tr("Kiểm tra một văn bản Word bất kỳ theo Nghị định 30/2020 và ghi bản đã sửa."),
    )
    win.a_merge = act(win, win.tr("&Gộp với bản của nơi khác…"), win.merge)
    win.a_conflicts = act(
        win,
        win.tr("&Xung đột gộp còn chờ xử lý…"),
        win.pending_conflicts,
        None,
        win.tr("Các xung đột để lại (“Để sau”) từ lần gộp trước: chọn bản nào giữ."),
    )
    win.a_quit = act(win, win.tr("&Thoát"), win.close, QKeySequence.Quit)
    win.a_undo = act(win, win.tr("&Hoàn tác"), win.undo, QKeySequence.Undo)
    # each key once: QKeySequence.Redo is already Ctrl+Y on some platforms, and an action holding
    # the same key twice is "ambiguous" to Qt and never fires
    win.a_redo = act(win, win.tr("&Làm lại"), win.redo, ["Ctrl+Y", "Ctrl+Shift+Z"])
    win.a_add = act(win, win.tr("Thêm mục/dòng &cùng cấp"), win.add_sibling, "Ctrl+Return")
    win.a_add_child = act(win, win.tr("Thêm mục &con / dòng nhóm"), win.add_child, "Ctrl+Shift+Return")
    win.a_delete = act(win, win.tr("&Xóa"), win.delete, "Ctrl+Delete")
    # Ctrl+Delete deletes the next word in a text field (as in Word): the shortcut only acts
    # when the tree or the table itself has the focus (see _build_pages), never from a field
    win.a_delete.setShortcutContext(Qt.WidgetShortcut)
    win.tree.addAction(win.a_delete)
    # in the tree only, as in a file manager: Delete deletes the node (asking first for a
    # section with sub-sections or an appendix), F2 goes to its title to rename it
    tree_keys = []
    for key, slot in ((QKeySequence.Delete, win.delete), ("F2", win.rename_current)):
        a = QAction(win)
        a.setShortcut(QKeySequence(key))
        a.setShortcutContext(Qt.WidgetShortcut)
        a.triggered.connect(lambda *_, s=slot: win.guard(s))
        win.tree.addAction(a)
        tree_keys.append(a)
    win.a_tree_delete, win.a_rename = tree_keys
    win.a_indent = act(win, win.tr("Lùi &vào một cấp"), lambda: win.structure("indent"), "Alt+Right")
    win.a_outdent = act(win, win.tr("Lùi &ra một cấp"), lambda: win.structure("outdent"), "Alt+Left")
    win.a_up = act(win, win.tr("Chuyển &lên"), lambda: win.structure("up"), "Alt+Up")
    win.a_down = act(win, win.tr("Chuyển &xuống"), lambda: win.structure("down"), "Alt+Down")
    win.a_group = act(win, win.tr("Đổi dòng &nhóm ↔ nhiệm vụ"), win.toggle_group, "Ctrl+G")
    win.a_add_col = act(win, win.tr("Thêm &cột…"), lambda: win._appendix().add_column(), None)
    win.a_add_app = act(win, win.tr("Thêm &phụ lục"), win.add_appendix, None)
    win.a_calendar = act(win, win.tr("&Lịch hạn công việc"), lambda: win.show_view("calendar"), "F8")
    win.a_agenda = act(win, win.tr("Việc sắp đến &hạn"), lambda: win.show_view("agenda"), "Shift+F8")
    # F6 as in Word: from the tree to the editor shown and back, without the mouse
    win.a_switch = act(win, win.tr("&Chuyển giữa cây mục và nội dung"), win.switch_pane, "F6")
    win.a_zoom_in = act(win, win.tr("&Phóng to chữ"), lambda: win.zoom.set(win.zoom.percent + 10), ["Ctrl+=", "Ctrl++"])
    win.a_zoom_out = act(win, win.tr("&Thu nhỏ chữ"), lambda: win.zoom.set(win.zoom.percent - 10), "Ctrl+-")
    win.a_zoom_reset = act(win, win.tr("Cỡ chữ &mặc định (100%)"), lambda: win.zoom.set(100), "Ctrl+0")
    win.a_notes = win.notes_dock.toggleViewAction()
    win.a_notes.setText(win.tr("&Ghi chú của kế hoạch"))
    win.a_notes.setStatusTip(win.tr("Các thông báo dài (lưu ý khi xuất, khi mở tệp nén…) của kế hoạch đang mở."))
    win.a_deadline = act(
        win,
        win.tr("&Thời hạn…"),
        win.edit_deadline,
        "Ctrl+T",
        win.tr("Cách hiểu thời hạn của dòng đang chọn; ghi ngày sự kiện; đánh dấu đã hoàn thành."),
    )
    win.a_about = act(win, win.tr("&Giới thiệu"), win.about)
    for a in (win.a_docx, win.a_pdf):
        a.setEnabled(has_module("core.export.docx" if a is win.a_docx else "core.export.pdf"))
    win.a_xlsx.setEnabled(has_module("core.export.xlsx") and has_module("openpyxl"))
    win.a_import.setEnabled(has_module("core.importers.docx"))
    win.a_check_docx.setEnabled(has_module("core.checker"))
    win.a_merge.setEnabled(has_module("gui.dialogs.merge_dialog"))
    win.a_calendar.setEnabled(has_module("gui.calendar.view"))
    win.a_agenda.setEnabled(has_module("gui.calendar.view"))
    win.a_deadline.setEnabled(has_module("gui.calendar.view"))


def build_menus(win) -> None:
    """The menu bar and the toolbar over those actions (the other modules add theirs: install_modules)."""
    mb = win.menuBar()
    m = mb.addMenu(win.tr("&Tệp"))
    m.addAction(win.a_new)
    m.addAction(win.a_open)
    win.recent_menu = m.addMenu(win.tr("Mở &gần đây"))
    win.recent_menu.aboutToShow.connect(win._fill_recent)
    m.addSeparator()
    m.addAction(win.a_save)
    m.addAction(win.a_copy)
    m.addAction(win.a_restore)
    m.addSeparator()
    m.addAction(win.a_docx)
    m.addAction(win.a_pdf)
    m.addAction(win.a_xlsx)
    m.addAction(win.a_import)
    m.addAction(win.a_check_docx)
    m.addAction(win.a_merge)
    m.addAction(win.a_conflicts)
    m.addSeparator()
    m.addAction(win.a_quit)
    m = mb.addMenu(win.tr("&Sửa"))
    m.addAction(win.a_undo)
    m.addAction(win.a_redo)
    m = mb.addMenu(win.tr("&Cấu trúc"))
    for a in (
        win.a_add,
        win.a_add_child,
        win.a_delete,
        None,
        win.a_indent,
        win.a_outdent,
        win.a_up,
        win.a_down,
        None,
        win.a_add_app,
    ):
        m.addSeparator() if a is None else m.addAction(a)
    m = mb.addMenu(win.tr("&Bảng"))
    m.addAction(win.a_group)
    m.addAction(win.a_add_col)
    m.addSeparator()
    m.addAction(win.a_deadline)
    m = mb.addMenu(win.tr("&Xem"))
    m.addAction(win.a_calendar)
    m.addAction(win.a_agenda)
    m.addSeparator()
    m.addAction(win.a_zoom_in)
    m.addAction(win.a_zoom_out)
    m.addAction(win.a_zoom_reset)
    m.addSeparator()
    m.addAction(win.a_switch)
    m.addAction(win.a_notes)
    m = mb.addMenu(win.tr("Trợ &giúp"))
    m.addAction(win.a_about)
    tb = win.addToolBar(win.tr("Công cụ"))
    tb.setObjectName("main-toolbar")
    tb.setIconSize(QSize(16, 16))
    tb.setToolButtonStyle(Qt.ToolButtonTextOnly)
    for a, label in (
        (win.a_new, win.tr("Mới")),
        (win.a_open, win.tr("Mở")),
        (win.a_save, win.tr("Lưu")),
        (None, None),
        (win.a_undo, win.tr("Hoàn tác")),
        (win.a_redo, win.tr("Làm lại")),
        (None, None),
        (win.a_add, win.tr("+ Cùng cấp")),
        (win.a_add_child, win.tr("+ Cấp con")),
        (win.a_delete, win.tr("Xóa")),
        (win.a_outdent, "◀"),
        (win.a_indent, "▶"),
        (win.a_up, "▲"),
        (win.a_down, "▼"),
        (None, None),
        (win.a_docx, "Word"),
        (win.a_pdf, "PDF"),
        (win.a_calendar, win.tr("Lịch")),
    ):
        if a is None:
            tb.addSeparator()
            continue
        if label:
            # the button's short word is the action's icon text (kept when the menu text changes,
            # e.g. "Hoàn tác: Di chuyển mục"); the tooltip gives the whole text and the keys
            a.setIconText(label)
            a.setToolTip(
                a.text().replace("&", "")
                + (f" ({a.shortcut().toString(QKeySequence.NativeText)})" if not a.shortcut().isEmpty() else "")
            )
        tb.addAction(a)
