"""The PyInstaller bundle builds and starts (slow: ~30 s; run with KEHOACH_BUILD_BUNDLE=1)."""
import os
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

pytestmark = pytest.mark.skipif(os.environ.get("KEHOACH_BUILD_BUNDLE") != "1",
                                reason="slow: set KEHOACH_BUILD_BUNDLE=1 to build and start the bundle")


def test_bundle_builds_and_starts():
    pytest.importorskip("PyInstaller")
    r = subprocess.run([sys.executable, os.path.join(ROOT, "installer", "build.py"), "--smoke"], cwd=ROOT,
                       capture_output=True, text=True, timeout=900)
    assert r.returncode == 0, r.stdout[-2000:] + r.stderr[-2000:]
    assert "screenshot ok" in r.stdout
    shot = os.path.join(ROOT, "dist", "smoke-screenshot.png")
    assert os.path.getsize(shot) > 10_000
    internal = os.path.join(ROOT, "dist", "kehoach", "_internal")
    for rel in ("i18n/qtbase_vi.qm", "i18n/app_en.qm", "resources/help/index.vi.html", "resources/templates/papi.json",
                "resources/icons/kehoach.ico"):
        assert os.path.exists(os.path.join(internal, rel)), rel
