"""BuildConfig -> a dataset folder and a BuildReport: ingest, process and write, streaming.

The build writes into a staging folder beside the output and moves it into place only when it is
complete, so no partial dataset ever appears at the output path. A document that cannot be processed
becomes a Skip with a reason (or, with `strict`, stops the build naming the document).
"""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from builder import __version__
from builder.api import process_document
from builder.card import check_license, read_eval_report, write_card
from builder.dataset import DOCUMENTS, SHARD_DOCS, ShardWriter, publish_atomically, staging_dir, write_manifest
from builder.errors import BuildError, DocumentError, QuotechainError
from builder.extract import get_extractor
from builder.ingest import IngestOptions, read_inputs
from builder.records import BuildReport, Document, Skip
from builder.resources import lexicon_dir


@dataclass(frozen=True)
class BuildConfig:
    """Everything a build needs; the CLI maps its options one to one onto these fields."""

    inputs: tuple[str, ...]
    out: str
    lang: str | None = None
    backend: str = "rules"
    clean: str = "auto"
    text_field: str = "text"
    id_field: str | None = None
    keep_text: bool = True
    license: str | None = None
    eval_report: str | None = None  # score.py --json output, shown in the card as measured quality
    shard_docs: int = SHARD_DOCS
    strict: bool = False
    stanza_dir: str | None = None


@dataclass(frozen=True)
class BuildEvent:
    """Progress of a build, reported once per input document."""

    documents: int
    skipped: int
    quotes: int
    source: str


ProgressCallback = Callable[[BuildEvent], None]


@dataclass
class _Tally:
    read: int = 0
    written: int = 0
    duplicates: int = 0
    quotes: dict[str, int] = field(default_factory=dict)
    skips: list[Skip] = field(default_factory=list)
    digest: hashlib._Hash = field(default_factory=hashlib.sha1)


def build(config: BuildConfig, progress: ProgressCallback | None = None) -> BuildReport:
    """Build the dataset described by `config`; returns what happened. Raises BuildError in strict mode."""
    out = Path(config.out)
    check_license(config.license)
    evaluation = read_eval_report(config.eval_report) if config.eval_report else None
    stage = staging_dir(out)
    if stage.exists():
        shutil.rmtree(stage)
    stage.mkdir(parents=True)
    writer = ShardWriter(stage, keep_text=config.keep_text, shard_docs=config.shard_docs)
    tally = _Tally()
    seen: set[str] = set()
    options = IngestOptions(text_field=config.text_field, id_field=config.id_field)
    try:
        for item in read_inputs(config.inputs, options):
            tally.read += 1
            if isinstance(item, Skip):
                _skip(config, tally, item)
            else:
                _process(config, item, writer, tally, seen)
            if progress is not None:
                progress(BuildEvent(tally.read, len(tally.skips), sum(tally.quotes.values()),
                                    item.source if isinstance(item, Skip) else (item.source or item.doc_id)))
        files = writer.finish()
        counts = {cfg: writer.counts.get(cfg, 0) for cfg in files}
        warnings = () if config.license else ("no --license given: the dataset card says 'unknown'",)
        manifest = {
            "quotechain_version": __version__,
            "options": {k: v for k, v in asdict(config).items() if k != "out"},
            "input_digest": tally.digest.hexdigest()[:16],
            "documents_read": tally.read, "documents_written": tally.written, "duplicates": tally.duplicates,
            "quotes_per_language": dict(sorted(tally.quotes.items())),
            "skips": [s.to_dict() for s in tally.skips],
            "license": config.license,
            **provenance(config.backend, [c for c in counts if c != DOCUMENTS]),
        }
        if evaluation is not None:
            manifest["eval"] = evaluation
        write_manifest(stage, manifest)
        write_card(stage)
        publish_atomically(stage, out)
    except BaseException:
        shutil.rmtree(stage, ignore_errors=True)
        raise
    return BuildReport(
        out_dir=str(out), documents_read=tally.read, documents_written=tally.written,
        duplicates=tally.duplicates, skips=tuple(tally.skips), quotes_per_language=dict(sorted(tally.quotes.items())),
        files=tuple((out / p.relative_to(stage)).as_posix() for ps in files.values() for p in ps),
        warnings=warnings)


def provenance(backend: str, languages: list[str]) -> dict[str, Any]:
    """For the card: build date (SOURCE_DATE_EPOCH when set), lexicon digests, models used per language."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    when = datetime.fromtimestamp(int(epoch), tz=UTC) if epoch and epoch.isdigit() else datetime.now(UTC)
    langs = sorted(languages)
    return {
        "built_at": when.date().isoformat(),
        "lexicons": {lang: hashlib.sha1((lexicon_dir() / f"{lang}.toml").read_bytes()).hexdigest()[:16]
                     for lang in langs if (lexicon_dir() / f"{lang}.toml").exists()},
        "models": {lang: list(getattr(get_extractor(backend, lang), "models", ())) for lang in langs},
    }


def _skip(config: BuildConfig, tally: _Tally, skip: Skip) -> None:
    if config.strict:
        raise BuildError(f"{skip.source}: {skip.reason} ({skip.detail})")
    tally.skips.append(skip)


def _process(config: BuildConfig, doc: Document, writer: ShardWriter, tally: _Tally, seen: set[str]) -> None:
    try:
        result = process_document(doc, lang=config.lang, backend=config.backend, clean=config.clean,
                                  model_dir=config.stanza_dir)
    except DocumentError as e:
        _skip(config, tally, Skip(doc.source or doc.doc_id, e.reason, e.detail))
        return
    except QuotechainError:
        raise
    except Exception as e:  # a bug on one document must not lose the build: record it and go on
        _skip(config, tally, Skip(doc.source or doc.doc_id, "error", f"{type(e).__name__}: {e}"))
        return
    key = result.document.content_hash
    if key in seen:
        tally.duplicates += 1
        return
    seen.add(key)
    tally.digest.update(key.encode())
    writer.add(result)
    tally.written += 1
    for q in result.quotes:
        tally.quotes[q.language] = tally.quotes.get(q.language, 0) + 1


__all__ = ["DOCUMENTS", "BuildConfig", "BuildEvent", "build"]
