"""The plan file: round trips, refusals, and that a refused file is never touched."""
import glob
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import unicodedata

import pytest

from core.dump import dump
from core.errors import FileRefused, NewerVersion
from core.model import Paragraph, Plan, Run, Section
from core.store.planfile import PlanStore, load_plan, save_plan
from core.store.safe_open import validate
from core.store.schema import APPLICATION_ID, SCHEMA_VERSION
from core.templates import TEMPLATE_NAMES, plan_from_template

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLES = sorted(glob.glob(os.path.join(ROOT, "resources", "samples", "*.sqlite")))


def sha(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def test_five_samples_exist():
    assert len(SAMPLES) == 5


@pytest.mark.parametrize("sample", SAMPLES, ids=os.path.basename)
def test_sample_round_trip_is_lossless(sample, tmp_path):
    plan = load_plan(sample)
    before = dump(plan, ids=True)
    out = tmp_path / "copy.sqlite"
    save_plan(plan, str(out))
    again = load_plan(str(out))
    assert dump(again, ids=True) == before
    # and a backup-API copy too
    st = PlanStore.open(str(out))
    st.save_copy(str(tmp_path / "copy2.sqlite"))
    st.close()
    assert dump(load_plan(str(tmp_path / "copy2.sqlite")), ids=True) == before


@pytest.mark.parametrize("name", TEMPLATE_NAMES)
def test_templates_create_valid_files(name, tmp_path):
    plan = plan_from_template(name, agency="Huyện Vị Xuyên", year="2026")
    p = str(tmp_path / f"{name}.sqlite")
    save_plan(plan, p)
    d = dump(load_plan(p))
    titles = [s["title"] for s in d["sections"]]
    assert titles[0] == "MỤC ĐÍCH, YÊU CẦU" and titles[-1] == "TỔ CHỨC THỰC HIỆN"
    if name == "papi":
        tasks = next(s for s in d["sections"] if s["title"] == "NHIỆM VỤ VÀ GIẢI PHÁP")
        assert len(tasks["children"]) == 8
        groups = [r for r in d["appendices"][0]["rows"] if r["kind"] == "group"]
        assert [g["number"] for g in groups] == [str(i) for i in range(1, 9)]
    if name == "par":
        assert len(d["appendices"][0]["rows"]) == 16
    if name == "sipas":
        assert sum(r["kind"] == "group" for r in d["appendices"][0]["rows"]) == 5


def test_edits_are_written_at_once_with_history(tmp_path):
    p = str(tmp_path / "a.sqlite")
    plan = plan_from_template("papi", agency="Huyện A", year="2026")
    st = PlanStore.create(p, plan)
    plan = st.load()
    sec = plan.sections[0]
    sec.title = [Run("MỤC ĐÍCH")]
    assert st.sync(plan, {sec.id}) == 1
    assert st.history_count() == 1
    # a second, unrelated connection sees the change immediately
    assert load_plan(p).sections[0].title_text == "MỤC ĐÍCH"
    del plan.sections[0]
    st.sync(plan)
    n = sqlite3.connect(p).execute("SELECT count(*) FROM tombstone").fetchone()[0]
    assert n >= 1
    st.close()


def test_text_is_normalised_to_nfc_on_load(tmp_path):
    p = str(tmp_path / "n.sqlite")
    plan = Plan()
    decomposed = unicodedata.normalize("NFD", "Kế hoạch cải thiện")
    plan.meta.title = decomposed
    plan.sections = [Section(title=[Run(decomposed)], body=[Paragraph.plain(decomposed)])]
    save_plan(plan, p)
    got = load_plan(p)
    assert got.meta.title == "Kế hoạch cải thiện"
    assert got.sections[0].title_text == "Kế hoạch cải thiện"
    assert got.sections[0].body[0].text == "Kế hoạch cải thiện"


# ------------------------------------------------------------- refusals ---
def _good(tmp_path, name="good.sqlite"):
    p = str(tmp_path / name)
    save_plan(plan_from_template("blank"), p)
    return p


def _crafted(tmp_path, name, sql=None, app_id=APPLICATION_ID, version=SCHEMA_VERSION, wal=False):
    p = _good(tmp_path, name)
    c = sqlite3.connect(p)
    if sql:
        c.execute(sql)
    c.execute(f"PRAGMA application_id={app_id}")
    c.execute(f"PRAGMA user_version={version}")
    if wal:
        c.execute("PRAGMA journal_mode=WAL")
    c.commit()
    c.close()
    return p


def refusal_cases(tmp_path):
    cases = {}
    t = str(tmp_path / "text.sqlite")
    with open(t, "w") as f:
        f.write("đây không phải cơ sở dữ liệu")
    cases["not sqlite"] = t
    e = str(tmp_path / "empty.sqlite")
    open(e, "wb").close()
    cases["empty"] = e
    g = _good(tmp_path, "trunc.sqlite")
    with open(g, "r+b") as f:
        f.truncate(os.path.getsize(g) - 1500)
    cases["truncated"] = g
    other = str(tmp_path / "other.sqlite")
    c = sqlite3.connect(other)
    c.execute("CREATE TABLE notes(x)")
    c.commit()
    c.close()
    cases["another app"] = other
    cases["another app id"] = _crafted(tmp_path, "appid.sqlite", app_id=1234)
    cases["newer version"] = _crafted(tmp_path, "newer.sqlite", version=SCHEMA_VERSION + 1)
    cases["extra trigger"] = _crafted(tmp_path, "trig.sqlite",
                                      "CREATE TRIGGER t AFTER INSERT ON recipient BEGIN DELETE FROM section; END")
    cases["view"] = _crafted(tmp_path, "view.sqlite", "CREATE VIEW v AS SELECT * FROM section")
    cases["extra table"] = _crafted(tmp_path, "table.sqlite", "CREATE TABLE evil(x)")
    cases["changed table"] = _crafted(tmp_path, "alter.sqlite", "ALTER TABLE section ADD COLUMN x")
    g = _good(tmp_path, "garbage.sqlite")
    with open(g, "r+b") as f:
        f.seek(4096 + 10)
        f.write(os.urandom(3000))
    cases["corrupted page"] = g
    return cases


def test_every_refusal_has_a_clear_message_and_leaves_the_file_unchanged(tmp_path):
    cases = refusal_cases(tmp_path)
    for name, path in cases.items():
        h = sha(path)
        with pytest.raises(FileRefused) as ei:
            PlanStore.open(path)
        msg = ei.value.message("vi")
        assert "“" in msg and "\n" not in msg, (name, msg)
        assert ei.value.message("en") != msg
        assert sha(path) == h, f"{name}: refused file was modified"
        assert not os.path.exists(path + "-journal"), name
    with pytest.raises(NewerVersion) as ei:
        validate(cases["newer version"])
    assert str(SCHEMA_VERSION + 1) in ei.value.message("vi") and "mới hơn" in ei.value.message("vi")


def test_wal_mode_file_is_converted_on_open(tmp_path):
    p = _crafted(tmp_path, "wal.sqlite", wal=True)
    assert validate(p).wal
    st = PlanStore.open(p)
    plan = st.load()
    plan.meta.title = "Đã sửa"
    st.sync(plan)
    st.close()
    assert not validate(p).wal
    assert not os.path.exists(p + "-wal")
    assert load_plan(p).meta.title == "Đã sửa"


def test_wal_file_with_unmerged_log_is_refused(tmp_path):
    p = _crafted(tmp_path, "wal2.sqlite", wal=True)
    with open(p + "-wal", "wb") as f:
        f.write(b"x" * 100)
    h = sha(p)
    with pytest.raises(FileRefused):
        PlanStore.open(p)
    assert sha(p) == h


def test_format_fixture_of_every_version_opens():
    fixtures = sorted(glob.glob(os.path.join(ROOT, "tests", "fixtures", "format_v*.sqlite")))
    assert len(fixtures) == SCHEMA_VERSION
    for f in fixtures:
        tmp = f + ".tmp-open.sqlite"
        shutil.copy(f, tmp)
        try:
            plan = load_plan(tmp)
            assert plan.meta.title and plan.sections and plan.appendices
        finally:
            os.unlink(tmp)


def test_cli_bad_file_exits_2_with_one_line(tmp_path):
    bad = str(tmp_path / "bad.sqlite")
    with open(bad, "w") as f:
        f.write("x" * 200)
    for lang, word in (("vi", "không phải"), ("en", "not a plan")):
        r = subprocess.run([sys.executable, os.path.join(ROOT, "main.py"), "dump", bad, "--lang", lang],
                           capture_output=True, text=True, timeout=60)
        assert r.returncode == 2
        assert r.stderr.count("\n") == 1 and word in r.stderr and "Traceback" not in r.stderr
    r = subprocess.run([sys.executable, os.path.join(ROOT, "main.py"), "new", "--template", "nope", "x.sqlite"],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and "Traceback" not in r.stderr


def test_store_rollback_info_value_and_invalidate(tmp_path):
    """The GUI's crash handler and reminders use these instead of SQL on the store's connection."""
    from core.store.planfile import PlanStore
    from core.templates import plan_from_template
    path = str(tmp_path / "kh.sqlite")
    store = PlanStore.create(path, plan_from_template("blank"))
    try:
        assert store.info_value("file_id")
        assert store.info_value("no such key") is None
        plan = store.load()
        store.conn.execute("BEGIN IMMEDIATE")
        store.conn.execute("DELETE FROM section")
        store.rollback()
        assert not store.conn.in_transaction
        assert store._hash_cache is None
        assert len(PlanStore.open(path).load().sections) == len(plan.sections) > 0
        store.rollback()                       # nothing open: nothing to do, no error
    finally:
        store.close()
