"""Attributions + resolved speakers -> Quote rows with ids, parents and chains.

An attribution whose content, speaker and cue lie inside another's content is nested in it
(`parent_id` = the innermost such attribution). Every chain starts with the document's own source
when the text names one (a dateline "INTERFAX -", a trailing "(Yonhap)"), then the outer speakers.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from functools import cache
from itertools import accumulate

from builder import fastrecords
from builder.lexicon import Lexicon
from builder.records import Attribution, Document, Link, Quote, Span, Speaker

DATELINE_CHARS = 400
CREDIT_CHARS = 200


@cache
def _agency_pattern(agencies: tuple[str, ...]) -> re.Pattern[str]:
    alts = "|".join(re.escape(a) for a in sorted(agencies, key=len, reverse=True))
    return re.compile(rf"(?<!\w)({alts})(?!\w)", re.IGNORECASE)


def find_doc_source(doc: Document, lex: Lexicon) -> str | None:
    """The agency a text names as its own source: in a dateline near the start or a credit at the end.

    A dateline mention is followed by a dash ("INTERFAX -", "(Reuters) -"), stands between slashes
    ("МОСКВА, 5 мая. /ТАСС/.") or after a dash at the end of its sentence ("МОСКВА, 5 мая — РИА Новости.");
    a credit is the agency in brackets at the very end of the article ("(Yonhap)").
    """
    pattern = _agency_pattern(lex.agencies)
    canonical = {a.lower(): a for a in lex.agencies}
    text = doc.text
    for m in pattern.finditer(text, 0, min(len(text), DATELINE_CHARS)):
        after = text[m.end():m.end() + 4]
        before = text[max(0, m.start() - 3):m.start()]
        if re.match(r"\)?\s*[-–—]", after) or (before.endswith("/") and after.startswith("/")) \
                or (re.search(r"[-–—]\s*$", before) and re.match(r"\.?\s*$|\.?\s*\n|\.\s", after)):
            # "INTERFAX -", "(Reuters) -"; "МОСКВА, 5 мая. /ТАСС/."; "МОСКВА, 5 мая — РИА Новости."
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


def _words(s: Span) -> tuple[int, int]:
    """The span less the marks and punctuation at its edges: an inner quotation's own closing mark
    ("I want the House,’" inside “She said ‘I know … I want the House,’”) may stand past the outer
    content, which ends before the marks."""
    text = s.text
    a, b = 0, len(text)
    while a < b and not text[a].isalnum():
        a += 1
    while b > a and not text[b - 1].isalnum():
        b -= 1
    return (s.start + a, s.start + b) if a < b else (s.start, s.end)


def _parts(a: Attribution) -> list[tuple[int, int]]:
    """The character ranges an attribution occupies, by their words: content pieces, speaker, cue."""
    out = [_words(p) for p in a.content]
    if a.speaker is not None:
        out.append(_words(a.speaker))
    if a.cue is not None:
        out.append((a.cue.start, a.cue.end))
    return out


def _parents(attributions: list[Attribution]) -> list[int | None]:
    """For each attribution, the innermost other one whose content holds its content, speaker and cue
    (the first in order among equally long ones)."""
    parts = [_parts(a) for a in attributions]
    outer = [(a.content[0].start, a.content[-1].end) for a in attributions]  # (not the interpreted properties)
    by_start = sorted(range(len(attributions)), key=lambda j: outer[j][0])
    starts = [outer[j][0] for j in by_start]
    reach = list(accumulate((outer[j][1] for j in by_start), max))  # furthest end among the first k
    gapped = [a.cue is not None and s < a.cue.start and a.cue.end < e
              for a, (s, e) in zip(attributions, outer, strict=True)]
    out: list[int | None] = []
    for i, own in enumerate(parts):
        lo, hi = own[0]
        for s, e in own:  # (the least start and the greatest end: a loop, where min and max took a generator each)
            if s < lo:
                lo = s
            if e > hi:
                hi = e
        best: tuple[int, int] | None = None  # (length, index) of the innermost holder so far
        # only attributions starting at or before `lo` can hold it; stop where none of them reaches `hi`
        k = bisect.bisect_right(starts, lo) - 1
        while k >= 0 and reach[k] >= hi:
            j = by_start[k]
            k -= 1
            o = attributions[j]
            if j == i or hi > outer[j][1] or (outer[j] == outer[i] and not gapped[i]):
                continue  # the same extent holds only a report whose cue splits its content
                # ("noted that Reagan appeared unsteady": "Reagan … unsteady" in what was noted)
            inside = all(any(p.start <= s and e <= p.end for p in o.content) for s, e in own)
            if inside and (best is None or (outer[j][1] - outer[j][0], j) < best):
                best = (outer[j][1] - outer[j][0], j)
        out.append(best[1] if best is not None else None)
    return out


def _quote_id(doc_id: str, attribution: Attribution) -> str:
    """records.quote_id(doc_id, attribution.content, attribution.cue), hashed in one piece: the same
    sha1 over the same bytes (stable_hash's parts, each followed by a unit separator)."""
    offsets = ",".join([f"{s.start}-{s.end}" for s in attribution.content])
    cue = attribution.cue
    key = f"{doc_id}\x1f{offsets}\x1f{f'{cue.start}-{cue.end}' if cue is not None else ''}\x1f"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _chain(i: int, parents: list[int | None], links: list[Link], root: tuple[Link, ...]) -> tuple[Link, ...]:
    """The chain of attribution i: the document's source (`root`), then its holders outermost first, then
    its own link; at most 17 holders are followed (a guard: nesting never cycles)."""
    path = [i]
    p = parents[i]
    while p is not None and len(path) <= 17:
        path.append(p)
        p = parents[p]
    return (*root, *[links[k] for k in reversed(path)])


def build_chains(doc: Document, attributions: list[Attribution], speakers: list[Speaker], *,
                 language: str, backend: str, doc_source: str | None) -> list[Quote]:
    """Quote rows for one document (same order as `attributions`) with parent ids and chains."""
    ids = [_quote_id(doc.doc_id, a) for a in attributions]
    parents = _parents(attributions)

    # each attribution's own link, shared by the chains that pass through it (no closure calling itself:
    # its reference cycle kept every attribution of the document alive until a garbage collection)
    links = [fastrecords.link(sp.name or (a.speaker.text if a.speaker else None), a.cue.lemma if a.cue else None,
                              ids[i]) for i, (a, sp) in enumerate(zip(attributions, speakers, strict=True))]
    root = (fastrecords.link(doc_source, None, None),) if doc_source else ()
    quotes = []
    for i, (a, sp) in enumerate(zip(attributions, speakers, strict=True)):
        p = parents[i]
        quotes.append(fastrecords.quote(
            ids[i], doc.doc_id, language, a.kind, a.content, a.cue, a.cue_type, a.speaker, sp.name, sp.type,
            sp.role, sp.org, a.medium.text if a.medium else None, ids[p] if p is not None else None,
            _chain(i, parents, links, root), a.confidence, backend))
    return quotes
