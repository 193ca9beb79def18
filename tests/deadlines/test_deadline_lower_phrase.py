"""The reader's lower-casing keeps one character for one, whatever the text (the fast path of
core.deadlines.normalise.lower_phrase agrees with the character-by-character rule)."""
from hypothesis import given, settings
from hypothesis import strategies as st

from core.deadlines.normalise import lower_phrase


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from("ΣΑσςİIıKẞßĐĂÂÊÔƠƯÀÁẢÃẠ QUÝTHÁNGNĂMhằngquí0123/-"), max_size=30))
def test_lower_case_is_one_character_for_one(t):
    low = lower_phrase(t)
    assert len(low) == len(t)
    assert low == lower_phrase("".join(c if len(c.lower()) != 1 else c.lower() for c in t))


def test_final_sigma_and_dotted_capital_i_lower_by_character():
    assert lower_phrase("ΑΣ") == "ασ"            # str.lower() would give the final form "ας"
    assert lower_phrase("İ Quý IV") == "İ quý iv"   # "İ".lower() is two characters: kept
