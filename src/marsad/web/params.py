"""Checks of the query parameters pages and API share: each bad value is a 422 naming the parameter.

Values only ever reach the store as arguments of its methods (bound parameters there); these checks make
the messages clear and early, and keep blank form fields from counting as filters.
"""

from __future__ import annotations

import datetime as dt
import re

from ..store.base import STORY_ORDERS
from ..updates import parse_since
from .errors import ParameterError

__all__ = ["MAX_FILTER_CHARS", "day", "filters", "order", "since", "span", "text_filter"]

MAX_FILTER_CHARS = 200
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_SPAN = re.compile(r"(\d{1,9})-(\d{1,9})")


def day(value: str | None, param: str) -> str | None:
    """A ``YYYY-MM-DD`` day, or None for a blank value.

    >>> day("2021-07-26", "date_from"), day("", "date_from")
    ('2021-07-26', None)
    """
    if value is None or not value.strip():
        return None
    value = value.strip()
    try:
        if not _DAY.fullmatch(value):
            raise ValueError
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise ParameterError(param, f"wants a date as YYYY-MM-DD, not {value!r}") from None


def text_filter(value: str | None, param: str) -> str | None:
    """A name to filter by (outlet, entity), or None for a blank value."""
    if value is None or not value.strip():
        return None
    if len(value) > MAX_FILTER_CHARS:
        raise ParameterError(param, f"is longer than {MAX_FILTER_CHARS} characters")
    if not any(ch.isalnum() for ch in value):
        raise ParameterError(param, f"has no letter or digit to match: {value!r}")
    return value.strip()


def filters(date_from: str | None, date_to: str | None, outlet: str | None, entity: str | None) -> dict[str, str | None]:
    """The filters of the stories list and of search, checked, as keyword arguments of the store."""
    checked = {
        "date_from": day(date_from, "date_from"),
        "date_to": day(date_to, "date_to"),
        "outlet": text_filter(outlet, "outlet"),
        "entity": text_filter(entity, "entity"),
    }
    if checked["date_from"] and checked["date_to"] and checked["date_to"] < checked["date_from"]:
        raise ParameterError("date_to", f"{checked['date_to']} is before date_from {checked['date_from']}")
    return checked


def span(value: str | None, param: str = "hl") -> tuple[int, int] | None:
    """``START-END`` character offsets (``120-245``) of a span to mark, or None.

    >>> span("0-125")
    (0, 125)
    """
    if value is None or not value.strip():
        return None
    found = _SPAN.fullmatch(value.strip())
    if not found or int(found[1]) >= int(found[2]):
        raise ParameterError(param, f"wants START-END character offsets with START < END, not {value!r}")
    return int(found[1]), int(found[2])


def since(value: str | None, param: str = "since") -> str | None:
    """The time a reader last looked (a day, or a time as ``2021-07-25T08:30``, local to the server
    without an offset), as the store writes ingest times; None for a blank value.

    >>> since("2021-07-25T08:30:00+03:00")
    '2021-07-25T05:30:00+00:00'
    """
    if value is None or not value.strip():
        return None
    try:
        return parse_since(value)
    except ValueError as e:
        raise ParameterError(param, str(e)) from None


def order(value: str | None, param: str = "order") -> str:
    """The order of a stories list (:data:`marsad.store.base.STORY_ORDERS`): ``importance`` (most
    outlets, most articles, most recent first: the default), ``recent``, ``size`` or ``created``.

    >>> order(None), order("recent")
    ('importance', 'recent')
    """
    if value is None or not value.strip():
        return "importance"
    if value.strip() not in STORY_ORDERS:
        raise ParameterError(param, f"is one of {', '.join(STORY_ORDERS)}, not {value!r}")
    return value.strip()
