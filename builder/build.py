"""BuildConfig -> a dataset folder and a BuildReport: read, process and write, streaming.

The loop has three parts, so that a parallel map can replace the middle one:
  read_inputs (Document | Skip, in input order) -> process_item (pure: one item -> DocumentResult
  | Skip) -> commit (dedupe by content hash, then by doc_id, ShardWriter, shard records).
Shard k holds input positions [k*N, (k+1)*N). The build writes into a staging folder beside the
output and moves it into place only when complete, so no partial dataset ever appears at the
output path. A finished shard is recorded there, so `resume` re-reads the inputs but processes only
unfinished shards, and gives the same files as an uninterrupted build. One bad document never stops
a build: it becomes a Skip with a reason (with `strict`, the build stops and names it).

Dedupe, first one wins in input order: a text seen before is a `duplicate`; then a document whose
doc_id an earlier document already wrote is a `duplicate-id` (its text still counts as seen, so the
two rules never depend on each other's outcome and a Spark build finds the same in two joins).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from builder import __version__, resume
from builder.api import process_document
from builder.card import check_license, read_eval_report, write_card
from builder.dataset import (
    DOCUMENTS,
    SHARD_DOCS,
    ShardWriter,
    finalize_shards,
    part_sources,
    publish_atomically,
    staging_dir,
    write_manifest,
)
from builder.engines import ENGINES
from builder.engines.local import LocalEngine
from builder.engines.work import Processed
from builder.errors import BuildError, DocumentError, LexiconError, QuotechainError, SchemaError
from builder.extract import get_extractor
from builder.ingest import MAX_CHARS, STDIN, IngestOptions, check_inputs, fingerprint, read_inputs
from builder.lexicon import available_languages
from builder.records import BuildReport, Document, DocumentResult, Skip
from builder.resources import lexicon_dir
from builder.resume import ShardRecord

# Options that do not change what a build writes: a build may be resumed with other values, and every
# engine and number of workers records the same options.
NOT_IN_IDENTITY = ("out", "resume", "strict", "engine", "workers", "master", "spark_conf")


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
    stanza_dir: str | None = None  # the stanza backend's model folder
    resume: bool = False
    max_chars: int = MAX_CHARS
    engine: str = "local"  # or "spark" (builder.engines.spark)
    workers: int | None = 1  # local engine processes; None: one per core (the CLI's default)
    master: str | None = None  # Spark master
    spark_conf: tuple[tuple[str, str], ...] = ()

    @property
    def ingest_options(self) -> IngestOptions:
        return IngestOptions(text_field=self.text_field, id_field=self.id_field, max_chars=self.max_chars)


@dataclass(frozen=True)
class BuildEvent:
    """Progress of a build, reported once per input document."""

    documents: int
    skipped: int
    quotes: int
    source: str


ProgressCallback = Callable[[BuildEvent], None]


def process_item(item: Document | Skip, config: BuildConfig) -> DocumentResult | Skip:
    """One input item -> its result, or a Skip saying why not. Pure: no state, no I/O."""
    if isinstance(item, Skip):
        return item
    where = item.source or item.doc_id
    try:
        return process_document(item, lang=config.lang, backend=config.backend, clean=config.clean,
                                model_dir=config.stanza_dir)
    except DocumentError as e:
        return Skip(where, e.reason, e.detail)
    except (LexiconError, SchemaError):
        raise  # the installation is broken, not the document
    except RecursionError as e:
        return Skip(where, "error", f"RecursionError: {e}")
    except Exception as e:  # a bug on one document must not lose the build: record it and go on
        return Skip(where, "error", f"{type(e).__name__}: {e}")


SOURCE_CACHE = 8  # finished shards whose doc_id -> source tables are kept, for duplicate-id details


def id_key(doc_id: str) -> int:
    """A doc_id as a build remembers it: 128 bits of its hash, a fraction of a long URL's memory."""
    return int.from_bytes(hashlib.blake2b(doc_id.encode("utf-8"), digest_size=16).digest(), "big")


@dataclass
class _Run:
    """What the build knows while it goes: finished shards, and the hashes and ids written so far.

    Memory grows by two small ints per document (its text's hash, its id's hash); the sources that a
    duplicate-id skip names are kept for the open shard only and read back from a finished shard's
    documents file when needed (rarely: usually no id repeats).
    """

    config: BuildConfig
    writer: ShardWriter
    stage: Path
    done: dict[int, ShardRecord]
    first_shard_of: dict[int, int] = field(default_factory=dict)  # content hash -> shard that wrote it
    first_shard_of_id: dict[int, int] = field(default_factory=dict)  # id_key(doc_id) -> shard that wrote it
    sources: dict[str, str] = field(default_factory=dict)  # doc_id -> source, written in the open shard
    shard_sources: dict[int, dict[str, str]] = field(default_factory=dict)  # the same, of finished shards read
    record: ShardRecord | None = None
    position: int = 0
    skipped: int = 0
    quotes: int = 0

    def __post_init__(self) -> None:
        for k, rec in sorted(self.done.items()):  # records come in shard order: first wins
            for h in (*rec.written, *rec.held):
                self.first_shard_of.setdefault(int(h, 16), k)
            for doc_id in rec.ids:
                self.first_shard_of_id.setdefault(id_key(doc_id), k)

    def open(self, shard: int) -> None:
        self.record = ShardRecord(shard)
        self.writer.open(shard)

    def commit(self, item: Document | Skip, outcome: Processed | Skip) -> None:
        """Add one item's outcome to the open shard: a skip, a duplicate (text or id), or rows."""
        rec = self.record
        assert rec is not None
        rec.items += 1
        if isinstance(outcome, Skip):
            self._skip(item, outcome)
            return
        h = outcome.content_hash
        key = int(h, 16)
        prior = self.first_shard_of.get(key)
        if prior is not None and prior <= rec.shard:  # the same text earlier in the input
            rec.duplicates += 1
            rec.skips.append(duplicate_skip(outcome.source, h))
            return
        ident = id_key(outcome.doc_id)
        prior = self.first_shard_of_id.get(ident)
        if prior is not None and prior <= rec.shard:  # another text under an id already written
            earlier = self._source_of(outcome.doc_id, prior)
            self._skip(item, duplicate_id_skip(outcome.source, outcome.doc_id, earlier))
            self.first_shard_of[key] = rec.shard
            rec.held.append(h)
            return
        self.first_shard_of[key] = rec.shard
        self.first_shard_of_id[ident] = rec.shard
        rec.written.append(h)
        rec.ids.append(outcome.doc_id)
        self.sources[outcome.doc_id] = outcome.source
        self.writer.add_rows(outcome.rows)
        languages = outcome.quote_languages
        for language in languages:
            rec.quotes[language] = rec.quotes.get(language, 0) + 1
        self.quotes += len(languages)

    def _skip(self, item: Document | Skip, skip: Skip) -> None:
        rec = self.record
        assert rec is not None
        if self.config.strict:
            named = f"{item.doc_id} ({skip.source})" if isinstance(item, Document) else skip.source
            raise BuildError(f"--strict: {named}: {skip.reason}: {skip.detail} (the finished shards are "
                             f"kept in {self.stage}; fix the input, or rerun with --resume without --strict)")
        rec.skips.append(skip)
        self.skipped += 1

    def _source_of(self, doc_id: str, shard: int) -> str:
        """The source of the document that wrote `doc_id` in `shard` (open or finished)."""
        if self.record is not None and shard == self.record.shard:
            return self.sources.get(doc_id, doc_id)
        if shard not in self.shard_sources:
            if len(self.shard_sources) >= SOURCE_CACHE:
                del self.shard_sources[next(iter(self.shard_sources))]
            self.shard_sources[shard] = part_sources(self.stage, shard)
        return self.shard_sources[shard].get(doc_id, doc_id)

    def close(self) -> None:
        rec = self.record
        if rec is None:
            return
        rec.rows = self.writer.close()
        resume.save_shard(self.stage, rec)
        self.done[rec.shard] = rec
        self.record = None
        self.sources = {}


def duplicate_skip(source: str, content_hash: str) -> Skip:
    return Skip(source, "duplicate", f"same text (content hash {content_hash}) as an earlier document")


def duplicate_id_skip(source: str, doc_id: str, earlier: str) -> Skip:
    return Skip(source, "duplicate-id", f"id {doc_id!r} already used by an earlier document ({earlier}); "
                                        "give each document its own id (--id-field)")


def _shards(items: Iterator[Document | Skip], size: int) -> Iterator[tuple[int, Document | Skip]]:
    """(shard number, item) for every input item: shard k = input positions [k*size, (k+1)*size)."""
    for position, item in enumerate(items):
        yield position // size, item


def build(config: BuildConfig, progress: ProgressCallback | None = None) -> BuildReport:
    """Build the dataset described by `config`; returns what happened.

    Raises InputError before anything is written when an input does not exist, BuildError in strict
    mode or when `resume` meets a different unfinished build. On any failure the staging folder
    keeps the finished shards, for `resume`.
    """
    if config.shard_docs < 1:
        raise BuildError("shard size must be at least 1")
    if config.engine not in ENGINES:
        raise QuotechainError(f"unknown engine {config.engine!r}; choose one of: {', '.join(ENGINES)}")
    if config.engine == "spark":
        from builder.engines.spark import build_on_spark

        return build_on_spark(config, progress)
    check_inputs(config.inputs)
    for code in available_languages():
        get_extractor(config.backend, code, config.stanza_dir)  # an unknown backend fails here, not per document
    if config.resume and STDIN in config.inputs:
        raise BuildError("--resume cannot re-read standard input")
    out = Path(config.out)
    check_license(config.license)
    evaluation = read_eval_report(config.eval_report) if config.eval_report else None
    stage = staging_dir(out)
    identity = {"quotechain": __version__, "inputs_fingerprint": fingerprint(config.inputs),
                "options": {k: v for k, v in asdict(config).items() if k not in NOT_IN_IDENTITY}}
    done = resume.start(stage, identity, config.resume)
    run = _Run(config, ShardWriter(stage, keep_text=config.keep_text), stage, done)
    try:
        _run(run, progress)
    except BaseException:
        run.writer.discard()
        raise
    return _publish(config, run.done, out, stage, evaluation)


def _run(run: _Run, progress: ProgressCallback | None) -> None:
    config = run.config

    def todo() -> Iterator[tuple[tuple[int, Document | Skip], Document | Skip]]:
        for shard, item in _shards(read_inputs(config.inputs, config.ingest_options), config.shard_docs):
            if shard in run.done:
                run.position += 1  # finished by an earlier run: read past it
                continue
            yield (shard, item), item

    # The engine runs process_item on every item (in worker processes with --workers N) and gives the
    # outcomes back in input order, so shards, dedupe and files are those of a one-process build.
    for (shard, item), outcome in LocalEngine(config, config.workers).map(todo()):
        run.position += 1
        if run.record is None or run.record.shard != shard:
            run.close()
            run.open(shard)
        run.commit(item, outcome)
        if progress is not None:
            progress(BuildEvent(run.position, run.skipped, run.quotes,
                                item.source if isinstance(item, Skip) else (item.source or item.doc_id)))
    run.close()


def _publish(config: BuildConfig, done: dict[int, ShardRecord], out: Path, stage: Path,
             evaluation: dict[str, Any] | None) -> BuildReport:
    """Manifest, card and the move into place, from the finished shards' records (any engine's)."""
    records = [done[k] for k in sorted(done)]
    digest = hashlib.sha1()
    quotes: dict[str, int] = {}
    rows: dict[str, int] = {}
    for rec in records:
        for h in rec.written:
            digest.update(h.encode())
        for table, add in ((quotes, rec.quotes), (rows, rec.rows)):
            for k, v in add.items():
                table[k] = table.get(k, 0) + v
    read = sum(r.items for r in records)
    written = sum(len(r.written) for r in records)
    duplicates = sum(r.duplicates for r in records)
    skips = [s for r in records for s in r.skips]
    files = finalize_shards(stage)
    counts = {cfg: rows.get(cfg, 0) for cfg in files}
    warnings = () if config.license else ("no --license given: the dataset card says 'unknown'",)
    manifest = {
        "quotechain_version": __version__,
        "options": {k: v for k, v in asdict(config).items() if k not in NOT_IN_IDENTITY},
        "input_digest": digest.hexdigest()[:16],
        "documents_read": read, "documents_written": written, "duplicates": duplicates,
        "quotes_per_language": dict(sorted(quotes.items())),
        "skips": [s.to_dict() for s in skips],
        "license": config.license,
        **provenance(config.backend, [c for c in counts if c != DOCUMENTS], config.stanza_dir),
    }
    if evaluation is not None:
        manifest["eval"] = evaluation
    resume.finish(stage)
    write_manifest(stage, manifest)
    write_card(stage)
    publish_atomically(stage, out)
    return BuildReport(
        out_dir=str(out), documents_read=read, documents_written=written, duplicates=duplicates,
        skips=tuple(skips), quotes_per_language=dict(sorted(quotes.items())),
        files=tuple((out / p.relative_to(stage)).as_posix() for ps in files.values() for p in ps),
        warnings=warnings)


def provenance(backend: str, languages: list[str], model_dir: str | None = None) -> dict[str, Any]:
    """For the card: build date (SOURCE_DATE_EPOCH when set), lexicon digests, models used per language."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    when = datetime.fromtimestamp(int(epoch), tz=UTC) if epoch and epoch.isdigit() else datetime.now(UTC)
    langs = sorted(languages)
    return {
        "built_at": when.date().isoformat(),
        "lexicons": {lang: hashlib.sha1((lexicon_dir() / f"{lang}.toml").read_bytes()).hexdigest()[:16]
                     for lang in langs if (lexicon_dir() / f"{lang}.toml").exists()},
        "models": {lang: list(getattr(get_extractor(backend, lang, model_dir), "models", ())) for lang in langs},
    }


__all__ = ["DOCUMENTS", "BuildConfig", "BuildEvent", "build", "process_item"]
