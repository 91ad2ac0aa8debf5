"""The digest as documented JSON (see ``docs/schema.md``): a stable view for other programs.

The view leaves out what only marsad needs internally (raw input, extracted text before cleaning,
sentence offsets) and keeps every span as ``{article, start, end}`` into the article's clean text.
"""

from __future__ import annotations

from typing import Any

from .. import __version__
from ..model import Article, Digest, Span, Story, to_dict

__all__ = ["SCHEMA_VERSION", "digest_to_json"]

SCHEMA_VERSION = 1


def _span(span: Span) -> dict[str, Any]:
    return {"article": span.article, "start": span.start, "end": span.end}


def _article(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "title": article.title,
        "outlet": article.outlet,
        "published": article.published,
        "url": article.url,
        "source": article.source,
        "text": article.text,
        "removed": [{"text": r.text, "reason": r.reason, "rule": r.rule} for r in article.removed],
    }


def _story(story: Story) -> dict[str, Any]:
    data = {
        "id": story.id,
        "title": story.title,
        "articles": list(story.articles),
        "summary": [{"text": s.text, "cites": to_dict(s.cites)} for s in story.summary],
    }
    # Extractions added by later stages keep their model field names (entities, times, quantities, ...).
    for name in ("entities", "times", "quantities", "timeline"):
        data[name] = to_dict(getattr(story, name))
    return data


def digest_to_json(digest: Digest) -> dict[str, Any]:
    """The JSON document ``marsad digest --json`` writes, as plain Python values."""
    return {
        "marsad": __version__,
        "schema": SCHEMA_VERSION,
        "articles": [_article(a) for a in digest.articles],
        "duplicates": [
            {"articles": list(g.articles), "kind": g.kind, "similarity": round(g.similarity, 4)}
            for g in digest.duplicates
        ],
        "borrowed": [
            {
                "source": _span(b.source),
                "target": _span(b.target),
                "text": b.text,
                "similarity": round(b.similarity, 4),
            }
            for b in digest.borrowed
        ],
        "stories": [_story(s) for s in digest.stories],
        "problems": [{"source": p.source, "reason": p.reason, "level": p.level} for p in digest.problems],
    }
