"""A JSONL stream -> one Document per line with a text field; bad lines become Skips.

The id comes from --id-field, else `doc_id`, else `id`, else "<file>:<line>"; `title`, `url`
and `published`/`date` are kept when present; other fields are ignored. A text field that holds
an HTML page goes through the HTML reader. The same mapping serves dataset rows (builder.ingest.hf).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any, BinaryIO

from builder.errors import DocumentError
from builder.ingest.html import html_to_document, looks_like_html
from builder.records import Document, Skip

ID_FIELDS = ("doc_id", "id")
URL_FIELDS = ("url", "link")
DATE_FIELDS = ("published", "date", "date_publish", "timestamp")


def _str(v: Any) -> str | None:
    return None if v is None or v == "" else str(v)


def _first(rec: Mapping[str, Any], fields: tuple[str, ...]) -> str | None:
    return next((s for s in (_str(rec.get(f)) for f in fields) if s is not None), None)


def record_to_document(rec: Mapping[str, Any], fallback_id: str, source: str, text_field: str,
                       id_field: str | None) -> Document | Skip:
    """A record (JSON object, dataset row) -> Document, or a Skip naming what is missing."""
    text = rec.get(text_field)
    if not isinstance(text, str):
        return Skip(source, "no-text-field", f"field {text_field!r} missing or not a string")
    if not text.strip():
        return Skip(source, "empty", "text field is empty")
    doc_id = _first(rec, (id_field,) if id_field else ID_FIELDS) or fallback_id
    url = _first(rec, URL_FIELDS)
    published = _first(rec, DATE_FIELDS)
    if looks_like_html(text):
        try:
            return html_to_document(text, doc_id, source, url=url, published=published)
        except DocumentError as e:
            return Skip(source, e.reason, e.detail)
    return Document(doc_id=doc_id, text=text, source=url or source, title=_str(rec.get("title")),
                    published=published)


def read_jsonl(stream: BinaryIO, rel: str, where: str, text_field: str = "text",
               id_field: str | None = None) -> Iterator[Document | Skip]:
    """Stream the lines, so a JSONL of any size is read in constant memory.

    `rel` names the file in fallback ids ("<rel>:<line>"), `where` in skip sources.
    """
    for lineno, raw in enumerate(stream, 1):
        item = parse_line(raw, lineno, rel, where, text_field, id_field)
        if item is not None:
            yield item


def parse_line(raw: bytes, lineno: int, rel: str, where: str, text_field: str = "text",
               id_field: str | None = None) -> Document | Skip | None:
    """Line `lineno` (from 1) of a JSONL file -> Document, Skip, or None for a blank line.

    The Spark engine reads lines with Spark and calls this too, so both engines read a line alike.
    """
    at = f"{where}:{lineno}"
    try:
        line = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
    except UnicodeDecodeError as e:
        return Skip(at, "not-utf8", f"byte {e.start}: {e.reason}")
    if not line.strip():
        return None
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as e:
        return Skip(at, "bad-json", str(e))
    if not isinstance(rec, dict):
        return Skip(at, "bad-json", "line is not a JSON object")
    return record_to_document(rec, f"{rel}:{lineno}", at, text_field, id_field)
