"""pytest plugin that collects every Word / Excel file the importer tests import (used once, on the
code before the split of outline.py and docx.py, to build ``inputs.zip`` for
tests/importers/test_import_output_unchanged.py):

    PYTHONPATH=tests/importers/golden .venv/bin/python -m pytest -p capture_inputs tests/importers ...

Each imported file is kept once (by content) as ``docx/NNN/<its name>`` or ``xlsx/NNN/<its name>``
(the name matters: messages quote it); an Excel file's sheet argument goes in ``xlsx/NNN/sheet``."""
import hashlib
import os
import zipfile

import core.importers.docx as dx
import core.importers.xlsx as xl

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "inputs.zip")
MAX = 2 * 1024 * 1024
_seen: dict = {}


def _keep(kind: str, path, extra: str | None = None) -> None:
    try:
        path = os.fspath(path)
        if not os.path.isfile(path) or os.path.getsize(path) > MAX or path.lower().endswith(".doc"):
            return
        data = open(path, "rb").read()
    except (OSError, TypeError):
        return
    key = hashlib.sha256(kind.encode() + os.path.basename(path).encode() + data + (extra or "").encode()).hexdigest()
    if key not in _seen:
        _seen[key] = (kind, os.path.basename(path), data, extra)


_orig_docx, _orig_table = dx.import_docx, xl.read_table


def _import_docx(path, *a, **k):
    _keep("docx", path)
    return _orig_docx(path, *a, **k)


def _read_table(path, sheet=None, *a, **k):
    _keep("xlsx", path, sheet)
    return _orig_table(path, sheet, *a, **k)


dx.import_docx, xl.read_table = _import_docx, _read_table


def pytest_sessionfinish(session, exitstatus):
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
        n = {"docx": 0, "xlsx": 0}
        for kind, name, data, extra in sorted(_seen.values(), key=lambda v: (v[0], v[1], v[2])):
            folder = f"{kind}/{n[kind]:03d}/"
            n[kind] += 1
            z.writestr(folder + name, data)
            if extra is not None:
                z.writestr(folder + "sheet", extra)
