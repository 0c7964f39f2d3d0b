"""One clock on screen: every time in the policy's zone, named where the computer's differs.

The process runs in New York time while the policy (and the telephone system) says
Europe/Amsterdam: the recordings list, the listen dialog's and player's header, the
Dashboard's last import, the policy history and the listen log all show Amsterdam time.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from supervisor_app.services.session import Session
from supervisor_app.ui.models.recordings_model import Column
from supervisor_app.ui.player.listen_flow import _listen_options
from supervisor_app.ui.words import time_format
from tests.ui.conftest import MakeController, on_worker, settle
from tests.ui.requests_fixtures import as_admin, prepare, speaking

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


@pytest.fixture
def new_york(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The computer's clock in New York (six hours behind Amsterdam)."""
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _amsterdam(moment: dt.datetime) -> str:
    local = moment.astimezone(AMSTERDAM)
    return f"{local:%d-%m-%Y %H:%M} {local.tzname()}"


def test_the_helper_names_the_zone_only_where_it_differs(
    new_york: None, qapp: QApplication
) -> None:
    moment = dt.datetime(2026, 1, 5, 8, 5, tzinfo=dt.UTC)
    with speaking("nl"):
        try:
            time_format.use_zone(None)
            assert time_format.shown_time(moment) == "05-01-2026 03:05"  # the computer's, unnamed
            assert time_format.use_zone("Europe/Amsterdam")
            assert time_format.shown_time(moment) == "05-01-2026 09:05 CET"
            assert time_format.shown_time("2026-07-06T08:05:00Z") == "06-07-2026 10:05 CEST"
            assert time_format.shown_date(dt.datetime(2026, 1, 5, 23, 30, tzinfo=dt.UTC)) == (
                "06-01-2026"
            )
            assert not time_format.use_zone("Europe/Amsterdam")  # unchanged
            assert time_format.use_zone("America/New_York")
            assert time_format.shown_time(moment) == "05-01-2026 03:05"  # same as the computer
        finally:
            time_format.use_zone(None)


def test_every_page_shows_the_policys_clock(
    new_york: None,
    qtbot: QtBot,
    qapp: QApplication,
    make_controller: MakeController,
    admin_session: Session,
    tmp_path: Path,
) -> None:
    people = prepare(admin_session, tmp_path)
    with speaking("nl"):
        main = as_admin(qtbot, make_controller, people)
        assert time_format.screen_zone() == AMSTERDAM

        page = main.recordings_page
        main.show_page(page)
        settle(qtbot, main)
        model = page.model
        assert model.rowCount() > 0
        rec_id = people.by_agent[people.fatima][0]
        detail = on_worker(main, lambda s: s.recordings.detail(rec_id))
        assert detail is not None
        expected = _amsterdam(detail.summary.started_at)
        cells = [model.index(r, Column.STARTED).data() for r in range(model.rowCount())]
        assert expected in cells
        # The listen dialog's header (and the player's, through the same helper).
        _purposes, header = on_worker(main, lambda s: _listen_options(s, rec_id))
        assert header.endswith(expected)

        # The Dashboard's last import, the policy history and the listen log: Amsterdam, named.
        zone_named = re.compile(r"\d\d-\d\d-\d{4} \d\d:\d\d CES?T")
        assert zone_named.search(main.import_card.last_import.text())
        main.show_page(main.policy_page)
        settle(qtbot, main)
        history = main.policy_page.history_model
        assert zone_named.fullmatch(history.index(0, 1).data())
        main.show_page(main.listen_log_page)
        settle(qtbot, main)
        log = main.listen_log_page.model
        assert log.rowCount() == 1
        assert any(
            zone_named.fullmatch(str(log.index(0, c).data())) for c in range(log.columnCount())
        )
    main.request_lock()
    settle(qtbot, main)
