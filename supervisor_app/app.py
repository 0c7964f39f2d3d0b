"""Composition root of the desktop app: Qt application, logging, translations, controller."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from supervisor_app import APP_ID, APP_NAME, __version__, applog, paths
from supervisor_app.services import settings as app_settings
from supervisor_app.services.registry import Services

log = logging.getLogger(__name__)


def run_gui(vault_folder: Path | None, *, demo: bool = False) -> int:
    """Start the desktop app on vault_folder (else the saved or default one); exit code."""
    # Imported here so that the command line never loads Qt for commands that need none.
    from supervisor_app.ui.core.errors import install_excepthook
    from supervisor_app.ui.core.i18n import install_translators
    from supervisor_app.ui.session.controller import AppController

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_ID)
    app.setApplicationVersion(__version__)

    log_file = applog.setup()
    log.info("starting the desktop app, version %s", __version__)
    install_excepthook(log_file)

    config_dir = paths.config_dir()
    settings = app_settings.load(config_dir)
    language = install_translators(app, settings.language)
    log.info("interface language: %s", language)

    folder = vault_folder or (
        Path(settings.vault_folder) if settings.vault_folder else paths.default_vault_dir()
    )
    # Every unlocked session gets its services built here, once (see services/registry.py).
    controller = AppController(
        folder, settings, config_dir, demo=demo, build_services=Services.for_session
    )
    app.aboutToQuit.connect(controller.shutdown)
    controller.start()
    return app.exec()
