"""Quote extraction against hand-annotated SaudiNewsNet articles (bench/data/quotes_saudinewsnet.jsonl).

    .venv/bin/python bench/quote_eval.py            # MARSAD_DATA defaults to ../shared/data

The annotation file holds, per article id, every quote of the article (kind, speaker as written, cue,
``start``/``end`` offsets into the SaudiNewsNet ``content`` string, and a short hash of the span's
matching key to detect a different copy of the data) — never the text. Each article's content is read
as an :class:`~marsad.model.Article` whose clean text is the content itself, so offsets compare directly;
entities come from :func:`marsad.extract.recognize_entities`, quotes from
:func:`marsad.extract.find_quotes`.

Matching: a predicted quote matches a gold quote of the same article when their spans overlap by at least
half of the shorter one (``overlap / min(len) >= 0.5``), one to one, best overlap first. ``exact`` also
requires both ends within 3 characters. Speaker accuracy is over matched pairs: the predicted speaker is
right when its name shares a word (matching keys, titles and ``ال`` aside) with the annotated one.
"""

from __future__ import annotations

import hashlib
import json
import sys
from dataclasses import dataclass
from pathlib import Path

# the quality-gate test loads this file by path: its sibling corpora.py must be importable then too
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpora import SAUDINEWSNET, saudinewsnet_records
from marsad.extract import find_quotes, recognize_entities
from marsad.extract.ner.gazetteers import PER_TITLES, RANK_TITLES
from marsad.model import Article, Quote
from marsad.text import normalize_key, word_keys

ANNOTATIONS = Path(__file__).resolve().parent / "data" / "quotes_saudinewsnet.jsonl"
MIN_OVERLAP = 0.5
EXACT_SLACK = 3
_NOT_NAME = PER_TITLES | RANK_TITLES | frozenset(word_keys("سمو سموه معالي صاحب السمو الملكي في من"))


@dataclass
class Scores:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    exact: int = 0
    speaker_right: int = 0

    def as_dict(self) -> dict[str, float]:
        def pct(a: int, b: int) -> float:
            return round(100 * a / b, 1) if b else 0.0

        precision, recall = pct(self.matched, self.predicted), pct(self.matched, self.gold)
        f1 = round(2 * precision * recall / (precision + recall), 1) if precision + recall else 0.0
        return {
            "precision": precision, "recall": recall, "f1": f1,
            "exact_precision": pct(self.exact, self.predicted), "exact_recall": pct(self.exact, self.gold),
            "speaker_accuracy": pct(self.speaker_right, self.matched),
        }


def read_annotations(path: Path = ANNOTATIONS) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def load_articles(ids: set[str], folder: Path = SAUDINEWSNET) -> dict[str, Article]:
    return {
        r["id"]: Article(id=r["id"], text=r["text"], title=r["title"], outlet=r["outlet"], published=r["published"])
        for r in saudinewsnet_records(folder=folder)
        if r["id"] in ids
    }


def _check(text: str) -> str:
    return hashlib.sha1(normalize_key(text).encode()).hexdigest()[:10]


def _name_words(name: str | None) -> set[str]:
    return {w.removeprefix("ال") for w in word_keys(name or "") if w not in _NOT_NAME}


def speaker_right(predicted: str | None, gold: str) -> bool:
    return bool(_name_words(predicted) & _name_words(gold))


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return inter / min(a[1] - a[0], b[1] - b[0]) if inter > 0 else 0.0


def score_article(gold: list[dict], predicted: list[Quote], scores: Scores) -> list[tuple[dict | None, Quote | None]]:
    """Add one article's counts to ``scores``; return the pairs (gold, predicted), unmatched with None."""
    scores.gold += len(gold)
    scores.predicted += len(predicted)
    candidates = sorted(
        ((_overlap((g["start"], g["end"]), (p.start, p.end)), i, j)
         for i, g in enumerate(gold) for j, p in enumerate(predicted)),
        reverse=True,
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs: list[tuple[dict | None, Quote | None]] = []
    for overlap, i, j in candidates:
        if overlap < MIN_OVERLAP or i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        g, p = gold[i], predicted[j]
        scores.matched += 1
        scores.exact += abs(g["start"] - p.start) <= EXACT_SLACK and abs(g["end"] - p.end) <= EXACT_SLACK
        scores.speaker_right += speaker_right(p.speaker_name, g["speaker"])
        pairs.append((g, p))
    pairs += [(g, None) for i, g in enumerate(gold) if i not in used_g]
    pairs += [(None, p) for j, p in enumerate(predicted) if j not in used_p]
    return pairs


def evaluate(annotations: list[dict], articles: dict[str, Article]) -> tuple[Scores, list]:
    """Scores over every annotated article, and the pairs per article for reading the errors."""
    scores = Scores()
    report = []
    for entry in annotations:
        article = articles[entry["article"]]
        for q in entry["quotes"]:
            if _check(article.text[q["start"] : q["end"]]) != q["check"]:
                raise SystemExit(f"{entry['article']}: annotated span differs from this copy of SaudiNewsNet")
        predicted = find_quotes(article, recognize_entities(article))
        report.append((article, score_article(entry["quotes"], predicted, scores)))
    return scores, report


def main() -> None:
    annotations = read_annotations()
    articles = load_articles({a["article"] for a in annotations})
    scores, report = evaluate(annotations, articles)
    if "-v" in sys.argv:
        for article, pairs in report:
            for g, p in pairs:
                gold = f"{g['kind'][:3]} {g['speaker']}" if g else "—"
                pred = f"{p.kind[:3]} {p.speaker_name} ({p.cue})" if p else "—"
                span = (p.start, p.end) if p else (g["start"], g["end"])
                flag = "ok " if g and p and speaker_right(p.speaker_name, g["speaker"]) else "ERR"
                print(f"{flag} {article.id} gold[{gold}] pred[{pred}] {article.text[span[0]:span[1]][:60]!r}")
    print(f"{len(annotations)} articles, {len({a['outlet'] for a in annotations})} outlets, {scores.gold} gold quotes, "
          f"{scores.predicted} predicted, {scores.matched} matched")
    print(json.dumps(scores.as_dict(), ensure_ascii=False))


if __name__ == "__main__":
    main()
