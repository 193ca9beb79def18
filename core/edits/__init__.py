"""Every change a clerk makes to a plan, as one function that returns :class:`core.undo.Changes`.

The window runs these (``Document.apply``), never changes the model itself: each function names the
scopes it may touch, changes the in-memory plan through the primitives of :mod:`core.operations`, and
returns the records to write, the views to refresh, the Edit-menu label (Vietnamese, English) and the
undo step. A function that refuses (``OperationError``) leaves the plan as it was.

The edits live by what they change: :mod:`.sections` (the outline), :mod:`.meta` (header fields,
signers, Nơi nhận), :mod:`.tables` (appendices, rows, cells, columns, a task's deadline), :mod:`.whole`
(tone style, replace, restore, merge conflicts), :mod:`.progress` (progress and the report); their
Edit-menu labels are in :mod:`.labels`, and :mod:`.step` runs one edit as one recorded step. Every public
name is here, so ``from core import edits; edits.set_cell(...)`` is the way to call them.
"""
from __future__ import annotations

from .labels import (
    L_ADD_APPENDIX,
    L_ADD_COLUMN,
    L_ADD_ROWS,
    L_ADD_SECTION,
    L_ADD_SIGNER,
    L_APPENDIX,
    L_CELL,
    L_COLUMN_WIDTHS,
    L_DEADLINE,
    L_DELETE_APPENDIX,
    L_DELETE_COLUMN,
    L_DELETE_ROWS,
    L_DELETE_SECTION,
    L_DELETE_SIGNER,
    L_IMPORT_PROGRESS,
    L_INDENT,
    L_META,
    L_MOVE_APPENDIX,
    L_MOVE_COLUMN,
    L_MOVE_ROWS,
    L_MOVE_SECTION,
    L_MOVE_SIGNER,
    L_OUTDENT,
    L_PASTE,
    L_PROGRESS,
    L_RECIPIENTS,
    L_RENAME_COLUMN,
    L_REPLACE,
    L_REPORT_CUTOFF,
    L_REPORT_TEXT,
    L_RESOLVE,
    L_RESTORE,
    L_ROW_KIND,
    L_SECTION_TEXT,
    L_SIGNER,
    L_TONE_STYLE,
)
from .meta import add_signer, delete_signer, move_signer, set_meta, set_recipients, set_signer
from .progress import (
    PROGRESS_TEXT,
    REPORT_PARTS,
    clean_reason,
    import_progress,
    set_progress,
    set_report_cutoff,
    set_report_text,
)
from .sections import (
    add_section,
    delete_section,
    indent_section,
    move_section,
    move_section_by,
    outdent_section,
    set_section_text,
)
from .step import NO_FURTHER
from .tables import (
    ROW_FIELDS,
    add_appendix,
    add_column,
    delete_appendix,
    delete_rows,
    insert_rows,
    move_appendix,
    move_column,
    move_rows,
    paste_rows,
    remove_column,
    rename_column,
    set_appendix,
    set_cell,
    set_cells,
    set_column_widths,
    set_deadline,
    set_rows,
)
from .whole import Resolved, replace_content, replace_found, resolve_conflicts, same_content, set_tone_style

__all__ = ["L_ADD_APPENDIX", "L_ADD_COLUMN", "L_ADD_ROWS", "L_ADD_SECTION", "L_ADD_SIGNER", "L_APPENDIX", "L_CELL",
           "L_COLUMN_WIDTHS", "L_DEADLINE", "L_DELETE_APPENDIX", "L_DELETE_COLUMN", "L_DELETE_ROWS",
           "L_DELETE_SECTION", "L_DELETE_SIGNER", "L_IMPORT_PROGRESS", "L_INDENT", "L_META", "L_MOVE_APPENDIX",
           "L_MOVE_COLUMN", "L_MOVE_ROWS", "L_MOVE_SECTION", "L_MOVE_SIGNER", "L_OUTDENT", "L_PASTE",
           "L_PROGRESS", "L_RECIPIENTS", "L_RENAME_COLUMN", "L_REPLACE", "L_REPORT_CUTOFF", "L_REPORT_TEXT",
           "L_RESOLVE", "L_RESTORE", "L_ROW_KIND", "L_SECTION_TEXT", "L_SIGNER", "L_TONE_STYLE", "add_signer",
           "delete_signer", "move_signer", "set_meta", "set_recipients", "set_signer", "PROGRESS_TEXT",
           "REPORT_PARTS", "clean_reason", "import_progress", "set_progress", "set_report_cutoff",
           "set_report_text", "add_section", "delete_section", "indent_section", "move_section",
           "move_section_by", "outdent_section", "set_section_text", "NO_FURTHER", "ROW_FIELDS", "add_appendix",
           "add_column", "delete_appendix", "delete_rows", "insert_rows", "move_appendix", "move_column",
           "move_rows", "paste_rows", "remove_column", "rename_column", "set_appendix", "set_cell", "set_cells",
           "set_column_widths", "set_deadline", "set_rows", "Resolved", "replace_content", "replace_found",
           "resolve_conflicts", "same_content", "set_tone_style"]
