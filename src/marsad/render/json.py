"""The digest as documented JSON (see ``docs/schema.md``): a stable view for other programs.

The view leaves out what only marsad needs internally (raw input, extracted text before cleaning,
sentence offsets) and keeps every span as ``{article, start, end}`` into the article's clean text.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, TextIO

import orjson

from .. import __version__
from ..analyze import attribution_verbs
from ..extract.quotes import attributed
from ..model import Article, Claim, ClaimSource, Digest, Quote, Span, Story, SummarySentence, to_dict

__all__ = ["SCHEMA_VERSION", "digest_to_json", "write_digest_json"]

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


def _quote(quote: Quote) -> dict[str, Any]:
    return {
        "article": quote.article, "start": quote.start, "end": quote.end, "text": quote.text, "kind": quote.kind,
        "speaker": quote.speaker, "speaker_name": quote.speaker_name,
        "speaker_confidence": quote.speaker_confidence, "attributed": attributed(quote), "cue": quote.cue,
        "relayed_by": quote.relayed_by, "relayed_by_name": quote.relayed_by_name,
    }


def _claim_source(source: ClaimSource) -> dict[str, Any]:
    return {
        "article": source.article, "start": source.start, "end": source.end, "text": source.text,
        "value": source.value, "about": source.about,
        "about_span": list(source.about_span) if source.about_span else None,
    }


def _claim(claim: Claim) -> dict[str, Any]:
    return {
        "about": claim.about, "kind": claim.kind, "value": claim.value, "unit": claim.unit,
        "agree": [_claim_source(s) for s in claim.agree], "conflict": [_claim_source(s) for s in claim.conflict],
    }


def _summary(sentences: tuple[SummarySentence, ...]) -> list[dict[str, Any]]:
    return [{"text": s.text, "cites": to_dict(s.cites), "speaker": s.speaker, "cut": s.cut} for s in sentences]


def _story(story: Story, articles: list[Article], plain: Callable[[Any], Any] = to_dict) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": story.id,
        "title": story.title,
        "articles": list(story.articles),
        "summary": _summary(story.summary),
    }
    data["days"] = list(story.days)
    data["facets"] = plain(story.facets)
    if story.update is not None:
        data["update"] = {"since": story.update.since, "articles": list(story.update.articles),
                          "summary": _summary(story.update.summary)}
    # Extractions added by later stages keep their model field names (entities, times, quantities, ...).
    for name in ("entities", "times", "quantities", "timeline"):
        data[name] = plain(getattr(story, name))
    data["quotes"] = [_quote(q) for q in story.quotes]
    data["claims"] = [_claim(c) for c in story.claims]
    data["naming"] = [{"entity": n.entity, "name": n.name, "by_outlet": {k: list(v) for k, v in n.by_outlet.items()}}
                      for n in story.naming]
    data["attribution_verbs"] = attribution_verbs(story.quotes, articles)
    return data


def digest_to_json(digest: Digest) -> dict[str, Any]:
    """The JSON document ``marsad digest --json`` writes, as plain Python values."""
    return {key: value if not callable(value) else list(value()) for key, value in _parts(digest)}


def write_digest_json(digest: Digest, out: TextIO) -> None:
    """Write :func:`digest_to_json`'s document to ``out`` on one line, one article or story at a time:
    the whole document is never in memory (for 30,000 articles it is several times the digest's size).

    Each item is encoded by orjson, which also writes the stories' extractions (dataclasses, tuples)
    itself, as :func:`~marsad.model.to_dict` would give them: the same document, several times faster."""
    out.write("{")
    for number, (key, value) in enumerate(_parts(digest, plain=_as_is)):
        out.write(("," if number else "") + json.dumps(key) + ":")
        if not callable(value):
            out.write(_encoded(value))
            continue
        out.write("[")
        for position, item in enumerate(value()):
            out.write(("," if position else "") + _encoded(item))
        out.write("]")
    out.write("}")


def _encoded(value: Any) -> str:
    return orjson.dumps(value, option=orjson.OPT_NON_STR_KEYS).decode("utf-8")


def _as_is(value: Any) -> Any:
    return value


def _parts(digest: Digest, plain: Callable[[Any], Any] = to_dict) -> list[tuple[str, Any]]:
    """The document's keys in order, each with its value or, for the long lists, a function giving
    their items one by one; ``plain`` turns the stories' extractions into JSON values (or leaves them to
    the encoder)."""
    return [
        ("marsad", __version__),
        ("schema", SCHEMA_VERSION),
        ("articles", lambda: (_article(a) for a in digest.articles)),
        (
            "duplicates",
            lambda: (
                {"articles": list(g.articles), "kind": g.kind, "similarity": round(g.similarity, 4)}
                for g in digest.duplicates
            ),
        ),
        (
            "borrowed",
            lambda: (
                {
                    "source": _span(b.source),
                    "target": _span(b.target),
                    "text": b.text,
                    "similarity": round(b.similarity, 4),
                }
                for b in digest.borrowed
            ),
        ),
        (
            "stories",
            lambda: (_story(s, [digest.article(a) for a in s.articles], plain) for s in digest.stories),
        ),
        ("problems", lambda: ({"source": p.source, "reason": p.reason, "level": p.level} for p in digest.problems)),
    ]
