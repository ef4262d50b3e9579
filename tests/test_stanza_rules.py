"""The stanza backend's tree rules, one table row per rule, on gold-style CoNLL-U parses (no model).

Each case is a UD parse written by hand (`form lemma UPOS head deprel [feats] [misc]`) and the rows
the backend must read off it: (kind, speaker as written, cue as written, quote).
"""

from __future__ import annotations

import pytest

pytest.importorskip("stanza")

from stanza_support import conllu, row_view, stanza_quotes

TALKS_FAILED = """
that that SCONJ {v} mark
the the DET {n} det
talks talk NOUN {v} nsubj
failed fail VERB {h} ccomp
"""


def _clause(verb: int, head: int) -> str:
    return TALKS_FAILED.format(v=verb, n=verb - 1, h=head)


EN = [
    ("ccomp: indirect", conllu(("Price said that the talks failed.", f"""
Price Price PROPN 2 nsubj
said say VERB 0 root
{_clause(6, 2)}
. . PUNCT 2 punct""")), [("indirect", "Price", "said", "the talks failed")]),
    ("quote before the cue", conllu(('"We will win," Smith said.', """
" " PUNCT 4 punct
We we PRON 4 nsubj
will will AUX 4 aux
win win VERB 8 ccomp
, , PUNCT 4 punct
" " PUNCT 4 punct
Smith Smith PROPN 8 nsubj
said say VERB 0 root
. . PUNCT 8 punct""")), [("direct", "Smith", "said", "We will win")]),
    ("cue then colon quote", conllu(('Smith said: "We will win."', """
Smith Smith PROPN 2 nsubj
said say VERB 0 root
: : PUNCT 7 punct
" " PUNCT 7 punct
We we PRON 7 nsubj
will will AUX 7 aux
win win VERB 2 parataxis
. . PUNCT 7 punct
" " PUNCT 7 punct""")), [("direct", "Smith", "said", "We will win.")]),
    ("inverted subject", conllu(('"We will win," said Smith.', """
" " PUNCT 4 punct
We we PRON 4 nsubj
will will AUX 4 aux
win win VERB 7 ccomp
, , PUNCT 4 punct
" " PUNCT 4 punct
said say VERB 0 root
Smith Smith PROPN 7 nsubj
. . PUNCT 7 punct""")), [("direct", "Smith", "said", "We will win")]),
    ("according to: case + fixed", conllu(("According to Price, the talks failed.", """
According according VERB 3 case
to to ADP 1 fixed
Price Price PROPN 7 obl
, , PUNCT 3 punct
the the DET 6 det
talks talk NOUN 7 nsubj
failed fail VERB 0 root
. . PUNCT 7 punct""")), [("indirect", "Price", "According to", "the talks failed")]),
    ("as X said: content on both sides", conllu(("The talks, as Price said, failed.", """
The the DET 2 det
talks talk NOUN 8 nsubj
, , PUNCT 6 punct
as as SCONJ 6 mark
Price Price PROPN 6 nsubj
said say VERB 8 advcl
, , PUNCT 6 punct
failed fail VERB 0 root
. . PUNCT 8 punct""")), [("indirect", "Price", "said", "The talks … failed")]),
    ("passive with agent", conllu(("It was reported by Reuters that the talks failed.", f"""
It it PRON 3 expl
was be AUX 3 aux:pass
reported report VERB 0 root
by by ADP 5 case
Reuters Reuters PROPN 3 obl:agent
{_clause(9, 3)}
. . PUNCT 3 punct""")), [("indirect", "Reuters", "was reported", "the talks failed")]),
    ("negation belongs to the cue", conllu(("Price did not say that the talks failed.", f"""
Price Price PROPN 4 nsubj
did do AUX 4 aux
not not PART 4 advmod Polarity=Neg
say say VERB 0 root
{_clause(8, 4)}
. . PUNCT 4 punct""")), [("indirect", "Price", "did not say", "the talks failed")]),
    ("impersonal passive: no speaker", conllu(("It was reported that the talks failed.", f"""
It it PRON 3 expl
was be AUX 3 aux:pass
reported report VERB 0 root
{_clause(7, 3)}
. . PUNCT 3 punct""")), [("indirect", None, "was reported", "the talks failed")]),
    ("conj inherits the subject", conllu(("Price smiled and said that the talks failed.", f"""
Price Price PROPN 2 nsubj
smiled smile VERB 0 root
and and CCONJ 4 cc
said say VERB 2 conj
{_clause(8, 4)}
. . PUNCT 2 punct""")), [("indirect", "Price", "said", "the talks failed")]),
    ("relative clause: the relative pronoun is the mention",
     conllu(("Price, who said that the talks failed, left.", f"""
Price Price PROPN 10 nsubj
, , PUNCT 4 punct
who who PRON 4 nsubj PronType=Rel
said say VERB 1 acl:relcl
{_clause(8, 4)}
, , PUNCT 4 punct
left leave VERB 0 root
. . PUNCT 10 punct""")), [("indirect", "who", "said", "the talks failed")]),
    ("two-word verb", conllu(("Price pointed out that the talks failed.", f"""
Price Price PROPN 2 nsubj
pointed point VERB 0 root
out out ADP 2 compound:prt
{_clause(7, 2)}
. . PUNCT 2 punct""")), [("indirect", "Price", "pointed out", "the talks failed")]),
    ("apposition set off by commas is cut", conllu(("Jane Doe, a spokeswoman, said that the talks failed.", f"""
Jane Jane PROPN 7 nsubj
Doe Doe PROPN 1 flat
, , PUNCT 5 punct
a a DET 5 det
spokeswoman spokeswoman NOUN 1 appos
, , PUNCT 5 punct
said say VERB 0 root
{_clause(11, 7)}
. . PUNCT 7 punct""")), [("indirect", "Jane Doe", "said", "the talks failed")]),
    ("mixed: quoted fragment in the clause", conllu(('Price said the talks were "a failure".', """
Price Price PROPN 2 nsubj
said say VERB 0 root
the the DET 4 det
talks talk NOUN 8 nsubj
were be AUX 8 cop
" " PUNCT 8 punct
a a DET 8 det
failure failure NOUN 2 ccomp
" " PUNCT 8 punct
. . PUNCT 2 punct""")), [("mixed", "Price", "said", 'the talks were "a failure"')]),
    ("continuation: a second quotation after the cue clause", conllu(('"We will win," Smith said.', """
" " PUNCT 4 punct
We we PRON 4 nsubj
will will AUX 4 aux
win win VERB 8 ccomp
, , PUNCT 4 punct
" " PUNCT 4 punct
Smith Smith PROPN 8 nsubj
said say VERB 0 root
. . PUNCT 8 punct"""), ('"We are ready."', """
" " PUNCT 4 punct
We we PRON 4 nsubj
are be AUX 4 cop
ready ready ADJ 0 root
. . PUNCT 4 punct
" " PUNCT 4 punct""")), [("direct", "Smith", "said", "We will win … We are ready.")]),
    ("an apostrophe is no quotation mark: indirect, not mixed", conllu(("Price said Japan's defense holds.", """
Price Price PROPN 2 nsubj
said say VERB 0 root
Japan Japan PROPN 5 nmod:poss
's 's PART 3 case
defense defense NOUN 6 nsubj
holds hold VERB 2 ccomp
. . PUNCT 2 punct""")), [("indirect", "Price", "said", "Japan's defense holds")]),
    ("a noun is no cue", conllu(("The report is long.", """
The the DET 2 det
report report NOUN 4 nsubj
is be AUX 4 cop
long long ADJ 0 root
. . PUNCT 4 punct""")), []),
    ("imperative: no speaker, no row", conllu(("Say what you want.", """
Say say VERB 0 root
what what PRON 4 obj
you you PRON 4 nsubj
want want VERB 1 ccomp
. . PUNCT 1 punct""")), []),
    ("a title in quotes is no quote", conllu(('He starred in "Saturday Night Live".', """
He he PRON 2 nsubj
starred star VERB 0 root
in in ADP 7 case
" " PUNCT 7 punct
Saturday Saturday PROPN 7 compound
Night Night PROPN 7 compound
Live Live PROPN 2 obl
" " PUNCT 7 punct
. . PUNCT 2 punct""")), []),
    ("a quoted object of an unrelated verb is no content", conllu(('They sell "green" cars.', """
They they PRON 2 nsubj
sell sell VERB 0 root
" " PUNCT 4 punct
green green ADJ 6 amod
" " PUNCT 4 punct
cars car NOUN 2 obj
. . PUNCT 2 punct""")), []),
]

RU_FAILED = """
, , PUNCT {v} punct
что что SCONJ {v} mark
переговоры переговоры NOUN {v} nsubj
провалились провалиться VERB {h} {rel}
"""


def _ru_clause(verb: int, head: int, rel: str = "ccomp") -> str:
    return RU_FAILED.format(v=verb, h=head, rel=rel)


RU = [
    ("quote, dash, cue (parataxis of the quote)", conllu(("«Переговоры провалились», — заявил министр.", """
« « PUNCT 3 punct
Переговоры переговоры NOUN 3 nsubj
провалились провалиться VERB 0 root
» » PUNCT 3 punct
, , PUNCT 7 punct
— — PUNCT 7 punct
заявил заявить VERB 3 parataxis
министр министр NOUN 7 nsubj
. . PUNCT 3 punct""")), [("direct", "министр", "заявил", "Переговоры провалились")]),
    ("что-clause", conllu(("Министр заявил, что переговоры провалились.", f"""
Министр министр NOUN 2 nsubj
заявил заявить VERB 0 root
{_ru_clause(6, 2)}
. . PUNCT 2 punct""")), [("indirect", "Министр", "заявил", "переговоры провалились")]),
    ("по словам X", conllu(("По словам министра, переговоры провалились.", """
По по ADP 2 case
словам слово NOUN 6 obl
министра министр NOUN 2 nmod
, , PUNCT 2 punct
переговоры переговоры NOUN 6 nsubj
провалились провалиться VERB 0 root
. . PUNCT 6 punct""")), [("indirect", "министра", "По словам", "переговоры провалились")]),
    ("по его словам", conllu(("По его словам, переговоры провалились.", """
По по ADP 3 case
его он PRON 3 det
словам слово NOUN 6 obl
, , PUNCT 3 punct
переговоры переговоры NOUN 6 nsubj
провалились провалиться VERB 0 root
. . PUNCT 6 punct""")), [("indirect", "его", "По его словам", "переговоры провалились")]),
    ("согласно X", conllu(("Согласно МИД, переговоры провалились.", """
Согласно согласно ADP 2 case
МИД МИД PROPN 5 obl
, , PUNCT 2 punct
переговоры переговоры NOUN 5 nsubj
провалились провалиться VERB 0 root
. . PUNCT 5 punct""")), [("indirect", "МИД", "Согласно", "переговоры провалились")]),
    ("как сообщает X", conllu(("Как сообщает ТАСС, переговоры провалились.", """
Как как SCONJ 2 mark
сообщает сообщать VERB 6 advcl
ТАСС ТАСС PROPN 2 nsubj
, , PUNCT 2 punct
переговоры переговоры NOUN 6 nsubj
провалились провалиться VERB 0 root
. . PUNCT 6 punct""")), [("indirect", "ТАСС", "Как сообщает", "переговоры провалились")]),
    ("сообщил о том, что", conllu(("Министр сообщил о том, что переговоры провалились.", f"""
Министр министр NOUN 2 nsubj
сообщил сообщить VERB 0 root
о о ADP 4 case
том то PRON 2 obl
{_ru_clause(8, 4, "acl")}
. . PUNCT 2 punct""")), [("indirect", "Министр", "сообщил", "переговоры провалились")]),
    ("деепричастие inherits the subject", conllu(("Заявив, что переговоры провалились, министр ушёл.", """
Заявив заявить VERB 8 advcl
, , PUNCT 5 punct
что что SCONJ 5 mark
переговоры переговоры NOUN 5 nsubj
провалились провалиться VERB 1 ccomp
, , PUNCT 1 punct
министр министр NOUN 8 nsubj
ушёл уйти VERB 0 root
. . PUNCT 8 punct""")), [("indirect", "министр", "Заявив", "переговоры провалились")]),
    ("impersonal сообщается", conllu(("Сообщается, что переговоры провалились.", f"""
Сообщается сообщаться VERB 0 root
{_ru_clause(5, 1)}
. . PUNCT 1 punct""")), [("indirect", None, "Сообщается", "переговоры провалились")]),
    ("cue, colon, «quote»", conllu(("Министр заявил: «Переговоры провалились».", """
Министр министр NOUN 2 nsubj
заявил заявить VERB 0 root
: : PUNCT 6 punct
« « PUNCT 6 punct
Переговоры переговоры NOUN 6 nsubj
провалились провалиться VERB 2 parataxis
» » PUNCT 6 punct
. . PUNCT 2 punct""")), [("direct", "Министр", "заявил", "Переговоры провалились")]),
    ("dash dialogue", conllu(("— Переговоры провалились, — заявил министр.", """
— — PUNCT 3 punct
Переговоры переговоры NOUN 3 nsubj
провалились провалиться VERB 0 root
, , PUNCT 6 punct
— — PUNCT 6 punct
заявил заявить VERB 3 parataxis
министр министр NOUN 6 nsubj
. . PUNCT 3 punct""")), [("direct", "министр", "заявил", "Переговоры провалились")]),
    ("title and name without a comma stay one mention", conllu(("Шейх Салих сказал, что переговоры провалились.", f"""
Шейх шейх NOUN 3 nsubj
Салих Салих PROPN 1 appos
сказал сказать VERB 0 root
{_ru_clause(7, 3)}
. . PUNCT 3 punct""")), [("indirect", "Шейх Салих", "сказал", "переговоры провалились")]),
    ("an unrelated verb: no row", conllu(("Министр ушёл, когда переговоры провалились.", """
Министр министр NOUN 2 nsubj
ушёл уйти VERB 0 root
, , PUNCT 6 punct
когда когда SCONJ 6 mark
переговоры переговоры NOUN 6 nsubj
провалились провалиться VERB 2 advcl
. . PUNCT 2 punct""")), []),
]


@pytest.mark.parametrize(("name", "block", "expected"), EN, ids=[c[0] for c in EN])
def test_english_rules(name: str, block: str, expected: list[tuple[str, str | None, str | None, str]]) -> None:
    assert [row_view(q) for q in stanza_quotes(block, "en")] == expected


@pytest.mark.parametrize(("name", "block", "expected"), RU, ids=[c[0] for c in RU])
def test_russian_rules(name: str, block: str, expected: list[tuple[str, str | None, str | None, str]]) -> None:
    assert [row_view(q) for q in stanza_quotes(block, "ru")] == expected


def test_cue_lemma_and_type_come_from_the_lexicon() -> None:
    block = conllu(("Price believes that the talks failed.", f"""
Price Price PROPN 2 nsubj
believes believe VERB 0 root
{_clause(6, 2)}
. . PUNCT 2 punct"""))
    (q,) = stanza_quotes(block, "en")
    assert (q.cue.lemma if q.cue else None, q.cue_type, q.backend) == ("believe", "belief", "stanza")
    (two,) = stanza_quotes(conllu(("Price pointed out that the talks failed.", f"""
Price Price PROPN 2 nsubj
pointed point VERB 0 root
out out ADP 2 compound:prt
{_clause(7, 2)}
. . PUNCT 2 punct""")), "en")
    assert two.cue is not None and two.cue.lemma == "point out"


@pytest.mark.parametrize(("tag", "expected"), [("S-ORG", "organization"), ("S-PER", "person"),
                                               ("S-NORP", "group"), ("O", "person")])
def test_ner_gives_speaker_type(tag: str, expected: str) -> None:
    block = conllu(("Acme said that the talks failed.", f"""
Acme Acme PROPN 2 nsubj _ ner={tag}
said say VERB 0 root
{_clause(6, 2)}
. . PUNCT 2 punct"""))
    (q,) = stanza_quotes(block, "en")
    assert q.speaker_type == expected


def test_spans_index_the_document_text() -> None:
    from stanza_support import parsed_document

    for _, block, _ in EN + RU:
        doc = parsed_document(block)
        for q in stanza_quotes(block, "en" if block.isascii() else "ru"):
            cue_pieces = (q.cue.pieces or (q.cue.span,)) if q.cue else ()
            for span in (*q.content, q.speaker, *cue_pieces):
                if span is not None:
                    assert doc.text[span.start:span.end] == span.text
