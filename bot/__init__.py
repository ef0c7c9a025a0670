"""Quotebot core: extraction, questions, answers, digests, ingestion and app wiring."""
