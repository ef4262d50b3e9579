"""A staging folder's bookkeeping -> what an interrupted build finished, so `--resume` can go on.

Shard k of a build holds input documents [k*N, (k+1)*N) by input position, whatever the order in
which shards are processed. A finished shard leaves `.shards/<k>.json` (written atomically after its
part files), with everything the build report needs: counts, skips, the content hashes and ids of
the documents it wrote and the content hashes of those it left out as `duplicate-id` (for dedupe; a
record without them is an old one, and its shard is done again). `build.json` records the options
and a fingerprint of the inputs; a build resumes only when both match, otherwise it would mix two
different datasets.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from builder.dataset import shard_of
from builder.errors import BuildError
from builder.records import Skip

SHARDS = ".shards"
BUILD = "build.json"


@dataclass
class ShardRecord:
    """What one finished shard did."""

    shard: int
    items: int = 0
    written: list[str] = field(default_factory=list)  # content hashes, in input order
    ids: list[str] = field(default_factory=list)  # the doc_ids of `written`, in the same order
    held: list[str] = field(default_factory=list)  # content hashes of documents skipped as duplicate-id
    duplicates: int = 0
    skips: list[Skip] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)
    quotes: dict[str, int] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["skips"] = [s.to_dict() for s in self.skips]
        return d

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> ShardRecord:
        return cls(shard=int(d["shard"]), items=int(d["items"]), written=list(d["written"]), ids=list(d["ids"]),
                   held=list(d["held"]), duplicates=int(d["duplicates"]), skips=[Skip(**s) for s in d["skips"]],
                   rows=dict(d["rows"]), quotes=dict(d["quotes"]))


def _write_json(path: Path, data: dict[str, Any]) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True), encoding="utf-8")
    os.replace(tmp, path)


def save_shard(stage: Path, record: ShardRecord) -> None:
    """Mark a shard finished (its part files must already be in place)."""
    folder = stage / SHARDS
    folder.mkdir(exist_ok=True)
    _write_json(folder / f"{record.shard:05d}.json", record.to_json())


def start(stage: Path, identity: dict[str, Any], resume: bool) -> dict[int, ShardRecord]:
    """Prepare the staging folder; the shards already finished (none unless resuming a matching build).

    Without `resume` any old staging folder is wiped. With it, a staging folder of the same build
    (same options, same inputs) keeps its finished shards and loses the files of unfinished ones; a
    staging folder of another build is an error rather than a silent restart.
    """
    identity = json.loads(json.dumps(identity))  # tuples as lists, as they come back from the file
    if stage.exists() and not resume:
        shutil.rmtree(stage)
    if not stage.exists():
        stage.mkdir(parents=True)
        _write_json(stage / BUILD, identity)
        return {}
    try:
        before = json.loads((stage / BUILD).read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise BuildError(f"{stage} holds no readable {BUILD}; run without --resume to start over") from e
    if before != identity:
        changed = sorted(k for k in set(before) | set(identity) if before.get(k) != identity.get(k))
        raise BuildError(f"the unfinished build in {stage} differs in {', '.join(changed)}; "
                         "run without --resume to start over")
    done: dict[int, ShardRecord] = {}
    for path in sorted((stage / SHARDS).glob("*.json")) if (stage / SHARDS).exists() else []:
        try:
            record = ShardRecord.from_json(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError, TypeError):
            continue  # a record cut short: that shard is done again
        done[record.shard] = record
    _remove_unfinished(stage, set(done))
    return done


def _remove_unfinished(stage: Path, done: set[int]) -> None:
    for path in (stage / "data").rglob("*") if (stage / "data").exists() else []:
        k = shard_of(path)
        if path.is_file() and (k is None or k not in done or path.name.endswith(".tmp")):
            path.unlink()
    for path in (stage / SHARDS).glob("*.tmp") if (stage / SHARDS).exists() else []:
        path.unlink()


def finish(stage: Path) -> None:
    """Remove the bookkeeping before the dataset is published."""
    shutil.rmtree(stage / SHARDS, ignore_errors=True)
    (stage / BUILD).unlink(missing_ok=True)
