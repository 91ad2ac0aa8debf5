"""What a story's articles say together: the timeline, claims with agreement and conflict, and how each
outlet names the actors and reports them, and who said what."""

from .claims import find_claims
from .figures import FigureRow, figure_rows
from .naming import attribution_verbs, name_choices, outlet_key
from .speakers import SpeakerStatements, Statement, statements_by, who_said_what
from .timeline import build_timeline, most_told

__all__ = [
    "FigureRow",
    "SpeakerStatements",
    "Statement",
    "attribution_verbs",
    "build_timeline",
    "figure_rows",
    "find_claims",
    "most_told",
    "name_choices",
    "outlet_key",
    "statements_by",
    "who_said_what",
]
