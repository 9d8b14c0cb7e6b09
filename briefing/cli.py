"""Command line entry point (placeholder until the CLI lands)."""

from __future__ import annotations


def main() -> None:
    raise SystemExit("briefing: the command line is not built yet")
