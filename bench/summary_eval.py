"""ROUGE of marsad's summaries against the human ones of TAC 2011 MultiLing Arabic, beside the baselines.

Usage: ``python bench/summary_eval.py [multiling-dir] [--words 250]``

For each topic M000-M004 (10 reports each, ``SourceTexts/M00{t}0..9``; 3 human summaries,
``ModelSummaries/M00t.[ABC].250``) it scores, in the same run and with the same tokenizer:

* ``marsad``: what ``marsad digest --words N`` shows for the topic's ten report files, as a user runs it
  (:func:`marsad.pipeline.digest`: the files read, cleaned and dated, copies found, stories clustered and
  read): the summary of the topic's story (the largest, should the topic not come out as one). Until stop
  35 this row ran :func:`marsad.summarize.summarize_story` on reports read by :func:`article_from_text`
  and dated by :func:`report_date`: 0.2778 ROUGE-2 there, 0.2748 the user's way (no borrowed passages
  were given, and two reports of M001 were dated that the pipeline could not date);
* ``lead by date``: issue 14's lead baseline: the reports in date order (the files are not), each with
  its title line dropped and only its sentences of five or more words; the first sentence of every
  report in turn, then the second of every report, ... until the budget is reached (the last sentence
  overruns it and is cut by ROUGE's word limit, as the issue defines it);
* ``lead by date, whole``: the same, but a sentence that would overrun the budget is skipped, as marsad
  never cuts a sentence (the fair comparison for a summary made of whole sentences);
* ``lead``: the earlier, weaker baseline: the first sentence of each report in file order, then the
  second, ... until the budget, every sentence of any length;
* the 2011 systems shipped with the data (``PeerSummaries/ID*``): ID9 is the centroid baseline, ID3 JRC
  (the best real system), ID10 the topline built from the human summaries;
* ``LexRank`` and ``TextRank``: sumy's implementations (``pip install sumy``; bench only, never a marsad
  dependency) on the same sentences (:func:`marsad.text.split_sentences`, via the articles) and words
  (:func:`marsad.text.word_keys`, light-stemmed, marsad's stop words left out), taking sentences best
  rated first, each that fits the budget, shown in document order as sumy does.

ROUGE-1, ROUGE-2 and ROUGE-SU4, recall and F, from :mod:`marsad.summarize.evaluate` (Arabic-aware
tokens, references pooled as ROUGE-1.5.5 does), every summary cut to its first ``--words`` tokens;
per topic and macro-averaged. tests/summarize/test_summary_quality_gate.py holds marsad to the floors of
bench/baselines/summary.json with this same code.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections.abc import Sequence
from pathlib import Path

from marsad.extract import find_quotes, infer_published, recognize_entities
from marsad.extract.times import tag_text
from marsad.model import Article, Paragraph, Quote, Sentence
from marsad.pipeline import digest
from marsad.summarize.evaluate import Rouge, rouge_n, rouge_su, rouge_tokens
from marsad.summarize.index import STOPWORDS
from marsad.text import is_broken_line, light_stem, split_sentences, word_keys

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "data" / "mds" / "multiling2011-ar-dev"
TOPICS = [f"M{t:03d}" for t in range(5)]
REFERENCES = "ABC"
MEASURES = ("R1", "R2", "SU4")
PEER_NAMES = {"ID9": "ID9 centroid", "ID3": "ID3 JRC", "ID10": "ID10 topline"}


def article_from_text(
    article_id: str, raw: str, *, title: str | None = None, outlet: str | None = None, published: str | None = None
) -> Article:
    """A clean Article from plain text, until the benchmarks run ``marsad.clean`` (the same recipe as
    tests/summarize/conftest.py): title = first non-empty line unless ``title`` is given; every other
    non-empty line a paragraph, a line broken mid-sentence joined to the next with a space; sentences
    from :func:`marsad.text.split_sentences` per paragraph."""
    lines = [line.strip() for line in raw.splitlines() if line.strip()]
    if title is None:
        title, lines = (lines[0], lines[1:]) if lines else ("", [])
    paragraphs_text: list[str] = []
    for line in lines:
        if paragraphs_text and is_broken_line(paragraphs_text[-1], line):
            paragraphs_text[-1] += " " + line
        else:
            paragraphs_text.append(line)
    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    offset = 0
    for number, paragraph in enumerate(paragraphs_text):
        paragraphs.append(Paragraph(offset, offset + len(paragraph)))
        sentences.extend(Sentence(offset + s, offset + e, number) for s, e in split_sentences(paragraph))
        offset += len(paragraph) + 2
    return Article(
        id=article_id, text="\n\n".join(paragraphs_text), title=title, outlet=outlet, published=published,
        raw=raw, paragraphs=tuple(paragraphs), sentences=tuple(sentences),
    )


def report_date(article: Article) -> str | None:
    """The report's date as the pipeline infers it for an article without one
    (:func:`marsad.extract.infer_published`: the dateline under the title); when the dateline shares the
    title line (M0015, M0016), the first full date of the title."""
    date, _ = infer_published(article)
    if date:
        return date
    days = [x for x in tag_text(article.title) if x.granularity == "day" and x.value and x.anchor is None]
    return days[0].value if days else None


def topic_files(data: Path, topic: str) -> list[Path]:
    """The ten report files of ``topic``."""
    return [data / "SourceTexts" / f"M{int(topic[1:]) * 10 + k:04d}.arabic" for k in range(10)]


def digest_summary(data: Path, topic: str, words: int) -> str:
    """The summary ``marsad digest --words`` prints for ``topic``'s report files: its largest story's."""
    result = digest(topic_files(data, topic), words=words, workers=1)
    story = max(result.stories, key=lambda s: len(s.articles))
    return "\n".join(s.text for s in story.summary)


def topic_articles(data: Path, topic: str) -> list[Article]:
    """The 10 reports of ``topic`` in their file order (which is not their date order), each dated by
    :func:`report_date`."""
    articles = [article_from_text(path.stem, path.read_text("utf-8")) for path in topic_files(data, topic)]
    return [dataclasses.replace(a, published=report_date(a)) for a in articles]


def by_date(articles: Sequence[Article]) -> list[Article]:
    """``articles`` in date order (undated last; ties keep their order)."""
    return sorted(articles, key=lambda a: (a.published is None, a.published or ""))


def topic_quotes(articles: Sequence[Article]) -> list[Quote]:
    """The quotes the pipeline's quote finder reads in ``articles`` (with their entity mentions)."""
    return [q for a in articles for q in find_quotes(a, recognize_entities(a))]


LEAD_MIN_WORDS = 5  # issue 14: only sentences of five or more words


def dated_lead_summary(articles: Sequence[Article], words: int, *, whole: bool = False) -> str:
    """Issue 14's lead baseline: the reports in date order, sentences of :data:`LEAD_MIN_WORDS` or more
    words; the first of every report in turn, then the second, ... until ``words`` words are reached (the
    last sentence may overrun). With ``whole``, a sentence that would overrun is skipped instead and the
    turn goes on, so the summary stays within ``words`` in whole sentences."""
    sentences = [
        [text for s in a.sentences if len((text := a.span_text(s)).split()) >= LEAD_MIN_WORDS] for a in by_date(articles)
    ]
    chosen: list[str] = []
    count = depth = 0
    while count < words and any(depth < len(s) for s in sentences):
        for report in sentences:
            if depth >= len(report) or count >= words:
                continue
            length = len(report[depth].split())
            if whole and count + length > words:
                continue
            chosen.append(report[depth])
            count += length
        depth += 1
    return "\n".join(chosen)


def lead_summary(articles: Sequence[Article], words: int) -> str:
    """First sentences of every report, then second ones, ... until ``words`` words are reached."""
    chosen: list[str] = []
    count = depth = 0
    while count < words and any(depth < len(a.sentences) for a in articles):
        for article in articles:
            if depth < len(article.sentences) and count < words:
                chosen.append(article.span_text(article.sentences[depth]))
                count += len(chosen[-1].split())
        depth += 1
    return "\n".join(chosen)


class _ArabicWords:
    """sumy's tokenizer protocol over marsad's Arabic words (sumy's own needs nltk's punkt data, which
    has no Arabic model; sentences come already split, so only ``to_words`` is ever called)."""

    @staticmethod
    def to_words(text: str) -> list[str]:
        return word_keys(text)


def sumy_summaries(articles: Sequence[Article], words: int) -> dict[str, str]:
    """sumy's LexRank and TextRank summaries of ``articles`` in at most ``words`` words."""
    from sumy.models.dom import ObjectDocumentModel
    from sumy.models.dom import Paragraph as SumyParagraph
    from sumy.models.dom import Sentence as SumySentence
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer

    tokenizer = _ArabicWords()
    document = ObjectDocumentModel(
        [SumyParagraph([SumySentence(a.span_text(s), tokenizer) for s in a.sentences]) for a in articles]
    )

    def within_budget(ranked: list) -> list:
        """sumy's ``sentences_count`` as a callable: best rated first, each sentence that still fits."""
        chosen, left = [], words
        for info in ranked:
            length = len(str(info.sentence).split())
            if length <= left:
                chosen.append(info)
                left -= length
        return chosen

    texts = {}
    for name, summarizer in (("LexRank", LexRankSummarizer(light_stem)), ("TextRank", TextRankSummarizer(light_stem))):
        summarizer.stop_words = STOPWORDS
        texts[name] = "\n".join(str(s) for s in summarizer(document, within_budget))
    return texts


def system_summaries(data: Path, topic: str, words: int, *, with_sumy: bool = True) -> dict[str, str]:
    """Every system's summary of ``topic``: marsad, lead, sumy's (unless ``with_sumy`` is false) and the
    shipped 2011 peers."""
    articles = topic_articles(data, topic)
    texts = {
        "marsad": digest_summary(data, topic, words),
        "lead by date": dated_lead_summary(articles, words),
        "lead by date, whole": dated_lead_summary(articles, words, whole=True),
        "lead": lead_summary(articles, words),
    }
    if with_sumy:
        texts |= sumy_summaries(articles, words)
    for peer in sorted((data / "PeerSummaries").iterdir(), key=lambda p: int(p.name[2:])):
        if (peer / topic).exists():
            texts[PEER_NAMES.get(peer.name, peer.name)] = (peer / topic).read_text("utf-8")
    return texts


def evaluate(data: Path, words: int = 250, *, with_sumy: bool = True) -> dict[str, dict[str, list[Rouge]]]:
    """system -> measure (R1, R2, SU4) -> one score per topic, in TOPICS order; sumy's systems only
    when ``with_sumy`` (the CI gate leaves them out: sumy is not a test dependency)."""
    table: dict[str, dict[str, list[Rouge]]] = {}
    for topic in TOPICS:
        references = [
            rouge_tokens((data / "ModelSummaries" / f"{topic}.{r}.250").read_text("utf-8"), words) for r in REFERENCES
        ]
        for name, text in system_summaries(data, topic, words, with_sumy=with_sumy).items():
            peer = rouge_tokens(text, words)
            scores = {
                "R1": rouge_n(peer, references, 1),
                "R2": rouge_n(peer, references, 2),
                "SU4": rouge_su(peer, references),
            }
            for measure, score in scores.items():
                table.setdefault(name, {}).setdefault(measure, []).append(score)
    return table


def mean(scores: Sequence[Rouge], field: str) -> float:
    return sum(getattr(s, field) for s in scores) / len(scores)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--words", type=int, default=250)
    args = parser.parse_args()
    if not (args.data / "SourceTexts").is_dir():
        print(f"MultiLing 2011 Arabic not found at {args.data}; pass its folder", file=sys.stderr)
        return 2
    try:
        import sumy  # noqa: F401
    except ImportError:
        print("sumy is needed for the LexRank and TextRank rows: pip install sumy", file=sys.stderr)
        return 2
    table = evaluate(args.data, args.words)
    ranked = sorted(table, key=lambda name: -mean(table[name]["R2"], "recall"))
    print(f"MultiLing 2011 Arabic dev, {TOPICS[0]}-{TOPICS[-1]}, {args.words} words, 3 references, macro average")
    print(f"{'system':<20}" + "".join(f"{m + ' R':>9}{m + ' F':>9}" for m in MEASURES))
    for name in ranked:
        print(f"{name:<20}" + "".join(f"{mean(table[name][m], 'recall'):9.4f}{mean(table[name][m], 'f1'):9.4f}" for m in MEASURES))
    print("\nROUGE-2 recall per topic")
    print(f"{'system':<20}" + "".join(f"{t:>8}" for t in TOPICS))
    for name in ranked:
        print(f"{name:<20}" + "".join(f"{s.recall:8.4f}" for s in table[name]["R2"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
