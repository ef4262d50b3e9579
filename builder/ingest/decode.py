"""Bytes -> text, or a DocumentError saying why not (empty, binary, not-utf8)."""

from __future__ import annotations

from builder.errors import DocumentError

SNIFF_BYTES = 8192
MAX_CONTROL_SHARE = 0.1
CONTROL = frozenset(range(0, 32)) - {9, 10, 12, 13}


def looks_binary(data: bytes) -> bool:
    """NUL bytes, or many control characters, in the first few kilobytes."""
    head = data[:SNIFF_BYTES]
    if b"\x00" in head:
        return True
    return sum(b in CONTROL for b in head) > MAX_CONTROL_SHARE * max(1, len(head))


def decode_bytes(data: bytes) -> str:
    """UTF-8 text (a BOM removed); raises DocumentError for empty, binary or undecodable input."""
    if not data.strip():
        raise DocumentError("empty", "no text")
    if looks_binary(data):
        raise DocumentError("binary", "looks like a binary file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise DocumentError("not-utf8", f"byte {e.start}: {e.reason}") from e
