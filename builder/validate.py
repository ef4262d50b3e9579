"""A built dataset folder -> every defect found: card, schema, offsets, ids, references.

Checks: the card's YAML parses and lists exactly the configs on disk; every row conforms to its
contract; quote ids and doc ids are unique; every span's text equals the document text at its
offsets; every quote's doc_id and parent_id exist.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from huggingface_hub import DatasetCard

from builder.dataset import DOCUMENTS, configs_of, contract_of, iter_rows
from builder.schema import row_problems

MAX_PROBLEMS = 200


@dataclass
class ValidationReport:
    rows: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def add(self, problem: str) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(problem)


def _spans(row: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    out = [("content", s) for s in row["content"]]
    if row["cue"] is not None:
        out.append(("cue", row["cue"]))
    if row["speaker"] is not None:
        out.append(("speaker", row["speaker"]))
    return out


def validate_dataset(out_dir: str | Path) -> ValidationReport:
    """Check a built dataset; the report lists every problem (empty list = valid)."""
    root = Path(out_dir)
    report = ValidationReport()
    configs = configs_of(root)
    _check_card(root, configs, report)
    if DOCUMENTS not in configs:
        report.add("no documents config")
        return report
    texts: dict[str, str | None] = {}
    for row in iter_rows(root, DOCUMENTS):
        report.rows[DOCUMENTS] = report.rows.get(DOCUMENTS, 0) + 1
        for p in row_problems("documents", row):
            report.add(f"documents/{row.get('doc_id')}: {p}")
        if row["doc_id"] in texts:
            report.add(f"documents: duplicate doc_id {row['doc_id']!r}")
        texts[row["doc_id"]] = row["text"]
    ids: set[str] = set()
    parents: list[tuple[str, str]] = []
    for config in configs:
        if config == DOCUMENTS:
            continue
        for row in iter_rows(root, config):
            report.rows[config] = report.rows.get(config, 0) + 1
            _check_quote(config, row, texts, ids, parents, report)
    for qid, parent in parents:
        if parent not in ids:
            report.add(f"quote {qid}: parent_id {parent} is not a quote of this dataset")
    return report


def _check_quote(config: str, row: dict[str, Any], texts: dict[str, str | None], ids: set[str],
                 parents: list[tuple[str, str]], report: ValidationReport) -> None:
    where = f"{config}/{row.get('quote_id')}"
    for p in row_problems(contract_of(config), row):
        report.add(f"{where}: {p}")
    if row["language"] != config:
        report.add(f"{where}: language {row['language']!r} in config {config!r}")
    if row["quote_id"] in ids:
        report.add(f"{where}: duplicate quote_id")
    ids.add(row["quote_id"])
    if row["parent_id"]:
        parents.append((row["quote_id"], row["parent_id"]))
    if row["doc_id"] not in texts:
        report.add(f"{where}: doc_id {row['doc_id']!r} has no documents row")
        return
    text = texts[row["doc_id"]]
    if text is None:
        return  # a --no-text build: offsets cannot be checked here
    for role, span in _spans(row):
        if text[span["start"]:span["end"]] != span["text"]:
            report.add(f"{where}: {role} span [{span['start']}, {span['end']}) is "
                       f"{text[span['start']:span['end']]!r}, row says {span['text']!r}")


def _check_card(root: Path, configs: list[str], report: ValidationReport) -> None:
    path = root / "README.md"
    if not path.exists():
        report.add("README.md (dataset card) is missing")
        return
    try:
        card = DatasetCard.load(path)
    except Exception as e:  # the card parser raises several types; all mean "unreadable card"
        report.add(f"README.md: {e}")
        return
    listed = sorted(c["config_name"] for c in card.data.to_dict().get("configs", []))
    if listed != sorted(configs):
        report.add(f"README.md lists configs {listed}, the data folder has {sorted(configs)}")
