"""Input text -> stored text: the one text every offset points into, and how much was removed.

Modes: `none` keeps the text byte for byte; `mask` keeps it too, but the pipeline drops attributions
that lie in the lines `auto` would remove (offsets stay those of the input, as gold data needs);
`trim` normalises it (NFC, line breaks, no NUL, control
or zero-width characters) and drops surrounding whitespace; `auto` (the default) also removes site
chrome that scrapers leave around an article: menus, log-in and subscription prompts, counters and
timestamps, copyright and image-credit lines, lists of other headlines.

`auto` judges lines, never words inside a line. Each line first gets a label of its own: chrome (a
rule of data/clean/*.toml matched: timestamp, counter, navigation words, prompt, copyright,
credit, decoration), prose (enough words, in the article's main script, ending like a sentence) or
unsure. Then context decides, as jusText does for HTML blocks: the title zone (substantial lines in
the article's script before its first paragraph: headline, standfirst, byline, caption) stays; an
unsure line with chrome on both sides is chrome, next to prose it stays; and apart from the
article's main block, a short block that chrome encloses (a headline between a timestamp and a
view counter) or a block that reads as a list of headlines is chrome too. The chrome of every
language is looked for in every text, since a Russian site may wrap an English article.
`clean_text` reports each removed line with the rule that removed it.
"""

from __future__ import annotations

import re
import re._parser as re_parser  # the parse tree, read once per pattern by required_literals
import tomllib
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

from builder.errors import LexiconError, QuotechainError
from builder.language import LATIN, beyond_ascii, dominant_script, latin_only, latin_words, script_counts
from builder.records import Document
from builder.resources import clean_dir

CLEAN_MODES = ("auto", "trim", "mask", "none")

# Line-level thresholds (counts of words, i.e. runs of letters).
PROSE_MIN_WORDS = 8  # fewer words never reads as an article paragraph on its own
PROSE_ANY_END_WORDS = 30  # this many words are prose even without final punctuation
NAV_MAX_WORDS = 6
COUNTER_MAX_WORDS = 2  # "1,234 views", "5 comments"
NAV_MIN_SHARE = 0.75  # of the words of a short line that are navigation labels
DATE_MAX_WORDS = 8
PROMPT_MAX_WORDS = 20
PROMPT_ANY_END_WORDS = 12  # a longer line ending like a sentence is prose, whatever words it uses
NOTICE_MAX_WORDS = 30  # copyright and credit lines
TITLE_MIN_WORDS = 3
# A kept block outside the article's main block is chrome when it is this small and enclosed by chrome.
ENCLOSED_MAX_WORDS = 40
LIST_MIN_LINES = 3
LIST_MAX_MEAN_WORDS = 15
LIST_MIN_UNFINISHED = 0.6
LONGEST_CHROME_WORDS = max(DATE_MAX_WORDS, NAV_MAX_WORDS, PROMPT_MAX_WORDS, NOTICE_MAX_WORDS)

WORD = re.compile(r"[^\W\d_]+")
# A bare one- or two-digit number is weak evidence: a view counter, or a slide or list number.
SMALL_NUMBER = re.compile(r"\d{1,2}")
DIGIT = re.compile(r"\d")
NEWLINES = re.compile(r"\r\n|[\r\u2028\u2029\x0b\x0c\x85]")
# NUL and other C0/C1 controls except tab and newline; zero-width characters; soft hyphen.
INVISIBLE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u00ad\u200b-\u200d\u2060\ufeff]")
# Every character either of the two above can match: most texts have none, and one scan of a character
# class tells (NEWLINES' alternation is tried at every position, which makes it the slower scan).
ODD_CHARACTER = re.compile(r"[\r\u2028\u2029\x0b\x0c\x85" + INVISIBLE.pattern[1:])


@dataclass(frozen=True)
class PatternSet:
    """A list of case-insensitive patterns, matched as two alternations: those anchored at the start
    of the line (tried once per line) and the others (a combined pattern with anchored branches would
    try each of them at every position). `needs`: lower-case strings one of which every match of `free`
    holds in a line whose characters beyond ASCII are all uncased (see `required_literals` and
    `_uncased_beyond_ascii`: an English line with curly quotes and dashes), so that most lines skip that
    alternation, which tries each of its branches at every position; None where some pattern has no
    such string."""

    anchored: re.Pattern[str]
    free: re.Pattern[str]
    needs: tuple[str, ...] | None = None

    def search(self, text: str) -> bool:
        """Whether any of the patterns matches somewhere in `text`."""
        if self.anchored.search(text):
            return True
        if self.needs is not None and _uncased_beyond_ascii(text):
            low = text.lower()
            if not any(n in low for n in self.needs):
                return False
        return self.free.search(text) is not None


def _uncased(chars: str) -> bool:
    """Whether lower- and upper-casing leave `chars` alone: no character of it has a case."""
    return chars.lower() == chars and chars.upper() == chars


def _uncased_beyond_ascii(text: str) -> bool:
    """Whether every character of `text` outside ASCII is uncased (quotes, dashes, ©). Such a character
    matches only itself case-insensitively and lower-casing keeps it; the ASCII letters lower-case to
    themselves; so a case-insensitive match of a string in `text` is a plain match in `text.lower()`."""
    return text.isascii() or _uncased(beyond_ascii(text))


@dataclass(frozen=True)
class ChromeRules:
    """The compiled contents of data/clean/*.toml."""

    bullets: str
    terminal: frozenset[str]
    closers: str
    date_patterns: re.Pattern[str]
    date_words: frozenset[str]
    counter_units: tuple[str, ...]
    nav_words: frozenset[str]
    prompts: PatternSet
    copyright: PatternSet
    credits: PatternSet


@dataclass(frozen=True, slots=True)
class Removed:
    """A line that cleaning removed, with the rule that removed it (1-based line number of the input)."""

    line: int
    text: str
    rule: str


@dataclass(frozen=True)
class CleanResult:
    text: str
    removed: tuple[Removed, ...] = ()


# --------------------------------------------------------------------------- data

COMMON_SCHEMA = {"lines": ("bullets", "terminal", "closers"), "dates": ("patterns",)}
LANGUAGE_SCHEMA = {"dates": ("words",), "counters": ("units",), "navigation": ("words",),
                   "prompts": ("patterns",), "copyright": ("patterns",), "credits": ("patterns",)}


def _check_list(value: Any, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(x, str) and x for x in value):
        raise LexiconError(f"{where}: expected a list of non-empty strings")
    if len(set(value)) != len(value):
        raise LexiconError(f"{where}: duplicate entries {sorted({x for x in value if value.count(x) > 1})}")
    if value != sorted(value):
        raise LexiconError(f"{where}: list is not sorted (sort by code point)")
    return value


def _read(path: Path, schema: Mapping[str, tuple[str, ...]]) -> dict[str, dict[str, list[str]]]:
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as e:
        raise LexiconError(f"{path}: {e}") from e
    out: dict[str, dict[str, list[str]]] = {}
    for section, keys in schema.items():
        table = raw.get(section)
        if not isinstance(table, dict):
            raise LexiconError(f"{path}: missing section [{section}]")
        out[section] = {k: _check_list(table.get(k), f"{path}: {section}.{k}") for k in keys}
    return out


def _compile(patterns: list[str], where: str) -> re.Pattern[str]:
    """One case-insensitive pattern that matches where any of `patterns` does (each is checked alone
    first, so that a bad one is named)."""
    for p in patterns:
        try:
            re.compile(p, re.IGNORECASE)
        except re.error as e:
            raise LexiconError(f"{where}: bad pattern {p!r}: {e}") from e
    return re.compile("|".join(f"(?:{p})" for p in patterns) or "(?!)", re.IGNORECASE)


def _pattern_set(patterns: list[str], where: str) -> PatternSet:
    anchored = [p for p in patterns if p.startswith("^")]
    free = [p for p in patterns if p not in anchored]
    return PatternSet(_compile(anchored, where), _compile(free, where), _needs(free))


def _needs(patterns: list[str]) -> tuple[str, ...] | None:
    """Lower-case strings one of which every case-insensitive match of one of `patterns` holds in a line
    whose characters beyond ASCII are uncased (`_uncased_beyond_ascii`), or None when some pattern has
    none. A required string with a cased letter outside ASCII cannot occur in such a line, unless that
    letter matches an ASCII one case-insensitively (the Kelvin sign and k): then no list is made."""
    needs: set[str] = set()
    for p in patterns:
        found = required_literals(p)
        if found is None:
            return None
        for s in found:
            odd = "".join(c for c in s if not c.isascii())
            if any(re.fullmatch(re.escape(c), chr(a), re.IGNORECASE) for c in odd for a in range(128)):
                return None
            if _uncased(odd):
                needs.add(s.lower())
    return tuple(sorted(needs))


def required_literals(pattern: str) -> set[str] | None:
    """Strings one of which every case-insensitive match of `pattern` contains (its longest run of
    literal characters, or one per alternative of a group), or None when there are none. Reads the
    parse tree of Python's own regular expression parser (re._parser); on anything unexpected, None."""
    try:
        return _required(list(re_parser.parse(pattern, re.IGNORECASE)))
    except Exception:  # a private module's tree: whatever goes wrong, no prefilter
        return None


def _required(items: list[Any]) -> set[str] | None:
    """`required_literals` of a parsed sequence of (opcode, argument) items."""
    options: list[set[str]] = []
    run: list[str] = []
    for op, arg in [*items, (None, None)]:
        if op is re_parser.LITERAL:
            run.append(chr(arg))
            continue
        if run:
            options.append({"".join(run)})
            run = []
        found: set[str] | None = None
        if op is re_parser.SUBPATTERN:
            found = _required(list(arg[-1]))
        elif op is re_parser.BRANCH:
            alternatives = [_required(list(a)) for a in arg[1]]
            found = set().union(*alternatives) if all(alternatives) else None  # type: ignore[arg-type]
        elif op in (re_parser.MAX_REPEAT, re_parser.MIN_REPEAT, re_parser.POSSESSIVE_REPEAT) and arg[0] >= 1:
            found = _required(list(arg[2]))
        if found:
            options.append(found)
    # the option whose shortest string is longest: the rarest in text, so the best filter
    return max(options, key=lambda o: (min(map(len, o)), -len(o))) if options else None


def compile_rules(directory: Path) -> ChromeRules:
    """Validate and compile data/clean: common.toml plus one file per language."""
    common = _read(directory / "common.toml", COMMON_SCHEMA)
    langs = [_read(p, LANGUAGE_SCHEMA) for p in sorted(directory.glob("*.toml")) if p.stem != "common"]
    if not langs:
        raise LexiconError(f"{directory}: no language files besides common.toml")

    def union(section: str, key: str) -> list[str]:
        return sorted({x for lang in langs for x in lang[section][key]})

    return ChromeRules(
        bullets="".join(common["lines"]["bullets"]),
        terminal=frozenset(common["lines"]["terminal"]),
        closers="".join(common["lines"]["closers"]),
        date_patterns=_compile(common["dates"]["patterns"], f"{directory}/common.toml: dates.patterns"),
        date_words=frozenset(w.lower() for w in union("dates", "words")),
        counter_units=tuple(u.lower() for u in union("counters", "units")),
        nav_words=frozenset(w.lower() for w in union("navigation", "words")),
        prompts=_pattern_set(union("prompts", "patterns"), f"{directory}: prompts"),
        copyright=_pattern_set(union("copyright", "patterns"), f"{directory}: copyright"),
        credits=_pattern_set(union("credits", "patterns"), f"{directory}: credits"),
    )


@cache
def load_rules() -> ChromeRules:
    """The chrome rules of the installed data, loaded once per process."""
    return compile_rules(clean_dir())


# --------------------------------------------------------------------------- normalisation

def normalize_text(text: str) -> str:
    """NFC; every line break as \\n; no NUL, control, zero-width or soft-hyphen characters."""
    if ODD_CHARACTER.search(text) is not None:
        text = NEWLINES.sub("\n", text)
        text = INVISIBLE.sub("", text)
    return unicodedata.normalize("NFC", text)


# --------------------------------------------------------------------------- line labels

CHROME, WEAK, PROSE, UNSURE, BLANK = "chrome", "weak", "prose", "unsure", "blank"


@dataclass(init=False)
class _Line:
    number: int
    text: str  # stripped of whitespace and bullets
    words: list[str]
    label: str
    rule: str = ""
    keep: bool = False
    unfinished: bool = True
    in_main_script: bool = False

    def __init__(self, number: int, text: str, words: list[str], label: str, rule: str = "", keep: bool = False,
                 unfinished: bool = True, in_main_script: bool = False) -> None:
        # built by hand (init=False): mypyc runs a dataclass's generated __init__ as Python, ~10x slower
        self.number = number
        self.text = text
        self.words = words
        self.label = label
        self.rule = rule
        self.keep = keep
        self.unfinished = unfinished
        self.in_main_script = in_main_script


def _fold(word: str) -> str:
    return word.lower().replace("ё", "е")


def _ends_like_sentence(text: str, rules: ChromeRules) -> bool:
    body = text.rstrip(rules.closers + " ")
    return bool(body) and body[-1] in rules.terminal


def chrome_rule(text: str, words: list[str], rules: ChromeRules) -> str:
    """The name of the chrome rule a stripped line matches, or "" when none does."""
    n = len(words)
    if n > LONGEST_CHROME_WORDS:
        return ""  # an article paragraph: longer than any kind of chrome line
    ends = _ends_like_sentence(text, rules)
    if n == 0:
        if not DIGIT.search(text):
            return "decoration"
        if ends:
            return ""  # "3." or "30,000." numbers a list or leads a listicle item
        return "timestamp" if rules.date_patterns.search(text) else "counter"
    has_digit = DIGIT.search(text) is not None
    if n <= DATE_MAX_WORDS and not ends:
        rest = WORD.findall(rules.date_patterns.sub(" ", text))
        if all(_fold(w) in rules.date_words for w in rest) and (has_digit or n <= 2):
            return "timestamp"
    if n <= max(NAV_MAX_WORDS, COUNTER_MAX_WORDS):  # only the words of short lines are folded
        folded = [_fold(w) for w in words]
        if has_digit and n <= COUNTER_MAX_WORDS and all(w.startswith(rules.counter_units) for w in folded):
            return "counter"
        if n <= NAV_MAX_WORDS and sum(w in rules.nav_words for w in folded) >= NAV_MIN_SHARE * n and not ends:
            return "navigation"
    short_or_open = n <= PROMPT_ANY_END_WORDS or not ends
    if n <= PROMPT_MAX_WORDS and short_or_open and rules.prompts.search(text):
        return "prompt"
    if n <= NOTICE_MAX_WORDS and rules.credits.search(text):
        return "credit"
    if n <= NOTICE_MAX_WORDS and rules.copyright.search(text):
        return "copyright"
    return ""


def _label_lines(text: str, rules: ChromeRules) -> list[_Line]:
    lines = []
    latin = latin_only(text)
    for i, raw in enumerate(text.split("\n"), 1):
        s = raw.strip().strip(rules.bullets).strip()
        if not s:
            # a bare bar or rule ("|", "***", "___") separates; it is not evidence of chrome around it
            lines.append(_Line(i, raw.strip(), [], BLANK, "decoration") if raw.strip() else _Line(i, "", [], BLANK))
            continue
        words = latin_words(s) if latin else WORD.findall(s)  # (the same words: see LATIN_WORD)
        rule = chrome_rule(s, words, rules)
        if rule == "decoration":
            lines.append(_Line(i, s, [], BLANK, rule))
            continue
        label = (WEAK if rule == "counter" and SMALL_NUMBER.fullmatch(s) else CHROME) if rule else UNSURE
        lines.append(_Line(i, s, words, label, rule, unfinished=not _ends_like_sentence(s, rules)))
    if latin:  # one script only: a line is in it when it has a letter (a word) at all
        main = LATIN if any(x.label == UNSURE and len(x.words) >= PROSE_MIN_WORDS for x in lines) else None
    else:
        main = dominant_script(script_counts(" ".join(x.text for x in lines
                                                      if x.label == UNSURE and len(x.words) >= PROSE_MIN_WORDS)))
    for x in lines:
        if x.label == UNSURE:
            script = (LATIN if x.words else None) if latin else dominant_script(script_counts(x.text))
            x.in_main_script = main is None or script == main
        if x.label != UNSURE or len(x.words) < PROSE_MIN_WORDS:
            continue
        if x.in_main_script and (not x.unfinished or len(x.words) >= PROSE_ANY_END_WORDS):
            x.label = PROSE
    return lines


# --------------------------------------------------------------------------- context

def _decide(lines: list[_Line]) -> None:
    """Set `keep` on every line from its label and its neighbours'."""
    solid = [x for x in lines if x.label != BLANK]
    first_prose = next((i for i, x in enumerate(solid) if x.label == PROSE), len(solid))
    # the title zone: before the article's first paragraph, substantial lines in its script stay
    # (headline, standfirst, byline, caption), whatever chrome surrounds them
    for x in solid[:first_prose]:
        if x.label == UNSURE and x.in_main_script and len(x.words) >= TITLE_MIN_WORDS:
            x.label, x.rule = PROSE, "title"
    for x in solid:
        x.keep = x.label == PROSE
    # unsure lines take the side of the nearest sure lines: chrome on both sides -> chrome
    labels = [x.label for x in solid]
    for i, x in enumerate(solid):
        if x.label != UNSURE:
            continue
        sides = {s for s in (_side(labels, i, -1), _side(labels, i, 1)) if s is not None}
        x.keep = not (sides <= {CHROME, WEAK} and CHROME in sides)
        if not x.keep:
            x.rule = "between-chrome"
    _drop_minor_blocks(solid)


def _side(labels: list[str], i: int, step: int) -> str | None:
    """What lies beyond the unsure lines next to line i: PROSE, CHROME (a run of chrome with some strong
    chrome in it), WEAK (only weak chrome) or None (the edge of the text)."""
    j = i + step
    while 0 <= j < len(labels) and labels[j] == UNSURE:
        j += step
    if not 0 <= j < len(labels):
        return None
    if labels[j] == PROSE:
        return PROSE
    strong = False
    while 0 <= j < len(labels) and labels[j] in (CHROME, WEAK):
        strong = strong or labels[j] == CHROME
        j += step
    return CHROME if strong else WEAK


def _drop_minor_blocks(solid: list[_Line]) -> None:
    """Outside the main block, small kept blocks enclosed by chrome and headline lists are chrome."""
    blocks: list[tuple[int, int]] = []  # [first, last] indices into `solid` of runs of kept lines
    for i, x in enumerate(solid):
        if not x.keep:
            continue
        if blocks and blocks[-1][1] == i - 1:
            blocks[-1] = (blocks[-1][0], i)
        else:
            blocks.append((i, i))
    if len(blocks) < 2:
        return

    def prose_chars(first: int, last: int) -> int:
        return sum(len(x.text) for x in solid[first:last + 1] if x.label == PROSE and x.rule != "title")

    main = max(range(len(blocks)), key=lambda k: (prose_chars(*blocks[k]), -k))
    for k, (first, last) in enumerate(blocks):
        block = solid[first:last + 1]
        if k == main or any(x.rule == "title" for x in block):
            continue
        words = sum(len(x.words) for x in block)
        # chrome (or the edge of the text) lies on both sides of a block: strong chrome on one side at least
        small = words <= ENCLOSED_MAX_WORDS and (_dropped_run_is_strong(solid, first, -1)
                                                 or _dropped_run_is_strong(solid, last, 1))
        headline_list = (len(block) >= LIST_MIN_LINES and words / len(block) <= LIST_MAX_MEAN_WORDS
                         and sum(x.unfinished for x in block) >= LIST_MIN_UNFINISHED * len(block))
        if small or headline_list:
            for x in block:
                x.keep, x.rule = False, "enclosed-by-chrome" if small else "headline-list"


def _dropped_run_is_strong(solid: list[_Line], i: int, step: int) -> bool:
    """Whether the dropped lines next to line i (towards `step`) hold more than weak chrome."""
    j = i + step
    while 0 <= j < len(solid) and not solid[j].keep:
        if solid[j].label != WEAK:
            return True
        j += step
    return False


# --------------------------------------------------------------------------- entry points

def remove_chrome(text: str, rules: ChromeRules | None = None) -> CleanResult:
    """The text without its site chrome; lines kept whole (stripped), paragraphs as the input had them."""
    lines = _label_lines(text, rules or load_rules())
    _decide(lines)
    out: list[str] = []
    removed: list[Removed] = []
    gap = False
    for x in lines:
        if x.label == BLANK:
            if x.rule:
                removed.append(Removed(x.number, x.text, x.rule))
            gap = True
            continue
        if not x.keep:
            removed.append(Removed(x.number, x.text, x.rule or x.label))
            continue
        if out:
            out.append("\n\n" if gap else "\n")
        out.append(x.text)
        gap = False
    return CleanResult("".join(out), tuple(removed))


def chrome_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges, in `text` as given, of the lines that `auto` cleaning would remove."""
    removed = {r.line for r in remove_chrome(text).removed}
    spans = []
    pos = 0
    for number, line in enumerate(text.split("\n"), 1):
        if number in removed and line.strip():
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def clean_text(text: str, mode: str = "auto") -> CleanResult:
    """The stored text for `text` under `mode`, with the lines `auto` removed."""
    if mode not in CLEAN_MODES:
        raise QuotechainError(f"unknown clean mode {mode!r}; choose one of: {', '.join(CLEAN_MODES)}")
    if mode in ("none", "mask"):
        return CleanResult(text)
    normal = normalize_text(text)
    if mode == "trim":
        return CleanResult(normal.strip())
    return remove_chrome(normal)


def clean_document(doc: Document, mode: str = "auto") -> Document:
    """The document with its text cleaned per `mode`; chars_removed counts what was dropped."""
    result = clean_text(doc.text, mode)
    if result.text == doc.text:
        return doc
    return replace(doc, text=result.text, chars_removed=doc.chars_removed + max(0, len(doc.text) - len(result.text)))
