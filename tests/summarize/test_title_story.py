"""The story title is a published headline, the one most central to the story."""

from __future__ import annotations

import dataclasses

import pytest

from marsad.summarize import story_title
from marsad.summarize.title import UNTITLED_WORDS

OFF_TOPIC = "ترامب يشتم صديقه القديم نتنياهو بعبارات “نابية”"


def test_title_demo_is_a_published_headline(demo_articles):
    assert story_title(demo_articles) in {a.title for a in demo_articles}


@pytest.mark.parametrize("replaced", ["000", "002", "004"])
def test_title_off_topic_headline_never_wins(demo_articles, replaced):
    """A headline grabbed from a related-links box is not about the story and is never its title."""
    story = [dataclasses.replace(a, title=OFF_TOPIC) if a.id == replaced else a for a in demo_articles]
    title = story_title(story)
    assert title != OFF_TOPIC
    assert title in {a.title for a in story}


@pytest.mark.parametrize("article_id", ["000", "003"])
def test_title_one_article_is_its_headline(demo_articles, article_id):
    (article,) = [a for a in demo_articles if a.id == article_id]
    padded = dataclasses.replace(article, title=f"  {article.title} ")
    assert story_title([padded]) == article.title


def test_title_without_headlines_is_the_opening_of_the_first_sentence(demo_articles):
    """Untitled articles (a text file whose first line was too long for a title) still give the story a
    name a reader can tell apart: the first words of its first article's lead, as published, cut with …"""
    untitled = [dataclasses.replace(a, title="") for a in demo_articles]
    title = story_title(untitled)
    assert title.endswith(" …")
    shown = title.removesuffix(" …")
    assert len(shown.split()) == UNTITLED_WORDS
    # the words as published, in order, from the start of the first article's text
    assert untitled[0].text.lstrip().startswith(shown.split()[0])
    assert " ".join(untitled[0].text.split()[:UNTITLED_WORDS]) == shown


def test_title_without_headlines_or_text_is_empty(demo_articles):
    assert story_title([dataclasses.replace(a, title="", text="") for a in demo_articles]) == ""
    assert story_title([]) == ""


def test_title_a_headline_printed_twice_does_not_win_by_its_copy(demo_articles):
    """One outlet's side headline printed on two pages is not more central for it (SaudiNewsNet 2015-07-21:
    a reaction piece printed twice named the story of the 431 arrests). Here a side headline of the demo is
    printed twice."""
    title = story_title(demo_articles)
    (side,) = [a for a in demo_articles if a.id == "003"]
    assert side.title != title
    assert story_title([*demo_articles, dataclasses.replace(side, id="003-copy")]) == title
