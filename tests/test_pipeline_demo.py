"""`marsad digest` on the demo corpus: what the foundation issue says a user must see."""

from __future__ import annotations

from demo_corpus import DEMO
from marsad.model import Digest
from marsad.pipeline import digest
from marsad.text import normalize_key


def by_short_id(digest: Digest) -> dict[str, object]:
    return {a.id[:3]: a for a in digest.articles}


def test_demo_is_one_story_of_five_articles(demo_digest: Digest, gold: dict) -> None:
    assert len(demo_digest.articles) == 5
    assert [sorted(a[:3] for a in s.articles) for s in demo_digest.stories] == [sorted(g) for g in gold["stories"]]


def test_demo_summary_is_short_and_every_sentence_cites_its_article(demo_digest: Digest) -> None:
    (story,) = demo_digest.stories
    assert story.summary
    assert sum(len(s.text.split()) for s in story.summary) <= 120
    articles = {a.id: a for a in demo_digest.articles}
    for sentence in story.summary:
        own = sentence.cites[0]
        assert articles[own.article].text[own.start : own.end] == sentence.text
        for cite in sentence.cites:
            assert cite.article in story.articles


def test_demo_clean_text_has_no_gold_boilerplate_and_removals_have_reasons(demo_digest: Digest, gold: dict) -> None:
    articles = by_short_id(demo_digest)
    for doc, strings in gold["boilerplate"].items():
        article = articles[doc]
        for s in strings:
            assert s not in article.text, (doc, s)
            assert any(s in r.text for r in article.removed), (doc, s)
    for article in demo_digest.articles:
        assert all(r.reason for r in article.removed)


def test_demo_repeated_paragraph_appears_once(demo_digest: Digest, gold: dict) -> None:
    articles = by_short_id(demo_digest)
    for doc, strings in gold["repeated_within"].items():
        key = normalize_key(articles[doc].text)
        for s in strings:
            assert key.count(normalize_key(s)) == 1, (doc, s)


def test_demo_shared_passages_are_reported_as_borrowed(demo_digest: Digest, gold: dict) -> None:
    articles = {a.id: a for a in demo_digest.articles}
    for shared in gold["shared_passages"]:
        found = [
            b
            for b in demo_digest.borrowed
            if {b.source.article[:3], b.target.article[:3]} == set(shared["docs"])
            and shared["contains"] in articles[b.source.article].text[b.source.start : b.source.end]
            and shared["contains"] in articles[b.target.article].text[b.target.start : b.target.end]
        ]
        assert found, shared["contains"]


def test_digest_without_input_texts_reads_the_same_stories(demo_digest: Digest) -> None:
    """``keep_input=False`` (what ``marsad digest`` uses) lets each article's raw and extracted texts go,
    and nothing else: the clean texts and every story read out of them are the same."""
    lean = digest([DEMO], keep_input=False)
    assert all(a.raw == "" and a.extracted == "" for a in lean.articles)
    assert all(a.raw and a.extracted for a in demo_digest.articles)
    assert [a.text for a in lean.articles] == [a.text for a in demo_digest.articles]
    assert lean.stories == demo_digest.stories
    assert lean.duplicates == demo_digest.duplicates and lean.borrowed == demo_digest.borrowed


def test_a_story_read_again_with_kept_readings_reads_the_same(demo_digest: Digest) -> None:
    """A store reads a story again each time it grows, with its articles' own readings kept from the time
    before (made by ``read_article``, kept as JSON): the story reads exactly as a batch reads it."""
    from marsad import stages
    from marsad.model import ArticleReading, from_json, to_json

    articles = list(demo_digest.articles)
    kept = {a.id: from_json(ArticleReading, to_json(stages.read_article(a))) for a in articles[:4]}
    asked: list[str] = []

    def read(article):
        asked.append(article.id)
        return kept.get(article.id) or stages.read_article(article)

    grown = stages.read_story("s1", articles, read=read)
    assert asked == [a.id for a in articles]
    assert grown == stages.read_story("s1", articles)
    assert len(grown.entities) > 20 and grown.quotes  # a real reading
