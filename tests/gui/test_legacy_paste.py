"""Issue 15, part 4 in the window: text copied from a Word file typed in TCVN3 (.VnTime) or VNI
(VNI-Times) is pasted as Unicode — by its font (HTML clipboard) or, as plain text, by its byte patterns."""
import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QMimeData  # noqa: E402

from tests.core.test_legacy_encodings import seed_lines, to_vni  # noqa: E402


def _tcvn3(text):
    from tests.core.test_legacy_encodings import _tcvn
    return _tcvn(text)


def test_paste_html_in_vntime_and_vni_fonts(qtbot):
    from gui.editors.richtext import RichTextEdit
    ed = RichTextEdit()
    qtbot.addWidget(ed)
    a, b = _tcvn3("Nâng cao chất lượng "), to_vni("phục vụ người dân")
    html = (f"<p><span style='font-family:\".VnTime\"'>{a}</span>"
            f"<b><span style='font-family:\"VNI-Times\"'>{b}</span></b></p>"
            f"<p><span style='font-family:\".VnTimeH\"'>{_tcvn3('mục đích')}</span></p>")
    md = QMimeData()
    md.setHtml(html)
    md.setText(a + b)
    ed.insertFromMimeData(md)
    paras = ed.paragraphs()
    assert paras[0].text == "Nâng cao chất lượng phục vụ người dân"
    assert [r.bold for r in paras[0].runs] == [False, True]
    assert paras[1].text == "MỤC ĐÍCH"


def test_paste_plain_text_recognised_by_its_bytes(qtbot):
    from gui.editors.richtext import PlainField, RichTextEdit
    lines = [x for x in seed_lines("002", 12) if not any(c.isupper() and ord(c) > 127 for c in x)][:5]
    want = "\n".join(lines)
    for text in (_tcvn3(want), "\n".join(to_vni(x) for x in lines)):
        assert text != want
        for cls in (RichTextEdit, PlainField):
            ed = cls()
            qtbot.addWidget(ed)
            md = QMimeData()
            md.setText(text)
            ed.insertFromMimeData(md)
            assert ed.toPlainText() == want


def test_paste_unicode_is_unchanged(qtbot):
    from gui.editors.richtext import PlainField
    ed = PlainField()
    qtbot.addWidget(ed)
    text = "\n".join(seed_lines("003", 5))
    md = QMimeData()
    md.setText(text)
    ed.insertFromMimeData(md)
    assert ed.toPlainText() == text


def test_paste_rows_in_vni_into_the_table(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("KEHOACH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KEHOACH_SETTINGS", str(tmp_path / "settings.json"))
    from core.templates import plan_from_template
    from gui.main_window import MainWindow
    win = MainWindow(interactive=False)
    qtbot.addWidget(win)
    win.show()
    plan = plan_from_template("papi", agency="xã Thanh Thủy", year="2026")
    assert win.create_and_open(plan, str(tmp_path / "kh.sqlite"))
    app = win.doc.plan.appendices[0]
    win.select("appendix", app.id)
    page = win.pages["appendix"]
    n = len(app.rows)
    rows = [("Tuyên truyền về chỉ số PAPI", "Văn phòng HĐND và UBND", "Quý II"),
            ("Công khai thủ tục hành chính", "Ủy ban MTTQ xã", "Thường xuyên")]
    text = "\n".join("\t".join(to_vni(c) for c in r) for r in rows)
    page.paste(text, as_new_rows=True)
    cells = [" ".join(r.cells.values()) for r in win.doc.plan.appendices[0].rows]
    assert len(win.doc.plan.appendices[0].rows) == n + 2
    assert any("Công khai thủ tục hành chính" in c for c in cells)
    assert any("Văn phòng HĐND và UBND" in c for c in cells)
    win.close()
