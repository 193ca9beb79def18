"""A damaged plan file is refused in ONE line, whatever SQLite's integrity check prints.

SQLite's quick_check reports a damaged b-tree as one row holding several lines ("*** in database main ***\\nOn
tree page 2 cell 2: …"); the refusal quoted it as it was, so the clerk's one-line message broke in three
(found by the CI run of 2026-12-03: the store test writes random bytes over a page and once hit this)."""
import pytest

from core.store import safe_open
from core.store.safe_open import FileRefused


class _Conn:
    """Stands in for the connection at the point of the integrity check: quick_check returns one row of
    several lines, as SQLite does for a damaged tree page."""

    def __init__(self, rows):
        self.rows = rows

    def execute(self, sql, *a):
        class _Cur:
            def __init__(s, rows):
                s.rows = rows

            def fetchall(s):
                return s.rows

            def fetchone(s):
                return s.rows[0]
        return _Cur(self.rows)


def test_multi_line_integrity_report_gives_a_one_line_refusal():
    report = ("*** in database main ***\nOn tree page 2 cell 2: Offset 1132 out of range 3989..4092\n"
              "On tree page 2 cell 1: Offset 275 out of range 3989..4092",)
    with pytest.raises(FileRefused) as ei:
        safe_open.refuse_unless_intact(_Conn([report]), "garbage.sqlite")
    for lang in ("vi", "en"):
        msg = ei.value.message(lang)
        assert "\n" not in msg and "garbage.sqlite" in msg, msg
        assert "Offset 1132" in msg          # the detail is kept, on one line


def test_every_refusal_line_is_one_line():
    with pytest.raises(FileRefused) as ei:
        safe_open._refuse("Tệp “a” bị hỏng (x\ny\r\nz).", "“a” is damaged (x\ny).")
    assert ei.value.message("vi") == "Tệp “a” bị hỏng (x y z)."
    assert ei.value.message("en") == "“a” is damaged (x y)."
