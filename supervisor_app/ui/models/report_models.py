"""The Reports page's tables: the transparency report's counts per team, and listens per purpose."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from supervisor_app.services.transparency import METRICS, TransparencyReport
from supervisor_app.ui.core.i18n import interface_language
from supervisor_app.ui.models.people_models import _Index, _RowsModel

# Bound once so lupdate finds the calls: it knows translate() by name.
translate = QCoreApplication.translate


def metric_name(metric: str) -> str:
    """What a count counts, in the words of the report's PDF."""
    names = {
        "calls_in_scope": translate(
            "ReportModels", "Business calls in scope (imports started in the period)"
        ),
        "calls_sampled": translate("ReportModels", "Of those, drawn in the sample"),
        "recordings_imported": translate("ReportModels", "Recordings stored"),
        "listens": translate("ReportModels", "Times listened back"),
        "notices_due": translate("ReportModels", "Notices to agents due"),
        "notices_sent_on_time": translate("ReportModels", "Of those, sent on time"),
        "notices_sent_late": translate("ReportModels", "Of those, sent late"),
        "notices_outstanding": translate("ReportModels", "Of those, not sent yet"),
        "private_calls_destroyed": translate("ReportModels", "Private calls found and destroyed"),
        "recordings_purged": translate(
            "ReportModels", "Recordings deleted at the end of their retention period"
        ),
        "recordings_erased": translate("ReportModels", "Recordings erased on request"),
        "holds_placed": translate("ReportModels", "Recordings kept as evidence (holds placed)"),
        "holds_released": translate("ReportModels", "Holds released"),
        "scorecards_shared": translate("ReportModels", "Calls scored for coaching (shared)"),
        "feedback_sheets_sent": translate("ReportModels", "Feedback sheets sent to agents"),
        "requests_received": translate("ReportModels", "Requests received"),
        "requests_answered_in_time": translate(
            "ReportModels", "Of those, answered within the deadline"
        ),
        "requests_answered_late": translate(
            "ReportModels", "Of those, answered after the deadline"
        ),
        "requests_open": translate("ReportModels", "Of those, still open"),
    }
    return names.get(metric, metric)


def role_word(role: str) -> str:
    """A listener's role in the report."""
    names = {
        "team_lead": translate("ReportModels", "team lead"),
        "quality_coach": translate("ReportModels", "quality coach"),
        "administrator": translate("ReportModels", "administrator"),
        "auditor": translate("ReportModels", "auditor"),
    }
    return names.get(role, role)


class TeamCountsModel(_RowsModel):
    """One row per count; a column per team, one for callers' requests if any, and the total."""

    def __init__(self) -> None:
        super().__init__()
        self.report: TransparencyReport | None = None

    def set_report(self, report: TransparencyReport | None) -> None:
        """Show a report's counts (None empties the table)."""
        self.beginResetModel()
        self.report = report
        self._rows = list(METRICS) if report is not None else []
        self.endResetModel()

    def headers(self) -> list[str]:
        """The count, each team, the total."""
        teams = [
            t.team_name if t.team_id is not None else self.tr("Callers (no team)")
            for t in (self.report.teams if self.report is not None else ())
        ]
        return [self.tr("Count"), *teams, self.tr("Total")]

    def cell(self, row: Any, column: int) -> str:
        """The count's name, then its number per team and in total."""
        metric: str = row
        report = self.report
        assert report is not None
        if column == 0:
            return metric_name(metric)
        if column <= len(report.teams):
            return str(report.teams[column - 1].counts[metric])
        return str(report.totals[metric])

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Numbers right-aligned."""
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)


class ListensModel(_RowsModel):
    """Listens per team, purpose and role."""

    def __init__(self) -> None:
        super().__init__()
        self._titles: dict[str, str] = {}

    def set_report(self, report: TransparencyReport | None) -> None:
        """Show a report's listens (None empties the table)."""
        # Titles in the interface language (the other one, or the id, where it is blank).
        language = interface_language()
        self._titles = (
            {
                key: text.get(language) or text.first() or key
                for key, text in report.purpose_titles.items()
            }
            if report is not None
            else {}
        )
        self._replace(sorted(report.listens.items()) if report is not None else [])

    def headers(self) -> list[str]:
        """Team, purpose, role, how many."""
        return [self.tr("Team"), self.tr("Purpose"), self.tr("Role"), self.tr("Listens")]

    def cell(self, row: Any, column: int) -> str:
        """One combination and its count."""
        (team, purpose, role), n = row
        values = (team, self._titles.get(purpose, purpose), role_word(role), str(n))
        return values[column]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The count right-aligned."""
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)
