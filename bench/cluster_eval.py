"""Story clustering on data: B-cubed on MultiLing 2011, the demo corpus, and SaudiNewsNet at volume.

    .venv/bin/python bench/cluster_eval.py                 # everything (about two minutes)
    .venv/bin/python bench/cluster_eval.py --skip-scale    # MultiLing and demo only (seconds)

Sections:

1. MultiLing 2011 Arabic dev set (5 topics × 10 reports, each topic one story): B-cubed precision, recall
   and F1 at the chosen parameters, a sweep over threshold × window so the choice is visible, and single
   linkage on the same graph for comparison.
2. The demo corpus (examples/iraq-2021): the gold reading is one story of five; shown with the dates of the
   manifest and with 001 dated from its own header (2021-09-10), which leaves 003 109 days from its
   nearest neighbour.
3. SaudiNewsNet: a 2,000-article sample of three days (cluster count, size distribution, the largest
   clusters' titles), then all 31,030 articles with timings, and MultiLing hidden among them (dates
   dropped) to see what B-cubed the 50 reports keep at that volume.

Data paths default to the shared data folder next to the repository (``<repo>/../shared/data``); the data
sets are never copied into the repository (licences: MultiLing CC BY 3.0, SaudiNewsNet CC BY-NC-SA 4.0).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import random
import re
import time
import zipfile
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TypeVar

from scipy.sparse.csgraph import connected_components

from marsad.cluster import (
    THRESHOLD,
    WINDOW_DAYS,
    average_linkage,
    bcubed,
    cluster_stories,
    publication_day,
    similarity_graph,
    story_vectors,
)
from marsad.model import Article
from marsad.text import normalize_key

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data"
MULTILING = SHARED / "mds" / "multiling2011-ar-dev" / "SourceTexts"
SAUDI = SHARED / "news" / "saudinewsnet" / "dataset"
DEMO = REPO / "examples" / "iraq-2021"

# Gregorian month names as the MultiLing translations write them: the Egyptian/Gulf forms (يناير ...) and
# the Levantine ones (كانون الثاني ...), as keys (normalize_key folds أذار/آذار, آب/اب alike).
_MONTHS = {
    normalize_key(name): number
    for number, names in enumerate(
        [
            ("يناير", "كانون الثاني"), ("فبراير", "شباط"), ("مارس", "آذار"), ("أبريل", "إبريل", "نيسان"),
            ("مايو", "أيار"), ("يونيو", "حزيران"), ("يوليو", "تموز"), ("أغسطس", "آب"),
            ("سبتمبر", "أيلول"), ("أكتوبر", "تشرين الأول"), ("نوفمبر", "تشرين الثاني"), ("ديسمبر", "كانون الأول"),
        ],
        start=1,
    )
    for name in names
}
_WEEKDAYS = "|".join(normalize_key(d) for d in ("الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"))
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
# "السبت 8 يناير 2005", "الثلاثاء , 12 يوليو 2005", "الثلاثاء 18 يناير، 2005", "الثلاثاء 10 يوليو/تموز 2007",
# "29  كانون الأول 2004" (the Arabic comma is matched as written and as folded)
_DATE = rf"(\d{{1,2}})\s*({_MONTH})(?:/\S+)?\s*[,،]?\s*(\d{{4}})"
_DATED_WEEKDAY_RE = re.compile(rf"(?:{_WEEKDAYS})\s*[,،]?\s*{_DATE}")
_DATE_RE = re.compile(_DATE)


def load_multiling(folder: Path = MULTILING) -> tuple[list[Article], dict[str, str]]:
    """The 50 MultiLing reports as Articles, and their gold topic (``M000``..``M004``) by article id.

    A report is a headline line, usually a date line, then the text. The date is the first date after a
    weekday name in the first three lines (three reports carry it inside their first paragraph), else a
    date on the second line; a line that is just the date is not part of the text.
    """
    articles: list[Article] = []
    gold: dict[str, str] = {}
    for path in sorted(folder.glob("M*.arabic")):
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        head = [normalize_key(line) for line in lines[:3]]
        found = next((m for line in head if (m := _DATED_WEEKDAY_RE.search(line))), None)
        found = found or (_DATE_RE.search(head[1]) if len(head) > 1 else None)
        published = date(int(found[3]), _MONTHS[found[2]], int(found[1])).isoformat() if found else None
        body = lines[1:]
        if body and len(head) > 1 and found and found[0] in head[1] and len(head[1]) < len(found[0]) + 20:
            body = body[1:]  # the date line itself
        articles.append(Article(id=path.stem, title=lines[0], text="\n\n".join(body), published=published))
        gold[path.stem] = path.stem[:4]
    return articles, gold


def load_demo(folder: Path = DEMO) -> list[Article]:
    """The demo articles: title = first non-empty line, text = the rest; outlet and date from the manifest.

    Ids are the first three characters of the file name, as in the gold reading.
    """
    articles = []
    for line in (folder / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        raw = (folder / entry["file"]).read_text(encoding="utf-8").strip()
        title, _, text = raw.partition("\n")
        articles.append(
            Article(
                id=entry["file"][:3], title=title.strip(), text=text.strip(),
                outlet=entry["outlet"], published=entry["published"],
            )
        )
    return articles


def load_saudi(folder: Path = SAUDI, days: set[str] | None = None) -> list[Article]:
    """SaudiNewsNet articles (all days, or the given ``YYYY-MM-DD`` days), dated by extraction day."""
    articles = []
    for archive in sorted(folder.glob("*.zip")):
        if days is not None and archive.stem not in days:
            continue
        with zipfile.ZipFile(archive) as zipped:
            for name in zipped.namelist():
                for i, record in enumerate(json.loads(zipped.read(name))):
                    articles.append(
                        Article(
                            id=f"{archive.stem}/{i}", title=record.get("title") or "",
                            text=record.get("content") or "", outlet=record.get("source"),
                            published=(record.get("date_extracted") or "")[:10] or None, url=record.get("url"),
                        )
                    )
    return articles


def single_linkage(articles: Sequence[Article], threshold: float, window_days: int) -> list[list[str]]:
    """Connected components of the pairs at least ``threshold`` similar, on the same graph as ours."""
    days = [publication_day(a.published) for a in articles]
    graph = similarity_graph(story_vectors(articles), days, window_days=window_days, floor=threshold)
    _, labels = connected_components(graph, directed=False)
    groups: dict[int, list[str]] = {}
    for article, label in zip(articles, labels.tolist(), strict=True):
        groups.setdefault(label, []).append(article.id)
    return sorted(groups.values(), key=len, reverse=True)


T = TypeVar("T")


def _timed(step: Callable[[], T]) -> tuple[T, float]:
    start = time.perf_counter()
    result = step()
    return result, time.perf_counter() - start


def _sizes(sizes: Sequence[int]) -> str:
    """A size distribution in bins: ``1: 395, 2: 167, 3-5: 124, ...``."""
    bins = [(1, 1), (2, 2), (3, 5), (6, 10), (11, 20), (21, 50), (51, 100), (101, None)]
    parts = []
    for low, high in bins:
        count = sum(1 for s in sizes if s >= low and (high is None or s <= high))
        label = f"{low}" if high == low else f"{low}+" if high is None else f"{low}-{high}"
        parts.append(f"{label}: {count}")
    return ", ".join(parts)


def multiling_section(folder: Path) -> None:
    articles, gold = load_multiling(folder)
    print(f"== MultiLing 2011 Arabic dev: {len(articles)} reports, {len(set(gold.values()))} topics")
    groups = cluster_stories(articles)
    score = bcubed(groups, gold)
    print(f"chosen threshold={THRESHOLD} window_days={WINDOW_DAYS}: B-cubed P={score.precision:.3f} "
          f"R={score.recall:.3f} F1={score.f1:.3f}, {len(groups)} clusters")
    thresholds = (0.06, 0.08, 0.1, 0.12, 0.15, 0.2)
    windows = (7, 30, 120, 180, 365, 100_000)
    print("\nB-cubed F1 (clusters) by threshold (rows) and window_days (columns; 100000 = no window):")
    print("threshold " + "".join(f"{w:>13}" for w in windows))
    for threshold in thresholds:
        cells = []
        for window in windows:
            found = cluster_stories(articles, threshold=threshold, window_days=window)
            cells.append(f"{bcubed(found, gold).f1:.3f} ({len(found):>2})")
        print(f"{threshold:>9} " + "".join(f"{c:>13}" for c in cells))
    print(f"\nsingle linkage (connected components) on the same graph, window_days={WINDOW_DAYS}:")
    for threshold in thresholds:
        found = single_linkage(articles, threshold, WINDOW_DAYS)
        s = bcubed(found, gold)
        print(f"  threshold {threshold}: P={s.precision:.3f} R={s.recall:.3f} F1={s.f1:.3f}, {len(found)} clusters")


def demo_section(folder: Path) -> None:
    articles = load_demo(folder)
    print(f"\n== demo corpus {folder.name}: {len(articles)} articles, gold: one story of all five")
    print("manifest dates:", {a.id: a.published for a in articles})
    print("  stories:", cluster_stories(articles))
    dated = [dataclasses.replace(a, published="2021-09-10") if a.published is None else a for a in articles]
    print("with 001 dated 2021-09-10 (its header):")
    for window in (60, 120, 150, WINDOW_DAYS, 365):
        print(f"  window_days={window}: {cluster_stories(dated, window_days=window)}")


def saudi_sample_section(folder: Path, size: int) -> None:
    days = {"2015-08-01", "2015-08-02", "2015-08-03"}
    pool = load_saudi(folder, days)
    articles = sorted(random.Random(0).sample(pool, min(size, len(pool))), key=lambda a: a.id)
    by_id = {a.id: a for a in articles}
    print(f"\n== SaudiNewsNet sample: {len(articles)} articles of {', '.join(sorted(days))} (seed 0)")
    for threshold in (0.08, THRESHOLD, 0.12, 0.15):
        groups, seconds = _timed(lambda t=threshold: cluster_stories(articles, threshold=t))
        print(f"threshold {threshold}: {len(groups)} clusters in {seconds:.1f}s, largest {len(groups[0])}; "
              f"sizes {_sizes([len(g) for g in groups])}")
        if threshold == THRESHOLD:
            for group in groups[:3]:
                print(f"  cluster of {len(group)}, first titles:")
                for article_id in group[:10]:
                    print(f"    {by_id[article_id].outlet}: {by_id[article_id].title[:90]}")
    single = single_linkage(articles, THRESHOLD, WINDOW_DAYS)
    print(f"single linkage at {THRESHOLD} for comparison: {len(single)} clusters, largest {len(single[0])}")


def saudi_full_section(folder: Path, multiling: Path) -> None:
    articles = load_saudi(folder)
    print(f"\n== SaudiNewsNet, all {len(articles)} articles")
    days = [publication_day(a.published) for a in articles]
    vectors, t_vectors = _timed(lambda: story_vectors(articles))
    # the steps of cluster_stories, timed one by one
    graph, t_graph = _timed(lambda: similarity_graph(vectors, days, window_days=WINDOW_DAYS, floor=THRESHOLD / 2))
    groups, t_link = _timed(lambda: average_linkage(graph, threshold=THRESHOLD))
    sizes = sorted((len(g) for g in groups), reverse=True)
    print(f"time: vectors {t_vectors:.1f}s, graph {t_graph:.1f}s ({graph.nnz // 2} pairs), "
          f"linkage {t_link:.1f}s, total {t_vectors + t_graph + t_link:.1f}s (wall clock)")
    print(f"{len(groups)} clusters, largest {sizes[:10]}; sizes {_sizes(sizes)}")
    biggest = max(groups, key=len)
    print("  largest cluster, first titles:")
    for i in biggest[:10]:
        print(f"    {articles[i].published} {articles[i].outlet}: {articles[i].title[:90]}")
    single = single_linkage(articles, THRESHOLD, WINDOW_DAYS)
    print(f"single linkage at {THRESHOLD} for comparison: largest component {len(single[0])} of {len(articles)}")

    if not multiling.is_dir():
        return
    reports, gold = load_multiling(multiling)
    undated = [dataclasses.replace(a, published=None) for a in reports + articles]
    found = cluster_stories(undated)
    # B-cubed over the 50 reports, counting SaudiNewsNet articles in their clusters as wrong company
    precision = recall = 0.0
    for group in found:
        labels = [gold.get(i) for i in group]
        for label in labels:
            if label is not None:
                shared = labels.count(label)
                precision += shared / len(group)
                recall += shared / 10
    precision, recall = precision / len(reports), recall / len(reports)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"\nMultiLing hidden among the {len(articles)} (all undated): B-cubed over the 50 reports "
          f"P={precision:.3f} R={recall:.3f} F1={f1:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--multiling", type=Path, default=MULTILING, help="MultiLing SourceTexts folder")
    parser.add_argument("--demo", type=Path, default=DEMO, help="demo corpus folder with manifest.jsonl")
    parser.add_argument("--saudi", type=Path, default=SAUDI, help="SaudiNewsNet dataset folder (*.zip)")
    parser.add_argument("--sample", type=int, default=2000, help="SaudiNewsNet sample size")
    parser.add_argument("--skip-scale", action="store_true", help="leave out the SaudiNewsNet sections")
    args = parser.parse_args()
    if args.multiling.is_dir():
        multiling_section(args.multiling)
    else:
        print(f"MultiLing not found at {args.multiling}: skipped")
    demo_section(args.demo)
    if args.skip_scale:
        return
    if not args.saudi.is_dir():
        print(f"SaudiNewsNet not found at {args.saudi}: skipped")
        return
    saudi_sample_section(args.saudi, args.sample)
    saudi_full_section(args.saudi, args.multiling)


if __name__ == "__main__":
    main()
