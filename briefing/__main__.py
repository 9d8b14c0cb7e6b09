"""The entry point of both ``briefing`` (the console script) and ``python -m briefing``.

It imports nothing before it is ready for Ctrl-C: a user who presses it while Python is still
loading the command line (click, the readers) gets exit status 130 and no traceback, the same as
once the command runs.
"""

import sys


def main() -> None:
    """Run the command line; Ctrl-C at any point of start-up exits 130 quietly."""
    try:
        from briefing.cli import main as run_command_line

        run_command_line()
    except KeyboardInterrupt:
        sys.stderr.write("\n")
        sys.exit(130)


if __name__ == "__main__":
    main()
