"""Which language the interface speaks, and the Qt translators that make it so."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Final

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from supervisor_app import paths

log = logging.getLogger(__name__)

SUPPORTED: Final = ("nl", "en")
# Translators must outlive the app's use of them; Qt does not keep a reference.
_installed: list[QTranslator] = []


def resolve_language(setting: str, system: QLocale | None = None) -> str:
    """The language to use: the setting, or for "auto" the system's if we speak it."""
    if setting in SUPPORTED:
        return setting
    name = (system or QLocale.system()).name().split("_")[0]
    return name if name in SUPPORTED else "en"


def install_translators(app: QCoreApplication, setting: str) -> str:
    """Install our translation and Qt's own (for standard buttons); returns the language."""
    language = resolve_language(setting)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(language))
    ours = paths.resources_dir() / "translations" / f"supervisor_app_{language}.qm"
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((ours.stem, ours.parent), (f"qtbase_{language}", Path(qt_dir))):
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            _installed.append(translator)
        elif language != "en":
            # English is the source language, so only a missing non-English file matters.
            log.warning("translation %s not found in %s", name, folder)
    return language


def interface_language() -> str:
    """The language the interface speaks now (QLocale's default follows install_translators)."""
    return "nl" if QLocale().name().startswith("nl") else "en"
