"""Golden files: tests/golden/<lang>/<case>.txt -> <case>.expected.json (every row, span texts included).

The expected files change only through `pytest tests/test_golden.py --update-golden` and a reviewed
diff; the texts were written for this project.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from builder import api

GOLDEN = Path(__file__).parent / "golden"
CASES = sorted(GOLDEN.glob("*/*.txt"))


def snapshot(text: str, lang: str) -> list[dict[str, Any]]:
    quotes = api.extract(text, lang=lang)
    index = {q.quote_id: i for i, q in enumerate(quotes)}
    rows = []
    for q in quotes:
        for span in [*q.content, q.speaker, q.cue]:
            if span is not None:
                assert text[span.start:span.end] == span.text
        rows.append({
            "kind": q.kind,
            "content": [c.text for c in q.content],
            "speaker": q.speaker.text if q.speaker else None,
            "speaker_name": q.speaker_name,
            "speaker_type": q.speaker_type,
            "speaker_role": q.speaker_role,
            "cue": q.cue.text if q.cue else None,
            "cue_lemma": q.cue.lemma if q.cue else None,
            "cue_type": q.cue_type,
            "parent": index.get(q.parent_id) if q.parent_id else None,
            "chain": [link.name for link in q.chain],
        })
    return rows


def test_there_are_golden_cases_in_every_language() -> None:
    assert {p.parent.name for p in CASES} >= {"en", "ru"}


@pytest.mark.parametrize("case", CASES, ids=[f"{p.parent.name}/{p.stem}" for p in CASES])
def test_golden(case: Path, update_golden: bool) -> None:
    lang = case.parent.name
    got = snapshot(case.read_text(encoding="utf-8"), lang)
    expected_path = case.with_suffix(".expected.json")
    if update_golden:
        expected_path.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert expected_path.exists(), f"{expected_path} missing: run pytest --update-golden and review it"
    assert got == json.loads(expected_path.read_text(encoding="utf-8"))
