"""Text -> ISO 639-1 language code: lexicon function words first, seeded langdetect only when unsure.

Each lexicon lists its language's most frequent function words; a text whose words are largely
those of one supported language is that language (fast, and reliable on short texts where
langdetect guesses). Anything else goes to langdetect, seeded once so the same text always gets
the same answer (and e.g. French comes back as 'fr', which the build skips as unsupported).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from builder.lexicon import Lexicon, available_languages, load_lexicon

WORD = re.compile(r"[^\W\d_]+")
SAMPLE_CHARS = 4000
MIN_SHARE = 0.2
MIN_WORDS = 3
SEED = 0


@cache
def _lexicons() -> tuple[Lexicon, ...]:
    return tuple(load_lexicon(code) for code in available_languages())


@cache
def _seed_langdetect() -> None:
    from langdetect import DetectorFactory

    DetectorFactory.seed = SEED


def function_word_shares(text: str) -> dict[str, float]:
    """Share of the words of `text` that are function words of each supported language."""
    sample = text[:SAMPLE_CHARS].lower()
    words = WORD.findall(sample)
    if len(words) < MIN_WORDS:
        return {}
    shares = {}
    for lex in _lexicons():
        counts = Counter(WORD.findall(sample.translate(lex.fold_table)) if lex.fold_table else words)
        shares[lex.language] = sum(counts[w] for w in lex.function_words) / len(words)
    return shares


def detect_language(text: str, default: str = "en") -> str:
    """The main language of `text`; `default` when the text has no words to tell by."""
    shares = function_word_shares(text)
    if shares:
        best = max(sorted(shares), key=lambda k: shares[k])
        if shares[best] >= MIN_SHARE:
            return best
    if not WORD.search(text):
        return default
    _seed_langdetect()
    from langdetect import LangDetectException, detect

    try:
        return str(detect(text[:SAMPLE_CHARS]))
    except LangDetectException:
        return default
