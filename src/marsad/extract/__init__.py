"""What articles say: entities (with cross-document resolution), time expressions, quantities, quotes,
and the publication date when the metadata lacks it."""

from .entities import recognize_entities
from .published import infer_published
from .quantities import find_quantities
from .quotes import find_quotes, link_speakers
from .resolve import resolve_entities
from .times import find_times

__all__ = [
    "find_quantities",
    "find_quotes",
    "find_times",
    "infer_published",
    "link_speakers",
    "recognize_entities",
    "resolve_entities",
]
