"""The web app: server-rendered right-to-left pages and a JSON API over a store (``marsad serve``)."""

from .app import DEFAULT_MAX_BODY_BYTES, create_app

__all__ = ["DEFAULT_MAX_BODY_BYTES", "create_app"]
