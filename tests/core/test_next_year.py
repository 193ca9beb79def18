"""Next year's plan from this one: the clerk's usual start (core.rollover,
main.py next-year, File → Lập kế hoạch năm sau)."""
import glob
import os
import subprocess
import sys

import pytest

from core.dump import dump
from core.rollover import next_plan, shift_years
from core.store.planfile import load_plan, load_plan_readonly

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLE = {os.path.basename(p)[:3]: p for p in glob.glob(os.path.join(ROOT, "resources", "samples", "*.sqlite"))}


def test_shift_years_touches_only_the_plans_years():
    assert shift_years("Quý IV năm 2025", {2025}, 1) == "Quý IV năm 2026"
    assert shift_years("Trước 15/01/2026", {2025, 2026}, 1) == "Trước 15/01/2027"
    assert shift_years("theo Nghị định 30/2020/NĐ-CP", {2025}, 1) == "theo Nghị định 30/2020/NĐ-CP"
    assert shift_years("giai đoạn 2023 - 2025", {2023, 2024, 2025}, 3) == "giai đoạn 2026 - 2028"
    assert shift_years("mã 120255", {2025}, 1) == "mã 120255"


def test_vi_xuyen_2021_becomes_2022():
    old = load_plan_readonly(SAMPLE["004"])
    before = dump(old)
    new, report = next_plan(old)
    assert dump(old) == before                                     # the old plan is not changed
    m = new.meta
    assert (m.period, m.number, m.issue_date) == ("2022", "", "")
    assert m.title.endswith("năm 2022") and "2021" not in m.title
    # a new document: no id in common, a new identity
    def ids(p):
        out = {p.meta.id, *(s.id for s in p.walk()), *(a.id for a in p.appendices)}
        for a in p.appendices:
            out |= {c.id for c in a.columns} | {r.id for r in a.rows}
        return out | {s.id for s in p.signers} | {r.id for r in p.recipients}
    assert not ids(old) & ids(new) and new.file_id != old.file_id
    # deadline cells moved on, the rest of the table as written
    a_old, a_new = old.appendices[0], new.appendices[0]
    d_old, d_new = a_old.col("deadline").id, a_new.col("deadline").id
    pairs = {(r.cells.get(d_old, ""), s.cells.get(d_new, "")) for r, s in zip(a_old.rows, a_new.rows)}
    assert ("Trong năm 2021", "Trong năm 2022") in pairs and ("Quý III năm 2021", "Quý III năm 2022") in pairs
    assert ("Thường xuyên", "Thường xuyên") in pairs
    t_old, t_new = a_old.col("task").id, a_new.col("task").id
    assert [r.cells.get(t_old) for r in a_old.rows] == [r.cells.get(t_new) for r in a_new.rows]
    assert new.tracking == [] and all(not r.status for r in a_new.rows)
    assert a_new.attachment == "" and "số       /KH-UBND" in new.attachment_line(0)
    # the report lists what still names 2021, with the year visible
    assert report[0].startswith("Kế hoạch mới cho năm 2022 lập từ kế hoạch năm 2021")
    checks = [x for x in report if x.startswith("  - ")]
    assert checks and all("2021" in x for x in checks)
    assert any("Kế hoạch số 163/KH-UBND, ngày 24/5/2021" in x for x in checks)   # a căn cứ: listed, not changed
    assert "24/5/2021" in new.meta.preamble[0].text


def test_three_year_plan_moves_by_three():
    new, report = next_plan(load_plan_readonly(SAMPLE["002"]))
    assert new.meta.period == "2026-2028" and new.meta.title.endswith("đến năm 2028")


def test_plan_without_a_year_is_refused_clearly():
    from core.errors import PlanError
    from core.model import Plan
    with pytest.raises(PlanError) as e:
        next_plan(Plan())
    assert "thời kỳ kế hoạch" in e.value.vi


def test_cli(tmp_path):
    out = str(tmp_path / "kh-2022.sqlite")
    r = subprocess.run([sys.executable, "main.py", "next-year", SAMPLE["004"], out], cwd=ROOT,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "Kế hoạch mới cho năm 2022" in r.stdout and out in r.stdout
    assert load_plan(out).meta.period == "2022"
    r = subprocess.run([sys.executable, "main.py", "next-year", SAMPLE["004"], out], cwd=ROOT,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 2 and "đã có" in r.stderr and "Traceback" not in r.stderr


@pytest.fixture
def win(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("KEHOACH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("KEHOACH_REMOVABLE", raising=False)
    from gui.main_window import MainWindow
    w = MainWindow(interactive=False)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()


def test_window_makes_and_opens_next_years_plan(win, tmp_path):
    import shutil

    from gui import next_year
    src = str(tmp_path / "kh-2021.sqlite")
    shutil.copyfile(SAMPLE["004"], src)
    assert win.open_path(src)
    texts = [a.text() for a in next(m.menu() for m in win.menuBar().actions() if m.menu()).actions()]
    assert texts[texts.index(win.a_new.text()) + 1] == win.a_next_year.text()
    out = next_year.next_year(win, str(tmp_path / "kh-2022"))
    assert out == str(tmp_path / "kh-2022.sqlite")
    assert os.path.abspath(win.doc.path) == out and win.doc.plan.meta.period == "2022"
    assert load_plan_readonly(src).meta.period == "2021"          # the old file untouched
    assert "2022" in win.statusBar().currentMessage()


def test_years_of_document_references_are_never_moved():
    """A year that is part of a document's number or date stays: 'Nghị định 30/2020/NĐ-CP' in a 2020 plan,
    'Quyết định số 2021/QĐ-UBND', 'Kế hoạch số 163/KH-UBND ngày 24/5/2021' cited in a title."""
    from core.rollover import shift_years
    y = {2020, 2021}
    assert shift_years("Theo Nghị định 30/2020/NĐ-CP, năm 2020", y, 1) == "Theo Nghị định 30/2020/NĐ-CP, năm 2021"
    assert shift_years("QUYẾT ĐỊNH SỐ 2021/QĐ-UBND NGÀY 15/3/2021", y, 1, dates=False) == \
        "QUYẾT ĐỊNH SỐ 2021/QĐ-UBND NGÀY 15/3/2021"
    assert shift_years("Thực hiện Kế hoạch số 163/KH-UBND ngày 24/5/2021 của UBND tỉnh về PAPI năm 2021", y, 1,
                       dates=False) == "Thực hiện Kế hoạch số 163/KH-UBND ngày 24/5/2021 của UBND tỉnh về PAPI năm 2022"
    # a deadline cell's dates are deadlines: they move on; a reference inside it does not
    assert shift_years("23/5/2021", y, 1) == "23/5/2022"
    assert shift_years("Quý IV năm 2021 (theo Công văn 2021/UBND-NC)", y, 1) == "Quý IV năm 2022 (theo Công văn 2021/UBND-NC)"


def test_a_titles_own_months_move_on():
    from core.rollover import shift_years
    y = {2021}
    assert shift_years("Kế hoạch cải thiện chỉ số PAPI từ tháng 6 năm 2021 đến tháng 12 năm 2021", y, 1, dates=False) == \
        "Kế hoạch cải thiện chỉ số PAPI từ tháng 6 năm 2022 đến tháng 12 năm 2022"
    assert shift_years("theo Kế hoạch ngày 24 tháng 5 năm 2021", y, 1, dates=False) == "theo Kế hoạch ngày 24 tháng 5 năm 2021"


def test_the_check_list_cites_sections_and_rows_as_printed():
    """'Mục II.1 …' (not the bare '1.' of its level) and 'TT 34' (the printed number, not the row's place)."""
    from core.rollover import next_plan
    from core.store.planfile import load_plan
    p = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "resources", "samples",
                     "002_4ddd967f79e7422c.sqlite")
    _, report = next_plan(load_plan(p))
    text = "\n".join(report)
    assert "Mục II.1 Mục tiêu chung" in text and "Mục I.1 Mục đích" in text
    assert "Phụ lục I, TT 34," in text and "dòng 38" not in text
