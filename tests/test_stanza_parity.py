"""Parity on the seeds: the stanza backend over gold-like parses vs the rules backend, on the same text.

tests/fixtures/seeds/*.conllu hold hand-written UD parses of the attribution sentences of the two seed
articles (data/samples/yonhap.txt, interfax.txt). Both backends read the same text (rebuilt from the
CoNLL-U); every row of one must be found by the other (same speaker and cue, content with token
Jaccard >= 0.8), except the differences listed below, each with its reason.

Found by neither (known, not listed): "the State Department informed" (inform is not a cue verb of the
lexicon), nominal content ("Blinken reaffirmed the alliance as the linchpin …"), the headline
attribution "… - State Department".
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

pytest.importorskip("stanza")

from stanza_support import parsed_document

from builder.api import process_document
from builder.records import Document, Quote

SEEDS = Path(__file__).parent / "fixtures" / "seeds"
WORD = re.compile(r"\w+")

# (seed, speaker, cue) of rows only the stanza backend finds, and why the rules backend does not (yet).
STANZA_ONLY = {
    ("interfax", "the US State Department", "reported"):
        "indirect content before the cue (… , the US State Department reported): the rules backend of the "
        "walking skeleton reads direct quotes only; indirect attribution is issue 3",
    ("interfax", "It", "notes"): "mixed quote 'notes that Blinken \"condemned …\"': indirect frame, issue 3",
    ("interfax", "He", "stressed"): "nested attribution inside a quotation: the rules backend reads "
                                   "top-level quotations only; nesting is issue 3",
    ("interfax", None, "As reported"): "impersonal adjunct cue 'As reported' (no speaker): issue 3",
    ("interfax", "The State Department", "noted"): "indirect 'noted that …': issue 3",
    ("yonhap", "the department spokesperson", "according to"):
        "adjunct cue 'according to X' after a quoted fragment: issue 3",
}
# (seed, speaker, cue) of rows only the rules backend finds, and why.
RULES_ONLY: dict[tuple[str, str | None, str | None], str] = {}


def _key(seed: str, q: Quote) -> tuple[str, str | None, str | None]:
    return seed, q.speaker.text if q.speaker else None, q.cue.text if q.cue else None


def _jaccard(a: str, b: str) -> float:
    x, y = set(WORD.findall(a.lower())), set(WORD.findall(b.lower()))
    return len(x & y) / max(len(x | y), 1)


def _same(a: Quote, b: Quote) -> bool:
    return _key("", a) == _key("", b) and _jaccard(a.quote, b.quote) >= 0.8


@pytest.mark.parametrize("seed", ["yonhap", "interfax"])
def test_stanza_and_rules_agree_on_the_seeds(seed: str) -> None:
    parsed = parsed_document((SEEDS / f"{seed}.conllu").read_text(encoding="utf-8"), seed)
    stanza_rows = list(process_document(parsed, lang="en", backend="stanza", clean="none").quotes)
    rules_rows = list(process_document(Document(seed, parsed.text), lang="en", backend="rules",
                                       clean="none").quotes)
    assert stanza_rows and rules_rows
    only_stanza = {_key(seed, q) for q in stanza_rows if not any(_same(q, r) for r in rules_rows)}
    only_rules = {_key(seed, q) for q in rules_rows if not any(_same(q, s) for s in stanza_rows)}
    assert only_rules <= set(RULES_ONLY), f"rules rows the stanza backend misses: {only_rules - set(RULES_ONLY)}"
    assert only_stanza <= set(STANZA_ONLY), f"unexplained stanza-only rows: {only_stanza - set(STANZA_ONLY)}"
    # the rows both find carry the same speaker resolution and chain shape
    for r in rules_rows:
        s = next(q for q in stanza_rows if _same(q, r))
        assert (s.kind, s.speaker_name, len(s.chain)) == (r.kind, r.speaker_name, len(r.chain))


def test_the_explained_differences_still_occur() -> None:
    """A listed difference that no longer happens is stale: the list must shrink with it."""
    seen = set()
    for seed in ("yonhap", "interfax"):
        parsed = parsed_document((SEEDS / f"{seed}.conllu").read_text(encoding="utf-8"), seed)
        stanza_rows = list(process_document(parsed, lang="en", backend="stanza", clean="none").quotes)
        rules_rows = list(process_document(Document(seed, parsed.text), lang="en", backend="rules",
                                           clean="none").quotes)
        seen |= {_key(seed, q) for q in stanza_rows if not any(_same(q, r) for r in rules_rows)}
        seen |= {_key(seed, q) for q in rules_rows if not any(_same(q, s) for s in stanza_rows)}
    assert seen == set(STANZA_ONLY) | set(RULES_ONLY)
