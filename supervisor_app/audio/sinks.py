"""Where decoded audio goes: the sound card, nowhere (as fast as possible), or memory for tests.

A sink accepts blocks of int16 frames (shape frames × channels). What it accepts is what
the player counts as heard, so a sink must never accept a frame it did not take.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from typing import Any, Protocol

import numpy as np

from supervisor_app.audio import error_codes as codes
from supervisor_app.domain.errors import UserFacingError

log = logging.getLogger(__name__)


class AudioOutputError(UserFacingError):
    """Sound cannot be played on this computer; nothing is marked as heard."""


class Sink(Protocol):
    """An audio output the player pushes blocks to, from its worker thread."""

    def start(self, samplerate: int, channels: int) -> None:
        """Prepare for audio of this format; raise AudioOutputError when that is impossible."""

    def write(self, frames: np.ndarray) -> int:
        """Take a block (blocking until there is room); return how many frames it took."""

    def stop(self) -> None:
        """Drop what is queued and go quiet now (pause, seek); the next write resumes."""

    def close(self) -> None:
        """Release the output; no writes follow."""


class NullSink:
    """Takes every frame at once and plays nothing: ``listen --sink null`` and benchmarks."""

    def __init__(self) -> None:
        self.frames_taken = 0

    def start(self, samplerate: int, channels: int) -> None:
        """Nothing to prepare."""

    def write(self, frames: np.ndarray) -> int:
        """Take the whole block."""
        self.frames_taken += len(frames)
        return len(frames)

    def stop(self) -> None:
        """Nothing is queued."""

    def close(self) -> None:
        """Nothing to release."""


class MemorySink:
    """Keeps every frame it takes, in order, so tests can compare them with the log.

    ``on_write`` runs inside each write before the block is taken (on the player's thread):
    tests use it to look at the vault at the moment audio is handed over, or to pause and
    seek at exact points. ``capacity`` makes the sink take no more than that many frames.
    """

    def __init__(
        self,
        on_write: Callable[[MemorySink, np.ndarray], None] | None = None,
        capacity: int | None = None,
    ) -> None:
        self.on_write = on_write
        self.capacity = capacity
        self.blocks: list[np.ndarray] = []
        self.format: tuple[int, int] | None = None
        self.stops = 0
        self.closed = False
        self._lock = threading.Lock()

    @property
    def taken(self) -> int:
        """Frames taken so far."""
        with self._lock:
            return sum(len(b) for b in self.blocks)

    def frames(self) -> np.ndarray:
        """Everything taken, as one array."""
        channels = self.format[1] if self.format else 1
        with self._lock:
            if not self.blocks:
                return np.zeros((0, channels), dtype=np.int16)
            return np.concatenate(self.blocks)

    def start(self, samplerate: int, channels: int) -> None:
        """Remember the format."""
        self.format = (samplerate, channels)

    def write(self, frames: np.ndarray) -> int:
        """Take the block (or what fits under capacity) and keep a copy."""
        if self.on_write is not None:
            self.on_write(self, frames)
        room = len(frames) if self.capacity is None else max(self.capacity - self.taken, 0)
        block = np.array(frames[:room], copy=True)
        with self._lock:
            self.blocks.append(block)
        return len(block)

    def stop(self) -> None:
        """Count the stop (nothing is queued here)."""
        self.stops += 1

    def close(self) -> None:
        """Mark closed."""
        self.closed = True


class DeviceSink:
    """The computer's sound output through PortAudio (sounddevice), as a blocking stream."""

    def __init__(self, device: int | str | None = None) -> None:
        self.device = device
        self._stream: Any = None
        self._sd: Any = None

    def start(self, samplerate: int, channels: int) -> None:
        """Open the output stream; a missing library or device becomes AudioOutputError."""
        sd = _sounddevice()
        try:
            self._stream = sd.OutputStream(
                samplerate=samplerate, channels=channels, dtype="int16", device=self.device
            )
        except (sd.PortAudioError, ValueError) as exc:
            # PortAudio's text ("Error querying device -1") helps the log, not the user.
            log.warning("no sound output: %s", _detail(exc))
            raise AudioOutputError(codes.NO_OUTPUT_DEVICE) from None
        self._sd = sd

    def write(self, frames: np.ndarray) -> int:
        """Queue the block, waiting while PortAudio's buffer is full."""
        stream = self._stream
        if stream is None:
            raise AudioOutputError(codes.OUTPUT_NOT_OPEN)
        try:
            if not stream.active:
                stream.start()
            # An underflow (the card ran dry while paused or seeking) is no error here.
            stream.write(np.ascontiguousarray(frames))
        except self._sd.PortAudioError as exc:
            raise AudioOutputError(codes.OUTPUT_STOPPED, detail=_detail(exc)) from None
        return len(frames)

    def stop(self) -> None:
        """Silence the output at once, dropping the queued audio."""
        if self._stream is not None and self._stream.active:
            # A device that went away is quiet either way.
            with contextlib.suppress(self._sd.PortAudioError):
                self._stream.abort()

    def close(self) -> None:
        """Close the stream."""
        if self._stream is not None:
            try:
                self._stream.abort()
                self._stream.close()
            except self._sd.PortAudioError:
                pass  # already gone with the device; nothing left to release
            self._stream = None


def _sounddevice() -> Any:
    # Imported here: sounddevice raises OSError at import when PortAudio is not installed,
    # and every other path of the app (and the null sink) must work without it.
    try:
        import sounddevice
    except OSError:
        raise AudioOutputError(codes.NO_PORTAUDIO) from None
    return sounddevice


def _detail(exc: BaseException) -> str:
    text = str(exc.args[0]) if exc.args else type(exc).__name__
    return text.rstrip(".") or type(exc).__name__
