"""Context -> cue candidates: reporting verbs where they read as verbs, adjunct and impersonal phrases.

A verb form from the lexicon is a cue unless its neighbours make it something else: a noun after a
determiner ("the report"), a name part (the State Department), an infinitive ("declined to
comment"), a passive ("was told") or, where the lexicon asks for it, a negated verb.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Final

from builder.extract.context import Context
from builder.lexicon import CueForm, Lexicon
from builder.morph import is_adjective

SENTENCE_END: Final = frozenset(".!?…")
MAX_AGENT_LEAD: Final = 3  # time words between a participle and its agent ("released Monday by")


@dataclass(init=False, unsafe_hash=True, slots=True)  # not frozen at run time: nothing assigns to it after __init__
class CueHit:
    """A cue: tokens [i, j] (inclusive), what it means, and how it attaches."""

    i: int
    j: int
    lemma: str
    cue_type: str
    kind: str  # verb | participle | adjunct | impersonal | noun | raising | passive | hearsay
    form: str = ""
    pieces: tuple[tuple[int, int], ...] = ()  # inclusive token ranges of a discontinuous cue
    speaker: tuple[int, int] | None = None  # [a, b) of a speaker found inside the cue phrase

    def __init__(self, i: int, j: int, lemma: str, cue_type: str, kind: str, form: str = "",
                 pieces: tuple[tuple[int, int], ...] = (), speaker: tuple[int, int] | None = None) -> None:
        # built by hand (init=False): mypyc runs a dataclass's generated __init__ as Python, ~10x slower
        self.i = i
        self.j = j
        self.lemma = lemma
        self.cue_type = cue_type
        self.kind = kind
        self.form = form
        self.pieces = pieces
        self.speaker = speaker

    @property
    def ranges(self) -> tuple[tuple[int, int], ...]:
        return self.pieces or ((self.i, self.j),)


@cache
def _phrases(phrases: tuple[str, ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Phrases (already folded by the lexicon) by first word, longest first."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for p in phrases:
        words = tuple(p.split())
        out.setdefault(words[0], []).append(words)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


# phrase tuple's id -> (that tuple, _phrases of it): a dictionary read in match_phrase's hot path, where
# the functools.cache wrapper is a call through the interpreter and hashes the tuple each time (holding
# the tuple keeps its id from being reused; callers pass the lexicon's own tuples, so this stays small)
_PHRASE_INDEX: Final[dict[int, tuple[tuple[str, ...], dict[str, tuple[tuple[str, ...], ...]]]]] = {}


def _phrase_index(phrases: tuple[str, ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    entry = _PHRASE_INDEX.get(id(phrases))
    if entry is None or entry[0] is not phrases:
        entry = _PHRASE_INDEX[id(phrases)] = (phrases, _phrases(phrases))
    return entry[1]


# which of find_cues' detectors a word can start (bits of _trigger_kinds' values)
IMPERSONAL: Final = 1
ADJUNCT: Final = 2
NOUN: Final = 4
PHASE: Final = 8
VERB: Final = 16
HEARSAY: Final = 32
POSSESSED: Final = 64
STUDY: Final = 128
CLAUSE_NOUN: Final = 256


@cache
def _trigger_kinds(lex: Lexicon) -> dict[str, int]:
    """Every folded word that can start a cue (verb forms, multiword heads, phrase and noun starts) -> the
    detectors it can start: find_cues calls only those, the others would return None for that word."""
    sets: list[tuple[int, frozenset[str]]] = [
        (IMPERSONAL, frozenset(p.split()[0] for p in lex.impersonal)),
        (ADJUNCT, frozenset(p.split()[0] for p in lex.before_speaker)),
        (NOUN, frozenset(lex.possessed_nouns)), (PHASE, frozenset(p.split()[0] for p in lex.phase_verbs)),
        (VERB, frozenset(lex.cue_forms) | frozenset(lex.multiword)), (HEARSAY, lex.hearsay_adverbs),
        (POSSESSED, frozenset(lex.possessed_adjuncts)), (STUDY, lex.study_prepositions),
        (CLAUSE_NOUN, frozenset(lex.clause_nouns))]
    kinds: dict[str, int] = {}
    for bit, words in sets:
        for w in words:
            kinds[w] = kinds.get(w, 0) | bit
    return kinds


def match_phrase(ctx: Context, i: int, phrases: tuple[str, ...],
                 possessives: frozenset[str] = frozenset(),
                 modifiers: bool = False) -> tuple[tuple[str, ...], int, int] | None:
    """The longest phrase starting at token i: (words, last token, possessive token or -1).

    One possessive pronoun may stand after the first word (по его словам, in his words); with `modifiers`,
    where the lexicon has a morphology, one adjective or participle may instead (по официальным данным).
    """
    cands = _phrase_index(phrases).get(ctx.word(i))
    if not cands:
        return None
    for words in cands:
        k, poss = i, -1
        ok = True
        for n, w in enumerate(words):
            if n == 1 and ctx.word(k) in possessives and ctx.word(k + 1) == w:
                poss = k
                k += 1
            elif n == 1 and modifiers and ctx.lex.morphology and ctx.word(k) != w and ctx.word(k + 1) == w \
                    and ctx.is_word(k) and is_adjective(ctx.texts[k]):
                k += 1
            if ctx.word(k) != w:
                ok = False
                break
            k += 1
        if ok:
            return words, k - 1, poss
    return None


def prev_word(ctx: Context, i: int, skip: frozenset[str] = frozenset()) -> int:
    """Index of the nearest word token before i that is not in `skip` (-1 if punctuation comes first)."""
    k = i - 1
    while k >= 0 and ctx.is_word(k) and ctx.word(k) in skip:
        k -= 1
    return k if k >= 0 and ctx.is_word(k) else -1


def sentence_initial(ctx: Context, i: int) -> bool:
    if i == 0 or ctx.newline_before(i):
        return True
    prev = ctx.texts[i - 1]
    return prev in SENTENCE_END or prev in ctx.dashes or prev in "(:«„“\""


ABSOLUTE_SUBJECT_TOKENS: Final = 7  # tokens of the subject of "with X calling …"


def _absolute_subject(ctx: Context, k: int) -> bool:
    """Whether token k ends a short noun phrase right after a preposition that opens an absolute
    clause ("…, with Sen. John McCain calling it …"): the participle is that subject's verb."""
    lex = ctx.lex
    j = k
    while j >= 0 and k - j < ABSOLUTE_SUBJECT_TOKENS:
        if ctx.is_word(j) and ctx.word(j) in lex.absolute_prepositions:
            return j < k
        if not (ctx.is_word(j) or ctx.texts[j] in ".-’'") or ctx.word(j) in lex.cue_forms:
            return False
        j -= 1
    return False


def verb_reading(ctx: Context, i: int, form: CueForm) -> str | None:
    """How the cue form at token i reads here: 'verb', 'participle', or None (not a cue)."""
    lex = ctx.lex
    if ctx.is_capitalized(i) and not sentence_initial(ctx, i) and (
            form.lemma in lex.noun_like or not ctx.in_title_case(i)):
        return None  # a name part (the State Department), unless a headline capitalises every word
    if form.form in lex.non_cue_forms:
        return None
    k = prev_word(ctx, i, lex.adverbs_between)
    before = ctx.word(k) if k >= 0 else ""
    if before in lex.intensifiers:
        return None  # "very worried": an adjective
    if before in lex.determiners and (form.form not in lex.passive_forms or before in lex.adjective_determiners):
        return None  # "the report", "the pledged delegates" (but "another said" is a subject and its verb)
    if lex.skip_negated and before in lex.negations:
        return None
    if k >= 0 and form.form in lex.passive_forms and (
            ctx.texts[k][0].isdigit() or before in lex.np_prepositions
            or _noun_possessive(ctx, before)) and _noun_after(ctx, i + 1):
        # "led by nearly 300 pledged delegates", "among pledged delegates", "the convention's pledged
        # delegates": a participle between a number, a preposition or a possessive and a noun is an adjective
        return None
    if form.lemma in lex.naming and form.form in lex.passive_forms and _indefinite_mention(ctx, k):
        return None  # "a super PAC called Future 45": a name, not a report
    if (before in lex.negations or (lex.is_adverb(before) and not ctx.is_capitalized(k))) \
            and form.form in lex.passive_forms:  # "is not expected to", "has been widely reported"
        while k > 0 and ctx.is_word(k - 1) and (ctx.word(k - 1) in lex.adverbs_between or ctx.word(k - 1) in
                                                lex.negations or lex.is_adverb(ctx.word(k - 1))):
            k -= 1
        k = prev_word(ctx, k, frozenset())
        before = ctx.word(k) if k >= 0 else ""
    if before in lex.perfect_participles and form.form in lex.passive_forms:
        return "participle"  # "Having said that the vote was rigged, Petrov left", "…, having told reporters …"
    if before in lex.passive_auxiliaries and form.form in lex.passive_forms:
        if ctx.word(i + 1) in lex.agent_prepositions and form.cue_type != "belief" and not _bare_agent(ctx, i + 2):
            return "passive"  # "Trump has been criticized by his rivals": the agent is the speaker
        if form.lemma in lex.raising and ctx.word(i + 1) in lex.infinitive_markers:
            return "raising"  # "Obama is expected to join …"
        if match_phrase(ctx, i + 1, lex.complementizers) is not None and ctx.word(
                prev_word(ctx, k, lex.adverbs_between | lex.auxiliaries | lex.passive_auxiliaries)) in lex.expletives:
            return "impersonal"  # "It was announced that …", "It has been widely reported that …"
        if form.lemma in lex.addressee_lemmas and opens_question(ctx, i + 1):
            return "impersonal"  # "Sanders was asked whether …", "voters were asked to pick …"
        if form.cue_type == "belief" and match_phrase(ctx, i + 1, lex.complementizers) is not None:
            return "verb"  # "Sanders is convinced that …", "she was worried that …": the subject believes
        if ctx.word(i + 1) in lex.agent_complements and ctx.is_word(i + 2) and _finite_passive(ctx, k):
            return "passive"  # "Rubio is seen as the front-runner", "Trump was criticized for …": no agent
        return None
    if form.form in lex.passive_forms:
        n = agent_after(ctx, i, len(ctx.texts))  # ("a statement released Monday by the ministry")
        if n >= 0 and match_phrase(ctx, n, lex.media) is None:
            return None  # "the facts reported by the government": a passive participle ("said by telephone" is a verb)
    if form.form in lex.participle_forms:
        contracted = before.endswith(lex.possessive_suffixes) and lex.is_subject_pronoun(
            before[:-len(next(x for x in lex.possessive_suffixes if before.endswith(x)))])
        if before in lex.passive_auxiliaries or before in lex.auxiliaries or contracted:
            return "verb"  # progressive: "is saying", "he's praising"
        prev = ctx.texts[i - 1] if i > 0 else ""
        after_sub = (before in lex.subordinators and before not in lex.as_prefixes) or (
            before in lex.participle_prepositions or before in lex.coordinators)
        # "…, while reaffirming", "after meeting", "continued by saying", "calling X a liar and vowing to …"
        document = before in lex.documents  # "sent a tweet saying …", "a statement reading …"
        # "emailed supporters saying: “…”": a colon or comma, then a quotation
        quotes = i + 2 in ctx.quote_open_tok and ctx.texts[i + 1] in ":,"
        if prev == "," or sentence_initial(ctx, i) or k < 0 or prev in ctx.dashes or after_sub or document:
            return "participle"
        if _absolute_subject(ctx, k):
            return "verb"
        # "filed a lawsuit alleging that …", "erred in saying that …": a clause opened by a complementizer
        # or a clause opened by its subject pronoun ("fired back a response saying he would not …"; but "it"
        # may be an object: "rather than labeling it terrorism", and "quoted a witness as saying he saw" is
        # the quoting verb's)
        pronoun = subject_pronoun_at(ctx, i + 1) and ctx.word(i + 1) not in lex.expletives \
            and before not in lex.as_prefixes
        return "participle" if quotes or _opens_clause(ctx, i + 1) or pronoun else None
    if form.lemma in lex.noun_first and form.form not in lex.passive_forms | lex.participle_forms \
            and not (before in lex.pronouns or before in lex.plural_pronouns or before in lex.auxiliaries
                     or before in lex.relative_pronouns or before in lex.documents or _opens_clause(ctx, i + 1)):
        return None  # "Oklahoma state senator", "two states Tuesday": a noun ("the website states that": a verb)
    if form.lemma in lex.noun_like and form.form not in lex.passive_forms | lex.participle_forms | lex.base_forms:
        # "states", "reports", "claims" are mostly nouns: a verb only right after a pronoun, a name or
        # an auxiliary ("he states", "Smith reports", "did claim")
        name = k >= 0 and ctx.is_capitalized(k) and not sentence_initial(ctx, k) and not _modifies(ctx, k)
        m = match_phrase(ctx, i + 1, lex.complementizers)
        relative = m is not None and ctx.word(m[1] + 1) in lex.auxiliaries  # "Rust Belt states that have …"
        opens = i + 1 < len(ctx.tokens) and (ctx.texts[i + 1] == ":" or (m is not None and not relative))
        # "The ad claims “Jeb is …”": a quoted sentence right after it, with no determiner before
        opens = opens or (i + 1 in ctx.quote_open_tok and ctx.is_capitalized(i + 2)
                          and before not in lex.determiners)
        # "the mayor claims that …": a noun before a clause
        # "Obama slams GOP's …", "British diplomat praises Obama": a name as object after it
        named_object = ctx.is_word(i + 1) and ctx.is_capitalized(i + 1) and before not in lex.determiners
        verb_after = (opens or named_object) and k >= 0 and ctx.is_word(k) \
            and not before.endswith(lex.possessive_suffixes) and not ctx.texts[k][0].isdigit()
        # "“…,” the document states.": a document noun, then the form at the end of the clause
        document = before in lex.documents and (i + 1 >= len(ctx.tokens) or not ctx.is_word(i + 1)) \
            and i + 1 < len(ctx.tokens) and ctx.texts[i + 1] in ",.;"
        # "Obama plans to send …", "Clinton hopes to win": a name (sentence-initial too) and an infinitive
        infinitive = k >= 0 and ctx.is_capitalized(k) and ctx.word(i + 1) in lex.infinitive_markers \
            and not before.endswith(lex.possessive_suffixes) and before not in lex.determiners
        if not (before in lex.pronouns or before in lex.plural_pronouns or before in lex.auxiliaries or name
                or (opens and ctx.is_capitalized(k)) or verb_after or document or infinitive):  # "Smith states that …"
            return None
    if form.lemma in lex.raising_verbs and form.form not in lex.participle_forms \
            and before not in lex.infinitive_markers:
        if ctx.word(i + 1) in lex.infinitive_markers:
            return "raising"  # "Sanders seemed to soften"
        if k >= 0 and before not in lex.expletives and ctx.is_word(i + 1) \
                and match_phrase(ctx, i + 1, lex.complementizers) is None:
            return "raising"  # "New Hampshire seems stable": the subject and what it seems are the content
    if form.form in lex.base_forms or (form.form in lex.passive_forms and before in lex.infinitive_markers):
        if before in lex.infinitive_markers:  # (also "to read", whose past form reads the same)
            return None
        nxt = lex.cue_forms.get(ctx.word(i + 1)) if ctx.is_word(i + 1) else None
        if nxt is not None and nxt.form in lex.passive_forms and ctx.word(i + 1) not in lex.auxiliaries:
            return None  # "“…,” the press release said": a noun, the subject of the verb after it
        if k >= 0 and before in lex.negations:  # "did not say", "don't ever think"
            k = prev_word(ctx, k, lex.adverbs_between | lex.negations)
            before = ctx.word(k) if k >= 0 else ""
        if k < 0:
            # "…, say some Democrats", "about two-thirds, 67 percent, say they …": after a comma the
            # frames decide (but "say, 10 percent" is "for example")
            comma = i > 0 and ctx.texts[i - 1] == "," and form.lemma not in lex.noun_like
            return "verb" if comma and ctx.is_word(i + 1) else None
        plural = lex.pronouns.get(before, ("", ""))[1] == "pl" or before in lex.plural_pronouns \
            or before in lex.relative_pronouns \
            or (before in lex.plural_words and before not in lex.coordinators)  # "voters who say", "many say"
        if not (plural or before in lex.auxiliaries or before in lex.between
                or (before.endswith(lex.plural_suffixes) and not before.endswith(lex.possessive_suffixes))
                or _plural_mention(ctx, k) or _clause_after_base(ctx, k, i)):
            return None
    return "verb"


def _bare_agent(ctx: Context, k: int) -> bool:
    """Whether token k is a lone singular common noun after "by" that ends its phrase ("guaranteed by law",
    "quoted by name because …", "confirmed by now", "nominated by acclamation"): a manner or a time, no agent."""
    lex = ctx.lex
    w = ctx.word(k)
    if not ctx.is_word(k) or ctx.is_capitalized(k) or ctx.texts[k][0].isdigit() or w.endswith(lex.plural_suffixes) \
            or w in lex.determiners or w in lex.pronouns or w in lex.object_pronouns or w in lex.quantifiers:
        return False
    return not ctx.is_word(k + 1) or ctx.word(k + 1) in lex.subordinators


def _finite_passive(ctx: Context, k: int) -> bool:
    """Whether the passive auxiliary at token k has a subject of its own: not an infinitive or a gerund
    ("seeks to be seen as …", "an advantage on being viewed as …": the row, if any, is the verb's before)."""
    lex = ctx.lex
    p = prev_word(ctx, k, lex.adverbs_between)
    before = ctx.word(p) if p >= 0 else ""
    return before not in lex.infinitive_markers and before not in lex.np_prepositions \
        and before not in lex.non_content_starts


def _opens_clause(ctx: Context, n: int) -> bool:
    """Whether token n opens a reported clause: a colon, or a complementizer that is no relative pronoun
    before an auxiliary ("states that …", not "Rust Belt states that have …")."""
    lex = ctx.lex
    if n < len(ctx.tokens) and ctx.texts[n] == ":":
        return True
    m = match_phrase(ctx, n, lex.complementizers)
    return m is not None and ctx.word(m[1] + 1) not in lex.auxiliaries


def _clause_after_base(ctx: Context, k: int, i: int) -> bool:
    """Whether a base form at token i after a word at k that is no pronoun opens a clause, with its own
    subject pronoun or a complementizer ("Aides to Clinton say she's …", "Six in 10 say he's …"): a
    verb of a plural subject that ends in a name or a number ("me say", "him say" stay no cue)."""
    lex = ctx.lex
    before = ctx.word(k)
    if before in lex.pronouns or before in lex.object_pronouns or not ctx.is_word(i + 1):
        return False
    return subject_pronoun_at(ctx, i + 1) or match_phrase(ctx, i + 1, lex.complementizers) is not None


def subject_pronoun_at(ctx: Context, k: int) -> bool:
    """A personal pronoun at token k that can only be a subject ("he", "they", "he'd"), with a word after
    it: it opens a clause."""
    return ctx.lex.is_subject_pronoun(clitic_stem(ctx.word(k))) and ctx.is_word(k + 1)


def clitic_stem(word: str) -> str:
    """A word without the clitic after its apostrophe ("he'd", "it’s" -> "he", "it")."""
    return word.replace("’", "'").split("'", 1)[0]


def phrase_before(ctx: Context, end: int, floor: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    """The number of tokens of a phrase that ends right before token `end` (0 when none does)."""
    for words in phrases:
        n = len(words)
        if end - n >= floor and all(ctx.is_word(end - n + m) and ctx.word(end - n + m) == w
                                    for m, w in enumerate(words)):
            return n
    return 0


def agent_after(ctx: Context, i: int, end: int) -> int:
    """The token of the agent preposition right after a participle at token i, past a few time words
    ("reported by", "released Monday by"), or -1."""
    lex = ctx.lex
    n = i + 1
    while n < end and n - i < MAX_AGENT_LEAD and ctx.is_word(n) and ctx.word(n) in lex.time_nouns:
        n += 1
    return n if n < end and ctx.word(n) in lex.agent_prepositions else -1


def opens_question(ctx: Context, n: int) -> bool:
    """Whether token n opens the reported question or request of a passive addressee cue."""
    lex = ctx.lex
    w = ctx.word(n)
    return w in lex.question_starts or w in lex.infinitive_markers \
        or match_phrase(ctx, n, lex.complementizers) is not None


def _noun_possessive(ctx: Context, w: str) -> bool:
    """Whether the word w is a noun's possessive ("the convention's"), not a pronoun's clitic ("he's", "that's")."""
    lex = ctx.lex
    suffix = next((x for x in lex.possessive_suffixes if w.endswith(x)), None)
    if suffix is None:
        return False
    stem = w[:-len(suffix)]
    return not (stem in lex.pronouns or stem in lex.plural_pronouns or stem in lex.relative_pronouns
                or stem in lex.expletives or stem in lex.anaphors)


def _noun_after(ctx: Context, n: int) -> bool:
    """Whether token n is a lower-case word that can only continue a noun phrase (not a pronoun, a
    determiner, a complementizer, "to" or a time word that would open content: "45 said they …")."""
    lex = ctx.lex
    w = ctx.word(n)
    return ctx.is_word(n) and not ctx.is_capitalized(n) and not (
        w in lex.pronouns or w in lex.plural_pronouns or w in lex.determiners or w in lex.infinitive_markers
        or w in lex.time_words or w in lex.auxiliaries or match_phrase(ctx, n, lex.complementizers) is not None)


def _indefinite_mention(ctx: Context, k: int) -> bool:
    """Whether the words ending at token k open with an indefinite article ("a newly formed super PAC")."""
    lex = ctx.lex
    for n in range(k, max(k - 5, -1), -1):
        if not ctx.is_word(n):
            return False
        if ctx.word(n) in lex.indefinite_articles:
            return True
    return False


def _modifies(ctx: Context, k: int) -> bool:
    """A capitalised word that modifies the noun after it ("the March states", "in Western states"): the
    capitalised run is preceded by a determiner or a preposition, not by a clause boundary."""
    lex = ctx.lex
    n = k
    while n - 1 >= 0 and ctx.is_word(n - 1) and ctx.is_capitalized(n - 1):
        n -= 1
    w = ctx.word(n - 1) if n > 0 else ""
    return w in lex.determiners or w in lex.np_prepositions or w in lex.end_after_cue or lex.is_adverb(w)


def _plural_mention(ctx: Context, k: int) -> bool:
    """Whether the words just before token k (k included) make a plural mention: "Forbes and
    Wealth-X", "those surveyed", "officials familiar with the plan"."""
    lex = ctx.lex
    if lex.postmodifiers and _plural_before_modifier(ctx, k):
        return True
    for n in range(k - 1, max(k - 4, -1), -1):
        if not ctx.is_word(n):
            if ctx.texts[n] not in "-.'’&":
                return False
            continue
        if ctx.word(n) in lex.plural_words:
            return True
        if ctx.word(n) in lex.determiners:
            return False  # "Oklahoma and his home state": a new noun phrase starts at "his"
    return False


MODIFIER_REACH: Final = 6  # words from a base-form cue back to a source modifier ("familiar with the matter")


def _plural_before_modifier(ctx: Context, k: int) -> bool:
    """Whether the words before token k hold a source modifier after a plural head: "Officials familiar
    with the plan (say)", "people with knowledge of the talks (say)"."""
    lex = ctx.lex
    for n in range(k, max(k - MODIFIER_REACH, 0), -1):
        size = phrase_before(ctx, n + 1, 1, lex.postmodifiers)
        if size:
            a = n + 1 - size
            head = ctx.word(a - 1) if ctx.is_word(a - 1) else ""
            return head in lex.plural_words or (head.endswith(lex.plural_suffixes) and head != "")
    return False


def find_cues(ctx: Context) -> list[CueHit]:
    """Every cue candidate of the document, in text order (phrases before the verbs they contain)."""
    triggers = _trigger_kinds(ctx.lex)
    words = ctx.words
    hits: list[CueHit] = []
    after = -1
    for i, w in enumerate(ctx.folded):
        if i <= after:
            continue
        can = triggers.get(w, 0)
        if not can or not words[i]:
            continue
        # (a detector whose bit is not set would return None for this word: it is not called)
        hit = _longer(_impersonal(ctx, i) if can & IMPERSONAL else None,
                      _adjunct(ctx, i) if can & ADJUNCT else None, ctx) \
            or (_speech_noun(ctx, i, w) if can & NOUN else None) \
            or (_phase(ctx, i, w) if can & PHASE else None) or (_verb(ctx, i, w) if can & VERB else None) or (
            CueHit(i, i, w, "speech", "hearsay") if can & HEARSAY else None) or (
            _possessed_adjunct(ctx, i, w, hits[-1].j if hits else -1) if can & POSSESSED else None) \
            or (_study_adjunct(ctx, i, w) if can & STUDY else None) \
            or (_clause_noun(ctx, i, w) if can & CLAUSE_NOUN else None)
        if hit is not None and not (ctx.lex.discourse_markers and _in_discourse_marker(ctx, hit.i)):
            hits.append(hit)
            after = hit.j
    return hits


def _in_discourse_marker(ctx: Context, i: int) -> bool:
    """Whether token i stands in one of the author's discourse markers ("That said, …", "so to speak"); one
    that ends in a comma must be set off (open its sentence or follow a comma)."""
    w = ctx.word(i)
    for words in ctx.lex.discourse_markers:
        for p, x in enumerate(words):
            a = i - p
            if x == w and a >= 0 and all(ctx.word(a + n) == y for n, y in enumerate(words)) and (
                    words[-1] != "," or sentence_initial(ctx, a) or ctx.texts[a - 1] == ","):
                return True
    return False


def _longer(a: CueHit | None, b: CueHit | None, ctx: Context) -> CueHit | None:
    """The longer of two phrase cues at one token ("as reported by X" over the impersonal "as reported"); of
    two as long, the adjunct `b` when a word follows it (its speaker: "по последним данным Минздрава")."""
    if b is None or a is None:
        return b or a
    return b if b.j > a.j or (b.j == a.j and b.j + 1 < len(ctx.tokens) and ctx.is_word(b.j + 1)) else a


def _impersonal(ctx: Context, i: int) -> CueHit | None:
    m = match_phrase(ctx, i, ctx.lex.impersonal)
    if m is None:
        return None
    words, j, _ = m
    lemma = " ".join(words)
    return CueHit(i, j, lemma, ctx.lex.phrase_types.get(lemma, "speech"), "impersonal")


def _adjunct(ctx: Context, i: int) -> CueHit | None:
    m = match_phrase(ctx, i, ctx.lex.before_speaker, ctx.lex.possessives, modifiers=True)
    if m is None:
        return None
    words, j, poss = m
    lemma = " ".join(words)
    cue_type = ctx.lex.phrase_types.get(lemma, "speech")
    if poss >= 0:
        return CueHit(i, j, lemma, cue_type, "adjunct", pieces=((i, poss - 1), (poss + 1, j)),
                      speaker=(poss, poss + 1))
    return CueHit(i, j, lemma, cue_type, "adjunct")


@cache
def _phase_phrases(lex: Lexicon) -> tuple[str, ...]:
    return tuple(sorted(lex.phase_verbs))


def _phase(ctx: Context, i: int, w: str) -> CueHit | None:
    """“Trump continued to question …”, “He went on to endorse …”: a finite verb of continuation (with
    its particle), "to" and a cue's base form make one verb cue of that lemma (tokens from the phase
    verb to the cue)."""
    lex = ctx.lex
    phrase = match_phrase(ctx, i, _phase_phrases(lex))
    if phrase is None:
        return None
    to = phrase[1] + 1
    if ctx.word(to) not in lex.infinitive_markers or not ctx.is_word(to + 1) \
            or (ctx.is_capitalized(i) and not sentence_initial(ctx, i)):
        return None
    k = prev_word(ctx, i, lex.adverbs_between)
    if k >= 0 and (ctx.word(k) in lex.determiners or ctx.word(k) in lex.infinitive_markers):
        return None
    n = to + 1
    for rest, entry in lex.multiword.get(ctx.word(n), ()):
        if entry.form in lex.base_forms and all(ctx.word(n + 1 + m) == r for m, r in enumerate(rest)):
            return CueHit(i, n + len(rest), entry.lemma, entry.cue_type, "verb", entry.form)
    form = lex.cue_forms.get(ctx.word(n))
    if form is None or form.form not in lex.base_forms or form.lemma in lex.clausal_only:
        return None
    return CueHit(i, n, form.lemma, form.cue_type, "verb", form.form)


def _verb(ctx: Context, i: int, w: str) -> CueHit | None:
    lex = ctx.lex
    for rest, entry in lex.multiword.get(w, ()):
        if all(ctx.word(i + 1 + n) == r for n, r in enumerate(rest)):
            reading = verb_reading(ctx, i, entry)
            if reading:
                return CueHit(i, i + len(rest), entry.lemma, entry.cue_type, reading, entry.form)
    form = lex.cue_forms.get(w)
    if form is None:
        return None
    reading = verb_reading(ctx, i, form)
    if reading is None:
        return None
    return CueHit(i, i, form.lemma, form.cue_type, reading, form.form)


NOUN_ADJUNCT_WORDS: Final = 6  # words of a prepositional phrase between a possessed speech noun and its clause


def _possessor(ctx: Context, i: int) -> tuple[int, int] | None:
    """The possessor of the noun at token i ("Trump's claim", "her repeated claims", "his false claim"):
    [a, b) of a possessive pronoun or a genitive, or None."""
    lex = ctx.lex
    k = i - 1
    while k >= 0 and ctx.is_word(k) and (lex.is_adverb(ctx.word(k)) or ctx.word(k) in lex.noun_modifiers):
        k -= 1  # "her repeated claims", "his false claim"
    if k < 0:
        return None
    pronoun = ctx.is_word(k) and ctx.word(k) in lex.possessives and ctx.word(k) in lex.pronouns
    if k > 0 and ctx.texts[k] in "'’" and ctx.texts[k - 1].endswith("s"):
        return k - 1, k + 1  # "the Census' vow": the noun and its apostrophe
    return (k, k + 1) if pronoun or ctx.texts[k].endswith(lex.possessive_suffixes) else None


def _speech_noun(ctx: Context, i: int, w: str) -> CueHit | None:
    """“Trump's claim that …”, “their fear that …”: a noun of speech or belief with a possessor before
    it and a clause after it; the possessor is the speaker."""
    lex = ctx.lex
    if w not in lex.possessed_nouns:
        return None
    speaker = _possessor(ctx, i)
    if speaker is None:
        return None
    nxt = i + 1
    if ctx.word(nxt) in lex.passive_auxiliaries and ctx.word(nxt) in lex.auxiliaries:
        nxt += 1  # "the mayor's view is that …"
    if match_phrase(ctx, nxt, lex.complementizers) is None and (
            ctx.word(nxt) in lex.np_prepositions or ctx.word(nxt) in lex.non_content_starts):
        k = nxt + 1
        while k < len(ctx.texts) and k - nxt <= NOUN_ADJUNCT_WORDS and ctx.is_word(k) \
                and match_phrase(ctx, k, lex.complementizers) is None:
            k += 1  # "his statement on Wednesday that …", "her comments before a House committee that …"
        nxt = k
    if match_phrase(ctx, nxt, lex.complementizers) is None:
        return None
    lemma = lex.possessed_nouns[w]
    return CueHit(i, i, lemma, lex.lemma_types.get(lemma, "speech"), "noun", speaker=speaker)


def _clause_noun(ctx: Context, i: int, w: str) -> CueHit | None:
    """“complaints that …”, “the warning by the FBI that …”, “утверждения, что …”: a noun of speech or belief
    (where no verb reading of the word was found) right before a clause; a phrase after "by" or "from"
    between them is the speaker, else its possessor, else there is none. A "that" before an auxiliary or a
    past form opens a relative clause ("claims that are false", "a claim that originated in …"), and so
    does one after an appositive ("…, a charge that Clinton denied"): no cue."""
    lex = ctx.lex
    lemma = lex.clause_nouns[w]
    nxt = i + 1
    speaker: tuple[int, int] | None = None
    if ctx.word(nxt) in lex.agent_prepositions or ctx.word(nxt) in lex.source_prepositions:
        k = nxt + 1
        while k < len(ctx.texts) and k - nxt <= NOUN_ADJUNCT_WORDS and ctx.is_word(k) \
                and match_phrase(ctx, k, lex.complementizers) is None:
            k += 1  # "complaints from rivals that …"
        if k == nxt + 1:
            return None  # "accusations from that era"
        speaker = (nxt + 1, k)
        nxt = k
    if nxt < len(ctx.texts) and ctx.texts[nxt] == ",":
        nxt += 1  # "опасения, что …"
    m = match_phrase(ctx, nxt, lex.complementizers)
    if m is None and nxt == i + 1 and ctx.word(nxt) in lex.infinitive_markers and ctx.is_word(nxt + 1) \
            and lex.lemma_types.get(lemma) == "intention":
        # "his promise to build a wall", "fire-breathing vows to trash bad trade deals": an intention's infinitive
        return CueHit(i, i, lemma, "intention", "noun", speaker=_possessor(ctx, i))
    if m is None:
        return None
    after = ctx.word(m[1] + 1)
    if after in lex.auxiliaries or after in lex.past_forms or after.endswith(lex.past_suffixes):
        return None
    k = prev_word(ctx, i, lex.noun_modifiers)
    if k > 0 and ctx.word(k) in lex.indefinite_articles and (
            ctx.texts[k - 1] in ",-" or ctx.texts[k - 1] in ctx.dashes):
        return None  # "…, a charge that Clinton denied": an appositive's relative clause
    return CueHit(i, i, lemma, lex.lemma_types.get(lemma, "speech"), "noun", speaker=speaker or _possessor(ctx, i))


STUDY_REACH: Final = 8  # words from a study preposition to its poll or study noun ("in a new Fox News poll")


def _study_adjunct(ctx: Context, i: int, w: str) -> CueHit | None:
    """“In a CNN poll, …” / “… in the polls”: a preposition whose object is a poll or a study."""
    lex = ctx.lex
    if w not in lex.study_prepositions:
        return None
    for k in range(i + 1, min(i + 1 + STUDY_REACH, len(ctx.tokens))):
        if not ctx.is_word(k) and ctx.texts[k] not in "-/'’.":
            return None
        if ctx.word(k) in lex.study_nouns:
            return CueHit(i, i, w, "other", "adjunct")
    return None


def _possessed_adjunct(ctx: Context, i: int, w: str, last: int) -> CueHit | None:
    """“In his view, …” / “in the mayor's opinion”: a preposition, a possessor and a noun of the lexicon at
    token i; the possessor is the speaker (the cue is the preposition and the noun)."""
    entry = ctx.lex.possessed_adjuncts.get(w)
    if entry is None:
        return None
    prep, cue_type = entry
    k = i - 1
    if k < 0 or not (ctx.word(k) in ctx.lex.possessives or ctx.texts[k].endswith(ctx.lex.possessive_suffixes)
                     or (ctx.texts[k] in "'’" and ctx.texts[k - 1].endswith("s"))):
        return None
    for p in range(k - 1, max(k - 8, last, -1), -1):
        if ctx.word(p) == prep:
            return CueHit(p, i, f"{prep} {w}", cue_type, "adjunct", pieces=((p, p), (i, i)), speaker=(p + 1, i))
        if not ctx.is_word(p) and ctx.texts[p] not in "'’.-":
            break
    return None
