"""quotechain publish, end to end against a fake Hub on 127.0.0.1 (tests/fakehub.py): what arrives loads back."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import datasets
import huggingface_hub
import pyarrow.parquet as pq
import pytest
from fakehub import FakeHub  # tests/ is on sys.path (pytest rootdir conftest)
from huggingface_hub import DatasetCard, HfApi
from typer.testing import CliRunner

from builder import publish as publish_module
from builder.build import BuildConfig, build
from builder.cli import app
from builder.dataset import iter_rows, write_table
from builder.publish import upload_files

TOKEN = "hf_FakeGoodToken4a1b2c3d4e5f6a7b8c9d"
WRONG = "hf_FakeWrongToken9z8y7x6w5v4u3t2s1r"
REPO = "newsroom/quotes"
runner = CliRunner()


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[FakeHub]:
    fake = FakeHub(tmp_path / "hub", frozenset({TOKEN})).start()
    yield fake
    fake.stop()


@pytest.fixture
def hf_env(hub: FakeHub, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> FakeHub:
    """The fake Hub as HF_ENDPOINT, no token saved on this machine, Xet off (the fake speaks LFS only)."""
    monkeypatch.setenv("HF_ENDPOINT", hub.endpoint)
    monkeypatch.delenv("HF_TOKEN", raising=False)
    monkeypatch.delenv("HUGGING_FACE_HUB_TOKEN", raising=False)
    monkeypatch.setattr(huggingface_hub.constants, "HF_TOKEN_PATH", str(tmp_path / "hf_home" / "token"))
    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_DISABLE_XET", True)
    return hub


@pytest.fixture
def dataset(built_samples: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "ds"
    shutil.copytree(built_samples, copy)
    return copy


def publish_cli(*args: str, token: str | None = TOKEN) -> Any:
    env = {"HF_TOKEN": token} if token else {}
    return runner.invoke(app, ["publish", *args], env=env)


def assert_no_token(text: str) -> None:
    assert TOKEN not in text and WRONG not in text


def test_dry_run_lists_what_would_be_uploaded_and_uploads_nothing(hf_env: FakeHub, dataset: Path) -> None:
    result = publish_cli(str(dataset), "--repo-id", REPO, "--dry-run", "--license", "cc-by-4.0")
    assert result.exit_code == 0, result.output
    files = upload_files(dataset)
    assert {p for p, _ in files} >= {"README.md", "quotechain.json", "data/en/train-00000-of-00001.parquet"}
    for path, _ in files:
        assert path in result.output
    assert "dry run" in result.output and "found (HF_TOKEN)" in result.output
    assert "licence set to cc-by-4.0" in result.output
    assert hf_env.requests == []
    assert DatasetCard.load(dataset / "README.md").data.license == "unknown"  # a dry run changes nothing
    assert_no_token(result.output)


def test_publish_to_the_fake_hub_and_load_it_back(hf_env: FakeHub, dataset: Path,
                                                  caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    result = publish_cli(str(dataset), "--repo-id", REPO, "--license", "cc-by-4.0")
    assert result.exit_code == 0, result.output
    assert "published" in result.output and f"/datasets/{REPO}" in result.output
    assert hf_env.unexpected == []
    local = [p for p, _ in upload_files(dataset)]
    assert hf_env.files(REPO) == sorted([".gitattributes", *local])
    remote = hf_env.repo_dir(REPO)
    for path in local:
        assert (remote / path).read_bytes() == (dataset / path).read_bytes(), path
    # parquet and PNG files travelled through the LFS batch API, the card as a regular file
    assert sum(1 for m, p in hf_env.requests if m == "PUT" and p.startswith("/lfs-upload/")) == sum(
        1 for p in local if p.endswith((".parquet", ".png")))
    assert DatasetCard.load(remote / "README.md").data.license == "cc-by-4.0"
    for config in ("en", "ru", "documents"):
        loaded = datasets.load_dataset(str(remote), config, split="train")
        key = "doc_id" if config == "documents" else "quote_id"
        assert loaded[key] == [r[key] for r in iter_rows(dataset, config)]
    assert_no_token(result.output)
    assert_no_token(caplog.text)
    for path in remote.rglob("*"):
        if path.is_file():
            assert TOKEN.encode() not in path.read_bytes()


def test_publishing_again_removes_shards_of_the_older_build(hf_env: FakeHub, samples_dir: Path,
                                                            tmp_path: Path) -> None:
    out = tmp_path / "ds"
    build(BuildConfig(inputs=(str(samples_dir),), out=str(out), shard_docs=1))
    assert publish_cli(str(out), "--repo-id", REPO).exit_code == 0
    old = {p for p in hf_env.files(REPO) if p.startswith("data/")}
    assert len(old) == 8  # four documents, one per shard, in three configs
    build(BuildConfig(inputs=(str(samples_dir),), out=str(out)))
    result = publish_cli(str(out), "--repo-id", REPO)
    assert result.exit_code == 0, result.output
    data = [p for p in hf_env.files(REPO) if p.startswith("data/")]
    assert data == sorted(p for p, _ in upload_files(out) if p.startswith("data/"))
    assert "removed from the repo" in result.output
    assert len(datasets.load_dataset(str(hf_env.repo_dir(REPO)), "en", split="train")) == len(
        list(iter_rows(out, "en")))


def test_a_wrong_token_is_a_clear_error(hf_env: FakeHub, dataset: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    result = publish_cli(str(dataset), "--repo-id", REPO, token=WRONG)
    assert result.exit_code == 1
    assert "refused the token" in " ".join(result.output.split())
    assert hf_env.repos == {}
    assert_no_token(result.output)
    assert_no_token(caplog.text)
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit)


def test_no_token_at_all_is_a_clear_error(hf_env: FakeHub, dataset: Path) -> None:
    result = publish_cli(str(dataset), "--repo-id", REPO, token=None)
    assert result.exit_code == 1
    assert "no Hugging Face token" in result.output and "hf auth login" in result.output
    assert hf_env.requests == []


def test_a_read_only_token_is_refused(hf_env: FakeHub, dataset: Path) -> None:
    hf_env.role = "read"
    result = publish_cli(str(dataset), "--repo-id", REPO)
    assert result.exit_code == 1 and "read-only" in result.output
    assert hf_env.repos == {}


def test_a_dataset_with_a_defect_is_not_published(hf_env: FakeHub, dataset: Path) -> None:
    [path] = sorted((dataset / "data" / "en").glob("*.parquet"))
    rows = pq.read_table(path).to_pylist()
    rows[0]["content"][0]["start"] += 1
    write_table(rows, "quotes", path)
    for args in ((), ("--dry-run",)):
        result = publish_cli(str(dataset), "--repo-id", REPO, *args)
        assert result.exit_code == 1
        assert "not published" in result.output and "content span" in result.output
    assert hf_env.requests == []


@pytest.mark.parametrize("repo_id", ["quotes", "a/b/c", "-bad/name", "org/na me"])
def test_a_malformed_repo_id_is_refused(hf_env: FakeHub, dataset: Path, repo_id: str) -> None:
    result = publish_cli(str(dataset), "--repo-id", repo_id, "--dry-run")
    assert result.exit_code == 1 and "owner/name" in result.output


def test_revision_goes_to_its_own_branch(hf_env: FakeHub, dataset: Path) -> None:
    result = publish_cli(str(dataset), "--repo-id", REPO, "--revision", "v2", "--private")
    assert result.exit_code == 0, result.output
    assert "README.md" in hf_env.files(REPO, "v2")
    assert hf_env.files(REPO, "main") == [".gitattributes"]
    assert hf_env.repos[f"dataset:{REPO}"]["private"] is True


def test_big_builds_use_upload_large_folder_where_the_library_has_it(
        hf_env: FakeHub, dataset: Path, samples_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    older = tmp_path / "older"
    build(BuildConfig(inputs=(str(samples_dir),), out=str(older), shard_docs=1))
    assert publish_cli(str(older), "--repo-id", REPO).exit_code == 0
    calls: list[dict[str, Any]] = []

    def upload_large_folder(self: HfApi, **kwargs: Any) -> None:  # stands in for huggingface_hub < 2
        calls.append(kwargs)
        self.upload_folder(repo_id=kwargs["repo_id"], folder_path=kwargs["folder_path"],
                           repo_type=kwargs["repo_type"], revision=kwargs["revision"],
                           allow_patterns=kwargs["allow_patterns"])

    monkeypatch.setattr(HfApi, "upload_large_folder", upload_large_folder, raising=False)
    monkeypatch.setattr(publish_module, "LARGE_FILES", 2)
    result = publish_cli(str(dataset), "--repo-id", REPO)
    assert result.exit_code == 0, result.output
    assert "upload_large_folder" in result.output
    assert [c["repo_type"] for c in calls] == ["dataset"]
    data = [p for p in hf_env.files(REPO) if p.startswith("data/")]
    assert data == sorted(p for p, _ in upload_files(dataset) if p.startswith("data/"))  # stale shards deleted


def test_the_command_line_never_prints_the_token(hub: FakeHub, dataset: Path, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HF_", "HUGGING"))}
    env.update(HF_ENDPOINT=hub.endpoint, HF_HOME=str(tmp_path / "hf_home"), HF_HUB_DISABLE_XET="1")
    command = [sys.executable, "-m", "builder.cli", "publish", str(dataset), "--repo-id", REPO]
    wrong = subprocess.run(command, env={**env, "HF_TOKEN": WRONG}, capture_output=True, text=True, timeout=300)
    assert wrong.returncode == 1, wrong.stderr
    assert "refused the token" in " ".join(wrong.stderr.split())
    right = subprocess.run(command, env={**env, "HF_TOKEN": TOKEN}, capture_output=True, text=True, timeout=300)
    assert right.returncode == 0, right.stderr
    assert "published" in right.stderr
    for run in (wrong, right):
        assert_no_token(run.stdout + run.stderr)


def test_only_the_dataset_files_are_uploaded(dataset: Path) -> None:
    (dataset / "report.html").write_text("<html></html>", encoding="utf-8")
    (dataset / "notes.txt").write_text("private notes", encoding="utf-8")
    (dataset / "data" / "en" / "scratch.tmp").write_text("x", encoding="utf-8")
    paths = [p for p, _ in upload_files(dataset)]
    assert paths == sorted(paths)
    assert not any(p in ("report.html", "notes.txt") or p.endswith(".tmp") for p in paths)
    assert {p.split("/")[0] for p in paths} == {"README.md", "quotechain.json", "data", "images"}
