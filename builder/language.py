"""Text -> ISO 639-1 language code, per document and per paragraph.

Per text: lexicon function words first (fast, and reliable on short texts where langdetect
guesses), seeded langdetect only when they do not settle it, so the same text always gets the
same answer (and e.g. French comes back as 'fr', which the build skips as unsupported).

Per paragraph: a cheap script check first. A paragraph written in the document's main script
(Latin, Cyrillic) is in the main language without asking any detector; only paragraphs in another
script, and long enough to tell, are detected (together, one detection per script). So an English
article costs one detection, and a Russian quote inside it still comes out as Russian.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from builder.lexicon import Lexicon, available_languages, load_lexicon
from builder.segment import paragraph_bounds

WORD = re.compile(r"[^\W\d_]+")
LETTER = re.compile(r"[^\W\d_]")
LATIN_RANGES = ((0x41, 0x5A), (0x61, 0x7A), (0xC0, 0x24F), (0x1E00, 0x1EFF))
SCRIPTS = {
    "latin": re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]"),
    "cyrillic": re.compile(r"[\u0400-\u052f\u1c80-\u1c8f\u2de0-\u2dff\ua640-\ua69f]"),
}


def _letters_class(ranges: tuple[tuple[int, int], ...]) -> str:
    """A character class of the LETTER characters within `ranges`, as ranges of code points."""
    runs: list[list[int]] = []
    for c in (c for a, b in ranges for c in range(a, b + 1) if LETTER.match(chr(c))):
        if runs and runs[-1][1] == c - 1:
            runs[-1][1] = c
        else:
            runs.append([c, c])
    return "[" + "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in runs) + "]"


# WORD for a text whose letters are all Latin (`latin_only`): the same matches, from a class of code
# point ranges instead of a Unicode category lookup per character (which makes WORD the slower)
LATIN_WORD = re.compile(_letters_class(LATIN_RANGES) + "+")
OTHER = "other"
LATIN = "latin"
SAMPLE_CHARS = 4000
MIN_SHARE = 0.2
MIN_WORDS = 3
# A paragraph in another script needs this many letters to count as written in it.
MIN_PARAGRAPH_LETTERS = 4
# Below this many letters langdetect is unreliable: a short sample in a script that only one supported
# language uses is taken to be in that language when langdetect names an unsupported one.
SHORT_LETTERS = 200
SEED = 0


@cache
def _lexicons() -> tuple[Lexicon, ...]:
    return tuple(load_lexicon(code) for code in available_languages())


@cache
def _seed_langdetect() -> None:
    from langdetect import DetectorFactory

    DetectorFactory.seed = SEED


NON_LATIN_LETTER = re.compile(r"[^\W\d_A-Za-z\u00c0-\u024f\u1e00-\u1eff]")


_ASCII_BYTES = bytes(range(128))


def beyond_ascii(text: str) -> str:
    """The characters of `text` outside ASCII, in order (a few curly quotes and dashes in an English
    text): its UTF-8 bytes without the ASCII ones, decoded. Three passes in C over bytes, several
    times faster than a regular expression's scan of the text."""
    return text.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")


def latin_only(text: str) -> bool:
    """Whether every letter of `text` is Latin. ASCII letters are, so only the characters beyond ASCII
    are looked at (ASCII text needs no regex at all)."""
    return text.isascii() or NON_LATIN_LETTER.search(beyond_ascii(text)) is None


_ASCII_LETTERS = {ord(c): None for c in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"}


def script_counts(text: str) -> dict[str, int]:
    """Letters of `text` per script: latin, cyrillic, other."""
    if text.isascii():  # the common case, counted in C: only Latin letters can occur
        return {"latin": len(text) - len(text.translate(_ASCII_LETTERS)), "cyrillic": 0, OTHER: 0}
    if latin_only(text):  # curly quotes and dashes, but no letter of another script
        return {"latin": len(LETTER.findall(text)), "cyrillic": 0, OTHER: 0}
    counts = {name: len(pattern.findall(text)) for name, pattern in SCRIPTS.items()}
    counts[OTHER] = len(LETTER.findall(text)) - sum(counts.values())
    return counts


def dominant_script(counts: dict[str, int]) -> str | None:
    """The script with the most letters, or None for a text without letters."""
    best = max(sorted(counts), key=lambda k: counts[k])
    return best if counts[best] > 0 else None


# Each ASCII letter byte to itself, every other byte to a space: what latin_words splits on
_LETTER_BYTES = bytes(c if chr(c).isascii() and chr(c).isalpha() else 0x20 for c in range(256))


def latin_words(text: str) -> list[str]:
    """LATIN_WORD.findall(text) for a `latin_only` text. Where no character beyond ASCII is a letter (an
    English text with curly quotes and dashes), the words are the runs of ASCII letters: its UTF-8 bytes
    with every other byte made a space, split (three passes in C and a split, where the pattern's scan
    tested a character class per character and cost most of the language check)."""
    if not text.isascii() and LETTER.search(beyond_ascii(text)) is not None:
        return LATIN_WORD.findall(text)
    return text.encode("utf-8", "surrogatepass").translate(_LETTER_BYTES).decode("ascii").split()


def function_word_shares(text: str) -> dict[str, float]:
    """Share of the words of `text` that are function words of each supported language."""
    sample = text[:SAMPLE_CHARS].lower()
    latin = latin_only(sample)
    words = latin_words(sample) if latin else WORD.findall(sample)
    if len(words) < MIN_WORDS:
        return {}
    shares = {}
    for lex in _lexicons():
        if latin and lex.script != LATIN:
            shares[lex.language] = 0.0  # none of this language's letters occur
            continue
        folded = WORD.findall(sample.translate(lex.fold_table)) if lex.fold_table else words
        function_words = lex.function_words
        hits = 0
        for w in folded:  # (compiled, a loop of set lookups: sum(map(...)) calls a method wrapper per word)
            if w in function_words:
                hits += 1
        shares[lex.language] = hits / len(words)
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


@dataclass(init=False, unsafe_hash=True, slots=True)  # not frozen at run time: nothing assigns to it after __init__
class Paragraph:
    """A paragraph (a non-blank line) of a text and its language."""

    start: int
    end: int
    language: str

    def __init__(self, start: int, end: int, language: str) -> None:
        # built by hand (init=False): mypyc runs a dataclass's generated __init__ as Python, ~10x slower
        self.start = start
        self.end = end
        self.language = language


def main_language(text: str, default: str = "en") -> str:
    """The language of the paragraphs written in the text's dominant script, so that a few lines of
    foreign chrome or quotation do not decide it."""
    if latin_only(text):  # no other script to weigh
        return detect_language(text[:SAMPLE_CHARS], default)
    bounds = paragraph_bounds(text)
    counts = [script_counts(text[s:e]) for s, e in bounds]
    main = dominant_script({k: sum(c[k] for c in counts) for k in (*SCRIPTS, OTHER)}) if counts else None
    sample = "\n".join(text[s:e] for (s, e), c in zip(bounds, counts, strict=True) if dominant_script(c) == main)
    return detect_language(sample[:SAMPLE_CHARS] or text, default)


def paragraph_languages(text: str, main: str) -> list[Paragraph]:
    """Each paragraph's language: `main` for paragraphs in the main language's script (or too short
    to tell); for the others, one detection per script over all of that script's paragraphs (so a
    long article quoting Russian in every other paragraph still costs one detection). Attributions
    in a paragraph of an unsupported language (a long Ukrainian passage) get no row."""
    main_script = next((lex.script for lex in _lexicons() if lex.language == main), None)
    bounds = paragraph_bounds(text)
    if main_script == LATIN and latin_only(text):
        return [Paragraph(s, e, main) for s, e in bounds]  # every paragraph is in the main script
    scripts: list[str | None] = []
    for s, e in bounds:
        counts = script_counts(text[s:e])
        script = dominant_script(counts)
        foreign = script is not None and script != main_script and sum(counts.values()) >= MIN_PARAGRAPH_LETTERS
        scripts.append(script if foreign else None)
    detected: dict[str, str] = {}
    for script in sorted({sc for sc in scripts if sc is not None}):
        sample = "\n".join(text[s:e] for (s, e), sc in zip(bounds, scripts, strict=True) if sc == script)
        found = detect_language(sample[:SAMPLE_CHARS], default=main)
        own = [lex.language for lex in _lexicons() if lex.script == script]
        if found not in available_languages() and len(own) == 1 and len(LETTER.findall(sample)) < SHORT_LETTERS:
            found = own[0]  # langdetect guesses on a few words (Bulgarian for «Нет», — сказал он)
        detected[script] = found
    return [Paragraph(s, e, detected[sc] if sc is not None else main)
            for (s, e), sc in zip(bounds, scripts, strict=True)]
