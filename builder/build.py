"""BuildConfig -> a dataset folder and a BuildReport: ingest, process and write, streaming.

The build writes into a staging folder beside the output and moves it into place only when it is
complete, so no partial dataset ever appears at the output path. A document that cannot be processed
becomes a Skip with a reason (or, with `strict`, stops the build naming the document).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from builder import __version__
from builder.card import write_card
from builder.dataset import (
    DOCUMENTS,
    SHARD_DOCS,
    InputDigest,
    ShardWriter,
    publish_atomically,
    staging_dir,
    write_manifest,
)
from builder.engines import ENGINES
from builder.engines.local import LocalEngine
from builder.engines.work import Processed, WorkOptions
from builder.errors import BuildError, QuotechainError
from builder.ingest import IngestOptions, read_inputs
from builder.records import BuildReport, Skip


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
    shard_docs: int = SHARD_DOCS
    strict: bool = False
    engine: str = "local"
    workers: int | None = 1  # None: one per core (the CLI's default); >1 needs the `__main__` guard in scripts
    master: str | None = None
    spark_conf: tuple[tuple[str, str], ...] = ()

    def work_options(self) -> WorkOptions:
        return WorkOptions(lang=self.lang, backend=self.backend, clean=self.clean, keep_text=self.keep_text)


# How a build runs, not what it builds: left out of the manifest, so every engine records the same options.
EXECUTION_FIELDS = ("out", "workers", "master", "spark_conf")


@dataclass(frozen=True)
class BuildEvent:
    """Progress of a build, reported once per input document."""

    documents: int
    skipped: int
    quotes: int
    source: str


ProgressCallback = Callable[[BuildEvent], None]


@dataclass
class Tally:
    """What a build has done so far; every engine fills one, and `finish_build` turns it into the record."""

    read: int = 0
    written: int = 0
    duplicates: int = 0
    quotes: dict[str, int] = field(default_factory=dict)
    skips: list[Skip] = field(default_factory=list)
    digest: InputDigest = field(default_factory=InputDigest)


def build(config: BuildConfig, progress: ProgressCallback | None = None) -> BuildReport:
    """Build the dataset described by `config`; returns what happened. Raises BuildError in strict mode."""
    if config.engine not in ENGINES:
        raise QuotechainError(f"unknown engine {config.engine!r}; choose one of: {', '.join(ENGINES)}")
    if config.engine == "spark":
        from builder.engines.spark import build_on_spark

        return build_on_spark(config, progress)
    out = Path(config.out)
    stage = staging_dir(out)
    if stage.exists():
        shutil.rmtree(stage)
    stage.mkdir(parents=True)
    writer = ShardWriter(stage, keep_text=config.keep_text, shard_docs=config.shard_docs)
    tally = Tally()
    seen: set[str] = set()
    options = IngestOptions(text_field=config.text_field, id_field=config.id_field)
    engine = LocalEngine(config.work_options(), config.workers)
    try:
        for outcome in engine.map(read_inputs(config.inputs, options)):
            tally.read += 1
            if isinstance(outcome, Skip):
                _skip(config, tally, outcome)
            else:
                _record(outcome, writer, tally, seen)
            if progress is not None:
                progress(BuildEvent(tally.read, len(tally.skips), sum(tally.quotes.values()), outcome.source))
        files = writer.finish()
        return finish_build(config, stage, files, writer.counts, tally)
    except BaseException:
        shutil.rmtree(stage, ignore_errors=True)
        raise


def finish_build(config: BuildConfig, stage: Path, files: dict[str, list[Path]], counts: dict[str, int],
                 tally: Tally) -> BuildReport:
    """Write the manifest and the card into the staging folder (its shards in place), publish, report."""
    out = Path(config.out)
    counts = {cfg: counts.get(cfg, 0) for cfg in files}
    warnings = () if config.license else ("no --license given: the dataset card says 'unknown'",)
    manifest = {
        "quotechain_version": __version__,
        "options": {k: v for k, v in asdict(config).items() if k not in EXECUTION_FIELDS},
        "input_digest": tally.digest.hexdigest(),
        "documents_read": tally.read, "documents_written": tally.written, "duplicates": tally.duplicates,
        "quotes_per_language": dict(sorted(tally.quotes.items())),
        "skips": [s.to_dict() for s in tally.skips],
    }
    write_manifest(stage, manifest)
    write_card(stage, counts, license_id=config.license,
               build={"quotechain": __version__, "backend": config.backend, "clean": config.clean,
                      "input digest": manifest["input_digest"], "documents": tally.written})
    publish_atomically(stage, out)
    return BuildReport(
        out_dir=str(out), documents_read=tally.read, documents_written=tally.written,
        duplicates=tally.duplicates, skips=tuple(tally.skips), quotes_per_language=dict(sorted(tally.quotes.items())),
        files=tuple((out / p.relative_to(stage)).as_posix() for ps in files.values() for p in ps),
        warnings=warnings)


def _skip(config: BuildConfig, tally: Tally, skip: Skip) -> None:
    if config.strict:
        raise BuildError(f"{skip.source}: {skip.reason} ({skip.detail})")
    tally.skips.append(skip)


def _record(done: Processed, writer: ShardWriter, tally: Tally, seen: set[str]) -> None:
    if done.content_hash in seen:
        tally.duplicates += 1
        return
    seen.add(done.content_hash)
    tally.digest.add(done.content_hash)
    writer.add_rows(done.rows)
    tally.written += 1
    for language in done.quote_languages:
        tally.quotes[language] = tally.quotes.get(language, 0) + 1


__all__ = ["DOCUMENTS", "BuildConfig", "BuildEvent", "Tally", "build", "finish_build"]
