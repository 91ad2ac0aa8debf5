"""Who may do what: API tokens (``Authorization: Bearer <token>``) and a bounded rate of ingest per token.

* ``POST /api/ingest`` always needs a token of scope ``ingest`` (or ``admin``): 401 without a token or
  with one that is malformed, unknown to this store or revoked; 403 with a token of a lower scope, or
  when the server was started without ``--allow-ingest``; 429 past the token's ingest rate.
* With ``require_token``, every page and read endpoint needs a token of scope ``read`` or above (401
  otherwise); without it, reads are open, as on a server for one machine.
* Static files (the style sheet) and the OpenAPI schema are never behind a token.

Tokens are made with ``marsad token create`` and checked against the store on every request (one indexed
lookup; :func:`marsad.store.tokens.check_token`), so a revoked token stops working at once. The
responses name the problem in the ``detail`` and in a ``WWW-Authenticate`` header (RFC 6750).
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field

from fastapi import HTTPException, Request

from ..store.tokens import DEFAULT_INGEST_PER_MINUTE, ApiToken, check_token

__all__ = ["DEFAULT_INGEST_PER_MINUTE", "IngestRate", "require_ingest", "require_read"]
_REALM = 'Bearer realm="marsad"'


@dataclass
class IngestRate:
    """A token bucket per API token: ``per_minute`` requests a minute, up to ``per_minute`` at once.

    Kept in the server process (a server restarted starts every bucket full); the event loop is one
    thread, so the buckets need no lock."""

    per_minute: int
    _buckets: dict[str, tuple[float, float]] = field(default_factory=dict)  # token id -> (tokens, when)

    def take(self, token_id: str, now: float | None = None) -> float:
        """Spend one request of ``token_id``; 0 when allowed, else the seconds until one is."""
        now = time.monotonic() if now is None else now
        rate = self.per_minute / 60
        tokens, when = self._buckets.get(token_id, (float(self.per_minute), now))
        tokens = min(float(self.per_minute), tokens + (now - when) * rate)
        if tokens < 1:
            self._buckets[token_id] = (tokens, now)
            return (1 - tokens) / rate
        self._buckets[token_id] = (tokens - 1, now)
        return 0.0


def _refuse(status: int, detail: str, error: str | None = None) -> HTTPException:
    challenge = _REALM + (f', error="{error}"' if error else "")
    return HTTPException(status, detail, headers={"WWW-Authenticate": challenge})


async def _token(request: Request, scope: str) -> ApiToken:
    """The request's token if it grants ``scope``; raises 401/403 otherwise."""
    header = request.headers.get("authorization", "")
    kind, _, value = header.partition(" ")
    if not header:
        raise _refuse(401, f"this needs a token of scope {scope}: send 'Authorization: Bearer <token>' "
                      "(made by `marsad token create`)")
    if kind.lower() != "bearer" or not value.strip():
        raise _refuse(401, "the Authorization header must be 'Bearer <token>'", "invalid_request")
    token = await request.app.state.pool.run(lambda store: check_token(store, value.strip()))
    if token is None:
        raise _refuse(401, "the token is not valid for this store", "invalid_token")
    if token.revoked_at is not None:
        raise _refuse(401, f"the token {token.id} was revoked on {token.revoked_at}", "invalid_token")
    if not token.grants(scope):
        raise _refuse(403, f"the token {token.id} has scope {token.scope}; this needs {scope}", "insufficient_scope")
    return token


async def require_read(request: Request) -> None:
    """A dependency of every page and read endpoint: a read token when the server requires tokens."""
    if request.app.state.require_token:
        await _token(request, "read")


async def require_ingest(request: Request) -> ApiToken:
    """The dependency of ``POST /api/ingest``: ingest turned on, an ingest token, within its rate."""
    if not request.app.state.allow_ingest:
        raise HTTPException(403, "ingest is turned off: this server is read-only (start it with --allow-ingest)")
    token = await _token(request, "ingest")
    wait = request.app.state.ingest_rate.take(token.id)
    if wait:
        limit = request.app.state.ingest_rate.per_minute
        raise HTTPException(
            429,
            f"the token {token.id} has sent more than {limit} ingest requests a minute; retry in {math.ceil(wait)} s",
            headers={"Retry-After": str(math.ceil(wait))},
        )
    return token
