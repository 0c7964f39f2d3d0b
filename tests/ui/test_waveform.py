"""The waveform maps frames to pixels, shades what was heard and seeks where the mouse lets go."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from supervisor_app.ui.player.waveform import BACKGROUND, HEARD_SHADE, PLAYHEAD, WaveformView

FRAMES = 8000 * 20  # 20 s at 8 kHz
PEAKS = bytes(i % 200 for i in range(20 * 50))


def make_view(qtbot: QtBot) -> WaveformView:
    view = WaveformView()
    qtbot.addWidget(view)
    view.resize(400, 100)
    view.set_recording(PEAKS, FRAMES)
    view.show()
    qtbot.waitExposed(view)
    return view


def colour_at(view: WaveformView, x: int, y: int = 1) -> QColor:
    # Row 1 lies above the tallest bar: only the background, the shading or the playhead.
    return view.grab().toImage().pixelColor(x, y)


def test_heard_intervals_are_shaded_and_the_rest_is_not(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    view.set_heard([(FRAMES // 4, FRAMES // 2)])
    view.set_position(FRAMES - 1)

    assert colour_at(view, 150) == HEARD_SHADE  # 3/8 of the width: inside
    assert colour_at(view, 50) == BACKGROUND
    assert colour_at(view, 250) == BACKGROUND
    assert colour_at(view, round(view.x_of(FRAMES - 1)) - 1) == PLAYHEAD


def test_a_drag_seeks_once_where_the_button_is_let_go(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    seeks: list[int] = []
    view.seek_requested.connect(seeks.append)

    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=QPoint(100, 50))
    qtbot.mouseMove(view, QPoint(300, 50))
    assert view.position == view.frame_at(300) and seeks == []
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=QPoint(300, 50))

    assert seeks == [view.frame_at(300)] == [FRAMES * 3 // 4]


def test_without_peaks_a_flat_line_is_drawn(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    view.set_recording(b"", FRAMES)
    image = view.grab().toImage()
    assert image.pixelColor(200, 50) != BACKGROUND
    assert image.pixelColor(200, 30) == BACKGROUND
