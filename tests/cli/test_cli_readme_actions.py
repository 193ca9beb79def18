"""README's table of command-line actions names every action of core.cli.COMMANDS, and no other."""
import os
import re

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def test_the_readme_table_lists_exactly_the_actions():
    from core.cli import COMMANDS
    text = open(os.path.join(ROOT, "README.md"), encoding="utf-8").read()
    table = text.split("## Command-line actions", 1)[1].split("\n\n`main.py --help`", 1)[0]
    named = set(re.findall(r"`main\.py ([a-z][a-z-]+)", table))
    assert named == set(COMMANDS)
    assert all(callable(f) for f in COMMANDS.values())
