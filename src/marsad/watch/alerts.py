"""Alerts out: a JSON lines file and webhooks, from the store's ``alerts`` table (an outbox).

An alert is committed with the batch that caused it, before it is sent anywhere; sending reads the
table. So an alert is never lost — a watch killed before sending sends it at its next start — and may,
rarely, be sent twice (killed after sending, before recording it): each carries its ``id`` for the
receiver to see that.

* :func:`write_jsonl` appends the alerts not yet written to the file, one JSON object a line, flushed
  to disk before they are marked written.
* :class:`WebhookSender` POSTs each alert (``application/json``) from a thread per receiver, so a slow
  or dead receiver never holds up the poller, nor the other receivers: it retries with exponential backoff (1 s, 2 s, 4 s... up to
  :data:`MAX_BACKOFF_S`) up to :data:`MAX_ATTEMPTS` times, counting attempts across restarts. Results go
  back to the poller's thread through a queue (the store belongs to that thread), which records them.
"""

from __future__ import annotations

import heapq
import json
import os
import queue
import threading
import time
from pathlib import Path
from typing import Any

import httpx

from ..store.watch import AlertRecord, WatchState, utc_now
from .http import user_agent

__all__ = ["MAX_ATTEMPTS", "MAX_BACKOFF_S", "WebhookSender", "write_jsonl"]

MAX_ATTEMPTS = 10
MAX_BACKOFF_S = 600.0
FIRST_BACKOFF_S = 1.0
WEBHOOK_TIMEOUT_S = 10.0


def write_jsonl(state: WatchState, path: Path, site: str | None) -> int:
    """Append the alerts not yet written to ``path`` and mark them written; return how many."""
    pending = state.alerts(unwritten=True, limit=10_000)
    if not pending:
        return 0
    with path.open("a", encoding="utf-8") as out:
        for alert in pending:
            out.write(json.dumps(alert.to_json(site), ensure_ascii=False) + "\n")
        out.flush()
        os.fsync(out.fileno())
    state.mark_written([a.id for a in pending], utc_now())
    return len(pending)


class WebhookSender:
    """Delivers alerts to webhooks, one thread per webhook URL (a slow receiver delays only its own
    alerts); see the module docstring.

    :meth:`send` never blocks; :meth:`results` gives ``(alert id, error or None, time)`` for each attempt
    made since the last call, to be recorded by the caller with :meth:`WatchState.mark_delivery`.
    """

    def __init__(self, contact: str | None, site: str | None, *, transport: httpx.BaseTransport | None = None,
                 first_backoff: float = FIRST_BACKOFF_S) -> None:
        self.site = site
        self.first_backoff = first_backoff
        self._client = httpx.Client(
            headers={"User-Agent": user_agent(contact)}, timeout=WEBHOOK_TIMEOUT_S, transport=transport,
            follow_redirects=False,
        )
        self._inboxes: dict[str, queue.Queue[AlertRecord]] = {}
        self._threads: list[threading.Thread] = []
        self._queued: set[int] = set()  # ids sent to a thread and not yet delivered or given up
        self._results: queue.Queue[tuple[int, str | None, str, bool]] = queue.Queue()
        self._stop = threading.Event()

    def send(self, alert: AlertRecord) -> None:
        """Queue ``alert`` for its webhook (``alert.webhook``)."""
        if not alert.webhook or alert.id in self._queued:
            return
        self._queued.add(alert.id)
        inbox = self._inboxes.get(alert.webhook)
        if inbox is None:
            inbox = self._inboxes[alert.webhook] = queue.Queue()
            thread = threading.Thread(target=self._run, args=(alert.webhook, inbox), name="marsad-webhook",
                                      daemon=True)
            self._threads.append(thread)
            thread.start()
        inbox.put(alert)

    def results(self) -> list[tuple[int, str | None, str]]:
        found = []
        while True:
            try:
                alert_id, error, at, final = self._results.get_nowait()
            except queue.Empty:
                return found
            if final:
                self._queued.discard(alert_id)
            found.append((alert_id, error, at))

    def close(self, timeout: float = 5.0) -> None:
        """Stop sending (what is not delivered stays in the store, to be sent at the next start)."""
        self._stop.set()
        deadline = time.monotonic() + timeout
        for thread in self._threads:
            thread.join(max(0.0, deadline - time.monotonic()))
        self._client.close()

    def _run(self, url: str, inbox: queue.Queue[AlertRecord]) -> None:
        waiting: list[tuple[float, int, AlertRecord, int]] = []  # (due, id, alert, attempts made)
        while not self._stop.is_set():
            timeout = max(0.0, waiting[0][0] - time.monotonic()) if waiting else 0.5
            try:
                alert = inbox.get(timeout=min(timeout, 0.5))
                heapq.heappush(waiting, (time.monotonic(), alert.id, alert, alert.attempts))
            except queue.Empty:
                pass
            while waiting and waiting[0][0] <= time.monotonic() and not self._stop.is_set():
                _, _, alert, attempts = heapq.heappop(waiting)
                error = self._post(url, alert.to_json(self.site))
                attempts += 1
                retry = error is not None and attempts < MAX_ATTEMPTS
                self._results.put((alert.id, error, utc_now(), not retry))
                if retry:
                    delay = min(self.first_backoff * 2 ** (attempts - 1), MAX_BACKOFF_S)
                    heapq.heappush(waiting, (time.monotonic() + delay, alert.id, alert, attempts))

    def _post(self, url: str, body: dict[str, Any]) -> str | None:
        try:
            response = self._client.post(url, json=body)
        except httpx.HTTPError as exc:
            return f"{type(exc).__name__}: {str(exc)[:120]}"
        if 200 <= response.status_code < 300:
            return None
        return f"HTTP {response.status_code}"
