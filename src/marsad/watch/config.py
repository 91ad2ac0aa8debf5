"""The sources file of ``marsad watch``: what to follow, how politely, and what to watch for.

The smallest file that works is one source::

    [[source]]
    name = "aljazeera"
    outlet = "الجزيرة نت"
    feed = "https://www.aljazeera.net/rss"

Everything else has a default (:class:`Politeness`). The whole format, with every key::

    [watch]                       # optional: how marsad behaves on the web
    contact = "https://newsroom.example/marsad"   # named in the User-Agent, so site owners can reach you
    every = "10m"                 # default polling interval of the sources
    per_host = "1s"               # least time between two requests to one host
    timeout = "20s"               # one request, connecting and between bytes
    deadline = "60s"              # one whole response, however slowly it arrives
    retries = 3                   # after a failure that may pass (timeouts, 5xx, 429)
    backoff = "2s"                # first wait before a retry; doubled each time
    max_redirects = 5
    max_page = "5MB"
    recheck = "1h"                # fetch a listed article again (conditionally) this often; "off"
    site = "https://marsad.example"   # where `marsad serve` is reached, for links in alerts

    [alerts]                      # optional: where alerts go (besides the web app's Atom feeds)
    jsonl = "alerts.jsonl"        # relative to this file
    webhook = "https://hooks.example/marsad"

    [[watchlist]]                 # any number; also in the store (`marsad watchlist add`)
    name = "iraq-pm"
    entities = ["مصطفى الكاظمي"]  # any variant matches
    words = ["الانتخابات"]
    outlets = ["الجزيرة نت"]
    webhook = "https://hooks.example/iraq"   # optional, besides [alerts] webhook

    [[source]]                    # any number, at least one
    name = "aljazeera"            # letters, digits, - and _; unique
    outlet = "الجزيرة نت"          # optional: else the feed's title, else the page's site name
    feed = "https://www.aljazeera.net/rss"        # RSS or Atom; or:
    sitemap = "https://example.com/news-sitemap.xml"  # a news sitemap (or a sitemap index)
    every = "10m"
    recheck = "1h"

:func:`load_sources` reads and checks a file and returns every problem with the line it is on, so
``marsad sources check`` can say what is wrong line by line; a file with an ``error`` is not used.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

__all__ = [
    "ConfigProblem",
    "Politeness",
    "Source",
    "WatchConfig",
    "WatchlistSpec",
    "load_sources",
    "parse_duration",
    "parse_size",
]

_DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)")
_DURATION_UNITS = {"ms": 0.001, "s": 1, "m": 60, "h": 3600, "d": 86400}
_SIZE = re.compile(r"(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?", re.IGNORECASE)
_SIZE_UNITS = {"b": 1, "kb": 2**10, "mb": 2**20, "gb": 2**30}
_NAME = re.compile(r"[A-Za-z0-9_-]{1,64}")
# Polling a feed more often than this is rude to its site and finds nothing more: said, not refused.
_POLITE_EVERY_S = 60


def parse_duration(value: str | int | float) -> float:
    """Seconds in ``"10m"``, ``"90s"``, ``"1h30m"``, ``"2d"``, ``"500ms"`` (a bare number is seconds).
    Raises ValueError with a message for people."""
    if isinstance(value, bool):
        raise ValueError(f"{value!r} is not a duration")
    if isinstance(value, (int, float)):
        if value < 0:
            raise ValueError(f"{value} is negative")
        return float(value)
    text = value.strip().lower().replace(" ", "")
    if not text or _DURATION.sub("", text):
        raise ValueError(f"{value!r} is not a duration such as \"90s\", \"10m\", \"1h30m\" or \"2d\"")
    return sum(float(n) * _DURATION_UNITS[unit] for n, unit in _DURATION.findall(text))


def parse_size(value: str | int) -> int:
    """Bytes in ``"5MB"``, ``"800KB"``, ``1048576``. Raises ValueError with a message for people."""
    if isinstance(value, bool):
        raise ValueError(f"{value!r} is not a size")
    if isinstance(value, int):
        if value <= 0:
            raise ValueError(f"{value} is not a positive size")
        return value
    match = _SIZE.fullmatch(value.strip())
    if match is None:
        raise ValueError(f"{value!r} is not a size such as \"5MB\" or \"800KB\"")
    size = int(float(match.group(1)) * _SIZE_UNITS[(match.group(2) or "b").lower()])
    if size <= 0:
        raise ValueError(f"{value!r} is not a positive size")
    return size


@dataclass(frozen=True, slots=True)
class Politeness:
    """How marsad behaves on the web (the ``[watch]`` table). Durations in seconds, sizes in bytes.

    ``recheck`` is None when listed articles are never fetched again (``"off"``); they still are when
    their feed entry changes. ``every`` is the default polling interval of a source.
    """

    contact: str | None = None
    every: float = 600.0
    per_host: float = 1.0
    timeout: float = 20.0
    deadline: float = 60.0
    retries: int = 3
    backoff: float = 2.0
    max_redirects: int = 5
    max_page: int = 5 * 2**20
    recheck: float | None = 3600.0
    site: str | None = None


@dataclass(frozen=True, slots=True)
class Source:
    """One feed (RSS/Atom) or news sitemap to follow. ``kind`` is ``feed`` or ``sitemap``; ``line`` is
    where its table starts in the sources file (0 when it was not read from one)."""

    name: str
    url: str
    kind: str = "feed"
    outlet: str | None = None
    every: float = 600.0
    recheck: float | None = 3600.0
    line: int = 0


@dataclass(frozen=True, slots=True)
class WatchlistSpec:
    """A watchlist: alerts for stories whose new articles name one of ``entities`` (any variant), hold
    one of ``words`` (any spelling or attached form), or come from one of ``outlets``. Each kind given
    must match (a kind left empty matches anything); at least one kind must be given."""

    name: str
    entities: tuple[str, ...] = ()
    words: tuple[str, ...] = ()
    outlets: tuple[str, ...] = ()
    webhook: str | None = None

    def __post_init__(self) -> None:
        if not _NAME.fullmatch(self.name):
            raise ValueError(f"a watchlist name is 1-64 letters, digits, - or _, not {self.name!r}")
        if not (self.entities or self.words or self.outlets):
            raise ValueError(f"watchlist {self.name!r} has no entities, words or outlets to watch for")
        if self.webhook is not None and _web_url(self.webhook) is None:
            raise ValueError(f"the webhook of watchlist {self.name!r} is not an http(s) URL: {self.webhook!r}")


@dataclass(frozen=True)
class WatchConfig:
    """A checked sources file: its sources, watchlists, politeness and alert outputs."""

    sources: tuple[Source, ...]
    politeness: Politeness = field(default_factory=Politeness)
    watchlists: tuple[WatchlistSpec, ...] = ()
    alerts_jsonl: Path | None = None
    webhook: str | None = None
    path: Path | None = None


@dataclass(frozen=True, slots=True)
class ConfigProblem:
    """What is wrong in a sources file, and where: ``line`` is 1-based (0 for the file as a whole)."""

    path: str
    line: int
    reason: str
    level: str = "error"  # or "warning": the file is used, but something should change

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.level}: {self.reason}"


_WATCH_KEYS = {
    "contact", "every", "per_host", "timeout", "deadline", "retries", "backoff", "max_redirects", "max_page",
    "recheck", "site",
}
_ALERT_KEYS = {"jsonl", "webhook"}
_SOURCE_KEYS = {"name", "outlet", "feed", "sitemap", "every", "recheck"}
_WATCHLIST_KEYS = {"name", "entities", "words", "outlets", "webhook"}
_TOP_KEYS = {"watch": "table", "alerts": "table", "source": "array", "watchlist": "array"}


class _Lines:
    """Where tables and keys are written in the file: tomllib gives values but not their lines, so the
    lines are found by reading the file's table headers and ``key =`` lines (one-line values, the way
    sources files are written; a key not found this way is reported at its table's line)."""

    _HEADER = re.compile(r"^\s*(\[\[?)\s*([A-Za-z0-9_.\"' -]+?)\s*\]\]?")
    _KEY = re.compile(r"^\s*([A-Za-z0-9_-]+|\"[^\"]*\"|'[^']*')\s*=")

    def __init__(self, text: str) -> None:
        # (table name, index within its array or 0) -> (header line, {key: line})
        self.tables: dict[tuple[str, int], tuple[int, dict[str, int]]] = {("", 0): (0, {})}
        counts: dict[str, int] = {}
        current = ("", 0)
        for number, line in enumerate(text.split("\n"), start=1):
            header = self._HEADER.match(line)
            if header:
                name = header.group(2).strip().strip("\"'")
                index = counts.get(name, 0)
                if header.group(1) == "[[":
                    counts[name] = index + 1
                current = (name, index)
                self.tables.setdefault(current, (number, {}))
                continue
            key = self._KEY.match(line)
            if key:
                self.tables[current][1].setdefault(key.group(1).strip("\"'"), number)

    def table(self, name: str, index: int = 0) -> int:
        return self.tables.get((name, index), (0, {}))[0]

    def key(self, name: str, index: int, key: str) -> int:
        line, keys = self.tables.get((name, index), (0, {}))
        return keys.get(key, line)


def load_sources(path: str | Path) -> tuple[WatchConfig | None, list[ConfigProblem]]:
    """Read and check the sources file at ``path``: the config (None when the file has an error) and
    every problem found, each with its line, in file order. Never raises for a bad file."""
    path = Path(path)
    shown = str(path)
    try:
        text = path.read_bytes().decode("utf-8")
    except OSError as exc:
        return None, [ConfigProblem(shown, 0, f"cannot read: {exc.strerror or exc}")]
    except UnicodeDecodeError as exc:
        return None, [ConfigProblem(shown, 0, f"not UTF-8 (byte {exc.start}); TOML files are UTF-8")]
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        found = re.search(r"\(at line (\d+), column (\d+)\)", message)
        line = int(found.group(1)) if found else 0
        reason = re.sub(r"\s*\(at line \d+, column \d+\)", "", message) or "not valid TOML"
        where = f" (column {found.group(2)})" if found else ""
        return None, [ConfigProblem(shown, line, f"not valid TOML: {reason}{where}")]
    return _Checker(shown, path.parent, data, _Lines(text)).check()


class _Checker:
    """Checks a parsed sources file key by key, collecting every problem rather than stopping at one."""

    def __init__(self, shown: str, folder: Path, data: dict[str, Any], lines: _Lines) -> None:
        self.shown, self.folder, self.data, self.lines = shown, folder, data, lines
        self.problems: list[ConfigProblem] = []

    def problem(self, line: int, reason: str, level: str = "error") -> None:
        self.problems.append(ConfigProblem(self.shown, line, reason, level))

    def unknown(self, table: dict[str, Any], known: set[str], where: str, line_of: Any) -> None:
        for key in table:
            if key not in known:
                close = difflib.get_close_matches(key, sorted(known), n=1)
                hint = f"; did you mean {close[0]!r}?" if close else f"; known keys: {', '.join(sorted(known))}"
                self.problem(line_of(key), f"unknown key {key!r} in {where}{hint}")

    def check(self) -> tuple[WatchConfig | None, list[ConfigProblem]]:
        for key, value in self.data.items():
            kind = _TOP_KEYS.get(key)
            if kind is None:
                close = difflib.get_close_matches(key, sorted(_TOP_KEYS), n=1)
                hint = f"; did you mean [{'[' if _TOP_KEYS[close[0]] == 'array' else ''}{close[0]}...]?" if close else ""
                self.problem(self.lines.table(key) or self.lines.key("", 0, key), f"unknown table or key {key!r}{hint}")
            elif kind == "array" and not (isinstance(value, list) and all(isinstance(v, dict) for v in value)):
                self.problem(self.lines.table(key) or self.lines.key("", 0, key), f"{key} must be written [[{key}]]")
            elif kind == "table" and not isinstance(value, dict):
                self.problem(self.lines.key("", 0, key), f"{key} must be a table, written [{key}]")
        politeness = self.politeness()
        alerts_jsonl, webhook = self.alerts()
        sources = self.sources(politeness)
        watchlists = self.watchlists()
        self.problems.sort(key=lambda p: p.line)
        if any(p.level == "error" for p in self.problems):
            return None, self.problems
        config = WatchConfig(
            sources=tuple(sources),
            politeness=politeness,
            watchlists=tuple(watchlists),
            alerts_jsonl=alerts_jsonl,
            webhook=webhook,
            path=Path(self.shown),
        )
        return config, self.problems

    def _duration(self, table: dict[str, Any], key: str, line: int, *, off: bool = False) -> float | None:
        value = table[key]
        if off and isinstance(value, str) and value.strip().lower() == "off":
            return None
        try:
            return parse_duration(value)
        except (ValueError, AttributeError) as exc:
            self.problem(line, f"{key}: {exc}" if isinstance(exc, ValueError) else f"{key}: not a duration")
            return None

    def politeness(self) -> Politeness:
        table = self.data.get("watch", {})
        if not isinstance(table, dict):
            return Politeness()
        line_of = lambda key: self.lines.key("watch", 0, key)  # noqa: E731
        self.unknown(table, _WATCH_KEYS, "[watch]", line_of)
        values: dict[str, Any] = {}
        for key in ("every", "per_host", "timeout", "deadline", "backoff"):
            if key in table:
                seconds = self._duration(table, key, line_of(key))
                if seconds is not None:
                    values[key] = seconds
        if "recheck" in table:
            if isinstance(table["recheck"], str) and table["recheck"].strip().lower() == "off":
                values["recheck"] = None
            elif (seconds := self._duration(table, "recheck", line_of("recheck"))) is not None:
                values["recheck"] = seconds
        for key, low, high in (("retries", 0, 10), ("max_redirects", 0, 20)):
            if key in table:
                value = table[key]
                if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
                    self.problem(line_of(key), f"{key} must be a whole number from {low} to {high}, not {value!r}")
                else:
                    values[key] = value
        if "max_page" in table:
            try:
                values["max_page"] = parse_size(table["max_page"])
            except (ValueError, AttributeError) as exc:
                self.problem(line_of("max_page"), f"max_page: {exc}")
        for key in ("contact", "site"):
            if key in table:
                if _web_url(table[key]) is None:
                    self.problem(line_of(key), f"{key} must be an http(s) URL, not {table[key]!r}")
                else:
                    values[key] = table[key].strip()
        if values.get("timeout", 1) <= 0 or values.get("deadline", 1) <= 0:
            self.problem(line_of("timeout"), "timeout and deadline must be more than 0s")
        politeness = Politeness(**values)
        if "contact" not in table:
            self.problem(
                self.lines.table("watch"),
                "no contact URL ([watch] contact = \"https://...\"): the User-Agent should tell site owners "
                "how to reach whoever runs this monitor",
                "warning",
            )
        if politeness.per_host < 1:
            self.problem(line_of("per_host"), "per_host under 1s: more than one request a second to one site "
                         "is not polite", "warning")
        return politeness

    def alerts(self) -> tuple[Path | None, str | None]:
        table = self.data.get("alerts", {})
        if not isinstance(table, dict):
            return None, None
        line_of = lambda key: self.lines.key("alerts", 0, key)  # noqa: E731
        self.unknown(table, _ALERT_KEYS, "[alerts]", line_of)
        jsonl = None
        if "jsonl" in table:
            if not isinstance(table["jsonl"], str) or not table["jsonl"].strip():
                self.problem(line_of("jsonl"), "jsonl must be a file path")
            else:
                jsonl = self.folder / table["jsonl"]
                if not jsonl.parent.is_dir():
                    self.problem(line_of("jsonl"), f"jsonl: the folder {jsonl.parent} does not exist")
        webhook = None
        if "webhook" in table:
            webhook = _web_url(table["webhook"])
            if webhook is None:
                self.problem(line_of("webhook"), f"webhook must be an http(s) URL, not {table['webhook']!r}")
        return jsonl, webhook

    def sources(self, politeness: Politeness) -> list[Source]:
        tables = self.data.get("source", [])
        if not isinstance(tables, list):
            return []
        if not tables:
            self.problem(0, "no [[source]]: nothing to watch")
        sources: list[Source] = []
        names: dict[str, int] = {}
        for index, table in enumerate(tables):
            if not isinstance(table, dict):
                continue
            line = self.lines.table("source", index)
            line_of = lambda key, i=index: self.lines.key("source", i, key)  # noqa: E731
            self.unknown(table, _SOURCE_KEYS, f"[[source]] number {index + 1}", line_of)
            name = table.get("name")
            if not isinstance(name, str) or not _NAME.fullmatch(name):
                shown = "missing" if name is None else repr(name)
                self.problem(line_of("name"), f"name is {shown}: each source needs a name of 1-64 letters, "
                             "digits, - or _")
                name = None
            elif name in names:
                self.problem(line_of("name"), f"name {name!r} is already used by the source at line {names[name]}")
            else:
                names[name] = line
            given = [k for k in ("feed", "sitemap") if k in table]
            if len(given) != 1:
                reason = "both feed and sitemap: give one" if given else "no feed or sitemap: give the URL to poll"
                self.problem(line, f"source {name or index + 1}: {reason}")
                continue
            kind = given[0]
            url = _web_url(table[kind])
            if url is None:
                self.problem(line_of(kind), f"{kind} must be an http(s) URL with a host, not {table[kind]!r}")
            outlet = table.get("outlet")
            if outlet is not None and (not isinstance(outlet, str) or not outlet.strip()):
                self.problem(line_of("outlet"), "outlet must be the outlet's name as text")
                outlet = None
            every = politeness.every
            if "every" in table:
                every = self._duration(table, "every", line_of("every")) or every
                if 0 < every < _POLITE_EVERY_S:
                    self.problem(line_of("every"), f"every {table['every']!r}: polling a feed more than once a "
                                 "minute is not polite", "warning")
            if every <= 0:
                self.problem(line_of("every"), "every must be more than 0s")
            recheck = politeness.recheck
            if "recheck" in table:
                recheck = self._duration(table, "recheck", line_of("recheck"), off=True)
            if name is not None and url is not None:
                sources.append(Source(name, url, kind, outlet.strip() if outlet else None, every, recheck, line))
        return sources

    def watchlists(self) -> list[WatchlistSpec]:
        tables = self.data.get("watchlist", [])
        if not isinstance(tables, list):
            return []
        found: list[WatchlistSpec] = []
        names: set[str] = set()
        for index, table in enumerate(tables):
            if not isinstance(table, dict):
                continue
            line = self.lines.table("watchlist", index)
            line_of = lambda key, i=index: self.lines.key("watchlist", i, key)  # noqa: E731
            self.unknown(table, _WATCHLIST_KEYS, f"[[watchlist]] number {index + 1}", line_of)
            lists: dict[str, tuple[str, ...]] = {}
            for key in ("entities", "words", "outlets"):
                value = table.get(key, [])
                if isinstance(value, str):
                    value = [value]
                if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
                    self.problem(line_of(key), f"{key} must be a list of names, such as [\"...\", \"...\"]")
                    value = []
                lists[key] = tuple(v.strip() for v in value)
            try:
                spec = WatchlistSpec(str(table.get("name", "")), webhook=table.get("webhook"), **lists)
            except ValueError as exc:
                self.problem(line, str(exc))
                continue
            if spec.name in names:
                self.problem(line_of("name"), f"watchlist name {spec.name!r} is used twice")
                continue
            names.add(spec.name)
            found.append(spec)
        return found


def _web_url(value: object) -> str | None:
    """``value`` stripped when it is an absolute http(s) URL with a host, else None."""
    if not isinstance(value, str):
        return None
    try:
        parts = urlsplit(value.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return value.strip()
