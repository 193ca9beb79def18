"""Timestamped backups of a plan (thinned to the last few, one a day for a week, one a week), their
descriptions for the restore dialog, and restoring one.
"""
from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from ..errors import PlanError
from ..fileio import unlink_quiet
from .paths import _key, _stem, data_dir

log = logging.getLogger(__name__)


# ---------------------------------------------------------------- backups --
BACKUP_RE = re.compile(r"-(\d{8}-\d{6})\.sqlite$")


def backup_dir(original: str) -> str:
    d = os.path.join(data_dir(), "backups", f"{_stem(original)}-{_key(original)}")
    os.makedirs(d, exist_ok=True)
    return d


def make_backup(store, original: str, now: datetime | None = None, keep: str | None = None) -> str:
    """A timestamped copy of the open file; then thin the folder (never
    deleting *keep*, e.g. the backup about to be restored)."""
    now = now or datetime.now()
    d = backup_dir(original)
    dest = os.path.join(d, f"{_stem(original)}-{now:%Y%m%d-%H%M%S}.sqlite")
    store.save_copy(dest)
    for old in thin_backups(list_backups(original), now):
        if keep and os.path.abspath(old) == os.path.abspath(keep):
            continue
        unlink_quiet(old)
    return dest


def list_backups(original: str) -> list[tuple[str, datetime]]:
    d = backup_dir(original)
    out = []
    for n in os.listdir(d):
        m = BACKUP_RE.search(n)
        if m:
            try:
                out.append((os.path.join(d, n), datetime.strptime(m.group(1), "%Y%m%d-%H%M%S")))
            except ValueError:   # a name that looks like a backup's but holds no real time: not ours
                log.debug("not a backup: %s", n)
    out.sort(key=lambda t: t[1], reverse=True)
    return out


def thin_backups(backups: list[tuple[str, datetime]], now: datetime, keep_last: int = 5,
                 days: int = 7, weeks: int = 8) -> list[str]:
    """Which backups to delete: keep the *keep_last* newest, then the newest of
    each day for *days* days, then the newest of each ISO week for *weeks* weeks."""
    ordered = sorted(backups, key=lambda t: t[1], reverse=True)
    keep: set[str] = {p for p, _ in ordered[:keep_last]}
    seen_days: set = set()
    seen_weeks: set = set()
    for p, t in ordered:
        age = now - t
        if age <= timedelta(days=days):
            if t.date() not in seen_days:
                seen_days.add(t.date())
                keep.add(p)
        elif age <= timedelta(weeks=weeks):
            wk = t.isocalendar()[:2]
            if wk not in seen_weeks:
                seen_weeks.add(wk)
                keep.add(p)
    return [p for p, _ in ordered if p not in keep]


# -------------------------------------------------------- restore backups --
@dataclass
class BackupInfo:
    """One backup of a plan as the clerk sees it in File → Restore."""
    path: str
    when: datetime
    size: int
    sections: int = 0
    appendices: int = 0
    rows: int = 0
    title: str = ""
    error: str = ""      # the backup cannot be read (then it cannot be restored)
    lang: str = "vi"     # the language of the texts below ("vi" or "en", the interface's)

    @property
    def _locale(self) -> str:
        return "en" if self.lang == "en" else "vi_VN"

    def when_text(self, now: datetime | None = None) -> str:
        """'10:42 Thứ Hai, 03/06/2024 (2 giờ trước)' / '10:42 Monday, 3 June 2024 (2 hours ago)' — babel."""
        from babel.dates import format_datetime, format_timedelta
        now = now or datetime.now()
        pattern = "HH:mm EEEE, d MMMM y" if self.lang == "en" else "HH:mm EEEE, dd/MM/y"
        text = format_datetime(self.when, pattern, locale=self._locale)
        ago = format_timedelta(self.when - now, add_direction=True, locale=self._locale)
        return f"{text} ({ago})"

    def size_text(self) -> str:
        from babel.numbers import format_decimal
        if self.size < 1024 * 1024:
            return format_decimal(self.size / 1024, "#,##0.#", locale=self._locale) + " KB"
        return format_decimal(self.size / 1024 / 1024, "#,##0.#", locale=self._locale) + " MB"

    def summary_text(self) -> str:
        from babel.numbers import format_decimal
        if self.lang == "en":
            if self.error:
                return "cannot be read: " + self.error

            def n(k, one, many):
                return f"{format_decimal(k, locale='en')} {one if k == 1 else many}"
            return (f"{n(self.sections, 'section', 'sections')}, {n(self.appendices, 'appendix', 'appendices')}, "
                    f"{n(self.rows, 'table row', 'table rows')}")
        if self.error:
            return "không đọc được: " + self.error
        return (f"{format_decimal(self.sections, locale='vi_VN')} mục, {self.appendices} phụ lục, "
                f"{format_decimal(self.rows, locale='vi_VN')} dòng bảng")


def describe_backup(path: str, when: datetime, lang: str = "vi") -> BackupInfo:
    """Size and a short summary of one backup, read without touching it;
    its texts in *lang* ("vi" or "en")."""
    from ..store.planfile import load_plan_readonly
    try:
        size = os.path.getsize(path)
    except OSError:
        size = 0
    info = BackupInfo(path, when, size, lang="en" if lang == "en" else "vi")
    try:
        plan = load_plan_readonly(path)
    except PlanError as e:
        info.error = e.message(info.lang)
        return info
    except Exception as e:   # a damaged backup is shown as such, never a crash
        log.warning("backup %s not readable", path, exc_info=True)
        info.error = f"{type(e).__name__}: {e}"
        return info
    info.sections = sum(1 for _ in plan.walk())
    info.appendices = len(plan.appendices)
    info.rows = sum(len(a.rows) for a in plan.appendices)
    info.title = plan.meta.title
    return info


def describe_backups(original: str, lang: str = "vi") -> list[BackupInfo]:
    """The backups of *original*, newest first, each with its summary (texts in *lang*: "vi" or "en")."""
    return [describe_backup(p, t, lang) for p, t in list_backups(original)]


@dataclass
class RestoreResult:
    before: str          # the backup of the state just before restoring
    changed: int         # records written or deleted
    plan: object         # the restored Plan (as now in the file)


def restore_backup(store, original: str, backup: str, now: datetime | None = None) -> RestoreResult:
    """Make the open file (*store*) hold the content of *backup*.

    First a backup of the current state is written (so the restore itself
    can be undone by restoring that one); then the backup's records replace
    the file's in ONE transaction through ``store.sync`` — changed records
    keep their history, records added since the backup leave tombstones, and
    the file keeps its identity (``file_id``) so merging with other offices
    still works.  A failure rolls the transaction back: the file stays as it
    was.  The caller reloads the plan from *store* afterwards.
    """
    plan = load_backup(original, backup)
    before = backup_before_restore(store, original, backup, now)
    changed = store.sync(plan)
    return RestoreResult(before, changed, store.load())


def load_backup(original: str, backup: str):
    """The plan held by one of *original*'s own backups, validated like any received file (a damaged
    backup is refused here). Reads the backup through its own read-only connection: safe in a worker."""
    from ..fileio import refuse_if_open
    from ..store.planfile import load_plan_readonly
    refuse_if_open(original, here_ok=True)   # another window (another name, another computer) has it open
    backup = os.path.abspath(backup)
    if os.path.dirname(backup) != os.path.abspath(backup_dir(original)):
        raise PlanError("Chỉ khôi phục được từ các bản sao lưu của chính tệp này.",
                        "Only this file's own backups can be restored.")
    return load_plan_readonly(backup)


def backup_before_restore(store, original: str, backup: str, now: datetime | None = None) -> str:
    """A backup of the current state under a time never used before (so the restore can itself be
    undone from File → Restore, even after the window is closed); returns its path."""
    now = now or datetime.now()
    while os.path.exists(os.path.join(backup_dir(original), f"{_stem(original)}-{now:%Y%m%d-%H%M%S}.sqlite")):
        now += timedelta(seconds=1)        # never overwrite a backup (least of all the one restored)
    return make_backup(store, original, now=now, keep=backup)
