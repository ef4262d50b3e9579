"""A built dataset folder -> DatasetStats: counts read from its parquet files, for the card and the report.

Per quote language: documents, quotes per kind, speaker mentions, resolved speakers, nesting, chain
depths (links in `chain`), speaker types, cue types, speakers and cue lemmas; over the whole build:
documents per language, quotes per source (the outlet a document names, else its URL's host) and the
parquet files. Only the needed columns are read, batch by batch, and counted with pyarrow.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import datasets
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from builder.dataset import DOCUMENTS, configs_of, contract_of
from builder.errors import InputError
from builder.records import CUE_TYPES, KINDS, SPEAKER_TYPES
from builder.schema import features

NO_SOURCE = "(no source named)"
BATCH = 65_536
QUOTE_COLUMNS = ("doc_id", "kind", "speaker", "speaker_name", "speaker_type", "cue", "cue_type", "parent_id",
                 "chain")
DOCUMENT_COLUMNS = ("language", "text", "doc_source", "source", "n_quotes")


@dataclass
class LanguageStats:
    """Counts over the rows of one quote config."""

    language: str
    documents: int = 0  # rows of the documents config in this language
    documents_with_quotes: int = 0  # distinct doc_id among this config's rows
    quotes: int = 0
    kinds: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    with_speaker: int = 0  # a speaker mention (span) is given
    resolved: int = 0  # speaker_name is not null
    nested: int = 0  # parent_id is not null
    chain_depths: Counter[int] = field(default_factory=Counter)
    speaker_types: dict[str, int] = field(default_factory=lambda: dict.fromkeys(SPEAKER_TYPES, 0))
    cue_types: dict[str, int] = field(default_factory=lambda: dict.fromkeys(CUE_TYPES, 0))
    speakers: Counter[str] = field(default_factory=Counter)
    cues: Counter[str] = field(default_factory=Counter)

    @property
    def resolved_share(self) -> float:
        return self.resolved / self.quotes if self.quotes else 0.0

    def top_speakers(self, n: int) -> list[tuple[str, int]]:
        return top(self.speakers, n)

    def top_cues(self, n: int) -> list[tuple[str, int]]:
        return top(self.cues, n)


@dataclass(frozen=True)
class ParquetFile:
    config: str
    path: str  # relative to the dataset folder, '/'-separated
    rows: int
    bytes: int  # on disk
    memory_bytes: int  # uncompressed, as parquet's row-group metadata states it


@dataclass
class DatasetStats:
    """Everything the card and the report show about a built dataset."""

    languages: dict[str, LanguageStats] = field(default_factory=dict)
    documents: int = 0
    documents_by_language: Counter[str] = field(default_factory=Counter)
    documents_with_text: int = 0
    quotes_by_source: Counter[str] = field(default_factory=Counter)
    files: list[ParquetFile] = field(default_factory=list)

    @property
    def quotes(self) -> int:
        return sum(s.quotes for s in self.languages.values())

    @property
    def chain_depths(self) -> list[int]:
        """Every chain depth that occurs in any language, ascending."""
        return sorted({d for s in self.languages.values() for d in s.chain_depths})

    def rows(self, config: str) -> int:
        return sum(f.rows for f in self.files if f.config == config)

    def speakers(self) -> Counter[str]:
        out: Counter[str] = Counter()
        for s in self.languages.values():
            out.update(s.speakers)
        return out

    def cues(self) -> Counter[str]:
        out: Counter[str] = Counter()
        for s in self.languages.values():
            out.update(s.cues)
        return out


def top(counter: Counter[str], n: int) -> list[tuple[str, int]]:
    """The n most frequent items, ties broken alphabetically so that tables are deterministic."""
    return sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


def source_label(doc_source: str | None, source: str | None) -> str:
    """What a document counts under in 'quotes per source': the outlet it names, else its URL's host."""
    if doc_source:
        return doc_source
    if source and source.startswith(("http://", "https://")):
        host = urlsplit(source).hostname
        if host:
            return host.removeprefix("www.")
    return NO_SOURCE


def compute_stats(out_dir: str | Path) -> DatasetStats:
    """Read the dataset's parquet files and count; raises InputError when it is not a dataset folder."""
    root = Path(out_dir)
    configs = configs_of(root)
    if DOCUMENTS not in configs:
        raise InputError(f"{root} is not a quotechain dataset (no data/{DOCUMENTS}/ folder)")
    stats = DatasetStats()
    for config in configs:
        for path in sorted((root / "data" / config).glob("*.parquet")):
            meta = pq.ParquetFile(path).metadata
            stats.files.append(ParquetFile(
                config, path.relative_to(root).as_posix(), meta.num_rows, path.stat().st_size,
                sum(meta.row_group(i).total_byte_size for i in range(meta.num_row_groups))))
    _count_documents(root, stats)
    for config in configs:
        if config != DOCUMENTS:
            lang = stats.languages[config] = LanguageStats(config, documents=stats.documents_by_language[config])
            _count_quotes(root, config, lang)
    return stats


def _batches(root: Path, config: str, columns: tuple[str, ...]) -> Iterator[pa.RecordBatch]:
    for path in sorted((root / "data" / config).glob("*.parquet")):
        yield from pq.ParquetFile(path).iter_batches(batch_size=BATCH, columns=list(columns))


def _counts(array: pa.Array | pa.ChunkedArray) -> Iterator[tuple[object, int]]:
    for item in pc.value_counts(array).to_pylist():
        yield item["values"], item["counts"]


def _count_documents(root: Path, stats: DatasetStats) -> None:
    for batch in _batches(root, DOCUMENTS, DOCUMENT_COLUMNS):
        stats.documents += batch.num_rows
        for lang, n in _counts(batch.column("language")):
            stats.documents_by_language[str(lang)] += n
        stats.documents_with_text += batch.num_rows - batch.column("text").null_count
        rows = zip(batch.column("doc_source").to_pylist(), batch.column("source").to_pylist(),
                   batch.column("n_quotes").to_pylist(), strict=True)
        for doc_source, source, n_quotes in rows:
            if n_quotes:
                stats.quotes_by_source[source_label(doc_source, source)] += n_quotes


def _label_names(config: str, column: str) -> list[str]:
    feature = features(contract_of(config))[column]
    if not isinstance(feature, datasets.ClassLabel):
        raise InputError(f"{column} is not a class label in the {config} contract")
    return list(feature.names)


def _count_quotes(root: Path, config: str, out: LanguageStats) -> None:
    kinds, spk_types, cue_types = (_label_names(config, c) for c in ("kind", "speaker_type", "cue_type"))
    doc_ids: set[str] = set()
    for batch in _batches(root, config, QUOTE_COLUMNS):
        out.quotes += batch.num_rows
        doc_ids.update(pc.unique(batch.column("doc_id")).to_pylist())
        for names, column, target in ((kinds, "kind", out.kinds), (spk_types, "speaker_type", out.speaker_types),
                                      (cue_types, "cue_type", out.cue_types)):
            for code, n in _counts(batch.column(column)):
                if isinstance(code, int):
                    target[names[code]] = target.get(names[code], 0) + n
        out.with_speaker += batch.num_rows - batch.column("speaker").null_count
        out.resolved += batch.num_rows - batch.column("speaker_name").null_count
        out.nested += batch.num_rows - batch.column("parent_id").null_count
        for depth, n in _counts(pc.fill_null(pc.list_value_length(batch.column("chain")), 0)):
            out.chain_depths[int(depth)] += n  # type: ignore[call-overload]
        for name, n in _counts(batch.column("speaker_name").drop_null()):
            out.speakers[str(name)] += n
        lemmas = pc.struct_field(batch.column("cue"), "lemma").drop_null()
        for lemma, n in _counts(lemmas):
            out.cues[str(lemma)] += n
    out.documents_with_quotes = len(doc_ids)
