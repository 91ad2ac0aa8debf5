"""Stories at the edges: one article, headlines only, budgets too small, copies and borrowed passages."""

from __future__ import annotations

import dataclasses

import pytest

from marsad.model import Article, BorrowedPassage, DuplicateGroup, Span
from marsad.summarize import summarize_story

# Two sentences of the demo corpus that tell the same withdrawal deal.
DEAL_000 = (
    "وتضمن مخرجات الاتفاق الأخير انسحاب القوات القتالية الأميركية من العراقي والتي يقدر عددها نحو 2.5 ألف "
    "جندي بنهاية العام الحالي والإبقاء على فرق التدريب وتقديم المشورة."
)
DEAL_002 = (
    "وفي 26 تموز / يوليو، توصلت بغداد وواشنطن إلى اتفاق يقضي بانسحاب القوات القتالية الأمريكية من العراق "
    "نهاية العام الجاري، بينما سيبقى عدد غير معروف من القوات الأمريكية لتقديم المشورة وتدريب القوات العراقية."
)


def _by_id(articles: tuple[Article, ...], article_id: str) -> Article:
    return next(a for a in articles if a.id == article_id)


@pytest.mark.parametrize("article_id", ["000", "001", "002", "003", "004"])
def test_summary_one_article_story_cites_only_itself(demo_articles, article_id):
    article = _by_id(demo_articles, article_id)
    result = summarize_story([article], words=120)
    assert result
    assert sum(len(s.text.split()) for s in result) <= 120
    for sentence in result:
        assert [c.article for c in sentence.cites] == [article_id]
    starts = [s.cites[0].start for s in result]
    assert starts == sorted(starts)


def test_summary_headlines_only_story_is_empty(demo_articles, make_article):
    """Articles whose body is only a headline (a feed of titles) have nothing to quote."""
    headlines = [make_article(a.id, f"{a.title}\n{a.title}", published=a.published) for a in demo_articles]
    assert all(a.text == a.title for a in headlines)
    assert summarize_story(headlines, words=120) == ()


def test_summary_empty_story_is_empty():
    assert summarize_story([], words=120) == ()


@pytest.mark.parametrize("words", [-1, 0, 1, 5])
def test_summary_budget_below_every_sentence_is_empty(demo_articles, words):
    """A budget no whole fit sentence fits gives nothing rather than a cut sentence."""
    assert summarize_story(demo_articles, words=words) == ()


def test_summary_budget_takes_the_one_sentence_that_fits(make_article):
    article = make_article("x", "عنوان\n" + DEAL_000 + "\n\n" + DEAL_002)
    words = len(DEAL_000.split())
    assert len(DEAL_002.split()) > words
    (only,) = summarize_story([article], words=words)
    assert only.text == DEAL_000


def test_summary_without_sentence_offsets_splits_the_text_itself(demo_articles):
    bare = [dataclasses.replace(a, sentences=(), paragraphs=()) for a in demo_articles]
    assert summarize_story(bare, words=120) == summarize_story(demo_articles, words=120)


def test_summary_borrowed_passage_is_not_shown_beside_its_source(demo_articles, make_article):
    """Two outlets tell the withdrawal deal in words TF-IDF finds apart (0.25), so both are shown; once
    the dedup stage reports one as borrowed from the other, only one is, citing both outlets."""
    source = make_article("000", f"{_by_id(demo_articles, '000').title}\n{DEAL_000}", published="2021-09-09")
    target = make_article("002", f"{_by_id(demo_articles, '002').title}\n{DEAL_002}", published="2021-12-10")
    story = [source, target, _by_id(demo_articles, "003")]
    deal = [s for s in summarize_story(story, words=120) if s.text in (DEAL_000, DEAL_002)]
    assert [s.cites[0].article for s in deal] == ["002", "000"]  # both reports' leads, newest first

    passage = BorrowedPassage(
        Span("000", 0, len(source.text)), Span("002", 0, len(target.text)), target.text, 0.6
    )
    (one,) = [s for s in summarize_story(story, words=120, borrowed=[passage]) if s.text in (DEAL_000, DEAL_002)]
    assert {c.article for c in one.cites} == {"000", "002"}


def test_summary_duplicate_article_is_cited_never_quoted(demo_articles):
    copy = dataclasses.replace(_by_id(demo_articles, "002"), id="002-copy", outlet="وكالة أخرى")
    story = (*demo_articles, copy)
    group = DuplicateGroup(("002", "002-copy"), "exact", 1.0)
    result = summarize_story(story, words=250, duplicates=[group])
    assert [s.text for s in result] == [s.text for s in summarize_story(demo_articles, words=250)]
    assert all(s.cites[0].article != "002-copy" for s in result)
    from_002 = [s for s in result if s.cites[0].article == "002"]
    assert from_002
    assert all("002-copy" in [c.article for c in s.cites] for s in from_002)


def test_summary_quotes_the_first_sentence_without_its_dateline(make_article):
    """sabq runs byline, outlet and place into the first sentence (``سبق- الرياض: أعلنت ...``): the
    summary cites and shows the sentence from its verb, still as published."""
    article = make_article(
        "s1",
        "هيئة السوق المالية ترفع تعليق تداول سهم اتحاد اتصالات\n"
        "سبق- الرياض: أعلنت هيئة السوق المالية رفع تعليق تداول سهم شركة اتحاد اتصالات ابتداءً من غد الاثنين.\n\n"
        "وكانت الهيئة قد علقت تداول السهم في يونيو الماضي بسبب مخالفات في القوائم المالية للشركة.",
    )
    summary = summarize_story([article], words=60)
    first = summary[0]
    assert first.text.startswith("أعلنت هيئة السوق المالية")
    cite = first.cites[0]
    assert article.text[cite.start : cite.end] == first.text


# Two companies' half-year results in the exchange's template (SaudiNewsNet 2015-07-27: Petro Rabigh's sentence
# was cited as also told by the reports of Sipchem's, which say other figures).
RESULTS = (
    Article(id="rabigh", outlet="a", published="2015-07-27", title="ارتفاع أرباح بترو رابغ",
            text="سجل صافي أرباح شركة رابغ للتكرير والبتروكيماويات في النصف الأول من العام الجاري ارتفاعاً بنسبة "
                 "21 % ليبلغ 710 ملايين ريال مقارنة بالفترة المماثلة من العام السابق. وعزت الشركة الارتفاع إلى "
                 "تحسن هوامش التكرير."),
    Article(id="sipchem", outlet="b", published="2015-07-27", title="تراجع أرباح سبكيم",
            text="سجل صافي أرباح شركة سبكيم العالمية في النصف الأول من العام الجاري تراجعاً بنسبة 39 % ليبلغ 190 "
                 "مليون ريال مقارنة بالفترة المماثلة من العام السابق. وعزت الشركة التراجع إلى انخفاض أسعار البيع."),
)


def test_a_sentence_is_not_told_by_one_in_its_words_with_other_figures():
    for sentence in summarize_story(list(RESULTS), words=120):
        assert len(sentence.cites) == 1, [c.article for c in sentence.cites]


def test_summary_a_quotations_later_sentence_names_its_speaker_too(make_article):
    """A quotation runs on over two sentences (SaudiNewsNet 2015-07-22, aawsat): the second was shown alone,
    the Turkish prime minister's words with no one named. Each sentence of it is marked his."""
    from marsad.extract import find_quotes, recognize_entities

    text = (
        "تركيا تحدد هوية مشتبه به في تفجير سروج\n"
        "قال رئيس الوزراء التركي أحمد داود أوغلو أمس إن السلطات تعرفت على مشتبه به في التفجير الانتحاري. "
        "وصرح داود أوغلو أمام صحافيين «لقد تم تحديد هوية مشتبه به ويتم التحقق من روابطه المحتملة مع الخارج أو "
        "داخل تركيا. الاحتمال الأكبر هو أن يكون الأمر هجوما انتحاريا على علاقة بداعش». "
        "وأعلن داود أوغلو جلسة استثنائية للحكومة للتباحث في إجراءات أمنية جديدة محتملة بعد الهجوم."
    )
    article = make_article("a", text, outlet="aawsat", published="2015-07-22")
    quotes = find_quotes(article, recognize_entities(article))
    result = summarize_story([article], words=120, quotes=quotes)
    later = [s for s in result if s.text.startswith("الاحتمال الأكبر")]
    assert later, [s.text for s in result]
    assert later[0].speaker and "أوغلو" in later[0].speaker, [(s.speaker, s.text) for s in result]


# Two developments of one day, told by two and by three outlets (SaudiNewsNet 2015-07-24, leads as published).
HAMAS_VISIT = (
    "أفاد وزير الخارجية السعودي، عادل الجبير، أمس، بأن زيارة وفد حركة حماس برئاسة خالد مشعل إلى السعودية في "
    "الآونة الأخيرة، كانت من أجل أداء مناسك العمرة، وأن موقف السعودية تجاه حماس لم يتغير."
)
KING_RECEIVES = (
    "استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود في قصر السلام يوم أمس، وزير الخارجية "
    "بجمهورية مصر العربية سامح شكري والوفد المرافق له، وبحث معه مجمل تطورات الأحداث في المنطقة والعالم."
)


def test_summary_of_one_day_opens_with_what_most_outlets_tell(make_article):
    """Among the leads of one day, the development more reports carry comes first, whatever the articles' ids."""
    day = "2015-07-24"
    story = [
        make_article("a1", "الرياض: زيارة مشعل للعمرة\n" + HAMAS_VISIT, outlet="aawsat", published=day),
        make_article("a2", "الجبير: زيارة مشعل كانت للعمرة\n" + HAMAS_VISIT.replace("أفاد", "وأفاد"),
                     outlet="almadina", published=day),
        *(make_article(f"b{k}", "الملك يستقبل وزير الخارجية المصري\n" + KING_RECEIVES, outlet=outlet, published=day)
          for k, outlet in enumerate(("alyaum", "sabq", "alweeam"))),
    ]
    result = summarize_story(story, words=120)
    assert [s.cites[0].article[0] for s in result] == ["b", "a"]
    assert len(result[0].cites) == 3 and len(result[1].cites) == 2


# A ministry's reply printed as one sentence of 162 words (SaudiNewsNet 2015-07-24, almadina): no summary at all
# in a digest of 120 words a story until stop 70.
ONE_LONG_SENTENCE = (
    "إشارة إلى ما نُشر في العدد الصادر من صحيفتكم الغرّاء بتاريخ 15/7/1436هـ تحت عنوان (رعاية مستحقة لفئة "
    "مستضعفة) للكاتب سالم سحاب حول تنظيم البسطات، وإيلاء عناية خاصة بالمواطنات لممارسة أعمالهن، نودُّ الإفادة "
    "بأن الإدارة تلقّت خطاب الجهة المختصة بالوزارة، والمتضمن بأن الأمانات والبلديات تؤكد على المراقبين بتنظيم "
    "عمل الباعة المتجوّلين والبسطات، وإعطاء المواطن والمواطنة الفرصة ليتمكن من البيع والتكسب بالطرق المشروعة، "
    "من خلال عرض بضاعته المسموح بها في المواقع المخصصة لمزاولة هذه الأنشطة، ومنع الباعة غير السعوديين من ذلك، "
    "كما قامت الوزارة بإصدار اللائحة التنظيمية للباعة المتجوّلين، والتي تشتمل على الشروط الواجب توفرها في طالب "
    "الترخيص، وذلك بأن يكون البائع سعوديًّا، سواء كان ذكرًا أو أثنى، وأن لا يقل العمر عن 15 سنة، وحاملاً لبطاقة "
    "الهوية الوطنية، إضافة إلى حصوله على شهادة صحية تثبت خلوّه من الأمراض، ويشترك مع وزارة الشؤون البلدية "
    "والقروية في تطبيق اللائحة التنظيمية عدد من الوزارات والجهات الحكومية، كوزارة الداخلية، والعمل، والشؤون "
    "الاجتماعية، والتجارة والصناعة، والحج، والزراعة، والمالية، والثقافة والإعلام."
)


@pytest.mark.parametrize("words", [30, 120])
def test_summary_of_one_sentence_longer_than_the_budget_is_its_opening_clauses(make_article, words):
    article = make_article("x", "«البلدية»: إصدار لائحة تنظيمية للباعة المتجوّلين\n" + ONE_LONG_SENTENCE,
                           outlet="almadina", published="2015-07-24")
    assert len(ONE_LONG_SENTENCE.split()) > 120
    (only,) = summarize_story([article], words=words)
    (cite,) = only.cites
    assert only.cut and only.text == article.text[cite.start : cite.end]
    assert cite.start == 0 and 8 <= len(only.text.split()) <= words
    assert article.text[cite.end] in "،,"  # cut where a clause ends, never inside one
    assert words - len(only.text.split()) < 40  # as much as the budget holds, clause by clause


def test_summary_too_small_for_any_clause_stays_empty(make_article):
    article = make_article("x", "عنوان\n" + ONE_LONG_SENTENCE)
    assert summarize_story([article], words=7) == ()
