"""The user interface's language: Qt translators for ours and Qt's own words, chosen by a setting.

Translations live in ``resources/translations`` as Qt Linguist files (``.ts``) with their
compiled ``.qm`` next to them (``tools/update_translations.py`` makes both). The language is
the ``language`` setting (:mod:`ui.settings`): ``"system"`` follows the system locale. Switching
at run time installs new translators; Qt then sends every widget a ``LanguageChange`` event and
the main window re-reads its words (``MainWindow.retranslate``).
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

if TYPE_CHECKING:

    def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802
        """Marks ``text`` for ``pyside6-lupdate`` and returns it untranslated (typed as ``str``)."""
        ...

else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

TRANSLATIONS = Path(str(resources.files("resources") / "translations"))
PREFIX = "delegation_planner_"
SYSTEM = "system"
LANGUAGES = ("en", "de", "zh_CN")
"""The languages the interface speaks; English is the source language and needs no file."""

_installed: list[QTranslator] = []

__all__ = [
    "LANGUAGES",
    "QT_TRANSLATE_NOOP",
    "SYSTEM",
    "TRANSLATIONS",
    "check_language",
    "current_language",
    "install",
    "language_name",
    "resolve",
]


def language_name(code: str) -> str:
    """A language's name in its own language, so a user finds theirs in any interface language."""
    return {"en": "English", "de": "Deutsch", "zh_CN": "简体中文"}.get(code, code)


def resolve(choice: str | None, system: QLocale | None = None) -> str:
    """The language code for a setting: itself if it is one we speak, else the system's."""
    if choice in LANGUAGES:
        return str(choice)
    locale = system if system is not None else QLocale.system()
    if locale.language() == QLocale.Language.German:
        return "de"
    if locale.language() == QLocale.Language.Chinese:
        return "zh_CN"
    return "en"


_state = {"language": "en"}


def current_language() -> str:
    """The language code installed last (``"en"`` before any)."""
    return _state["language"]


def check_language() -> str:
    """The language of the feasibility checks' messages (:mod:`planner.checks.messages`) for
    the installed language: ``en``, ``de``, or ``zh`` for ``zh_CN``."""
    return {"zh_CN": "zh"}.get(current_language(), current_language())


def install(choice: str | None) -> str:
    """Install the translators for a setting's language (replacing any installed before) and
    make its locale the default one for dates and numbers. Returns the language code."""
    app = QCoreApplication.instance()
    code = resolve(choice)
    for translator in _installed:
        if app is not None:
            QCoreApplication.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(code))
    _state["language"] = code
    # Removing and installing translators makes Qt send every widget a LanguageChange event.
    if app is None:
        return code
    ours = QTranslator(app)  # for English only the plurals: "1 warning", "2 warnings"
    if ours.load(str(TRANSLATIONS / f"{PREFIX}{code}.qm")):
        _installed.append(ours)
    if code == "en":
        for translator in _installed:
            QCoreApplication.installTranslator(translator)
        return code
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(QLocale(code), "qtbase", "_", qt_dir):
        _installed.append(qt)
    for translator in _installed:
        QCoreApplication.installTranslator(translator)
    return code
