"""argparse for the actions, imported only when an action parses its arguments (never by the window)."""
from __future__ import annotations

import argparse

from .common import ArgError


class Parser(argparse.ArgumentParser):
    """argparse that raises a bilingual ArgError instead of exiting."""

    def error(self, message):  # noqa: D401
        raise ArgError(f"Tham số không hợp lệ: {message}. Xem: python main.py {self.prog.split()[-1]} --help",
                       f"Invalid arguments: {message}. See: python main.py {self.prog.split()[-1]} --help")
