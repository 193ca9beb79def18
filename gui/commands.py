"""The Edit menu's steps: a QUndoCommand over the undo step of a core edit (core/undo.py).

Every edit is one function of :mod:`core.edits` (one ``sync``, one undo step); what to snapshot and how
to put it back lives in core, so it is tested without a screen. This is only the Qt wrapper.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:     # core.undo is loaded by the first edit (core.edits), not to show the plan
    from core.undo import Changes

# ----------------------------------------------------------------- command --
MERGE_ID = 4242


class PlanCommand(QUndoCommand):
    """One step of the Edit menu over a :class:`core.undo.Changes` (made by a core edit that already
    ran and was written): undo and redo put the step's snapshots back and write what they touched."""

    def __init__(self, doc, changes: Changes):
        from .i18n import current_language
        super().__init__(changes.text(current_language()))
        self.doc = doc
        self.step = changes.step
        self._first = True

    def id(self) -> int:   # noqa: A003 (Qt API)
        return MERGE_ID if self.step.merge_key is not None else -1

    def mergeWith(self, other) -> bool:   # noqa: N802
        return isinstance(other, PlanCommand) and self.step.absorb(other.step)

    def redo(self) -> None:
        if self._first:          # the edit already ran and was written
            self._first = False
            return
        self.doc.write(self.step.redo(self.doc.plan), self.step.views())

    def undo(self) -> None:
        self.doc.write(self.step.undo(self.doc.plan), self.step.views())
