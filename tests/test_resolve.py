"""Speaker resolution: (text, speaker as written -> expected speaker_name) tables."""

from __future__ import annotations

import pytest

from builder import api

RESOLVE = [
    # a first-person speaker inside a quotation is whoever utters it, even when named after it
    ('"Russia, I hope you find the emails," Donald Trump told reporters.', "en", "I", "Donald Trump"),
    ("«Я думаю, что мы победим», — сказал Иван Петров.", "ru", "Я", "Иван Петров"),
    # he / she prefer a speaker the text already gave that gender (through an earlier pronoun)
    ("Hillary Clinton spoke in Ohio. She said Russia hacked the party. The United States accused Russia "
     "of the hack. She believed Putin wanted Trump to win.", "en", "She", "Hillary Clinton"),
    # a name that only modifies a description's head is not the speaker; no role: left unresolved
    ("Donald Trump spoke. The New York businessman praised Putin.", "en", "The New York businessman", None),
]


@pytest.mark.parametrize(("text", "lang", "written", "name"), RESOLVE)
def test_speaker_names(text: str, lang: str, written: str, name: str | None) -> None:
    got = [q.speaker_name for q in api.extract(text, lang=lang) if q.speaker and q.speaker.text == written]
    assert got and got[-1] == name
