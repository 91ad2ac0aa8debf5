"""What the routers depend on: the page templates and a request's store pool. The app (:mod:`.app`)
and every router (:mod:`.api`, :mod:`.pages`, :mod:`.feeds`) import from here, and this module imports
neither, so nothing imports in a circle (FastAPI's "bigger applications" layout).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, PackageLoader

from .. import __version__
from ..analyze import figure_rows
from ..lang.ar import count_phrase
from ..render.labels import (
    ENTITY_TYPE_LABELS,
    ENTITY_TYPE_NAMES,
    REASON_LABELS,
    claim_value,
    format_value,
    known_outlets,
    outlet_name,
    speaker_label,
)
from .links import article_href, entity_href, external_url, span_anchor, story_href
from .stores import StorePool

__all__ = ["pool_of", "render", "templates"]


@cache
def templates() -> Environment:
    """The page templates, autoescaped whatever their name."""
    env = Environment(
        loader=PackageLoader("marsad.web", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(
        article_href=article_href,
        story_href=story_href,
        entity_href=entity_href,
        external_url=external_url,
        span_anchor=span_anchor,
        entity_labels=ENTITY_TYPE_LABELS,
        entity_kinds=ENTITY_TYPE_NAMES,
        reason_labels=REASON_LABELS,
        claim_value=claim_value,
        format_value=format_value,
        speaker_label=speaker_label,
        count=count_phrase,  # a count with its noun in the right form (marsad.lang.ar.counts)
        outlet_name=outlet_name,  # the outlet, the URL's host, or «مصدر غير معروف»; never the article id
        known_outlets=known_outlets,  # a story's outlets by those names, the unknown left out
        figure_rows=figure_rows,  # each figure once, with every article that gives it (marsad.analyze.figures)
        version=__version__,
    )
    return env


def render(name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    return HTMLResponse(templates().get_template(name).render(**context), status_code=status_code)


def pool_of(request: Request) -> StorePool:
    """The store pool of the app serving ``request``."""
    pool: StorePool = request.app.state.pool
    return pool
