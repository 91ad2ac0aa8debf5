"""Who said what on the demo story: each speaker's statements in date order with the outlet and the cue it
chose, one group per entity whatever the spelling, and quotes of uncertain speaker only in the unclear
group."""

from __future__ import annotations

from marsad.analyze import statements_by, who_said_what
from marsad.extract.quotes import attributed
from marsad.model import Digest
from marsad.text import word_keys


def _groups(digest: Digest):
    (story,) = digest.stories
    articles = [digest.article(a) for a in story.articles]
    return story, articles, who_said_what(story.quotes, story.entities, articles)


def test_who_said_what_lists_each_speaker_in_date_order_with_outlet_and_cue(demo_digest: Digest) -> None:
    story, _, groups = _groups(demo_digest)
    mckenzie = next(g for g in groups if g.name == "كينيث ماكنزي")
    assert mckenzie.speaker in {e.id for e in story.entities}
    days = [s.published for s in mckenzie.statements]
    dated = [d for d in days if d]
    assert dated == sorted(dated) and days[len(dated):] == [None] * (len(days) - len(dated))  # undated last
    # the demo's three outlets that quote him, each with its own verbs (``أثنى`` in 000, ``قال`` in 002 …)
    by_outlet = {(s.outlet, s.quote.cue) for s in mckenzie.statements}
    assert ("العين الإخبارية", "أثنى") in by_outlet and ("بال بلس", "قال") in by_outlet
    assert all(s.quote.speaker == mckenzie.speaker for s in mckenzie.statements)


def test_unclear_attributions_are_grouped_last_and_never_under_a_name(demo_digest: Digest) -> None:
    story, _, groups = _groups(demo_digest)
    unclear = groups[-1]
    assert unclear.name is None and unclear.speaker is None
    assert {s.quote.text.split()[0] for s in unclear.statements} == {"ليست", "مهمة"}  # 001's and 003's
    named = [x.quote for g in groups[:-1] for s in g.statements for x in (s, *s.also)]
    assert all(attributed(q) for q in named)
    # every quote is listed, or repeats in the same words one its own article says under the same speaker
    listed = named + [x.quote for s in unclear.statements for x in (s, *s.also)]
    assert len(listed) == len(set(listed))
    for q in set(story.quotes) - set(listed):
        assert any(
            other.article == q.article and attributed(other) == attributed(q)
            and (not attributed(q) or (other.speaker, other.speaker_name if not q.speaker else None)
                 == (q.speaker, q.speaker_name if not q.speaker else None))
            and len(set(word_keys(q.text)) & set(word_keys(other.text))) >= 0.8 * min(
                len(set(word_keys(q.text))), len(set(word_keys(other.text))))
            for other in listed
        ), q.text


def test_an_article_repeating_a_statement_lists_it_once() -> None:
    """alwatan's report of the UN vote on the Iran deal (SaudiNewsNet 2015-07-21) told the senator's words in its
    lead and again in its body: listed twice under him until stop 72."""
    from marsad.extract import find_quotes, recognize_entities
    from marsad.model import Article

    said = "قال السيناتور الجمهوري توم كوتون إن الأميركيين يتشككون في الاتفاق النووي الإيراني مع القوى الكبرى."
    article = Article(
        id="a", published="2015-07-21", outlet="alwatan",
        text=f"{said} وأضاف كوتون أن الصفقة تعطي طهران 150 مليار دولار.\n\nوفي واشنطن {said}",
    )
    quotes = find_quotes(article, recognize_entities(article))
    assert sum("يتشككون" in q.text for q in quotes) == 2
    groups = who_said_what(quotes, [], [article])
    shown = [s.quote.text for g in groups for s in g.statements]
    assert sum("يتشككون" in text for text in shown) == 1 and any("150 مليار" in text for text in shown)


def test_statements_by_gives_one_speakers_statements_for_an_entity_page(demo_digest: Digest) -> None:
    story, articles, groups = _groups(demo_digest)
    kadhimi = next(g for g in groups if g.name == "مصطفى الكاظمي")
    listed = [x.quote for s in kadhimi.statements for x in (s, *s.also)]
    assert sorted(s.quote.start for s in statements_by(kadhimi.speaker, story.quotes, articles)) == sorted(
        q.start for q in listed
    )
    assert statements_by("no-such-entity", story.quotes, articles) == []


def test_the_same_words_in_several_outlets_are_one_statement_with_its_outlets() -> None:
    """A wire statement three papers print (SaudiNewsNet, 2015-07-21) is listed once, at its first report,
    with the other two; another statement of the same speaker stays its own."""
    from marsad.extract import find_quotes, recognize_entities
    from marsad.model import Article

    said = ("وقال المتحدث باسم المقاومة علي الأحمدي: «نفذت المقاومة هجوماً مباغتاً على مواقع للمسلحين الحوثيين "
            "في منطقة الفاو، وسيطرت على ثلاثة منها».")
    other = "وقال المتحدث باسم المقاومة علي الأحمدي: «عملية تمشيط واسعة تجري للقضاء على آخر جيوب الحوثيين»."
    articles = [
        Article(id="a", text=said, outlet="الوئام", published="2015-07-21"),
        Article(id="b", text=said.replace("«", '"').replace("»", '"'), outlet="اليوم", published="2015-07-21"),
        Article(id="c", text=f"{said} {other}", outlet="الاقتصادية", published="2015-07-22"),
    ]
    quotes = [q for a in articles for q in find_quotes(a, recognize_entities(a))]
    assert len(quotes) == 4, quotes
    (group,) = [g for g in who_said_what(quotes, [], articles) if g.name]
    assert [(s.quote.article, [x.quote.article for x in s.also]) for s in group.statements] == [
        ("a", ["b", "c"]), ("c", [])
    ]


def test_a_repeat_printed_twice_in_one_article_lists_that_article_once() -> None:
    """SaudiNewsNet 2015-08-11: okaz quoted the crown prince's words twice in its report, and the statement read
    "(also okaz 2، okaz 2)". The same words twice in one other article: one entry for it."""
    from marsad.extract import find_quotes, recognize_entities
    from marsad.model import Article

    said = ("وقال المتحدث باسم المقاومة علي الأحمدي: «نفذت المقاومة هجوماً مباغتاً على مواقع للمسلحين الحوثيين "
            "في منطقة الفاو، وسيطرت على ثلاثة منها».")
    articles = [
        Article(id="a", text=said, outlet="الوئام", published="2015-07-21"),
        Article(id="b", text=f"{said}\n\nوفي التفاصيل: {said}", outlet="عكاظ", published="2015-07-21"),
    ]
    quotes = [q for a in articles for q in find_quotes(a, recognize_entities(a))]
    assert len([q for q in quotes if q.article == "b"]) == 2, quotes
    (group,) = [g for g in who_said_what(quotes, [], articles) if g.name]
    assert [(s.quote.article, [x.quote.article for x in s.also]) for s in group.statements] == [("a", ["b"])]


def test_the_speaker_more_reports_quote_comes_before_one_a_column_quotes_often() -> None:
    """SaudiNewsNet 2015-08-08: a column's expert, quoted three times in it, opened the Abha bombing's "who said
    what" above the emir two reports quote."""
    from marsad.extract import find_quotes, recognize_entities
    from marsad.model import Article

    emir = ("وقال أمير منطقة عسير الأمير فيصل بن خالد بن عبدالعزيز إن رجال الأمن هم صمام الأمان للوقوف في وجه كل من "
            "يريد المساس بأمن هذا البلد.")
    column = ("وقال الشيخ عبدالله بن أحمد النخيلان إن أنواع السحر لن تقع وتؤثر بغير إذن الله عز وجل. وأضاف النخيلان "
              "أن أثر السحر يخف على المسحور كلما كثرت عبادته وأذكاره. وأوضح النخيلان أن الأهم من ذلك هو التحصن "
              "بالأذكار الشرعية والدعوات المأثورة.")
    articles = [
        Article(id="a", text=column, outlet="الرياض", published="2015-08-08"),
        Article(id="b", text=emir, outlet="اليوم", published="2015-08-08"),
        Article(id="c", text=emir.replace("إن رجال", "إن منسوبي"), outlet="الرياض", published="2015-08-08"),
    ]
    quotes = [q for a in articles for q in find_quotes(a, recognize_entities(a))]
    named = [g for g in who_said_what(quotes, [], articles) if g.name]
    assert "فيصل" in named[0].name, named
    assert len({x.quote.article for s in named[0].statements for x in (s, *s.also)}) == 2
    assert any("النخيلان" in g.name and len(g.statements) >= 2 for g in named[1:]), named
