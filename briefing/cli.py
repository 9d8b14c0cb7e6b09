"""The ``briefing`` command: the reader by default, ``export`` for summaries on stdout or disk.

``briefing FILE`` and ``briefing export FILE`` both work because :class:`ReaderByDefault`
routes any first argument that is not a subcommand to the ``read`` command. Textual is
imported only when the reader really starts, so ``briefing export`` and ``briefing FILE | less``
stay quick. Every expected failure (bad input, bad settings, an output that exists) becomes one
line on stderr, ``briefing: cannot open X: reason``, and exit status 1; usage errors exit 2
(click's convention); Ctrl-C exits 130 quietly.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

import click

from briefing import __version__
from briefing.errors import BriefingError, printable

if TYPE_CHECKING:
    from collections.abc import Iterable

    from briefing.collection import Found, Summary
    from briefing.config import Config
    from briefing.load import Beginning
    from briefing.model import Briefing

# The analysis, readers, renderers and settings are imported inside the commands, so that
# `--version` and `--help` load click and little else (benchmarks/startup.py). These copies of
# their constants are checked against the originals by tests/test_cli_startup.py.
INPUT_FORMATS = ("text", "markdown", "yaml", "html")
OUTPUT_FORMATS = ("text", "markdown", "json")
MIN_WIDTH = 20
DEFAULT_WIDTH = 78
DEBUG_VAR = "BRIEFING_DEBUG"
THEME_VAR = "TEXTUAL_THEME"


class Failure(click.ClickException):
    """An expected failure, shown as the one line ``briefing: <message>`` with exit status 1."""

    exit_code = 1

    def show(self, file: Any = None) -> None:
        click.echo(f"briefing: {printable(self.format_message())}", err=True)


class ReaderByDefault(click.Group):
    """A group whose default command is the reader: ``briefing FILE`` means ``briefing read FILE``.

    Only a first argument that names a subcommand (or asks for the group's help or version)
    selects it; anything else, options included, goes to ``read``. A file literally named like
    a subcommand is opened with a path that is not a bare name: ``briefing ./export``.
    """

    default_command = "read"

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        group_options = {"--version", *ctx.help_option_names}
        if not args or (args[0] not in self.commands and args[0] not in group_options):
            args = [self.default_command, *args]
        return super().parse_args(ctx, args)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except BriefingError as error:
            raise Failure(str(error)) from None
        except KeyboardInterrupt:
            click.echo(err=True)
            raise click.exceptions.Exit(130) from None


def _load(file: str | None, fmt: str | None, max_size: int) -> Briefing:
    """Load (not analyse) the input, so its errors appear before any screen opens."""
    from briefing.load import read

    if file is None:
        from dataclasses import replace

        from briefing.resources import default_seed

        seed = default_seed()
        return replace(read(seed, fmt=fmt, max_size=max_size), source=seed.name)
    if "://" in file:
        from briefing.load.web import MAX_BYTES, fetch_briefing

        return fetch_briefing(file, max_bytes=min(max_size, MAX_BYTES))  # lowered, not raised
    return read(file, fmt=fmt, max_size=max_size)


def _load_beginning(file: str | None, fmt: str | None, max_size: int) -> Beginning:
    """What the reader shows first: the beginning of a very long file, whose whole the reader
    parses in the background, else what ``_load`` gives (the seed and web pages are small)."""
    from briefing.load import Beginning, read_beginning

    if file is None or "://" in file:
        return Beginning(_load(file, fmt, max_size))
    return read_beginning(file, fmt, max_size=max_size)


def _max_size(option: str | None, configured: int | None) -> int:
    """The input size limit: ``--max-size``, else the config file's ``max_size``, else 100 MB."""
    from briefing.load.decode import DEFAULT_MAX_SIZE, parse_size

    if option is None:
        return configured or DEFAULT_MAX_SIZE
    try:
        return parse_size(option)
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="'--max-size'") from None


def _print(content: str | Iterable[str]) -> None:
    """Write to standard output; a closed or full one is an error (exit 1), not a success.

    ``> /dev/full`` fails only when the buffer is flushed, so the flush happens here, where the
    failure can still become ``cannot write -: No space left on device``.
    """
    stream = sys.stdout
    if stream is None:
        raise BriefingError("-", "standard output is closed", action="write")
    try:
        for piece in (content,) if isinstance(content, str) else content:
            stream.write(piece)
        stream.flush()
    except BrokenPipeError:
        raise
    except (OSError, ValueError) as error:  # ValueError: the stream was closed
        reason = getattr(error, "strerror", None) or "standard output is closed"
        raise BriefingError("-", reason, action="write") from None


def choose_theme(flag: str | None, config: str | None) -> str | None:
    """The theme asked for, most specific first: ``--theme``, then ``$TEXTUAL_THEME`` (every
    Textual app honours it), then the config file; ``None`` when nobody asked."""
    return flag or os.environ.get(THEME_VAR) or config or None


def _is_terminal(stream: Any) -> bool:
    """Whether a standard stream is an interactive terminal (a closed stream is not)."""
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def _attach_terminal(file: str | None) -> None:
    """Give the reader a keyboard when stdin is not one (the document came through a pipe).

    Textual reads keys from file descriptor 0; once a piped document is drained (or when stdin
    was redirected from elsewhere), the controlling terminal takes its place, as ``less`` does.
    """
    try:
        fd = os.open("/dev/tty", os.O_RDWR)
    except OSError:
        from briefing.resources import default_seed

        command = " ".join(["briefing export", *([file] if file else [])])
        raise BriefingError(
            file or default_seed().name,
            f"no terminal to read keys from; use `{command}` for a summary",
        ) from None
    os.dup2(fd, 0)
    os.close(fd)


_OUTPUT_ALIASES = {"md": "markdown", "txt": "text"}  # as the file suffixes and --from say


def _output_format(value: str | None) -> str | None:
    """``--format`` as one of :data:`OUTPUT_FORMATS`; ``md``, ``txt`` and any case accepted."""
    if value is None:
        return None
    chosen = _OUTPUT_ALIASES.get(value.lower(), value.lower())
    if chosen not in OUTPUT_FORMATS:
        raise click.BadParameter(f"{value!r} is not one of {', '.join(map(repr, OUTPUT_FORMATS))}.")
    return chosen


def _from_option(function: Any) -> Any:
    return click.option(
        "--from",
        "fmt",
        metavar="FORMAT",
        help=f"Input format: {', '.join(INPUT_FORMATS)}. Default: by file name; text for -.",
    )(function)


def _key_points_option(function: Any) -> Any:
    return click.option(
        "--key-points",
        type=click.IntRange(1, 20),
        metavar="N",
        help="How many key points to choose (1-20). Default: the config file, else by length.",
    )(function)


def _max_size_option(function: Any) -> Any:
    return click.option(
        "--max-size",
        metavar="SIZE",
        help="Refuse an input larger than SIZE (20MB, 1GB). Default: the config file, else 100MB.",
    )(function)


_FILES = click.argument("files", nargs=-1, metavar="[FILE|DIR|URL|-]...")


def _collection_options(function: Any) -> Any:
    function = click.option(
        "-r", "--recursive", is_flag=True, help="Search folders below DIR too (default: DIR only)."
    )(function)
    return click.option(
        "-j",
        "--jobs",
        type=click.IntRange(1, 256),
        metavar="N",
        help="Analyse N files at once in parallel processes. Default: the number of cores.",
    )(function)


def _single(files: tuple[str, ...]) -> str | bool | None:
    """The one document ``files`` names (``None``: the seed), or False for a collection."""
    if not files:
        return None
    if len(files) == 1 and (files[0] == "-" or "://" in files[0] or not os.path.isdir(files[0])):
        return files[0]  # isdir: False for "" and names too long, which read() then explains
    return False


@click.group(
    cls=ReaderByDefault,
    context_settings={"help_option_names": ["-h", "--help"]},
    subcommand_metavar="[FILE|-] | COMMAND [ARGS]...",
)
@click.version_option(
    __version__, "--version", prog_name="briefing", message="%(prog)s %(version)s"
)
def cli() -> None:
    """Read a news or policy briefing in the terminal: sections, key points, quotes by speaker.

    \b
    briefing [FILE|-] [--from FORMAT] [--key-points N] [--theme NAME]
        Open FILE in the reader (no FILE: the bundled sample briefing; -: stdin).
        When standard output is not a terminal (briefing FILE | less), print the
        plain-text summary instead of opening the reader.
    briefing export [FILE|-] [--format text|markdown|json] [-o PATH] [--force]
        Print a summary, or write it atomically to PATH (see: briefing export -h).
    briefing DIR | FILE FILE... | URL
        A reading list of many briefings (export: one digest); a web page.
    briefing speakers DIR | FILE FILE... [--format json]
        Everyone quoted across the briefings, quotes newest first.

    A file named like a command opens with a path: briefing ./export.
    Settings (key_points, width, theme, measure, max_size) are read from config.yaml in the user
    config folder (~/.config/briefing on Linux), or the file named by $BRIEFING_CONFIG.
    """


@cli.command("read")
@_FILES
@_from_option
@_key_points_option
@_max_size_option
@click.option(
    "--theme",
    metavar="NAME",
    help="Textual theme (textual-light, nord, ansi-dark...). Default: $TEXTUAL_THEME, "
    "else the config file.",
)
@click.option(
    "--measure",
    type=click.IntRange(0, 1000),
    metavar="N",
    help="Longest line of text in the reader, centred (0: no limit). Default: the config "
    "file's measure, else 88.",
)
@_collection_options
@click.pass_context
def read_command(
    ctx: click.Context,
    files: tuple[str, ...],
    fmt: str | None,
    key_points: int | None,
    max_size: str | None,
    theme: str | None,
    measure: int | None,
    recursive: bool,
    jobs: int | None,
) -> None:
    """Open FILE or URL in the reader (the default command: `briefing FILE` is the same).

    Without FILE the bundled sample briefing opens; - reads the document from standard input.
    Several files or a folder DIR open a reading list of them (-r: folders below too).
    When standard output is not a terminal, the plain-text summary is printed instead.
    """
    from briefing.config import load_config

    config = load_config()
    file = _single(files)
    if file is False:
        many = _Many(
            files,
            recursive,
            jobs,
            key_points or config.key_points,
            _folder_limit(max_size, config.max_size),
        )
        _read_collection(ctx, many, choose_theme(theme, config.theme), _measure(measure, config))
        return
    limit = _max_size(max_size, config.max_size)
    count = key_points or config.key_points
    if not _is_terminal(sys.stdout):
        from briefing.analysis import analyse
        from briefing.export import render

        summary = analyse(_load(file, fmt, limit), key_points=count)
        _print(render(summary, "text", width=config.width or DEFAULT_WIDTH))
        return
    opening = _load_beginning(file, fmt, limit)
    if not _is_terminal(sys.stdin):
        _attach_terminal(file)
    from briefing.ui.app import BriefingApp

    reload = None if file == "-" else partial(_load, file, fmt, limit)
    app = BriefingApp(
        opening.first,
        key_points=count,
        theme=choose_theme(theme, config.theme),
        reload=reload,
        measure=_measure(measure, config),
        rest=opening.rest,
        shown=opening.shown,
    )
    app.run()
    ctx.exit(app.return_code or 0)


@cli.command("export")
@_FILES
@_from_option
@click.option(
    "-f",
    "--format",
    "out_format",
    metavar=f"[{'|'.join(OUTPUT_FORMATS)}]",
    callback=lambda ctx, param, value: _output_format(value),
    help="Output format (md and txt also work). Default: from the -o file name (.md, "
    ".json), else text.",
)
@click.option(
    "-o",
    "--output",
    metavar="PATH",
    help="Write to PATH (atomically) instead of standard output; - means standard output.",
)
@click.option("--force", is_flag=True, help="Replace PATH if it already exists.")
@click.option(
    "--width",
    type=click.IntRange(MIN_WIDTH, 1000),
    metavar="N",
    help=f"Wrap the text format at N columns. Default: the config file, else {DEFAULT_WIDTH}.",
)
@_key_points_option
@_max_size_option
@_collection_options
def export_command(
    files: tuple[str, ...],
    fmt: str | None,
    out_format: str | None,
    output: str | None,
    force: bool,
    width: int | None,
    key_points: int | None,
    max_size: str | None,
    recursive: bool,
    jobs: int | None,
) -> None:
    """Print a summary of FILE (default: the bundled sample; -: stdin), or write it to PATH.

    \b
    text      plain-text summary for an e-mail: key points, sections, quotes
    markdown  the same as Markdown (article text escaped)
    json      the full analysis, with character offsets into the text

    Several files or a folder DIR (-r: folders below too) give one digest: each briefing's
    header and key points, then quotes by speaker across them, newest first.
    An existing PATH is never replaced without --force; a failed write leaves nothing behind.
    """
    from briefing.analysis import analyse
    from briefing.config import load_config
    from briefing.export import format_for_path, render_pieces, write_export

    config = load_config()
    target = None if output in (None, "-") else output
    chosen = out_format or (format_for_path(target) if target else "text")
    wrap = width or config.width or DEFAULT_WIDTH
    file = _single(files)
    if file is False:
        limit = _folder_limit(max_size, config.max_size)
        many = _Many(files, recursive, jobs, key_points or config.key_points, limit)
        content = _digest(many, chosen, wrap)
    else:
        doc = _load(file, fmt, _max_size(max_size, config.max_size))
        summary = analyse(doc, key_points=key_points or config.key_points)
        content = render_pieces(summary, chosen, width=wrap)
    if target is None:
        _print(content)
    else:
        write_export(target, content, force=force)


@cli.command("speakers")
@click.argument("files", nargs=-1, required=True, metavar="FILE|DIR|URL...")
@click.option(
    "-f",
    "--format",
    "out_format",
    type=click.Choice(("text", "json")),
    default="text",
    help="text: one line per person and quote; json: the same as data.",
)
@_key_points_option
@_max_size_option
@_collection_options
def speakers_command(
    files: tuple[str, ...],
    out_format: str,
    key_points: int | None,
    max_size: str | None,
    recursive: bool,
    jobs: int | None,
) -> None:
    """Everyone quoted in the briefings, merged across them, with their quotes newest first."""
    from briefing.collection import people_across
    from briefing.config import load_config
    from briefing.export.as_json import escape_unsafe
    from briefing.export.collection import collection_dict

    config = load_config()
    limit = _folder_limit(max_size, config.max_size)
    found, summaries = _summaries(_Many(files, recursive, jobs, key_points, limit))
    people = people_across(summaries)
    if out_format == "json":
        data = collection_dict(summaries, people, found)
        data = {"speakers": data["speakers"], "briefings": data["briefings"]}
        _print(escape_unsafe(json.dumps(data, ensure_ascii=False, indent=2)) + "\n")
        return
    lines = []
    for person in people:
        heading = f"{person.name}, {person.role}" if person.role else person.name
        quotes = "1 quote" if len(person.quotes) == 1 else f"{len(person.quotes)} quotes"
        where = "1 briefing" if person.briefings == 1 else f"{person.briefings} briefings"
        lines.append(f"{heading} ({quotes} in {where})")
        for quote in person.quotes:
            briefing = summaries[quote.briefing]
            lines.append(f"  {briefing.day or 'undated'}  {briefing.title}: “{quote.text}”")
    _print("".join(f"{line}\n" for line in lines))


@dataclass(frozen=True, slots=True)
class _Many:
    """What the command line says about a collection: names, depth, jobs, key points, limit."""

    files: tuple[str, ...]
    recursive: bool
    jobs: int | None
    key_points: int | None
    max_bytes: int


def _folder_limit(option: str | None, configured: int | None) -> int:
    """Files in a collection over this are skipped: ``--max-size`` or the config's, else the
    collection's own (smaller) default, since one huge file should not hold up a reading list."""
    from briefing.collection.discover import MAX_FILE_BYTES

    if option is None and configured is None:
        return MAX_FILE_BYTES
    return _max_size(option, configured)


def _summaries(many: _Many) -> tuple[Found, list[Summary]]:
    """Find and analyse a collection; a progress bar on stderr only when it is a terminal."""
    from briefing.collection import default_jobs, find_briefings, summarise_many
    from briefing.progress import ProgressBar

    found = find_briefings(many.files, recursive=many.recursive, max_bytes=many.max_bytes)
    for name, reason in found.problems:
        click.echo(f"briefing: cannot open {printable(name)}: {reason}", err=True)
    if not found.files:
        raise BriefingError(" ".join(many.files), "no briefings found" + _skipped_note(found))
    bar = ProgressBar(sys.stderr, "analysing") if _is_terminal(sys.stderr) else None
    try:
        summaries = summarise_many(
            found.files,
            jobs=many.jobs or default_jobs(),
            key_points=many.key_points,
            progress=bar.update if bar else None,
        )
    finally:
        if bar:
            bar.close()
    for summary in summaries:
        if summary.error is not None:
            message = f"cannot open {printable(summary.path)}: {summary.error}"
            click.echo(f"briefing: {message}", err=True)
    return found, summaries


def _skipped_note(found: Found) -> str:
    line = found.skipped_line()
    return f" ({line})" if line else ""


def _digest(many: _Many, fmt: str, width: int) -> str:
    from briefing.collection import people_across
    from briefing.export.collection import render_collection

    found, summaries = _summaries(many)
    people = people_across(summaries)
    return render_collection(summaries, people, fmt, found=found, width=width)


def _measure(flag: int | None, config: Config) -> int | None:
    """``--measure``, else the config file's ``measure:``; ``None``: the reader's default."""
    return flag if flag is not None else config.measure


def _read_collection(
    ctx: click.Context, many: _Many, theme: str | None, measure: int | None
) -> None:
    """The reading list in the reader, or the digest when stdout is not a terminal."""
    if not _is_terminal(sys.stdout):
        _print(_digest(many, "text", DEFAULT_WIDTH))
        return
    from briefing.collection import default_jobs, find_briefings

    found = find_briefings(many.files, recursive=many.recursive, max_bytes=many.max_bytes)
    if not found.files and not found.problems:
        raise BriefingError(" ".join(many.files), "no briefings found" + _skipped_note(found))
    if not _is_terminal(sys.stdin):
        _attach_terminal(None)
    from briefing.ui.app import BriefingApp

    app = BriefingApp(
        None,
        key_points=many.key_points,
        theme=theme,
        measure=measure,
        found=found,
        jobs=many.jobs or default_jobs(),
    )
    app.run()
    ctx.exit(app.return_code or 0)


def _interrupted(error: BaseException) -> bool:
    """Whether Ctrl-C caused ``error``: Python 3.11 wraps a KeyboardInterrupt raised while a
    class is being built (``__set_name__``, a dataclass field during a lazy import) in a
    RuntimeError, which must still end as Ctrl-C does, not as an internal error."""
    seen: set[int] = set()
    cause: BaseException | None = error
    while cause is not None and id(cause) not in seen:
        if isinstance(cause, KeyboardInterrupt):
            return True
        seen.add(id(cause))
        cause = cause.__cause__ or cause.__context__
    return False


def main(argv: list[str] | None = None) -> None:
    """Console-script entry point: run the command, never letting a traceback reach the user.

    Expected failures are handled inside the commands; anything else is a bug, reported in one
    line (the traceback is shown when ``BRIEFING_DEBUG`` is set).
    """
    try:
        cli.main(args=argv, prog_name="briefing")
    except Exception as error:
        if _interrupted(error):
            sys.stderr.write("\n")
            sys.exit(130)
        if os.environ.get(DEBUG_VAR):
            raise
        click.echo(
            f"briefing: internal error: {type(error).__name__}: {printable(str(error))} "
            f"(set {DEBUG_VAR}=1 to see the traceback)",
            err=True,
        )
        sys.exit(1)
