"""core/settings.py: versioned file, upgrades, portable location, office defaults on new plans."""
import json
import os
import unicodedata

import pytest

from core import settings as S
from core.templates import plan_from_template


@pytest.fixture
def spath(tmp_path, monkeypatch):
    p = tmp_path / "cfg" / "settings.json"
    monkeypatch.setenv("KEHOACH_SETTINGS", str(p))
    return p


def test_defaults_when_missing(spath):
    s = S.load()
    assert s.language == "vi"
    assert s.office_names() == []
    assert not spath.exists()


def test_round_trip_and_version(spath):
    s = S.load()
    s.language = "en"
    s.set_office("Huyện Vị Xuyên", {"agency": "Huyện Vị Xuyên", "place": "Vị Xuyên",
                                    "signer": {"prefix": "KT.", "collective": "CHỦ TỊCH", "lines": ["PHÓ CHỦ TỊCH"],
                                               "name": "Nguyễn Văn A"},
                                    "recipients": ["- Như trên;", "- Lưu: VT."]})
    s.save()
    raw = json.loads(spath.read_text(encoding="utf-8"))
    assert raw["version"] == S.VERSION
    t = S.load()
    assert t.language == "en"
    assert t.data["current_office"] == "Huyện Vị Xuyên"
    assert t.office()["signer"]["name"] == "Nguyễn Văn A"
    assert t.office()["recipients"] == ["- Như trên;", "- Lưu: VT."]


def test_upgrade_from_v1(spath):
    spath.parent.mkdir(parents=True)
    spath.write_text(json.dumps({"version": 1, "agency": "Xã Tùng Bá", "place": "Tùng Bá",
                                 "recipients": ["- Lưu: VT."], "language": "en"}), encoding="utf-8")
    s = S.load()
    assert s.data["version"] == S.VERSION
    assert s.office_names() == ["Xã Tùng Bá"]
    assert s.office()["place"] == "Tùng Bá"
    assert s.office()["recipients"] == ["- Lưu: VT."]
    assert s.language == "en"


def test_file_without_version_is_v1(spath):
    spath.parent.mkdir(parents=True)
    spath.write_text(json.dumps({"place": "Hà Giang"}), encoding="utf-8")
    assert S.load().office()["place"] == "Hà Giang"


def test_newer_version_is_never_overwritten(spath):
    spath.parent.mkdir(parents=True)
    text = json.dumps({"version": S.VERSION + 5, "language": "en", "offices": {}, "future": [1, 2]})
    spath.write_text(text, encoding="utf-8")
    s = S.load()
    assert s.read_only and s.language == "en"
    s.language = "vi"
    s.save()
    assert spath.read_text(encoding="utf-8") == text


def test_broken_file_is_kept_aside(spath):
    spath.parent.mkdir(parents=True)
    spath.write_text('{"version": 2, "lang', encoding="utf-8")
    s = S.load()
    assert s.language == "vi"
    assert (spath.parent / "settings.json.bad").exists()
    s.save()
    assert json.loads(spath.read_text(encoding="utf-8"))["version"] == S.VERSION


def test_nfc_on_entry(spath):
    s = S.load()
    decomposed = unicodedata.normalize("NFD", "Vị Xuyên")
    s.set_office(decomposed, {"place": decomposed})
    assert s.office_names() == ["Vị Xuyên"]
    assert s.office()["place"] == "Vị Xuyên"


def test_portable_marker(tmp_path, monkeypatch):
    monkeypatch.delenv("KEHOACH_SETTINGS", raising=False)
    monkeypatch.setattr(S, "program_dir", lambda: str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("APPDATA", str(tmp_path / "appdata"))
    assert not S.is_portable()
    assert S.settings_path().startswith(str(tmp_path / ("appdata" if os.name == "nt" else "xdg")))
    (tmp_path / "portable.txt").write_text("")
    assert S.is_portable()
    assert S.settings_path() == os.path.join(str(tmp_path), "settings.json")


def test_office_defaults_applied_to_new_plan(spath):
    s = S.load()
    s.set_office("Huyện Vị Xuyên", {"agency": "Huyện Vị Xuyên", "place": "Vị Xuyên", "agency_abbr": "UBND",
                                    "parent_agency": "",
                                    "signer": {"prefix": "KT.", "collective": "CHỦ TỊCH", "lines": ["PHÓ CHỦ TỊCH"],
                                               "name": "Trần Thị B"},
                                    "recipients": ["- Sở Nội vụ;", "", "- Lưu: VT."]})
    plan = S.new_plan("papi", s, year="2026")
    assert plan.meta.place == "Vị Xuyên"
    assert "VỊ XUYÊN" in plan.meta.agency
    assert plan.signers[0].prefix == "KT." and plan.signers[0].name == "Trần Thị B"
    assert plan.signers[0].lines == ["PHÓ CHỦ TỊCH"]
    assert [r.text for r in plan.recipients] == ["- Sở Nội vụ;", "- Lưu: VT."]


def test_blank_office_keeps_template(spath):
    base = plan_from_template("papi", year="2026")
    plan = plan_from_template("papi", year="2026")
    assert S.apply_office_defaults(plan, S.load()) == []
    assert [r.text for r in plan.recipients] == [r.text for r in base.recipients]
    assert plan.signers[0].collective == base.signers[0].collective


def test_apply_returns_touched_ids(spath):
    plan = plan_from_template("blank", year="2026")
    ids = S.apply_office_defaults(plan, {"place": "Hà Giang", "recipients": ["- Lưu: VT."]})
    assert plan.meta.id in ids
    assert plan.recipients[0].id in ids
