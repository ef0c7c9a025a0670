"""Quote extraction: a pure function from article text to attributed quotes (no I/O, no models)."""

from bot.extract.pipeline import extract_quotes

__all__ = ["extract_quotes"]
