"""CLI wiring: every command is documented, maps to the API, and exits with the right code."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from builder.cli import app

runner = CliRunner()


def all_commands() -> list[tuple[str, Any]]:
    """(name, command) for every command and sub-command (typer ships its own click, so duck-type)."""
    root = get_command(app)
    out = []
    for name, cmd in root.commands.items():  # type: ignore[attr-defined]
        out.append((name, cmd))
        out.extend((f"{name} {sub}", c) for sub, c in getattr(cmd, "commands", {}).items())
    return out


@pytest.mark.parametrize(("name", "command"), all_commands())
def test_every_command_and_option_is_documented(name: str, command: Any) -> None:
    assert command.help and command.help.strip(), f"{name} has no help text"
    for param in command.params:
        if param.param_type_name == "option":
            assert param.help, f"{name} {param.opts} has no help text"
    result = runner.invoke(app, [*name.split(), "--help"])
    assert result.exit_code == 0


def test_readme_documents_every_command() -> None:
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    for name, _ in all_commands():
        assert f"quotechain {name}" in readme, f"README does not mention `quotechain {name}`"


def test_extract_prints_json_lines(samples_dir: Path) -> None:
    result = runner.invoke(app, ["extract", str(samples_dir / "yonhap.txt")])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert len(rows) >= 3
    assert {r["speaker_name"] for r in rows} >= {"Ned Price"}
    assert all(r["doc_id"] == "yonhap.txt" for r in rows)


def test_extract_to_file(samples_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "q.jsonl"
    result = runner.invoke(app, ["extract", str(samples_dir / "ru_metro.txt"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    langs = [json.loads(x)["language"] for x in out.read_text(encoding="utf-8").splitlines()]
    assert len(langs) >= 2 and set(langs) == {"ru"}


def test_build_then_validate(samples_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "ds"
    result = runner.invoke(app, ["build", str(samples_dir), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "documents read" in result.output and "quotes: en" in result.output
    result = runner.invoke(app, ["validate", str(out)])
    assert result.exit_code == 0, result.output


def test_validate_fails_on_a_folder_that_is_not_a_dataset(tmp_path: Path) -> None:
    result = runner.invoke(app, ["validate", str(tmp_path)])
    assert result.exit_code == 1
    assert "README.md" in result.output


def test_missing_input_is_an_error_not_a_traceback(tmp_path: Path) -> None:
    result = runner.invoke(app, ["build", str(tmp_path / "nope"), "--out", str(tmp_path / "o")])
    assert result.exit_code == 1
    assert "no such file" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_unknown_backend_is_reported(samples_dir: Path) -> None:
    result = runner.invoke(app, ["extract", str(samples_dir / "yonhap.txt"), "--backend", "nope"])
    assert result.exit_code == 1
    assert "unknown backend" in result.output


def test_build_from_stdin_and_clean_explain(samples_dir: Path, tmp_path: Path) -> None:
    text = (samples_dir / "interfax.txt").read_bytes()
    out = tmp_path / "ds"
    result = runner.invoke(app, ["build", "-", "--out", str(out)], input=text)
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["clean", str(samples_dir / "interfax.txt"), "--explain"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Blinken discussed Ukraine")
    assert "[navigation] Войти" in result.output and "[prompt] ПОДПИСКА НА НОВОСТИ" in result.output


def test_strict_names_the_document_and_resume_finishes(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for i in range(6):
        (src / f"a{i}.txt").write_text(f'"We will win number {i}," Smith said on Tuesday.', encoding="utf-8")
    (src / "b_empty.txt").write_bytes(b"")
    out = tmp_path / "ds"
    result = runner.invoke(app, ["build", str(src), "--out", str(out), "--strict", "--shard-docs", "2"])
    assert result.exit_code == 1
    assert "b_empty.txt" in result.output and "empty" in result.output
    assert not out.exists()
    result = runner.invoke(app, ["build", str(src), "--out", str(out), "--shard-docs", "2", "--resume"])
    assert result.exit_code == 0, result.output
    assert "skipped: empty" in result.output


def test_quoted_glob_input(samples_dir: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", f"{samples_dir}/ru_*.txt"])
    assert result.exit_code == 0, result.output
    assert {json.loads(x)["doc_id"] for x in result.stdout.splitlines()} == {"ru_metro.txt", "ru_theatre.txt"}
