"""A reading's notes are typed values that the explanation words, and a recorded event date resolves the
sentence that waits for it (issue 13: no note strings parsed back, no sentence found by its wording)."""
from datetime import date

from core.deadlines import parse, words
from core.deadlines.explain import sentences
from core.deadlines.notes import (
    Duration,
    HolidayShift,
    NoFixedDate,
    Note,
    Offset,
    ReadWithAccents,
    StartsOn,
    TetDay,
    WeekdayMatches,
    WeekdayMismatch,
    WeekOfMonth,
)
from core.deadlines.words import Waiting

PHRASES = {
    "05 ngày làm việc kể từ ngày 02/3/2026": Offset(5, "workdays", date(2026, 3, 2)),
    "Từ ngày 01/3/2026": StartsOn(date(2026, 3, 1)),
    "Trước Tết Nguyên đán 2026": TetDay(2026, date(2026, 2, 17)),
    "Quy IV hang nam": ReadWithAccents("Quý IV hàng năm"),
    "Theo yêu cầu": NoFixedDate("Theo yêu cầu"),
    "tuần đầu tháng": WeekOfMonth(True),
    "Ngày 15 hằng tháng (nếu trùng ngày nghỉ, ngày lễ thì thực hiện vào ngày làm việc tiếp theo)": HolidayShift(1),
    "Không quá 15 ngày": Duration(15, "days", "không quá"),
    "thứ Tư ngày 14 tháng 02 năm 2018": WeekdayMatches(3),
    "thứ Năm ngày 14 tháng 02 năm 2018": WeekdayMismatch(date(2018, 2, 14)),
}


def test_notes_are_typed_values():
    for phrase, note in PHRASES.items():
        dl = parse(phrase)
        assert all(isinstance(n, Note) for n in dl.notes), (phrase, dl.notes)
        assert note in dl.notes, (phrase, dl.notes)


def test_an_event_sentence_waits_for_its_date_in_both_languages():
    dl = parse("Sau khi ban hành kế hoạch")
    for lang, pending in (("vi", words.NO_EVENT_DATE_VI), ("en", words.NO_EVENT_DATE_EN)):
        waiting = [s for s in sentences(dl, lang) if isinstance(s, Waiting)]
        assert len(waiting) == 1 and waiting[0].endswith(pending)
        assert pending not in waiting[0].resolved
    vi = dl.explanation_with({"BAN HÀNH KẾ HOẠCH": date(2026, 3, 2)})
    assert "Chưa có ngày cụ thể" not in vi
    assert vi.endswith("Sự kiện “ban hành kế hoạch” ngày 02/03/2026: hạn 02/03/2026.")
    en = dl.explanation_with({"ban hành kế hoạch": date(2026, 3, 2)}, "en")
    assert "no date until" not in en and en.endswith("recorded on 2 Mar 2026: due 2 Mar 2026.")
    assert dl.explanation_with({"something else": date(2026, 3, 2)}) == dl.explanation


def test_a_reworded_waiting_sentence_is_still_resolved(monkeypatch):
    """The sentence is found as a value, not by its words: rewording it cannot leave it in place."""
    from core.deadlines import explain as explain_mod
    from core.deadlines import explain_families
    monkeypatch.setattr(explain_families, "NO_EVENT_DATE_VI", " Đang chờ ngày xảy ra sự kiện.")
    dl = parse("Trong thời hạn 03 ngày làm việc")
    start = dl.events[0].event
    assert "Đang chờ ngày xảy ra sự kiện." in explain_mod.explain(dl)
    text = explain_mod.with_recorded_events(explain_mod.sentences(dl, "vi"), [(dl.events[0], date(2026, 3, 2),
                                                                               dl.events[0].apply(date(2026, 3, 2)))])
    assert "Chưa có ngày cụ thể" not in text and "Đang chờ" not in text
    assert text.endswith(f"Sự kiện “{start}” ngày 02/03/2026: hạn 05/03/2026.")
