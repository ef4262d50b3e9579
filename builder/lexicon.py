"""Language knowledge as data: data/lexicons/<lang>.toml -> a validated, compiled, cached Lexicon.

Validation fails loudly (LexiconError) on a missing key, a wrong type, a duplicate, an unsorted list
or a lemma listed under two cue types, so a broken lexicon never reaches the extractor.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from builder import morph
from builder.errors import LexiconError, UnsupportedLanguageError
from builder.records import CUE_TYPES
from builder.resources import lexicon_dir

# section -> {key: expected type}; "list[str]" lists must be sorted and unique.
SCHEMA: dict[str, dict[str, str]] = {
    "": {"language": "str", "name": "str", "script": "str"},
    "detect": {"function_words": "list[str]"},
    "marks": {"pairs": "list[pair]", "inner_pairs": "list[pair]", "dashes": "list[str]"},
    "cues": {**{t: "list[str]" for t in CUE_TYPES}, "addressee": "list[str]", "noun_like": "list[str]",
             "noun_first": "list[str]",
             "document_only": "list[str]", "clausal_only": "list[str]", "bare_clause": "list[str]",
             "naming": "list[str]", "named_as_only": "list[str]", "issuing": "list[str]", "acquaintance": "list[str]",
             "prepositional": "list[pair]", "discourse_markers": "list[str]"},
    "inflection": {"engine": "str", "irregular": "list[list]", "doubling": "list[str]", "fold": "list[pair]"},
    "forms": {"base": "list[str]", "participle": "list[str]", "passive": "list[str]", "excluded": "list[str]",
              "agentless": "list[str]", "perfect_clitics": "list[str]", "subject_case": "str?"},
    "grammar": {
                "determiners": "list[str]", "infinitive_markers": "list[str]", "auxiliaries": "list[str]",
                "passive_auxiliaries": "list[str]", "negations": "list[str]", "skip_negated": "bool",
                "complementizers": "list[str]", "subordinators": "list[str]", "np_prepositions": "list[str]",
                "contrast_subordinators": "list[str]",
                "object_pronouns": "list[str]", "relative_pronouns": "list[str]", "plural_pronouns": "list[str]",
                "plural_words": "list[str]", "phase_verbs": "list[str]", "raising": "list[str]",
                "raising_verbs": "list[str]",
                "intensifiers": "list[str]", "adjective_determiners": "list[str]", "expletives": "list[str]",
                "non_speaker_labels": "list[str]", "indefinite_articles": "list[str]", "first_person": "list[str]",
                "abbreviations": "list[str]",
                "plural_suffixes": "list[str]", "possessive_suffixes": "list[str]", "adverb_suffixes": "list[str]",
                "adverbs": "list[str]", "time_words": "list[str]", "time_nouns": "list[str]",
                "non_speakers": "list[str]", "past_suffixes": "list[str]", "past_forms": "list[str]",
                "clause_openers": "list[str]",
                "pro_drop": "bool", "speech_nouns": "list[str]", "anaphors": "list[str]",
                "anaphor_determiners": "list[str]", "anaphor_nouns": "list[str]",
                "cataphors": "list[str]", "hedges": "list[str]",
                "object_prepositions": "list[str]",
                "possessed_nouns": "list[list]", "noun_modifiers": "list[str]", "agent_prepositions": "list[str]",
                "clause_nouns": "list[list]",
                "agent_complements": "list[str]",
                "question_starts": "list[str]", "fused_relatives": "list[str]",
                "far_complementizer": "bool", "as_prefixes": "list[str]", "predicate_markers": "list[str]",
                "date_continuations": "list[str]",
                "coordinators": "list[str]", "inverted_cue_types": "list[str]",
                "pronoun_after_cue": "bool", "coordinated_clause_ends": "bool", "non_content_starts": "list[str]",
                "participle_prepositions": "list[str]", "verb_particles": "list[str]",
                "absolute_prepositions": "list[str]", "colon_quote_joins": "bool", "trailing_asides": "list[str]",
                "source_prepositions": "list[str]", "source_openers": "list[str]",
                "adjunct_openers": "list[str]", "connectives": "list[str]", "time_adverbs": "list[str]",
                "gerund_suffixes": "list[str]", "perfect_participles": "list[str]"},
    "adjuncts": {"before_speaker": "list[str]", "belief_phrases": "list[str]", "possessives": "list[str]",
                 "impersonal": "list[str]", "document_prepositions": "list[str]", "hearsay_adverbs": "list[str]",
                 "possessed_adjuncts": "list[list]", "study_prepositions": "list[str]", "study_nouns": "list[str]"},
    "speakers": {"pronouns": "list[list]", "titles": "list[str]", "roles": "list[str]",
                 "organizations": "list[str]", "documents": "list[str]", "stop_words": "list[str]",
                 "between": "list[str]", "between_phrases": "list[str]", "end_after_cue": "list[str]",
                 "name_particles": "list[str]", "postmodifiers": "list[str]", "partitives": "list[str]",
                 "quantifiers": "list[str]", "gendered_titles": "list[list]",
                 "institution_prepositions": "list[str]"},
    "media": {"phrases": "list[str]"},
    "doc_source": {"agencies": "list[str]", "dateline": "str"},
}

FOLD_CACHE_SIZE = 200_000  # words whose fold() is remembered, per lexicon


@dataclass(frozen=True, slots=True)
class CueForm:
    """A cue word form found in text, with what it means."""

    lemma: str
    cue_type: str
    particle: str = ""  # multiword verbs: "point out" -> particle "out"
    form: str = ""  # grammatical kind of the form (see builder.morph)


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: one compiled lexicon per language
class Lexicon:
    """A compiled lexicon: word sets are folded (`fold(word)`), phrases are lower-case word strings."""

    language: str
    name: str
    script: str
    function_words: frozenset[str]
    mark_pairs: tuple[tuple[str, str], ...]
    inner_pairs: tuple[tuple[str, str], ...]
    dashes: tuple[str, ...]
    # the mappings are plain dicts, read-only by convention (compiled code reads a dict with direct calls; a
    # MappingProxyType's get is two method lookups and calls through the interpreter)
    cue_forms: dict[str, CueForm]
    multiword: dict[str, tuple[tuple[tuple[str, ...], CueForm], ...]]
    lemma_types: dict[str, str]
    addressee_lemmas: frozenset[str]
    noun_like: frozenset[str]
    noun_first: frozenset[str]
    document_only: frozenset[str]
    clausal_only: frozenset[str]
    bare_clause: frozenset[str]
    naming: frozenset[str]
    named_as_only: frozenset[str]
    issuing: frozenset[str]
    acquaintance: frozenset[str]
    prepositional: frozenset[tuple[str, str]]
    discourse_markers: tuple[tuple[str, ...], ...]
    base_forms: frozenset[str]
    participle_forms: frozenset[str]
    passive_forms: frozenset[str]
    non_cue_forms: frozenset[str]
    agentless_forms: frozenset[str]
    perfect_clitics: tuple[str, ...]
    subject_case: str
    determiners: frozenset[str]
    infinitive_markers: frozenset[str]
    auxiliaries: frozenset[str]
    passive_auxiliaries: frozenset[str]
    negations: frozenset[str]
    skip_negated: bool
    complementizers: tuple[str, ...]
    complementizer_words: frozenset[str]
    subordinators: frozenset[str]
    contrast_subordinators: frozenset[str]  # "while", "хотя": a clause of its own, with its own speaker
    np_prepositions: frozenset[str]
    object_pronouns: frozenset[str]
    relative_pronouns: frozenset[str]
    plural_pronouns: frozenset[str]
    plural_suffixes: tuple[str, ...]
    plural_words: frozenset[str]
    phase_verbs: frozenset[str]
    raising: frozenset[str]
    raising_verbs: frozenset[str]
    intensifiers: frozenset[str]
    adjective_determiners: frozenset[str]
    expletives: frozenset[str]
    non_speaker_labels: frozenset[str]
    indefinite_articles: frozenset[str]
    first_person: frozenset[str]
    abbreviations: frozenset[str]
    possessive_suffixes: tuple[str, ...]
    adverb_suffixes: tuple[str, ...]
    adverbs: frozenset[str]
    time_words: frozenset[str]
    time_nouns: frozenset[str]
    non_speakers: frozenset[str]
    past_suffixes: tuple[str, ...]
    past_forms: frozenset[str]
    clause_openers: frozenset[str]
    pro_drop: bool
    speech_nouns: frozenset[str]
    possessed_nouns: dict[str, str]
    clause_nouns: dict[str, str]
    noun_modifiers: frozenset[str]
    agent_prepositions: frozenset[str]
    agent_complements: frozenset[str]
    question_starts: frozenset[str]
    fused_relatives: frozenset[str]
    far_complementizer: bool
    anaphors: tuple[str, ...]
    anaphor_determiners: frozenset[str]
    anaphor_nouns: frozenset[str]
    cataphors: tuple[str, ...]
    hedges: frozenset[str]
    object_prepositions: frozenset[str]
    document_prepositions: frozenset[str]
    as_prefixes: frozenset[str]
    predicate_markers: frozenset[str]
    date_continuations: frozenset[str]
    coordinators: frozenset[str]
    inverted_cue_types: frozenset[str]
    pronoun_after_cue: bool
    coordinated_clause_ends: bool
    non_content_starts: frozenset[str]
    adjunct_openers: frozenset[str]
    connectives: frozenset[str]
    time_adverbs: frozenset[str]
    gerund_suffixes: tuple[str, ...]
    perfect_participles: frozenset[str]  # "having" before a past form: a participle cue ("Having said that …")
    participle_prepositions: frozenset[str]
    verb_particles: frozenset[str]
    absolute_prepositions: frozenset[str]
    colon_quote_joins: bool
    source_prepositions: frozenset[str]
    source_openers: frozenset[str]
    trailing_asides: frozenset[str]
    before_speaker: tuple[str, ...]
    phrase_types: dict[str, str]
    possessives: frozenset[str]
    impersonal: tuple[str, ...]
    hearsay_adverbs: frozenset[str]
    study_prepositions: frozenset[str]
    study_nouns: frozenset[str]
    possessed_adjuncts: dict[str, tuple[str, str]]  # noun -> (preposition, cue type)
    pronouns: dict[str, tuple[str, str]]
    titles: frozenset[str]
    roles: frozenset[str]
    organizations: frozenset[str]
    documents: frozenset[str]
    stop_words: frozenset[str]
    between: frozenset[str]
    between_phrases: tuple[tuple[str, ...], ...]
    postmodifiers: tuple[tuple[str, ...], ...]  # "close to", "familiar with": a mention's head goes on past them
    partitives: tuple[tuple[str, ...], ...]  # "of them", "of whom": after a quantifier, a mention ("most of them")
    institution_prepositions: frozenset[str]  # "по" in "Агентство по охране …": an organisation's name goes on
    quantifiers: frozenset[str]
    end_after_cue: frozenset[str]
    name_particles: frozenset[str]  # lower-case words inside a name (Bill de Blasio), as written
    gendered_titles: dict[str, str]  # a title before a name -> the gender it tells (Mrs. -> f), as written
    media: tuple[str, ...]
    agencies: tuple[str, ...]
    dateline: re.Pattern[str]
    fold_table: Mapping[int, str]
    morphology: bool
    adverbs_between: frozenset[str]  # between | adverbs: what may stand between a subject and its verb
    _folds: dict[str, str] = field(default_factory=dict, init=False, repr=False)  # fold() results

    def fold(self, word: str) -> str:
        """Lookup key of a word: lower case and the lexicon's letter folds (ё -> е)."""
        key = self._folds.get(word)
        if key is None:
            if len(self._folds) >= FOLD_CACHE_SIZE:
                self._folds.clear()  # bounded: a long build meets ever new words
            key = self._folds[word] = word.lower().translate(self.fold_table)
        return key

    def organization_noun(self, word: str) -> bool:
        """Whether a word is one of the organisation nouns: by its two likeliest lemmas where morphology
        exists (Министерства -> министерство, Комитета -> комитет), else as written."""
        if not self.morphology:
            return self.fold(word) in self.organizations
        return any(self.fold(str(p.normal_form)) in self.organizations for p in morph.parses(word)[:2])

    def cue(self, word: str) -> CueForm | None:
        return self.cue_forms.get(self.fold(word))

    def is_subject_pronoun(self, word: str) -> bool:
        """A folded personal pronoun that is neither possessive nor object (he, they, она): it stands alone
        as a subject."""
        return word in self.pronouns and word not in self.possessives and word not in self.object_pronouns

    def is_adverb(self, word: str) -> bool:
        """A folded word that may stand between a subject and its verb (also, repeatedly)."""
        return word in self.adverbs or (len(word) > 4 and word.endswith(self.adverb_suffixes))


def _check_type(where: str, value: Any, kind: str) -> None:
    ok = {
        "str": lambda v: isinstance(v, str) and v != "",
        "str?": lambda v: isinstance(v, str),
        "bool": lambda v: isinstance(v, bool),
        "list[str]": lambda v: isinstance(v, list) and all(isinstance(x, str) and x for x in v),
        "list[pair]": lambda v: isinstance(v, list) and all(
            isinstance(x, list) and len(x) == 2 and all(isinstance(y, str) and y for y in x) for x in v),
        "list[list]": lambda v: isinstance(v, list) and all(
            isinstance(x, list) and x and all(isinstance(y, str) and y for y in x) for x in v),
    }[kind](value)
    if not ok:
        raise LexiconError(f"{where}: expected {kind}, got {value!r:.80}")
    if kind.startswith("list") and isinstance(value, list):
        keys = [x if isinstance(x, str) else tuple(x) for x in value]
        if len(set(keys)) != len(keys):
            dupes = sorted({str(k) for k in keys if keys.count(k) > 1})
            raise LexiconError(f"{where}: duplicate entries {dupes}")
        if keys != sorted(keys):  # type: ignore[type-var]
            raise LexiconError(f"{where}: list is not sorted (sort by code point)")


def validate(raw: Mapping[str, Any], origin: str) -> None:
    """Raise LexiconError unless `raw` has every section and key of SCHEMA with the right types."""
    for section, keys in SCHEMA.items():
        table = raw if section == "" else raw.get(section)
        if not isinstance(table, Mapping):
            raise LexiconError(f"{origin}: missing section [{section}]")
        for key, kind in keys.items():
            if key not in table:
                raise LexiconError(f"{origin}: missing key {section + '.' if section else ''}{key}")
            _check_type(f"{origin}: {section}.{key}" if section else f"{origin}: {key}", table[key], kind)
    seen: dict[str, str] = {}
    for cue_type in CUE_TYPES:
        for lemma in raw["cues"][cue_type]:
            if lemma in seen:
                raise LexiconError(f"{origin}: cue {lemma!r} listed under {seen[lemma]} and {cue_type}")
            seen[lemma] = cue_type
    for key in ("addressee", "noun_like", "noun_first", "document_only", "clausal_only", "bare_clause", "naming",
                "named_as_only", "issuing", "acquaintance"):
        # (an impersonal phrase may be a cue only with a clause too: "ожидается, что …", not "ожидается визит")
        known = set(seen) | set(raw["adjuncts"]["impersonal"]) if key == "clausal_only" else set(seen)
        stray = sorted(set(raw["cues"][key]) - known)
        if stray:
            raise LexiconError(f"{origin}: cues.{key} lists {stray}, which are not cue lemmas")
    stray = sorted({lemma for lemma, _ in raw["cues"]["prepositional"]} - set(seen))
    if stray:
        raise LexiconError(f"{origin}: cues.prepositional lists {stray}, which are not cue lemmas")
    for t in raw["speakers"]["gendered_titles"]:
        if len(t) != 2 or t[1] not in ("m", "f"):
            raise LexiconError(f"{origin}: gendered title entry {t!r} must be [title, m|f]")
    for p in raw["speakers"]["pronouns"]:
        if len(p) != 3 or p[1] not in ("m", "f", "n", "x") or p[2] not in ("sg", "pl"):
            raise LexiconError(f"{origin}: pronoun entry {p!r} must be [word, m|f|n|x, sg|pl]")


def _compile_cues(raw: Mapping[str, Any], fold: Mapping[int, str]) -> tuple[
        dict[str, CueForm], dict[str, tuple[tuple[tuple[str, ...], CueForm], ...]]]:
    """Single-word cue forms, and multiword cues (point out, прийти к выводу) keyed by their head form."""
    infl = raw["inflection"]
    generate = morph.engine(infl["engine"], irregular=infl["irregular"], doubling=infl["doubling"])
    forms: dict[str, CueForm] = {}
    multi: dict[str, list[tuple[tuple[str, ...], CueForm]]] = {}
    for cue_type in CUE_TYPES:
        for lemma in raw["cues"][cue_type]:
            head, _, particle = lemma.partition(" ")
            rest = tuple(w.lower().translate(fold) for w in particle.split())
            for form, kind in generate(head):
                key = form.lower().translate(fold)
                entry = CueForm(lemma, cue_type, particle, kind)
                if rest:
                    multi.setdefault(key, []).append((rest, entry))
                elif key in forms and forms[key].lemma == lemma and forms[key].form == "base" and kind == "past":
                    forms[key] = entry  # "read", "forecast": the past form reads the same as the base
                else:
                    forms.setdefault(key, entry)  # the first lemma to claim a form keeps it
    return forms, {k: tuple(sorted(v, key=lambda x: -len(x[0]))) for k, v in multi.items()}


def _regex(pattern: str, origin: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern)
    except re.error as e:
        raise LexiconError(f"{origin}: bad regular expression {pattern!r}: {e}") from e


def compile_lexicon(raw: Mapping[str, Any], origin: str = "<lexicon>") -> Lexicon:
    """Validate and compile a parsed lexicon table."""
    validate(raw, origin)
    fold_table = MappingProxyType({ord(a): b for a, b in raw["inflection"]["fold"]})
    sp = raw["speakers"]

    def folded(words: Iterable[str]) -> frozenset[str]:
        return frozenset(w.lower().translate(fold_table) for w in words)

    def folded_phrases(words: Iterable[str]) -> tuple[str, ...]:
        return tuple(w.lower().translate(fold_table) for w in words)

    gr, fm, adj = raw["grammar"], raw["forms"], raw["adjuncts"]
    belief = set(adj["belief_phrases"])
    phrases = [*adj["before_speaker"], *adj["impersonal"]]
    single, multi = _compile_cues(raw, fold_table)
    return Lexicon(
        language=raw["language"],
        name=raw["name"],
        script=raw["script"],
        function_words=folded(raw["detect"]["function_words"]),
        mark_pairs=tuple((a, b) for a, b in raw["marks"]["pairs"]),
        inner_pairs=tuple((a, b) for a, b in raw["marks"]["inner_pairs"]),
        dashes=tuple(raw["marks"]["dashes"]),
        cue_forms=single,
        multiword=multi,
        lemma_types={lem: t for t in CUE_TYPES for lem in raw["cues"][t]},
        addressee_lemmas=frozenset(raw["cues"]["addressee"]),
        noun_like=frozenset(raw["cues"]["noun_like"]),
        noun_first=frozenset(raw["cues"]["noun_first"]),
        document_only=frozenset(raw["cues"]["document_only"]),
        clausal_only=frozenset(raw["cues"]["clausal_only"]),
        bare_clause=frozenset(raw["cues"]["bare_clause"]),
        naming=frozenset(raw["cues"]["naming"]),
        named_as_only=frozenset(raw["cues"]["named_as_only"]),
        issuing=frozenset(raw["cues"]["issuing"]),
        acquaintance=frozenset(raw["cues"]["acquaintance"]),
        prepositional=frozenset((lemma, word.lower().translate(fold_table))
                                for lemma, word in raw["cues"]["prepositional"]),
        discourse_markers=tuple(tuple(p.split()) for p in folded_phrases(raw["cues"]["discourse_markers"])),
        base_forms=frozenset(fm["base"]),
        participle_forms=frozenset(fm["participle"]),
        passive_forms=frozenset(fm["passive"]),
        non_cue_forms=frozenset(fm["excluded"]),
        agentless_forms=frozenset(fm["agentless"]),
        perfect_clitics=tuple(fm["perfect_clitics"]),
        subject_case=fm["subject_case"],
        determiners=folded(gr["determiners"]),
        infinitive_markers=folded(gr["infinitive_markers"]),
        auxiliaries=folded(gr["auxiliaries"]),
        passive_auxiliaries=folded(gr["passive_auxiliaries"]),
        negations=folded(gr["negations"]),
        skip_negated=gr["skip_negated"],
        complementizers=folded_phrases(gr["complementizers"]),
        complementizer_words=folded(w for p in gr["complementizers"] for w in p.split() if w.isalpha()),
        subordinators=folded(gr["subordinators"]),
        contrast_subordinators=folded(gr["contrast_subordinators"]),
        np_prepositions=folded(gr["np_prepositions"]),
        object_pronouns=folded(gr["object_pronouns"]),
        relative_pronouns=folded(gr["relative_pronouns"]),
        plural_pronouns=folded(gr["plural_pronouns"]),
        plural_suffixes=tuple(gr["plural_suffixes"]),
        plural_words=folded(gr["plural_words"]),
        phase_verbs=folded(gr["phase_verbs"]),
        raising=folded(gr["raising"]),
        raising_verbs=folded(gr["raising_verbs"]),
        intensifiers=folded(gr["intensifiers"]),
        adjective_determiners=folded(gr["adjective_determiners"]),
        expletives=folded(gr["expletives"]),
        non_speaker_labels=folded(gr["non_speaker_labels"]),
        indefinite_articles=folded(gr["indefinite_articles"]),
        first_person=folded(gr["first_person"]),
        abbreviations=frozenset(gr["abbreviations"]),
        possessive_suffixes=tuple(gr["possessive_suffixes"]),
        adverb_suffixes=tuple(gr["adverb_suffixes"]),
        adverbs=folded(gr["adverbs"]),
        time_words=folded(gr["time_words"]),
        time_nouns=folded(gr["time_nouns"]),
        non_speakers=folded(gr["non_speakers"]),
        past_suffixes=tuple(gr["past_suffixes"]),
        past_forms=folded(gr["past_forms"]),
        clause_openers=folded(gr["clause_openers"]),
        pro_drop=gr["pro_drop"],
        speech_nouns=folded(gr["speech_nouns"]),
        possessed_nouns={row[0]: row[1] for row in gr["possessed_nouns"]},
        clause_nouns={row[0]: row[1] for row in gr["clause_nouns"]},
        noun_modifiers=folded(gr["noun_modifiers"]),
        agent_prepositions=folded(gr["agent_prepositions"]),
        agent_complements=folded(gr["agent_complements"]),
        question_starts=folded(gr["question_starts"]),
        fused_relatives=folded(gr["fused_relatives"]),
        far_complementizer=gr["far_complementizer"],
        anaphors=folded_phrases(gr["anaphors"]),
        anaphor_determiners=folded(gr["anaphor_determiners"]),
        anaphor_nouns=folded(gr["anaphor_nouns"]),
        cataphors=folded_phrases(gr["cataphors"]),
        hedges=folded(gr["hedges"]),
        object_prepositions=folded(gr["object_prepositions"]),
        document_prepositions=folded(adj["document_prepositions"]),
        as_prefixes=folded(gr["as_prefixes"]),
        predicate_markers=folded(gr["predicate_markers"]),
        date_continuations=folded(gr["date_continuations"]),
        coordinators=folded(gr["coordinators"]),
        inverted_cue_types=frozenset(gr["inverted_cue_types"]),
        pronoun_after_cue=gr["pronoun_after_cue"],
        coordinated_clause_ends=gr["coordinated_clause_ends"],
        non_content_starts=folded(gr["non_content_starts"]),
        adjunct_openers=folded(gr["adjunct_openers"]),
        connectives=folded(gr["connectives"]),
        time_adverbs=folded(gr["time_adverbs"]),
        gerund_suffixes=tuple(gr["gerund_suffixes"]),
        perfect_participles=folded(gr["perfect_participles"]),
        participle_prepositions=folded(gr["participle_prepositions"]),
        verb_particles=folded(gr["verb_particles"]),
        absolute_prepositions=folded(gr["absolute_prepositions"]),
        colon_quote_joins=gr["colon_quote_joins"],
        source_prepositions=folded(gr["source_prepositions"]),
        source_openers=folded(gr["source_openers"]),
        trailing_asides=folded(gr["trailing_asides"]),
        before_speaker=folded_phrases(adj["before_speaker"]),
        phrase_types={p.lower().translate(fold_table): "belief" if p in belief else "speech"
                      for p in phrases},
        possessives=folded(adj["possessives"]),
        impersonal=folded_phrases(adj["impersonal"]),
        hearsay_adverbs=folded(adj["hearsay_adverbs"]),
        study_prepositions=folded(adj["study_prepositions"]),
        study_nouns=folded(adj["study_nouns"]),
        possessed_adjuncts={row[1].lower(): (row[0].lower(), row[2])
                            for row in adj["possessed_adjuncts"]},
        pronouns={p[0]: (p[1], p[2]) for p in sp["pronouns"]},
        titles=frozenset(sp["titles"]),
        roles=folded(sp["roles"]),
        organizations=folded(sp["organizations"]),
        documents=folded(sp["documents"]),
        stop_words=folded(sp["stop_words"]),
        between=folded(sp["between"]),
        between_phrases=tuple(tuple(p.split()) for p in folded_phrases(sp["between_phrases"])),
        postmodifiers=tuple(tuple(p.split()) for p in folded_phrases(sp["postmodifiers"])),
        partitives=tuple(tuple(p.split()) for p in folded_phrases(sp["partitives"])),
        institution_prepositions=folded(sp["institution_prepositions"]),
        quantifiers=folded(sp["quantifiers"]),
        end_after_cue=folded(sp["end_after_cue"]),
        name_particles=frozenset(sp["name_particles"]),
        gendered_titles={t[0]: t[1] for t in sp["gendered_titles"]},
        media=folded_phrases(raw["media"]["phrases"]),
        agencies=tuple(raw["doc_source"]["agencies"]),
        dateline=_regex(raw["doc_source"]["dateline"], origin),
        fold_table=fold_table,
        morphology=raw["inflection"]["engine"] == "pymorphy3",
        adverbs_between=folded(sp["between"]) | folded(gr["adverbs"]),
    )


def available_languages(directory: Path | None = None) -> tuple[str, ...]:
    """Languages that have a lexicon file (in `directory`, else in the installed data)."""
    if directory is None:
        return _installed_languages()
    return tuple(sorted(p.stem for p in directory.glob("*.toml")))


@cache
def _installed_languages() -> tuple[str, ...]:
    """The installed lexicons, listed once per process (like load_lexicon, which loads each once)."""
    return available_languages(lexicon_dir())


def read_lexicon_file(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as f:
            return tomllib.load(f)
    except FileNotFoundError as e:
        raise LexiconError(f"no lexicon file {path}") from e
    except tomllib.TOMLDecodeError as e:
        raise LexiconError(f"{path}: {e}") from e


@cache
def load_lexicon(language: str) -> Lexicon:
    """The compiled lexicon of a language, loaded once per process."""
    path = lexicon_dir() / f"{language}.toml"
    if not path.exists():
        raise UnsupportedLanguageError(
            f"no lexicon for language {language!r}; available: {', '.join(available_languages())}")
    raw = read_lexicon_file(path)
    lex = compile_lexicon(raw, str(path))
    if lex.language != language:
        raise LexiconError(f"{path}: declares language {lex.language!r}, file name says {language!r}")
    return lex
