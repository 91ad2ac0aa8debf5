"""Atom feeds, so that any feed reader can follow marsad itself (built with feedgen):

* ``/feeds/stories.atom`` — the stories most recently opened or grown (or changed: an article edited),
  latest first, each with its summary;
* ``/feeds/watchlists/NAME.atom`` — the alerts of a watchlist (``marsad watch`` writes them), latest
  first, each naming the story, what is new in it and what matched.

Links are absolute, made from the address the request came to. Article text is never put in as HTML:
titles and summaries are plain text, and the few HTML contents are built from escaped pieces.
"""

from __future__ import annotations

import html
from typing import Annotated

from fastapi import APIRouter, Path, Request
from fastapi.responses import Response
from feedgen.feed import FeedGenerator

from .. import __version__
from ..store import Store
from ..store.watch import AlertRecord, WatchState
from .deps import pool_of
from .errors import NotFound
from .links import story_href

__all__ = ["FEED_ENTRIES", "router"]

FEED_ENTRIES = 50
ATOM = "application/atom+xml; charset=utf-8"
_KINDS = {"new": "قصة جديدة", "grown": "قصة نمت"}
_MATCHED = {"entities": "أسماء", "words": "كلمات", "outlets": "منافذ"}

router = APIRouter(prefix="/feeds", include_in_schema=False)


def _feed(base: str, path: str, title: str, subtitle: str) -> FeedGenerator:
    feed = FeedGenerator()
    feed.id(f"{base}{path}")
    feed.title(title)
    feed.subtitle(subtitle)
    feed.language("ar")
    feed.link(href=f"{base}{path}", rel="self", type="application/atom+xml")
    feed.link(href=f"{base}/", rel="alternate", type="text/html")
    feed.generator("marsad", version=__version__)
    return feed


def _stories_feed(store: Store, base: str) -> bytes:
    feed = _feed(base, "/feeds/stories.atom", "marsad · القصص الجديدة والمحدّثة",
                 "Stories opened or grown, latest first")
    changed = WatchState(store).changed_stories(FEED_ENTRIES)
    feed.updated(changed[0][3] if changed else "1970-01-01T00:00:00+00:00")
    for story_id, title, created, updated in changed:
        try:
            story = store.story(story_id)
        except KeyError:  # gone between the two reads (merged into another)
            continue
        entry = feed.add_entry(order="append")
        entry.id(f"{base}{story_href(story_id)}")  # one entry per story: a reader shows its update in place
        entry.title(title or story_id)
        entry.link(href=f"{base}{story_href(story_id)}", rel="alternate", type="text/html")
        entry.published(created)
        entry.updated(updated)
        summary = " ".join(s.text for s in story.summary)
        entry.summary(f"المقالات: {len(story.articles)} · {summary}" if summary else f"المقالات: {len(story.articles)}")
    return feed.atom_str(pretty=True)


def _alert_html(alert: AlertRecord, base: str) -> str:
    items = "".join(
        f"<li><a href=\"{html.escape(a.get('url') or '')}\">{html.escape(a.get('title') or a['id'])}</a>"
        f" — {html.escape(a.get('outlet') or '')}</li>"
        for a in alert.articles
    )
    matched = "؛ ".join(
        f"{_MATCHED.get(kind, kind)}: {html.escape('، '.join(values))}" for kind, values in alert.matched.items()
    )
    return (f"<p>{_KINDS.get(alert.kind, alert.kind)} · <a href=\"{base}{story_href(alert.story)}\">"
            f"{html.escape(alert.title)}</a></p><p>{matched}</p><ul>{items}</ul>")


def _watchlist_feed(store: Store, base: str, name: str) -> bytes:
    state = WatchState(store)
    alerts = state.alerts(watchlist=name, limit=FEED_ENTRIES)
    if not alerts and name not in {w.name for w in state.watchlists()}:
        raise NotFound(f"no watchlist named {name!r} has alerts or is in the store")
    path = f"/feeds/watchlists/{name}.atom"
    feed = _feed(base, path, f"marsad · {name}", f"Alerts of the watchlist {name}, latest first")
    feed.updated(alerts[0].created_at if alerts else "1970-01-01T00:00:00+00:00")
    for alert in alerts:
        entry = feed.add_entry(order="append")
        entry.id(f"{base}{path}#alert-{alert.id}")
        entry.title(f"{_KINDS.get(alert.kind, alert.kind)}: {alert.title or alert.story}")
        entry.link(href=f"{base}{story_href(alert.story)}", rel="alternate", type="text/html")
        entry.published(alert.created_at)
        entry.updated(alert.created_at)
        entry.content(_alert_html(alert, base), type="html")
    return feed.atom_str(pretty=True)


def _base(request: Request) -> str:
    return str(request.base_url).rstrip("/")


@router.get("/stories.atom")
async def stories_feed(request: Request) -> Response:
    """New and updated stories, as Atom."""
    base = _base(request)
    body = await pool_of(request).run(lambda store: _stories_feed(store, base))
    return Response(body, media_type=ATOM)


@router.get("/watchlists/{name}.atom")
async def watchlist_feed(
    request: Request, name: Annotated[str, Path(max_length=64, pattern=r"^[A-Za-z0-9_-]+$")]
) -> Response:
    """A watchlist's alerts, as Atom."""
    base = _base(request)
    body = await pool_of(request).run(lambda store: _watchlist_feed(store, base, name))
    return Response(body, media_type=ATOM)
