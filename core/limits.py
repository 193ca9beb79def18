"""The documented limits of a plan file (README, docs/file-format.md).

Every received file is untrusted: :func:`core.store.safe_open.validate`
checks these with cheap SQL (the file's size, ``count(*)``, ``length()``,
the section tree's parent links) *before* anything is loaded, and refuses a
file over any of them with one sentence that names the limit.  The reader
(:mod:`core.store.codec`) checks the same numbers again on what it builds,
and the importers and the operations refuse to make a plan over them, so
the program never writes a file it would then refuse.

The numbers are generous next to real plans (the five sample plans: at most
3 section levels of the 4 the program numbers, 64 sections, 120 table rows,
a cell of 684 characters) and small
enough that a file at the limit opens in well under two seconds.
"""
from __future__ import annotations

from .errors import FileRefused, PlanError

MAX_FILE_BYTES = 512 * 1024 * 1024      # the .sqlite file itself (same as an unzipped received copy)
MAX_SECTIONS = 20_000                   # sections (I. / 1. / a) …) in all
MAX_DEPTH = 32                          # section levels (real plans: 4 — A. / I. / 1. / a))
MAX_APPENDICES = 100
MAX_COLUMNS = 100                       # columns of one appendix
MAX_ROWS = 20_000                       # appendix table rows, all appendices together
MAX_FIELD_CHARS = 1_000_000             # one stored value: a row's cells, a section's text, the header …
MAX_CONTENT_CHARS = 32_000_000          # all the text the reader loads (records; not history)
MAX_JSON_DEPTH = 16                     # nesting of a stored JSON value (the program writes at most 5)
MAX_OTHER_RECORDS = 100_000             # signers, recipients, agencies, done marks (each)
MAX_INFO = 1_000                        # entries of the file's own information (the program writes 5)


def fmt(n: int) -> str:
    """1000000 -> '1.000.000' (Vietnamese grouping); English uses commas."""
    return f"{n:,}".replace(",", ".")


def fmt_en(n: int) -> str:
    return f"{n:,}"


# what each counted limit is called, for the clerk: (vi, en, limit)
WHAT = {
    "sections": ("mục", "sections", MAX_SECTIONS),
    "depth": ("cấp mục lồng nhau", "nested section levels", MAX_DEPTH),
    "appendices": ("phụ lục", "appendices", MAX_APPENDICES),
    "columns": ("cột trong một phụ lục", "columns in one appendix", MAX_COLUMNS),
    "rows": ("dòng bảng phụ lục (tất cả các phụ lục)", "appendix table rows (all appendices)", MAX_ROWS),
    "field": ("ký tự trong một giá trị lưu trữ (các ô của một dòng, nội dung một mục…)",
              "characters in one stored value (the cells of a row, the text of a section…)", MAX_FIELD_CHARS),
    "content": ("ký tự nội dung trong cả tệp", "characters of content in the whole file", MAX_CONTENT_CHARS),
    "json": ("lớp lồng nhau trong một giá trị", "nesting levels in one stored value", MAX_JSON_DEPTH),
    "signer": ("người ký", "signers", MAX_OTHER_RECORDS),
    "recipient": ("nơi nhận", "recipients", MAX_OTHER_RECORDS),
    "agency": ("cơ quan trong danh mục", "agencies in the directory", MAX_OTHER_RECORDS),
    "tracking": ("dấu hoàn thành", "done marks", MAX_OTHER_RECORDS),
    "info": ("mục thông tin tệp", "file information entries", MAX_INFO),
}


def over(what: str, found: int | None) -> tuple[str, str]:
    """('… 1.000.000 dòng … tối đa 50.000', English) for a count over its limit."""
    vi_name, en_name, limit = WHAT[what]
    if found is None:
        return (f"quá {fmt(limit)} {vi_name} (giới hạn của chương trình)",
                f"more than {fmt_en(limit)} {en_name} (the program's limit)")
    return (f"{fmt(found)} {vi_name}, vượt giới hạn {fmt(limit)}",
            f"{fmt_en(found)} {en_name}, over the limit of {fmt_en(limit)}")


def refuse_file(name: str, what: str, found: int | None) -> FileRefused:
    vi, en = over(what, found)
    return FileRefused(f"Tệp “{name}” vượt giới hạn của chương trình: {vi}. Tệp bị từ chối, không bị thay đổi.",
                       f"“{name}” is over the program's limits: {en}. Refused; the file has not been changed.")


def refuse_plan(what: str, found: int | None) -> PlanError:
    """For a plan being made (import, edit): it would be over a limit."""
    vi, en = over(what, found)
    return PlanError(f"Kế hoạch sẽ vượt giới hạn của chương trình: {vi}. Chưa thay đổi gì.",
                     f"The plan would go over the program's limits: {en}. Nothing was changed.")


def section_depth(links: dict) -> int:
    """The deepest chain of parent links in ``{section id: parent id}``.

    Walked without recursion.  A parent that is missing ends a chain (the
    reader re-attaches such a section at the top level); a cycle ends it too
    (the reader cuts it), so the figure is never below the depth of the tree
    the reader builds."""
    depth: dict = {}
    for start in links:
        if start in depth:
            continue
        path = []
        on_path = set()
        x = start
        while x in links and x not in depth and x not in on_path:
            on_path.add(x)
            path.append(x)
            x = links[x]
        d = depth.get(x, 0)
        for node in reversed(path):
            d += 1
            depth[node] = d
    return max(depth.values(), default=0)


def tree_depth(sections) -> int:
    """Levels of a tree of :class:`~core.model.Section` (no recursion)."""
    deepest = 0
    stack = [(s, 1) for s in sections]
    while stack:
        s, d = stack.pop()
        if d > deepest:
            deepest = d
        if d <= MAX_DEPTH:          # past the limit the figure is enough to refuse
            stack.extend((c, d + 1) for c in s.children)
    return deepest


def json_depth(v) -> int:
    """Nesting levels of a decoded JSON value (a scalar is 0), no recursion."""
    deepest = 0
    stack = [(v, 1)]
    while stack:
        x, d = stack.pop()
        if isinstance(x, dict):
            x = list(x.values())
        elif not isinstance(x, list):
            continue
        if d > deepest:
            deepest = d
        if d <= MAX_JSON_DEPTH:
            stack.extend((y, d + 1) for y in x if isinstance(y, (list, dict)))
    return deepest


def check_plan_limits(plan) -> None:
    """Refuse (PlanError) a plan the program would not open again once saved:
    used before a new file is written (import, next year's plan, a template)
    and by the importers before they hand rows over."""
    n_secs = sum(1 for _ in _iter_sections(plan.sections))
    if n_secs > MAX_SECTIONS:
        raise refuse_plan("sections", n_secs)
    d = tree_depth(plan.sections)
    if d > MAX_DEPTH:
        raise refuse_plan("depth", None)
    if len(plan.appendices) > MAX_APPENDICES:
        raise refuse_plan("appendices", len(plan.appendices))
    total = 0
    for a in plan.appendices:
        if len(a.columns) > MAX_COLUMNS:
            raise refuse_plan("columns", len(a.columns))
        total += len(a.rows)
    if total > MAX_ROWS:
        raise refuse_plan("rows", total)


def _iter_sections(sections):
    stack = list(sections)
    while stack:
        s = stack.pop()
        yield s
        stack.extend(s.children)
