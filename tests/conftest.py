import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)


import subprocess  # noqa: E402

import pytest  # noqa: E402


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
