"""An article that changed (same url, or same id without a url) is a new version; the old one is kept."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from marsad.model import Article
from marsad.store import open_store
from marsad.store.stories import StoryBuilder

CORRECTION = "\n\nتصحيح: أعلنت وزارة الدفاع لاحقا أن عدد الجنود المتبقين هو ألفان وخمسمئة جندي."


def _corrected(article: Article) -> Article:
    text = article.text + CORRECTION
    return dataclasses.replace(article, text=text, raw=article.raw + CORRECTION, extracted=text)


def test_changed_article_is_a_new_version_with_the_old_kept(store_url: str, demo: list[Article]) -> None:
    original = dataclasses.replace(demo[0], url="https://al-ain.com/article/mackenzie-iraq")
    corrected = dataclasses.replace(_corrected(original), id="another-id-for-the-same-page")
    with open_store(store_url) as store:
        store.ingest([original])
        result = store.ingest([corrected])
        assert (result.added, result.updated, result.unchanged) == (0, 1, 0)
        assert store.count() == (1, 2, 0)
        # the stored id stays, so spans and stories keep pointing at it
        current = store.article(original.id)
        assert current.text == corrected.text
        assert [v.text for v in store.versions(original.id)] == [original.text, corrected.text]
        assert store.article(original.id, version=1).text == original.text
        # only the current version is searched
        assert [h.article.id for h in store.search("وزارة الدفاع تصحيح")] == [original.id]
        assert store.search("تصحيح") and not store.search("تصحيح", date_to="2021-01-01")
        again = store.ingest([original, corrected])
        assert again.unchanged == 2 and store.count() == (1, 2, 0)


def test_same_id_without_url_is_an_update(store_url: str, reports: Callable[..., Article]) -> None:
    weather = reports("weather", url=None)
    with open_store(store_url) as store:
        store.ingest([weather])
        store.ingest([_corrected(weather)])
        assert store.count() == (1, 2, 0)


def test_same_id_with_another_url_is_another_article(store_url: str, reports: Callable[..., Article]) -> None:
    first = reports("sport", id="a1")
    other = reports("weather", id="a1")
    with open_store(store_url) as store:
        store.ingest([first])
        result = store.ingest([other])
        assert result.added == 1 and result.renamed == [("a1", "a1~2")]
        assert store.article("a1~2").title == other.title
        assert store.article("a1").title == first.title


def test_updated_article_stays_in_its_story_and_the_summary_is_read_again(
    store_url: str, demo: list[Article]
) -> None:
    builder = StoryBuilder(words=400)
    with open_store(store_url) as store:
        store.ingest(demo, stories=builder)
        (before,) = store.stories()
        result = store.ingest([_corrected(demo[2])], stories=builder)
        assert (result.updated, result.stories_opened, result.stories_grown) == (1, 0, 1)
        (after,) = store.stories()
        assert after.id == before.id and set(after.articles) == set(before.articles)
        # every cited span points into the current clean text of its article
        for sentence in after.summary:
            cite = sentence.cites[0]
            assert store.article(cite.article).text[cite.start : cite.end] == sentence.text
