"""Reporting cues: the words around a quote that say who said it, per language."""
