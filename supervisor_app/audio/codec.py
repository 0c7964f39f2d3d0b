"""Turn a telephone-system recording into what the vault keeps: FLAC bytes, facts and peaks.

Everything happens in memory; the only file touched is the source, which is read, never
changed. Decoding goes block by block so a two-hour call does not need its PCM in memory.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Final

import numpy as np
import soundfile as sf

from supervisor_app.audio import error_codes as codes
from supervisor_app.domain.errors import UserFacingError, os_reason

PEAKS_PER_SECOND: Final = 50  # enough for a sharp waveform at any window width
BLOCK_FRAMES: Final = 65536


class AudioError(UserFacingError):
    """A recording that cannot be used; the message names the file's problem."""


@dataclass(frozen=True, slots=True)
class EncodedAudio:
    """A recording ready for the vault."""

    flac: bytes
    samplerate: int
    channels: int
    frames: int
    peaks: bytes  # one byte (0–255) per 1/PEAKS_PER_SECOND s: loudest sample across channels
    source_sha256: str
    source_size: int
    # The FLAC's own SHA-256, computed on the encoding thread so the storing one need not.
    flac_sha256: str = ""

    @property
    def duration_s(self) -> float:
        """Length in seconds."""
        return self.frames / self.samplerate


def file_sha256(path: Path) -> tuple[str, int]:
    """SHA-256 hex and size of a file, read in blocks."""
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as fh:
        while block := fh.read(1 << 20):
            digest.update(block)
            size += len(block)
    return digest.hexdigest(), size


def encode_file(path: Path) -> EncodedAudio:
    """Decode a recording (WAV PCM/GSM/µ-law, FLAC, OGG, MP3…) and encode it as FLAC.

    Raises AudioError for a file that is missing, unreadable, empty or silent-by-length.
    Channels and sample rate are kept as they are.
    """
    try:
        sha, size = file_sha256(path)
    except OSError as exc:
        raise AudioError(codes.FILE_UNREADABLE, file=path.name, reason=os_reason(exc)) from None
    if size == 0:
        raise AudioError(codes.FILE_EMPTY, file=path.name)
    out = io.BytesIO()
    peaks: list[np.ndarray] = []
    frames = 0
    try:
        with sf.SoundFile(path) as src:
            samplerate, channels = src.samplerate, src.channels
            if samplerate <= 0 or channels <= 0:
                raise AudioError(codes.NO_AUDIO_FORMAT, file=path.name)
            per_peak = max(samplerate // PEAKS_PER_SECOND, 1)
            # Keep leftover frames between blocks so each peak covers exactly per_peak frames.
            # int32 throughout: |-32768| does not fit an int16 and would wrap to silence.
            carry = np.zeros((0,), dtype=np.int32)
            with sf.SoundFile(
                out, "w", samplerate=samplerate, channels=channels, format="FLAC", subtype="PCM_16"
            ) as dst:
                # read() rather than blocks(): GSM-in-WAV files are not seekable.
                while len(block := src.read(BLOCK_FRAMES, dtype="int16", always_2d=True)):
                    dst.write(block)
                    frames += len(block)
                    wide = block.astype(np.int32)
                    # One channel (the usual case) needs no max across channels, which numpy
                    # would do one frame at a time.
                    loudest = np.abs(wide[:, 0] if channels == 1 else wide.max(axis=1))
                    if channels > 1:
                        loudest = np.maximum(loudest, np.abs(wide.min(axis=1)))
                    carry = np.concatenate([carry, loudest])
                    whole = len(carry) - len(carry) % per_peak
                    if whole:
                        peaks.append(carry[:whole].reshape(-1, per_peak).max(axis=1))
                        carry = carry[whole:]
                if len(carry):
                    peaks.append(np.array([carry.max()], dtype=np.int32))
    except (sf.LibsndfileError, RuntimeError, TypeError, ValueError) as exc:
        raise AudioError(codes.NOT_AUDIO, file=path.name, reason=_reason(exc)) from None
    if frames == 0:
        raise AudioError(codes.NO_SOUND, file=path.name)
    level = np.concatenate(peaks) if peaks else np.zeros(0, dtype=np.int32)
    scaled = (level * 255 // 32767).clip(0, 255).astype(np.uint8)
    flac = out.getvalue()
    return EncodedAudio(
        flac,
        samplerate,
        channels,
        frames,
        scaled.tobytes(),
        sha,
        size,
        hashlib.sha256(flac).hexdigest(),
    )


def _reason(exc: Exception) -> str:
    text = str(exc).split(":")[-1].strip().rstrip(".") or type(exc).__name__
    return text[:1].lower() + text[1:]


def flac_to_wav(flac: BinaryIO) -> bytes:
    """A FLAC stream as 16-bit PCM WAV bytes, decoded block by block, in memory only.

    For an access export that asks for WAV: the vault keeps FLAC, and no temporary file
    may hold the sound outside it.
    """
    out = io.BytesIO()
    with (
        sf.SoundFile(flac) as source,
        sf.SoundFile(
            out,
            "w",
            samplerate=source.samplerate,
            channels=source.channels,
            format="WAV",
            subtype="PCM_16",
        ) as target,
    ):
        for block in source.blocks(blocksize=BLOCK_FRAMES, dtype="int16", always_2d=True):
            target.write(block)
    return out.getvalue()
