"""A separate process that ingests many small articles into a store, for the crash and concurrency tests.

    python ingest_worker.py URL BATCH [PAUSE_AT]

The articles are the first :data:`ARTICLES` paragraphs of the demo corpus, each an article of its own
(real text, distinct urls). The worker prints ``TOTAL n`` first, then ``STORED k`` as each article is written (inside its
batch's transaction). With ``PAUSE_AT``, it prints ``PAUSED`` once article PAUSE_AT is written and then
waits, transaction open, to be killed. Stories are built as in ``marsad ingest``.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from marsad.model import Article
from marsad.pipeline import load_articles
from marsad.store import open_store
from marsad.store.stories import StoryBuilder

DEMO = Path(__file__).resolve().parents[2] / "examples" / "iraq-2021"
ARTICLES = 30


def paragraph_articles() -> list[Article]:
    """Each paragraph of each demo article as an article of its own, cleaned by the pipeline."""
    pieces = []
    for article in load_articles([DEMO], []):
        for i, paragraph in enumerate(article.paragraphs):
            text = article.text[paragraph.start : paragraph.end]
            pieces.append(
                Article(
                    id=f"{article.id[:3]}-p{i:02d}",
                    title=article.title,
                    text=text,
                    raw=text,
                    extracted=text,
                    outlet=article.outlet,
                    published=article.published,
                    url=f"https://example.org/{article.id[:3]}#p{i}",
                )
            )
    return load_articles(pieces, [])[:ARTICLES]


def main() -> None:
    url, batch = sys.argv[1], int(sys.argv[2])
    pause_at = int(sys.argv[3]) if len(sys.argv) > 3 else None
    articles = paragraph_articles()
    print(f"TOTAL {len(articles)}", flush=True)

    def progress(stage: str, done: int, total: int | None) -> None:
        print(f"STORED {done}", flush=True)
        if done == pause_at:
            print("PAUSED", flush=True)
            time.sleep(600)

    with open_store(url) as store:
        store.ingest(articles, batch_size=batch, stories=StoryBuilder(words=60), progress=progress)


if __name__ == "__main__":
    main()
