"""The report on a plan (issue 14, part C), and the whole year on sample 002: forms written, filled with openpyxl
and through LibreOffice, imported, the report exported — every number of the statistics paragraph and of the
summary row checked against the plan's dump."""
import glob
import os
import re
import shutil
import subprocess
import sys
import zipfile
from collections import Counter
from datetime import date, timedelta

import pytest
from lxml import etree
from openpyxl import load_workbook

from core import progress as pr
from core import progress_forms as pf
from core.dump import dump
from core.export.report import build_report, export_report
from core.store.planfile import PlanStore, load_plan

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLE = glob.glob(os.path.join(ROOT, "resources", "samples", "002_*.sqlite"))[0]
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
YEAR = "2024"
PER = pr.period(YEAR)


def _paras(docx_path):
    with zipfile.ZipFile(docx_path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    return root, ["".join(t.text or "" for t in p.iter(W + "t")) for p in root.iter(W + "p")]


def _intent(i, t):
    """What the agency writes for the i-th task it meets, and the status that must come of it (oracle:
    the rules of docs/progress.md written out independently)."""
    end = PER.end
    if t.kind == "ongoing":
        return ({"E": f"Đã thực hiện việc {i}"}, "ongoing_done") if i % 2 == 0 else ({}, "ongoing")
    due = t.due
    k = i % 5
    if k == 0:                                  # finished, a date cell
        done = min(due, end) - timedelta(days=10) if due else end - timedelta(days=30)
        return {"D": "Hoàn thành đúng hạn", "E": f"Xong việc {i}", "G": done}, "done_on_time"
    if k == 1 and due and due + timedelta(days=3) <= end:     # finished late
        return {"D": "Hoàn thành quá hạn", "E": f"Xong muộn việc {i}", "G": due + timedelta(days=3)}, "done_late"
    if k in (1, 2):                             # in progress
        st = "doing_late" if due and due < end else "doing_on_time"
        return {"D": "Đang thực hiện trong hạn", "E": f"Đang làm việc {i}", "F": f"Khó khăn {i}"}, st
    if k == 3:
        return {}, "not_started"
    done = (min(due, end) if due else end) - timedelta(days=1)     # misspelt status, the date typed as text
    return {"D": "hoan thanh", "G": f"{done.day}/{done.month}/{done.year}"}, \
        ("done_on_time" if not due or done <= due else "done_late")


def _soffice(files, fmt, outdir, profile):
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", fmt,
                    "--outdir", str(outdir), *files], check=True, capture_output=True, timeout=300)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_whole_year_on_sample_002(tmp_path):
    plan_path = str(tmp_path / "plan.sqlite")
    shutil.copyfile(SAMPLE, plan_path)
    PlanStore.open(plan_path).close()
    plan = load_plan(plan_path)
    res = pf.write_forms(plan, str(tmp_path / "forms"), YEAR)
    items = pr.tasks(plan, YEAR)
    want: dict[str, str] = {}
    fills: dict[str, dict] = {}
    for i, t in enumerate(items):
        fills[t.row_id], want[t.row_id] = _intent(i, t)
    # every form filled with openpyxl (a task of two lead agencies gets the same words in both forms)
    for path, _, _ in res.files:
        wb = load_workbook(path)
        ws = wb[pf.SHEET]
        ws[pf.REPORTER_CELL] = "Cán bộ đầu mối"
        ws[pf.DATE_CELL] = date(2024, 12, 12)
        for r in range(pf.HEADER_ROW + 1, ws.max_row + 1):
            for letter, v in fills.get(ws.cell(row=r, column=pf.KEYS.index("row_id") + 1).value, {}).items():
                ws[f"{letter}{r}"] = v
        wb.save(path)
    # a third of them then go through LibreOffice Calc (xlsx → ods → xlsx), as an agency without Excel sends them
    lo = [p for p, _, _ in res.files][::3]
    prof = tmp_path / "lo-profile"
    _soffice(lo, "ods", tmp_path / "ods", prof)
    _soffice([str(tmp_path / "ods" / (os.path.splitext(os.path.basename(p))[0] + ".ods")) for p in lo], "xlsx",
             tmp_path / "back", prof)
    forms = [str(tmp_path / "back" / os.path.basename(p)) if p in lo else p for p, _, _ in res.files]
    st = PlanStore.open(plan_path)
    plan = st.load()
    ip = pf.plan_import(plan, forms)
    assert not ip.conflicts and not any(f.refused for f in ip.forms)
    st.sync(plan, pf.apply(plan, ip).ids)
    # the clerk overrides one computed status, with the reason
    from core import edits
    odd = next(t for t in items if want[t.row_id] == "doing_on_time")
    st.sync(plan, edits.set_progress(plan, odd.row_id, YEAR, override="doing_late",
                                     reason="Chậm so với tiến độ UBND tỉnh yêu cầu").ids)
    want[odd.row_id] = "doing_late"
    st.close()
    # the dump holds what the agencies sent
    d = dump(load_plan(plan_path), ids=True)
    assert {g["row_id"] for g in d["progress"]} == {rid for rid, f in fills.items() if f}
    plan = load_plan(plan_path)
    got = {t.row_id: t.status for t in pr.tasks(plan, YEAR)}
    assert got == want
    expect = Counter(want.values())
    docx = str(tmp_path / "bc.docx")
    export_report(plan, YEAR, docx=docx)
    root, texts = _paras(docx)
    stat = next(t for t in texts if t.startswith("Kết quả chung: tổng số"))
    nums = [int(x) for x in re.findall(r"\d+", stat)]
    done, doing = expect["done_on_time"] + expect["done_late"], expect["doing_on_time"] + expect["doing_late"]
    assert nums == [len(items), done, expect["done_on_time"], expect["done_late"], doing, expect["doing_on_time"],
                    expect["doing_late"], expect["not_started"], expect["ongoing"] + expect["ongoing_done"],
                    expect["ongoing_done"], expect["ongoing"]]
    assert min(nums[1:8]) > 0            # the year touches every official status
    # the summary row of Phụ lục 1: each status's count and percentage
    tables = list(root.iter(W + "tbl"))
    summary = next("\n".join("".join(t.text or "" for t in p.iter(W + "t")) for p in tr.iter(W + "p"))
                   for tr in tables[-1].iter(W + "tr")
                   if "Tổng cộng" in "".join(t.text or "" for t in tr.iter(W + "t")))
    assert f"Tổng cộng: {len(items)} nhiệm vụ" in summary
    for code, n in expect.items():
        pct = f"{100.0 * n / len(items):.1f}".replace(".", ",")
        assert f"{pr.STATUS_VI[code]}: {n} ({pct}%)" in summary, (code, summary)
    # every task is a row of Phụ lục 1 with its result and status
    body_rows = ["|".join("".join(t.text or "" for t in tc.iter(W + "t")) for tc in tr.iter(W + "tc"))
                 for tr in tables[-1].iter(W + "tr")]
    for t in pr.tasks(plan, YEAR):
        if t.result:
            assert any(t.result in r and pr.STATUS_VI[t.status] in r for r in body_rows), t.result


def test_report_has_the_decree_30_shape(tmp_path):
    plan_path = str(tmp_path / "plan.sqlite")
    shutil.copyfile(SAMPLE, plan_path)
    plan = load_plan(plan_path)
    docx = str(tmp_path / "bc.docx")
    rep = export_report(plan, "2024-H1", docx=docx)
    root, texts = _paras(docx)
    assert "BÁO CÁO" in texts and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in texts
    assert any(re.fullmatch(r"Số:\s+/BC-UBND", t) for t in texts)
    assert any(t.startswith("Kết quả thực hiện Kế hoạch số 165/KH-UBND") for t in texts)
    assert "(sơ kết 6 tháng đầu năm 2024)" in " ".join(texts)
    heads = [s.title_text for s in rep.sections]
    assert heads == ["CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, ĐIỀU HÀNH", "KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ, GIẢI PHÁP",
                     "ĐÁNH GIÁ CHUNG", "PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024", "ĐỀ XUẤT, KIẾN NGHỊ"]
    assert "Nơi nhận:" in texts and any(t.endswith("./.") for t in texts)
    assert "Phụ lục 1" in " ".join(texts) or "PHỤ LỤC 1" in " ".join(texts)
    # II has one sub-section per appendix group of the plan
    groups = [r for a in plan.appendices for r in a.rows if r.kind == "group" and r.level == 0]
    assert len(rep.sections[1].children) == len(groups)
    # IV is prefilled with the tasks due in the next period
    nxt = pr.due_next(pr.tasks(plan, "2024-H2"), pr.period("2024-H1"), pr.period("2024-H2"))
    assert nxt and all(any(t.task in p.text for p in rep.sections[3].body) for t in nxt)
    for r in root.iter(W + "r"):
        f = r.find(f"{W}rPr/{W}rFonts")
        assert f is not None and f.get(W + "ascii") == "Times New Roman"


def test_report_command_line(tmp_path):
    plan_path = str(tmp_path / "plan.sqlite")
    shutil.copyfile(SAMPLE, plan_path)
    run = lambda *a: subprocess.run([sys.executable, os.path.join(ROOT, "main.py"), *a],  # noqa: E731
                                    capture_output=True, text=True, timeout=180)
    out = str(tmp_path / "bc.docx")
    r = run("report", plan_path, "--period", "2024-Q3", "--docx", out, "--pdf", str(tmp_path / "bc.pdf"))
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("Tổng số 98 nhiệm vụ") and os.path.getsize(out) > 0
    assert os.path.getsize(str(tmp_path / "bc.pdf")) > 0
    r = run("report", plan_path, "--period", "2024-Q5", "--docx", out, "--lang", "en")
    assert r.returncode == 2 and r.stderr.count("\n") == 1 and "Invalid reporting period" in r.stderr
    r = run("report", plan_path, "--period", "2024", "--docx", plan_path)
    assert r.returncode == 2 and "Traceback" not in r.stderr


def test_summary_row_percentages():
    c = pr.Counts(total=98)
    c.by_status.update(done_on_time=52, done_late=8, doing_on_time=25, doing_late=5, not_started=8)
    assert pr.statistics_sentence(c) == ("Tổng số 98 nhiệm vụ; đã hoàn thành 60 (đúng hạn 52, quá hạn 8); đang thực "
                                         "hiện 30 (trong hạn 25, quá hạn 5); chưa thực hiện 8.")
    assert c.pct(52) == "53,1%"
    plan = load_plan_ro()
    rep = build_report(plan, "2024")
    last = rep.appendices[0].rows[-1]
    assert last.continues and "Tổng cộng: 98 nhiệm vụ" in last.cells.values()


def load_plan_ro():
    from core.cli import load_plan_readonly
    return load_plan_readonly(SAMPLE)


def test_what_the_clerk_wrote_is_kept_in_the_plan_and_in_every_regenerated_report(tmp_path):
    from core import edits
    plan_path = str(tmp_path / "plan.sqlite")
    shutil.copyfile(SAMPLE, plan_path)
    st = PlanStore.open(plan_path)
    plan = st.load()
    for part, text in (("I", "UBND tỉnh ban hành Công văn số 12/UBND-NC.\n- Tổ chức hội nghị triển khai"),
                       ("III", "1. Ưu điểm\n- Các sở triển khai nghiêm túc"),
                       ("IV", "- Tổ chức đối thoại với doanh nghiệp"), ("V", "Đề nghị Bộ Nội vụ hướng dẫn")):
        ch = edits.set_report_text(plan, "2024-H1", part, text)
        st.sync(plan, ch.ids)
    st.close()
    plan = load_plan(plan_path)
    for _ in range(2):                                   # regenerated: the same words
        rep = build_report(plan, "2024-H1")
        s1, _, s3, s4, s5 = rep.sections
        assert [(p.kind, p.text) for p in s1.body] == [("text", "UBND tỉnh ban hành Công văn số 12/UBND-NC."),
                                                      ("dash", "Tổ chức hội nghị triển khai")]
        assert s3.body[0].text == "1. Ưu điểm" and not s3.children
        assert s4.body[-1].text == "Tổ chức đối thoại với doanh nghiệp"
        assert s5.body[0].text == "Đề nghị Bộ Nội vụ hướng dẫn"
        assert not any(p.text.startswith("[") for s in rep.sections for p in s.body)
    other = build_report(plan, "2024")                   # another period keeps its own prompts
    assert other.sections[0].body[0].text.startswith("[")
    with pytest.raises(Exception):
        edits.set_report_text(plan, "2024-H1", "II", "không được")
