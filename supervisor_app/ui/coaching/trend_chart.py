"""Two small coaching charts drawn with QPainter: an agent's criteria per period, a team's misses.

Each has a table beside it on the Coaching page with the same figures, for screen readers
and for anyone who wants the numbers; the charts only make the pattern visible at a glance.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from supervisor_app.domain.coaching import MissRow, TrendRow

NOT_JUDGED = QColor("#e6e9ed")
TEXT = QColor("#1d2733")
BAR = QColor("#b3261e")
BAR_PARTLY = QColor("#e8a33d")
TRACK = QColor("#eef1f4")
_ROW = 26  # pixels per criterion
_LABEL = 34  # the criterion's number at the left


def score_colour(score: float) -> QColor:
    """Red (never met) through amber to green (always met)."""
    red = QColor("#c8473d")
    amber = QColor("#e8b04a")
    green = QColor("#3d8b4f")
    low, high, t = (red, amber, score * 2) if score < 0.5 else (amber, green, score * 2 - 1)
    return QColor(
        round(low.red() + (high.red() - low.red()) * t),
        round(low.green() + (high.green() - low.green()) * t),
        round(low.blue() + (high.blue() - low.blue()) * t),
    )


class TrendGrid(QWidget):
    """One row per criterion, one cell per period, coloured by how far it was met."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[TrendRow] = []
        self.periods: list[str] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Chart of each criterion per period; the table has it too"))

    def set_trend(self, periods: Sequence[str], rows: Sequence[TrendRow]) -> None:
        """Show these criteria over these period labels."""
        self.periods, self.rows = list(periods), list(rows)
        self.setFixedHeight(max(len(self.rows), 1) * _ROW + _ROW)
        self.update()

    def sizeHint(self) -> QSize:
        """As wide as the page gives, as high as the criteria need."""
        return QSize(480, max(len(self.rows), 1) * _ROW + _ROW)

    def paintEvent(self, event: QPaintEvent) -> None:
        """The criterion numbers, the coloured cells with their share met, the period labels."""
        painter = QPainter(self)
        try:
            painter.setPen(TEXT)
            count = max(len(self.periods), 1)
            width = (self.width() - _LABEL) / count
            for r, row in enumerate(self.rows):
                top = r * _ROW
                painter.drawText(
                    QRectF(0, top, _LABEL - 6, _ROW - 3),
                    int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                    str(r + 1),
                )
                for c, cell in enumerate(row.cells):
                    rect = QRectF(_LABEL + c * width + 1, top + 1, width - 2, _ROW - 4)
                    score = cell.score
                    painter.fillRect(rect, NOT_JUDGED if score is None else score_colour(score))
                    if score is not None:
                        painter.setPen(QColor("white"))
                        painter.drawText(
                            rect, int(Qt.AlignmentFlag.AlignCenter), f"{round(score * 100)}%"
                        )
                        painter.setPen(TEXT)
            top = len(self.rows) * _ROW
            for c, label in enumerate(self.periods):
                rect = QRectF(_LABEL + c * width, top, width, _ROW)
                painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), label)
        finally:
            painter.end()


class MissBars(QWidget):
    """One bar per criterion: the share of judged calls that did not meet it (partly shown too)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[MissRow] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(
            self.tr("Chart of the criteria most often not met; the table has it too")
        )

    def set_rows(self, rows: Sequence[MissRow]) -> None:
        """Show these criteria, most missed first (as given)."""
        self.rows = list(rows)
        self.setFixedHeight(max(len(self.rows), 1) * _ROW)
        self.update()

    def sizeHint(self) -> QSize:
        """As wide as the page gives, as high as the criteria need."""
        return QSize(480, max(len(self.rows), 1) * _ROW)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Per criterion its number, a track, the not-met share and the partly share after it."""
        painter = QPainter(self)
        try:
            painter.setPen(TEXT)
            room = self.width() - _LABEL - 48
            for r, row in enumerate(self.rows):
                top = r * _ROW
                painter.drawText(
                    QRectF(0, top, _LABEL - 6, _ROW - 3),
                    int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                    str(r + 1),
                )
                track = QRectF(_LABEL, top + 4, room, _ROW - 10)
                painter.fillRect(track, TRACK)
                if row.scored:
                    missed = room * row.not_met / row.scored
                    partly = room * row.partly / row.scored
                    painter.fillRect(QRectF(_LABEL, track.top(), missed, track.height()), BAR)
                    painter.fillRect(
                        QRectF(_LABEL + missed, track.top(), partly, track.height()), BAR_PARTLY
                    )
                painter.drawText(
                    QRectF(_LABEL + room + 6, top, 42, _ROW - 3),
                    int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                    f"{round(row.not_met_share * 100)}%",
                )
        finally:
            painter.end()
