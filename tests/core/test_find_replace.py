"""Issue 15, part 1 (core): find in the whole plan — header, preamble, sections, appendix cells, signer,
Nơi nhận — with or without diacritics, whole word, case; each hit named by its place as printed; replace
one or all through core.operations.replace_found, keeping bold and italic runs.

Real text: sample plan 004 (Vị Xuyên 2021, built from seed 004), whose Mục III.… paragraphs bold their
report dates ("trước ngày 15/9/2021")."""
import glob
import os

import pytest

from core import operations as ops
from core.find import FindIndex, field_text, fields, find
from core.model import Appendix, Column, Meta, Paragraph, Plan, Recipient, Row, Run, Section, Signer
from core.store.planfile import PlanStore

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLE = next(iter(glob.glob(os.path.join(ROOT, "resources", "samples", "004_*.sqlite"))), None)


def sample():
    if SAMPLE is None:
        pytest.skip("no sample plan")
    st = PlanStore.open(SAMPLE)
    try:
        return st.load()
    finally:
        st.close()


def small_plan() -> Plan:
    """I. / 1. / a) with text, a two-row appendix, a signer and Nơi nhận — every kind of place."""
    a_ = Section(kind="diem", title=[Run("Tuyên truyền")],
                 body=[Paragraph([Run("Phối hợp với "), Run("Uỷ ban MTTQ xã", True), Run(" tổ chức hội nghị.")])])
    k1 = Section(kind="khoan", title=[Run("Nhiệm vụ")], children=[a_])
    m1 = Section(kind="muc", title=[Run("NHIỆM VỤ VÀ GIẢI PHÁP")], children=[k1])
    a_.parent_id, k1.parent_id = k1.id, m1.id
    app = Appendix(title="Danh mục nhiệm vụ", columns=[Column(key="tt", title="TT"), Column(key="task", title="Nhiệm vụ"),
                                                     Column(key="lead", title="Chủ trì")])
    tt, task, lead = (c.id for c in app.columns)
    app.rows = [Row(kind="group", cells={task: "CÔNG TÁC CHỈ ĐẠO"}),
                Row(cells={task: "Ban hành kế hoạch", lead: "Văn phòng HĐND và UBND"}),
                Row(cells={task: "Giám sát việc thực hiện", lead: "Ủy ban MTTQ xã"}, lead=["Ủy ban MTTQ xã"])]
    return Plan(meta=Meta(agency="ỦY BAN NHÂN DÂN\nXÃ THANH THỦY", title="Kế hoạch hòa giải ở cơ sở năm 2026",
                          preamble=[Paragraph.plain("Căn cứ Luật Hòa giải ở cơ sở năm 2013;")]),
                sections=[m1], appendices=[app, Appendix(title="Phụ lục hai")],
                signers=[Signer(prefix="TM.", collective="ỦY BAN NHÂN DÂN", lines=["CHỦ TỊCH"], name="Nguyễn Văn Hoà")],
                recipients=[Recipient(text="- Ủy ban MTTQ xã;"), Recipient(text="- Lưu: VT.")])


def places(hits):
    return [h.where() for h in hits]


def test_places_are_named_as_printed():
    plan = small_plan()
    hits = find(plan, "uy ban mttq")
    assert [h.matched for h in hits] == ["Uỷ ban MTTQ", "Ủy ban MTTQ", "Ủy ban MTTQ"]
    assert places(hits) == ["Mục I.1.a, đoạn 1", "Phụ lục I, TT 2 — Chủ trì", "Nơi nhận, dòng 1"]
    assert [h.where("en") for h in hits] == ["Section I.1.a, paragraph 1", "Appendix I, no. 2 — Chủ trì",
                                            "Recipients, line 1"]
    assert places(find(plan, "chỉ đạo")) == ["Phụ lục I, nhóm I — Nhiệm vụ"]
    assert places(find(plan, "hoa", word=True)) == ["Đầu văn bản — Trích yếu", "Phần mở đầu, đoạn 1",
                                                     "Người ký — họ tên"]
    assert places(find(plan, "thanh thuy")) == ["Đầu văn bản — Cơ quan ban hành"]


def test_diacritics_case_and_whole_word():
    plan = small_plan()
    assert len(find(plan, "hoà", marks=True)) == 3            # "hòa" (title, preamble) and "Hoà": placement aside
    assert find(plan, "hoa", marks=True) == []                 # but a missing mark is a difference
    # with case: "Hòa giải" (preamble) and "Hoà" (signer), not "hòa giải" (title)
    assert [h.matched for h in find(plan, "Hòa", case=True)] == ["Hòa", "Hoà"]
    assert find(plan, "HÒA", case=True) == []
    assert len(find(plan, "ủy ban", case=True)) == 0 and len(find(plan, "Ủy ban", case=True)) == 3
    # "hoa" is also inside "hoạch" (title, a task) unless whole words are asked for
    assert len(find(plan, "hoa")) == 5 and len(find(plan, "hoa", word=True)) == 3
    assert [h.matched for h in find(plan, "xã", word=True)] == ["XÃ", "xã", "xã", "xã"]
    assert find(plan, "xa", word=True, marks=False) != [] and find(plan, "xa", word=True, marks=True) == []
    assert find(plan, "  ") == [] and find(plan, "") == []


def test_every_field_text_is_found_where_it_is():
    plan = sample()
    for f, text in fields(plan):
        assert field_text(plan, f) == text
    hits = FindIndex(plan).search("uy ban mat tran")
    assert hits and all(h.matched.lower().startswith(("ủy ban mặt trận", "uỷ ban mặt trận")) for h in hits)
    assert any(h.where().startswith("Mục II.1.c") for h in hits)
    rows = [h for h in find(plan, "papi") if h.field.kind == "cell"] + \
        [h for h in find(plan, "văn phòng") if h.field.kind == "cell"]
    nums = plan.row_numbers(plan.appendices[0])
    assert rows and all(h.where().startswith(f"Phụ lục, TT {nums[h.field.rid]}") or "nhóm" in h.where()
                        for h in rows if nums.get(h.field.rid))


def test_replace_all_keeps_bold_and_italic_runs():
    plan = sample()
    hits = find(plan, "2021")
    bold = [(s, p) for s in plan.walk() for p in s.body if any(r.bold and "2021" in r.text for r in p.runs)]
    assert bold
    n, ids = ops.replace_found(plan, hits, "2022")
    assert n == len(hits) > 10 and ids
    assert find(plan, "2021") == []
    for s, p in bold:
        assert any(r.bold and "2022" in r.text for r in p.runs)
        assert not any(r.bold and "/2021" in r.text for r in p.runs)


def test_replace_one_and_the_formatting_of_the_replaced_text():
    plan = small_plan()
    hits = find(plan, "uy ban mttq")
    n, ids = ops.replace_found(plan, hits[:1], "Ủy ban Mặt trận Tổ quốc Việt Nam")
    sec = plan.sections[0].children[0].children[0]
    assert n == 1 and ids == {sec.id}
    assert [(r.text, r.bold) for r in sec.body[0].runs] == [
        ("Phối hợp với ", False), ("Ủy ban Mặt trận Tổ quốc Việt Nam xã", True), (" tổ chức hội nghị.", False)]
    assert sec.body[0].text == "Phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam xã tổ chức hội nghị."
    # the cell goes through set_cell: its agency list follows
    n, ids = ops.replace_found(plan, hits[1:2], "Hội Nông dân")
    row = plan.appendices[0].rows[2]
    assert n == 1 and row.id in ids and row.lead == ["Hội Nông dân xã"]
    # a hit whose field changed since the search is left alone
    assert ops.replace_found(plan, hits[:1], "X") == (0, set())
    # signer, recipient, header, preamble
    for q, new in (("hoà", "Hòa"), ("- lưu", "- Lưu trữ"), ("thanh thủy", "Thanh Thuỷ"), ("2013", "2013 (sửa đổi)")):
        n, _ = ops.replace_found(plan, find(plan, q), new)
        assert n >= 1
    assert plan.signers[0].name == "Nguyễn Văn Hòa" and plan.recipients[1].text == "- Lưu trữ: VT."
    assert plan.meta.agency == "ỦY BAN NHÂN DÂN\nXÃ Thanh Thuỷ"
    assert plan.meta.preamble[0].text == "Căn cứ Luật Hòa giải ở cơ sở năm 2013 (sửa đổi);"


def test_index_follows_the_plan_after_invalidate():
    plan = small_plan()
    ix = FindIndex(plan)
    assert ix.count("hội nghị") == 1
    ops.replace_found(plan, ix.search("hội nghị"), "hội thảo")
    assert ix.count("hội nghị") == 1           # the index is a snapshot …
    ix.invalidate()
    assert ix.count("hội nghị") == 0 and ix.count("hội thảo") == 1
