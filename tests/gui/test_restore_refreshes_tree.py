"""A whole-plan step (restore from a backup, resolving merge conflicts) refreshes the outline tree: its
views are every part of the plan, not a ("plan",) tag no view listened to: a section added after the
backup stayed in the outline after the restore had removed it from the plan."""
from datetime import datetime, timedelta

from core import session as sess
from core.templates import plan_from_template


def test_restore_and_its_undo_refresh_the_tree(win, tmp_path, monkeypatch):
    monkeypatch.setenv("KEHOACH_DATA_DIR", str(tmp_path / "data"))
    path = str(tmp_path / "kh.sqlite")
    assert win.create_and_open(plan_from_template("papi", agency="huyện Vị Xuyên", year="2024"), path)
    doc = win.doc
    backup = sess.make_backup(doc.store, path, now=datetime.now() - timedelta(hours=2))
    added = doc.add_section(None, None, "Mục thêm sau khi sao lưu")
    sid = getattr(added, "id", added)
    assert win.tree_model.index_for("section", sid).isValid()
    win.restore_backup(backup)
    assert win.doc is doc and doc.plan.find_section(sid) is None
    assert not win.tree_model.index_for("section", sid).isValid()     # gone from the tree too
    doc.undo_stack.undo()
    assert doc.plan.find_section(sid) is not None
    assert win.tree_model.index_for("section", sid).isValid()
