"""Labelling sheets for the story dev set (docs/story_labelling.md): a day of SaudiNewsNet, readable.

    python bench/story_label_sheet.py 2015-08-07 --out /tmp/labels

writes, outside the repository (the texts are CC BY-NC-SA and stay out of it):

* ``<out>/<day>.tsv``: one line per article of the day: id, outlet, title, the first ``--lead`` words;
* ``<out>/<day>/<id>.txt``: each article's title and whole text.

Ids are those of :func:`corpora.saudinewsnet_records` (``<day>-<index>``), which the labels use.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from corpora import SAUDINEWSNET, saudinewsnet_day


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("days", nargs="+", help="days to write, YYYY-MM-DD")
    parser.add_argument("--out", type=Path, required=True, help="folder outside the repository")
    parser.add_argument("--lead", type=int, default=45, help="words of the text on each sheet line")
    parser.add_argument("--data", type=Path, default=SAUDINEWSNET, help="SaudiNewsNet dataset folder")
    args = parser.parse_args()
    for day in args.days:
        records = list(saudinewsnet_day(day, args.data))
        folder = args.out / day
        folder.mkdir(parents=True, exist_ok=True)
        with (args.out / f"{day}.tsv").open("w", encoding="utf-8") as sheet:
            for record in records:
                lead = " ".join(record["text"].split()[: args.lead])
                title = " ".join(record["title"].split())
                sheet.write(f"{record['id']}\t{record['outlet']}\t{title}\t{lead}\n")
                (folder / f"{record['id']}.txt").write_text(f"{title}\n\n{record['text']}\n", encoding="utf-8")
        print(f"{day}: {len(records)} articles -> {args.out / f'{day}.tsv'}")


if __name__ == "__main__":
    main()
