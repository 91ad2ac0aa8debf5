"""What each page shows, read from the store and shaped for its template (no HTML here but the marked text).

Each ``*_view`` function runs on a store worker thread (see :mod:`.stores`), takes validated parameters
and returns plain data. A story or article that is not stored raises :class:`~.errors.NotFound` (a
404); a KeyError from anywhere else is a bug and stays one.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from markupsafe import Markup, escape

from ..analyze import SpeakerStatements, attribution_verbs, outlet_key, who_said_what
from ..extract.quotes import attributed
from ..model import Article, BorrowedPassage, Claim, DuplicateGroup, Entity, Removal, Story
from ..render.labels import (
    ENTITY_TYPE_LABELS,
    ENTITY_TYPE_NAMES,
    REASON_LABELS,
    UNCLEAR_ATTRIBUTION,
    article_labels,
    format_value,
)
from ..settings import DEFAULT, Settings
from ..store import QueryError, SearchHit, Store, StoryInfo
from ..store.entities import EntityMatch, EntityProfile
from ..updates import story_update
from .errors import NotFound, ParameterError
from .highlight import Insert, Mark, marked
from .links import article_href, span_anchor

__all__ = [
    "ArticleView",
    "EntityView",
    "SearchView",
    "StoryListView",
    "StoryView",
    "article_view",
    "entity_view",
    "find_article",
    "find_story",
    "removal_positions",
    "search",
    "search_view",
    "story_list_view",
    "story_view",
]


# --- stories list ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class StoryListView:
    stories: list[StoryInfo]
    total: int


def story_list_view(
    store: Store, filters: dict[str, str | None], limit: int, offset: int, order: str = "importance"
) -> StoryListView:
    stories, total = store.story_list(**filters, limit=limit, offset=offset, order=order)
    return StoryListView(stories, total)


# --- story page ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class StoryView:
    """A story with its articles (in story order), their citation labels, and its tables."""

    story: Story
    articles: list[Article]
    labels: dict[str, str]
    duplicates: tuple[DuplicateGroup, ...]
    borrowed: tuple[BorrowedPassage, ...]
    entities_by_type: list[tuple[str, list[Entity]]]
    speakers: list[SpeakerStatements]
    claims: list[Claim]
    columns: list[str]
    verbs: dict[str, dict[str, int]]
    entity_names: dict[str, str]
    first_day: str | None
    last_day: str | None
    titles: dict[str, str] = field(default_factory=dict)
    per_day: dict[str, int] = field(default_factory=dict)
    entity_links: dict[str, str] = field(default_factory=dict)  # e1 -> ent-12 (its page across stories)


def _days(articles: Sequence[Article]) -> tuple[str | None, str | None]:
    days = sorted(a.published[:10] for a in articles if a.published)
    return (days[0], days[-1]) if days else (None, None)


def find_story(store: Store, story_id: str) -> Story:
    try:
        return store.story(story_id)
    except KeyError:
        raise NotFound(f"no story with id {story_id!r}") from None


def current_story_id(store: Store, story_id: str) -> str:
    """The id ``story_id`` is stored under now (itself, or the story it was merged into)."""
    try:
        return store.resolve_story(story_id)
    except KeyError:
        raise NotFound(f"no story with id {story_id!r}") from None


def find_article(store: Store, article_id: str, version: int | None) -> Article:
    try:
        return store.article(article_id, version)
    except KeyError:
        if version is not None and store.versions(article_id):
            raise NotFound(f"article {article_id!r} has no version {version}") from None
        raise NotFound(f"no article with id {article_id!r}") from None


def story_view(store: Store, story_id: str, since: str | None = None, settings: Settings = DEFAULT) -> StoryView:
    """The story page's data; with ``since`` (as :func:`marsad.updates.parse_since` gives it) the story
    carries its update: what its articles stored since then add (none when it did not grow)."""
    story = find_story(store, story_id)
    if since is not None:
        new = store.stored_since(since, story_id).get(story_id, [])
        story = story_update(store, story, since, new, settings=settings)
    duplicates, borrowed = store.story_links(story_id)
    articles = [store.article(a) for a in story.articles]
    by_type: dict[str, list[Entity]] = defaultdict(list)
    for entity in story.entities:
        by_type[entity.type].append(entity)
    entities = [(label, by_type[kind]) for kind, label in ENTITY_TYPE_LABELS.items() if by_type[kind]]
    # conflicts first, then values several articles give; a figure only one article gives is in "figures"
    claims = [c for c in story.claims if c.conflict] + [
        c for c in story.claims if not c.conflict and len({s.article for s in c.agree}) > 1
    ]
    first, last = _days(articles)
    return StoryView(
        story=story,
        articles=articles,
        labels=article_labels(articles),
        duplicates=duplicates,
        borrowed=borrowed,
        entities_by_type=entities,
        speakers=who_said_what(story.quotes, story.entities, articles),
        claims=claims,
        columns=list(dict.fromkeys(outlet_key(a) for a in articles)),
        verbs=attribution_verbs(story.quotes, articles),
        entity_names={e.id: e.name for e in story.entities},
        first_day=first,
        last_day=last,
        titles={a.id: a.title for a in articles},
        per_day=dict(Counter(a.published[:10] for a in articles if a.published)),
        entity_links=store.story_entity_ids(story_id),
    )


# --- article page ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ArticleView:
    """An article with its clean text as marked paragraphs, and what it is linked to."""

    article: Article
    story: Story | None
    version: int | None
    versions: int
    blocks: list[Markup]
    removed: list[Removal]
    unplaced: list[Removal]
    highlight: tuple[int, int] | None
    legend: dict[str, int] = field(default_factory=dict)


def removal_positions(article: Article) -> list[tuple[int, Removal]] | None:
    """Where each piece of removed residue stood in the clean text, as ``(offset in text, removal)``.

    Cleaning keeps every other character as published and changes only white space (see
    :func:`marsad.clean.clean_article`), so walking ``extracted`` and ``text`` together, skipping white
    space and the removed pieces, puts each removal before the next kept character. None when the two do
    not line up (an article stored by an older cleaner), and the page then lists the residue apart.
    """
    extracted, text = article.extracted, article.text
    removals = sorted(article.removed, key=lambda r: r.offset)
    if not removals:
        return []
    if not extracted:
        return None
    placed: list[tuple[int, Removal]] = []
    pending: list[Removal] = []
    i = j = r = 0
    while i < len(extracted):
        if r < len(removals) and removals[r].offset <= i:
            removal = removals[r]
            if removal.offset < i or extracted[i : i + len(removal.text)] != removal.text:
                return None
            pending.append(removal)
            i += len(removal.text)
            r += 1
            continue
        if extracted[i].isspace():
            i += 1
            continue
        while j < len(text) and text[j].isspace():
            j += 1
        if j >= len(text) or text[j] != extracted[i]:
            return None
        placed += [(j, p) for p in pending]
        pending = []
        i += 1
        j += 1
    placed += [(len(text), p) for p in [*pending, *removals[r:]]]
    return placed


def _removal_html(removal: Removal, block: bool) -> Markup:
    label = REASON_LABELS.get(removal.reason, removal.reason)
    tag = "div" if block else "span"
    return Markup(
        f'<{tag} class="removed" title="{escape(removal.rule or removal.reason)}">'
        f'<span class="reason">{escape(label)}</span> {escape(removal.text)}</{tag}>'
    )


def _story_marks(article: Article, story: Story, labels: dict[str, str],
                 borrowed: Sequence[BorrowedPassage]) -> tuple[list[Mark], dict[str, int]]:
    """Marks for what the story found in ``article``: names, dates, figures, quotes, cited sentences and
    borrowed passages; and how many of each kind (for the legend)."""
    aid = article.id
    names = {e.id: e.name for e in story.entities}
    marks: list[Mark] = []
    counts: dict[str, int] = defaultdict(int)
    for entity in story.entities:
        for m in entity.mentions:
            if m.article == aid:
                title = f"{entity.name} · {ENTITY_TYPE_LABELS.get(entity.type, entity.type)}"
                if m.role:
                    title += f" · {m.role}"
                marks.append(Mark(m.start, m.end, f"ent ent-{entity.type}", title=title, rank=6))
                counts["ent"] += 1
    for t in story.times:
        if t.article == aid:
            marks.append(Mark(t.start, t.end, "time", title=t.value or t.note or "",
                              anchor=span_anchor(t.start, t.end), rank=6))
            counts["time"] += 1
    for q in story.quantities:
        if q.article == aid:
            shown = format_value(q.value) + (f" {q.unit}" if q.unit else "") + (f" · {q.counted}" if q.counted else "")
            marks.append(Mark(q.start, q.end, "num", title=shown, anchor=span_anchor(q.start, q.end), rank=6))
            counts["num"] += 1
    for q in story.quotes:
        if q.article == aid:
            speaker = (names.get(q.speaker or "") or q.speaker_name) if attributed(q) else UNCLEAR_ATTRIBUTION
            marks.append(Mark(q.start, q.end, f"quote quote-{q.kind}", title=f"{speaker} · {q.cue or ''}",
                              anchor=span_anchor(q.start, q.end), rank=4))
            counts["quote"] += 1
    cited = {(c.start, c.end) for s in story.summary for c in s.cites if c.article == aid}
    cited |= {(c.start, c.end) for e in story.timeline for c in e.cites if c.article == aid}
    cited |= {(s.start, s.end) for c in story.claims for s in (*c.agree, *c.conflict) if s.article == aid}
    quoted = {(q.start, q.end) for q in story.quotes if q.article == aid}
    counted = {(q.start, q.end) for q in story.quantities if q.article == aid}
    dated = {(t.start, t.end) for t in story.times if t.article == aid}
    for start, end in sorted(cited - quoted - counted - dated):
        marks.append(Mark(start, end, "cite", anchor=span_anchor(start, end), rank=2))
        counts["cite"] += 1
    for b in borrowed:
        if b.target.article == aid:
            source = b.source.article
            link = Markup('<a class="borrowed-link" href="{}">↖ {}</a>').format(
                article_href(source, b.source.start, b.source.end), f"منقول من {labels.get(source, source)}"
            )
            marks.append(Mark(b.target.start, b.target.end, "borrowed", anchor=span_anchor(b.target.start, b.target.end),
                              title=f"مقطع يكرر {labels.get(source, source)}", after=link, rank=3))
            counts["borrowed"] += 1
        if b.source.article == aid:
            target = b.target.article
            link = Markup('<a class="borrowed-link" href="{}">↘ {}</a>').format(
                article_href(target, b.target.start, b.target.end), f"نقله {labels.get(target, target)}"
            )
            marks.append(Mark(b.source.start, b.source.end, "borrowed-source",
                              anchor=span_anchor(b.source.start, b.source.end), after=link, rank=3))
    return marks, dict(counts)


def _unique_anchors(marks: list[Mark]) -> list[Mark]:
    """The marks with each anchor kept by the outermost mark of its span only (ids are unique in a page)."""
    seen: set[str] = set()
    out = []
    for mark in sorted(marks, key=lambda m: m.rank):
        if mark.anchor in seen:
            mark = replace(mark, anchor=None)
        elif mark.anchor:
            seen.add(mark.anchor)
        out.append(mark)
    return out


def _blocks(article: Article, marks: list[Mark], placed: list[tuple[int, Removal]] | None) -> list[Markup]:
    """The article's paragraphs as marked HTML, with each piece of removed residue where it stood: its
    own block between paragraphs, inline inside one."""
    blocks: list[Markup] = []
    placed = placed or []
    taken = 0
    for para in article.paragraphs:
        inline: list[Insert] = []
        while taken < len(placed) and placed[taken][0] <= para.start:
            blocks.append(_removal_html(placed[taken][1], block=True))
            taken += 1
        while taken < len(placed) and placed[taken][0] < para.end:
            inline.append(Insert(placed[taken][0], _removal_html(placed[taken][1], block=False)))
            taken += 1
        blocks.append(Markup("<p>{}</p>").format(marked(article.text, para.start, para.end, marks, inline)))
    blocks += [_removal_html(removal, block=True) for _, removal in placed[taken:]]
    return blocks


def article_view(store: Store, article_id: str, version: int | None, hl: tuple[int, int] | None) -> ArticleView:
    article = find_article(store, article_id, version)
    versions = len(store.versions(article.id))
    story_id = store.story_of(article.id)
    story, marks, legend, borrowed = None, [], {}, ()
    if story_id is not None:
        story = store.story(story_id)
        _, borrowed = store.story_links(story_id)
        members = [store.article(a) for a in story.articles]
        # spans of a story point into the current version: an older one is shown without them
        if version is None or version == versions:
            marks, legend = _story_marks(article, story, article_labels(members), borrowed)
    if hl is not None:
        if hl[1] > len(article.text):
            raise ParameterError("hl", f"the span {hl[0]}-{hl[1]} ends past the article's text "
                                       f"({len(article.text)} characters)")
        marks.append(Mark(hl[0], hl[1], "hl", tag="mark", anchor=span_anchor(*hl), rank=0))
    placed = removal_positions(article)
    return ArticleView(
        article=article,
        story=story,
        version=version,
        versions=versions,
        blocks=_blocks(article, _unique_anchors(marks), placed),
        removed=list(article.removed),
        unplaced=list(article.removed) if placed is None else [],
        highlight=hl,
        legend=legend,
    )


# --- search ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SearchView:
    hits: list[SearchHit]
    snippets: list[Markup]
    titles: list[Markup]
    entities: list[EntityMatch] = field(default_factory=list)  # entities the query names


def search(store: Store, query: str, filters: dict[str, str | None], limit: int) -> list[SearchHit]:
    """:meth:`Store.search` with its complaints put on the ``q`` parameter (the filters are checked
    before, by :func:`.params.filters`)."""
    try:
        return store.search(query, **filters, limit=limit)
    except QueryError as e:
        raise ParameterError("q", str(e)) from None


def search_view(store: Store, query: str, filters: dict[str, str | None], limit: int) -> SearchView:
    hits = search(store, query, filters, limit)
    snippets, titles = [], []
    for hit in hits:
        a = hit.article
        found = [Mark(s.start, s.end, "hit", tag="mark") for s in hit.highlights]
        snippets.append(marked(a.text, hit.snippet.start, hit.snippet.end, found))
        title_marks = [Mark(s, e, "hit", tag="mark") for s, e in hit.title_highlights]
        titles.append(marked(a.title or a.id, 0, len(a.title or a.id), title_marks if a.title else []))
    return SearchView(hits, snippets, titles, store.find_entities(query))


# --- entity page -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class EntityView:
    """An entity across stories, with the citation labels of the articles its statements come from."""

    entity: EntityProfile
    type_label: str


def find_entity(store: Store, entity_id: str) -> EntityProfile:
    try:
        return store.entity(entity_id)
    except KeyError:
        raise NotFound(f"no entity with id {entity_id!r}") from None


def entity_view(store: Store, entity_id: str) -> EntityView:
    entity = find_entity(store, entity_id)
    return EntityView(entity, ENTITY_TYPE_NAMES.get(entity.type, entity.type))

