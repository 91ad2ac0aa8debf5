"""API tokens of the web app, kept in the store: made, listed, revoked, checked.

A token is ``marsad_<id>_<secret>``: ``id`` (8 hex characters) names it in lists and for revoking, the
secret is 32 random bytes (:func:`secrets.token_urlsafe`). The store keeps only the SHA-256 of the whole
token — a fast hash is enough for 256 random bits, which no dictionary or brute force reaches, and
lets each request be checked by one indexed lookup — so a copy of the store (or an export) gives no
usable token. The token itself is shown once, when it is made.

Scopes are ordered: ``read`` (pages and the read API), ``ingest`` (``POST /api/ingest``, and reading),
``admin`` (everything). :func:`check_token` answers whether a token grants a scope.

Functions over any :class:`~marsad.store.Store` (the ``api_tokens`` table of schema version 3), in its
own transactions, like :mod:`marsad.store.migrate`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass

from .base import Store

__all__ = [
    "DEFAULT_INGEST_PER_MINUTE",
    "SCOPES",
    "ApiToken",
    "TokenError",
    "check_token",
    "create_token",
    "list_tokens",
    "revoke_token",
    "token_hash",
]

# Ingest requests a token may make in a minute on a web server, in bursts of as many (marsad.web.auth): a
# scraper posting every few seconds stays well within it; each request is at most --max-body-mb and
# reads out the stories it grows.
DEFAULT_INGEST_PER_MINUTE = 30
# Each scope grants those before it.
SCOPES = ("read", "ingest", "admin")
_PREFIX = "marsad_"
_TOKEN = re.compile(r"marsad_([0-9a-f]{8})_[A-Za-z0-9_-]{43}")
MAX_NAME_CHARS = 200


class TokenError(ValueError):
    """A token command that cannot be done (unknown scope or id); the message says why."""


@dataclass(frozen=True, slots=True)
class ApiToken:
    """A stored token, without its secret: ``id``, ``scope``, ``name``, when it was made and revoked."""

    id: str
    scope: str
    name: str
    created_at: str
    revoked_at: str | None = None

    def grants(self, scope: str) -> bool:
        """Whether this token (if not revoked) allows what ``scope`` allows."""
        return self.revoked_at is None and SCOPES.index(self.scope) >= SCOPES.index(scope)


def token_hash(token: str) -> str:
    """The SHA-256 (hex) under which a token is stored."""
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def create_token(store: Store, scope: str, name: str = "") -> tuple[ApiToken, str]:
    """Make a token of ``scope`` named ``name``; return it and the token string (shown once, never
    stored). Raises :class:`TokenError` for an unknown scope or a name over 200 characters."""
    if scope not in SCOPES:
        raise TokenError(f"unknown scope {scope!r}: use one of {', '.join(SCOPES)}")
    if len(name) > MAX_NAME_CHARS:
        raise TokenError(f"the name is longer than {MAX_NAME_CHARS} characters")
    with store._write():
        while True:
            token_id = secrets.token_hex(4)
            if not store._rows("SELECT 1 FROM api_tokens WHERE id = ?", (token_id,)):
                break
        token = f"{_PREFIX}{token_id}_{secrets.token_urlsafe(32)}"
        made = ApiToken(token_id, scope, name, _now())
        store._execute(
            "INSERT INTO api_tokens (id, token_hash, scope, name, created_at) VALUES (?, ?, ?, ?, ?)",
            (made.id, token_hash(token), made.scope, made.name, made.created_at),
        )
    return made, token


def list_tokens(store: Store) -> list[ApiToken]:
    """Every token made, revoked ones too, oldest first."""
    with store._read():
        rows = store._rows("SELECT id, scope, name, created_at, revoked_at FROM api_tokens ORDER BY created_at, id")
    return [ApiToken(*row) for row in rows]


def revoke_token(store: Store, token_id: str) -> ApiToken:
    """Revoke the token ``token_id`` (from then on it grants nothing); revoking it again changes nothing.
    Raises :class:`TokenError` when there is no such token."""
    with store._write():
        store._execute(
            "UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", (_now(), token_id)
        )
        rows = store._rows("SELECT id, scope, name, created_at, revoked_at FROM api_tokens WHERE id = ?", (token_id,))
    if not rows:
        raise TokenError(f"no token with id {token_id!r} (`marsad token list` shows them)")
    return ApiToken(*rows[0])


def check_token(store: Store, token: str) -> ApiToken | None:
    """The stored token ``token`` is, revoked or not, or ``None`` when it is not one (malformed, or made
    for another store)."""
    found = _TOKEN.fullmatch(token)
    if found is None:
        return None
    digest = token_hash(token)
    with store._read():
        rows = store._rows(
            "SELECT id, scope, name, created_at, revoked_at, token_hash FROM api_tokens WHERE id = ?", (found[1],)
        )
    # compared in constant time: the id is public, the hash must not be guessed byte by byte
    if not rows or not hmac.compare_digest(rows[0][5], digest):
        return None
    return ApiToken(*rows[0][:5])
