"""The line rules, one furniture line at a time, inside an article of real prose — and the real lines that
look like furniture to a careless rule."""

from __future__ import annotations

import pytest

from marsad.clean import clean_article
from marsad.model import Article

PROSE = "أكدت القيادة المركزية الأمريكية أن انسحاب قواتها من العراق لن يؤثر على العلاقة بين واشنطن وبغداد."
PROSE_2 = "وقال الكاظمي إن العراق لم يعد بحاجة إلى قوات قتالية أجنبية لمحاربة تنظيم داعش."


def _clean(*lines: str) -> Article:
    return clean_article(Article(id="t", text="", extracted="\n\n".join(lines)))


def _reasons(article: Article, line: str) -> list[str]:
    return [r.reason for r in article.removed if r.text == line.strip()]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("  • 5 مشاهدات", "counter"),
        ("٥ تعليقات", "counter"),
        ("آخر تحديث: الخميس 9 سبتمبر 2021 - 10:30 ص", "date-line"),
        ("تاريخ النشر", "date-line"),
        ("news-picture", "media"),
        ("صورة أرشيفية", "media"),
        ("(رويترز)", "media"),
        ("(أ ف ب)", "media"),
        ("الصورة: الكاظمي لدى وصوله إلى واشنطن", "media"),
        ("مصدر الصورة Getty Images", "media"),
        ("شاهد الفيديو", "media"),
        ("مشاركة :", "share-bar"),
        ("Share", "share-bar"),
        ("طباعة", "share-bar"),
        ("شارك عبر واتساب", "share-bar"),
        ("Facebook Twitter WhatsApp Email", "share-bar"),
        ("الوسوم: العراق، الكاظمي، واشنطن", "tags"),
        ("كلمات مفتاحية: العراق", "tags"),
        ("إقرأ أيضاً: الكاظمي يصل إلى واشنطن", "related-link"),
        ("اقرأ ايضا الكاظمي يصل إلى واشنطن", "related-link"),
        ("شاهد أيضاً: لحظة وصول الوفد العراقي", "related-link"),
        ("إقرأ المزيد", "related-link"),
        ("مواضيع ذات صلة", "related-link"),
        ("الأكثر قراءة", "related-link"),
        ("...المزيد", "related-link"),
        ("pic.twitter.com/AbC123", "tweet-embed"),
        ("https://t.co/XyZ987", "tweet-embed"),
        ("— Mustafa Al-Kadhimi (@MAKadhimi) July 25, 2021", "tweet-embed"),
        ("جميع الحقوق محفوظة لموقع المثال 2021", "copyright"),
        ("© 2021 Example News", "copyright"),
        ("تابعونا على تلغرام", "follow-us"),
        ("انضموا إلى قناتنا على واتساب", "follow-us"),
        ("اشترك في النشرة البريدية", "newsletter"),
        ("أضف تعليقك", "comments"),
        ("التعليقات (3)", "comments"),
        ("***", "layout"),
        ("•", "layout"),
        ("https://www.example.com/news/123", "link"),
        ("https://twitter.com/IraqiPMO/status/1379842013420638211", "tweet-embed"),
        ("المقال يعبر عن رأي كاتبه ولا يعبر بالضرورة عن رأي الموقع", "disclaimer"),
    ],
)
def test_furniture_line_is_removed_anywhere(line: str, reason: str) -> None:
    article = _clean(PROSE, line, PROSE_2)
    assert _reasons(article, line) == [reason]
    assert article.text == f"{PROSE}\n\n{PROSE_2}"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("  • 9/10/2021", "date-line"),
        ("  • 00:00", "date-line"),
        ("الخميس 09 سبتمبر 2021 - 10:30 ص", "date-line"),
        ("منذ 3 ساعات", "date-line"),
        ("  • 5", "counter"),
        ("١٢", "counter"),
    ],
)
def test_date_and_number_lines_are_furniture_only_at_the_edges(line: str, reason: str) -> None:
    for article in (_clean(line, PROSE, PROSE_2), _clean(PROSE, PROSE_2, line)):
        assert _reasons(article, line) == [reason]
    # inside the article the same line heads a schedule or numbers a list: it stays
    inside = _clean(PROSE, line, PROSE_2)
    assert inside.removed == ()
    assert line.strip() in inside.text


@pytest.mark.parametrize(
    "line",
    [
        "شارك الرئيس في القمة العربية التي عقدت في بغداد.",
        "وشارك آلاف المتظاهرين في المسيرة يوم 9/10/2021.",
        "نشر في عام 2020 كتابه الأول عن تاريخ العراق.",
        "صورة الرئيس في الصفحة الأولى أثارت جدلا واسعا",
        "وتابع عبر حسابه على تويتر تطورات الأزمة",
        "المزيد من القوات الأمريكية سيصل إلى المنطقة",
        "قال إن الآراء الواردة في التقرير لا تعبر بالضرورة عن موقف الحكومة.",
        "١- افتح التطبيق ثم اضغط هنا لتفعيل الخدمة.",
        "(1)",  # numbers the sections of an op-ed
        "3601100204",  # an applicant's number listed by the article, not a counter
        "تصريحات الكاظمي",
        "واشنطن – بال بلس",
    ],
)
@pytest.mark.parametrize("position", ["first", "middle", "last"])
def test_real_line_stays_wherever_it_is(line: str, position: str) -> None:
    lines = {
        "first": (line, PROSE, PROSE_2),
        "middle": (PROSE, line, PROSE_2),
        "last": (PROSE, PROSE_2, line),
    }
    article = _clean(*lines[position])
    assert article.removed == ()
    assert line in article.text.split("\n\n")


@pytest.mark.parametrize(
    ("first_line", "removed"),
    [
        ("الكاظمي: العراق لم يعد بحاجة إلى قوات قتالية أميركية", True),  # the h1 again
        ("الكاظمي:  العراق لم يعد بحاجة إلى قوات قتالية أمريكية", True),  # spacing and spelling differ
        ("الكاظمي: العراق لم يعد بحاجة إلى قوات قتالية أميركية.", False),  # the lead, used as title too
        ("الكاظمي يصل إلى واشنطن في زيارة رسمية تستغرق عدة أيام", False),
    ],
)
def test_first_line_repeating_the_title(first_line: str, removed: bool) -> None:
    title = "الكاظمي: العراق لم يعد بحاجة إلى قوات قتالية أميركية"
    article = clean_article(Article(id="t", text="", title=title, extracted=f"{first_line}\n{PROSE}"))
    assert (_reasons(article, first_line) == ["title-repeat"]) is removed
    assert article.text.endswith(PROSE)


def test_link_titles_under_a_related_heading_stop_at_the_prose() -> None:
    article = _clean(
        PROSE,
        "اخترنا لك:\nالعراق يتسلم دفعة جديدة من الطائرات المسيرة\nماكنزي يزور بغداد الأسبوع المقبل",
        PROSE_2,
    )
    assert [r.rule for r in article.removed] == ["related-heading", "related-title", "related-title"]
    assert article.text == f"{PROSE}\n\n{PROSE_2}"


@pytest.mark.parametrize(
    "link",
    ["https://twitter.com/multaqaa5", "www.evisa.gov.bh", "https://www.example.com/apply"],
)
def test_link_the_article_gives_the_reader_stays(link: str) -> None:
    # SaudiNewsNet: "... على حساب اللجنة في تويتر على الرابط:" then the address on its own line
    article = _clean(PROSE, f"ويمكن التسجيل أو متابعة اللجنة على الرابط:\n{link}", PROSE_2)
    assert article.removed == ()
    assert link in article.text


def test_trailing_tweet_link_is_cut_and_the_text_stays() -> None:
    tweet = "الحكومة العراقية ماضية في تنفيذ مخرجات الحوار الاستراتيجي مع واشنطن https://t.co/XyZ987"
    article = _clean(PROSE, tweet, PROSE_2)
    (removal,) = article.removed
    assert (removal.text, removal.reason) == ("https://t.co/XyZ987", "tweet-embed")
    assert article.extracted[removal.offset :].startswith("https://t.co/XyZ987")
    assert "مخرجات الحوار الاستراتيجي مع واشنطن" in article.text
    assert "t.co" not in article.text
