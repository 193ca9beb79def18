"""Issue 15, part 5: a short or variant agency name (pasted from Excel) gets a suggestion from the
plan's directory — never a silent change (core.text.suggest_agencies)."""
from core.templates import plan_from_template
from core.text import suggest_agencies, unknown_agencies


def directory():
    plan = plan_from_template("papi", agency="Huyện Vị Xuyên", year="2026")
    return [a.name for a in plan.agencies]


def test_suggestions_from_the_starter_directory():
    known = directory()
    assert "Phòng Kinh tế" in known and "Sở Nội vụ" in known
    assert suggest_agencies("Phòng Kinh tế xã", known)[0] == "Phòng Kinh tế"
    assert suggest_agencies("Sở Nội vụ tỉnh", known) == ["Sở Nội vụ"]
    vp = suggest_agencies("Văn phòng", known)
    assert "Văn phòng HĐND và UBND xã" in vp and all(x.startswith("Văn phòng ") for x in vp) and len(vp) <= 3
    assert suggest_agencies("Phòng Kinh tế", known) == []          # as written in the directory
    assert suggest_agencies("Công ty Điện lực", known) == []
    assert suggest_agencies("", known) == []


def test_variant_spelling_is_pointed_to_the_directory_form():
    known = ["Ủy ban MTTQ xã", "Phòng Tư pháp"]
    assert suggest_agencies("Uỷ ban MTTQ xã", known) == ["Ủy ban MTTQ xã"]
    assert suggest_agencies("phòng tư pháp huyện", known) == ["Phòng Tư pháp"]
    assert unknown_agencies(["Phòng Tư pháp", "Uỷ ban MTTQ xã"], known) == [("Uỷ ban MTTQ xã", ["Ủy ban MTTQ xã"])]
