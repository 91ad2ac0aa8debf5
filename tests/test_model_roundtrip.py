"""Model objects survive a JSON round trip; spans refuse impossible offsets."""

import pytest

from marsad.model import (
    Article,
    BorrowedPassage,
    Citation,
    Digest,
    DuplicateGroup,
    Entity,
    Mention,
    Paragraph,
    Problem,
    Quantity,
    Quote,
    Removal,
    Sentence,
    Span,
    Story,
    StoryUpdate,
    SummarySentence,
    TimeExpr,
    TimelineEntry,
    from_json,
    to_json,
)

TEXT = "وصل وفد عراقي برئاسة وزير الخارجية فؤاد حسين إلى واشنطن.\n\nوينتشر في العراق 2500 جندي أميركي."
CUT = TEXT.index("\n\n")


def make_digest() -> Digest:
    article = Article(
        id="004",
        text=TEXT,
        title="وفد عراقي في واشنطن",
        outlet="الميادين",
        published="2021-07-25",
        raw="وفد عراقي في واشنطن\n" + TEXT,
        extracted=TEXT + "\nاخترنا لك",
        paragraphs=(Paragraph(0, CUT), Paragraph(CUT + 2, len(TEXT))),
        sentences=(Sentence(0, CUT, 0), Sentence(CUT + 2, len(TEXT), 1)),
        removed=(Removal("اخترنا لك", "related-links", 60, "heading:اخترنا لك"),),
        meta={"format": "txt", "lines": [1, 2]},
    )
    start = TEXT.index("فؤاد")
    mention = Mention("004", start, start + 9, "فؤاد حسين", "PER", "وزير الخارجية")
    story = Story(
        id="s1",
        title=article.title,
        articles=("004",),
        summary=(SummarySentence(TEXT[:CUT], (Citation("004", 0, CUT),)),),
        entities=(Entity("e1", "فؤاد حسين", "PER", ("فؤاد حسين",), ("وزير الخارجية",), (mention,), ("الميادين",)),),
        times=(TimeExpr("004", 0, 3, "اليوم", "2021-07-25", "day", "2021-07-25"),),
        quantities=(Quantity("004", 76, 80, "2500", 2500.0, None, "جندي", (81, 85)),),
        timeline=(TimelineEntry("2021-07-25", "day", TEXT[:CUT], (Citation("004", 0, CUT),)),),
        quotes=(Quote("004", 0, 10, TEXT[:10], "indirect", "قال", (0, 3), "e1", "فؤاد حسين", (start, start + 9), 0.9),),
        update=StoryUpdate(
            "2021-07-25T08:00:00+00:00", ("004",),
            (SummarySentence(TEXT[CUT + 2 :], (Citation("004", CUT + 2, len(TEXT)),), "فؤاد حسين"),),
        ),
    )
    return Digest(
        articles=(article,),
        stories=(story,),
        duplicates=(DuplicateGroup(("004", "005"), "near", 0.91),),
        borrowed=(BorrowedPassage(Span("004", 0, 10), Span("005", 5, 15), TEXT[:10], 0.8),),
        problems=(Problem("bad.txt", "empty file"),),
    )


def test_digest_json_round_trip_is_lossless() -> None:
    digest = make_digest()
    again = from_json(Digest, to_json(digest))
    assert again == digest
    assert again.stories[0].quantities[0].counted_span == (81, 85)
    assert again.stories[0].quotes[0].speaker_confidence == 0.9
    assert isinstance(again.articles[0].sentences[0], Sentence)
    assert again.stories[0].update.summary[0].speaker == "فؤاد حسين"


def test_json_keeps_arabic_readable() -> None:
    assert "فؤاد حسين" in to_json(make_digest())


def test_span_rejects_impossible_offsets() -> None:
    with pytest.raises(ValueError, match="bad span"):
        Span("000", 10, 5)


def test_article_span_text_reads_the_clean_text() -> None:
    article = make_digest().articles[0]
    assert article.span_text(article.sentences[1]) == "وينتشر في العراق 2500 جندي أميركي."
