"""``yaml.safe_load`` whose every failure is a :class:`BriefingError` naming line and column.

PyYAML lets some values through its parser only to fail while building Python objects, with
no position and an exception type the caller does not expect: ``date: 2022-13-45`` raises
``ValueError``, an integer of more than 4,300 digits hits Python's conversion limit, and
nesting a thousand levels deep overflows the recursive composer. The loader here checks those
at the node that holds them, so YAML briefings, front matter and the config file all report
``YAML error at line L, column C: ...``. Sequences remember the line of each item, so checks
made after loading (an empty speaker name) can still say where the problem is.

PyYAML is imported on first use, not by every ``briefing`` command.
"""

from __future__ import annotations

import functools
from typing import Any

from briefing.errors import BriefingError

MAX_DEPTH = 100  # deeper nesting is refused: no briefing needs it, and recursion has a limit
# Longer integers are refused: even in hexadecimal, 3,000 digits print in under Python's
# 4,300-digit str() limit, so a value accepted here never fails later when shown.
_MAX_INT_DIGITS = 3_000
# What PyYAML's constructors raise, besides its own errors, for a value that does not fit its
# tag: "2022-13-45" (ValueError), "!!bool maybe" (KeyError), "!!timestamp 2022-02-30x"
# (AttributeError on a failed match), and so on.
_VALUE_ERRORS = (
    ValueError, TypeError, KeyError, IndexError, AttributeError, OverflowError, RecursionError
)  # fmt: skip


class YamlList(list):
    """A YAML sequence that also knows the (1-based) line where each of its items starts."""

    __slots__ = ("item_lines",)

    def __init__(self) -> None:
        super().__init__()
        self.item_lines: list[int] = []


def item_line(items: Any, index: int) -> int | None:
    """The line of ``items[index]`` in the YAML it came from, when it came from YAML."""
    lines = getattr(items, "item_lines", None)
    return lines[index] if lines is not None and index < len(lines) else None


@functools.cache
def _loader(first_line: int) -> type:
    """A SafeLoader subclass that checks depth and values and reports lines from ``first_line``."""
    import yaml
    from yaml.composer import ComposerError
    from yaml.constructor import ConstructorError
    from yaml.nodes import SequenceNode

    class Loader(yaml.SafeLoader):
        def __init__(self, stream: str) -> None:
            super().__init__(stream)
            self.depth = 0

        def compose_node(self, parent: Any, index: Any) -> Any:
            self.depth += 1
            try:
                if self.depth > MAX_DEPTH:
                    mark = self.peek_event().start_mark
                    raise ComposerError(None, None, f"nested deeper than {MAX_DEPTH} levels", mark)
                return super().compose_node(parent, index)
            finally:
                self.depth -= 1

        def construct_object(self, node: Any, deep: bool = False) -> Any:
            try:
                return super().construct_object(node, deep)
            except _VALUE_ERRORS as error:
                value = node.value if isinstance(node.value, str) else ""
                shown = f" {value!r}" if 0 < len(value) <= 40 else ""
                why = f"({error})" if isinstance(error, ValueError) else f"for {node.tag}"
                problem = f"invalid value{shown} {why}"
                raise ConstructorError(None, None, problem, node.start_mark) from None

        def construct_checked_int(self, node: Any) -> int:
            if len(str(node.value)) > _MAX_INT_DIGITS:
                message = f"integer longer than {_MAX_INT_DIGITS:,} digits"
                raise ConstructorError(None, None, message, node.start_mark)
            return self.construct_yaml_int(node)

        def construct_lined_seq(self, node: Any) -> Any:
            data = YamlList()
            if isinstance(node, SequenceNode):  # else construct_sequence says what is wrong
                data.item_lines = [child.start_mark.line + first_line for child in node.value]
            yield data
            data.extend(self.construct_sequence(node))

    Loader.add_constructor("tag:yaml.org,2002:int", Loader.construct_checked_int)
    Loader.add_constructor("tag:yaml.org,2002:seq", Loader.construct_lined_seq)
    return Loader


def load_yaml(text: str, source: str, *, first_line: int = 1) -> Any:
    """The data of a YAML text (safe types only); any error is one line naming line and column.

    ``first_line`` is the line of the file where ``text`` starts (front matter starts at 2).
    """
    import yaml

    try:
        # The loader is a SafeLoader subclass: safe_load's rules (no tags, no Python objects)
        # plus the checks above.
        return yaml.load(text, Loader=_loader(first_line))
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        where = f" at line {mark.line + first_line}, column {mark.column + 1}" if mark else ""
        problem = error.problem or error.context or "malformed YAML"
        raise BriefingError(source, f"YAML error{where}: {problem}") from None
    except yaml.YAMLError as error:
        raise BriefingError(source, f"YAML error: {' '.join(str(error).split())}") from None
    except RecursionError:
        raise BriefingError(source, f"YAML error: nested deeper than {MAX_DEPTH} levels") from None
    except _VALUE_ERRORS as error:  # raised outside any one node (a collection being filled)
        raise BriefingError(source, f"YAML error: invalid value ({error})") from None
