"""The web app: server-rendered right-to-left pages and a JSON API over one store.

:func:`create_app` builds a FastAPI app; ``marsad serve`` runs it with uvicorn. Safe by default:

* read-only unless ``allow_ingest`` (``POST /api/ingest`` answers 403 otherwise), and ingest needs an
  API token of scope ``ingest``, within a bounded rate; with ``require_token`` reads need a token too
  (:mod:`.auth`);
* request bodies over ``max_body_bytes`` are refused with 413 before they are read whole;
* every article-derived string is escaped (Jinja2 autoescape on every template, and the marked text
  built by :mod:`.highlight` escapes each piece); no page has a script, and the Content-Security-Policy
  forbids any;
* ids, filters and queries reach the store only as arguments of its methods, which bind them as SQL
  parameters; nothing from a request becomes a file path (static files are served from the package).
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib.resources import files
from typing import Any

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .. import __version__
from ..settings import DEFAULT, Settings
from ..store import QueryError
from .api import router as api_router
from .auth import DEFAULT_INGEST_PER_MINUTE, IngestRate, require_read
from .deps import render
from .errors import NotFound, ParameterError
from .feeds import router as feeds_router
from .pages import router as pages_router
from .stores import DEFAULT_WORKERS, StorePool

__all__ = ["DEFAULT_MAX_BODY_BYTES", "create_app"]

DEFAULT_MAX_BODY_BYTES = 20 * 1024 * 1024

# No script at all: the pages need none. Styles from our own /static only; forms post to ourselves.
SECURITY_HEADERS = {
    "content-security-policy": (
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
        "base-uri 'none'; frame-ancestors 'none'"
    ),
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
}


# --- middleware ------------------------------------------------------------------------------------


class SecurityHeaders:
    """Adds :data:`SECURITY_HEADERS` to every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", []) if k.decode().lower() not in SECURITY_HEADERS]
                headers += [(k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers)


class BodyTooLarge(Exception):
    """A request body went past the app's limit while it was being read."""


class BodyLimit:
    """Refuses request bodies over ``max_bytes`` with 413: at once when Content-Length says so, and
    while reading when it does not (chunked bodies), so a large body is never held whole."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None:
            if not declared.isdigit():
                await _json_error(400, "the Content-Length header is not a number")(scope, receive, send)
                return
            if int(declared) > self.max_bytes:
                await self._refuse(scope, receive, send)
                return
        received = 0

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise BodyTooLarge
            return message

        try:
            await self.app(scope, counted, send)
        except BodyTooLarge:
            await self._refuse(scope, receive, send)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        limit = f"{self.max_bytes / 1024 / 1024:g} MB"
        await _json_error(413, f"the request body is larger than the limit of {limit}")(scope, receive, send)


def _json_error(status: int, detail: str) -> Response:
    return JSONResponse({"detail": detail}, status_code=status)


# --- errors ----------------------------------------------------------------------------------------


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def _error(request: Request, status: int, detail: str, extra: dict[str, Any] | None = None) -> Response:
    """An error as JSON for the API and as a page for the rest."""
    if _wants_json(request):
        return JSONResponse({"detail": detail, **(extra or {})}, status_code=status)
    return render("error.html.j2", status_code=status, status=status, detail=detail)


def _validation_message(exc: RequestValidationError) -> tuple[str, list[dict[str, str]]]:
    """FastAPI's validation errors as one line naming each parameter, and as records."""
    records = []
    for error in exc.errors():
        where = [str(x) for x in error.get("loc", ()) if x not in ("query", "path", "body")]
        records.append({"param": ".".join(where) or "request", "message": str(error.get("msg", "invalid"))})
    return "; ".join(f"{r['param']}: {r['message']}" for r in records), records


def _install_error_handlers(app: FastAPI) -> None:
    async def not_found(request: Request, exc: Exception) -> Response:
        return _error(request, 404, str(exc))

    async def bad_parameter(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, ParameterError)
        return _error(request, 422, str(exc), {"param": exc.param})

    async def bad_query(request: Request, exc: Exception) -> Response:
        return _error(request, 422, str(exc))

    async def invalid(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        message, records = _validation_message(exc)
        return _error(request, 422, message, {"errors": records})

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        detail = exc.detail if isinstance(exc.detail, str) else json.dumps(exc.detail, ensure_ascii=False)
        if exc.status_code == 404 and detail == "Not Found":
            detail = f"no page at {request.url.path}"
        response = _error(request, exc.status_code, detail)
        for key, value in (exc.headers or {}).items():
            response.headers[key] = value
        return response

    async def too_large(request: Request, exc: Exception) -> Response:
        return _error(request, 413, "the request body is too large")

    app.add_exception_handler(NotFound, not_found)
    app.add_exception_handler(ParameterError, bad_parameter)
    app.add_exception_handler(QueryError, bad_query)
    app.add_exception_handler(RequestValidationError, invalid)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(BodyTooLarge, too_large)


# --- the app ---------------------------------------------------------------------------------------


def create_app(
    db_url: str,
    *,
    allow_ingest: bool = False,
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
    workers: int = DEFAULT_WORKERS,
    require_token: bool = False,
    ingest_per_minute: int = DEFAULT_INGEST_PER_MINUTE,
    settings: Settings = DEFAULT,
) -> FastAPI:
    """The app over the store at ``db_url`` (a SQLite path or URL, or a PostgreSQL URL; see
    :func:`marsad.store.open_store`). The store must exist. Stores are opened by the worker threads on
    first use and closed when the app shuts down. ``require_token`` puts pages and reads behind a read
    token; ingest (with ``allow_ingest``) always needs an ingest token, at most ``ingest_per_minute``
    requests a minute per token (see :mod:`marsad.web.auth`). ``settings`` are the values stories are
    built and update summaries made with (``marsad serve --config``)."""
    pool = StorePool(db_url, workers=workers)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        pool.close()

    app = FastAPI(
        title="marsad",
        version=__version__,
        summary="Arabic news stories with cited, traceable summaries: pages and a JSON API.",
        docs_url=None,  # the interactive docs load scripts from a CDN; the schema is at openapi_url
        redoc_url=None,
        openapi_url="/api/openapi.json",
        lifespan=lifespan,
    )
    app.state.pool = pool
    app.state.allow_ingest = allow_ingest
    app.state.require_token = require_token
    app.state.ingest_rate = IngestRate(ingest_per_minute)
    app.state.max_body_bytes = max_body_bytes
    app.state.settings = settings
    _install_error_handlers(app)
    app.add_middleware(BodyLimit, max_bytes=max_body_bytes)
    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(directory=str(files("marsad.web") / "static")), name="static")

    reader = [Depends(require_read)]
    app.include_router(api_router, dependencies=reader)
    app.include_router(feeds_router, dependencies=reader)  # stories and alerts: read as the pages are
    app.include_router(pages_router, dependencies=reader)
    return app
