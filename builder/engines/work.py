"""One input item (Document or Skip) -> its outcome, encoded for the dataset: the work every engine runs.

`process_and_encode` is builder.build.process_item (pure) followed by the row encoding, so a worker
process or a Spark executor sends back rows ready for the writer and gives exactly what a one-process
build gives.
"""

from __future__ import annotations

import gc
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from builder.dataset import DOCUMENTS, encode_result
from builder.extract import get_extractor
from builder.lexicon import available_languages
from builder.records import Document, Skip

if TYPE_CHECKING:
    from builder.build import BuildConfig

Row = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Processed:
    """A processed document as the writer needs it: encoded rows per config, the documents row first."""

    source: str
    doc_id: str  # the documents row's doc_id: a build writes each id once
    content_hash: str
    rows: tuple[tuple[str, Row], ...]

    @property
    def quote_languages(self) -> list[str]:
        return [config for config, _ in self.rows if config != DOCUMENTS]


Outcome = Processed | Skip


def process_and_encode(item: Document | Skip, config: BuildConfig) -> Outcome:
    """Process one item (builder.build.process_item) and encode its rows; a Skip stays a Skip."""
    from builder.build import process_item

    result = process_item(item, config)
    if isinstance(result, Skip):
        return result
    d = result.document
    return Processed(d.source or d.doc_id, d.doc_id, d.content_hash, encode_result(result, config.keep_text))


_frozen = False  # whether warm_up has frozen what this process loaded


def warm_up(config: BuildConfig) -> None:
    """Build every language's extractor once (lexicons, models), so a worker's first document costs no more;
    an unknown backend or a broken lexicon fails here. What it loads then lives as long as the process, so
    it is moved out of the garbage collector's way (gc.freeze): a full collection would otherwise walk its
    million references (the morphology dictionaries, the cue tables) every few hundred documents, about a
    tenth of the rules backend's time."""
    for language in available_languages():
        get_extractor(config.backend, language, config.stanza_dir)
    global _frozen
    if not _frozen:
        gc.collect()  # (what is garbage now is collected, not frozen)
        gc.freeze()
        _frozen = True
