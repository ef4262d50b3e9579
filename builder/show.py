"""A document and its quote rows -> rich renderables: the text with quotes, speakers and cues coloured, and
the attribution chains drawn as a tree (document source -> outer attribution -> nested ones).

Documents come from a built dataset folder (rows as stored) or from input files processed on the fly;
this module only builds renderables, the CLI prints them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rich.console import Group, RenderableType
from rich.rule import Rule
from rich.table import Table
from rich.text import Text
from rich.tree import Tree

from builder.api import process_document
from builder.dataset import DOCUMENTS, configs_of, iter_rows
from builder.errors import DocumentError, InputError
from builder.ingest import IngestOptions, read_inputs
from builder.records import QUOTE_JOIN, Skip

STYLES = {"content": "green", "nested": "bold bright_green", "speaker": "bold cyan", "cue": "bold magenta",
          "marker": "dim"}
QUOTE_PREVIEW = 90
INDEX_ROWS = 100


@dataclass
class ShownDocument:
    """One document row (contract form) and its quote rows, in text order."""

    doc: dict[str, Any]
    quotes: list[dict[str, Any]] = field(default_factory=list)


def is_dataset(path: Path) -> bool:
    return path.is_dir() and (path / "data" / DOCUMENTS).is_dir()


def from_dataset(root: Path, doc_id: str) -> ShownDocument:
    """A document of a built dataset with its quotes from every language config."""
    doc = next((r for r in iter_rows(root, DOCUMENTS) if r["doc_id"] == doc_id), None)
    if doc is None:
        raise InputError(f"{root} has no document with doc_id {doc_id!r}")
    quotes = [q for c in configs_of(root) if c != DOCUMENTS for q in iter_rows(root, c) if q["doc_id"] == doc_id]
    return ShownDocument(doc, sorted(quotes, key=_order))


def from_inputs(path: Path, *, doc_id: str | None = None, lang: str | None = None) -> Iterator[ShownDocument | Skip]:
    """Input files processed now (like `quotechain extract`), one ShownDocument per document (or a Skip)."""
    for item in read_inputs([path], IngestOptions()):
        if isinstance(item, Skip):
            yield item
            continue
        if doc_id is not None and item.doc_id != doc_id:
            continue
        try:
            result = process_document(item, lang=lang)
        except DocumentError as e:
            yield Skip(item.source or item.doc_id, e.reason, e.detail)
            continue
        yield ShownDocument(result.document_row(), sorted((q.to_row() for q in result.quotes), key=_order))


def dataset_index(root: Path, limit: int = INDEX_ROWS) -> Table:
    """A table of the dataset's documents (id, language, quotes, source, title), the first `limit` rows."""
    table = Table(title=f"{root}: documents (pick one with --doc ID)")
    for col in ("doc_id", "language", "quotes", "source", "title"):
        table.add_column(col, justify="right" if col == "quotes" else "left", overflow="fold")
    n = 0
    for row in iter_rows(root, DOCUMENTS):
        n += 1
        if n <= limit:
            table.add_row(row["doc_id"], row["language"], str(row["n_quotes"]), row["doc_source"] or "",
                          _short(row["title"] or "", 60))
    if n > limit:
        table.caption = f"first {limit} of {n} documents"
    return table


def _order(q: dict[str, Any]) -> tuple[int, int, str]:
    return (q["content"][0]["start"], q["content"][-1]["end"], q["quote_id"])


def _short(text: str, n: int = QUOTE_PREVIEW) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def numbering(quotes: list[dict[str, Any]]) -> dict[str, int]:
    """Quote id -> its number in the text view and the tree (1-based, text order)."""
    return {q["quote_id"]: i for i, q in enumerate(quotes, 1)}


def coloured_text(text: str, quotes: list[dict[str, Any]]) -> Text:
    """The document text with content (nested content brighter), speaker and cue spans styled, and [n] markers."""
    roles: list[str | None] = [None] * len(text)
    nested = {q["quote_id"] for q in quotes if q["parent_id"]}
    for q in quotes:
        role = "nested" if q["quote_id"] in nested else "content"
        for piece in q["content"]:
            for i in range(piece["start"], min(piece["end"], len(text))):
                if roles[i] is None or role == "nested":
                    roles[i] = role
    for q in quotes:
        for role in ("speaker", "cue"):
            span = q[role]
            if span is not None:
                for i in range(span["start"], min(span["end"], len(text))):
                    roles[i] = role
    markers: dict[int, list[int]] = {}
    for q, n in zip(quotes, numbering(quotes).values(), strict=True):
        markers.setdefault(q["content"][0]["start"], []).append(n)
    out = Text()
    i = 0
    while i < len(text):
        for n in markers.get(i, []):
            out.append(f"[{n}]", style=STYLES["marker"])
        j = i + 1
        while j < len(text) and roles[j] == roles[i] and j not in markers:
            j += 1
        run = roles[i]
        out.append(text[i:j], style=STYLES[run] if run else "")
        i = j
    return out


def _label(q: dict[str, Any], n: int) -> Text:
    label = Text(f"[{n}] ", style=STYLES["marker"])
    speaker = q["speaker_name"] or (q["speaker"] or {}).get("text")
    label.append(speaker or "(no speaker)", style=STYLES["speaker"])
    written = (q["speaker"] or {}).get("text")
    if written and written != speaker:
        label.append(f" ({written})", style="cyan")
    if q["cue"] is not None:
        label.append(f" {q['cue']['lemma'] or q['cue']['text']}", style=STYLES["cue"])
    label.append(f" · {q['kind']}: ", style="dim")
    label.append(_short(QUOTE_JOIN.join(p["text"] for p in q["content"])), style=STYLES["content"])
    return label


def chain_tree(shown: ShownDocument) -> Tree:
    """Attributions as a tree: the document's own source at the root, nested attributions under their parent."""
    doc = shown.doc
    root = Tree(Text(doc["doc_source"] or f"{doc['doc_id']} (no source named in the text)", style="bold"),
                guide_style="dim")
    numbers = numbering(shown.quotes)
    ids = set(numbers)
    children: dict[str | None, list[dict[str, Any]]] = {}
    for q in shown.quotes:
        parent = q["parent_id"] if q["parent_id"] in ids else None
        children.setdefault(parent, []).append(q)

    def add(node: Tree, parent: str | None, depth: int) -> None:
        for q in children.get(parent, []):
            branch = node.add(_label(q, numbers[q["quote_id"]]))
            if depth < 32:  # a malformed cycle of parent ids must not recurse forever
                add(branch, q["quote_id"], depth + 1)

    add(root, None, 0)
    return root


def render_document(shown: ShownDocument) -> RenderableType:
    """Header, coloured text (or a note for a --no-text build), legend and the chain tree."""
    doc = shown.doc
    head = f"{doc['doc_id']} · {doc['language']} · {len(shown.quotes)} quote{'' if len(shown.quotes) == 1 else 's'}"
    if doc.get("source"):
        head += f" · {doc['source']}"
    legend = Text("legend: ")
    for role in ("content", "nested", "speaker", "cue"):
        legend.append(role if role != "content" else "quote", style=STYLES[role])
        legend.append("  ")
    body: RenderableType
    if doc["text"] is not None:
        body = coloured_text(doc["text"], shown.quotes)
    else:
        body = Text("(a --no-text build: the article text is not in the dataset)", style="dim")
    return Group(Rule(head), body, Text(""), legend, Text(""), Text("Attribution chains", style="bold underline"),
                 chain_tree(shown))
