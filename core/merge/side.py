"""Reading a copy: the records, history, tombstones and info of one side of a merge (through
core/store/mergefile), and the constants that say how records relate."""
from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass, field

from ..errors import PlanError
from ..store import codec
from ..store.mergefile import read_records
from ..store.safe_open import hot_journal, validate
from ..store.schema import RECORD_TABLES, SCHEMA_VERSION, current_columns, record_tables

log = logging.getLogger(__name__)


BOOK = codec.BOOKKEEPING
# Fields moved together: a change of position is one change.
POSITION = {
    "section": ("parent_id", "pos", "kind"),
    "appendix": ("pos",),
    "appendix_column": ("appendix_id", "pos"),
    "appendix_row": ("appendix_id", "pos"),
    "signer": ("pos",),
    "recipient": ("pos",),
}
# JSON objects merged key by key.
DICT_FIELDS = {"meta": ("data",), "appendix": ("numbering",), "appendix_row": ("cells", "status")}
# Every column holding JSON text (values in the conflict list are decoded).
JSON_FIELDS = {"meta": ("data",), "section": ("title", "body", "tail"), "appendix": ("numbering",),
               "appendix_row": ("cells", "lead", "support", "status"), "signer": ("lines",)}
# child table -> (column, parent table)
PARENT = {"section": ("parent_id", "section"), "appendix_column": ("appendix_id", "appendix"),
          "appendix_row": ("appendix_id", "appendix")}
# JSON lists of paragraphs merged paragraph by paragraph (diff3 over the lists).
PARA_FIELDS = {"section": ("body", "tail")}
ACK = "tomb:"   # a history row whose hash starts so records "saw this deletion and kept the record"

_MISSING = object()


# ------------------------------------------------------------------ reading --
@dataclass
class Side:
    path: str
    label: str                                   # 'mine' | 'theirs'
    version: int = 1
    cols: dict = field(default_factory=dict)     # table -> column names
    rec: dict = field(default_factory=dict)      # id -> (table, row dict)
    hist: dict = field(default_factory=dict)     # id -> [(rev, hash, data, at, tbl)]
    tomb: dict = field(default_factory=dict)     # id -> (tbl, hash, data, at)
    info: dict = field(default_factory=dict)
    _siblings: dict | None = field(default=None, repr=False)   # (table, parent) -> [(pos, id)], built on demand

    def siblings(self, table: str, parent) -> list:
        """(pos, id) of the records of *table* under *parent* (describing position conflicts)."""
        if self._siblings is None:
            self._siblings = {}
            for i, (t, r) in self.rec.items():
                link = PARENT.get(t)
                if r.get("pos") is not None:
                    self._siblings.setdefault((t, r.get(link[0]) if link else None), []).append((r["pos"], i))
        return self._siblings.get((table, parent), [])

    def versions(self, rid: str) -> set[tuple[int, str]]:
        out = {(h[0], h[1]) for h in self.hist.get(rid, ()) if not h[1].startswith(ACK)}
        r = self.rec.get(rid)
        if r is not None:
            out.add((r[1]["rev"], r[1]["hash"]))
        return out

    def hashes(self, rid: str) -> set[str]:
        out = {h[1] for h in self.hist.get(rid, ())}
        r = self.rec.get(rid)
        if r is not None:
            out.add(r[1]["hash"])
        t = self.tomb.get(rid)
        if t is not None:
            out.add(t[1])
        return out

    def content_of(self, rid: str, rev: int, h: str) -> dict | None:
        r = self.rec.get(rid)
        if r is not None and r[1]["rev"] == rev and r[1]["hash"] == h:
            return _content(r[1])
        for v in self.hist.get(rid, ()):
            if v[0] == rev and v[1] == h:
                return codec.jload(v[2], None)
        return None


_content = codec.content_of


@contextmanager
def readable(path: str):
    """A path to read *path* from without writing to it: the file itself, or
    (when an interrupted save left a hot journal beside it) a rolled-back
    copy in a temporary folder."""
    path = os.path.abspath(path)
    if not hot_journal(path):
        yield path
        return
    d = tempfile.mkdtemp(prefix="kehoach-read-")
    try:
        tmp = os.path.join(d, "copy.sqlite")
        shutil.copyfile(path, tmp)
        shutil.copyfile(path + "-journal", tmp + "-journal")
        from ..store.safe_open import recover_journal
        recover_journal(tmp)
        yield tmp
    except OSError as e:
        raise PlanError(f"Không đọc được tệp “{os.path.basename(path)}”: {e}",
                        f"Cannot read “{os.path.basename(path)}”: {e}") from e
    finally:
        shutil.rmtree(d, ignore_errors=True)


def read_side(path: str, label: str) -> Side:
    with readable(path) as p:
        info = validate(p)
        side = Side(path=os.path.abspath(path), label=label, version=info.version)
        try:
            got = read_records(p, record_tables(info.version))
            side.cols, side.rec, side.hist, side.tomb, side.info = (got["cols"], got["rec"], got["hist"],
                                                                    got["tomb"], got["info"])
            if info.version < SCHEMA_VERSION:
                # an older copy (before progress was kept): its records read as this version's, with the
                # later tables empty — so a copy from an office that has not updated yet still merges
                side.cols.update(current_columns(set(RECORD_TABLES) - set(side.cols)))
                side.version = SCHEMA_VERSION
        except codec.BadRecord as e:
            raise codec.unreadable(path, e) from e
        except (sqlite3.DatabaseError, ValueError, KeyError) as e:
            raise PlanError(f"Dữ liệu trong tệp “{os.path.basename(path)}” không đọc được: {e}",
                            f"The data in “{os.path.basename(path)}” cannot be read: {e}") from e
    return side
