"""What every import the tests know produces stays what it was before core/importers/outline.py and
docx.py were split into modules (issue 13, item 6): the plan's dump (``core.dump.dump``, ids=False),
the import report in Vietnamese and in English, each appendix's landscape flag — or the refusal's
two messages.

The inputs: the five fixtures of shared/fixtures, their automatic-numbering twins in tests/fixtures,
the five seed texts through the seed-text reader, and every Word / Excel file the importer tests
build (collected once into golden/inputs.zip by golden/capture_inputs.py; an Excel sheet is added
to an empty appendix).  The golden JSON was written by the code before the split:

    .venv/bin/python tests/importers/test_import_output_unchanged.py --write        # all of it
    .venv/bin/python tests/importers/test_import_output_unchanged.py --write-en     # only the English
                                                                                    # report, the rest
                                                                                    # must not change
"""
import glob
import json
import os
import sys
import tempfile
import zipfile

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

from core.dump import dump  # noqa: E402
from core.errors import PlanError  # noqa: E402
from core.model import Appendix, Plan  # noqa: E402
from core.text import report_text  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
GOLDEN = os.path.join(HERE, "golden")
INPUTS = os.path.join(GOLDEN, "inputs.zip")
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
GROUPS = ("fixtures", "autonum", "seeds", "built_docx", "built_xlsx")


def _plan_record(plan: Plan) -> dict:
    return {"dump": dump(plan, ids=False),
            "report_vi": [report_text(x, "vi") for x in plan.import_report],
            "report_en": [report_text(x, "en") for x in plan.import_report],
            "landscape": [a.landscape for a in plan.appendices]}


def _refused(e: PlanError) -> dict:
    return {"error_vi": e.vi, "error_en": e.en}


def _docx(path: str) -> dict:
    from core.importers.docx import import_docx
    try:
        return _plan_record(import_docx(path))
    except PlanError as e:
        return _refused(e)


def _xlsx(path: str, sheet) -> dict:
    from core.importers.xlsx import add_rows, read_table
    try:
        table = read_table(path, sheet=sheet)
        app = Appendix()
        res = add_rows(app, table)
    except PlanError as e:
        return _refused(e)
    rec = _plan_record(Plan(appendices=[app]))
    rec["report_vi"] = [report_text(x, "vi") for x in res.notes]
    rec["report_en"] = [report_text(x, "en") for x in res.notes]
    rec["mapping"] = res.mapping
    rec["unmatched"] = res.unmatched
    return rec


def cases(group: str) -> list[str]:
    if group == "fixtures":
        return sorted(os.path.basename(p) for p in glob.glob(os.path.join(SHARED, "fixtures", "*.docx")))
    if group == "autonum":
        return sorted(os.path.basename(p) for p in glob.glob(os.path.join(ROOT, "tests", "fixtures", "*_autonum.docx")))
    if group == "seeds":
        return sorted(os.path.basename(p) for p in glob.glob(os.path.join(SHARED, "seeds", "*.txt")))
    kind = group.split("_")[1]
    with zipfile.ZipFile(INPUTS) as z:
        return sorted({n.split("/")[1] for n in z.namelist() if n.startswith(kind + "/")})


def run_case(group: str, case: str) -> dict:
    if group == "fixtures":
        return _docx(os.path.join(SHARED, "fixtures", case))
    if group == "autonum":
        return _docx(os.path.join(ROOT, "tests", "fixtures", case))
    if group == "seeds":
        from core.importers.seedtext import read_seed
        return _plan_record(read_seed(os.path.join(SHARED, "seeds", case)))
    kind = group.split("_")[1]
    with zipfile.ZipFile(INPUTS) as z, tempfile.TemporaryDirectory() as tmp:
        names = [n for n in z.namelist() if n.startswith(f"{kind}/{case}/")]
        sheet = z.read(f"{kind}/{case}/sheet").decode() if f"{kind}/{case}/sheet" in names else None
        (name,) = [n for n in names if not n.endswith("/sheet")]
        path = os.path.join(tmp, name.rsplit("/", 1)[1])
        with open(path, "wb") as f:
            f.write(z.read(name))
        return _docx(path) if kind == "docx" else _xlsx(path, sheet)


def _normal(rec: dict) -> dict:
    return json.loads(json.dumps(rec, ensure_ascii=False, default=str))


def _golden(group: str) -> dict:
    with open(os.path.join(GOLDEN, group + ".json"), encoding="utf-8") as f:
        return json.load(f)


@pytest.mark.parametrize("group", GROUPS)
def test_import_output_unchanged(group):
    golden = _golden(group)
    assert sorted(golden) == cases(group)
    for case in cases(group):
        got = _normal(run_case(group, case))
        want = golden[case]
        for key in sorted(set(want) | set(got)):
            assert got.get(key) == want.get(key), f"{group}/{case}: {key} changed"


@pytest.mark.parametrize("group", GROUPS)
def test_every_report_line_has_its_english(group):
    """Each line an import reports is a Note with English of its own (``--lang en`` and the English
    window never show a Vietnamese line) — checked on what the imports give now, not on the golden."""
    for case in cases(group):
        got = _normal(run_case(group, case))
        for vi, en in zip(got.get("report_vi", []), got.get("report_en", [])):
            assert en != vi, f"{group}/{case}: no English for “{vi[:80]}”"


def _write(en_only: bool) -> None:
    for group in GROUPS:
        out = {case: _normal(run_case(group, case)) for case in cases(group)}
        if en_only:
            old = _golden(group)
            for case, rec in out.items():
                rest = {k: v for k, v in rec.items() if k not in ("report_en", "error_en")}
                was = {k: v for k, v in old[case].items() if k not in ("report_en", "error_en")}
                assert rest == was, f"{group}/{case}: more than the English changed"
        with open(os.path.join(GOLDEN, group + ".json"), "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=1, sort_keys=True)
            f.write("\n")
        print(group, len(out))


if __name__ == "__main__":
    if "--write" in sys.argv or "--write-en" in sys.argv:
        _write("--write-en" in sys.argv)
