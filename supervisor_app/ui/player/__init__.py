"""Listening: the listen dialog's gate, the player window and its waveform."""
