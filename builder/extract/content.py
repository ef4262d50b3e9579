"""Context + a cue -> the token range of its content: the clause after the cue, or the one before it.

After the cue: an addressee and time or medium words may come first, then a complementizer
("that", "что") opens the content, which runs to the end of the sentence unless another
attribution's cue cuts it ("…, adding that", "…, according to"). Before the cue: the sentence up to
the comma or dash that sets the cue clause off.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Final

from builder.extract.context import Context
from builder.extract.cues import CueHit, clitic_stem, match_phrase, subject_pronoun_at
from builder.morph import is_finite_verb

SENTENCE_PUNCT: Final = frozenset(".!?…;")
# words before the next quotation of a list of quoted items ("a “bully,” an “anchor baby,”")
QUOTED_LIST_LEAD: Final = 3
MAX_COLON_LEAD: Final = 5  # words between a cue and a colon that opens its content ("заявил журналистам:")
MAX_LEAD: Final = 14  # tokens between the cue and a complementizer ("told The Post and Courier newspaper of … that")


def trim(ctx: Context, a: int, b: int) -> tuple[int, int] | None:
    """[a, b) without punctuation at its edges (quotation marks stay); None if no word is left."""
    while a < b and not ctx.is_word(a) and ctx.texts[a] not in ctx.marks:
        a += 1
    while b > a and not ctx.is_word(b - 1) and ctx.texts[b - 1] not in ctx.marks:
        b -= 1
    if not any(ctx.is_word(k) for k in range(a, b)):
        return None
    return a, b


def words_in(ctx: Context, a: int, b: int) -> int:
    return sum(1 for k in range(a, b) if ctx.is_word(k))


def complementizer_after(ctx: Context, start: int, end: int, at_once: bool = False) -> int:
    """Token index just after a complementizer that opens the content within reach of `start`, or -1.

    `at_once`: the complementizer must stand at `start` (after a comma at most), not further on where a
    "that" is more often a relative or a demonstrative ("the scanner that …", "that night").
    """
    lex = ctx.lex
    if at_once:
        k = start
        while k < end and ctx.texts[k] == ",":
            k += 1
        m = match_phrase(ctx, k, lex.complementizers)
        if m is None or m[1] + 1 >= end:
            return -1
        nxt = m[1] + 1
        if ctx.word(nxt) in lex.time_nouns:
            return -1  # "that night": a determiner
        return nxt
    k = start
    while k < end and k - start <= MAX_LEAD:
        t = ctx.texts[k]
        if not ctx.words[k] and t in SENTENCE_PUNCT:
            return -1
        if t in ctx.marks and k > start:
            return -1
        m = match_phrase(ctx, k, lex.complementizers)
        if m is not None:
            return m[1] + 1
        if k == start and ctx.word(k) in lex.question_starts:
            return -1  # "asked if the deployments meant that …": the question is the content
        if ctx.is_word(k) and not ctx.is_capitalized(k) and (
                (lex.cue_forms.get(ctx.word(k)) and k > start and ctx.word(k - 1) not in lex.determiners)
                or ctx.word(k) in lex.speech_nouns):
            return -1  # the clause belongs to another cue ("приводит слова X, что …"); a capitalised
            # word is a name ("told The Post … that")
        k += 1
    return -1


def _colon_lead(ctx: Context, start: int, end: int) -> int:
    """The token after a colon that a few words after a cue end ("said on Thursday:", "заявил
    журналистам:"), or `start` when there is none: what comes after the colon is the content."""
    lex = ctx.lex
    k = start
    while k < end and k - start < MAX_COLON_LEAD and ctx.is_word(k) and ctx.word(k) not in lex.complementizer_words:
        w = clitic_stem(ctx.word(k))
        if w in lex.pronouns or w in lex.expletives:
            return start  # "said it’s simple: …": a clause of its own before the colon
        k += 1
    return k + 1 if k > start and k + 1 < end and ctx.texts[k] == ":" else start


def skip_lead(ctx: Context, hit: CueHit, start: int, end: int) -> int:
    """Step over what may stand between a cue and unintroduced content: addressee, time, medium, ':'."""
    lex = ctx.lex
    k = _colon_lead(ctx, start, end)
    punctuated = k > start  # (after a colon, a comma or a dash comes the content, no addressee)
    moved = True
    while moved and k < end:
        moved = False
        while k < end and not ctx.is_word(k) and (ctx.texts[k] in ",:" or ctx.texts[k] in ctx.dashes):
            punctuated = True
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
    if hit.lemma in lex.addressee_lemmas and not punctuated:
        from builder.extract.speakers import right_np

        obj = right_np(ctx, k, end, subject=False)
        if obj is not None and obj[1] < end:
            k = obj[1]
            while k < end and ctx.is_word(k) and ctx.word(k) in lex.time_words:
                k += 1
    return k


def adjunct_preposition(ctx: Context, k: int) -> bool:
    """A time word that is a preposition ("on") and opens no date here ("posted on Facebook")."""
    lex = ctx.lex
    return ctx.word(k) in lex.non_content_starts and ctx.word(k + 1) not in lex.time_words


def content_after(ctx: Context, hit: CueHit, end: int, cut: int) -> tuple[int, int] | None:
    """Content of a cue that introduces what follows it: [a, b) within the sentence, before `cut`.

    A clause opened by a complementizer runs to the end of the sentence; content without one (a
    noun phrase, an infinitive: "condemned the launches Thursday, while …") ends where the verb's
    object ends: before a date, a participle clause, or a coordinated verb.
    """
    lex = ctx.lex
    start = hit.j + 1
    if hit.kind == "noun" and ctx.word(start) in lex.passive_auxiliaries and ctx.word(start) in lex.auxiliaries:
        start += 1  # "the mayor's view is that …"
    if hit.kind == "noun" and hit.speaker is not None and hit.speaker[0] > hit.j:
        start = hit.speaker[1]  # "warnings from engineers that …": the clause comes after the speaker
    if (hit.lemma, ctx.word(start)) in lex.prepositional:
        return None  # "up 12 percent compared with last year": a preposition, no report
    lead = skip_lead(ctx, hit, start, min(end, cut))
    c = complementizer_after(ctx, lead, min(end, cut), at_once=True)
    if c < 0:
        # "told delegates at the convention that …": past an addressee the complementizer may be far
        # "said during the debate that …": past a prepositional adjunct too
        far = lex.far_complementizer or hit.lemma in lex.addressee_lemmas or ctx.word(lead) in lex.non_content_starts
        c = complementizer_after(ctx, start, min(end, cut), at_once=not far)
    a = c if c >= 0 else lead
    if c < 0 and ctx.word(a) in lex.non_content_starts:
        a = infinitive_after_adjunct(ctx, a, min(end, cut))
    while a < min(end, cut) and ctx.is_word(a) and ctx.word(a) in lex.hedges:
        a += 1  # "сообщило, что якобы …": the hedge is no part of the content
    b = clause_end(ctx, a, min(end, cut))
    b = set_off_end(ctx, hit, a, b)
    if hit.kind == "noun":
        # "Despite the ministry's statement that the border is closed, trucks crossed": a noun's
        # clause ends at the first comma
        b = next((k for k in range(a + 1, b) if ctx.texts[k] == "," and ctx.quote_of[k] < 0), b)
    if a >= b or ctx.word(a) in lex.coordinators or (
            c < 0 and ctx.word(a) in lex.non_content_starts and hit.kind in ("verb", "participle", "noun")):
        return None  # "what Obama says and promises", "said at the debate": no content
    if c < 0:
        opens = ctx.texts[a - 1] == ":" or ctx.texts[a] in ctx.marks or (
            hit.kind == "impersonal" and ctx.texts[a - 1] == ",")  # "Как ожидается, завод …"
        if hit.lemma in lex.clausal_only and not opens:
            return None  # "added a new title", "отмечали праздник": not reported speech
        ana = anaphor_at(ctx, a, min(end, cut))
        if ana is not None:
            return ana  # "сообщила об этом в четверг": a re-mention; its antecedent is found later
        if match_phrase(ctx, a, lex.anaphors) is not None:
            return None  # "said this week": a determiner, not a re-mention
        if hit.kind in ("verb", "participle", "noun") and not subject_pronoun_at(ctx, a) \
                and hit.lemma not in lex.bare_clause:
            b = object_end(ctx, a, b)  # a clause ("said it started … in February") is no object
            if _relative_subject(ctx, hit) and ctx.word(a) not in lex.question_starts:
                b = _predicate_after_object(ctx, a, b)
            if hit.lemma in lex.naming:
                b = named_object_end(ctx, a, b)
        if ctx.word(a) in lex.object_prepositions and a + 1 < b and hit.i == hit.j \
                and (ctx.is_word(a + 1) or ctx.texts[a + 1] in ctx.marks):
            a += 1  # "сообщил о гибели": the preposition links the object to the cue (a phrase's own
            # preposition stays: "возлагала ответственность за …")
    if words_in(ctx, b, min(end, cut)) == 0:
        b = aside_start(ctx, a, b)  # (an object that ends before the sentence does keeps its clauses)
    if hit.lemma in lex.named_as_only and not _named_as(ctx, a, b):
        return None  # "referring to the talks": a topic, not a name given
    content = trim(ctx, a, b)
    if content is not None and words_in(ctx, *content) == 1 and _says_nothing(ctx, ctx.word(content[0])):
        return None  # "oppose it", "reckon with.": a pronoun or a stranded preposition alone says nothing
    return content


def _says_nothing(ctx: Context, w: str) -> bool:
    """Whether the word w alone is no content: a pronoun or a preposition."""
    lex = ctx.lex
    return w in lex.pronouns or w in lex.object_pronouns or w in lex.plural_pronouns or w in lex.end_after_cue \
        or w in lex.np_prepositions or w in lex.adjunct_openers


def set_off_end(ctx: Context, hit: CueHit, a: int, b: int) -> int:
    """Where content [a, b) of a cue in a set-off clause gives way to the sentence's main predicate (b
    when the cue's clause is the main one)."""
    return _main_predicate(ctx, a, b) if _set_off(ctx, hit) else b


def _relative_subject(ctx: Context, hit: CueHit) -> bool:
    """Whether a relative pronoun right before the cue (past adverbs and auxiliaries) is its subject."""
    lex = ctx.lex
    k = hit.i - 1
    while k >= 0 and ctx.is_word(k) and (lex.is_adverb(ctx.word(k)) or ctx.word(k) in lex.auxiliaries
                                         or ctx.word(k) in lex.negations):
        k -= 1
    return k >= 1 and ctx.word(k) in lex.relative_pronouns and ctx.is_word(k - 1)


def _predicate_after_object(ctx: Context, a: int, b: int) -> int:
    """Where the object [a, b) of a cue in a relative clause gives way to the sentence's main predicate: an
    auxiliary that no infinitive marker or auxiliary leads ("senators who wanted to attend the convention
    could be faced …", "respondents who support Sanders are in college"); b past a clause of the object's
    own (a relative pronoun, a complementizer, a subordinator, punctuation) or a quotation."""
    lex = ctx.lex
    for k in range(a + 1, b):
        w = ctx.word(k)
        if not ctx.is_word(k) or ctx.quote_of[k] >= 0 or w in lex.relative_pronouns or w in lex.subordinators \
                or match_phrase(ctx, k, lex.complementizers) is not None:
            return b
        prev = ctx.word(k - 1)
        if w in lex.auxiliaries and prev not in lex.infinitive_markers and prev not in lex.auxiliaries \
                and prev not in lex.negations:
            return k
    return b


def _set_off(ctx: Context, hit: CueHit) -> bool:
    """Whether the cue stands in a clause set off inside its sentence: a relative clause, or a participle
    clause after a comma, between the sentence's start (or a quotation mark) and the cue ("Romney, who ran
    in 2012 with a speech denouncing Trump, will not …", "the changes, which officials said …")."""
    lex = ctx.lex
    r = bisect_right(ctx.region_starts, hit.i) - 1
    start = ctx.region_starts[r] if r >= 0 else 0
    for k in range(hit.i - 1, start - 1, -1):
        t = ctx.texts[k]
        if t in ctx.marks:
            return False
        if ctx.word(k) in lex.relative_pronouns or (t == "," and hit.kind == "participle"):
            return True  # (after a plain comma a verb's clause is the main one: "After the vote, Smith said …")
    return False


def _main_predicate(ctx: Context, a: int, b: int) -> int:
    """Where content [a, b) of a set-off cue clause gives way to the sentence's main predicate: its first
    comma, when an auxiliary follows it ("…, who believe the media are covering for her, are unlikely to
    …"); b when the first comma is followed by anything else or a quotation comes before it."""
    lex = ctx.lex
    if ctx.texts[a] == "," or ctx.word(a) in lex.np_prepositions:
        return b  # "that, and not his candidacy, was …": an aside opens the content itself; "nominated for
        # president …, would have": a prepositional phrase is no reported clause
    for k in range(a + 1, b - 1):
        t = ctx.texts[k]
        if t in ctx.marks:
            return b
        if t == ",":
            if all(lex.is_adverb(ctx.word(n)) or ctx.word(n) in lex.time_words for n in range(a, k)):
                return b  # "The truth, the senator said then, was that …": the cue clause is a parenthesis
            return k if _finite_after(ctx, k + 1, b) else b
    return b


def _finite_after(ctx: Context, k: int, b: int) -> bool:
    """Whether a finite predicate opens at token k (past adverbs): an auxiliary, or a lower-case past
    form ("…, who had endorsed Bush, represents …" aside, "…, fearing the consequences, repeatedly failed")."""
    lex = ctx.lex
    while k < b and ctx.is_word(k) and lex.is_adverb(ctx.word(k)):
        k += 1
    w = ctx.word(k)
    if w in lex.auxiliaries:
        return True
    if k < b and lex.morphology and is_finite_verb(ctx.texts[k]):
        return True  # where morphology tells a finite verb: "Смирнов, назвав сделку катастрофой, проголосовал"
    return k < b and not ctx.is_capitalized(k) and (w.endswith(lex.past_suffixes) or w in lex.past_forms)


def aside_start(ctx: Context, a: int, b: int) -> int:
    """Where reported content [a, b) that runs to the end of its sentence gives way to the narrator's
    trailing aside: the last comma, when a word that opens an appositive or a non-restrictive relative
    clause follows it and no comma, bracket, dash or quotation comes after it; else b."""
    lex = ctx.lex
    if not lex.trailing_asides:
        return b
    outer = ctx.quote_of[a] if a < len(ctx.quote_of) else -1
    for k in range(b - 2, a, -1):
        t = ctx.texts[k]
        if ctx.quote_of[k] >= 0 and ctx.quote_of[k] != outer:
            return b  # "…, which “will help elect …”": the aside quotes the speaker, it is theirs
        if t == ",":
            return k if ctx.word(k + 1) in lex.trailing_asides else b
        if t in ASIDE_BREAKS or t in ctx.dashes:
            return b
    return b


ASIDE_BREAKS: Final = frozenset(";:()[]")
NAMED_AS_LEAD: Final = 3  # tokens between the predicate marker and the quotation ("as a “reformer”")


def _named_as(ctx: Context, a: int, b: int) -> bool:
    """Whether [a, b) names an object with a predicate marker and a quotation ("him as a “reformer”")."""
    return any(ctx.word(k) in ctx.lex.predicate_markers
               and any(n in ctx.quote_open_tok for n in range(k + 1, min(k + 1 + NAMED_AS_LEAD, b)))
               for k in range(a, b))


MAX_ADJUNCT_TOKENS: Final = 8  # tokens of a prepositional adjunct between a cue and its infinitive


def infinitive_after_adjunct(ctx: Context, a: int, end: int) -> int:
    """“promised Sunday at a Las Vegas rally to end …”: past a short prepositional adjunct without
    punctuation, the infinitive that is the content (token a itself when there is none)."""
    for k in range(a + 1, min(end, a + MAX_ADJUNCT_TOKENS)):
        if not ctx.is_word(k):
            return a
        if ctx.word(k) in ctx.lex.infinitive_markers or subject_pronoun_at(ctx, k):
            return k  # "said in politics it takes time to …": a subject pronoun opens the clause
    return a


def anaphor_at(ctx: Context, a: int, end: int) -> tuple[int, int] | None:
    """Tokens of a re-mention that is the whole object at token `a` ("об этом", "эту информацию",
    "said so"), without its preposition; None if the object goes on ("this week", "this plan to …")."""
    lex = ctx.lex
    m = match_phrase(ctx, a, lex.anaphors)
    if m is not None:
        b = m[1] + 1
    elif ctx.is_word(a) and ctx.word(a) in lex.anaphor_determiners and ctx.is_word(a + 1) \
            and ctx.word(a + 1) in lex.anaphor_nouns:
        b = a + 2
    else:
        return None
    if b < end and (not _ends_object(ctx, b) or ctx.word(b) in lex.time_nouns or ctx.word(b) in lex.as_prefixes):
        return None
    while a < b and ctx.word(a) in lex.end_after_cue:
        a += 1  # "об этом" -> "этом": content leaves out the preposition
    return (a, b) if a < b else None


def is_anaphor(ctx: Context, a: int, b: int) -> bool:
    """Whether tokens [a, b) are a re-mention as `anaphor_at` finds one."""
    return anaphor_at(ctx, a, b) == (a, b) or (a > 0 and anaphor_at(ctx, a - 1, b) == (a, b))


def _ends_object(ctx: Context, k: int) -> bool:
    """Whether token k ends a short object: punctuation, or a word that opens an adjunct after it."""
    lex = ctx.lex
    if not ctx.is_word(k):
        return ctx.texts[k] not in ctx.marks
    w = ctx.word(k)
    return w in lex.end_after_cue or w in lex.time_words or w in lex.stop_words or w in lex.coordinators \
        or match_phrase(ctx, k, lex.media) is not None


def _opens_sentence(ctx: Context, k: int) -> bool:
    """A capitalised function word (At, The, He) that starts a new sentence, not a name in a list."""
    lex = ctx.lex
    w = ctx.word(k)
    return w in lex.function_words or w in lex.determiners or w in lex.non_content_starts or w in lex.pronouns


def _auxiliary_predicate(ctx: Context, k: int) -> bool:
    """Whether a coordinated predicate at token k opens with an auxiliary (past adverbs and negations):
    it continues the reported clause ("said the meeting was private and does not constitute an
    endorsement"), where a cue verb ("but did not say how") or a new subject returns to the narrator."""
    lex = ctx.lex
    while ctx.is_word(k) and (lex.is_adverb(ctx.word(k)) or ctx.word(k) in lex.negations):
        k += 1
    if ctx.word(k) not in lex.auxiliaries:
        return False
    while ctx.is_word(k) and (ctx.word(k) in lex.auxiliaries or ctx.word(k) in lex.negations
                              or lex.is_adverb(ctx.word(k))):
        k += 1
    return ctx.word(k) not in lex.cue_forms


def _starts_predicate(ctx: Context, k: int) -> bool:
    """A coordinated word that opens a new predicate or clause: an auxiliary, a negation, a finite cue
    form, or a subject pronoun ("… and he reiterated")."""
    lex = ctx.lex
    w = ctx.word(k)
    if w in lex.auxiliaries and w not in lex.passive_auxiliaries:
        return True
    if w in lex.negations:
        return _starts_predicate(ctx, k + 1)  # "… but never compromise" (a verb), not "… but not women"
    if lex.coordinated_clause_ends and lex.is_subject_pronoun(w) and ctx.is_word(k + 1):
        return True
    form = lex.cue_forms.get(w)
    return form is not None and form.form not in lex.base_forms and form.form not in lex.participle_forms


def fronted_adjunct(ctx: Context, a: int) -> bool:
    """Whether reported content at token a opens with an adjunct before its subject ("that in an era of
    change, it needed …", "that ultimately, it was …", "that even after he steps down, he will …"): an
    adverb, a preposition or a subordinator (not an infinitive marker: "to change it, …" is the content)."""
    lex = ctx.lex
    w = ctx.word(a)
    if lex.is_adverb(w):
        return True
    return w not in lex.infinitive_markers and (
        w in lex.non_content_starts or w in lex.adjunct_openers or w in lex.subordinators)


def clause_end(ctx: Context, a: int, b: int) -> int:
    """Reported content stops at a semicolon, at ", однако"-style clause openers, and before a colon
    that introduces a quotation (“… рассказал, что X: «…»”)."""
    lex = ctx.lex
    outer = ctx.quote_of[a] if a < len(ctx.quote_of) else -1
    # "if X wins, he'll …", "that, at the request of X, it has …": the main clause follows a comma
    subordinate = a < b and (ctx.word(a) in lex.subordinators or ctx.texts[a] == "," or fronted_adjunct(ctx, a))
    relative = False  # inside a relative clause set off within the fronted one ("if his son, who died …, were …,")
    for k in range(a + 1, b):
        if ctx.quote_of[k] >= 0 and ctx.quote_of[k] != outer:
            continue  # inside a quotation the quoted speaker's own clauses do not end the content
        t = ctx.texts[k]
        if t == ";":
            return k
        if t == "," and subordinate:
            if relative:
                relative = False
            elif ctx.word(k + 1) in lex.relative_pronouns and ctx.word(k + 1) not in lex.complementizer_words:
                relative = True
            else:
                subordinate = False
            continue
        if t == "," and k + 1 < b and (ctx.word(k + 1) in lex.clause_openers or (
                k + 2 < b and subject_pronoun_at(ctx, k + 1))):
            return k  # "…, he's also feted …": a new clause with its own subject
        if t == ":" and k + 1 < b and ctx.is_word(k + 1) and ctx.is_capitalized(k + 1) \
                and not ctx.is_capitalized(a) and _opens_sentence(ctx, k + 1):
            return k  # "seem to agree: At one point …": a new sentence after the colon
        if ctx.word(k) in lex.coordinators and k + 1 < b and _starts_predicate(ctx, k + 1) \
                and not _auxiliary_predicate(ctx, k + 1):
            # "… the eventual nominee but did not suggest …": a new predicate of the main subject
            return k - 1 if ctx.texts[k - 1] == "," else k
        if t == ":" and k + 1 < b and ctx.texts[k + 1] in ctx.marks:
            return k
    return b


def _cue_verb_in(ctx: Context, a: int, b: int) -> bool:
    """Whether tokens [a, b) hold a finite cue verb ("praised his candidacy warned on Tuesday that …": a
    clause after the date is that verb's, not the object's)."""
    lex = ctx.lex
    for k in range(a, b):
        form = lex.cue_forms.get(ctx.word(k))
        if form is not None and form.form not in lex.base_forms and not ctx.is_capitalized(k):
            return True
    return False


def named_object_end(ctx: Context, a: int, b: int) -> int:
    """Where the object of a naming cue ends inside [a, b): after the quotation that gives the name
    ("called Palin a “clown” on his radio show", "called inversions "unpatriotic," and his …"), or
    after the last of a list of them ("called him a “bully,” an “anchor baby” and …")."""
    k = a
    end = b
    while k < b:
        if k in ctx.quote_close_tok and ctx.starts[k] > ctx.starts[a]:
            n = k + 1
            while n < b and ctx.texts[n] in ctx.marks and n not in ctx.quote_open_tok:
                n += 1  # (the second half of a closing '')
            end = n
            j = n
            while j < b and ctx.texts[j] == ",":
                j += 1
            lead = 0
            while j < b and lead < QUOTED_LIST_LEAD and ctx.is_word(j):
                j += 1
                lead += 1
            if j in ctx.quote_open_tok:
                k = j  # the list goes on
            elif ctx.texts[k - 1] == "," or (n < b and not ctx.is_word(n)) or ctx.word(n) in ctx.lex.subordinators:
                return end  # the name is set off: what follows is the narrator's
            else:
                return b  # "called it “an historic step forward” in global efforts …": the object goes on
        k += 1
    return end


def object_end(ctx: Context, a: int, b: int) -> int:
    """Where the object of a verb ends inside [a, b): before a day or date, before ", while/as" or a
    comma + participle, before "and" + another verb."""
    lex = ctx.lex
    outer = ctx.quote_of[a] if a < len(ctx.quote_of) else -1
    for k in range(a + 1, b):
        if ctx.quote_of[k] >= 0 and ctx.quote_of[k] != outer:
            continue  # a quoted fragment is part of the object ("Ali “talked the talk and walked the walk”")
        if k in ctx.quote_close_tok and ctx.texts[k - 1] == ",":
            n = k + 1
            while n < b and ctx.texts[n] in ctx.marks and n not in ctx.quote_open_tok:
                n += 1  # (the second half of a closing '')
            j = n
            while j < b and j - n < QUOTED_LIST_LEAD and ctx.is_word(j):
                j += 1  # (a list goes on: called him a “bully,” an “anchor baby,” …)
            if n < b and ctx.is_word(n) and ctx.word(n) not in lex.coordinators and j not in ctx.quote_open_tok:
                return n  # "dubbed ''the yuca primary,'' referring to …": a quoted object set off by its comma
        w = ctx.word(k)
        if w in lex.time_nouns or (w in lex.time_words and ctx.word(k + 1) in lex.time_words
                                   and w not in lex.non_content_starts and ctx.is_word(k + 1)):
            e = k + 1
            while e < b and ctx.is_word(e) and (ctx.word(e) in lex.time_words or ctx.word(e) in lex.time_nouns):
                e += 1
            prev = ctx.word(k - 1)
            if prev in lex.determiners or prev.endswith(lex.possessive_suffixes) \
                    or (e < b and ctx.word(e).endswith(lex.possessive_suffixes)):
                continue  # "an April summit where …", "Clinton's September 2011 visit", "Tuesday night's
                # debate": the date modifies a noun of the object
            if e < b and (ctx.texts[e] in ctx.marks or ctx.word(e) in lex.predicate_markers
                          or ctx.word(e) in lex.date_continuations
                          or (ctx.word(e) in lex.relative_pronouns and not _cue_verb_in(ctx, a, k))):
                continue  # "called Mr. Obama's remarks on Saturday “a true wake-up call”", "see the elections
                # held Sunday as a test of …", "blasted Trump on Monday over his stance": the object goes on
            j = k
            if j - 1 > a and ctx.texts[j - 1].isdigit():
                j -= 1  # "осудил арест 1 июля": the day's number
            while j - 1 > a and (ctx.word(j - 1) in lex.time_words or ctx.word(j - 1) in lex.end_after_cue):
                j -= 1
            return j  # "endorsed Trump Thursday", "endorsed Trump last week", "… in January" ("in" was left)
        if ctx.texts[k] == "," and k + 1 < b:
            nxt = ctx.word(k + 1)
            form = lex.cue_forms.get(nxt)
            role = nxt in lex.predicate_markers and ctx.word(k + 2) in lex.indefinite_articles
            if (nxt in lex.subordinators and not role) or (form is not None and form.form in lex.participle_forms):
                return k  # ", while …", ", adding …": the object has ended (", as a candidate, …" is a role)
            if nxt in lex.non_content_starts and nxt in lex.np_prepositions \
                    and ctx.word(k + 2) not in lex.relative_pronouns \
                    and not any(ctx.texts[j] == "," for j in range(k + 1, b)):
                return k  # "reaffirming the alliance, in talks with …": a closing adjunct
        if w in lex.coordinators and k + 1 < b:
            n = k + 1
            while n + 1 < b and (ctx.word(n) in lex.negations or lex.is_adverb(ctx.word(n))):
                n += 1  # "… and did not …", "… and recently pointed …"
            nxt = ctx.word(n)
            form = lex.cue_forms.get(nxt)
            if (form is not None and form.form not in lex.base_forms) or (
                    (nxt.endswith(lex.past_suffixes) or nxt in lex.past_forms) and not ctx.is_capitalized(n)):
                return k - 1 if ctx.texts[k - 1] == "," else k
    return b
