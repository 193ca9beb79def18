"""Issue 15, part 5 in the table: the agency autocomplete list is as wide as its longest name (not the
cell's ~115 px), and a pasted short/variant name shows the directory's suggestion in the cell's tooltip and
context menu — applied only when the clerk picks it (one undo step)."""
import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QMenu, QStyleOptionViewItem  # noqa: E402

from core.templates import plan_from_template  # noqa: E402


@pytest.fixture
def win(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("KEHOACH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KEHOACH_SETTINGS", str(tmp_path / "settings.json"))
    from gui.main_window import MainWindow
    w = MainWindow(interactive=False)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    yield w
    w.close()


def open_table(win, tmp_path):
    plan = plan_from_template("papi", agency="Huyện Vị Xuyên", year="2026")
    assert win.create_and_open(plan, str(tmp_path / "kh.sqlite"))
    app = win.doc.plan.appendices[0]
    win.select("appendix", app.id)
    return win.pages["appendix"], app


def test_autocomplete_popup_is_as_wide_as_the_longest_name(win, tmp_path):
    page, app = open_table(win, tmp_path)
    c = next(i for i, col in enumerate(app.columns) if col.key == "lead")
    idx = page.model.index(0, c)
    ed = page.agency_delegate.createEditor(page.table.viewport(), QStyleOptionViewItem(), idx)
    popup = ed.completer().popup()
    longest = max(page.agency_names(), key=lambda n: popup.fontMetrics().horizontalAdvance(n))
    assert popup.minimumWidth() >= min(popup.fontMetrics().horizontalAdvance(longest), win.width() - 40)
    assert popup.minimumWidth() > 2 * 115 and popup.minimumWidth() <= win.width()   # not the cell's width


def test_pasted_short_names_get_a_suggestion_never_a_change(win, tmp_path):
    page, app = open_table(win, tmp_path)
    cols = [c.key for c in app.columns]
    vals = {"task": "Rà soát thủ tục hành chính", "lead": "Phòng Kinh tế xã"}
    line = "\t".join(vals.get(k, "") for k in cols[cols.index("task"):])
    page.table.setCurrentIndex(page.model.index(len(app.rows) - 1, cols.index("task")))
    page.paste(line, as_new_rows=True)
    assert "khác tên trong danh mục" in win.statusBar().currentMessage()
    row = next(r for r in win.doc.plan.appendices[0].rows if r.cells.get(app.columns[cols.index("task")].id)
               == "Rà soát thủ tục hành chính")
    lead = app.columns[cols.index("lead")]
    assert row.cells[lead.id] == "Phòng Kinh tế xã"                 # kept as pasted
    i = page.model.row_of(row.id)
    idx = page.model.index(i, cols.index("lead"))
    assert "«Phòng Kinh tế»" in page.model.data(idx, Qt.ToolTipRole)
    m = QMenu()
    assert page.suggestion_actions(m, idx) >= 1
    act = next(a for a in m.actions() if "«Phòng Kinh tế» thay cho" in a.text())
    steps = win.doc.undo_stack.count()
    act.trigger()
    assert row.cells[lead.id] == "Phòng Kinh tế" and row.lead == ["Phòng Kinh tế"]
    assert win.doc.undo_stack.count() == steps + 1
    win.doc.undo_stack.undo()
    assert row.cells[lead.id] == "Phòng Kinh tế xã"
