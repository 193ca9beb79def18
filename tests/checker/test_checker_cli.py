"""``main.py check-docx``: report, JSON, exit codes, English, bad files (one line, exit 2)."""
import json
import os
import subprocess
import sys

import checker_docbuild as B

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def cli(*args):
    p = subprocess.run([sys.executable, os.path.join(ROOT, "main.py"), "check-docx", *args],
                       capture_output=True, text=True, encoding="utf-8", cwd=ROOT)
    return p.returncode, p.stdout, p.stderr


def test_clean_document_exit_0(tmp_path):
    path = B.build(tmp_path / "ok.docx")
    rc, out, err = cli(path)
    assert rc == 0, err
    assert "0 lỗi thể thức" in out and "Không phát hiện sai sót" in out


def test_faults_listed_with_where_and_reference_exit_1(tmp_path):
    s = B.spec()
    s["number"]["sz"] = 14
    s["motto_rule"] = []
    path = B.build(tmp_path / "bad.docx", s)
    rc, out, err = cli(path)
    assert rc == 1
    assert "[Lỗi] Số: 05/KH-UBND" in out and "cỡ chữ 14 — cần 13" in out
    assert "Phụ lục I, mục II.3" in out and "sửa được" in out
    rc, out, _ = cli(path, "--lang", "en")
    assert rc == 1 and "[Error] Số: 05/KH-UBND" in out and "must be 13 pt" in out and "Appendix I, II.3" in out


def test_json_output(tmp_path):
    s = B.spec()
    s["page_header"] = None
    path = B.build(tmp_path / "bad.docx", s)
    rc, out, _ = cli(path, "--json")
    d = json.loads(out)
    assert rc == 1 and d["errors"] == 1 and d["doc_type"] == "KẾ HOẠCH"
    f = d["findings"][0]
    assert f["rule"] == "page_numbers.missing" and f["fixable"] is True
    assert f["where"] == "Đầu trang (header), phần 1" and "I.7" in f["reference"]
    d = json.loads(cli(path, "--json", "--lang", "en")[1])
    assert d["findings"][0]["where"] == "Page header, section 1"


def test_bad_files_one_line_exit_2(tmp_path):
    txt = tmp_path / "note.docx"
    txt.write_text("not a word file", encoding="utf-8")
    for args, needle in (([str(txt)], "không phải tệp Word"), ([str(tmp_path / "missing.docx")], "Không tìm thấy"),
                         ([str(txt), "--lang", "en"], "not a Word .docx")):
        rc, out, err = cli(*args)
        assert rc == 2 and needle in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_zip_bomb_refused(tmp_path):
    import zipfile
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<a>" + " " * (3 * 1024 * 1024) + "</a>")   # ratio far over 200
    rc, _, err = cli(str(path))
    assert rc == 2 and "zip bomb" in err


def test_listed_in_the_commands():
    from core.cli import COMMANDS
    from core.cli.checker import cmd_check_docx
    assert COMMANDS["check-docx"] is cmd_check_docx
