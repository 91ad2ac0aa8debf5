"""marsad (مرصد): Arabic news intelligence — from many outlets' articles to cited, traceable stories.

Python API::

    import marsad
    d = marsad.digest(["examples/iraq-2021"])   # -> marsad.model.Digest
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["__version__", "digest"]

if TYPE_CHECKING:
    from .model import Digest


def digest(sources: Any, **options: Any) -> Digest:
    """Digest paths and/or articles into stories; see :func:`marsad.pipeline.digest`."""
    from .pipeline import digest as run  # imported here so `import marsad` stays light

    return run(sources, **options)
