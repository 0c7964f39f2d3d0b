"""The Reports page: the transparency report as tables, saved as PDF and CSV; the other exports.

On a real vault with two teams; the counts on screen and in the CSV are the service's, the
PDF is in the language chosen, and each saved report is in the audit log.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from supervisor_app.domain.documents import REGISTER_ENTRY
from supervisor_app.services.session import Session
from supervisor_app.services.transparency import METRICS
from supervisor_app.ui.pages.reports_page import ReportsPage
from supervisor_app.ui.session.main_window import MainWindow
from tests.integration.test_access_export import People
from tests.integration.test_import_pipeline import MONDAY
from tests.ui.conftest import MakeController, on_worker, settle
from tests.ui.requests_fixtures import AUDITOR, as_admin, prepare, sign_in, speaking


@pytest.fixture
def people(admin_session: Session, tmp_path: Path) -> People:
    return prepare(admin_session, tmp_path)


@pytest.fixture(params=["en", "nl"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    with speaking(str(request.param)) as chosen:
        yield chosen


def reports(qtbot: QtBot, main: MainWindow) -> ReportsPage:
    page = main.reports_page
    assert page is not None
    main.show_page(page)
    first = MONDAY.date() - dt.timedelta(days=1)
    page.from_edit.setDate(QDate(first.year, first.month, first.day))
    qtbot.mouseClick(page.make_button, Qt.MouseButton.LeftButton)
    settle(qtbot, main)
    return page


def cell(page: ReportsPage, metric: str, column: int) -> str:
    row = list(METRICS).index(metric)
    return str(page.counts_model.data(page.counts_model.index(row, column)))


def test_the_report_shows_the_counts_per_team_and_saves_pdf_and_csv(
    qtbot: QtBot, make_controller: MakeController, people: People, language: str
) -> None:
    main = as_admin(qtbot, make_controller, people)
    page = reports(qtbot, main)
    report = page.report
    assert report is not None and report.chain_intact
    headers = page.counts_model.headers()
    assert headers[1:] == ["Team Noord", "Team Zuid", "Totaal" if language == "nl" else "Total"]
    # Fatima (Team Noord) has three stored calls, Ivo (Team Zuid) two; one listen, one hold.
    assert [cell(page, "recordings_imported", c) for c in (1, 2, 3)] == ["3", "2", "5"]
    assert cell(page, "listens", 3) == "1" and cell(page, "holds_placed", 1) == "1"
    assert cell(page, "recordings_imported", 0) == (
        "Opnames opgeslagen" if language == "nl" else "Recordings stored"
    )
    assert page.listens_model.rowCount() == 1
    assert report.audit_head in page.summary.text()

    csv_path = people.root / "report.csv"
    page.save(csv_path, "csv")
    settle(qtbot, main)
    rows = list(csv.DictReader(io.StringIO(csv_path.read_text("utf-8"))))
    totals = {r["metric"]: int(r["count"]) for r in rows if r["team"] == "-"}
    assert totals["recordings_imported"] == 5 and totals["listens"] == 1
    assert not any("Fatima" in v or "Ivo" in v for r in rows for v in r.values())

    page.language_combo.setCurrentIndex(page.language_combo.findData(language))
    pdf_path = people.root / "report.pdf"
    page.save(pdf_path, "pdf")
    settle(qtbot, main)
    assert pdf_path.read_bytes().startswith(b"%PDF")
    title = "Verantwoordingsrapportage" if language == "nl" else "Transparency report"
    assert title.encode() in pdf_path.read_bytes()  # the PDF's title, in its metadata
    assert str(pdf_path) in page.saved_label.text()

    logged = on_worker(
        main,
        lambda s: [
            (e.details["format"], e.details["file"])
            for e in s.audit_log.entries()
            if e.action == "report_exported"
        ],
    )
    assert sorted(logged) == [("csv", "report.csv"), ("pdf", "report.pdf")]


def test_changing_the_period_asks_for_a_new_report_before_saving(
    qtbot: QtBot, make_controller: MakeController, people: People
) -> None:
    main = sign_in(qtbot, make_controller, people, AUDITOR)  # auditors make reports too
    page = reports(qtbot, main)
    assert page.report is not None and page.csv_button.isEnabled()
    page.to_edit.setDate(page.to_edit.date().addDays(-1))
    assert page.report is None and not page.csv_button.isEnabled()
    assert page.counts_model.rowCount() == 0
    # A period cannot end before it starts: the last day follows the first.
    page.to_edit.setDate(page.from_edit.date().addDays(-1))
    assert page.to_edit.date() == page.from_edit.date()


def test_the_other_exports_lead_to_the_pages_that_make_them(
    qtbot: QtBot, make_controller: MakeController, people: People
) -> None:
    main = as_admin(qtbot, make_controller, people)
    page = main.reports_page
    assert page is not None
    main.show_page(page)
    qtbot.mouseClick(page.register_button, Qt.MouseButton.LeftButton)
    settle(qtbot, main)
    assert main.stack.currentWidget() is main.documents_page
    assert main.documents_page.kind == str(REGISTER_ENTRY)
    main.show_page(page)
    qtbot.mouseClick(page.documents_button, Qt.MouseButton.LeftButton)
    assert main.stack.currentWidget() is main.documents_page
