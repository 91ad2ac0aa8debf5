"""What a story's articles say together: the timeline (later: claims, agreement, naming)."""

from .timeline import build_timeline

__all__ = ["build_timeline"]
