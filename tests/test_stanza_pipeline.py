"""The real stanza Pipeline on the tiny models in tests/fixtures/stanza, with the network blocked.

The models (scripts/train_tiny_stanza.py) are far too small to be accurate: these tests check
structure and wiring (offline loading, caching, offsets, the filter, the CLI and the build), never
the linguistic quality of what comes out.
"""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

pytest.importorskip("stanza")

from builder.cli import app
from builder.extract import resolve_backend
from builder.extract.stanza.backend import StanzaExtractor
from builder.extract.stanza.models import installed_models, load_pipeline
from builder.segment import TextIndex

MODELS = Path(__file__).parent / "fixtures" / "stanza"
runner = CliRunner()


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Any attempt to open a connection fails the test: the pipeline must never touch the network."""
    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError(f"network access attempted: {args[1:] if len(args) > 1 else args}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    yield


def test_fixture_models_are_complete_and_small() -> None:
    for lang in ("en", "ru"):
        models = installed_models(lang, MODELS)
        assert models.complete, models.missing
        assert {"tokenize", "pos", "lemma", "depparse"} <= set(models.processors)
    assert "mwt" in installed_models("en", MODELS).processors
    assert "mwt" not in installed_models("ru", MODELS).processors
    size = sum(p.stat().st_size for p in MODELS.rglob("*") if p.is_file())
    assert size <= 20_000_000
    assert (MODELS / "README.md").is_file() and (MODELS / "UD_English-EWT.LICENSE.txt").is_file()


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_pipeline_loads_offline_once(lang: str) -> None:
    nlp = load_pipeline(lang, MODELS)
    assert load_pipeline(lang, MODELS) is nlp
    assert {"tokenize", "pos", "lemma", "depparse"} <= set(nlp.processors)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", 'The weather was cold on Monday. "We will win," Smith said. Prices rose.'),
    ("ru", "В Москве было холодно. «Мы победим», — заявил министр. Цены выросли."),
])
def test_parse_gives_trees_with_offsets_and_filters(lang: str, text: str) -> None:
    extractor = StanzaExtractor(lang, MODELS)
    sentences = extractor.parse(TextIndex(text, lang))
    assert extractor.total_sentences == 3 and extractor.parsed_sentences == 1
    assert sentences
    for sent in sentences:
        ids = {w.id for w in sent}
        assert sum(1 for w in sent if w.head == 0) >= 1
        for w in sent:
            assert w.head == 0 or w.head in ids
            assert 0 <= w.start < w.end <= len(text)
            assert text[w.start:w.end].strip()
    everything = StanzaExtractor(lang, MODELS, parse_all=True)
    everything.parse(TextIndex(text, lang))
    assert everything.parsed_sentences == 3


def test_auto_picks_stanza_with_the_fixture_models() -> None:
    assert resolve_backend("auto", "en", str(MODELS)) == "stanza"
    assert resolve_backend("auto", "ru", str(MODELS)) == "stanza"


@pytest.mark.parametrize("sample", ["yonhap.txt", "ru_metro.txt"])
def test_extract_cli_runs_offline(sample: str, samples_dir: Path) -> None:
    result = runner.invoke(app, ["extract", "--backend", "stanza", "--stanza-dir", str(MODELS), "--clean", "none",
                                 str(samples_dir / sample)])
    assert result.exit_code == 0, result.output
    text = (samples_dir / sample).read_text(encoding="utf-8")
    for row in (json.loads(x) for x in result.stdout.splitlines() if x.strip()):
        assert row["backend"] == "stanza"
        for span in [*row["content"], row["speaker"]]:
            if span is not None:
                assert text[span["start"]:span["end"]] == span["text"]
        if row["cue"]:  # a discontinuous cue joins its pieces with a space
            assert text[row["cue"]["start"]:row["cue"]["end"]].startswith(row["cue"]["text"].split(" ")[0])


def test_build_with_auto_backend_validates(samples_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", str(samples_dir), "--out", str(out), "--backend", "auto",
                                 "--stanza-dir", str(MODELS)])
    assert result.exit_code == 0, result.output
    assert runner.invoke(app, ["validate", str(out)]).exit_code == 0


@pytest.mark.slow
def test_training_script_makes_a_loadable_model_folder(tmp_path: Path, shared_dir: Path) -> None:
    """scripts/train_tiny_stanza.py end to end on a slice of UD English (seconds, not minutes)."""
    import subprocess
    import sys

    out = tmp_path / "models"
    script = Path(__file__).parents[1] / "scripts" / "train_tiny_stanza.py"
    done = subprocess.run([sys.executable, str(script), "--ud", str(shared_dir / "ud"), "--out", str(out),
                           "--lang", "en", "--steps", "4", "--max-sentences", "120"],
                          capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    models = installed_models("en", out)
    assert models.complete and "mwt" in models.processors
    assert (out / "README.md").is_file() and (out / "UD_English-EWT.LICENSE.txt").is_file()
    sentences = StanzaExtractor("en", out).parse(TextIndex('"We will win," Smith said.', "en"))
    assert sentences and all(w.end <= 26 for s in sentences for w in s)
