"""Quotebot core: extraction, questions, answers, digests, ingestion and app wiring."""

from bot.compiled import select_build

# "compiled" when the extractor's mypyc build is current (bot/compiled.py), else "python".
BUILD = select_build()
