"""The conflict dialog (offscreen): picks mine / theirs / own wording and writes them."""
from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from core import merge as M  # noqa: E402
from core.store.planfile import PlanStore  # noqa: E402
from tests.merge.test_merge_util import SAMPLES, Pick, copy, edit, make_base, set_cell, set_meta, set_title  # noqa: E402


@pytest.fixture
def merged(tmp_path):
    base = make_base(tmp_path, SAMPLES[2] if len(SAMPLES) > 2 else (SAMPLES[0] if SAMPLES else "template:papi"))
    p = Pick(base)
    a, b = copy(base, tmp_path, "a.sqlite"), copy(base, tmp_path, "b.sqlite")
    aid, cid, rows = p.app.id, p.task.id, p.rows
    edit(a, set_cell(aid, rows[0].id, cid, "Huyện viết"), set_title(p.secs[1].id, "Tiêu đề huyện"),
         set_meta(number="3"))
    edit(b, set_cell(aid, rows[0].id, cid, "Sở viết"), set_title(p.secs[1].id, "Tiêu đề Sở"),
         set_meta(number="4"))
    out = str(tmp_path / "m.sqlite")
    M.merge_files(a, b, out)
    return out, p


def test_dialog_lists_conflicts_and_applies_choices(qtbot, merged):
    from gui.dialogs.merge_dialog import MergeDialog
    out, p = merged
    st = PlanStore.open(out)
    try:
        dlg = MergeDialog(st)
        qtbot.addWidget(dlg)
        assert dlg.table.rowCount() == 3
        whats = {dlg.table.item(i, 1).text(): i for i in range(3)}
        assert any("Nhiệm vụ" in w or "Ô" in w for w in whats)
        i_cell = next(i for w, i in whats.items() if w.startswith("Ô"))
        i_title = next(i for w, i in whats.items() if w == "Tiêu đề")
        i_num = next(i for w, i in whats.items() if w == "Số")
        assert dlg.table.item(i_cell, 2).text() == "Huyện viết" and dlg.table.item(i_cell, 3).text() == "Sở viết"
        dlg.table.selectRow(i_title)
        assert dlg.theirs_view.toPlainText() == "Tiêu đề Sở"
        dlg.set_choice(i_cell, "theirs")
        dlg.set_choice(i_title, "edit", "Tiêu đề chung")
        dlg.set_choice(i_num, "mine")
        with qtbot.waitSignal(dlg.resolved) as sig:
            dlg.apply()
        assert p.rows[0].id in sig.args[0]
        assert M.pending_conflicts(st) == []
        plan = st.load()
    finally:
        st.close()
    app = next(a for a in plan.appendices if a.id == p.app.id)
    assert app.rows[0].cells[p.task.id] == "Sở viết"
    assert plan.find_section(p.secs[1].id).title_text == "Tiêu đề chung"
    assert plan.meta.number == "3"


def test_dialog_edit_box_follows_choice(qtbot, merged):
    from gui.dialogs.merge_dialog import EDIT, MergeDialog
    out, _ = merged
    st = PlanStore.open(out)
    try:
        dlg = MergeDialog(st)
        qtbot.addWidget(dlg)
        dlg.table.selectRow(0)
        assert not dlg.edit_box.isEnabled()
        dlg.combos[0].setCurrentIndex(dlg.combos[0].findData(EDIT))
        assert dlg.edit_box.isEnabled() and dlg.edit_box.toPlainText() == M.value_text(dlg.conflicts[0], "mine")
        dlg.edit_box.setPlainText("gõ tay")
        assert dlg.edits[dlg.conflicts[0]["id"]] == "gõ tay"
        dlg.choose_all("mine")
        assert all(c.currentData() == "mine" for c in dlg.combos)
        assert "3 xung đột" in dlg.summary.text()
    finally:
        st.close()


def test_merge_into_open_document(qtbot, tmp_path, monkeypatch):
    """File → Merge path: backup, merge into the open file, conflicts listed in it."""
    from PySide6.QtWidgets import QWidget

    from core.dump import dump
    from gui.dialogs.merge_dialog import merge_into_document
    monkeypatch.setenv("KEHOACH_DATA_DIR", str(tmp_path / "data"))
    base = make_base(tmp_path, SAMPLES[0] if SAMPLES else "template:papi")
    p = Pick(base)
    a, b = copy(base, tmp_path, "a.sqlite"), copy(base, tmp_path, "b.sqlite")
    edit(a, set_cell(p.app.id, p.rows[0].id, p.task.id, "mình"), set_cell(p.app.id, p.rows[1].id, p.task.id, "chỉ mình"))
    edit(b, set_cell(p.app.id, p.rows[0].id, p.task.id, "kia"), set_cell(p.app.id, p.rows[2].id, p.task.id, "chỉ kia"))
    ref = str(tmp_path / "ref.sqlite")
    M.merge_files(a, b, ref)

    class Doc:
        store = PlanStore.open(a)
        path = a
    w = QWidget()
    qtbot.addWidget(w)
    assert merge_into_document(w, Doc, b, interactive=False)
    plan = Doc.store.load()
    assert len(M.pending_conflicts(Doc.store)) == 1
    Doc.store.close()
    st = PlanStore.open(ref)
    assert dump(plan, ids=True) == dump(st.load(), ids=True)
    st.close()
    import os
    assert os.listdir(tmp_path / "data" / "backups")          # the plan before merging was kept


def test_rows_not_chosen_stay_pending_after_apply(qtbot, merged):
    """Deciding one conflict and pressing Apply does not settle the others as "mine"."""
    from gui.dialogs.merge_dialog import MergeDialog
    out, p = merged
    st = PlanStore.open(out)
    try:
        dlg = MergeDialog(st)
        qtbot.addWidget(dlg)
        assert all(c.currentData() is None for c in dlg.combos)          # nothing pre-chosen
        i_cell = next(i for i in range(dlg.table.rowCount()) if dlg.table.item(i, 1).text().startswith("Ô"))
        dlg.set_choice(i_cell, "theirs")
        dlg.apply()
        left = M.pending_conflicts(st)
        assert len(left) == 2 and all(not c["id"].startswith(p.rows[0].id) for c in left)
        plan = st.load()
    finally:
        st.close()
    app = next(a for a in plan.appendices if a.id == p.app.id)
    assert app.rows[0].cells[p.task.id] == "Sở viết"


def test_opening_a_plan_with_pending_conflicts_says_so_and_lists_them(qtbot, merged, tmp_path, monkeypatch):
    """Conflicts left with "Để sau" are not forgotten: opening the plan says how many are left, and
    File → Xung đột gộp còn chờ xử lý… shows the list without merging anything again."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from gui.dialogs.merge_dialog import MergeDialog
    from gui.main_window import MainWindow
    monkeypatch.setenv("KEHOACH_DATA_DIR", str(tmp_path / "data"))
    out, _ = merged
    win = MainWindow(interactive=False)
    qtbot.addWidget(win)
    win.show()
    assert win.open_path(out)
    assert "3 xung đột gộp" in win.statusBar().currentMessage()
    seen = []

    def close_it():
        d = QApplication.activeModalWidget()
        if isinstance(d, MergeDialog):
            seen.append(d.table.rowCount())
            d.reject()
        else:
            QTimer.singleShot(20, close_it)
    QTimer.singleShot(20, close_it)
    win.a_conflicts.trigger()
    assert seen == [3]
    win.close()
