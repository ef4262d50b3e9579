"""Speaker mentions -> names within one document (he -> Ned Price, the Secretary -> Antony Blinken).

Names are runs of capitalised words in the text; a mention resolves to (1) the name it contains,
extended to the fullest earlier form (Price -> Ned Price), (2) for a pronoun, the most recent
compatible speaker or name before it, (3) for a description (the department spokesperson), the
name the text introduced with the same role word (spokesperson Ned Price).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cached_property

from builder.lexicon import Lexicon
from builder.records import Attribution, Document, Speaker

NAME_WORD = re.compile(r"[^\W\d_][\w’'-]*", re.UNICODE)


@dataclass(frozen=True, slots=True)
class NameMention:
    start: int
    end: int
    name: str


class NameIndex:
    """Capitalised name runs of a document, and the role words written just before them."""

    def __init__(self, text: str, lex: Lexicon) -> None:
        self.text = text
        self.lex = lex

    @cached_property
    def mentions(self) -> list[NameMention]:
        out: list[NameMention] = []
        run: list[re.Match[str]] = []
        for m in NAME_WORD.finditer(self.text):
            w = m.group()
            contiguous = run and self.text[run[-1].end():m.start()] in (" ", ". ")
            if _is_cap(w) and not self._is_sentence_initial_function_word(m):
                if run and not contiguous:
                    self._flush(run, out)
                    run = []
                run.append(m)
            else:
                if run:
                    self._flush(run, out)
                run = []
        if run:
            self._flush(run, out)
        return out

    def _is_sentence_initial_function_word(self, m: re.Match[str]) -> bool:
        w = self.lex.fold(m.group())
        return w in self.lex.stop_words or w in self.lex.pronouns or w in self.lex.between

    def _flush(self, run: list[re.Match[str]], out: list[NameMention]) -> None:
        words = [m for m in run if m.group() not in self.lex.titles and f"{m.group()}." not in self.lex.titles]
        words = [m for m in words if self.lex.fold(m.group()) not in self.lex.roles]
        if not words:
            return
        start, end = words[0].start(), words[-1].end()
        out.append(NameMention(start, end, self.text[start:end]))

    @cached_property
    def starts(self) -> list[int]:
        return [m.start for m in self.mentions]

    def before(self, offset: int) -> list[NameMention]:
        return self.mentions[: bisect.bisect_left(self.starts, offset)]

    def fullest(self, name: str, offset: int) -> str:
        """The longest name seen up to `offset` (or anywhere) that ends with the words of `name`."""
        words = name.split()
        best = name
        for cand in self.mentions:
            cw = cand.name.split()
            if len(cw) > len(best.split()) and cw[-len(words):] == words:
                best = cand.name
                if cand.start >= offset:
                    break
        return best

    def by_role(self, role: str, offset: int) -> str | None:
        """The last name before `offset` written right after the role word (spokesperson Ned Price)."""
        pattern = re.compile(rf"\b{re.escape(role)}\b(?:\s+of\s+[A-Z][\w]*)*\s+", re.IGNORECASE)
        found = None
        for m in pattern.finditer(self.text, 0, max(offset, 0)):
            for mention in self.mentions:
                if mention.start == m.end():
                    found = mention.name
                    break
        return found


def _is_cap(w: str) -> bool:
    return (w[0].isupper() and not w.isupper()) or (w.isupper() and len(w) > 1)


def resolve_speakers(doc: Document, attributions: list[Attribution], lex: Lexicon) -> list[Speaker]:
    """One Speaker per attribution, in the same order."""
    names = NameIndex(doc.text, lex)
    resolved: list[tuple[int, Speaker]] = []
    out: list[Speaker] = []
    for a in attributions:
        sp = _resolve_one(a, names, lex, resolved)
        out.append(sp)
        if a.speaker is not None and sp.name:
            resolved.append((a.speaker.start, sp))
    return out


def _resolve_one(a: Attribution, names: NameIndex, lex: Lexicon,
                 resolved: list[tuple[int, Speaker]]) -> Speaker:
    if a.speaker is None:
        return Speaker(None, "unknown")
    text = a.speaker.text
    at = a.speaker.start
    words = [lex.fold(w) for w in NAME_WORD.findall(text)]
    if len(words) == 1 and words[0] in lex.pronouns:
        gender, number = lex.pronouns[words[0]]
        kind = "group" if number == "pl" else ("organization" if gender == "n" else "person")
        for _, sp in reversed([r for r in resolved if r[0] < at]):
            if sp.type == kind or (kind == "person" and sp.type == "person"):
                return Speaker(sp.name, kind, sp.role, sp.org)
        prior = names.before(at)
        return Speaker(prior[-1].name if prior and kind == "person" else None, kind)
    role = next((w for w in reversed(words) if w in lex.roles), None)
    own = [m for m in names.mentions if a.speaker.start <= m.start and m.end <= a.speaker.end]
    kind = _speaker_type(words, lex)
    if own:
        name = names.fullest(own[-1].name, at)
        return Speaker(name, kind, role)
    if role is not None:
        holder = names.by_role(role, at)
        if holder:
            return Speaker(names.fullest(holder, at), "person", role)
    return Speaker(None, kind, role)


def _speaker_type(words: list[str], lex: Lexicon) -> str:
    """Judged on the head (last word) of the mention: the State Department, a spokesperson, sources."""
    if not words:
        return "unknown"
    head = words[-1]
    if head in lex.documents or " ".join(words[-2:]) in lex.documents:
        return "document"
    if head in lex.organizations:
        return "organization"
    if head in lex.roles and head.endswith("s"):
        return "group"
    return "person"
