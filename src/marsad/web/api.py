"""The JSON API under ``/api/``: stories, a story, an entity across stories, an article, search, and ingest
of JSON lines.

Spans are ``{start, end}`` character offsets into the article's clean ``text``, as everywhere in marsad; a
story is the digest JSON's story object (docs/schema.md). Errors are ``{"detail": "..."}`` with 404 (what
was not found), 422 (which parameter is wrong and why), 401 (a token is needed, or it is not valid),
403 (the token's scope does not allow it, or ingest is off), 413, 429 (past a token's ingest rate).
"""

from __future__ import annotations

import dataclasses
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse, RedirectResponse
from pydantic import BaseModel, Field

from ..model import Digest
from ..render import digest_to_json
from ..store import SearchHit, Store, StoryInfo
from . import params
from .auth import require_ingest
from .deps import pool_of
from .ingest import ingest_jsonl
from .links import article_href, entity_href, story_href
from .views import current_story_id, find_article, find_entity, story_view
from .views import search as search_store

__all__ = ["router"]

MAX_LIMIT = 200

router = APIRouter(prefix="/api", tags=["api"])


class Error(BaseModel):
    detail: str = Field(description="What was wrong, for a person to read.")


class ParamError(Error):
    param: str | None = Field(None, description="The parameter at fault, when one is.")
    errors: list[dict[str, str]] | None = Field(None, description="Each invalid parameter and why.")


class StoryLine(BaseModel):
    id: str
    title: str
    size: int = Field(description="Articles in the story.")
    outlets: list[str] = Field(description="Outlets of its articles, most articles first.")
    first_day: str | None
    last_day: str | None
    updated_at: str
    url: str = Field(description="The story's page.")


class StoryList(BaseModel):
    total: int = Field(description="Stories matching the filters, in all.")
    limit: int
    offset: int
    stories: list[StoryLine]


class SpanOut(BaseModel):
    start: int
    end: int
    text: str | None = None


class Hit(BaseModel):
    article: str
    story: str | None
    score: float
    title: str
    outlet: str | None
    published: str | None
    url: str | None
    snippet: SpanOut
    highlights: list[SpanOut]
    title_highlights: list[SpanOut] = Field(description="Offsets into the title.")
    page: str = Field(description="The article's page, scrolled to the snippet.")


class EntityLine(BaseModel):
    id: str = Field(description="The entity's id across stories (ent-12).")
    name: str
    type: str = Field(description="PER, ORG, LOC or MISC.")
    stories: int = Field(description="Stories that name it.")
    url: str = Field(description="The entity's page.")


class SearchResult(BaseModel):
    query: str
    count: int
    hits: list[Hit]
    entities: list[EntityLine] = Field(default_factory=list,
                                       description="Entities the query is a name of (any variant).")


class Counted(BaseModel):
    text: str
    count: int


class EntityStoryOut(BaseModel):
    story: str
    title: str
    first_day: str | None
    last_day: str | None
    local_id: str = Field(description="The entity's id inside the story (e1...).")
    name: str = Field(description="Its name in that story.")
    mentions: int
    roles: list[str]
    url: str = Field(description="The story's page.")


class StatementOut(BaseModel):
    article: str
    outlet: str = Field(description="The outlet that reported it (the article id when unknown).")
    published: str | None
    quote: SpanOut = Field(description="The quoted words, as a span of the article's clean text.")
    cue: str | None = Field(description="The attribution verb the outlet used.")
    page: str = Field(description="The article's page, scrolled to the quote.")


class EntityOut(BaseModel):
    id: str
    name: str
    type: str
    variants: list[Counted] = Field(description="Names as written, with their mentions, most used first.")
    roles: list[Counted]
    outlet_names: dict[str, list[Counted]] = Field(description="Each outlet's names for it, most used first.")
    stories: list[EntityStoryOut] = Field(description="Stories naming it, newest first.")
    statements: list[StatementOut] = Field(description="What it said (attributed quotes), in date order.")
    url: str = Field(description="The entity's page.")


class Removed(BaseModel):
    text: str
    reason: str
    rule: str
    offset: int = Field(description="Where it stood in `extracted` (the text before cleaning).")


class ArticleOut(BaseModel):
    id: str
    version: int = Field(description="The version shown (1 is the first stored).")
    versions: int
    story: str | None
    title: str
    outlet: str | None
    published: str | None
    url: str | None
    source: str | None
    text: str = Field(description="The clean text every span indexes into.")
    paragraphs: list[SpanOut]
    sentences: list[SpanOut]
    removed: list[Removed]
    raw: str | None = Field(None, description="The input as received (with ?raw=true).")
    extracted: str | None = Field(None, description="The text before cleaning (with ?raw=true).")


class IngestLineProblem(BaseModel):
    line: int | None = Field(description="Line of the body (1 is the first), None for the body as a whole.")
    source: str
    reason: str
    level: str = Field(description="error (not used), warning (used, with a repair) or notice.")


class IngestOut(BaseModel):
    batch: str = Field(description="Label of this body; ids of lines without one are <batch stem>-<line>.")
    added: int
    updated: int
    unchanged: int
    stories_opened: int
    stories_grown: int
    renamed: list[list[str]] = Field(description="[given id, stored id] for ids already taken.")
    problems: list[IngestLineProblem]


_ERRORS: dict[int | str, dict[str, Any]] = {422: {"model": ParamError, "description": "A parameter is wrong."}}
_NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"model": Error, "description": "Not in the store."}, **_ERRORS}

DateParam = Annotated[str | None, Query(max_length=40, description="A day, YYYY-MM-DD (inclusive).")]
NameParam = Annotated[str | None, Query(max_length=params.MAX_FILTER_CHARS)]


def _story_line(info: StoryInfo) -> StoryLine:
    return StoryLine(**dataclasses.asdict(info), url=story_href(info.id))


@router.get("/stories", response_model=StoryList, responses=_ERRORS)
async def list_stories(
    request: Request,
    date_from: DateParam = None,
    date_to: DateParam = None,
    outlet: Annotated[str | None, Query(max_length=params.MAX_FILTER_CHARS, description="An outlet's name.")] = None,
    entity: Annotated[str | None, Query(max_length=params.MAX_FILTER_CHARS,
                                        description="A person, place or body named in the story.")] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
    order: Annotated[str | None, Query(max_length=20, description="importance (default: most outlets, most "
                                       "articles, most recent first), recent, size or created.")] = None,
) -> StoryList:
    """Stories, most important first (or in ``order``), with filters."""
    chosen = params.filters(date_from, date_to, outlet, entity)
    ordering = params.order(order)
    infos, total = await pool_of(request).run(
        lambda store: store.story_list(**chosen, limit=limit, offset=offset, order=ordering)
    )
    return StoryList(total=total, limit=limit, offset=offset, stories=[_story_line(i) for i in infos])


@router.get("/stories/{story_id}", responses=_NOT_FOUND, response_model=None)
async def get_story(
    request: Request,
    story_id: str,
    since: Annotated[str | None, Query(max_length=40, description="A day or time (YYYY-MM-DDTHH:MM, "
                                       "optional +HH:MM): the story's update says what is new since then.")] = None,
) -> dict[str, Any] | RedirectResponse:
    """A story as in the digest JSON (docs/schema.md): summary with citations, facets, days, entities,
    times, quantities, timeline, quotes, claims, naming, and with ``since`` its ``update``; with its
    articles (without their text: see ``/api/articles/{id}``), duplicate groups and borrowed passages. A
    story merged into another as articles arrived redirects (308) to it."""
    moment = params.since(since)
    current = await pool_of(request).run(lambda store: current_story_id(store, story_id))
    if current != story_id:
        target = f"{request.url.path.rsplit('/', 1)[0]}/{current}" + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse(target, status_code=308)
    view = await pool_of(request).run(lambda store: story_view(store, story_id, moment, request.app.state.settings))
    data = digest_to_json(Digest(articles=tuple(view.articles), stories=(view.story,),
                                 duplicates=view.duplicates, borrowed=view.borrowed))
    articles = [
        {k: v for k, v in a.items() if k not in ("text", "removed")} | {"page": article_href(a["id"])}
        for a in data["articles"]
    ]
    return {"story": data["stories"][0], "articles": articles,
            "duplicates": data["duplicates"], "borrowed": data["borrowed"]}


def _article_out(store: Store, article_id: str, version: int | None, raw: bool) -> ArticleOut:
    article = find_article(store, article_id, version)
    versions = store.versions(article.id)
    shown = version or len(versions)
    return ArticleOut(
        id=article.id,
        version=shown,
        versions=len(versions),
        story=store.story_of(article.id),
        title=article.title,
        outlet=article.outlet,
        published=article.published,
        url=article.url,
        source=article.source,
        text=article.text,
        paragraphs=[SpanOut(start=p.start, end=p.end) for p in article.paragraphs],
        sentences=[SpanOut(start=s.start, end=s.end) for s in article.sentences],
        removed=[Removed(text=r.text, reason=r.reason, rule=r.rule, offset=r.offset) for r in article.removed],
        raw=article.raw if raw else None,
        extracted=article.extracted if raw else None,
    )


@router.get("/articles/{article_id:path}", response_model=ArticleOut, responses=_NOT_FOUND)
async def get_article(
    request: Request,
    article_id: str,
    version: Annotated[int | None, Query(ge=1, le=1_000_000, description="A stored version; the current one if left out.")] = None,
    raw: Annotated[bool, Query(description="Also give the input as received and the text before cleaning.")] = False,
) -> ArticleOut:
    """An article (its current version, or ``version``): clean text with paragraph and sentence offsets,
    the residue cleaning removed, its story."""
    return await pool_of(request).run(lambda store: _article_out(store, article_id, version, raw))


def _hit(hit: SearchHit) -> Hit:
    a = hit.article
    return Hit(
        article=a.id,
        story=hit.story,
        score=round(hit.score, 6),
        title=a.title,
        outlet=a.outlet,
        published=a.published,
        url=a.url,
        snippet=SpanOut(start=hit.snippet.start, end=hit.snippet.end, text=a.span_text(hit.snippet)),
        highlights=[SpanOut(start=s.start, end=s.end, text=a.span_text(s)) for s in hit.highlights],
        title_highlights=[SpanOut(start=s, end=e, text=a.title[s:e]) for s, e in hit.title_highlights],
        page=article_href(a.id, hit.snippet.start, hit.snippet.end),
    )


@router.get("/search", response_model=SearchResult, responses=_ERRORS)
async def search(
    request: Request,
    q: Annotated[str, Query(min_length=1, max_length=500, description="Words to find, all of them, in any spelling.")],
    date_from: DateParam = None,
    date_to: DateParam = None,
    outlet: NameParam = None,
    entity: NameParam = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 20,
) -> SearchResult:
    """Articles holding every word of ``q`` (``امريكيه`` finds ``الأمريكية``), best first, each with a
    snippet and the matched words as spans of its clean text."""
    chosen = params.filters(date_from, date_to, outlet, entity)
    hits, entities = await pool_of(request).run(
        lambda store: (search_store(store, q, chosen, limit), store.find_entities(q))
    )
    return SearchResult(query=q, count=len(hits), hits=[_hit(h) for h in hits],
                        entities=[EntityLine(**dataclasses.asdict(m), url=entity_href(m.id)) for m in entities])


@router.get("/entities", response_model=list[EntityLine], responses=_ERRORS)
async def find_entities(
    request: Request,
    name: Annotated[str, Query(min_length=1, max_length=params.MAX_FILTER_CHARS,
                               description="A name as any story wrote it (or a person's surname).")],
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 20,
) -> list[EntityLine]:
    """The entities ``name`` is a variant of, most stories first."""
    found = await pool_of(request).run(lambda store: store.find_entities(name, limit))
    return [EntityLine(**dataclasses.asdict(m), url=entity_href(m.id)) for m in found]


@router.get("/entities/{entity_id}", response_model=EntityOut, responses=_NOT_FOUND)
async def get_entity(request: Request, entity_id: str) -> EntityOut | RedirectResponse:
    """One person, organization or place across every story: names, roles, each outlet's names, its
    stories over time, and what it said. An entity merged into another (a story showed them to be one)
    redirects (308) to it."""
    e = await pool_of(request).run(lambda store: find_entity(store, entity_id))
    if e.id != entity_id:
        return RedirectResponse(f"{request.url.path.rsplit('/', 1)[0]}/{e.id}", status_code=308)
    return EntityOut(
        id=e.id, name=e.name, type=e.type,
        variants=[Counted(text=t, count=n) for t, n in e.variants],
        roles=[Counted(text=t, count=n) for t, n in e.roles],
        outlet_names={o: [Counted(text=t, count=n) for t, n in names] for o, names in e.outlet_names.items()},
        stories=[EntityStoryOut(**dataclasses.asdict(s) | {"roles": list(s.roles)}, url=story_href(s.story))
                 for s in e.stories],
        statements=[
            StatementOut(article=s.quote.article, outlet=s.outlet, published=s.published,
                         quote=SpanOut(start=s.quote.start, end=s.quote.end, text=s.quote.text), cue=s.quote.cue,
                         page=article_href(s.quote.article, s.quote.start, s.quote.end))
            for s in e.statements
        ],
        url=entity_href(e.id),
    )


@router.post(
    "/ingest",
    response_model=IngestOut,
    dependencies=[Depends(require_ingest)],
    responses={
        401: {"model": Error, "description": "No token, or one that is malformed, unknown or revoked."},
        403: {"model": Error, "description": "The token's scope is not ingest, or the server was started "
              "without --allow-ingest."},
        429: {"model": Error, "description": "The token has sent more ingest requests than its rate allows."},
        413: {"model": Error, "description": "The body is over the size limit."},
        422: {"model": Error, "description": "No line of the body could be used (the problems say why)."},
    },
    openapi_extra={
        "requestBody": {
            "required": True,
            "description": "JSON lines, UTF-8: one article per line with `id, url, outlet, published, "
            "title` and `text` or `html`, as `marsad ingest` reads .jsonl files.",
            "content": {"application/x-ndjson": {"schema": {"type": "string"}}},
        }
    },
)
async def ingest(request: Request) -> JSONResponse:
    """Store the articles of a JSON lines body (read, cleaned and filed into stories as by
    ``marsad ingest``); each line that cannot be used is listed with its line number and the reason.
    Needs ``Authorization: Bearer <token>`` with a token of scope ``ingest``."""
    body = await request.body()
    result = await pool_of(request).run(lambda store: ingest_jsonl(store, body, settings=request.app.state.settings))
    report = result.report
    out = IngestOut(
        batch=result.batch,
        added=report.added,
        updated=report.updated,
        unchanged=report.unchanged,
        stories_opened=report.stories_opened,
        stories_grown=report.stories_grown,
        renamed=[list(pair) for pair in report.renamed],
        problems=[IngestLineProblem(**p) for p in result.problem_records()],
    )
    if report.seen == len(report.rejected):
        detail = "no usable article in the body" if body.strip() else "the body is empty: send JSON lines"
        return JSONResponse({"detail": detail, **out.model_dump()}, status_code=422)
    return JSONResponse(out.model_dump())

