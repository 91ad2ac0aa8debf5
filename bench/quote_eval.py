"""Quote extraction against hand-annotated SaudiNewsNet articles (bench/data/quotes_saudinewsnet.jsonl).

    .venv/bin/python bench/quote_eval.py                  # the tuning parts (tune-1, tune-2)
    .venv/bin/python bench/quote_eval.py --part heldout   # the held-out part: score it only at the end
    .venv/bin/python bench/quote_eval.py --part tune-2 -v # list every gold/predicted pair
    .venv/bin/python bench/quote_eval.py --ner accurate   # with another entity tagger

MARSAD_DATA defaults to ../shared/data. The annotation file (guide: docs/quotes.md) holds, per article id,
every quote of the article (kind, speaker, cue, ``start``/``end`` offsets into the SaudiNewsNet
``content`` string, a short hash of the span's matching key to detect a different copy of the data, and
optionally ``generic``, ``aliases``, ``relay``) — never the text. Each article's content is read as an
:class:`~marsad.model.Article` whose clean text is the content itself, so offsets compare directly; quotes
come from :func:`marsad.extract.find_quotes` and their speakers are linked to the article's entities
(:func:`marsad.extract.resolve_entities`, :func:`marsad.extract.link_speakers`) as in a story, so a
speaker is shown by its entity's name.

**Detection.** A predicted quote matches a gold quote of the same article when their spans overlap by at
least half of the shorter one (``overlap / min(len) >= 0.5``), one to one, best overlap first: precision =
matched / predicted, recall = matched / gold. ``exact`` also requires both ends within 3 characters.

**Speakers**, over matched quotes, each exactly one of:

* *abstained*: marsad names no speaker, or names one with a ``speaker_confidence`` below
  :attr:`marsad.settings.QuoteSettings.unclear_below` (:func:`marsad.extract.quotes.attributed` is false: the
  quote is shown as "unclear attribution");
* *right*: for a named gold speaker, the predicted name (the entity's name when linked) and the gold name
  or one of its ``aliases`` have the same name words, or one's words hold the other's (titles, courtesy
  words and ``ال`` aside: ``الشمري`` = ``حمدان ساير الشمري``, ``وزير الخارجية`` ≠ ``عادل الجبير``); for a
  generic gold source (``مصادر``), a prediction that is no entity and shares a word with it;
* *wrong*: anything else — words put in the wrong mouth.

``speaker_accuracy``, ``wrong_speaker_rate`` and ``abstention_rate`` are these shares of matched quotes
(they add up to 100).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from dataclasses import dataclass
from pathlib import Path

# the quality-gate test loads this file by path: its sibling corpora.py must be importable then too
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpora import SAUDINEWSNET, saudinewsnet_records
from marsad.extract import find_quotes, link_speakers, recognize_entities, resolve_entities
from marsad.extract.ner.gazetteers import PER_TITLES, RANK_TITLES
from marsad.extract.ner.tagger import DEFAULT_TAGGER, TAGGERS, use_tagger
from marsad.extract.quotes import attributed
from marsad.model import Article, Quote
from marsad.text import normalize_key, word_keys

ANNOTATIONS = Path(__file__).resolve().parent / "data" / "quotes_saudinewsnet.jsonl"
TUNING_PARTS = ("tune-1", "tune-2")
MIN_OVERLAP = 0.5
EXACT_SLACK = 3
_NOT_NAME = PER_TITLES | RANK_TITLES | frozenset(word_keys("سمو سموه معالي صاحب السمو الملكي في من بن"))


@dataclass
class Scores:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    exact: int = 0
    speaker_right: int = 0
    speaker_wrong: int = 0
    abstained: int = 0

    def as_dict(self) -> dict[str, float]:
        def pct(a: int, b: int) -> float:
            return round(100 * a / b, 1) if b else 0.0

        precision, recall = pct(self.matched, self.predicted), pct(self.matched, self.gold)
        f1 = round(2 * precision * recall / (precision + recall), 1) if precision + recall else 0.0
        return {
            "precision": precision, "recall": recall, "f1": f1,
            "exact_precision": pct(self.exact, self.predicted), "exact_recall": pct(self.exact, self.gold),
            "speaker_accuracy": pct(self.speaker_right, self.matched),
            "wrong_speaker_rate": pct(self.speaker_wrong, self.matched),
            "abstention_rate": pct(self.abstained, self.matched),
        }


@dataclass(frozen=True)
class Predicted:
    """A predicted quote with its speaker as the user is shown it."""

    quote: Quote
    name: str | None  # the entity's name when linked, else the name as written
    named: bool  # linked to an entity of the article
    abstained: bool


def read_annotations(path: Path = ANNOTATIONS, parts: tuple[str, ...] = TUNING_PARTS) -> list[dict]:
    """The annotated articles of ``parts`` (``("all",)`` for every part)."""
    entries = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [e for e in entries if "all" in parts or e["part"] in parts]


def load_articles(ids: set[str], folder: Path = SAUDINEWSNET) -> dict[str, Article]:
    return {
        r["id"]: Article(id=r["id"], text=r["text"], title=r["title"], outlet=r["outlet"], published=r["published"])
        for r in saudinewsnet_records(folder=folder)
        if r["id"] in ids
    }


def _check(text: str) -> str:
    return hashlib.sha1(normalize_key(text).encode()).hexdigest()[:10]


def _name_words(name: str | None, titles: bool = False) -> set[str]:
    name = (name or "").replace("ًا", "").replace("اً", "")  # a written tanween: ``مصدرًا`` = ``مصدر``
    words = {w.removeprefix("ال") for w in word_keys(name) if titles or w not in _NOT_NAME}
    return words or ({w.removeprefix("ال") for w in word_keys(name)} if not titles else words)


def _same_name(predicted: str | None, gold: str) -> bool:
    p, g = _name_words(predicted), _name_words(gold)
    return bool(p) and bool(g) and (p <= g or g <= p)


def speaker_outcome(predicted: Predicted, gold: dict) -> str:
    """``right``, ``wrong`` or ``abstained`` for a matched pair (module docstring)."""
    if predicted.abstained:
        return "abstained"
    names = [gold["speaker"], *gold.get("aliases", ())]
    if gold.get("generic"):
        shared = any(_name_words(predicted.name, titles=True) & _name_words(n, titles=True) for n in names)
        return "right" if not predicted.named and shared else "wrong"
    return "right" if any(_same_name(predicted.name, n) for n in names) else "wrong"


def predict(article: Article) -> list[Predicted]:
    """marsad's quotes of one article, speakers linked to the article's entities."""
    mentions = recognize_entities(article)
    entities = resolve_entities(mentions, [article])
    names = {e.id: e.name for e in entities}
    quotes = link_speakers(find_quotes(article, mentions), entities)
    return [Predicted(q, names.get(q.speaker or "") or q.speaker_name, q.speaker is not None, not attributed(q))
            for q in quotes]


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return inter / min(a[1] - a[0], b[1] - b[0]) if inter > 0 else 0.0


def score_article(gold: list[dict], predicted: list[Predicted], scores: Scores) -> list[tuple[dict | None, Predicted | None]]:
    """Add one article's counts to ``scores``; return the pairs (gold, predicted), unmatched with None."""
    scores.gold += len(gold)
    scores.predicted += len(predicted)
    candidates = sorted(
        ((_overlap((g["start"], g["end"]), (p.quote.start, p.quote.end)), i, j)
         for i, g in enumerate(gold) for j, p in enumerate(predicted)),
        reverse=True,
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs: list[tuple[dict | None, Predicted | None]] = []
    for overlap, i, j in candidates:
        if overlap < MIN_OVERLAP or i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        g, p = gold[i], predicted[j]
        scores.matched += 1
        scores.exact += abs(g["start"] - p.quote.start) <= EXACT_SLACK and abs(g["end"] - p.quote.end) <= EXACT_SLACK
        outcome = speaker_outcome(p, g)
        scores.speaker_right += outcome == "right"
        scores.speaker_wrong += outcome == "wrong"
        scores.abstained += outcome == "abstained"
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
        report.append((article, score_article(entry["quotes"], predict(article), scores)))
    return scores, report


def _pair_line(article: Article, g: dict | None, p: Predicted | None) -> str:
    gold = f"{g['kind'][:3]} {g['speaker']}{'*' if g.get('generic') else ''}" if g else "—"
    pred = f"{p.quote.kind[:3]} {p.name} ({p.quote.cue})" if p else "—"
    span = (p.quote.start, p.quote.end) if p else (g["start"], g["end"])  # type: ignore[index]
    flag = {"right": "ok ", "wrong": "ERR", "abstained": "?? "}[speaker_outcome(p, g)] if g and p else "ERR"
    return f"{flag} {article.id} gold[{gold}] pred[{pred}] {article.text[span[0]:span[1]][:60]!r}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--part", default=",".join(TUNING_PARTS),
                        help="comma-separated parts: tune-1, tune-2, heldout, or all (default: the tuning parts)")
    parser.add_argument("-v", action="store_true", help="list every gold/predicted pair")
    parser.add_argument("--ner", choices=TAGGERS, default=DEFAULT_TAGGER, help="the entity tagger (default: %(default)s)")
    args = parser.parse_args()
    use_tagger(args.ner)
    annotations = read_annotations(parts=tuple(args.part.split(",")))
    articles = load_articles({a["article"] for a in annotations})
    scores, report = evaluate(annotations, articles)
    if args.v:
        for article, pairs in report:
            for g, p in pairs:
                print(_pair_line(article, g, p))
    print(f"part {args.part}: {len(annotations)} articles, {len({a['outlet'] for a in annotations})} outlets, "
          f"{scores.gold} gold quotes, {scores.predicted} predicted, {scores.matched} matched")
    print(json.dumps(scores.as_dict(), ensure_ascii=False))


if __name__ == "__main__":
    main()
