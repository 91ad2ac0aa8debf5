"""Search finds words whatever their spelling and attached clitics, filters, ranks, and shows each match
as published."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator, MutableMapping, Sequence

import pytest

from marsad.model import Article, ArticleReading, Entity, Mention
from marsad.store import Store, open_store
from marsad.store.base import StoryReading
from marsad.store.stories import StoryBuilder
from marsad.text import normalize_key

ALL = {"000", "001", "002", "003", "004"}


def _ids(hits: Sequence) -> set[str]:
    return {h.article.id[:3] for h in hits}


@pytest.fixture
def store_with_demo(demo_store_url: str) -> Iterator[Store]:
    with open_store(demo_store_url) as store:
        yield store


@pytest.mark.parametrize("query", ["امريكيه", "الأمريكية", "الاميركية", "أميركيّة"])
def test_spelling_variants_find_both_spellings(store_with_demo, query: str) -> None:
    hits = store_with_demo.search(query)
    assert _ids(hits) == ALL
    shown = {normalize_key(h.article.span_text(s)) for h in hits for s in h.highlights}
    # matches are shown as each outlet wrote them: both spellings
    assert {"الامريكيه", "الاميركيه"} <= shown


def test_clitics_attached_to_the_word_are_found(store_with_demo) -> None:
    hits = store_with_demo.search("العراق")
    assert _ids(hits) == ALL | {"bag"}
    (baghdad,) = [h for h in hits if h.article.id == "baghdad"]
    assert "بالعراق" in [baghdad.article.span_text(s) for s in baghdad.highlights]
    # and the other way round: a query word with clitics finds the bare word
    assert _ids(store_with_demo.search("بالعراق")) == ALL | {"bag"}
    assert _ids(store_with_demo.search("وبغداد")) == ALL | {"bag"}


def test_transliterated_names_match_one_long_vowel_apart(store_with_demo) -> None:
    assert _ids(store_with_demo.search("ماكينزي")) == _ids(store_with_demo.search("ماكنزي")) == {"000", "001", "002"}


def test_all_words_must_match_and_headline_matches_rank_first(store_with_demo) -> None:
    assert _ids(store_with_demo.search("ماكنزي العراق")) == {"000", "001", "002"}
    assert store_with_demo.search("ماكنزي الهلال") == []
    hits = store_with_demo.search("ماكنزي")
    assert hits[0].article.id.startswith("000")  # the only one naming him in its title
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    assert store_with_demo.search("ماكنزي")[0].title_highlights == ((0, 6),)


def test_snippet_is_a_window_of_the_clean_text_holding_the_matches(store_with_demo) -> None:
    for hit in store_with_demo.search("الانسحاب العراق", limit=3):
        assert 0 <= hit.snippet.start < hit.snippet.end <= len(hit.article.text)
        assert hit.highlights
        for span in hit.highlights:
            assert hit.snippet.start <= span.start < span.end <= hit.snippet.end
            assert span.article == hit.article.id
            assert re.search("عراق|سحاب", normalize_key(hit.article.span_text(span)))


def test_filters_by_date_outlet_and_limit(store_with_demo, demo: list[Article]) -> None:
    search = store_with_demo.search
    summer = {a.id[:3] for a in demo if a.published and "2021-07-01" <= a.published[:10] <= "2021-09-30"}
    assert {"000", "004"} <= summer
    assert _ids(search("العراق", date_from="2021-07-01", date_to="2021-09-30")) == summer
    assert _ids(search("العراق", date_from="2021-12-01")) == {"002", "bag"}
    assert _ids(search("العراق", outlet="الجزيرة نت")) == {"003"}
    assert _ids(search("العراق", outlet="الجزيره نت")) == {"003"}  # outlets are matched on keys too
    assert len(search("العراق", limit=2)) == 2


class _WithEntities(StoryBuilder):
    """The story builder plus one entity, found by hand in the real text (the extraction stage's job
    once the pipeline reads entities): every mention of McKenzie, under either spelling."""

    def read(
        self,
        story_id: str,
        members: Sequence[Article],
        facets: Sequence[Sequence[str]] = (),
        readings: MutableMapping[str, ArticleReading] | None = None,
    ) -> StoryReading:
        reading = super().read(story_id, members, facets, readings)
        mentions = tuple(
            Mention(a.id, m.start(), m.end(), m.group(), "PER")
            for a in members
            for m in re.finditer("ماكينزي|ماكنزي", a.text)
        )
        entity = Entity("e1", "كينيث ماكنزي", "PER", ("ماكنزي", "ماكينزي", "فرانك ماكنزي"), ("قائد القيادة المركزية",), mentions)
        return dataclasses.replace(reading, story=dataclasses.replace(reading.story, entities=(entity,)))


def test_entity_filter_uses_extracted_mentions_and_falls_back_to_the_name(
    store_url: str, demo: list[Article]
) -> None:
    with open_store(store_url) as store:
        store.ingest(demo)
        # without extracted entities: articles holding the name as a phrase
        assert _ids(store.search("العراق", entity="كينيث ماكنزي")) == {"000", "001"}
    with open_store(store_url) as store:
        other = [dataclasses.replace(a, id=f"x{a.id}", url=f"https://example.org/{a.id}") for a in demo]
        store.ingest(other, stories=_WithEntities())
        (story,) = store.stories()
        assert story.entities[0].name == "كينيث ماكنزي"
        # with them: every article where the entity was found, under any of its spellings
        found = {h.article.id for h in store.search("العراق", entity="كينيث ماكنزي")}
        assert found == {"000_0d20a9110642fab2", "001_5ea341804dc68234"} | {
            f"x{i}" for i in ("000_0d20a9110642fab2", "001_5ea341804dc68234", "002_1c35502ac1d29cba")
        }
