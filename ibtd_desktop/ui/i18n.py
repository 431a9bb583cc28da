"""Loading the UI language. Source texts are Dutch; English comes from ``ibtd_en.qm``.

Switching installs/removes translators on the running application; Qt then sends every widget a
``LanguageChange`` event and widgets re-read their texts in ``changeEvent``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ibtd_desktop.resources import resource_path

LANGUAGES = ("nl", "en")
SOURCE_LANGUAGE = "nl"

_installed: list[QTranslator] = []
_current = SOURCE_LANGUAGE


def translations_file(language: str):
    return resource_path("translations", f"ibtd_{language}.qm")


def current_language() -> str:
    return _current


def install_language(language: str) -> bool:
    """Make ``language`` the UI language. Returns False (and keeps Dutch) if it cannot load."""
    global _current
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QApplication first")
    if language not in LANGUAGES:
        language = SOURCE_LANGUAGE
    if language == _current and _installed:
        return True  # nothing changes: spare every widget a LanguageChange
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    ok = True
    if language != SOURCE_LANGUAGE:
        ours = QTranslator(app)
        ok = ours.load(str(translations_file(language)))
        if ok:
            app.installTranslator(ours)
            _installed.append(ours)
        else:
            language = SOURCE_LANGUAGE
    # Qt's own texts (standard buttons, context menus) follow the UI language too.
    qt_base = QTranslator(app)
    if qt_base.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_base)
        _installed.append(qt_base)
    QLocale.setDefault(QLocale(QLocale.Language.Dutch if language == "nl" else QLocale.Language.English))
    _current = language
    return ok


def localise_message(message: str) -> str:
    """Pick the current language's half of a bilingual service message ("Nederlands / English").

    Service-layer errors carry both languages because services have no Qt and no ``tr()``.
    """
    if " / " not in message:
        return message
    dutch, english = message.split(" / ", 1)
    return english if _current == "en" else dutch
