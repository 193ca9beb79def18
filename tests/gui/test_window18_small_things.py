"""Issue 18 item 12: the small things that cost a clerk's trust, each driven through the window."""
import os
import re
import shutil
import subprocess
import sys

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QFileDialog

from core.templates import plan_from_template

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
VI_XUYEN = os.path.join(ROOT, "resources", "samples", "004_e03d70a70aa68992.sqlite")   # a plan of 2021


@pytest.fixture(autouse=True)
def _settings(tmp_path, monkeypatch):
    monkeypatch.setenv("KEHOACH_SETTINGS", str(tmp_path / "settings.json"))


def _new(win, tmp_path, name="kh.sqlite", **kw):
    plan = plan_from_template("papi", agency=kw.pop("agency", "xã Thanh Thủy"), year=kw.pop("year", "2026"),
                              place="Thanh Thủy")
    for k, v in kw.items():
        setattr(plan.meta, k, v)
    assert win.create_and_open(plan, str(tmp_path / name))
    return plan


def _on_modal(steps):
    from tests.gui.test_window_clerk_actions import on_modal
    return on_modal(steps)


# -------------------------------------------------------------- merge --
def test_merge_names_the_chosen_file_writes_xoa_and_confirms_after_apply(win, tmp_path, monkeypatch):
    from core.sharing import send_copy
    from tests.merge.test_merge_util import Pick, copy, edit, make_base, set_cell, set_title
    base = make_base(tmp_path, VI_XUYEN)
    p = Pick(base)
    a, b = copy(base, tmp_path, "a.sqlite"), copy(base, tmp_path, "b.sqlite")
    edit(a, set_cell(p.app.id, p.rows[0].id, p.task.id, "Huyện viết"), set_title(p.secs[1].id, "Tiêu đề huyện"))
    edit(b, set_cell(p.app.id, p.rows[0].id, p.task.id, "Sở viết"), set_title(p.secs[1].id, "Tiêu đề Sở"))
    mail = tmp_path / "thu"
    mail.mkdir()
    z = send_copy(b, str(mail), zip_it=True)
    assert win.open_path(a)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (z, "")))
    seen = {}

    def in_dialog(dlg):
        seen["summary"] = dlg.summary.text()
        seen["choices"] = [dlg.combos[0].itemText(i) for i in range(dlg.combos[0].count())]
        dlg.choose_all("mine")
        dlg.apply_button.click()

    def confirmation(box):
        seen["confirm"] = box.text()
        box.accept()
    _on_modal([in_dialog, confirmation])
    win.a_merge.trigger()
    assert os.path.basename(z) in seen["summary"], seen["summary"]
    assert "received.sqlite" not in seen["summary"]
    assert "xoá" not in seen["summary"].lower() and "xóa" in seen["summary"]
    assert "Đã áp dụng 2 lựa chọn" in seen["confirm"] and "Không còn xung đột" in seen["confirm"]
    assert "Đã áp dụng" in win.statusBar().currentMessage()


def test_a_file_that_is_not_a_plan_is_described_in_a_clerks_words(win, tmp_path):
    bad = tmp_path / "bao-cao.sqlite"
    bad.write_text("Báo cáo tháng 6\n" * 20, encoding="utf-8")
    assert not win.open_path(str(bad))
    msg = win.statusBar().currentMessage()
    assert "không phải tệp kế hoạch" in msg
    assert "SQLite" not in msg and "cơ sở dữ liệu" not in msg, msg


# ---------------------------------------------------------- send a copy --
def test_the_suggested_zip_name_names_the_office_and_cuts_between_words(win, tmp_path, monkeypatch):
    from gui import send_copy
    title = ("Kế hoạch thực hiện các giải pháp nâng cao Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh "
             "(PAPI) trên địa bàn xã năm 2026")
    _new(win, tmp_path, title=title, agency="UBND xã Thanh Thủy")
    out = tmp_path / "gui-di"
    out.mkdir()
    asked = {}

    def fake(parent, caption, path, filters, selected):
        asked["path"] = path
        return "", ""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    monkeypatch.setattr(send_copy, "default_folder", lambda w: str(out))
    win.a_send.trigger()
    stem = os.path.splitext(os.path.basename(asked["path"]))[0]
    assert "thanh-thuy" in stem, stem                                   # whose copy it is
    words = re.sub(r"[^a-z0-9]+", " ", "ke hoach thuc hien cac giai phap nang cao chi so hieu qua quan tri va "
                   "hanh chinh cong cap tinh papi tren dia ban xa nam 2026").split()
    got = stem.split("_")[-1].split("-")
    assert got == words[:len(got)], got                                 # whole words only


# ------------------------------------------------------------ settings --
def test_settings_says_why_the_fields_are_grey(win, qtbot):
    from gui.dialogs.settings_dialog import SettingsDialog
    dlg = SettingsDialog(win)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    assert not dlg.agency.isEnabled()
    assert dlg.no_office.isVisible() and "Thêm cơ quan" in dlg.no_office.text()
    dlg.add_office("UBND xã Thanh Thủy")
    assert dlg.agency.isEnabled() and not dlg.no_office.isVisible()
    dlg.reject()


# ------------------------------------------------------------ deadline --
def test_deadline_dialog_counts_what_it_lists(win, tmp_path, monkeypatch):
    monkeypatch.setenv("KEHOACH_TODAY", "2026-12-03")
    path = str(tmp_path / "vx.sqlite")
    shutil.copy(VI_XUYEN, path)
    assert win.open_path(path)
    plan = win.doc.plan
    row = None
    for app in plan.appendices:
        col = next((c for c in app.columns if c.key == "deadline"), None)
        row = row or next((r for r in app.rows if col and r.kind == "task"
                           and "hàng năm" in r.cells.get(col.id, "").lower()), None)
    assert row is not None
    dlg = win.deadline_editor(row.id)
    try:
        listed = {dlg.occ_list.topLevelItem(i).text(0) for i in range(dlg.occ_list.topLevelItemCount())}
        shown = re.findall(r"\d\d/\d\d/\d{4}", dlg.reading.text().split("Hạn sắp tới:")[-1]) \
            if "Hạn sắp tới" in dlg.reading.text() else []
        assert set(shown) <= listed, (shown, listed)     # no date above that the list does not count
        n = int(re.search(r": (\d+)", dlg.occ_title.text()).group(1))
        assert n == len(listed) and "trong thời gian kế hoạch" in dlg.occ_title.text()
    finally:
        dlg.deleteLater()


# -------------------------------------------------------------- header --
def test_header_preview_keeps_the_year_when_the_date_is_blank(win, tmp_path):
    plan = _new(win, tmp_path, issue_date="", date_text="")
    assert not plan.meta.issue_date and "2026" in plan.meta.period
    win.select("header")
    text = win.pages["header"].preview.text()
    assert re.search(r"tháng(&nbsp;| )+năm 2026", text), text


# -------------------------------------------------------------- print --
def test_print_preview_fits_a_768_pixel_screen_with_a_taskbar(win, tmp_path, monkeypatch):
    from gui.printing import PrintJob
    monkeypatch.setattr(QScreen, "availableGeometry", lambda self: QRect(0, 0, 1366, 728))
    _new(win, tmp_path)
    job = PrintJob(win.doc.plan, "kh")
    try:
        dlg = job.preview_dialog(win)
        assert dlg.height() + 30 <= 728 and dlg.width() <= 1366
        assert dlg.y() >= 0 and dlg.y() + dlg.height() + 30 <= 728
    finally:
        job.close()


# -------------------------------------------------------------- excel --
def test_excel_export_has_filter_buttons_on_the_header(win, tmp_path):
    import openpyxl
    _new(win, tmp_path)
    out = str(tmp_path / "kh.xlsx")
    win.export("xlsx", out)
    ws = openpyxl.load_workbook(out).worksheets[0]
    ref = ws.auto_filter.ref
    assert ref, "no autofilter"
    head_row = int(re.match(r"A(\d+):", ref).group(1))
    assert ws.freeze_panes == f"A{head_row + 1}"          # the filter sits on the last header row


# -------------------------------------------------------------- bench --
def test_gen_plan_help_is_help_not_a_traceback(tmp_path):
    r = subprocess.run([sys.executable, "-m", "bench.gen_plan", "--help"], cwd=ROOT, capture_output=True,
                       text=True, timeout=60)
    assert r.returncode == 0 and "usage:" in r.stdout and "Traceback" not in r.stderr
    r = subprocess.run([sys.executable, "-m", "bench.gen_plan", "abc"], cwd=ROOT, capture_output=True,
                       text=True, timeout=60)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    out = tmp_path / "p.sqlite"
    r = subprocess.run([sys.executable, "-m", "bench.gen_plan", "20", str(out)], cwd=ROOT, capture_output=True,
                       text=True, timeout=60)
    assert r.returncode == 0 and out.exists()


def test_the_merge_report_kept_in_the_file_names_the_received_zip(win, tmp_path):
    from core import merge as core_merge
    from core.sharing import send_copy
    from gui.dialogs.merge_dialog import merge_into_document
    from tests.merge.test_merge_util import Pick, copy, edit, make_base, set_cell
    base = make_base(tmp_path, VI_XUYEN)
    p = Pick(base)
    a, b = copy(base, tmp_path, "a.sqlite"), copy(base, tmp_path, "b.sqlite")
    edit(a, set_cell(p.app.id, p.rows[0].id, p.task.id, "Huyện viết"))
    edit(b, set_cell(p.app.id, p.rows[0].id, p.task.id, "Sở viết"))
    mail = tmp_path / "thu"
    mail.mkdir()
    z = send_copy(b, str(mail), zip_it=True)
    assert win.open_path(a)
    assert merge_into_document(win, win.doc, z, interactive=False)
    kept = (core_merge.merge_report(win.doc.store).get("theirs") or {}).get("file", "")
    assert kept == os.path.splitext(os.path.basename(z))[0] + ".sqlite", kept
