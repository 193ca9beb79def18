"""Swallowed exceptions reach the program's log file (what a clerk sends when something goes wrong)."""
import logging
import os

import pytest

from core import log as core_log
from core.settings import Settings


@pytest.fixture
def log_file(tmp_path, monkeypatch):
    monkeypatch.setenv("KEHOACH_DATA_DIR", str(tmp_path / "data"))
    path = core_log.setup()
    yield path
    root = logging.getLogger()
    if core_log._handler is not None:
        root.removeHandler(core_log._handler)
        core_log._handler.close()
        core_log._handler = None


def _read(path):
    for h in logging.getLogger().handlers:
        h.flush()
    with open(path, encoding="utf-8") as f:
        return f.read()


def test_log_file_lives_in_the_data_folder(log_file, tmp_path):
    assert log_file == str(tmp_path / "data" / "logs" / "kehoach.log")


def test_unreadable_settings_are_logged_not_silently_replaced(log_file, tmp_path):
    bad = tmp_path / "settings.json"
    bad.write_text("{not json", encoding="utf-8")
    s = Settings.load(str(bad))
    assert s.language == "vi"                      # defaults, the program starts
    assert os.path.exists(str(bad) + ".bad")       # the clerk's file is kept aside
    text = _read(log_file)
    assert "settings file" in text and "settings.json" in text
    assert "JSONDecodeError" in text               # with its traceback


def test_unlink_failure_is_logged(log_file, tmp_path):
    from core.fileio import unlink_quiet
    d = tmp_path / "folder"
    d.mkdir()
    unlink_quiet(str(d))                           # a folder: unlink fails, no exception
    assert "could not remove" in _read(log_file)
    unlink_quiet(str(tmp_path / "missing"))        # nothing there: nothing to log
    assert "missing" not in _read(log_file)


def test_setup_twice_moves_the_file_without_duplicate_lines(log_file, tmp_path):
    other = str(tmp_path / "other" / "k.log")
    core_log.setup(other)
    logging.getLogger("core.test").warning("một dòng")
    assert _read(other).count("một dòng") == 1
    assert sum(isinstance(h, logging.handlers.RotatingFileHandler)
               for h in logging.getLogger().handlers) == 1
