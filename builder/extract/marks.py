"""Text + lexicon -> every quoted stretch (“…”, "…", «…», „…“, ''…'', nested ‘…’), as offsets.

Pairs are matched per paragraph with a stack, so nesting («… „…“ …») and the two roles of “
(closing „, opening “…”) resolve by what is open. A paragraph that opens a quote without closing it,
followed by a paragraph that opens with the same mark, continues the same quote (multi-paragraph
quotes); any other unclosed mark is dropped. Straight marks open or close by their neighbours, and
a double mark may close the other double kind (texts mix “…" and "…”). Marks may be several
characters long ('' in texts typed on old keyboards).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Final

from builder.lexicon import Lexicon
from builder.segment import TextIndex

OPEN_NEIGHBOURS: Final = frozenset(" \t\n\r([{/-–—―:;,«“„")
SPACED_CLOSE_BEFORE: Final = frozenset(",.!?…'’")  # what may stand before a space and a closing straight mark
CLOSING_PUNCT: Final = frozenset(",.!?…")  # before an opening mark typed to close (“… where voters stand.“[HuffPost.])


@dataclass(init=False, unsafe_hash=True, slots=True)  # not frozen at run time: nothing assigns to it after __init__
class Quoted:
    """One quotation: its marks and the content pieces inside them (one per paragraph)."""

    open: int
    close: int
    pieces: tuple[tuple[int, int], ...]
    depth: int
    mark: str
    close_len: int = 1

    def __init__(self, open: int, close: int, pieces: tuple[tuple[int, int], ...], depth: int, mark: str,
                 close_len: int = 1) -> None:
        # built by hand (init=False): mypyc runs a dataclass's generated __init__ as Python, ~10x slower
        self.open = open
        self.close = close
        self.pieces = pieces
        self.depth = depth
        self.mark = mark
        self.close_len = close_len

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]

    @property
    def outer_end(self) -> int:
        """Offset just after the closing mark."""
        return self.close + self.close_len


@dataclass(init=False, unsafe_hash=True, slots=True)  # not frozen at run time: nothing assigns to it after __init__
class _Open:
    char: str
    closer: str
    pos: int
    pieces: tuple[tuple[int, int], ...] = ()
    first_open: int = -1

    def __init__(self, char: str, closer: str, pos: int, pieces: tuple[tuple[int, int], ...] = (),
                 first_open: int = -1) -> None:
        # built by hand (init=False): mypyc runs a dataclass's generated __init__ as Python, ~10x slower
        self.char = char
        self.closer = closer
        self.pos = pos
        self.pieces = pieces
        self.first_open = first_open

    @property
    def inner(self) -> int:
        return self.pos + len(self.char)


@dataclass(frozen=True)
class MarkTable:
    """The lexicon's marks compiled for scanning."""

    pattern: re.Pattern[str]
    closers: dict[str, tuple[str, ...]]
    inner: frozenset[str]
    symmetric: frozenset[str]
    doubles: frozenset[str]  # closers of the outer (double) pairs


@cache
def _table(pairs: tuple[tuple[str, str], ...], inner_pairs: tuple[tuple[str, str], ...]) -> MarkTable:
    closers: dict[str, list[str]] = {}
    for a, b in pairs + inner_pairs:
        closers.setdefault(a, []).append(b)
    marks = sorted({c for p in pairs + inner_pairs for c in p}, key=lambda m: (-len(m), m))
    return MarkTable(
        pattern=re.compile("|".join(re.escape(m) for m in marks)),
        closers={k: tuple(v) for k, v in closers.items()},
        inner=frozenset(a for a, _ in inner_pairs),
        symmetric=frozenset(a for a, b in pairs + inner_pairs if a == b),
        doubles=frozenset(b for _, b in pairs),
    )


def _can_open(text: str, pos: int, size: int) -> bool:
    nxt = text[pos + size] if pos + size < len(text) else " "
    prev = text[pos - 1] if pos > 0 else " "
    return not nxt.isspace() and (prev in OPEN_NEIGHBOURS or not prev.isalnum())


def _can_close(text: str, pos: int, size: int) -> bool:
    nxt = text[pos + size] if pos + size < len(text) else " "
    prev = text[pos - 1] if pos > 0 else " "
    return not prev.isspace() and not nxt.isalnum()


def _spaced_close(text: str, pos: int, size: int) -> bool:
    """“… 'a flight to quality,' " he said”: a straight mark after a space closes when punctuation or an
    inner closing mark stands before the space and it cannot open (a space or punctuation after it)."""
    nxt = text[pos + size] if pos + size < len(text) else " "
    return pos >= 2 and text[pos - 1] == " " and text[pos - 2] in SPACED_CLOSE_BEFORE and not nxt.isalnum() \
        and not _can_open(text, pos, size)


def _sloppy_close(table: MarkTable, top: _Open, c: str, text: str, pos: int, size: int) -> bool:
    """Texts mix curly and straight marks (“…" or "…”): a double mark may close the other double kind,
    where it can close ("… isn’t about “Equal Justice” anymore.": the “ after a space opens)."""
    return top.char not in table.inner and c not in table.inner and c in table.doubles \
        and top.closer in table.doubles and (c in table.symmetric) != (top.closer in table.symmetric) \
        and _can_close(text, pos, size)


def _typo_close(table: MarkTable, top: _Open, c: str, text: str, pos: int, size: int) -> bool:
    """“…,“ said X: an opening mark typed where the closing one belongs closes when it cannot open."""
    return c == top.char and c not in table.symmetric and c not in table.inner \
        and _can_close(text, pos, size) and (not _can_open(text, pos, size) or (
            text[pos - 1] in CLOSING_PUNCT and not text[pos + size:pos + size + 1].isalnum()))


def _typo_open(table: MarkTable, c: str, text: str, pos: int, size: int, p_start: int) -> bool:
    """”… they are so not like him,” she said: a double closing mark that opens the paragraph, or that
    can open and cannot close, with nothing open before it, is an opening mark typed wrong."""
    return c in table.doubles and c not in table.symmetric \
        and (pos == p_start or _can_open(text, pos, size)) and not _can_close(text, pos, size)


def find_quotes(index: TextIndex, lex: Lexicon) -> list[Quoted]:
    """Every closed quotation in the text, sorted by opening offset, outermost first on ties."""
    text = index.text
    table = _table(lex.mark_pairs, lex.inner_pairs)
    found: list[Quoted] = []
    pending: _Open | None = None  # an outer quote left open at the end of the previous paragraph
    for p_start, p_end in index.paragraphs:
        stack: list[_Open] = []
        carried = pending
        pending = None
        skip_to = p_start
        for m in table.pattern.finditer(text, p_start, p_end):
            c = m.group()
            pos, size = m.start(), len(c)
            if pos < skip_to:
                continue
            run = _inner_then_outer(table, stack, text, pos)
            if run:
                # ''… the word 'old-school,''' said X: the inner single mark closes, then the double one
                outer_size = len(stack[-2].closer)
                for close, close_size in ((pos, run - outer_size), (pos + run - outer_size, outer_size)):
                    top = stack.pop()
                    if close > top.inner:
                        first = top.first_open if top.first_open >= 0 else top.pos
                        found.append(Quoted(first, close, (*top.pieces, (top.inner, close)), len(stack), top.char,
                                            close_size))
                skip_to = pos + run
                continue
            if len(stack) > 1 and c not in table.inner and stack[-1].char in table.inner \
                    and any(o.closer == c for o in stack[:-1]) and _can_close(text, pos, size):
                # “… he said, ‘I hope so,'” Clinton said: an inner mark left open (or closed by a mark
                # of another kind) does not keep the outer quotation from closing
                while stack[-1].char in table.inner and stack[-1].closer != c:
                    stack.pop()
            if stack and (c == stack[-1].closer or _sloppy_close(table, stack[-1], c, text, pos, size)
                          or _typo_close(table, stack[-1], c, text, pos, size)) \
                    and (c not in table.symmetric or _can_close(text, pos, size)
                         or (c == stack[-1].closer and _spaced_close(text, pos, size))):
                top = stack.pop()
                if pos > top.inner:
                    first = top.first_open if top.first_open >= 0 else top.pos
                    found.append(Quoted(first, pos, (*top.pieces, (top.inner, pos)), len(stack), top.char, size))
                continue
            if carried is not None and not stack and c == carried.closer and c != carried.char \
                    and _can_close(text, pos, size):
                # «…⏎⏎… всё возможное», — сказал министр: a quotation left open at the end of a paragraph
                # closes in the next one that does not open it again (unpaired marks of their own kind)
                first = carried.first_open if carried.first_open >= 0 else carried.pos
                found.append(Quoted(first, pos, (*carried.pieces, (p_start, pos)), 0, carried.char, size))
                carried = None
                continue
            if c not in table.closers:
                if not stack and _typo_open(table, c, text, pos, size, p_start):
                    stack.append(_Open(c, c, pos))  # ”Sorry, Sarah!” posted X: a closing mark typed to open
                continue
            if c in table.inner and not stack:
                continue  # single marks only nest inside a double quote: elsewhere they are apostrophes
            if c in table.symmetric and not _can_open(text, pos, size):
                continue
            if carried is not None and not stack and pos == p_start and c == carried.char:
                stack.append(_Open(c, carried.closer, pos, carried.pieces, carried.first_open))
                carried = None
                continue
            stack.append(_Open(c, _closer_for(table, c, text, pos + size, p_end), pos))
        if stack and stack[0].inner < p_end:
            outer = stack[0]
            pending = _Open(outer.char, outer.closer, outer.pos, (*outer.pieces, (outer.inner, p_end)),
                            outer.first_open if outer.first_open >= 0 else outer.pos)
    found.sort(key=lambda q: (q.open, q.depth))
    return [t for t in (_trim(text, q) for q in found) if t is not None]


def _inner_then_outer(table: MarkTable, stack: list[_Open], text: str, pos: int) -> int:
    """Length of a run of marks at `pos` that closes the open inner quotation and then the outer one
    around it (the inner ' and then the outer '' in a run of three), or 0: the scanner alone would read
    the longest mark first and leave the inner one open."""
    if len(stack) < 2 or stack[-1].char not in table.inner or stack[-2].char in table.inner:
        return 0
    run = stack[-1].closer + stack[-2].closer
    if len(run) < 3 or not text.startswith(run, pos) or not _can_close(text, pos + len(run) - 1, 1):
        return 0
    return len(run)


def _closer_for(table: MarkTable, c: str, text: str, start: int, p_end: int) -> str:
    """Of the closers this opener may have („ closes with “ or ”), the first that occurs later."""
    options = table.closers[c]
    if len(options) == 1:
        return options[0]
    best, best_pos = options[0], p_end + 1
    for o in options:
        i = text.find(o, start, p_end)
        if 0 <= i < best_pos:
            best, best_pos = o, i
    return best


def _trim(text: str, q: Quoted) -> Quoted | None:
    """Drop whitespace at the edges of each piece; None if nothing is left."""
    pieces = []
    for s, e in q.pieces:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            pieces.append((s, e))
    if not pieces:
        return None
    return Quoted(q.open, q.close, tuple(pieces), q.depth, q.mark, q.close_len)
