"""The errors of reading and playing audio: files that are not sound, and no sound output.

Each code's English sentence is the log's and the command line's; lupdate reads each
``error_code`` call as a translatable text (context: the code's name), and ui/words/error_text.py
shows it in the interface language.
"""

from __future__ import annotations

from typing import Final

from supervisor_app.domain.errors import error_code

# --- reading audio files (audio/codec.py) --------------------------------------------------------

FILE_UNREADABLE: Final = error_code("audio.file_unreadable", "{file} cannot be read ({reason}).")
FILE_EMPTY: Final = error_code("audio.file_empty", "{file} is an empty file.")
NO_AUDIO_FORMAT: Final = error_code("audio.no_format", "{file} has no usable audio format.")
NOT_AUDIO: Final = error_code("audio.not_audio", "{file} cannot be read as audio ({reason}).")
NO_SOUND: Final = error_code("audio.no_sound", "{file} contains no sound (zero length).")

# --- playing (audio/sinks.py, audio/player.py) ---------------------------------------------------

NO_OUTPUT_DEVICE: Final = error_code(
    "audio.no_output_device",
    "No sound output device can be used; connect speakers or headphones and try again. "
    "Nothing was played and nothing was marked as heard.",
)
OUTPUT_NOT_OPEN: Final = error_code(
    "audio.output_not_open",
    "The sound output is not open. Nothing was played and nothing was marked as heard.",
)
OUTPUT_STOPPED: Final = error_code(
    "audio.output_stopped",
    "The sound output stopped working ({detail}); check the speakers or headphones and try again.",
)
NO_PORTAUDIO: Final = error_code(
    "audio.no_portaudio",
    "Sound cannot be played because the PortAudio library is not installed; install PortAudio "
    "(libportaudio2) and try again. Nothing was played and nothing was marked as heard.",
)
CANNOT_DECODE: Final = error_code("audio.cannot_decode", "The recording's audio cannot be decoded.")
PLAYBACK_FAILED: Final = error_code(
    "audio.playback_failed", "Playback stopped because of an unexpected error."
)
