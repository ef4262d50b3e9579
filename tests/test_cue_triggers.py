"""find_cues calls, for each word, only the detectors that word can start: the sets it is in decide."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from builder.extract import cues
from builder.extract.context import Context
from builder.extract.cues import HEARSAY, PHASE, VERB, CueHit, _trigger_kinds
from builder.lexicon import load_lexicon
from builder.records import Document

Detector = Callable[[Context, int, str], "CueHit | None"]
DETECTORS: list[tuple[int, Detector]] = [
    (cues.IMPERSONAL, lambda ctx, i, w: cues._impersonal(ctx, i)),
    (cues.ADJUNCT, lambda ctx, i, w: cues._adjunct(ctx, i)),
    (cues.NOUN, cues._speech_noun),
    (cues.PHASE, cues._phase),
    (cues.VERB, cues._verb),
    (cues.POSSESSED, lambda ctx, i, w: cues._possessed_adjunct(ctx, i, w, -1)),
    (cues.STUDY, cues._study_adjunct),
]
EXTRA = {  # shapes the samples may lack, one per detector
    "en": "He went on to endorse her, according to the ministry. In a new Fox News poll, most said no. Trump's "
          "claim that it rained was false, officials reportedly said. It was reported that it rained. In his "
          "words, it did.",
    "ru": "По словам министра, дождь был. Как сообщается, дождя не было. По его мнению, это так. Он заявил, что "
          "дождь был.",
}


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_a_detector_that_fires_at_a_word_has_its_bit(lang: str, samples_dir: Path) -> None:
    """Every detector, called at every word of the samples (not only where the mask lets find_cues call
    it): where it finds a cue, the word's bits hold its detector, so the mask skips no cue."""
    lex = load_lexicon(lang)
    kinds = _trigger_kinds(lex)
    texts = [p.read_text(encoding="utf-8") for p in sorted(samples_dir.glob("*.txt"))] + [EXTRA[lang]]
    fired: dict[int, int] = {}
    for text in texts:
        ctx = Context(Document("t", text), lex, lang)
        for i, w in enumerate(ctx.folded):
            if not ctx.words[i]:
                continue
            for bit, detect in DETECTORS:
                if detect(ctx, i, w) is not None:
                    fired[bit] = fired.get(bit, 0) + 1
                    assert kinds.get(w, 0) & bit, (w, bit)
    assert fired.get(cues.VERB, 0) > 10 and fired.get(cues.ADJUNCT, 0) > 0  # the check saw cues


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
