"""The reader's screens: the main reading screen and its modal helpers."""
