"""The appendix table fits the window: the deadline column is wide enough for a
date and its reading icon, and the columns together need no horizontal scroll."""
import os
import shutil

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLE = os.path.join(ROOT, "resources", "samples", "004_e03d70a70aa68992.sqlite")


def test_deadline_column_fits_a_date_and_the_table_fits_the_view(qtbot, tmp_path):
    from gui.main_window import MainWindow
    path = str(tmp_path / "vx.sqlite")
    shutil.copy(SAMPLE, path)
    w = MainWindow(interactive=False)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    assert w.open_path(path)
    app = w.doc.plan.appendices[0]
    w.select("appendix", app.id)
    ed = w.pages["appendix"]
    qtbot.wait(50)
    ed.fit_columns()
    table = ed.table
    k = next(i for i, c in enumerate(app.columns) if c.key == "deadline")
    need = table.fontMetrics().horizontalAdvance("23/5/2021") + 16   # text + icon
    assert table.columnWidth(k) >= need
    total = sum(table.columnWidth(i) for i in range(len(app.columns)))
    assert total <= table.viewport().width()
    w.close()
