"""Never lose work: interrupted builds resume from their finished shards and end byte-identical;
the output path never holds a partial dataset; --strict stops naming the document."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from corpus import article

from builder.build import BuildConfig, BuildEvent, build
from builder.dataset import staging_dir
from builder.errors import BuildError
from builder.resume import SHARDS

ROOT = Path(__file__).resolve().parents[1]


def _corpus(root: Path, n: int) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (root / f"doc_{i:04d}.txt").write_text(article(i, i % 3 == 0), encoding="utf-8")
    (root / "doc_0005_copy.txt").write_text(article(5, False), encoding="utf-8")  # a duplicate
    (root / "empty.txt").write_bytes(b"")
    return root


def _digests(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


class Stop(Exception):
    pass


def _interrupt_after(n: int) -> object:
    def on_event(ev: BuildEvent) -> None:
        if ev.documents >= n:
            raise Stop

    return on_event


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _corpus(tmp_path_factory.mktemp("corpus") / "in", 40)


@pytest.fixture(scope="module")
def reference(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    out = tmp_path_factory.mktemp("ref") / "out"
    build(BuildConfig(inputs=(str(corpus),), out=str(out), shard_docs=7))
    return _digests(out)


def test_interrupted_then_resumed_equals_uninterrupted(corpus: Path, reference: dict[str, str],
                                                       tmp_path: Path) -> None:
    out = tmp_path / "out"
    config = BuildConfig(inputs=(str(corpus),), out=str(out), shard_docs=7)
    with pytest.raises(Stop):
        build(config, progress=_interrupt_after(24))  # in the middle of the fourth shard
    stage = staging_dir(out)
    assert not out.exists()
    assert sorted(p.name for p in (stage / SHARDS).iterdir()) == ["00000.json", "00001.json", "00002.json"]
    processed: list[str] = []
    report = build(BuildConfig(**{**config.__dict__, "resume": True}),
                   progress=lambda ev: processed.append(ev.source))
    assert len(processed) == 42 - 21  # only the unfinished shards were processed again
    assert _digests(out) == reference
    assert report.duplicates == 1 and report.skips_by_reason == {"duplicate": 1, "empty": 1}
    assert not stage.exists()


def test_unfinished_part_files_are_discarded_on_resume(corpus: Path, reference: dict[str, str],
                                                      tmp_path: Path) -> None:
    out = tmp_path / "out"
    config = BuildConfig(inputs=(str(corpus),), out=str(out), shard_docs=7)
    with pytest.raises(Stop):
        build(config, progress=_interrupt_after(10))
    stage = staging_dir(out)
    leftover = stage / "data" / "en" / "part-00001.parquet.tmp"
    leftover.write_bytes(b"half a parquet file")  # what kill -9 leaves in the middle of a write
    (stage / "data" / "en" / "part-00004.parquet").write_bytes(b"a shard without its record")
    build(BuildConfig(**{**config.__dict__, "resume": True}))
    assert _digests(out) == reference


def test_resume_refuses_a_different_build(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    with pytest.raises(Stop):
        build(BuildConfig(inputs=(str(corpus),), out=str(out), shard_docs=7), progress=_interrupt_after(10))
    with pytest.raises(BuildError, match="differs in options"):
        build(BuildConfig(inputs=(str(corpus),), out=str(out), shard_docs=7, clean="none", resume=True))
    other = _corpus(tmp_path / "other", 3)
    with pytest.raises(BuildError, match="differs in inputs_fingerprint"):
        build(BuildConfig(inputs=(str(other),), out=str(out), shard_docs=7, resume=True))
    # without --resume the old staging folder is simply replaced
    report = build(BuildConfig(inputs=(str(other),), out=str(out), shard_docs=7))
    assert report.documents_written == 4  # three articles and the copy of a fourth


def test_resume_with_nothing_to_resume_builds_from_scratch(corpus: Path, reference: dict[str, str],
                                                           tmp_path: Path) -> None:
    out = tmp_path / "out"
    build(BuildConfig(inputs=(str(corpus),), out=str(out), shard_docs=7, resume=True))
    assert _digests(out) == reference


def test_strict_names_the_document_and_keeps_the_finished_shards(corpus: Path, reference: dict[str, str],
                                                                 tmp_path: Path) -> None:
    out = tmp_path / "out"
    config = BuildConfig(inputs=(str(corpus),), out=str(out), shard_docs=7, strict=True)
    with pytest.raises(BuildError, match=r"doc_0005_copy.txt.*duplicate|empty.txt.*empty"):
        build(config)
    assert not out.exists() and (staging_dir(out) / SHARDS).exists()
    build(BuildConfig(**{**config.__dict__, "strict": False, "resume": True}))
    assert _digests(out) == reference


def test_a_rebuild_replaces_the_old_dataset_whole(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build(BuildConfig(inputs=(str(corpus),), out=str(out), shard_docs=7))
    before = _digests(out)
    with pytest.raises(Stop):
        build(BuildConfig(inputs=(str(corpus),), out=str(out), shard_docs=5), progress=_interrupt_after(12))
    assert _digests(out) == before  # the old dataset stays intact until the new one is complete


@pytest.mark.slow
def test_kill_9_then_resume(tmp_path: Path) -> None:
    """A real build process killed with SIGKILL halfway; --resume finishes it; the output path never
    holds anything but nothing or the complete dataset."""
    corpus = _corpus(tmp_path / "in", 300)
    ref = tmp_path / "ref"
    build(BuildConfig(inputs=(str(corpus),), out=str(ref), shard_docs=20))
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "builder.cli", "build", str(corpus), "--out", str(out), "--shard-docs", "20"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shards = staging_dir(out) / SHARDS
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            assert not out.exists(), "a partial dataset appeared at the output path"
            if shards.exists() and len(list(shards.glob("*.json"))) >= 3:
                break
            time.sleep(0.02)
        assert proc.poll() is None, "the build ended before it could be killed"
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait()
    assert proc.returncode == -signal.SIGKILL
    assert not out.exists()
    finished = len(list(shards.glob("*.json")))
    assert 3 <= finished < 16
    result = subprocess.run([*cmd, "--resume"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert _digests(out) == _digests(ref)


def test_standard_input_cannot_be_resumed(tmp_path: Path) -> None:
    with pytest.raises(BuildError, match="standard input"):
        build(BuildConfig(inputs=("-",), out=str(tmp_path / "out"), resume=True))
