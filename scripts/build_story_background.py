"""Build the background document frequencies story clustering weighs its features by.

    .venv/bin/python scripts/build_story_background.py [--wiki FILE] [--out FILE]

Source: the Arabic side of the Comparable Wikipedia Corpus (2017-01-20 dump; Saad & Alijla 2017),
10,813 articles, 8.3M words, CC BY-SA 4.0 (``../shared/data/unlabeled/arwiki-2017-comparable.jsonl.gz``).
Each article is cut into passages of :data:`PASSAGE_WORDS` words — about a news article's length, so that
"in how many documents" means what it means for news — and a passage's features are those clustering
uses: :func:`marsad.cluster.vectors.content_stems` and their :func:`~marsad.cluster.vectors.stem_grams`.
Features found in fewer than :data:`MIN_DF` passages are left out (they then weigh as unseen ones, a
difference of under 0.7 in idf at the rare end).

Writes ``src/marsad/cluster/data/background-df.tsv.gz`` (first line ``#passages<TAB>N``, then
``s<TAB>stem<TAB>df`` and ``g<TAB>gram<TAB>df`` lines, sorted, gzipped without a timestamp: a rerun gives
the same bytes). The table is an adaptation of the Wikipedia text and is distributed under CC BY-SA 4.0.
About 20 seconds on one core. No evaluation text is read.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import time
from collections import Counter
from pathlib import Path

from marsad.cluster.background import BACKGROUND_NAME
from marsad.cluster.vectors import content_stems, stem_grams

REPO = Path(__file__).resolve().parents[1]
WIKI = REPO.parent / "shared" / "data" / "unlabeled" / "arwiki-2017-comparable.jsonl.gz"
OUT = REPO / "src" / "marsad" / "cluster" / "data" / BACKGROUND_NAME

PASSAGE_WORDS = 250
# A passage shorter than this (the tail of an article) is not counted on its own.
MIN_PASSAGE_WORDS = 50
MIN_DF = 3


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--wiki", type=Path, default=WIKI, help="arwiki-2017-comparable.jsonl.gz")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    started = time.perf_counter()
    stem_df: Counter[str] = Counter()
    gram_df: Counter[str] = Counter()
    grams_of: dict[str, list[str]] = {}
    passages = articles = 0
    with gzip.open(args.wiki, "rt", encoding="utf-8") as lines:
        for line in lines:
            words = json.loads(line)["text"].split()
            articles += 1
            for start in range(0, len(words), PASSAGE_WORDS):
                chunk = words[start : start + PASSAGE_WORDS]
                if len(chunk) < MIN_PASSAGE_WORDS and start > 0:
                    continue
                stems = set(content_stems(" ".join(chunk)))
                grams: set[str] = set()
                for stem in stems:
                    found = grams_of.get(stem)
                    if found is None:
                        found = grams_of[stem] = stem_grams(stem)
                    grams.update(found)
                stem_df.update(stems)
                gram_df.update(grams)
                passages += 1
    rows = [f"s\t{s}\t{df}" for s, df in stem_df.items() if df >= MIN_DF]
    rows += [f"g\t{g}\t{df}" for g, df in gram_df.items() if df >= MIN_DF]
    body = "\n".join([f"#passages\t{passages}", *sorted(rows)]) + "\n"
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("wb") as out, gzip.GzipFile(fileobj=out, mode="wb", mtime=0, filename="") as zipped:
        zipped.write(body.encode("utf-8"))
    digest = hashlib.sha256(args.out.read_bytes()).hexdigest()[:16]
    print(
        f"{articles} articles -> {passages} passages of {PASSAGE_WORDS} words; "
        f"{sum(df >= MIN_DF for df in stem_df.values())} stems and {sum(df >= MIN_DF for df in gram_df.values())} "
        f"n-grams in {MIN_DF}+ passages -> {args.out} ({args.out.stat().st_size // 1024} KB, sha256 {digest}) "
        f"in {time.perf_counter() - started:.0f} s"
    )


if __name__ == "__main__":
    main()
