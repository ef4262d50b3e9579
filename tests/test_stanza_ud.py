"""Quality gate of the stanza backend on gold parses: the UD quote sentences (CC BY-SA 4.0, ../shared/ud).

Scored by ../shared/bench/score.py through bench/ud_quotes.py against expected rows written by hand.
Floors only go up.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

pytest.importorskip("stanza")

ROOT = Path(__file__).resolve().parents[1]
FLOORS = {"speaker_acc": 90.0, "cue_acc": 90.0, "quote_f1_05": 90.0}


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("ud_quotes", ROOT / "bench" / "ud_quotes.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_expected_rows_locate_in_the_rebuilt_texts(shared_dir: Path) -> None:
    gold = _bench().gold_documents()
    assert len(gold) == 40
    assert sum(len(d["quotes"]) for d in gold) >= 40
    for d in gold:
        for q in d["quotes"]:
            for s, e in q["quote_spans"] + q["speaker_spans"] + q["cue_spans"]:
                assert 0 <= s < e <= len(d["text"])


def test_speakers_and_cues_on_ud_quote_sentences(shared_dir: Path) -> None:
    res = _bench().evaluate("stanza")["results"]["all"]
    got = {"speaker_acc": res["speaker_acc"], "cue_acc": res["cue_acc"], "quote_f1_05": res["quote"]["j>=0.5"]["F1"]}
    assert all(got[k] >= floor for k, floor in FLOORS.items()), got


def test_quotechain_eval_on_conllu_input(shared_dir: Path) -> None:
    """The acceptance command: `quotechain eval GOLD --conllu …` with the stanza backend reading the gold parses."""
    import json

    from typer.testing import CliRunner

    from builder.cli import app

    fixtures = ROOT / "tests" / "fixtures" / "ud"
    result = CliRunner().invoke(app, ["eval", str(fixtures / "quote_speech.gold.jsonl"), "--conllu", str(fixtures),
                                      "--backend", "stanza", "--json"])
    assert result.exit_code == 0, result.output
    res = json.loads(result.stdout)["results"]["all"]
    assert res["speaker_acc"] >= FLOORS["speaker_acc"] and res["cue_acc"] >= FLOORS["cue_acc"], res
    # the committed gold file is what bench/ud_quotes.py writes from the expected rows
    assert [json.loads(x) for x in (fixtures / "quote_speech.gold.jsonl").read_text(encoding="utf-8").splitlines()] \
        == _bench().gold_documents()
