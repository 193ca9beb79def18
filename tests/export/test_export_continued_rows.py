"""Continuation rows at the top of an appendix page: the PDF says whose they are with a
"(tiếp theo)" line; in Word the rows of one TT keep together when they fit on a page."""
import re
import shutil
import subprocess
import zipfile

import pytest

from core.export import export_docx, export_pdf
from core.model import Row
from core.templates import plan_from_template


def _plan(n_cont=14, text_repeat=3):
    p = plan_from_template("papi", agency="huyện Vị Xuyên", year="2026", place="Vị Xuyên")
    app = p.appendices[0]
    idx, task = app.col("index"), app.col("task")
    app.rows = []
    for n in range(1, 4):
        app.rows.append(Row(kind="task", cells={idx.id: f"Chỉ số thành phần số {n}", task.id: f"Việc đầu của chỉ số {n}"}))
        for k in range(n_cont):
            app.rows.append(Row(kind="task", continues=True,
                                cells={task.id: f"Việc {n}.{k} " + "nội dung khá dài để chiếm chỗ trên trang " * text_repeat}))
    return p


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="pdftotext not installed")
def test_pdf_page_opening_inside_a_task_names_it(tmp_path):
    out = tmp_path / "kh.pdf"
    export_pdf(_plan(), str(out))
    pages = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True).stdout.split("\f")
    cont_pages = [p for p in pages if "(tiếp theo)" in p]
    assert cont_pages, "no continued task on a new page"
    for page in pages:
        if "(tiếp theo)" in page:
            line = next(ln for ln in page.splitlines() if "(tiếp theo)" in ln)
            n = re.search(r"(\d) Chỉ số thành phần số (\d) \(tiếp theo\)", line)
            assert n and n.group(1) == n.group(2)
            # the rows under it belong to that task
            first_task = re.search(r"Việc (\d)\.\d+", page[page.index("(tiếp theo)"):])
            assert first_task.group(1) == n.group(1)


def test_pdf_piece_starting_a_new_task_has_no_continuation_line():
    from core.export import walk
    from core.export.pdf import Table
    doc = walk.build(_plan(n_cont=2, text_repeat=1))
    t = Table(doc.appendices[0], 500)
    rows = t.data[2]
    assert Table.continued(rows, 0) == ""
    assert Table.continued(rows, 1) == "1 Chỉ số thành phần số 1 (tiếp theo)"
    assert Table.continued(rows, 3) == ""


def _keep_flags(xml):
    body = xml[xml.rindex("<w:tbl>"):]
    rows = re.findall(r"<w:tr>.*?</w:tr>", body, re.S)
    return [("<w:keepNext/>" in r, "Việc" in r) for r in rows]


def test_word_rows_of_one_tt_keep_together(tmp_path):
    out = tmp_path / "kh.docx"
    export_docx(_plan(n_cont=3, text_repeat=1), str(out))
    xml = zipfile.ZipFile(out).read("word/document.xml").decode()
    flags = [k for k, is_task in _keep_flags(xml) if is_task]
    # 3 tasks × (1 + 3 rows): every row but the last of each task keeps with the next
    assert flags == [True, True, True, False] * 3


def test_word_block_taller_than_a_page_is_not_held_together(tmp_path):
    out = tmp_path / "kh.docx"
    export_docx(_plan(n_cont=40, text_repeat=3), str(out))
    xml = zipfile.ZipFile(out).read("word/document.xml").decode()
    flags = [k for k, is_task in _keep_flags(xml) if is_task]
    assert not any(flags)
