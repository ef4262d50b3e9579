"""quotechain eval agrees with the bench scorer (shared/bench/score.py) on the same predictions."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from builder.cli import app
from builder.evaluate import (
    TokenDoc,
    classify_kind,
    evaluate,
    head_word,
    match_documents,
    name_accuracy,
    name_key,
    read_gold,
)

MINI = Path(__file__).parent / "data" / "mini_gold.jsonl"


def score_py(shared: Path, gold: Path, pred: Path, *args: str) -> dict:  # type: ignore[type-arg]
    done = subprocess.run([sys.executable, str(shared / "bench" / "score.py"), str(gold), str(pred), "--json", *args],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)  # type: ignore[no-any-return]


@pytest.mark.parametrize("kinds", [("direct", "mixed", "indirect"), ("direct", "mixed"), ("indirect",)])
def test_eval_agrees_with_score_py(shared_dir: Path, tmp_path: Path, kinds: tuple[str, ...]) -> None:
    ev, rows = evaluate(MINI, kinds=kinds)
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    theirs = score_py(shared_dir, MINI, pred, "--kinds", ",".join(kinds))
    assert ev.results == theirs["results"]
    assert ev.span_resolution == theirs["span_resolution"]
    assert ev.results["all"]["n_gold"] > 0 and ev.results["all"]["n_pred"] > 0


def test_eval_agrees_on_a_real_dev_set(shared_dir: Path, tmp_path: Path) -> None:
    gold = shared_dir / "bench" / "ru_wikinews_dev.jsonl"
    ev, rows = evaluate(gold)
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    assert ev.results == score_py(shared_dir, gold, pred)["results"]


@pytest.mark.parametrize(("text", "kind"), [
    ('"We will win."', "direct"), ('"It is over," he added', "mixed"), ("taxes will rise", "indirect"),
    ("«Мы победим»", "direct"), ("он назвал это «катастрофой»", "mixed"), ("''Yes,'' he said", "mixed"),
])
def test_classify_kind(text: str, kind: str) -> None:
    assert classify_kind(text) == kind


@pytest.mark.parametrize(("speaker", "head"), [
    ("the Afghan team 's coach , Alireza Mehraban", "coach"), ("Rep. Jerry Nadler, a Democrat from New York", "Nadler"),
    ("Donald Trump’s son", "son"), ("The newspaper", "newspaper"),
])
def test_head_word(speaker: str, head: str) -> None:
    assert head_word(TokenDoc("x", speaker), [(0, len(speaker))]) == head


def test_eval_command_prints_scores_and_writes_predictions(tmp_path: Path) -> None:
    pred = tmp_path / "p.jsonl"
    result = CliRunner().invoke(app, ["eval", str(MINI), "--json", "--predictions", str(pred)])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["results"]["all"]["n_gold"] == 8
    assert report["results"]["all"]["quote"]["j>=0.5"]["F1"] > 80
    assert len(pred.read_text(encoding="utf-8").splitlines()) == report["results"]["all"]["n_pred"]


def test_nested_links_are_counted(shared_dir: Path) -> None:
    ev, _ = evaluate(shared_dir / "bench" / "seeds_gold.jsonl")
    assert ev.nested["gold_links"] == 9
    assert ev.nested["found"] >= 8


@pytest.mark.parametrize(("gold", "pred", "same"), [
    ("Евгений Кисин", "евгений кисин", True),
    ("Михаил Горбачёв Дом", "Михаил Горбачев Дом", True),
    ("Эхо Москвы", "«Эхо Москвы»", True),
    ("суд присяжных (Сан-Франциско)", "Суд присяжных", True),
    ("Antony Blinken; Yoshimasa Hayashi", "Yoshimasa Hayashi; Antony Blinken", True),
    ("Antony Blinken", "Blinken", False),
    ("Виталий Маркив", "Виталия Маркива", False),
])
def test_speaker_names_are_compared_as_names(gold: str, pred: str, same: bool) -> None:
    assert (name_key(gold) == name_key(pred)) is same


def test_speaker_name_accuracy_is_counted(shared_dir: Path) -> None:
    ev, rows = evaluate(shared_dir / "bench" / "seeds_gold.jsonl")
    assert ev.names["gold_names"] == 26  # gold quotes with a speaker_name, all matched at J >= 0.5
    assert ev.names["right"] + ev.names["unnamed"] <= ev.names["gold_names"]
    wrong = [dict(r, speaker_name="Nobody") for r in rows]
    matched, _ = match_documents(read_gold(shared_dir / "bench" / "seeds_gold.jsonl"), wrong)
    assert name_accuracy(matched)["right"] == 0
