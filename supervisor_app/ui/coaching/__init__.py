"""Coaching: the scorecard beside the player, notes, trends and feedback sheets."""
