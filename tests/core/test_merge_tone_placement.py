"""Issue 15, part 2 in a real merge: two offices retyped the same agency cell, one "Uỷ ban MTTQ xã", the other
"Ủy ban MTTQ xã" — the same words, so the merge lists no conflict and keeps mine as typed; a real difference
is still a conflict.  Files: the sample plans (tests/test_merge_util.py's base copies)."""
import os
import sys

import pytest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))

from core import merge as M  # noqa: E402
from tests.merge.test_merge_util import Pick, copy, edit, load, make_base, set_cell, sources  # noqa: E402


@pytest.mark.parametrize("src", sources()[-1:])
def test_placement_only_difference_is_not_a_conflict(src, tmp_path):
    base = make_base(tmp_path, src)
    p = Pick(base)
    lead = next((c for c in p.app.columns if c.key == "lead"), p.task)
    rows = [r for r in p.rows if r.kind == "task"]
    a, b = copy(base, tmp_path, "a.sqlite"), copy(base, tmp_path, "b.sqlite")
    edit(a, set_cell(p.app.id, rows[0].id, lead.id, "Uỷ ban MTTQ xã"), set_cell(p.app.id, rows[1].id, lead.id, "Phòng Tư pháp"))
    edit(b, set_cell(p.app.id, rows[0].id, lead.id, "Ủy ban MTTQ xã"), set_cell(p.app.id, rows[1].id, lead.id, "Thanh tra huyện"))
    res = M.merge_files(a, b, str(tmp_path / "m.sqlite"))
    assert {c["rec_id"] for c in res.conflicts} == {rows[1].id}          # only the real difference (cell, lead list)
    merged = load(str(tmp_path / "m.sqlite"))
    row = next(r for app in merged.appendices for r in app.rows if r.id == rows[0].id)
    assert row.cells[lead.id] == "Uỷ ban MTTQ xã"
