"""Zoom of the section editor and the appendix table, as in Word and Excel: Ctrl+wheel, Ctrl+= / Ctrl+-,
Ctrl+0 back to 100 %. One level for both, kept between sessions; only what is shown grows, never the plan
or its printed size."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt

MIN, MAX, STEP = 60, 250, 10
BASE = "_zoom_base_pt"


def _scaled(widget, pct: int):
    f = widget.font()
    base = widget.property(BASE)
    if base is None:
        base = f.pointSizeF()
        widget.setProperty(BASE, base)
    f.setPointSizeF(max(4.0, float(base) * pct / 100))
    return f


class Zoom(QObject):
    """Installed on the editor's fields and the table's viewport: Ctrl+wheel zooms."""

    def __init__(self, win, percent: int = 100):
        super().__init__(win)
        self.win = win
        self.percent = max(MIN, min(MAX, int(percent)))
        self._watched = []

    # ---------------------------------------------------------------- events --
    def eventFilter(self, obj, ev):   # noqa: N802 (Qt API)
        if ev.type() == QEvent.Wheel and ev.modifiers() & Qt.ControlModifier:
            dy = ev.angleDelta().y()
            if dy:
                self.set(self.percent + (STEP if dy > 0 else -STEP))
            return True
        return False

    def watch(self, *widgets) -> None:
        for w in widgets:
            if w is not None:
                w.installEventFilter(self)

    # ----------------------------------------------------------------- level --
    def set(self, percent: int) -> None:
        percent = max(MIN, min(MAX, int(percent)))
        if percent == self.percent:
            return
        self.percent = percent
        self.apply()
        on_change = getattr(self.win, "zoom_changed", None)
        if on_change is not None:
            on_change(percent)

    def apply(self, pages: dict | None = None) -> None:
        """The zoom on the window's editor pages (or on *pages* only: an editor just made)."""
        pct = self.percent
        pages = getattr(self.win, "pages", {}) if pages is None else pages
        sec = pages.get("section")
        if sec is not None:
            for ed in (getattr(sec, "body", None), getattr(sec, "tail", None)):
                if ed is None:
                    continue
                doc = ed.document()
                f = doc.defaultFont()
                base = ed.property(BASE)
                if base is None:
                    base = f.pointSizeF()
                    ed.setProperty(BASE, base)
                f.setPointSizeF(float(base) * pct / 100)
                doc.setDefaultFont(f)
            title = getattr(sec, "title", None)
            if title is not None:
                title.setFont(_scaled(title, pct))
        app = pages.get("appendix")
        table = getattr(app, "table", None)
        if table is not None:
            f = _scaled(table, pct)
            table.setFont(f)
            model = table.model()
            src = getattr(model, "sourceModel", lambda: model)() if model is not None else None
            for m in (model, src):
                for name in ("_bold", "_italic"):
                    mf = getattr(m, name, None)
                    if mf is not None:
                        mf.setPointSizeF(f.pointSizeF())
            table.verticalHeader().setDefaultSectionSize(table.fontMetrics().lineSpacing() * 2 + 8)
            table.viewport().update()
            fit = getattr(table, "fit_visible_rows", None)
            if fit is not None:
                fit()
