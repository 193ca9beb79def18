"""The plan tree's state as the clerk left it: its width (kept in the settings), which nodes are collapsed, and
the selected node, kept across a rebuild of the tree after a structural change (a section added, moved,
deleted, an undo) — or, when that node is gone, its nearest neighbour."""
from __future__ import annotations

from .models.tree_model import ID_ROLE, KIND_ROLE
from .work import settings

STRUCTURAL = ("sections", "appendices", "signers", "recipients")


def tree_width() -> int:
    """The tree's width as the clerk left it last time (dragging the divider), else 380 px."""
    try:
        w = int(settings().value("tree_width", 380))
    except (TypeError, ValueError):
        w = 380
    return max(200, min(w, 900))


def save_width(win) -> None:
    w = win.split.sizes()[0] if win.split.sizes() else 0
    if w >= 200:
        settings().setValue("tree_width", w)


def collapsed(win) -> set:
    """The nodes the clerk has collapsed (new nodes open expanded)."""
    out = set()

    def walk(parent):
        for r in range(win.tree_model.rowCount(parent)):
            i = win.tree_model.index(r, 0, parent)
            if win.tree_model.rowCount(i) and not win.tree.isExpanded(i):
                out.add((i.data(KIND_ROLE), i.data(ID_ROLE)))
            walk(i)
    walk(win.tree.rootIndex())
    return out


def restore_collapsed(win, nodes: set) -> None:
    win.tree.expandAll()
    for kind, rid in nodes:
        i = win.tree_model.index_for(kind, rid)
        if i.isValid():
            win.tree.setExpanded(i, False)


def neighbour(win, parent, row):
    """Where the selection goes when its node is gone (deleted, an add undone): the
    node now at its place, else the one before it, else its parent — not the top of
    the plan, which lost the clerk's place in a long plan."""
    m = win.tree_model
    pidx = m.index_for(*parent) if parent else win.tree.rootIndex()
    if parent and not pidx.isValid():
        return m.index_for("header")
    n = m.rowCount(pidx)
    if n:
        return m.index(min(max(row, 0), n - 1), 0, pidx)
    return pidx if pidx.isValid() else m.index_for("header")


def rebuild(win) -> None:
    """Rebuild the tree after a structural change, keeping the collapsed nodes and the selection
    (without reloading the editor shown: the selection signals are held while it is put back)."""
    kind, rid = win.current_node()
    cur = win.tree.currentIndex()
    par = cur.parent()
    where = ((par.data(KIND_ROLE), par.data(ID_ROLE)) if par.isValid() else None, cur.row())
    nodes = collapsed(win)
    win.tree.selectionModel().blockSignals(True)
    win.tree_model.rebuild()
    restore_collapsed(win, nodes)
    idx = win.tree_model.index_for(kind, rid) if kind else None
    win.tree.selectionModel().blockSignals(False)
    if idx is not None and idx.isValid():
        win.tree.selectionModel().blockSignals(True)
        win.tree.setCurrentIndex(idx)
        win.tree.selectionModel().blockSignals(False)
    else:
        win.tree.setCurrentIndex(neighbour(win, *where) if cur.isValid() else win.tree_model.index_for("header"))
        win.tree.scrollTo(win.tree.currentIndex())
