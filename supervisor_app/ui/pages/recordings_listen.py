"""The Recordings page's way into listening: a Listen… button that follows the selection."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton

from supervisor_app.ui.pages.recordings_page import RecordingsPage


def add_listen_button(
    page: RecordingsPage, listen: Callable[[int], object], *, may_listen: bool = True
) -> QPushButton:
    """Put Listen… under the selected recording's details; it follows the selection.

    A double-click or Enter on a row (the page's listen_requested) does the same. For a user
    whose roles can never listen (an administrator, an auditor) the button stays disabled and
    its tooltip says why, instead of a dialog that could only refuse.
    """
    button = QPushButton(QCoreApplication.translate("RecordingsListen", "&Listen…"))
    button.setEnabled(False)
    page.details.action_row.addWidget(button)
    page.details.action_row.addStretch()
    if not may_listen:
        button.setToolTip(
            QCoreApplication.translate(
                "RecordingsListen",
                "Your role cannot listen to recordings; only team leads and quality coaches can.",
            )
        )
        return button
    button.setToolTip(
        QCoreApplication.translate(
            "RecordingsListen", "Choose a purpose and give a reason, then play the call"
        )
    )

    def follow() -> None:
        # A recording whose audio is gone (deleted, erased, private) has nothing to hear.
        rows = page.view.selectionModel().selectedRows()
        summary = page.model.summary_at(rows[0].row()) if rows else None
        button.setEnabled(summary is not None and summary.status == "held")

    def clicked() -> None:
        chosen = page.selected_recording_id()
        if chosen is not None:
            listen(chosen)

    page.view.selectionModel().selectionChanged.connect(follow)
    page.model.modelReset.connect(follow)
    page.model.dataChanged.connect(follow)
    button.clicked.connect(clicked)
    page.listen_requested.connect(listen)
    return button
