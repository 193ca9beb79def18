"""Read a plan typed in Word (.docx) into outline blocks, safely.

The file comes from outside (another office, an e-mail): it is opened with
:mod:`zipfile` and parsed with a hardened lxml parser, never with
python-docx, so that every limit is ours:

* the file must be a zip (an OLE file — ``D0 CF 11 E0`` — is either an old
  ``.doc`` or a password-protected ``.docx``: both get a clear message);
* at most :data:`MAX_ENTRIES` entries, :data:`MAX_PART` bytes per part
  read (counted while decompressing, so a lying header does not help),
  :data:`MAX_TOTAL` bytes in all and a compression ratio of at most
  :data:`MAX_RATIO` for any big part (zip bombs);
* the XML parser does not resolve entities, load DTDs or touch the network,
  ``huge_tree`` is off, and a part that declares a DOCTYPE at all is
  refused (Word never writes one; entity tricks need one);
* at most :data:`MAX_PARAGRAPHS` paragraphs and :data:`MAX_CELLS` table
  cells.

The reader yields :class:`~core.importers.outline.Para` (runs with
bold/italic, and ``numbered``: the number Word's automatic numbering would
print) and :class:`~core.importers.outline.Table` blocks (``span`` for
``gridSpan``; a cell that continues a vertical merge is empty with
``vmerge=True``: the text belongs to the first row of the merge, as it is
shown on paper; ``header_rows`` counts the rows repeated on every page).
:func:`import_docx` then runs the shared outline builder.

The modules: :mod:`.wml` (namespaces and tags), :mod:`.package` (the zip and its XML parts, with the
limits above), :mod:`.styles` (styles and automatic numbering), :mod:`.reader` (paragraphs, runs,
tables, sections, page headers, footnotes), :mod:`.joining` (paragraphs Word broke, joined back);
this one reads a file (a .doc through LibreOffice) and runs the outline builder.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile

from ... import legacy_encodings
from ...model import Plan
from ..outline import Para, Table, build_plan
from .joining import join_broken, line_fill
from .package import (
    MAX_ENTRIES,
    MAX_FILE,
    MAX_PART,
    MAX_RATIO,
    MAX_TOTAL,
    OLE_MAGIC,
    _check_head,
    _err,
    _Package,
    _parser,
    xml_text,
)
from .reader import MAX_CELLS, MAX_PARAGRAPHS, _Reader, _side_notes
from .styles import _Numbering, _Styles
from .wml import W, w

__all__ = ["import_docx", "import_docx_blocks", "read_blocks", "read_blocks_bytes", "line_fill", "join_broken",
           "soffice_path", "xml_text", "W", "MAX_FILE", "MAX_ENTRIES", "MAX_PART", "MAX_TOTAL", "MAX_RATIO",
           "MAX_PARAGRAPHS", "MAX_CELLS", "OLE_MAGIC", "SOFFICE_TIMEOUT", "_Package", "_Numbering", "_check_head",
           "_err", "_parser"]

SOFFICE_TIMEOUT = 120


def read_blocks_bytes(data: bytes, name: str = "tệp") -> list:
    _check_head(data[:8], name)
    pkg = _Package(data, name)
    main = pkg.main_part()
    folder = main.rsplit("/", 1)[0] + "/" if "/" in main else ""
    styles = _Styles(pkg.xml(folder + "styles.xml") if pkg.has(folder + "styles.xml") else None)
    numbering = _Numbering(pkg.xml(folder + "numbering.xml") if pkg.has(folder + "numbering.xml") else None)
    doc = pkg.xml(main)
    body = doc.find(w("body"))
    if body is None:
        raise _err(f"“{name}” không có phần thân văn bản (w:body).",
                   f"“{name}” has no document body (w:body).")
    reader = _Reader(pkg, styles, numbering, main)
    blocks = join_broken(legacy_encodings.fix_blocks(reader.blocks(body), reader.legacy), reader.notes)
    reader.notes.extend(legacy_encodings.report_lines(reader.legacy))
    _side_notes(pkg, folder, reader.notes)
    if reader.notes:
        blocks.append(_Notes(reader.notes))
    return blocks


class _Notes:
    """Reader notes handed to the import report (not a block of the plan)."""

    def __init__(self, notes: list[str]):
        self.notes = notes


def read_blocks(path: str) -> list:
    name = os.path.basename(path)
    try:
        size = os.path.getsize(path)
    except OSError as e:
        raise _err(f"Không mở được “{name}”: {e.strerror or e}", f"Cannot open “{name}”: {e.strerror or e}") from e
    if size > MAX_FILE:
        raise _err(f"“{name}” quá lớn ({size // (1024 * 1024)} MB; tối đa {MAX_FILE // (1024 * 1024)} MB).",
                   f"“{name}” is too large ({size // (1024 * 1024)} MB; at most {MAX_FILE // (1024 * 1024)} MB).")
    with open(path, "rb") as f:
        data = f.read()
    return read_blocks_bytes(data, name)


def import_docx_blocks(path: str) -> list:
    """Blocks of a .docx, or of a .doc converted by LibreOffice."""
    with open(path, "rb") as f:
        head = f.read(8)
    if head.startswith(OLE_MAGIC) and path.lower().endswith(".doc"):
        return _convert_doc(path)
    return read_blocks(path)


def soffice_path() -> str | None:
    for exe in ("soffice", "libreoffice"):
        p = shutil.which(exe)
        if p:
            return p
    return None


def _convert_doc(path: str) -> list:
    name = os.path.basename(path)
    exe = soffice_path()
    if not exe:
        raise _err(f"“{name}” là tệp Word cũ (.doc). Máy chưa cài LibreOffice để chuyển tự động: hãy mở tệp trong "
                   "Word và chọn Lưu thành → Tài liệu Word (*.docx), rồi nhập tệp .docx đó.",
                   f"“{name}” is an old Word file (.doc). LibreOffice is not installed to convert it: open it in "
                   "Word, Save As → Word Document (*.docx), then import that .docx.")
    with tempfile.TemporaryDirectory(prefix="import-doc-") as tmp:
        src = os.path.join(tmp, "in.doc")
        shutil.copyfile(path, src)
        profile = os.path.join(tmp, "profile")
        try:
            subprocess.run([exe, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                            "--convert-to", "docx", "--outdir", tmp, src],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=SOFFICE_TIMEOUT,
                           check=False)
        except subprocess.TimeoutExpired as e:
            raise _err(f"LibreOffice không chuyển xong “{name}” sau {SOFFICE_TIMEOUT} giây; hãy mở trong Word và "
                       "lưu thành .docx.",
                       f"LibreOffice did not finish converting “{name}” within {SOFFICE_TIMEOUT} s; open it in Word "
                       "and save it as .docx.") from e
        except OSError as e:
            raise _err(f"Không chạy được LibreOffice để chuyển “{name}”: {e}",
                       f"Cannot run LibreOffice to convert “{name}”: {e}") from e
        out = os.path.join(tmp, "in.docx")
        if not os.path.exists(out):
            raise _err(f"LibreOffice không chuyển được “{name}” (tệp có mật khẩu hoặc bị hỏng?). Hãy mở trong Word "
                       "và lưu thành .docx.",
                       f"LibreOffice could not convert “{name}” (password-protected or damaged?). Open it in Word "
                       "and save it as .docx.")
        return read_blocks(out)


def import_docx(path: str) -> Plan:
    """The plan typed in a Word file (.docx, or .doc through LibreOffice).

    Raises :class:`PlanError` with a clear message for anything that is not
    a readable Word document; never returns a partial plan silently: what
    could not be placed is listed in ``plan.import_report``."""
    blocks = import_docx_blocks(path)
    notes = [n for b in blocks if isinstance(b, _Notes) for n in b.notes]
    blocks = [b for b in blocks if not isinstance(b, _Notes)]
    if not any(isinstance(b, Para) and b.text.strip() for b in blocks) and \
            not any(isinstance(b, Table) for b in blocks):
        raise _err(f"“{os.path.basename(path)}” không có nội dung nào để nhập.",
                   f"“{os.path.basename(path)}” has no content to import.")
    plan = build_plan(blocks, strip_print_marks=True)
    plan.import_report = notes + plan.import_report
    return plan
