"""The Qt half of ``--self-test``: an offscreen application and both languages' translators."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QTranslator, qVersion
from PySide6.QtWidgets import QApplication, QLabel

# The application must outlive the check that made it; PySide6 deletes it with the last ref.
_apps: list[QApplication] = []


def start_offscreen() -> str:
    """Start a QApplication on the offscreen platform and render a widget without showing it."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        # -platform on the command line wins over QT_QPA_PLATFORM and over the desktop's default,
        # so this works without a display on every system.
        app = QApplication(["supervisor-app", "-platform", "offscreen"])
        _apps.append(app)
    label = QLabel("Supervisor App")
    image = label.grab().toImage()
    label.deleteLater()
    if image.isNull():
        raise RuntimeError("Qt could not render a widget")
    return f"Qt {qVersion()}, platform {app.platformName()}"


def load_translations(folder: Path, languages: Sequence[str]) -> str:
    """Load our .qm and Qt's own qtbase .qm for every language; raise if one is missing."""
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for language in languages:
        ours = QTranslator()
        name = f"supervisor_app_{language}"
        if not ours.load(name, str(folder)):
            raise RuntimeError(f"{name}.qm is missing or unreadable in {folder}")
        if ours.isEmpty() or not ours.language().startswith(language):
            raise RuntimeError(f"{name}.qm holds no {language} translation")
        # English is Qt's source language: qtbase_en.qm exists but is empty by design.
        qt_base = QTranslator()
        if not qt_base.load(f"qtbase_{language}", qt_folder):
            raise RuntimeError(f"Qt's qtbase_{language}.qm is missing in {qt_folder}")
    return ", ".join(languages)
