"""Parsed sentences + lexicon + quotations -> Attributions: cue, speaker and content read off the tree.

  verb cues      a word whose lemma (or form) is a cue of the lexicon, used as a verb; the speaker is
                 its subject subtree (or the agent of a passive, or the subject it inherits through
                 conj/xcomp/advcl, or the noun a participle modifies; a relative pronoun is the mention
                 itself); the content is its ccomp/parataxis subtree, a quoted object, the clause it
                 hangs off ("as he said"), or its object (nominal content, by the lexicon's cue classes).
  adjunct cues   "according to X", "по словам X", "согласно X": a case marker (with its fixed words and
                 possibly its noun) that is an adjunct phrase of the lexicon; the speaker is the noun
                 (or its dependent), the content the clause the phrase attaches to.
  quotations     content that is one quotation (marks from builder.extract.marks, which may span
                 sentences) becomes the quotation's own pieces: a direct quote; "“A,” he said. “B.”"
                 takes B as a second piece.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from builder.extract.marks import Quoted
from builder.extract.stanza.config import ParseRules
from builder.extract.stanza.parse import ParsedSentence, Word
from builder.lexicon import Lexicon
from builder.records import Attribution, Cue, Document, Span
from builder.segment import TextIndex

MAX_CLIMB = 4
CONTENT_EDGE = ",;:"


@dataclass(frozen=True, slots=True)
class CueWord:
    """A cue found in the tree: its words (verb + particle, or an adjunct phrase), lemma and type."""

    words: tuple[Word, ...]
    lemma: str
    cue_type: str


class TreeReader:
    """Reads the attributions of one document off its parsed sentences."""

    def __init__(self, doc: Document, lex: Lexicon, rules: ParseRules, quotes: Sequence[Quoted],
                 index: TextIndex) -> None:
        self.doc = doc
        self.text = doc.text
        self.lex = lex
        self.rules = rules
        self.quotes = list(quotes)
        self.index = index
        # quotation marks as the tokens they are (“ or ``); only double ones make a content mixed (’ and '
        # are apostrophes too)
        self.marks = frozenset(m for p in lex.mark_pairs + lex.inner_pairs for m in p)
        self.double_marks = frozenset(m for p in lex.mark_pairs for m in p)
        self.dashes = frozenset(lex.dashes)
        self.lemmas = {lex.fold(k): (k, t) for k, t in lex.lemma_types.items()}
        self.adjuncts = {lex.fold(p): p for p in lex.before_speaker}
        self.impersonal = frozenset(lex.fold(p) for p in lex.impersonal)
        self.comparative = frozenset(lex.fold(m) for m in rules.comparative_marks)
        self.correlatives = frozenset(lex.fold(m) for m in rules.correlatives)

    # ---- the whole document ------------------------------------------------------------------

    def read(self, sentences: Iterable[ParsedSentence]) -> list[Attribution]:
        """Every attribution of the sentences, continuation pieces attached, sorted by position."""
        found: list[Attribution] = []
        seen: set[tuple[tuple[int, int], ...]] = set()
        for sent in sentences:
            for att in self.read_sentence(sent):
                key = tuple((p.start, p.end) for p in att.content)
                if key not in seen:
                    seen.add(key)
                    found.append(att)
        found = self._attach_continuations(found)
        found.sort(key=lambda a: (a.start, a.end, a.cue.start if a.cue else -1))
        return found

    def read_sentence(self, sent: ParsedSentence) -> Iterator[Attribution]:
        for w in sent:
            cue = self.verb_cue(sent, w)
            if cue is not None:
                att = self._verb_attribution(sent, w, cue)
                if att is not None:
                    yield att
            for c in sent.children_of(w):
                if self.rules.has("case", c.deprel):
                    att = self._adjunct_attribution(sent, w, c)
                    if att is not None:
                        yield att

    # ---- cues --------------------------------------------------------------------------------

    def verb_cue(self, sent: ParsedSentence, w: Word) -> CueWord | None:
        """The cue of word w when it is a cue verb of the lexicon (by lemma, else by form)."""
        if self.rules.tag("punct", w.upos) or (self.rules.tag("nominal", w.upos) and w.upos != "X"):
            return None
        fold = self.lex.fold
        for c in sent.children_of(w):
            if self.rules.has("particle", c.deprel):
                two = self.lemmas.get(f"{fold(w.lemma)} {fold(c.text)}")
                if two is not None:
                    return CueWord((w, c), two[0], two[1])
                for rest, multi in self.lex.multiword.get(fold(w.text), ()):
                    if rest == (fold(c.text),):
                        return CueWord((w, c), multi.lemma, multi.cue_type)
        if fold(w.text) in self.impersonal:  # "сообщается, что …": a cue with no speaker by its form
            return CueWord((w,), fold(w.text), "speech")
        one = self.lemmas.get(fold(w.lemma))
        if one is not None and " " not in one[0]:
            return CueWord((w,), one[0], one[1])
        form = self.lex.cue_forms.get(fold(w.text))
        if form is not None and not form.particle:
            return CueWord((w,), form.lemma, form.cue_type)
        return None

    def _with_cue_parts(self, sent: ParsedSentence, w: Word, cue: CueWord, speaker: Span | None) -> CueWord:
        """The cue with its auxiliaries and negation ("has learned", "did not say", "не сказал") and a
        comparative mark ("As reported", "как сообщает"); adverbs, medium and addressees stay out, and so
        does a part across the speaker ("[Did] Price say", "[as] Price said"): cue and speaker never overlap."""
        def clear(c: Word) -> bool:
            lo, hi = min(c.start, w.start), max(c.end, w.end)
            return speaker is None or not (lo < speaker.end and speaker.start < hi)

        parts = [c for c in sent.children_of(w) if clear(c) and (
                 self.rules.has("cue_part", c.deprel) or "Polarity=Neg" in c.feats
                 or (self.rules.has("mark", c.deprel) and self.lex.fold(c.text) in self.comparative))]
        if not parts:
            return cue
        return CueWord(tuple(sorted({*cue.words, *parts}, key=lambda x: x.id)), cue.lemma, cue.cue_type)

    def make_cue(self, cue: CueWord) -> Cue:
        return self.doc.cue([(w.start, w.end) for w in cue.words], cue.lemma)

    # ---- verb cues ---------------------------------------------------------------------------

    def _verb_attribution(self, sent: ParsedSentence, w: Word, cue: CueWord) -> Attribution | None:
        roots, from_head, leave_out = self._content_of(sent, w, cue.lemma)
        if not roots:
            return None
        if not self.rules.tag("verb", w.upos) and not self._has_subject(sent, w):
            return None
        # a cue clause that points back at its content ("as reported") has no subject to inherit from it
        speaker, speaker_word, how = self._speaker_of(sent, w, inherit=not from_head)
        impersonal = how == "impersonal" or self.lex.fold(w.text) in self.impersonal or (from_head and how == "none")
        if speaker is None and not impersonal:
            return None
        if speaker is not None and self.lex.fold(speaker.text) in self.lex.non_speakers:
            return None  # "you'll find", "can you tell me": the addressee is no source
        pieces, direct = self._content_pieces(sent, roots, exclude=(w.id,) if from_head else leave_out)
        if not pieces:
            return None
        cue = self._with_cue_parts(sent, w, cue, speaker)
        confidence = {"subject": 0.8, "agent": 0.8, "relative": 0.7, "inherited": 0.7}.get(how, 0.6)
        return Attribution(kind=self._kind(pieces, direct), content=pieces, cue=self.make_cue(cue), speaker=speaker,
                           cue_type=cue.cue_type, confidence=confidence, rule=f"depparse_verb_{how}",
                           speaker_type=self._ner_type(sent, speaker_word, speaker))

    def _has_subject(self, sent: ParsedSentence, w: Word) -> bool:
        return any(self.rules.has("subject", c.deprel) for c in sent.children_of(w))

    def _content_of(self, sent: ParsedSentence, w: Word,
                    lemma: str) -> tuple[tuple[Word, ...], bool, tuple[int, ...]]:
        """The roots of the content of cue w, whether it is the cue's head (content around the cue), and ids
        of words to leave out (the preposition of a nominal content)."""
        children = sent.children_of(w)
        for c in children:
            if self.rules.has("content", c.deprel):
                return (c,), False, ()
        for c in children:
            if self.rules.has("quoted_content", c.deprel) and self._is_quoted(sent, c):
                return (c,), False, ()
        for c in children:  # "сообщил о том, что …": the clause of the correlative pronoun
            if self.lex.fold(c.lemma) in self.correlatives:
                for cc in sent.children_of(c):
                    if self.rules.has("content", cc.deprel) or self.rules.has("relative", cc.deprel) \
                            or self.rules.has("inherit_subject", cc.deprel):
                        return (cc,), False, ()
        head = sent.head_of(w)
        bare = all(self.rules.has("reporting_clause", c.deprel) for c in children)
        if head is not None and bare and self.rules.has("content_from_head", w.deprel):
            marked = any(self.rules.has("mark", c.deprel) and self.lex.fold(c.text) in self.comparative
                         for c in children)
            if w.rel() == "parataxis" or marked:
                return (head,), True, ()
        return self._nominal_content(sent, w, lemma)

    def _nominal_content(self, sent: ParsedSentence, w: Word,
                         lemma: str) -> tuple[tuple[Word, ...], bool, tuple[int, ...]]:
        """Nominal content (annotation guidelines 4.5): the object of a cue verb, with its "as Y" predicate
        ("reaffirmed [the alliance as the linchpin]"); for a cue whose object is the addressee, the
        prepositional phrase ("thanked Chung for [his commitment]"). Not for clausal-only cues ("added a
        title"), document-only cues ("found a way"), pronoun objects ("said it") or relative pronouns."""
        if lemma in self.lex.clausal_only or lemma in self.lex.document_only:
            return (), False, ()
        children = sent.children_of(w)
        fold = self.lex.fold
        if lemma in self.lex.addressee_lemmas:
            for c in children:
                case = self._case_of(sent, c)
                if self.rules.has("addressee_content", c.deprel) and case \
                        and " ".join(fold(x.text) for x in case) in self.lex.np_prepositions:
                    return (c,), False, tuple(x.id for x in case)
            return (), False, ()
        obj = next((c for c in children if self.rules.has("nominal_content", c.deprel)
                    and not self.rules.tag("pronoun", c.upos)), None)
        if obj is None:
            return (), False, ()
        predicate = [c for c in children if self.rules.has("addressee_content", c.deprel)
                     and any(fold(x.text) in self.lex.as_prefixes for x in self._case_of(sent, c))]
        return (obj, *predicate), False, ()

    def _is_quoted(self, sent: ParsedSentence, w: Word) -> bool:
        """Whether the subtree of w is exactly one quotation (its words are all the quotation's words here)."""
        return self._snap_to_quote(sent, sent.subtree(w)) is not None

    def _speaker_of(self, sent: ParsedSentence, w: Word, depth: int = 0,
                    inherit: bool = True) -> tuple[Span | None, Word | None, str]:
        """The speaker mention of cue w, the word that heads it, and how it was found."""
        children = sent.children_of(w)
        for c in children:
            if c.deprel in self.rules.relations["not_speaker"] or c.rel() == "expl":
                agent = next((a for a in children if self.rules.has("agent", a.deprel)), None)
                if agent is not None:
                    return self._mention(sent, agent, drop_case=True), agent, "agent"
                return None, None, "impersonal"
        for c in children:
            if self.rules.has("subject", c.deprel):  # a relative pronoun is the mention too ("who said")
                return self._mention(sent, c), c, "subject"
        for c in children:
            if self.rules.has("agent", c.deprel):
                return self._mention(sent, c, drop_case=True), c, "agent"
        head = sent.head_of(w)
        if head is None or depth >= MAX_CLIMB:
            return None, None, "none"
        if self.rules.has("relative", w.deprel) and self.rules.tag("nominal", head.upos):
            return self._mention(sent, head, cut=(w.id,)), head, "relative"
        if inherit and self.rules.has("inherit_subject", w.deprel):
            span, word, _ = self._speaker_of(sent, head, depth + 1)
            if span is not None:
                return span, word, "inherited"
        return None, None, "none"

    def _mention(self, sent: ParsedSentence, w: Word, *, drop_case: bool = False,
                 cut: tuple[int, ...] = ()) -> Span | None:
        """The speaker mention headed by w: its subtree without clauses, set-off appositions and edge punctuation.

        "Masoud Shojai, head of the association," -> Masoud Shojai; "Шейх Салих аль-Фаузан" (appos with
        no comma) stays whole; "Депутат ЛДПР, которого не пустили …" -> Депутат ЛДПР.
        """
        drop = set(cut)
        for x in sent.subtree(w):
            for c in sent.children_of(x):
                case = drop_case and x is w and self.rules.has("case", c.deprel)
                if case or (self.rules.has("speaker_cut", c.deprel) and not self._close_appos(sent, x, c)):
                    drop.add(c.id)
        words = self._trim_punct(sent.subtree(w, frozenset(drop)))
        if not words:
            return None
        return self.doc.span(words[0].start, words[-1].end)

    def _close_appos(self, sent: ParsedSentence, head: Word, c: Word) -> bool:
        """An apposition with no punctuation between it and its head: a name after a title or a role."""
        if c.rel() != "appos" or c.id < head.id:
            return False
        return not any(self.rules.tag("punct", x.upos) for x in sent if head.id < x.id < c.id)

    # ---- adjunct cues ------------------------------------------------------------------------

    def _adjunct_attribution(self, sent: ParsedSentence, host: Word, case: Word) -> Attribution | None:
        """"according to X" / "согласно X" (the case words are the cue) and "по словам X" (case + noun)."""
        fold = self.lex.fold
        case_words = self._with_fixed(sent, case)
        phrase = " ".join(fold(x.text) for x in case_words)
        if phrase in self.adjuncts:
            cue_words = case_words
            speaker_word: Word | None = host
            speaker = self._mention(sent, host, drop_case=True)
        else:
            speaker_word = next((c for c in sent.children_of(host)
                                 if self.rules.has("adjunct_speaker", c.deprel)), None)
            with_noun = f"{phrase} {fold(host.text)}"
            tail = self._case_of(sent, speaker_word) if speaker_word is not None else ()
            with_tail = " ".join([with_noun, *(fold(x.text) for x in tail)])
            if with_tail in self.adjuncts and tail:
                cue_words = (*case_words, host, *tail)
            elif with_noun in self.adjuncts:
                cue_words = (*case_words, host)
            else:
                return None
            if speaker_word is None:
                return None
            speaker = self._mention(sent, speaker_word, drop_case=True)
        lemma = self.adjuncts[" ".join(fold(x.text) for x in cue_words)]
        clause = sent.head_of(host)
        if clause is None or speaker is None:
            return None
        pieces, direct = self._content_pieces(sent, (clause,), exclude=(host.id,))
        if not pieces:
            return None
        cue = self.doc.cue([(x.start, x.end) for x in sorted(cue_words, key=lambda x: x.id)], lemma)
        return Attribution(kind=self._kind(pieces, direct), content=pieces, cue=cue, speaker=speaker,
                           cue_type=self.lex.phrase_types.get(fold(lemma), "speech"), confidence=0.75,
                           rule="depparse_adjunct",
                           speaker_type=self._ner_type(sent, speaker_word, speaker))

    def _with_fixed(self, sent: ParsedSentence, case: Word) -> tuple[Word, ...]:
        fixed = [c for c in sent.children_of(case) if self.rules.has("fixed", c.deprel)]
        return tuple(sorted([case, *fixed], key=lambda x: x.id))

    def _case_of(self, sent: ParsedSentence, w: Word) -> tuple[Word, ...]:
        for c in sent.children_of(w):
            if self.rules.has("case", c.deprel):
                return self._with_fixed(sent, c)
        return ()

    # ---- content -----------------------------------------------------------------------------

    def _content_pieces(self, sent: ParsedSentence, roots: tuple[Word, ...],
                        exclude: Iterable[int] = ()) -> tuple[tuple[Span, ...], bool]:
        """Content spans of the clause rooted at `root` (without the subtrees in `exclude`), and whether direct.

        A clause that is one quotation gives the quotation's own pieces (direct); a dash-dialogue line
        ("— Текст, — заявил он") is direct too; otherwise the clause's words with edge punctuation
        trimmed, one piece on each side of an excluded cue clause ("The talks, as Price said, failed").
        """
        cut = frozenset(exclude)
        words = sorted({x for root in roots for x in sent.subtree(root, cut) if x.id not in cut}, key=lambda x: x.id)
        if not words:
            return (), False
        root = roots[0]
        quoted = self._snap_to_quote(sent, words)
        if quoted is not None:
            return quoted, True
        around = cut & {x.id for x in sent.subtree(root)} - {x.id for x in words}
        groups = self._around(sent, words, frozenset(around)) if around else [words]
        # "said [that] …", "заявил, [что] …": the conjunction opening the clause is not content
        opening = {c.id for c in sent.children_of(root) if self.rules.has("mark", c.deprel)}
        groups = [self._drop_leading(g, opening) for g in groups]
        spans = []
        for group in groups:
            trimmed = self._trim_punct(group, keep_balanced_marks=True)
            if trimmed:
                spans.append(self.doc.span(trimmed[0].start, trimmed[-1].end))
        pieces = tuple(spans)
        return pieces, bool(pieces) and self._dash_line(pieces)

    def _drop_leading(self, words: list[Word], ids: set[int]) -> list[Word]:
        i = 0
        while i < len(words) and (words[i].id in ids or self.rules.tag("punct", words[i].upos)):
            i += 1
        return words[i:] if any(x.id in ids for x in words[:i]) else words

    def _around(self, sent: ParsedSentence, words: list[Word], cut: frozenset[int]) -> list[list[Word]]:
        """The clause words before and after the excluded cue clause."""
        removed: set[int] = set()
        for i in cut:
            if i in sent.by_id:
                removed.update(x.id for x in sent.subtree(sent.by_id[i]))
        lo, hi = (min(removed), max(removed)) if removed else (0, 0)
        return [[x for x in words if x.id < lo], [x for x in words if x.id > hi]]

    def _dash_line(self, pieces: tuple[Span, ...]) -> bool:
        """A dialogue line: the content opens its paragraph after a dash and a dash follows it ("— …, — said")."""
        first, last = pieces[0], pieces[-1]
        p_start = self.index.paragraphs[self.index.paragraph_of(first.start)][0]
        before = self.text[p_start:first.start].strip()
        after = self.text[last.end:last.end + 4].lstrip(",!?… ")
        return len(before) == 1 and before in self.dashes and after[:1] in self.dashes

    def _snap_to_quote(self, sent: ParsedSentence, words: list[Word]) -> tuple[Span, ...] | None:
        """The quotation the content words make up, as trimmed pieces, if they are exactly one quotation."""
        own = {x.id for x in words}
        content_words = [x for x in words if not self.rules.tag("punct", x.upos)]
        if not content_words:
            return None
        for q in self.quotes:
            inside = [x for x in sent if q.open < x.start and x.end <= q.close and not self.rules.tag("punct", x.upos)]
            if not inside:
                continue
            if all(q.open < x.start and x.end <= q.close for x in content_words) \
                    and all(x.id in own for x in inside):
                return self._inside_pieces(q)
        return None

    def _inside_pieces(self, q: Quoted) -> tuple[Span, ...] | None:
        """The quotation's pieces without closing punctuation and spaces; None when nothing is left."""
        pieces = []
        for s, e in q.pieces:
            while e > s and (self.text[e - 1] in CONTENT_EDGE or self.text[e - 1].isspace()):
                e -= 1
            if e > s:
                pieces.append(self.doc.span(s, e))
        return tuple(pieces) or None

    def _trim_punct(self, words: list[Word], keep_balanced_marks: bool = False) -> list[Word]:
        """Words without punctuation at the edges; a quote mark stays when its partner is inside."""
        def keep(x: Word, rest: list[Word]) -> bool:
            if not self.rules.tag("punct", x.upos):
                return True
            if keep_balanced_marks and x.text in self.marks:
                return sum(1 for y in rest if y is not x and y.text in self.marks) % 2 == 1
            return False
        out = list(words)
        while out and not keep(out[0], out):
            out.pop(0)
        while out and not keep(out[-1], out):
            out.pop()
        return out

    def _kind(self, pieces: tuple[Span, ...], direct: bool) -> str:
        """direct: the content is a quotation; mixed: it holds quotation marks; else indirect."""
        if direct:
            return "direct"
        return "mixed" if any(m in p.text for p in pieces for m in self.double_marks) else "indirect"

    # ---- speaker type from NER ---------------------------------------------------------------

    def _ner_type(self, sent: ParsedSentence, head: Word | None, speaker: Span | None) -> str | None:
        """speaker_type from the NER tag of the speaker's head word (else any tagged word of the mention)."""
        if speaker is None:
            return None
        tagged = [x for x in sent if speaker.start <= x.start and x.end <= speaker.end and x.ner not in ("O", "")]
        if head is not None and head.ner not in ("O", ""):
            tagged.insert(0, head)
        for x in tagged:
            label = x.ner.split("-", 1)[-1]
            if label in self.rules.ner:
                return self.rules.ner[label]
        return None

    # ---- continuation ------------------------------------------------------------------------

    def _attach_continuations(self, found: list[Attribution]) -> list[Attribution]:
        """“A,” he said. “B.”: the quotation right after a direct quote's cue clause is its next piece."""
        claimed = [(p.start, p.end) for a in found for p in a.content]
        covered = [(a.cue.start, a.cue.end) for a in found if a.cue]
        out = []
        for a in found:
            nxt = self._continuation(a, claimed, covered) if a.kind == "direct" and a.cue else None
            if nxt is None:
                out.append(a)
                continue
            pieces = a.content + nxt
            claimed.extend((p.start, p.end) for p in nxt)
            out.append(Attribution(kind=a.kind, content=pieces, cue=a.cue, speaker=a.speaker, cue_type=a.cue_type,
                                   medium=a.medium, confidence=a.confidence, rule=a.rule + "+continuation",
                                   speaker_type=a.speaker_type))
        return out

    def _continuation(self, a: Attribution, claimed: list[tuple[int, int]],
                      cues: list[tuple[int, int]]) -> tuple[Span, ...] | None:
        assert a.cue is not None
        if a.cue.start < a.end:
            return None  # cue before the quote: "X said: “A.” “B.”" is not this shape
        clause_end = max(a.cue.end, a.speaker.end if a.speaker else 0)
        para = self.index.paragraph_of(clause_end)
        for q in self.quotes:
            if q.open < clause_end or q.depth != 0:
                continue
            between = self.text[clause_end:q.open]
            if any(ch.isalnum() for ch in between) or self.index.paragraph_of(q.open) != para:
                return None
            if any(s < q.close and q.open < e for s, e in claimed) or any(q.open < s < q.close for s, _ in cues):
                return None
            return self._inside_pieces(q)
        return None
