"""What a story's articles say together: the timeline, claims with agreement and conflict, and how each
outlet names the actors and reports them."""

from .claims import find_claims
from .naming import attribution_verbs, name_choices, outlet_key
from .timeline import build_timeline

__all__ = ["attribution_verbs", "build_timeline", "find_claims", "name_choices", "outlet_key"]
