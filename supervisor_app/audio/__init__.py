"""Audio: decoding and FLAC encoding with soundfile, waveform peaks, playback sinks."""
