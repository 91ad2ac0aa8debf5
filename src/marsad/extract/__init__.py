"""What articles say: entities (with cross-document resolution), time expressions, quantities."""

from .entities import recognize_entities
from .resolve import resolve_entities

__all__ = ["recognize_entities", "resolve_entities"]
