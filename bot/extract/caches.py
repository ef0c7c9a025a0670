"""The extractor's bounded cross-article caches, and a way to empty them.

Names and descriptions recur across a stream of news, so a few pure functions of a word or a capitalised
sequence keep their results (each cache is bounded). Benchmarks empty them so that the articles they time
are new to the caches, as a fresh article is in service.
"""

from bot.extract import entities, mentions


def clear_caches() -> None:
    """Forget everything the extractor has cached across articles; its output does not depend on it."""
    mentions._SINGLE_KIND.clear()
    mentions._SEQ_PARTS.clear()
    mentions._TITLE_ROLES.clear()
    entities.sound_key.cache_clear()
    entities.fold.cache_clear()
    entities._org_name.cache_clear()
