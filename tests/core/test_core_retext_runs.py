"""Retyping part of a one-line title keeps the bold and italic of the rest."""
from hypothesis import given, settings
from hypothesis import strategies as st

from core.model import Run, retext_runs


def _plain(runs):
    return [(r.text, r.bold, r.italic) for r in runs]


def test_typing_at_the_end_keeps_mixed_formatting():
    runs = [Run("MỤC TIÊU theo ", True), Run("Nghị quyết 01", True, True)]
    got = retext_runs(runs, "MỤC TIÊU theo Nghị quyết 01 x")
    assert _plain(got) == [("MỤC TIÊU theo ", True, False), ("Nghị quyết 01 x", True, True)]


def test_typing_in_the_middle_takes_the_formatting_before_it():
    runs = [Run("Về ", False), Run("cải cách", True), Run(" thể chế", False)]
    got = retext_runs(runs, "Về cải cách hành chính thể chế")
    assert "".join(r.text for r in got) == "Về cải cách hành chính thể chế"
    # typed after the space that follows the bold words: plain, as in Word
    assert _plain(got) == [("Về ", False, False), ("cải cách", True, False), (" hành chính thể chế", False, False)]
    got = retext_runs(runs, "Về cải cáchX thể chế")               # typed right after them: bold
    assert _plain(got) == [("Về ", False, False), ("cải cáchX", True, False), (" thể chế", False, False)]


def test_deleting_and_clearing():
    runs = [Run("A ", False), Run("B", True)]
    assert _plain(retext_runs(runs, "A")) == [("A", False, False)]
    assert retext_runs(runs, "") == []
    assert _plain(retext_runs([], "Mới")) == [("Mới", False, False)]
    assert _plain(retext_runs([Run("Cũ", True)], "Mới")) == [("Mới", True, False)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.text(min_size=1, max_size=8), st.booleans(), st.booleans()), max_size=5),
       st.text(max_size=30))
def test_any_edit_gives_the_new_text(parts, new):
    runs = [Run(t, b, i) for t, b, i in parts]
    got = retext_runs(runs, new)
    from core.text import nfc
    assert "".join(r.text for r in got) == nfc(new)
    assert all(r.text for r in got)
    assert all((a.bold, a.italic) != (b.bold, b.italic) for a, b in zip(got, got[1:]))
