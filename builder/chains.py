"""Attributions + resolved speakers -> Quote rows with ids, parents and chains.

An attribution whose content, speaker and cue lie inside another's content is nested in it
(`parent_id` = the innermost such attribution). Every chain starts with the document's own source
when the text names one (a dateline "INTERFAX -", a trailing "(Yonhap)"), then the outer speakers.
"""

from __future__ import annotations

import re
from functools import cache

from builder.lexicon import Lexicon
from builder.records import Attribution, Document, Link, Quote, Speaker, quote_id

DATELINE_CHARS = 400
CREDIT_CHARS = 200


@cache
def _agency_pattern(agencies: tuple[str, ...]) -> re.Pattern[str]:
    alts = "|".join(re.escape(a) for a in sorted(agencies, key=len, reverse=True))
    return re.compile(rf"(?<!\w)({alts})(?!\w)", re.IGNORECASE)


def find_doc_source(doc: Document, lex: Lexicon) -> str | None:
    """The agency a text names as its own source: in a dateline near the start or a credit at the end.

    A dateline mention is followed by a dash ("INTERFAX -", "(Reuters) -"); a credit is the
    agency in brackets at the very end of the article ("(Yonhap)").
    """
    pattern = _agency_pattern(lex.agencies)
    canonical = {a.lower(): a for a in lex.agencies}
    text = doc.text
    for m in pattern.finditer(text, 0, min(len(text), DATELINE_CHARS)):
        after = text[m.end():m.end() + 4]
        if re.match(r"\)?\s*[-–—]", after):
            return canonical[m.group(1).lower()]
    tail_start = max(0, len(text) - CREDIT_CHARS)
    last = None
    for m in pattern.finditer(text, tail_start):
        before, after = text[max(0, m.start() - 1):m.start()], text[m.end():m.end() + 1]
        if before == "(" and after == ")":
            last = m
    if last is not None:
        rest = text[last.end() + 1:]
        if len(rest.strip()) < 40:  # nothing of substance after the credit
            return canonical[last.group(1).lower()]
    return None


def _parts(a: Attribution) -> list[tuple[int, int]]:
    """The character ranges an attribution occupies: content pieces, speaker, cue."""
    out = [(p.start, p.end) for p in a.content]
    if a.speaker is not None:
        out.append((a.speaker.start, a.speaker.end))
    if a.cue is not None:
        out.append((a.cue.start, a.cue.end))
    return out


def _parents(attributions: list[Attribution]) -> list[int | None]:
    """For each attribution, the innermost other one whose content holds its content, speaker and cue."""
    parts = [_parts(a) for a in attributions]
    bounds = [(min(s for s, _ in p), max(e for _, e in p)) for p in parts]
    out: list[int | None] = []
    for i, a in enumerate(attributions):
        lo, hi = bounds[i]
        best: int | None = None
        for j, o in enumerate(attributions):
            if j == i or not (o.start <= lo and hi <= o.end) or (o.start, o.end) == (a.start, a.end):
                continue
            inside = all(any(p.start <= s and e <= p.end for p in o.content) for s, e in parts[i])
            if inside and (best is None or o.end - o.start < attributions[best].end - attributions[best].start):
                best = j
        out.append(best)
    return out


def build_chains(doc: Document, attributions: list[Attribution], speakers: list[Speaker], *,
                 language: str, backend: str, doc_source: str | None) -> list[Quote]:
    """Quote rows for one document (same order as `attributions`) with parent ids and chains."""
    ids = [quote_id(doc.doc_id, a.content, a.cue) for a in attributions]
    parents = _parents(attributions)

    def chain_of(i: int, depth: int = 0) -> tuple[Link, ...]:
        a, sp = attributions[i], speakers[i]
        own = Link(sp.name or (a.speaker.text if a.speaker else None), a.cue.lemma if a.cue else None, ids[i])
        p = parents[i]
        if p is None or depth > 16:
            root = (Link(doc_source, None, None),) if doc_source else ()
            return (*root, own)
        return (*chain_of(p, depth + 1), own)

    quotes = []
    for i, (a, sp) in enumerate(zip(attributions, speakers, strict=True)):
        p = parents[i]
        quotes.append(Quote(
            quote_id=ids[i], doc_id=doc.doc_id, language=language, kind=a.kind, content=a.content,
            cue=a.cue, cue_type=a.cue_type, speaker=a.speaker, speaker_name=sp.name,
            speaker_type=sp.type, speaker_role=sp.role, speaker_org=sp.org,
            medium=a.medium.text if a.medium else None, parent_id=ids[p] if p is not None else None,
            chain=chain_of(i), confidence=a.confidence, backend=backend))
    return quotes
