"""Readers for the public corpora the benchmarks run on (never copied into the repo).

``SHARED_DATA`` defaults to ``../shared/data`` beside the repository; set ``MARSAD_DATA`` to point
elsewhere.
"""

from __future__ import annotations

import json
import os
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = Path(os.environ.get("MARSAD_DATA", REPO.parent / "shared" / "data"))
SAUDINEWSNET = SHARED_DATA / "news" / "saudinewsnet" / "dataset"


def saudinewsnet_records(limit: int | None = None, folder: Path = SAUDINEWSNET) -> Iterator[dict]:
    """SaudiNewsNet articles as marsad JSONL records (id, url, outlet, published, title, text), in
    file order: one zip per extraction day, each a JSON list of {source, url, date_extracted, title,
    author, content}."""
    zips = sorted(folder.glob("*.zip"))
    if not zips:
        raise SystemExit(f"no SaudiNewsNet zips in {folder} (set MARSAD_DATA to the shared data folder)")
    count = 0
    for path in zips:
        for record in _zip_records(path):
            if limit is not None and count >= limit:
                return
            count += 1
            yield record


def saudinewsnet_day(day: str, folder: Path = SAUDINEWSNET) -> Iterator[dict]:
    """The records of one extraction day (``YYYY-MM-DD``), as :func:`saudinewsnet_records` gives them."""
    path = folder / f"{day}.zip"
    if not path.is_file():
        raise SystemExit(f"no SaudiNewsNet zip for {day} in {folder} (set MARSAD_DATA to the shared data folder)")
    yield from _zip_records(path)


def _zip_records(path: Path) -> Iterator[dict]:
    """The records of one day's zip; ids are ``<day>-<index in the day's list>``."""
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            for i, item in enumerate(json.loads(archive.read(name))):
                yield {
                    "id": f"{Path(name).stem}-{i:04d}",
                    "url": item.get("url"),
                    "outlet": item.get("source"),
                    "published": (item.get("date_extracted") or "")[:10] or None,
                    "title": item.get("title") or "",
                    "text": item.get("content") or "",
                }


def write_jsonl(records: Iterable[dict], path: Path | str) -> int:
    """Write records (any iterable of them) one JSON object a line to ``path`` (a path or its name); return
    how many."""
    n = 0
    with Path(path).open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
    return n
