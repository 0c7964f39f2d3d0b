"""An unencrypted export holds plain audio on disk while it is written: it is logged first.

An administrator who chooses a plain folder could copy the recordings out of its temporary
folder while the export runs and then cancel it (or kill the program): the audio would have
left the vault with no entry in the log. So a plain-folder export writes its audit entry,
committed, before the first file, and a cancelled one says so in the log too.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from supervisor_app.services.access_export import (
    AccessExportService,
    ExportCancelled,
    ExportOptions,
    Subject,
)
from supervisor_app.services.session import Session
from supervisor_app.vault import audit
from tests.integration.test_access_export import People, build, pdf

PLAIN = ExportOptions(plain_folder=True, plain_warning_accepted=True)


@pytest.fixture
def people(admin_session: Session, tmp_path: Path) -> People:
    return build(admin_session, tmp_path)


def committed_actions(people: People) -> list[str]:
    """The log's actions as another connection sees them: only what was committed."""
    conn = people.admin.vault.connect()
    try:
        return [str(r[0]) for r in conn.execute("SELECT action FROM audit_log ORDER BY seq")]
    finally:
        conn.close()


def test_a_plain_export_is_on_record_before_its_first_file(people: People) -> None:
    before = len(committed_actions(people))
    at_first_file: list[list[str]] = []

    def cancel() -> bool:
        if not at_first_file:
            at_first_file.append(committed_actions(people)[before:])
        # The first files are written: copied out of the temporary folder, then cancelled.
        return len(list(people.root.glob(".plain*/**/*.flac"))) > 0

    with pytest.raises(ExportCancelled):
        AccessExportService(people.admin).export(
            Subject(agent_extension="201"), people.root / "plain", pdf, options=PLAIN, cancel=cancel
        )
    assert at_first_file == [["subject_export_started"]]
    started, cancelled = audit.entries(people.admin.conn, limit=2)[::-1]
    assert started.action == "subject_export_started"
    assert started.details["encrypted"] is False and started.details["recordings"] >= 1
    assert cancelled.action == "subject_export_cancelled"
    assert cancelled.details["started"] == started.seq


def test_a_finished_plain_export_is_logged_before_and_after(people: People) -> None:
    AccessExportService(people.admin).export(
        Subject(agent_extension="201"), people.root / "plain", pdf, options=PLAIN
    )
    started, done = audit.entries(people.admin.conn, limit=2)[::-1]
    assert (started.action, done.action) == ("subject_export_started", "subject_exported")
    assert done.details["started"] == started.seq
