"""A build never writes two documents with one doc_id: a later document under an id already written is a
`duplicate-id` skip (first one wins, in input order), with any number of workers and across a resume."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from corpus import article, url_crawl, write_jsonl

from builder.build import BuildConfig, BuildEvent, build
from builder.dataset import iter_rows, staging_dir
from builder.errors import BuildError
from builder.records import BuildReport
from builder.resume import SHARDS
from builder.validate import validate_dataset


def _outcomes(src: Path, report: BuildReport) -> list[str | None]:
    """Per input line: the skip reason, or None when it was written."""
    reasons = {s.source: s.reason for s in report.skips}
    lines = src.read_text(encoding="utf-8").splitlines()
    return [reasons.get(f"{src}:{i}") for i in range(1, len(lines) + 1)]


def _digests(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


DUP, DUP_ID = "duplicate", "duplicate-id"


@pytest.mark.parametrize(("docs", "expected"), [
    pytest.param([("u1", 1), ("u1", 2)], [None, DUP_ID], id="same id, other text: the later one is skipped"),
    pytest.param([("u1", 1), ("u1", 1)], [None, DUP], id="same id, same text: a duplicate"),
    pytest.param([("u1", 1), ("u2", 1)], [None, DUP], id="other id, same text: a duplicate"),
    pytest.param([("u1", 1), ("u2", 2)], [None, None], id="other id, other text: both written"),
    pytest.param([("u1", 1), ("u1", 2), ("u1", 3)], [None, DUP_ID, DUP_ID], id="an id three times"),
    pytest.param([("u1", 1), ("u1", 2), ("u1", 1)], [None, DUP_ID, DUP], id="the first text again: a duplicate"),
    pytest.param([("u1", 1), ("u1", 2), ("u2", 2)], [None, DUP_ID, DUP],
                 id="the text of a duplicate-id counts as seen (text first, as on Spark)"),
    pytest.param([("u1", 1), ("u2", 1), ("u2", 2)], [None, DUP, None],
                 id="an id only a duplicate had was never written: free"),
])
def test_a_doc_id_is_written_once(docs: list[tuple[str, int]], expected: list[str | None], tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", docs)
    out = tmp_path / "out"
    report = build(BuildConfig(inputs=(str(src),), out=str(out)))
    assert _outcomes(src, report) == expected
    ids = [r["doc_id"] for r in iter_rows(out, "documents")]
    assert len(ids) == len(set(ids)) == report.documents_written == expected.count(None)
    assert report.duplicates == expected.count(DUP)
    assert report.documents_read == report.documents_written + len(report.skips)
    assert validate_dataset(out).ok


def test_the_skip_names_the_id_and_the_earlier_document_in_report_manifest_and_card(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", [("u1", 1), ("u1", 2)])
    out = tmp_path / "out"
    report = build(BuildConfig(inputs=(str(src),), out=str(out)))
    detail = f"id 'u1' already used by an earlier document ({src}:1); give each document its own id (--id-field)"
    assert [s.to_dict() for s in report.skips] == [{"source": f"{src}:2", "reason": DUP_ID, "detail": detail}]
    manifest = json.loads((out / "quotechain.json").read_text(encoding="utf-8"))
    assert manifest["skips"] == [s.to_dict() for s in report.skips]
    assert (manifest["documents_read"], manifest["documents_written"], manifest["duplicates"]) == (2, 1, 0)
    assert "documents skipped | 1 (duplicate-id: 1)" in (out / "README.md").read_text(encoding="utf-8")
    assert [r["text"] for r in iter_rows(out, "documents")] == [article(1, False).strip()]  # the first one wins


def test_strict_stops_at_a_repeated_id(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", [("u1", 1), ("u2", 2), ("u1", 3)])
    with pytest.raises(BuildError, match=r"--strict: u1 \(.*in.jsonl:3\): duplicate-id: id 'u1' already used"):
        build(BuildConfig(inputs=(str(src),), out=str(tmp_path / "out"), strict=True))


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, BuildReport]:
    root = tmp_path_factory.mktemp("crawl")
    src = url_crawl(root / "crawl.jsonl")
    out = root / "ref"
    report = build(BuildConfig(inputs=(str(src),), out=str(out), shard_docs=16))
    return src, out, report


def test_a_crawl_keyed_by_url_gives_a_valid_dataset(crawl: tuple[Path, Path, BuildReport]) -> None:
    src, out, report = crawl
    assert report.skips_by_reason == {DUP: 10, DUP_ID: 19}
    assert report.documents_written == 61 and report.documents_read == 90
    ids = [r["doc_id"] for r in iter_rows(out, "documents")]
    assert len(ids) == len(set(ids)) == 61
    assert validate_dataset(out).ok
    # the earlier document is named even when it was written in a shard finished long before
    late = next(s for s in report.skips if s.source == f"{src}:61")
    assert late.reason == DUP_ID and f"({src}:1)" in late.detail


def test_two_workers_give_what_one_gives(crawl: tuple[Path, Path, BuildReport], tmp_path: Path) -> None:
    src, ref, report = crawl
    two = build(BuildConfig(inputs=(str(src),), out=str(tmp_path / "w2"), shard_docs=16, workers=2))
    assert two.skips == report.skips
    assert _digests(tmp_path / "w2") == _digests(ref)


class Stop(Exception):
    pass


@pytest.mark.parametrize(("stop_at", "finished"), [
    (56, 3),  # URLs of shards 0-2 come back in shards 3 and 4
    (84, 5),  # texts left out as duplicate-id in shard 4 come back under new URLs in shard 5
])
def test_a_resumed_build_keeps_the_ids_and_texts_of_finished_shards(crawl: tuple[Path, Path, BuildReport],
                                                                   stop_at: int, finished: int,
                                                                   tmp_path: Path) -> None:
    src, ref, report = crawl
    out = tmp_path / "out"
    config = BuildConfig(inputs=(str(src),), out=str(out), shard_docs=16)

    def stop(ev: BuildEvent) -> None:
        if ev.documents >= stop_at:
            raise Stop

    with pytest.raises(Stop):
        build(config, progress=stop)
    assert len(list((staging_dir(out) / SHARDS).iterdir())) == finished
    resumed = build(BuildConfig(**{**config.__dict__, "resume": True}))
    assert resumed.skips == report.skips
    assert _digests(out) == _digests(ref)
