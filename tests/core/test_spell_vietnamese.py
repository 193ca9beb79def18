"""Vietnamese spell-check (issue 18 item 10): few false alarms on real plans, real typos found,
suggestions that hold the meant word, the personal word list, both tone-mark placements."""
import glob
import os
import unicodedata

import pytest

from core.errors import PlanError
from core.spell import PersonalWords, SpellChecker, load_syllables, personal_path, telex_read, tokens

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SEEDS = sorted(glob.glob(os.path.join(os.path.dirname(ROOT), "shared", "seeds", "*.txt")))   # shared/ beside the repo


@pytest.fixture
def checker(tmp_path):
    return SpellChecker(PersonalWords(str(tmp_path / "words.txt")))


def _flagged(c, text):
    return [text[a:a + n] for a, n in c.misspelled(text)]


# ------------------------------------------------------------------ real plans --
@pytest.mark.skipif(len(SEEDS) < 5, reason="the five seed plans are not on this machine")
def test_the_five_seed_plans_raise_almost_no_false_alarm(checker):
    words = 0
    flagged = []
    for path in SEEDS:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        words += len(tokens(text))
        flagged += _flagged(checker, text)
    rate = len(flagged) / words
    # measured 2026-12-03: 1 of 29,122 words (0.003 %): "…vv" in seed 000 (the office's own "v.v." written
    # "vv"; a real slip, marking it is right).  HTML list markup left in cells, codes (165/KH-UBND),
    # abbreviations (TTHC, PAPI, DTTS, TTg), roman numerals and old-style tones ("Ủy", "hóa") raise none.
    assert words > 29_000
    assert rate < 1 / 10_000, (rate, flagged)
    assert set(flagged) <= {"vv"}, flagged


@pytest.mark.skipif(len(SEEDS) < 5, reason="the five seed plans are not on this machine")
def test_typos_put_into_a_seed_paragraph_are_all_found_where_they_are(checker):
    with open(SEEDS[2], encoding="utf-8") as f:
        text = f.read()[:3000]
    assert checker.misspelled(text) == []
    typos = {"nhiệm": "nhiêm", "thực": "thưc", "hiện": "hienj", "cải": "cari", "chính": "chíhn"}
    for right, wrong in typos.items():
        assert right in text, right
        text = text.replace(right, wrong, 1)
    found = _flagged(checker, text)
    assert sorted(found) == sorted(typos.values())
    for a, n in checker.misspelled(text):
        assert checker.suggestions(text[a:a + n])   # every marked word has something to offer


# ---------------------------------------------------------------- what is right --
def test_both_tone_placements_and_capitals_are_accepted(checker):
    text = "Ủy ban Uỷ ban hòa hoà khỏe khoẻ thúy thuý HÒA HOÀ Hóa Hoá quý Quý"
    assert checker.misspelled(text) == []


def test_not_errors_codes_numbers_abbreviations_addresses_tags(checker):
    text = ("Kế hoạch số 15/KH-UBND ngày 04/8/2023 theo Nghị định 30/2020/NĐ-CP; Quý IV, mục II, XVII; "
            "UBND, HĐND, MTTQ, PAPI, SIPAS, CCHC, TTHC, TTg; gửi vanthu@quangtri.gov.vn, "
            "xem https://dichvucong.gov.vn/p/home; <ul style=\"list-style-type: none\"> a) b) đ) 1.1 8.3")
    assert checker.misspelled(text) == []


def test_combining_marks_typed_apart_are_one_word_at_their_offsets(checker):
    text = unicodedata.normalize("NFD", "Hoàn thành nhiêm vụ")
    spans = checker.misspelled(text)
    assert len(spans) == 1
    a, n = spans[0]
    assert unicodedata.normalize("NFC", text[a:a + n]) == "nhiêm"
    assert checker.misspelled(unicodedata.normalize("NFD", "Hoàn thành nhiệm vụ")) == []


def test_only_real_tags_are_skipped(checker):
    assert _flagged(checker, "tỷ lệ < 50 % thnah > 30 %") == ["thnah"]
    assert checker.misspelled('<p style="text-align: center">Kế hoạch</p>') == []


def test_hyphens_and_punctuation_split_words(checker):
    text = "Kinh tế - xã hội; KT-XH, (công khai), “minh bạch”… cải cách-hành chínhh."
    assert _flagged(checker, text) == ["chínhh"]


def test_real_typos_are_marked(checker):
    for typo in ("hoanf", "thnah", "nhiêm", "viêc", "quyêt", "chíhn", "trieenr", "hoạhc", "nguoi"):
        assert _flagged(checker, f"Đã {typo} xong.") == [typo], typo
    # a word in capitals with a vowel mark is a word, not an abbreviation
    assert _flagged(checker, "KẾ HOẠHC THỰC HIỆN") == ["HOẠHC"]


# ----------------------------------------------------------------- suggestions --
@pytest.mark.parametrize("typo, meant", [
    ("hoanf", "hoàn"),         # Telex key left in the word
    ("thanhf", "thành"),
    ("trieenr", "triển"),
    ("ddaauf", "đầu"),
    ("hoan", "hoàn"),          # tone forgotten: "hoan thanh" → "hoàn thành" syllable by syllable
    ("thanh", "thành"),
    ("nguoi", "người"),
    ("nhiêm", "nhiệm"),        # tone missing on a marked vowel
    ("triẻn", "triển"),        # wrong vowel mark
    ("viêc", "việc"),
    ("quyêt", "quyết"),
    ("thnah", "thanh"),        # letters swapped
    ("hoạhc", "hoạch"),
    ("chíhn", "chính"),
    ("cari", "cải"),
    ("đươc", "được"),
    ("xỹ", "sỹ"),              # s/x
    ("tực", "thực"),           # a letter left out: the common word before the rare ones
    ("gải", "giải"),
    ("cính", "chính"),
    ("kện", "kiện"),
    ("nhâ", "nhân"),
])
def test_suggestions_hold_the_meant_word(checker, typo, meant):
    got = checker.suggestions(typo)
    assert meant in got, got
    assert len(got) <= 5


def test_telex_leftover_comes_first(checker):
    assert checker.suggestions("hoanf")[0] == "hoàn"
    assert checker.suggestions("duowcj")[:2] == ["dược", "được"]
    assert telex_read("dduwowcj") == ("đươc", "j")


def test_suggestions_keep_the_case_and_follow_the_tone_style(checker):
    assert checker.suggestions("Hoanf")[0] == "Hoàn"
    assert checker.suggestions("HOANF")[0] == "HOÀN"
    assert "hòa" in checker.suggestions("hoaf", style="old")
    assert "hoà" in checker.suggestions("hoaf", style="new")
    assert "UBND" in checker.suggestions("Ubnx")


# --------------------------------------------------------------- personal list --
def test_personal_list_round_trip_case_insensitive(tmp_path):
    path = str(tmp_path / "sub" / "words.txt")
    words = PersonalWords(path)
    c = SpellChecker(words)
    assert _flagged(c, "Phần mềm Bkav và iGate") == ["Bkav", "iGate"]
    assert words.add("Bkav") is True
    assert words.add("BKAV") is False                 # already there, whatever the case
    assert words.add("  iGate ") is True
    assert _flagged(c, "Phần mềm bkav và IGATE") == []
    again = PersonalWords(path)                       # what a later start reads
    assert again.words() == ["Bkav", "iGate"]
    with open(path, encoding="utf-8") as f:
        assert f.read() == "Bkav\niGate\n"
    assert again.remove("bkav") is True
    assert again.remove("bkav") is False
    assert PersonalWords(path).words() == ["iGate"]
    assert not [n for n in os.listdir(os.path.dirname(path)) if n.startswith(".")]   # no temp file left


def test_personal_entries_of_several_words_make_each_word_known(tmp_path):
    words = PersonalWords(str(tmp_path / "w.txt"))
    words.add("Cổng dịch vụ công Lạng Sơn iLangSon")
    c = SpellChecker(words)
    assert c.misspelled("truy cập iLangSon") == []


def test_personal_list_refuses_bad_entries_and_keeps_an_unreadable_file(tmp_path):
    words = PersonalWords(str(tmp_path / "w.txt"))
    with pytest.raises(PlanError) as e:
        words.add("   ")
    assert "trống" in e.value.vi and "empty" in e.value.en
    with pytest.raises(PlanError):
        words.add("x" * 81)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe not utf-8 \xc3")
    p = PersonalWords(str(bad))
    assert p.unreadable and p.words() == []
    with pytest.raises(PlanError) as e:
        p.add("Bkav")
    assert "ghi đè" in e.value.vi
    assert bad.read_bytes() == b"\xff\xfe not utf-8 \xc3"      # nothing of the clerk's lost


def test_personal_list_lives_beside_the_settings(tmp_path, monkeypatch):
    monkeypatch.setenv("KEHOACH_SETTINGS", str(tmp_path / "cfg" / "settings.json"))
    assert personal_path() == str(tmp_path / "cfg" / "tu-dien-ca-nhan.txt")


def test_session_words_and_ignore(checker):
    assert _flagged(checker, "Bưu điện Vnpost") == ["Vnpost"]
    checker.add_words(["Bưu điện Vnpost tỉnh"])      # an agency name of the plan
    assert checker.misspelled("Bưu điện VNPOST") == []
    assert _flagged(checker, "nhiêm") == ["nhiêm"]
    checker.ignore("nhiêm")
    assert checker.misspelled("Nhiêm") == []


def test_data_is_nfc_lower_case_and_small():
    syl = load_syllables()
    assert 6_000 < len(syl) < 8_000           # 6,611 syllables, the 69 with a final oa/oe/uy in both placements
    assert all(s == unicodedata.normalize("NFC", s) and s == s.lower() for s in syl)
    assert {"hoà", "hòa", "uỷ", "ủy", "nghiêng", "được"} <= syl


def test_runs_of_dots_dashes_and_at_signs_are_read_in_linear_time(checker):
    """A pasted line of 10,000 "a." took 4 s (the skip patterns were tried at every dot, each scanning to the
    end of the run): the window froze while underlining it.  The bound below is 20× what it takes now."""
    import time
    for text in ("a." * 10_000, "." * 20_000, "-a" * 10_000, "a@" * 10_000, "ngày " + "." * 20_000 + " tháng"):
        t = time.perf_counter()
        checker.misspelled(text)
        assert time.perf_counter() - t < 0.5, text[:20]


def test_place_names_and_loan_words_of_official_texts_are_not_errors(checker):
    text = ("UBND tỉnh Đắk Lắk, huyện Krông Búk, Cư M'gar, Buôn Ma Thuột, Pleiku, Kon Plông, Đăk Glei, Ia Grai, "
            "Đakrông, Sìn Hồ, Bắc Kạn, Xín Mần, Nậm Pồ, Mù Cang Chải, Đạ Huoai, Kông Chro; đăng trên website, "
            "fanpage, Zalo, email, cổng dịch vụ công trực tuyến, họp online, sỹ quan")
    assert checker.misspelled(text) == []
