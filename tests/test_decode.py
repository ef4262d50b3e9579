"""Bytes -> text: BOMs, UTF-8, declared charsets, Russian legacy encodings, broken and binary bytes."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from builder.errors import DocumentError
from builder.ingest.decode import decode_bytes

RU = ("Мэр Новосибирска Анатолий Локоть открыл в четверг новую станцию метро. "
      "\"Мы ждали этого дня очень долго\", - заявил Локоть на церемонии открытия. "
      "Директор метрополитена сообщил, что поезда будут ходить с интервалом в пять минут.")
SHORT_RU = "Привет, мир! Это короткий текст."
EN = '"We will win," Smith said on Tuesday.'


@pytest.mark.parametrize(("data", "text", "encoding"), [
    (EN.encode(), EN, "utf-8"),
    (codecs.BOM_UTF8 + EN.encode(), EN, "utf-8"),
    (codecs.BOM_UTF16_LE + RU.encode("utf-16-le"), RU, "utf-16-le"),
    (codecs.BOM_UTF16_BE + RU.encode("utf-16-be"), RU, "utf-16-be"),
    (RU.encode("cp1251"), RU, "cp1251"),
    (RU.encode("koi8-r"), RU, "koi8_r"),
    (SHORT_RU.encode("cp1251"), SHORT_RU, "cp1251"),
], ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "cp1251", "koi8-r", "cp1251-short"])
def test_decodes(data: bytes, text: str, encoding: str) -> None:
    got = decode_bytes(data)
    assert got.text == text
    assert codecs.lookup(got.encoding).name == codecs.lookup(encoding).name


def test_a_declared_charset_is_tried_before_guessing() -> None:
    data = "Ещё".encode("koi8-r")  # three bytes: no detector can tell, the HTTP header or <meta> can
    assert decode_bytes(data, declared="KOI8-R").text == "Ещё"
    assert decode_bytes(data, declared="cp1251").text == data.decode("cp1251")


def test_an_unknown_declared_charset_is_ignored() -> None:
    assert decode_bytes(SHORT_RU.encode("koi8-r"), declared="no-such-charset").text == SHORT_RU


def test_latin_text_is_decoded_not_refused() -> None:
    assert decode_bytes("Ça va, dit-il à «Le Monde».".encode("latin-1")).text == "Ça va, dit-il à «Le Monde»."


def test_a_wrong_declaration_does_not_beat_valid_utf8() -> None:
    assert decode_bytes(RU.encode(), declared="windows-1251").text == RU


def test_utf8_with_a_broken_byte_is_kept_with_a_replacement() -> None:
    data = RU.encode()
    got = decode_bytes(data[:40] + b"\xff" + data[40:])
    assert got.encoding == "utf-8" and got.replaced == 1
    assert "\ufffd" in got.text and got.text.replace("\ufffd", "") == RU


def test_samples_in_legacy_encodings(samples_dir: Path) -> None:
    text = (samples_dir / "interfax.txt").read_text(encoding="utf-8")
    assert decode_bytes(text.encode("cp1251")).text == text


@pytest.mark.parametrize(("data", "reason"), [
    (b"", "empty"),
    (b"  \n\t\n", "empty"),
    (codecs.BOM_UTF8 + b"  \n", "empty"),
    (bytes(range(256)) * 8, "binary"),
    (b"\x89PNG\r\n\x1a\n" + bytes(4000), "binary"),
])
def test_refuses_with_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(DocumentError) as e:
        decode_bytes(data)
    assert e.value.reason == reason


def test_a_stray_nul_is_not_binary() -> None:
    data = (EN + " ").encode() * 50 + b"\x00" + EN.encode()
    assert "\x00" in decode_bytes(data).text  # kept here; the cleaner removes it (clean none keeps it)
