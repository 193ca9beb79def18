"""English wording of the texts core/deadlines composes (explanation, reminder, state words).

Vietnamese stays the default and unchanged; ``lang="en"`` gives plain English with babel dates.
"""
import json
import re
import subprocess
import sys
from datetime import date

import pytest

from core.deadlines import STATES, deadline_notice, interpret, parse, plan_deadlines, state_label
from core.deadlines.explain import explain
from core.model import Appendix, Column, Meta, Plan, Row

VI_ONLY = re.compile("[ăâđêôơưĩũạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.IGNORECASE)
QUOTED = re.compile(r"“[^”]*”")

PHRASES = ["Quý IV hàng năm", "Hàng năm", "Hàng quý", "Thường xuyên", "Theo quy định", "Sau khi ban hành",
           "Trước bầu cử", "05 ngày làm việc kể từ ngày có Quyết định công bố của Bộ, ngành",
           "Quý I đến Quý III năm 2021", "hàng quý, 6 tháng và hàng năm", "Tháng 6 và tháng 12 hằng năm",
           "Trước ngày 15/11 hàng năm", "Tháng 1 năm sau liền kề", "Hàng năm, giai đoạn 2021 - 2025",
           "Từ tháng 3/2022", "Định kỳ 2 tháng", "Hàng tuần", "Hàng ngày", "23/5/2021", "Phòng Nội vụ", "Quý V",
           "Thường xuyên; báo cáo trước ngày 15/11 hàng năm", ""]


def test_quarter_iv_every_year_in_english():
    e = parse("Quý IV hàng năm").explanation_in("en")
    assert "31 December" in e and "every year" in e.lower()
    assert not VI_ONLY.search(e)


@pytest.mark.parametrize("phrase", PHRASES)
def test_english_explanation_has_no_vietnamese_words(phrase):
    e = explain(parse(phrase), "en")
    assert e and not VI_ONLY.search(QUOTED.sub("", e)), e


def test_english_dates_go_through_babel():
    assert "1 Jan 2021" in parse("Quý I đến Quý III năm 2021").explanation_in("en")
    assert "30 Sep 2021" in parse("Quý I đến Quý III năm 2021").explanation_in("en")
    e = parse("05 ngày làm việc kể từ ngày có Quyết định công bố của Bộ, ngành").explanation_in("en")
    assert e.startswith("Due 5 working days after “") and "no date until the event is recorded" in e


def test_vietnamese_stays_the_default():
    dl = parse("Quý IV hàng năm")
    assert dl.explanation == explain(dl) == explain(dl, "vi") == dl.explanation_in("vi")
    assert dl.explanation == "Quý IV hằng năm: hạn ngày 31/12 mỗi năm."
    assert dl.explanation_in("en") != dl.explanation


def test_event_date_applied_in_english():
    dl = parse("Sau khi ban hành")
    e = dl.explanation_with({dl.event: date(2025, 3, 4)}, "en")
    assert "recorded on 4 Mar 2025: due 4 Mar 2025" in e and "no date until" not in e
    vi = dl.explanation_with({dl.event: date(2025, 3, 4)})
    assert "04/03/2025" in vi and "Chưa có ngày cụ thể" not in vi


def test_interpret_english_keeps_the_keys():
    vi = interpret("Quý IV hàng năm", date(2025, 1, 1), date(2025, 12, 31))
    en = interpret("Quý IV hàng năm", date(2025, 1, 1), date(2025, 12, 31), lang="en")
    assert set(vi) == set(en) and vi["due"] == en["due"] == ["2025-12-31"]
    assert vi["explanation"] != en["explanation"] and "31 December" in en["explanation"]


def test_state_labels():
    assert state_label("overdue") == "Chưa hoàn thành, quá hạn"
    en = [state_label(s, "en") for s in STATES]
    assert len(set(en)) == 4 and not any(VI_ONLY.search(x) for x in en)
    assert state_label("overdue", "en") == "Not done, overdue"


def make_plan():
    app = Appendix(title="NHIỆM VỤ")
    app.columns = [Column(key="task", title="Nhiệm vụ"), Column(key="lead", title="Chủ trì"),
                   Column(key="deadline", title="Thời gian hoàn thành")]
    k = {c.key: c.id for c in app.columns}
    for task, lead, dl in [("Tổ chức hội nghị triển khai", "Sở Nội vụ", "Tháng 3/2025"),
                           ("Báo cáo quý", "Văn phòng UBND tỉnh", "Quý II năm 2025"),
                           ("Kiểm tra giữa năm", "Thanh tra tỉnh", "Chậm nhất ngày 28/6/2025")]:
        app.rows.append(Row(kind="task", cells={k["task"]: task, k["lead"]: lead, k["deadline"]: dl}))
    return Plan(meta=Meta(title="Kế hoạch năm 2025", period="2025", issue_date="2025-01-10"), appendices=[app])


def test_notice_in_english():
    plan = make_plan()
    today = date(2025, 6, 24)
    vi = deadline_notice(plan, today)
    en = deadline_notice(plan, today, lang="en")
    assert vi.startswith("Nhắc hạn ngày 24/06/2025: 1 việc quá hạn chưa hoàn thành")
    assert vi == deadline_notice(plan, today, lang="vi")
    assert en.startswith("Deadlines on 24 Jun 2025: 1 task overdue, not done;")
    assert "due within 7 days" in en and "30 Jun 2025" in en and "28 Jun 2025" in en
    # only the plan's own words (tasks, agencies, the appendix's printed name) may be Vietnamese
    content = ["Tổ chức hội nghị triển khai", "Sở Nội vụ", "Báo cáo quý", "Văn phòng UBND tỉnh",
               "Kiểm tra giữa năm", "Thanh tra tỉnh", plan.appendix_label(0)]
    rest = en
    for c in content:
        rest = rest.replace(c, "")
    assert not VI_ONLY.search(rest), rest
    assert deadline_notice(plan, date(2024, 1, 1), lang="en") == ""


def test_plan_deadlines_explanations_in_english():
    plan = make_plan()
    pdl = plan_deadlines(plan, date(2025, 1, 1), date(2025, 12, 31), date(2025, 6, 24), explain=True, lang="en")
    assert pdl.occurrences and all(o.explanation and not VI_ONLY.search(o.explanation) for o in pdl.occurrences)
    assert pdl.occurrences[0].to_json()["state_vi"] == "Chưa hoàn thành, quá hạn"   # JSON keys/values unchanged


def test_cli_lang_en_gives_the_english_explanation():
    import os
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    args = [sys.executable, os.path.join(root, "main.py"), "deadline", "Quý IV hàng năm", "--from", "2025-01-01",
            "--to", "2025-12-31"]
    en = json.loads(subprocess.run(args + ["--lang", "en"], capture_output=True, text=True, check=True,
                                   cwd=root).stdout)
    vi = json.loads(subprocess.run(args, capture_output=True, text=True, check=True, cwd=root).stdout)
    assert set(en) == set(vi)
    assert en["explanation"] == "Q4 every year: due 31 December each year."
    assert vi["explanation"] == "Quý IV hằng năm: hạn ngày 31/12 mỗi năm."
