"""``supervisor-app --self-test``: prove, without a window, that an installed app has all it needs.

Each check loads one piece the way the app does (Qt, SQLCipher, a vault, the audio libraries,
PortAudio, translations, bundled data) and prints one line. A frozen bundle that lost a library
or a data file fails here instead of in front of a team lead. The only thing written is a
throwaway vault in a temporary folder, removed before the check ends.
"""

from __future__ import annotations

import io
import secrets
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, TextIO

from supervisor_app import __version__, paths

LANGUAGES: Final = ("nl", "en")
MIN_CIPHER_VERSION: Final = (4, 5)
AUDIO_SUFFIXES: Final = (".wav", ".gsm", ".flac", ".ogg", ".mp3")
FLAC_RATE: Final = 8000


@dataclass(frozen=True, slots=True)
class Check:
    """One named check: returns a short detail on success, raises on failure."""

    name: str
    func: Callable[[], str]


# --- the checks ---------------------------------------------------------------------------------


def check_qt() -> str:
    """Qt starts on the offscreen platform and renders a widget."""
    from supervisor_app.ui.core.selftest_qt import start_offscreen

    return start_offscreen()


def check_sqlcipher() -> str:
    """SQLCipher is linked in and new enough for the vault's pragmas."""
    import sqlcipher3

    conn = sqlcipher3.connect(":memory:")
    try:
        row = conn.execute("PRAGMA cipher_version").fetchone()
    finally:
        conn.close()
    if row is None:
        raise RuntimeError("sqlcipher3 runs plain SQLite: PRAGMA cipher_version is empty")
    text = str(row[0]).split()[0]
    version = tuple(int(part) for part in text.split(".") if part.isdigit())
    if version < MIN_CIPHER_VERSION:
        wanted = ".".join(map(str, MIN_CIPHER_VERSION))
        raise RuntimeError(f"SQLCipher {text} is older than {wanted}")
    return text


def check_vault() -> str:
    """A throwaway vault (real Argon2id, small cost) stores a secret and gives it back."""
    from supervisor_app.vault.keyslots import KdfParams
    from supervisor_app.vault.vault import LockedVault, create_vault

    user = "selftest"
    passphrase = secrets.token_urlsafe(24)
    secret = secrets.token_hex(16)
    # The code path is the app's; only the Argon2id cost is lowered to keep the check quick.
    kdf = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)
    with tempfile.TemporaryDirectory(prefix="supervisor-app-selftest-") as tmp:
        folder = Path(tmp) / "vault"
        unlocked, _recovery = create_vault(folder, user, passphrase, kdf=kdf)
        conn = unlocked.connect()
        try:
            conn.execute("INSERT INTO vault_meta (key, value) VALUES ('selftest', ?)", (secret,))
        finally:
            conn.close()
            unlocked.lock()
        reopened = LockedVault.open(folder).unlock(user, passphrase)
        conn = reopened.connect()
        try:
            row = conn.execute("SELECT value FROM vault_meta WHERE key = 'selftest'").fetchone()
        finally:
            conn.close()
            reopened.lock()
        if row is None or row[0] != secret:
            raise RuntimeError("the secret did not come back from the vault")
        on_disk = b"".join(p.read_bytes() for p in folder.iterdir() if p.is_file())
        if secret.encode() in on_disk:
            raise RuntimeError("the secret is readable in the vault's files: not encrypted")
    return "Argon2id key slot, encrypted round trip"


def check_demo_audio(folder: Path | None = None) -> str:
    """Every recording of the demo export decodes (PCM and GSM 6.10 WAV)."""
    import soundfile as sf

    folder = folder or paths.resources_dir() / "demo"
    files = sorted(p for p in folder.rglob("*") if p.suffix.lower() in AUDIO_SUFFIXES)
    if not files:
        raise RuntimeError(f"no demo recordings in {folder}")
    seconds = 0.0
    for path in files:
        data, rate = sf.read(path, dtype="int16")
        if len(data) == 0:
            raise RuntimeError(f"{path.name} decodes to no sound")
        seconds += len(data) / rate
    return f"{len(files)} files, {seconds:.0f} s, libsndfile {_libsndfile_version()}"


def check_flac() -> str:
    """FLAC encodes in memory and decodes back to the same samples."""
    import numpy as np
    import soundfile as sf

    t = np.arange(FLAC_RATE) / FLAC_RATE
    tone = (np.sin(2 * np.pi * 440 * t) * 12000).astype(np.int16)
    buffer = io.BytesIO()
    sf.write(buffer, tone, FLAC_RATE, format="FLAC", subtype="PCM_16")
    encoded = buffer.getvalue()
    buffer.seek(0)
    decoded, rate = sf.read(buffer, dtype="int16")
    if rate != FLAC_RATE or not np.array_equal(decoded, tone):
        raise RuntimeError("FLAC did not decode to the samples it encoded")
    return f"1 s encoded to {len(encoded)} bytes and back"


def check_portaudio() -> str:
    """PortAudio loads and lists devices; having no output device is fine here."""
    try:
        import sounddevice as sd
    except OSError as exc:
        hint = " (install libportaudio2)" if sys.platform.startswith("linux") else ""
        raise RuntimeError(f"no PortAudio: {exc}{hint}") from None
    _number, version = sd.get_portaudio_version()
    devices: Any = sd.query_devices()
    outputs = sum(1 for d in devices if d["max_output_channels"] > 0)
    return f"{str(version).split(',')[0]}, {outputs} output device(s)"


def check_translations(folder: Path | None = None) -> str:
    """Our translations and Qt's own load in every language the app speaks."""
    from supervisor_app.ui.core.selftest_qt import load_translations

    return load_translations(folder or paths.resources_dir() / "translations", LANGUAGES)


def check_data() -> str:
    """Time zones, numbering plans, the passphrase meter's word lists and templates are there."""
    from zoneinfo import ZoneInfo

    from supervisor_app.ingest.phone import normalise
    from supervisor_app.services.passphrase import check_strength

    ZoneInfo("Europe/Amsterdam")
    if normalise("020 123 4567") != "+31201234567":
        raise RuntimeError("phonenumbers cannot read a Dutch number")
    check_strength(secrets.token_urlsafe(24))
    templates = list((paths.resources_dir() / "templates").glob("*.html"))
    if not templates:
        raise RuntimeError("the document templates are missing")
    return f"tzdata, phonenumbers, zxcvbn, {len(templates)} templates"


def check_aes_zip() -> str:
    """Access exports can be encrypted: an AES-256 ZIP is written and read back in memory."""
    import pyzipper

    secret = secrets.token_bytes(64)
    password = secrets.token_hex(8).encode()
    buffer = io.BytesIO()
    with pyzipper.AESZipFile(
        buffer, "w", compression=pyzipper.ZIP_DEFLATED, encryption=pyzipper.WZ_AES
    ) as archive:
        archive.setpassword(password)
        archive.setencryption(pyzipper.WZ_AES, nbits=256)
        archive.writestr("check.bin", secret)
    with pyzipper.AESZipFile(io.BytesIO(buffer.getvalue())) as archive:
        archive.setpassword(password)
        if archive.read("check.bin") != secret:
            raise RuntimeError("an AES-256 ZIP did not give back what was written")
    return "AES-256"


CHECKS: Final = (
    Check("qt", check_qt),
    Check("sqlcipher", check_sqlcipher),
    Check("vault", check_vault),
    Check("demo audio", check_demo_audio),
    Check("flac", check_flac),
    Check("portaudio", check_portaudio),
    Check("translations", check_translations),
    Check("data", check_data),
    Check("aes zip", check_aes_zip),
)


def _libsndfile_version() -> str:
    import soundfile as sf

    return str(sf.__libsndfile_version__)


# --- running ------------------------------------------------------------------------------------


def run(out: TextIO, checks: Sequence[Check] = CHECKS) -> int:
    """Run every check, print one line each; 0 when all pass, 1 otherwise."""
    out.write(f"supervisor-app {__version__} self-test\n")
    failed = 0
    for check in checks:
        try:
            detail = check.func()
        except Exception as exc:
            failed += 1
            reason = str(exc).strip() or type(exc).__name__
            out.write(f"FAIL {check.name}: {reason}\n")
        else:
            out.write(f"ok   {check.name} {detail}\n")
        out.flush()
    out.write("all checks passed\n" if not failed else f"{failed} check(s) failed\n")
    return 0 if not failed else 1
