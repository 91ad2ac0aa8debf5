"""Story clustering: which articles report the same story."""

from .evaluate import BCubed, bcubed
from .graph import similarity_graph
from .stories import THRESHOLD, WINDOW_DAYS, average_linkage, cluster_stories, publication_day
from .vectors import story_vectors

__all__ = [
    "THRESHOLD",
    "WINDOW_DAYS",
    "BCubed",
    "average_linkage",
    "bcubed",
    "cluster_stories",
    "publication_day",
    "similarity_graph",
    "story_vectors",
]
