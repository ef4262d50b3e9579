"""Bytes -> text, or a DocumentError saying why not (empty, binary, undecodable).

Order of trust: a byte-order mark; strict UTF-8; the charset the source declared (HTTP header or
<meta>); UTF-8 with a few broken bytes replaced; charset-normalizer, first among the encodings
news sites actually serve (cp1251, koi8-r, latin ones), then among all. Decoding never rewrites
the text otherwise: NFC, NULs and control characters are the cleaner's business, so that
`--clean none` keeps what the bytes say.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from builder.errors import DocumentError

SNIFF_BYTES = 8192
MAX_CONTROL_SHARE = 0.1
MAX_NUL_SHARE = 0.01
CONTROL = frozenset(range(0, 32)) - {9, 10, 12, 13}
# Broken bytes tolerated in text that is otherwise UTF-8 (a truncated download, one bad byte).
MAX_UTF8_ERROR_SHARE = 0.02
MIN_VALID_PER_ERROR = 10
# charset-normalizer's "chaos" above which a guess is not trusted.
MAX_CHAOS = 0.25
# What Russian and English news sites serve, tried before the rest of charset-normalizer's list.
PREFERRED = ("utf_8", "cp1251", "koi8_r", "iso8859_5", "mac_cyrillic", "cp866", "cp1252", "latin_1", "iso8859_15")
BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


@dataclass(frozen=True, slots=True)
class Decoded:
    """Decoded text and how: the codec's name and how many bytes could not be decoded."""

    text: str
    encoding: str
    replaced: int = 0


def looks_binary(data: bytes) -> bool:
    """More than a stray NUL, or many control characters, in the first few kilobytes."""
    head = data[:SNIFF_BYTES]
    n = max(1, len(head))
    if head.count(0) > MAX_NUL_SHARE * n:
        return True
    return sum(b in CONTROL for b in head) > MAX_CONTROL_SHARE * n


def _bom(data: bytes) -> tuple[str, int] | None:
    for bom, codec in BOMS:
        if data.startswith(bom):
            return codec, len(bom)
    return None


def _codec(name: str | None) -> str | None:
    """The Python codec of a declared charset name, or None when Python does not know it."""
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().strip("\"'").lower()).name
    except LookupError:
        return None


def _mostly_utf8(data: bytes) -> Decoded | None:
    """UTF-8 with a few broken bytes (a cut multibyte sequence, a stray byte): many valid multibyte
    characters for each broken one. Text in a legacy encoding has almost none."""
    text = data.decode("utf-8", errors="replace")
    replaced = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    valid = sum(1 for c in text if ord(c) > 127) - replaced
    if replaced <= MAX_UTF8_ERROR_SHARE * len(data) and valid >= MIN_VALID_PER_ERROR * replaced:
        return Decoded(text, "utf-8", replaced)
    return None


def _guess(data: bytes) -> Decoded | None:
    from charset_normalizer import from_bytes

    for isolation in (list(PREFERRED), None):
        best = from_bytes(data, cp_isolation=isolation).best()
        if best is not None and best.chaos <= MAX_CHAOS:
            return Decoded(str(best), best.encoding)
    return None


def decode_bytes(data: bytes, declared: str | None = None) -> Decoded:
    """Text of `data` (BOM removed); `declared` is the charset the source claims, if any.

    Raises DocumentError: `empty` (nothing but whitespace), `binary` (NULs or control bytes),
    `undecodable` (no encoding gives readable text).
    """
    bom = _bom(data)
    if bom is not None:
        codec, size = bom
        try:
            text = data[size:].decode(codec)
        except UnicodeDecodeError as e:
            detail = f"{codec} byte-order mark, then byte {e.start + size}: {e.reason}"
            raise DocumentError("undecodable", detail) from e
        if not text.strip():
            raise DocumentError("empty", "no text")
        return Decoded(text, codec)
    if not data.strip():
        raise DocumentError("empty", "no text")
    if looks_binary(data):
        raise DocumentError("binary", "looks like a binary file (NUL or control bytes)")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as e:
        first_error = f"byte {e.start}: {e.reason}"
    declared_codec = _codec(declared)
    if declared_codec is not None and declared_codec != "utf-8":
        try:
            return Decoded(data.decode(declared_codec), declared_codec)
        except UnicodeDecodeError:
            pass
    found = _mostly_utf8(data) or _guess(data)
    if found is None:
        raise DocumentError("undecodable", f"not UTF-8 ({first_error}) and no other encoding fits")
    return found


def decode_text(data: bytes, declared: str | None = None) -> str:
    """decode_bytes, text only."""
    return decode_bytes(data, declared).text
