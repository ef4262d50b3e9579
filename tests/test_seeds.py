"""The two seed articles the project was asked for come out right."""

from __future__ import annotations

from pathlib import Path

from builder import api
from builder.records import Document


def test_yonhap_direct_quotes(samples_dir: Path) -> None:
    text = (samples_dir / "yonhap.txt").read_text(encoding="utf-8")
    direct = [q for q in api.extract(text, lang="en") if q.kind == "direct"]
    got = [(q.speaker.text if q.speaker else None, q.speaker_name, q.cue.text if q.cue else None) for q in direct]
    assert ("state department spokesperson Ned Price", "Ned Price", "said") in got
    assert ("he", "Ned Price", "added") in got
    assert ("Price", "Ned Price", "said") in got
    # the order of the article is kept
    assert [g[2] for g in got[:3]] == ["said", "added", "said"]


def test_yonhap_chain_starts_at_the_agency(samples_dir: Path) -> None:
    text = (samples_dir / "yonhap.txt").read_text(encoding="utf-8")
    first = next(q for q in api.extract(text, lang="en") if q.speaker_name == "Ned Price")
    assert [link.name for link in first.chain] == ["Yonhap", "Ned Price"]
    assert first.chain[-1].quote_id == first.quote_id


def test_interfax_agency_is_the_dateline(samples_dir: Path) -> None:
    text = (samples_dir / "interfax.txt").read_text(encoding="utf-8")
    result = api.process_document(Document("interfax", text), lang="en")
    assert result.doc_source == "Interfax"


def test_russian_samples(samples_dir: Path) -> None:
    metro = (samples_dir / "ru_metro.txt").read_text(encoding="utf-8")
    got = {(q.speaker.text if q.speaker else None, q.cue.lemma if q.cue else None)
           for q in api.extract(metro, lang="ru")}
    assert ("Локоть", "заявить") in got
    assert ("Глава транспортного департамента мэрии Ирина Соколова", "сказать") in got
    theatre = (samples_dir / "ru_theatre.txt").read_text(encoding="utf-8")
    rows = [q for q in api.extract(theatre, lang="ru") if q.speaker and q.speaker.text == "Дубровский"]
    assert len(rows) == 1 and len(rows[0].content) == 2  # dash dialogue in two pieces
    assert rows[0].speaker_name == "Алексей Дубровский"
