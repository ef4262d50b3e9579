"""A WARC or WARC.gz crawl (CC-NEWS style) -> one Document per HTML response record, streaming.

Records are read one at a time with fastwarc (gzip per record or plain), so a crawl of any size
is read in constant memory. Only `response` records (and `resource` records holding HTML) are
documents; request, metadata and warcinfo records are not. A response that is not HTML, not
status 200, or cut short by the end of the file is a Skip with its reason. The record's target
URI and date become the document's `source` and `published`; its id (WARC-Record-ID) the doc_id.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, BinaryIO

from builder.errors import DocumentError
from builder.ingest.html import html_to_document
from builder.records import Document, Skip

HTML_TYPES = ("text/html", "application/xhtml+xml")


def _record_id(rec: Any, fallback: str) -> str:
    rid = rec.headers.get("WARC-Record-ID") or ""
    return rid.strip("<>") or fallback


def _records(stream: BinaryIO, where: str) -> Iterator[Any]:
    """fastwarc's records; a header it cannot parse ends the file with a DocumentError."""
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    wanted = WarcRecordType.response | WarcRecordType.resource
    records = iter(ArchiveIterator(stream, record_types=wanted, parse_http=True, min_content_length=0))
    n = 0
    while True:
        try:
            rec = next(records)
        except StopIteration:
            return
        except OSError as e:
            raise DocumentError("not-warc" if n == 0 else "bad-warc", str(e)) from e
        n += 1
        yield rec


def read_warc(stream: BinaryIO, where: str, max_bytes: int) -> Iterator[Document | Skip]:
    """Every HTML response of the crawl as a Document; other responses as Skips with a reason."""
    from fastwarc.warc import WarcRecordType

    seen_any = False
    for n, rec in enumerate(_records(stream, where)):
        seen_any = True
        url = rec.headers.get("WARC-Target-URI") or None
        at = f"{where}#{n}" + (f" {url}" if url else "")
        is_response = rec.record_type == WarcRecordType.response
        if is_response and rec.is_http and rec.http_headers.status_code != 200:
            rec.reader.consume()
            yield Skip(at, "http-status", str(rec.http_headers.status_code))
            continue
        ctype = (rec.http_content_type if is_response else rec.headers.get("Content-Type")) or ""
        if ctype.lower().split(";")[0].strip() not in HTML_TYPES:
            if rec.reader.consume() < rec.content_length:
                yield Skip(at, "truncated", "the file ends inside this record")
            else:
                yield Skip(at, "not-html", ctype or "no content type")
            continue
        if rec.content_length > max_bytes:
            rec.reader.consume()
            yield Skip(at, "too-large", f"{rec.content_length} bytes > {max_bytes} (raise --max-chars to read it)")
            continue
        body = rec.reader.read()
        if len(body) < rec.content_length:
            yield Skip(at, "truncated", f"the file ends after {len(body)} of {rec.content_length} bytes of this record")
            continue
        date = rec.headers.get("WARC-Date") or None
        try:
            yield html_to_document(body, _record_id(rec, at), at, url=url, published=date,
                                   charset=rec.http_charset if is_response else None)
        except DocumentError as e:
            yield Skip(at, e.reason, e.detail)
    if not seen_any:
        yield Skip(where, "no-records", "no WARC response or resource records")
