"""Where the package's data lives: data/lexicons and schemas/, in a source checkout or a wheel."""

from __future__ import annotations

from pathlib import Path

_PKG = Path(__file__).resolve().parent


def _first(*candidates: Path) -> Path:
    for c in candidates:
        if c.exists():
            return c
    return candidates[0]


def data_dir() -> Path:
    """data/ of the checkout (editable install) or builder/_data of a wheel."""
    return _first(_PKG / "_data", _PKG.parent / "data")


def lexicon_dir() -> Path:
    return data_dir() / "lexicons"


def clean_dir() -> Path:
    """data/clean: the site-chrome rules of builder.clean."""
    return data_dir() / "clean"


def schema_dir() -> Path:
    """schemas/ of the checkout or builder/_schemas of a wheel."""
    return _first(_PKG / "_schemas", _PKG.parent / "schemas")
