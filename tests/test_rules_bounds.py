"""Rules backend, content boundaries: (text, expected rows) tables, English and Russian.

Where reported content ends (and starts) when the sentence goes on past it: a fronted subordinate
clause, a trailing appositive or relative clause, the main clause after a set-off cue clause.
Each expected row is (kind, speaker text or None, cue text or None, content pieces).
"""

from __future__ import annotations

import pytest

from builder import api

Row = tuple[str, str | None, str | None, list[str]]


def rows(text: str, lang: str) -> list[Row]:
    return [(q.kind, q.speaker.text if q.speaker else None, q.cue.text if q.cue else None,
             [c.text for c in q.content])
            for q in api.extract(text, lang=lang) if q.parent_id is None]


FRONTED_SUBORDINATE = [
    # a cue in a clause opened by a subordinator at the start of the sentence reports up to the comma
    # that closes the clause; the main clause is the narrator's (was content up to the full stop)
    ("While liberals dismissed him as a Hollywood actor, the truth was he was a governor.", "en",
     [("indirect", "liberals", "dismissed", ["him as a Hollywood actor"])]),
    ("While Clinton has forcefully condemned the proposal, the groups say they are concerned.", "en",
     [("indirect", "Clinton", "condemned", ["the proposal"]),
      ("indirect", "the groups", "say", ["they are concerned"])]),
    ("But when Fiorina announced 6,000 layoffs, some workers were angry.", "en",
     [("indirect", "Fiorina", "announced", ["6,000 layoffs"])]),
    ("Хотя министр заявил, что реформа провалилась, депутаты проголосовали за бюджет.", "ru",
     [("indirect", "министр", "заявил", ["реформа провалилась"])]),
    ("Когда Петров осудил решение суда, зал замолчал.", "ru", [("indirect", "Петров", "осудил", ["решение суда"])]),
    # a subordinator inside the content keeps its main clause ("if X, Y" is what was said)
    ("The minister said that if the reform fails, deputies will leave.", "en",
     [("indirect", "The minister", "said", ["if the reform fails, deputies will leave"])]),
    ("Министр заявил, что если реформа провалится, депутаты уйдут.", "ru",
     [("indirect", "Министр", "заявил", ["если реформа провалится, депутаты уйдут"])]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), FRONTED_SUBORDINATE)
def test_fronted_subordinate_clause(text: str, lang: str, expected: list[Row]) -> None:
    assert rows(text, lang) == expected
