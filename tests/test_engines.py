"""The local engine: outcomes in input order, the same bytes for any number of workers; fast row encoding."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from builder.build import BuildConfig, build
from builder.cli import app
from builder.dataset import encode_result
from builder.engines.local import LocalEngine, default_workers
from builder.engines.work import Processed, process_and_encode
from builder.errors import InputError, QuotechainError
from builder.records import Document, Skip
from builder.schema import encode_row, features


def _corpus(samples_dir: Path, n: int) -> list[Document | Skip]:
    """n documents cycling through the samples, each made unique, with a Skip every tenth item."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(samples_dir.glob("*.txt"))]
    items: list[Document | Skip] = []
    for i in range(n):
        if i % 10 == 9:
            items.append(Skip(f"bad-{i}", "binary", "test"))
        else:
            items.append(Document(f"doc-{i}", f"{texts[i % len(texts)]}\n\n({i})", source=f"src-{i}"))
    return items


def _digests(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file() and p.name != "quotechain.json"}


CONFIG = BuildConfig(inputs=(), out="unused")


def test_pool_keeps_input_order_and_gives_what_one_process_gives(samples_dir: Path) -> None:
    items = list(enumerate(_corpus(samples_dir, 90)))
    one = list(LocalEngine(CONFIG, workers=1).map(items))
    two = list(LocalEngine(CONFIG, workers=2, batch_docs=8).map(iter(items)))
    assert two == one
    assert [tag for tag, _ in two] == list(range(90))
    assert [o.source for _, o in two] == [i.source for _, i in items]
    assert sum(isinstance(o, Processed) for _, o in two) == 81


def test_workers_give_byte_identical_datasets(samples_dir: Path, tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    import json

    src.write_text("".join(json.dumps({"doc_id": d.doc_id, "text": d.text}, ensure_ascii=False) + "\n"
                           for d in _corpus(samples_dir, 120) if isinstance(d, Document)), encoding="utf-8")
    outs = []
    for workers in (1, 2):
        out = tmp_path / f"w{workers}"
        report = build(BuildConfig(inputs=(str(src),), out=str(out), workers=workers, shard_docs=40,
                                   clean="none"))
        assert report.documents_written == 108
        outs.append(_digests(out))
    assert outs[0] == outs[1]
    assert len([k for k in outs[0] if k.startswith("data/documents/")]) == 3


def test_build_does_not_depend_on_the_hash_seed(samples_dir: Path, tmp_path: Path) -> None:
    """Workers are separate interpreters with their own hash seeds; output must not see the difference."""
    digests = []
    for seed in ("1", "2"):
        out = tmp_path / f"seed{seed}"
        code = ("from builder.build import BuildConfig, build; "
                f"build(BuildConfig(inputs=({str(samples_dir)!r},), out={str(out)!r}))")
        subprocess.run([sys.executable, "-c", code], check=True, env={**os.environ, "PYTHONHASHSEED": seed})
        digests.append(_digests(out))
    assert digests[0] == digests[1]


def test_unknown_backend_fails_before_any_worker_starts() -> None:
    engine = LocalEngine(BuildConfig(inputs=(), out="unused", backend="nope"), workers=2)
    with pytest.raises(QuotechainError, match="unknown backend"):
        list(engine.map([(0, Document("a", '"Yes," Smith said.'))]))


def test_workers_must_be_positive() -> None:
    with pytest.raises(QuotechainError, match="at least 1"):
        LocalEngine(CONFIG, workers=0)
    assert default_workers() >= 1


def test_a_document_that_fails_becomes_a_skip() -> None:
    outcome = process_and_encode(Document("a", "   "), CONFIG)
    assert isinstance(outcome, Skip) and outcome.source == "a" and outcome.reason == "empty"
    skip = Skip("x", "binary")
    assert process_and_encode(skip, CONFIG) is skip


def test_fast_row_encoding_matches_features_encode_example(samples_dir: Path) -> None:
    from builder.api import process_document

    n = 0
    for path in sorted(samples_dir.glob("*.txt")):
        result = process_document(Document(path.name, path.read_text(encoding="utf-8")))
        for q in result.quotes:
            row = q.to_row()
            assert encode_row("quotes", row) == dict(features("quotes").encode_example(row))
            n += 1
        doc_row = result.document_row()
        assert encode_row("documents", doc_row) == dict(features("documents").encode_example(doc_row))
        assert encode_result(result)[0] == ("documents", encode_row("documents", doc_row))
    assert n > 10


@pytest.mark.parametrize("value", ["nonsense", 7, -1])
def test_fast_row_encoding_refuses_bad_labels(value: object) -> None:
    with pytest.raises(QuotechainError):
        encode_row("quotes", {"kind": value})


def test_cli_workers_and_engine_options(samples_dir: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["build", str(samples_dir), "--out", str(tmp_path / "o"), "--workers", "2"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["build", str(samples_dir), "--out", str(tmp_path / "o"), "--engine", "nope"])
    assert result.exit_code == 1 and "unknown engine" in result.output
    result = runner.invoke(app, ["build", str(samples_dir), "--out", str(tmp_path / "o"), "--engine", "spark",
                                 "--spark-conf", "novalue"])
    assert result.exit_code == 2 and "KEY=VALUE" in result.output


def test_strict_build_with_workers_stops_cleanly(samples_dir: Path, tmp_path: Path) -> None:
    import json

    from builder.errors import BuildError

    src = tmp_path / "in.jsonl"
    lines = [json.dumps({"doc_id": d.doc_id, "text": d.text}, ensure_ascii=False)
             for d in _corpus(samples_dir, 100) if isinstance(d, Document)]
    lines.insert(70, "{broken")
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(BuildError, match="bad-json"):
        build(BuildConfig(inputs=(str(src),), out=str(tmp_path / "out"), workers=2, strict=True))
    assert not (tmp_path / "out").exists()  # the staging folder stays, for --resume


@pytest.mark.parametrize("raw", ["-", "hf:someone/news", "crawl/**/*.html"])
def test_spark_refuses_inputs_only_this_process_can_read(raw: str, tmp_path: Path) -> None:
    """Standard input, hf: datasets and globs have no file listing for executors: a typed error before Spark starts."""
    with pytest.raises(InputError, match="local engine only"):
        build(BuildConfig(inputs=(raw,), out=str(tmp_path / "out"), engine="spark"))
    assert not (tmp_path / "out").exists()
