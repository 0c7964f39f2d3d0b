"""The player saves what was heard at least every 2 s of audio, and at every pause and seek.

A crash (or SIGKILL) between two saves loses at most that much: the listen log then still
shows nearly everything that was heard. The sink takes audio at full speed here, so a
save every few seconds *of the clock* would save almost nothing; the player counts audio.
"""

from __future__ import annotations

import io
import itertools
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import BinaryIO

import numpy as np
import soundfile as sf

from supervisor_app.audio.player import FLUSH_EVERY_S, Interval, Player, PlayerState
from supervisor_app.audio.sinks import MemorySink

RATE = 8000
SECONDS = 20


def flac(seconds: int) -> bytes:
    rng = np.random.default_rng(3)
    samples = (rng.standard_normal(RATE * seconds) * 3000).astype(np.int16)
    out = io.BytesIO()
    sf.write(out, samples, RATE, format="FLAC", subtype="PCM_16")
    return out.getvalue()


class RecordingSource:
    """A FLAC recording in memory that keeps every save of the heard intervals."""

    def __init__(self, data: bytes) -> None:
        self._data = data
        self.saves: list[list[Interval]] = []
        self.lock = threading.Lock()

    @property
    def file(self) -> BinaryIO:
        return io.BytesIO(self._data)

    def save_intervals(self, intervals: Sequence[Interval]) -> None:
        with self.lock:
            self.saves.append(list(intervals))


def player_for(source: RecordingSource, sink: MemorySink) -> Player:
    @contextmanager
    def opener() -> Iterator[RecordingSource]:
        yield source

    return Player(opener, sink, samplerate=RATE, channels=1, frames=RATE * SECONDS)


def heard_frames(intervals: list[Interval]) -> int:
    return sum(e - s for s, e in intervals)


def test_saves_come_at_least_every_two_seconds_of_audio() -> None:
    assert FLUSH_EVERY_S <= 2.0
    source = RecordingSource(flac(SECONDS))
    player = player_for(source, MemorySink())
    player.play()
    assert player.wait(30) is PlayerState.ENDED
    player.close()
    totals = [0] + [heard_frames(s) for s in source.saves]
    assert totals[-1] == RATE * SECONDS
    gaps = [b - a for a, b in itertools.pairwise(totals)]
    # The player hands blocks of 0.1 s, so a save can come at most one block late.
    assert max(gaps) <= RATE * (FLUSH_EVERY_S + 0.1), gaps
    assert len(source.saves) >= SECONDS // 2


def test_every_pause_and_seek_saves_at_once() -> None:
    source = RecordingSource(flac(SECONDS))
    marks: list[int] = []

    def steer(sink: MemorySink, block: np.ndarray) -> None:
        taken = sink.taken
        if taken == RATE // 2 and not marks:  # half a second in: seek ahead
            marks.append(len(source.saves))
            player.seek(RATE * 10)
        elif taken == RATE and len(marks) == 1:  # another half second: pause
            marks.append(len(source.saves))
            player.pause()

    sink = MemorySink(on_write=steer)
    player = player_for(source, sink)
    player.play()
    player.wait(30)
    player.close()
    # Each interruption produced a save right away, with less than a second heard in all.
    assert len(source.saves) >= 2
    assert source.saves[0] and heard_frames(source.saves[0]) <= RATE
    assert len(source.saves[-1]) == 2  # before the seek, and after it
