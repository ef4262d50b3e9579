"""One input item (Document or Skip) -> its outcome, encoded for the dataset: the work every engine runs.

`process_item` is pure: the same item and options give the same outcome in any process, which is what
lets the local pool and Spark executors produce exactly the rows of a one-process build.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from builder.api import process_document
from builder.dataset import DOCUMENTS, encode_result
from builder.errors import DocumentError, QuotechainError
from builder.extract import get_extractor
from builder.lexicon import available_languages, load_lexicon
from builder.records import Document, Skip

Row = dict[str, Any]


@dataclass(frozen=True)
class WorkOptions:
    """What the per-document work needs from a build's configuration (small, so it pickles cheaply)."""

    lang: str | None = None
    backend: str = "rules"
    clean: str = "auto"
    keep_text: bool = True


@dataclass(frozen=True, slots=True)
class Processed:
    """A processed document as the writer needs it: encoded rows per config, the documents row first."""

    source: str
    content_hash: str
    rows: tuple[tuple[str, Row], ...]

    @property
    def quote_languages(self) -> list[str]:
        return [config for config, _ in self.rows if config != DOCUMENTS]


Outcome = Processed | Skip


def process_item(item: Document | Skip, options: WorkOptions) -> Outcome:
    """Process one document into its encoded rows; a document that cannot be processed becomes a Skip.

    A QuotechainError that is not about the document (an unknown backend, a broken lexicon) is raised:
    it would fail every document, so the build must stop.
    """
    if isinstance(item, Skip):
        return item
    source = item.source or item.doc_id
    try:
        result = process_document(item, lang=options.lang, backend=options.backend, clean=options.clean)
    except DocumentError as e:
        return Skip(source, e.reason, e.detail)
    except QuotechainError:
        raise
    except Exception as e:  # a bug on one document must not lose the build: record it and go on
        return Skip(source, "error", f"{type(e).__name__}: {e}")
    return Processed(source, result.document.content_hash, encode_result(result, options.keep_text))


def process_batch(items: Iterable[Document | Skip], options: WorkOptions) -> list[Outcome]:
    return [process_item(item, options) for item in items]


def warm_up(options: WorkOptions) -> None:
    """Load every lexicon and build every extractor once, so a worker's first document costs no more."""
    languages = available_languages()
    for language in (options.lang,) if options.lang in languages else languages:
        load_lexicon(language)
        get_extractor(options.backend, language)
