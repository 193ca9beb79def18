"""Bad input gets a clear message, bounded work and no partial plan."""
import io
import os
import zipfile

import pytest

from core.cli import run
from core.errors import PlanError
from core.importers import docx as dx
from core.importers.docx import import_docx
from core.importers.docx import package as dx_package  # the zip limits live here
from core.importers.docx import reader as dx_reader  # the paragraph and cell limits
from tests.docx_build import CT, RELS, W, build_docx

GOOD = [("p", "KẾ HOẠCH", {"b": True}), ("p", "Thử nghiệm nhập", {"b": True}),
        ("p", "I. Mục đích", {"b": True}), ("p", "Nội dung thứ nhất.", {})]


def _refused(path, *words):
    with pytest.raises(PlanError) as e:
        import_docx(str(path))
    msg = e.value.vi + " | " + e.value.en
    for w in words:
        assert w.lower() in msg.lower(), msg
    return e.value


def test_good_small_file_imports(tmp_path):
    plan = import_docx(str(build_docx(tmp_path / "ok.docx", GOOD)))
    assert plan.meta.title == "Thử nghiệm nhập" and plan.sections[0].body[0].text == "Nội dung thứ nhất."


def test_not_a_zip(tmp_path):
    p = tmp_path / "x.docx"
    p.write_text("hello, not a word file")
    _refused(p, "không phải tệp Word")


def test_truncated_zip(tmp_path):
    good = build_docx(tmp_path / "ok.docx", GOOD)
    data = good.read_bytes()
    p = tmp_path / "cut.docx"
    p.write_bytes(data[: len(data) // 2])
    _refused(p, ".docx")


def test_password_protected_or_old_doc(tmp_path):
    p = tmp_path / "secret.docx"
    p.write_bytes(dx.OLE_MAGIC + b"\0" * 600)
    e = _refused(p, "mật khẩu", ".docx")
    assert "password" in e.en


def test_doc_without_libreoffice_explains(tmp_path, monkeypatch):
    p = tmp_path / "old.doc"
    p.write_bytes(dx.OLE_MAGIC + b"\0" * 600)
    monkeypatch.setattr(dx, "soffice_path", lambda: None)
    _refused(p, "LibreOffice", "Lưu thành")


def test_doc_that_libreoffice_cannot_convert(tmp_path, monkeypatch):
    p = tmp_path / "old.doc"
    p.write_bytes(dx.OLE_MAGIC + b"\0" * 600)
    monkeypatch.setattr(dx, "soffice_path", lambda: "/bin/false")
    _refused(p, "LibreOffice")


def test_missing_main_part(tmp_path):
    p = tmp_path / "empty.docx"
    with zipfile.ZipFile(p, "w") as z:
        z.writestr("[Content_Types].xml", CT)
    _refused(p, "word/document.xml")


def test_rels_point_nowhere_and_no_body(tmp_path):
    p = tmp_path / "nobody.docx"
    build_docx(p, [], document=f'<?xml version="1.0"?><w:document xmlns:w="{W}"/>')
    _refused(p, "w:body")


def test_entities_refused(tmp_path):
    doc = (f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>'
           f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>')
    _refused(build_docx(tmp_path / "ent.docx", [], document=doc), "DOCTYPE")


def test_external_entity_refused(tmp_path):
    doc = (f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
           f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>')
    _refused(build_docx(tmp_path / "xxe.docx", [], document=doc), "DOCTYPE")


def test_parser_itself_does_not_expand_entities():
    """Even without the DOCTYPE check, the parser resolves nothing."""
    from lxml import etree
    data = b'<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><d>&x;</d>'
    root = etree.fromstring(data, dx._parser())
    assert "root:" not in (root.text or "") and "root:" not in etree.tostring(root).decode()


def test_zip_bomb_ratio(tmp_path):
    p = tmp_path / "bomb.docx"
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CT)
        z.writestr("_rels/.rels", RELS)
        z.writestr("word/document.xml", b"<" + b" " * (20 * 1024 * 1024) + b"/>")
    assert p.stat().st_size < 200_000
    _refused(p, "zip bomb")


def test_zip_bomb_lying_header(tmp_path, monkeypatch):
    """A header that understates the size does not let more data through."""
    monkeypatch.setattr(dx_package, "MAX_PART", 2 * 1024 * 1024)
    monkeypatch.setattr(dx_package, "MAX_RATIO", 10 ** 9)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CT)
        z.writestr("word/document.xml", b" " * (5 * 1024 * 1024))
    data = bytearray(buf.getvalue())
    # make the central directory claim a small uncompressed size
    pkg = dx._Package(bytes(data), "x")
    info = pkg.infos["word/document.xml"]
    info.file_size = 1000
    with pytest.raises(PlanError):
        pkg.read("word/document.xml")      # zipfile stops at the declared size; the CRC then fails


def test_too_many_entries(tmp_path, monkeypatch):
    monkeypatch.setattr(dx_package, "MAX_ENTRIES", 20)
    p = tmp_path / "many.docx"
    build_docx(p, GOOD, extra_parts={f"junk/{i}.xml": "<a/>" for i in range(30)})
    _refused(p, "quá nhiều")


def test_too_many_paragraphs(tmp_path, monkeypatch):
    monkeypatch.setattr(dx_reader, "MAX_PARAGRAPHS", 50)
    p = build_docx(tmp_path / "long.docx", GOOD + [("p", f"Đoạn {i}.", {}) for i in range(100)])
    _refused(p, "quá dài")


def test_encrypted_zip_entry(tmp_path):
    p = build_docx(tmp_path / "enc.docx", GOOD)
    data = bytearray(p.read_bytes())
    # set the "encrypted" flag on every entry (local and central headers)
    for sig in (b"PK\x03\x04", b"PK\x01\x02"):
        i = data.find(sig)
        while i >= 0:
            off = i + (6 if sig == b"PK\x03\x04" else 8)
            data[off] |= 1
            i = data.find(sig, i + 4)
    p.write_bytes(bytes(data))
    _refused(p, "mật khẩu")


def test_empty_document(tmp_path):
    _refused(build_docx(tmp_path / "blank.docx", []), "không có nội dung")


def test_cli_bad_input_leaves_no_file(tmp_path, capsys):
    bad = tmp_path / "bad.docx"
    bad.write_text("nope")
    out = tmp_path / "out.sqlite"
    assert run(["import", str(bad), str(out)]) == 2
    assert not out.exists()
    assert not [f for f in os.listdir(tmp_path) if f.startswith(".tmp")]
    err = capsys.readouterr().err
    assert "không phải" in err and "Traceback" not in err


def test_cli_refuses_overwrite_and_reports(tmp_path, capsys):
    src = build_docx(tmp_path / "ok.docx", GOOD + [("p", "II. Thêm", {}), ("p", "IV. Nhảy số", {"b": True})])
    out = tmp_path / "out.sqlite"
    out.write_bytes(b"keep me")
    assert run(["import", str(src), str(out)]) == 2
    assert out.read_bytes() == b"keep me"
    assert run(["import", str(src), str(out), "--force"]) == 0
    printed = capsys.readouterr().out
    assert "không liền mạch" in printed           # the report is printed
    from core.store.planfile import load_plan_readonly
    assert any("không liền mạch" in x for x in load_plan_readonly(str(out)).import_report)   # and kept in the file
