"""Shared set-up for the Requests and Reports tests: a vault with two agents and three callers.

The vault is the access-export tests' one (Fatima 201 and Ivo 204; callers A, B and C; one
listen; one of Fatima's calls with C held as evidence), plus an auditor, signed in through
the unlock screen as a user would.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from supervisor_app.domain.roles import Role
from supervisor_app.services.requests import RequestView
from supervisor_app.services.session import Session
from supervisor_app.ui.core.i18n import install_translators
from supervisor_app.ui.pages.requests_page import RequestsPage
from supervisor_app.ui.session.main_window import MainWindow
from tests.conftest import ADMIN, ADMIN_PASSPHRASE
from tests.integration.test_access_export import People, build
from tests.integration.test_listen import as_user
from tests.ui.conftest import MakeController, on_worker, settle, unlock

AUDITOR = ("olga", "stille-uil-telt-sterren-olga")
LEAD = ("bram", "stille-uil-telt-sterren-bram")


def prepare(admin_session: Session, tmp_path: Path) -> People:
    """The vault, locked, with an auditor besides the administrator and the team lead."""
    found = build(admin_session, tmp_path)
    as_user(admin_session, AUDITOR[0], Role.AUDITOR, [])
    admin_session.lock()
    return found


@contextmanager
def speaking(language: str) -> Iterator[str]:
    """Install the translator of a language (windows made meanwhile speak it), then English."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = QLocale()
    try:
        yield install_translators(app, language)
    finally:
        install_translators(app, "en")  # the source language: every text as written
        QLocale.setDefault(before)


def sign_in(
    qtbot: QtBot, make_controller: MakeController, people: People, user: tuple[str, str]
) -> MainWindow:
    """Unlock as user and wait for the purge after unlock to finish."""
    controller = make_controller(people.admin.vault.folder)
    controller.start()
    main = unlock(qtbot, controller, *user)
    qtbot.waitUntil(lambda: not main.purging, timeout=15_000)
    settle(qtbot, main)
    return main


def as_admin(qtbot: QtBot, make_controller: MakeController, people: People) -> MainWindow:
    """Unlock as the administrator."""
    return sign_in(qtbot, make_controller, people, (ADMIN, ADMIN_PASSPHRASE))


def requests_page(qtbot: QtBot, main: MainWindow) -> RequestsPage:
    """Show the Requests page and wait for its list."""
    page = main.requests_page
    assert page is not None
    main.show_page(page)
    settle(qtbot, main)
    return page


def register(
    main: MainWindow,
    kind: str,
    *,
    agent_extension: str = "",
    number: str = "",
    received: dt.date | None = None,
) -> RequestView:
    """Register a request behind the window's back (on the worker), as set-up."""
    day = received or dt.date.today()
    return on_worker(
        main,
        lambda s: s.requests.add(
            kind,
            received_on=day,
            agent_extension=agent_extension or None,
            number=number or None,
        ),
    )


def opened(qtbot: QtBot, main: MainWindow, page: RequestsPage) -> QDialog:
    """The dialog the page opened last, once the worker answered what it needed."""
    settle(qtbot, main)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    assert page.dialog is not None
    return page.dialog


def select(qtbot: QtBot, main: MainWindow, page: RequestsPage, request_id: int) -> None:
    """Select a request's row (the page lists it after the change signal)."""
    settle(qtbot, main)
    assert page.select_request(request_id), f"request {request_id} is not listed"
