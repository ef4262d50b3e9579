"""Speaker mentions -> resolved speakers within one document: name, type, role, organisation.

A mention resolves to (1) the person or organisation name it contains, extended to the fullest form
the document uses (Price -> Ned Price; Кисина -> Евгений Кисин through the nominative); (2) for a
personal pronoun, the most recent compatible speaker or name before it (gender where the language's
morphology tells it); (3) for a relative pronoun, the noun phrase it follows; (4) for a description
(the Secretary, the department spokesperson, пианист), the name the text introduced with that role
word. Role and organisation come from the mention or from the name's introduction
("state department spokesperson Ned Price" -> spokesperson, state department).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import accumulate

from builder import fastrecords
from builder.lexicon import Lexicon
from builder.morph import has_case, is_cyrillic, parses, verb_gender
from builder.records import Attribution, Document, Span, Speaker

WORD_PUNCTUATION = "’'-"  # the characters other than \w that continue a word (_word_char tests one)
WORD_CHARS = rf"[\w{WORD_PUNCTUATION}]"  # the characters that continue a WORD, CAPITALISED or LOWER_WORD word
WORD = re.compile(rf"[^\W\d_]{WORD_CHARS}*|\d+")
# A word that starts with a capital letter (Latin, Latin-1, Cyrillic), not inside another word. The
# first letter comes before the lookbehind (which then looks at the character before it), so the
# engine skips ahead to candidate letters instead of testing the lookbehind at every position.
CAPITALISED = re.compile(rf"[A-Z\u00C0-\u00DE\u0400-\u042F](?<!{WORD_CHARS}.){WORD_CHARS}*+")
LOWER_WORD = re.compile(rf"[a-z\u00DF-\u00FF\u0430-\u045F](?<!{WORD_CHARS}.){WORD_CHARS}*+")
STANDALONE_AFTER = ",.;:!?)"  # what may follow a word written on its own (see NameIndex._written_elsewhere)
APOSTROPHE = re.compile(r"['’]")
NAME_GAPS = frozenset({" ", "-"})  # what may stand between two words of one name
INITIAL_GAPS = frozenset({".", ". "})  # ... after an initial or a title (J. Smith, Sen. Warren)
MAX_NAME_WORDS = 4
TITLE_REACH = 12  # characters before a name searched for a gendered title ("Mrs. ", "госпожа ")
TITLE_WEIGHT = 1e-3  # what a mention in a title-case headline counts towards a name's full form
TITLE_CASE_SHARE = 0.8  # of a line's words of four letters or more capitalised: a title-case headline
MAX_PARTICLES_GAP = 10  # the longest gap of particles between two name words (" van der ")
# Characters that no role match (see NameIndex.by_role) can hold, unless the role word has them.
SENTENCE_MARKS = ".!?;:()[]\"“”«»"
PRONOUN_WINDOW = 1500  # chars: a pronoun refers back at most this far
PREVIOUS_WORD_REACH = 40  # chars looked back for the word before a name


@dataclass(init=False, unsafe_hash=True, slots=True)  # not frozen at run time: nothing assigns to it after __init__
class Mention:
    """A run of capitalised words in the text: a candidate name."""

    start: int
    end: int
    name: str
    words: tuple[str, ...]
    gender: str  # m, f or "" (unknown)
    person: bool

    def __init__(self, start: int, end: int, name: str, words: tuple[str, ...], gender: str, person: bool) -> None:
        # built by hand (init=False): mypyc runs a dataclass's generated __init__ as Python, ~10x slower
        self.start = start
        self.end = end
        self.name = name
        self.words = words
        self.gender = gender
        self.person = person


class NameIndex:
    """The document's names (capitalised runs without titles, roles and function words)."""

    def __init__(self, text: str, lex: Lexicon) -> None:
        # views computed on first use by the _make_* methods (plain attributes: mypyc compiles these
        # classes, and it cannot compile functools.cached_property)
        self._mentions: list[Mention] | None = None
        self._fullest: dict[tuple[str, bool], list[NameGroup]] | None = None
        self._starts: list[int] | None = None
        self._genders: dict[str, str] | None = None
        self._first_by_name: dict[str, Mention] | None = None
        self._surnames: frozenset[str] | None = None
        self.text = text
        self.lex = lex
        self._names = _name_words(lex)
        self._roles: dict[str, tuple[re.Pattern[str], list[Mention], list[int]]] = {}
        self._common: dict[str, bool] = {}  # per sentence-initial capitalised word: a common word here
        self._title_lines: dict[int, bool] = {}  # per line start: the line is a title-case headline

    @property
    def mentions(self) -> list[Mention]:
        v = self._mentions
        if v is None:
            v = self._mentions = self._make_mentions()
        return v

    def _make_mentions(self) -> list[Mention]:
        """Runs of adjacent capitalised name words (only capitalised words are looked at)."""
        out: list[Mention] = []
        words: list[str] = []  # the run being read: its words and where each starts
        starts: list[int] = []
        held = ""  # a sentence-initial adjective kept back: it opens a place's name (Южная Корея)
        held_start = 0
        for m in CAPITALISED.finditer(self.text):
            w = m.group()
            start = m.start()
            if held:
                if start == held_start + len(held) + 1 and _place_word(w) and self._name_word(w, start):
                    words.append(held)
                    starts.append(held_start)
                held = ""
            if self._name_word(w, start):
                if words and not self._joined(words, starts[-1] + len(words[-1]), start):
                    self._flush(words, starts, out)
                    words.clear()
                    starts.clear()
                words.append(w)
                starts.append(start)
            else:
                if words:
                    self._flush(words, starts, out)
                    words.clear()
                    starts.clear()
                if self.lex.morphology and _adjective(w):
                    held, held_start = w, start
        if words:
            self._flush(words, starts, out)
        return out

    def _joined(self, run: list[str], start: int, end: int) -> bool:
        """Whether a capitalised word starting at `end` continues the name whose words `run` ends at
        `start`: a space between, an initial's dot (J. Smith), or name particles after a single given name
        (Bill de Blasio, Mayor Bill de Blasio; not Los Hijos de Trump)."""
        prev = run[-1]
        if end - start > 2:  # (a cheap test first: most capitalised words are far apart)
            if end - start <= MAX_PARTICLES_GAP and self._institution_gap(prev, start, end):
                return True
            return end - start <= MAX_PARTICLES_GAP and self._particles(start, end) \
                and (len(run) == 1 or _title_like(run[-2], self.lex))
        gap = self.text[start:end]
        if gap in NAME_GAPS:
            return True
        return gap in INITIAL_GAPS and (len(prev) == 1 or f"{prev}." in self.lex.titles)

    def _institution_gap(self, prev: str, start: int, end: int) -> bool:
        """Whether text[start:end] is " of " or " for " (the lexicon's institution_prepositions) after an
        organisation noun `prev`: the organisation's name goes on (Department of Justice, Agency for
        Nuclear Safety)."""
        text = self.text
        return end - start > 3 and text[start] == " " and text[end - 1] == " " \
            and self.lex.fold(text[start + 1:end - 1]) in self.lex.institution_prepositions \
            and self.lex.fold(prev) in self.lex.organizations

    def _particles(self, start: int, end: int) -> bool:
        """Whether text[start:end] is " de " or " van der ": name particles between single spaces."""
        text = self.text
        if text[start] != " " or text[end - 1] != " ":
            return False
        words = text[start + 1:end - 1].split(" ")
        return len(words) <= 2 and all(w in self.lex.name_particles for w in words)

    def _particle_before(self, pos: int) -> int:
        """Where a name particle right before `pos` starts ("… said de Blasio"), else `pos`."""
        k = self.text.rfind(" ", 0, pos - 1)
        word = self.text[k + 1:pos - 1]
        if pos >= 2 and self.text[pos - 1] == " " and word in self.lex.name_particles:
            return k + 1
        return pos

    def _name_word(self, w: str, start: int) -> bool:
        """Whether the capitalised word `w` (at `start`) may be part of a name."""
        may = self._names.may_be_name(w)
        if not may or not self._sentence_initial(start):
            return may
        # a capitalised common word at the start of a sentence: the text also uses it in lower case,
        # or (where morphology tells) it is a known common word (Музыкант, Жители)
        common = self._common.get(w)
        if common is None:
            common = self._common[w] = self._in_lower_case(w) or (self.lex.morphology and _common_word(w))
        return not common

    def _in_lower_case(self, word: str) -> bool:
        """Whether the text also has `word` in lower case, as a whole word (a LOWER_WORD match). Asked
        for a few sentence-initial words per document: a substring search, then (where the lower-case
        form occurs at all) one search for it as a whole word, not a scan of all words."""
        low = word.lower()
        i = self.text.find(low)
        if i < 0 or LOWER_WORD.fullmatch(low) is None:
            return False
        return _find_word(self.text, low, i, standalone=False)

    def _sentence_initial(self, pos: int) -> bool:
        k = pos - 1
        while k >= 0 and self.text[k] in " \t\"“«„'‘(—–-":
            k -= 1
        return k < 0 or self.text[k] in ".!?\n…:"

    def _flush(self, run: list[str], starts: list[int], out: list[Mention]) -> None:
        """Add the name a run of capitalised name words (starting at `starts`) holds, if any, to `out`."""
        words = tuple(run)
        if len(words) > 1 and any(self._institution_gap(words[i], starts[i] + len(words[i]), starts[i + 1])
                                  for i in range(len(words) - 1)):
            # "Department of Justice", "Bank of England": an organisation's name, from its first word
            self._add(words, starts, 0, len(words), True, out)
            return
        if len(words) == 1 and self.lex.morphology and _common_word(words[0]) and self.lex.organization_noun(words[0]):
            return  # "представитель Министерства обороны": a capitalised institution noun names no one by itself
        part = self._names.name_part(words)
        if part is None:
            return
        a, b, org = part
        self._add(words, starts, a, b, org, out)

    def _add(self, words: tuple[str, ...], starts: list[int], a: int, b: int, org: bool, out: list[Mention]) -> None:
        """Add the name of words [a, b) of a run (an organisation's if `org`) to `out`."""
        start, end = starts[a], starts[b - 1] + len(words[b - 1])
        last = words[b - 1]
        if len(last) > 2 and last[-2] in "'’" and last[-1] == "s":
            end -= 2  # a possessive is not part of the name (Rubio's -> Rubio)
            words = (*words[:b - 1], last[:-2], *words[b:])
        if not org and self.lex.name_particles:
            start = self._particle_before(start)  # Mayor de Blasio -> de Blasio
        tokens = words[a:b]
        gender = _gender(tokens, self.lex) if self.lex.morphology else ""
        if not gender and not org and self.lex.gendered_titles:
            before = self.text[max(0, start - TITLE_REACH):start].split()
            gender = self.lex.gendered_titles.get(before[-1], "") if before else ""  # Mrs. Clinton -> f
        out.append(Mention(start, end, self.text[start:end], tokens, gender, person=not org))

    @property
    def fullest(self) -> dict[tuple[str, bool], list[NameGroup]]:
        v = self._fullest
        if v is None:
            v = self._fullest = self._make_fullest()
        return v

    def _make_fullest(self) -> dict[tuple[str, bool], list[NameGroup]]:
        """Per (last word's key, person or not): the people (or organisations) whose full names end in that
        word. Full forms with the same first word are one person ("Hillary Rodham Clinton", "Hillary Clinton");
        a person's form that only puts words the text also writes elsewhere in front of another full form is a
        descriptor of it ("Republican Donald Trump", "Democrat Hillary Clinton"; not "Debbie Wasserman Schultz").
        Each group's name is its form that is no descriptor and the text writes most often (an organisation's:
        its longest), then the longer, then the first; runs of a headline in title case ("Trump Ties Hillary
        Clinton") count only where nothing else does."""
        forms: dict[tuple[str, bool], dict[tuple[str, ...], float]] = {}
        first: dict[tuple[tuple[str, bool], tuple[str, ...]], Mention] = {}
        starts: dict[tuple[tuple[str, bool], tuple[str, ...]], list[int]] = {}
        for m in self.mentions:
            if len(m.words) < 2:
                continue
            key = (_name_key(m.words[-1], self.lex), m.person)
            weight = TITLE_WEIGHT if self._title_case_line(m.start) else 1.0
            known = forms.setdefault(key, {})
            known[m.words] = known.get(m.words, 0.0) + weight
            first.setdefault((key, m.words), m)
            starts.setdefault((key, m.words), []).append(m.start)
        out: dict[tuple[str, bool], list[NameGroup]] = {}
        for key, weights in forms.items():
            fk = {w: tuple(_name_key(x, self.lex) for x in w) for w in weights}
            # a form that ends with another names the same one (US State Department, State Department; Debbie
            # Wasserman Schultz, Wasserman Schultz; Republican Donald Trump, Donald Trump); for a person, words
            # in front that the text also writes elsewhere are a descriptor, not a fuller name
            parent: dict[tuple[str, ...], tuple[str, ...]] = {}
            descriptors: set[tuple[str, ...]] = set()
            longest_first = sorted(weights, key=len, reverse=True)
            for w in weights:
                for v in longest_first:
                    if len(v) < len(w) and fk[w][len(w) - len(v):] == fk[v] and weights[v] >= 1.0:
                        parent[w] = v
                        if key[1] and self._written_elsewhere(w[:len(w) - len(v)]):
                            descriptors.add(w)
                        break
            members: dict[str, list[tuple[str, ...]]] = {}
            for w in weights:
                root = w
                while root in parent:
                    root = parent[root]
                members.setdefault(fk[root][0], []).append(w)
            groups = []
            for ws in members.values():
                # an organisation's name is its longest form; a person's the form the text writes most often
                # (capitalised words run into a name as often as a name grows fuller: "Unlike Hillary Clinton")
                rep = max(ws, key=lambda w: (weights[w] >= 1.0, w not in descriptors,
                                             (weights[w], len(w)) if key[1] else (len(w), weights[w]),
                                             -first[(key, w)].start))
                groups.append(NameGroup(first[(key, rep)], frozenset(fk[w] for w in ws),
                                        sorted(x for w in ws for x in starts[(key, w)]),
                                        any(weights[w] >= 1.0 for w in ws)))
            out[key] = groups
        return out

    def _written_elsewhere(self, words: tuple[str, ...]) -> bool:
        """Whether the text also writes the first of `words` on its own, before a lower-case word or a
        punctuation mark ("Republican voters", "a Democrat, she …"): a descriptor, not a name's first word
        ("New" before "Hampshire", "Debbie" only in "Debbie Wasserman Schultz")."""
        i = self.text.find(words[0])
        return i >= 0 and _find_word(self.text, words[0], i, standalone=True)

    def _title_case_line(self, pos: int) -> bool:
        """Whether the line holding `pos` is written in title case: most of its words of four letters or
        more are capitalised (a headline), so capitalised runs there are not names alone."""
        text = self.text
        a = text.rfind("\n", 0, pos) + 1
        known = self._title_lines.get(a)
        if known is not None:
            return known
        b = text.find("\n", pos)
        titled = _title_case(text[a:b if b >= 0 else len(text)])
        self._title_lines[a] = titled
        return titled

    @property
    def surnames(self) -> frozenset[str]:
        """The keys of the person names the text writes as one word ("Clinton said")."""
        v = self._surnames
        if v is None:
            v = self._surnames = frozenset(_name_key(m.words[0], self.lex) for m in self.mentions
                                           if len(m.words) == 1 and m.person)
        return v

    @property
    def starts(self) -> list[int]:
        v = self._starts
        if v is None:
            v = self._starts = self._make_starts()
        return v

    def _make_starts(self) -> list[int]:
        return [m.start for m in self.mentions]

    def inside(self, start: int, end: int) -> list[Mention]:
        i = bisect.bisect_left(self.starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].end <= end:
                out.append(self.mentions[i])
            i += 1
        return out

    def headline_name(self, start: int, end: int) -> list[Mention]:
        """A speaker mention of two to four capitalised words on a title-case headline, where the run of
        capitalised words it stands in is no name of its own ("Hillary Clinton" in "Hillary Clinton Calls
        ISIS Violence …"), as a mention."""
        words = tuple(self.text[start:end].split(" "))
        if not 1 < len(words) <= MAX_NAME_WORDS or not self._title_case_line(start) \
                or not all(w[:1].isupper() and self._names.may_be_name(w) for w in words):
            return []
        gender = _gender(words, self.lex) if self.lex.morphology else ""
        return [Mention(start, end, self.text[start:end], words, gender, True)]

    def before(self, offset: int) -> Iterator[Mention]:
        """The mentions that start before `offset`, nearest first (lazily: callers stop early)."""
        for i in range(bisect.bisect_left(self.starts, offset) - 1, -1, -1):
            yield self.mentions[i]

    @property
    def genders(self) -> dict[str, str]:
        v = self._genders
        if v is None:
            v = self._genders = self._make_genders()
        return v

    def _make_genders(self) -> dict[str, str]:
        """The gender a name's mentions show (from a given name), by canonical name."""
        out: dict[str, str] = {}
        for m in self.mentions:
            if m.gender:
                out.setdefault(self.canonical(m), m.gender)
        return out

    def gender_of(self, name: str) -> str:
        return self.genders.get(name, "")

    @property
    def first_by_name(self) -> dict[str, Mention]:
        v = self._first_by_name
        if v is None:
            v = self._first_by_name = self._make_first_by_name()
        return v

    def _make_first_by_name(self) -> dict[str, Mention]:
        """The first mention of each name."""
        out: dict[str, Mention] = {}
        for m in self.mentions:
            out.setdefault(m.name, m)
        return out

    def canonical(self, mention: Mention, oblique: bool = False) -> str:
        """The full name of the person (or organisation) a mention names: among the groups of full forms (see
        `fullest`) with a form that ends with (the lemmas of) the mention's words or that the mention only puts
        words in front of, the one the text writes most often (then the longer, then the first: a surname alone
        is the article's main bearer of it), and that group's name; an `oblique` mention (по словам Кисина)
        with no fuller form is put in the nominative."""
        keys = tuple(_name_key(w, self.lex) for w in mention.words)
        n = len(keys)
        matching = [g for g in self.fullest.get((keys[-1], mention.person), ())
                    if any(f[len(f) - n:] == keys or (1 < len(f) < n and keys[n - len(f):] == f) for f in g.forms)]
        if not matching and n == 1 and mention.person:
            # a given name alone ("Hillary said", "Андрей сказал") names the one person whose full name
            # opens with it, where the text also writes that person's surname alone or (with morphology) the
            # word reads as a given name: not "Trump" for a headline's "Trump Train"
            given = [g for (last, person), groups in self.fullest.items() if person for g in groups
                     if any(len(f) > 1 and f[0] == keys[0] for f in g.forms)
                     and (last in self.surnames or (self.lex.morphology and _given_name(mention.words[0])))]
            if len(given) == 1:
                matching = given
        if any(g.body for g in matching):
            matching = [g for g in matching if g.body]
        best = mention
        if matching:
            # every mention of one person gets the same name, the group's ("Billionaire Donald Trump" too,
            # when the text writes "Donald Trump" more often)
            best = max(matching, key=lambda g: (len(g.starts), len(g.rep.words), -g.starts[0])).rep
        if best is mention and self.lex.morphology and oblique:
            gender = mention.gender if len(mention.words) > 1 else ""
            return " ".join(_nominative(w, self.lex, gender) for w in mention.words)
        if best is not mention and self.lex.morphology and best.person and best.gender \
                and _oblique_name(best.words, best.gender):
            # the fullest form may itself be oblique (… адвокат Виталия Маркива; 29-летний Маркив) -> Виталий Маркив
            return " ".join(_nominative(w, self.lex, best.gender) for w in best.words)
        return best.name

    def by_role(self, role: str, offset: int) -> Mention | None:
        """The last person name before `offset` introduced right after a role word (spokesperson Ned Price)."""
        pattern, hits, hit_starts = self._role_matches(role)
        # A role match never holds a sentence mark, so the matches before the last one ahead of `offset`
        # are those of the whole text: only the stretch after it is matched again, up to `offset`.
        sync = max((self.text.rfind(c, 0, max(offset, 0)) for c in SENTENCE_MARKS if c not in role), default=-1) + 1
        found = None
        for m in pattern.finditer(self.text, sync, max(offset, 0)):
            found = self._introduced(m) or found
        if found is None:
            i = bisect.bisect_left(hit_starts, sync) - 1
            found = hits[i] if i >= 0 else None
        return found

    def _role_matches(self, role: str) -> tuple[re.Pattern[str], list[Mention], list[int]]:
        """A role's pattern, and the names it introduces in the whole text with the starts of their role words."""
        if role not in self._roles:
            pattern = _role_pattern(role)
            hits, starts = [], []
            for m in pattern.finditer(self.text):
                name = self._introduced(m)
                if name is not None:
                    hits.append(name)
                    starts.append(m.start())
            self._roles[role] = (pattern, hits, starts)
        return self._roles[role]

    def _introduced(self, m: re.Match[str]) -> Mention | None:
        """The person name that starts right where a role match ends."""
        i = bisect.bisect_left(self.starts, m.end())
        if i < len(self.mentions) and self.mentions[i].start == m.end() and self.mentions[i].person:
            return self.mentions[i]
        return None


@dataclass(init=False, eq=False, slots=True)  # compared by identity; nothing assigns to it after __init__
class NameGroup:
    """The full forms of one person's (or organisation's) name in a document."""

    rep: Mention  # the form the name is given by
    forms: frozenset[tuple[str, ...]]  # every form, as name keys (lemmas where morphology exists)
    starts: list[int]  # where the forms are written, sorted
    body: bool  # written outside title-case headlines

    def __init__(self, rep: Mention, forms: frozenset[tuple[str, ...]], starts: list[int], body: bool) -> None:
        # built by hand (init=False): mypyc runs a dataclass's generated __init__ as Python, ~10x slower
        self.rep = rep
        self.forms = forms
        self.starts = starts
        self.body = body


# Distinct capitalised words and runs of them met by one process (names recur across documents); the
# caches below are bounded by this many entries each.
WORD_CACHE_SIZE = 1 << 16


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _role_pattern(role: str) -> re.Pattern[str]:
    """A role word (any ending, not inside a word), its "of …" and possessive complements, then the space or
    comma before a name: "spokesperson Ned Price", "secretary of state John Kerry". The role's first
    letter comes before the lookbehind, so that the engine tests the lookbehind only where that letter
    stands, not at every position of the text."""
    return re.compile(rf"{re.escape(role[:1])}(?<!\w.){re.escape(role[1:])}"
                      rf"\w*(?:\s+(?:of|\w+’s|\w+'s)\s+[A-Z]\w*)*[\s,]+", re.IGNORECASE)


def _title_case(line: str) -> bool:
    """Whether at least three of the WORD matches of `line` have four letters or more and a share of
    TITLE_CASE_SHARE of those starts with a capital. No WORD match holds a space, so the matches are those
    of the line's space-separated chunks: a chunk of letters is one (most chunks), and so is a chunk of
    letters with a mark after it that continues no word ("said,"); only the other chunks go through
    WORD (a findall over every line made a string per word: ≈ 7 % of the compiled extractor's time)."""
    long = upper = 0
    for chunk in line.split():
        n = len(chunk)
        if chunk.isalpha() or (n > 1 and chunk[:-1].isalpha() and not _word_char(chunk[-1])):
            if n - (not chunk[-1].isalpha()) >= 4:  # (the mark is no letter)
                long += 1
                upper += chunk[0].isupper()
            continue
        for w in WORD.findall(chunk):
            if len(w) >= 4:
                long += 1
                upper += w[0].isupper()
    return long >= 3 and upper >= TITLE_CASE_SHARE * long


def _word_char(c: str) -> bool:
    """Whether the character `c` continues a CAPITALISED or LOWER_WORD word (a WORD_CHARS character:
    the regular expressions' \\w is str.isalnum or the underscore)."""
    return c.isalnum() or c == "_" or c in WORD_PUNCTUATION


def _find_word(text: str, word: str, i: int, standalone: bool) -> bool:
    """Whether `word` occurs in `text` at `i` (where a search for it found it first) or after, with no
    WORD_CHARS character on either side; `standalone`: and with a lower-case word (after spaces) or one of
    STANDALONE_AFTER next instead of a capitalised word ("Republican voters", "a Democrat, she"). A loop of
    substring searches, where a pattern per word cost a regex compile (≈ 0.2 ms) per new word: the "s" of
    a sentence-initial "S" in "U.S." occurs a hundred times inside other words of a text, which costs less."""
    n = len(word)
    size = len(text)
    while i >= 0:
        end = i + n
        if i == 0 or not _word_char(text[i - 1]):
            if not standalone:
                if end >= size or not _word_char(text[end]):
                    return True
            elif end < size:
                c = text[end]
                if c in STANDALONE_AFTER:
                    return True
                if c.isspace():
                    k = end + 1
                    while k < size and text[k].isspace():
                        k += 1
                    if k < size and "a" <= text[k] <= "z":
                        return True
        i = text.find(word, i + 1)
    return False


class _NameWords:
    """What a lexicon makes of capitalised words (`_may_be_name`) and of runs of them (`_name_part`),
    remembered for the process (names recur across documents) in dictionaries keyed by the word or the
    run: a lookup there costs a fraction of an lru_cache's keyed by (word, lexicon), which builds and
    compares a tuple per call. Each dictionary is emptied when it reaches WORD_CACHE_SIZE entries."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.words: dict[str, bool] = {}
        self.runs: dict[tuple[str, ...], tuple[int, int, bool] | None] = {}

    def may_be_name(self, word: str) -> bool:
        may = self.words.get(word)
        if may is None:
            if len(self.words) >= WORD_CACHE_SIZE:
                self.words.clear()
            may = self.words[word] = _may_be_name(word, self.lex)
        return may

    def name_part(self, words: tuple[str, ...]) -> tuple[int, int, bool] | None:
        try:
            return self.runs[words]
        except KeyError:  # (None is a value here: a miss raises, once per new run)
            if len(self.runs) >= WORD_CACHE_SIZE:
                self.runs.clear()
            part = self.runs[words] = _name_part(words, self.lex)
            return part


@cache
def _name_words(lex: Lexicon) -> _NameWords:
    return _NameWords(lex)


def _may_be_name(word: str, lex: Lexicon) -> bool:
    """A capitalised word that may be part of a name: not a function word, determiner, pronoun, adverb…"""
    f = lex.fold(word)
    return not (f in lex.function_words or f in lex.determiners or f in lex.stop_words or f in lex.pronouns
                or f in lex.as_prefixes or f in lex.adverbs)


def _name_part(words: tuple[str, ...], lex: Lexicon) -> tuple[int, int, bool] | None:
    """The words [a, b) of a run of capitalised name words that make the name, and whether it is an
    organisation's; None when nothing is left."""
    a, b = 0, len(words)
    org = lex.fold(words[-1]) in lex.organizations or all(w.isupper() and len(w) > 1 for w in words)
    if not org:
        # titles, roles, organisation and place words before a person's name are not part of it
        # ("Foreign Minister Anna Keller" -> Anna Keller: everything up to the last such word goes)
        a = max((i + 1 for i, w in enumerate(words[:-1]) if _title_like(w, lex)), default=0)
        while a < b and (_title_like(words[a], lex) or lex.fold(words[a]) in lex.organizations
                         or (lex.morphology and b - a > 1 and _not_a_person_word(words[a]))):
            a += 1
    while lex.morphology and b > a and _adjective(words[b - 1]):
        b -= 1  # a name does not end in an adjective (Украинская сторона, Международное агентство)
    if a == b:
        return None
    if not org and b - a > MAX_NAME_WORDS:
        a = b - MAX_NAME_WORDS
    return a, b, org


def _title_like(word: str, lex: Lexicon) -> bool:
    return word in lex.titles or f"{word}." in lex.titles or lex.fold(word) in lex.roles


def _name_key(word: str, lex: Lexicon) -> str:
    """A surname's comparison key: its lemma where morphology exists (Кисина -> кисин)."""
    if lex.morphology:
        for p in parses(word):
            if {"Surn", "Name", "Patr"} & set(p.tag.grammemes):
                return str(p.normal_form)
        return lex.fold(word)
    return lex.fold(word)


NAME_TAGS = frozenset({"Surn", "Name", "Patr"})
SINGULAR = "sing"  # pymorphy3's number grammeme
GENDER_GRAMMEMES = {"m": "masc", "f": "femn"}  # a Mention's gender -> pymorphy3's grammeme


def _nominative(word: str, lex: Lexicon, gender: str = "") -> str:
    """A name word in the nominative (Кисина -> Кисин); a word that already is one stays. With the
    `gender` (m or f, a Mention's) of the name it is part of, only singular readings of that gender count
    (Сергея Лаврова -> Сергей Лавров, not the feminine surname Лаврова; Марии -> Мария, not the plural)."""
    readings = [p for p in parses(word) if NAME_TAGS & set(p.tag.grammemes)]
    grammeme = GENDER_GRAMMEMES.get(gender)
    if grammeme and any(p.tag.gender == grammeme and p.tag.number == SINGULAR for p in readings):
        readings = [p for p in readings if p.tag.gender == grammeme and p.tag.number == SINGULAR]
    if not readings or any(p.tag.case == "nomn" for p in readings):
        return word
    form = readings[0].inflect({"nomn"})
    if form is None:
        return word
    w = str(form.word)
    return w[:1].upper() + w[1:]


def _oblique_name(words: tuple[str, ...], gender: str) -> bool:
    """Whether a full name is an oblique form: two or more of its words read as names of the name's gender
    and none of them can be in the nominative (Виталия Маркива: yes; Джордж Мендонса: no; Евгения
    Чудновец: one such word only, and Евгения may be a woman's name in the nominative)."""
    grammeme = GENDER_GRAMMEMES.get(gender)
    seen = 0
    for w in words:
        named = [p for p in parses(w) if NAME_TAGS & p.tag.grammemes and p.tag.gender == grammeme]
        if any(p.tag.case == "nomn" for p in named):
            return False
        seen += bool(named)
    return seen >= 2


def _common_word(word: str) -> bool:
    """A Russian word whose likely readings are all known common words (no name, place, organisation)."""
    readings = parses(word)
    best = readings[0].score if readings else 0.0
    likely = [p for p in readings if p.score >= 0.25 * best]
    return bool(likely) and all(
        p.tag.POS is not None and not ({"Name", "Surn", "Patr", "Geox", "Orgn", "Abbr", "Trad"} & set(p.tag.grammemes))
        and "UNKN" not in p.tag and "LATN" not in p.tag for p in likely)


def _given_name(word: str) -> bool:
    """A Russian word whose likeliest reading is a given name (Андрей, Андрея)."""
    readings = parses(word)
    return bool(readings) and "Name" in readings[0].tag.grammemes


def _adjective(word: str) -> bool:
    """A capitalised Russian word whose likeliest reading is an adjective and that no reading makes a name."""
    readings = parses(word)
    return bool(readings) and readings[0].tag.POS == "ADJF" and not any(
        ({"Name", "Surn", "Patr", "Orgn"} & set(p.tag.grammemes)) or (p.tag.POS == "NOUN" and "Geox" in p.tag)
        for p in readings)


def _place_word(word: str) -> bool:
    """A capitalised Russian word whose likeliest reading is a place name (Корея, Зеландия)."""
    readings = parses(word)
    return bool(readings) and "Geox" in readings[0].tag.grammemes


def _not_a_person_word(word: str) -> bool:
    """A capitalised Russian word that is a place or organisation name, not part of a person's name."""
    readings = parses(word)
    return any({"Geox", "Orgn"} & set(p.tag.grammemes) for p in readings[:2]) and not any(
        NAME_TAGS & set(p.tag.grammemes) for p in readings[:2])


def _gender(words: tuple[str, ...], lex: Lexicon) -> str:
    for w in words:
        for p in parses(w):
            g = set(p.tag.grammemes)
            if NAME_TAGS & g:
                if "masc" in g:
                    return "m"
                if "femn" in g:
                    return "f"
    return ""


@dataclass(init=False, unsafe_hash=True, slots=True)  # not frozen at run time: nothing assigns to it after __init__
class Known:
    """A speaker resolved earlier in the document: where it was mentioned, and what the text told of it."""

    pos: int
    speaker: Speaker
    inside_quote: bool
    gender: str  # m, f or "" (from a name, or from the cue's verb form where the language marks it)

    def __init__(self, pos: int, speaker: Speaker, inside_quote: bool, gender: str) -> None:
        # built by hand (init=False): mypyc runs a dataclass's generated __init__ as Python, ~10x slower
        self.pos = pos
        self.speaker = speaker
        self.inside_quote = inside_quote
        self.gender = gender


def resolve_speakers(doc: Document, attributions: list[Attribution], lex: Lexicon) -> list[Speaker]:
    """One Speaker per attribution, in the same order."""
    names = NameIndex(doc.text, lex)
    # the pieces of direct quotations, with the attribution each belongs to
    holders = [(p.start, p.end, i) for i, a in enumerate(attributions) if a.kind == "direct" for p in a.content]
    quoted = sorted((s, e) for s, e, _ in holders)
    quoted_starts = [s for s, _ in quoted]
    quoted_reach = list(accumulate((e for _, e in quoted), max))  # furthest end among the first k
    resolved: list[Known] = []
    out: list[Speaker] = [fastrecords.speaker(None, "unknown", None, None)] * len(attributions)

    def position(i: int) -> int:
        sp = attributions[i].speaker
        return sp.start if sp is not None else attributions[i].start

    for i in sorted(range(len(attributions)), key=position):
        a = attributions[i]
        sp = _resolve_one(doc, a, names, lex, resolved)
        out[i] = sp
        if a.speaker is not None and sp.name:
            k = bisect.bisect_right(quoted_starts, a.speaker.start) - 1
            inside = k >= 0 and quoted_reach[k] > a.speaker.start
            # the verb's agreement tells the speaker's gender best ("сообщила"), a name's morphology next
            gender = verb_gender(a.cue.text.split()[0]) if lex.morphology and a.cue is not None else ""
            if not gender and lex.morphology:
                gender = _gender(tuple(sp.name.split()), lex)
            if not gender:
                gender = names.gender_of(sp.name)
            pron = lex.pronouns.get(lex.fold(a.speaker.text))
            if not gender and pron is not None and pron[0] in ("m", "f") and pron[1] == "sg":
                gender = pron[0]  # "she" resolved to Clinton tells Clinton's gender to later pronouns
            bisect.insort(resolved, Known(a.speaker.start, sp, inside, gender), key=lambda r: r.pos)
    return _first_person(attributions, holders, out, lex)


def _first_person(attributions: list[Attribution], holders: list[tuple[int, int, int]], out: list[Speaker],
                  lex: Lexicon) -> list[Speaker]:
    """“I hope you find them,” Trump said: a first-person speaker inside a quotation is whoever utters the
    innermost quotation that holds it (resolved after everything else, as that speaker may come later).
    `holders`: (start, end, attribution index) of every direct quotation piece."""
    if not holders:
        return out
    fixed = list(out)
    for i, a in enumerate(attributions):
        if a.speaker is None or lex.fold(a.speaker.text) not in lex.first_person:
            continue
        inner = [(e - s, j) for s, e, j in holders if j != i and s <= a.speaker.start < e]
        if inner:
            # (a frozen record: shared, not copied; an unnamed holder too — "“I don’t want …,” said one
            # activist" is that activist, not the last person named)
            fixed[i] = out[min(inner)[1]]
    return fixed


def _resolve_one(doc: Document, a: Attribution, names: NameIndex, lex: Lexicon,
                 resolved: list[Known]) -> Speaker:
    if a.speaker is None:
        return fastrecords.speaker(None, "unknown", None, None)
    at = a.speaker.start
    words = [lex.fold(w) for w in WORD.findall(a.speaker.text)]
    if len(words) == 1:
        bare = APOSTROPHE.split(words[0], maxsplit=1)[0]
        if bare in lex.pronouns:
            words = [bare]  # He’s, she'd: the pronoun
    if len(words) == 1 and words[0] in lex.pronouns:
        return _pronoun(words[0], at, names, lex, resolved)
    if len(words) == 1 and words[0] in lex.relative_pronouns:
        return _relative(doc, at, names, lex)
    role = next((w for w in reversed(words) if _role_of(w, lex)), None)
    role = _role_of(role, lex) if role else None
    named = [m for m in names.inside(a.speaker.start, a.speaker.end)
             if not _in_brackets(doc.text, a.speaker.start, m.start)] \
        or names.headline_name(a.speaker.start, a.speaker.end)  # "Mark Ellison (R-Ohio)"; a headline's run
    oblique = a.cue is not None and a.cue.lemma in lex.phrase_types  # по словам Кисина
    written = a.speaker.text.split(" ")
    if lex.morphology and _fronted_preposition(doc.text, at, lex):
        # "В Кремле заявили": an institution as a fronted preposition's object, its head in the nominative
        name = " ".join([_institution_nominative(written[0]), *written[1:]]) if written[0][:1].isupper() else None
        return fastrecords.speaker(name, "organization", None, None)
    institution = _institution_name(written, lex, oblique) if lex.morphology and len(written) > 1 else None
    if institution is not None:
        return fastrecords.speaker(institution, "organization", None, None)
    heads = _head_mentions(doc.text, a.speaker, named, lex, subject=not oblique)
    own = heads or []
    kind = _speaker_type(words, lex, own)
    org = _org_before(a.speaker.text, role, lex) if role else None
    if heads is None and role is not None and org is None \
            and (not named[-1].person or lex.fold(named[-1].words[-1]) in lex.organizations):
        org = named[-1].name  # a spokeswoman for the Israeli Defense Ministry
    head = WORD.findall(a.speaker.text)[-1:]
    description = bool(own) and bool(head) and head[0][:1].islower() and not lex.morphology \
        and all(m.end < a.speaker.end - len(head[0]) for m in own)
    if description and role is None:
        # "The New York businessman": the name is a modifier, not the speaker; with no role to look up,
        # the description is left unresolved rather than guessed
        return fastrecords.speaker(None, kind, None, None)
    if own and not description:
        person = [m for m in own if m.person]
        mention = person[-1] if person and kind == "person" else own[-1]
        name = names.canonical(mention, oblique=oblique)
        if kind == "person" and role is None:
            role, org = _introduction(doc, names, name, lex)
        return fastrecords.speaker(name, kind, role, org)
    if lex.morphology and heads is not None and not own:
        gender = _description_gender(a.speaker.text, lex)
        if gender:
            sp = _pronoun_like(gender, at, names, lex, resolved)
            if sp.name:
                return fastrecords.speaker(sp.name, "person", role or sp.role, org or sp.org)
    if role is not None and heads is not None:
        holder = names.by_role(role, at)
        if holder is not None:
            _, intro_org = _introduction(doc, names, names.canonical(holder), lex)
            return fastrecords.speaker(names.canonical(holder), "person", role, org or intro_org)
        same = next((k.speaker for k in _known_before(resolved, at) if k.speaker.role == role and k.speaker.name),
                    None)
        if same is not None:
            return fastrecords.speaker(same.name, same.type, role, same.org)
    return fastrecords.speaker(None, kind, role, org)


def _fronted_preposition(text: str, at: int, lex: Lexicon) -> bool:
    """Whether a speaker mention at `at` is the object of a clause-opening preposition of the lexicon's
    document_prepositions ("В Кремле заявили": the extractor takes it only with an indefinite-personal verb)."""
    k = text.rfind(" ", 0, at - 1)
    word = text[k + 1:at - 1]
    if at < 2 or text[at - 1] != " " or lex.fold(word) not in lex.document_prepositions:
        return False
    j = k
    while j >= 0 and text[j] in " \t\"“«„'(—–-":
        j -= 1
    return j < 0 or text[j] in ".!?\n…:;,"


def _institution_name(written: list[str], lex: Lexicon, oblique: bool) -> str | None:
    """The name of an institution a Russian speaker phrase is, its head in the nominative, or None: capitalised
    adjectives, an organisation noun (capitalised when it opens the phrase), lower-case words after it and
    at most a closing run of capitalised genitives ("Министерство обороны сообщило", "по данным
    Министерства обороны России", "Международное агентство по изучению рака", "Агентство по охране
    окружающей среды США"). An oblique phrase's adjectives and head are put in the nominative too."""
    h = 0
    while h < len(written) - 1 and written[h][:1].isupper() and _adjective(written[h]):
        h += 1
    if not written[0][:1].isupper() or h + 1 >= len(written) or _role_of(written[h], lex) is not None \
            or not lex.organization_noun(written[h]) or not written[h + 1][:1].islower():
        return None
    tail = len(written)
    while tail > h + 2 and written[tail - 1][:1].isupper():
        tail -= 1  # (России, США: the country or city the institution belongs to)
    if any(w[:1].isupper() for w in written[h + 1:tail]):
        return None
    if oblique:
        lead = [_genitive_nominative(w) for w in written[:h + 1]]
    else:
        lead = [*written[:h], _institution_nominative(written[h])]
    return " ".join([*lead, *written[h + 1:]])


def _genitive_nominative(word: str) -> str:
    """A Russian noun after an adjunct phrase (по данным Министерства) in the nominative singular, by its
    genitive singular reading (Министерства -> Министерство, not the nominative plural it also reads as)."""
    for p in parses(word):
        if p.tag.case == "gent" and p.tag.number == SINGULAR:
            form = p.inflect({"nomn"})
            if form is not None:
                return _cased_like(word, str(form.word))
    return word


def _institution_nominative(word: str) -> str:
    """A name word in the nominative by its likeliest reading (Кремле -> Кремль, Минздраве -> Минздрав);
    a word that can be nominative stays (МИД, КПРФ)."""
    readings = parses(word)
    if not readings or any(p.tag.case == "nomn" for p in readings[:3]):
        return word
    form = readings[0].inflect({"nomn"})
    return word if form is None else _cased_like(word, str(form.word))


def _cased_like(word: str, form: str) -> str:
    """An inflected form of a capitalised `word` written as `word` is: in capitals (МИД) or capitalised."""
    return form.upper() if word.isupper() else form[:1].upper() + form[1:]


def _head_mentions(text: str, speaker: Span, own: list[Mention], lex: Lexicon,
                   subject: bool) -> list[Mention] | None:
    """The names in a speaker phrase that can name the speaker: not those in a prepositional phrase
    after its head. None: a lower-case head that is no document or organisation has names only as its
    prepositions' objects, so nobody named speaks, not even a holder of its role elsewhere in the text
    ("a spokesman for Hillary Clinton", "the president of Judicial Watch"; "an email from Neera Tanden"
    keeps its author and "the government of Costa Rica" its country). After a full name, a preposition
    ends the names ("Sen. Marco Rubio of Florida", "Brian Fallon, a spokesman for Hillary Clinton"),
    unless that name ends in a role ("Massachusetts Secretary of State William Galvin") or a role stands
    right before the last name ("… Bank of New York President William Dudley"). Where case marks the
    subject (`subject`: the speaker is a cue verb's subject), names none of whose words can be in that
    case only modify a head noun before them ("Пресс-секретарь министерства обороны России": not Россия;
    a quoted title such as «Эхо Москвы» is a name)."""
    if not own:
        return own
    before = WORD.findall(text[speaker.start:own[0].start])
    if subject and lex.subject_case and text[speaker.start:speaker.start + 1].isalnum() \
            and any(_head_noun(w, lex) for w in before) \
            and not any(_subject_name(m, text, lex) for m in own):
        return None
    while before and lex.fold(before[-1]) in lex.determiners:
        before.pop()
    first = next((i for i, w in enumerate(before) if i and lex.fold(w) in lex.np_prepositions), 0)
    head_word = lex.fold(before[first - 1]) if first else ""
    if first and lex.fold(before[-1]) in lex.np_prepositions and before[first - 1][:1].islower() \
            and head_word not in lex.documents and head_word not in lex.organizations:
        return None
    role_before_last = any(lex.fold(w) in lex.roles for w in WORD.findall(text[speaker.start:own[-1].start])[-1:])
    for k in range(1, len(own)):
        head = own[k - 1]
        if len(head.words) < 2 or role_before_last or lex.fold(head.words[-1]) in lex.roles \
                or lex.fold(head.words[-1]) in lex.organizations:
            continue
        if any(lex.fold(w) in lex.np_prepositions for w in WORD.findall(text[head.end:own[k].start])):
            return own[:k]
    return own


def _subject_name(m: Mention, text: str, lex: Lexicon) -> bool:
    """Whether a name can be a subject by its case: a word of it can be in the subject case, and an
    indeclinable name (an acronym, a foreign name) does not follow a lower-case word that cannot
    ("пресс-служба полиции РА": РА is the police's, in the genitive)."""
    case = lex.subject_case
    if not any(_name_in_case(w, case) for w in m.words):
        return False
    if all(_indeclinable(w) for w in m.words):
        prev = WORD.findall(text[max(0, m.start - PREVIOUS_WORD_REACH):m.start])[-1:]
        if prev and prev[0][:1].islower() and not has_case(prev[0], case):
            return False
    return True


def _indeclinable(word: str) -> bool:
    """A word whose case its form does not show: not Cyrillic, or every reading fixed or unknown (РА)."""
    readings = parses(word) if is_cyrillic(word) else ()
    return not readings or all("Fixd" in p.tag or p.tag.POS is None for p in readings)


def _name_in_case(word: str, case: str) -> bool:
    """Whether a name word can be in `case`: by its readings as a name where it has any (Маркива is a
    surname's genitive, not the common noun "маркива"), else by all its readings."""
    named = [p for p in parses(word) if NAME_TAGS & p.tag.grammemes]
    if not named:
        return has_case(word, case)
    return any(p.tag.case == case or "Fixd" in p.tag for p in named)


def _head_noun(word: str, lex: Lexicon) -> bool:
    """A noun that can be in the subject case (by its two likeliest readings): a speaker phrase's head."""
    return any(p.tag.POS == "NOUN" and p.tag.case == lex.subject_case for p in parses(word)[:2])


def _role_of(word: str, lex: Lexicon) -> str | None:
    """The role noun a word stands for (its lemma where morphology exists)."""
    if word in lex.roles:
        return word
    if lex.morphology:
        for p in parses(word):
            if lex.fold(str(p.normal_form)) in lex.roles:
                return lex.fold(str(p.normal_form))
    return None


def _description_gender(text: str, lex: Lexicon) -> str:
    """The gender of a one-word description of a person (актриса -> f, музыкант -> m), else ""."""
    words = WORD.findall(text)
    if len(words) != 1:
        return ""
    for p in parses(words[0])[:1]:
        g = set(p.tag.grammemes)
        if "NOUN" in g and "anim" in g and "sing" in g and not NAME_TAGS & g:
            return "m" if "masc" in g else "f" if "femn" in g else ""
    return ""


def _pronoun(word: str, at: int, names: NameIndex, lex: Lexicon, resolved: list[Known]) -> Speaker:
    gender, number = lex.pronouns[word]
    kind = "group" if number == "pl" else "organization" if gender == "n" else "person"
    return _pronoun_like(gender if number == "sg" else "x", at, names, lex, resolved, kind)


def _pronoun_like(gender: str, at: int, names: NameIndex, lex: Lexicon,
                  resolved: list[Known], kind: str = "person") -> Speaker:
    """The most recent compatible speaker (or person name) before `at`; for he / she, one whose gender the
    text told first ("Clinton … the United States … she" is Clinton)."""
    passes = (True, False) if gender in ("m", "f") else (False,)
    for exact in passes:
        for k in _known_before(resolved, at):
            if at - k.pos > PRONOUN_WINDOW:
                break
            if k.inside_quote or (exact and k.gender != gender):
                continue
            sp = k.speaker
            if _compatible(sp, kind, gender, k.gender):
                return sp  # (a frozen record: shared, not copied)
    if kind == "person":
        for m in names.before(at):
            if at - m.start > PRONOUN_WINDOW:
                break
            if m.person and len(m.words) >= 2 and (not gender or gender == "x" or not m.gender or m.gender == gender):
                return fastrecords.speaker(names.canonical(m), "person", None, None)
    return fastrecords.speaker(None, kind, None, None)


def _known_before(resolved: list[Known], at: int) -> Iterator[Known]:
    """The speakers resolved before offset `at` (`resolved` is sorted by position), nearest first."""
    for i in range(bisect.bisect_left(resolved, at, key=lambda r: r.pos) - 1, -1, -1):
        yield resolved[i]


def _compatible(sp: Speaker, kind: str, gender: str, known_gender: str) -> bool:
    if kind == "person":
        if sp.type != "person":
            return False
        return gender not in ("m", "f") or not known_gender or known_gender == gender
    if kind == "organization":
        return sp.type in ("organization", "document")
    return sp.type in ("group", "organization")


def _in_brackets(text: str, start: int, pos: int) -> bool:
    """Whether `pos` lies inside a bracket opened after `start`."""
    return text.count("(", start, pos) > text.count(")", start, pos)


def _relative(doc: Document, at: int, names: NameIndex, lex: Lexicon) -> Speaker:
    """“Smith, who said …” / “…, который заявил”: the name just before the comma that precedes the pronoun."""
    k = at - 1
    while k >= 0 and doc.text[k] in " ,":
        k -= 1
    for m in names.before(k + 1):
        if m.end < k:
            break  # mentions do not overlap: the ends of earlier ones are further away
        if m.end <= k + 1:
            return fastrecords.speaker(names.canonical(m), "person" if m.person else "organization", None, None)
    return fastrecords.speaker(None, "unknown", None, None)


def _speaker_type(words: list[str], lex: Lexicon, own: list[Mention]) -> str:
    """Judged on the head (last word) of the mention: the State Department, a spokesperson, sources."""
    if not words:
        return "unknown"
    head = words[-1]
    if not lex.morphology:
        # the head comes before a prepositional phrase (a statement from her ministry -> statement)
        # ("Department of State spokesman John Kirby": no cut inside an organisation's name)
        cut = next((i for i, w in enumerate(words) if w in lex.np_prepositions and i > 0
                    and not (w in lex.institution_prepositions and words[i - 1] in lex.organizations)), len(words))
        head = words[cut - 1]
    if lex.morphology:
        # the head is the first nominative noun; genitives follow it (Жители района, Суд присяжных)
        head = next((w for w in words if any(p.tag.POS == "NOUN" and p.tag.case == "nomn" for p in parses(w)[:2])),
                    head)
    if head in lex.documents or " ".join(words[-2:]) in lex.documents:
        return "document"
    if head in lex.organizations or (own and not own[-1].person and head == lex.fold(own[-1].words[-1])):
        return "organization"
    if lex.morphology and own and _place_word(head):
        return "organization"  # a country or city speaks through its authorities (Южная Корея заявила)
    if head in lex.roles and head.endswith(lex.plural_suffixes or ("\0",)) and head.rstrip("s") in lex.roles:
        return "group"
    if not own and _plural_noun(head, lex):
        return "group"  # critics, officials, организаторы
    if head in lex.pronouns and lex.pronouns[head][1] == "pl":
        return "group"
    return "person"


def _plural_noun(word: str, lex: Lexicon) -> bool:
    """A plural common noun: by morphology where the lexicon has it, else by a plural suffix."""
    if lex.morphology:
        readings = parses(word)
        return bool(readings) and readings[0].tag.POS == "NOUN" and readings[0].tag.number == "plur"
    return len(word) > 3 and word.endswith(lex.plural_suffixes) and not word.endswith(("ss", "us", "is"))


def _org_before(text: str, role: str | None, lex: Lexicon) -> str | None:
    """The words before a role noun in an English-order mention (state department spokesperson)."""
    if not role:
        return None
    words = WORD.findall(text)
    folded = [lex.fold(w) for w in words]
    if role not in folded:
        return None
    i = folded.index(role)
    lead = [w for w, f in zip(words[:i], folded[:i], strict=True) if f not in lex.determiners]
    if lead and any(lex.fold(w) in lex.organizations for w in lead):
        return " ".join(lead)
    # role first, then its organisation, then the name (Директор метрополитена Сергей Ионов)
    tail = []
    for w in words[i + 1:]:
        if w[0].isupper() and lex.morphology and any(NAME_TAGS & set(p.tag.grammemes) for p in parses(w)[:1]):
            break
        tail.append(w)
    return " ".join(tail) if tail and len(tail) < len(words) - i - 1 else None


def _introduction(doc: Document, names: NameIndex, name: str, lex: Lexicon) -> tuple[str | None, str | None]:
    """Role and organisation written just before the first full mention of a name."""
    first = names.first_by_name.get(name)
    if first is None:
        return None, None
    line_start = max(doc.text.rfind("\n", 0, first.start), doc.text.rfind(",", 0, first.start),
                     doc.text.rfind(".", 0, first.start - 1)) + 1
    lead = doc.text[line_start:first.start]
    words = WORD.findall(lead)[-5:]
    folded = [lex.fold(w) for w in words]
    for i in range(len(words) - 1, -1, -1):
        role = _role_of(folded[i], lex)
        if role:
            before = [w for w, f in zip(words[:i], folded[:i], strict=True) if f not in lex.determiners
                      and f not in lex.function_words]
            after = words[i + 1:]
            org_words = before if before and any(lex.fold(w) in lex.organizations for w in before) else after
            return role, " ".join(org_words) or None
    return None, None
