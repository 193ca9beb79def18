"""Issue 15, part 3 (window): Xem → Các kế hoạch lists every plan of the chosen folders with the tasks due
this week and overdue, what falls due this week across them, and a search across all their text; a
double-click opens a plan.  New plans are offered in that folder, not in the program's data folder."""
import glob
import json
import os
import shutil

import pytest

pytest.importorskip("PySide6")

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLES = sorted(glob.glob(os.path.join(ROOT, "resources", "samples", "*.sqlite")))


@pytest.fixture
def win(qtbot, tmp_path, monkeypatch):
    if not SAMPLES:
        pytest.skip("no samples")
    folder = tmp_path / "Kế hoạch"
    (folder / "2021").mkdir(parents=True)
    for s in SAMPLES:
        shutil.copyfile(s, folder / "2021" / os.path.basename(s))
    settings = tmp_path / "settings.json"
    settings.write_text(json.dumps({"version": 2, "language": "vi", "offices": {}, "current_office": "",
                                    "recent_files": [], "library_folders": [str(folder)]}), encoding="utf-8")
    monkeypatch.setenv("KEHOACH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KEHOACH_SETTINGS", str(settings))
    monkeypatch.setenv("KEHOACH_TODAY", "2021-09-20")
    from gui.main_window import MainWindow
    w = MainWindow(interactive=False)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    w.library_folder = str(folder)
    yield w
    w.close()


def test_plans_page_lists_searches_and_opens(win):
    from gui import plans_page
    page = plans_page.show(win)
    assert win.stack.currentWidget() is page
    assert page.plans.rowCount() == len(SAMPLES)
    titles = [page.plans.item(r, 2).text() for r in range(page.plans.rowCount())]
    assert any("PAPI" in t for t in titles)
    overdue = [page.plans.item(r, 5).text() for r in range(page.plans.rowCount())]
    assert any(x for x in overdue)                       # 2021 plans seen from 20/9/2021
    page.query.setText("uy ban mttq")
    assert page.search() >= 2
    files = {page.hits.item(r, 0).text() for r in range(page.hits.rowCount())}
    assert len(files) >= 2
    assert "kết quả" in page.hits_label.text()
    # a double-click opens the plan of the row
    path = page.hits.item(0, 0).data(plans_page.PATH_ROLE)
    page.open_row(page.hits, 0)
    assert win.doc is not None and os.path.samefile(win.doc.path, path)


def test_menu_and_new_plan_folder(win):
    assert win.a_plans in [a for m in (x.menu() for x in win.menuBar().actions() if x.menu()) for a in m.actions()]
    from core import settings as S
    assert S.load().library_folders == [win.library_folder]


def test_a_plan_saved_in_the_folder_is_read_again(win, qtbot):
    from core.store.planfile import PlanStore
    from gui import plans_page
    page = plans_page.show(win)
    path = page.plans.item(0, 0).data(plans_page.PATH_ROLE)
    assert path in page.watcher.files()
    st = PlanStore.open(path)
    try:
        plan = st.load()
        plan.meta.title = "Kế hoạch kiểm tra theo dõi thư mục"
        st.sync(plan, {plan.meta.id})
    finally:
        st.close()
    qtbot.waitUntil(lambda: any(page.plans.item(r, 2).text() == "Kế hoạch kiểm tra theo dõi thư mục"
                                for r in range(page.plans.rowCount())), timeout=10000)
