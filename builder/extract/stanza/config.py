"""data/depparse.toml -> ParseRules: which relations and tags the stanza backend reads, per language.

Validated at load like the lexicons: a missing key, a wrong type, a duplicate or an unsorted list
raises LexiconError, so a broken rule file never reaches the extractor.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from builder.errors import LexiconError, UnsupportedLanguageError
from builder.resources import data_dir

RELATIONS = ("content", "quoted_content", "nominal_content", "addressee_content", "content_from_head",
             "reporting_clause", "subject", "not_speaker", "agent", "inherit_subject", "relative", "speaker_cut",
             "case", "fixed", "adjunct_speaker", "cue_part", "particle", "mark")
TAGS = ("verb", "punct", "pronoun", "nominal")
NER_TYPES = ("person", "organization", "group")
LANGUAGE_KEYS = ("comparative_marks", "correlatives")


def _matcher(names: list[str]) -> frozenset[str]:
    return frozenset(names)


@dataclass(frozen=True)
class ParseRules:
    """Compiled rules for one language. A relation set matches a deprel or its base (nsubj:outer -> nsubj)."""

    language: str
    relations: Mapping[str, frozenset[str]]
    tags: Mapping[str, frozenset[str]]
    ner: Mapping[str, str]
    comparative_marks: frozenset[str]
    correlatives: frozenset[str]

    def has(self, relation_set: str, deprel: str) -> bool:
        """Whether `deprel` is in the named relation set, itself or by its base relation."""
        names = self.relations[relation_set]
        return deprel in names or deprel.split(":", 1)[0] in names

    def tag(self, tag_set: str, upos: str) -> bool:
        return upos in self.tags[tag_set]


def _check_list(where: str, value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(x, str) and x for x in value):
        raise LexiconError(f"{where}: expected a list of strings, got {value!r:.80}")
    if len(set(value)) != len(value):
        raise LexiconError(f"{where}: duplicate entries")
    if value != sorted(value):
        raise LexiconError(f"{where}: list is not sorted (sort by code point)")
    return value


def _section(raw: Mapping[str, Any], name: str, keys: tuple[str, ...], origin: str) -> dict[str, list[str]]:
    table = raw.get(name)
    if not isinstance(table, Mapping):
        raise LexiconError(f"{origin}: missing section [{name}]")
    out = {}
    for key in keys:
        if key not in table:
            raise LexiconError(f"{origin}: missing key {name}.{key}")
        out[key] = _check_list(f"{origin}: {name}.{key}", table[key])
    return out


def compile_rules(raw: Mapping[str, Any], language: str, origin: str = "<depparse rules>") -> ParseRules:
    """Validate the whole rule table and compile the part for `language`."""
    relations = _section(raw, "relations", RELATIONS, origin)
    tags = _section(raw, "tags", TAGS, origin)
    ner = _section(raw, "ner", NER_TYPES, origin)
    langs = raw.get("languages")
    if not isinstance(langs, Mapping):
        raise LexiconError(f"{origin}: missing section [languages]")
    for code in langs:
        _section(langs, code, LANGUAGE_KEYS, f"{origin}: languages")
    if language not in langs:
        raise UnsupportedLanguageError(f"{origin}: no [languages.{language}] section")
    own = _section(langs, language, LANGUAGE_KEYS, f"{origin}: languages")
    ner_map: dict[str, str] = {}
    for speaker_type, labels in ner.items():
        for label in labels:
            if label in ner_map:
                raise LexiconError(f"{origin}: NER label {label!r} listed under {ner_map[label]} and {speaker_type}")
            ner_map[label] = speaker_type
    return ParseRules(
        language=language,
        relations={k: _matcher(v) for k, v in relations.items()},
        tags={k: frozenset(v) for k, v in tags.items()},
        ner=ner_map,
        comparative_marks=frozenset(own["comparative_marks"]),
        correlatives=frozenset(own["correlatives"]),
    )


def read_rules_file() -> dict[str, Any]:
    path = data_dir() / "depparse.toml"
    try:
        with path.open("rb") as f:
            return tomllib.load(f)
    except FileNotFoundError as e:
        raise LexiconError(f"no rule file {path}") from e
    except tomllib.TOMLDecodeError as e:
        raise LexiconError(f"{path}: {e}") from e


@cache
def load_rules(language: str) -> ParseRules:
    """The compiled parse rules of a language, loaded once per process."""
    return compile_rules(read_rules_file(), language, str(data_dir() / "depparse.toml"))
