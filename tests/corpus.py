"""Test inputs made on the fly: WARC records, and the mixed corpus of good and broken files.

Used by tests and by bench/robustness.py (which adds this folder to sys.path).
"""

from __future__ import annotations

import gzip
import json
import os
import random
import uuid
from pathlib import Path

CRLF = b"\r\n"


def warc_record(url: str, body: bytes, *, content_type: str = "text/html; charset=utf-8", status: str = "200 OK",
                date: str = "2022-01-06T09:12:00Z", record_type: str = "response", truncate: int = 0) -> bytes:
    """One WARC/1.1 record; a response carries an HTTP message around `body`. `truncate` cuts bytes off."""
    if record_type == "response":
        block = f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n".encode()
        block += body
        warc_type = "application/http; msgtype=response"
    else:
        block, warc_type = body, content_type
    rid = uuid.uuid5(uuid.NAMESPACE_URL, url + record_type)
    head = (f"WARC/1.1\r\nWARC-Type: {record_type}\r\nWARC-Target-URI: {url}\r\nWARC-Date: {date}\r\n"
            f"WARC-Record-ID: <urn:uuid:{rid}>\r\nContent-Type: {warc_type}\r\n"
            f"Content-Length: {len(block)}\r\n\r\n").encode()
    record = head + block + CRLF + CRLF
    return record[:len(record) - truncate] if truncate else record


def warc_file(records: list[bytes], gz: bool) -> bytes:
    """A WARC file: records gzipped one by one (as crawlers write .warc.gz) or plain."""
    return b"".join(gzip.compress(r, mtime=0) for r in records) if gz else b"".join(records)


ARTICLE_EN = ('{title}\n\n"We will finish the bridge by {month}," mayor {name} said on Tuesday.\n\n'
              "The council approved the budget for the project, which has been delayed twice since {year}.\n")
ARTICLE_RU = ("{title}\n\n«Мост откроют в {month_ru}», — заявил мэр {name_ru} во вторник.\n\n"
              "Городской совет утвердил бюджет проекта, который уже дважды откладывали с {year} года.\n")
MONTHS = ["March", "April", "May", "June", "July"]
MONTHS_RU = ["марте", "апреле", "мае", "июне", "июле"]
NAMES = ["John Smith", "Anna Lee", "Mark Ruddock", "Priya Nandakumar", "Tom Hale"]
NAMES_RU = ["Иван Петров", "Анна Смирнова", "Олег Самсонов", "Мария Кольцова", "Денис Рябов"]


def article(i: int, russian: bool) -> str:
    k = i % 5
    title = f"Bridge story number {i} from the city desk" if not russian else f"Новость о мосте номер {i}"
    template = ARTICLE_RU if russian else ARTICLE_EN
    return template.format(title=title, month=MONTHS[k], name=NAMES[k], month_ru=MONTHS_RU[k],
                           name_ru=NAMES_RU[k], year=2000 + i)


def write_jsonl(path: Path, docs: list[tuple[str, int]]) -> Path:
    """One line per (id, n): the text is article(n), so the same n is the same text."""
    path.write_text("".join(json.dumps({"id": doc_id, "text": article(n, n % 4 == 3)}, ensure_ascii=False) + "\n"
                            for doc_id, n in docs), encoding="utf-8")
    return path


def url_crawl(path: Path) -> Path:
    """A crawl keyed by URL, 90 lines: 60 URLs, then 20 lines repeating URLs 0-19 (19 with an updated
    text, one under a new URL), 5 texts of those updates under new URLs, 5 lines repeating URL and text."""
    docs = [(f"https://example.org/{i % 60}", i) for i in range(80)]
    docs[70] = ("https://example.org/new-70", 70)
    docs += [(f"https://example.org/{60 + i}", 75 + i) for i in range(5)]
    docs += [(f"https://example.org/{i}", i) for i in range(5)]
    return write_jsonl(path, docs)


def nested_html(depth: int) -> str:
    inner = f"<p>{article(7, False).replace(chr(10) * 2, '</p><p>')}</p>"
    return "<html><body>" + "<div>" * depth + inner + "</div>" * depth + "</body></html>"


def script_html() -> str:
    junk = "; ".join(f'var q{i} = "\\"Quote {i},\\" he said. «Цитата», — сказал он."' for i in range(300))
    return (f"<html><head><script>{junk}</script></head><body><article><h1>Council votes on the bridge</h1>"
            f"<p>{article(3, False).replace(chr(10) * 2, '</p><p>')}</p></article>"
            f"<script>{junk}</script></body></html>")


def make_mixed_corpus(root: Path, big_mb: int = 50, seed: int = 0) -> dict[str, int]:
    """Write ≥ 200 files of every kind into `root`; returns how many files of each kind."""
    rng = random.Random(seed)
    root.mkdir(parents=True, exist_ok=True)
    kinds: dict[str, int] = {}

    def put(kind: str, name: str, data: bytes) -> None:
        (root / kind).mkdir(exist_ok=True)
        (root / kind / name).write_bytes(data)
        kinds[kind] = kinds.get(kind, 0) + 1

    for i in range(80):
        put("text", f"en_{i:03d}.txt", article(i, False).encode())
    for i in range(40):
        put("text", f"ru_{i:03d}.txt", article(i, True).encode())
    for i in range(10):
        put("cp1251", f"ru_{i:03d}.txt", article(100 + i, True).encode("cp1251"))
        koi8 = article(200 + i, True).translate(str.maketrans({"«": '"', "»": '"', "—": "-"}))
        put("koi8", f"ru_{i:03d}.txt", koi8.encode("koi8-r"))
    for i in range(10):
        put("empty", f"empty_{i}.txt", b"" if i % 2 else b" \n\t\n")
        put("binary", f"binary_{i}.txt", os.urandom(2048) if i % 2 else b"\x89PNG\r\n\x1a\n" + bytes(3000))
    for i in range(5):
        data = gzip.compress(article(300 + i, False).encode() * 20, mtime=0)
        put("gzip", f"truncated_{i}.txt.gz", data[: len(data) // 2])
        put("gzip", f"ok_{i}.txt.gz", gzip.compress(article(310 + i, False).encode(), mtime=0))
        put("gzip", f"not_gzip_{i}.jsonl.gz", b"this was never compressed\n")
    for i in range(10):
        good = article(400 + i, True).encode()
        bad = bytes(rng.randrange(0x80, 0x100) for _ in range(40))
        put("invalid_utf8", f"bad_{i}.txt", good[:30] + b"\xff" + good[30:] if i % 2 else bad + good)
    for i in range(10):
        put("unbalanced", f"unbalanced_{i}.txt",
            (f'"He said it would never end, the mayor of town {i} told reporters.\n\n' * 3 +
             "«Мы не отступим, — заявил он.\n\n„Внутри“ » » « « \" \" “ ”\n").encode())
    put("html", "nested_100.html", nested_html(100).encode())
    put("html", "nested_3000.html", nested_html(3000).encode())
    put("html", "script_quotes.html", script_html().encode())
    put("html", "no_text.html", b"<html><body><nav><a href='/'>Home</a></nav></body></html>")
    for i in range(10):
        put("html", f"page_{i:02d}.html",
            f"<html><head><title>Bridge {i}</title></head><body><article><h1>Bridge {i}</h1><p>"
            f"{article(500 + i, bool(i % 2)).replace(chr(10) * 2, '</p><p>')}</p></article></body></html>".encode())
    lines = [json.dumps({"id": f"j{i}", "text": article(600 + i, bool(i % 3 == 0))}, ensure_ascii=False)
             for i in range(20)]
    lines += ["{broken json", json.dumps({"id": "no-text"}), json.dumps([1, 2, 3])]
    put("jsonl", "batch.jsonl", ("\n".join(lines) + "\n").encode())
    put("jsonl", "truncated.jsonl", ("\n".join(lines[:5]) + "\n" + lines[5][: len(lines[5]) // 2]).encode())
    records = [warc_record(f"https://news.example/{i}", f"<html><body><article><h1>Bridge {i}</h1><p>"
                           f"{article(700 + i, False).replace(chr(10) * 2, '</p><p>')}</p></article></body></html>"
                           .encode()) for i in range(8)]
    records.append(warc_record("https://news.example/logo.png", b"\x89PNG", content_type="image/png"))
    records.append(warc_record("https://news.example/gone", b"<html>gone</html>", status="404 Not Found"))
    put("warc", "crawl.warc.gz", warc_file(records, gz=True))
    put("warc", "crawl_plain.warc", warc_file(records[:3], gz=False))
    put("warc", "truncated.warc.gz", warc_file(records[:3], gz=True)[:-200])
    put("warc", "not_a_warc.warc", b"hello, this is not a WARC file at all\n")
    for i in range(3):
        put("dup", f"copy_{i}.txt", article(0, False).encode())  # same text as text/en_000.txt
    put("other", "image.png", b"\x89PNG\r\n\x1a\n" + bytes(100))
    put("other", "notes.docx", b"PK\x03\x04" + bytes(100))
    if big_mb:
        line = (article(999, False).replace("\n", " ") + "\n").encode()
        (root / "big").mkdir(exist_ok=True)
        with (root / "big" / "big.txt").open("wb") as f:
            for _ in range(big_mb * 1024 * 1024 // len(line) + 1):
                f.write(line)
        kinds["big"] = 1
    return kinds
