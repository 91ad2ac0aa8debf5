"""The clean stage: from the text ingest extracted to the clean text every span indexes into.

:func:`clean_article` takes out page furniture line by line (rule tables in :mod:`marsad.clean.rules`),
rejoins lines broken mid-sentence, collapses paragraphs the article says twice
(:mod:`marsad.clean.repeats`) and records every piece it took out as a
:class:`~marsad.model.Removal`, so nothing is lost.
"""

from .article import clean_article
from .rules import REASONS

__all__ = ["REASONS", "clean_article"]
