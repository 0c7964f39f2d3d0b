"""The player's waveform: peaks, heard parts shaded, a playhead, note markers; click to seek."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from supervisor_app.audio.player import Interval

BACKGROUND = QColor("#f4f6f8")
HEARD_SHADE = QColor("#cfe3f7")  # behind the bars of what was heard
BAR = QColor("#8a96a3")
BAR_HEARD = QColor("#1f5f9e")
PLAYHEAD = QColor("#b3261e")
MARKER = QColor("#b26a00")  # a note at a moment of the call
_MARGIN = 4  # pixels above and below the tallest bar
_MARKER_SIZE = 7  # the marker's flag, in pixels
# A click this close to a marker jumps to the marker's own moment.
MARKER_GRIP_PX = 5


class WaveformView(QWidget):
    """Draws one recording's peaks (one byte per 1/50 s) across its width.

    The heard intervals and the playhead are frames; the widget maps them to pixels, so
    what is shaded is exactly what the player reports as heard.

    Notes of a coaching scorecard show as markers (a line with a flag on top); a click near
    one jumps exactly to it, and a double click asks for a note at that moment.

    Signals:
        seek_requested(int): the user clicked or let go of a drag at this frame.
        note_requested(int): the user double-clicked at this frame (to note something there).
    """

    seek_requested = Signal(int)
    note_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._peaks = b""
        self._frames = 0
        self._heard: list[Interval] = []
        self._position = 0
        self._dragging: int | None = None  # the frame under the mouse while dragging
        self._markers: list[int] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(90)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(self.tr("Waveform"))
        self.setToolTip(self.tr("Click or drag to move the playhead"))

    # --- what it shows -----------------------------------------------------------------------

    def set_recording(self, peaks: bytes, frames: int) -> None:
        """Show a recording of frames frames with its stored peaks."""
        self._peaks = bytes(peaks)
        self._frames = max(int(frames), 0)
        self.update()

    def set_heard(self, intervals: Sequence[Interval]) -> None:
        """Shade these [start, end) frame intervals."""
        heard = list(intervals)
        if heard != self._heard:
            self._heard = heard
            self.update()

    def set_position(self, frame: int) -> None:
        """Put the playhead at frame."""
        if frame != self._position:
            self._position = frame
            self.update()

    def set_markers(self, frames: Sequence[int]) -> None:
        """Mark these frames (the notes of the call)."""
        markers = sorted(int(f) for f in frames)
        if markers != self._markers:
            self._markers = markers
            self.update()

    @property
    def markers(self) -> list[int]:
        """The frames marked now."""
        return list(self._markers)

    def marker_near(self, x: float) -> int | None:
        """The marked frame within grip of x, the nearest one; None if there is none."""
        near = [(abs(self.x_of(f) - x), f) for f in self._markers]
        found = min(near, default=None)
        return found[1] if found is not None and found[0] <= MARKER_GRIP_PX else None

    @property
    def heard(self) -> list[Interval]:
        """The intervals shaded now."""
        return list(self._heard)

    @property
    def position(self) -> int:
        """The frame the playhead stands at (the dragged one while dragging)."""
        return self._position if self._dragging is None else self._dragging

    def x_of(self, frame: int) -> float:
        """The x coordinate of a frame."""
        if self._frames <= 0:
            return 0.0
        return frame / self._frames * self.width()

    def frame_at(self, x: float) -> int:
        """The frame under x (clamped to the recording)."""
        if self.width() <= 0:
            return 0
        return min(max(round(x / self.width() * self._frames), 0), self._frames)

    def sizeHint(self) -> QSize:
        """Wide and low, like a waveform."""
        return QSize(640, 120)

    # --- painting ----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        """Background, heard shading, the peaks as bars, then the playhead on top."""
        painter = QPainter(self)
        try:
            width, height = self.width(), self.height()
            painter.fillRect(self.rect(), BACKGROUND)
            for start, end in self._heard:
                left = self.x_of(start)
                painter.fillRect(
                    QRectF(left, 0, max(self.x_of(end) - left, 1.0), height), HEARD_SHADE
                )
            self._paint_peaks(painter, width, height)
            self._paint_markers(painter, height)
            if self._frames > 0:
                x = self.x_of(self.position)
                painter.setPen(QPen(PLAYHEAD, 2))
                painter.drawLine(QPointF(x, 0), QPointF(x, height))
        finally:
            painter.end()

    def _paint_peaks(self, painter: QPainter, width: int, height: int) -> None:
        middle = height / 2
        room = max(middle - _MARGIN, 1.0)
        count = len(self._peaks)
        if count == 0 or width <= 0:
            # No peaks (the audio was destroyed, or a silent call): a flat line.
            painter.setPen(QPen(BAR, 1))
            painter.drawLine(QPointF(0, middle), QPointF(width, middle))
            return
        for x in range(width):
            # The loudest peak among those falling in this pixel column.
            first = x * count // width
            last = max((x + 1) * count // width, first + 1)
            level = max(self._peaks[first:last]) / 255
            half = max(level * room, 0.5)
            frame = self.frame_at(x + 0.5)
            painter.setPen(BAR_HEARD if self._is_heard(frame) else BAR)
            painter.drawLine(QPointF(x + 0.5, middle - half), QPointF(x + 0.5, middle + half))

    def _paint_markers(self, painter: QPainter, height: int) -> None:
        painter.setPen(QPen(MARKER, 1.5))
        for frame in self._markers:
            x = self.x_of(frame)
            painter.drawLine(QPointF(x, 0), QPointF(x, height))
            painter.fillRect(QRectF(x, 0, _MARKER_SIZE, _MARKER_SIZE), MARKER)

    def _is_heard(self, frame: int) -> bool:
        return any(start <= frame < end for start, end in self._heard)

    # --- seeking -----------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Start a drag: the playhead follows the mouse until the button is let go."""
        if event.button() == Qt.MouseButton.LeftButton and self._frames > 0:
            self._dragging = self.frame_at(event.position().x())
            self.update()
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Move the playhead with the mouse (seeking waits for the release)."""
        if self._dragging is not None:
            self._dragging = self.frame_at(event.position().x())
            self.update()
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """Seek to where the button was let go.

        Only then: seeking on every mouse move while playing would hand the sink a block
        at each spot crossed, and those scraps would count as heard.
        """
        if self._dragging is not None and event.button() == Qt.MouseButton.LeftButton:
            x = event.position().x()
            marker = self.marker_near(x)
            frame = marker if marker is not None else self.frame_at(x)
            self._dragging = None
            self._position = frame
            self.update()
            self.seek_requested.emit(frame)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """Ask for a note where the double click was (its first click already moved there)."""
        if event.button() == Qt.MouseButton.LeftButton and self._frames > 0:
            x = event.position().x()
            marker = self.marker_near(x)
            self.note_requested.emit(marker if marker is not None else self.frame_at(x))
            event.accept()
            return
        super().mouseDoubleClickEvent(event)
