"""The pages: stories list, story, entity, article, search. Server-rendered, right to left, no script."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from . import params
from .deps import pool_of, render
from .links import entity_href, story_href
from .views import article_view, current_story_id, entity_view, search_view, story_list_view, story_view

__all__ = ["PAGE_SIZE", "router"]

PAGE_SIZE = 30
MAX_PAGE = 10_000
SEARCH_RESULTS = 30

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

DateParam = Annotated[str | None, Query(max_length=40, description="A day, YYYY-MM-DD.")]
NameParam = Annotated[str | None, Query(max_length=params.MAX_FILTER_CHARS)]


@router.get("/")
async def stories_page(
    request: Request,
    date_from: DateParam = None,
    date_to: DateParam = None,
    outlet: NameParam = None,
    entity: NameParam = None,
    page: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 1,
    order: Annotated[str | None, Query(max_length=20)] = None,
) -> HTMLResponse:
    """Stories, most important first (most outlets, most articles, most recent; ``order`` gives the
    others), with filters."""
    chosen = params.filters(date_from, date_to, outlet, entity)
    ordering = params.order(order)
    offset = (page - 1) * PAGE_SIZE
    view = await pool_of(request).run(lambda store: story_list_view(store, chosen, PAGE_SIZE, offset, ordering))
    pages = max(1, -(-view.total // PAGE_SIZE))
    query = {k: v for k, v in chosen.items() if v} | ({"order": ordering} if ordering != "importance" else {})
    return render(
        "stories.html.j2", view=view, filters=chosen, page=page, pages=pages, query=query, order=ordering
    )


@router.get("/stories/{story_id}", response_model=None)
async def story_page(
    request: Request,
    story_id: str,
    since: Annotated[str | None, Query(max_length=40, description="New since this day or time.")] = None,
) -> HTMLResponse | RedirectResponse:
    """One story: summary with citations (and, with ``since``, what is new since then), its angles and
    days, timeline, entities, quotes, figures, naming, sources. A story merged into another as articles
    arrived redirects to it."""
    moment = params.since(since)
    current = await pool_of(request).run(lambda store: current_story_id(store, story_id))
    if current != story_id:
        return RedirectResponse(story_href(current) + (f"?since={quote(since)}" if since else ""), status_code=308)
    view = await pool_of(request).run(lambda store: story_view(store, story_id, moment, request.app.state.settings))
    return render("story.html.j2", view=view, story=view.story, label=view.labels, since=since or "")


@router.get("/entities/{entity_id}", response_model=None)
async def entity_page(request: Request, entity_id: str) -> HTMLResponse | RedirectResponse:
    """One person, organization or place across every story: its stories over time, its names and
    each outlet's, the roles it was given, what it said. An entity merged into another (a story showed
    them to be one) redirects to it."""
    view = await pool_of(request).run(lambda store: entity_view(store, entity_id))
    if view.entity.id != entity_id:
        return RedirectResponse(entity_href(view.entity.id), status_code=308)
    return render("entity.html.j2", view=view, entity=view.entity)


@router.get("/articles/{article_id:path}")
async def article_page(
    request: Request,
    article_id: str,
    version: Annotated[int | None, Query(ge=1, le=1_000_000)] = None,
    hl: Annotated[str | None, Query(max_length=40, description="START-END: a span to mark.")] = None,
) -> HTMLResponse:
    """One article's clean text, marked with what its story found in it."""
    span = params.span(hl)
    view = await pool_of(request).run(lambda store: article_view(store, article_id, version, span))
    return render("article.html.j2", view=view, article=view.article)


@router.get("/search")
async def search_page(
    request: Request,
    q: Annotated[str, Query(max_length=500)] = "",
    date_from: DateParam = None,
    date_to: DateParam = None,
    outlet: NameParam = None,
    entity: NameParam = None,
) -> HTMLResponse:
    """Articles matching every word of ``q``, with the matched words marked."""
    chosen = params.filters(date_from, date_to, outlet, entity)
    view = None
    if q.strip():
        view = await pool_of(request).run(lambda store: search_view(store, q, chosen, SEARCH_RESULTS))
    return render("search.html.j2", view=view, q=q, filters=chosen)
