"""The user-interface language: our translations plus Qt's own for standard dialogs.

Source strings in the code are English; Swedish, the default, comes from
resources/i18n/onboarding_sv.qm (built from the committed .ts by the install step).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from onboarding import paths

LANGUAGES = {"sv": "Svenska", "en": "English"}  # each language named in itself
DEFAULT_LANGUAGE = "sv"


class Translations:
    """Installs the translators for one language at a time; switching is live.

    Installing or removing a translator makes Qt send LanguageChange to every widget, which is
    how open windows re-translate themselves.
    """

    # Process-wide: a second Translations (the presenter's, say) replaces, never stacks.
    _installed: list[QTranslator] = []

    def __init__(self, app: QCoreApplication):
        self.app = app
        self.language = ""

    def set_language(self, lang: str) -> bool:
        """Switch to `lang`; False if our own translation file for it is missing."""
        if lang not in LANGUAGES:
            lang = DEFAULT_LANGUAGE
        for translator in Translations._installed:
            self.app.removeTranslator(translator)
        Translations._installed.clear()
        found = True
        ours = QTranslator(self.app)
        if ours.load(f"onboarding_{lang}", str(paths.i18n_dir())):
            Translations._installed.append(ours)
        else:
            found = lang == "en"  # English is the source language: nothing to load
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_base = QTranslator(self.app)
        if lang != "en" and qt_base.load(f"qtbase_{lang}", qt_dir):
            Translations._installed.append(qt_base)
        for translator in Translations._installed:
            self.app.installTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.Swedish if lang == "sv" else QLocale.English))
        self.language = lang
        return found


def translate_content_label(text: str) -> str:
    """Translate a label used inside the HTML templates (see ui/template_strings.py)."""
    return QCoreApplication.translate("Content", text)
