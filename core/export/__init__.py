"""Export a plan as an official Word file (.docx) or a PDF for printing.

    from core.export import export_docx, export_pdf
    export_docx(plan, "ke-hoach.docx")
    for fraction in iter_export(plan, "ke-hoach.pdf", "pdf"):   # progress for a GUI
        ...

Both writers lay out the same blocks (:mod:`core.export.walk`).  A file is
written under a temporary name in the target folder and renamed over the
target only when complete, so a failed export never leaves a half-written
file; a target that another program holds open gets a clear message.
"""
from __future__ import annotations

import errno
import gc
import logging
import os
from typing import Callable, Iterator

from ..errors import FileInUse, PlanError
from ..fileio import in_use_error, replace_file, temp_beside, unlink_quiet

log = logging.getLogger(__name__)

__all__ = ["export_docx", "export_pdf", "export_xlsx", "EXPORTERS", "iter_export", "ExportError"]


class ExportError(PlanError):
    pass


def _lock_files(path: str) -> list[str]:
    """Owner/lock files that Word and LibreOffice keep beside an open document."""
    folder, name = os.path.split(os.path.abspath(path))
    cands = [f".~lock.{name}#", f"~${name}"]
    if len(name) > 2:
        cands.append(f"~${name[2:]}")
    return [os.path.join(folder, c) for c in cands if os.path.exists(os.path.join(folder, c))]


class ExportInUse(FileInUse, ExportError):
    """The target is open in Word/LibreOffice/a PDF reader: the window offers Retry."""


def _locked(path: str) -> ExportError:
    """The owner file beside it says who holds it: LibreOffice (.~lock.NAME#) or Word/Excel (~$NAME)."""
    libre = any(os.path.basename(p).startswith(".~lock.") for p in _lock_files(path))
    return in_use_error(path, ("LibreOffice", "LibreOffice") if libre else None, cls=ExportInUse)


def _check_target(path: str) -> None:
    folder = os.path.dirname(os.path.abspath(path)) or "."
    name = os.path.basename(path)
    if not os.path.isdir(folder):
        raise ExportError(f"Thư mục “{folder}” không tồn tại.", f"The folder “{folder}” does not exist.")
    if os.path.isdir(path):
        raise ExportError(f"“{name}” là một thư mục, không phải tệp.", f"“{name}” is a folder, not a file.")
    if os.path.exists(path) and _lock_files(path):
        raise _locked(path)
    if os.path.exists(path):
        # never an export over a plan file (the open plan, or another one)
        from ..fileio import guard_output
        try:
            guard_output(path, "pdf" if path.lower().endswith(".pdf") else "docx", force=True)
        except PlanError as e:
            raise ExportError(e.vi, e.en) from None


def _os_error(e: OSError, path: str) -> ExportError:
    name = os.path.basename(path)
    from ..fileio import write_failure
    full = write_failure(e, path)      # the one wording of a full disk (core.fileio)
    if full is not None:
        return ExportError(full.vi, full.en)
    if isinstance(e, PermissionError) or e.errno in (errno.EACCES, errno.EPERM, errno.EROFS, errno.EBUSY):
        if os.path.exists(path):
            return _locked(path)
        return ExportError(f"Không có quyền ghi “{name}” (thư mục chỉ đọc?).",
                           f"No permission to write “{name}” (read-only folder?).")
    return ExportError(f"Lỗi ghi tệp “{name}”: {e}", f"Error writing “{name}”: {e}")


def atomic_write(path: str, write: Callable) -> None:
    """Call ``write(fileobj)`` on a temporary file beside *path*, then rename it
    over *path*.  On any error the temporary file is removed and *path* is
    untouched."""
    _check_target(path)
    base = os.path.basename(path)
    try:
        tmp = temp_beside(path, prefix=f".~{base}.", suffix=".part")   # also tidies leftovers of a killed export
    except OSError as e:
        raise _os_error(e, path) from e
    try:
        with open(tmp, "wb") as f:
            write(f)
            f.flush()
            os.fsync(f.fileno())
        if os.path.exists(path):
            try:
                os.chmod(tmp, os.stat(path).st_mode & 0o777)
            except OSError:   # the new file keeps default permissions
                log.debug("permissions of %s not copied", path, exc_info=True)
        else:
            os.chmod(tmp, 0o666 & ~_umask())
        replace_file(tmp, path)   # Word/Excel holding *path* open → FileInUse naming it
    except OSError as e:
        _discard(tmp)
        raise _os_error(e, path) from e
    except BaseException:
        _discard(tmp)
        raise


def _umask() -> int:
    m = os.umask(0)
    os.umask(m)
    return m


def _discard(tmp: str) -> None:
    unlink_quiet(tmp)


def _export(plan, path: str, fmt: str, progress: Callable[[float], None] | None = None) -> None:
    from . import walk
    fmt = fmt.lower().lstrip(".")
    if fmt not in ("docx", "pdf"):
        raise ExportError(f"Định dạng “{fmt}” không được hỗ trợ (docx hoặc pdf).",
                          f"Unsupported format “{fmt}” (docx or pdf).")
    report = progress or (lambda f: None)
    _check_target(path)
    report(0.0)
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        doc = walk.build(plan)
    finally:
        if was_enabled:
            gc.enable()
    report(0.1)
    total = max(doc.n_rows, 1)

    def rows_done(n: int) -> None:
        report(0.1 + 0.85 * min(n / total, 1.0))

    if fmt == "docx":
        from . import docx as writer
    else:
        from . import pdf as writer
    # The export allocates many short-lived containers; with a big plan in
    # memory, the cyclic GC's full passes make it superlinear.  Nothing here
    # creates reference cycles that need collecting mid-export.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        atomic_write(path, lambda f: writer.write(doc, f, rows_done))
    finally:
        if was_enabled:
            gc.enable()
    report(1.0)


def export_docx(plan, path: str, progress: Callable[[float], None] | None = None) -> None:
    """Write *plan* as an official Word file; ``progress(fraction)`` is called along the way."""
    _export(plan, path, "docx", progress)


def export_pdf(plan, path: str, progress: Callable[[float], None] | None = None) -> None:
    """Write *plan* as a PDF for printing (embedded Liberation Serif)."""
    _export(plan, path, "pdf", progress)


def export_xlsx(plan, path: str) -> None:
    """Write every appendix of *plan* to an Excel workbook (openpyxl, imported only now)."""
    from .xlsx import export_xlsx as write
    write(plan, path)


# what the window's File → Export offers: a kind to a plain function ``fn(plan, path)``
EXPORTERS: dict[str, Callable] = {"docx": export_docx, "pdf": export_pdf, "xlsx": export_xlsx}


def iter_export(plan, path: str, fmt: str) -> Iterator[float]:
    """Export in a worker thread, yielding the fraction done (0.0 … 1.0) as it
    advances; an error in the export is raised from the generator."""
    import queue
    import threading
    q: queue.Queue = queue.Queue()
    err: list[BaseException] = []

    def work():
        try:
            _export(plan, path, fmt, q.put)
        except BaseException as e:  # noqa: BLE001 — handed to the caller's thread, which re-raises it
            err.append(e)
        finally:
            q.put(None)
    t = threading.Thread(target=work, daemon=True)
    t.start()
    while True:
        item = q.get()
        if item is None:
            break
        yield item
    t.join()
    if err:
        raise err[0]


def notes(plan, lang: str = "vi") -> list[str]:
    """What the clerk should look at before printing — the messages of
    :func:`core.plancheck.check_plan` (page settings clamped to the decree's
    ranges, no agency or place, a blank number the appendices name, no signer or
    an unknown title, a trích yếu in capitals, template gaps, text after "./.",
    the TT column…): one list, used by ``main.py export`` and the window."""
    from ..plancheck import check_plan
    return [h.message(lang) for h in check_plan(plan)]


_GAP = "…"


def placeholders(plan, lang: str = "vi") -> list[str]:
    """Where the plan still holds a template's "…" (a gap to fill in): "Trích yếu", "Mục III.2.a)",
    "Nơi nhận", … — one entry per place, in print order."""
    en = lang == "en"
    out: list[str] = []
    m = plan.meta
    if _GAP in (m.title or ""):
        out.append("Title" if en else "Trích yếu")
    if any(_GAP in "".join(r.text for r in p.runs) for p in m.preamble):
        out.append("Opening paragraphs" if en else "Đoạn mở đầu")
    cited = plan.cited_numbers()
    for sec in plan.walk():
        texts = [sec.title_text] + ["".join(r.text for r in p.runs) for p in list(sec.body) + list(sec.tail)]
        if any(_GAP in t for t in texts):
            out.append(f"{'Section' if en else 'Mục'} {cited.get(sec.id, '')}")
    for i, a in enumerate(plan.appendices):
        if _GAP in (a.title or "") or any(_GAP in v for r in a.rows for v in r.cells.values() if isinstance(v, str)):
            out.append(plan.appendix_label(i))
    for s in plan.signers:
        if _GAP in " ".join([s.collective, s.name] + list(s.lines)):
            out.append("Signature" if en else "Chữ ký")
            break
    if any(_GAP in r.text for r in plan.recipients):
        out.append("Recipients (Nơi nhận)" if en else "Nơi nhận")
    return out


def _after_closing_mark(plan) -> str:
    """Text after "./." in the last paragraph of the body, if any."""
    def last_of(sections):      # in print order: body, sub-sections, tail
        for sec in reversed(sections):
            if sec.tail:
                return sec.tail[-1]
            p = last_of(sec.children)
            if p is not None:
                return p
            if sec.body:
                return sec.body[-1]
        return None
    last = last_of(plan.sections)
    if last is None and plan.meta.preamble:
        last = plan.meta.preamble[-1]
    if last is None:
        return ""
    text = "".join(r.text for r in last.runs)
    if "./." not in text:
        return ""
    return text.rsplit("./.", 1)[1].strip()[:40]
