"""Readers: every input format, and every way a file can be broken, ends as a Document or a Skip."""

from __future__ import annotations

import gzip
import io
import json
import socket
from collections.abc import Iterator
from pathlib import Path

import datasets
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from corpus import article, nested_html, script_html, warc_file, warc_record

from builder.errors import InputError
from builder.ingest import IngestOptions, check_inputs, read_inputs
from builder.ingest.files import format_of
from builder.ingest.hf import HubSpec
from builder.records import Document, Skip

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Readers never fetch anything: any connection attempt fails the test."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"network access attempted: {args}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def read(*paths: str | Path, **options: object) -> list[Document | Skip]:
    return list(read_inputs([str(p) for p in paths], IngestOptions(**options)))  # type: ignore[arg-type]


def docs(items: list[Document | Skip]) -> list[Document]:
    return [x for x in items if isinstance(x, Document)]


def skips(items: list[Document | Skip]) -> dict[str, str]:
    return {x.source: x.reason for x in items if isinstance(x, Skip)}


@pytest.mark.parametrize(("name", "fmt", "gz"), [
    ("a.txt", "text", False), ("a", "text", False), ("a.TXT", "text", False), ("a.txt.gz", "text", True),
    ("a.jsonl", "jsonl", False), ("a.ndjson", "jsonl", False), ("a.jsonl.gz", "jsonl", True),
    ("a.html", "html", False), ("a.htm", "html", False), ("a.html.gz", "html", True),
    ("a.warc", "warc", False), ("a.warc.gz", "warc", True), ("a.parquet", "parquet", False),
    ("report.2021", "text", False), ("a.png", "unknown", False), ("a.pdf", "unknown", False),
])
def test_format_of(name: str, fmt: str, gz: bool) -> None:
    assert format_of(Path(name)) == (fmt, gz)


# --------------------------------------------------------------------------- text and folders

def test_folders_are_walked_in_name_order_without_hidden_files(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text("one two three", encoding="utf-8")
    (tmp_path / "a.txt").write_text("four five six", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "HEAD").write_text("ref", encoding="utf-8")
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x01")
    assert [d.doc_id for d in docs(read(tmp_path))] == ["a/x.txt", "a.txt"]


@pytest.mark.parametrize(("inputs", "ids"), [
    (["crawl/01"], ["index.html.txt", "more/x.txt"]),
    # several inputs: ids relative to their common parent, so the same file name never gives one id twice
    (["crawl/01", "crawl/02"], ["01/index.html.txt", "01/more/x.txt", "02/index.html.txt"]),
    (["crawl/01/index.html.txt", "crawl/02/index.html.txt"], ["01/index.html.txt", "02/index.html.txt"]),
    (["crawl/01/more", "crawl/02"], ["01/more/x.txt", "02/index.html.txt"]),
])
def test_ids_are_unique_across_inputs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, inputs: list[str],
                                      ids: list[str]) -> None:
    for rel, text in (("crawl/01/index.html.txt", "one two three"), ("crawl/01/more/x.txt", "four five six"),
                      ("crawl/02/index.html.txt", "seven eight nine")):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert [d.doc_id for d in docs(list(read_inputs(inputs)))] == ids
    absolute = [str(tmp_path / i) for i in inputs]
    assert [d.doc_id for d in docs(list(read_inputs(absolute)))] == ids


def test_legacy_encodings_and_gzip(tmp_path: Path) -> None:
    ru = article(1, True)
    (tmp_path / "cp.txt").write_bytes(ru.encode("cp1251"))
    (tmp_path / "z.txt.gz").write_bytes(gzip.compress(ru.encode()))
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + ru.encode())
    got = {d.doc_id: d for d in docs(read(tmp_path))}
    assert {k: d.text for k, d in got.items()} == {"bom.txt": ru, "cp.txt": ru, "z.txt.gz": ru}
    assert dict(got["cp.txt"].meta)["encoding"] == "cp1251"


@pytest.mark.parametrize(("name", "data", "reason"), [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"\n \n", "empty"),
    ("bin.txt", bytes(range(256)) * 20, "binary"),
    ("cut.txt.gz", gzip.compress(b"x" * 5000 + article(1, False).encode())[:40], "truncated-gzip"),
    ("fake.txt.gz", b"never compressed", "bad-gzip"),
    ("fake.jsonl.gz", b"never compressed", "bad-gzip"),
    ("pic.png", b"\x89PNG\r\n\x1a\n", "unsupported-format"),
])
def test_broken_files_are_skipped_with_a_reason(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    (tmp_path / name).write_bytes(data)
    (tmp_path / "zz_good.txt").write_text(article(2, False), encoding="utf-8")
    items = read(tmp_path)
    assert skips(items) == {str(tmp_path / name): reason}
    assert [d.doc_id for d in docs(items)] == ["zz_good.txt"]  # the next file is read as usual


def test_documents_over_the_size_limit_are_skipped(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_text("word " * 5000, encoding="utf-8")
    (tmp_path / "small.txt").write_text("word " * 50, encoding="utf-8")
    lines = [json.dumps({"id": "big", "text": "word " * 5000}), json.dumps({"id": "small", "text": "word"})]
    (tmp_path / "docs.jsonl").write_text("\n".join(lines), encoding="utf-8")
    items = read(tmp_path, max_chars=1000)
    assert sorted(d.doc_id for d in docs(items)) == ["small", "small.txt"]
    assert sorted(skips(items).values()) == ["too-large", "too-large"]


def test_globs_and_missing_inputs(tmp_path: Path) -> None:
    (tmp_path / "news" / "2023").mkdir(parents=True)
    for name in ("a.txt", "b.html", "2023/c.txt"):
        (tmp_path / "news" / name).write_text(article(3, False), encoding="utf-8")
    ids = [d.doc_id for d in docs(read(f"{tmp_path}/news/**/*.txt"))]
    assert ids == ["2023/c.txt", "a.txt"]
    with pytest.raises(InputError, match="no file matches"):
        check_inputs([f"{tmp_path}/news/*.pdf"])
    with pytest.raises(InputError, match="no such file"):
        read(tmp_path / "nope.txt")


def test_a_crashing_reader_costs_one_file_not_the_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from builder.ingest import text

    (tmp_path / "a.txt").write_text("boom", encoding="utf-8")
    (tmp_path / "b.txt").write_text(article(4, False), encoding="utf-8")
    real = text.text_to_document

    def flaky(data: bytes, doc_id: str, source: str) -> Document:
        if doc_id == "a.txt":
            raise ValueError("reader bug")
        return real(data, doc_id, source)

    monkeypatch.setattr(text, "text_to_document", flaky)
    items = read(tmp_path)
    assert skips(items) == {str(tmp_path / "a.txt"): "read-error"}
    assert [d.doc_id for d in docs(items)] == ["b.txt"]


# --------------------------------------------------------------------------- HTML

def test_html_page_main_text_title_date_url() -> None:
    [doc] = docs(read(FIXTURES / "interfax_page.html"))
    assert doc.title == ("Blinken discussed Ukraine and North Korea missile launch with Japanese Foreign Minister"
                         " - State Department")
    assert doc.text.startswith(doc.title + "\n\nWashington. January 6th. INTERFAX - ")
    assert doc.published == "2022-01-06"
    assert doc.source == "https://vpk.example/news/560001_blinken_discussed_ukraine.html"
    for chrome in ("Главная", "Войти", "cookie", "ПОДПИСКА", "Without carrot", "said the tracker", "Read more"):
        assert chrome not in doc.text


@pytest.mark.parametrize(("page", "expected"), [
    (nested_html(100), "Bridge story number 7"),
    (script_html(), "Council votes on the bridge"),
])
def test_hard_html(tmp_path: Path, page: str, expected: str) -> None:
    (tmp_path / "p.html").write_text(page, encoding="utf-8")
    [doc] = docs(read(tmp_path / "p.html"))
    assert expected in doc.text
    assert "Quote 1" not in doc.text and "Цитата" not in doc.text  # script text never reaches the document


def test_html_without_article_text_is_a_skip(tmp_path: Path) -> None:
    page = "<html><head><title>T</title><script>var q = '\"x,\" he said';</script></head><body></body></html>"
    (tmp_path / "blank.html").write_text(page, encoding="utf-8")
    assert skips(read(tmp_path / "blank.html")) == {str(tmp_path / "blank.html"): "no-main-text"}


def test_html_inside_jsonl(tmp_path: Path) -> None:
    page = (FIXTURES / "interfax_page.html").read_text(encoding="utf-8")
    rec = {"id": "p1", "url": "https://example.org/p1", "date": "2022-01-07", "text": page}
    (tmp_path / "pages.jsonl").write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    [doc] = docs(read(tmp_path / "pages.jsonl"))
    assert doc.doc_id == "p1" and doc.source == "https://example.org/p1" and doc.published == "2022-01-07"
    assert doc.text.startswith("Blinken discussed Ukraine")


# --------------------------------------------------------------------------- WARC

def _page(i: int, charset: str = "utf-8") -> bytes:
    body = article(i, charset != "utf-8").replace("\n\n", "</p><p>")
    return f"<html><body><article><h1>Story {i}</h1><p>{body}</p></article></body></html>".encode(charset)


@pytest.mark.parametrize("gz", [True, False], ids=["warc.gz", "warc"])
def test_warc_responses_become_documents(tmp_path: Path, gz: bool) -> None:
    records = [
        warc_record("https://news.example/a", _page(1), date="2022-01-06T09:12:00Z"),
        warc_record("https://news.example/ru", _page(2, "cp1251"), content_type="text/html; charset=windows-1251"),
        warc_record("https://news.example/a", b"GET / HTTP/1.1\r\n\r\n", record_type="request",
                    content_type="application/http; msgtype=request"),
        warc_record("https://news.example/logo.png", b"\x89PNG", content_type="image/png"),
        warc_record("https://news.example/gone", b"<html>gone</html>", status="404 Not Found"),
    ]
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    path.write_bytes(warc_file(records, gz))
    items = read(path)
    a, ru = docs(items)
    assert a.source == "https://news.example/a" and a.published == "2022-01-06T09:12:00Z"
    assert a.doc_id.startswith("urn:uuid:") and a.text.startswith("Story 1\n\nBridge story number 1")
    assert "«Мост откроют в мае»" in ru.text  # decoded with the charset of the HTTP header
    assert sorted(skips(items).values()) == ["http-status", "not-html"]


def test_broken_warcs(tmp_path: Path) -> None:
    records = [warc_record(f"https://news.example/{i}", _page(i)) for i in range(3)]
    (tmp_path / "cut.warc.gz").write_bytes(warc_file(records, gz=True)[:-200])
    (tmp_path / "junk.warc").write_bytes(b"hello, not a crawl\n")
    items = read(tmp_path)
    assert len(docs(items)) == 2
    reasons = skips(items)
    assert reasons[str(tmp_path / "junk.warc")] == "not-warc"
    assert [r for s, r in reasons.items() if s.startswith(str(tmp_path / "cut.warc.gz"))] == ["truncated"]


# --------------------------------------------------------------------------- datasets

@pytest.fixture
def rows() -> list[dict[str, str]]:
    return [{"id": f"r{i}", "body": article(i, i % 2 == 1), "url": f"https://x.example/{i}"} for i in range(4)]


def test_parquet_file(tmp_path: Path, rows: list[dict[str, str]]) -> None:
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "rows.parquet")
    got = docs(read(tmp_path / "rows.parquet", text_field="body"))
    assert [d.doc_id for d in got] == ["r0", "r1", "r2", "r3"]
    assert got[1].text == rows[1]["body"] and got[1].source == "https://x.example/1"
    assert skips(read(tmp_path / "rows.parquet")) == {str(tmp_path / "rows.parquet"): "no-text-field"}


def test_save_to_disk_folders(tmp_path: Path, rows: list[dict[str, str]]) -> None:
    ds = datasets.Dataset.from_list(rows)
    ds.save_to_disk(str(tmp_path / "one"))
    datasets.DatasetDict({"train": ds, "test": ds.select([0])}).save_to_disk(str(tmp_path / "two"))
    assert [d.doc_id for d in docs(read(tmp_path / "one", text_field="body"))] == ["r0", "r1", "r2", "r3"]
    assert len(docs(read(tmp_path / "two", text_field="body"))) == 4  # train by default
    assert [d.doc_id for d in docs(read(f"hf:{tmp_path / 'two'}@test", text_field="body"))] == ["r0"]
    with pytest.raises(InputError, match="no split 'dev'"):
        read(f"hf:{tmp_path / 'two'}@dev", text_field="body")
    with pytest.raises(InputError, match="no column 'text'"):
        read(f"hf:{tmp_path / 'one'}")


def test_hf_spec_streams_a_local_dataset_folder(tmp_path: Path, rows: list[dict[str, str]]) -> None:
    (tmp_path / "ds" / "data").mkdir(parents=True)
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "ds" / "data" / "train-00000-of-00001.parquet")
    got = docs(read(f"hf:{tmp_path / 'ds'}", text_field="body", id_field="url"))
    assert [d.doc_id for d in got] == [r["url"] for r in rows]


@pytest.mark.parametrize(("spec", "parsed"), [
    ("hf:user/news", HubSpec("user/news")),
    ("hf:user/news:ru", HubSpec("user/news", "ru")),
    ("hf:user/news@validation", HubSpec("user/news", None, "validation")),
    ("hf:user/news:en@test", HubSpec("user/news", "en", "test")),
])
def test_hub_spec(spec: str, parsed: HubSpec) -> None:
    assert HubSpec.parse(spec) == parsed and str(parsed) == spec


# --------------------------------------------------------------------------- standard input

def _stdin(data: bytes) -> Iterator[Document | Skip]:
    return read_inputs(["-"], IngestOptions(), stdin=io.BytesIO(data))


@pytest.mark.parametrize(("data", "n", "first_id"), [
    (article(1, False).encode(), 1, "stdin"),
    ((json.dumps({"id": "a", "text": article(1, False)}) + "\n" + json.dumps({"text": "x y z"})).encode(), 2, "a"),
    ((FIXTURES / "interfax_page.html").read_bytes(), 1, "stdin"),
    (gzip.compress(article(1, True).encode("cp1251")), 1, "stdin"),
    (warc_file([warc_record("https://news.example/s", _page(5))], gz=True), 1, "urn:uuid:"),
], ids=["text", "jsonl", "html", "gzip-cp1251", "warc.gz"])
def test_stdin_formats_are_sniffed(data: bytes, n: int, first_id: str) -> None:
    got = [x for x in _stdin(data) if isinstance(x, Document)]
    assert len(got) == n and got[0].doc_id.startswith(first_id)
    assert "Bridge" in got[0].text or "Мост" in got[0].text or "Blinken" in got[0].text
