"""core/ stays free of Qt and of gui/: it must run and be tested without a screen."""
import ast
import os

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def test_core_never_imports_qt_or_gui():
    offenders = []
    for folder, _, files in os.walk(os.path.join(ROOT, "core")):
        for fn in files:
            if not fn.endswith(".py"):
                continue
            path = os.path.join(folder, fn)
            tree = ast.parse(open(path, encoding="utf-8").read(), path)
            for node in ast.walk(tree):
                names = []
                if isinstance(node, ast.Import):
                    names = [a.name for a in node.names]
                elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                    names = [node.module]
                for n in names:
                    if n.split(".")[0] in ("PySide6", "PyQt5", "PyQt6", "shiboken6", "gui"):
                        offenders.append(f"{os.path.relpath(path, ROOT)}: {n}")
    assert not offenders, offenders
