"""Context + a cue position -> the token range of the speaker mention, scanning left or right.

A mention is a run of name, title, role and noun words with the joints the lexicon allows inside a
noun phrase ("of", "'s", initials, hyphens); it stops at punctuation, clause words, verbs and
object pronouns. Where the lexicon has a morphology engine (Russian), the head must be nominative.
"""

from __future__ import annotations

from typing import Final

from builder.extract.context import Context
from builder.extract.cues import MAX_AGENT_LEAD, clitic_stem, match_phrase, phrase_before
from builder.morph import (
    agree_as_adjectives,
    has_case,
    is_adverb,
    is_cyrillic,
    is_modifier,
    is_noun,
    is_plural_verb,
    is_preposition,
)

GENITIVE: Final = "gent"  # pymorphy3's genitive: the case of a subject's dependents (Руководитель штаба)
MAX_SPEAKER_TOKENS: Final = 12
LEFT_NP_KEY: Final = 1 << 32  # left_np's memo key: (end + 1) * LEFT_NP_KEY + floor + 1 (token indexes >= -1)
JOINERS: Final = frozenset("-'’&")


def _name_dot(ctx: Context, k: int) -> bool:
    """A '.' that ends no sentence: after an initial (J.) or a title (Sen., Mr.), inside a word
    (presidentialhistory.com), or right before a comma (R-Ky., N.C.,)."""
    if k <= 0 or ctx.texts[k] != ".":
        return False
    end = ctx.ends[k]
    if end < len(ctx.text) and ctx.text[end].isalnum() and ctx.ends[k - 1] == ctx.starts[k]:
        return True
    if end < len(ctx.text) and ctx.text[end] == "," and ctx.ends[k - 1] == ctx.starts[k]:
        return True  # "R-Ky., said": a comma right after the dot, so the dot ends an abbreviation
    prev = ctx.texts[k - 1]
    return (len(prev) == 1 and prev.isupper()) or f"{prev}." in ctx.lex.titles or f"{prev}." in ctx.lex.abbreviations


def _joins(ctx: Context, k: int) -> bool:
    """A hyphen, apostrophe or ampersand inside a mention (R-Ohio, AT&T), not a dash between spaces."""
    t = ctx.texts[k]
    if t not in JOINERS:
        return False
    if t == "&":
        return True
    text = ctx.text
    start, end = ctx.starts[k], ctx.ends[k]
    return not (start > 0 and text[start - 1].isspace()) and not (end < len(text) and text[end].isspace())


def skip_between(ctx: Context, end: int, floor: int) -> int:
    """Move left from `end` over auxiliaries, adverbs and negations that sit between subject and verb."""
    lex = ctx.lex
    b = _past_time(ctx, end, floor)
    while b - 1 >= floor and ctx.is_word(b - 1):
        w = ctx.word(b - 1)
        n = phrase_before(ctx, b, floor, lex.between_phrases)
        if n:
            b -= n
        elif w in lex.plural_words and b - 2 >= floor and (ctx.word(b - 2) in lex.auxiliaries or (
                w not in lex.coordinators and w not in lex.determiners and b == end and (
                    ctx.texts[b - 2] in ctx.dashes or (ctx.is_word(b - 2) and not _breaks(ctx, b - 2) and (
                        ctx.is_capitalized(b - 2) or ctx.word(b - 2).endswith(lex.plural_suffixes)))))):
            b -= 1  # a floating quantifier: "Cruz and Rubio have both urged", "Cruz and Rubio both urged"
        elif w in lex.between or w in lex.auxiliaries or w in lex.negations or w in lex.adverbs or (
                lex.is_adverb(w) and not ctx.is_capitalized(b - 1)) or (  # "Connolly said": a name
                lex.morphology and is_adverb(ctx.texts[b - 1])):
            b -= 1
        else:
            break
    return b


def _past_time(ctx: Context, end: int, floor: int) -> int:
    """Move left from `end` over a time phrase between subject and verb ("the committee this week
    announced", "Marcus on Tuesday wrote"); the phrase must end in a time word that is no determiner or
    preposition, and a word must stand before it."""
    lex = ctx.lex
    b = end
    while b - 1 >= floor and ctx.is_word(b - 1) and ctx.word(b - 1) in lex.time_words:
        b -= 1
    last = ctx.word(end - 1)
    if b == end or last in lex.determiners or last in lex.non_content_starts or b - 1 < floor or not (
            ctx.is_word(b - 1) or ctx.texts[b - 1] in ",)"):
        return end  # (a bracket or an appositive's comma may end the subject: "(D-Calif.) last week said")
    return b


def _breaks(ctx: Context, k: int) -> bool:
    """Whether word token k cannot be inside a speaker mention."""
    lex = ctx.lex
    w = ctx.word(k)
    text = ctx.texts[k]
    if len(text) > 1 and text.isupper():
        return False  # an acronym (US, WHO), not the function word it spells
    if k > 0 and ctx.words[k - 1] and not ctx.texts[k - 1].endswith(".") and text[0].isupper() \
            and k + 1 < len(ctx.texts) and ctx.words[k + 1] and ctx.texts[k + 1][0].isupper() \
            and not ctx.in_title_case(k):
        return False  # "said Will Doyle": a capitalised function word inside a sentence, before a name, is a name
    if (w in lex.stop_words or w in lex.object_pronouns or w in lex.non_speakers or w in lex.complementizer_words
            or w in lex.subordinators
            or w in lex.participle_prepositions or w in lex.absolute_prepositions
            or w in lex.auxiliaries or w in lex.negations):
        return True
    form = lex.cue_forms.get(w)
    # a finite or participle cue form is a verb; a base form may be a noun ("state department")
    return form is not None and form.form not in lex.base_forms and form.form != "3sg" and not ctx.is_capitalized(k)


def _agent_participle(ctx: Context, k: int, floor: int) -> int:
    """The token of the past participle whose agent preposition is token k ("released (Monday) by"), inside a
    noun phrase (a word that can end a mention before it), or -1."""
    lex = ctx.lex
    p = k - 1
    while p > floor and k - p < MAX_AGENT_LEAD and ctx.word(p) in lex.time_nouns:
        p -= 1
    if p > floor and lex.past_suffixes and ctx.is_word(p) and ctx.word(p).endswith(lex.past_suffixes) \
            and not ctx.is_capitalized(p) and ctx.is_word(p - 1) and not _breaks(ctx, p - 1):
        return p
    return -1


def left_np(ctx: Context, end: int, floor: int) -> tuple[int, int] | None:
    """Tokens [a, b) of the mention that ends right before token `end` (not before `floor`)."""
    # remembered per document: the cut points and the frame of one verb cue ask for the same mention
    key = (end + 1) * LEFT_NP_KEY + floor + 1
    memo = ctx.left_np_memo
    if key in memo:
        return memo[key]
    found = _left_np(ctx, end, floor)
    if ctx.lex.postmodifiers:
        found = _postmodified(ctx, end, floor, found)
    if found is None and ctx.lex.partitives:
        found = _partitive(ctx, end, floor)
    memo[key] = found
    return found


def _partitive(ctx: Context, end: int, floor: int) -> tuple[int, int] | None:
    """“most of them said”, “all of whom opposed”, “two of whom have pledged”: a quantifier or a number
    before a partitive phrase of the lexicon, which ends right before the cue and its auxiliaries."""
    lex = ctx.lex
    b = skip_between(ctx, end, floor)
    n = phrase_before(ctx, b, floor, lex.partitives)
    q = b - n - 1
    if not n or q < floor or not ctx.is_word(q) or not (ctx.word(q) in lex.quantifiers or ctx.texts[q].isdigit()):
        return None
    return q, b


def _postmodified(ctx: Context, end: int, floor: int, found: tuple[int, int] | None) -> tuple[int, int] | None:
    """“a source close to him said”, “people familiar with the planning say”: a mention (or an object
    pronoun) after a postmodifier of the lexicon ("close to") is that phrase's object; the mention is the
    head before the phrase through that object."""
    lex = ctx.lex
    if found is not None:
        a, b = found
    else:
        b = skip_between(ctx, end, floor)
        if not (b - 1 >= floor and ctx.is_word(b - 1) and ctx.word(b - 1) in lex.object_pronouns):
            return None
        a = b - 1
    n = phrase_before(ctx, a, floor, lex.postmodifiers)
    start = a - n
    if not n and found is not None:
        # "officials with knowledge of the talks": the phrase ends on the mention's first word
        n = phrase_before(ctx, a + 1, floor, lex.postmodifiers)
        start = a + 1 - n
    if not n:
        return found
    head = left_np(ctx, start, floor)
    return (head[0], b) if head is not None and head[1] == start else found


def _left_np(ctx: Context, end: int, floor: int) -> tuple[int, int] | None:
    lex = ctx.lex
    b = skip_between(ctx, end, floor)
    if b - 1 >= floor and ctx.texts[b - 1] == ")":
        # "Sen. Mitch McConnell (R-Ky.) said": the bracket belongs to the mention before it
        k = b - 1
        while k >= floor and ctx.texts[k] != "(" and b - k < MAX_SPEAKER_TOKENS:
            k -= 1
        if k < floor or ctx.texts[k] != "(":
            return None
        inner = left_np(ctx, k, floor)
        return (inner[0], b) if inner is not None else None
    if b - 1 >= floor and ctx.is_word(b - 1) and lex.is_subject_pronoun(ctx.word(b - 1)):
        return b - 1, b  # "Organizers say they want": a subject pronoun is the whole mention
    named = _quoted_name(ctx, b, floor)
    if named is not None:
        return named
    a = b
    while a - 1 >= floor and b - a < MAX_SPEAKER_TOKENS:
        k = a - 1
        if ctx.words[k]:
            w = ctx.word(k)
            if a < b and w in lex.agent_prepositions:
                p = _agent_participle(ctx, k, floor)
                if p >= 0:
                    a = p  # "a statement released (Monday) by the ministry said": a participle and its agent
                    continue
            names = w in lex.coordinators and a < b and ctx.is_capitalized(a) and k - 1 >= floor \
                and ctx.is_word(k - 1) and ctx.is_capitalized(k - 1)  # "Forbes and Wealth-X say"
            if w in lex.determiners and a < b and w in lex.object_pronouns:
                a = k  # "her friend said": the possessive "her" opens the mention
                break
            if a < b and w in lex.institution_prepositions and k - 1 >= floor and ctx.is_word(k - 1) \
                    and lex.organization_noun(ctx.texts[k - 1]):
                a = k  # "Агентство по охране окружающей среды США заявило": the preposition is in the name
                continue
            if _breaks(ctx, k) and not names:
                break
            if w in lex.np_prepositions and not (a < b and ctx.is_word(k - 1) and not _breaks(ctx, k - 1)):
                break
            a = k
            if w in lex.determiners and not (k - 2 >= floor and ctx.word(k - 1) in lex.np_prepositions
                                             and ctx.is_word(k - 2) and not _breaks(ctx, k - 2)) \
                    and not (k - 1 >= floor and ctx.word(k - 1) in lex.agent_prepositions
                             and _agent_participle(ctx, k - 1, floor) >= 0):
                break  # a determiner opens the noun phrase (unless it is inside "the nominee for the …")
        elif _joins(ctx, k) or _name_dot(ctx, k):
            a = k
        else:
            break
    while a < b and (not ctx.is_word(a) or ctx.word(a) in lex.np_prepositions or _leading_adjunct(ctx, a, b)):
        a += 1
    if lex.morphology and a < b:
        a = _past_fronted_phrase(ctx, a, b, floor)
        a = _past_oblique_lead(ctx, a, b)
    if a >= b:
        return None
    if lex.morphology and _fronted_object(ctx, a, floor):
        # "В Кремле заявили", "В КПРФ объяснили": with an indefinite-personal verb the institution the
        # clause opens with speaks (guidelines §5); any other object of a fronted preposition does not
        # ("В интервью заявили", "В своём посте обещал")
        return (a, b) if _institution(ctx, a, b) and end < len(ctx.tokens) and ctx.is_word(end) \
            and is_plural_verb(ctx.texts[end]) else None
    if not _head_ok(ctx, a, b):
        if lex.morphology and a - 1 > floor and ctx.is_word(a - 1) and ctx.word(a - 1) in lex.stop_words:
            # "Маркив перед началом слушаний заявил": step over the prepositional phrase
            return left_np(ctx, a - 1, floor)
        return None
    return a, b


def _fronted_object(ctx: Context, a: int, floor: int) -> bool:
    """Whether token `a` follows a preposition of the lexicon's document_prepositions (в, во) that opens the
    clause: the mention is that preposition's object."""
    k = a - 1
    return k >= floor and ctx.is_word(k) and ctx.word(k) in ctx.lex.document_prepositions \
        and (k == floor or not ctx.is_word(k - 1)) and not ctx.text.startswith(".", ctx.ends[k])


def _institution(ctx: Context, a: int, b: int) -> bool:
    """A mention that can stand for the people of an institution: a name (capitalised: Кремле, Минздраве,
    КПРФ) or an organisation noun (пресс-службе, министерстве) by its lemma."""
    return ctx.is_capitalized(a) or ctx.lex.organization_noun(ctx.texts[a])


def _past_fronted_phrase(ctx: Context, a: int, b: int, floor: int) -> int:
    """Where a left mention starts past a fronted prepositional phrase and words that cannot be the
    subject's case ("В том же году пианист", "После встречи глава МИД", "В пятницу в Москве
    представитель"): only when the clause opens with a preposition; the word after a preposition is its
    object whatever its case, and so are the object's modifiers before it."""
    lex = ctx.lex
    c = a
    while c - 1 >= floor and ctx.is_word(c - 1):
        c -= 1
    if not is_preposition(ctx.texts[c]):
        return a  # "Агентство по охране окружающей среды США": the preposition is inside the mention
    k, pp = c, 0  # pp 1: right after a preposition; 2: past its object's first word
    while k < b - 1 and ctx.is_word(k):
        text = ctx.texts[k]
        if is_preposition(text):
            pp = 1
        elif pp == 1:
            pp = 1 if is_modifier(text) else 2
        elif has_case(text, lex.subject_case) and not text.isdigit() and not (pp == 2 and not is_cyrillic(text)):
            break  # (a foreign name after the object belongs to it: "В интервью New York Times")
        k += 1
    return k if k > a and has_case(ctx.texts[k], lex.subject_case) else a


def _past_oblique_lead(ctx: Context, a: int, b: int) -> int:
    """Where a left mention starts past leading words that cannot be the subject's case, before one that
    can ("Журналистам министр заявил", "Этим летом губернатор сообщил", "Секретом успеха Петров
    считал"): a fronted object or time phrase without a preposition; `a` where no such word follows."""
    case = ctx.lex.subject_case
    if a > 0 and ctx.is_word(a - 1) and is_preposition(ctx.texts[a - 1]):
        return a  # "Из доклада Росстата: …": a preposition's object, in its case
    k = a
    while k < b - 1 and ctx.is_word(k) and ((not ctx.texts[k].isdigit() and not has_case(ctx.texts[k], case))
                                            or (k > a and _leading_adjunct(ctx, k, b))):
        k += 1  # (a date after the phrase goes with it: "Прошлой осенью 2019 года губернатор")
    return k if k > a and has_case(ctx.texts[k], case) else a


def _quoted_name(ctx: Context, b: int, floor: int) -> tuple[int, int] | None:
    """Газета «Коммерсант» / the agency "Xinhua": a name in quotation marks right after the noun it
    names, ending right before token `b`, is one mention with that noun; «Эхо Москвы» alone when it
    opens the sentence."""
    if b - 1 <= floor or ctx.texts[b - 1] not in ctx.marks:
        return None
    k = b - 2
    while k >= floor and ctx.texts[k] not in ctx.marks and b - k <= 6:
        if not (ctx.is_word(k) or _joins(ctx, k)):
            return None
        k -= 1
    if k < floor or k == b - 2 or ctx.texts[k] not in ctx.marks or not ctx.is_capitalized(k + 1):
        return None
    lex = ctx.lex
    if k == floor and ctx.word(k + 1) not in lex.pronouns and ctx.word(k + 1) not in lex.function_words \
            and (not lex.morphology or has_case(ctx.texts[k + 1], lex.subject_case)):
        return k, b  # «Эхо Москвы» говорит …: the name opens the sentence
    if k == floor:
        return None
    noun = left_np(ctx, k, floor)  # the noun the name belongs to
    if noun is None or noun[1] != k or ctx.text[ctx.ends[k - 1]:ctx.starts[k]] != " ":
        return None
    return noun[0], b


def _past_oblique(ctx: Context, a: int, ceiling: int) -> int:
    """Where the subject after a cue starts: past words that cannot be its case and past prepositional
    phrases, whose head is in any case and may have a foreign name after it ("пишет в своей колонке
    для издания The Hill один из участников")."""
    lex = ctx.lex
    pp = 0  # 1: right after a preposition; 2: past the head of its phrase
    while a < ceiling and (ctx.is_word(a) or a in ctx.quote_open_tok):
        after = oblique_quoted_name(ctx, a, ceiling)
        if after > a:
            a = after  # "пояснил «Интерфаксу» Смирнов": a name in quotation marks, in another case
            continue
        if not ctx.is_word(a):
            break
        text = ctx.texts[a]
        if ctx.word(a) in lex.end_after_cue or is_preposition(text):
            pp = 1
        elif pp == 1:
            pp = 2
        elif not (pp == 2 and not is_cyrillic(text)) and has_case(text, lex.subject_case):
            break
        a += 1
    return a


MAX_QUOTED_NAME_WORDS: Final = 3


def oblique_quoted_name(ctx: Context, a: int, ceiling: int) -> int:
    """The token after a short name in quotation marks opening at token `a` whose first word cannot be in the
    subject's case («Интерфаксу», «Известиям»: an addressee or a source, not a quotation), or `a`. Only where
    the lexicon has a morphology and a subject case."""
    lex = ctx.lex
    if not lex.subject_case or a not in ctx.quote_open_tok or a + 1 >= ceiling or not ctx.is_word(a + 1) \
            or not ctx.is_capitalized(a + 1) or not is_noun(ctx.texts[a + 1]) \
            or has_case(ctx.texts[a + 1], lex.subject_case):
        return a
    b = a + 1
    while b < ceiling and b - a <= MAX_QUOTED_NAME_WORDS and ctx.is_word(b):
        b += 1
    return b + 1 if b < ceiling and b in ctx.quote_close_tok else a


def _quoted_subject(ctx: Context, a: int, ceiling: int) -> tuple[int, int] | None:
    """A short capitalised name in quotation marks opening at token `a` and ending the clause
    ("…, пишет «Российская газета».", "…, reports "Politico"."): the mention, marks included."""
    if a == 0 or not ctx.is_word(a - 1):
        return None  # only right after the cue's words, not a quotation that opens the sentence
    b = a + 1
    while b < ceiling and b - a <= 5 and (ctx.is_word(b) or _joins(ctx, b) or _name_dot(ctx, b)):
        b += 1
    if b >= ceiling or b == a + 1 or ctx.texts[b] not in ctx.marks or not ctx.is_capitalized(a + 1):
        return None
    after = b + 1
    if after < ceiling and ctx.texts[after] not in ",;.!?…" and ctx.texts[after] not in ctx.marks \
            and match_phrase(ctx, after, ctx.lex.before_speaker) is None:  # (… со ссылкой на …)
        return None
    return a, b + 1


def _leading_adjunct(ctx: Context, a: int, b: int) -> bool:
    """A word that opens no mention: a hedge or an emphatic word, a time word, or an adverb before the
    mention ("сам министр", "Today Trump", "Позже газета"), but not a capitalised adverb before a
    capitalised word, which may be a title ("First Lady")."""
    lex = ctx.lex
    w = ctx.word(a)
    if a + 1 >= b:
        return False
    if w in lex.hedges or w in lex.time_nouns:
        return True
    if ctx.texts[a].isdigit() and (ctx.word(a + 1) in lex.time_nouns or ctx.word(a + 1) in lex.time_words):
        return True  # "1 июля 2019 года суд признал": a date's numbers
    if w in lex.time_words and a > 0 and ctx.texts[a - 1].isdigit():
        return True  # ("2019 года")
    return w in lex.adverbs and not (ctx.is_capitalized(a) and ctx.is_capitalized(a + 1))


def right_np(ctx: Context, start: int, ceiling: int, subject: bool = True) -> tuple[int, int] | None:
    """Tokens [a, b) of the mention that starts at token `start` (ends before `ceiling`).

    With a morphology engine, prepositional phrases and words that cannot be the subject's case are
    stepped over first ("сказал в этой беседе Андрей" -> Андрей). `subject=False` takes the mention
    as it stands, in any case (по словам Кисина).
    """
    lex = ctx.lex
    a = start
    if lex.morphology and subject:
        a = _past_oblique(ctx, a, ceiling)
    while a < ceiling and ctx.is_word(a) and ctx.word(a) in lex.hedges:
        a += 1  # "сообщил сам министр"
    if subject and a < ceiling and ctx.texts[a] in ctx.marks:
        return _quoted_subject(ctx, a, ceiling)  # "…, пишет «Российская газета»."
    if a < ceiling and ctx.is_word(a) and lex.is_subject_pronoun(ctx.word(a)):
        return a, a + 1  # a personal pronoun takes no dependents ("сказал он журналистам")
    b = a
    while b < ceiling and b - a < MAX_SPEAKER_TOKENS:
        if ctx.words[b]:
            w = ctx.word(b)
            possessive = w in lex.possessives and b + 1 < ceiling and ctx.is_word(b + 1) and b > a
            bare = clitic_stem(w)  # he'd, she's -> he, she
            if b > a and not possessive and bare in lex.pronouns and lex.pronouns[bare][1] in ("sg", "pl"):
                break  # "told Breitbart News he'd support …": a subject pronoun starts the content
            if b > a and (w in lex.end_after_cue or _breaks(ctx, b)) and not possessive and not (
                    lex.morphology and w in lex.np_prepositions and b + 1 < ceiling and ctx.is_word(b + 1)
            ) and not _coordinated_modifiers(ctx, b, ceiling):
                break
            if b == a and (w in lex.end_after_cue or w in lex.complementizer_words or _breaks(ctx, b)):
                return None
            if b > a and lex.past_suffixes and w.endswith(lex.past_suffixes) and not ctx.is_capitalized(b):
                break  # "Hillary Clinton's aide rallied supporters": a past-tense verb ends the subject
            if b > a and subject and lex.subject_case and w not in lex.np_prepositions and w not in lex.coordinators \
                    and ctx.word(b - 1) not in lex.np_prepositions \
                    and not has_case(ctx.texts[b], lex.subject_case) and not has_case(ctx.texts[b], GENITIVE):
                break  # "— заявил Трамп сторонникам": a word in neither the subject's case nor the genitive
                # (after a preposition any case: "источник в правительстве")
            b += 1
        elif _joins(ctx, b) or _name_dot(ctx, b):
            b += 1
        else:
            break
    while b > a and (not ctx.is_word(b - 1) or ctx.word(b - 1) in lex.np_prepositions):
        b -= 1  # "a statement from" -> "a statement"
    if a >= b:
        return None
    if subject and b < ceiling and b in ctx.quote_open_tok and ctx.starts[b] > ctx.ends[b - 1]:
        named = _quoted_subject(ctx, b, ceiling)  # "…, пишет газета «Ведомости»": the name the noun has
        if named is not None:
            return a, named[1]
    return a, b


def _coordinated_modifiers(ctx: Context, k: int, ceiling: int) -> bool:
    """A coordinator between two modifiers inside a mention ("глава Центра федерального и регионального
    рынков"): where morphology tells, both sides agree as adjectives in one case."""
    lex = ctx.lex
    return bool(lex.morphology) and ctx.word(k) in lex.coordinators and k + 1 < ceiling and ctx.is_word(k - 1) \
        and ctx.is_word(k + 1) and agree_as_adjectives(ctx.texts[k - 1], ctx.texts[k + 1])


def _head_ok(ctx: Context, a: int, b: int) -> bool:
    """A left mention must be able to be a subject: not an object pronoun at its end, and (where
    morphology tells) with a nominative word in it — the head, before its genitives (Суд присяжных)."""
    lex = ctx.lex
    if ctx.word(b - 1) in lex.object_pronouns or ctx.word(b - 1) in lex.non_speakers:
        return False
    if b - a == 1 and ctx.word(a) in lex.infinitive_markers:
        return False  # "to be urging": no subject
    if lex.morphology:
        return any(has_case(ctx.texts[k], lex.subject_case) for k in range(a, b) if ctx.is_word(k))
    return True
