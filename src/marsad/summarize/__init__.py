"""Multi-document summary of a story, with citations, and the story's title.

Entry points: :func:`summarize_story` (whole sentences as published, each citing its own span and the
other outlets that say the same thing, under a word budget) and :func:`story_title` (the most central
published headline); :func:`summarize_update` (what a story's new articles add to those a reader has
seen). :class:`StoryIndex` is the sentence space both work in, public so that later stages
and the benchmarks can ask the same similarity questions; :mod:`.evaluate` scores summaries with an
Arabic-aware ROUGE (bench/summary_eval.py).
"""

from .index import StoryIndex
from .summary import summarize_story, summarize_update
from .title import story_title

__all__ = ["StoryIndex", "story_title", "summarize_story", "summarize_update"]
