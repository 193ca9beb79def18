"""Conflicts left for later travel with the file ("Để sau"). A conflict that one
office has resolved must not come back from the other office's copy, and a
conflict carried in from the other copy is shown from this office's side.

The two-office scenario of the merge audit: A merges B's copy (a conflict on the
signer, left pending), sends A's file to B, B merges it; A resolves the conflict
with a third value; B sends its file back and A merges it."""
from __future__ import annotations

import os
import shutil

from core import merge as M
from core.store.planfile import PlanStore

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLE = os.path.join(ROOT, "resources", "samples", "004_e03d70a70aa68992.sqlite")


def _signer(path, name=None):
    st = PlanStore.open(path)
    try:
        plan = st.load()
        if name is not None:
            plan.signers[0].name = name
            st.sync(plan, {plan.signers[0].id})
        return plan.signers[0].name
    finally:
        st.close()


def _pending(path):
    st = PlanStore.open(path)
    try:
        return M.pending_conflicts(st)
    finally:
        st.close()


def test_a_resolved_conflict_does_not_come_back_and_carried_ones_are_seen_from_here(tmp_path):
    a = str(tmp_path / "A.sqlite")
    shutil.copyfile(SAMPLE, a)
    b = str(tmp_path / "B.sqlite")
    shutil.copyfile(a, b)                       # the copy sent to the province
    _signer(a, "Trần Thị An")                   # the district's signer
    _signer(b, "Lê Văn Bình")                   # the province's
    a1 = str(tmp_path / "A1.sqlite")
    M.merge_files(a, b, a1)
    [c] = [c for c in _pending(a1) if c["table"] == "signer"]
    assert (c["mine"], c["theirs"]) == ("Trần Thị An", "Lê Văn Bình")

    # A sends its file (with the pending conflict) to B; B merges it into its own copy
    b1 = str(tmp_path / "B1.sqlite")
    M.merge_files(b, a1, b1)
    [cb] = [c for c in _pending(b1) if c["table"] == "signer"]
    assert (cb["mine"], cb["theirs"]) == ("Lê Văn Bình", "Trần Thị An")    # seen from B, not from A
    assert {cb["mine_file"], cb["theirs_file"]} == {"A.sqlite", "B.sqlite"}

    # meanwhile A settles it with a third name
    st = PlanStore.open(a1)
    try:
        M.resolve_conflict(st, c["id"], "edit", "Nguyễn Văn Chung")
    finally:
        st.close()
    assert _signer(a1) == "Nguyễn Văn Chung" and not [x for x in _pending(a1) if x["table"] == "signer"]

    # B sends its file back; A merges it: the agreed name stays, the conflict does not return
    a2 = str(tmp_path / "A2.sqlite")
    M.merge_files(a1, b1, a2)
    assert _signer(a2) == "Nguyễn Văn Chung"
    back = [x for x in _pending(a2) if x["table"] == "signer"]
    assert all(x["mine"] == "Nguyễn Văn Chung" for x in back), back
    assert not back


def test_a_pending_conflict_shows_what_the_field_holds_now(tmp_path):
    """Typed over after the merge (without the conflict list), the field's new value is "mine":
    choosing "mine" later must not bring back the value of the first merge."""
    a = str(tmp_path / "A.sqlite")
    shutil.copyfile(SAMPLE, a)
    b = str(tmp_path / "B.sqlite")
    shutil.copyfile(a, b)
    _signer(a, "Trần Thị An")
    _signer(b, "Lê Văn Bình")
    a1 = str(tmp_path / "A1.sqlite")
    M.merge_files(a, b, a1)
    _signer(a1, "Phạm Văn Dũng")                # the clerk simply retypes the name
    a2 = str(tmp_path / "A2.sqlite")
    M.merge_files(a1, b, a2)                    # the same copy of B merged again
    [c] = [c for c in _pending(a2) if c["table"] == "signer"]
    assert (c["mine"], c["theirs"]) == ("Phạm Văn Dũng", "Lê Văn Bình")
    assert _signer(a2) == "Phạm Văn Dũng"
