"""Context + a cue -> the token range of its content: the clause after the cue, or the one before it.

After the cue: an addressee and time or medium words may come first, then a complementizer
("that", "что") opens the content, which runs to the end of the sentence unless another
attribution's cue cuts it ("…, adding that", "…, according to"). Before the cue: the sentence up to
the comma or dash that sets the cue clause off.
"""

from __future__ import annotations

from builder.extract.context import Context
from builder.extract.cues import CueHit, match_phrase

SENTENCE_PUNCT = frozenset(".!?…;")
MAX_LEAD = 10  # tokens between the cue and a complementizer


def trim(ctx: Context, a: int, b: int) -> tuple[int, int] | None:
    """[a, b) without punctuation at its edges (quotation marks stay); None if no word is left."""
    while a < b and not ctx.is_word(a) and ctx.tokens[a].text not in ctx.marks:
        a += 1
    while b > a and not ctx.is_word(b - 1) and ctx.tokens[b - 1].text not in ctx.marks:
        b -= 1
    if not any(ctx.is_word(k) for k in range(a, b)):
        return None
    return a, b


def words_in(ctx: Context, a: int, b: int) -> int:
    return sum(1 for k in range(a, b) if ctx.is_word(k))


def complementizer_after(ctx: Context, start: int, end: int) -> int:
    """Token index just after a complementizer that opens the content within reach of `start`, or -1."""
    lex = ctx.lex
    k = start
    while k < end and k - start <= MAX_LEAD:
        t = ctx.tokens[k]
        if not t.is_word and t.text in SENTENCE_PUNCT:
            return -1
        if t.text in ctx.marks and k > start:
            return -1
        m = match_phrase(ctx, k, lex.complementizers)
        if m is not None:
            return m[1] + 1
        if ctx.is_word(k) and ((lex.cue_forms.get(ctx.word(k)) and k > start) or ctx.word(k) in lex.speech_nouns):
            return -1  # the clause belongs to another cue ("приводит слова X, что …")
        k += 1
    return -1


def skip_lead(ctx: Context, hit: CueHit, start: int, end: int) -> int:
    """Step over what may stand between a cue and unintroduced content: addressee, time, medium, ':'."""
    lex = ctx.lex
    k = start
    moved = True
    while moved and k < end:
        moved = False
        while k < end and not ctx.is_word(k) and (ctx.tokens[k].text in ",:" or ctx.tokens[k].text in ctx.dashes):
            k += 1
            moved = True
        m = match_phrase(ctx, k, lex.media)
        if m is not None:
            k = m[1] + 1
            moved = True
            continue
        while k < end and ctx.is_word(k) and ctx.word(k) in lex.time_words:
            k += 1
            moved = True
    if hit.lemma in lex.addressee_lemmas:
        from builder.extract.speakers import right_np

        obj = right_np(ctx, k, end)
        if obj is not None and obj[1] < end:
            k = obj[1]
            while k < end and ctx.is_word(k) and ctx.word(k) in lex.time_words:
                k += 1
    return k


def content_after(ctx: Context, hit: CueHit, end: int, cut: int) -> tuple[int, int] | None:
    """Content of a cue that introduces what follows it: [a, b) within the sentence, before `cut`.

    A clause opened by a complementizer runs to the end of the sentence; content without one (a
    noun phrase, an infinitive: "condemned the launches Thursday, while …") ends where the verb's
    object ends: before a date, a participle clause, or a coordinated verb.
    """
    lex = ctx.lex
    start = hit.j + 1
    c = complementizer_after(ctx, start, min(end, cut))
    a = c if c >= 0 else skip_lead(ctx, hit, start, min(end, cut))
    b = clause_end(ctx, a, min(end, cut))
    if a >= b:
        return None
    if c < 0:
        opens = ctx.tokens[a - 1].text == ":" or ctx.tokens[a].text in ctx.marks
        if hit.lemma in lex.clausal_only and not opens:
            return None  # "added a new title", "отмечали праздник": not reported speech
        m = match_phrase(ctx, a, lex.anaphors)
        if m is not None:
            return None  # "сообщила об этом в четверг": a re-mention of something already reported
        b = object_end(ctx, a, b)
    return trim(ctx, a, b)


def clause_end(ctx: Context, a: int, b: int) -> int:
    """Reported content stops at a semicolon, at ", однако"-style clause openers, and before a colon
    that introduces a quotation (“… рассказал, что X: «…»”)."""
    lex = ctx.lex
    for k in range(a + 1, b):
        t = ctx.tokens[k].text
        if t == ";":
            return k
        if t == "," and k + 1 < b and ctx.word(k + 1) in lex.clause_openers:
            return k
        if t == ":" and k + 1 < b and ctx.tokens[k + 1].text in ctx.marks:
            return k
    return b


def object_end(ctx: Context, a: int, b: int) -> int:
    """Where the object of a verb ends inside [a, b): before a day or date, before ", while/as" or a
    comma + participle, before "and" + another verb."""
    lex = ctx.lex
    for k in range(a + 1, b):
        w = ctx.word(k)
        if w in lex.time_nouns:
            j = k
            while j - 1 > a and ctx.word(j - 1) in lex.time_words:
                j -= 1
            return j
        if ctx.tokens[k].text == "," and k + 1 < b:
            nxt = ctx.word(k + 1)
            form = lex.cue_forms.get(nxt)
            if nxt in lex.subordinators or (form is not None and form.form in lex.participle_forms):
                return k
        if w in lex.coordinators and k + 1 < b:
            n = k + 1
            while n + 1 < b and ctx.word(n) in lex.negations:
                n += 1
            nxt = ctx.word(n)
            form = lex.cue_forms.get(nxt)
            if (form is not None and form.form not in lex.base_forms) or (
                    nxt.endswith(lex.past_suffixes) and not ctx.is_capitalized(n)):
                return k - 1 if ctx.tokens[k - 1].text == "," else k
    return b


def content_before(ctx: Context, start: int, comma: int) -> tuple[int, int] | None:
    """Content that precedes its cue clause: the sentence from `start` up to token `comma`."""
    return trim(ctx, start, comma)
