"""The evaluation gate: quality on the dev sets never falls below the floors, and floors only go up."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
FLOORS = ROOT / "tests" / "quality_floors.json"
sys.path.insert(0, str(ROOT / "bench"))

from quality import SUITES, measure  # noqa: E402


def load_floors(text: str) -> dict[str, Any]:
    return json.loads(text)  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def scores(shared_dir: Path) -> dict[str, dict[str, Any]]:
    return measure(shared_dir / "bench")


@pytest.mark.parametrize("suite", [s.key for s in SUITES])
def test_quality_is_at_least_the_floor(scores: dict[str, dict[str, Any]], suite: str) -> None:
    floors = load_floors(FLOORS.read_text(encoding="utf-8"))["floors"][suite]
    for metric, floor in floors.items():
        assert scores[suite][metric] >= floor, f"{suite} {metric}: {scores[suite][metric]} < floor {floor}"


def test_every_suite_has_floors() -> None:
    floors = load_floors(FLOORS.read_text(encoding="utf-8"))["floors"]
    assert set(floors) == {s.key for s in SUITES}


def _history() -> list[str]:
    """Every committed version of the floors file (empty outside a git checkout)."""
    try:
        shas = subprocess.run(["git", "log", "--format=%H", "--", str(FLOORS.relative_to(ROOT))], cwd=ROOT,
                              capture_output=True, text=True, check=True).stdout.split()
        return [subprocess.run(["git", "show", f"{sha}:{FLOORS.relative_to(ROOT).as_posix()}"], cwd=ROOT,
                               capture_output=True, text=True, check=True).stdout for sha in shas]
    except (OSError, subprocess.CalledProcessError):
        return []


def test_floors_only_go_up() -> None:
    current = load_floors(FLOORS.read_text(encoding="utf-8"))
    allowed = {(e["suite"], e["metric"]) for e in current["lowered"] if e.get("reason")}
    versions = _history()
    if (ROOT / ".git").exists():
        assert versions or not subprocess.run(["git", "ls-files", str(FLOORS)], cwd=ROOT, capture_output=True,
                                              text=True).stdout, "git history of the floors file unreadable"
    for old_text in versions:
        old = load_floors(old_text)["floors"]
        for suite, metrics in old.items():
            for metric, value in metrics.items():
                now = current["floors"].get(suite, {}).get(metric)
                assert now is not None and (now >= value or (suite, metric) in allowed), (
                    f"floor {suite}.{metric} went down from {value} to {now} without a `lowered` entry")
