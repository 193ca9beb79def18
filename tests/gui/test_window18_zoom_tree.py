"""Issue 18 item 8: zoom (Ctrl+wheel, Ctrl+0) in the section editor and the table; tree titles whole in
tooltips; the tree's width remembered."""
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from core.model import Run
from core.templates import plan_from_template


def _open(win, tmp_path):
    assert win.create_and_open(plan_from_template("papi", agency="xã Thanh Thủy", year="2026"),
                               str(tmp_path / "kh.sqlite"))


def _ctrl_wheel(widget, up=True):
    pos = QPointF(widget.width() / 2, widget.height() / 2)
    ev = QWheelEvent(pos, widget.mapToGlobal(pos), QPoint(0, 0), QPoint(0, 120 if up else -120),
                     Qt.NoButton, Qt.ControlModifier, Qt.NoScrollPhase, False)
    QApplication.sendEvent(widget, ev)
    QApplication.processEvents()


def test_ctrl_wheel_zooms_the_section_text_and_ctrl_0_resets(win, tmp_path):
    _open(win, tmp_path)
    sec = next(s for s in win.doc.plan.walk() if s.body)
    win.select("section", sec.id)
    body = win.pages["section"].body
    before = body.document().defaultFont().pointSizeF()
    text = body.toPlainText()
    _ctrl_wheel(body.viewport())
    _ctrl_wheel(body.viewport())
    assert body.document().defaultFont().pointSizeF() > before * 1.15
    assert "120%" in win.statusBar().currentMessage()
    QTest.keyClick(win.windowHandle(), Qt.Key_0, Qt.ControlModifier)
    QApplication.processEvents()
    QTest.keyRelease(win.windowHandle(), Qt.Key_Control, Qt.NoModifier)    # Ctrl no longer held
    assert abs(body.document().defaultFont().pointSizeF() - before) < 0.01
    assert body.toPlainText() == text and win.doc.undo_stack.count() == 0   # the text and the plan unchanged


def test_ctrl_wheel_zooms_the_table_rows_and_group_rows(win, tmp_path):
    _open(win, tmp_path)
    win.select("appendix", win.doc.plan.appendices[0].id)
    table = win.pages["appendix"].table
    size = table.font().pointSizeF()
    QApplication.processEvents()
    table.fit_visible_rows()
    task = next(i for i, r in enumerate(win.doc.plan.appendices[0].rows) if r.kind == "task")
    h = table.rowHeight(task)
    _ctrl_wheel(table.viewport())
    _ctrl_wheel(table.viewport())
    _ctrl_wheel(table.viewport())
    assert table.font().pointSizeF() > size * 1.25
    group = next(i for i, r in enumerate(win.doc.plan.appendices[0].rows) if r.kind == "group")
    f = table.model().index(group, 1).data(Qt.FontRole)
    assert f.bold() and f.pointSizeF() > size * 1.25
    assert table.rowHeight(task) > h
    # the level stays for the next session
    from gui.main_window import settings
    assert int(settings().value("zoom")) == 130


def test_tree_tooltips_show_whole_titles(win, tmp_path):
    _open(win, tmp_path)
    sec = win.doc.plan.sections[0]
    long_title = "Mục tiêu cải thiện chỉ số PAPI " + "trên địa bàn xã Thanh Thủy, huyện Vị Xuyên, tỉnh Hà Giang " * 3
    win.doc.set_section_text(sec.id, title=[Run(long_title.strip())])
    idx = win.tree_model.index_for("section", sec.id)
    shown = idx.data(Qt.DisplayRole)
    tip = idx.data(Qt.ToolTipRole)
    assert shown.endswith("…") and long_title.strip() in tip


def test_tree_width_is_remembered(qtbot, tmp_path):
    from gui.main_window import MainWindow
    w = MainWindow(interactive=False)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    w.split.setSizes([520, 846])
    w.split.splitterMoved.emit(520, 1)          # as a drag of the divider does
    w.close()
    w2 = MainWindow(interactive=False)
    qtbot.addWidget(w2)
    w2.resize(1366, 768)
    w2.show()
    QApplication.processEvents()
    assert abs(w2.split.sizes()[0] - 520) <= 2, w2.split.sizes()
    w2.close()
