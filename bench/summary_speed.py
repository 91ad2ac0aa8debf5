"""How long summarizing a 30-article story takes: `python bench/summary_speed.py [dataset-dir]`.

The story: the 30 SaudiNewsNet articles of 2015-07-21 that mention Aden (عدن) most often, the day the
battle for Aden's presidential palace was reported by every Saudi outlet. Prints the size of the story
and the best and median wall time of `summarize_story` (120 words), `summarize_update` (60 words, the first 20
articles taken as seen) and `story_title` over repeated runs. The target (issue 14) is under 0.5 s for the
summary.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
import zipfile
from pathlib import Path

from marsad.model import Article
from marsad.summarize import story_title, summarize_story, summarize_update
from summary_eval import article_from_text

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "data" / "news" / "saudinewsnet" / "dataset"
DAY = "2015-07-21"
KEYWORD = "عدن"
STORY_SIZE = 30


def aden_story(dataset: Path) -> list[Article]:
    """The 30 articles of DAY that mention KEYWORD most (ties: file order)."""
    with zipfile.ZipFile(dataset / f"{DAY}.zip") as archive:
        items = json.loads(archive.read(f"{DAY}.json"))
    ranked = sorted(enumerate(items), key=lambda pair: -pair[1]["content"].count(KEYWORD))[:STORY_SIZE]
    return [
        article_from_text(f"snn-{i}", item["content"], title=item["title"], outlet=item["source"], published=DAY)
        for i, item in ranked
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dataset", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    if not (args.dataset / f"{DAY}.zip").exists():
        print(f"SaudiNewsNet not found at {args.dataset}; pass the dataset folder", file=sys.stderr)
        return 2
    story = aden_story(args.dataset)
    seen = [a.id for a in story[:20]]
    sentences = sum(len(a.sentences) for a in story)
    words = sum(len(a.text.split()) for a in story)
    print(f"story: {len(story)} articles, {sentences} sentences, {words} words")
    for name, call in (
        ("summarize_story(words=120)", lambda: summarize_story(story, words=120)),
        ("summarize_update(words=60, 20 seen)", lambda: summarize_update(story, seen, words=60)),
        ("story_title", lambda: story_title(story)),
    ):
        times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            call()
            times.append(time.perf_counter() - start)
        print(f"{name}: best {min(times):.3f} s, median {statistics.median(times):.3f} s over {args.runs} runs")
    print("\n".join(s.text for s in summarize_story(story, words=120)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
