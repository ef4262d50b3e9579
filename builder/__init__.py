"""quotechain: who said what in news texts, as a Hugging Face dataset."""

__version__ = "0.1.0"
