"""The plan outline as a QAbstractItemModel (not a QTreeWidget).

Nodes are thin: (kind, record id, children).  Kinds: 'header', 'section',
'appendix', 'signers', 'signer', 'recipients'.  The model is rebuilt from
the Plan after structural changes (a plan has tens of sections, so a reset
costs nothing); text edits only emit ``dataChanged``.  Sections can be
dragged: the drop becomes a ``Document.move_section`` undo step.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QMimeData, QModelIndex, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont

from core.model import Plan

from ..i18n import error_text

MIME = "application/x-kehoach-section"
ID_ROLE = Qt.UserRole + 1
KIND_ROLE = Qt.UserRole + 2


class Node:
    __slots__ = ("kind", "rid", "parent", "children", "row")

    def __init__(self, kind: str, rid: str | None, parent: "Node | None"):
        self.kind = kind
        self.rid = rid
        self.parent = parent
        self.children: list[Node] = []
        self.row = 0

    def add(self, node: "Node") -> "Node":
        node.row = len(self.children)
        self.children.append(node)
        return node


def _shorten(text: str, n: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


class PlanTreeModel(QAbstractItemModel):
    def __init__(self, doc, parent=None):
        super().__init__(parent)
        self.doc = doc
        self.root = Node("root", None, None)
        self.numbers: dict[str, str] = {}
        self._by_id: dict[tuple, Node] = {}
        self.rebuild()

    @property
    def plan(self) -> Plan:
        return self.doc.plan

    # ---------------------------------------------------------- building --
    def rebuild(self) -> None:
        self.beginResetModel()
        self._build()
        self.endResetModel()

    def _build(self) -> None:
        plan = self.plan
        root = Node("root", None, None)
        by_id: dict[tuple, Node] = {}

        def reg(n):
            by_id[(n.kind, n.rid)] = n
            return n
        reg(root.add(Node("header", None, root)))

        def add_sections(parent, secs):
            for s in secs:
                n = reg(parent.add(Node("section", s.id, parent)))
                add_sections(n, s.children)
        add_sections(root, plan.sections)
        for a in plan.appendices:
            reg(root.add(Node("appendix", a.id, root)))
        sg = reg(root.add(Node("signers", None, root)))
        for s in plan.signers:
            reg(sg.add(Node("signer", s.id, sg)))
        reg(root.add(Node("recipients", None, root)))
        self.root = root
        self._by_id = by_id
        self.numbers = plan.section_numbers()

    def refresh_text(self) -> None:
        """Numbers/titles may have changed but not the structure."""
        self.numbers = self.plan.section_numbers()
        self._emit_all(self.root)

    def _emit_all(self, node: Node) -> None:
        if node.children:
            first = self.createIndex(0, 0, node.children[0])
            last = self.createIndex(len(node.children) - 1, 0, node.children[-1])
            self.dataChanged.emit(first, last, [Qt.DisplayRole])
            for c in node.children:
                self._emit_all(c)

    def index_for(self, kind: str, rid: str | None = None) -> QModelIndex:
        n = self._by_id.get((kind, rid))
        if n is None:
            return QModelIndex()
        return self.createIndex(n.row, 0, n)

    def node(self, index: QModelIndex) -> Node:
        return index.internalPointer() if index.isValid() else self.root

    # ------------------------------------------------------------- model --
    def index(self, row, column, parent=QModelIndex()):
        p = self.node(parent)
        if column != 0 or not 0 <= row < len(p.children):
            return QModelIndex()
        return self.createIndex(row, 0, p.children[row])

    def parent(self, index=QModelIndex()):   # noqa: D401 (Qt API; also QObject.parent())
        if not index.isValid():
            return QModelIndex()
        n: Node = index.internalPointer()
        p = n.parent
        if p is None or p is self.root:
            return QModelIndex()
        return self.createIndex(p.row, 0, p)

    def rowCount(self, parent=QModelIndex()):   # noqa: N802
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.node(parent).children)

    def columnCount(self, parent=QModelIndex()):   # noqa: N802
        return 1

    def label(self, n: Node, full: bool = False) -> str:
        plan = self.plan
        _short = (lambda t, k=0: " ".join((t or "").split())) if full else _shorten
        if n.kind == "header":
            return self.tr("Đầu văn bản: %1").replace("%1", _short(plan.meta.title or plan.meta.doc_type, 50))
        if n.kind == "section":
            s = plan.find_section(n.rid)
            if s is None:
                return "?"
            num = self.numbers.get(s.id, "")
            text = s.title_text or (s.body[0].text if s.body else "") or self.tr("(chưa có tiêu đề)")
            return f"{num} {_short(text)}".strip()
        if n.kind == "appendix":
            i = next((k for k, a in enumerate(plan.appendices) if a.id == n.rid), 0)
            a = plan.appendices[i]
            return f"{plan.appendix_label(i)}: {_short(a.title, 60)}"
        if n.kind == "signers":
            return self.tr("Chữ ký")
        if n.kind == "signer":
            s = next((x for x in plan.signers if x.id == n.rid), None)
            if s is None:
                return "?"
            lines = s.authority_lines()
            return " / ".join(lines[:2]) + (f" — {s.name}" if s.name else "")
        if n.kind == "recipients":
            return self.tr("Nơi nhận (%1)").replace("%1", str(len(plan.recipients)))
        return ""

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        n: Node = index.internalPointer()
        if role == Qt.DisplayRole:
            return self.label(n)
        if role == Qt.ToolTipRole:   # the whole title, not the one shortened for the tree
            return self.label(n, full=True)
        if role == ID_ROLE:
            return n.rid
        if role == KIND_ROLE:
            return n.kind
        if role == Qt.FontRole:
            f = QFont()
            if n.kind in ("header", "signers", "recipients", "appendix"):
                f.setBold(True)
            elif n.kind == "section":
                s = self.plan.find_section(n.rid)
                if s is not None and s.kind in ("part", "muc"):
                    f.setBold(True)
            return f
        if role == Qt.ForegroundRole and n.kind in ("header", "signers", "recipients", "appendix"):
            return QBrush(QColor("#1f3f77"))
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemIsDropEnabled
        n: Node = index.internalPointer()
        f = Qt.ItemIsEnabled | Qt.ItemIsSelectable
        if n.kind == "section":
            f |= Qt.ItemIsDragEnabled | Qt.ItemIsDropEnabled
        return f

    # ------------------------------------------------------ drag & drop --
    def supportedDropActions(self):   # noqa: N802
        return Qt.MoveAction

    def supportedDragActions(self):   # noqa: N802
        return Qt.MoveAction

    def mimeTypes(self):   # noqa: N802
        return [MIME]

    def mimeData(self, indexes):   # noqa: N802
        ids = [i.internalPointer().rid for i in indexes if i.isValid() and i.internalPointer().kind == "section"]
        md = QMimeData()
        md.setData(MIME, "\n".join(ids[:1]).encode("utf-8"))
        return md

    def drop_target(self, row: int, parent: QModelIndex) -> tuple[str | None, int] | None:
        """(new parent section id, index among its children) for a drop, or None."""
        p = self.node(parent)
        if p is self.root:
            n_secs = len(self.plan.sections)
            if row < 0:
                return None
            return None, max(0, min(row - 1, n_secs))
        if p.kind != "section":
            return None
        sec = self.plan.find_section(p.rid)
        return p.rid, (len(sec.children) if row < 0 else row)

    def canDropMimeData(self, data, action, row, column, parent):   # noqa: N802
        if not data.hasFormat(MIME):
            return False
        return self.drop_target(row, parent) is not None

    def dropMimeData(self, data, action, row, column, parent):   # noqa: N802
        if not data.hasFormat(MIME):
            return False
        sid = bytes(data.data(MIME)).decode("utf-8").strip()
        target = self.drop_target(row, parent)
        if not sid or target is None:
            return False
        pid, idx = target
        # After the view has finished its drop handling: the move resets the model.
        QTimer.singleShot(0, lambda: self._move(sid, pid, idx))
        return False   # the view must not remove the source rows itself

    def _move(self, sid, pid, idx):
        from core.operations import OperationError
        try:
            self.doc.move_section(sid, pid, idx)
        except OperationError as e:
            self.doc.failed.emit(error_text(e))
