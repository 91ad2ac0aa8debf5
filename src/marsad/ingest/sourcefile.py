"""What every format reader receives and returns, and the id rule readers share."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from marsad.model import Article, Problem

__all__ = ["Reader", "SourceFile", "safe_id", "url_host"]


@dataclass(frozen=True, slots=True)
class SourceFile:
    """One input file, read and decoded: ``text`` is the whole file as decoded from ``encoding``.

    ``cut_off`` says the bytes ended in the middle of a character (the file looks cut short); readers
    for formats that can tell (HTML, plain text) report it.
    """

    path: Path
    text: str
    encoding: str
    cut_off: bool = False

    @property
    def source(self) -> str:
        """The path as the user gave it (joined with the folder for files found in a folder)."""
        return str(self.path)

    @property
    def stem(self) -> str:
        return self.path.stem


# A format reader: one decoded file in, its articles and problems out, in file order. A reader never
# raises for bad content; it yields a Problem naming the file (or ``file:line``) instead.
Reader = Callable[[SourceFile], Iterator[Article | Problem]]

_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:(//)?", re.IGNORECASE)
_WWW = re.compile(r"^www\.", re.IGNORECASE)
# Everything but letters and digits of any script, "_", "." and "-". "~" is kept out on purpose: it
# marks the suffix that makes repeated ids unique (``id~2``).
_UNSAFE = re.compile(r"[^\w.-]+")
_MAX_ID = 100


def safe_id(value: str) -> str:
    """A readable article id made from a URL or a feed entry id: percent-escapes decoded, scheme and
    ``www.`` dropped, every run of other characters than letters, digits, ``_ . -`` made one ``-``; at
    most 100 characters (a longer one is cut and ends in a hash of ``value``, so it stays distinct).
    ``""`` when nothing is left.

    >>> safe_id("https://www.aljazeera.net/news/2021/7/26/%D9%83%D8%A7%D8%B8%D9%85%D9%8A")
    'aljazeera.net-news-2021-7-26-كاظمي'
    >>> safe_id("tag:alain.com,2021:article/123")
    'alain.com-2021-article-123'
    """
    text = _WWW.sub("", _SCHEME.sub("", unquote(value.strip())))
    text = _UNSAFE.sub("-", text).strip("-.")
    if len(text) > _MAX_ID:
        digest = hashlib.blake2b(value.encode("utf-8"), digest_size=4).hexdigest()
        text = text[: _MAX_ID - len(digest) - 1].rstrip("-.") + "-" + digest
    return text


def url_host(url: str | None) -> str | None:
    """The host of ``url`` as a reader names a site: lower case, ``www.`` left off; ``None`` when there is
    no URL or it names no host.

    >>> url_host("https://www.Okaz.com.sa/news/1"), url_host("www.sabq.org/x"), url_host("news/1.html")
    ('okaz.com.sa', 'sabq.org', None)
    >>> url_host("http://[::1"), url_host(None)
    (None, None)
    """
    url = url.strip() if url else ""
    if _WWW.match(url):  # written without its scheme
        url = "//" + url
    try:
        host = urlsplit(url).hostname if url else None
    except ValueError:  # a malformed URL (an unclosed IPv6 bracket) names no host
        return None
    return _WWW.sub("", host) if host else None
