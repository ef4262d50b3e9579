"""One error tree for the library: every failure a caller can act on is a QuotechainError child."""

from __future__ import annotations


class QuotechainError(Exception):
    """Base of every error quotechain raises on purpose."""


class LexiconError(QuotechainError):
    """A lexicon file is missing, malformed, or breaks a rule (missing key, duplicate, unsorted list)."""


class SchemaError(QuotechainError):
    """The dataset contract in schemas/ cannot be read or turned into Features."""


class SpanError(QuotechainError):
    """A span does not fit its document text."""


class InputError(QuotechainError):
    """An input path or option cannot be read at all (not a per-document skip)."""


class DocumentError(QuotechainError):
    """One document cannot be processed; the build records it as a Skip with `reason`."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


class UnsupportedLanguageError(QuotechainError):
    """No lexicon exists for the requested language."""


class BackendUnavailableError(QuotechainError):
    """An extractor backend cannot run here (its optional extra is not installed)."""


class ModelNotFoundError(BackendUnavailableError):
    """A backend's models are missing; the message names the command that gets them."""


class BuildError(QuotechainError):
    """A build cannot go on (strict mode hit a bad document, output folder unusable)."""


class ValidationError(QuotechainError):
    """A built dataset breaks the contract; `problems` lists every defect found."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(f"{len(problems)} problem(s): " + "; ".join(problems[:5]))
        self.problems = problems


class PublishError(QuotechainError):
    """A dataset cannot be published: no token, a token the Hub refuses, the Hub unreachable or failing."""
