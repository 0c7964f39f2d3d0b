"""The Coaching page: trends of scored calls per agent and per team, and the feedback sheets.

Per agent: each criterion of the protocol over the last weeks or months (the share met, partly
counting half), from the scorecards the user may see (their own, and the shared ones of the
teams they lead). Per team, for its team lead: the criteria the shared scorecards most often
found not met. Every figure is in a table as well as in the chart, for screen readers.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from supervisor_app.domain.coaching import PeriodKind
from supervisor_app.domain.people import Team
from supervisor_app.services.coaching import AgentTrend, TeamMisses
from supervisor_app.ui.coaching.sheets_tab import SheetsTab
from supervisor_app.ui.coaching.trend_chart import MissBars, TrendGrid
from supervisor_app.ui.core.i18n import interface_language
from supervisor_app.ui.core.operations import Change, Ops, follow_changes
from supervisor_app.ui.policy.policy_fields import NOTE_STYLE

CRITERION_WIDTH = 320  # pixels for the criterion's text in the agent's table


def period_label(period: str) -> str:
    """``2026-W47`` as "Week 47", ``2026-11`` as "Nov 2026" (in the interface's language)."""
    if "-W" in period:
        week = int(period.split("-W")[1])
        return QCoreApplication.translate("CoachingPage", "Week {n}").format(n=week)
    year, month = period.split("-")
    return f"{QLocale().monthName(int(month), QLocale.FormatType.ShortFormat)} {year}"


def _table(columns: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(True)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    table.setWordWrap(True)
    return table


def _cell(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return item


class CoachingPage(QWidget):
    """Trends of an agent's criteria and a team's misses."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self.agent_trend: AgentTrend | None = None
        self.team_misses: TeamMisses | None = None
        self._teams: list[Team] = []

        intro = QLabel(
            self.tr(
                "How the calls you scored, and the scorecards shared with you, did on each "
                "expectation of the agent protocol. A share met counts partly met as half; "
                "not applicable is left out."
            )
        )
        intro.setWordWrap(True)
        intro.setStyleSheet(NOTE_STYLE)

        self.agent_combo = QComboBox()
        self.agent_combo.setAccessibleName(self.tr("Agent"))
        self.period_combo = QComboBox()
        self.period_combo.addItem(self.tr("Weeks"), PeriodKind.WEEK.value)
        self.period_combo.addItem(self.tr("Months"), PeriodKind.MONTH.value)
        self.agent_combo.activated.connect(lambda _i: self.load_agent())
        self.period_combo.activated.connect(lambda _i: self._load_both())
        choose = QFormLayout()
        choose.addRow(self.tr("&Agent:"), self.agent_combo)
        choose.addRow(self.tr("&Periods:"), self.period_combo)
        self.agent_summary = QLabel()
        self.agent_summary.setWordWrap(True)
        self.trend_grid = TrendGrid()
        self.trend_table = _table([self.tr("Criterion")])
        agent_box = QWidget()
        agent_heading = QLabel("<b>" + self.tr("An agent's criteria over time") + "</b>")
        agent_layout = QVBoxLayout(agent_box)
        agent_layout.addWidget(agent_heading)
        agent_layout.addLayout(choose)
        agent_layout.addWidget(self.agent_summary)
        agent_layout.addWidget(self.trend_grid)
        agent_layout.addWidget(self.trend_table, 1)

        self.team_combo = QComboBox()
        self.team_combo.setAccessibleName(self.tr("Team"))
        self.team_combo.activated.connect(lambda _i: self.load_team())
        team_form = QFormLayout()
        team_form.addRow(self.tr("&Team:"), self.team_combo)
        self.team_summary = QLabel()
        self.team_summary.setWordWrap(True)
        self.miss_bars = MissBars()
        self.miss_table = _table(
            [self.tr("Criterion"), self.tr("Judged"), self.tr("Partly met"), self.tr("Not met")]
        )
        self.team_box = QWidget()
        team_heading = QLabel(
            "<b>" + self.tr("Your team: the criteria most often not met") + "</b>"
        )
        team_layout = QVBoxLayout(self.team_box)
        team_layout.addWidget(team_heading)
        team_layout.addLayout(team_form)
        team_layout.addWidget(self.team_summary)
        team_layout.addWidget(self.miss_bars)
        team_layout.addWidget(self.miss_table, 1)

        # One tab each: both tables need the height to be read without scrolling.
        self.tabs = QTabWidget()
        self.tabs.addTab(agent_box, self.tr("Per &agent"))
        self.tabs.addTab(self.team_box, self.tr("Per &team"))
        self.sheets = SheetsTab(ops)
        self.tabs.addTab(self.sheets, self.tr("Feedback &sheets"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tabs, 1)
        follow_changes(ops, self, {Change.COACHING, Change.PEOPLE}, self.refresh)

    def showEvent(self, event: QShowEvent) -> None:
        """Read again whenever the page comes into view: scores are shared meanwhile."""
        self.refresh()
        super().showEvent(event)

    # --- loading -----------------------------------------------------------------------------

    @property
    def kind(self) -> PeriodKind:
        """Weeks or months, as chosen."""
        return PeriodKind(self.period_combo.currentData())

    def refresh(self) -> None:
        """Ask for the agents and teams to choose from, then their trends."""
        self._ops.query(
            self, lambda s: (s.coaching.scored_agents(), s.coaching.lead_teams()), self._choices
        )

    def _choices(self, found: tuple[list[tuple[str, int]], list[Team]]) -> None:
        agents, teams = found
        keep_agent = self.agent_combo.currentData()
        self.agent_combo.clear()
        for name, agent_id in agents:
            self.agent_combo.addItem(name, agent_id)
        index = self.agent_combo.findData(keep_agent)
        self.agent_combo.setCurrentIndex(max(index, 0))
        keep_team = self.team_combo.currentData()
        self._teams = teams
        self.team_combo.clear()
        for team in teams:
            self.team_combo.addItem(team.name, team.id)
        self.team_combo.setCurrentIndex(max(self.team_combo.findData(keep_team), 0))
        # Team trends and sheets are a team lead's: of the teams they lead.
        self.tabs.setTabVisible(1, bool(teams))
        self.tabs.setTabVisible(2, bool(teams))
        if teams:
            self.sheets.refresh()
        self._load_both()

    def _load_both(self) -> None:
        self.load_agent()
        if self._teams:
            self.load_team()

    def load_agent(self) -> None:
        """Ask for the chosen agent's trend."""
        agent_id = self.agent_combo.currentData()
        if agent_id is None:
            self.agent_trend = None
            self.agent_summary.setText(self.tr("No scored calls yet."))
            self.trend_grid.set_trend([], [])
            self.trend_table.setRowCount(0)
            return
        kind, language = self.kind, interface_language()
        self._ops.query(
            self,
            lambda s: s.coaching.agent_trend(int(agent_id), kind, language=language),
            self.show_agent,
        )

    def load_team(self) -> None:
        """Ask for the chosen team's most missed criteria."""
        team_id = self.team_combo.currentData()
        if team_id is None:
            return
        kind, language = self.kind, interface_language()
        self._ops.query(
            self,
            lambda s: s.coaching.team_misses(int(team_id), kind, language=language),
            self.show_team,
        )

    # --- showing -----------------------------------------------------------------------------

    def show_agent(self, trend: AgentTrend) -> None:
        """Fill the agent's chart and table."""
        self.agent_trend = trend
        labels = [period_label(p) for p in trend.periods]
        self.agent_summary.setText(
            self.tr("Scored calls in these periods: {n}.").format(n=trend.calls)
        )
        self.trend_grid.set_trend(labels, trend.rows)
        table = self.trend_table
        table.clear()
        table.setColumnCount(1 + len(labels))
        table.setHorizontalHeaderLabels([self.tr("Criterion"), *labels])
        # The criterion keeps a readable width; the periods take what their figures need.
        heading = table.horizontalHeader()
        heading.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        heading.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        table.setColumnWidth(0, CRITERION_WIDTH)
        table.setRowCount(len(trend.rows))
        for r, row in enumerate(trend.rows):
            table.setItem(r, 0, _cell(row.criterion))
            for c, cell in enumerate(row.cells):
                if cell.score is None:
                    text = self.tr("none judged")
                else:
                    text = self.tr("{share}% met ({n} judged)").format(
                        share=round(cell.score * 100), n=cell.scored
                    )
                table.setItem(r, 1 + c, _cell(text))
        table.resizeRowsToContents()

    def show_team(self, misses: TeamMisses) -> None:
        """Fill the team's chart and table."""
        self.team_misses = misses
        day = misses.since
        since = QLocale().toString(
            QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat
        )
        self.team_summary.setText(
            self.tr("Shared scorecards of calls since {date}: {n}.").format(
                n=misses.calls, date=since
            )
        )
        self.miss_bars.set_rows(misses.rows)
        table = self.miss_table
        table.setRowCount(len(misses.rows))
        for r, row in enumerate(misses.rows):
            table.setItem(r, 0, _cell(row.criterion))
            table.setItem(r, 1, _cell(str(row.scored)))
            table.setItem(r, 2, _cell(str(row.partly)))
            table.setItem(
                r,
                3,
                _cell(
                    self.tr("{n} ({share}%)").format(
                        n=row.not_met, share=round(row.not_met_share * 100)
                    )
                ),
            )
        table.resizeRowsToContents()
