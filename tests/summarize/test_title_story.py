"""The story title is a published headline, the one most central to the story."""

from __future__ import annotations

import dataclasses

import pytest

from marsad.model import Article
from marsad.summarize import story_title
from marsad.summarize.title import UNTITLED_WORDS

OFF_TOPIC = "ترامب يشتم صديقه القديم نتنياهو بعبارات “نابية”"


def _reports(reports: list[tuple[str, str]]) -> list[Article]:
    """A story of reports given as (headline, text), each from an outlet of its own."""
    return [Article(id=f"a{k}", title=h, text=t, outlet=f"o{k}") for k, (h, t) in enumerate(reports)]


def _assert_second_headline_titles_only_its_own_report(reports: list[tuple[str, str]]) -> None:
    """The story's title is one of its headlines but the second report's, which still titles that report alone."""
    story = _reports(reports)
    title = story_title(story)
    assert title != reports[1][0] and title in {h for h, _ in reports}, title
    assert story_title(story[1:2]) == reports[1][0]


def test_title_demo_is_a_published_headline(demo_articles):
    assert story_title(demo_articles) in {a.title for a in demo_articles}


@pytest.mark.parametrize("replaced", ["000", "002", "004"])
def test_title_off_topic_headline_never_wins(demo_articles, replaced):
    """A headline grabbed from a related-links box is not about the story and is never its title."""
    story = [dataclasses.replace(a, title=OFF_TOPIC) if a.id == replaced else a for a in demo_articles]
    title = story_title(story)
    assert title != OFF_TOPIC
    assert title in {a.title for a in story}


@pytest.mark.parametrize("article_id", ["000", "003"])
def test_title_one_article_is_its_headline(demo_articles, article_id):
    (article,) = [a for a in demo_articles if a.id == article_id]
    padded = dataclasses.replace(article, title=f"  {article.title} ")
    assert story_title([padded]) == article.title


def test_title_without_headlines_is_the_opening_of_the_first_sentence(demo_articles):
    """Untitled articles (a text file whose first line was too long for a title) still give the story a
    name a reader can tell apart: the first words of its first article's lead, as published, cut with …"""
    untitled = [dataclasses.replace(a, title="") for a in demo_articles]
    title = story_title(untitled)
    assert title.endswith(" …")
    shown = title.removesuffix(" …")
    assert len(shown.split()) == UNTITLED_WORDS
    # the words as published, in order, from the start of the first article's text
    assert untitled[0].text.lstrip().startswith(shown.split()[0])
    assert " ".join(untitled[0].text.split()[:UNTITLED_WORDS]) == shown


def test_title_without_headlines_or_text_is_empty(demo_articles):
    assert story_title([dataclasses.replace(a, title="", text="") for a in demo_articles]) == ""
    assert story_title([]) == ""


def test_title_a_headline_printed_twice_does_not_win_by_its_copy(demo_articles):
    """One outlet's side headline printed on two pages is not more central for it (SaudiNewsNet 2015-07-21:
    a reaction piece printed twice named the story of the 431 arrests). Here a side headline of the demo is
    printed twice."""
    title = story_title(demo_articles)
    (side,) = [a for a in demo_articles if a.id == "003"]
    assert side.title != title
    assert story_title([*demo_articles, dataclasses.replace(side, id="003-copy")]) == title



def test_title_a_teaser_of_few_words_names_no_story_that_has_a_headline() -> None:
    """SaudiNewsNet 2015-08-02 (five of the 17 reports, headline and first sentence): ``الهلال والعين .. «محجوبة»``
    named Hilal's friendly: its few words are all shared ones, so it was the most alike to the others. Alone, it
    still names its story."""
    reports = [
        ("الهلال يلتقي العين اليوم.. ومدربه يرفض نقل المواجهة «تلفزيونيًا»",
         "يلتقي فريق الهلال في الـ7 من مساء اليوم، بتوقيت السعودية، اليوم العين الإماراتي في ثالث تجاربه الودية والذي سيقام على ملعب مدينة سالفدين النمساوية."),
        ("الهلال والعين .. «محجوبة»",
         "كشف لـ \"الاقتصادية\" مصدر مطلع، أن نادي الهلال لا يمانع في نقل مباراة فريقه الودية أمام العين الإماراتي تلفزيونياً، ولم يتم أخذ رأيهم عن مسألة نقل المباراة من عدمها، حيث لم يتم التواصل مع إدارة الهلال حتى ساعة متأخرة من البارحة للتباحث حول نقل المباراة."),
        ("الهلال يواجه العين الإماراتي في ثالث الوديات اليوم",
         "جانب من التدريبات يواجه فريق الهلال الكروي الأول في السابعة من مساء اليوم، فريق العين الإماراتي، في ثالث مبارياته التجريبية بمعسكره التحضيري المقام في مدينة سالزبورغ في النمسا."),
        ("الهلال: إصابة ناصر الشمراني بكدمة في مفصل القدم",
         "أعلن نادي الهلال اليوم الأحد عن تعرض مهاجم الفريق الأول ناصر الشمراني لكدمة في مفصل القدم أثناء لقاء العين الإماراتي الودي بعد نزوله بديلا بأقل من ربع ساعة مما اضطر الجهاز الفني إلى إخراجه ودخول المهاجم يونس العليوي."),
        ("الهلال ينهي ودية العين بالفوز بهدفي الشلهوب والكعبي",
         "أنهى الهلال ثالث مبارياته الودية مساء اليوم الأحد أمام العين الإماراتي على ملعب ( Saalfelden ) بالنمسا بالفوز بنتيجة 2-1 بعد تقدم العين الإماراتي بهدف سجله لاعب الوسط البرازيلي باستوس من خلال ركلة حرة مباشرة نفذها بطريقة جميلة عند الدقيقة (11)، قبل أن يحرز الهلال هدف التعادل بشكل جميل عند الدقيقة (13) عن طريق لاعب الوسط محمد الشلهوب عبر تسديدة قوية من خارج منطقة الجزاء سكنت في أعلى شباك العين، فيما أضاف المهاجم خالد الكعبي الهدف الثاني للهلال عند الدقيقة (80) عبر تسديدة أرضية في شباك العين."),
    ]
    _assert_second_headline_titles_only_its_own_report(reports)


def test_title_a_headline_that_exclaims_names_no_story_that_has_a_telling_one() -> None:
    """SaudiNewsNet 2015-08-11 (six of the 50 reports of the municipal elections, headline and first sentence): a
    column's ``خطر مشاركة المرأة في الانتخابات البلدية!`` named the story, its words the day's most shared. A
    headline that tells names it; alone, or among others that exclaim or ask, the column's still names its own."""
    reports = [
        ("خطر مشاركة المرأة في الانتخابات البلدية!",
         "مع قرب الاستعدادات للانتخابات البلدية في المملكة في دورتها الثالثة، والتي ستشارك فيها المرأة ولأول مرة "
         "كناخبة ومنتخبة، طالب أحد الدعاة بإحالة هذا الموضوع إلى هيئة كبار العلماء؛ لإبداء الرأي الشرعي فيه!"),
        ("تفعيل مشاركة المرأة «ناخبة ومرشحة» بالأحساء",
         "تُقيم اللجنة المحلية للانتخابات البلدية بالاحساء، مساء الخميس المقبل، في مقر الغرفة التجارية بقاعة الشيخ "
         "سليمان الحماد، ندوة تعريفية توعوية بعنوان \"المرأة السعودية ودورها في تنمية الانتخابات البلدية\"."),
        ("إقبال نسائي على فهم طبيعة الانتخابات البلدية والمشاركة فيها",
         "اكدت عضو مبادرة \"بلدي\" لتوعية المرأة بالمشاركة المجتمعية في الانتخابات البلدية، أسماء العبودي، أن المرأة "
         "لديها الحماس الجيد والوعي الكافي لخوض تجربة الانتخابات البلدية كمرشحة ومنتخبة من خلال الإقبال الجيد."),
        ("ورشة تعريفية نسائية عن انتخابات المجالس البلدية",
         "نظمت اللجنة المحلية للانتخابات البلدية بمنطقة الرياض ممثلة بالإدارة العامة للخدمات النسائية بأمانة منطقة "
         "الرياض وبالتعاون مع جمعية النهضة الخيرية صباح الخميس الماضي ورشة عمل تعريفية خاصة بالانتخابات البلدية."),
        ("بدء مرحلة قيد الناخبين للانتخابات البلدية بمكة المكرمة الأحد القادم",
         "وأوضح الدكتور البار أن عملية قيد الناخبين تبدأ في الأول من شهر ذي العقدة وتستمر حتى غرة شهر ذي الحجة."),
        ("الرياض: 6 ورش تثقيفية للنساء عن الانتخابات البلدية",
         "تنظم أمانة منطقة الرياض متمثلة بالإدارة العامة للخدمات النسائية هذا الأسبوع بمشاركة جمعية النهضة الخيرية 6 "
         "ورش تعريفية في المراكز الموسمية النسائية في مدينة الرياض."),
    ]
    story = _reports(reports)
    title = story_title(story)
    assert title != reports[0][0] and title in {h for h, _ in reports[1:]}, title
    assert story_title(story[:1]) == reports[0][0]
    asked = dataclasses.replace(story[1], title="هل تشارك المرأة في الانتخابات البلدية؟")
    assert story_title([story[0], asked]) in {reports[0][0], asked.title}


def test_title_a_headline_inviting_a_click_names_no_story_that_has_a_telling_one() -> None:
    """SaudiNewsNet 2015-08-04 (the eight reports of the Gulf ministers' meeting with Kerry, headline and opening):
    ``تعرّف على تفاصيل البيان المشترك ...`` (find out the details of ...) named the story, over another paper's
    ``البيان المشترك لاجتماع وزراء خارجية مجلس التعاون مع كيري``. Alone, it still names its own."""
    reports = [
        ('سياسي قطري لـ”عين اليوم”: إيران تشعر بأنها إمبراطورية أعلى من دول الجوار',
         'داليا أبوالعيش – عين اليوم قال الدكتور محمد صالح المسفر أستاذ العلوم السياسية في جامعة قطر لـ “عين اليوم” إن اجتماع وزراء خارجية دول مجلس التعاون الخليجي مع وزراء خارجية أمريكا وروسيا لم ينتج عنه إلا بيانات ورقية كالعادة الولايات المتحدة تقول على لسان وزير خارجيتها إنها تطمئن دول الخليج بأن السلاح النووي لم يعد يهددها وبالتالي ليس هناك اتفاقيات سرية تجعل إيران اليد العليا في المنطقة وبالتالي هذا'),
        ('تعرّف على تفاصيل البيان المشترك لاجتماع وزراء خارجية الخليج مع وزير الخارجية الأمريكي',
         'عين اليوم – الدوحة اجتمع وزراء خارجية دول مجلس التعاون لدول الخليج العربية والأمين العام لمجلس التعاون مع وزير خارجية الولايات المتحدة الأمريكية جون كيري, اليوم في مدينة الدوحة بدولة قطر, لبحث التقدم المحرز ورسم الخطوات القادمة بشأن الشراكة الإستراتيجية بين مجلس التعاون والولايات المتحدة، ومجالات التعاون بين الجانبين التي أعلن عنها في كامب ديفيد في 14 مايو 2015. واستعرض الوزراء خطة العمل المشترك'),
        ('واشنطن تطمئن دول الخليج بخطوات عملية عسكرية',
         'خلص الاجتماع المشترك بين وزراء خارجية دول مجلس التعاون الخليجي ووزير الخارجية الأميركي جون كيري إلى ضرورة توثيق العلاقات بين واشنطن ودول المجلس، وتكثيف التعاون الأمني. بعد وعود واشنطن بدعم أمن المنطقة, قدمت الولايات المتحدة, أمس, خطوات عملية في هذا السياق وهو ما دفعها للموافقة على تسريع مبيعات الأسلحة للدول الخليجية وزيادة التعاون الاستراتيجي في مجالات عدة بينها مكافحة الإرهاب. وقال كيري في كلمة'),
        ('«حزمة» اتفاقيات أمنية وعسكرية بين واشنطن ودول الخليج لردع التهديد الإيراني',
         'أعلن وزير الخارجية الأميركية جون كيري أن بلاده ودول الخليج اتفقوا بعد جولة محادثات في الدوحة أمس على تطوير التعاون الاستراتيجي بين الطرفين في المجالات العسكرية والأمنية والسياسية، ضمن التزام واشنطن بأمن منطقة الخليج بعد الاتفاق النووي المثير للجدل مع إيران. وهيمن موضوع الاتفاق النووي بين واشنطن والمجموعة الدولية (5+1) وإيران الذي أبرم في فيينا في الرابع عشر من الشهر الماضي على المحادثات بين وزير'),
        ('البيان المشترك لاجتماع وزراء خارجية مجلس التعاون مع كيري',
         'اجتمع وزراء خارجية دول مجلس التعاون لدول الخليج العربية والأمين العام لمجلس التعاون مع وزير خارجية الولايات المتحدة الأمريكية جون كيري, اليوم الاثنين في مدينة الدوحة بدولة قطر, لبحث التقدم المحرز ورسم الخطوات القادمة بشأن الشراكة الاستراتيجية بين مجلس التعاون والولايات المتحدة، ومجالات التعاون بين الجانبين التي أعلن عنها في كامب ديفيد في 14 مايو 2015. واستعرض الوزراء خطة العمل المشترك الشاملة بين'),
        ('التصدي للتدخلات الإيرانية وخطوات واقعية لدحر داعش',
         'أكد وزراء خارجية دول الخليج وأمريكا في اجتماعهم المشترك، على ضرورة التصدي للتدخلات الإيرانية في الشؤون الداخلية لدول مجلس التعاون الخليجي، ومحاولاتها لتقويض الأمن والاستقرار في المنطقة. واتفق الوزراء في البيان المشترك الصادر في ختام الاجتماع أمس، على وضع خطوات واقعية لدحر تنظيم داعش وإرساء الأمن والاستقرار، بما في ذلك قطع مصادر تمويله ومنع سفر المقاتلين الأجانب وتبادل المعلومات. واستعرض الوزراء'),
        ('كيري: ملتزمون باستقرار الخليج وطهران تدعم الإرهاب',
         'أبلغت دول الخليج العربية وزير الخارجية الأمريكي جون كيري أمس خلال محادثات جمعته مع وزراء خارجية الدول الست لمجلس التعاون في قطر إن الاتفاق النووي مع إيران يجب أن يكون سببا في الاستقرار وحسن الجوار وليس التدخل في الشؤون الداخلية للدول. وأفصح خالد العطية وزير خارجية قطر خلال مؤتمر صحفي مشترك مع نظيره الأمريكي أعقب الاجتماع أن كيري أطلع نظراءه الخليجيين أمس على تفاصيل الاتفاق النووي الإيراني، كما تم'),
        ('بيان الدوحة خارطة طريق لتعزيز الشراكة الخليجية الأمريكية',
         'رأى خبيران سياسيان، أن المواقف التي تضمنها البيان المشترك لوزراء خارجية دول مجلس التعاون الخليجي والولايات المتحدة، يمثل «خارطة طريق» أمريكية خليجية لتعزيز الشراكة الاستراتيجية بين الجانبين، والحفاظ على أمن واستقرار المنطقة، ومواجهة التدخلات الإيرانية في الشؤون الداخلية لدول المنطقة. وقال أستاذ العلوم السياسية الدكتور عبدالله القباع، إن اجتماع الدوحة يأتي بعد سلسلة من الأحداث مرت بها المنطقة'),
    ]
    _assert_second_headline_titles_only_its_own_report(reports)
