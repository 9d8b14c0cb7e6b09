"""The YAML settings file: defaults, validation, clear one-line errors, BRIEFING_CONFIG."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from briefing.config import ENV_VAR, Config, config_path, load_config, parse_config
from briefing.errors import BriefingError


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_when_default_file_is_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    monkeypatch.setattr("platformdirs.user_config_dir", lambda app: str(tmp_path))
    assert config_path() == tmp_path / "config.yaml"
    assert load_config() == Config()


def test_env_var_points_at_another_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _write(tmp_path, "key_points: 5\nwidth: 60\ntheme: nord\n")
    monkeypatch.setenv(ENV_VAR, str(path))
    assert config_path() == path
    assert load_config() == Config(key_points=5, width=60, theme="nord")


def test_env_var_to_missing_file_is_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "nope.yaml"))
    with pytest.raises(BriefingError, match="no such file"):
        load_config()


def test_config_is_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        Config().width = 3  # type: ignore[misc]


@pytest.mark.parametrize("text", ["", "# only a comment\n", "---\n", "width: null\n"])
def test_empty_file_or_null_values_mean_defaults(text: str) -> None:
    assert parse_config(text, source="c.yaml") == Config()


def test_malformed_yaml_reports_line_and_column(tmp_path: Path) -> None:
    path = _write(tmp_path, "width: 60\ntheme: [unclosed\n")
    with pytest.raises(BriefingError) as caught:
        load_config(path)
    message = str(caught.value)
    assert message.startswith(f"cannot open {path}: YAML error at line 3, column 1")
    assert "\n" not in message


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "colour: blue\n",
            "unknown setting 'colour' (known: key_points, max_size, measure, theme, width)",
        ),
        ("measure: -1\n", "measure must be a whole number from 0 to 1000"),
        ("key_points: 0\n", "key_points must be a whole number from 1 to 20"),
        ("key_points: 21\n", "key_points must be a whole number from 1 to 20"),
        ("key_points: 'five'\n", "key_points must be a whole number from 1 to 20"),
        ("key_points: true\n", "key_points must be a whole number from 1 to 20"),
        ("width: 10\n", "width must be a whole number from 20 to 1000"),
        ("width: 72.5\n", "width must be a whole number from 20 to 1000"),
        ("theme: 3\n", "theme must be a non-empty string"),
        ("theme: '  '\n", "theme must be a non-empty string"),
        ("- a list\n", "expected a mapping of settings (key: value)"),
        ("just words\n", "expected a mapping of settings (key: value)"),
    ],
)
def test_invalid_settings_are_refused_with_a_reason(text: str, reason: str) -> None:
    with pytest.raises(BriefingError) as caught:
        parse_config(text, source="c.yaml")
    assert caught.value.reason == reason


def test_unsafe_yaml_tags_are_refused() -> None:
    with pytest.raises(BriefingError, match="YAML error"):
        parse_config("theme: !!python/object/apply:os.system ['true']\n", source="c.yaml")


def test_config_that_is_a_directory_or_not_utf8(tmp_path: Path) -> None:
    with pytest.raises(BriefingError, match="is a directory"):
        load_config(tmp_path)
    bad = tmp_path / "bad.yaml"
    bad.write_bytes(b"theme: \xff\n")
    with pytest.raises(BriefingError, match="not valid UTF-8"):
        load_config(bad)


def test_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.yaml"
    path.write_bytes("\ufefftheme: solarized\n".encode())
    assert load_config(path).theme == "solarized"
