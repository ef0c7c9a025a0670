"""The cross-article caches: emptied on request, and never a cause of different output."""

from bot.extract import entities, extract_quotes, mentions
from bot.extract.caches import clear_caches

TEXT = (
    "Harbour master Ilse Varga of the Port Authority said on Monday that the pier would reopen.\n\n"
    "“We are ready,” Varga told reporters. The deputy mayor, Tomas Brenn, said he was not convinced."
)


def test_clear_caches_empties_every_cache() -> None:
    extract_quotes(TEXT)
    assert mentions._SEQ_PARTS and entities.fold.cache_info().currsize
    clear_caches()
    assert not mentions._SINGLE_KIND and not mentions._SEQ_PARTS and not mentions._TITLE_ROLES
    assert entities.fold.cache_info().currsize == 0
    assert entities.sound_key.cache_info().currsize == 0
    assert entities._org_name.cache_info().currsize == 0


def test_output_is_the_same_with_cold_and_warm_caches() -> None:
    clear_caches()
    cold = [q.to_json() for q in extract_quotes(TEXT)]
    warm = [q.to_json() for q in extract_quotes(TEXT)]
    assert cold == warm
    assert {q["speaker"] for q in cold} >= {"Ilse Varga", "Tomas Brenn"}
