"""Story clustering: which articles report the same event, and the angles (facets) of each story."""

from .evaluate import BCubed, bcubed
from .graph import similarity_graph
from .linkage import Requirement, average_linkage, densities
from .named import NamesOf, headline_names
from .stories import StoryGroup, cluster_stories, group_stories, publication_day, story_angles
from .vectors import article_features, story_vectors

__all__ = [
    "BCubed",
    "NamesOf",
    "Requirement",
    "StoryGroup",
    "article_features",
    "average_linkage",
    "bcubed",
    "cluster_stories",
    "densities",
    "group_stories",
    "headline_names",
    "publication_day",
    "similarity_graph",
    "story_angles",
    "story_vectors",
]
