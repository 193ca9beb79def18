"""Guard against a Qt binding that mis-counts references in the calls the
window makes thousands of times (PySide6 6.12.0 decremented None on every
Python QUndoCommand.redo/undo; after a long session the interpreter aborted
at exit with "none_dealloc").  pyproject.toml excludes such versions."""
import sys

from PySide6.QtGui import QUndoCommand, QUndoStack


class _Cmd(QUndoCommand):
    def __init__(self, merge: bool):
        super().__init__()
        self._merge = merge

    def id(self):
        return 1 if self._merge else -1

    def mergeWith(self, other):
        return True

    def redo(self):
        pass

    def undo(self):
        pass


def test_undo_stack_keeps_reference_counts(qapp):
    stack = QUndoStack()
    for merge in (False, True):
        none0, true0 = sys.getrefcount(None), sys.getrefcount(True)
        for _ in range(300):
            stack.push(_Cmd(merge))
        for _ in range(100):
            stack.undo()
            stack.redo()
        # allow small noise from other objects; a binding bug loses ≥ 1 per call
        assert sys.getrefcount(None) - none0 > -50, "None lost references in QUndoStack calls"
        assert sys.getrefcount(True) - true0 > -50, "True lost references in QUndoStack calls"
