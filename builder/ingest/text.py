"""A plain text file -> one Document (id: path relative to the input root; title: first line)."""

from __future__ import annotations

from pathlib import Path

from builder.ingest.decode import decode_bytes
from builder.records import Document

SUFFIXES = (".txt", ".text", "")
MAX_TITLE = 300


def first_line(text: str) -> str | None:
    for line in text.splitlines():
        line = line.strip(" \t|")
        if line:
            return line[:MAX_TITLE]
    return None


def read_text_file(path: Path, root: Path) -> Document:
    text = decode_bytes(path.read_bytes())
    return Document(doc_id=path.relative_to(root).as_posix(), text=text, source=str(path), title=first_line(text))
