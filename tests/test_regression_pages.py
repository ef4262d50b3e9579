"""Real-looking scraped pages (tests/regression/*.toml) keep their article and lose their chrome.

Each case names an input (plain text, or HTML read by the HTML reader) and lists `must_keep` lines
(each must be a whole line of the cleaned text) and `must_drop` strings (none may be a line of the
cleaned text, and those of 20 characters or more may not occur in it at all). `keep_everything`
cases have no chrome: cleaning must not remove a single non-blank line. As in trafilatura's
evaluation, a case is added for every page the cleaner got wrong, and no list is ever shortened to
make a case pass.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from builder.clean import clean_text
from builder.ingest.html import html_to_document

HERE = Path(__file__).parent / "regression"
CASES = sorted(HERE.glob("*.toml"))
SUBSTRING_MIN = 20


def _load(case: Path) -> tuple[dict[str, object], str]:
    spec = tomllib.loads(case.read_text(encoding="utf-8"))
    source = (case.parent / str(spec["input"])).resolve()
    if source.suffix in (".html", ".htm"):
        text = html_to_document(source.read_bytes(), case.stem, str(source)).text
    else:
        text = source.read_text(encoding="utf-8")
    return spec, text


def test_there_are_cases_in_both_languages() -> None:
    assert len(CASES) >= 8
    texts = " ".join(_load(c)[1] for c in CASES)
    assert any("а" <= ch <= "я" for ch in texts) and any("a" <= ch <= "z" for ch in texts)


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_page(case: Path) -> None:
    spec, text = _load(case)
    result = clean_text(text)
    lines = set(result.text.split("\n"))
    keep = list(spec["must_keep"])  # type: ignore[call-overload]
    drop = list(spec["must_drop"])  # type: ignore[call-overload]
    assert keep, "a case must say what to keep"
    lost = [k for k in keep if k not in lines]
    assert not lost, f"lost article lines: {lost}; removed: {[(r.rule, r.text) for r in result.removed]}"
    left = [d for d in drop if d in lines or (len(d) >= SUBSTRING_MIN and d in result.text)]
    assert not left, f"chrome left in: {left}"
    if spec.get("keep_everything"):
        kept = [r for r in result.removed if r.rule != "decoration"]
        assert not kept, f"removed from a page without chrome: {kept}"
