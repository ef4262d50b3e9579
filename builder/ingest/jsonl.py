"""A JSONL file -> one Document per line with a text field; bad lines become Skips.

The id comes from --id-field, else `doc_id`, else `id`, else "<file>:<line>"; `title`, `url`
and `published`/`date` are kept when present; other fields are ignored.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from builder.records import Document, Skip

ID_FIELDS = ("doc_id", "id")


def _str(v: Any) -> str | None:
    return None if v is None else str(v)


def record_to_document(rec: dict[str, Any], fallback_id: str, source: str, text_field: str,
                       id_field: str | None) -> Document | Skip:
    """A JSON object -> Document, or a Skip naming what is missing."""
    text = rec.get(text_field)
    if not isinstance(text, str):
        return Skip(source, "no-text-field", f"field {text_field!r} missing or not a string")
    if not text.strip():
        return Skip(source, "empty", "text field is empty")
    fields = (id_field,) if id_field else ID_FIELDS
    doc_id = next((_str(rec[f]) for f in fields if rec.get(f) not in (None, "")), None) or fallback_id
    return Document(doc_id=doc_id, text=text, source=_str(rec.get("url")) or source,
                    title=_str(rec.get("title")), published=_str(rec.get("published") or rec.get("date")))


def read_jsonl(path: Path, root: Path, text_field: str = "text",
               id_field: str | None = None) -> Iterator[Document | Skip]:
    """Stream the file line by line, so a JSONL of any size is read in constant memory."""
    rel = path.relative_to(root).as_posix()
    with path.open("rb") as f:
        for lineno, raw in enumerate(f, 1):
            item = parse_line(raw, lineno, str(path), rel, text_field, id_field)
            if item is not None:
                yield item


def parse_line(raw: bytes, lineno: int, source: str, rel: str, text_field: str = "text",
               id_field: str | None = None) -> Document | Skip | None:
    """Line `lineno` (from 1) of the JSONL file `source` (`rel` under its input root) -> Document,
    Skip, or None for a blank line. The Spark engine reads lines itself and calls this too."""
    where = f"{source}:{lineno}"
    try:
        line = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
    except UnicodeDecodeError as e:
        return Skip(where, "not-utf8", f"byte {e.start}: {e.reason}")
    if not line.strip():
        return None
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as e:
        return Skip(where, "bad-json", str(e))
    if not isinstance(rec, dict):
        return Skip(where, "bad-json", "line is not a JSON object")
    return record_to_document(rec, f"{rel}:{lineno}", where, text_field, id_field)
