"""A .docx (or .xlsx) package read safely: the zip with its limits (entries, part sizes counted
while decompressing, ratio), each XML part decoded and parsed by a hardened lxml parser that
refuses a DOCTYPE/ENTITY; and the first bytes of a file told apart (an old .doc, a
password-protected .docx, an RTF file)."""
from __future__ import annotations

import io
import re
import zipfile

from lxml import etree

from ...errors import PlanError
from .wml import OFFICE_DOC, PKG_REL

MAX_FILE = 100 * 1024 * 1024       # the .docx itself
MAX_ENTRIES = 2000
MAX_PART = 64 * 1024 * 1024        # one XML part, uncompressed
MAX_TOTAL = 160 * 1024 * 1024      # all parts read, uncompressed
MAX_RATIO = 200                    # uncompressed / compressed, for parts over 1 MB

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _err(vi: str, en: str) -> PlanError:
    return PlanError(vi, en)


# ------------------------------------------------------------ safe zip ---
def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False,
                           load_dtd=False, dtd_validation=False, remove_comments=True,
                           remove_pis=True)


_DOCTYPE = re.compile(r"<!DOCTYPE|<!ENTITY", re.I)
_DECL_ENC = re.compile(r"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""")

# (byte-order mark or first bytes of "<?", codec); UTF-32 (None) is looked for before
# UTF-16, whose marks it starts with: the package format allows UTF-8 and UTF-16 only
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", None), (b"\x00\x00\xfe\xff", None),
         (b"<\x00\x00\x00", None), (b"\x00\x00\x00<", None),
         (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"), (b"<\x00", "utf-16-le"), (b"\x00<", "utf-16-be"))


def xml_text(data: bytes) -> str | None:
    """An XML part's text as the parser will read it: UTF-8 or UTF-16 (LE or
    BE, with or without a byte-order mark), or the encoding its declaration
    names; None when it cannot be decoded, or is UTF-32, which Word and Excel
    never write (then it is refused, never guessed)."""
    for mark, codec in _BOMS:
        if data.startswith(mark):
            if codec is None:
                return None
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:      # not UTF-8: the encoding its declaration names, if any
        m = _DECL_ENC.match(data[:200].decode("latin-1"))
    if m:
        try:
            return data.decode(m.group(1))
        except (UnicodeDecodeError, LookupError):
            return None
    return None


class _Package:
    """The parts of a .docx read with limits."""

    def __init__(self, data: bytes, name: str):
        self.name = name
        self.total = 0
        try:
            self.zf = zipfile.ZipFile(io.BytesIO(data))
        except (zipfile.BadZipFile, ValueError, OSError) as e:
            raise _err(f"“{name}” không phải tệp Word .docx hợp lệ (tệp hỏng hoặc không phải định dạng zip).",
                       f"“{name}” is not a valid Word .docx file (damaged, or not a zip package).") from e
        infos = self.zf.infolist()
        if len(infos) > MAX_ENTRIES:
            raise _err(f"“{name}” chứa quá nhiều thành phần ({len(infos)}); không nhập để tránh treo máy.",
                       f"“{name}” holds too many parts ({len(infos)}); refused to keep the computer responsive.")
        self.infos = {i.filename: i for i in infos}

    def has(self, part: str) -> bool:
        return part in self.infos

    def read(self, part: str) -> bytes:
        info = self.infos[part]
        if info.flag_bits & 0x1:
            raise _err(f"“{self.name}” được mã hóa bằng mật khẩu; hãy mở trong Word, bỏ mật khẩu rồi lưu lại.",
                       f"“{self.name}” is password-protected; open it in Word, remove the password and save again.")
        bomb = (f"“{self.name}” có thành phần giải nén quá lớn ({part}) — có thể là tệp độc hại (zip bomb); không nhập.",
                f"“{self.name}” has a part that expands too much ({part}) — possibly a zip bomb; refused.")
        if info.file_size > MAX_PART or self.total + info.file_size > MAX_TOTAL:
            raise _err(*bomb)
        if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise _err(*bomb)
        out = bytearray()
        try:
            with self.zf.open(info) as f:
                while True:
                    chunk = f.read(1024 * 1024)
                    if not chunk:
                        break
                    out += chunk
                    if len(out) > MAX_PART or self.total + len(out) > MAX_TOTAL or \
                            (len(out) > 1024 * 1024 and len(out) > MAX_RATIO * max(info.compress_size, 1)):
                        raise _err(*bomb)
        except (zipfile.BadZipFile, OSError, EOFError, RuntimeError, NotImplementedError) as e:
            raise _err(f"Không đọc được phần “{part}” của “{self.name}”: tệp bị hỏng ({e}).",
                       f"Cannot read part “{part}” of “{self.name}”: the file is damaged ({e}).") from e
        self.total += len(out)
        return bytes(out)

    def xml(self, part: str):
        """The parsed part, after the checks every .docx and .xlsx part gets
        here (the one place for them): size and ratio (:meth:`read`), a text
        that decodes, and no DOCTYPE/ENTITY in it — looked for in the decoded
        text, so a UTF-16 part cannot hide one from a byte search."""
        data = self.read(part)
        text = xml_text(data)
        if text is None:
            raise _err(f"Phần “{part}” của “{self.name}” không đọc được (không phải văn bản UTF-8 hay UTF-16); "
                       "tệp có thể bị hỏng — hãy mở bằng Word/Excel, lưu lại rồi nhập.",
                       f"Part “{part}” of “{self.name}” cannot be read (not UTF-8 or UTF-16 text); the file may be "
                       "damaged — open it in Word/Excel, save it and import again.")
        doctype = (f"Phần “{part}” của “{self.name}” khai báo DOCTYPE/ENTITY (Word và Excel không bao giờ ghi như vậy); "
                   "từ chối vì lý do an toàn.",
                   f"Part “{part}” of “{self.name}” declares a DOCTYPE/ENTITY (Word and Excel never write one); "
                   "refused for safety.")
        if _DOCTYPE.search(text):
            raise _err(*doctype)
        try:
            root = etree.fromstring(data, _parser())
            if root.getroottree().docinfo.doctype:   # whatever encoding hid it from the search above
                raise _err(*doctype)
            return root
        except etree.XMLSyntaxError as e:
            why = str(e)
            if "depth" in why.lower() or "huge" in why.lower():   # libxml's advice is for developers, not clerks
                vi_why, en_why = "lồng nhau quá sâu (bảng trong bảng hàng trăm lớp)", "nested far too deeply"
            else:
                vi_why, en_why = f"lỗi ở dòng {e.lineno}" if getattr(e, "lineno", None) else "bị hỏng", why
            raise _err(f"Phần “{part}” của “{self.name}” không phải XML hợp lệ ({vi_why}); tệp Word có thể bị hỏng — "
                       "hãy mở bằng Word, lưu lại rồi nhập.",
                       f"Part “{part}” of “{self.name}” is not valid XML ({en_why}); the Word file may be damaged — "
                       "open it in Word, save it and import again.") from e

    def main_part(self) -> str:
        if self.has("_rels/.rels"):
            rels = self.xml("_rels/.rels")
            for rel in rels.iter(f"{{{PKG_REL}}}Relationship"):
                if rel.get("Type") == OFFICE_DOC:
                    target = rel.get("Target", "").lstrip("/")
                    if self.has(target):
                        return target
        if self.has("word/document.xml"):
            return "word/document.xml"
        raise _err(f"“{self.name}” thiếu phần nội dung chính (word/document.xml): không phải văn bản Word, "
                   "hoặc tệp bị hỏng.",
                   f"“{self.name}” lacks its main part (word/document.xml): not a Word document, or damaged.")


def _check_head(head: bytes, name: str) -> None:
    if head.startswith(OLE_MAGIC):
        raise _err(f"“{name}” là tệp Word cũ (.doc) hoặc tệp .docx có đặt mật khẩu. Nếu có mật khẩu: mở trong Word, "
                   "vào Tệp → Thông tin → Bảo vệ tài liệu, bỏ mật khẩu rồi lưu lại. Nếu là .doc: mở trong Word và "
                   "chọn Lưu thành → Tài liệu Word (*.docx).",
                   f"“{name}” is an old Word file (.doc) or a password-protected .docx. If it has a password: open it "
                   "in Word, File → Info → Protect Document, remove the password and save. If it is a .doc: open it "
                   "in Word and Save As → Word Document (*.docx).")
    if not head.startswith(b"PK"):
        if head.lstrip()[:5] in (b"{\\rtf",):
            raise _err(f"“{name}” là tệp RTF, không phải .docx: mở trong Word rồi Lưu thành → Tài liệu Word (*.docx).",
                       f"“{name}” is an RTF file, not a .docx: open it in Word and Save As → Word Document (*.docx).")
        raise _err(f"“{name}” không phải tệp Word .docx (không đúng định dạng).",
                   f"“{name}” is not a Word .docx file (wrong format).")


