"""What ``marsad watch`` shows while it runs, and what ``marsad sources status`` shows of the store.

A source is **failing** when its last poll failed, and **down** — shown in red, first, and making
``marsad sources status`` exit with code 3 — once it has been failing for :data:`DOWN_AFTER` (a day). A
source whose polls succeed but that gave no new article for :data:`STALE_AFTER` is **stale** (a feed
that repeats the same items forever looks like this).
"""

from __future__ import annotations

import datetime as dt
import time
from typing import Any

from rich.table import Table
from rich.text import Text

from ..store.watch import SourceHealth
from .poller import Watcher

__all__ = ["DOWN_AFTER", "STALE_AFTER", "health_json", "health_table", "live_table", "source_state"]

DOWN_AFTER = dt.timedelta(days=1)
STALE_AFTER = dt.timedelta(days=1)


def _ago(seconds: float) -> str:
    seconds = max(0, int(seconds))
    if seconds < 60:
        return f"{seconds}s ago"
    if seconds < 3600:
        return f"{seconds // 60}m ago"
    if seconds < 86400:
        return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m ago"
    return f"{seconds // 86400}d{seconds % 86400 // 3600}h ago"


def live_table(watcher: Watcher) -> Table:
    """The live status: per source, the last poll, new and updated articles and problems this run,
    and the last problem."""
    table = Table(title=f"marsad watch · {len(watcher.status)} sources · {watcher.summary.added} new articles, "
                  f"{watcher.summary.alerts} alerts", title_justify="left", expand=False)
    for column in ("source", "last poll", "new", "updated", "problems", "last problem"):
        table.add_column(column, justify="right" if column in ("new", "updated", "problems") else "left")
    now = time.time()
    for name, status in sorted(watcher.status.items()):
        if status.busy:
            when = Text("polling…", style="cyan")
        elif status.last_poll is None:
            when = Text("waiting", style="dim")
        else:
            when = Text(_ago(now - status.last_poll), style="red" if status.failing else "")
        error = Text((status.last_error or "")[:70], style="red" if status.failing else "yellow")
        table.add_row(name, when, str(status.new), str(status.updated), str(status.errors), error)
    return table


def source_state(health: SourceHealth, now: dt.datetime | None = None) -> str:
    """``down`` (failing for a day or more), ``failing``, ``stale`` (no new article for a day), ``ok``,
    or ``new`` (never polled)."""
    now = now or dt.datetime.now(dt.UTC)
    failing = health.failing_for(now)
    if failing is not None:
        return "down" if failing >= DOWN_AFTER else "failing"
    record = health.record
    if record.last_success is None:
        return "new"
    if record.last_new is not None:
        quiet_since = dt.datetime.fromisoformat(record.last_new)
    elif health.days:  # never a new article: quiet since its first day on record
        quiet_since = dt.datetime.fromisoformat(health.days[-1][0]).replace(tzinfo=dt.UTC)
    else:
        return "ok"
    if now - quiet_since >= STALE_AFTER:
        return "stale"
    return "ok"


_STYLES = {"down": "bold white on red", "failing": "red", "stale": "yellow", "ok": "green", "new": "dim"}


def health_table(healths: list[SourceHealth], now: dt.datetime | None = None) -> Table:
    """``marsad sources status`` as a table: the sources down first, then failing, stale, ok."""
    now = now or dt.datetime.now(dt.UTC)
    order = {"down": 0, "failing": 1, "stale": 2, "new": 3, "ok": 4}
    rows = sorted(healths, key=lambda h: (order[source_state(h, now)], h.record.name))
    table = Table(expand=False, show_lines=True)
    for column in ("source", "health", "last success", "last error", "per day (UTC): added/updated, problems"):
        table.add_column(column, overflow="fold")
    for health in rows:
        state = source_state(health, now)
        record = health.record
        label = state.upper() if state == "down" else state
        if state in ("down", "failing") and (failing := health.failing_for(now)) is not None:
            label += f" for {_ago(failing.total_seconds()).removesuffix(' ago')}"
        success = "never" if record.last_success is None else (
            f"{record.last_success} ({_ago((now - dt.datetime.fromisoformat(record.last_success)).total_seconds())})"
        )
        error = "" if record.last_error is None else f"{record.last_error_at}: {record.last_error}"
        days = "\n".join(
            f"{day}: {added}/{updated}, {problems} problem{'s' if problems != 1 else ''}"
            + (f" ({failed} of {polls} polls failed)" if failed else f" ({polls} polls)")
            for day, polls, failed, added, updated, problems in health.days
        )
        recent = "\n".join(f"· {at} {url or ''}: {reason}" for at, url, reason in health.problems[1:])
        table.add_row(
            Text(record.name, style="bold"),
            Text(label, style=_STYLES[state]),
            success,
            Text(error + (f"\n{recent}" if recent else ""), style="red" if state in ("down", "failing") else ""),
            days or "no poll yet",
        )
    return table


def health_json(healths: list[SourceHealth], now: dt.datetime | None = None) -> list[dict[str, Any]]:
    """``marsad sources status --json``: one object per source."""
    now = now or dt.datetime.now(dt.UTC)
    out = []
    for health in healths:
        record = health.record
        failing = health.failing_for(now)
        out.append({
            "source": record.name,
            "url": record.url,
            "health": source_state(health, now),
            "failing_for_seconds": int(failing.total_seconds()) if failing is not None else None,
            "last_poll": record.last_poll,
            "last_success": record.last_success,
            "last_error": record.last_error,
            "last_error_at": record.last_error_at,
            "last_new_article": record.last_new,
            "items_listed": health.items,
            "items_stored": health.stored,
            "days": [
                {"day": d, "polls": p, "failed_polls": f, "added": a, "updated": u, "problems": n}
                for d, p, f, a, u, n in health.days
            ],
            "recent_problems": [{"at": at, "url": url, "reason": reason} for at, url, reason in health.problems],
        })
    return out
