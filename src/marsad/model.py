"""The objects every stage passes along: articles, their spans, and the stories made of them.

All are frozen dataclasses. Every extracted thing points into an article's **clean text** with a
:class:`Span` (article id, start, end) — never a bare string — so that citations and highlights can always
be traced back to what the outlet published.

``to_dict``/``from_dict`` (and ``to_json``/``from_json``) give a lossless JSON round trip for every class
here; the digest JSON that users read is a documented *view* of these objects built in ``render/json``.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar, Union

__all__ = [
    "Article",
    "ArticleReading",
    "BorrowedPassage",
    "Citation",
    "Claim",
    "ClaimSource",
    "Digest",
    "DuplicateGroup",
    "Entity",
    "Facet",
    "Mention",
    "Naming",
    "Paragraph",
    "Problem",
    "Quantity",
    "Quote",
    "Removal",
    "Sentence",
    "Span",
    "Story",
    "StoryUpdate",
    "SummarySentence",
    "TimeExpr",
    "TimelineEntry",
    "from_dict",
    "from_json",
    "to_dict",
    "to_json",
]


@dataclass(frozen=True, slots=True)
class Span:
    """Half-open character range ``[start, end)`` in the clean text of article ``article``."""

    article: str
    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span {self.start}..{self.end} in article {self.article!r}")

    def __len__(self) -> int:
        return self.end - self.start


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph of the clean text: ``[start, end)`` offsets, no trailing newline."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of the clean text, with the index of the paragraph that holds it."""

    start: int
    end: int
    paragraph: int


@dataclass(frozen=True, slots=True)
class Removal:
    """A piece of the extracted text that cleaning took out, kept so nothing is lost.

    ``offset`` is where ``text`` started in the article's ``extracted`` text (the text before cleaning).
    ``reason`` is a short stable code (``share-bar``, ``related-link``, ``repeated-paragraph`` ...) and
    ``rule`` says which table entry fired, for the UI and for debugging the rules.
    """

    text: str
    reason: str
    offset: int
    rule: str = ""


@dataclass(frozen=True)
class Article:
    """One news article as marsad holds it.

    ``raw`` is the input exactly as received (decoded with ``encoding``); ``extracted`` is the text taken
    out of it (for HTML, trafilatura's main text; for plain text, the body); ``text`` is the clean text
    that all spans index into, whose paragraphs and sentences are listed with offsets.
    """

    id: str
    text: str
    title: str = ""
    outlet: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) or datetime when known
    url: str | None = None
    source: str | None = None  # path (and line, for JSONL) the article came from
    raw: str = ""
    encoding: str = "utf-8"
    extracted: str = ""
    paragraphs: tuple[Paragraph, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    removed: tuple[Removal, ...] = ()
    meta: dict[str, Any] = field(default_factory=dict)

    def span_text(self, span: Span | Sentence | Paragraph) -> str:
        """The clean text under ``span``."""
        return self.text[span.start : span.end]


@dataclass(frozen=True, slots=True)
class Problem:
    """Something to tell the user about one input, in one line: which input, and why.

    ``level`` is ``error`` (the input, or part of it, could not be used: the run is partial),
    ``warning`` (used, but something was repaired or guessed) or ``notice`` (worth knowing, e.g. the
    legacy encoding a file was decoded from).
    """

    source: str
    reason: str
    level: str = "error"

    def __str__(self) -> str:
        return f"{self.level}: {self.source}: {self.reason}"


@dataclass(frozen=True, slots=True)
class DuplicateGroup:
    """Articles that are the same text (``exact``) or nearly so (``near``); ``similarity`` is Jaccard."""

    articles: tuple[str, ...]
    kind: str
    similarity: float


@dataclass(frozen=True, slots=True)
class BorrowedPassage:
    """A passage of ``target`` that repeats one of ``source`` (a reprinted statement, a wire copy)."""

    source: Span
    target: Span
    text: str
    similarity: float


@dataclass(frozen=True, slots=True)
class Citation:
    """Where a shown sentence comes from: a span of an article's clean text."""

    article: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class SummarySentence:
    """A summary sentence, quoted as published, with its own span first and then the articles that say
    the same thing. ``speaker`` names who is quoted when the sentence holds a direct quotation (as the
    quote finder names them), else ``None``. ``cut`` is true when the text is only the opening clauses of
    a sentence longer than the whole summary's budget (its span is those clauses; shown with "…")."""

    text: str
    cites: tuple[Citation, ...]
    speaker: str | None = None
    cut: bool = False


@dataclass(frozen=True, slots=True)
class Mention:
    """A name as written in one article: its span, its entity type, and the title or role that
    introduced it (``الجنرال``, ``وزير الخارجية العراقي``), if any. The span excludes attached
    proclitics (``وبغداد`` -> ``بغداد``)."""

    article: str
    start: int
    end: int
    text: str
    type: str  # PER, ORG, LOC, MISC
    role: str | None = None


@dataclass(frozen=True)
class Entity:
    """One actor or place of a story, however the outlets spelled it."""

    id: str
    name: str  # canonical: the fullest well-formed variant
    type: str
    variants: tuple[str, ...]
    roles: tuple[str, ...]
    mentions: tuple[Mention, ...]
    outlets: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class TimeExpr:
    """A time expression with a TIMEX3-like ``value`` (``2021-07-26``, ``2021-12``, ``2021-W36``,
    ``2021``) at ``granularity`` (day, month, year, week, season, decade), resolved against ``anchor``
    (the date relative expressions count from). ``value`` is ``None`` when it cannot be resolved, and
    ``note`` says why (or what evidence resolved an ambiguity)."""

    article: str
    start: int
    end: int
    text: str
    value: str | None
    granularity: str | None
    anchor: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Quantity:
    """A figure: its normalized ``value``, ``unit`` (``%``, a currency code, ...) and the noun it counts
    (``جندي``), with that noun's span when found."""

    article: str
    start: int
    end: int
    text: str
    value: float
    unit: str | None = None
    counted: str | None = None
    counted_span: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """A dated event of a story, told by one or more articles."""

    date: str
    granularity: str
    text: str
    cites: tuple[Citation, ...]


@dataclass(frozen=True, slots=True)
class Quote:
    """A statement reported in one article: ``[start, end)`` is the quoted or reported text.

    ``kind`` is ``direct`` (between quotation marks, which the span excludes) or ``indirect`` (the clause
    reported after an attribution cue). ``cue`` is the cue's dictionary form (``قال``، ``أكد``، ``زعم``،
    ``بحسب``) and ``cue_span`` where it is written. ``speaker_span`` is where the speaker is named in the
    article (for a statement carried over by ``وأضاف`` or named by role, the earlier mention it refers
    to) and ``speaker_name`` that name as written; ``speaker`` is the story entity's id once linked.
    ``speaker_confidence`` (0 to 1) is how sure that reading is, from the rule that found the speaker as
    measured on hand-annotated quotes (docs/quotes.md); below :attr:`marsad.settings.QuoteSettings.unclear_below`,
    and when it is ``None`` (quotes stored before marsad gave one), the quote is shown as "unclear
    attribution" rather than under a name. ``relayed_by*`` say the same of the outlet or agency that
    relayed the statement (``نقلت واع عن ...``).
    """

    article: str
    start: int
    end: int
    text: str
    kind: str  # direct, indirect
    cue: str | None = None
    cue_span: tuple[int, int] | None = None
    speaker: str | None = None
    speaker_name: str | None = None
    speaker_span: tuple[int, int] | None = None
    speaker_confidence: float | None = None
    relayed_by: str | None = None
    relayed_by_name: str | None = None
    relayed_by_span: tuple[int, int] | None = None


@dataclass(frozen=True)
class ArticleReading:
    """What is read out of one article on its own, before its story is: its entity mentions, time
    expressions, figures and quotes (speakers not yet linked to the story's entities). A store keeps it
    with the article's version, so a story read again as it grows reads only its new articles."""

    mentions: tuple[Mention, ...] = ()
    times: tuple[TimeExpr, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    quotes: tuple[Quote, ...] = ()


@dataclass(frozen=True, slots=True)
class ClaimSource:
    """One article's statement of a figure or date: the figure's span, the value it gives, and the
    subject it is about as that article words it (``about_span`` into the same article)."""

    article: str
    start: int
    end: int
    text: str
    value: float | str
    about: str
    about_span: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class Claim:
    """A value given for one subject of a story (``القوات الأمريكية في العراق`` → 2500), with every
    article that gives it (``agree``) and every article that gives another value for the same subject
    (``conflict``). ``kind`` is ``figure`` (``value`` a number, ``unit`` as in :class:`Quantity`) or
    ``date`` (``value`` a TIMEX3-like string)."""

    about: str
    kind: str
    value: float | str
    unit: str | None
    agree: tuple[ClaimSource, ...]
    conflict: tuple[ClaimSource, ...] = ()


@dataclass(frozen=True)
class Naming:
    """How each outlet names one entity: ``by_outlet`` maps an outlet (or, for an article without one,
    the article id) to the names it uses, most used first."""

    entity: str
    name: str
    by_outlet: dict[str, tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class StoryUpdate:
    """What a story's articles stored since ``since`` (an ISO time, UTC) add to what was there before:
    ``articles`` (their ids) and a summary of only what is new, cited like the story's summary."""

    since: str
    articles: tuple[str, ...]
    summary: tuple[SummarySentence, ...] = ()


@dataclass(frozen=True, slots=True)
class Facet:
    """One angle of a story (the victims, the reactions, the investigation...): the articles that take
    it, by date, and the best headline among them (:func:`marsad.summarize.story_title`)."""

    id: str
    title: str
    articles: tuple[str, ...]


@dataclass(frozen=True)
class Story:
    """A group of articles about the same event, with what marsad reads out of it; ``facets`` are its
    angles when it has several (largest first), ``days`` the days it was reported on (oldest first);
    ``update`` is set when the story is shown to a reader who last looked at a given time (``marsad
    digest --since``)."""

    id: str
    title: str
    articles: tuple[str, ...]
    summary: tuple[SummarySentence, ...] = ()
    entities: tuple[Entity, ...] = ()
    times: tuple[TimeExpr, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    timeline: tuple[TimelineEntry, ...] = ()
    quotes: tuple[Quote, ...] = ()
    claims: tuple[Claim, ...] = ()
    naming: tuple[Naming, ...] = ()
    facets: tuple[Facet, ...] = ()
    days: tuple[str, ...] = ()
    update: StoryUpdate | None = None


@dataclass(frozen=True)
class Digest:
    """Everything ``marsad digest`` produces for one run."""

    articles: tuple[Article, ...]
    stories: tuple[Story, ...] = ()
    duplicates: tuple[DuplicateGroup, ...] = ()
    borrowed: tuple[BorrowedPassage, ...] = ()
    problems: tuple[Problem, ...] = ()

    def article(self, article_id: str) -> Article:
        """The article with id ``article_id``; KeyError when there is none."""
        return self._by_id[article_id]

    @functools.cached_property
    def _by_id(self) -> dict[str, Article]:
        # built once: renderers ask for every story's articles, and a scan per call is quadratic
        return {article.id: article for article in self.articles}


# --- JSON round trip -------------------------------------------------------------------------------

T = TypeVar("T")


def to_dict(obj: Any) -> Any:
    """Turn a model object (or a tuple/dict of them) into plain JSON-able Python values."""
    if type(obj) in _PLAIN:
        return obj
    encode = _encoders.get(type(obj))
    if encode is None:
        encode = _encoder(type(obj))
    return encode(obj)


_PLAIN = frozenset({str, int, float, bool, type(None)})


def _plain(obj: Any) -> Any:
    return obj


def _encode_sequence(items: Any) -> list[Any]:
    return [x if type(x) in _PLAIN else to_dict(x) for x in items]


def _encode_mapping(items: Any) -> dict[str, Any]:
    return {str(k): v if type(v) in _PLAIN else to_dict(v) for k, v in items.items()}


# One encoding function per class, made once: a story's reading holds thousands of small objects, and
# asking each time which kind of value a field holds was most of the cost of storing one (stop 51).
_encoders: dict[type, Callable[[Any], Any]] = {}


def _encoder(cls: type) -> Callable[[Any], Any]:
    """The function that encodes objects of ``cls`` for :func:`to_dict`, made and kept on first use."""
    if dataclasses.is_dataclass(cls):
        names = tuple(f.name for f in dataclasses.fields(cls))

        def encode(obj: Any) -> dict[str, Any]:
            values = {name: getattr(obj, name) for name in names}
            return {name: v if type(v) in _PLAIN else to_dict(v) for name, v in values.items()}

    elif issubclass(cls, (list, tuple)):
        encode = _encode_sequence
    elif issubclass(cls, dict):
        encode = _encode_mapping
    else:
        encode = _plain
    _encoders[cls] = encode
    return encode


def from_dict(cls: type[T], data: Any) -> T:
    """Rebuild an instance of ``cls`` from :func:`to_dict` output, following the type hints."""
    return _decoder(cls)(data)


def to_json(obj: Any, **kwargs: Any) -> str:
    return json.dumps(to_dict(obj), ensure_ascii=False, **kwargs)


def from_json(cls: type[T], text: str) -> T:
    return from_dict(cls, json.loads(text))


@functools.cache
def _decoder(tp: Any) -> Callable[[Any], Any]:
    """The function that reads :func:`to_dict` output back as type ``tp``, made once per type from its hints
    (reading the hints again for every value was half of rebuilding a story or a kept reading). ``None``
    stays ``None`` at any type."""
    origin = typing.get_origin(tp)
    if origin in (Union, types.UnionType):
        options = [a for a in typing.get_args(tp) if a is not type(None)]
        return _decoder(options[0]) if len(options) == 1 else _plain
    if origin is tuple or origin is list:
        args = typing.get_args(tp)
        item = _decoder(args[0] if args else Any)
        kind = tuple if origin is tuple else list
        if item is _plain:
            return lambda data: None if data is None else kind(data)
        return lambda data: None if data is None else kind([item(x) for x in data])
    if origin is dict:
        args = typing.get_args(tp)
        value = _decoder(args[1] if args else Any)
        return lambda data: None if data is None else {k: value(v) for k, v in data.items()}
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return _dataclass_decoder(tp)
    return _plain


def _dataclass_decoder(cls: type) -> Callable[[Any], Any]:
    def decode(data: Any) -> Any:
        if data is None:
            return None
        return cls(**{name: read(data[name]) for name, read in _field_decoders(cls) if name in data})

    return decode


@functools.cache
def _field_decoders(cls: type) -> tuple[tuple[str, Callable[[Any], Any]], ...]:
    """Each field of a model class with its decoder; asked on first use, not when the class's decoder is
    made, so that a class whose fields name itself (or a class not yet made) is decoded all the same."""
    return tuple((name, _decoder(hint)) for name, hint in _field_hints(cls))


@functools.cache
def _field_hints(tp: type) -> tuple[tuple[str, Any], ...]:
    """``(name, type hint)`` of each field of a model class: resolving the hints is most of the cost of
    rebuilding a story from the store (a story holds thousands of objects), so it is done once a class."""
    hints = typing.get_type_hints(tp)
    return tuple((f.name, hints[f.name]) for f in dataclasses.fields(tp))
