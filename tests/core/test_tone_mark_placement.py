"""Issue 15, part 2: old and new tone-mark placement ("hòa"/"hoà", "Ủy"/"Uỷ", "thúy"/"thuý") compare
equal everywhere names are compared (core.text.name_key / search_key), text is stored as typed, and
core.operations.set_tone_style writes a whole plan in the style the office chose.

Real text: seed 003 (Hà Giang 2021) writes "xã hội hóa", "hài hòa xóa" (old) and, a few lines further,
"bê tông hoá", "đa dạng hoá" (new); seed 002 writes both "hóa" and "hoá"."""
import glob
import os
import re

import pytest

from core import operations as ops
from core.model import Agency, Paragraph, Run
from core.store.planfile import PlanStore
from core.text import fold, name_key, same_name, search_key, tone_style, tone_styles_in, vn_sort_key

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SEEDS = os.path.join(os.path.dirname(ROOT), "shared", "seeds")
SAMPLES = sorted(glob.glob(os.path.join(ROOT, "resources", "samples", "*.sqlite")))


def seed(name: str) -> str:
    path = next(iter(glob.glob(os.path.join(SEEDS, name + "*.txt"))), None)
    if path is None:
        pytest.skip("seeds not available")
    return open(path, encoding="utf-8").read()


def load(path):
    st = PlanStore.open(path)
    try:
        return st.load()
    finally:
        st.close()


@pytest.mark.parametrize("old,new", [("hòa", "hoà"), ("Ủy ban", "Uỷ ban"), ("thúy", "thuý"), ("khỏe", "khoẻ"),
                                     ("HÒA BÌNH", "HOÀ BÌNH"), ("ỦY BAN", "UỶ BAN"), ("Tòa án", "Toà án")])
def test_both_placements_convert_and_compare_equal(old, new):
    assert tone_style(old, "new") == new and tone_style(new, "old") == old
    assert tone_style(old, "old") == old and tone_style(new, "new") == new
    assert name_key(old) == name_key(new) and search_key(old) == search_key(new)
    assert len(tone_style(old, "new")) == len(old)


@pytest.mark.parametrize("word", ["quý", "Quý", "hoàng", "ngoài", "thuở", "của", "tuyết", "khoáng", "Hòa"[0:1] + "oa"])
def test_syllables_the_styles_agree_on_are_left_alone(word):
    """After "q" the u is part of the consonant; with a final consonant or vowel both styles agree."""
    assert tone_style(word, "old") == word and tone_style(word, "new") == word


def test_name_key_ignores_case_blanks_and_placement_but_not_other_marks():
    assert same_name("Uỷ ban MTTQ xã", "Ủy ban  MTTQ Xã")
    assert not same_name("Hòa", "Hoa") and not same_name("Hòa", "Hỏa")
    assert search_key("Ủy ban MTTQ") == search_key("uy ban mttq") == "uy ban mttq"
    assert search_key("Đảng ủy") == "dang uy"


def test_fold_keeps_positions():
    text = "Ủy ban nhân dân tỉnh Hà Giang — đa dạng hoá"
    for case in (False, True):
        for marks in (False, True):
            assert len(fold(text, case, marks)) == len(text)


def test_seed_text_in_either_style_round_trips():
    text = seed("003")
    assert "xã hội hóa" in text and "đa dạng hoá" in text       # the seed mixes both styles
    counts = tone_styles_in(text)
    assert counts["old"] > 10 and counts["new"] >= 2
    old, new = tone_style(text, "old"), tone_style(text, "new")
    assert tone_styles_in(old)["new"] == 0 and tone_styles_in(new)["old"] == 0
    assert len(old) == len(text) == len(new)
    assert tone_style(old, "new") == new and tone_style(new, "old") == old
    assert "đa dạng hóa" in old and "xã hội hoá" in new
    assert old.count("Quý") == text.count("Quý") == new.count("Quý")   # "Quý IV" untouched
    # nothing but the toned pair moved: the same text once the placement is folded away
    assert fold(old, marks=True) == fold(text, marks=True) == fold(new, marks=True)
    # every word the conversion touched is one of oa/oe/uy at the end of a syllable
    changed = {a for a, b in zip(re.findall(r"\w+", text), re.findall(r"\w+", new)) if a != b}
    assert changed and all(re.search(r"(oa|oe|uy)$", search_key(w)) for w in changed)


def test_sorting_puts_the_two_spellings_together():
    names = ["Ủy ban MTTQ xã", "Văn phòng HĐND và UBND", "Uỷ ban MTTQ xã", "Trạm Y tế", "UBND cấp xã"]
    out = sorted(names, key=vn_sort_key)
    i, j = out.index("Ủy ban MTTQ xã"), out.index("Uỷ ban MTTQ xã")
    assert abs(i - j) == 1 and out.index("Văn phòng HĐND và UBND") > max(i, j)


@pytest.mark.skipif(not SAMPLES, reason="no sample plans")
def test_set_tone_style_writes_the_whole_sample_plan_in_one_style_keeping_runs():
    plan = load(next(p for p in SAMPLES if "003_" in p))
    before = ops.tone_counts(plan)
    assert before["old"] and before["new"]
    bold = [[(r.bold, r.italic, len(r.text)) for r in p.runs] for s in plan.walk() for p in s.body]
    ids = ops.set_tone_style(plan, "new")
    assert ids and ops.tone_counts(plan) == {"old": 0, "new": before["old"] + before["new"]}
    assert bold == [[(r.bold, r.italic, len(r.text)) for r in p.runs] for s in plan.walk() for p in s.body]
    assert ops.set_tone_style(plan, "new") == set()          # nothing left to change
    back = ops.set_tone_style(plan, "old")
    assert back and ops.tone_counts(plan)["new"] == 0


def test_set_tone_style_keeps_bold_and_a_word_split_over_runs():
    from core.model import Plan, Section
    plan = Plan()
    sec = Section(title=[Run("Xã hội ", False), Run("ho", True), Run("á", False)],
                  body=[Paragraph([Run("Ban chỉ đạo q", True), Run("uý IV; ", False), Run("Uỷ ban", False, True)])])
    plan.sections.append(sec)
    plan.agencies.append(Agency(name="Uỷ ban MTTQ xã"))
    ids = ops.set_tone_style(plan, "old")
    assert ids == {sec.id, plan.agencies[0].id}
    assert [(r.text, r.bold) for r in sec.title] == [("Xã hội ", False), ("hó", True), ("a", False)]
    assert [r.text for r in sec.body[0].runs] == ["Ban chỉ đạo q", "uý IV; ", "Ủy ban"]    # "quý" unchanged
    assert sec.body[0].runs[2].italic and plan.agencies[0].name == "Ủy ban MTTQ xã"
    with pytest.raises(ops.OperationError):
        ops.set_tone_style(plan, "mới")


def test_tone_style_rows_names_only_the_rows_that_change():
    from core.model import Appendix, Column, Row
    app = Appendix(columns=[Column(key="task"), Column(key="lead")])
    t, l = app.columns[0].id, app.columns[1].id
    app.rows = [Row(cells={t: "Xã hội hóa", l: "Sở Nội vụ"}), Row(cells={t: "Quý IV", l: "Phòng Tư pháp"}),
                Row(cells={t: "x"}, lead=["Ủy ban MTTQ"])]
    from core.model import Plan
    plan = Plan(appendices=[app])
    assert ops.tone_style_rows(plan, "new") == {app.id: [app.rows[0].id, app.rows[2].id]}
    assert ops.tone_style_rows(plan, "old") == {}


def test_office_setting_for_the_style(tmp_path):
    from core import settings as S
    st = S.Settings(path=str(tmp_path / "s.json"))
    st.set_office("UBND xã Thanh Thủy", {"agency": "Xã Thanh Thủy", "tone_style": "new"})
    st.save()
    again = S.Settings.load(str(tmp_path / "s.json"))
    assert again.tone_style() == "new"
    st.set_office("UBND xã Thanh Thủy", {"agency": "Xã Thanh Thủy", "tone_style": "bogus"})
    assert st.tone_style() == ""


def test_merge_does_not_call_two_placements_a_conflict(tmp_path):
    """Two offices retyped the same cell, one "Uỷ ban MTTQ xã", the other "Ủy ban MTTQ xã": the same words,
    so no conflict (mine kept as typed); a real difference still is one."""
    from core.merge.fields import _MISSING, _pick
    assert _pick("UBND xã", "Uỷ ban MTTQ xã", "Ủy ban MTTQ xã") == ("Uỷ ban MTTQ xã", False, "mine")
    assert _pick("UBND xã", "Uỷ ban MTTQ xã", "Ủy ban MTTQ huyện")[1] is True
    assert _pick(_MISSING, "hòa", "hoà")[1] is False
    assert _pick(_MISSING, "hòa", "Hòa")[1] is True            # case is an edit, not a spelling variant


def test_agency_in_a_sentence_takes_the_directory_spelling_whatever_the_placement():
    """The attachment line's agency ("… của Ủy ban nhân dân huyện Vị Xuyên") is the directory's name when
    the header writes it with the other placement ("UỶ BAN NHÂN DÂN")."""
    from core.text import agency_in_sentence
    known = ["Ủy ban nhân dân huyện Vị Xuyên"]
    assert agency_in_sentence("UỶ BAN NHÂN DÂN HUYỆN VỊ XUYÊN", known) == "Ủy ban nhân dân huyện Vị Xuyên"
    assert agency_in_sentence("ỦY BAN NHÂN DÂN HUYỆN VỊ XUYÊN", known) == "Ủy ban nhân dân huyện Vị Xuyên"
