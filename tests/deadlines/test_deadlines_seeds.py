"""docs/deadlines.md holds the reading of every deadline phrase of the seeds, up to date."""

from bench.deadline_table import BEGIN, DOC, END, render_table, seed_phrases


def test_doc_table_is_current():
    text = open(DOC, encoding="utf-8").read()
    table = text[text.index(BEGIN) + len(BEGIN):text.index(END)].strip()
    assert table == render_table().strip()


def test_doc_table_has_every_seed_phrase():
    text = open(DOC, encoding="utf-8").read()
    table = text[text.index(BEGIN):text.index(END)]
    phrases = seed_phrases()
    assert len(phrases) >= 20
    for p, _ in phrases:
        assert f"| {p.replace('|', chr(92) + '|')} |" in table, p
