"""Fetching pages as a good citizen of the web, with httpx.

:class:`PoliteClient` is what every request of ``marsad watch`` goes through. For each URL it:

* asks the site's ``robots.txt`` first (parsed by protego, which follows RFC 9309 and Google's wildcards),
  cached a day per origin; a ``robots.txt`` that answers 4xx allows everything, one that cannot be read
  (5xx, network) forbids everything until it is tried again (RFC 9309 §2.3.1.3-4);
* waits its turn on the host: at most one request per ``per_host`` seconds to a host (or the
  ``Crawl-delay`` its robots.txt asks for, up to :data:`MAX_CRAWL_DELAY_S`), whatever the thread;
* sends ``If-None-Match`` / ``If-Modified-Since`` when it has the validators of an earlier answer, and
  takes ``304 Not Modified`` as "unchanged";
* gives up on one answer after ``timeout`` seconds without a byte and on a whole response after
  ``deadline`` seconds (a server that drip-feeds bytes never trips a per-read timeout), and on a page over
  ``max_page`` bytes as soon as it is known (Content-Length, else while reading: nothing larger is held);
* retries what may pass (timeouts, network errors, 5xx, 408, 429) ``retries`` times, waiting ``backoff``
  seconds and doubling each time (or what ``Retry-After`` asks, up to :data:`MAX_RETRY_AFTER_S`);
* follows at most ``max_redirects`` redirects itself — so each hop asks its own host's robots.txt and
  waits its own turn — and names a loop as one;
* names itself: ``marsad/<version> (+<contact URL>)``.

Everything that goes wrong is a :class:`FetchError` with a reason for people (shown by ``marsad sources
status``); nothing here raises anything else for a bad site.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from http import HTTPStatus
from urllib.parse import urljoin, urlsplit

import httpx
from protego import Protego

from .. import __version__
from ..ingest.sources import human_size
from .config import Politeness

__all__ = ["MAX_CRAWL_DELAY_S", "MAX_RETRY_AFTER_S", "FetchError", "Fetched", "PoliteClient", "user_agent"]

# A robots.txt asking for more than this between requests is honoured up to this (a site asking for an
# hour would make a feed unreadable; a minute is already a very slow crawl).
MAX_CRAWL_DELAY_S = 60.0
MAX_RETRY_AFTER_S = 300.0
ROBOTS_TTL_S = 24 * 3600.0  # RFC 9309 §2.4: a cached robots.txt should not be used for more than a day
ROBOTS_RETRY_S = 600.0  # an unreadable robots.txt is asked again after this
ROBOTS_MAX_BYTES = 500 * 1024  # RFC 9309 §2.5: at least 500 KiB must be parsed
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_RETRYABLE = frozenset({408, 425, 429, 500, 502, 503, 504})
ROBOTS_AGENT = "marsad"


def user_agent(contact: str | None) -> str:
    """The User-Agent of every request: ``marsad/0.1.0 (+https://newsroom.example/marsad)``."""
    return f"marsad/{__version__}" + (f" (+{contact})" if contact else "")


class FetchError(Exception):
    """A URL could not be fetched; ``reason`` says why, for people; ``retryable`` whether a later poll
    may succeed (a timeout may; a robots.txt refusal or a page too large will not)."""

    def __init__(self, url: str, reason: str, *, retryable: bool = True, status: int | None = None) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason
        self.retryable = retryable
        self.status = status


class Stopped(FetchError):
    """The watch is stopping: the request was not made or not finished."""


@dataclass(frozen=True, slots=True)
class Fetched:
    """An answer: ``status`` 200 (``body`` holds the bytes, decompressed) or 304 (unchanged, ``body``
    empty). ``final_url`` is where the redirects led; ``etag``/``last_modified`` are the validators to send
    next time; ``charset`` the one the Content-Type header names, if any."""

    url: str
    final_url: str
    status: int
    body: bytes
    content_type: str | None
    charset: str | None
    etag: str | None
    last_modified: str | None
    seconds: float

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class _Robots:
    """A parsed robots.txt, or a blanket answer: ``allow_all`` (4xx) / ``deny_all`` (unreachable)."""

    def __init__(self, rules: Protego | None, allow_all: bool, reason: str = "") -> None:
        self.rules, self.allow_all, self.reason = rules, allow_all, reason

    def allows(self, url: str) -> bool:
        if self.rules is not None:
            return bool(self.rules.can_fetch(url, ROBOTS_AGENT))
        return self.allow_all

    def crawl_delay(self) -> float | None:
        return self.rules.crawl_delay(ROBOTS_AGENT) if self.rules is not None else None


class PoliteClient:
    """The one HTTP client of a watch, shared by its threads (httpx's client is thread-safe).

    ``transport`` replaces httpx's network transport (tests give none: they use a loopback server);
    ``stop`` is set when the watch stops, which ends every wait at once with :class:`Stopped`;
    ``clock``/``sleep`` exist so that waits can be observed.
    """

    def __init__(
        self,
        politeness: Politeness,
        *,
        stop: threading.Event | None = None,
        transport: httpx.BaseTransport | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.politeness = politeness
        self.stop = stop or threading.Event()
        self.clock = clock
        self.agent = user_agent(politeness.contact)
        self._client = httpx.Client(
            headers={"User-Agent": self.agent, "Accept-Encoding": "gzip, deflate"},
            follow_redirects=False,
            timeout=httpx.Timeout(politeness.timeout),
            transport=transport,
            limits=httpx.Limits(max_connections=64, max_keepalive_connections=32),
        )
        self._lock = threading.Lock()
        self._next_turn: dict[str, float] = {}
        self._robots: dict[str, tuple[_Robots, float]] = {}
        self._robots_locks: dict[str, threading.Lock] = {}
        self.requests = 0  # every request made, robots.txt included

    def close(self) -> None:
        self._client.close()

    # --- the one public call ------------------------------------------------------------------------

    def get(
        self, url: str, *, etag: str | None = None, last_modified: str | None = None, max_bytes: int | None = None
    ) -> Fetched:
        """GET ``url`` politely (see the module docstring); raises :class:`FetchError`."""
        limit = max_bytes or self.politeness.max_page
        started = self.clock()
        conditional = {}
        if etag:
            conditional["If-None-Match"] = etag
        if last_modified:
            conditional["If-Modified-Since"] = last_modified
        seen = [url]
        current = url
        for _ in range(self.politeness.max_redirects + 1):
            robots = self._robots_for(current)
            if not robots.allows(current):
                why = f" ({robots.reason})" if robots.reason else ""
                raise FetchError(current, f"robots.txt forbids it{why}", retryable=robots.reason != "")
            response = self._with_retries(current, conditional, limit)
            status, headers, body = response
            if status in _REDIRECTS and headers.get("location"):
                target = urljoin(current, headers["location"].strip())
                if urlsplit(target).scheme not in ("http", "https"):
                    raise FetchError(url, f"redirected to {target!r}, not a web address", retryable=False)
                if target in seen:
                    raise FetchError(url, f"redirect loop: {' -> '.join([*seen, target])}"[:300], retryable=False)
                seen.append(target)
                current = target
                continue
            if status == 304:
                return Fetched(url, current, 304, b"", None, None, etag, last_modified, self.clock() - started)
            if status >= 400:
                retry = status in _RETRYABLE
                raise FetchError(url, f"HTTP {status}{_phrase(status)}", retryable=retry or status == 404, status=status)
            content_type = headers.get("content-type")
            return Fetched(
                url,
                current,
                status,
                body,
                content_type,
                _charset(content_type),
                headers.get("etag"),
                headers.get("last-modified"),
                self.clock() - started,
            )
        raise FetchError(url, f"more than {self.politeness.max_redirects} redirects", retryable=False)

    # --- requests ----------------------------------------------------------------------------------

    def _with_retries(self, url: str, headers: dict[str, str], limit: int) -> tuple[int, dict[str, str], bytes]:
        """One request, retried as the module docstring says; ``(status, headers, body)`` of the last
        answer (a retryable status is returned once the retries are spent)."""
        attempts = self.politeness.retries + 1
        for attempt in range(attempts):
            last = attempt == attempts - 1
            wait = self.politeness.backoff * 2**attempt * (1 + random.random() / 10)
            try:
                status, answer, body = self._request(url, headers, limit)
            except FetchError as exc:
                if not exc.retryable or last or isinstance(exc, Stopped):
                    raise
                self._pause(wait, url)
                continue
            if status in _RETRYABLE and not last:
                asked = _retry_after(answer.get("retry-after"))
                self._pause(min(asked, MAX_RETRY_AFTER_S) if asked is not None else wait, url)
                continue
            return status, answer, body
        raise AssertionError("unreachable: the last attempt returns or raises")

    def _request(self, url: str, headers: dict[str, str], limit: int) -> tuple[int, dict[str, str], bytes]:
        self._wait_turn(url)
        deadline = self.clock() + self.politeness.deadline
        self.requests += 1
        try:
            with self._client.stream("GET", url, headers=headers) as response:
                answer = {k.lower(): v for k, v in response.headers.items()}
                if response.status_code in _REDIRECTS or response.status_code == 304 or response.status_code >= 400:
                    return response.status_code, answer, b""
                declared = answer.get("content-length", "")
                if declared.isdigit() and int(declared) > limit:
                    raise FetchError(url, f"page too large: {human_size(int(declared))}, the limit is {human_size(limit)}",
                                     retryable=False)
                chunks: list[bytes] = []
                size = 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > limit:
                        raise FetchError(url, f"page too large: over {human_size(limit)}; not read further",
                                         retryable=False)
                    if self.clock() > deadline:
                        raise FetchError(url, f"too slow: the page was not whole after "
                                         f"{self.politeness.deadline:g}s ({human_size(size)} received)")
                    if self.stop.is_set():
                        raise Stopped(url, "stopped before the page was whole")
                    chunks.append(chunk)
                return response.status_code, answer, b"".join(chunks)
        except httpx.TimeoutException:
            raise FetchError(url, f"timed out: no answer within {self.politeness.timeout:g}s") from None
        except httpx.TooManyRedirects:  # not followed by httpx here, but its type is a RequestError
            raise FetchError(url, "too many redirects", retryable=False) from None
        except httpx.RequestError as exc:
            raise FetchError(url, f"network error: {type(exc).__name__}: {str(exc)[:120]}") from None

    def _pause(self, seconds: float, url: str) -> None:
        if self.stop.wait(seconds):
            raise Stopped(url, "stopped while waiting to retry")

    def _wait_turn(self, url: str) -> None:
        """Wait until this host may be asked again; turns are handed out in order across threads."""
        host = (urlsplit(url).hostname or "").lower()
        robots = self._cached_robots(url)
        delay = robots.crawl_delay() if robots is not None else None
        interval = max(self.politeness.per_host, min(delay or 0.0, MAX_CRAWL_DELAY_S))
        with self._lock:
            now = self.clock()
            turn = max(now, self._next_turn.get(host, now))
            self._next_turn[host] = turn + interval
        if turn > now and self.stop.wait(turn - now):
            raise Stopped(url, "stopped while waiting for the host's turn")
        if self.stop.is_set():
            raise Stopped(url, "stopped")

    # --- robots.txt --------------------------------------------------------------------------------

    def _origin(self, url: str) -> str:
        parts = urlsplit(url)
        return f"{parts.scheme}://{parts.netloc}".lower()

    def _cached_robots(self, url: str) -> _Robots | None:
        found = self._robots.get(self._origin(url))
        return found[0] if found else None

    def _robots_for(self, url: str) -> _Robots:
        origin = self._origin(url)
        with self._lock:
            lock = self._robots_locks.setdefault(origin, threading.Lock())
        with lock:  # one thread fetches an origin's robots.txt; the others wait for it
            found = self._robots.get(origin)
            if found is not None and self.clock() < found[1]:
                return found[0]
            robots, ttl = self._fetch_robots(origin)
            self._robots[origin] = (robots, self.clock() + ttl)
            return robots

    def _fetch_robots(self, origin: str) -> tuple[_Robots, float]:
        url = f"{origin}/robots.txt"
        try:
            for _ in range(5):  # RFC 9309 §2.3.1.2: follow at least five redirects
                status, headers, body = self._request(url, {}, ROBOTS_MAX_BYTES)
                if status in _REDIRECTS and headers.get("location"):
                    url = urljoin(url, headers["location"])
                    continue
                break
        except Stopped:
            raise
        except FetchError as exc:
            if "too large" in exc.reason:
                return _Robots(None, True), ROBOTS_TTL_S
            return _Robots(None, False, f"its robots.txt could not be read: {exc.reason}"), ROBOTS_RETRY_S
        if 200 <= status < 300:
            return _Robots(Protego.parse(body.decode("utf-8", errors="replace")), True), ROBOTS_TTL_S
        if 400 <= status < 500:
            return _Robots(None, True), ROBOTS_TTL_S
        return _Robots(None, False, f"its robots.txt answered HTTP {status}"), ROBOTS_RETRY_S


def _charset(content_type: str | None) -> str | None:
    """The ``charset`` parameter of a Content-Type header value."""
    if not content_type:
        return None
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def _retry_after(value: str | None) -> float | None:
    """Seconds a ``Retry-After`` header asks for (a number of seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError, IndexError):
        return None


def _phrase(status: int) -> str:
    try:
        return f" {HTTPStatus(status).phrase}"
    except ValueError:
        return ""
