"""Excel's fill handle on the appendix table (a part of :class:`gui.editors.appendix_view.AppendixTable`).

A small square in the selection colour sits on the bottom-right corner of the selection when the
selection is one rectangle on the screen (none for several areas, as in Excel, nor while a cell is being
edited). Over it the mouse becomes a cross; dragging it down (right) over more rows (columns) outlines
the target range with a dashed line, and releasing copies the selection into the added rows (columns):
the values as they are, never a series — :func:`core.paste.extend_changes` decides, the editor runs it
as one undo step (:meth:`gui.editors.appendix.AppendixEditor.fill_by_handle`). The direction is the one
the mouse went further past the selection's edge, as in Excel. Dragging up or left, or back inside the
selection, shows no target and releasing there does nothing (Excel would clear cells there; we chose not
to erase anything with a mouse gesture — Delete does that). Esc during the drag cancels it. In a sorted or
filtered view the rows are the screen's: rows a filter hides are neither copied nor written.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QAbstractItemView

HANDLE = 9          # px: the square's side, with its white ring (Excel's is about as big)
GRAB = 3            # px around it that still catch the mouse
CANCELLED = "cancelled"


class FillHandle:
    """The fill handle's state, drawing and mouse handling; mixed into the table view before QTableView."""

    def _fill_init(self) -> None:
        self._fill_src = None           # the selection as a rectangle (cached), see fill_source
        self._fill_src_ok = False
        self._fill_drag = None          # while dragging: a dict (see mousePressEvent), or CANCELLED after Esc
        self._fill_cursor = False
        self._fill_last = QPoint()
        self._fill_scroll = QTimer(self)
        self._fill_scroll.setInterval(60)
        self._fill_scroll.timeout.connect(self._fill_autoscroll)
        self.viewport().setMouseTracking(True)      # the cross cursor over the handle

    # ------------------------------------------------------ the selection --
    def setModel(self, model):   # noqa: N802 (Qt API)
        super().setModel(model)
        sm = self.selectionModel()
        if sm is not None:
            sm.selectionChanged.connect(self.fill_changed)
        if model is not None:
            for sig in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.rowsMoved,
                        model.layoutChanged, model.columnsInserted, model.columnsRemoved, model.columnsMoved):
                sig.connect(self.fill_changed)
        self.fill_changed()

    def fill_changed(self, *_) -> None:
        """The selection, the rows or the screen's order/filter changed: the handle moves."""
        self._fill_src_ok = False
        self.viewport().update()

    def fill_source(self):
        """The selection as one rectangle on the screen: (the rows shown, in the screen's order; first
        column; last column) — or None: nothing selected, or several areas (no handle, as in Excel)."""
        if not self._fill_src_ok:
            self._fill_src = self._compute_fill_source()
            self._fill_src_ok = True
        return self._fill_src

    def _compute_fill_source(self):
        m, sm = self.model(), self.selectionModel()
        if m is None or sm is None:
            return None
        ranges = [(rg.top(), rg.bottom(), rg.left(), rg.right()) for rg in sm.selection() if rg.isValid()]
        if not ranges:
            return None
        left, right = min(r[2] for r in ranges), max(r[3] for r in ranges)
        vh = self.verticalHeader()
        hidden = self.isRowHidden
        if len(ranges) == 1 and not vh.sectionsMoved():
            top, bottom = ranges[0][:2]
            rows = [r for r in range(top, bottom + 1) if not hidden(r)]
            return (rows, left, right) if rows else None
        # several ranges (a sorted view selects row by row; Ctrl+click adds areas): one rectangle only
        # if every row shown between the first and the last is selected in every column
        cols_of: dict[int, set] = {}
        for top, bottom, c0, c1 in ranges:
            for r in range(top, bottom + 1):
                if not hidden(r):
                    cols_of.setdefault(r, set()).update(range(c0, c1 + 1))
        want = set(range(left, right + 1))
        if not cols_of or any(c != want for c in cols_of.values()):
            return None
        vis = sorted(vh.visualIndex(r) for r in cols_of)
        shown = [vh.logicalIndex(v) for v in range(vis[0], vis[-1] + 1) if not hidden(vh.logicalIndex(v))]
        if len(shown) != len(cols_of):
            return None
        return shown, left, right

    def _fill_corner(self, rows, right) -> QPoint:
        """The selection's (or target's) bottom-right corner in the viewport."""
        return QPoint(self.columnViewportPosition(right) + self.columnWidth(right),
                      self.rowViewportPosition(rows[-1]) + self.rowHeight(rows[-1]))

    def fill_handle_rect(self) -> QRect:
        """Where the fill handle is, in the viewport's coordinates; an empty QRect when there is none (no
        selection or several areas, a cell being edited, the corner scrolled out of sight)."""
        if self.state() == QAbstractItemView.EditingState or self.model() is None:
            return QRect()
        src = self.fill_source()
        if not src:
            return QRect()
        rows, _left, right = src
        p = self._fill_corner(rows, right)
        vp = self.viewport().rect()
        if p.x() < 0 or p.y() < 0 or p.x() > vp.width() + HANDLE or p.y() > vp.height() + HANDLE:
            return QRect()
        half = HANDLE // 2
        # on the table's right or bottom edge the square moves in, whole, rather than being cut
        x = min(p.x(), vp.width() - half - 1)
        y = min(p.y(), vp.height() - half - 1)
        return QRect(x - half, y - half, HANDLE, HANDLE)

    def _fill_hit(self, pos: QPoint) -> bool:
        r = self.fill_handle_rect()
        return not r.isNull() and r.adjusted(-GRAB, -GRAB, GRAB, GRAB).contains(pos)

    # ------------------------------------------------------------ drawing --
    def fill_target_rect(self) -> QRect:
        """The dashed outline while dragging: the selection and the rows (columns) it will fill."""
        d = self._fill_drag
        if not isinstance(d, dict) or not d["target"]:
            return QRect()
        rows, left, right = d["rows"], d["left"], d["right"]
        x0 = self.columnViewportPosition(left)
        y0 = self.rowViewportPosition(rows[0])
        corner = self._fill_corner(d["target"], right) if d["down"] else self._fill_corner(rows, d["target"][-1])
        return QRect(QPoint(x0, y0), corner - QPoint(1, 1))

    def paintEvent(self, e):   # noqa: N802 (Qt API)
        super().paintEvent(e)
        handle = self.fill_handle_rect()
        outline = self.fill_target_rect()
        if handle.isNull() and outline.isNull():
            return
        p = QPainter(self.viewport())
        pal = self.palette()
        if not outline.isNull():
            pen = QPen(QColor(70, 70, 70), 2, Qt.DashLine)
            p.setPen(pen)
            p.setBrush(Qt.NoBrush)
            p.drawRect(outline.adjusted(1, 1, -1, -1))
        if not handle.isNull():
            p.setPen(QPen(pal.color(QPalette.Base), 1))
            p.setBrush(pal.color(QPalette.Active, QPalette.Highlight))
            p.drawRect(handle.adjusted(0, 0, -1, -1))
        p.end()

    def edit(self, *args):
        # a cell opened for typing hides the handle (as in Excel); (index) alone is Qt's overload that
        # ends up here again with (index, trigger, event)
        ok = super().edit(*args)
        if len(args) == 3 and ok:
            self.viewport().update()
        return ok

    def closeEditor(self, editor, hint):   # noqa: N802 (Qt API)
        super().closeEditor(editor, hint)
        self.viewport().update()          # the handle is back

    # -------------------------------------------------------------- mouse --
    def mousePressEvent(self, e):   # noqa: N802 (Qt API)
        if self._fill_drag is not None:       # a drag whose release never came (the window lost the mouse)
            self._fill_end()
        pos = e.position().toPoint()
        if e.button() == Qt.LeftButton and self._fill_hit(pos):
            rows, left, right = self.fill_source()
            shown = self.editor.visible_rows()
            self._fill_drag = {"rows": list(rows), "left": left, "right": right, "shown": shown,
                               "at": {r: i for i, r in enumerate(shown)}, "down": True, "target": []}
            self._fill_last = pos
            self.setFocus(Qt.MouseFocusReason)
            e.accept()
            return
        super().mousePressEvent(e)

    def mouseMoveEvent(self, e):   # noqa: N802 (Qt API)
        pos = e.position().toPoint()
        if self._fill_drag is not None:
            if isinstance(self._fill_drag, dict):
                self._fill_last = pos
                self._fill_track(pos)
            e.accept()
            return
        over = e.buttons() == Qt.NoButton and self._fill_hit(pos)
        if over != self._fill_cursor:
            self._fill_cursor = over
            if over:
                self.viewport().setCursor(Qt.CrossCursor)
            else:
                self.viewport().unsetCursor()
        super().mouseMoveEvent(e)

    def mouseReleaseEvent(self, e):   # noqa: N802 (Qt API)
        if self._fill_drag is None:
            super().mouseReleaseEvent(e)
            return
        d = self._fill_end()
        e.accept()
        if isinstance(d, dict) and d["target"]:
            cols = list(range(d["left"], d["right"] + 1))
            self.editor.fill_by_handle(d["rows"], cols, d["target"], d["down"])

    def _fill_end(self):
        d, self._fill_drag = self._fill_drag, None
        self._fill_scroll.stop()
        self.viewport().update()
        return d

    def _fill_track(self, pos: QPoint) -> None:
        """The target under the mouse: the rows shown below the selection down to the mouse's row, or
        the columns right of it to the mouse's column — whichever way the mouse went further."""
        d = self._fill_drag
        rows, right = d["rows"], d["right"]
        vp = self.viewport().rect()
        corner = self._fill_corner(rows, right)
        dy, dx = pos.y() - corner.y(), pos.x() - corner.x()
        target, down = [], True
        if dy > 0 and dy >= dx:
            r = self.rowAt(max(0, min(pos.y(), vp.height() - 1)))
            shown = d["shown"]
            end = d["at"].get(r, len(shown) - 1) if r >= 0 else len(shown) - 1
            start = d["at"].get(rows[-1], -1) + 1
            target = shown[start:end + 1] if start > 0 else []
        elif dx > 0:
            down = False
            c = self.columnAt(max(0, min(pos.x(), vp.width() - 1)))
            if c < 0:
                c = self.model().columnCount() - 1
            target = list(range(right + 1, c + 1))
        if target != d["target"] or down != d["down"]:
            d["target"], d["down"] = target, down
            self.viewport().update()
        # past the table's bottom or right edge: scroll on while the mouse stays there
        if pos.y() >= vp.height() - 2 or pos.x() >= vp.width() - 2:
            if not self._fill_scroll.isActive():
                self._fill_scroll.start()
        else:
            self._fill_scroll.stop()

    def _fill_autoscroll(self) -> None:
        if not isinstance(self._fill_drag, dict):
            self._fill_scroll.stop()
            return
        vp = self.viewport().rect()
        pos = self._fill_last
        if pos.y() >= vp.height() - 2:
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + max(12, self.fontMetrics().lineSpacing()))
        elif pos.x() >= vp.width() - 2:
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() + 24)
        self._fill_track(pos)

    # ---------------------------------------------------------------- Esc --
    def event(self, e):
        # Esc during the drag is the drag's, never a window shortcut's
        if e.type() == QEvent.ShortcutOverride and self._fill_drag is not None and e.key() == Qt.Key_Escape:
            e.accept()
            return True
        return super().event(e)

    def _fill_key(self, e) -> bool:
        """Keys during a drag: Esc cancels it (nothing is written; the mouse button is still down, so
        the rest of the drag is ignored); other keys wait for the drag to end."""
        if self._fill_drag is None:
            return False
        if e.key() == Qt.Key_Escape and isinstance(self._fill_drag, dict):
            self._fill_drag = CANCELLED
            self._fill_scroll.stop()
            self.viewport().update()
        e.accept()
        return True
