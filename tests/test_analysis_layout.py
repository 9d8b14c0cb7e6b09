"""The layout of ``briefing.analysis``: small modules, short functions, one import direction.

Issue 9 asks that no module of the analysis be over 600 lines and no function over 80, and
that ``import briefing.model`` never pay for the analysis. These tests read the source with
``ast``, so a module or function that grows past the limit fails here, by name.
"""

from __future__ import annotations

import ast
import importlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

import briefing.analysis

ANALYSIS = Path(briefing.analysis.__file__).parent
MAX_MODULE_LINES = 600
MAX_FUNCTION_LINES = 80
MODULES = sorted(ANALYSIS.rglob("*.py"))


def _name(path: Path) -> str:
    return str(path.relative_to(ANALYSIS))


def _function_lengths(source: str) -> dict[str, int]:
    """Each function's (and method's) length in lines, decorators included, by qualified name."""
    lengths: dict[str, int] = {}

    def visit(node: ast.AST, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                first = min([child.lineno, *(d.lineno for d in child.decorator_list)])
                lengths[prefix + child.name] = child.end_lineno - first + 1
                visit(child, f"{prefix}{child.name}.")
            elif isinstance(child, ast.ClassDef):
                visit(child, f"{prefix}{child.name}.")

    visit(ast.parse(source), "")
    return lengths


def test_the_analysis_has_modules_to_check() -> None:
    names = {_name(path) for path in MODULES}
    assert {"__init__.py", "quotes/spans.py", "speakers/resolver.py"} <= names


@pytest.mark.parametrize("path", MODULES, ids=_name)
def test_no_module_is_over_the_line_limit(path: Path) -> None:
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_MODULE_LINES, f"{_name(path)} has {lines} lines"


@pytest.mark.parametrize("path", MODULES, ids=_name)
def test_no_function_is_over_the_line_limit(path: Path) -> None:
    lengths = _function_lengths(path.read_text(encoding="utf-8"))
    long = {name: n for name, n in lengths.items() if n > MAX_FUNCTION_LINES}
    assert not long, f"{_name(path)}: {long}"


def test_function_lengths_count_methods_and_decorators() -> None:
    source = "class A:\n    @staticmethod\n    def f():\n        return 1\n\ndef g():\n    pass\n"
    assert _function_lengths(source) == {"A.f": 3, "g": 2}


def test_importing_the_model_loads_no_analysis(tmp_path: Path) -> None:
    script = "import json, sys\nimport briefing.model\nprint(json.dumps(sorted(sys.modules)))"
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
        check=True,
    )
    loaded = json.loads(done.stdout.splitlines()[-1])
    assert "briefing.model" in loaded
    assert not [name for name in loaded if name.startswith("briefing.analysis")]


@pytest.mark.parametrize(
    "name", ["STAGES", "analyse", "find_quotes", "find_quotes_and_speakers", "choose_key_points"]
)
def test_the_package_root_keeps_its_names(name: str) -> None:
    assert callable(getattr(briefing.analysis, name)) or name == "STAGES"


@pytest.mark.parametrize(
    "old",
    [
        "attribution_de_fr_es",
        "names",
        "given_names",
        "quote_marks",
        "reporting_verbs",
        "ranking",
        "sentences",
        "sections",
        "tokens",
        "transcript",
    ],
)
def test_replaced_modules_are_gone(old: str) -> None:
    with pytest.raises(ModuleNotFoundError):
        importlib.import_module(f"briefing.analysis.{old}")
