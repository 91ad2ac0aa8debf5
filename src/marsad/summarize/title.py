"""A story's title: the most central of its articles' headlines, never a composed one.

A composed title could state something no outlet said; a published headline is a claim with an owner.
The most central headline is the one that shares most with the other headlines and with what the
story's articles say, so one outlet's angle or teaser (``... وهذه أبرز نتائجه``) loses to the headline
that names the common event.

A story none of whose articles has a headline (text files whose first line was too long to be one, feed
items without a title) is named by the opening words of its first article's first sentence, as published
and cut with an ellipsis: still words with an owner, and a reader can tell the story from its neighbours
in a list (an empty title showed as "القصة 1: " and nothing after it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from marsad.lang.ar import residue
from marsad.model import Article
from marsad.settings import DEFAULT, SummarySettings
from marsad.text import split_sentences, word_keys

from .index import StoryIndex

__all__ = ["UNTITLED_WORDS", "story_title"]

# Words of the opening sentence that name an untitled story: about a headline's length.
UNTITLED_WORDS = 12


def story_title(
    articles: Sequence[Article], index: StoryIndex | None = None, settings: SummarySettings = DEFAULT.summary
) -> str:
    """The best headline among ``articles``, exactly as published (outer white space trimmed).

    Score of a headline: its mean TF-IDF similarity to the other headlines plus its mean similarity to
    the story's fit sentences (the story's vector space, :class:`~marsad.summarize.index.StoryIndex`);
    ties go to the earlier article. When no article has a headline, the opening of the first article's
    first sentence (:func:`_opening`); ``""`` when no article has text either. ``index`` may give the
    story's index already built over ``articles`` (borrowed passages do not change what is used here).
    A headline of fewer than ``settings.teaser_words`` words takes part only when no other has as many, and one
    that ends on an exclamation or a question mark only when no other (of those) tells.
    """
    titled = [article for article in articles if article.title.strip()]
    if len(titled) <= 1:
        return titled[0].title.strip() if titled else _opening(articles)
    index = StoryIndex(articles) if index is None else index
    titles = [article.title for article in titled]
    fit = np.array([u.unfit is None for u in index.units], dtype=bool)
    to_text = index.similarity_to(titles)[fit].mean(axis=0) if fit.any() else np.zeros(len(titles))
    vectors = index.vectors(titles)
    between = vectors @ vectors.T
    # a headline printed twice (a reprint, one paper's two pages) is not agreed with by its copy: it won
    # over the headline naming the event (``مواطنون: الضربات الأمنية ...`` over the 431 arrests)
    written = np.array([t.strip() for t in titles])
    between[written[:, None] == written[None, :]] = 0.0
    to_titles = between.sum(axis=1) / (len(titles) - 1)
    score = to_titles + to_text
    # a short headline's few words are all shared ones, so its cosine is high: it wins only among short ones
    worded = np.array([len(re.findall(r"\w+", t)) >= settings.teaser_words for t in titles])
    if worded.any():
        score = np.where(worded, score, -np.inf)
    # a headline that exclaims or asks is a column's or a teaser's (``خطر مشاركة المرأة في الانتخابات البلدية!``
    # named the 50 reports of the municipal elections of SaudiNewsNet 2015-08-11): it names the story only when
    # no headline among the others left tells
    # and so is one that invites a click instead of telling (``تعرّف على تفاصيل البيان المشترك لاجتماع وزراء خارجية
    # الخليج ...`` over ``البيان المشترك لاجتماع وزراء خارجية مجلس التعاون مع كيري``: SaudiNewsNet 2015-08-04)
    telling = np.isfinite(score) & np.array([not _EXCLAIMS_OR_ASKS.search(t) and not _teaser(t) for t in titles])
    if telling.any():
        score = np.where(telling, score, -np.inf)
    return titles[int(np.argmax(score))].strip()


# A headline ending on ! or a question mark, before any closing quotes (``هل أصبحت إيران دولة عظمى؟!``).
_EXCLAIMS_OR_ASKS = re.compile(r"[!?؟][!?؟.\s\"'»”’)]*$")


_TEASERS = tuple(tuple(word_keys(opener)) for opener in residue.HEADLINE_TEASER_OPENERS)


def _teaser(title: str) -> bool:
    """Whether a headline opens on an invitation to click (``تعرّف على``، ``إليكم``: ``residue.HEADLINE_TEASER_OPENERS``)."""
    words = word_keys(title)
    return any(tuple(words[: len(opener)]) == opener for opener in _TEASERS)


def _opening(articles: Sequence[Article]) -> str:
    """The first :data:`UNTITLED_WORDS` words of the first sentence of the first article with text, as
    published, ``…`` added when the sentence was cut; ``""`` when no article has text."""
    for article in articles:
        sentences = split_sentences(article.text)
        if sentences:
            start, end = sentences[0]
            words = article.text[start:end].split()
            shown = " ".join(words[:UNTITLED_WORDS])
            return shown if len(words) <= UNTITLED_WORDS else f"{shown} …"
    return ""
