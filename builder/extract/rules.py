"""Model-free extractor: Document -> Attributions, from quote marks, cue lexicons and word order.

Frames, tried in this order, each claiming the cues and quotations it explains:
  direct quotes     “…,” X said. / “…,” said X. / X said: “…” / «…», — заявил X. (+ a continuation)
  dash dialogue     — …, — заявил он. — …
  cue frames        X said (that) … / …, X said. / …, said X. / According to X, … / …, adding that …
                    / It was reported that … — per sentence, and inside quotations for nested rows.
A quotation that no frame explains (a title, a scare quote, a quoted headline) yields nothing.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass, replace
from itertools import accumulate
from typing import Final

from builder import fastrecords
from builder.extract.content import (
    SENTENCE_PUNCT,
    adjunct_preposition,
    anaphor_at,
    aside_start,
    clause_end,
    complementizer_after,
    content_after,
    fronted_adjunct,
    is_anaphor,
    object_end,
    set_off_end,
    skip_lead,
    trim,
    words_in,
)
from builder.extract.context import Context, Region
from builder.extract.cues import (
    CueHit,
    agent_after,
    find_cues,
    match_phrase,
    opens_question,
    prev_word,
    subject_pronoun_at,
)
from builder.extract.marks import Quoted
from builder.extract.speakers import (
    MAX_SPEAKER_TOKENS,
    _name_dot,
    left_np,
    oblique_quoted_name,
    right_np,
    skip_between,
)
from builder.lexicon import Lexicon, load_lexicon
from builder.morph import is_finite_verb, is_first_or_second_person, is_participle, parses
from builder.records import Attribution, Cue, Document, Span
from builder.segment import sentence_bounds

TAG_PUNCT: Final = frozenset(",!?…")
MAX_GAP_TOKENS: Final = 24
MAX_TAG_TOKENS: Final = 40  # tokens from a tagged quotation to its cue verb (“…,” Trump, the frontrunner in …, said)
MAX_TAIL_WORDS: Final = 6
OPENS_QUOTATION: Final = frozenset(":(")  # before an opening mark: the quotation stands apart from the clause before
MAX_TAG_COMMAS: Final = 5  # commas in a cue clause after a quotation ("…," Harry Bond, 30, of Raleigh, N.C., said)
AFTER_SPEAKER_REACH: Final = 10  # tokens from a parenthetical cue clause's speaker to the comma that closes it

Range = tuple[int, int]


@dataclass(init=False, unsafe_hash=True, slots=True)  # not frozen at run time: nothing assigns to it after __init__
class Found:
    """An attribution in token ranges, before it becomes a record."""

    cue: CueHit | None
    content: tuple[Range, ...]  # character offsets
    speaker: Range | None  # token range
    rule: str
    confidence: float
    direct: bool = False

    def __init__(self, cue: CueHit | None, content: tuple[Range, ...], speaker: Range | None, rule: str,
                 confidence: float, direct: bool = False) -> None:
        # built by hand (init=False): mypyc runs a dataclass's generated __init__ as Python, ~10x slower
        self.cue = cue
        self.content = content
        self.speaker = speaker
        self.rule = rule
        self.confidence = confidence
        self.direct = direct


class RulesExtractor:
    """The default backend: lexicon-driven rules, no model."""

    name = "rules"

    def __init__(self, language: str) -> None:
        self.language = language
        self.lex: Lexicon = load_lexicon(language)

    def extract(self, document: Document, language: str | None = None) -> list[Attribution]:
        ctx = Context(document, self.lex, language or self.language)
        cues = find_cues(ctx)
        by_token = {h.i: h for h in cues}
        used_cues: set[int] = set()
        found: list[Found] = []
        claimed_quotes: set[int] = set()
        for f, quotes in _direct(ctx, by_token):
            cue_i = f.cue.i if f.cue is not None else -1
            if cue_i in used_cues or claimed_quotes & quotes:
                continue
            found.append(f)
            used_cues.add(cue_i)
            claimed_quotes |= quotes
        found.extend(_dash_dialogue(ctx, by_token, used_cues, claimed_quotes))
        found.extend(_headline(ctx, claimed_quotes))
        found.extend(_quote_credits(ctx, claimed_quotes))
        found.extend(_digest_items(ctx, claimed_quotes))
        found.extend(_transcript_turns(ctx))
        used_cues |= {f.cue.i for f in found if f.cue is not None}
        starts = [h.i for h in cues]
        regions = [*ctx.regions, *_quote_regions(ctx, claimed_quotes)]
        before = set(claimed_quotes)
        self._frames(ctx, regions, cues, starts, used_cues, found, claimed_quotes)
        _quote_paragraph_sequels(ctx, by_token, found, claimed_quotes)
        # quotations that a cue clause reported ("сообщил, что «…, говорят врачи»") or that it shared
        # after a colon ("рассказал, что …: «Мои родители были уверены, что …»") hold nested ones too
        reported = _reported_quotes(ctx, found, claimed_quotes) | (claimed_quotes - before)
        if reported:
            used_cues |= {f.cue.i for f in found if f.cue is not None}
            self._frames(ctx, _quote_regions(ctx, reported), cues, starts, used_cues, found, claimed_quotes)
        return _to_records(ctx, found)

    @staticmethod
    def _frames(ctx: Context, regions: list[Region], cues: list[CueHit], starts: list[int], used_cues: set[int],
                found: list[Found], claimed_quotes: set[int]) -> None:
        """Cue frames of every region's unused cues, appended to `found`."""
        by_cue = _ByCue(found)
        framed = _framed_ends(ctx, found)
        blocks = {f.content[0] for f in found if f.rule == "block_quote"}
        for region in regions:
            lo, hi = bisect.bisect_left(starts, region.start), bisect.bisect_left(starts, region.end)
            hits = [h for h in cues[lo:hi] if h.i not in used_cues
                    and (ctx.quote_of[h.i] == region.quote or _opens_fragment(ctx, h, claimed_quotes))]
            if hits:
                # a participle or adjunct that another attribution used still sets off its clause
                # (“… wrapped up by Cleveland,” adding, “…”)
                taken = [h for h in cues[lo:hi] if h.i in used_cues and h.kind in ("participle", "adjunct")
                         and ctx.quote_of[h.i] == region.quote]
                lo, hi = bisect.bisect_right(framed, region.start), bisect.bisect_left(framed, region.end)
                extra = framed[lo:hi] + _cut_points(ctx, region, taken) if taken else framed[lo:hi]
                for f in _cue_frames(ctx, region, hits, by_cue, claimed_quotes, extra):
                    if _own_attitude(ctx, f):
                        continue
                    if f.rule == "block_quote":
                        if f.content[0] in blocks:
                            continue  # "Wallnau elaborated on the message he felt …:⏎…": the first cue's block
                        blocks.add(f.content[0])
                    found.append(f)  # one at a time: each frame looks back at those found before it


PARAGRAPH_SEQUEL_RULES: Final = frozenset({"content_after", "participle", "coordinated", "appositive", "inverted",
                                    "content_before", "as_frame", "quote_then_cue", "cue_then_quote"})


def _quote_paragraph_sequels(ctx: Context, by_token: dict[int, CueHit], found: list[Found],
                             claimed: set[int]) -> None:
    """“Carter said that critics were wrong.⏎⏎“That’s because …”": a reported clause that ends its
    paragraph, followed by a paragraph that is one quotation with no cue of its own, goes on in that
    quotation (a second piece of the same attribution), in place in `found`."""
    index = ctx.index
    for n, f in enumerate(found):
        if f.rule not in PARAGRAPH_SEQUEL_RULES or f.speaker is None or not f.content:
            continue
        end = max(f.content[-1][1], ctx.ends[f.speaker[1] - 1],
                  ctx.ends[f.cue.j] if f.cue is not None else 0)  # (“…, Carter said.⏎⏎“…”")
        para = index.paragraph_of(end)
        if para + 1 >= len(index.paragraphs) or ctx.text[end:index.paragraphs[para][1]].strip(".!?…\"”»' "):
            continue
        ps, pe = index.paragraphs[para + 1]
        qi = ctx.quote_open_tok.get(ctx.token_at(ps), -1)
        if qi < 0 or qi in claimed:
            continue
        q = ctx.quotes[qi]
        if q.open != ps or len(q.pieces) != 1 or ctx.text[q.outer_end:pe].strip(".!?… ") \
                or _has_own_cue(ctx, by_token, q):
            continue
        found[n] = replace(f, content=(*f.content, (q.open, q.outer_end)))
        claimed.add(qi)


def _framed_ends(ctx: Context, found: list[Found]) -> list[int]:
    """Sorted tokens where the content of an attribution found so far ends before its own cue frame
    (“They want to “create jobs,” Sanders said”): an earlier cue's content stops there, short of that
    frame's speaker and cue."""
    ends = {ctx.token_at(f.content[-1][1]) for f in found
            if f.cue is not None and f.content and ctx.starts[f.cue.i] >= f.content[-1][1]}
    for f in found:
        # “… like Saddam Hussein - ''He would have loved Stalin,'' Mr. Biden said”: a quotation set off
        # by a dash is not part of the clause before the dash
        if f.direct and f.cue is not None and f.content and ctx.starts[f.cue.i] >= f.content[-1][1]:
            k = ctx.token_at(f.content[0][0]) - 1
            while k > 0 and ctx.texts[k] in ctx.marks:
                k -= 1
            if k > 0 and ctx.ends[k] <= f.content[0][0] and (_is_dash(ctx, k) or _spaced_hyphen(ctx, k)):
                ends.add(k)
    return sorted(ends)


def _reported_quotes(ctx: Context, found: list[Found], claimed: set[int]) -> set[int]:
    """Unclaimed quotations that lie wholly inside the content of a cue frame's attribution."""
    spans = sorted(p for f in found for p in f.content)
    starts = [a for a, _ in spans]
    reach = list(accumulate((b for _, b in spans), max))  # furthest end among the first k spans
    out = set()
    for qi, q in enumerate(ctx.quotes):
        k = bisect.bisect_right(starts, q.start) - 1  # the spans that start at or before its first word
        if qi not in claimed and q.depth == 0 and k >= 0 and q.end <= reach[k]:
            out.add(qi)  # (a block quotation's content is its text inside the marks)
    return out


# ---- direct quotations ---------------------------------------------------------------------------

def _direct(ctx: Context, by_token: dict[int, CueHit]) -> Iterator[tuple[Found, set[int]]]:
    for qi, q in enumerate(ctx.quotes):
        got = _quote_then_cue(ctx, by_token, qi, q) or _cue_then_quote(ctx, by_token, qi, q)
        if got is not None:
            yield got


def _quote_pieces(ctx: Context, q: Quoted) -> tuple[Range, ...]:
    """Character ranges inside the marks, without a comma (or ; :) just before the closing mark."""
    out = []
    for s, e in q.pieces:
        while e > s and (ctx.text[e - 1] in ",;:" or ctx.text[e - 1].isspace()):
            e -= 1
        if e > s:
            out.append((s, e))
    return tuple(out)


def _all_chars(ctx: Context, ranges: tuple[Range, ...]) -> tuple[Range, ...]:
    """Token ranges -> character ranges."""
    return tuple((ctx.starts[a], ctx.ends[b - 1]) for a, b in ranges)


def _chars(ctx: Context, r: Range | None) -> Range | None:
    """Token range -> character range."""
    if r is None:
        return None
    return ctx.starts[r[0]], ctx.ends[r[1] - 1]


def _last_inner(ctx: Context, q: Quoted) -> int:
    """The offset of the last character of q's content before its closing marks and the spaces between
    them (… 'keep it alive,' " said X: the inner mark and a space before the closing one)."""
    last = q.close - 1
    while last > q.start and (ctx.text[last] in ctx.marks or ctx.text[last].isspace()):
        last -= 1
    return last


def _quote_then_cue(ctx: Context, by_token: dict[int, CueHit], qi: int,
                    q: Quoted) -> tuple[Found, set[int]] | None:
    """“…,” X said / “…,” said X / «…», — заявил X: a cue clause right after the closing mark."""
    toks = ctx.tokens
    if _names_a_title(ctx, q):
        return None  # “On Fox News channel’s “Sunday Morning Futures,” Rep. Issa said …”: a show's name
    open_tok = ctx.token_at(q.open)
    if oblique_quoted_name(ctx, open_tok, len(toks)) > open_tok:
        return None  # "Об этом «Известиям» рассказал источник": a name in another case, no quotation
    close_tok = ctx.token_at(q.close)
    p_end = ctx.index.paragraphs[ctx.index.paragraph_of(q.close)][1]
    i = ctx.token_at(q.outer_end)
    # a reporting clause after a quote is set off: “…,” / “…?” / «…», — / «…» — (inner marks skipped)
    last = _last_inner(ctx, q)
    tagged = ctx.text[last] in TAG_PUNCT
    while i < len(ctx.texts) and ctx.ends[i] <= p_end and ctx.texts[i] in TAG_PUNCT:
        tagged = True
        i += 1
    if i < len(ctx.texts) and ctx.texts[i] in ctx.dashes:
        tagged = True
        i += 1
    if not tagged and not _bare_cue_sentence(ctx, by_token, i, p_end):
        return None
    first = i
    hit = None
    commas = 0
    while i < len(ctx.texts) and ctx.ends[i] <= p_end and i - first <= MAX_TAG_TOKENS:
        t = ctx.texts[i]
        ends = not ctx.words[i] and t in SENTENCE_PUNCT and not _name_dot(ctx, i) and not _in_brackets(ctx, first, i)
        if i in ctx.quote_open_tok or ctx.double_marks.fullmatch(t) or ends:
            break
        commas += t == ","
        if commas > MAX_TAG_COMMAS:
            break
        if i in by_token and by_token[i].kind in ("verb", "participle", "impersonal"):
            hit = by_token[i]
            break
        i += 1
    if hit is None:
        hit = _any_verb_after(ctx, first, ctx.token_at(p_end))
    if hit is None:
        return None
    if hit.kind == "impersonal":
        if hit.i != first:
            return None
        pieces = _quote_pieces(ctx, q)
        doc = _document_after(ctx, hit, ctx.token_at(p_end))
        return (Found(hit, pieces, doc, "quote_then_impersonal", 0.8, direct=True), {qi}) if pieces else None
    if hit.i == first and hit.kind == "participle":
        # “…,” adding that … / has called China “expansionist,” accusing it of …: the mention after the
        # participle is its object; the participle frame takes the sentence's subject
        return None
    if hit.i == first:
        spk = right_np(ctx, hit.j + 1, ctx.token_at(p_end))
    else:
        left = spk = left_np(ctx, hit.i, first)
        if spk is None or spk[0] != first:
            # “…,” Fred Kagan, director of X, said: the name before the appositive
            # (or a description: “…,” his wife, Gabriela Lazar, wrote / the economist Jared Bernstein, …)
            name = right_np(ctx, first, hit.i, subject=False) if ctx.is_capitalized(first) or (
                ctx.word(first) in ctx.lex.determiners and ctx.texts[skip_between(ctx, hit.i, first) - 1] == ","
            ) else None
            spk = name if name is not None and ctx.texts[name[1]] == "," else _bounded_subject(ctx, first, hit)
            opens = False  # (whether the quotation opens its sentence: asked only when no speaker is found)
            if spk is None:
                opens = not any(ctx.is_word(k) for k in range(_region_of(ctx, close_tok).start, open_tok))
                verb_start = skip_between(ctx, hit.i, first)
                if opens and verb_start - 1 > first and ctx.texts[verb_start - 1] == ",":
                    # “…,” state Senate leader Phil Berger and House Speaker Tim Moore, both Republicans, said:
                    # the mention before the appositive
                    spk = _appositive_subject(ctx, Region(first, hit.i), verb_start - 1)
            if spk is None and hit.i == first + 1 and ctx.is_word(first) and ctx.is_capitalized(first):
                spk = (first, first + 1)  # “…,” Will wrote.: a one-word name the lexicon reads otherwise
            if spk is None and left is not None and opens:
                spk = left  # “…,” nuclear experts A and B of the X Institute wrote: the end of a long subject
    if spk is None:
        return None
    pieces = _quote_pieces(ctx, q)
    used = {qi}
    clause_end = max(spk[1], hit.j + 1)
    nxt = _continuation(ctx, by_token, qi, clause_end)
    if nxt is not None and _has_own_cue(ctx, by_token, ctx.quotes[nxt]):
        nxt = None  # “A,” she said. “B,” she said: each quotation has its own cue clause
    if nxt is not None:
        pieces += _quote_pieces(ctx, ctx.quotes[nxt])
        used.add(nxt)
    else:
        woven = _woven_continuation(ctx, by_token, qi, clause_end)
        if woven is not None:
            nxt, piece = woven
            pieces += (piece,)
            used.add(nxt)
    rest = _interrupted_rest(ctx, by_token, q, clause_end) if nxt is None else None
    if rest is not None:
        pieces += (rest,)
    if not pieces:
        return None
    # a quotation that starts inside a sentence is woven into it: the content is the whole clause
    region = _region_of(ctx, close_tok)
    open_tok = ctx.token_at(q.open)
    lead = open_tok - region.start
    if lead > 0 and nxt is None and toks[open_tok - 1].text not in OPENS_QUOTATION \
            and not _is_dash(ctx, open_tok - 1) and not _spaced_hyphen(ctx, open_tok - 1) \
            and any(ctx.is_word(k) for k in range(region.start, open_tok)):
        mixed = trim(ctx, _past_openers(ctx, region.start, open_tok), ctx.token_at(q.outer_end))
        if mixed is not None:
            spans = (_chars(ctx, mixed),) if rest is None else (_chars(ctx, mixed), rest)
            return Found(hit, spans, spk, "quote_then_cue_mixed", 0.8), used  # type: ignore[arg-type]
    return Found(hit, pieces, spk, "quote_then_cue", 0.9, direct=True), used


INTERRUPTING_WORDS: Final = 8  # words of an adjunct after the cue clause ("wrote in a letter to the president")
INTERRUPTED_REST_WORDS: Final = 3  # words of the reported sentence after the cue clause, at least


def _interrupted_rest(ctx: Context, by_token: dict[int, CueHit], q: Quoted, clause_end: int) -> Range | None:
    """“It's our bad luck,” he said, that both men had ties to the mosque: a cue clause set off by commas
    inside the reported sentence, which goes on after it in the narrator's words with a complementizer
    or an auxiliary; that rest of the sentence is a second piece (None when there is none)."""
    lex = ctx.lex
    last = _last_inner(ctx, q)
    if ctx.text[last] != ",":
        return None
    k = clause_end
    while k < len(ctx.texts) and k - clause_end < INTERRUPTING_WORDS and ctx.is_word(k) and k not in by_token:
        k += 1
    if k + 1 >= len(ctx.texts) or ctx.texts[k] != "," or not ctx.is_word(k + 1) or ctx.is_capitalized(k + 1) \
            or k + 1 in by_token:
        return None
    w = ctx.word(k + 1)
    if w not in lex.complementizer_words and w not in lex.auxiliaries:
        return None  # (not an infinitive marker: “…,” she said, to cheers from the crowd)
    region = _region_of(ctx, k + 1)
    rest = trim(ctx, k + 1, region.end)
    if rest is None or words_in(ctx, *rest) < INTERRUPTED_REST_WORDS:
        return None  # “…,” she said, to applause.: no clause goes on
    return _chars(ctx, rest)


BARE_CLAUSE_WORDS: Final = 5  # words on either side of the verb in an unpunctuated “…” Smith said.
BARE_APPOSITIVE_TOKENS: Final = 10  # an appositive after the name in it (“…” said Smith, a campaign spokesman.)
BARE_CUE_TYPES: Final = frozenset({"speech", "writing"})


def _bare_cue_sentence(ctx: Context, by_token: dict[int, CueHit], i: int, p_end: int) -> bool:
    """“…” Smith said. / “….” said the mayor.: a quotation closed without a comma, followed by a short
    cue clause that is a whole sentence (a few words, a cue verb, a few words, the full stop)."""
    k = i
    while k < len(ctx.texts) and ctx.ends[k] <= p_end and ctx.is_word(k) and k - i <= BARE_CLAUSE_WORDS:
        hit = by_token.get(k)
        if hit is not None and hit.kind == "verb" and hit.cue_type in BARE_CUE_TYPES:
            e = hit.j + 1
            while e < len(ctx.texts) and ctx.ends[e] <= p_end and ctx.is_word(e) and e - hit.j <= BARE_CLAUSE_WORDS:
                e += 1
            if e < len(ctx.texts) and ctx.texts[e] == "," and e > hit.j + 1:
                # an appositive after the name: “…” said Nick Merrill, a campaign spokesman.
                a = e
                while e < len(ctx.texts) and ctx.ends[e] <= p_end and (ctx.is_word(e) or ctx.texts[e] == ",") \
                        and e - a <= BARE_APPOSITIVE_TOKENS:
                    e += 1
            return e >= len(ctx.texts) or ctx.ends[e] > p_end or ctx.texts[e] == "."
        k += 1
    return False


def _bounded_subject(ctx: Context, first: int, hit: CueHit) -> Range | None:
    """“…,” the Florida senator and Republican candidate said: between the closing mark and the verb
    only words, so all of them are the subject (coordinated descriptions included)."""
    end = skip_between(ctx, hit.i, first)
    if end - first > MAX_SPEAKER_TOKENS or end <= first or not all(
            ctx.is_word(k) or ctx.texts[k] in "-.'’" for k in range(first, end)):
        return None
    if not (ctx.word(first) in ctx.lex.determiners or ctx.is_capitalized(first)):
        return None
    return first, end


def _adjunct_comma(ctx: Context, region: Region, start: int) -> int:
    """The comma before a short fronted adjunct that ends at token `start` (-1 if there is none)."""
    k = start - 1
    while k > region.start and start - k <= 8 and ctx.is_word(k):
        k -= 1
    if k <= region.start or ctx.texts[k] != "," or k + 1 >= start:
        return -1
    return k if _only_adjunct(ctx, k + 1, start) and ctx.word(k + 1) not in ctx.lex.time_words else -1


def _only_adjunct(ctx: Context, a: int, b: int) -> bool:
    """Whether [a, b) is only a fronted adjunct ("In a press release earlier this month", "Then, last
    week"): a time or a prepositional phrase without a verb, not reported content."""
    lex = ctx.lex
    k = a
    while k < b and (not ctx.is_word(k) or ctx.word(k) in lex.time_words or lex.is_adverb(ctx.word(k))):
        k += 1
    if k >= b:
        return True
    if ctx.word(k) not in lex.non_content_starts and ctx.word(k) not in lex.np_prepositions:
        return False
    return not any(ctx.texts[j] == "," or ctx.word(j) in lex.auxiliaries for j in range(k, b))


def _names_a_title(ctx: Context, q: Quoted) -> bool:
    """A quotation right after a possessive or a preposition (“CNN's “State of the Union,””, “on “Meet
    the Press,””) names a show, a book or a slogan: it is not a quotation of the speaker after it."""
    k = ctx.token_at(q.open) - 1
    if k < 0 or not ctx.is_word(k):
        return False
    lex = ctx.lex
    w = ctx.word(k)
    return w.endswith(lex.possessive_suffixes) or w in lex.np_prepositions or w in lex.non_content_starts


def _in_brackets(ctx: Context, start: int, k: int) -> bool:
    """Whether token k lies inside a bracket opened after token `start` ("(R-Fla.)")."""
    texts = [ctx.texts[j] for j in range(start, k)]
    return texts.count("(") > texts.count(")")


def _any_verb_after(ctx: Context, first: int, end: int) -> CueHit | None:
    """“…,” Trump shot back. / “No,” she smiled.: after a tagged quotation, a short subject (a pronoun or
    a name) and one lower-case word that ends the clause: that word reports the quotation even when the
    lexicon does not list it."""
    lex = ctx.lex
    k = first
    if k + 1 < end and ctx.is_word(k) and not ctx.is_capitalized(k) and ctx.word(k).endswith(lex.past_suffixes) \
            and ctx.word(k) not in lex.stop_words and ctx.is_word(k + 1) and ctx.is_capitalized(k + 1) \
            and ctx.word(k + 1) not in lex.pronouns:
        return CueHit(k, k, ctx.word(k), "speech", "verb", "")  # “This is fantastic!” beamed Donald Hartley
    described = k < end and ctx.word(k) in lex.determiners
    if k < end and ctx.word(k) in lex.pronouns and lex.pronouns[ctx.word(k)][1] in ("sg", "pl"):
        k += 1
    elif described:
        # “…,” an angry Hollande retaliated.: a short description; its verb must read as a past
        k += 1
        while k < end and k - first <= MAX_DESCRIBED_WORDS and ctx.is_word(k) and not _clause_ends_after(ctx, k) \
                and not (k > first + 1 and not ctx.is_capitalized(k) and (
                    ctx.word(k) in lex.cue_forms or ctx.word(k).endswith(lex.past_suffixes))):
            k += 1  # (up to a cue's form or a past: “…?” the 43-year-old asked in …)
    else:
        while k < end and k - first < 4 and ((ctx.is_word(k) and ctx.is_capitalized(k)) or _name_dot(ctx, k)):
            k += 1
    if k == first or k >= end or not ctx.is_word(k) or ctx.is_capitalized(k):
        return None
    w = ctx.word(k)
    if w in lex.stop_words or w in lex.determiners or w in lex.auxiliaries or w in lex.function_words:
        return None
    listed = w in lex.cue_forms  # a cue's form that read as a noun (“…,” the two write / the Saudis state)
    if described and (k == first + 1 or not (w.endswith(lex.past_suffixes) or listed)):
        return None
    last = k
    if k + 2 < len(ctx.tokens) and ctx.is_word(k + 1) and ctx.word(k + 1) in lex.verb_particles \
            and not ctx.is_word(k + 2):
        last = k + 1  # (“…,” he went on.)
    if not _clause_ends_after(ctx, last) and not (
            (listed or w.endswith(lex.past_suffixes)) and last + 1 < end and ctx.is_word(last + 1)
            and (ctx.word(last + 1) in lex.np_prepositions or ctx.word(last + 1) in lex.non_content_starts)) \
            and not (last + 1 < end and ctx.word(last + 1) in lex.coordinators and not described):
        return None  # (a cue's form may take an adjunct: “…,” the Saudis state in the white paper)
    return CueHit(k, last, w, "speech", "verb", "")


# words of a description before a verb the lexicon lacks (“…,” an angry Hollande retaliated)
MAX_DESCRIBED_WORDS: Final = 3


def _clause_ends_after(ctx: Context, k: int) -> bool:
    """Whether the clause ends right after token k, or after a time phrase there ("fumed on Tuesday.")."""
    nxt = k + 1
    lex = ctx.lex
    while nxt < len(ctx.tokens) and nxt - k <= 3 and ctx.is_word(nxt) and ctx.word(nxt) in lex.time_words:
        nxt += 1
    return nxt >= len(ctx.tokens) or (not ctx.is_word(nxt) and ctx.texts[nxt] in ".,!?;")


OWN_CUE_REACH: Final = 8  # tokens after a quotation's closing mark where its own cue verb may stand


def _has_own_cue(ctx: Context, by_token: dict[int, CueHit], q: Quoted) -> bool:
    """Whether a cue verb follows quotation q in its own sentence, set off as a reporting clause."""
    i = ctx.token_at(q.outer_end)
    last = _last_inner(ctx, q)
    tagged = ctx.text[last] in TAG_PUNCT
    while i < len(ctx.texts) and ctx.texts[i] in TAG_PUNCT:
        tagged = True
        i += 1
    if not tagged:
        return False
    p_end = ctx.index.paragraphs[ctx.index.paragraph_of(q.close)][1]
    for k in range(i, min(i + OWN_CUE_REACH, len(ctx.texts))):
        if ctx.starts[k] >= p_end:
            return False  # “B?” ⏎ Later, Rubio claimed …: the next paragraph's verb is not B's cue
        if not ctx.words[k] and (ctx.texts[k] in SENTENCE_PUNCT or ctx.texts[k] in ctx.marks):
            return False
        if k in by_token and by_token[k].kind == "verb":
            return True
    return False


def _continuation(ctx: Context, by_token: dict[int, CueHit], qi: int, clause_end: int) -> int | None:
    """The quotation that continues qi after its cue clause: right after it (“A,” he said, “B”), after
    the rest of the cue's sentence (“A,” he told NBC on Monday, “B” / “A,” said Smith, a lawyer. “B.”),
    or as the whole next paragraph when the cue's sentence ends its own (“A,” said X, who… ⏎ “B.”)."""
    index = ctx.index
    para = index.paragraph_of(ctx.quotes[qi].close)
    n = qi + 1
    while n < len(ctx.quotes) and _woven_title(ctx, ctx.quotes[n], clause_end, para):
        n += 1  # “A,” Sanders said on CNN's “State of the Union.” “B.”: a show's name is no continuation
    if n >= len(ctx.quotes):
        return None
    nxt = ctx.quotes[n]
    open_tok = ctx.token_at(nxt.open)
    if index.paragraph_of(nxt.open) == para + 1:
        p_end = index.paragraphs[para][1]
        n_start, n_end = index.paragraphs[para + 1]
        ends_paragraph = not ctx.text[nxt.outer_end:n_end].strip(".!?…")
        if nxt.open == n_start and ends_paragraph and open_tok - clause_end <= 40 \
                and not _sentence_ends(ctx, clause_end, ctx.token_at(p_end) - 1):
            return n
        return None
    if index.paragraph_of(nxt.open) != para:
        return None
    j = clause_end
    while j < len(ctx.texts) and not ctx.words[j] and ctx.texts[j] in ".,:":
        j += 1
    if j < len(ctx.texts) and ctx.starts[j] == nxt.open and (j > clause_end or _whole_sentence(ctx, nxt)):
        return n  # (“A,” she said “B.”: a whole sentence quoted right after the cue clause, the stop left out)
    # the cue sentence goes on (an adjunct, an appositive, a participle) and the quotation resumes after it
    prev = ctx.texts[open_tok - 1]
    m = open_tok - 1
    while m > clause_end and ctx.texts[m] in ctx.marks:
        m -= 1  # (a closing '' is two tokens)
    if prev in ctx.marks and m < open_tok - 1 and ctx.texts[m] in ".!?":
        prev = ctx.texts[m]  # … on “Meet the Press.” “B”: the full stop inside the title's marks
    elif len(prev) > 1 and prev.endswith(".") and ctx.is_word(open_tok - 1):
        prev = "."  # … in Fort Mill, S.C. “B”: an abbreviation's dot ends the sentence too
    if prev not in SENTENCE_PUNCT and any(k in by_token and by_token[k].kind == "participle"
                                          for k in range(clause_end, open_tok)):
        return None  # “A,” she said, adding, “B”: the participle has a quotation of its own
    # (“A,” she said, pointing out where it stood. “B.”: the participle's clause ended before B)
    if prev == ":" and any(k in by_token and by_token[k].kind == "verb" for k in range(clause_end, open_tok)):
        return None  # “A,” Bundy says to him, who responds: “B”: a later verb in the sentence reports B
    if open_tok - clause_end <= 40 and (prev in ".:," or prev in ctx.dashes) \
            and not _sentence_ends(ctx, clause_end, open_tok - 2):
        return n  # only the rest of the cue's sentence (titles in quotes allowed) stands between
    return None


MAX_WOVEN_LEAD: Final = 12  # words of the next sentence before a quotation that continues the speaker's words


def _woven_continuation(ctx: Context, by_token: dict[int, CueHit], qi: int,
                        clause_end: int) -> tuple[int, Range] | None:
    """“A,” said X, a strategist. Unless rivals quit, “B.”: the sentence right after the cue's sentence
    ends in a quotation and has no cue of its own: it goes on with X's words, from its first word."""
    n = qi + 1
    if n >= len(ctx.quotes):
        return None
    nxt = ctx.quotes[n]
    para = ctx.index.paragraph_of(ctx.quotes[qi].close)
    if ctx.index.paragraph_of(nxt.open) != para or nxt.depth:
        return None
    open_tok = ctx.token_at(nxt.open)
    k = clause_end
    while k < open_tok and not (ctx.texts[k] in SENTENCE_PUNCT and not _name_dot(ctx, k) and ctx.quote_of[k] < 0):
        if k - clause_end > 40:
            return None
        k += 1
    start = k + 1
    if start >= open_tok or open_tok - start > MAX_WOVEN_LEAD or not ctx.is_word(start):
        return None
    if any(j in by_token or ctx.texts[j] in SENTENCE_PUNCT or j in ctx.quote_open_tok for j in range(start, open_tok)):
        return None
    last = nxt.close - 1
    while last > nxt.start and ctx.text[last] in ctx.marks:
        last -= 1
    after = ctx.text[nxt.outer_end:nxt.outer_end + 1]
    if ctx.text[last] not in ".!?" and after not in (".", "!", "?"):
        return None
    if _has_own_cue(ctx, by_token, nxt):
        return None
    return n, (ctx.starts[start], nxt.outer_end)


MAX_TITLE_WORDS: Final = 8


def _woven_title(ctx: Context, q: Quoted, clause_end: int, para: int) -> bool:
    """A short quotation right after a word, inside the cue's sentence: a title or a term, not speech."""
    open_tok = ctx.token_at(q.open)
    return ctx.index.paragraph_of(q.open) == para and open_tok > clause_end and ctx.is_word(open_tok - 1) \
        and not ctx.texts[open_tok - 1].endswith(".") \
        and words_in(ctx, open_tok, ctx.token_at(q.end)) <= MAX_TITLE_WORDS \
        and not _sentence_ends(ctx, clause_end, open_tok)


def _sentence_ends(ctx: Context, start: int, end: int) -> bool:
    """Whether a sentence ends in tokens [start, end), outside quotation marks."""
    return any(ctx.texts[k] in SENTENCE_PUNCT and not _name_dot(ctx, k) and ctx.quote_of[k] < 0
               and not _in_brackets(ctx, start, k) for k in range(start, end))


def _cue_then_quote(ctx: Context, by_token: dict[int, CueHit], qi: int,
                    q: Quoted) -> tuple[Found, set[int]] | None:
    """X said: “…” / X заявил: «…» / said X, “…”: a cue clause ending right before the opening mark."""
    toks = ctx.tokens
    para = ctx.index.paragraph_of(q.open)
    p_start = ctx.index.paragraphs[para][0]
    floor = ctx.token_at(p_start)
    k = ctx.token_at(q.open) - 1
    if k == floor - 1 and k >= 0 and toks[k].text == ":" and para > 0:
        # “Stated Stone:⏎⏎“…”: the cue clause ends the previous paragraph with a colon
        floor = ctx.token_at(ctx.index.paragraphs[para - 1][0])
    if k >= 0 and ctx.texts[k] == "." and not _name_dot(ctx, k) and (k >= floor or para > 0):
        # (the cue sentence may end the paragraph before: "He agreed.⏎⏎“…”")
        return _cue_sentence_then_quote(ctx, by_token, qi, q, k, floor if k >= floor
                                        else ctx.token_at(ctx.index.paragraphs[para - 1][0]))
    if k >= floor and ctx.words[k] and k in by_token and by_token[k].kind == "verb" and _whole_sentence(ctx, q):
        # “a sign that read "15%!"”, “She declared “What a Super Tuesday!””: a whole quoted sentence
        # right after the verb
        k += 1
    elif k < floor or toks[k].text not in ":,":
        return None
    colon = k if toks[k].text == ":" else -1
    k -= 1
    for c in range(k, max(k - MAX_GAP_TOKENS, floor - 1), -1):
        t = toks[c]
        if not t.is_word and ((t.text in SENTENCE_PUNCT and not _name_dot(ctx, c)) or t.text in ctx.marks
                              or (colon >= 0 and _spaced_hyphen(ctx, c))):
            break  # (a spaced hyphen before the colon ends a headline: "… blame - HuffPollster: “…”")
        hit = by_token.get(c)
        if hit is None or hit.kind not in ("verb", "participle") or hit.j > k:
            continue
        spk = left_np(ctx, hit.i, floor) if hit.kind != "participle" else None
        verb_start = skip_between(ctx, hit.i, floor)
        if hit.kind != "participle" and verb_start - 1 > floor and toks[verb_start - 1].text == ",":
            # "Ron Johnson, R-Wis., said: “…”" / "Trump, who has told aides …, said: “…”": the name
            # before the appositive
            spk = _appositive_subject(ctx, _region_of(ctx, hit.i), verb_start - 1) or spk
        after = right_np(ctx, hit.j + 1, k + 1)
        if spk is None and hit.kind != "participle" and verb_start - 2 >= floor and ctx.texts[verb_start - 2] == "," \
                and ctx.word(verb_start - 1) in ctx.lex.relative_pronouns:
            spk = (verb_start - 1, verb_start)  # "Mike Lee, who declared in the spin room, “…”": the relative pronoun
        if spk is None and hit.kind != "participle" and hit.lemma not in ctx.lex.addressee_lemmas:
            # "Said Dorothy Poynter, who grew up with Ali, “…”": the name, then an appositive (not the
            # addressee of "telling CNBC: “…”")
            ok = after is not None and (after[1] == k + 1 or ctx.texts[after[1]] == ",")
            spk = after if ok else None
        elif not _only_lead(ctx, hit, hit.j + 1, k + 1):
            return None  # "says no matter what …, “…”": a clause before the quotation makes it mixed
        if spk is None and hit.kind == "participle":
            spk = _main_subject(ctx, _region_of(ctx, hit.i), hit.i)
        if spk is None or _wraps_content(ctx, q, min(spk[0], hit.i), floor):
            return None
        pieces = _quote_pieces(ctx, q)
        if not pieces:
            return None
        return Found(hit, pieces, spk, "cue_then_quote", 0.85, direct=True), {qi}
    if colon < 0:
        return None
    return _name_colon(ctx, qi, q, colon, floor) or _source_colon(ctx, qi, q, colon, floor) \
        or _subject_verb_colon(ctx, qi, q, colon, floor) or _clause_colon(ctx, qi, q, colon, floor)


MAX_BARE_CUE_ADJUNCT: Final = 8  # words after the verb of a cue sentence that reports nothing ("said in a statement.")


def _cue_sentence_then_quote(ctx: Context, by_token: dict[int, CueHit], qi: int, q: Quoted, stop: int,
                             floor: int) -> tuple[Found, set[int]] | None:
    """“Iowa State University's Dianne Bystrom agreed. “Mainstream Republicans are running out of time.””
    / “Sam Lau, a party spokesman, said in a statement. “There are no ballots.””: a sentence that is a
    subject and a verb of saying with nothing reported (at most an adjunct: a preposition or a time
    word, then a few words), followed by a quoted sentence: the quotation is what it reports."""
    lex = ctx.lex
    if not (_whole_sentence(ctx, q) or (ctx.text[q.start:q.start + 1].isupper()
                                        and ctx.text[q.outer_end:q.outer_end + 1] in (".", "!", "?"))):
        return None  # (a sentence quoted whole, its full stop inside the marks or, in Russian, after them)
    region = _region_of(ctx, stop)
    start = max(region.start, floor)
    k = stop - 1
    while k > start and ctx.is_word(k) and k not in by_token and stop - k <= MAX_BARE_CUE_ADJUNCT:
        k -= 1
    hit = by_token.get(k)
    if hit is None or hit.kind != "verb" or hit.j >= stop:
        return None
    rest = hit.j + 1
    if rest < stop and not (ctx.word(rest) in lex.np_prepositions or ctx.word(rest) in lex.time_words
                            or ctx.word(rest) in lex.time_nouns or lex.is_adverb(ctx.word(rest))):
        return None  # "He agreed with the plan.": the words after the verb are its object
    if any(ctx.word(x) in lex.complementizer_words for x in range(rest, stop)):
        return None
    spk = left_np(ctx, hit.i, start)
    verb_start = skip_between(ctx, hit.i, start)
    if verb_start - 1 > start and ctx.texts[verb_start - 1] == ",":
        spk = _appositive_subject(ctx, region, verb_start - 1) or spk  # ("Sam Lau, a spokesman, said …")
    if spk is None or _past_openers(ctx, start, hit.i) != spk[0]:
        return None  # the subject opens the sentence (past fronted adjuncts)
    pieces = _quote_pieces(ctx, q)
    if not pieces:
        return None
    return Found(hit, pieces, spk, "cue_sentence_then_quote", 0.7, direct=True), {qi}


def _wraps_content(ctx: Context, q: Quoted, lead: int, floor: int) -> bool:
    """“Clinton, a top aide said, “is very confident” …”: a cue clause set off by commas inside a
    sentence, with the sentence going on in lower case inside the marks: the content is the sentence
    around the cue clause (the cue frames take it), not only the quotation."""
    comma = lead - 1
    if comma <= floor or ctx.texts[comma] != "," or not ctx.text[q.start:q.start + 1].islower():
        return False
    region = _region_of(ctx, comma)
    return any(ctx.is_word(k) for k in range(max(region.start, floor), comma))


MAX_COLON_PREDICATE: Final = 6  # words of a predicate the lexicon lacks before a colon and a quoted sentence


def _subject_verb_colon(ctx: Context, qi: int, q: Quoted, colon: int, floor: int) -> tuple[Found, set[int]] | None:
    """“He demurred: “…”” / “Trump went even further: “…””: a sentence of a short subject (a pronoun or
    a name) and a verb the lexicon does not list, ending in a colon before a whole quoted sentence."""
    lex = ctx.lex
    if not _whole_sentence(ctx, q) or lex.morphology:
        return None  # (with morphology, as in Russian, unlisted verbs are not guessed: "Правило простое:")
    region = _region_of(ctx, colon)
    # (past fronted adjuncts: "Asked which county was his favorite, he demurred: “…”")
    a = _past_openers(ctx, max(region.start, floor), colon)
    k = a
    if ctx.word(k) in lex.pronouns and lex.pronouns[ctx.word(k)][1] in ("sg", "pl"):
        k += 1
    else:
        while k < colon and k - a < 4 and ctx.is_word(k) and ctx.is_capitalized(k):
            k += 1
    named = not (ctx.word(a) in lex.pronouns and k == a + 1)
    subject_end = k
    v = k
    while v < colon and ctx.is_word(v) and lex.is_adverb(ctx.word(v)):
        v += 1  # "She then addressed …:"
    if v > k and v < colon and ctx.word(v).endswith(lex.past_suffixes):
        k = v
    if k == a or k >= colon or colon - k > MAX_COLON_PREDICATE or not ctx.is_word(k) or ctx.is_capitalized(k) \
            or not all(ctx.is_word(x) for x in range(k, colon)):
        return None
    w = ctx.word(k)
    if colon - k > 3 and not (w.endswith(lex.past_suffixes) and all(
            not ctx.is_capitalized(x) for x in range(k, colon))):
        return None  # "She then addressed the supporters again: “…”": a longer predicate needs a past verb
    if w in lex.stop_words or w in lex.determiners or w in lex.function_words or any(
            ctx.word(x) in lex.auxiliaries for x in range(k, colon)) or (named and (
            ctx.word(a) in lex.determiners or ctx.word(a) in lex.function_words)):
        return None  # "The rule is simple:": no speaker and no verb of saying
    hit = CueHit(k, colon - 1, w, "speech", "verb", "")
    spk = (a, subject_end)
    pieces = _quote_pieces(ctx, q)
    return (Found(hit, pieces, spk, "subject_verb_colon", 0.6, direct=True), {qi}) if pieces else None


MAX_CLAUSE_COLON_WORDS: Final = 14  # words of a predicate before a colon and a quoted sentence (_clause_colon)
MAX_SUBJECT_APPOSITIVE: Final = 8  # tokens of an appositive set off by commas after the subject ("…, R-Ky., …")


def _clause_colon(ctx: Context, qi: int, q: Quoted, colon: int, floor: int) -> tuple[Found, set[int]] | None:
    """“Senate Majority Leader Mitch McConnell, R-Ky., delivered a blunt message to Trump: “…”” / “Hoff's
    letter makes a libertarian-style case: “…””: a sentence whose subject names someone or a document,
    then a verb the lexicon does not list and its objects, ending in a colon before a whole quoted
    sentence that ends the paragraph: the subject is the speaker, the colon the cue."""
    lex = ctx.lex
    if lex.morphology or not _whole_sentence(ctx, q):
        return None  # (with morphology, as in Russian, unlisted verbs are not guessed)
    p_end = ctx.index.paragraphs[ctx.index.paragraph_of(q.open)][1]
    if ctx.text[q.outer_end:p_end].strip(".!?… "):
        return None
    region = _region_of(ctx, colon)
    spk = _main_subject(ctx, Region(max(region.start, floor), colon + 1), colon)
    if spk is None or not (_names_someone(ctx, spk) or _is_document(ctx, spk)
                           or (spk[1] - spk[0] == 1 and lex.is_subject_pronoun(ctx.word(spk[0])))):
        return None
    k = spk[1]
    if k < colon and ctx.texts[k] == ",":  # past an appositive set off by commas ("McConnell, R-Ky.,")
        e = k + 1
        while e < colon and e - k <= MAX_SUBJECT_APPOSITIVE and ctx.texts[e] != ",":
            e += 1
        if e >= colon or ctx.texts[e] != ",":
            return None
        k = e + 1
    while k < colon and ctx.is_word(k) and lex.is_adverb(ctx.word(k)):
        k += 1
    if k >= colon or not ctx.is_word(k) or ctx.is_capitalized(k) or words_in(ctx, k, colon) > MAX_CLAUSE_COLON_WORDS:
        return None
    w = ctx.word(k)
    verb_like = w.endswith(lex.past_suffixes) or w in lex.past_forms or w.endswith("s")
    if not verb_like or w in lex.stop_words or w in lex.auxiliaries or w in lex.function_words or any(
            ctx.texts[x] in SENTENCE_PUNCT or ctx.texts[x] in ";:" or ctx.texts[x] in ctx.marks
            or ctx.word(x) in lex.auxiliaries or ctx.word(x) in lex.relative_pronouns for x in range(k, colon)):
        return None  # "The rule is simple:" / "used a phrase that could have come from Trump:": no report
    pieces = _quote_pieces(ctx, q)
    if not pieces:
        return None
    return Found(CueHit(colon, colon, ":", "speech", "colon"), pieces, spk, "clause_colon", 0.5, direct=True), {qi}


MAX_NAME_WORDS: Final = 4


def _spaced_hyphen(ctx: Context, k: int) -> bool:
    """A hyphen with a space on each side, typed for a dash ("HEADLINE - Author:")."""
    t = ctx.tokens[k]
    return t.text == "-" and ctx.text[t.start - 1:t.start].isspace() and ctx.text[t.end:t.end + 1].isspace()


def _name_colon(ctx: Context, qi: int, q: Quoted, colon: int, floor: int) -> tuple[Found, set[int]] | None:
    """Clinton: “Our goal is …” Bush: “The mission is …”: a name alone before a colon opens the
    sentence and introduces the quotation; the colon is the cue."""
    spk = left_np(ctx, colon, floor)
    if spk is None or spk[1] != colon:
        return None
    words = words_in(ctx, *spk) - _bracketed_words(ctx, *spk)
    if _label_line(ctx, q, spk, floor):
        # a transcript's line: "Former secretary of state Hillary Rodham Clinton:“…”" (a description that
        # ends in a name opens the paragraph, the quotation ends it)
        if words > MAX_LABEL_WORDS:
            return None
    elif words > MAX_NAME_WORDS * (1 + sum(ctx.word(k) in ctx.lex.coordinators for k in range(*spk))) or not all(
            ctx.is_capitalized(k) or ctx.word(k) in ctx.lex.coordinators for k in range(*spk) if ctx.is_word(k)):
        return None  # (two names coordinated: "Mark Blumenthal and Jon Cohen:"; "Rep. Trey Gowdy (R-S.C.):")
    before = spk[0] - 1
    while before >= floor and ctx.texts[before] in ctx.marks:
        before -= 1
    if before >= floor and ctx.texts[before] not in SENTENCE_PUNCT and ctx.texts[before] not in ctx.dashes \
            and not _spaced_hyphen(ctx, before):
        return None  # inside a sentence: "… tweeted about … Donald Trump:" belongs to a cue clause
    # (a headline, a spaced hyphen, then the author: "POLLS NOT WRONG, JUST EARLY - Mark Blumenthal: “…”")
    if any(ctx.word(k) in ctx.lex.non_speaker_labels for k in range(*spk)):
        return None  # "Update:", "Photo:", "Read more:"
    pieces = _quote_pieces(ctx, q)
    if not pieces:
        return None
    return Found(CueHit(colon, colon, ":", "speech", "colon"), pieces, spk, "name_colon", 0.6, direct=True), {qi}


MAX_LABEL_WORDS: Final = 8  # words of a transcript line's label ("Former secretary of state Hillary Rodham Clinton:")


def _label_line(ctx: Context, q: Quoted, spk: Range, floor: int) -> bool:
    """Whether a mention before a colon opens its paragraph, starts and ends with a capitalised word
    (before a bracket), and the quotation after the colon opens with a capital and ends the paragraph."""
    last = spk[1] - 1
    if ctx.texts[last] == ")":
        while last > spk[0] and ctx.texts[last] != "(":
            last -= 1
        last -= 1
    p_end = ctx.index.paragraphs[ctx.index.paragraph_of(q.open)][1]
    return spk[0] == floor and last >= spk[0] and ctx.is_capitalized(spk[0]) and ctx.is_word(last) \
        and ctx.is_capitalized(last) and ctx.text[q.start:q.start + 1].isupper() \
        and not ctx.text[q.outer_end:p_end].strip(".!?… ")


MAX_SOURCE_TOKENS: Final = 8  # tokens of the source named after "From" before a colon


def _source_colon(ctx: Context, qi: int, q: Quoted, colon: int, floor: int) -> tuple[Found, set[int]] | None:
    """From the report: “…” / More from Jones: “…”: a phrase that opens the sentence (or follows a
    headline's hyphen) and names where the quoted excerpt comes from; the colon is the cue."""
    lex = ctx.lex
    k = colon - 1
    while k > floor and colon - k <= MAX_SOURCE_TOKENS and ctx.word(k) not in lex.source_prepositions:
        k -= 1
    if k < floor or ctx.word(k) not in lex.source_prepositions or k + 1 >= colon:
        return None
    start = k - 1 if k - 1 >= floor and ctx.word(k - 1) in lex.source_openers else k
    before = start - 1
    if before >= floor and ctx.texts[before] not in SENTENCE_PUNCT and ctx.texts[before] != "-" \
            and ctx.texts[before] not in ctx.dashes:
        return None  # inside a sentence: "… a phrase that could have come from Trump himself:"
    spk = left_np(ctx, colon, k + 1)
    if spk is None or spk != (k + 1, colon) or _sentence_ends(ctx, k + 1, colon) \
            or not (_names_someone(ctx, spk) or _is_document(ctx, spk)):
        return None  # ("From the start: “…”": no source)
    pieces = _quote_pieces(ctx, q)
    if not pieces:
        return None
    return Found(CueHit(colon, colon, ":", "speech", "colon"), pieces, spk, "source_colon", 0.6, direct=True), {qi}


def _bracketed_words(ctx: Context, a: int, b: int) -> int:
    """Words of tokens [a, b) inside brackets ("(R-S.C.)" after a name)."""
    depth = n = 0
    for k in range(a, b):
        t = ctx.texts[k]
        depth += (t == "(") - (t == ")")
        n += depth > 0 and ctx.is_word(k)
    return n


def _whole_sentence(ctx: Context, q: Quoted) -> bool:
    """A quotation that reads as a sentence of its own: capitalised, ending in . ! or ?."""
    inner = ctx.text[q.start:q.end].rstrip(" ,")
    while inner and inner[-1] in ctx.marks:
        inner = inner[:-1]  # (… to families, ‘You have to stay.’”: an inner quotation ends the sentence)
    return bool(inner) and (inner[0].isupper() or inner[0].isdigit()) and inner[-1] in ".!?"


MAX_ADJUNCT_WORDS: Final = 4  # words of an adjunct cue phrase with its possessive ("по его словам", "со ссылкой на")
MAX_LEAD_ADJUNCT: Final = 10  # words of a prepositional adjunct between a cue and its quotation


MAX_SET_OFF_CLAUSE: Final = 12  # tokens of a subordinate clause set off by commas between a cue and its quotation


def _only_lead(ctx: Context, hit: CueHit, start: int, end: int) -> bool:
    """Whether [start, end) holds nothing but what may follow a cue: time, medium, addressee, punctuation."""
    # "said in the spring, when the story broke, “…”": a subordinate clause set off by commas, last
    j = end - 1
    while j > start and end - j <= MAX_SET_OFF_CLAUSE and ctx.texts[j] != ",":
        j -= 1
    if j >= start and j + 1 < end and ctx.texts[j] == "," and ctx.word(j + 1) in ctx.lex.subordinators:
        return _only_lead(ctx, hit, start, j) if j > start else True
    k = skip_lead(ctx, hit, start, end)
    while k < end and (not ctx.is_word(k) or ctx.word(k) in ctx.lex.time_words or (
            ctx.lex.is_adverb(ctx.word(k)) and k + 1 < end and ctx.texts[k + 1] == ",")):
        k += 1  # (an adverb set off by a comma too: "responded pointedly, with a smile: “…”")
    if k < end:
        lex = ctx.lex
        lead = k
        if ctx.word(k) in lex.end_after_cue and ctx.word(k) not in lex.complementizer_words:
            k += 1  # "added about Carson:", "said of the plan:"
        obj = right_np(ctx, k, end, subject=False)  # "told the crowd:", "said to reporters,"
        if obj is not None and obj[1] >= end and obj[1] - k <= 4 and not _contracted_clause(ctx, k):
            return True
        # "said in an op-ed before the hearing, “…”": a prepositional adjunct without a verb
        return ctx.word(lead) in lex.np_prepositions and words_in(ctx, lead, end) <= MAX_LEAD_ADJUNCT \
            and _only_adjunct(ctx, lead, end)
    return True


def _contracted_clause(ctx: Context, k: int) -> bool:
    """“it’s simple”, “there’s a simple explanation”: a pronoun with a contracted verb opens a clause,
    not an object or addressee."""
    w = ctx.word(k)
    suffix = next((x for x in ctx.lex.possessive_suffixes if w.endswith(x)), "")
    stem = w[:-len(suffix)] if suffix else ""
    return bool(stem) and (stem in ctx.lex.pronouns or stem in ctx.lex.expletives)


def _dash_dialogue(ctx: Context, by_token: dict[int, CueHit], used: set[int],
                   claimed: set[int]) -> Iterator[Found]:
    """— Content, — заявил он. — More content: a paragraph of dialogue opened by a dash, or a
    quotation interrupted by the author's words («Первое, — сказал он. — Второе»)."""
    text = ctx.text
    stretches = [(ps + 1, pe) for ps, pe in ctx.index.paragraphs if text[ps] in ctx.dashes]
    stretches += [(q.start - 1, q.end) for qi, q in enumerate(ctx.quotes) if qi not in claimed and len(q.pieces) == 1]
    for p_start, p_end in sorted(stretches):
        segments = _dash_segments(ctx, p_start, p_end)
        if len(segments) < 2:
            continue
        author_s, author_e = segments[1]
        hit = by_token.get(ctx.token_at(author_s))
        if hit is None or hit.i in used:
            continue
        spk = right_np(ctx, hit.j + 1, ctx.token_at(author_e))
        if spk is None:
            continue
        pieces = []
        for s, e in [segments[0], *segments[2:3]]:
            while e > s and (text[e - 1] in ",;:" or text[e - 1].isspace()):
                e -= 1
            if e > s:
                pieces.append((s, e))
        if pieces:
            yield Found(hit, tuple(pieces), spk, "dash_dialogue", 0.85, direct=True)


def _dash_segments(ctx: Context, start: int, end: int) -> list[Range]:
    """Split a dialogue paragraph at ' — ' after punctuation: content, author, content, …"""
    text = ctx.text
    out: list[Range] = []
    pos = start + 1
    for i in range(start + 1, end):
        if text[i] in ctx.dashes and text[i - 1].isspace() and i + 1 < end and text[i + 1].isspace():
            j = i - 1
            while j > pos and text[j].isspace():
                j -= 1
            if text[j] in ",.!?…":
                out.append((pos, i))
                pos = i + 1
    out.append((pos, end))
    return [(s, e) for s, e in out if text[s:e].strip()]


def _title_paragraph(ctx: Context) -> tuple[int, int] | None:
    """Token range of the title: the first paragraph with at least three words."""
    for ps, pe in ctx.index.paragraphs[:3]:
        a, b = ctx.token_at(ps), ctx.token_at(pe)
        if words_in(ctx, a, b) >= 3:
            return a, b
    return None


def _headline(ctx: Context, claimed: set[int]) -> Iterator[Found]:
    """Attribution in a title without a verb: “Smith: …” / “… - State Department”."""
    title = _title_paragraph(ctx)
    if title is None:
        return
    a, b = title
    for k in range(a + 1, min(b - 3, a + 8)):
        if ctx.texts[k] == ":" and ctx.quote_of[k] < 0:
            spk = _capitalized_run(ctx, k, a)
            if spk is not None and _label_not_speaker(ctx, spk):
                return  # "Breaking: …", "The Latest: …", "It Might Surprise You.: …": a label, not a source
            content = trim(ctx, k + 1, b)
            if spk is not None and content is not None and words_in(ctx, *content) >= 3:
                yield Found(None, _all_chars(ctx, (content,)), spk, "headline_colon", 0.6)
            return
    for k in range(b - 2, max(a + 3, b - 7), -1):
        t = ctx.tokens[k]
        if t.text in "-" + "".join(ctx.dashes) and ctx.text[t.start - 1:t.start] == " " \
                and ctx.is_word(k - 1):
            tail = [x for x in range(k + 1, b) if ctx.texts[x] not in "."]
            spk = (k + 1, b) if tail and all(ctx.is_word(x) and (ctx.is_capitalized(x) or ctx.word(x) in
                                                                 ctx.lex.function_words) for x in tail) else None
            content = trim(ctx, a, k)
            if spk is not None and content is not None and words_in(ctx, *content) >= 3 and spk[1] > spk[0]:
                yield Found(None, _all_chars(ctx, (content,)), spk, "headline_source", 0.6)
            return


MAX_CREDIT_TAIL_WORDS: Final = 8  # words after the name's comma in a credit line ("- Michelle Marks, Philadelphia.")


def _quote_credits(ctx: Context, claimed: set[int]) -> Iterator[Found]:
    """“…”⏎⏎- Bernie Sanders. / “…” ― Pamela Padilla / «…»⏎— Лев Толстой: a paragraph that is one
    quotation with no cue, followed by a dash and a name that end the paragraph (or make the next one;
    a short description may follow the name after a comma), credits the quotation to that name."""
    paragraphs = ctx.index.paragraphs
    toks = ctx.tokens
    for qi, q in enumerate(ctx.quotes):
        if qi in claimed or len(q.pieces) != 1:
            continue
        para = ctx.index.paragraph_of(q.open)
        if ctx.text[paragraphs[para][0]:q.open].strip():
            continue
        if ctx.text[q.outer_end:paragraphs[para][1]].strip(".!?… "):
            pe = paragraphs[para][1]  # the credit ends the quotation's own paragraph
            k = ctx.token_at(q.outer_end)
            while k < len(toks) and toks[k].text in ".,":
                k += 1
        elif para + 1 < len(paragraphs):
            ps, pe = paragraphs[para + 1]  # the credit is the next paragraph
            k = ctx.token_at(ps)
        else:
            continue
        if k + 1 >= len(toks) or (toks[k].text not in ctx.dashes and toks[k].text != "-"):
            continue
        first = end = k + 1
        while end < len(toks) and toks[end].end <= pe and (
                (ctx.is_word(end) and ctx.is_capitalized(end)) or _name_dot(ctx, end)):
            end += 1
        spk = (first, end)
        if end == first or words_in(ctx, first, end) > MAX_NAME_WORDS or not _is_name(ctx, spk) \
                or any(ctx.word(x) in ctx.lex.function_words for x in range(first, end)):
            continue
        rest = ctx.text[toks[end - 1].end:pe].strip()
        if rest not in ("", ".") and not (rest.startswith(",") and rest.endswith(".")
                                           and len(rest.split()) <= MAX_CREDIT_TAIL_WORDS):
            continue
        pieces = _quote_pieces(ctx, q)
        if pieces:
            claimed.add(qi)
            yield Found(None, pieces, spk, "quote_credit", 0.6, direct=True)


# words of the source's name in a newsletter item's closing bracket ("[Mother Jones.]")
MAX_DIGEST_SOURCE_WORDS: Final = 4
MAX_TURN_LABEL_WORDS: Final = 3  # words of a transcript turn's label ("JOEL BENENSON:")


def _turn_label(ctx: Context, a: int, b: int) -> Range | None:
    """The label of a transcript turn opening the paragraph [a, b): one to three words in capitals, then a
    colon, then text that is not in capitals itself (a headline item "UN: PEACEKEEPERS PAYING …" is none)."""
    k = a
    while k < b and k - a <= MAX_TURN_LABEL_WORDS and ctx.is_word(k) and len(ctx.texts[k]) > 1 \
            and ctx.texts[k].isupper() and ctx.word(k) not in ctx.lex.non_speaker_labels:
        k += 1
    if k == a or k >= b - 1 or k - a > MAX_TURN_LABEL_WORDS or ctx.texts[k] != ":":
        return None
    rest = [n for n in range(k + 1, min(b, k + 6)) if ctx.is_word(n)]
    if len(rest) < 3 or all(ctx.texts[n].isupper() for n in rest):
        return None
    return a, k


def _transcript_turns(ctx: Context) -> Iterator[Found]:
    """“TAPPER: Do you think …⏎FALLIN: I think he is trying …”: in a transcript (two paragraphs or more that
    open with a label in capitals and a colon, past the title) each such paragraph is its speaker's turn, the
    label the speaker and the colon the cue; reports inside a turn nest in it."""
    title = _title_paragraph(ctx)
    turns = []
    for ps, pe in ctx.index.paragraphs:
        a, b = ctx.token_at(ps), ctx.token_at(pe)
        if title is not None and a < title[1]:
            continue
        label = _turn_label(ctx, a, b)
        if label is not None:
            content = trim(ctx, label[1] + 1, b)
            if content is not None:
                turns.append((label, content))
    if len(turns) < 2:
        return
    for label, content in turns:
        colon = label[1]
        yield Found(CueHit(colon, colon, ":", "speech", "colon"), _all_chars(ctx, (content,)), label,
                    "transcript_turn", 0.5)


def _digest_items(ctx: Context, claimed: set[int]) -> Iterator[Found]:
    """HEADLINE IN CAPITALS “…” [WaPo.]: a newsletter item (a headline in capitals, then text that holds
    a quotation, then the source's name in brackets closing the paragraph) credits its text to that
    source (no cue)."""
    toks = ctx.tokens
    for ps, pe in ctx.index.paragraphs:
        if ctx.text.find("]", ps, pe) < 0:
            continue  # (no closing bracket: no token of the paragraph can be one)
        a, b = ctx.token_at(ps), ctx.token_at(pe)
        while b > a and toks[b - 1].text != "]" and not ctx.is_word(b - 1) and toks[b - 1].end > ps:
            b -= 1
        if b - a < 6 or toks[b - 1].text != "]" or toks[b - 2].text != ".":
            continue
        bracket = b - 3
        while bracket > a and ctx.is_word(bracket) and b - bracket <= MAX_DIGEST_SOURCE_WORDS + 3:
            bracket -= 1
        source = (bracket + 1, b - 2)
        if toks[bracket].text != "[" or source[0] >= source[1] \
                or not all(ctx.is_capitalized(k) for k in range(*source)):
            continue
        body = a
        while body < bracket and body not in ctx.quote_open_tok and not any(ch.islower() for ch in toks[body].text):
            body += 1
        if words_in(ctx, a, body) < 2:
            continue  # no headline in capitals before the text
        inside = [qi for qi in range(len(ctx.quotes)) if ps <= ctx.quotes[qi].open and ctx.quotes[qi].outer_end
                  <= toks[bracket].start and ctx.quotes[qi].open >= toks[body].start and ctx.quotes[qi].depth == 0]
        content = trim(ctx, body, bracket)
        if not inside or content is None or any(qi in claimed for qi in inside):
            continue
        claimed.update(inside)
        yield Found(None, _all_chars(ctx, (content,)), source, "digest_item", 0.6)


def _label_not_speaker(ctx: Context, spk: Range) -> bool:
    """Whether a capitalised run before a headline colon is a label ("Breaking", "Delegate Update"), a
    sentence that ends with a full stop ("It Might Surprise You.") or a date ("Thursday"), not a source."""
    last = spk[1] - 1
    if ctx.texts[last] == "." and not _name_dot(ctx, last):
        return True
    return any(ctx.word(k) in ctx.lex.non_speaker_labels for k in range(*spk)) \
        or all(ctx.word(k) in ctx.lex.time_words for k in range(*spk) if ctx.is_word(k))  # "… on Thursday: …"


def _capitalized_run(ctx: Context, end: int, floor: int) -> Range | None:
    """A short run of capitalised words (a name) that ends right before token `end`."""
    k = end
    while k - 1 >= floor and ((ctx.is_word(k - 1) and ctx.is_capitalized(k - 1)) or ctx.texts[k - 1] in ".-’'"):
        k -= 1
    while k < end and not ctx.is_word(k):
        k += 1
    if k >= end or end - k > 5:
        return None
    return k, end


# ---- cue frames ----------------------------------------------------------------------------------

def _opens_fragment(ctx: Context, hit: CueHit, claimed: set[int]) -> bool:
    """A cue that is the first word of an unattributed quotation (Blinken “condemned the launch …”)."""
    qi = ctx.quote_of[hit.i]
    return qi >= 0 and qi not in claimed and ctx.token_at(ctx.quotes[qi].start) == hit.i


def _quote_regions(ctx: Context, claimed: set[int]) -> list[Region]:
    """The sentences of attributed quotations, as regions for nested attributions."""
    out = []
    for qi in sorted(claimed):
        for s, e in ctx.quotes[qi].pieces:
            for ss, se in sentence_bounds(ctx.text[s:e], ctx.index.language):
                a, b = ctx.token_at(s + ss), ctx.token_at(s + se)
                if a < b:
                    out.append(Region(a, b, qi))
    return out


def _region_of(ctx: Context, tok: int) -> Region:
    """The region (sentence) that holds token `tok`; regions are sorted and do not overlap."""
    i = bisect.bisect_right(ctx.region_starts, tok) - 1
    if i >= 0 and tok < ctx.regions[i].end:
        return ctx.regions[i]
    return Region(tok, tok + 1)


def _cut_points(ctx: Context, region: Region, hits: list[CueHit]) -> list[int]:
    """Tokens where a later cue clause begins, cutting the content of an earlier one ("…, adding")."""
    cuts = []
    for h in hits:
        if h.kind == "adjunct" and _opens_clause(ctx, region, h):
            continue  # "said that, according to X, …": the adjunct is part of the reported clause
        k = h.i - 1
        while k > region.start and ctx.is_word(k) and (ctx.word(k) in ctx.lex.subordinators or (
                h.kind == "participle" and ctx.word(k) in ctx.lex.coordinators)):
            k -= 1
        m = k
        while m > region.start and ctx.texts[m] in ctx.marks:
            m -= 1  # (a closing mark typed as two, ''…,'' accusing)
        if m < k and ctx.texts[m] in ",;" and h.kind in ("participle", "adjunct"):
            cuts.append(k + 1)  # “…,” according to: the comma and the closing mark end the content
        elif k > region.start and ctx.texts[k] in ",;" and (h.kind in ("participle", "adjunct")):
            cuts.append(k)
        elif k < h.i - 1 and (h.kind == "participle" or _passive_addressee(ctx, h)):
            # "praised the workers while announcing …", "said so when asked about …": the subordinator
            # ends the content before it
            cuts.append(k + 1)
        elif h.kind == "verb" and k > region.start and ctx.texts[k] == "," and k == h.i - 1:
            cuts.append(k)  # "…, отметил, что …": a new predicate after a comma
        elif h.kind == "verb":
            # "…, 27 percent of those asked said …": a new clause with its own subject after a comma
            spk = left_np(ctx, h.i, region.start)
            if spk is not None and h.lemma in ctx.lex.document_only and not _is_document(ctx, spk):
                continue  # "she found …" reports nothing: only a document finds
            rel = spk[0] - 1 if spk is not None else -1
            if rel - 1 > region.start and ctx.word(rel) in ctx.lex.relative_pronouns \
                    and ctx.texts[rel - 1] == "," and ctx.quote_of[rel] < 0:
                cuts.append(rel - 1)  # "…, which he called “a cartel”": a relative clause with its own speaker
            elif spk is not None and spk[0] - 1 > region.start and ctx.texts[spk[0] - 1] in ",;":
                if not _adjunct_after_complementizer(ctx, region, spk[0] - 1):
                    cuts.append(spk[0] - 1)
            elif spk is not None and spk[0] - 1 > region.start \
                    and (ctx.word(spk[0] - 1) in ctx.lex.contrast_subordinators or (
                        ctx.word(spk[0] - 1) in ctx.lex.as_prefixes and spk[1] - spk[0] == 1
                        and subject_pronoun_at(ctx, spk[0]) and not ctx.in_title_case(spk[0]))):
                # "preferred Clinton while about 6 in 10 white men supported Sanders": a contrasted clause
                # with its own subject; or "as" and a subject pronoun ("… even as he understands how hard
                # …"; a headline's title case aside: "… As He Recognizes …")
                c = spk[0] - 1
                while c - 1 > region.start and ctx.is_word(c - 1) and ctx.word(c - 1) in ctx.lex.adverbs:
                    c -= 1  # "even as he …", "just as she …"
                cuts.append(c - 1 if ctx.texts[c - 1] == "," else c)
            elif spk is not None and spk[0] - 1 > region.start and ctx.word(spk[0] - 1) in ctx.lex.coordinators:
                # "one in three said … and one in four said …": a coordinated clause with its own subject
                c = spk[0] - 1
                cuts.append(c - 1 if ctx.texts[c - 1] == "," else c)
            elif spk is not None:
                # "…, at the town hall this week she said …": a fronted adjunct between the comma and
                # the new clause's subject
                c = _adjunct_comma(ctx, region, spk[0])
                if c >= 0:
                    cuts.append(c)
    return cuts


MAX_FRONTED_ADJUNCT: Final = 16  # tokens of an adjunct between a complementizer and its clause's comma


def _adjunct_after_complementizer(ctx: Context, region: Region, comma: int) -> bool:
    """Whether the comma closes an adjunct that opens a reported clause ("told agents that sometime in the
    week that followed, he realized …", "said that despite the excitement, he didn't think …"): the
    clause after the comma is that clause's own, not a new one cutting the earlier content."""
    k = comma - 1
    while k > region.start and comma - k <= MAX_FRONTED_ADJUNCT and ctx.is_word(k):
        if match_phrase(ctx, k, ctx.lex.complementizers) is not None and fronted_adjunct(ctx, k + 1):
            return True
        k -= 1
    # "testified that, contrary to the arguments in court, he saw …": the adjunct set off by a comma of its own
    return k > region.start and ctx.texts[k] == "," and match_phrase(ctx, k - 1, ctx.lex.complementizers) is not None \
        and fronted_adjunct(ctx, k + 1)


def _after_colon(ctx: Context, f: Found, region: Region, claimed: set[int]) -> Found | None:
    """“рассказал, что X: «…»” / “заявил, что X:⏎<paragraph>”: the quotation or block after a colon that
    ends a cue's content shares its speaker and cue (a second, direct attribution)."""
    if f.cue is None or not f.content:
        return None
    k = ctx.token_at(f.content[-1][1])
    if k >= len(ctx.tokens) or ctx.texts[k] != ":":
        return None
    nxt = k + 1
    if nxt < len(ctx.tokens) and ctx.texts[nxt] in ctx.marks:
        # «…» after the colon, in the same paragraph or opening the next one
        qi = ctx.quote_of[nxt + 1] if nxt + 1 < len(ctx.tokens) else -1
        if qi >= 0 and ctx.quotes[qi].open == ctx.starts[nxt] and qi not in claimed:
            claimed.add(qi)
            return Found(f.cue, _quote_pieces(ctx, ctx.quotes[qi]), f.speaker, "shared_quote", 0.7, direct=True)
        return None
    para = ctx.index.paragraph_of(ctx.starts[k])
    if nxt < len(ctx.tokens) and ctx.newline_before(nxt) and para + 1 < len(ctx.index.paragraphs):
        ps, pe = ctx.index.paragraphs[para + 1]
        if ctx.text.count("\n", ctx.ends[k], ps) > STRIPPED_BLOCK_NEWLINES:
            return None  # "рассказал следующее:⏎⏎⏎": the quoted block was stripped from the page
        if ctx.text[ps:pe].rstrip().endswith(":"):
            return None  # a paragraph that ends in a colon introduces a block of its own: no quotation
        if ctx.text[ps] not in ctx.marks and ctx.text[ps] not in ctx.dashes:
            return Found(f.cue, ((ps, pe),), f.speaker, "block_quote", 0.6, direct=True)
        if ctx.text[ps] in ctx.dashes and not any(f" {d} " in ctx.text[ps + 1:pe] for d in ctx.dashes):
            # "Министр отметил:⏎— Завод закроется.": a line of dialogue with no author's words of its own
            start = ps + 1
            while start < pe and ctx.text[start].isspace():
                start += 1
            if start < pe:
                return Found(f.cue, ((start, pe),), f.speaker, "block_quote", 0.6, direct=True)
    return None


STRIPPED_BLOCK_NEWLINES: Final = 2  # more line breaks than this after a colon: a block quote was removed there


SEQUEL_RULES: Final = frozenset({"content_after", "participle", "coordinated", "appositive", "pro_drop"})
FRAME_AFTER_RULES: Final = frozenset({"inverted", "content_before"})  # the cue clause follows the content


def _quoted_sequel(ctx: Context, f: Found, region: Region, claimed: set[int]) -> Found:
    """“Smith said the plan works. “It has saved us millions.”⏎”: a reported clause that ends its sentence,
    followed in the same paragraph by a quotation that is the paragraph's last sentence and has no cue of
    its own: the quotation goes on with the report, so the content runs to its closing mark."""
    after = f.rule in FRAME_AFTER_RULES and len(f.content) == 1
    if (f.rule not in SEQUEL_RULES and not after) or region.quote >= 0 or not f.content:
        return f
    toks = ctx.tokens
    k = ctx.token_at(f.content[-1][1])
    if after and f.speaker is not None and f.cue is not None:
        k = max(k, f.speaker[1], f.cue.j + 1)  # (“… climate change, Axelrod said. “This is core stuff.”")
    if k >= region.end or any(toks[j].is_word or j in ctx.quote_open_tok for j in range(k, region.end)):
        return f
    qi = ctx.quote_open_tok.get(region.end, -1)
    if qi < 0 or qi in claimed:
        return f
    q = ctx.quotes[qi]
    para = ctx.index.paragraph_of(q.open)
    if len(q.pieces) != 1 or para != ctx.index.paragraph_of(f.content[-1][1] - 1) \
            or ctx.text[q.outer_end:ctx.index.paragraphs[para][1]].strip(".!?…"):
        return f
    claimed.add(qi)
    if after:
        return Found(f.cue, (*f.content, (q.open, q.outer_end)), f.speaker, f.rule, f.confidence)
    return Found(f.cue, (*f.content[:-1], (f.content[-1][0], q.outer_end)), f.speaker, f.rule, f.confidence)


class _ByCue:
    """The attributions found so far (a list that only grows), indexed by cue token as they come."""

    def __init__(self, found: list[Found]) -> None:
        self.found = found
        self.seen = 0
        self.last: dict[int, int] = {}  # cue token -> index in `found` of the last one with a speaker
        self.direct: set[int] = set()  # cue tokens of direct quotations with a speaker

    def catch_up(self) -> None:
        """Index the attributions appended to `found` since the last call."""
        for n in range(self.seen, len(self.found)):
            f = self.found[n]
            if f.cue is not None and f.speaker is not None:
                self.last[f.cue.i] = n
                if f.direct:
                    self.direct.add(f.cue.i)
        self.seen = len(self.found)

    def last_between(self, start: int, end: int) -> Found | None:
        """The last attribution found (in list order) with a speaker and its cue in tokens [start, end)."""
        self.catch_up()
        best = max((self.last[k] for k in range(start, end) if k in self.last), default=-1)
        return self.found[best] if best >= 0 else None

    def direct_between(self, start: int, end: int) -> bool:
        """Whether a direct quotation found so far, with a speaker, has its cue in tokens [start, end)."""
        self.catch_up()
        return any(k in self.direct for k in range(start, end))


def _outermost(ctx: Context, region: Region, f: Found | None, found: _ByCue) -> Found | None:
    """The attribution whose content holds the cue of `f` (“Carson said he saw no need …, telling …”: the
    participle goes with “said”, not with the reported “saw”), outermost first; `f` when none does."""
    found.catch_up()
    while f is not None and f.cue is not None:
        at = ctx.starts[f.cue.i]
        outer = None
        for k in range(region.start, f.cue.i):
            g = found.found[found.last[k]] if k in found.last else None
            if g is not None and any(a <= at < b for a, b in g.content):
                outer = g
                break
        if outer is None:
            return f
        f = outer
    return f


def _earlier_in(region: Region, hit: CueHit, found: _ByCue) -> Found | None:
    """The last attribution found before `hit` whose cue lies in the same region."""
    return found.last_between(region.start, hit.i)


def _cue_frames(ctx: Context, region: Region, hits: list[CueHit], before: _ByCue,
                claimed: set[int], framed: list[int]) -> Iterator[Found]:
    cuts = _cut_points(ctx, region, hits) + framed
    previous: Found | None = None
    issued: Found | None = None  # the last verb that issued a document ("released a statement"), not yielded
    for hit in hits:
        cut = min([c for c in cuts if c > hit.j] + [region.end])
        if hit.kind == "noun":
            content = content_after(ctx, hit, region.end, cut)
            f = Found(hit, _all_chars(ctx, (content,)), hit.speaker, "possessed_noun", 0.6) if content else None
        elif hit.kind == "adjunct":
            f = None if _study_beside_cue(ctx, region, hit) else (
                _cited_source(ctx, region, hit, previous) or _adjunct_frame(ctx, region, hit, cut))
            if f is not None and f.rule == "adjunct_after":
                f = _over_direct(ctx, f, before)
        elif hit.kind == "impersonal":
            f = _impersonal_frame(ctx, region, hit, cut)
        elif hit.kind == "participle":
            prev = previous or _earlier_in(region, hit, before)
            if hit.i > region.start and ctx.texts[hit.i - 1] == ",":  # a participle set off by a comma
                prev = _outermost(ctx, region, prev, before)
            if issued is not None and issued.cue is not None and (
                    prev is None or prev.cue is None or prev.cue.j < issued.cue.j):
                prev = issued  # "released a statement saying …": the participle reports in the issuer's name
            f = _participle_frame(ctx, region, hit, cut, prev, prev is not issued)
        elif hit.kind == "raising":
            f = _raising_frame(ctx, region, hit, cut)
        elif hit.kind == "passive":
            f = _passive_frame(ctx, region, hit, cut)
        elif hit.kind == "hearsay":
            f = _hearsay_frame(ctx, region, hit, cut)
        else:
            f = _verb_frame(ctx, region, hit, cut) or _colon_block(ctx, region, hit, claimed)
        if f is not None and hit.lemma in ctx.lex.issuing and _issues_a_document(ctx, hit, f):
            issued = f  # "released a statement saying …": the statement reports (its participle's row), not the verb
            continue
        if f is not None and f.rule in ("as_frame", "content_before", "inverted") \
                and _holds_a_report(ctx, f, before):
            f = None  # "“…,” she said, as the crowd applauded": the clause before holds its own report
        if f is not None and f.rule == "anaphor_first" and f.speaker is not None:
            # "Об этом сообщил журналистам министр:⏎…": a block after the colon is the content
            f = _colon_block(ctx, region, hit, claimed, f.speaker) or f
        if f is not None and not _points_ahead(ctx, f):
            f = _with_antecedent(ctx, f, before.found)
        if f is not None and f.speaker is not None and (hit.lemma in ctx.lex.raising_verbs or _agentless(ctx, hit)):
            f = replace(f, speaker=None)  # "It seems that …", "Putin seemed concerned …": an impression, no one's words
        if f is not None:
            f = _quoted_sequel(ctx, f, region, claimed)
            shared = _after_colon(ctx, f, region, claimed)
            if shared is not None and _points_ahead(ctx, f):
                f, shared = shared, None  # "заявил следующее:⏎…": the block is the only content
            elif shared is not None and shared.rule == "shared_quote" and ctx.lex.colon_quote_joins:
                # "said X was a candidate of the Valley: “He is a start-up guy.”": one mixed attribution
                q = ctx.quotes[ctx.quote_of[ctx.token_at(shared.content[0][0])]]
                f, shared = replace(f, content=(*f.content, (q.open, q.outer_end))), None
            previous = f
            yield f
            if shared is not None:
                yield shared


def _cited_source(ctx: Context, region: Region, hit: CueHit, previous: Found | None) -> Found | None:
    """“…, сообщает РИА Новости со ссылкой на пресс-службу”: an adjunct right after the speaker of the cue
    before it names the source that speaker cites, which reports the same content."""
    if previous is None or previous.speaker is None or previous.speaker[1] != hit.i or not previous.content \
            or previous.cue is None or previous.cue.kind != "verb":
        return None
    spk = hit.speaker or right_np(ctx, hit.j + 1, region.end, subject=_adjunct_takes_subject(ctx, hit))
    if spk is None:
        return None
    return Found(hit, previous.content, _with_agent(ctx, spk, region.end), "adjunct_after", 0.7)


DOCUMENT_REACH: Final = 3  # words from the determiner of an object to its document noun ("a follow-up statement")


def _issues_a_document(ctx: Context, hit: CueHit, f: Found) -> bool:
    """Whether the content after an issuing cue is a document it issues ("released a statement",
    "wrote a letter to …", "published the results of …"): a determiner or a possessor, then a document
    noun within a few words."""
    lex = ctx.lex
    if f.content[0][0] < ctx.ends[hit.j]:
        return False
    k = ctx.token_at(f.content[0][0])
    if ctx.word(k) not in lex.determiners and not ctx.word(k).endswith(lex.possessive_suffixes):
        return False
    for n in range(k + 1, min(k + 1 + DOCUMENT_REACH, len(ctx.tokens))):
        if not ctx.is_word(n):
            return False
        if ctx.word(n) in lex.documents:
            return True
    return False


def _agentless(ctx: Context, hit: CueHit) -> bool:
    """A passive participle that no perfect auxiliary makes active ("Allergan is best known for …", "a
    think tank known for …"; not "has known"): what is commonly held, no one's words."""
    lex = ctx.lex
    if hit.form not in lex.agentless_forms:
        return False
    k = prev_word(ctx, hit.i, (lex.adverbs_between - lex.auxiliaries) | lex.negations)
    while k > 0 and lex.is_adverb(ctx.word(k)) and ctx.is_word(k - 1):
        k -= 1  # "has widely known"
    if k >= 0 and lex.perfect_clitics and ctx.word(k).endswith(lex.perfect_clitics):
        return False  # "We've seen"
    return k < 0 or ctx.word(k) not in lex.auxiliaries or ctx.word(k) in lex.passive_auxiliaries


def _study_beside_cue(ctx: Context, region: Region, hit: CueHit) -> bool:
    """Whether a study adjunct ("in a CNN poll") reports nothing here: it does not open the sentence
    ("Trump leads in the polls" measures, it does not attribute), or a cue verb in the sentence reports
    the clause ("In a CNN poll, 60 percent said …")."""
    lex = ctx.lex
    return hit.lemma in lex.study_prepositions and (hit.i > region.start or any(
        ctx.word(k) in lex.cue_forms or ctx.word(k) in lex.multiword for k in range(region.start, region.end)))


def _holds_a_report(ctx: Context, f: Found, found: _ByCue) -> bool:
    """Whether the content of `f` holds the cue (and speaker) of a direct quotation found before."""
    return any(found.direct_between(ctx.token_at(a), ctx.token_at(b)) for a, b in f.content)


def _clause_is_final(ctx: Context, hit: CueHit | None, start: int, end: int) -> bool:
    """Whether a cue clause ends the sentence: after it come only adjuncts (a time, a medium, a
    prepositional phrase, an addressee of "told") up to the next comma or the sentence end."""
    lex = ctx.lex
    if complementizer_after(ctx, start, end) >= 0:
        return False
    k = start
    while k < end and ctx.is_word(k) and ctx.word(k) in lex.time_words and not adjunct_preposition(ctx, k):
        k += 1
    if k >= end or ctx.texts[k] in ",;.!?…:" or ctx.texts[k] in ctx.dashes:
        return True
    if match_phrase(ctx, k, lex.before_speaker) is not None:
        return True  # "…, сообщает ТАСС со ссылкой на пресс-службу": the adjunct names the cited source
    if ctx.word(k) in lex.infinitive_markers:
        return False  # "plans to leave": the infinitive is the content
    if match_phrase(ctx, k, lex.media) is not None or ctx.word(k) in lex.end_after_cue:
        return complementizer_after(ctx, k, end) < 0
    if hit is not None and hit.lemma in lex.addressee_lemmas:
        obj = right_np(ctx, k, end)
        return obj is not None and (obj[1] >= end or ctx.texts[obj[1]] in ",;.!?…"
                                    or ctx.word(obj[1]) in lex.end_after_cue or ctx.word(obj[1]) in lex.time_words)
    return False


def _after_speaker(ctx: Context, spk_end: int, end: int, verb_last: bool = False) -> Range | None:
    """“X, said Smith, Y” / “X, according to Smith, Y”: the content piece after the cue clause.

    `verb_last`: the cue clause ends with its verb (“X, Smith said, Y”), so what follows its comma is
    no appositive of the speaker, and a finite verb there goes on with X (“His wife, he says, plans …”).
    """
    k = spk_end
    while k < end and ctx.is_word(k) and ctx.word(k) in ctx.lex.time_words:
        k += 1
    m = match_phrase(ctx, k, ctx.lex.media)
    if m is not None:
        k = m[1] + 1
    for j in range(k, min(end, k + AFTER_SPEAKER_REACH)):
        if ctx.texts[j] == ",":  # "His criticism, according to an interview with X, was …"
            if ctx.word(j + 1) in ctx.lex.relative_pronouns:
                return _predicate_after_aside(ctx, j + 1, end)  # "…, said Borges, who …": about the speaker
            form = ctx.lex.cue_forms.get(ctx.word(j + 1))
            if ctx.is_word(j + 1) and ((form is not None and (not verb_last or form.form in ctx.lex.participle_forms))
                                       or match_phrase(ctx, j + 1, ctx.lex.before_speaker) is not None
                                       or (ctx.lex.morphology and is_participle(ctx.texts[j + 1]))):
                return None  # "…, сообщает Интерфакс, ссылаясь на источник": a cue clause of its own
            if not verb_last and _appositive_start(ctx, j + 1):
                # "…, said Larry Sabato, director of the Center for Politics": about the speaker
                return _predicate_after_aside(ctx, j + 1, end)
            return trim(ctx, j + 1, end)
        if not ctx.is_word(j) and ctx.texts[j] in SENTENCE_PUNCT:
            break
    return None


def _predicate_after_aside(ctx: Context, k: int, end: int) -> Range | None:
    """The content piece after an aside about the speaker that opens at token k: from the comma that
    closes the aside when an auxiliary follows it, the main predicate ("And Trump, said Sunshine, who
    remains friendly with her former boss, doesn't forgive or forget"); None when there is none."""
    lex = ctx.lex
    for j in range(k, end - 1):
        if ctx.quote_of[j] >= 0 or (not ctx.is_word(j) and ctx.texts[j] in SENTENCE_PUNCT):
            return None
        if ctx.texts[j] == ",":
            return trim(ctx, j + 1, end) if ctx.word(j + 1) in lex.auxiliaries else None
    return None


def _appositive_start(ctx: Context, k: int) -> bool:
    """Whether the words at token k open an appositive noun phrase (a determiner, a possessor or a role
    noun: "a senior fellow at …", "its president", "Politifact's editor", "director of …")."""
    lex = ctx.lex
    w = ctx.word(k)
    return ctx.is_word(k) and (w in lex.indefinite_articles or w in lex.roles or w.endswith(lex.possessive_suffixes))


def _verb_frame(ctx: Context, region: Region, hit: CueHit, cut: int) -> Found | None:
    lex = ctx.lex
    before = hit.i - 1
    if lex.morphology:
        f = _anaphor_first(ctx, region, hit, cut)
        if f is not None:
            return f
    # inverted: "…, said Smith." / "…, — заявил Смит." / "Как заявил Смит, …"
    k = prev_word(ctx, hit.i, lex.adverbs_between)
    as_prefix = k >= 0 and ctx.word(k) in lex.as_prefixes and k == skip_between(ctx, hit.i, region.start) - 1
    if before >= region.start and (ctx.texts[before] in ",—–―" or ctx.texts[before] in ctx.dashes
                                   or as_prefix):
        spk = right_np(ctx, hit.j + 1, cut)
        if spk is not None and as_prefix:
            return _as_frame(ctx, region, hit, spk, k, cut)
        if before >= region.start and (ctx.texts[before] == "," or ctx.texts[before] in ctx.dashes):
            subject = _appositive_subject(ctx, _past_fronted_region(ctx, region, before), before)
            if subject is not None:
                content = content_after(ctx, hit, region.end, cut)
                if content is not None:
                    return Found(hit, _all_chars(ctx, (content,)), subject, "appositive", 0.65)
        coordinated = spk is not None and _cue_verb_follows(ctx, spk[1], region.end)
        if spk is not None and hit.cue_type in lex.inverted_cue_types \
                and (lex.pronoun_after_cue or ctx.word(spk[0]) not in lex.pronouns) \
                and (coordinated or _clause_is_final(ctx, None, spk[1], region.end)) \
                and _opening_subject(ctx, region, before) is None:  # "X, a senator, criticized the deal"
            comma = before
            while comma > region.start and not ctx.is_word(comma - 1) and ctx.texts[comma - 1] not in ctx.marks:
                comma -= 1
            first = trim(ctx, region.start, comma)
            if first is None:
                return None
            rest = None if coordinated else _after_speaker(ctx, spk[1], cut)
            pieces = (first,) if rest is None else (_after_dash(ctx, first), rest)
            return Found(hit, _all_chars(ctx, pieces), spk, "inverted", 0.75)
    fragment = hit.i > region.start and ctx.texts[hit.i - 1] in ctx.marks and ctx.quote_of[hit.i] >= 0
    spk = left_np(ctx, hit.i - 1 if fragment else hit.i, region.start)
    if spk is not None:
        spk = _past_cited_source(ctx, region, spk)
    verb_start = skip_between(ctx, hit.i, region.start)
    if spk is None and verb_start != hit.i and verb_start - 1 > region.start \
            and ctx.texts[verb_start - 1] == ",":
        # "His rival, Gov. Linda Park, has called …": an appositive before the auxiliary
        spk = _appositive_subject(ctx, _past_fronted_region(ctx, region, verb_start - 1), verb_start - 1)
        if spk is not None:
            content = content_after(ctx, hit, region.end, cut)
            return Found(hit, _all_chars(ctx, (content,)), spk, "appositive", 0.65) if content else None
    if spk is None:
        rel = verb_start - 1
        if rel >= region.start and ctx.word(rel) in lex.relative_pronouns:
            spk = (rel, rel + 1)
        elif rel > region.start and ctx.word(rel) in lex.coordinators:
            # "… and says it does not plan": a coordinated verb shares the sentence's subject, that of
            # an inverted cue right before it ("…, said the minister and added") or that of the
            # subordinate clause it stands in ("Some booed when Rubio thanked Miami and said …")
            spk = _inverted_subject(ctx, region, rel) or _subordinate_subject(ctx, region, rel) \
                or _main_subject(ctx, region, rel)
            if spk is not None:
                content = content_after(ctx, hit, region.end, cut)
                if content is not None and _set_off_before(ctx, region, rel):
                    content = _relative_clause_content(ctx, content)
                if content is not None:
                    return Found(hit, _all_chars(ctx, (content,)), spk, "coordinated", 0.6)
                return None
    sep = verb_start - 1  # the comma or dash before the cue and its auxiliaries
    if spk is None and sep > region.start and (_is_dash(ctx, sep) or ctx.texts[sep] == ","):
        spk = _opening_subject(ctx, region, sep)
        if spk is not None and hit.lemma in lex.document_only and not _is_document(ctx, spk):
            return None  # "A photo, released by …, shows …": a caption, not a report
        if spk is not None:
            content = content_after(ctx, hit, region.end, cut)
            return Found(hit, _all_chars(ctx, (content,)), spk, "appositive", 0.6) if content else None
    if spk is None and lex.pro_drop and hit.kind == "verb" and _introduces_clause(ctx, hit, cut) \
            and not is_first_or_second_person(ctx.texts[hit.i]):
        # "В своём посте обещал, что …": the subject is left out, the row keeps no speaker
        content = content_after(ctx, hit, region.end, cut)
        return Found(hit, _all_chars(ctx, (content,)), None, "pro_drop", 0.5) if content is not None else None
    if spk is None and _passive_addressee(ctx, hit):
        return _reduced_passive(ctx, region, hit, cut)
    if hit.lemma in lex.document_only and (spk is None or not _is_document(ctx, spk)):
        # "A survey by the group in March found …"; but "Pew found that …" reports a clause, and "Fox found
        # Clinton has …", "A jury found Zimmerman … not guilty" report about someone named right after (not
        # with a pronoun as subject: "she found Ms. Sherry very professional" is an impression)
        named = ctx.is_word(hit.j + 1) and ctx.is_capitalized(hit.j + 1) and spk is not None \
            and ctx.word(spk[0]) not in lex.pronouns
        spk = _document_subject(ctx, region, verb_start) or (
            spk if spk is not None and (named or _introduces_clause(ctx, hit, cut)) else None)
    if spk is None and hit.kind == "verb" and sep > region.start and (
            _introduces_clause(ctx, hit, cut) or subject_pronoun_at(ctx, hit.j + 1)):
        spk = _set_off_subject(ctx, region, sep)
        if spk is not None:
            content = content_after(ctx, hit, region.end, cut)
            return Found(hit, _all_chars(ctx, (content,)), spk, "set_off_subject", 0.5) if content else None
    if spk is None and hit.kind == "verb" and verb_start - 1 > region.start and ctx.is_word(verb_start - 1) \
            and ctx.word(verb_start - 1) in lex.coordinators and _introduces_clause(ctx, hit, cut):
        # "Her campaign met mothers and said that …": a coordinated verb whose subject none of the patterns
        # finds still reports its clause; the row keeps no speaker rather than a guessed one
        content = content_after(ctx, hit, region.end, cut)
        return Found(hit, _all_chars(ctx, (content,)), None, "coordinated", 0.4) if content is not None else None
    if spk is None:
        return None
    p = spk[0] - 1
    if p >= region.start and ctx.word(p) in lex.as_prefixes:
        f = _as_frame(ctx, region, hit, spk, p, cut)
        if f is not None or _clause_is_final(ctx, hit, hit.j + 1, cut):
            return f
        # "… just as the band announced a benefit concert": "as" is a conjunction, the clause reports
        content = content_after(ctx, hit, region.end, cut)
        return Found(hit, _all_chars(ctx, (content,)), spk, "content_after", 0.6) if content else None
    relative = spk[1] - spk[0] == 1 and ctx.word(spk[0]) in lex.relative_pronouns
    first_end = p
    m = p
    while m > region.start and ctx.texts[m] in ctx.marks:
        m -= 1  # (a closing mark may be typed as two: '')
    if m < p and ctx.texts[m] == ",":
        # "… has engaged in “a culture of disenfranchisement,” the lawsuit says": the comma inside the
        # closing mark sets the clause off (a quotation after a preposition is no direct quote of its own)
        first_end, p = p + 1, m
    comma_before = p >= region.start and ctx.texts[p] in ",—–―" and words_in(ctx, region.start, p) > 0 \
        and not relative  # "…, said Borges, who predicted about …": a relative clause reports what follows
    coordinated = _cue_verb_follows(ctx, hit.j + 1, cut)
    if comma_before and (coordinated or _clause_is_final(ctx, hit, hit.j + 1, cut)) \
            and not _only_adjunct(ctx, region.start, p):
        first = trim(ctx, region.start, first_end)
        if first is None:
            return None
        # "If the demands are not met, Mr. Taylor warned, die-hard supporters plan to leave": a cue clause
        # after the closing comma goes on with the first piece (its own row nests inside)
        after = region.end if cut == hit.j + 1 and ctx.word(cut + 1) not in lex.coordinators \
            and not any(k in ctx.quote_open_tok for k in range(cut, region.end)) else cut
        rest = None if coordinated else _after_speaker(ctx, hit.j + 1, after, verb_last=True)
        pieces = (first,) if rest is None else (_after_dash(ctx, first), rest)
        return Found(hit, _all_chars(ctx, pieces), spk, "content_before", 0.7)
    fused = spk[0] - 1
    if hit.lemma in lex.naming and fused >= region.start and ctx.word(fused) in lex.fused_relatives:
        name = _fused_name(ctx, hit, cut)
        if name is not None:  # "what he calls the “Washington cartel”": what … the name
            return Found(hit, _all_chars(ctx, ((fused, fused + 1), name)), spk, "fused_relative", 0.7)
    content = content_after(ctx, hit, region.end, cut)
    if content is None:
        return None
    if (relative and p >= region.start and ctx.texts[p] == ",") or _fronted_subordinate(ctx, region, p) \
            or _in_fronted_subordinate(ctx, region, spk[0]):
        content = _relative_clause_content(ctx, content)
    return Found(hit, _all_chars(ctx, (content,)), spk, "content_after", 0.7)


def _past_cited_source(ctx: Context, region: Region, spk: Range) -> Range:
    """The subject before an adjunct cue whose source stands right before the verb ("Газета со ссылкой на
    источники пишет, что …": the newspaper writes, the sources are the adjunct's); `spk` when there is none."""
    for n in range(2, MAX_ADJUNCT_WORDS + 1):
        k = spk[0] - n
        if k <= region.start:
            break
        m = match_phrase(ctx, k, ctx.lex.before_speaker)
        if m is not None and m[1] == spk[0] - 1:
            return left_np(ctx, k, region.start) or spk
    return spk


def _fronted_subordinate(ctx: Context, region: Region, p: int) -> bool:
    """Whether token p is a subordinator that opens the sentence (after a coordinator at most): the
    clause it opens ends at a comma, and the main clause follows (“While liberals dismissed him as an
    actor, the truth was …”)."""
    lex = ctx.lex
    if p < region.start or ctx.word(p) not in lex.subordinators or ctx.word(p) in lex.coordinators:
        return False
    return all(not ctx.is_word(k) or ctx.word(k) in lex.coordinators for k in range(region.start, p))


def _in_fronted_subordinate(ctx: Context, region: Region, k: int) -> bool:
    """Whether token k stands in a subordinate clause that opens the sentence, no comma, dash or quotation
    before it ("Even after the campaign unveiled ads on which Trump pledged to spend $2 million, some
    remained skeptical"): the clause ends at a comma, and the main clause follows."""
    lex = ctx.lex
    n = region.start
    while n < k and (not ctx.is_word(n) or ctx.word(n) in lex.coordinators) and ctx.texts[n] not in ctx.marks:
        n += 1
    while n < k and ctx.is_word(n) and lex.is_adverb(ctx.word(n)):
        n += 1  # "Even after …", "Just as …"
    if n >= k or ctx.word(n) not in lex.subordinators or ctx.word(n) in lex.coordinators:
        return False
    return all(ctx.is_word(j) for j in range(n + 1, k))


def _set_off_opener(ctx: Context, region: Region, k: int) -> bool:
    """Whether token k opens a clause set off by a comma before it: a relative pronoun or a subordinator
    that is no coordinator ("Clinton, though she said …, stopped short …")."""
    lex = ctx.lex
    w = ctx.word(k)
    return k - 1 >= region.start and ctx.texts[k - 1] == "," and (
        w in lex.relative_pronouns or (w in lex.subordinators and w not in lex.coordinators))


def _set_off_before(ctx: Context, region: Region, k: int) -> bool:
    """Whether the clause that token k stands in opens after a comma with a relative pronoun or a
    subordinator ("Sanders, who endorsed Canova and said …, did not show up"): its end is a comma too."""
    n = k - 1
    while n > region.start and ctx.texts[n] != "," and ctx.texts[n] not in SENTENCE_PUNCT:
        n -= 1
    return n > region.start and ctx.texts[n] == "," and _set_off_opener(ctx, region, n + 1)


FUSED_NAME_LEAD: Final = 3  # words between a naming cue and the quotation it names ("a federal “…”")
FUSED_NAME_HEAD: Final = 1  # a head noun after the quotation ends its noun phrase ("a “corrupt” process")


def _fused_name(ctx: Context, hit: CueHit, cut: int) -> Range | None:
    """The name a naming cue gives its fused relative object ("what Sroka called a “let a thousand
    flowers bloom” approach"): a few words, a quotation, and the head noun after it; None without a
    quotation right after the cue."""
    lex = ctx.lex
    a = hit.j + 1
    k = a
    while k < cut and k - a < FUSED_NAME_LEAD and ctx.is_word(k) and k not in ctx.quote_open_tok:
        k += 1
    qi = ctx.quote_open_tok.get(k, -1)
    if qi < 0:
        return None
    q = ctx.quotes[qi]
    n = ctx.token_at(q.outer_end)
    while n < cut and n in ctx.quote_open_tok:
        q = ctx.quotes[ctx.quote_open_tok[n]]
        n = ctx.token_at(q.outer_end)  # the “immoral” “lie”
    if n > cut:
        return None
    last = _last_inner(ctx, q)
    if ctx.text[last] in TAG_PUNCT or ctx.text[last] in SENTENCE_PUNCT:
        return a, n  # “…,” / “….”: the name is set off, what follows is the narrator's
    head = n
    while head < cut and head - n < FUSED_NAME_HEAD and ctx.is_word(head) and not ctx.is_capitalized(head) \
            and ctx.word(head) not in lex.stop_words and ctx.word(head) not in lex.function_words \
            and ctx.word(head) not in lex.np_prepositions and ctx.word(head) not in lex.cue_forms \
            and ctx.word(head) not in lex.past_forms and not ctx.word(head).endswith(lex.past_suffixes):
        head += 1
    if head > n and head + 1 < cut and ctx.word(head) in lex.np_prepositions and ctx.is_capitalized(head + 1):
        head += 1  # the ''fraudulent'' nomination of Hillary Clinton: a name after the head noun
        while head < cut and head - n <= FUSED_NAME_LEAD + FUSED_NAME_HEAD and ctx.is_word(head) \
                and ctx.is_capitalized(head):
            head += 1
    return a, head


def _relative_clause_content(ctx: Context, content: Range) -> Range:
    """“Kasich, who brags he has held 100 town halls, doesn't pretend …”: a cue inside a relative clause
    set off by commas reports up to the comma that closes the clause; the main predicate follows it."""
    a, b = content
    toks = ctx.tokens
    for k in range(a + 1, b):
        if toks[k].text == "," and ctx.quote_of[k] == ctx.quote_of[a] \
                and not (toks[k - 1].end == toks[k].start and toks[k].end == toks[k + 1].start):  # "12,000"
            return trim(ctx, a, k) or content
    return content


def _anaphor_first(ctx: Context, region: Region, hit: CueHit, cut: int) -> Found | None:
    """“Об этом сообщил министр”, “Эту информацию подтвердили в полиции”: a re-mention before the verb
    is its object and the subject follows the verb (where case tells the two apart)."""
    lex = ctx.lex
    b = skip_between(ctx, hit.i, region.start)
    qi = ctx.quote_close_tok.get(b - 1, -1)
    if qi >= 0:
        o = ctx.token_at(ctx.quotes[qi].open)
        if oblique_quoted_name(ctx, o, b) == b:
            b = o  # "Об этом «Известиям» рассказал источник": past the addressee's name
    for a in range(max(region.start, b - 3), b):
        ana = anaphor_at(ctx, a, b)
        if ana is None or ana[1] != b:
            continue
        spk = right_np(ctx, hit.j + 1, cut)
        if spk is not None and not _clause_is_final(ctx, None, spk[1], region.end):
            return None
        if spk is None and (b - a < 2 or not lex.pro_drop or is_first_or_second_person(ctx.texts[hit.i])):
            return None  # "Это подтверждает, что …": "это" is the subject
        return Found(hit, _all_chars(ctx, (ana,)), spk, "anaphor_first", 0.6)
    return None


def _colon_block(ctx: Context, region: Region, hit: CueHit, claimed: set[int],
                 speaker: Range | None = None) -> Found | None:
    """“Министр сказал:⏎<paragraph>” / “Trump said:⏎<paragraph>”: a cue clause (the cue, or its
    subject after it) ending in a colon at the end of a paragraph introduces the next paragraph."""
    end = hit.j + 1 if speaker is None else speaker[1]
    if end >= len(ctx.tokens) or ctx.texts[end] != ":":
        return None  # (checked first: this runs for every verb cue that found no frame)
    if speaker is None:
        speaker = left_np(ctx, hit.i, region.start)
    if speaker is None:
        return None
    clause = Found(hit, ((ctx.starts[hit.i], ctx.ends[end - 1]),), speaker, "colon", 0.6)
    return _after_colon(ctx, clause, region, claimed)


def _points_ahead(ctx: Context, f: Found) -> bool:
    """Whether the content is only a word that points ahead or back ("следующее", "this") right
    before a colon: what follows the colon is what was said."""
    if len(f.content) != 1:
        return False
    b = ctx.token_at(f.content[0][1])
    if b >= len(ctx.tokens) or ctx.texts[b] != ":":
        return False
    a = ctx.token_at(f.content[0][0])
    m = match_phrase(ctx, a, ctx.lex.cataphors)
    return (m is not None and m[1] == b - 1) or is_anaphor(ctx, a, b)


def _with_antecedent(ctx: Context, f: Found, found: list[Found]) -> Found | None:
    """A re-mention as content stands for what it points back to (guidelines §4.6): the content of the
    last attribution in the two sentences before, when another speaker reported it ("опроверг эту
    информацию"); none when the same speaker re-mentions their own report ("она сообщила об этом в
    четверг"); for “Об этом сообщил X” with no report before, the sentence before."""
    if len(f.content) != 1:
        return f
    a, b = ctx.token_at(f.content[0][0]), ctx.token_at(f.content[0][1])
    if not is_anaphor(ctx, a, b):
        return f
    bare = match_phrase(ctx, a - 1 if a > 0 and ctx.word(a - 1) in ctx.lex.end_after_cue else a,
                        ctx.lex.anaphors) is not None
    start = f.content[0][0]
    ri = bisect.bisect_right(ctx.region_starts, a) - 1
    window = ctx.starts[ctx.regions[max(0, ri - 2)].start] if ri >= 0 else start
    best: Found | None = None
    for g in found:
        if g.content and window <= g.content[0][0] and g.content[-1][1] <= start and (
                best is None or g.content[-1][1] > best.content[-1][1]):
            best = g
    if best is not None:
        response = f.cue is not None and f.cue.cue_type == "other"  # confirmed, denied: a new act
        if _same_speaker(ctx, f, best) or (not response and not _names_someone(ctx, f.speaker)):
            return None
        return Found(f.cue, best.content, f.speaker, f.rule, f.confidence, f.direct)
    if not bare:
        return f
    if f.rule != "anaphor_first":
        return None  # "said so" with nothing reported before it: no content of its own
    if ri <= 0:
        return f
    prev = ctx.regions[ri - 1]
    piece = trim(ctx, prev.start, prev.end)
    if piece is not None and words_in(ctx, *piece) >= 4:
        return Found(f.cue, _all_chars(ctx, (piece,)), f.speaker, f.rule, f.confidence, f.direct)
    return f


def _names_someone(ctx: Context, r: Range | None) -> bool:
    """Whether a mention holds a name (a capitalised word that does not just open the sentence), not
    only a description ("61-летняя певица") or a pronoun that may point back to an earlier speaker."""
    if r is None:
        return False
    lex = ctx.lex

    def name(k: int) -> bool:
        if not ctx.is_capitalized(k):
            return False
        opens = k == 0 or ctx.newline_before(k) or ctx.texts[k - 1] in SENTENCE_PUNCT
        w = ctx.word(k)  # (titles are kept as written: "Mayor", "Sen.")
        return not opens or not (w in lex.roles or ctx.texts[k] in lex.titles or w in lex.function_words
                                 or w in lex.determiners or w in lex.pronouns)
    return any(name(k) for k in range(*r) if ctx.is_word(k))


def _same_speaker(ctx: Context, f: Found, g: Found) -> bool:
    """Whether two attributions have one speaker as written (or the later one is a pronoun)."""
    if f.speaker is None or g.speaker is None:
        return False  # unknown: "сообщалось, что …, однако позже эту информацию опровергли"
    if f.speaker[1] - f.speaker[0] == 1 and ctx.lex.is_subject_pronoun(ctx.word(f.speaker[0])):
        return True
    def key(r: Range) -> list[str]:
        return [ctx.word(k) for k in range(*r) if ctx.is_word(k)]
    return key(f.speaker)[-1:] == key(g.speaker)[-1:]


def _passive_addressee(ctx: Context, hit: CueHit) -> bool:
    """A past participle of a cue whose object is its addressee ("asked", "told"): a reduced passive."""
    return hit.kind == "verb" and hit.form in ctx.lex.passive_forms and hit.lemma in ctx.lex.addressee_lemmas


def _reduced_passive(ctx: Context, region: Region, hit: CueHit, cut: int) -> Found | None:
    """“Asked whether he would run, Smith said …” / “…, he said when asked about the vote”: the
    question put to the subject is an attribution without a speaker; its content runs to the comma."""
    lex = ctx.lex
    k = hit.i - 1
    if k >= region.start and ctx.texts[k] not in ",;(" and ctx.texts[k] not in ctx.dashes \
            and ctx.word(k) not in lex.subordinators:
        return None
    a = hit.j + 1
    while a < cut and ctx.is_word(a) and (ctx.word(a) in lex.end_after_cue or ctx.word(a) in lex.time_words) \
            and ctx.word(a) not in lex.complementizer_words:
        a += 1  # "Asked about the vote", "Asked on Sunday whether …"
    b = a
    while b < cut and ctx.texts[b] not in ",;" and not (
            not ctx.is_word(b) and ctx.texts[b] in SENTENCE_PUNCT):
        b += 1
    content = trim(ctx, a, b)
    if content is None:
        return None
    return Found(hit, _all_chars(ctx, (content,)), None, "reduced_passive", 0.5)


def _introduces_clause(ctx: Context, hit: CueHit, cut: int) -> bool:
    """A cue followed (at once) by a complementizer, a colon or a quotation."""
    k = hit.j + 1
    if k < len(ctx.tokens) and (ctx.texts[k] == ":" or ctx.texts[k] in ctx.marks):
        return True
    return complementizer_after(ctx, k, min(cut, k + 3)) >= 0


# words before the document noun at the start of a document subject ("Early results of exit polls")
DOCUMENT_LEAD: Final = 3


def _document_subject(ctx: Context, region: Region, verb_start: int) -> Range | None:
    """The subject of a document-only cue that ends at `verb_start` and opens with a document noun
    followed by its modifiers ("Surveys of caucus-goers taken as they entered caucus sites showed",
    "A survey by the organization in March found"): from the clause start to the verb."""
    lex = ctx.lex
    a = verb_start
    while a - 1 >= region.start and verb_start - (a - 1) <= MAX_SPEAKER_TOKENS and (
            ctx.is_word(a - 1) or ctx.texts[a - 1] in "-'’/.") \
            and ctx.word(a - 1) not in lex.complementizer_words and ctx.word(a - 1) not in lex.subordinators:
        a -= 1
    while a < verb_start and not ctx.is_word(a):
        a += 1
    doc = next((k for k in range(a, min(a + DOCUMENT_LEAD + 1, verb_start)) if ctx.word(k) in lex.documents), -1)
    return (a, verb_start) if doc >= 0 and a < verb_start else None


def _is_document(ctx: Context, spk: Range) -> bool:
    """Whether a mention names a document or study (the poll, a new survey, data, a poll by X, a
    survey conducted by X)."""
    return any(ctx.word(k) in ctx.lex.documents for k in range(*spk))


def _appositive_subject(ctx: Context, region: Region, comma: int) -> Range | None:
    """“Smith, a spokesman for X, said …” / “Gonzalez, 55, said …”: the name before the appositive."""
    lex = ctx.lex
    sep = ctx.texts[comma]  # a comma, or a dash ("Jason Sims — a teacher — says …")
    k = comma - 1
    while k > region.start and ctx.texts[k] not in ",;:" and ctx.texts[k] != sep \
            and ctx.texts[k] not in ctx.marks:
        k -= 1
    if k <= region.start or ctx.texts[k] != sep:
        return None
    first = k + 1
    subject = left_np(ctx, k, region.start)
    if subject is not None and subject[1] - subject[0] == 1 and ctx.word(subject[0]) in lex.adverbs_between \
            and subject[0] - 1 > region.start and ctx.texts[subject[0] - 1] == sep:
        subject = left_np(ctx, subject[0] - 1, region.start)  # "Sanders, meanwhile, who …, said"
    segment = left_np(ctx, comma, first)
    place = _place_before(ctx, k, region.start) if segment is not None and words_in(ctx, *segment) <= 2 else -1
    if subject is not None and subject[0] < place < subject[1] and (
            subject[0] == region.start or not ctx.is_word(subject[0] - 1)
            or ctx.word(subject[0] - 1) in lex.subordinators or ctx.word(subject[0] - 1) in lex.coordinators):
        # "after a woman in Worcester, Massachusetts, told him …": the state is part of the mention (but
        # "Clinton, during a town hall in Columbus, Ohio, said": a prepositional phrase is no subject)
        return subject[0], comma
    if segment is not None and segment[0] == first and segment[1] - segment[0] <= 5 \
            and all(ctx.is_capitalized(x) or not ctx.is_word(x) for x in range(*segment)) \
            and not (subject is not None and _is_name(ctx, subject) and subject[0] - region.start <= 1) \
            and place < 0:
        # "His rival, Gov. Linda Park, has called …": the name in the appositive (but "Ron Johnson,
        # R-Wis., said": a name that opens the sentence is the subject)
        return segment
    start = region.start
    if subject is not None and _fronted_adjunct(ctx, region, subject[0] - 1):
        start = subject[0]  # "On Tuesday, Kevin Brady, chairman of …, said": the adjunct opens the sentence
    if subject is None or (subject[0] > start and ctx.texts[subject[0] - 1] == sep
                           and (_is_name(ctx, subject) or ctx.texts[subject[0]].isdigit())):
        return None  # "Paul Porter, a driver from Ava, Mo., who …, said": "Mo." (or an age) is itself set off
    if subject[0] > start and ctx.is_word(subject[0] - 1) and len(ctx.word(subject[0] - 1)) > 4 \
            and ctx.word(subject[0] - 1).endswith(lex.gerund_suffixes):
        return None  # "Grassley, facing a spirited challenge in Iowa, a swing state, said": the gerund's object
    while first < comma - 1 and ctx.is_word(first) and lex.is_adverb(ctx.word(first)):
        first += 1  # "…, also a GOP hopeful, said"
    opener = (ctx.word(first) in lex.determiners or ctx.word(first) in lex.relative_pronouns
              or ctx.texts[first].isdigit() or any(ctx.word(x) in lex.roles for x in range(first, comma))
              or (lex.morphology and is_participle(ctx.texts[first])))
    # otherwise the subject must be a short name that opens the sentence
    lead = subject[0] - start
    name = words_in(ctx, *subject) <= 5 and all(ctx.is_capitalized(x) for x in range(*subject) if ctx.is_word(x))
    if not opener and not (lead <= 1 and name and ctx.word(subject[0]) not in lex.determiners):
        return None
    return subject


def _place_before(ctx: Context, k: int, floor: int) -> int:
    """The preposition before a capitalised place that the comma at token k follows ("Cory James, 22, of
    Flint, Mich., said"): the name after the comma is the place's state, not the subject; -1 when none."""
    j = k - 1
    while j > floor and ctx.is_word(j) and ctx.is_capitalized(j):
        j -= 1
    return j if j < k - 1 and ctx.is_word(j) and ctx.word(j) in ctx.lex.np_prepositions else -1


def _fronted_adjunct(ctx: Context, region: Region, comma: int) -> bool:
    """Whether the sentence opens with a short adjunct ("On Tuesday", "And last week") that ends with the
    comma at token `comma`."""
    a = region.start
    while a < comma and ctx.is_word(a) and ctx.word(a) in ctx.lex.coordinators:
        a += 1
    if a >= comma or ctx.texts[comma] != ",":
        return False
    # "Alarmed by the unrest, Senator Harry Reid, …, said": a past participle's phrase
    participle = ctx.is_word(a) and ctx.word(a).endswith(ctx.lex.past_suffixes) and all(
        ctx.is_word(k) for k in range(a, comma))
    return participle or _only_adjunct(ctx, a, comma)


def _opening_subject(ctx: Context, region: Region, comma: int) -> Range | None:
    """“Paul Porter, a driver from Ava, Mo., who backs Trump, said …” / “Many speakers — including X, Y
    — said …” / “Sen. Jack Reed (D-R.I.), said …”: the mention that opens the sentence and is set off by
    a comma, a dash or a bracket, with only its appositives and asides up to the comma before the cue."""
    lex = ctx.lex
    a = _past_fronted_region(ctx, _after_colon_start(ctx, region, comma), comma).start
    while a < comma and ctx.is_word(a) and (ctx.word(a) in lex.coordinators or ctx.word(a) in lex.subordinators):
        a += 1  # "But Smith, …, said", "While many lawyers, including …, opposed"
    a = _past_openers(ctx, a, comma)  # "Earlier, Sheriff Joe Arpaio, one of …, vouched for …"
    if a >= comma or not (ctx.is_capitalized(a) or ctx.word(a) in lex.determiners or ctx.word(a) in lex.plural_words) \
            or ctx.word(a) in lex.non_content_starts or ctx.word(a) in lex.np_prepositions:
        return None
    np = right_np(ctx, a, comma)
    if np is None or np[0] != a or np[1] >= comma:
        return None
    while ctx.is_word(np[1]) and ctx.word(np[1]) in lex.np_prepositions:
        # "His critics in the United States, many of them …, argue": a prepositional phrase goes on
        more = right_np(ctx, np[1] + 1, comma)
        if more is None or more[0] != np[1] + 1 or more[1] >= comma:
            break
        np = (np[0], more[1])
    if ctx.texts[np[1]] not in ",(" and not _is_dash(ctx, np[1]):
        return None
    if any(ctx.texts[k] in ";:" for k in range(np[1], comma)) or words_in(ctx, np[1], comma) == 0:
        return None  # "Мероприятия отменены, — заявил министр": no appositive, the clause is content
    return np


def _set_off_subject(ctx: Context, region: Region, sep: int) -> Range | None:
    """The mention that opens the clause of a cue right after a comma or a dash (or a comma and a closing
    mark) where no appositive or aside pattern explains what stands between them ("Isakson and Boozman,
    both up for reelection, said", "A YouGov poll of voters has, however, revealed that")."""
    lex = ctx.lex
    t = ctx.texts[sep]
    if not (t == "," or _is_dash(ctx, sep) or (t in ctx.marks and ctx.texts[sep - 1] == ",")):
        return None
    a = _past_fronted_region(ctx, _after_colon_start(ctx, region, sep), sep).start
    while a < sep and ctx.is_word(a) and (ctx.word(a) in lex.coordinators or ctx.word(a) in lex.subordinators):
        a += 1
    a = _past_openers(ctx, a, sep)
    if a >= sep or not ctx.is_word(a) or not (ctx.is_capitalized(a) or ctx.word(a) in lex.determiners) \
            or ctx.word(a) in lex.non_content_starts or ctx.word(a) in lex.np_prepositions \
            or ctx.word(a) in lex.pronouns:
        return None
    np = right_np(ctx, a, sep)
    if np is None or np[0] != a or np[1] >= sep:
        return None
    return np


def _after_colon_start(ctx: Context, region: Region, before: int) -> Region:
    """The region from just after the last colon or semicolon before token `before` ("… voter
    participation: Sanders, whose coalition …, said"), outside quotations."""
    return Region(_clause_start(ctx, region, before, outside_quotes=True), region.end, region.quote)


def _is_dash(ctx: Context, k: int) -> bool:
    """A dash, or a hyphen doubled as one ("scholars -- Tribe, Epstein and Amar -- agreed")."""
    t = ctx.texts[k]
    if t in ctx.dashes:
        return True
    return t == "-" and ((k + 1 < len(ctx.tokens) and ctx.texts[k + 1] == "-"
                          and ctx.starts[k + 1] == ctx.ends[k])
                         or (k > 0 and ctx.texts[k - 1] == "-" and ctx.ends[k - 1] == ctx.starts[k]))


def _after_dash(ctx: Context, piece: Range) -> Range:
    """The first piece of content split by its cue clause ("X, he said, Y") from after its last dash and a
    coordinator there: what goes before the dash is the narrator's ("He had a rally that night - and the
    permit, his campaign said, had been hard to get"); the piece itself when it has no dash or quotes."""
    a, b = piece
    if any(ctx.quote_of[k] >= 0 for k in range(a, b)):
        return piece
    for k in range(b - 2, a, -1):
        if _is_dash(ctx, k) or (ctx.texts[k] == "-" and ctx.starts[k] > ctx.ends[k - 1]
                                and ctx.starts[k + 1] > ctx.ends[k]):
            n = k + 1
            while n < b and (_is_dash(ctx, n) or ctx.word(n) in ctx.lex.coordinators):
                n += 1
            return trim(ctx, n, b) or piece
    return piece


def _is_name(ctx: Context, r: Range) -> bool:
    """A mention of capitalised words only ("Ron Johnson", "Sen. Ron Johnson"), not "His rival"."""
    lex = ctx.lex
    return all(ctx.is_capitalized(x) for x in range(*r) if ctx.is_word(x)) \
        and ctx.word(r[0]) not in lex.determiners and ctx.word(r[0]) not in lex.pronouns


def _as_frame(ctx: Context, region: Region, hit: CueHit, spk: Range, as_tok: int, cut: int) -> Found | None:
    """“As Smith said, …” / “…, as Smith put it.” / “Как заявил Смит, …”: a parenthetical cue clause,
    set off by commas (elsewhere "as" is a conjunction: "… as Smith announced a concert")."""
    clause_end = max(spk[1], hit.j + 1)
    k = clause_end
    while k < region.end and ctx.is_word(k) and ctx.word(k) in ctx.lex.time_words:
        k += 1
    set_off = k >= region.end or ctx.texts[k] in ",.;:!?" or ctx.texts[k] in ctx.dashes
    opens = as_tok - region.start <= 1 or (as_tok > region.start and ctx.texts[as_tok - 1] in ",(—–")
    if not (set_off and opens):
        return None
    if as_tok - region.start <= 1:
        k = clause_end
        while k < region.end and ctx.texts[k] != ",":
            k += 1
        k = _source_appositives(ctx, k, region.end, spk)
        content = trim(ctx, k + 1, region.end) if k < region.end else None
    else:
        content = trim(ctx, region.start, as_tok)
    if content is None:
        return None
    return Found(hit, _all_chars(ctx, (content,)), spk, "as_frame", 0.7)


def _participle_frame(ctx: Context, region: Region, hit: CueHit, cut: int, previous: Found | None,
                      reported: bool = True) -> Found | None:
    """“…, adding that …” / “…, заявив, что …”: the subject is the main clause's (the previous
    attribution's speaker when its cue is in the same clause). A participle after a preposition inside
    the content of that attribution (`reported`: a row of its own) is part of what it reports, no row
    ("said the candidate was not contradicting his stance by accepting their help")."""
    if hit.i > 0 and hit.i - 1 in ctx.quote_open_tok and ctx.quote_of[hit.i] != region.quote:
        return None  # would be “screaming” if …, “regarding the election.”: a participle that opens a quoted
        # fragment is the quoted speaker's word, inside the report of the clause around it
    spk = _document_before(ctx, region, hit)
    if spk is None and previous is not None and previous.speaker is not None and previous.cue is not None and not any(
            ctx.texts[k] == ";" for k in range(previous.cue.j + 1, hit.i)) \
            and _coordinated_clause(ctx, previous.cue.j, hit.i) == previous.cue.j:
        spk = previous.speaker  # (unless a clause with its own subject came between: "…, but Иванов поддержал …")
    if spk is None:
        spk = _main_subject(ctx, region, hit.i)
    if spk is None:
        fronted = _fronted_participle(ctx, region, hit, cut)
        if fronted is not None:
            return fronted
    if spk is None and not _only_fronted(ctx, region, hit.i):
        return None
    content = content_after(ctx, hit, region.end, cut)
    if content is None:
        return None
    if reported and previous is not None and spk == previous.speaker and hit.i > 0 \
            and ctx.word(hit.i - 1) in ctx.lex.participle_prepositions \
            and any(a <= ctx.starts[hit.i] and ctx.ends[hit.j] <= b for a, b in previous.content):
        return None
    return Found(hit, _all_chars(ctx, (content,)), spk, "participle", 0.6)


def _fronted_participle(ctx: Context, region: Region, hit: CueHit, cut: int) -> Found | None:
    """“Noting that only Kirk voted with them, Tester added …”, “After saying he was nervous, the man …”: a
    participle that opens its clause (or follows a subordinator there) and reports a clause (a
    complementizer or a subject pronoun opens it) up to a comma; the subject after that comma speaks."""
    lex = ctx.lex
    k = _clause_start(ctx, region, hit.i)
    if not (hit.i == k or (hit.i == k + 1 and (ctx.word(k) in lex.subordinators
                                               or ctx.word(k) in lex.perfect_participles))):
        return None
    content = content_after(ctx, hit, region.end, cut)
    if content is None or not (ctx.word(content[0] - 1) in lex.complementizer_words
                               or subject_pronoun_at(ctx, content[0])):
        return None
    comma = next((n for n in range(content[0] + 1, min(content[1] + 1, region.end))
                  if ctx.texts[n] == "," and ctx.quote_of[n] < 0), -1)
    subject = right_np(ctx, comma + 1, region.end) if comma > 0 else None
    if subject is None or subject[1] >= region.end or not ctx.is_word(subject[1]):
        return None  # the main clause's subject, then its verb
    piece = trim(ctx, content[0], comma)
    return Found(hit, _all_chars(ctx, (piece,)), subject, "fronted_participle", 0.6) if piece is not None else None


def _document_before(ctx: Context, region: Region, hit: CueHit) -> Range | None:
    """“…, with polls showing that …”, “In a statement defending him, …”: a document right before a
    participle, in a prepositional phrase, is its source (but in “X issued a statement saying …” the
    statement's issuer is)."""
    lex = ctx.lex
    k = hit.i - 1
    if k <= region.start or not ctx.is_word(k) or ctx.word(k) not in lex.documents:
        return None
    def preposition(j: int) -> bool:
        w = ctx.word(j)
        return (w in lex.np_prepositions or w in lex.non_content_starts or w in lex.absolute_prepositions
                or w in lex.adjunct_openers) and w not in lex.subordinators

    a = k
    while a - 1 > region.start and k - a < 4 and ctx.is_word(a - 1) and not preposition(a - 1):
        a -= 1  # the noun phrase back to its preposition ("on ads", "of a new poll")
    return (a, hit.i) if a - 1 >= region.start and ctx.is_word(a - 1) and preposition(a - 1) else None


def _cue_verb_follows(ctx: Context, k: int, end: int) -> bool:
    """Whether token k is a coordinator followed by a finite cue verb ("…, said Smith and added that")."""
    lex = ctx.lex
    if k + 1 < end and ctx.texts[k] == ",":
        k += 1  # "…, said Smith, and added"
    if k + 1 >= end or not ctx.is_word(k) or ctx.word(k) not in lex.coordinators:
        return False
    j = k + 1
    while j < end and ctx.is_word(j) and lex.is_adverb(ctx.word(j)):
        j += 1
    form = lex.cue_forms.get(ctx.word(j)) if j < end and ctx.is_word(j) else None
    return form is not None and form.form not in lex.base_forms


def _inverted_subject(ctx: Context, region: Region, coord: int) -> Range | None:
    """“…, said the minister and added …” / “…, the minister said and added …”: the subject of the
    cue clause that ends at the coordinator `coord`, when that clause follows the content."""
    lex = ctx.lex

    def finite_cue(k: int) -> bool:
        form = lex.cue_forms.get(ctx.word(k)) if k >= region.start and ctx.is_word(k) else None
        return form is not None and form.form not in lex.base_forms

    def after_comma(k: int) -> bool:
        # the comma ends reported content, not an appositive ("Smith, a senator, said …")
        return k > region.start and (ctx.texts[k - 1] == "," or ctx.texts[k - 1] in ctx.dashes) \
            and _appositive_subject(ctx, region, k - 1) is None

    end = coord - 1 if coord - 1 > region.start and ctx.texts[coord - 1] == "," else coord
    if finite_cue(end - 1):  # the mention before the verb
        np = left_np(ctx, end - 1, region.start)
        return np if np is not None and after_comma(np[0]) else None
    np = left_np(ctx, end, region.start)  # the mention after the verb
    if np is None or not finite_cue(np[0] - 1) or not after_comma(np[0] - 1):
        return None
    return np


def _subordinate_subject(ctx: Context, region: Region, before: int) -> Range | None:
    """The subject right after the last subordinator before token `before` ("when Rubio thanked …")."""
    lex = ctx.lex
    for k in range(before - 1, region.start - 1, -1):
        if not ctx.is_word(k) and ctx.texts[k] in ";:":
            return None
        if ctx.is_word(k) and ctx.word(k) in lex.subordinators and (
                ctx.word(k) not in lex.as_prefixes or subject_pronoun_at(ctx, k + 1)):  # "as she thanked …"
            np = right_np(ctx, k + 1, before)
            if np is not None and any(ctx.texts[j] == "," or ctx.texts[j] in ctx.dashes
                                      for j in range(np[1], before)):
                return None  # "After the results were in, Weaver appeared … and outlined": the clause closed
                # (or "Trump jumped onto his account — as he so often does — and retweeted")
            return np if np is not None and np[0] == k + 1 and np[1] < before else None
    return None


def _main_subject(ctx: Context, region: Region, before: int) -> Range | None:
    """The subject that opens the sentence (a pronoun or a run of capitalised name words), taken as
    the subject of a participle or coordinated cue; None when the sentence opens otherwise."""
    lex = ctx.lex
    k = _past_openers(ctx, _clause_start(ctx, region, before), before)
    k = max(k, _coordinated_clause(ctx, k, before))
    while k < before and ctx.is_word(k) and (ctx.word(k) in lex.stop_words or ctx.word(k) in lex.subordinators
                                             or ctx.word(k) in lex.adverbs_between):
        k += 1  # (an opening adverb is no subject: "Then he cut into Bush, calling him …")
    j = k
    while j < before and ctx.is_word(j) and (ctx.word(j) in lex.time_words or ctx.word(j) in lex.time_nouns):
        j += 1
    if k < j < before and ctx.is_word(j):
        k = j  # "On Sunday morning Mr. Trump made …, writing": a time phrase without its comma
    if lex.morphology or (k < before and ctx.word(k) in lex.determiners):
        np = right_np(ctx, k, before)
        return np if np is not None and np[1] < before and np[0] - k <= 3 else None
    if k < before and ctx.word(k) in lex.pronouns and lex.pronouns[ctx.word(k)][1] in ("sg", "pl"):
        return k, k + 1
    det = k < before and ctx.word(k) in lex.determiners
    b = k + 1 if det else k
    while b < before and b - k < 6 and ((ctx.is_word(b) and ctx.is_capitalized(b)) or (ctx.texts[b] in "-.’'"
                                        and b > k)):
        b += 1
    if det and b == k + 1 and b < before and ctx.word(b) in lex.roles:
        b += 1  # "the spokesman …"
    while b > k and not ctx.is_word(b - 1):
        b -= 1
    if b <= k + det or b >= before:
        return None
    return k, b


def _coordinated_clause(ctx: Context, start: int, before: int) -> int:
    """Where the last main clause coordinated after a comma before token `before` starts ("Trump pivoted to
    trade, but Wallace brought him back, asking …"): its subject, then a word that can be its verb; `start`
    when there is none (or where morphology would have to tell the verb: Russian mentions run on)."""
    lex = ctx.lex
    if lex.morphology:
        return start
    for j in range(before - 2, start, -1):
        if not (ctx.is_word(j) and ctx.word(j) in lex.coordinators and ctx.texts[j - 1] == ",") \
                or ctx.quote_of[j] >= 0:
            continue  # (not inside a quotation: "“…, but he has no chance,” Graham said, adding …")
        a = j + 1
        if ctx.word(a) in lex.pronouns and lex.pronouns[ctx.word(a)][1] in ("sg", "pl"):
            np: Range | None = (a, a + 1)
        elif ctx.is_capitalized(a) or ctx.word(a) in lex.determiners:
            np = right_np(ctx, a, before)
        else:
            np = None
        if np is None or np[0] != a or np[1] >= before - 1:
            continue
        w = ctx.word(np[1])
        if ctx.is_word(np[1]) and not ctx.is_capitalized(np[1]) and (
                w in lex.auxiliaries or w in lex.cue_forms or not (
                    w in lex.stop_words or w in lex.np_prepositions or w in lex.determiners or w in lex.coordinators)):
            return a
    return start


def _clause_start(ctx: Context, region: Region, before: int, outside_quotes: bool = False) -> int:
    """The first token of the clause that holds token `before` (after the last colon or semicolon; with
    `outside_quotes`, only one outside quotations counts)."""
    for j in range(before - 1, region.start, -1):
        if ctx.texts[j] in ";:" and not (outside_quotes and ctx.quote_of[j] >= 0):
            return j + 1
    return region.start


def _only_fronted(ctx: Context, region: Region, before: int) -> bool:
    """Whether the clause of token `before` opens with a fronted adjunct ("Arriving upon the scene, …") past
    which _main_subject finds no subject: the participle or coordinated cue keeps no speaker rather than
    take a word of the adjunct."""
    k = _clause_start(ctx, region, before)
    return _past_openers(ctx, k, before) != k


def _past_openers(ctx: Context, k: int, before: int) -> int:
    """Past every fronted adjunct set off by a comma that opens the clause at token k ("Instead, …",
    "Hours later, …", "Speaking at a town hall in Salem, New Hampshire, …", "On Thursday, after …, …"):
    where the main clause's subject starts."""
    while True:
        j = _past_fronted(ctx, k, before)
        if j == k:
            j = _past_opener(ctx, k, before)
        if j == k:
            return k
        k = _past_place(ctx, k, j, before)


def _past_place(ctx: Context, k: int, n: int, before: int) -> int:
    """Past a place set off by its own commas at the end of an adjunct [k, n) ("in Salem, New Hampshire,",
    "in Beaumont, Tex.,"): its state is part of the adjunct; n when there is none."""
    comma = n - 1
    if comma - 2 < k or not ctx.is_capitalized(comma - 1) or ctx.is_capitalized(comma - 2):
        return n
    b = n
    while b < before and b - n < 4 and ((ctx.is_word(b) and ctx.is_capitalized(b)) or ctx.texts[b] == "."):
        b += 1
    return b + 1 if n < b < before - 1 and ctx.texts[b] == "," else n


def _past_opener(ctx: Context, k: int, before: int) -> int:
    """Past one fronted adjunct at token k that _past_fronted leaves: a connective or a phrase opened by a
    preposition of the lexicon ("Instead,", "Despite …,"), a gerund's phrase ("Speaking at …,") or a time
    phrase that ends in a time adverb ("Hours later,"); k itself when there is none."""
    lex = ctx.lex
    comma = -1
    for j in range(k + 1, before - 1):
        t = ctx.texts[j]
        if t == ",":
            comma = j
            break
        if (t in SENTENCE_PUNCT and not _name_dot(ctx, j)) or t in ";:":
            return k
    if comma < 0 or not ctx.is_word(k):
        return k
    w = ctx.word(k)
    # "Speaking at …,", "Asked about …,": a gerund's or a past participle's phrase
    gerund = len(w) > 4 and w.endswith(lex.gerund_suffixes + lex.past_suffixes) and ctx.is_word(k + 1) \
        and not ctx.is_capitalized(k + 1)
    # "Hours later,", "This week,", "Earlier this year,"
    timed = comma - k <= 4 and (ctx.word(comma - 1) in lex.time_adverbs or all(
        ctx.word(j) in lex.time_words or ctx.word(j) in lex.time_nouns for j in range(k, comma)))
    # "More recently, …": degree words and adverbs only
    adverbial = all(ctx.word(j) in lex.intensifiers or lex.is_adverb(ctx.word(j)) for j in range(k, comma))
    # "In West Miami, where Mr. Rubio began his career, he …": a clause that goes on with the adjunct before
    sequel = k > 0 and ctx.texts[k - 1] == "," and w in lex.question_starts
    if not (w in lex.adjunct_openers or gerund or timed or adverbial or sequel
            or (comma == k + 1 and w in lex.connectives)):
        return k
    return comma + 1


def _past_fronted_region(ctx: Context, region: Region, before: int) -> Region:
    """The region without a fronted adjunct set off by a comma before token `before` ("After the vote,
    Smith, a spokesman, said …", "Still, Smith, an economist, predicted …"): where a subject can start."""
    k = _past_fronted(ctx, region.start, before)
    # the appositive's own comma must remain after it ("В ответ концерн Bayer, который …, заявил" has none)
    if k > region.start and _only_adjunct(ctx, region.start, k - 1) \
            and any(ctx.texts[j] == "," for j in range(k, before)):
        return Region(k, region.end, region.quote)
    return region


def _past_fronted(ctx: Context, k: int, before: int) -> int:
    """Past a fronted adjunct set off by a comma ("In an interview with CNN, Trump …", "Ultimately,
    Mr. Yanukovych …"): where the subject can start."""
    lex = ctx.lex
    w = ctx.word(k)
    fronted = w in lex.non_content_starts or w in lex.np_prepositions or w in lex.subordinators or lex.is_adverb(w)
    if w in lex.coordinators and k + 1 < before and ctx.texts[k + 1] != ",":
        # "But on Tuesday, he …" is fronted past the conjunction; "But some of his supporters remain
        # reluctant …, citing …" is not fronted at all
        j = _past_openers(ctx, k + 1, before)
        return k if j == k + 1 else j
    if not fronted:
        return k
    for j in range(k + 1, before - 1):
        t = ctx.texts[j]
        if t == ",":
            return j + 1
        if (t in SENTENCE_PUNCT and not _name_dot(ctx, j)) or t in ";:":
            break  # (a title's dot ends nothing: "When Mr. Rubio did take him on, he …")
    return k


def _adjunct_frame(ctx: Context, region: Region, hit: CueHit, cut: int) -> Found | None:
    """“According to X, …” / “…, according to X.” / “…, по словам X, …”."""
    spk = hit.speaker or right_np(ctx, hit.j + 1, region.end, subject=_adjunct_takes_subject(ctx, hit))
    if spk is None:
        return None
    spk = _with_agent(ctx, spk, region.end)
    after = max(spk[1], hit.j + 1)
    if after + 1 < region.end and hit.i > region.start and ctx.is_word(hit.i - 1) \
            and ctx.lex.cue_forms.get(ctx.word(after)):
        # "Газета со ссылкой на источники пишет, что …": between a subject and its cue verb the adjunct's
        # source reports the verb's clause
        reach = after + 3 if ctx.texts[after + 1] == "," else after + 2
        c = complementizer_after(ctx, after + 1, min(reach, region.end))
        content = trim(ctx, c, clause_end(ctx, c, region.end)) if c >= 0 else None
        if content is not None:
            return Found(hit, _all_chars(ctx, (content,)), spk, "adjunct_clause", 0.7)
    c = complementizer_after(ctx, after, region.end, at_once=True) if ctx.is_word(after) else -1
    if c - after > 2:  # (a complementizer phrase, "о том, что"; a bare "that" may be a determiner)
        # "Слова министра о том, что завод закроется, вызвали протесты": the noun's own clause, to its comma
        end = next((k for k in range(c + 1, region.end) if ctx.texts[k] == "," and ctx.quote_of[k] < 0), region.end)
        if end + 1 < region.end and ctx.lex.morphology and is_finite_verb(ctx.texts[end + 1]) \
                and not ctx.lex.cue_forms.get(ctx.word(end + 1)):
            return None  # "Слова министра о том, что …, вызвали протесты": the subject of another predicate (§3)
        content = trim(ctx, c, clause_end(ctx, c, end))
        if content is not None:
            return Found(hit, _all_chars(ctx, (content,)), spk, "adjunct_clause", 0.7)
    lead = hit.i - region.start
    if (lead <= 1 and not (lead == 1 and ctx.texts[region.start] in ",")) or _opens_clause(ctx, region, hit):
        k = max(spk[1], hit.j + 1)
        while k < region.end and ctx.texts[k] != ",":
            k += 1
        k = _source_appositives(ctx, k, region.end, spk)
        content = trim(ctx, k + 1, region.end) if k < region.end else None
        if content is None:
            return None
        return Found(hit, _all_chars(ctx, (content,)), spk, "adjunct_first", 0.8)
    if after < region.end and ctx.texts[after] == ",":
        # the complementizer right after the next word, or after a cue verb's comma ("считает, что")
        reach = after + 4 if after + 2 < region.end and ctx.texts[after + 2] == "," \
            and ctx.lex.cue_forms.get(ctx.word(after + 1)) else after + 3
        c = complementizer_after(ctx, after + 1, min(reach, region.end))
        if c >= 0:
            # "слова знакомого семьи, что …": the noun's own clause is the content
            content = trim(ctx, c, clause_end(ctx, c, region.end))
            if content is not None:
                return Found(hit, _all_chars(ctx, (content,)), spk, "adjunct_clause", 0.7)
    comma = hit.i - 1
    first = trim(ctx, region.start, comma if ctx.texts[comma] in ",—–―" else hit.i)
    if first is None:
        return None
    rest = _after_speaker(ctx, spk[1], region.end)
    pieces = (first,) if rest is None else (_after_dash(ctx, first), rest)
    return Found(hit, _all_chars(ctx, pieces), spk, "adjunct_after", 0.8)


MAX_APPOSITIVE_TOKENS: Final = 12  # an appositive after a fronted adjunct's source, between its commas


def _source_appositives(ctx: Context, comma: int, end: int, spk: Range) -> int:
    """The comma that ends the appositives set off after a fronted cue clause's source, or `comma` where none
    follows: “According to John Smith, a spokesman for the ministry, the talks …”, “По словам Ивана
    Петрова, представителя министерства, переговоры …” — the content starts after them (not where a relative
    pronoun or a participle follows: "По словам Петрова, жители, пострадавшие от наводнения, …" is content)."""
    k = comma
    while k < end:
        e = k + 1
        while e < end and e - k <= MAX_APPOSITIVE_TOKENS and (ctx.is_word(e) or ctx.texts[e] in "-.'’&"):
            e += 1
        if e + 1 >= end or e == k + 1 or ctx.texts[e] != "," or ctx.quote_of[e] != ctx.quote_of[k] \
                or not ctx.is_word(e + 1) or ctx.word(e + 1) in ctx.lex.relative_pronouns \
                or ctx.word(e + 1) in ctx.lex.coordinators or (ctx.lex.morphology and is_participle(ctx.texts[e + 1])) \
                or not _source_appositive(ctx, k + 1, e, spk):
            return k
        k = e
    return k


def _source_appositive(ctx: Context, a: int, b: int, spk: Range) -> bool:
    """Whether the words [a, b) are an appositive of the source spk: no verb and no clause word in them, and
    a role noun or an indefinite article opening them after a name (English), or an animate noun that
    agrees with the source in case and number (where morphology tells: "представителя министерства")."""
    lex = ctx.lex
    for x in range(a, b):
        w = ctx.word(x)
        if ctx.is_word(x) and (w in lex.stop_words or w in lex.auxiliaries or w in lex.relative_pronouns
                               or (w in lex.cue_forms and w not in lex.roles)):
            return False
    if not lex.morphology:
        return ctx.is_capitalized(spk[1] - 1) and (
            _appositive_start(ctx, a) or any(ctx.word(x) in lex.roles for x in range(a, b)))
    if any(is_finite_verb(ctx.texts[x]) for x in range(a, b)):
        return False
    head = next((p for x in range(*spk) for p in parses(ctx.texts[x])[:1] if p.tag.number), None)
    if head is None:
        return False
    cases = {p.tag.case for x in range(*spk) for p in parses(ctx.texts[x]) if p.tag.case}
    return any(p.tag.POS == "NOUN" and "anim" in p.tag and p.tag.case in cases and p.tag.number == head.tag.number
               for x in range(a, b) for p in parses(ctx.texts[x])[:2])


def _own_attitude(ctx: Context, f: Found) -> bool:
    """Whether a row is the quoted speaker's own attitude framing what they say, no report of its own
    (guidelines §3): a belief cue inside a quotation whose speaker is a first-person pronoun alone
    (“I hope that he is fine,” Trump said; «Я считаю, что он прав», — сказал министр)."""
    cue, spk = f.cue, f.speaker
    return cue is not None and spk is not None and cue.cue_type == "belief" and ctx.quote_of[cue.i] >= 0 \
        and spk[1] - spk[0] == 1 and ctx.word(spk[0]) in ctx.lex.first_person


def _over_direct(ctx: Context, f: Found, found: _ByCue) -> Found:
    """“A,” the judge said, according to the Post. “B.”: an adjunct cue after a quotation's own cue clause
    reports the whole quotation, its pieces after the adjunct too (the quotation's row nests in it)."""
    a, b = f.content[0]
    g = found.last_between(ctx.token_at(a), ctx.token_at(b))
    if g is None or not g.direct or not g.content or g.content[0][0] < a:
        return f
    rest = tuple(p for p in g.content if p[0] >= b)
    return replace(f, content=(f.content[0], *rest)) if rest and len(f.content) == 1 else f


def _with_agent(ctx: Context, spk: Range, end: int) -> Range:
    """“according to a tally by the Associated Press”, “according to a court document filed by X”: the
    mention runs on to the agent who made the count or the document (annotators mark either)."""
    lex = ctx.lex
    k = spk[1]
    if k + 1 < end and ctx.is_word(k) and ctx.word(k).endswith(lex.past_suffixes):
        n = agent_after(ctx, k, end)
        if n >= 0:
            k = n  # "filed by", "compiled by", "released Monday by"
    if k >= end or not ctx.is_word(k) or ctx.word(k) not in lex.agent_prepositions:
        return spk
    agent = right_np(ctx, k + 1, end, subject=False)
    return (spk[0], agent[1]) if agent is not None and agent[0] == k + 1 else spk


def _opens_clause(ctx: Context, region: Region, hit: CueHit) -> bool:
    """Whether an adjunct cue opens a subordinate clause ("said that, according to X, …", "напомнили, что
    по словам X, …"): its content is what follows, as at the start of a sentence."""
    k = hit.i - 1
    while k > region.start and ctx.texts[k] == ",":
        k -= 1
    return k >= region.start and ctx.is_word(k) and ctx.word(k) in ctx.lex.complementizer_words


def _adjunct_takes_subject(ctx: Context, hit: CueHit) -> bool:
    """Whether the speaker after an adjunct phrase is a subject (как сообщает ТАСС) rather than a
    dependent of the phrase's noun or preposition (по словам Кисина, according to him)."""
    return bool(ctx.lex.cue_forms.get(ctx.word(hit.j)))


def _impersonal_frame(ctx: Context, region: Region, hit: CueHit, cut: int) -> Found | None:
    """“It was reported that …” / “Сообщается, что …” / “…, говорится в заявлении.”: no speaker, or
    the document named after the cue."""
    doc = _document_after(ctx, hit, region.end)
    content = content_after(ctx, hit, region.end, cut) if doc is None else None
    if content is None and hit.i > region.start and ctx.texts[hit.i - 1] in ",—–―":
        content = trim(ctx, region.start, hit.i - 1)
    if content is None:
        return None
    k = hit.i - 1
    if k > region.start and ctx.word(k) in ctx.lex.as_prefixes:
        k -= 1  # "Завод, как сообщается, закроется"
    if doc is None and k > region.start and ctx.texts[k] == "," and content[0] > hit.j \
            and ctx.texts[hit.j + 1] == ",":
        # set off inside its clause, the cue splits the content: "Завод, по слухам, закроется …"
        a = _clause_start(ctx, region, k)
        lex = ctx.lex
        subordinate = [j + 1 for j in range(a, k) if ctx.word(j) in lex.subordinators]
        a = max([a, *subordinate, *(j + 1 for j in range(a, k) if ctx.word(j) in lex.complementizer_words),
                 *(j for j in range(a, k) if ctx.word(j) in lex.relative_pronouns)])
        first = trim(ctx, a, k)  # (after a complementizer, from a relative: "…, который, как ожидается, …")
        if subordinate and first is not None:
            # "Хотя тема, как ожидается, не всплывёт …, Китай стал …": up to the comma closing the clause
            comma = next((n for n in range(content[0], content[1]) if ctx.texts[n] == ","), -1)
            clause = trim(ctx, content[0], comma) if comma > content[0] else None
            content = clause if clause is not None else content
        if first is not None:
            return Found(hit, _all_chars(ctx, (first, content)), None, "impersonal", 0.6)
    return Found(hit, _all_chars(ctx, (content,)), doc, "impersonal", 0.6)


def _raising_frame(ctx: Context, region: Region, hit: CueHit, cut: int) -> Found | None:
    """“Obama is expected to join Clinton soon”: no speaker; the content is the raised subject and the
    infinitive clause (“Obama … to join Clinton soon”)."""
    subject = left_np(ctx, hit.i, region.start) or _set_off_raised(ctx, region, hit)
    end = object_end(ctx, hit.j + 1, clause_end(ctx, hit.j + 1, cut))
    if words_in(ctx, end, min(region.end, cut)) == 0:
        end = aside_start(ctx, hit.j + 1, end)  # "is expected to pass a bill …, the sweeping law that …"
    end = set_off_end(ctx, hit, hit.j + 1, end)  # "the move, which is expected to come on Dec. 16, presents …"
    rest = trim(ctx, hit.j + 1, end)
    lead = ctx.word(rest[0]) if rest is not None else ""
    if subject is None or rest is None or (lead in ctx.lex.end_after_cue and lead not in ctx.lex.infinitive_markers):
        return None  # "Trump appeared on Fox News": no impression
    if _fronted_subordinate(ctx, region, subject[0] - 1):
        rest = _relative_clause_content(ctx, rest)  # "While the topic is not expected to surface, China …"
    return Found(hit, _all_chars(ctx, (subject, rest)), None, "raising", 0.5)


def _set_off_raised(ctx: Context, region: Region, hit: CueHit, relative_that: bool = True) -> Range | None:
    """The subject of a raising or passive cue that no mention stands right before: a relative pronoun
    ("Romney, who is expected to deliver …"), the sentence's subject before a comma that closes its
    appositive or aside ("The central bank, which has held rates near zero, is expected to …"), or the
    subject of a verb that the cue is coordinated with ("He will speak there but is not expected to …").
    Without `relative_that`, a relative pronoun that is also a complementizer is none ("a deal that was
    rejected by …": the passive's subject is the deal, which the row could not give)."""
    lex = ctx.lex
    b = skip_between(ctx, hit.i, region.start)
    sep = b - 1
    if sep < region.start:
        return None
    if ctx.is_word(sep) and ctx.word(sep) in lex.relative_pronouns:
        return (sep, b) if relative_that or ctx.word(sep) not in lex.complementizer_words else None
    if ctx.texts[sep] == "," or _is_dash(ctx, sep):
        return _opening_subject(ctx, region, sep)
    if ctx.is_word(sep) and ctx.word(sep) in lex.coordinators and sep > region.start:
        return _subordinate_subject(ctx, region, sep) or _main_subject(ctx, region, sep)
    return None


def _passive_frame(ctx: Context, region: Region, hit: CueHit, cut: int) -> Found | None:
    """“Trump has been criticized by some of his rivals for failing to …”: the agent after the preposition
    is the speaker; the content is the subject, and the phrase after the agent that goes on with it."""
    lex = ctx.lex
    end = min(region.end, cut)
    subject = left_np(ctx, hit.i, region.start) or _set_off_raised(ctx, region, hit, relative_that=False)
    if subject is not None and ctx.word(hit.j + 1) in lex.agent_complements:
        # "Rubio is seen ⟦as the candidate …⟧", "Trump was criticized ⟦for failing …⟧": no agent, no speaker
        b = object_end(ctx, hit.j + 1, clause_end(ctx, hit.j + 1, end))
        if words_in(ctx, b, end) == 0:
            b = aside_start(ctx, hit.j + 1, b)
        rest = trim(ctx, hit.j + 1, set_off_end(ctx, hit, hit.j + 1, b))  # "X, which is seen as …, responded"
        return Found(hit, _all_chars(ctx, (subject, rest)), None, "passive", 0.5) if rest is not None else None
    agent = right_np(ctx, hit.j + 2, end, subject=False)
    if agent is None or subject is None or agent[0] != hit.j + 2:
        return None
    cut_at = next((k for k in range(agent[0] + 1, agent[1]) if ctx.word(k) in lex.agent_complements), agent[1])
    agent = trim(ctx, agent[0], cut_at) or agent  # "by some of his rivals ⟦for failing …⟧"
    if hit.lemma in lex.addressee_lemmas:
        # "He was asked by a caller why …": the subject is the addressee, the question the content
        if agent[1] >= end or not opens_question(ctx, agent[1]):
            return None
        start = agent[1]
        m = match_phrase(ctx, start, lex.complementizers)
        if m is not None:
            start = m[1] + 1
        question = trim(ctx, start, clause_end(ctx, start, end))
        return Found(hit, _all_chars(ctx, (question,)), agent, "passive", 0.6) if question else None
    pieces = [subject]
    if agent[1] < end and ctx.word(agent[1]) in lex.agent_complements:
        rest = trim(ctx, agent[1], object_end(ctx, agent[1], clause_end(ctx, agent[1], end)))
        if rest is not None:
            pieces.append(rest)
    return Found(hit, _all_chars(ctx, tuple(pieces)), agent, "passive", 0.6)


def _hearsay_frame(ctx: Context, region: Region, hit: CueHit, cut: int) -> Found | None:
    """“The group is reportedly spending $1.5 million”: no speaker; the content is the clause around the
    adverb (“The group is … spending $1.5 million”), or the clause after it when it opens the sentence."""
    if ctx.lex.cue_forms.get(ctx.word(hit.j + 1)) is not None:
        return None  # "Trump reportedly said …": the verb's own attribution
    k = hit.i - 1
    while k >= region.start and ctx.is_word(k):
        k -= 1  # the clause starts after the last punctuation before the adverb
    first = trim(ctx, k + 1, hit.i)
    rest = trim(ctx, hit.j + 1, clause_end(ctx, hit.j + 1, cut))
    if rest is None:
        return None
    pieces = (rest,) if first is None else (first, rest)
    return Found(hit, _all_chars(ctx, pieces), None, "hearsay", 0.5)


def _document_after(ctx: Context, hit: CueHit, end: int) -> Range | None:
    """“говорится в их заявлении”: the document after a preposition that follows an impersonal cue."""
    k = hit.j + 1
    if k < end and ctx.word(k) in ctx.lex.document_prepositions:
        return right_np(ctx, k + 1, end, subject=False)
    return None


# ---- records -------------------------------------------------------------------------------------

def _kind(ctx: Context, pieces: tuple[Span, ...], direct: bool) -> str:
    """direct / mixed / indirect by the double quotation marks in the content (apostrophes and single
    marks do not count): one quotation that is all the content is direct, any quotation is mixed."""
    if direct:
        return "direct"
    text = " ".join(p.text for p in pieces).strip()
    marks = [m.group() for m in ctx.double_marks.finditer(text)]
    if not marks:
        return "indirect"
    if len(marks) == 2 and ctx.double_marks.match(text) and ctx.double_marks.search(text[-2:]) \
            and text.endswith(marks[-1]):
        return "direct"
    return "mixed"


def _strip_marks(ctx: Context, span: Span, direct: bool) -> Span | None:
    """Direct content excludes its enclosing marks; others keep inner marks."""
    s, e = _stripped(ctx, span.start, span.end, direct)
    return fastrecords.span(ctx.text, s, e) if s < e else None


def _stripped(ctx: Context, s: int, e: int, direct: bool) -> Range:
    """[s, e) less its enclosing marks and spaces (and trailing ,;:) when `direct`; else unchanged."""
    text = ctx.text
    if direct:
        while s < e and (text[s] in ctx.marks or text[s].isspace()):
            s += 1
        while e > s and (text[e - 1] in ctx.marks or text[e - 1].isspace() or text[e - 1] in ",;:"):
            e -= 1
    return s, e


def _to_records(ctx: Context, found: list[Found]) -> list[Attribution]:
    # records made by fastrecords (compiled: no interpreted dataclass __init__), and only for the rows kept
    out: list[tuple[int, int, int, Attribution]] = []
    seen: set[tuple[int, int, int]] = set()
    text = ctx.text
    for f in found:
        spans = []
        for a, b in f.content:
            if a < b:
                if not 0 <= a < b <= len(text):
                    fastrecords.span(text, a, b)  # raises SpanError, as Document.span did before stripping
                s, e = _stripped(ctx, a, b, f.direct)
                if s < e:
                    spans.append(fastrecords.span(text, s, e))
        if not spans:
            continue
        pieces = tuple(spans)
        kind = _kind(ctx, pieces, f.direct)
        if kind == "mixed" and (f.cue is None or ctx.quote_of[f.cue.i] < 0) \
                and any(len(ctx.double_marks.findall(p.text)) % 2 for p in pieces):
            continue  # a lone quotation mark: the cue stands inside a quotation whose marks did not pair
            # (a cue that opens a paired quotation, Blinken “condemned …”, leaves its opening mark out)
        if kind == "direct" and not f.direct:
            pieces = tuple(p for p in (_strip_marks(ctx, x, True) for x in pieces) if p is not None)
            if not pieces:
                continue
        if kind == "indirect" and f.cue is not None and len(f.content) == 1 and _lone_fronted_adjunct(ctx, f):
            continue  # "Six months ago, the senator said, the media …": the main clause's adjunct, not content
        if kind == "indirect" and _only_adverbs(ctx, pieces):
            continue  # "He said, however, …", "as POLITICO has reported": an adverb or a connective says nothing
        if f.cue is not None and f.cue.lemma in ctx.lex.acquaintance and f.cue.kind == "verb" and not f.direct \
                and _person_object(ctx, f.cue.j + 1):
            continue  # "who has known the Clintons for decades": acquaintance, no belief
        key = (pieces[0].start, pieces[-1].end, f.cue.i if f.cue else -1)
        if key in seen:
            continue
        seen.add(key)
        speaker = ctx.span(*f.speaker) if f.speaker else None
        if speaker is not None and any(speaker.overlaps(p) for p in pieces):
            continue
        cue = _cue_record(ctx, f.cue) if f.cue else None
        out.append((key[0], key[1], len(out), fastrecords.attribution(
            kind, pieces, cue, speaker, f.cue.cue_type if f.cue else "speech", _medium(ctx, f, pieces),
            f.confidence, f.rule, None)))
    out.sort()  # by (start, end), then in the order found (the index ends every comparison)
    return [a for _, _, _, a in out]


ADVERB_CONTENT_CHARS: Final = 40  # characters of content that adverbs and connectives alone may fill


def _only_adverbs(ctx: Context, pieces: tuple[Span, ...]) -> bool:
    """Whether the words of the content pieces are all adverbs, connectives or coordinators ("however",
    "And", "recently", "later"): a cue's adjunct or the author's link, taken for content, reports nothing."""
    chars = 0
    for p in pieces:
        chars += p.end - p.start
    if chars > ADVERB_CONTENT_CHARS:
        return False  # (a few adverbs are short: most rows need no search)
    lex = ctx.lex
    n = len(ctx.starts)
    for p in pieces:
        k = ctx.token_at(p.start)
        while k < n and ctx.starts[k] < p.end:
            if ctx.is_word(k):
                w = ctx.word(k)
                if not (lex.is_adverb(w) or w in lex.connectives or w in lex.coordinators or w in lex.time_adverbs):
                    return False
            k += 1
    return True


TIMED_ADJUNCT_WORDS: Final = 4  # words of a fronted time adjunct ("Just a few weeks ago")


def _lone_fronted_adjunct(ctx: Context, f: Found) -> bool:
    """Whether content before the cue is a fronted adjunct alone ("Six months ago", "To reflect this new
    thrifty environment", "As caucusing got under way", "Addressing the topic on Monday": no comma in it,
    an adjunct's opener or a time word at its end) and the cue clause goes on after it, with an object
    ("…, we've asked Chipotle to cater") or a comma and a clause ("…, the senator said, the media …"): the
    sentence's own adjunct, not what the speaker said."""
    lex = ctx.lex
    hit = f.cue
    if hit is None or hit.kind == "adjunct":
        return False
    a, b = f.content[0]
    if b > ctx.starts[hit.i]:
        return False  # the content follows the cue (most rows: no search)
    k0, k1 = ctx.token_at(a), ctx.token_at(b)
    if k0 >= k1:
        return False
    words = [k for k in range(k0, k1) if ctx.is_word(k)]
    if not words or any(ctx.texts[k] == "," for k in range(k0, k1)):
        return False
    w, last = ctx.word(words[0]), ctx.word(words[-1])
    # "As caucusing got under way", "To reflect …", "Amid fury …", "Addressing the topic on Monday" (not
    # "Noting that …", whose clause is reported, nor "Rising prices could hurt …", a subject and its verb),
    # "Six months ago", "Every year"
    gerund = len(w) > 4 and w.endswith(lex.gerund_suffixes) \
        and not any(ctx.word(k) in lex.complementizer_words or ctx.word(k) in lex.auxiliaries for k in words)
    timed = len(words) <= TIMED_ADJUNCT_WORDS and (last in lex.time_adverbs or last in lex.time_words)
    if not (w in lex.as_prefixes or w in lex.non_content_starts or w in lex.adjunct_openers
            or w in lex.np_prepositions or w in lex.infinitive_markers or gerund or timed):
        return False
    end = hit.j + 1
    inverted = f.speaker is not None and f.speaker[0] > hit.j
    if inverted and f.speaker is not None:
        end = f.speaker[1]
    n = len(ctx.texts)
    while end < n and ctx.is_word(end) and ctx.word(end) in lex.time_words:
        end += 1
    if end >= n or ctx.newline_before(end):
        return False
    if ctx.is_word(end):
        # the cue's object or complement ("…, we've asked Chipotle to cater"), not a medium ("said in his
        # interview") nor an adjunct after an inverted speaker ("says political scientist X in Almaty")
        return not inverted and match_phrase(ctx, end, lex.media) is None
    nxt = end + 1
    return ctx.texts[end] == "," and ctx.is_word(nxt) and not ctx.newline_before(nxt) \
        and ctx.word(nxt) not in lex.relative_pronouns and not ctx.word(nxt).endswith(lex.gerund_suffixes) \
        and ctx.word(nxt) not in lex.cue_forms


def _person_object(ctx: Context, k: int) -> bool:
    """Whether token k opens a person object that ends its clause: an object pronoun or a capitalised name
    ("the Clintons", "Mr. Ryan"), then punctuation, a preposition or an adverb ("for decades", "since the
    1970s", "personally"), not a predicate ("as a rival") and no verb of a clause ("knew Trump was …")."""
    lex = ctx.lex
    n = len(ctx.texts)
    if ctx.word(k) in lex.object_pronouns:
        e = k + 1
    else:
        e = k + 1 if ctx.word(k) in lex.adjective_determiners else k
        first = e
        # a name's words and the stops of its titles and initials ("Mr. Ryan", "Donald J. Trump")
        while e < n and ((ctx.is_word(e) and ctx.is_capitalized(e) and not lex.is_subject_pronoun(ctx.word(e))) or (
                e > first and ctx.texts[e] == "." and (ctx.texts[e - 1] + "." in lex.titles
                                                       or len(ctx.texts[e - 1]) == 1))):
            e += 1
        if e == first:
            return False
    if e >= n:
        return True
    w = ctx.word(e)
    if not ctx.is_word(e):
        return ctx.texts[e] in ",.;)"
    return w not in lex.predicate_markers and (w in lex.np_prepositions or lex.is_adverb(w) or w in lex.time_words)


MEDIUM_WINDOW: Final = 8  # tokens after the cue (or its speaker) where a medium phrase may stand


def _medium(ctx: Context, f: Found, pieces: tuple[Span, ...]) -> Span | None:
    """“said in a statement”, “заявил в интервью”: a medium phrase of the lexicon near the cue clause,
    outside the content."""
    if f.cue is None:
        return None
    start = f.cue.j + 1
    if f.speaker is not None and f.speaker[0] > f.cue.j:
        start = f.speaker[1]
    for k in range(start, min(start + MEDIUM_WINDOW, len(ctx.starts))):
        if not ctx.is_word(k) and ctx.texts[k] in ".!?;":
            break
        m = match_phrase(ctx, k, ctx.lex.media)
        if m is not None:
            span = ctx.span(k, m[1] + 1)
            if not any(span.overlaps(p) for p in pieces):
                return span
    return None


def _cue_record(ctx: Context, hit: CueHit) -> Cue:
    ranges = [(ctx.starts[a], ctx.ends[b]) for a, b in hit.ranges]
    return fastrecords.cue(ctx.text, ranges, hit.lemma)
