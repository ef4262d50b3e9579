"""Model-free extractor: Document -> Attributions, from quote marks, cue lexicons and word order.

Frames, tried in order, each claiming the quotes it explains:
  quote_then_cue   “…,” X said. / “…,” said X. / «…», — заявил X.   (+ a continuation “…” after it)
  cue_then_quote   X said: “…” / X заявил: «…»
  dash_dialogue    — …, — заявил он. — …
A quotation that no frame explains (a title, a scare quote, a quoted headline) yields nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from builder.extract.marks import Quoted, find_quotes
from builder.lexicon import CueForm, Lexicon, load_lexicon
from builder.records import Attribution, Cue, Document, Span
from builder.segment import TextIndex, Token

SENTENCE_END = frozenset(".!?…")
CLAUSE_PUNCT = frozenset(".!?…;:")
TAG_PUNCT = frozenset(",!?…")
MAX_SPEAKER_TOKENS = 10
MAX_GAP_TOKENS = 12


@dataclass(frozen=True, slots=True)
class CueHit:
    """A cue word found at token index `i` (and `j` for the particle of a two-word verb)."""

    i: int
    form: CueForm
    j: int


class RulesExtractor:
    """The default backend: lexicon-driven rules, no model."""

    name = "rules"

    def __init__(self, language: str) -> None:
        self.language = language
        self.lex: Lexicon = load_lexicon(language)
        self.dashes = frozenset(self.lex.dashes)
        self.marks = frozenset(c for p in self.lex.mark_pairs + self.lex.inner_pairs for c in p)

    def extract(self, document: Document, language: str | None = None) -> list[Attribution]:
        index = TextIndex(document.text, language or self.language)
        quotes = [q for q in find_quotes(index, self.lex) if q.depth == 0]
        claimed: set[int] = set()
        found: list[Attribution] = []
        for frame in (self._quote_then_cue, self._cue_then_quote):
            for qi, _q in enumerate(quotes):
                if qi in claimed:
                    continue
                got = frame(document, index, quotes, qi)
                if got is not None:
                    attribution, used = got
                    claimed.update(used)
                    found.append(attribution)
        found.extend(self._dash_dialogue(document, index, found))
        found.sort(key=lambda a: (a.start, a.end))
        return found

    # ---- cue and speaker helpers -------------------------------------------------------------

    def cue_at(self, index: TextIndex, i: int) -> CueHit | None:
        """The cue starting at token i, if the token is a cue form (two-word verbs need the particle)."""
        toks = index.tokens
        if i >= len(toks) or not toks[i].is_word:
            return None
        key = self.lex.fold(toks[i].text)
        if i + 1 < len(toks):
            two = self.lex.cue_forms.get(f"{key} {self.lex.fold(toks[i + 1].text)}")
            if two is not None:
                return CueHit(i, two, i + 1)
        form = self.lex.cue_forms.get(key)
        if form is None or form.particle or not self._verb_context(index, i, form):
            return None
        return CueHit(i, form, i)

    def _verb_context(self, index: TextIndex, i: int, form: CueForm) -> bool:
        """Whether the cue form at token i reads as a verb here, not a noun or a name (the State Department)."""
        toks = index.tokens
        word = toks[i].text
        prev = toks[i - 1] if i > 0 else None
        sentence_initial = prev is None or (not prev.is_word and (prev.text in SENTENCE_END or prev.text in self.marks
                                                                 or prev.text in self.dashes)) \
            or index.text.count("\n", prev.end, toks[i].start) > 0
        if word[0].isupper() and not sentence_initial:
            return False
        if prev is None or not prev.is_word:
            return form.form != "base"
        before = self.lex.fold(prev.text)
        if before in self.lex.determiners:
            return False
        if form.form == "base":
            if before in self.lex.infinitive_markers:
                return False
            plural = self.lex.pronouns.get(before, ("", ""))[1] == "pl" or before in ("i", "you")
            return plural or before in self.lex.between or (before.endswith("s") and not before.endswith("'s"))
        return True

    def make_cue(self, doc: Document, index: TextIndex, hit: CueHit) -> Cue:
        toks = index.tokens
        return doc.cue([(toks[hit.i].start, toks[hit.j].end)], hit.form.lemma)

    def _is_name_dot(self, toks: list[Token], k: int) -> bool:
        """A '.' that belongs to a speaker mention: after an initial (J.) or a title (Sen.)."""
        if k == 0 or toks[k].text != ".":
            return False
        prev = toks[k - 1].text
        return (len(prev) == 1 and prev.isupper()) or f"{prev}." in self.lex.titles

    def speaker_before(self, index: TextIndex, cue_i: int, floor: int) -> tuple[int, int] | None:
        """Token range [a, b) of the speaker mention that ends just before token cue_i (not before `floor`)."""
        toks = index.tokens
        b = cue_i
        while b - 1 >= 0 and toks[b - 1].start >= floor and self.lex.fold(toks[b - 1].text) in self.lex.between:
            b -= 1
        a = b
        while a - 1 >= 0 and toks[a - 1].start >= floor and b - a < MAX_SPEAKER_TOKENS:
            t = toks[a - 1]
            if t.is_word:
                if self.lex.fold(t.text) in self.lex.stop_words or self.cue_at(index, a - 1):
                    break
            elif t.text not in "-'’" and not self._is_name_dot(toks, a - 1):
                break
            a -= 1
        while a < b and not toks[a].is_word:
            a += 1
        return (a, b) if a < b else None

    def speaker_after(self, index: TextIndex, after_i: int, ceiling: int) -> tuple[int, int] | None:
        """Token range [a, b) of the speaker mention that starts at token after_i (ends before `ceiling`)."""
        toks = index.tokens
        a = after_i
        b = a
        while b < len(toks) and toks[b].end <= ceiling and b - a < MAX_SPEAKER_TOKENS:
            t = toks[b]
            if t.is_word:
                key = self.lex.fold(t.text)
                if (key in self.lex.end_after_cue or key in self.lex.stop_words) and b > a:
                    break
            elif t.text not in "-'’" and not self._is_name_dot(toks, b):
                break
            b += 1
        while b > a and not toks[b - 1].is_word:
            b -= 1
        return (a, b) if a < b else None

    def tokens_span(self, doc: Document, index: TextIndex, a: int, b: int) -> Span:
        return doc.span(index.tokens[a].start, index.tokens[b - 1].end)

    # ---- content helpers ---------------------------------------------------------------------

    def direct_pieces(self, doc: Document, q: Quoted) -> tuple[Span, ...]:
        """Content pieces of a quotation: inside the marks, without a comma before the closing mark."""
        out = []
        for s, e in q.pieces:
            while e > s and (doc.text[e - 1] in ",;:" or doc.text[e - 1].isspace()):
                e -= 1
            if e > s:
                out.append(doc.span(s, e))
        return tuple(out)

    def kind_of(self, pieces: tuple[Span, ...], enclosed: bool) -> str:
        if enclosed:
            return "direct"
        return "mixed" if any(c in self.marks for p in pieces for c in p.text) else "indirect"

    # ---- frames ------------------------------------------------------------------------------

    def _quote_then_cue(self, doc: Document, index: TextIndex, quotes: list[Quoted],
                        qi: int) -> tuple[Attribution, set[int]] | None:
        """“…,” X said / “…,” said X / «…», — заявил X: the cue clause right after the closing mark."""
        q = quotes[qi]
        toks = index.tokens
        p_end = index.paragraphs[index.paragraph_of(q.close)][1]
        i = index.token_at(q.outer_end)
        # a reporting clause after a quote is set off: “…,” / “…?” / «…», — / «…» —
        tagged = doc.text[q.close - 1] in TAG_PUNCT
        while i < len(toks) and toks[i].end <= p_end and toks[i].text in TAG_PUNCT:
            tagged = True
            i += 1
        if i < len(toks) and toks[i].text in self.dashes:
            tagged = True
            i += 1
        if not tagged:
            return None
        first = i
        hit: CueHit | None = None
        while i < len(toks) and toks[i].end <= p_end and i - first <= MAX_GAP_TOKENS:
            t = toks[i]
            if t.text in self.marks or (not t.is_word and t.text in CLAUSE_PUNCT and not self._is_name_dot(toks, i)):
                break
            hit = self.cue_at(index, i)
            if hit:
                break
            i += 1
        if hit is None:
            return None
        if hit.i == first:
            rng = self.speaker_after(index, hit.j + 1, p_end)
        else:
            rng = self.speaker_before(index, hit.i, toks[first].start)
            if rng is None or rng[0] != first:
                return None
        if rng is None:
            return None
        speaker = self.tokens_span(doc, index, *rng)
        pieces = self.direct_pieces(doc, q)
        used = {qi}
        clause_end = max(rng[1], hit.j + 1)
        nxt = self._continuation(index, quotes, qi, clause_end)
        if nxt is not None:
            pieces += self.direct_pieces(doc, quotes[nxt])
            used.add(nxt)
        if not pieces:
            return None
        att = Attribution(kind="direct", content=pieces, cue=self.make_cue(doc, index, hit), speaker=speaker,
                          cue_type=hit.form.cue_type, confidence=0.9, rule="quote_then_cue")
        return att, used

    def _continuation(self, index: TextIndex, quotes: list[Quoted], qi: int, clause_end: int) -> int | None:
        """The quote that continues qi right after its cue clause ends with '.' or ',' in the same paragraph."""
        if qi + 1 >= len(quotes):
            return None
        toks = index.tokens
        j = clause_end
        while j < len(toks) and not toks[j].is_word and toks[j].text in ".,:" and toks[j].text not in self.marks:
            j += 1
        nxt = quotes[qi + 1]
        if j < len(toks) and toks[j].start == nxt.open and j > clause_end \
                and index.paragraph_of(nxt.open) == index.paragraph_of(quotes[qi].close):
            return qi + 1
        return None

    def _cue_then_quote(self, doc: Document, index: TextIndex, quotes: list[Quoted],
                        qi: int) -> tuple[Attribution, set[int]] | None:
        """X said: “…” / X заявил: «…» / said X, “…”: a cue clause ending right before the opening mark."""
        q = quotes[qi]
        toks = index.tokens
        p_start = index.paragraphs[index.paragraph_of(q.open)][0]
        k = index.token_at(q.open) - 1
        if k < 0 or toks[k].text not in ":,":
            return None
        k -= 1
        # the clause before the colon: "<speaker> <cue>" or "<cue> <speaker>"
        hit = self.cue_at(index, k)
        if hit is not None and hit.j == k:
            rng = self.speaker_before(index, hit.i, p_start)
        else:
            hit, rng = None, None
            for c in range(k, max(k - MAX_SPEAKER_TOKENS, -1), -1):
                if toks[c].start < p_start or (not toks[c].is_word and toks[c].text in CLAUSE_PUNCT):
                    break
                h = self.cue_at(index, c)
                if h is not None:
                    # "X said to reporters: …" (subject first) or "said X: …" (subject after the cue)
                    rng = self.speaker_before(index, h.i, p_start)
                    if rng is None:
                        after = self.speaker_after(index, h.j + 1, toks[k].end + 1)
                        rng = after if after is not None and after[1] == k + 1 else None
                    hit = h if rng is not None else None
                    break
        if hit is None or rng is None:
            return None
        pieces = self.direct_pieces(doc, q)
        if not pieces:
            return None
        att = Attribution(kind="direct", content=pieces, cue=self.make_cue(doc, index, hit),
                          speaker=self.tokens_span(doc, index, *rng), cue_type=hit.form.cue_type,
                          confidence=0.85, rule="cue_then_quote")
        return att, {qi}

    def _dash_dialogue(self, doc: Document, index: TextIndex,
                       found: list[Attribution]) -> Iterator[Attribution]:
        """— Content, — заявил он. — More content: a paragraph of dialogue opened by a dash."""
        text = doc.text
        taken = [a.outer for a in found]
        for p_start, p_end in index.paragraphs:
            if text[p_start] not in self.dashes:
                continue
            segments = self._dash_segments(text, p_start, p_end)
            if len(segments) < 2:
                continue
            author_s, author_e = segments[1]
            i = index.token_at(author_s)
            hit = self.cue_at(index, i)
            if hit is None:
                continue
            rng = self.speaker_after(index, hit.j + 1, author_e)
            if rng is None:
                continue
            pieces = [segments[0], *segments[2:3]]
            spans = []
            for s, e in pieces:
                while e > s and (text[e - 1] in ",;:" or text[e - 1].isspace()):
                    e -= 1
                if e > s:
                    spans.append(doc.span(s, e))
            if not spans or any(t.start <= spans[0].start < t.end for t in taken):
                continue
            yield Attribution(kind="direct", content=tuple(spans), cue=self.make_cue(doc, index, hit),
                              speaker=self.tokens_span(doc, index, *rng), cue_type=hit.form.cue_type,
                              confidence=0.85, rule="dash_dialogue")

    def _dash_segments(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """Split a dialogue paragraph at ' — ' after punctuation: content, author, content, …"""
        out: list[tuple[int, int]] = []
        pos = start + 1
        i = pos
        while i < end:
            c = text[i]
            if c in self.dashes and text[i - 1].isspace() and i + 1 < end and text[i + 1].isspace():
                j = i - 1
                while j > pos and text[j].isspace():
                    j -= 1
                if text[j] in ",.!?…":
                    out.append(_strip(text, pos, i))
                    pos = i + 1
            i += 1
        out.append(_strip(text, pos, end))
        return [s for s in out if s[0] < s[1]]


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e
