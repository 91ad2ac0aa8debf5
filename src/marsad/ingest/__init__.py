"""Ingest: files, folders and feeds in; :class:`~marsad.model.Article` objects (with their raw input
and extracted text) and :class:`~marsad.model.Problem` lines out.

``read_sources`` is the entry point; ``READERS``/``SUFFIXES``/``sniff`` are the registry that picks a
format reader; ``decode`` is the encoding detection the store reuses; ``cut_article`` keeps an article
within the per-article size limit (:mod:`.limits`).
"""

from .encoding import Decoded, NotText, decode
from .limits import DEFAULT_MAX_ARTICLE_CHARS, cut_article
from .sourcefile import Reader, SourceFile
from .sources import DEFAULT_MAX_BYTES, READERS, SUFFIXES, read_sources, sniff

__all__ = [
    "DEFAULT_MAX_ARTICLE_CHARS",
    "DEFAULT_MAX_BYTES",
    "READERS",
    "SUFFIXES",
    "Decoded",
    "NotText",
    "Reader",
    "SourceFile",
    "cut_article",
    "decode",
    "read_sources",
    "sniff",
]
