"""Issue 18 item 10: spell-check in the real window — the red wavy underline in the section editor and in
a table cell, suggestions that replace the word as one undoable edit, the personal word list, on/off."""
import os

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication

from core.templates import plan_from_template


def type_text(widget, text):
    for ch in text:
        for t in (QEvent.KeyPress, QEvent.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(t, Qt.Key_unknown if ord(ch) > 127 else ord(ch.upper()),
                                                      Qt.NoModifier, ch))


def _open(win, tmp_path):
    assert win.create_and_open(plan_from_template("papi", agency="xã Thanh Thủy", year="2026"),
                               str(tmp_path / "kh.sqlite"))


def underlined(widget, word):
    """Is *word* (its first occurrence) under a spell-check underline in the widget's layout?"""
    doc = widget.document()
    c = doc.find(word)
    assert not c.isNull(), word
    block = c.block()
    a = c.selectionStart() - block.position()
    for r in block.layout().formats():
        if r.format.underlineStyle() == QTextCharFormat.SpellCheckUnderline and r.start <= a < r.start + r.length:
            assert (r.start, r.length) == (a, len(word))
            return True
    return False


def menu_on(widget, word):
    from gui.spell import build_menu
    c = widget.document().find(word)
    mid = QTextCursor(widget.document())
    mid.setPosition(c.selectionStart() + 2)
    return build_menu(widget, widget.cursorRect(mid).center())


def act(menu, text):
    return next(a for a in menu.actions() if a.text() == text)


def _section_body(win):
    sec = next(s for s in win.doc.plan.walk() if s.body)
    win.select("section", sec.id)
    body = win.pages["section"].body
    body.setFocus()
    body.moveCursor(QTextCursor.End)
    return sec, body


def _body_text(win, sec):
    return "\n".join("".join(r.text for r in p.runs) for p in win.doc.plan.find_section(sec.id).body)


def test_section_editor_underlines_a_typo_and_a_suggestion_is_one_undo_step(win, tmp_path, qtbot):
    _open(win, tmp_path)
    sec, body = _section_body(win)
    # a bold word first: the underline must not touch the paragraph's own formatting
    body.toggle_bold()
    type_text(body, " Đậm")
    body.toggle_bold()
    type_text(body, " Đã hoanf thnah việc.")
    # the word lists are read just after the window is painted: the underline comes then
    qtbot.waitUntil(lambda: underlined(body, "hoanf"), timeout=3000)
    assert underlined(body, "thnah")
    assert not underlined(body, "việc") and not underlined(body, "Đậm")
    c = body.document().find("Đậm")
    assert c.charFormat().fontWeight() >= 700 and c.charFormat().underlineStyle() == QTextCharFormat.NoUnderline

    steps = win.doc.undo_stack.count()
    menu = menu_on(body, "hoanf")
    texts = [a.text() for a in menu.actions()]
    assert texts[0] == "hoàn" and len([t for t in texts[:texts.index("Thêm vào từ điển cá nhân")] if t]) <= 5
    assert "Bỏ qua" in texts
    assert "Copy" in " ".join(texts) or "Sao chép" in " ".join(texts) or len(texts) > 8   # the usual menu below
    act(menu, "hoàn").trigger()
    assert "Đã hoàn thnah việc." in body.toPlainText()
    assert "Đã hoàn thnah việc." in _body_text(win, sec)          # written to the plan
    # the pending typing was saved first, then the replacement alone: two steps, the last one the word
    assert win.doc.undo_stack.count() == steps + 2
    assert not underlined(body, "hoàn")
    win.undo()
    assert "Đã hoanf thnah việc." in _body_text(win, sec)
    assert "Đã hoanf thnah việc." in body.toPlainText()
    assert " Đậm" in _body_text(win, sec)                         # the typing stays: only the word undone
    win.redo()
    assert "Đã hoàn thnah việc." in _body_text(win, sec)
    assert "Đậm" in [r.text.strip() for p in win.doc.plan.find_section(sec.id).body for r in p.runs if r.bold]

    # add to the personal list: the underline goes, the word is kept for the next start
    act(menu_on(body, "thnah"), "Thêm vào từ điển cá nhân").trigger()
    assert not underlined(body, "thnah")
    from core.spell import personal_path
    with open(personal_path(), encoding="utf-8") as f:
        assert f.read() == "thnah\n"
    assert "Đã hoàn thnah việc." in _body_text(win, sec)           # the text itself untouched


def test_ignore_and_the_on_off_switch_are_remembered(win, tmp_path, qtbot):
    _open(win, tmp_path)
    sec, body = _section_body(win)
    type_text(body, " nhiêm vụ 😀 quyêt")          # a character beyond U+FFFF before it: Qt counts it twice
    qtbot.waitUntil(lambda: underlined(body, "nhiêm"), timeout=3000)
    assert underlined(body, "nhiêm") and underlined(body, "quyêt")
    act(menu_on(body, "nhiêm"), "Bỏ qua").trigger()
    assert not underlined(body, "nhiêm") and underlined(body, "quyêt")
    assert win.a_spell.isChecked()
    win.a_spell.trigger()                                          # Sửa → Kiểm tra chính tả: off
    assert not underlined(body, "quyêt")
    assert [a.text() for a in menu_on(body, "quyêt").actions()][0] != "quyết"   # no suggestions while off
    from gui.main_window import MainWindow
    w2 = MainWindow(interactive=False)                              # the next start remembers "off"
    qtbot.addWidget(w2)
    assert not w2.a_spell.isChecked()
    w2.a_spell.trigger()
    qtbot.waitUntil(lambda: underlined(body, "quyêt"), timeout=3000)   # on again, everywhere
    assert not underlined(body, "nhiêm")                           # still ignored in this session
    w2.close()


def test_table_cell_editor_underlines_suggests_and_commits_one_step(win, tmp_path, qtbot):
    _open(win, tmp_path)
    app = win.doc.plan.appendices[0]
    win.select("appendix", app.id)
    ed = win.pages["appendix"]
    r = next(i for i, x in enumerate(app.rows) if x.kind == "task")
    c = next(i for i, col in enumerate(app.columns) if col.key == "task")
    before = app.rows[r].cells.get(app.columns[c].id, "")
    ed.table.setFocus()
    ed.table.setCurrentIndex(ed.model.index(r, c))
    ed.table.edit(ed.model.index(r, c))
    cell = QApplication.focusWidget()
    from gui.editors.appendix import CellEditor
    assert isinstance(cell, CellEditor)
    type_text(cell, " hoanf thanhf Bkav")
    qtbot.waitUntil(lambda: underlined(cell, "hoanf"), timeout=3000)
    assert underlined(cell, "hoanf") and underlined(cell, "thanhf") and underlined(cell, "Bkav")
    steps = win.doc.undo_stack.count()
    act(menu_on(cell, "hoanf"), "hoàn").trigger()
    act(menu_on(cell, "thanhf"), "thành").trigger()
    act(menu_on(cell, "Bkav"), "Thêm vào từ điển cá nhân").trigger()
    assert cell.toPlainText() == before + " hoàn thành Bkav"
    assert not underlined(cell, "Bkav")
    assert win.doc.undo_stack.count() == steps                     # nothing written while the cell is open
    QApplication.sendEvent(cell, QKeyEvent(QEvent.KeyPress, Qt.Key_Return, Qt.NoModifier))
    assert app.rows[r].cells[app.columns[c].id] == before + " hoàn thành Bkav"
    assert win.doc.undo_stack.count() == steps + 1                 # the cell's whole edit: one step
    win.undo()
    assert win.doc.plan.appendices[0].rows[r].cells.get(app.columns[c].id, "") == before


def test_personal_words_dialog_adds_and_removes(win, tmp_path, monkeypatch):
    from gui import spell
    seen = {}

    def fake_exec(dlg):
        dlg.entry.setText("iGate")
        dlg.add_btn.click()
        seen["after_add"] = [dlg.list.item(i).text() for i in range(dlg.list.count())]
        dlg.entry.setText("  ")
        monkeypatch.setattr(spell.QMessageBox, "warning", lambda *a: seen.setdefault("warned", a[2]))
        dlg.add_btn.click()
        dlg.list.item(0).setSelected(True)
        dlg.remove_btn.click()
        seen["after_remove"] = dlg.list.count()
        return 0
    monkeypatch.setattr(spell.PersonalWordsDialog, "exec", fake_exec)
    win.a_spell_words.trigger()
    assert seen["after_add"] == ["iGate"]
    assert "trống" in seen["warned"]                               # one clear line, nothing added
    assert seen["after_remove"] == 0
    from core.spell import personal_path
    assert os.path.exists(personal_path())
    with open(personal_path(), encoding="utf-8") as f:
        assert f.read() == ""


def test_damaged_word_lists_leave_the_fields_plain_without_an_error(win, tmp_path, qtbot, monkeypatch):
    import core.spell as cs
    from gui import spell
    monkeypatch.setattr(cs, "SPELL_DIR", str(tmp_path / "no-such-folder"))
    monkeypatch.setattr(cs, "_DEFAULT", None)
    for f in (cs.load_syllables, cs._lists, cs._indexes):
        f.cache_clear()
    try:
        spell.install(win)                       # as a new window would start
        _open(win, tmp_path)
        sec, body = _section_body(win)
        type_text(body, " hoanf")
        qtbot.wait(spell.LOAD_DELAY_MS + 100)    # the lists were tried (an error in Qt's callback fails the test)
        assert spell._state["broken"]
        assert not underlined(body, "hoanf")
        assert "hoàn" not in [a.text() for a in menu_on(body, "hoanf").actions()]
    finally:
        for f in (cs.load_syllables, cs._lists, cs._indexes):
            f.cache_clear()
        monkeypatch.undo()
        spell._state.update(broken=False, checker=None)


def test_the_plans_agency_names_are_known_words(win, tmp_path, qtbot):
    from core.model import Agency
    plan = plan_from_template("papi", agency="xã Thanh Thủy", year="2026")
    plan.agencies.append(Agency(name="Bưu điện Vnpost huyện Vị Xuyên"))
    assert win.create_and_open(plan, str(tmp_path / "kh.sqlite"))
    sec, body = _section_body(win)
    type_text(body, " Phối hợp với Vnpost và Vnpostt.")
    qtbot.waitUntil(lambda: underlined(body, "Vnpostt"), timeout=3000)
    assert not underlined(body, "Vnpost ")


def test_redrawing_the_underline_is_not_typing(win, tmp_path, qtbot):
    """Underlining again (lists loaded, a word added, spell-check switched) made the field emit textChanged:
    the section editor took it for typing, and an undo made just after was written over by the field's old
    text when the "typing" was saved."""
    from gui import spell
    _open(win, tmp_path)
    sec, body = _section_body(win)
    type_text(body, " Đã hoanf việc.")
    qtbot.waitUntil(lambda: underlined(body, "hoanf"), timeout=3000)
    page = win.pages["section"]
    page.flush()
    assert "hoanf" in _body_text(win, sec)
    spell.rehighlight_all()                       # what adding a word, "Bỏ qua" or the switch do
    win.a_spell.trigger()
    win.a_spell.trigger()
    assert not page._timer.isActive()             # nothing taken for typing
    win.undo()                                    # the typing taken back …
    assert "hoanf" not in _body_text(win, sec)
    page.flush()                                  # … and not written again by a pending "edit"
    qtbot.wait(50)
    assert "hoanf" not in _body_text(win, sec) and "hoanf" not in body.toPlainText()


def test_suggestions_follow_the_tone_placement_of_the_paragraph_or_the_office(win, tmp_path):
    from core import settings as S
    _open(win, tmp_path)
    sec, body = _section_body(win)
    type_text(body, " Ủy ban hòa giải, hoaf")            # the paragraph writes the old placement
    from gui import spell
    spell.load_now()
    texts = [a.text() for a in menu_on(body, "hoaf").actions()]
    assert "hòa" in texts and "hoà" not in texts
    s = S.load()
    s.set_office("Xã Thanh Thủy", dict(s.office(), tone_style="new"))
    s.save()
    texts = [a.text() for a in menu_on(body, "hoaf").actions()]
    assert "hoà" in texts and "hòa" not in texts                # the office's setting wins


def test_an_error_while_checking_stops_the_underline_not_the_editor(win, tmp_path, qtbot, monkeypatch):
    from core.spell import SpellChecker
    from gui import spell
    _open(win, tmp_path)
    sec, body = _section_body(win)
    spell.load_now()

    def broken(self, text):
        raise ValueError("boom")
    monkeypatch.setattr(SpellChecker, "misspelled", broken)
    type_text(body, " Đã hoanf việc.")            # an exception in Qt's callback would fail the test
    spell.rehighlight_all()
    assert spell._state["broken"] and not underlined(body, "hoanf")
    assert "Đã hoanf việc." in body.toPlainText()
    monkeypatch.undo()
    spell.install(win)                            # a new window tries again
    spell.load_now()
    assert underlined(body, "hoanf")
