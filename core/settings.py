"""User settings: language, and each office's defaults for new plans.

Pure Python (no Qt).  One JSON file with a ``"version"`` field; older
versions are upgraded step by step by :data:`UPGRADES` when read.  A file
from a *newer* program version is read as far as it is understood and never
written back (so going back to an older program does not destroy it).

Where the file lives:

* **portable mode** — a file ``portable.txt`` beside the program (the
  ``kehoach.exe`` of the installed bundle, or ``main.py`` when run from
  source): settings are kept in ``settings.json`` beside it, so a program
  folder copied onto a USB stick carries its settings along;
* otherwise the per-user configuration folder: ``%APPDATA%\\KeHoach`` on
  Windows, ``$XDG_CONFIG_HOME/kehoach`` (``~/.config/kehoach``) elsewhere.

``KEHOACH_SETTINGS`` (a file path) overrides both; the tests use it.

Saving writes a temporary file and renames it over the old one.  A file
that cannot be read (truncated, edited by hand) is kept aside as
``settings.json.bad`` and the defaults are used.
"""
from __future__ import annotations

import copy
import json
import logging
import os
import sys

from .errors import PlanError
from .fileio import atomic_write, replace_file
from .text import nfc

log = logging.getLogger(__name__)

VERSION = 2
FILE_NAME = "settings.json"
PORTABLE_MARKER = "portable.txt"

OFFICE_FIELDS = ("agency", "parent_agency", "agency_abbr", "place")


def default_office() -> dict:
    return {
        "agency": "",            # "Huyện Vị Xuyên" or "Ủy ban nhân dân huyện Vị Xuyên"
        "parent_agency": "",     # cơ quan chủ quản (optional)
        "agency_abbr": "UBND",
        "place": "",             # địa danh ("Vị Xuyên")
        "signer": {"prefix": "", "collective": "", "lines": [], "name": ""},   # blank = keep the template's
        "recipients": [],        # Nơi nhận lines; [] = keep the template's
        "tone_style": "",        # tone-mark placement the office writes: 'old' ("hòa", "Ủy") | 'new' ("hoà", "Uỷ") | ''
    }


def defaults() -> dict:
    return {
        "version": VERSION,
        "language": "vi",                # 'vi' | 'en'
        "native_dialogs": "auto",        # 'auto' | 'yes' | 'no' (see gui/i18n.py)
        "current_office": "",
        "offices": {},                   # office name -> default_office()
        "recent_files": [],
        "last_folder": "",               # where the clerk last opened or saved a plan ('' = Documents\\Kế hoạch)
    }


# ------------------------------------------------------------ upgrades --
def _v1_to_v2(d: dict) -> dict:
    """Version 1 held one office's defaults at the top level."""
    office = default_office()
    for k in OFFICE_FIELDS:
        if isinstance(d.get(k), str):
            office[k] = d.pop(k)
    if isinstance(d.get("signer"), dict):
        office["signer"].update(d.pop("signer"))
    if isinstance(d.get("recipients"), list):
        office["recipients"] = d.pop("recipients")
    name = office["agency"] or "Cơ quan"
    meaningful = office["agency"] or office["place"] or office["recipients"] or office["signer"].get("name")
    d["offices"] = {name: office} if meaningful else {}
    d["current_office"] = name if d["offices"] else ""
    d["version"] = 2
    return d


UPGRADES = {1: _v1_to_v2}   # from version -> function returning the next version


def upgrade(d: dict) -> dict:
    v = d.get("version", 1)
    if not isinstance(v, int) or v < 1:
        v = 1
    d["version"] = v
    while v < VERSION:
        d = UPGRADES[v](d)
        v = d["version"]
    return d


# ------------------------------------------------------------ location --
def program_dir() -> str:
    """Folder of the running program: the bundle's executable, or main.py's folder."""
    if getattr(sys, "frozen", False):
        return os.path.dirname(os.path.abspath(sys.executable))
    return os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def is_portable() -> bool:
    return os.path.exists(os.path.join(program_dir(), PORTABLE_MARKER))


def user_config_dir() -> str:
    if sys.platform == "win32":
        from .winpaths import appdata_dir  # %APPDATA%\KeHoach (the profile's default when unset)
        return appdata_dir("KeHoach")
    if sys.platform == "darwin":
        return os.path.join(os.path.expanduser("~"), "Library", "Application Support", "KeHoach")
    base = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    return os.path.join(base, "kehoach")


def settings_path() -> str:
    env = os.environ.get("KEHOACH_SETTINGS")
    if env:
        return env
    if is_portable():
        return os.path.join(program_dir(), FILE_NAME)
    return os.path.join(user_config_dir(), FILE_NAME)


# ------------------------------------------------------------- the file --
def _clean_office(o) -> dict:
    out = default_office()
    if not isinstance(o, dict):
        return out
    for k in OFFICE_FIELDS:
        if isinstance(o.get(k), str):
            out[k] = nfc(o[k])
    s = o.get("signer")
    if isinstance(s, dict):
        for k in ("prefix", "collective", "name"):
            if isinstance(s.get(k), str):
                out["signer"][k] = nfc(s[k])
        if isinstance(s.get("lines"), list):
            out["signer"]["lines"] = [nfc(str(x)) for x in s["lines"]]
    if isinstance(o.get("recipients"), list):
        out["recipients"] = [nfc(str(x)) for x in o["recipients"]]
    if o.get("tone_style") in ("old", "new", ""):
        out["tone_style"] = o["tone_style"]
    for k, v in o.items():          # keep what a newer version added
        out.setdefault(k, v)
    return out


class Settings:
    """The settings file in memory.  ``data`` is the plain dict (see :func:`defaults`)."""

    def __init__(self, data: dict | None = None, path: str | None = None, read_only: bool = False):
        self.data = data if data is not None else defaults()
        self.path = path
        self.read_only = read_only    # True for a file written by a newer version

    # -- reading / writing
    @classmethod
    def load(cls, path: str | None = None) -> "Settings":
        path = path or settings_path()
        try:
            with open(path, encoding="utf-8") as f:
                raw = json.load(f)
            if not isinstance(raw, dict):
                raise ValueError("not an object")
        except FileNotFoundError:
            return cls(defaults(), path)
        except (OSError, ValueError):
            log.warning("settings file %s unreadable: kept as .bad, defaults used", path, exc_info=True)
            try:
                replace_file(path, path + ".bad", tries=1)
            except OSError:
                log.warning("could not rename the unreadable settings file %s", path, exc_info=True)
            return cls(defaults(), path)
        newer = isinstance(raw.get("version"), int) and raw["version"] > VERSION
        data = raw if newer else upgrade(raw)
        merged = defaults()
        merged.update(data)
        if not isinstance(merged.get("offices"), dict):
            merged["offices"] = {}
        merged["offices"] = {nfc(str(k)): _clean_office(v) for k, v in merged["offices"].items()}
        if merged.get("language") not in ("vi", "en"):
            merged["language"] = "vi"
        if not isinstance(merged.get("recent_files"), list):
            merged["recent_files"] = []
        return cls(merged, path, read_only=newer)

    def save(self, path: str | None = None) -> None:
        path = path or self.path or settings_path()
        if self.read_only and path == self.path:
            return
        folder = os.path.dirname(os.path.abspath(path))
        os.makedirs(folder, exist_ok=True)
        atomic_write(path, json.dumps(self.data, ensure_ascii=False, indent=1), prefix=".settings.")
        self.path = path

    # -- values
    @property
    def language(self) -> str:
        return self.data.get("language", "vi")

    @language.setter
    def language(self, lang: str) -> None:
        self.data["language"] = "en" if str(lang).lower().startswith("en") else "vi"

    def office_names(self) -> list[str]:
        return list(self.data["offices"])

    def office(self, name: str | None = None) -> dict:
        """The defaults of office *name* (the current office when None); a blank office if unknown."""
        name = self.data.get("current_office", "") if name is None else name
        o = self.data["offices"].get(name)
        return copy.deepcopy(o) if o else default_office()

    def set_office(self, name: str, office: dict, make_current: bool = True) -> None:
        name = nfc(name.strip())
        if not name:
            raise ValueError("office name is empty")
        self.data["offices"][name] = _clean_office(office)
        if make_current:
            self.data["current_office"] = name

    def remove_office(self, name: str) -> None:
        self.data["offices"].pop(name, None)
        if self.data.get("current_office") == name:
            self.data["current_office"] = next(iter(self.data["offices"]), "")

    def tone_style(self) -> str:
        """The current office's tone-mark placement ('old' / 'new'; '' when not chosen)."""
        v = self.office().get("tone_style", "")
        return v if v in ("old", "new") else ""

    @property
    def library_folders(self) -> list[str]:
        """The folders the Plans page lists (default Documents\\Kế hoạch, where new plans are saved)."""
        v = self.data.get("library_folders")
        if isinstance(v, list) and all(isinstance(x, str) for x in v) and v:
            return [nfc(x) for x in v]
        from .library import default_folder
        return [default_folder()]

    @library_folders.setter
    def library_folders(self, folders: list[str]) -> None:
        out: list[str] = []
        for f in folders:
            f = nfc(os.path.abspath(f))
            if f not in out:
                out.append(f)
        self.data["library_folders"] = out


def load() -> Settings:
    return Settings.load()


# ------------------------------------------------------ plans folder --
PLANS_FOLDER_NAME = "Kế hoạch"


def documents_dir(environ=None) -> str:
    """The clerk's Documents folder: ``%USERPROFILE%\\Documents`` on Windows, ``~/Documents`` elsewhere;
    ``KEHOACH_DOCUMENTS`` overrides it (the tests use it, so nothing is created in a real profile)."""
    environ = os.environ if environ is None else environ
    if environ.get("KEHOACH_DOCUMENTS"):
        return environ["KEHOACH_DOCUMENTS"]
    if sys.platform == "win32":
        from .winpaths import _profile
        return os.path.join(_profile(environ), "Documents")
    return os.path.join(os.path.expanduser("~"), "Documents")


def plans_folder(settings: "Settings | None" = None, create: bool = True) -> str:
    """Where a new plan is offered: the last folder the clerk used (while it exists), else
    Documents\\Kế hoạch — created, so the file chooser opens in it (never the program's hidden data folder)."""
    s = settings if settings is not None else load()
    last = s.data.get("last_folder") or ""
    if isinstance(last, str) and last and os.path.isdir(last):
        return last
    folder = os.path.join(documents_dir(), PLANS_FOLDER_NAME)
    if create:
        try:
            os.makedirs(folder, exist_ok=True)
        except OSError:
            log.warning("could not create %s", folder, exc_info=True)
            return os.path.expanduser("~")
    return folder


def remember_folder(folder: str, settings: "Settings | None" = None) -> None:
    """Keep *folder* as the last folder used (a failure to save is logged, never raised)."""
    s = settings if settings is not None else load()
    folder = nfc(os.path.abspath(folder))
    if s.data.get("last_folder") == folder:
        return
    s.data["last_folder"] = folder
    try:
        s.save()
    except (OSError, PlanError):
        log.warning("could not save the last folder used", exc_info=True)


# ------------------------------------------------------ new plans --
def template_kwargs(settings: "Settings | dict | None") -> dict:
    """Keyword arguments for :func:`core.templates.plan_from_template` from the current office."""
    o = _office_of(settings)
    return {k: o[k] for k in ("agency", "place", "agency_abbr", "parent_agency") if o.get(k)}


def _office_of(settings) -> dict:
    if settings is None:
        return default_office()
    if isinstance(settings, Settings):
        return settings.office()
    return _clean_office(settings)


def apply_office_defaults(plan, settings: "Settings | dict | None") -> list[str]:
    """Fill a *new* plan with the office's defaults: place, abbreviation,
    cơ quan chủ quản, the signer (any non-blank field) and the Nơi nhận
    lines (when the office has some).  Fields the office leaves blank keep
    the template's text.  Returns the ids of the records changed."""
    from .model import Recipient, Signer
    o = _office_of(settings)
    m = plan.meta
    touched = []
    changed = False
    for field_ in ("place", "agency_abbr", "parent_agency"):
        v = nfc(o[field_].strip())
        if v and getattr(m, field_) != v:
            setattr(m, field_, v)
            changed = True
    if changed:
        touched.append(m.id)
    s = o["signer"]
    if any(s.get(k) for k in ("prefix", "collective", "name")) or s.get("lines"):
        if not plan.signers:
            plan.signers.append(Signer())
        sg = plan.signers[0]
        for k in ("prefix", "collective", "name"):
            if s.get(k):
                setattr(sg, k, nfc(s[k]))
        if s.get("lines"):
            sg.lines = [nfc(x) for x in s["lines"]]
        touched.append(sg.id)
    if o["recipients"]:
        touched.extend(r.id for r in plan.recipients)
        plan.recipients = [Recipient(text=nfc(t), pos=float(i)) for i, t in enumerate(o["recipients"]) if t.strip()]
        touched.extend(r.id for r in plan.recipients)
    return touched


def new_plan(template: str, settings: "Settings | dict | None" = None, year: str = ""):
    """A new plan from *template* with the current office's defaults applied."""
    from .templates import plan_from_template
    plan = plan_from_template(template, year=year, **template_kwargs(settings))
    apply_office_defaults(plan, settings)
    return plan
