"""Nơi nhận: several recipients typed in one line become separate lines; a recipient that wraps
goes on under its text, not under the "-" (hanging indent), in Word and in the PDF."""
import zipfile

from core.export import export_docx, walk
from core.export.pdf import WRAP, Lines, font
from core.model import Recipient
from core.templates import plan_from_template


def test_recipients_typed_in_one_line_are_split():
    got = walk.recipient_lines(["- Sở Y tế;- Sở Giáo dục và Đào tạo; - UBND các xã;", "Phòng A\n- Phòng B",
                                "Vụ CCHC - Bộ Nội vụ;", "- Lưu: VT, NV"])
    assert got == ["- Sở Y tế;", "- Sở Giáo dục và Đào tạo;", "- UBND các xã;", "- Phòng A;", "- Phòng B;",
                   "- Vụ CCHC - Bộ Nội vụ;", "- Lưu: VT, NV."]


def test_stored_text_is_not_changed(tmp_path):
    plan = plan_from_template("papi", agency="huyện Vị Xuyên", year="2026", place="Vị Xuyên")
    plan.recipients = [Recipient(text="- Sở Y tế;- Sở Giáo dục;"), Recipient(text="- Lưu: VT.")]
    export_docx(plan, str(tmp_path / "kh.docx"))
    assert plan.recipients[0].text == "- Sở Y tế;- Sở Giáo dục;"
    doc = zipfile.ZipFile(tmp_path / "kh.docx").read("word/document.xml").decode()
    assert ">- Sở Y tế;<" in doc and ">- Sở Giáo dục;<" in doc


def test_word_recipient_style_hangs_by_the_dash(tmp_path):
    plan = plan_from_template("papi", agency="huyện Vị Xuyên", year="2026", place="Vị Xuyên")
    export_docx(plan, str(tmp_path / "kh.docx"))
    styles = zipfile.ZipFile(tmp_path / "kh.docx").read("word/styles.xml").decode()
    block = styles[styles.index('w:styleId="KHRecipient"'):]
    block = block[:block.index("</w:style>")]
    hang = round(WRAP.width("- ", font(False, False), 11) * 20)
    assert f'<w:ind w:left="{hang}" w:hanging="{hang}"/>' in block and hang > 100


def test_pdf_wrapped_recipient_lines_up_under_its_text():
    text = "- Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị - xã hội huyện;"
    width = 150
    ops, _ = Lines([[(0, width, [("text", text, 11, False, False, "hang", 0)])]])._layout()
    xs = [op[1] for op in ops]
    hang = WRAP.width("- ", font(False, False), 11)
    assert len(ops) >= 2 and xs[0] == 0 and all(abs(x - hang) < 1e-6 for x in xs[1:])
    assert all(WRAP.width(op[4], font(False, False), 11) <= width - hang + 0.01 for op in ops[1:])
    assert " ".join(op[4] for op in ops) == text
