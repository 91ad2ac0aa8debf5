"""The digest as one self-contained right-to-left HTML page (Jinja2, autoescaped, no external assets).

Every summary sentence links to the span it was taken from in the article's clean text, which is
shown below with that span marked; residue removed by cleaning is listed, dimmed, under each article.
Article text is untrusted (it comes from the web): autoescaping is on and nothing is marked safe.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from jinja2 import Environment, PackageLoader, select_autoescape

from marsad.lang.ar import count_phrase

from ..analyze import attribution_verbs, figure_rows, outlet_key, who_said_what
from ..model import Article, Digest
from .labels import (
    ENTITY_TYPE_LABELS,
    article_labels,
    claim_value,
    format_value,
    known_outlets,
    outlet_name,
    speaker_label,
)

__all__ = ["digest_to_html"]


@dataclass(frozen=True)
class _Piece:
    text: str
    anchor: str | None  # id of a cited span, for links from the summary
    cited: bool


@cache
def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("marsad.render", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["count"] = count_phrase  # a count with its noun in the right form
    env.globals["outlet_name"] = outlet_name  # never the article id
    env.globals["known_outlets"] = known_outlets
    env.globals["figure_rows"] = figure_rows  # each figure once, with every article that gives it
    return env


def span_anchor(article: str, start: int, end: int) -> str:
    return f"a-{article}-{start}-{end}"


def _paragraph_pieces(article: Article, cited: set[tuple[int, int]]) -> list[list[_Piece]]:
    """Split each paragraph of the clean text into plain and cited pieces (cited spans never overlap
    here: they are whole sentences)."""
    spans = sorted(cited)
    paragraphs = []
    for para in article.paragraphs:
        pieces, pos = [], para.start
        for start, end in spans:
            if start < para.start or end > para.end or start < pos:
                continue
            if start > pos:
                pieces.append(_Piece(article.text[pos:start], None, False))
            pieces.append(_Piece(article.text[start:end], span_anchor(article.id, start, end), True))
            pos = end
        if pos < para.end:
            pieces.append(_Piece(article.text[pos : para.end], None, False))
        paragraphs.append(pieces)
    return paragraphs


def digest_to_html(digest: Digest) -> str:
    """Render ``digest`` as a complete HTML document (UTF-8, ``dir="rtl"``)."""
    cited: dict[str, set[tuple[int, int]]] = {a.id: set() for a in digest.articles}
    for story in digest.stories:
        for sentence in (*story.summary, *(story.update.summary if story.update else ())):
            for c in sentence.cites:
                cited.setdefault(c.article, set()).add((c.start, c.end))
    by_id = {a.id: a for a in digest.articles}
    story_articles = {s.id: [by_id[a] for a in s.articles] for s in digest.stories}
    template = _environment().get_template("report.html.j2")
    return template.render(
        digest=digest,
        by_id=by_id,
        label=article_labels(digest.articles),
        story_articles=story_articles,
        speakers={s.id: who_said_what(s.quotes, s.entities, story_articles[s.id]) for s in digest.stories},
        speaker_label=speaker_label,
        columns={sid: list(dict.fromkeys(outlet_key(a) for a in arts)) for sid, arts in story_articles.items()},
        verbs={s.id: attribution_verbs(s.quotes, story_articles[s.id]) for s in digest.stories},
        entity_names={s.id: {e.id: e.name for e in s.entities} for s in digest.stories},
        claim_value=claim_value,
        anchor=span_anchor,
        entity_labels=ENTITY_TYPE_LABELS,
        format_value=format_value,
        paragraphs={a.id: _paragraph_pieces(a, cited[a.id]) for a in digest.articles},
    )
