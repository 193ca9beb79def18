"""Three-way merge of two copies of a plan file (design: docs/merge.md).

``merge_files(mine, theirs, out)`` reads both files read-only (they are
never modified), matches records by UUID and merges each one against the
newest version both copies knew (found in their ``history``), writes the
result to a temporary name beside *out*, checks it and renames it.

* A change on one side only is taken.
* The same field (or the same key of a JSON field such as a row's cells)
  changed differently on both sides is a *conflict*: the merged file keeps
  "mine" and the conflict list keeps both values (``info`` key
  ``merge_conflicts``, loaded as ``Plan.conflicts``); the clerk's choice is the
  undoable edit :func:`core.edits.resolve_conflicts` (over the records as rows:
  :func:`resolve_rows`); :func:`resolve_conflict` runs it on a file no window has open.
* A record deleted on one side and changed on the other is kept, with a
  conflict (keeping is reversible, a silent deletion is not).
* Histories and tombstones of both files are united, so the next merge in
  an A → B → A → B chain still finds the common versions.
* ``info`` key ``merge_report`` says what came from where.
"""
from __future__ import annotations

from .conflicts import (  # noqa: F401
                        CONFLICT_CHUNK,
                        REPORT_CHANGES,
                        apply_merged,
                        conflicts_of,
                        merge_report,
                        pending_conflicts,
                        resolve_conflict,
                        resolve_rows,
)
from .engine import MergeResult, merge_files  # noqa: F401
from .fields import merge_content, merge_lists  # noqa: F401
from .labels import editable, report_lines, value_from_text, value_text  # noqa: F401
from .side import Side, read_side, readable  # noqa: F401
