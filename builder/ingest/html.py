"""An HTML page (bytes or str) -> one Document: main text, title, date and URL via trafilatura.

Nothing is ever fetched: trafilatura gets the markup itself, never a URL to download, and linked
resources (images, scripts, frames) are not followed. The stored text is the title, then the
main-text blocks, one paragraph each, separated by blank lines (the plain-text convention), so an
article read from HTML and the same article read as text end up with the same text.
"""

from __future__ import annotations

import re
from typing import Any

from builder.errors import DocumentError
from builder.ingest.decode import decode_bytes
from builder.records import Document

SUFFIXES = (".html", ".htm", ".xhtml")
SNIFF_CHARS = 2048
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
HTML_START = re.compile(r"[\s\ufeff]*<(?:!doctype\s+html|html|head|body|div|p|article|main|section|table|meta|title)\b",
                        re.IGNORECASE)
PARAGRAPH_SEP = "\n\n"


def looks_like_html(text: str) -> bool:
    """A text that is markup rather than prose: it opens with a document or block-level tag."""
    return HTML_START.match(text[:SNIFF_CHARS]) is not None


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in a <meta> tag within its first bytes."""
    m = META_CHARSET.search(data[:SNIFF_CHARS * 2])
    return m.group(1).decode("ascii", "replace") if m else None


def _extract(markup: str, url: str | None) -> dict[str, Any] | None:
    import trafilatura

    result = trafilatura.bare_extraction(
        markup, url=url, with_metadata=True, include_comments=False, include_tables=True,
        include_images=False, include_links=False, deduplicate=False, fast=False)
    if result is None:
        return None
    return dict(result.as_dict()) if hasattr(result, "as_dict") else dict(result)


def html_to_document(markup: str | bytes, doc_id: str, source: str, *, url: str | None = None,
                     published: str | None = None, charset: str | None = None) -> Document:
    """The main text of a page as a Document; DocumentError `no-main-text` when the page has none.

    `url` and `published` (e.g. from a WARC record) win over what the page says; `charset` is the
    encoding the transport declared (HTTP Content-Type), used for bytes before the page's own <meta>.
    """
    if isinstance(markup, bytes):
        markup = decode_bytes(markup, charset or declared_charset(markup)).text
    if not markup.strip():
        raise DocumentError("empty", "no markup")
    found = _extract(markup, url)
    body = (found or {}).get("text") or ""
    lines = [line.strip() for line in body.splitlines()]
    lines = [line for line in lines if line]
    if not lines:
        raise DocumentError("no-main-text", "no article text found in the HTML")
    title = (found or {}).get("title") or None
    if title and lines[0] != title.strip():
        lines.insert(0, title.strip())
    meta = found or {}
    return Document(
        doc_id=doc_id, text=PARAGRAPH_SEP.join(lines), source=url or meta.get("url") or source,
        title=title or lines[0], published=published or meta.get("date") or None,
        meta=tuple((k, str(meta[k])) for k in ("sitename", "author") if meta.get(k)))
