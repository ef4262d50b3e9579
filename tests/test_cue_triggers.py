"""find_cues calls, for each word, only the detectors that word can start: the sets it is in decide."""

from __future__ import annotations

import pytest

from builder.extract.cues import ALL_DETECTORS, HEARSAY, PHASE, VERB, _trigger_kinds, _triggers
from builder.lexicon import load_lexicon


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_every_trigger_word_belongs_to_a_detector(lang: str) -> None:
    """A word that starts a cue in no detector's set would get every bit (the safe fallback): none does."""
    lex = load_lexicon(lang)
    kinds = _trigger_kinds(lex)
    assert set(kinds) == set(_triggers(lex))
    assert [w for w, bits in kinds.items() if bits & ALL_DETECTORS == ALL_DETECTORS] == []


@pytest.mark.parametrize(("lang", "word", "bit", "has"), [
    ("en", "went", PHASE, True),  # "went on to endorse": a phase phrase's first word
    ("en", "continued", PHASE, True),
    ("en", "said", VERB, True),
    ("en", "said", HEARSAY, False),
    ("en", "reportedly", HEARSAY, True),
    ("ru", "заявил", VERB, True),
])
def test_detector_bits(lang: str, word: str, bit: int, has: bool) -> None:
    assert bool(_trigger_kinds(load_lexicon(lang)).get(word, 0) & bit) is has
