"""A streaming player: decodes FLAC from an opened source in memory and feeds a sink.

The player owns one worker thread. The source is opened *on that thread* (so a vault
source can use the thread's own SQLCipher connection) and decoded block by block with
soundfile: no temporary file, no cache, never the whole recording in memory.

What was heard is measured from the frames the sink accepted, as merged half-open
[start, end) frame intervals; a seek starts a new interval. The worker hands the intervals
to the source after every ``flush_every_s`` seconds of audio played (and at least that
often by the clock), at every pause, seek and end, and on close: a crash loses at most that
much of what was heard.

Every public method is safe to call from any thread (the GUI thread, typically). State
changes are reported through ``on_change``, called on the worker thread.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from contextlib import AbstractContextManager
from enum import StrEnum
from typing import BinaryIO, Final, Protocol

import numpy as np
import soundfile as sf

from supervisor_app.audio import error_codes as codes
from supervisor_app.audio.sinks import AudioOutputError, Sink
from supervisor_app.domain.errors import UserFacingError

log = logging.getLogger(__name__)

Interval = tuple[int, int]  # [start, end) in frames
BLOCK_SECONDS: Final = 0.1  # short blocks: pause and seek take effect within about this long
FLUSH_EVERY_S: Final = 2.0


def merge(intervals: Iterable[Interval]) -> list[Interval]:
    """Sorted, non-overlapping intervals covering the same frames; empty ones dropped."""
    merged: list[list[int]] = []
    for start, end in sorted((s, e) for s, e in intervals if e > s):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(s, e) for s, e in merged]


def frames_in(intervals: Iterable[Interval]) -> int:
    """How many frames merged intervals cover."""
    return sum(e - s for s, e in merge(intervals))


class Source(Protocol):
    """An opened recording: its FLAC bytes as a file, and where heard intervals are saved."""

    @property
    def file(self) -> BinaryIO:
        """A readable, seekable file of the encoded audio."""

    def save_intervals(self, intervals: Sequence[Interval]) -> None:
        """Store the merged intervals heard so far (all of them, not just the new ones)."""


SourceOpener = Callable[[], AbstractContextManager[Source]]


class PlayerState(StrEnum):
    """What the player is doing; ENDED means it stopped at the end of the recording."""

    PAUSED = "paused"
    PLAYING = "playing"
    ENDED = "ended"
    FAILED = "failed"
    CLOSED = "closed"


class Player:
    """Play one recording into a sink; see the module docstring for threading.

    The sink is started here, on the caller's thread, so a missing sound device is an
    AudioOutputError from the constructor and nothing is ever marked as heard.
    """

    def __init__(
        self,
        open_source: SourceOpener,
        sink: Sink,
        *,
        samplerate: int,
        channels: int,
        frames: int,
        flush_every_s: float = FLUSH_EVERY_S,
        block_frames: int | None = None,
        on_change: Callable[[Player], None] | None = None,
    ) -> None:
        self.samplerate = samplerate
        self.channels = channels
        self.frames = frames
        self._open_source = open_source
        self._sink = sink
        self._flush_every = flush_every_s
        self._block = block_frames or max(int(samplerate * BLOCK_SECONDS), 1)
        self._on_change = on_change
        self._cond = threading.Condition()
        self._position = 0
        self._seeks = 0  # bumped by every seek, so the worker knows its block went stale
        self._want_play = False
        self._closing = False
        self._state = PlayerState.PAUSED
        self._volume = 1.0
        self._heard: list[Interval] = []
        self._first_block_at: float | None = None
        self.error: UserFacingError | None = None
        sink.start(samplerate, channels)
        self._thread = threading.Thread(target=self._run, name="player", daemon=True)
        self._thread.start()

    # --- controls (any thread) -------------------------------------------------------------

    def play(self) -> None:
        """Start or resume; at the end, start again from the beginning."""
        with self._cond:
            if self._state in (PlayerState.FAILED, PlayerState.CLOSED):
                return
            if self._position >= self.frames:
                self._set_position(0)
            self._want_play = True
            self._cond.notify_all()

    def pause(self) -> None:
        """Stop playing after the block being handed over (at most BLOCK_SECONDS)."""
        with self._cond:
            self._want_play = False
            self._cond.notify_all()

    def toggle(self) -> None:
        """Play when paused, pause when playing (the Space key)."""
        with self._cond:
            playing = self._want_play
        self.pause() if playing else self.play()

    def seek(self, frame: int) -> None:
        """Continue from frame (clamped to the recording); heard audio starts a new interval."""
        with self._cond:
            self._set_position(min(max(int(frame), 0), self.frames))
            self._cond.notify_all()

    def skip(self, seconds: float) -> None:
        """Jump forward (or back, when negative) by seconds: the ←/→ keys."""
        with self._cond:
            target = self._position + round(seconds * self.samplerate)
        self.seek(target)

    @property
    def volume(self) -> float:
        """Loudness from 0.0 (silent) to 1.0 (as recorded)."""
        with self._cond:
            return self._volume

    @volume.setter
    def volume(self, value: float) -> None:
        with self._cond:
            self._volume = min(max(float(value), 0.0), 1.0)

    # --- what the GUI shows (any thread) ---------------------------------------------------

    @property
    def state(self) -> PlayerState:
        """The current state."""
        with self._cond:
            return self._state

    @property
    def position(self) -> int:
        """The next frame to be played."""
        with self._cond:
            return self._position

    @property
    def duration(self) -> int:
        """The recording's length in frames."""
        return self.frames

    @property
    def heard(self) -> list[Interval]:
        """Merged intervals of frames the sink accepted so far (for shading the waveform)."""
        with self._cond:
            return list(self._heard)

    @property
    def heard_seconds(self) -> float:
        """Seconds of distinct audio heard."""
        return frames_in(self.heard) / self.samplerate

    @property
    def first_block_at(self) -> float | None:
        """time.perf_counter() when the first block was handed to the sink (benchmarks)."""
        with self._cond:
            return self._first_block_at

    def wait(self, timeout: float | None = None) -> PlayerState:
        """Block until the player is not playing (ended, paused, failed or closed)."""
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._cond:
            while (self._want_play or self._state is PlayerState.PLAYING) and self._state not in (
                PlayerState.FAILED,
                PlayerState.CLOSED,
            ):
                left = None if deadline is None else deadline - time.monotonic()
                if left is not None and left <= 0:
                    break
                self._cond.wait(left)
            return self._state

    def close(self) -> list[Interval]:
        """Stop at once, save the final intervals, release the sink; returns what was heard.

        Safe to call more than once and from any thread except the player's own.
        """
        with self._cond:
            self._closing = True
            self._want_play = False
            self._cond.notify_all()
        self._thread.join()
        return self.heard

    # --- the worker ------------------------------------------------------------------------

    def _set_position(self, frame: int) -> None:
        # Caller holds the lock.
        self._position = frame
        self._seeks += 1

    def _set_state(self, state: PlayerState) -> None:
        with self._cond:
            changed = state != self._state
            self._state = state
            self._cond.notify_all()
        if changed and self._on_change is not None:
            self._on_change(self)

    def _run(self) -> None:
        try:
            with self._open_source() as source, sf.SoundFile(source.file) as audio:
                self._loop(source, audio)
        except UserFacingError as exc:
            self._fail(exc)
        except (sf.LibsndfileError, RuntimeError, LookupError) as exc:
            log.warning("playback failed: %s", exc)
            self._fail(AudioOutputError(codes.CANNOT_DECODE))
        except Exception:
            log.exception("playback failed")
            self._fail(AudioOutputError(codes.PLAYBACK_FAILED))
        finally:
            try:
                self._sink.close()
            finally:
                self._set_state(PlayerState.CLOSED if self.error is None else PlayerState.FAILED)

    def _fail(self, exc: UserFacingError) -> None:
        with self._cond:
            self.error = exc
            self._want_play = False
        self._set_state(PlayerState.FAILED)

    def _loop(self, source: Source, audio: sf.SoundFile) -> None:
        saved: list[Interval] = []
        last_save = time.monotonic()
        unsaved_frames = 0  # audio handed to the sink since the last save
        flush_frames = max(int(self._flush_every * self.samplerate), 1)
        decoded_at = 0  # where the decoder stands, to seek it only when needed

        def save() -> None:
            nonlocal saved, last_save, unsaved_frames
            now_heard = self.heard
            if now_heard != saved:
                source.save_intervals(now_heard)
                saved = now_heard
            last_save = time.monotonic()
            unsaved_frames = 0

        try:
            while True:
                with self._cond:
                    if self._closing:
                        return
                    idle = None
                    if not (self._want_play and self._position < self.frames):
                        self._want_play = False  # also when playing ran into the end
                        ended = self._position >= self.frames
                        idle = PlayerState.ENDED if ended else PlayerState.PAUSED
                    start, seeks, volume = self._position, self._seeks, self._volume
                if idle is not None:
                    self._set_state(idle)
                    save()
                    with self._cond:
                        while not self._closing and not (
                            self._want_play and self._position < self.frames
                        ):
                            self._cond.wait()
                    continue
                if self.state is not PlayerState.PLAYING:
                    self._set_state(PlayerState.PLAYING)
                if decoded_at != start:
                    audio.seek(start)
                block = audio.read(
                    min(self._block, self.frames - start), dtype="int16", always_2d=True
                )
                decoded_at = start + len(block)
                if not len(block):  # the file is shorter than its stored frame count
                    with self._cond:
                        if self._seeks == seeks:
                            self._position = self.frames
                    continue
                if volume < 1.0:
                    block = (block * volume).astype(np.int16)
                taken = self._sink.write(block)
                with self._cond:
                    if self._first_block_at is None:
                        self._first_block_at = time.perf_counter()
                    if taken:
                        self._heard = merge([*self._heard, (start, start + taken)])
                    moved = self._seeks != seeks  # a seek came in while the block was handed over
                    if not moved:
                        self._position = start + taken
                        if taken < len(block):
                            # The sink took less than offered: it is full for good, so stop.
                            self._want_play = False
                    interrupted = moved or not self._want_play
                unsaved_frames += taken
                if interrupted:
                    self._sink.stop()  # drop audio queued from before the pause or seek
                    save()
                elif (
                    unsaved_frames >= flush_frames
                    or time.monotonic() - last_save >= self._flush_every
                ):
                    # Counted in audio, not only by the clock: a sink that takes audio faster
                    # than real time (or a slow one) still saves every few seconds heard.
                    save()
        finally:
            self._sink.stop()
            save()
