"""Telephone-system exports in (readers, number normalisation) and the import pipeline."""
