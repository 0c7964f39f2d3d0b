"""The exception hook: a busy vault is a sentence for the user, a bug is a bug report."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest
import sqlcipher3
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from supervisor_app.services.session import Session
from supervisor_app.ui.core.errors import install_excepthook


@pytest.fixture
def hook() -> Iterator[None]:
    before = sys.excepthook
    install_excepthook(None)
    yield
    sys.excepthook = before


def _answered(raised: BaseException) -> tuple[str, str, QMessageBox.Icon]:
    """Hand raised to the hook and read (then close) the message box it opens."""
    seen: list[tuple[str, str, QMessageBox.Icon]] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append((box.windowTitle(), box.text(), box.icon()))
        box.close()

    QTimer.singleShot(50, read_and_close)
    sys.excepthook(type(raised), raised, raised.__traceback__)
    assert len(seen) == 1
    return seen[0]


def test_a_vault_busy_with_another_writer_is_a_warning_with_a_sentence(
    qtbot: QtBot, hook: None, admin_session: Session
) -> None:
    other = admin_session.vault.connect()
    other.execute("PRAGMA busy_timeout = 0")
    admin_session.conn.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(sqlcipher3.OperationalError) as raised:
            other.execute("BEGIN IMMEDIATE")
    finally:
        admin_session.conn.execute("ROLLBACK")
        other.close()
    title, text, icon = _answered(raised.value)
    assert title == "Could not do that" and icon == QMessageBox.Icon.Warning
    assert "bug" not in text and "log file" not in text


def test_a_bug_is_reported_as_one(qtbot: QtBot, hook: None, admin_session: Session) -> None:
    with pytest.raises(sqlcipher3.OperationalError) as raised:
        admin_session.conn.execute("SELEKT 1")
    title, text, icon = _answered(raised.value)
    assert title == "Something went wrong" and icon == QMessageBox.Icon.Critical
    assert "bug" in text
