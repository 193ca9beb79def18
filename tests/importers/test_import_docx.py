"""Word import: each fixture against the plan built from its seed text."""
import os

import pytest

from core.dump import dump
from core.importers.docx import import_docx
from core.importers.seedtext import read_seed
from tests.import_match import diff_rows, match

SHARED = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))), "shared")
FIXTURES = os.path.join(SHARED, "fixtures")
SEEDS = os.path.join(SHARED, "seeds")
NAMES = sorted(f[:-5] for f in os.listdir(FIXTURES) if f.endswith(".docx")) if os.path.isdir(FIXTURES) else []
pytestmark = pytest.mark.skipif(not os.path.isdir(FIXTURES), reason="../shared/fixtures is not beside the repository")


@pytest.fixture(scope="module")
def imported():
    return {n: import_docx(os.path.join(FIXTURES, n + ".docx")) for n in NAMES}


def test_five_fixtures_present():
    assert len(NAMES) == 5


@pytest.mark.parametrize("name", NAMES)
def test_fixture_matches_seed(name, imported):
    got = dump(imported[name])
    seed = dump(read_seed(os.path.join(SEEDS, name + ".txt")))
    m = match(seed, got)
    print(f"\n{name}: paragraphs {m['paragraphs']:.1%} of {m['n_paragraphs']}, sections {m['sections']:.1%}, "
          f"rows {m['rows']:.1%} of {m['n_rows']} (cells as written {m['rows_exact']:.1%}), "
          f"recipients {m['recipients']}, signer {m['signer_names']}/{m['signer_lines']}")
    assert m["paragraphs"] >= 0.98
    assert m["sections"] == 1.0
    assert m["rows"] == 1.0, diff_rows(seed, got)
    assert m["recipients"]
    assert m["signer_names"]
    assert m["appendix_heads"]
    if not m["signer_lines"]:
        # only allowed when the import report names the doubtful line
        assert any("Chức danh người ký" in x for x in imported[name].import_report)
    # every row's written deadline text is kept
    for a_s, a_g in zip(seed["appendices"], got["appendices"]):
        assert [r.get("deadline") for r in a_s["rows"]] == [r.get("deadline") for r in a_g["rows"]]


def test_header_fields(imported):
    m = imported["004_e03d70a70aa68992"].meta
    assert (m.number, m.symbol or m.effective_symbol, m.place, m.issue_date) == ("154", "KH-UBND", "Vị Xuyên", "2021-05-31")
    m0 = imported["000_8d3a396a35c7a65b"].meta
    assert m0.number == "" and m0.date_text == "ngày tháng 01 năm 2021" and m0.effective_symbol == "KH-BDT"


def test_shifted_row_flagged_and_kept(imported):
    plan = imported["004_e03d70a70aa68992"]
    app = plan.appendices[0]
    flagged = [r for r in app.rows if r.flag]
    assert flagged, "seed 004 has rows whose cells are shifted: they must be flagged"
    texts = " ".join(v for r in flagged for v in r.cells.values())
    assert "nước sinh hoạt nông thôn" in texts
    assert any("lệch" in x for x in plan.import_report)


def test_merged_group_rows_collapse(imported):
    app = imported["002_4ddd967f79e7422c"].appendices[0]
    groups = [r for r in app.rows if r.kind == "group"]
    assert groups
    for g in groups:
        vals = [v for v in g.cells.values() if v]
        assert len(vals) == 1


def test_broken_paragraph_joins_are_reported(imported):
    plan = imported["000_8d3a396a35c7a65b"]
    assert any("nối vào đoạn trước" in x for x in plan.import_report)
