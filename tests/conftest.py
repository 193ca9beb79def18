import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory, monkeypatch):
    """Every test gets its own data folder (working copies, backups, lock notes, the log file) —
    outside its tmp_path, whose listing tests compare — and starts on a fixed, non-removable disk.
    A test that sets KEHOACH_DATA_DIR itself overrides this."""
    monkeypatch.setenv("KEHOACH_DATA_DIR", str(tmp_path_factory.mktemp("data")))
    monkeypatch.delenv("KEHOACH_REMOVABLE", raising=False)


@pytest.fixture(autouse=True)
def _isolated_settings_and_documents(tmp_path, monkeypatch):
    """The settings file and the Documents folder (where new plans are offered, the last folder used is
    remembered) are the test's own: opening a plan in a test never writes the user's settings."""
    if "KEHOACH_SETTINGS" not in os.environ:
        monkeypatch.setenv("KEHOACH_SETTINGS", str(tmp_path / "settings" / "settings.json"))
    monkeypatch.setenv("KEHOACH_DOCUMENTS", str(tmp_path / "Documents"))


@pytest.fixture
def win(qtbot):
    """The real main window, shown at the clerks' 1366×768, no plan open yet."""
    from gui.main_window import MainWindow
    w = MainWindow(interactive=False)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    w.activateWindow()
    qtbot.waitExposed(w)
    yield w
    w.close()

def lo_font_env(folder: str) -> dict:
    """Environment for a LibreOffice run that lays text out with the program's own Times-metric
    font (resources/fonts: Liberation Serif 2.1, which covers Vietnamese) instead of the system's
    Liberation Serif 1.07, which has no Vietnamese letters (LibreOffice then falls back to DejaVu
    and breaks pages elsewhere).  *folder*: where the fontconfig file and cache go."""
    fonts = os.path.join(ROOT, "resources", "fonts")
    conf = os.path.join(folder, "fonts.conf")
    os.makedirs(os.path.join(folder, "fc-cache"), exist_ok=True)
    with open(conf, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n'
                '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n'
                f'  <dir>{fonts}</dir>\n  <cachedir>{os.path.join(folder, "fc-cache")}</cachedir>\n'
                '  <selectfont><rejectfont>'
                '<glob>/usr/share/fonts/truetype/liberation/LiberationSerif*</glob>'
                '</rejectfont></selectfont>\n</fontconfig>\n')
    env = dict(os.environ)
    env["FONTCONFIG_FILE"] = conf
    return env


import subprocess  # noqa: E402


@pytest.fixture
def other_window():
    """``open_(path)``: *path* opened the way a window of ANOTHER running copy of
    the program opens it (``core.session.Session.start``: lock note beside the
    file, entry in the registry of open files), in a child process that stays
    alive until the test ends (same KEHOACH_DATA_DIR: the same user)."""
    procs = []
    code = ("import sys; sys.path.insert(0, sys.argv[2]); from core import session; "
            "s = session.Session.start(sys.argv[1]); print('ready', flush=True); sys.stdin.readline(); s.end()")

    def open_(path):
        p = subprocess.Popen([sys.executable, "-c", code, str(path), ROOT], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True, env=dict(os.environ))
        procs.append(p)
        assert p.stdout.readline().strip() == "ready"
        return p
    yield open_
    for p in procs:
        try:
            p.stdin.close()
            p.wait(timeout=20)
        except Exception:
            p.kill()
            p.wait()


@pytest.fixture
def task_table():
    """A plan with one appendix of *n* task rows (TT, Nhiệm vụ, Chủ trì, Thời gian; "Việc i", "Quý i"):
    ``plan, app = task_table(3)`` — the table the paste and fill-handle planners are tested on."""
    from core.model import Appendix, Column, Plan, Row

    def make(n: int = 3):
        app = Appendix(title="Phụ lục")
        app.columns = [Column(key="tt", title="TT"), Column(key="task", title="Nhiệm vụ"),
                       Column(key="lead", title="Chủ trì"), Column(key="deadline", title="Thời gian")]
        for i, c in enumerate(app.columns):
            c.pos = float(i + 1)
        for i in range(n):
            r = Row(kind="task", cells={app.columns[1].id: f"Việc {i + 1}", app.columns[3].id: f"Quý {i + 1}"})
            r.pos = float(i + 1)
            app.rows.append(r)
        plan = Plan()
        plan.appendices.append(app)
        return plan, app
    return make
