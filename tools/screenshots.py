"""Screenshots of every screen in both languages → docs/screenshots/<screen>.<vi|en>.png

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python tools/screenshots.py [--lang vi|en] [--only NAME,…]

Uses the screen catalogue of gui/screens.py (the same screens the language
test checks) on a copy of the sample plan of huyện Vị Xuyên; settings and
data go to a temporary folder, so nothing of the user's is touched.
"""
from __future__ import annotations

import os
import shutil
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
OUT = os.path.join(ROOT, "docs", "screenshots")
SAMPLE = os.path.join(ROOT, "resources", "samples", "004_e03d70a70aa68992.sqlite")


def main(argv: list[str]) -> int:
    langs = ["vi", "en"]
    if "--lang" in argv:
        langs = [argv[argv.index("--lang") + 1]]
    only = set(argv[argv.index("--only") + 1].split(",")) if "--only" in argv else None
    tmp = tempfile.mkdtemp(prefix="kh-shots-")
    os.environ["KEHOACH_DATA_DIR"] = os.path.join(tmp, "data")
    os.environ["KEHOACH_SETTINGS"] = os.path.join(tmp, "settings.json")
    os.environ["KEHOACH_SCREENSHOTS"] = "1"      # the Plans page shows the five sample plans (gui/screens.py)
    from gui import i18n
    from gui.app import make_app
    from gui.main_window import MainWindow
    from gui.screens import open_screens
    app = make_app("vi")
    os.makedirs(OUT, exist_ok=True)
    written = []
    for lang in langs:
        i18n.install_translators(app, lang, native_dialogs="no")
        work = os.path.join(tmp, lang)
        os.makedirs(work)
        path = os.path.join(work, "ke-hoach-vi-xuyen.sqlite")
        shutil.copyfile(SAMPLE, path)
        win = MainWindow(interactive=False)
        if not win.open_path(path):
            print("cannot open the sample", file=sys.stderr)
            return 2
        for name, w in open_screens(win, work, only):
            if name.startswith("main-"):
                page = win.stack.currentWidget()
                if hasattr(page, "table") and hasattr(page.table, "fit_visible_rows"):
                    page.table.fit_visible_rows()
                    app.processEvents()
            out = os.path.join(OUT, f"{name}.{lang}.png")
            w.grab().save(out)
            written.append(out)
        win.close()
        win.deleteLater()
        app.processEvents()
    shutil.rmtree(tmp, ignore_errors=True)
    for p in written:
        print(os.path.relpath(p, ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
