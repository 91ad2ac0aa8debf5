"""How much of one article marsad reads: the per-article size limit, and the cut that keeps an article
within it.

Every later stage (cleaning, entities, quotes, times, the summary) costs time and memory in proportion to
an article's text (and the quotes and entity-resolution stages more than that: a story's names are
compared pairwise), so one article of 18 MB costs more than 10,000 ordinary ones. News articles are short
(the 31,030 SaudiNewsNet articles: mean 1,713 characters, median 1,210, longest 33,687), so the limit
below sits 15 times above the longest seen and only ever catches what is not an ordinary article: a
whole archive pasted into one field, a scraper's run-away page, a hostile input. At the limit one article
takes about 20 s to read out (bench/hostile.py, docs/reliability.md).

An article over the limit is **cut**, not skipped: its text is kept up to the last paragraph break (else
sentence end, else space) before the limit, the cut is recorded in ``meta["cut"]``, and a ``warning``
names the input and says where it was cut. The input as received stays whole in ``raw``, so nothing is
lost: a store keeps it, and a larger limit reads it all again.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re

from marsad.model import Article, Problem
from marsad.text import split_sentences

__all__ = [
    "DEFAULT_MAX_ARTICLE_CHARS",
    "MAX_ARTICLE_SENTENCES",
    "MAX_HEADLINE_CHARS",
    "MAX_ID_CHARS",
    "MAX_PAGE_CHARS",
    "MAX_TITLE_CHARS",
    "cut_article",
    "cut_point",
]

# 500,000 characters: about 1 MB of Arabic in UTF-8, some 85,000 words; see the module docstring.
DEFAULT_MAX_ARTICLE_CHARS = 500_000
# An HTML page is cut to this many characters before extraction (at a tag), because the parser's tree
# costs many times the page (an 18 MB page took 1.2 GB and 33 s of CPU): four times the article limit,
# as markup is at least half of a page. The shared data's real pages have 29 and 71 kB.
MAX_PAGE_CHARS = 2_000_000
# A headline is a line; the longest in SaudiNewsNet has 181 characters. A longer "title" is body text.
MAX_TITLE_CHARS = 1_000
# A plain-text file's first line longer than this is its first paragraph, not a headline (EASC's
# files open on a paragraph of 600-2,800 characters): 1.6 times the longest SaudiNewsNet headline.
MAX_HEADLINE_CHARS = 300

# Sentences of one article: the summary compares every sentence of a story with every other (a square
# array), for which 80,000 one-word lines would need 50 GB. SaudiNewsNet's longest article has 549
# sentences (median 5); the limit is four times that. A text of fewer than twice as many characters
# cannot reach it, so ordinary articles are not even split to count.
MAX_ARTICLE_SENTENCES = 2_000
# An id is a name (a file stem, a URL, a scraper's key): a longer one is shortened, keeping it distinct.
MAX_ID_CHARS = 1_000
_ID_KEPT = 200

# A cut at a paragraph break (else a sentence end, else a space) only when it keeps at least this share
# of the limit: otherwise a text with one early break would lose most of what the limit allows.
_MIN_KEPT_SHARE = 0.5
_SENTENCE_END = re.compile(r"[.!?؟։።。]\s")
_SPACE = re.compile(r"\s")


def cut_point(text: str, limit: int) -> tuple[int, str]:
    """Where to cut ``text`` to keep at most ``limit`` characters, and what was cut at: ``paragraph``
    (before a line break), ``sentence`` (after a sentence end), ``space`` or ``character`` (a run without
    white space, cut where the limit falls). ``(len(text), "")`` when the text is within the limit.

    >>> cut_point("أول فقرة.\\nثانية طويلة", 15)
    (9, 'paragraph')
    >>> cut_point("كلمةبلامسافات" * 3, 10)
    (10, 'character')
    """
    if len(text) <= limit:
        return len(text), ""
    floor = int(limit * _MIN_KEPT_SHARE)
    at = text.rfind("\n", floor, limit + 1)
    if at > 0:
        return at, "paragraph"
    window = text[floor : limit + 1]
    ends = [m.end() for m in _SENTENCE_END.finditer(window)]
    if ends:
        return floor + ends[-1] - 1, "sentence"
    spaces = [m.start() for m in _SPACE.finditer(window)]
    if spaces:
        return floor + spaces[-1], "space"
    return limit, "character"


def cut_article(article: Article, max_chars: int = DEFAULT_MAX_ARTICLE_CHARS) -> tuple[Article, list[Problem]]:
    """``article`` within the limits, and a ``warning`` for each cut, naming the article's source.

    * its body (``extracted``, or ``text`` when nothing was extracted) is cut at :func:`cut_point` when it
      is longer than ``max_chars``; ``meta["cut"]`` records ``{"at": offset where the body was cut,
      "length": the body's length before, "limit": max_chars, "boundary": what it was cut at}``;
    * then, when it holds more than :data:`MAX_ARTICLE_SENTENCES` sentences
      (:func:`marsad.text.split_sentences`), it is cut after the last of them (``boundary``
      ``sentences``, ``limit`` the number of sentences);
    * a title (or an outlet name) longer than :data:`MAX_TITLE_CHARS` is cut at its last space before
      that length, and ``meta["title_cut"]`` (``meta["outlet_cut"]``) holds its length before;
    * an id longer than :data:`MAX_ID_CHARS` becomes its first 200 characters and a hash of the whole,
      so distinct ids stay distinct; ``meta["long_id"]`` holds the id's length before.

    ``raw`` is never cut: the input as received is kept whole. Raises ``ValueError`` when ``max_chars``
    is not positive.
    """
    if max_chars < 1:
        raise ValueError(f"the article size limit must be at least 1 character, not {max_chars}")
    source = article.source or article.id[:_ID_KEPT]
    problems: list[Problem] = []
    changes: dict[str, object] = {}
    meta = dict(article.meta)
    body_field = "extracted" if article.extracted else "text"
    body = getattr(article, body_field)
    kept = "the input is kept whole as raw" if article.raw else "the rest is not kept"
    at, boundary = cut_point(body, max_chars)
    if boundary:
        changes[body_field] = body[:at]
        meta["cut"] = {"at": at, "length": len(body), "limit": max_chars, "boundary": boundary}
        reason = (
            f"article text of {len(body):,} characters is over the limit of {max_chars:,}: cut at character "
            f"{at:,} ({_BOUNDARY_WORDS[boundary]}); {kept}"
        )
        problems.append(Problem(source, reason, "warning"))
    text = body[:at]
    if len(text) >= 2 * MAX_ARTICLE_SENTENCES and len(sentences := split_sentences(text)) > MAX_ARTICLE_SENTENCES:
        at = sentences[MAX_ARTICLE_SENTENCES - 1][1]
        changes[body_field] = text[:at]
        meta["cut"] = {"at": at, "length": len(body), "limit": MAX_ARTICLE_SENTENCES, "boundary": "sentences"}
        reason = (
            f"article text of {len(sentences):,} sentences{' (in the part read)' if boundary else ''} is over the "
            f"limit of {MAX_ARTICLE_SENTENCES:,} sentences: cut after the last of them, at character {at:,}; {kept}"
        )
        problems.append(Problem(source, reason, "warning"))
    for name in ("title", "outlet"):
        value = getattr(article, name) or ""
        if len(value) > MAX_TITLE_CHARS:
            at, _ = cut_point(value.replace("\n", " "), MAX_TITLE_CHARS)
            changes[name] = value[:at].rstrip()
            meta[f"{name}_cut"] = len(value)
            reason = f"{name} of {len(value):,} characters cut to {at:,} (the limit is {MAX_TITLE_CHARS:,})"
            problems.append(Problem(source, reason, "warning"))
    if len(article.id) > MAX_ID_CHARS:
        digest = hashlib.blake2b(article.id.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()
        changes["id"] = f"{article.id[:_ID_KEPT]}-{digest}"
        meta["long_id"] = len(article.id)
        reason = f"id of {len(article.id):,} characters shortened to {changes['id'][:40]!r}... with a hash of the whole"
        problems.append(Problem(source, reason, "warning"))
    if not changes:
        return article, []
    return dataclasses.replace(article, **changes, meta=meta), problems


_BOUNDARY_WORDS = {
    "paragraph": "at a paragraph break",
    "sentence": "after a sentence",
    "space": "at a space",
    "character": "inside a run without spaces",
}
