"""Translated words the screens share: roles, purposes, states, deadlines and times."""
