"""Languages: Qt translators, the locale, and babel formatting for the window.

The source strings of gui/ are Vietnamese (``self.tr("Mở tệp…")``);
``i18n/app_en.qm`` turns them into English.  Qt's own dialogs (file chooser,
print, page setup, message-box buttons, text context menus) have English
source strings; Qt ships no Vietnamese for them, so ``i18n/qtbase_vi.qm``
(hand-written, see ``i18n/qtbase_vi.ts``) is installed as a second
translator when the language is Vietnamese.

    from gui.i18n import install_translators, resolve_language
    lang = resolve_language(argv)          # --lang en|vi, else the setting, else 'vi'
    install_translators(app, lang)

Dates, numbers and month names shown to users go through babel with the
current language's locale (:func:`format_date`, :func:`format_number`,
:func:`month_name`).
"""
from __future__ import annotations

import logging
import os
import sys
from datetime import date

log = logging.getLogger(__name__)
LANGS = ("vi", "en")
BABEL_LOCALE = {"vi": "vi_VN", "en": "en_GB"}

_state = {"lang": "vi", "translators": []}


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:   # noqa: N802 — marks a string for i18n/update.py
    return text


# Strings that reach tr() from data files (resources/templates/*.json "label"):
TEMPLATE_LABELS = [
    QT_TRANSLATE_NOOP("NewPlanDialog", "PAPI — Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh"),
    QT_TRANSLATE_NOOP("NewPlanDialog", "PAR INDEX — Chỉ số cải cách hành chính"),
    QT_TRANSLATE_NOOP("NewPlanDialog", "SIPAS — Chỉ số hài lòng về sự phục vụ hành chính"),
    QT_TRANSLATE_NOOP("NewPlanDialog", "Kế hoạch trống"),
]


def i18n_dir() -> str:
    """Folder holding the compiled .qm files (source tree or PyInstaller bundle)."""
    base = getattr(sys, "_MEIPASS", None) or os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    return os.path.join(base, "i18n")


def normalize(lang: str | None) -> str:
    return "en" if str(lang or "").lower().startswith("en") else "vi"


def resolve_language(argv: list[str] | None = None, settings=None) -> str:
    """``--lang en|vi`` (or ``--lang=en``) in *argv* wins; then the saved setting; then Vietnamese."""
    argv = list(argv or [])
    for i, a in enumerate(argv):
        if a == "--lang" and i + 1 < len(argv):
            return normalize(argv[i + 1])
        if a.startswith("--lang="):
            return normalize(a.split("=", 1)[1])
    if settings is None:
        try:
            from core.settings import load
            settings = load()
        except Exception:    # a settings problem must never stop the program from starting
            log.exception("settings could not be read for the language")
            return "vi"
    return normalize(getattr(settings, "language", "vi"))


def current_language() -> str:
    return _state["lang"]


def error_text(e: BaseException) -> str:
    """A core error's message for the clerk in the interface language
    (PlanError carries Vietnamese and English; anything else: its text)."""
    msg = getattr(e, "message", None)
    if callable(msg):
        return msg(current_language())
    return getattr(e, "vi", None) or str(e)


def _system_ui_is_vietnamese() -> bool:
    from PySide6.QtCore import QLocale
    return any(l.lower().startswith("vi") for l in QLocale.system().uiLanguages())


def use_native_dialogs(lang: str, setting: str = "auto") -> bool:
    """Native Windows file/print dialogs speak the language of Windows, not
    ours.  'auto': native only when Windows itself is in our language (in
    Vietnamese: Windows' UI language is Vietnamese; in English: always);
    otherwise Qt's own dialogs, which qtbase_vi.qm translates."""
    if setting == "yes":
        return True
    if setting == "no":
        return False
    return lang == "en" or _system_ui_is_vietnamese()


def install_translators(app, lang: str, native_dialogs: str = "auto") -> list:
    """Install the translators for *lang* ('vi' or 'en') on *app* (replacing
    any installed before) and set the default QLocale.  Returns the
    QTranslator objects (kept alive here too).  Missing .qm files are
    skipped: the program still starts, in the source language."""
    from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
    lang = normalize(lang)
    for t in _state["translators"]:
        app.removeTranslator(t)
    _state["translators"] = []
    folder = i18n_dir()
    names = ["qtbase_vi", "app_vi"] if lang == "vi" else ["app_en"]
    for name in names:
        t = QTranslator(app)
        if t.load(os.path.join(folder, name + ".qm")):
            app.installTranslator(t)
            _state["translators"].append(t)
    if lang == "vi":
        QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs,
                                  not use_native_dialogs(lang, native_dialogs))
    _state["lang"] = lang
    return list(_state["translators"])


# ------------------------------------------------------------- babel ----
def babel_locale(lang: str | None = None) -> str:
    return BABEL_LOCALE[normalize(lang or _state["lang"])]


def format_date(d: date, fmt: str = "long", lang: str | None = None) -> str:
    """'ngày 5 tháng 3 năm 2026' style (babel's vi_VN) or '5 March 2026'."""
    from babel.dates import format_date as bd
    return bd(d, format=fmt, locale=babel_locale(lang))


def format_number(n, lang: str | None = None) -> str:
    """1.234,5 in Vietnamese, 1,234.5 in English."""
    from babel.numbers import format_decimal
    return format_decimal(n, locale=babel_locale(lang))


def month_name(month: int, width: str = "wide", lang: str | None = None) -> str:
    """'tháng 3' / 'March' (standalone form, as a calendar header)."""
    from babel.dates import get_month_names
    return get_month_names(width, context="stand-alone", locale=babel_locale(lang))[month]


def day_names(width: str = "abbreviated", lang: str | None = None) -> list[str]:
    """Monday-first weekday names: 'Th 2' … 'CN' / 'Mon' … 'Sun'."""
    from babel.dates import get_day_names
    names = get_day_names(width, context="stand-alone", locale=babel_locale(lang))
    return [names[i] for i in range(7)]
