"""The Structure and Table menus' commands: add a sibling or a child, delete, indent, outdent, move up or down,
group ↔ task, F6 — on the plan tree, or on the appendix table when it is shown and the tree does not have the
focus. Each change is a Document edit (one undo step); a large deletion asks first. Functions over the
window (``win``), which keeps thin methods of the same names for its actions."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget


def table_active(win) -> bool:
    p = win.pages.get("appendix")
    if p is None or win.stack.currentWidget() is not p:
        return False
    fw = QApplication.focusWidget()
    return fw is not None and (fw is p.table or p.table.isAncestorOf(fw)) or not win.tree.hasFocus()


def add_sibling(win):
    win.flush_editor()
    if table_active(win):
        return win.pages["appendix"].insert_row("task")
    kind, rid = win.current_node()
    plan = win.doc.plan
    if kind == "section":
        s = plan.find_section(rid)
        sib = plan.siblings_of(s)
        sec = win.doc.add_section(s.parent_id, sib.index(s) + 1)
        win.select("section", sec.id)
        win.pages["section"].title.setFocus()
    elif kind == "header":
        sec = win.doc.add_section(None, 0)
        win.select("section", sec.id)
    elif kind in ("signer", "signers"):
        s = win.doc.add_signer()
        win.select("signer", s.id)
    elif kind == "appendix":
        add_appendix(win)


def add_child(win):
    win.flush_editor()
    if table_active(win):
        return win.pages["appendix"].insert_row("group")
    kind, rid = win.current_node()
    if kind == "section":
        sec = win.doc.add_section(rid)
        win.select("section", sec.id)
        win.pages["section"].title.setFocus()
    elif kind in ("signer", "signers"):
        s = win.doc.add_signer()
        win.select("signer", s.id)


def add_appendix(win):
    a = win.doc.add_appendix()
    win.select("appendix", a.id)


def delete(win):
    win.flush_editor()
    undo = win.tr("Ctrl+Z để hoàn tác.")
    if table_active(win):
        n = len(win.pages["appendix"].selected_rows())
        win.pages["appendix"].delete_rows()
        if n:
            win.statusBar().showMessage(win.tr("Đã xóa %1 dòng — %2").replace("%1", str(n)).replace("%2", undo),
                                         8000)
        return
    kind, rid = win.current_node()
    plan = win.doc.plan
    if kind == "section":
        s = plan.find_section(rid)
        name = f"{plan.section_numbers().get(rid, '')} {s.title_text}".strip() or win.tr("(mục không tiêu đề)")
        kids = sum(1 for _ in s.walk()) - 1
        if kids and not win.confirm(win.tr("Xóa mục “%1” cùng %2 mục con của nó?").replace("%1", name)
                                     .replace("%2", str(kids)) + "\n\n" + undo):
            return
        win.doc.delete_section(rid)
        text = (win.tr("Đã xóa mục “%1” và %2 mục con — %3") if kids else win.tr("Đã xóa mục “%1” — %3"))
        text = text.replace("%1", name).replace("%2", str(kids)).replace("%3", undo)
    elif kind == "signer":
        win.doc.delete_signer(rid)
        text = win.tr("Đã xóa khối chữ ký — %1").replace("%1", undo)
    elif kind == "appendix":
        i = next(k for k, a in enumerate(plan.appendices) if a.id == rid)
        label, rows = plan.appendix_label(i), len(plan.appendices[i].rows)
        if rows and not win.confirm(win.tr("Xóa cả %1 (%2 dòng)?").replace("%1", label).replace("%2", str(rows))
                                     + "\n\n" + undo):
            return
        win.doc.delete_appendix(rid)
        text = win.tr("Đã xóa %1 (%2 dòng) — %3").replace("%1", label).replace("%2", str(rows)).replace("%3", undo)
    else:
        return
    win.statusBar().showMessage(text, 10000)


def structure(win, op: str):
    win.flush_editor()
    if table_active(win):
        ed = win.pages["appendix"]
        return {"indent": lambda: ed.change_level(1), "outdent": lambda: ed.change_level(-1),
                "up": lambda: ed.move(-1), "down": lambda: ed.move(1)}[op]()
    kind, rid = win.current_node()
    d = win.doc
    if kind == "section":
        {"indent": d.indent_section, "outdent": d.outdent_section,
         "up": lambda s: d.move_section_by(s, -1), "down": lambda s: d.move_section_by(s, 1)}[op](rid)
    elif kind == "signer" and op in ("up", "down"):
        d.move_signer(rid, -1 if op == "up" else 1)
    elif kind == "appendix" and op in ("up", "down"):
        d.move_appendix(rid, -1 if op == "up" else 1)


def switch_pane(win):
    """F6: the focus goes from the tree to the editor shown (its first field), and back."""
    if win.tree.hasFocus() or win.tree.isAncestorOf(QApplication.focusWidget() or win.tree):
        page = win.stack.currentWidget()
        target = page.table if page is win.pages.get("appendix") else next(
            (w for w in page.findChildren(QWidget) if w.focusPolicy() & Qt.TabFocus and w.isEnabled()
             and w.isVisible()), None) if page is not None else None
        if target is not None:
            target.setFocus(Qt.ShortcutFocusReason)
    else:
        win.tree.setFocus(Qt.ShortcutFocusReason)


def toggle_group(win):
    if win.stack.currentWidget() is win.pages.get("appendix"):
        win.pages["appendix"].toggle_group()
