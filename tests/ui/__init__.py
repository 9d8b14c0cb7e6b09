"""Shared harness for the reader's Pilot, snapshot and end-to-end tests."""
