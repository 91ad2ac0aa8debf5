"""Quote extraction rule by rule: quotation marks as pages write them, cues, and how speakers are found."""

from __future__ import annotations

import pytest

from marsad.extract import find_quotes, recognize_entities
from marsad.model import Article, Quote


def quotes_of(text: str) -> list[Quote]:
    article = Article(id="t", text=text)
    return find_quotes(article, recognize_entities(article))


def summary(text: str) -> list[tuple[str, str | None, str | None, str]]:
    return [(q.kind, q.cue, q.speaker_name, q.text) for q in quotes_of(text)]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        # guillemets, and guillemets the wrong way round as right-to-left editors sometimes leave them
        ("وقال وزير الخارجية عادل الجبير: «المملكة لن تقبل بأي تدخل في شؤونها الداخلية».",
         "المملكة لن تقبل بأي تدخل في شؤونها الداخلية"),
        ("وقال وزير الخارجية عادل الجبير: »المملكة لن تقبل بأي تدخل في شؤونها الداخلية«.",
         "المملكة لن تقبل بأي تدخل في شؤونها الداخلية"),
        # 002 of the demo corpus: opened with :” and closed with ”
        ("قال قائد القيادة المركزية الأمريكية الجنرال “فرانك ماكنزي” :”إن القوات الأمريكية ستبقى هناك في "
         "المستقبل المنظور”.", "إن القوات الأمريكية ستبقى هناك في المستقبل المنظور"),
        # plain double quotes
        ('وقال عادل الجبير إن "المملكة ماضية في دعم الشرعية في اليمن".', "المملكة ماضية في دعم الشرعية في اليمن"),
    ],
)
def test_quote_marks_as_pages_write_them(text: str, quoted: str) -> None:
    (quote,) = quotes_of(text)
    assert (quote.kind, quote.text) == ("direct", quoted)


def test_quote_runs_across_sentences_and_holds_a_quote_inside() -> None:
    text = ("وقال عادل الجبير: «لن نقبل بذلك. وما يسمى “الحل السياسي” يعني رحيل الأسد عن السلطة». "
            "وانتهى اللقاء في الرياض.")
    (quote,) = quotes_of(text)
    assert quote.text == "لن نقبل بذلك. وما يسمى “الحل السياسي” يعني رحيل الأسد عن السلطة"
    assert quote.speaker_name == "عادل الجبير"


def test_short_quoted_words_are_not_statements() -> None:
    """A name or a scare quote between marks (``“تهديد”``) is not a direct quote."""
    text = "وأجرى “ماكنزي” مقابلة مع وكالة “أسوشيتيد برس” الأمريكية في مقر وزارة الدفاع “البنتاجون”."
    assert quotes_of(text) == []


def test_unpaired_closing_mark_is_left_out_of_an_indirect_quote() -> None:
    """003 of the demo corpus closes a quotation it never opened: ``… وتكاتفهم".``"""
    text = 'وقال مصطفى الكاظمي إن هذا الأمر مكّن العراق من الانتقال إلى مرحلة الاكتفاء الذاتي بجهود أبنائه وتكاتفهم".'
    (quote,) = quotes_of(text)
    assert quote.kind == "indirect"
    assert quote.text == "هذا الأمر مكّن العراق من الانتقال إلى مرحلة الاكتفاء الذاتي بجهود أبنائه وتكاتفهم"


def test_indirect_quote_runs_to_the_next_cue_and_the_participle_keeps_the_speaker() -> None:
    text = ("وأشار “ماكنزي” إلى أن الميليشيات المدعومة من إيران تريد أن تغادر جميع القوات الغربية العراق، "
            "مضيفًا أن التصعيد المستمر للعنف قد يستمر حتى ديسمبر المقبل.")
    assert summary(text) == [
        ("indirect", "أشار", "ماكنزي", "الميليشيات المدعومة من إيران تريد أن تغادر جميع القوات الغربية العراق"),
        ("indirect", "أضاف", "ماكنزي", "التصعيد المستمر للعنف قد يستمر حتى ديسمبر المقبل"),
    ]


def test_continuation_goes_to_the_last_speaker() -> None:
    text = ("وقال وزير الخارجية عادل الجبير إن المملكة تدعم الحل السياسي في سوريا.\n\n"
            "وتابع الاجتماع ممثلو عشرين دولة.\n\n"
            "وأضاف أن الحل يجب أن يضمن وحدة الأراضي السورية.")
    speakers = [(q.cue, q.speaker_name) for q in quotes_of(text)]
    assert speakers == [("قال", "عادل الجبير"), ("أضاف", "عادل الجبير")]


def test_speaker_named_by_role_is_the_person_given_that_role() -> None:
    """004 of the demo corpus: ``قال وزير الخارجية العراقي إن`` after ``وزير الخارجية العراقي حسين فؤاد``."""
    text = ("وصل وفد عراقي برئاسة وزير الخارجية العراقي فؤاد حسين إلى واشنطن. "
            'من جهته، قال وزير الخارجية العراقي إن "وجودنا هنا لإجراء الحوار والنقاش مع الجانب الأميركي".')
    (quote,) = quotes_of(text)
    assert (quote.speaker_name, quote.text) == ("فؤاد حسين", "وجودنا هنا لإجراء الحوار والنقاش مع الجانب الأميركي")


def test_source_cue_attributes_the_clause_it_opens() -> None:
    text = "وبحسب وكالة الأنباء السعودية، فإن الملك سلمان استقبل وزير الخارجية الأمريكي في الرياض."
    (quote,) = quotes_of(text)
    assert (quote.kind, quote.cue) == ("indirect", "بحسب")
    assert quote.text == "الملك سلمان استقبل وزير الخارجية الأمريكي في الرياض"
    assert quote.speaker_name is not None and "الأنباء السعودية" in quote.speaker_name


def test_according_to_an_agreement_is_no_attribution() -> None:
    """``وفقاً لمخرجات الحوار`` says what something follows, not who said it."""
    assert quotes_of("وتنسحب القوات القتالية وفقاً لمخرجات الحوار الاستراتيجي بين البلدين.") == []


def test_cue_verb_is_kept() -> None:
    """``زعم`` frames a statement otherwise than ``أكد``: the cue is kept as its dictionary form."""
    (quote,) = quotes_of("وزعمت وزارة الخارجية الإيرانية أن الطائرة دخلت المجال الجوي الإيراني دون إذن.")
    assert (quote.cue, quote.speaker_name) == ("زعم", "وزارة الخارجية الإيرانية")


def test_unnamed_speaker_is_kept_by_name() -> None:
    (quote,) = quotes_of("وقال مصدر أمني في بغداد إن الهجوم استهدف قاعدة عسكرية قرب المطار.")
    assert (quote.speaker_name, quote.speaker_span) == ("مصدر أمني", None)
