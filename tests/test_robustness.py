"""A mixed corpus of 200+ good and broken files builds to the end, and every input is accounted for:
in the dataset, or in the skip list with a reason. (Peak memory is measured by bench/robustness.py.)"""

from __future__ import annotations

from pathlib import Path

import pytest
from corpus import make_mixed_corpus

from builder.build import BuildConfig, build
from builder.dataset import iter_rows
from builder.ingest import IngestOptions, read_inputs
from builder.records import Document
from builder.validate import validate_dataset


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    root = tmp_path_factory.mktemp("mixed") / "in"
    kinds = make_mixed_corpus(root, big_mb=50)
    return root, kinds


def test_mixed_corpus_builds_and_loses_nothing(mixed: tuple[Path, dict[str, int]], tmp_path: Path) -> None:
    root, kinds = mixed
    files = sorted(p for p in root.rglob("*") if p.is_file())
    assert len(files) >= 200 and (root / "big" / "big.txt").stat().st_size >= 50 * 1024 * 1024
    out = tmp_path / "out"
    report = build(BuildConfig(inputs=(str(root),), out=str(out)))
    assert validate_dataset(out).ok
    assert report.documents_read == report.documents_written + len(report.skips)
    rows = {r["doc_id"] for r in iter_rows(out, "documents")}
    skipped = {s.source for s in report.skips}
    assert all(s.reason and s.detail for s in report.skips)
    items = list(read_inputs([str(root)], IngestOptions()))
    assert len(items) == report.documents_read
    lost = [x for x in items if not (x.source in skipped or (isinstance(x, Document) and x.doc_id in rows))]
    assert not lost, lost
    # every file gave at least one item (documents from a WARC are named by their URLs: read those apart)
    named = [x.source for x in items]
    silent = [f for f in files if not any(n.startswith(str(f)) for n in named)
              and not ("warc" in f.name and list(read_inputs([str(f)], IngestOptions())))]
    assert not silent, silent
    reasons = report.skips_by_reason
    for reason in ("empty", "binary", "truncated-gzip", "bad-gzip", "too-large", "duplicate", "not-warc",
                   "truncated", "not-html", "http-status", "bad-json", "unsupported-format"):
        assert reasons.get(reason), f"no skip for {reason}: {reasons}"
    assert report.quotes_per_language.get("en", 0) > 50 and report.quotes_per_language.get("ru", 0) > 20
    assert kinds["cp1251"] + kinds["koi8"] == 20
    legacy = [r for r in iter_rows(out, "documents") if r["doc_id"].startswith(("cp1251/", "koi8/"))]
    assert len(legacy) == 20 and all("Мост откроют" in (r["text"] or "") for r in legacy)
