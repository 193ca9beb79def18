"""Open 500 mutated copies of a plan file and a set of crafted ones.

Kept in the suite (issue 12, "keep, and prove it stays so"): a fixed seed,
a few hundred mutations (byte flips, header fields, truncation, pages of
noise), well under a minute — 0 tracebacks and 0 changed inputs required.

Every file goes through the "open a received file" path
(:func:`core.sharing.load_received`: validate, copy to the working folder,
roll back, open, load) and part of them through a merge.  Required: no
crash (only PlanError escapes, with a non-empty Vietnamese message), no
hang (a watchdog ends the run), and the input file's bytes unchanged.
"""
from __future__ import annotations

import faulthandler
import hashlib
import os
import random
import shutil
import sqlite3
import time
import zipfile

import pytest

from core import merge, sharing
from core.errors import PlanError
from tests.merge.test_merge_util import SAMPLES, make_base

N_MUTANTS = 500


def _sha(p):
    with open(p, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def try_open(path, work) -> str:
    """'ok' or the error message; raises on anything but PlanError."""
    before = _sha(path) if os.path.isfile(path) else None
    t = time.monotonic()
    try:
        store, plan = sharing.load_received(path, work)
        store.close()
        out = "ok"
    except PlanError as e:
        assert e.vi.strip() and e.en.strip()
        out = e.vi
    assert time.monotonic() - t < 20, f"too slow on {path}"
    if before is not None:
        assert _sha(path) == before, "the input file was modified"
    return out


def mutate(data: bytes, rng: random.Random) -> bytes:
    b = bytearray(data)
    kind = rng.randrange(5)
    page = int.from_bytes(b[16:18], "big") or 65536
    if kind == 0:                         # random byte flips anywhere
        for _ in range(rng.randint(1, 20)):
            i = rng.randrange(len(b))
            b[i] = rng.randrange(256)
    elif kind == 1:                       # header bytes
        for _ in range(rng.randint(1, 4)):
            i = rng.randrange(100)
            b[i] = rng.randrange(256)
    elif kind == 2:                       # truncation
        b = b[: rng.choice([rng.randrange(len(b)), rng.randrange(len(b) // page) * page])]
    elif kind == 3:                       # one page overwritten with noise or zeros
        n = rng.randrange(max(1, len(b) // page))
        noise = bytes(rng.randrange(256) for _ in range(page)) if rng.random() < 0.5 else bytes(page)
        b[n * page:(n + 1) * page] = noise
    else:                                 # a header field set to a strange value
        field = rng.choice([(16, 2), (28, 4), (32, 4), (36, 4), (40, 4), (44, 4), (48, 4), (52, 4),
                            (56, 4), (60, 4), (64, 4), (68, 4), (92, 4), (96, 4), (18, 1), (19, 1), (20, 1)])
        off, size = field
        val = rng.choice([0, 1, 2, 0xFF, 0x7FFFFFFF, rng.randrange(1 << (8 * size))]) % (1 << (8 * size))
        b[off:off + size] = val.to_bytes(size, "big")
    return bytes(b)


@pytest.fixture(scope="module")
def plan_file(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("fuzz")
    return make_base(tmp, SAMPLES[0] if SAMPLES else "template:blank")


def test_mutated_copies(plan_file, tmp_path):
    rng = random.Random(7)
    data = open(plan_file, "rb").read()
    work = str(tmp_path / "work")
    faulthandler.dump_traceback_later(240, exit=True)   # a hang fails the run instead of blocking it
    outcomes = {"ok": 0, "refused": 0}
    try:
        for i in range(N_MUTANTS):
            p = str(tmp_path / f"m{i % 7}.sqlite")
            with open(p, "wb") as f:
                f.write(mutate(data, rng))
            res = try_open(p, work)
            outcomes["ok" if res == "ok" else "refused"] += 1
            if i % 25 == 0:   # some mutants also go through a merge, as "theirs"
                before = (_sha(plan_file), _sha(p))
                try:
                    merge.merge_files(plan_file, p, str(tmp_path / "merged.sqlite"), overwrite=True)
                except PlanError as e:
                    assert e.vi.strip()
                assert (_sha(plan_file), _sha(p)) == before, "a merge input was modified"
            if i % 100 == 99:
                shutil.rmtree(work, ignore_errors=True)
    finally:
        faulthandler.cancel_dump_traceback_later()
    print(f"\nfuzz: {outcomes}")
    assert outcomes["refused"] > N_MUTANTS // 4 and outcomes["ok"] > 0


# ------------------------------------------------------------------ crafted --
def _craft(src, dst, *sql, pragma=None):
    shutil.copyfile(src, dst)
    c = sqlite3.connect(dst, isolation_level=None)
    try:
        for s in sql:
            c.execute(s)
        if pragma:
            c.execute(pragma)
    finally:
        c.close()
    return dst


CRAFTED = {
    "trigger": (["CREATE TRIGGER evil AFTER INSERT ON history BEGIN DELETE FROM meta; END"], None, "trigger"),
    "view": (["CREATE VIEW v AS SELECT * FROM meta"], None, "view"),
    "extra_table": (["CREATE TABLE payload (x)"], None, "bảng"),
    "extra_index": (["CREATE INDEX ix ON meta (data)"], None, "chỉ mục"),
    "missing_table": (["DROP TABLE tombstone"], None, "thiếu"),
    "newer_version": ([], "PRAGMA user_version=99", "phiên bản mới hơn"),
    "other_app": ([], "PRAGMA application_id=1234", "chương trình khác"),
    "no_app_id": ([], "PRAGMA application_id=0", "chương trình khác"),
    "two_meta": (["INSERT INTO meta SELECT 'x2', data, created, modified, rev, hash FROM meta"], None, "đúng một"),
    "no_meta": (["DELETE FROM meta"], None, "đúng một"),
    "huge_cell": (["UPDATE appendix_row SET cells = json_object('x', printf('%.*c', 6000000, 'a')) "
                   "WHERE id = (SELECT id FROM appendix_row LIMIT 1)"], None, ""),
    "bad_utf8": (["UPDATE section SET title = CAST(x'c328ff' AS TEXT) WHERE id = (SELECT id FROM section LIMIT 1)"],
                 None, ""),
    "json_garbage": (["UPDATE appendix_row SET cells='{{{', lead='\"str\"', status='[1,2]', pos='abc'",
                      "UPDATE section SET body='[\"not a paragraph\"]', title='{\"a\":1}'"], None, None),
    "deep_json": (["UPDATE section SET body = '" + "[" * 5000 + "]" * 5000 + "'"], None, None),
    "wrong_types": (["UPDATE appendix_row SET level='x', continues='yes', kind=5"], None, None),
}


@pytest.mark.parametrize("name", sorted(CRAFTED))
def test_crafted_files(plan_file, tmp_path, name):
    sql, pragma, expect = CRAFTED[name]
    p = _craft(plan_file, str(tmp_path / f"{name}.sqlite"), *sql, pragma=pragma)
    res = try_open(p, str(tmp_path / "work"))
    if expect is None:
        assert res == "ok" or res            # either way: no crash, a message
    else:
        assert res != "ok", f"{name} was accepted"
        assert expect.lower() in res.lower(), res


def test_crafted_non_plan_inputs(plan_file, tmp_path):
    work = str(tmp_path / "work")
    cases = {}
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    cases["empty"] = (str(empty), "rỗng")
    text = tmp_path / "note.sqlite"
    text.write_text("Kế hoạch số 12 — đây không phải cơ sở dữ liệu", encoding="utf-8")
    cases["text"] = (str(text), "không phải")
    d = tmp_path / "folder.sqlite"
    d.mkdir()
    cases["dir"] = (str(d), "thư mục")
    cases["missing"] = (str(tmp_path / "nothing.sqlite"), "không tìm thấy")
    two = tmp_path / "two.zip"
    with zipfile.ZipFile(two, "w") as z:
        z.write(plan_file, "a.sqlite")
        z.write(plan_file, "b.sqlite")
    cases["zip_two"] = (str(two), "đúng một")
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("plan.sqlite", b"\0" * (20 * 1024 * 1024))
    cases["zip_bomb"] = (str(bomb), "bất thường")
    badzip = tmp_path / "bad.zip"
    badzip.write_bytes(b"PK\x03\x04" + os.urandom(500))
    cases["zip_broken"] = (str(badzip), "nén")
    wal = tmp_path / "wal.sqlite"
    shutil.copyfile(plan_file, wal)
    c = sqlite3.connect(wal)
    c.execute("PRAGMA journal_mode=WAL")
    c.execute("CREATE TABLE IF NOT EXISTS x_keep_wal(a)")   # leaves frames in -wal while open
    cases_wal_open = str(wal)
    res = try_open(cases_wal_open, work)                  # WAL file with its -wal beside it
    c.close()
    assert res != "ok" and "-wal" in res
    for name, (p, expect) in cases.items():
        res = try_open(p, work)
        assert res != "ok", name
        assert expect in res.lower(), (name, res)
    # a good zip and a WAL-mode file (no -wal) open, the latter converted only in the local copy
    good = tmp_path / "good.zip"
    with zipfile.ZipFile(good, "w") as z:
        z.write(plan_file, "Ke hoach.sqlite")
    assert try_open(str(good), work) == "ok"
    walmode = tmp_path / "walmode.sqlite"
    shutil.copyfile(plan_file, walmode)
    c = sqlite3.connect(walmode)
    c.execute("PRAGMA journal_mode=WAL")
    c.close()
    before = _sha(walmode)
    assert try_open(str(walmode), work) == "ok"
    assert _sha(walmode) == before
    # a received file with an interrupted save beside it: rolled back in the local copy only
    hot = tmp_path / "hot.sqlite"
    shutil.copyfile(plan_file, hot)
    (tmp_path / "hot.sqlite-journal").write_bytes(bytes.fromhex("d9d505f920a163d7") + os.urandom(2000))
    res = try_open(str(hot), work)
    assert res == "ok" or res
    assert os.path.exists(str(hot) + "-journal")
