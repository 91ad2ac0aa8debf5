"""Quote extraction rule by rule: quotation marks as pages write them, cues, and how speakers are found."""

from __future__ import annotations

import pytest

from marsad.extract import find_quotes, link_speakers, recognize_entities, resolve_entities
from marsad.extract.quotes import attributed
from marsad.model import Article, Quote
from marsad.pipeline import read_story


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


def test_in_this_regard_after_the_verb_is_no_speaker() -> None:
    # SaudiNewsNet 2015-07-23 (aljazirah): ``الخصوص`` was the speaker; the minister named before speaks on
    text = ("وقال وزير الموارد المائية حسام مغازي إن بلاده قدمت دراستين للسودان وإثيوبيا بحضور نظيره السوداني معتز "
            "موسى. وقال بهذا الخصوص «لقد تم التوافق على بعض النقاط الفنية».")
    assert [(q.speaker_name, attributed(q)) for q in quotes_of(text)] == [("حسام مغازي", True)] * 2
    (quote,) = quotes_of("وقال الوزير بهذا الخصوص إن المفاوضات مستمرة منذ شهور طويلة.")
    assert quote.speaker_name == "الوزير"


@pytest.mark.parametrize(
    ("text", "speaker", "said"),
    [
        # a body's full name in guillemets in the subject phrase, then ``بأن`` (aawsat, 2015-07-21)
        ("وأضاف قبادي الذي يشغل عضوية «لجنة العلاقات الخارجية في المجلس الوطني للمقاومة الإيرانية»، بأن بعض "
         "التقديرات تشير إلى إنفاق نظام طهران 300 مليار دولار على البرنامج النووي.",
         "قبادي", "بعض التقديرات تشير إلى إنفاق نظام طهران 300 مليار دولار على البرنامج النووي"),
        # the body itself speaks, its name in guillemets (aawsat, 2015-07-21)
        ("وفي موازاة حصار الزبداني أعلن «اتحاد تنسيقيات الثورة»، أن «سيارة مفخخة انفجرت في باب الجابية بوسط "
         "العاصمة دمشق أدت إلى سقوط الكثير من الإصابات».",
         "اتحاد تنسيقيات الثورة", "سيارة مفخخة انفجرت في باب الجابية بوسط العاصمة دمشق أدت إلى سقوط الكثير من الإصابات"),
    ],
)
def test_a_name_in_quotation_marks_before_that_is_not_the_statement(text: str, speaker: str, said: str) -> None:
    (quote,) = quotes_of(text)
    assert (quote.speaker_name, quote.text) == (speaker, said)


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
    # an ordinary person is shown by the words that describe him, and as sure as a source
    (quote,) = quotes_of("وقال مواطن سعودي إن الخدمات تحسنت كثيرا هذا العام.")
    assert (quote.speaker_name, attributed(quote)) == ("مواطن سعودي", True)
    # with the article, the name that follows speaks
    (quote,) = quotes_of("وقال المواطن محمد الشهري إن الخدمات تحسنت كثيرا هذا العام.")
    assert quote.speaker_name == "محمد الشهري"


# --- issue 20: who said what, without putting words in the wrong mouth -------------------------------


def shown(text: str) -> list[tuple[str | None, str]]:
    """(speaker shown, first words) per quote: the speaker's name, or None for unclear attribution."""
    return [(q.speaker_name if attributed(q) else None, " ".join(q.text.split()[:3])) for q in quotes_of(text)]


def test_continuations_go_to_the_last_speaker_not_to_one_quoted_in_between() -> None:
    """``وأضاف`` after a brother quoted in between is the brother's; ``مؤكداً`` and ``ويضيف`` go on with the
    speaker of their sentence."""
    text = ("وقال والد الضحية محمد الشهري إن ابنه كان متفوقا في دراسته، مؤكداً أن المدرسة لم تبلغه بأي مشكلة.\n"
            "من جهته، قال شقيقه عبدالله الشهري إن العائلة تطالب بمحاسبة المتسببين في الحادث.\n"
            "وأضاف أن الأسرة لن تتنازل عن حقها مهما طال الوقت.\n"
            "ويضيف الشقيق أن التحقيقات لم تبدأ حتى الآن رغم مرور أسبوع.")
    assert shown(text) == [
        ("محمد الشهري", "ابنه كان متفوقا"),
        ("محمد الشهري", "المدرسة لم تبلغه"),
        ("عبدالله الشهري", "العائلة تطالب بمحاسبة"),
        ("عبدالله الشهري", "الأسرة لن تتنازل"),
        ("عبدالله الشهري", "التحقيقات لم تبدأ"),
    ]


def test_an_interviewers_question_is_no_quote_and_no_speaker() -> None:
    """The journalist's question (``وسألته «الرياض»``) is neither a statement nor the subject a later
    ``فأجاب`` or ``وأضاف`` goes on with."""
    text = ("وقال مدرب الفريق خالد العطوي إن اللاعبين جاهزون للمباراة النهائية.\n"
            "وسألته «الرياض»: هل تخشى غياب المهاجمين عن اللقاء؟\n"
            "فأجاب: «لا، لدينا بدلاء جاهزون لتعويض أي غياب».\n"
            "وأضاف أن الجماهير ستكون العامل الحاسم في المباراة.")
    assert shown(text) == [
        ("خالد العطوي", "اللاعبين جاهزون للمباراة"),
        ("خالد العطوي", "لا، لدينا بدلاء"),
        ("خالد العطوي", "الجماهير ستكون العامل"),
    ]


def test_a_continuation_whose_gender_fits_no_recent_speaker_is_unclear() -> None:
    """``وقالت`` after a man's statement: the statement is not given to him."""
    text = ("وقال مدير الشركة سامي الحربي إن الأرباح ارتفعت هذا العام.\n"
            "وقالت إن الخطة تشمل افتتاح فروع جديدة في ثلاث مدن.")
    assert shown(text) == [("سامي الحربي", "الأرباح ارتفعت هذا"), (None, "الخطة تشمل افتتاح")]


def test_a_pronoun_after_someone_else_is_named_is_unclear() -> None:
    """``لكنه أعلن`` after a sentence about another person may be that person's: not shown under a name."""
    text = ("قال رئيس الاتحاد أحمد عيد إن بلاتر تخلى عن عضويته في اللجنة.\n"
            "وأعيد انتخاب سيب بلاتر لولاية خامسة في مايو لكنه أعلن أنه سيتنحى عن منصبه بعد أيام.")
    assert shown(text) == [("أحمد عيد", "بلاتر تخلى عن"), (None, "سيتنحى عن منصبه")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an office resolved to the person the article names for it
        ("وقال الرئيس الفلسطيني محمود عباس إن القيادة لن تقبل بأي حلول مؤقتة.\n"
         "وأكد الرئيس الفلسطيني أن الاستيطان يقوض فرص السلام في المنطقة.", "محمود عباس"),
        # a description written beside a name earlier (``X، والد الطيار …``)
        # written when the CRF was the default tagger; the joint tagger (the default since stop 39) reads the
        # name without ``صافي`` (also "net, pure"), which a test leaving the CRF in use hid until stop 44.
        # Kept visible: a strict xfail fails the day it is fixed.
        pytest.param(
            "قال صافي الكساسبة، والد الطيار الأردني معاذ الكساسبة، إن العائلة تنتظر أي خبر عن ابنها.\n"
            "وأضاف والد معاذ أن الحكومة الأردنية وعدته بالعمل على إطلاق سراحه.", "صافي الكساسبة",
            marks=pytest.mark.xfail(strict=True, reason="the joint tagger reads only الكساسبة"),
        ),
        ("قال جواد الكساسبة، عم الطيار الأردني معاذ الكساسبة، إن العائلة تنتظر أي خبر عن ابنها.\n"
         "وأضاف عم معاذ أن الحكومة الأردنية وعدته بالعمل على إطلاق سراحه.", "جواد الكساسبة"),
        # the same office in other words (``الناطق`` = ``المتحدث``، ``الخارجية`` = ``وزارة الخارجية``)
        ("وقال المتحدث باسم وزارة الخارجية أحمد أبو زيد إن مصر تتابع التطورات عن كثب.\n"
         "وأضاف الناطق باسم الخارجية أن القاهرة على اتصال بكل الأطراف المعنية.", "أحمد أبو زيد"),
    ],
)
def test_speaker_named_by_office_or_description_is_the_person_named_for_it(text: str, speaker: str) -> None:
    first, second = quotes_of(text)
    assert (first.speaker_name, second.speaker_name) == (speaker, speaker)
    assert attributed(second)


@pytest.mark.parametrize(
    "text",
    [
        # SaudiNewsNet 2015-08-07 (aljazirah): the office's body after ل and the courtesy word before it are the
        # office's; the honorific is the man named after it, not his office
        "ندد معالي الرئيس العام لهيئة الأمر بالمعروف والنهي عن المنكر الشيخ الدكتور عبدالرحمن بن عبدالله السند، "
        "بالتفجير الإرهابي. وقال معاليه: إن هذا التفجير يعد جرماً عظيماً وعدواناً كبيراً.",
        "ندد الرئيس العام للهيئة الشيخ الدكتور عبدالرحمن بن عبدالله السند، بالتفجير الإرهابي. "
        "وقال معاليه: إن هذا التفجير يعد جرماً عظيماً وعدواناً كبيراً.",
        "وقال معالي الرئيس العام لهيئة الأمر بالمعروف والنهي عن المنكر الشيخ الدكتور عبدالرحمن بن عبدالله السند "
        "إن هذا التفجير يعد جرماً عظيماً وعدواناً كبيراً.",
    ],
)
def test_speaker_named_after_his_office_and_its_body_is_the_man(text: str) -> None:
    (quote,) = quotes_of(text)
    assert quote.speaker_name == "عبدالرحمن بن عبدالله السند"
    assert attributed(quote)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the body headed by someone speaks, not its head; a body whose head noun only news uses (a station, a
        # mission), its name in brackets closed as written (SaudiNewsNet 2015-07-21, 2015-08-01)
        ("أعلنت الحكومة المؤقتة برئاسة عبد الله الثني الترحيب بالاتفاق، وقالت إنه خطوة على بداية الطريق الصحيح.",
         "الحكومة المؤقتة"),
        ("ذكرت محطة «سي بي إس نيوز» أن البيت الأبيض أغلق لفترة وجيزة مساء أمس الجمعة.", "محطة سي بي إس نيوز"),
        ("وقالت بعثة الأمم المتحدة لمساعدة العراق (يونامي) ان 1332 عراقيا لقوا مصرعهم خلال يوليو الماضي.",
         "بعثة الأمم المتحدة لمساعدة العراق (يونامي)"),
        ("وكانت شركة (موبايلي) قد ذكرت في بيان لها أنها قررت تغيير السياسة المحاسبية.", "شركة (موبايلي)"),
    ],
)
def test_bodies_speak_by_their_names_as_written(text: str, speaker: str) -> None:
    (quote, *_) = quotes_of(text)
    assert (quote.speaker_name, attributed(quote)) == (speaker, True)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # SaudiNewsNet 2015-08-01 (alyaum, okaz): the office's body after ب, then its holder's name set off by commas;
        # the programme of the office in quotation marks, then the name
        ("أوضح مدير العلاقات العامة والإعلام بجمعية البر بالاحساء، وليد بن خالد البوسيف، ان الجمعية قدمت كل ما "
         "تحتاجه الأسر العمانية.", "وليد بن خالد البوسيف"),
        ('من جانبه أكد المشرف العام لبرنامج "اصنع مهارة" نايف الهاجري أن البرنامج سيوفر 70 وظيفة لمدة شهرين.',
         "نايف الهاجري"),
        # SaudiNewsNet 2015-07-26: a surname after a courtesy title or what the person is; research as a source;
        # a museum's statement; the subject after "at a time when"; who gave the speech the verb is said in
        ("وأضاف المهندس الشمايلة ان عملية التجهيز تحتاج الى دقة في إيصال التوصيلات.", "الشمايلة"),
        ("وأكد المدرب المشوح أن بناء الذات يبدأ من الثقة.", "المشوح"),
        ("وتشير الأبحاث إلى أن واحدا من أربعة مقترضين بريطانيين ينفق أكثر من ربع دخله.", "الأبحاث"),
        ("وقال المتحف في بيان الخميس إن رسم صورة شخصية للذات كان انعكاسا للمهارة.", "المتحف"),
        ("طلب صندوق النقد الدولي قرضا، في وقت أكدت فيه أثينا أنها ستبدأ محادثات مع دائنيها.", "أثينا"),
        ("وألقى وكيل الوزارة الشيخ عبدالمجيد العمري كلمة في حفل الافتتاح أكد فيها أن مشاركة المملكة واجبة.",
         "عبدالمجيد العمري"),
    ],
)
def test_speakers_a_reader_names_without_effort(text: str, speaker: str) -> None:
    (quote,) = quotes_of(text)
    assert (quote.speaker_name, attributed(quote)) == (speaker, True)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a participle after a common noun is its adjective, no surname; after a document the name is the object
        ("وأفادت المعلومات المتداولة أن عبد العزيز كتب في دليل التخرج عبارة غريبة.", "المتداولة"),
        ("وأصدر مجلس الأمن 6 قرارات ما بين 2006 و2010، يطالب فيها إيران بوقف تخصيب اليورانيوم.", "إيران"),
    ],
)
def test_words_that_only_look_like_a_speaker_are_not_one(text: str, wrong: str) -> None:
    assert all(q.speaker_name != wrong or not attributed(q) for q in quotes_of(text))


def test_gods_word_quoted_is_no_ones_statement() -> None:
    """``قال تعالى: {...}`` in a statement or a column was listed with ``تعالى`` for a speaker (SaudiNewsNet 2015-08-09)."""
    text = ("وأسفر التفجير عن استشهاد عدد من المصلين. قال تعالى: {وَمَنْ يَقْتُلْ مُؤْمِنًا مُتَعَمِّدًا فَجَزَاؤُهُ جَهَنَّمُ}. "
            "وقال المتحدث الأمني إن التحقيقات مستمرة لكشف كل من شارك في الجريمة.")
    assert [q.cue for q in quotes_of(text)] == ["قال"] and quotes_of(text)[0].text.startswith("التحقيقات")


@pytest.mark.parametrize(
    ("text", "wrong", "speaker"),
    [
        # SaudiNewsNet 2015-07-21: who was called on, in the accusative, after the verb; the subject was named before
        ("وتطلب الوظيفة خبرة لا تقل عن سبع سنوات، وأعلنت هيئة الرقابة والتحقيق عن الوظائف الشاغرة. ودعت المتقدمين إلى "
         "إرفاق بيان خدمة حديث للموظف.", "المتقدمين", None),
        ("وقال رئيس المفوضية الأوروبية جان كلود يونكر للصحفيين إن الاتفاق ممكن، ودعا اليونانيين إلى التصويت "
         "بالقبول أو مواجهة خطر الخروج من منطقة اليورو.", "اليونانيين", "جان كلود يونكر"),
    ],
)
def test_a_plural_in_the_accusative_after_the_verb_is_who_was_called_on(text: str, wrong: str, speaker: str | None) -> None:
    quote = quotes_of(text)[-1]
    assert quote.speaker_name != wrong
    if speaker is not None:
        assert (quote.speaker_name, attributed(quote)) == (speaker, True)


def test_a_genitive_plural_and_its_adjective_stay_in_the_speakers_name() -> None:
    """``أحد الدبلوماسيين الغربيين`` and ``بحسب المحللين``: the plural in ``-ين`` is the speaker's own, not an object."""
    found = [q.speaker_name for q in quotes_of(
        "وقال أحد الدبلوماسيين الغربيين إن الاتفاق لا يعالج شيئا. وتعتمد ميزانيات الدول الأفقر على النفط، بحسب "
        "المحللين، ولن تتحمل هبوط الأسعار طويلا.")]
    assert found[0] == "أحد الدبلوماسيين الغربيين" and "المحللين" in found


def test_the_counterparts_office_is_not_the_hosts() -> None:
    """A joint press conference (SaudiNewsNet 2015-07-24): ``وزير الخارجية المصري`` is not the ``وزير الخارجية السعودي``
    named first, nor the host whose clause (``ذكر الجبير أن لقاء وزير خارجية مصر مع الأمير ...``) names him."""
    text = ("أفاد وزير الخارجية السعودي، عادل الجبير، أمس، بأن زيارة وفد حركة حماس كانت من أجل أداء مناسك العمرة. "
            "وذكر الجبير أن لقاء وزير خارجية مصر مع الأمير محمد بن نايف تطرق لمناقشة العلاقات الثنائية بين البلدين.\n\n"
            "من جانبه، قال وزير الخارجية المصري، إن «هناك تطابقًا في وجهتي النظر المصرية والسعودية تجاه كل أزمات المنطقة».")
    quote = quotes_of(text)[-1]
    assert quote.text.startswith("هناك تطابق")
    assert quote.speaker_name not in ("عادل الجبير", "الجبير", "محمد بن نايف")


def test_a_prayer_is_no_statement_and_ends_the_one_before_it() -> None:
    """``داعياً الله أن لا يريه أي مكروه`` closed each of four condolence calls in one article and was the minister's
    statement four times over (SaudiNewsNet 2015-08-08); what he said before it stays his, without the prayer, and a
    call on people (``دعا ... إلى``) is still a statement."""
    text = ("وقال القنصل العام إن الموضوع محل اهتمام القنصلية وجرى تفعيل خطة الطوارئ، داعياً الله العلي القدير أن "
            "يحفظ الجميع من كل مكروه.\n\nودعا وزير الداخلية محمد سالم الغبان إلى الإسراع في إنجاز التحقيق في التفجير.")
    found = [(q.cue, q.text) for q in quotes_of(text)]
    assert found == [
        ("قال", "الموضوع محل اهتمام القنصلية وجرى تفعيل خطة الطوارئ"),
        ("دعا", "الإسراع في إنجاز التحقيق في التفجير"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # SaudiNewsNet 2015-08-08: the one who prays, or an aside, between the verb and God's name
        "ودعا سمو الأمير نايف بن ثنيان - الله عز وجل - أن يتغمد المتوفين بواسع رحمته وأن يدخلهم فسيح جناته.",
        "ودعا معاليه في ختام تصريحه المولى عز وجل أن يحفظ على بلادنا أمنها واستقرارها ويديم عليها نعمه.",
    ],
)
def test_a_prayer_with_words_before_gods_name_is_no_statement(text: str) -> None:
    assert quotes_of(text) == []


def test_a_call_by_a_man_named_abdullah_is_a_statement() -> None:
    quotes = quotes_of("ودعا الملك عبد الله بن عبد العزيز إلى عقد مؤتمر دولي لمساعدة الاقتصاد المصري في مارس المقبل.")
    assert [q.cue for q in quotes] == ["دعا"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # SaudiNewsNet 2015-08-09: "that" before the one who said it; an office named with its preposition
        ("أوضح ذلك الناطق الإعلامي المكلف لشرطة المنطقة الشرقية الرائد عبدالعزيز الحربي، وقال: شملت الحملة حي العدامة.",
         "عبدالعزيز الحربي"),
        ("كما أوضح المشرف على البرنامج وعضو هيئة الخبراء في جامعة هارفارد الدكتور مساعد الأحمد من جانبه أن البرنامج "
         "أنشئ لإعداد القادة.", "الأحمد"),
    ],
)
def test_the_speaker_after_what_was_said_and_an_offices_preposition(text: str, speaker: str) -> None:
    quote = quotes_of(text)[-1]
    assert (quote.speaker_name, attributed(quote)) == (speaker, True)


def test_that_before_no_one_is_what_was_said() -> None:
    """``إذ تعلن ذلك لتبين أن``: ``ذلك`` is what the ministry announces, no speaker (SaudiNewsNet 2015-08-09)."""
    (quote,) = quotes_of("ووزارة الداخلية إذ تعلن ذلك لتبين أن مثل هذا العمل الجبان لن يزيدنا إلا قوة.")
    assert quote.speaker_name != "ذلك"


def test_a_name_in_brackets_before_a_relative_is_not_the_speaker() -> None:
    """``إيلون ماسك مؤسس شركة (سبيس إكس) الذي قال``: the founder said it; the company in brackets ends his
    description (SaudiNewsNet 2015-07-21 made the company the speaker for a while)."""
    text = ("ينضم ميلنر إلى مستثمرين منهم ايلون ماسك مؤسس شركة سبيس إكسبلوريشن تكنولوجيز (سبيس إكس) الذي قال "
            "إنه يود استعمار المريخ يوما ما.")
    assert all("سبيس" not in (q.speaker_name or "") for q in quotes_of(text))


def test_office_read_in_one_article_is_linked_to_the_person_another_article_names() -> None:
    """``قال وزير الخارجية الأردني`` in one article, the minister named with that office in another: the
    story's entity resolution gives both quotes the same speaker entity."""
    named = Article(id="a", text="قال وزير الخارجية الأردني أيمن الصفدي إن بلاده تدعم الحل السياسي في سوريا.")
    office = Article(id="b", text="وقال وزير الخارجية الأردني إن عمان ستستضيف اجتماعا للدول المانحة الشهر المقبل.")
    story = read_story("s", [named, office])
    (minister,) = [e for e in story.entities if e.name == "أيمن الصفدي"]
    assert [q.speaker for q in sorted(story.quotes, key=lambda q: q.article)] == [minister.id, minister.id]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("قالت وزارة الخارجية المصرية في بيان إن الهجوم عمل إرهابي جبان.", "وزارة الخارجية المصرية"),
        # the state speaks; the ambassador is its voice
        ("أدانت الكويت على لسان سفيرها لدى الأمم المتحدة الهجوم، وأكدت أنها تقف إلى جانب المملكة في إجراءاتها.",
         "الكويت"),
        ("وأبلغت تركيا الأمم المتحدة أنها بدأت شن غارات جوية على مواقع التنظيم في سوريا.", "تركيا"),
    ],
)
def test_organizations_and_states_speak_for_themselves(text: str, speaker: str) -> None:
    (quote,) = quotes_of(text)
    assert (quote.speaker_name, attributed(quote)) == (speaker, True)


def test_a_later_mention_of_an_organization_is_the_same_speaker() -> None:
    text = "قالت وزارة الخارجية المصرية في بيان إن الهجوم عمل إرهابي جبان. وأضافت الوزارة أن مصر تتضامن مع تونس."
    assert [q.speaker_name for q in quotes_of(text)] == ["وزارة الخارجية المصرية", "وزارة الخارجية المصرية"]


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "relay"),
    [
        ("وبحسب وزارة الصحة، فإن عدد الإصابات ارتفع إلى 120 حالة.", "بحسب", "وزارة الصحة", None),
        ("وقال المتحدث باسم الشرطة إن التحقيقات في الحادث ما زالت مستمرة، وفقا لما ذكرته وكالة الأنباء الرسمية.",
         "قال", "المتحدث باسم الشرطة", "وكالة الأنباء الرسمية"),
        ("ونقلا عن مصادر في الشركة، فإن الصفقة ستعلن الأسبوع المقبل.", "نقلاً عن", "مصادر", None),
        ("وجاء على لسان وزير المالية إبراهيم العساف أن الميزانية ستحقق فائضا للمرة الأولى.", "على لسان",
         "إبراهيم العساف", None),
        # ``في تصريح لـ«عكاظ»``، ``لرويترز``: the outlet is an addressee, neither speaker nor relay
        ("وأفاد مدير المستشفى في تصريح لـ«عكاظ» بأن حالة المصابين مستقرة.", "أفاد", "مدير المستشفى", None),
        ("وقال محمد العلي لرويترز إن الأسعار سترتفع في الربع المقبل.", "قال", "محمد العلي", None),
        # a real relay: the agency relays, the source speaks
        ("ونقلت وكالة الأنباء السعودية عن مصدر مسؤول في وزارة الداخلية قوله إن قوات الأمن أحبطت محاولة تهريب.",
         "نقل", "مصدر مسؤول", "وكالة الأنباء السعودية"),
    ],
)
def test_attribution_phrases(text: str, cue: str, speaker: str, relay: str | None) -> None:
    (quote,) = quotes_of(text)
    assert (quote.cue, quote.speaker_name, quote.relayed_by_name) == (cue, speaker, relay)


def test_nested_statement_stays_in_the_outer_speakers_quote() -> None:
    """A statement reported inside a quote (``قال … إن الرئيس أكد له أن``، a quotation within a quotation)
    is the outer speaker's: one quote, not two, and no new speaker."""
    text = ("وقال وزير الخارجية عادل الجبير إن الرئيس الأمريكي أكد له أن واشنطن ملتزمة بأمن الخليج.\n"
            "وأضاف: «لقد أبلغنا الوزير الإيراني أن “المملكة لن تقبل بالتدخل في شؤونها”، وهذا موقفنا الثابت».")
    assert shown(text) == [("عادل الجبير", "الرئيس الأمريكي أكد"), ("عادل الجبير", "لقد أبلغنا الوزير")]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        # a mark opened and never closed: the words run to the line's end, not into the next statement
        ("وقالت الوزارة في بيان: «نؤكد على جميع المواطنين مراعاة الأنظمة المعمول بها. من ناحيته، أيد المحامي "
         "نزيه موسى ما حذرت منه الوزارة، قائلا إن المخالفين سيحاسبون.", "نؤكد على جميع المواطنين مراعاة الأنظمة المعمول بها"),
        # a mark glued to the verb (``وتابع"``) opens
        ('وتابع" انا من عشاق درويش شعراً وشخصا وانساناً".', "انا من عشاق درويش شعراً وشخصا وانساناً"),
        # mixed shapes pair
        ("وقال الوزير: «إن المشروع سيكتمل قبل نهاية العام”.", "إن المشروع سيكتمل قبل نهاية العام"),
    ],
)
def test_broken_quotation_marks(text: str, quoted: str) -> None:
    assert quotes_of(text)[0].text == quoted


def test_a_stray_closing_mark_is_left_out() -> None:
    (quote,) = quotes_of("وقال اللاعب: لن أغادر النادي في الموسم المقبل».")
    assert quote.text == "لن أغادر النادي في الموسم المقبل"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("وقال مسؤولون فلسطينيون إن المفاوضات متوقفة منذ شهرين.", "مسؤولون فلسطينيون"),
        ("وذكرت تقارير أن الوسطاء يسعون لاستئناف المفاوضات.", "تقارير"),
        ("وقالت مصادر مطلعة إن الاجتماع سيعقد في القاهرة الأسبوع المقبل.", "مصادر مطلعة"),
        # an ordinary person described (SaudiNewsNet 2015-07-23: left unclear)
        ('وقال سائق أردني: "تقدمت إلى إدارة السير في الأردن، وأوضحت لهم خطورة الطريق".', "سائق أردني"),
        ("وقالت ناخبة في غيهوشا، شمال شرقي العاصمة: «لا أريد أن أعود إلى الحي الذي أسكن فيه».", "ناخبة"),
    ],
)
def test_generic_sources_stay_unattributed(text: str, source: str) -> None:
    """An unnamed source is shown by its words and never becomes an entity, even after a named one."""
    article = Article(id="t", text="وقال رئيس الوزراء محمود عباس إن السلطة ملتزمة بالاتفاقات. " + text)
    mentions = recognize_entities(article)
    quotes = link_speakers(find_quotes(article, mentions), resolve_entities(mentions, [article]))
    assert (quotes[-1].speaker_name, quotes[-1].speaker_span, quotes[-1].speaker) == (source, None, None)


def test_the_passive_voice_attributes_nothing() -> None:
    assert quotes_of("وأفيد بأن الاجتماع المقبل سيعقد في القاهرة. ويذكر أن الجولة السابقة فشلت.") == []


def test_a_statement_issued_by_someone_is_theirs() -> None:
    """``وقال بيان صادر عن X``: X issued it (SaudiNewsNet 2015-07-21 showed the speaker as ``بيان صادر``);
    ``عن المجلس`` is the council named before; an issuer the recognizer misses is shown with the statement."""
    quote = "«المقاومة تحفظ حقوق الأسرى ولا تمس أحدا منهم بسوء»"
    council = f"من جهته نفى مجلس المقاومة الشعبية في عدن ما تم تداوله. وقال بيان صادر عن المجلس إن {quote}."
    assert [q.speaker_name for q in quotes_of(council)] == ["مجلس المقاومة الشعبية"]
    ministry = f"وقال بيان صادر عن وزارة الداخلية إن {quote}."
    assert [q.speaker_name for q in quotes_of(ministry)] == ["وزارة الداخلية"]
    court = f"وأكد بيان صادر عن الديوان الملكي اليوم أن {quote}."  # a listed organization since stop 39
    assert [q.speaker_name for q in quotes_of(court)] == ["الديوان الملكي"]
    office = f"وأكد بيان صادر عن المكتب الإعلامي اليوم أن {quote}."
    assert [q.speaker_name for q in quotes_of(office)] == ["بيان صادر عن المكتب الإعلامي"]


def test_quotes_a_pronoun_for_the_speech_is_not_its_speaker() -> None:
    """``ألقى X كلمة أشار فيها إلى أن``: فيها is the speech; the speaker is who gave it (SaudiNewsNet
    2015-08-02, sabq, where ``فيها`` was shown as a speaker)."""
    text = (
        "بعدها ألقى شيخ قبائل العمور وأحد أقارب الشهيد محمد حمد العمري، كلمة أشار فيها الى أن كل معتدٍ "
        "على هذه البلاد وأمنها لن يجد خيراً."
    )
    article = Article(id="a1", text=text)
    quotes = find_quotes(article, recognize_entities(article))
    assert quotes and all(q.speaker_name == "محمد حمد العمري" for q in quotes)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # aljazirah, 2015-08-02: ``عليه وسلم`` was shown as the speaker of a hadith
        ("وقال صلى الله عليه وسلم: (من أصبح منكم آمناً في سربه، معافى في جسده، فكأنما حيزت له الدنيا).", None),
        # aawsat, 2015-08-02: ``رحمه الله`` after the name was part of it
        ("وقال الملك فهد رحمه الله إن مصلحة الوطن تحتم الحرص على عدم رفع كلفة الاستثمارات.", "فهد"),
    ],
)
def test_quotes_a_benediction_is_never_a_speakers_name(text: str, speaker: str | None) -> None:
    article = Article(id="a1", text=text)
    quotes = find_quotes(article, recognize_entities(article))
    assert quotes and all(q.speaker_name == speaker for q in quotes)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # SaudiNewsNet 2015-07-21: ``بقوله``، ``معلقا``، ``بعدها``، ``قائل`` were shown as speakers
        (
            "وقال اللاعب ياسر القحطاني إن الفريق جاهز للموسم. "
            "واختتم حديثه بقوله: «أقدم شكري وتقديري لكل الجماهير الهلالية».",
            "ياسر القحطاني",
        ),
        ("لكنه أعلن بعدها بأيام استقالته رغم انه شخصيا لم يتهم بأي تجاوزات أو مخالفات.", None),
        ("وقد يقول قائل إن هذه البيانات الرسمية لا تكفي لتقدير حجم الطلب.", None),
        ("وفي السياق نفسه، كشف النقاب أمس عن مساع يقوم بها سكرتير الحكومة السابق لإقناع الأحزاب.", None),
        # SaudiNewsNet 2015-08-04: ``متأسفاً``، ``رسمياً``، a percentage, ``الشركة قيامها``، ``الوزير بهذا الخصوص``
        ("وقال متأسفاً إن الفريق خسر فرصة التأهل إلى الدور النهائي من البطولة.", None),
        ("وقال 63 في المئة من المستطلعين إنهم يؤيدون القرار الجديد للحكومة.", None),
        ("وأوضحت الشركة قيامها بتنفيذ جهود متميزة لإظهار الفرع، مؤكدة أن العملاء سيجدون الخدمة كاملة.", "الشركة"),
        ("وقال الوزير بهذا الخصوص إن الوزارة تعمل على إنهاء المشروع قبل نهاية العام.", "الوزير"),
        # SaudiNewsNet 2015-07-22: a participle with its tanween unwritten, ``مدافعا``, was shown as the speaker
        ("وتابع مدافعا عن موقفه: «أقول لكم إننا بذلنا أقصى ما في وسعنا لحماية مصالح البلاد».", None),
        ("وقال ظريف مخاطبا نواب البرلمان: «نحن لا نقول إن الاتفاق بالكامل في صالح إيران».", "ظريف"),
        # ... but ``نا`` (our) on a noun is no such participle
        ("وأشارت مصادرنا إلى أنه برفقة الشهري ثلاثة مطلوبين آخرين ولا تزال العملية محل المتابعة.", "مصادرنا"),
        # a condition ends the subject (``بحسب محللين إذا نجح المؤشر العام للبورصة`` was the speaker)
        ("وذكر محللون إذا نجح المؤشر في الثبات فوق هذا المستوى أن السوق ستتجه إلى الصعود.", "محللون"),
        # ... and so does ``إثر`` (in the wake of), SaudiNewsNet 2015-07-24
        ("وقال وزير الإعلام رمزي جريج إثر انتهاء جلسة مجلس الوزراء إن الحكومة ستواصل عملها.", "وزير الإعلام رمزي جريج"),
        # a word with the article takes no pronoun: ``المتهم`` is not ``المت`` + ``هم`` (SaudiNewsNet 2015-07-24)
        ("ونفى وكيل المتهم أمام المحكمة أن يكون موكله قد تربح من أموال ناتجة عن نشاط غير مشروع.", "وكيل المتهم"),
    ],
)
def test_quotes_words_after_the_verb_that_name_no_one(text: str, speaker: str | None) -> None:
    article = Article(id="a1", text=text)
    quotes = find_quotes(article, recognize_entities(article))
    assert all(q.speaker_name == speaker for q in quotes), [q.speaker_name for q in quotes]
    assert speaker is None or quotes


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # MultiLing M004: the ل of ``وفقا لروجر بلهام`` was shown as the name's first letter
        ("وارتفع عدد الضحايا إلى 120 ألفا، وفقا لروجر بلهام المسؤول في المنظمة.", "روجر بلهام"),
        ("وارتفع عدد القتلى إلى عشرة، وفقاً للهيئة العامة للأرصاد.", "الهيئة العامة للأرصاد"),
    ],
)
def test_quotes_a_source_after_the_preposition_its_word_takes(text: str, speaker: str) -> None:
    article = Article(id="a1", text=text)
    assert [q.speaker_name for q in find_quotes(article, recognize_entities(article))] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("أكدت القوات الموالية لحكومة الرئيس اليمني عبدربه منصور هادي اليوم الاثنين أنها بسطت سيطرتها على "
         "الجزء الأكبر من حي التواهي آخر معقل للحوثيين في عدن.",
         "القوات الموالية لحكومة الرئيس اليمني عبدربه منصور هادي"),
        ("وأكدت المؤسسة العامة لجسر الملك فهد، في بيان لها، أن سبب انقطاع التيار الكهربائي في الجسر هو خلل في "
         "المغذي الرئيس.",
         "المؤسسة العامة لجسر الملك فهد"),
        # SaudiNewsNet 2015-07-22: ``الشهر`` and ``القول`` were read into the speaker's name
        ("وكانت رابطة أندية الدوري الإسباني لكرة القدم أعلنت الشهر الماضي أن نادي التشي هبط إلى الدرجة الثانية.",
         "رابطة أندية الدوري الإسباني لكرة القدم"),
        ("ونقلت وسائل الإعلام في بيونجيانج عن المتحدث باسم وزارة الخارجية القول إنه سوف يكون من غير المنطقي "
         "مقارنة البلدين.",
         "المتحدث باسم وزارة الخارجية"),
    ],
)
def test_the_speaker_is_the_subject_whole_and_no_more(text: str, speaker: str) -> None:
    # SaudiNewsNet 2015-07-22: a body speaks for itself when a person is named in its complement (the forces'
    # statement was shown as Hadi's, the bridge authority's as Fahd's); a time or a saying noun after the cue
    # is no part of the name
    (quote,) = quotes_of(text)
    assert quote.speaker_name == speaker



def test_after_an_honorific_the_words_are_the_object_not_the_speaker() -> None:
    # SaudiNewsNet 2015-07-22 (alyaum): ``الإطاحة`` was shown as the speaker
    text = (
        "وقال سموه خلال لقائه بموظفي الإمارة في مكتبه أمس \"نحمد الله ونشكره أن منّ علينا بنعمة الأمن في هذه البلاد "
        "المباركة، وأن سخر لها قيادة حريصة على أمن المواطنين والمقيمين وتحقيق العيش الكريم لهم. ونوه بجهود رجال "
        "الأمن البواسل، الذين بفضل الله ثم بفضل يقظتهم سددوا ضربات استباقية أجهضت المخططات الإرهابية وأفشلت كل "
        "محاولات التخريب وغرس الفتنة في نسيج أبناء المجتمع السعودي المتماسك\". ووصف سموه الإطاحة بهذا التنظيم "
        "بأنه إنجاز مشرف لكل مواطن، ومصدر فخر للجميع بين الأمم والدول، وقال إن هذا ليس بغريب على رجال يضربون بيد "
        "من حديد كل من يحاول المساس بأمن هذه البلاد، ويقفون درعا لحفظ الأمن وبسط الأمان\"."
    )
    assert "الإطاحة" not in {q.speaker_name for q in quotes_of(text)}


def test_the_article_of_an_ordinal_in_digits_is_no_part_of_the_speaker() -> None:
    text = "وكشف التقرير الـ51 الذي أصدرته مؤسسة النقد العربي السعودي أن إجمالي القروض ارتفع."
    assert all(not (q.speaker_name or "").endswith("الـ") for q in quotes_of(text))


def test_a_share_of_people_is_no_speaker_named_nahw() -> None:
    # SaudiNewsNet 2015-08-11: ``نحو`` was shown as the speaker of a poll's finding
    text = "وفي المقابل رأى نحو 75 في المائة من الذين شملهم الاستطلاع أنه لا يوجد داع كبير للقلق."
    assert "نحو" not in {q.speaker_name for q in quotes_of(text)}


def test_an_age_beside_the_subject_is_no_part_of_the_speaker() -> None:
    # SaudiNewsNet 2015-08-11: ``اللاعب البالغ`` was shown as the speaker
    text = ("ويرى مايكل كاريك أن الفريق تحسن. وقال اللاعب البالغ من العمر 34 عاما لموقع النادي على الانترنت "
            "\"اللاعبون الجدد الذين انضموا يمنحوننا الكثير\".")
    assert "اللاعب البالغ" not in {q.speaker_name for q in quotes_of(text)}


@pytest.mark.parametrize(
    "text",
    [
        # SaudiNewsNet 2015-07-22: the airport's place was read into the name, and the office alone was no one
        "قال مدير مطار أبها فهد العدواني إن حركة المسافرين ارتفعت خلال العيد. وأوضح المدير أن المطار يستعد لمشروعه.",
        "أكد محافظ مدينة عدن نايف البكري أن الأوضاع في عدن سيئة لكنه شدد على أن عمليات الإصلاح بدأت. وأوضح "
        "المحافظ في حديث لـ «سكاي نيوز عربية» أن كل مديريات عدن أصبحت تحت سيطرة المقاومة.",
    ],
)
def test_the_man_named_after_an_office_of_a_named_place_speaks_and_his_office_alone_is_him(text: str) -> None:
    names = [q.speaker_name for q in quotes_of(text)]
    assert len(names) >= 2 and len(set(names)) == 1 and names[0] in {"فهد العدواني", "نايف البكري"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the verb's object after a subject a definite word closed (SaudiNewsNet 2015-07-21)
        ("ونفى متحدث باسم المتمردين مزاعم الحكومة بأن القوات دخلت المدينة وسيطرت على المطار بالكامل.",
         "متحدث باسم المتمردين"),
        # a name after the definite word goes on with it, a rank too, and so does a name Wikipedia hardly writes
        ("وقال المتحدث باسم الحوثيين محمد عبد السلام إن الحوار مستمر مع جميع الأطراف ولن يتوقف قريبا.",
         "محمد عبد السلام"),
        ("وأعلن قائد شرطة المنطقة غولستان قساني أن تلاسنا وقع بين مسلحين قبل بدء تبادل إطلاق النار.",
         "غولستان قساني"),
        # a relative in construct with a name is the speaker, not the one named (2015-07-21: ``فانينج``)
        ("وأشارت والدة فانينج إلى أنها لم تصدق ما حدث لابنها في الحادث المروع على الطريق السريع.",
         "والدة فانينج"),
    ],
)
def test_the_speakers_words_end_where_the_object_begins(text: str, speaker: str) -> None:
    (quote,) = quotes_of(text)
    assert quote.speaker_name == speaker


def test_a_body_named_near_a_person_elsewhere_is_no_office_of_his() -> None:
    # SaudiNewsNet 2015-07-21: the resistance's statement was given to the king its leaders had congratulated
    text = ("وهنأت شخصيات من المقاومة الشعبية بمحافظة مأرب، خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز بمناسبة "
            "العيد. وقالت المقاومة الشعبية في إقليم تهامة إنها قتلت 223 عنصرا من الميليشيات منذ أبريل الماضي.")
    (quote,) = quotes_of(text)
    assert quote.speaker_name == "المقاومة الشعبية في إقليم تهامة"


@pytest.mark.parametrize(
    ("text", "not_speaker", "speaker"),
    [
        # SaudiNewsNet 2015-08-01: the statement's participle was the speaker; the office that issued it speaks
        ("وقال نتنياهو إن الوضع خطير. وجاء في بيان صادر عن مكتب نتنياهو، في أعقاب العملية: «يعبر رئيس "
         "الوزراء عن صدمته من الحادث».", "صادر", "بيان صادر عن مكتب نتنياهو"),
        # the verb's object, a verbal noun, was the speaker of a subject left as a pronoun
        ("وتحدثت المصادر عن تفاؤل كبير، رغم أنها أكدت أيضًا وجود «عقبات وعراقيل تعترض سير المشاورات».",
         "وجود", None),
    ],
)
def test_speaker_is_neither_a_statements_participle_nor_the_verbs_object(
    text: str, not_speaker: str, speaker: str | None
) -> None:
    names = [q.speaker_name for q in quotes_of(text)]
    assert names and not_speaker not in names, names
    if speaker is not None:
        assert speaker in names, names


def test_a_noun_and_its_feminine_after_and_are_no_verb_and_its_subject() -> None:
    # SaudiNewsNet 2015-08-01: ``طالب وطالبة`` (students) made ``وطالبة`` a speaker four times
    text = ("وأوضح الدكتور عبدالله اليحيا أن إجمالي المتخرجين يصل إلى أكثر من عشرة آلاف طالب وطالبة، "
            "وأضاف أن هذا الرقم يمثل عدداً معقولاً ولكن يحتاج إلى زيادة.")
    assert "وطالبة" not in [q.speaker_name for q in quotes_of(text)]


def test_an_addressee_in_brackets_before_the_subject_is_passed_over() -> None:
    # SaudiNewsNet 2015-08-02: ``كشف لـ(عكاظ) وكيل وزارة الصحة ...`` showed ``عكاظ) وكيل وزارة الصحة`` as the speaker
    text = "كشف لـ(عكاظ) وكيل وزارة الصحة للصحة العامة الدكتور عبدالله عسيري أن الوزارة «جاهزة لموسم الحج»."
    names = [q.speaker_name for q in quotes_of(text)]
    assert names and not any("عكاظ" in (n or "") for n in names), names


def test_the_subject_between_was_and_the_verb_speaks_not_the_name_after_it() -> None:
    # SaudiNewsNet 2015-07-21: ``وكان بلاتيني دعا بلاتر … إلى الاستقالة`` made Blatter call for his own resignation
    text = "وكان ميشيل بلاتيني دعا بلاتر قبل شهرين إلى الاستقالة ولكن دون جدوى."
    assert [q.speaker_name for q in quotes_of(text)] == ["ميشيل بلاتيني"]


def test_an_office_named_later_in_the_same_sentence_is_anothers() -> None:
    # SaudiNewsNet 2015-07-21 (alwatan): the resigned FIFA president was taken for UEFA's, named after ``فيما``
    text = ("من جانبه، أكد رئيس الاتحاد الدولي لكرة القدم المستقيل أنه لن يكون مرشحا للانتخابات المقبلة، فيما "
            "يدرس رئيس الاتحاد الأوروبي ميشيل بلاتيني فكرة الترشح لرئاسة فيفا بشكل جدي.")
    (quote,) = quotes_of(text)
    assert quote.speaker_name == "رئيس الاتحاد الدولي لكرة القدم المستقيل"


def test_a_sources_adjectives_are_no_name_after_it() -> None:
    # SaudiNewsNet 2015-07-21: ``مصدر حكومي يوناني`` was shown as the name ``حكومي يوناني``
    text = 'ومن جهته قال مصدر حكومي يوناني: إن "مسألتين ما تزالان عالقتين".'
    assert [q.speaker_name for q in quotes_of(text)] == ["مصدر حكومي يوناني"]
    # SaudiNewsNet 2015-07-24: feminine adjectives of a plural source, ``يمنية مطلعة``, were the speaker
    text = "أكدت مصادر يمنية مطلعة، أمس، أن جماعة الحوثي بدأت تنقل الأسرى إلى صنعاء."
    assert [q.speaker_name for q in quotes_of(text)] == ["مصادر يمنية مطلعة"]


def test_an_office_written_before_its_verb_speaks_and_the_next_feminine_verb_goes_on_with_her() -> None:
    # SaudiNewsNet 2015-07-21: the Iranian spokeswoman, named before ``أكدت``, was not read; ``وقالت`` then went on
    # with the German minister quoted before her
    text = ("ونقلت وكالة الصحافة الفرنسية عن غابريال قوله إن «علاقات جيدة مع ألمانيا تعني أنه يجب عدم تهديد أمن "
            "إسرائيل». لكن الناطقة باسم الخارجية الإيرانية مرضية أفخم أكدت مجددا على المواقف المختلفة للبلدين. "
            "وقالت كما نقلت عنها وكالة الأنباء الطلابية «مواقفنا مختلفة تماما مع ألمانيا حول المسائل الإقليمية».")
    names = [q.speaker_name for q in quotes_of(text)]
    assert names[0] == "غابريال" and names[-1] is not None and names[-1].startswith("الناطقة باسم الخارجية الإيرانية")


def test_an_official_of_a_body_written_before_the_verb_speaks_not_the_body() -> None:
    # SaudiNewsNet 2015-07-21 (alyaum, the EU's research funds): the words of an EU official, and the next
    # ``وأضاف``, were the EU's own
    text = ("غير أن مسؤول الاتحاد الاوروبي قال إن المخاوف التي تحيط بمشاركة شركات غير أوروبية في مشروعات أبحاث "
            "الاتحاد ليست في محلها. وأضاف \"بالطبع تلقى الشركات الاسرائيلية اهتماما. ولكن هذا لا يعني شيئا\".")
    assert [q.speaker_name for q in quotes_of(text)] == ["مسؤول الاتحاد الاوروبي"] * 2
    # the body itself before its verb still speaks
    assert [q.speaker_name for q in quotes_of("غير أن الاتحاد الاوروبي قال إن المخاوف ليست في محلها.")] == [
        "الاتحاد الاوروبي"
    ]


def test_a_verbal_noun_and_what_it_is_of_is_the_verbs_object_not_its_subject() -> None:
    # SaudiNewsNet 2015-07-21 (four outlets' copies of one wire): ``التثبت`` (the verification) was a speaker
    text = ("وعند تلقي المجلس تقريرا من الوكالة الدولية للطاقة الذرية يؤكد التثبت من أن البرنامج النووي الإيراني بات "
            "سلميا بالكامل، عندها يتم إلغاء القرارات السبعة التي اتخذتها الأمم المتحدة.")
    assert "التثبت" not in [q.speaker_name for q in quotes_of(text)]
    # after a verb whose content من opens, the noun before من أن is the subject
    assert [q.speaker_name for q in quotes_of("وحذرت الدراسة من أن المراهقين أكثر عرضة للخطر من غيرهم.")] == ["الدراسة"]


def test_the_reporter_of_a_byline_is_no_one_who_speaks() -> None:
    # SaudiNewsNet 2015-07-21 (sabq): the reporter of the byline was the one person named before the robot's
    # ``قائلة``, and was given its words
    text = ('أحمد علي- سبق- القاهرة: يسعى العلماء الأمريكيون لعمل "روبوتات" تحاكي الإنسان في كل شيء حتى الوعي والتفكير، '
            'وفي آخر اختبارات أجراها معهد البوليتكنيك في أمريكا على "الروبوتات"، نجحت الأخيرة في اجتياز اختبار "الوعي '
            'الذاتي" بنجاح. فقام معهد البوليتكنيك، بتطبيق ذات الاختبار بشكل حديث على "3 روبوتات"، وقالوا لاثنين منها: '
            'إنهما قد تناولا حبوباً تمنعهما من الكلام، قبل أن يسألوها: من ما زال يستطيع التحدث؟ فحاولت الـ"3 روبوتات" '
            'أن تقول "لا أعرف"؛ لكن واحدة منها عندما سمعت صوتها عدّلت إجابتها قائلة: "عذراً، أنا أعرف الآن".')
    assert not any(q.speaker_name and q.speaker_name.startswith("أحمد") for q in quotes_of(text))


def test_a_source_between_was_and_the_verb_speaks_not_the_body_after_it() -> None:
    # SaudiNewsNet 2015-07-21: the citizens' demand was the education ministry's, the object of ``طالبوا``
    text = ("وكان مواطنون قد طالبوا وزارة التعليم بالنظر في إمكانية تأجيل موعد بدء الدراسة إلى ما بعد عيد الأضحى "
            "المبارك، مؤكدين عدم جدوى الدراسة في الأسابيع الأربعة التي تسبق الإجازة.")
    assert {q.speaker_name for q in quotes_of(text)} == {"مواطنون"}


def test_what_was_said_in_a_post_or_letter_is_not_said_by_the_name_before_it() -> None:
    # SaudiNewsNet 2015-07-21: ``تغريدة على موقع «تويتر» قال فيها`` made Twitter the speaker, ``رسالة إلى ليون أكد فيها``
    # the envoy who received the letter
    for text, medium in (
        ("إثر ذلك أطلق الشيخ خالد بن أحمد آل خليفة تغريدة على موقع التواصل الاجتماعي «تويتر» قال فيها «نهنئ الشعب "
         "الإيراني بعيد الفطر المبارك ونتمنى له الخلاص».", "تويتر"),
        ("بينما قاطعها المؤتمر الوطني واكتفى بإرسال رسالة إلى برناردينو ليون أكد فيها على استمراره في الالتزام بمبدأ "
         "الحوار كأساس للحل.", "برناردينو ليون"),
    ):
        names = [q.speaker_name for q in quotes_of(text)]
        assert names and medium not in names, names


@pytest.mark.parametrize(
    "text",
    [
        # SaudiNewsNet 2015-07-22: the noun ``رأي`` has the verb ``رأى``'s key; ``يتم كشف`` is a passive's verbal
        # noun; ``وما يؤكد`` is "and what confirms": each gave a speaker and a quote
        "الرأي الذي يتبرع به صاحبه قبل أن يطلب منه، هو رأي يساق مجانا بلا ثمن، لذا من المتوقع أن يقابل بالبرود "
        "واللا مبالاة، فمن طبع الناس أن يستهينوا بما يحصلون عليه بالمجان.",
        "ولبعض العلماء رأي قاطع في تحريم تقنين الأحكام الشرعية ولذلك فإن لنا أن نعد هذا من باب الشجاعة.",
        "وكيف استطاع التحليق بالطائرة من غير أن يتم كشف مرورها بواسطة برج المراقبة خاصة أن النزلاء سمعوا أزيزها.",
        "فهي توفر معرضا متكاملا وعلى مستوى عال من الرقي ليكون رافدا جيدا وما يؤكد نجاحه هو استمراره للعام الـ16 "
        "على التوالي.خاتمة: شكرا من القلب لكل تحرك احترافي يخدم ويتكامل مع مجهودات أجهزة الدولة الخدماتية.",
    ],
)
def test_quotes_a_noun_or_a_passive_that_shares_a_verbs_letters_says_nothing(text: str) -> None:
    assert quotes_of(text) == [], [(q.cue, q.speaker_name, q.text) for q in quotes_of(text)]


def test_quotes_a_misspelt_verb_of_opinion_still_reports() -> None:
    """``يري`` for ``يرى`` (SaudiNewsNet 2015-07-22) is the verb, not the noun ``رأي``."""
    (quote,) = quotes_of("ويري خبراء أن حديثا بهذا الشكل من شأنه تأجيج الفتن الطائفية في البلاد.")
    assert quote.speaker_name == "خبراء"


def test_an_unnamed_official_is_shown_by_his_office_not_by_the_place_in_it() -> None:
    """SaudiNewsNet 2015-07-21: ``وأفاد مدير مهرجان أبها للتسوق أن ...`` was attributed to ``أبها للتسوق``, the place
    and a preposition's noun taken for a name the recognizer missed after the office."""
    (quote,) = quotes_of("وأفاد مدير مهرجان أبها للتسوق أن المهرجان سيستضيف هذا العام أبناء شهداء الواجب للدخول "
                         "إلى جميع فعاليات المهرجان مجاناً.")
    assert quote.speaker_name == "مدير مهرجان أبها للتسوق"


def test_a_decree_speaks_for_itself() -> None:
    """SaudiNewsNet 2015-07-21 (the UAE's law against hatred): ``وشدد المرسوم على ...`` was attributed to the words
    around the decree's earlier mention (``لنص المرسوم``، ``تعليقه على المرسوم``) or could go to the minister who had
    commented on it last."""
    text = ("وقال الوزير في تعليقه على المرسوم إن القانون يعزز بنية التسامح في المجتمع.\n"
            "وشدد المرسوم على المعاقبة بالسجن والغرامة لكل من ارتكب فعلا من الأفعال التي يجرمها القانون.")
    first, second = quotes_of(text)
    assert second.speaker_name == "المرسوم", [(q.speaker_name, q.text) for q in (first, second)]


def test_a_paper_named_by_its_country_adjective_speaks_as_that_paper() -> None:
    # SaudiNewsNet 2015-08-03 (aleqtisadiya): the speaker was ``يونانية`` (Greek), taken for an organization alone
    text = ("ذكرت صحيفة يونانية أن أثينا كانت تنوي تطبيق خطة طارئة في حال اضطرت لقطيعة مع الجهات الدائنة، تشمل "
            "إجراءات تأميم وإجراء تحقيق في الفساد يستهدف شركات ألمانية.")
    (quote,) = quotes_of(text)
    assert quote.speaker_name == "صحيفة يونانية", quote
    assert "يونانية" not in {m.text for m in recognize_entities(Article(id="t", text=text))}


def test_the_paper_a_statement_was_made_to_is_not_its_speaker() -> None:
    # SaudiNewsNet 2015-07-22 (alwatan): ``للصحيفة`` (to the paper), after the verb, was the speaker
    text = ('أما شرطة لوس أنجلوس فأكدت للصحيفة أن مور لم تكن في منزلها في هذا الوقت، "ولم يكن أي من أفراد العائلة '
            'الخاصة بالنجمة في المكان".')
    speakers = {q.speaker_name for q in quotes_of(text)}
    assert "للصحيفة" not in speakers and "شرطة لوس أنجلوس" in speakers, speakers


def test_the_subject_set_off_by_amma_without_a_comma_is_the_speaker() -> None:
    # SaudiNewsNet 2015-08-10 (alwatan): ``أما الإعلامي سعود قاري فقال:`` had no speaker
    text = ("أما الإعلامي سعود قاري فقال: سكت قلبه الحالم في تلك المدينة الحالمة التي بدأت علاقتنا سويا بها قبل 19 "
            "سنة.")
    assert {q.speaker_name for q in quotes_of(text)} == {"سعود قاري"}


@pytest.mark.parametrize(
    "text",
    [
        # SaudiNewsNet 2015-08-03 (alwatan, okaz): the speakers were ``والدموع`` (and the tears) and ``وتطلب`` (and asks)
        'وتضيف والدموع في عينيها "أن تفقد أعز أقربائك دون أن تعرف مصيرهم، فهذا أمر مؤلم جداً".',
        "فتمازحه والدته وتقول وتطلب منه إيصالها للسوق بسيارته فيكون جوابه الجاد: إنه مشغول لأنه على موعد مع زملائه من الشباب!",
    ],
)
def test_a_word_with_the_conjunction_after_the_verb_is_no_surname(text: str) -> None:
    for quote in quotes_of(text):
        assert not (quote.speaker_name or "").startswith("و") or quote.speaker_confidence < 0.5, quote


def test_what_one_admits_is_reported_but_what_a_council_approves_is_not() -> None:
    # SaudiNewsNet 2015-07-27 and 2015-08-03: ``أقر بأن`` admits; ``أقر مجلس الوزراء ... أن يكون`` approves
    admitted = quotes_of('وكان الرئيس الأميركي قال في تصريح صحفي إن الحركة ضعفت، ولكن أوباما أقر خلال المحادثات '
                         'بأن "هذا لا يعني أن المشكلة عولجت".')
    assert ("أقر", "أوباما", "هذا لا يعني أن المشكلة عولجت") in {(q.cue, q.speaker_name, q.text) for q in admitted}
    approved = quotes_of("وأقر مجلس الوزراء تنظيم الشواطئ، على أن يكون لكل شاطئ حرم مفتوح للعامة لا يجوز التأجير فيه.")
    assert approved == []


@pytest.mark.parametrize(
    "text",
    [
        # SaudiNewsNet 2015-08-03: ``علقت مساعداتها`` (suspended) after a clause read the clause as its statement
        "وكانت الولايات المتحدة قد علقت مشاركتها في المناورة العسكرية «النجم الساطع» في أعقاب ثورة 25 يناير، "
        "كما علقت مساعداتها العسكرية إلى مصر بعد ثورة 30 يونيو، قبل أن تقرر رفع التجميد في مارس الماضي.",
        # 2015-08-10: ``وقفا`` (a ceasefire, the object; a noun in the accusative, its tanween unwritten) was the
        # speaker, at 0.8, of what followed the colon of a clock time (``59: 11``)
        "وكان التحالف بقيادة السعودية قد أعلن وقفا لاطلاق النار اعتبارا من الساعة 59: 11 مساء أمس (الأحد) "
        "لمدة خمسة أيام للسماح بوصول مساعدات انسانية.",
        # 2015-08-04: ``وإذا ذكر البيت التجاري لآل الجفالي`` ("if the trading house is mentioned": a verb after a
        # condition) made ``لآل الجفالي`` a speaker at 0.95
        "وإذا ذكر البيت التجاري لآل الجفالي فإنه يقترن على وجه الخصوص بإسهامه في تعبيد أول طريق تعبره السيارات "
        "بين مكة المكرمة وجدة.",
    ],
)
def test_a_sentence_that_reports_nothing_has_no_quote(text: str) -> None:
    assert quotes_of(text) == []


def test_a_paper_that_comments_speaks_on_and_is_named_again_as_the_paper() -> None:
    # SaudiNewsNet 2015-07-27: the participle after ``علقت صحيفة "لوفيجارو"`` and the later ``الصحيفة`` were
    # Obama's (0.3) and an unnamed paper's
    text = ('من ناحية ثانية، علقت صحيفة "لوفيجارو" الفرنسية على زيارة الرئيس الأميركي هذا الأسبوع القارة الأفريقية، '
            "مؤكدة أن ضغوط الملفات الآسيوية حرمت الرئيس الأميركي من فرص إبداء مزيد من الاهتمام بالقارة.\n\n"
            'ولفتت الصحيفة إلى أن كثيرين انتظروا عودة قوية لأميركا في أفريقيا.')
    found = quotes_of(text)
    assert [q.speaker_name for q in found] == ["لوفيجارو", "لوفيجارو"]
    assert all(attributed(q) for q in found)


def test_the_person_whose_statements_said_it_speaks() -> None:
    # SaudiNewsNet 2015-07-27: the rebels' claim ran on to the president's ``أن`` and the quotation was theirs
    text = ('أعلن متمردو حركة الشباب الصومالية مسؤوليتهم عن قتل نائب صومالي مع حارسيه السبت في مقديشو، بعد ساعات '
            'على تصريحات للرئيس الامريكي باراك اوباما أكد فيها ان الحركة قد "ضعفت".')
    (quote,) = quotes_of(text)
    assert (quote.cue, quote.speaker_name) == ("أكد", "باراك اوباما")


def test_a_source_named_again_is_as_sure_as_before_an_uncertain_statement() -> None:
    # SaudiNewsNet 2015-08-09: a relative clause's statement (``الخطاب الأخير الذي أقر أن جيشه``) carried on to the
    # sources uncertainly, and ``وأضافت المصادر`` after it was as uncertain
    text = ("كشفت مصادر خاصة في رئاسة الائتلاف الوطني السوري أن روسيا باتت تدرك أن نظام الأسد في حالة انهيار، "
            "مشيرة إلى أن روسيا قرأت نقاط الضعف في نظام الأسد خلال الخطاب الأخير الذي أكد أن جيشه أصابه التعب. "
            "وأضافت المصادر إن المعلومات المتوفرة لدى الائتلاف تفيد بأن الروس يتجهون لرفع السقف الإعلامي.")
    last = quotes_of(text)[-1]
    assert last.cue == "أضاف" and last.speaker_name == "مصادر خاصة" and attributed(last)


def test_an_adverb_of_time_after_the_verb_is_no_speaker() -> None:
    # SaudiNewsNet 2015-08-06: ``مؤخرا`` was the speaker
    text = ("لكن المدير الفني للسيتي مانويل بيللغريني أقر مؤخرا بأن اللاعب على الأرجح سيغادر الفريق عقب ضم مهاجم "
            "ليفربول رحيم سترلينغ.")
    (quote,) = quotes_of(text)
    assert quote.speaker_name == "مانويل بيللغريني"


def test_an_adverb_of_manner_after_the_verb_is_no_speaker() -> None:
    # SaudiNewsNet 2015-07-24 (al-Watan, a column): ``ضمنا`` was the speaker, at 0.8
    text = ("هو إعلان القوى الغربية على الاحتفاء بما تحقق وكأنها تعترف –ضمنا- بأن البشاعات التي ترتكبها طهران مجرد "
            "أفعال هامشية يمكن الصمت عليها. وأعلن المدير الفني للنادي رسميا أن الفريق سيغادر إلى النمسا غدا.")
    found = quotes_of(text)
    assert [q.cue for q in found] == ["اعترف", "أعلن"], found
    assert found[0].speaker_name is None and not attributed(found[0])
    assert found[1].speaker_name == "المدير الفني للنادي"


def test_condolences_sent_to_the_king_leave_the_sender_the_speaker() -> None:
    # SaudiNewsNet 2015-08-06: the king, to whom the minister sent his condolences, was the speaker of the
    # minister's participle (there ``داعياً المولى``, a prayer and since stop 70 no statement); 2015-07-21: of the
    # commission's head's ``معرباً`` after ``ورفع ... التهنئة``
    text = ("ورفع وزير العدل رئيس المجلس الأعلى للقضاء التعازي لخادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل "
            "سعود، ولسمو ولي العهد الأمين، وللشعب السعودي كافة في الشهداء، مؤكداً أن رجال الأمن سيضربون بيد من حديد "
            "كل من يعبث بأمن الوطن.")
    (quote,) = quotes_of(text)
    assert quote.cue == "أكد" and quote.speaker_name.startswith("وزير العدل"), quote


def test_his_eminence_is_the_person_last_named() -> None:
    # SaudiNewsNet 2015-08-06: ``سماحته`` (the mufti) was shown as a speaker of its own
    text = ("وأدان مفتي عام المملكة الشيخ عبدالعزيز بن عبدالله آل الشيخ الحادث الإرهابي. وقال سماحته في مداخلة مع "
            "قناة الإخبارية: المصاب مصاب الجميع، وأسأل الله أن يتقبل الشهداء.")
    assert [q.speaker_name for q in quotes_of(text)] == ["عبدالعزيز بن عبدالله آل الشيخ"]


def test_a_source_set_off_by_dashes_relays_the_verbs_statement() -> None:
    # SaudiNewsNet 2015-07-21: ``وقال سكان محليون -`` was the agency's statement and the residents' was lost;
    # 2015-08-06: ``وأكد آل نهيان`` was what the Emirates' agency said
    text = ("وقال سكان محليون - حسب وكالة الأنباء الألمانية - إن طيران التحالف شن الاثنين ثلاث غارات جوية على منزل "
            "اللواء مهدي مقولة في مديرية سنحان.\n\nوأدان الشيخ عبدالله بن زايد آل نهيان الجريمة الإرهابية. وأكد آل نهيان "
            "ووفقاً لما ذكرته وكالة الأنباء الإماراتية (وام) تضامن دولة الإمارات مع المملكة في مواجهة الإرهاب.")
    (quote,) = quotes_of(text)
    assert quote.speaker_name == "سكان محليون" and quote.text.startswith("طيران التحالف شن"), quote
    assert quote.relayed_by_name == "وكالة الأنباء الألمانية"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # SaudiNewsNet 2015-07-27: ``قد`` and a time were words of the speaker
        ("وكانت مصادر أهلاوية قد كشفت عن عرض نصراوي لحارسه، بموجبه يتحمل النصر قيمة المستحقات المالية.",
         "مصادر أهلاوية"),
        ("وقال المتحدث باسم النقابة اليوم في العاصمة الألمانية برلين إن الإضراب سيستمر حتى نهاية الأسبوع.",
         "المتحدث باسم النقابة"),
        # a time before the subject is passed over, the day before yesterday too (2015-07-21: ``أول`` was the speaker)
        ("قالت، عصر أول من أمس الخميس، وزارة الخارجية الأميركية إنها تتابع عودة بعض المسؤولين إلى مدينة عدن.",
         "وزارة الخارجية الأميركية"),
        # an office of the past goes on to its holder's name
        ("وحذر رئيس أركان الجيوش التونسية سابقا محمد سعيد الكاتب من مضاعفات الملف الأمني الليبي على تونس.",
         "محمد سعيد"),
        # 2015-07-21: the place of a dateline was the speaker (``الدمام``)
        ("محمد الزهراني- سبق- الدمام: نفت شركة الكهرباء السعودية مسؤوليتها عن انقطاع الخدمة عن الجسر، وأكدت أن "
         "سبب الانقطاع يرجع إلى عطل بالشبكة الداخلية الخاصة بالجسر.", "الكهرباء السعودية"),
        # 2015-07-24: ``-كما يقول- يمكن``: a modal was the speaker
        ("ويؤكد ماركيز أهمية الجملة الأولى في أعماله؛ لأن الجملة الأولى -كما يقول- يمكن أن تكون المختبر الذي يتبلور "
         "فيه الأسلوب والبناء.", "ماركيز"),
    ],
)
def test_a_subject_ends_where_a_time_or_a_particle_stands(text: str, speaker: str | None) -> None:
    names = {q.speaker_name for q in quotes_of(text)}
    assert names == {speaker}, names


def test_what_follows_a_colon_is_never_the_speaker() -> None:
    # SaudiNewsNet 2015-07-21: ``وقال لبرنامج ... أول من أمس: إيران هي دولة`` made ``إيران`` the subject of the
    # sentence, and the senator's next words were Iran's
    text = ('وقال السيناتور الجمهوري توم كوتون إن الأميركيين يتشككون في الاتفاق النووي الإيراني.  وقال لبرنامج '
            '"واجه الصحافة" على قناة (إن. بي. سي) أول من أمس: إيران هي دولة راعية للإرهاب، نظام خارج عن القانون '
            'مناهض للولايات المتحدة.  وأضاف: يجب علينا مواجهتهم بكل طريقة.')
    added = [q for q in quotes_of(text) if q.cue == "أضاف"]
    assert [q.speaker_name for q in added] == ["توم كوتون"], added


def test_a_verbal_noun_after_a_modal_is_no_cue() -> None:
    # SaudiNewsNet 2015-07-27: ``لا يمكن توقع نتائجها`` (its results cannot be foreseen) made ``نتائجها`` a speaker
    text = "وحذر المشاركون من نشوب حروب باردة جديدة، مشيرين إلى ظهور أنماط جديدة لا يمكن توقع نتائجها، خصوصا بعد تعدد الأقطاب."
    assert {q.speaker_name for q in quotes_of(text)} == {"المشاركون"}


def test_a_semicolon_ends_the_speakers_name() -> None:
    # SaudiNewsNet 2015-07-21 and 07-24: ``عماد حلوة؛ مدير عام`` and ``البعض؛ ولكن عواقب القبلية`` were speakers
    text = ("وقال خالد الشمري؛ مدير عام الشركة، إن المذكرة خطوة مهمة نحو بناء شبكة قوية مع الشركاء. "
            "إن بريطانيا ليست منقسمة إلى معسكرات متناحرة، كما يقول البعض؛ ولكن عواقب القبلية قد تكون مدمرة.")
    assert [q.speaker_name for q in quotes_of(text)] == ["خالد الشمري", "البعض"]


def test_a_common_word_that_closed_a_cut_short_name_is_that_persons_surname() -> None:
    # SaudiNewsNet 2015-07-27: ``المهندس محمد المخرج`` was read as ``محمد``; ``ولفت المخرج`` (the director) was
    # then no one (0.3)
    text = ("وأوضح أمين محافظة الطائف المهندس محمد المخرج أن منتزه الردف يضم ثلاث ساحات بلدية وملاعب جماعية متنوعة "
            "للشباب.\n\nولفت المخرج إلى أن الأمانة حرصت على توفير مساحات مخصصة للشباب داخل المتنزه.")
    last = quotes_of(text)[-1]
    assert last.cue == "لفت" and last.speaker_name == "محمد المخرج" and attributed(last), last


def test_a_directorate_named_by_its_affairs_speaks_with_its_feminine_verb() -> None:
    # SaudiNewsNet 2015-07-26: ``وأوضحت الشؤون الصحية`` was no one's (0.3), and the participles after it too
    text = ("وأوضحت الشؤون الصحية في منطقة مكة المكرمة أنه من المتوقع ارتفاع عدد الأسرة في مستشفيات المحافظات إلى أكثر "
            "من عشرة آلاف سرير، مشيرة إلى أن إستراتيجيتها أخذت في الاعتبار واقع الخدمات العلاجية والوقائية.")
    found = quotes_of(text)
    assert [q.cue for q in found] == ["أوضح", "أشار"] and all(attributed(q) for q in found), found
    assert all(q.speaker_name.startswith("الشؤون الصحية") for q in found)



def test_showed_written_feminine_is_feminine() -> None:
    # ``وبينت`` was read as masculine (the verb's list has only its feminine form), so a body's ``وبينت`` after its
    # statement was no one's (0.3; SaudiNewsNet 2015-07-27, 08-10 ...)
    text = ("أعلنت شركة القصيم الزراعية عن توقيع صفقة لشراء أرض زراعية في منطقة القصيم بقيمة مئة مليون ريال. "
            "وبينت أن من شروط الصفقة أن تسدد الشركة الثمن على دفعتين خلال العام الجاري.")
    last = quotes_of(text)[-1]
    assert last.cue == "بين" and attributed(last) and "القصيم" in (last.speaker_name or ""), last


def test_a_feminine_body_named_after_a_masculine_verb_is_its_object() -> None:
    # SaudiNewsNet 2015-08-03: ``ودعا الحكومة إلى`` (he called on the government) was the government's statement
    text = ("وقال الرئيس الإسرائيلي رؤوفين ريفلين إن الإرهاب اليهودي ترك يعمل بحرية لسنوات طويلة في إسرائيل. "
            "ودعا الحكومة إلى مكافحة الإرهاب اليهودي كما تحارب الإرهاب العربي.")
    last = quotes_of(text)[-1]
    assert last.cue == "دعا" and last.speaker_name != "الحكومة", last


@pytest.mark.parametrize(
    "text",
    [
        # SaudiNewsNet 2015-08-03: the number of deals rose, and the market's report is no one's statement
        "وزاد عدد الصفقات إلى 108.16 ألف من 83.93، ولكن معدل الأسهم المرتفعة انزلق ما يعني أنه غلب على أداء السوق "
        "عمليات البيع المكثف.",
        # 2015-08-03: consumer spending rose, "which shows that" the economy slowed
        "زاد إنفاق المستهلكين الأمريكيين في يونيو حزيران بأبطأ وتيرة له في أربعة أشهر وهو ما يشير إلى أن الاقتصاد "
        "فقد بعضا من قوة دفعه.",
        # 2015-08-10: their violence grew when they sensed that ...
        "تنمر الدواعش والتكفيريون وزاد بطشهم عندما استشعروا أن مظلة المناصحة هي النهج الأبوي السعودي.",
        "وزاد من حدة التوتر أن القوات الحكومية قصفت المدينة بالمدفعية الثقيلة طوال الليل.",
    ],
)
def test_what_increased_said_nothing(text: str) -> None:
    assert [q for q in quotes_of(text) if q.cue == "زاد"] == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وقال وزير الصناعة إن المصانع الجديدة ستفتح أبوابها العام المقبل. وزاد الرويس أن المملكة تستورد كامل "
         "احتياجها من خام السكر من الخارج.", "الرويس"),
        ("وزاد وزير الداخلية اليمني عبده الحذيفي أن الأوضاع في عدن مستقرة وآمنة بعد تحريرها.", "عبده الحذيفي"),
        ("وقال الخبير الاقتصادي عصام خليفة إن النمو تراجع. وزاد في حديثه لـ«الشرق الأوسط»: «لا شك أن هذا سيؤثر على "
         "الاقتصاد العالمي».", "عصام خليفة"),
    ],
)
def test_what_one_added_is_still_his(text: str, speaker: str) -> None:
    added = [q for q in quotes_of(text) if q.cue == "زاد"]
    assert len(added) == 1 and speaker in (added[0].speaker_name or ""), added


def test_a_noun_after_a_quantifier_is_no_verb() -> None:
    # SaudiNewsNet 2015-08-11: ``كل طالب علم`` (every student) was ``طالب`` (demanded), and the clause after
    # ``أن`` far on its statement
    text = ("وننصح أن يقرأه كل طالب علم ومتعلم ليحذر هؤلاء الدعاة، وخصوصاً أن هذا الكتاب مقرر ومقدم من الشيخ "
            "صالح بن فوزان الفوزان.")
    assert [q for q in quotes_of(text) if q.cue == "طالب"] == []


def test_the_statement_a_verb_ends_is_no_speaker() -> None:
    # SaudiNewsNet 2015-07-23: ``واختتم تصريحه ... بالقول`` had the speaker ``تصريحه`` (his statement)
    text = ('وقال رئيس نادي هجر فؤاد المسلم إن الفريق جاهز للموسم الجديد. واختتم تصريحه عن تحضيرات فريقه بالقول: '
            '"المرحلة الأولى من البرنامج الإعدادي للفريق انطلقت في منتصف شهر رمضان".')
    last = quotes_of(text)[-1]
    assert last.kind == "direct" and last.speaker_name == "فؤاد المسلم", last
    # ... and a statement named at the start of what was said is part of it
    (said,) = quotes_of("وأكد المدرب أن تصريحاته تعتبر طبيعية وليست نارية وأن إستراتيجيته ناجحة.")
    assert said.text.startswith("تصريحاته")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # SaudiNewsNet 2015-08-01: ``منشورة`` (published) was the speaker of ``وفقا لبيانات منشورة``
        ("ولا يمثل الاستثمار الأجنبي في بورصة طهران أكثر من 1 في المائة وفقا لبيانات منشورة على الموقع الرسمي.",
         "بيانات منشورة"),
        ("وارتفع عدد الزوار إلى مليون زائر وفقا لبيان صادر عن الهيئة العامة للسياحة.", "الهيئة العامة للسياحة"),
    ],
)
def test_a_document_after_according_to_is_read_as_after_by(text: str, speaker: str) -> None:
    (quote,) = quotes_of(text)
    assert quote.cue == "وفقاً لـ" and quote.speaker_name == speaker, quote
    # ``بحسب`` reads the same document the same way
    (same,) = quotes_of(text.replace("وفقا ل", "بحسب "))
    assert same.speaker_name == speaker, same


def test_led_by_ends_the_speakers_name() -> None:
    """``وعلى رأسها`` (led by) after the speaker (SaudiNewsNet 2015-08-08: ``المعارضة وعلى`` was a speaker)."""
    text = ("من جانبها، شككت المعارضة وعلى رأسها جمعية الوفاق بما ذكرته هيئة شؤون الإعلام، مشيرة إلى أن الإغلاق هو "
            "مجرد محاولة لتكميم الأفواه.")
    assert [q.speaker_name for q in quotes_of(text)] == ["المعارضة"]


def test_a_purpose_fronted_before_the_verb_names_no_speaker() -> None:
    """``انفاذا لتوجيهات خادم الحرمين ...، أدى الأمير فيصل`` (SaudiNewsNet 2015-08-08): the king whose orders were obeyed
    was taken for the sentence's subject, and ``وقال سموه`` for his words; it is the emir who spoke."""
    text = ("انفاذا لتوجيهات خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود وولي عهده الأمين صاحب السمو الملكي "
            "الأمير محمد بن نايف وزير الداخلية - حفظهما الله -، أدى صاحب السمو الملكي الأمير فيصل بن خالد بن عبدالعزيز "
            "أمير منطقة عسير صلاة الميت على شهداء الوطن بعد صلاة عصر امس.\n\nونقل سموه التعازي لذوي أسر الشهداء، وقال "
            'سموه خلال تقديمه واجب العزاء: "نعزي أنفسنا ونعزيكم في استشهاد أبنائنا الأبطال المخلصين".')
    quote = quotes_of(text)[-1]
    assert quote.text.startswith("نعزي أنفسنا")
    assert (quote.speaker_name, attributed(quote)) == ("فيصل بن خالد بن عبدالعزيز", True)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # SaudiNewsNet 2015-07-24: the object after a plural in -ون (which takes no genitive), a manner adverbial with
        # ب right before أن, and عما after the one asked
        ("ووصف ناشطون الوضع في الزبداني بـ«غير المطمئن، خاصة بعد القصف العنيف على أطراف المدينة».", "ناشطون"),
        ("وقالت المجموعة بفخر إن مقالاتها التثقيفية تصل إلى ملايين القراء في العالم.", "المجموعة"),
        ("وسئل مسؤول فرنسي عما اذا كان اطلاق سراح الرهينة جاء بعد دفع فدية، فقال: ان فرنسا لا تعطي أي تفاصيل.",
         "مسؤول فرنسي"),
        # not a plural in -ون: a given name, and a definite plural with و
        ("وقال هارون الرشيد إن الخلافة باقية في بغداد ما بقي الليل والنهار.", "هارون الرشيد"),
    ],
)
def test_words_after_the_speaker_that_are_not_their_name(text: str, speaker: str) -> None:
    quote = quotes_of(text)[-1]
    assert quote.speaker_name == speaker


@pytest.mark.parametrize(
    "text",
    [
        # SaudiNewsNet 2015-07-24: counted in digits
        "تنظم مؤسسة موهبة برنامجها الصيفي لـ 100 طالب موهوب يقدمون من مختلف مدن المملكة ويستمر شهرا.",
        # SaudiNewsNet 2015-07-21: counted in words, and a student of a country (``وقد كان``، ``سعودي جاءوا`` and
        # ``سوداني مصرعه`` were speakers)
        "ضم قرابة سبعة آلاف طالب، وقد كان تأسيسها في مرحلة كان التعليم فيها محدودا، بهدف نشر العلم الشرعي.",
        "يوجد في الولايات المتحدة أكثر من مائة ألف طالب سعودي جاءوا بمبادرة الابتعاث للمغفور له الملك عبد الله.",
        "لقي طالب سوداني مصرعه بعد أن فجر نفسه بعبوة ناسفة في منطقة الرقة السورية.",
        # SaudiNewsNet 2015-08-10: the words after ``بطلقات`` were listed as demanded by ``سعودي يدرس``
        "تحقق شرطة مدينة ويتشيتا في مقتل طالب سعودي يدرس في جامعة المدينة، عثر عليه فجر الأحد مصابا بطلقات نارية.",
    ],
)
def test_a_student_demands_nothing(text: str) -> None:
    """``طالب`` counted or before a country's adjective is a student, not the verb (demanded)."""
    assert quotes_of(text) == []


def test_students_of_a_country_may_still_demand() -> None:
    """The plural adjective is the verb's subject (``طالب سعوديون``: Saudis demanded), and a name ending like an
    adjective is no country's (``طالب هادي``)."""
    (quote,) = quotes_of("وطالب سعوديون بتحسين الخدمات المقدمة للمسافرين في مطار الملك عبدالعزيز الدولي.")
    assert quote.speaker_name == "سعوديون"
    assert quotes_of("وطالب هادي المجتمع الدولي بدعم الحكومة الشرعية في اليمن.")[0].cue == "طالب"


def test_a_statement_issued_is_not_its_issuers_name() -> None:
    """``وأصدرت اللجنة بيانا أكدت فيه أنها`` (SaudiNewsNet 2015-08-10, a UN committee): the statement is the verb's
    object, its tanween unwritten; the speaker was shown as ``اللجنة بيانا``."""
    quote = quotes_of("اختتمت اللجنة زيارتها إلى عمان. وأصدرت اللجنة بيانا أكدت فيه أنها جمعت معلومات من عدة مصادر.")[-1]
    assert quote.speaker_name == "اللجنة"


def test_a_speaker_shown_by_its_words_does_not_end_on_a_preposition() -> None:
    """``أكدت مصادر من داخلها أنها ...`` (SaudiNewsNet 2015-08-02, a sports marketer): the subject ends at the noun
    with a pronoun, and the speaker was shown as ``مصادر من``; a name's ``علي`` (whose key is ``على``'s) stays."""
    (quote,) = quotes_of("وأكدت مصادر من داخلها أنها ما زالت المسوق الحصري للقناة بحسب العقود الموقعة بين الطرفين.")
    assert quote.speaker_name == "مصادر"
    (quote,) = quotes_of("وأوضح الحاج علي أن الزوار توافدوا على المهرجان منذ ساعات الصباح الأولى.")
    assert quote.speaker_name == "الحاج علي"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # SaudiNewsNet 2015-07-21: the request was shown as part of the speaker's name
        ("وقال مسؤول دفاع أميركي بارز طلب عدم نشر اسمه إن إيران ستواصل محاولة استغلال الدول الضعيفة.",
         "مسؤول دفاع أميركي بارز"),
        ("وقال أحد المسؤولين ورفض نشر اسمه لرويترز \"الدلائل الأولية تشير إلى هجوم انتحاري\".", "أحد المسؤولين"),
        # and ``ذكر`` after ``عدم`` is a verbal noun: ``اسمه`` was the speaker of ``ذكر``
        ("وروى جندي طالبا عدم ذكر اسمه انه سبق له ان ذهب مع المقاتلين إلى الجبهة.", "جندي"),
    ],
)
def test_a_source_that_asked_not_to_be_named(text: str, speaker: str) -> None:
    (quote,) = quotes_of(text)
    assert quote.speaker_name == speaker


def test_a_verbal_noun_after_negation_reports_nothing() -> None:
    """``ومع عدم توقع تدخل حكومي`` (SaudiNewsNet 2015-07-21, London's property prices): no one expects anything."""
    assert quotes_of("والأسعار ما زالت باهظة، ومع عدم توقع تدخل حكومي لخفض الضرائب، فإن على البائعين تخفيض توقعاتهم.") == []


def test_an_office_described_is_not_a_like_office_named_before() -> None:
    """``أكد رئيس تنفيذي لإحدى شركات التأمين - فضل عدم ذكر اسمه -`` (SaudiNewsNet 2015-07-21): an unnamed CEO, whose
    words went to the deputy CEO named a paragraph before; a construct's noun in ``ي`` is no adjective."""
    text = ("من جهته، أوضح عصام أبو عيسى؛ نائب الرئيس التنفيذي في شركة أيون العربية، أن الفجوة بين مدة الاستمارة والتأمين "
            "حجبت كثيرا من السيارات عن التأمين. من ناحيته، أكد رئيس تنفيذي لإحدى شركات التأمين - فضل عدم ذكر اسمه - "
            "ضرورة ربط مدة الاستمارة مع التأمين. وأوضح، أن أسعار التأمين قفزت بنحو 40 في المائة.")
    quote = quotes_of(text)[-1]
    assert quote.text.startswith("أسعار التأمين")
    assert quote.speaker_name == "رئيس تنفيذي لإحدى شركات التأمين"


def test_according_to_a_number_is_no_source() -> None:
    """``بحسب عدد العمالة في المنشأة`` (SaudiNewsNet 2015-08-03, the wage protection programme): in proportion to the
    workers' number, and the sentence before was shown as said by ``عدد العمالة``; ``بحسب عدد من المحللين`` names
    some analysts."""
    text = ("والتزم بالبرنامج منذ بدء تنفيذه في شوال 1434هـ بعدة مراحل زمنية بحسب عدد العمالة في المنشأة، وبلغ 1487 "
            "منشأة في المرحلة السابعة.")
    assert quotes_of(text) == []
    (quote,) = quotes_of("وستتراجع أسعار النفط في الربع الأخير من العام، بحسب عدد من المحللين في لندن.")
    assert quote.speaker_name == "عدد من المحللين"
