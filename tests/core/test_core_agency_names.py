"""Agency names written inside a sentence ("Kèm theo Kế hoạch … của Ủy ban nhân
dân huyện Vị Xuyên"), made from the header's upper-case lines."""
import unicodedata

import pytest

from core.model import Agency, Appendix, Meta, Plan
from core.text import agency_in_sentence


@pytest.mark.parametrize("upper,expect", [
    ("ỦY BAN NHÂN DÂN\nHUYỆN VỊ XUYÊN", "Ủy ban nhân dân huyện Vị Xuyên"),
    ("ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ", "Ủy ban nhân dân tỉnh Quảng Trị"),
    ("UBND TỈNH QUẢNG TRỊ", "UBND tỉnh Quảng Trị"),
    ("ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ GIANG", "Ủy ban nhân dân thành phố Hà Giang"),
    ("ỦY BAN NHÂN DÂN XÃ THANH THỦY", "Ủy ban nhân dân xã Thanh Thủy"),
    ("SỞ NỘI VỤ", "Sở Nội vụ"),
    ("SỞ KẾ HOẠCH VÀ ĐẦU TƯ", "Sở Kế hoạch và Đầu tư"),
    ("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "Sở Văn hóa, Thể thao và Du lịch"),
    ("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "Sở Lao động - Thương binh và Xã hội"),
    ("SỞ GIAO THÔNG VẬN TẢI", "Sở Giao thông vận tải"),
    ("BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP TỈNH", "Ban Quản lý các khu công nghiệp tỉnh"),
    ("VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH", "Văn phòng Ủy ban nhân dân tỉnh"),
    ("PHÒNG LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI HUYỆN VỊ XUYÊN",
     "Phòng Lao động - Thương binh và Xã hội huyện Vị Xuyên"),
    ("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH HÀ GIANG", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Giang"),
    ("HĐND TỈNH", "HĐND tỉnh"),
    ("Ủy ban nhân dân huyện Vị Xuyên", "Ủy ban nhân dân huyện Vị Xuyên"),   # already mixed case: kept
    ("", ""),
])
def test_agency_in_sentence(upper, expect):
    assert agency_in_sentence(upper) == expect
    assert agency_in_sentence(unicodedata.normalize("NFD", upper)) == expect   # either Unicode form


def test_directory_name_wins():
    assert agency_in_sentence("SỞ NỘI VỤ TỈNH HÀ GIANG", ["Sở Nội vụ tỉnh Hà Giang"]) == "Sở Nội vụ tỉnh Hà Giang"


def test_attachment_line_of_an_imported_header():
    """An imported plan has only the header's upper-case lines: the default
    "(Kèm theo …)" line used to read "… của Ủy ban nhân dân huyện vị xuyên"."""
    plan = Plan(meta=Meta(agency="ỦY BAN NHÂN DÂN\nHUYỆN VỊ XUYÊN", issue_date="2021-05-31"),
                appendices=[Appendix(title="NHIỆM VỤ")])
    assert plan.attachment_line(0).endswith("của Ủy ban nhân dân huyện Vị Xuyên)")
    plan.agencies.append(Agency(name="Ủy ban nhân dân huyện Vị Xuyên"))
    assert plan.attachment_line(0).endswith("của Ủy ban nhân dân huyện Vị Xuyên)")
    plan.meta.agency_full = "UBND huyện Vị Xuyên"       # the clerk's own wording wins
    assert plan.attachment_line(0).endswith("của UBND huyện Vị Xuyên)")
