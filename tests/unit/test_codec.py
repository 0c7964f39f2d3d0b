"""Encoding telephone recordings to FLAC in memory: formats, channels, peaks and bad files."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from supervisor_app.audio.codec import PEAKS_PER_SECOND, AudioError, encode_file

RATE = 8000


def speech_like(seconds: float, channels: int = 1, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    frames = int(RATE * seconds)
    t = np.arange(frames) / RATE
    data = np.stack(
        [
            0.4 * np.sin(2 * np.pi * (330 + 110 * c) * t) + 0.05 * rng.standard_normal(frames)
            for c in range(channels)
        ],
        axis=1,
    )
    return (np.clip(data, -1, 1) * 32767).astype(np.int16)


def decode(flac: bytes) -> tuple[np.ndarray, int]:
    data, rate = sf.read(io.BytesIO(flac), dtype="int16", always_2d=True)
    return data, rate


@pytest.mark.parametrize(
    ("name", "fmt", "subtype", "lossless"),
    [
        ("pcm.wav", "WAV", "PCM_16", True),
        ("gsm.WAV", "WAV", "GSM610", False),
        ("ulaw.wav", "WAV", "ULAW", False),
        ("call.flac", "FLAC", "PCM_16", True),
        ("call.ogg", "OGG", "VORBIS", False),
    ],
)
def test_each_telephone_format_becomes_flac(
    tmp_path: Path, name: str, fmt: str, subtype: str, lossless: bool
) -> None:
    source = tmp_path / name
    pcm = speech_like(2.5)
    sf.write(source, pcm, RATE, format=fmt, subtype=subtype)
    expected, _ = sf.read(source, dtype="int16", always_2d=True)

    encoded = encode_file(source)

    data, rate = decode(encoded.flac)
    assert rate == encoded.samplerate == RATE
    assert encoded.channels == 1 and encoded.frames == len(expected) == len(data)
    assert np.array_equal(data, expected)  # FLAC keeps exactly what the source decodes to
    if lossless:
        assert np.array_equal(data, pcm)
    assert encoded.source_sha256 == hashlib.sha256(source.read_bytes()).hexdigest()
    assert encoded.source_size == source.stat().st_size
    assert encoded.duration_s == pytest.approx(len(expected) / RATE)


def test_stereo_and_sample_rate_are_kept(tmp_path: Path) -> None:
    source = tmp_path / "stereo.wav"
    pcm = speech_like(1.0, channels=2)
    sf.write(source, pcm, 16000, subtype="PCM_16")
    encoded = encode_file(source)
    data, rate = decode(encoded.flac)
    assert (encoded.channels, encoded.samplerate, rate) == (2, 16000, 16000)
    assert np.array_equal(data, pcm)


def test_peaks_have_one_value_per_fiftieth_second_on_a_0_255_scale(tmp_path: Path) -> None:
    source = tmp_path / "peaks.wav"
    per_peak = RATE // PEAKS_PER_SECOND
    pcm = np.zeros((per_peak * 10 + 7, 1), dtype=np.int16)
    pcm[per_peak * 2 + 3] = 32767  # loudest positive
    pcm[per_peak * 5] = -32768  # loudest negative: must not wrap around to silence
    pcm[per_peak * 7 + 1] = 16384
    pcm[-1] = 8192  # the last, partial stretch gets a peak of its own
    sf.write(source, pcm, RATE, subtype="PCM_16")

    peaks = list(encode_file(source).peaks)

    assert len(peaks) == 11
    assert peaks[2] == 255 and peaks[5] == 255
    assert peaks[7] == 127 and peaks[10] == 63
    assert peaks[0] == peaks[1] == peaks[3] == 0


def test_peaks_span_blocks_exactly(tmp_path: Path) -> None:
    source = tmp_path / "long.wav"
    sf.write(source, speech_like(20.0), RATE, subtype="PCM_16")  # several 64k-frame blocks
    encoded = encode_file(source)
    assert len(encoded.peaks) == 20 * PEAKS_PER_SECOND
    assert max(encoded.peaks) > 90


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(AudioError, match=r"^gone\.wav cannot be read \("):
        encode_file(tmp_path / "gone.wav")


def test_an_empty_file_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "empty.wav"
    source.write_bytes(b"")
    with pytest.raises(AudioError, match=r"^empty\.wav is an empty file\.$"):
        encode_file(source)


def test_a_zero_length_recording_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "silent.wav"
    sf.write(source, np.zeros((0, 1), dtype=np.int16), RATE, subtype="PCM_16")
    with pytest.raises(AudioError, match=r"^silent\.wav contains no sound \(zero length\)\.$"):
        encode_file(source)


@pytest.mark.parametrize(
    "content",
    [b"this is not audio at all" * 20, b"RIFF\x00\x00\x00\x00WAVEfmt " + b"\x00" * 40],
)
def test_garbage_is_refused_with_one_sentence(tmp_path: Path, content: bytes) -> None:
    source = tmp_path / "broken.wav"
    source.write_bytes(content)
    with pytest.raises(AudioError) as caught:
        encode_file(source)
    message = str(caught.value)
    assert message.startswith("broken.wav cannot be read as audio (") and message.endswith(").")
    assert "\n" not in message
