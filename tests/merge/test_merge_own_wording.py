"""'Tự sửa…' (the clerk's own wording) on a section keeps the formatting of every
paragraph it leaves as it was."""
from core.merge import value_from_text, value_text


def test_own_wording_keeps_unchanged_paragraphs_formatting():
    mine = [{"runs": [["Báo cáo "], ["trước ngày 15/6", "b"]]}, {"runs": [["Chỉ số "], ["PAPI", "i"]], "kind": "dash"}]
    theirs = [{"runs": [["Báo cáo trước ngày 20/6"]]}, {"runs": [["Chỉ số "], ["PAPI", "i"]], "kind": "dash"}]
    c = {"kind": "field", "table": "section", "field": "body", "key": None, "mine": mine, "theirs": theirs}
    text = value_text(c, "mine")
    assert text == "Báo cáo trước ngày 15/6\n- Chỉ số PAPI"
    same = value_from_text(c, text)
    assert same == mine                                         # applied unchanged: nothing lost
    edited = value_from_text(c, "Báo cáo trước ngày 18/6\n- Chỉ số PAPI")
    assert edited[0] == {"runs": [["Báo cáo trước ngày 18/6"]]} and edited[1] == mine[1]


def test_own_wording_of_a_title_keeps_bold():
    c = {"kind": "field", "table": "section", "field": "title", "key": None,
         "mine": [["MỤC TIÊU", "b"]], "theirs": [["MỤC TIÊU CHUNG", "b"]]}
    assert value_from_text(c, "MỤC TIÊU") == [["MỤC TIÊU", "b"]]
    assert value_from_text(c, "MỤC TIÊU CỤ THỂ") == [["MỤC TIÊU CỤ THỂ", "b"]]
    assert value_from_text(c, "") == []
