"""Which sentences of real pages may be quoted in a summary, and which lean on the sentence before."""

from __future__ import annotations

import pytest

from marsad.summarize.fitness import needs_context, unfit_reason

LEAD = (
    "أكدت القيادة المركزية الأمريكية، اليوم الخميس، أن انسحاب قواتها من العراق لن يؤثر على العلاقة "
    "الاستراتيجية بين واشنطن وبغداد."
)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        pytest.param("• 9/10/2021", "residue", id="bullet-date"),
        pytest.param("news-picture", "residue", id="image-label"),
        pytest.param("مشاركة :", "residue", id="share-bar"),
        pytest.param("اقرأ أيضاً: ترامب يشتم صديقه القديم نتنياهو بعبارات “نابية”", "residue", id="read-also"),
        pytest.param("اخترنا لك", "residue", id="picked-for-you"),
        pytest.param("— المكتب الإعلامي لرئيس الوزراء 🇮🇶 (@IraqiPMO) April 7, 2021", "residue", id="tweet-credit"),
        pytest.param(
            "• الكاظمي: العراق لم تعد بحاجة إلى قوات قتالية أميركية لمحاربة تنظيم", "residue", id="related-item"
        ),
        pytest.param("واشنطن – بال بلس", "short", id="dateline"),
        pytest.param("تصريحات الكاظمي", "short", id="subheading"),
        pytest.param("اتفاقية انسحاب القوات الأمريكية من العراق", "headline", id="section-title"),
        pytest.param(
            "رئيس مجلس الوزراء مصطفى الكاظمي متوجهاً للولايات المتحدة الأميركية", "headline", id="caption"
        ),
        # SaudiNewsNet 2015-08-09: a photo caption's names were the whole text of a report, and its summary
        pytest.param(
            "محافظ الزلفي مسفر الضويحي محمد الطريقي د. جار الله العضيب سليمان العطا الله ناصر الصافي ناصر الخنيني "
            "عبد العزيز السلمان", "headline", id="caption-of-names",
        ),
        pytest.param(
            "هل تنسحب القوات الأمريكية من العراق بحلول نهاية العام الجاري؟", "question", id="question"
        ),
        pytest.param(
            "وتساءل: «هل تبقى الصحيفة منبرا للرأي العام في عصر الإنترنت؟».", "question", id="quoted-question"
        ),
        pytest.param("أم مجرد وسيط بسيط كالجريدة والكتاب؟».", "fragment", id="question-tail"),
        pytest.param("حيث تم قصف معسكري 48 وضبوة الموالين للحوثيين.", "fragment", id="where-clause"),
        # SaudiNewsNet 2015-08-03 (alriyadh): the rest of a sentence cut by ``????`` before it, a summary sentence
        pytest.param("، أكد الخميس أن السعودية تقف دوما مع الإجماع الخليجي للصالح العام.", "fragment", id="comma-first"),
        # SaudiNewsNet 2015-08-04, the cabinet's decisions: a numbered item, and the sentence that lists them
        pytest.param("2 ـ ما تستدعيه الضرورات الأمنية بحسب ما تراه الجهات الأمنية .", "residue", id="numbered-item"),
        pytest.param("3- المواقع المخصصة للخدمات العامة التي تقدم بالمجان لجميع مرتادي الموقع.", "residue",
                     id="numbered-item-dash"),
        pytest.param(
            "أقر مجلس الوزراء عدداً من الإجراءات من بينها أن يكون لكل شاطئ حرم مفتوح للعامة لا يجوز التأجير "
            "فيه أو إقامة أي منشأة عليه عدا ما يأتي :", "lead-in", id="list-lead-in"
        ),
        # SaudiNewsNet 2015-07-24: the verse an Interior Ministry statement closes with, in a summary
        pytest.param("وقال تعالى: {وَلَكُمْ فِي الْقِصَاصِ حَيَاةٌ يَاْ أُولِيْ الأَلْبَابِ لَعَلَّكُمْ تَتَّقُونَ}.", "scripture",
                     id="verse"),
        # SaudiNewsNet 2015-07-21 and 2015-08-11: the protocol's rosters, chosen for summaries and cited as
        # telling the fact of any sentence that names the same princes
        pytest.param("حضر الاستقبال معالي مساعد وزير الدفاع الأستاذ محمد العايش، ومعالي رئيس هيئة الأركان العامة "
                     "الفريق أول ركن عبدالرحمن البنيان.", "roster", id="attended-the-reception"),
        pytest.param("وقد كان في استقبالهم مدير المستشفى عامر العتيبي ومساعده حمود السهلي وعدد من الأطباء والممرضين.",
                     "roster", id="welcomed-them"),
        pytest.param("رافق سمو ولي ولي العهد خلال الزيارة مساعد وزير الدفاع محمد العايش.", "roster", id="came-along"),
        pytest.param("وكان في وداعه لدى مغادرته المطار الفريق أول ركن عبد الرحمن البنيان رئيس هيئة الأركان العامة.",
                     "roster", id="saw-him-off"),
        pytest.param("وقد وصل بمعية نائب خادم الحرمين الشريفين، الأمير تركي بن محمد بن فهد بن عبدالعزيز، والأمير "
                     "عبدالعزيز بن سعود بن نايف بن عبدالعزيز.", "roster", id="arrived-with-him"),
        pytest.param("ورافقت قناة «ام تي في» أفراد العائلات الذين عبروا الحدود من منطقة عرسال في شرق لبنان.", None,
                     id="accompanying-is-news"),
        pytest.param("حضر وزير الخارجية اجتماع مجلس الجامعة العربية في القاهرة أمس.", None, id="attending-is-news"),
        # SaudiNewsNet 2015-08-11: an execution's story opened its summary on the verse the statement quotes, in
        # parentheses; a poem and a verse quoted as recited, vocalized; a word or two vocalized in news is news
        pytest.param("قال الله تعالى (يَا أَيُّهَا الَّذِينَ آمَنُواْ كُتِبَ عَلَيْكُمُ الْقِصَاصُ فِي الْقَتْلَى).", "scripture",
                     id="verse-after-the-formula"),
        pytest.param("وقال الله تعالى: (فأما الزبد فيذهب جفاء وأما ما ينفع الناس فيمكث في الأرض).", "scripture",
                     id="verse-unvocalized"),
        pytest.param("إِنَّمَا جَزَاءُ الَّذِينَ يُحَارِبُونَ اللَّهَ وَرَسُولَهُ وَيَسْعَوْنَ فِي الْأَرْضِ فَسَادًا.", "scripture",
                     id="vocalized-verse"),
        # SaudiNewsNet 2015-07-21: a columnist who vocalizes his own prose throughout
        pytest.param("عَندَما يَكون الإنسَان شَاباً، وتَكون أحلَامه كَبيرة، وطمُوحَاته كَثيرة، يَطمح إلَى تَغيير العَالَم.",
                     None, id="vocalized-column"),
        pytest.param("ومَا المَرْءُ إلاَّ كالشِّهابِ وضَوْئِهِ ** يحورُ رَمادًا بَعْدَ إذْ هُوَ ساطِعُ.", "scripture",
                     id="vocalized-poem"),
        pytest.param("وقال المتحدث إن الأمطار المُتوقعة لن تؤثر على حركة السير في الطرق الرئيسة بالمنطقة.", None,
                     id="a-word-vocalized-in-news"),
        pytest.param("3.5 مليار ريال حجم الاستثمارات في المشروع خلال العام الحالي وفق الوزارة.", None,
                     id="opens-with-a-figure"),
        # SaudiNewsNet 2015-08-11: the protocol's prayer closing a report of the deputy king's visit to Asir was a
        # sentence of its summary; a columnist's, a condolence's
        pytest.param("حفظ الله سموه في سفره وإقامته.", "prayer", id="prayer-protocol"),
        pytest.param("اللهم احفظ بلادنا من حقد الحاقدين، واللهم رد كيد الكائدين في نحورهم.", "prayer", id="prayer-column"),
        pytest.param("ونسأل الله - سبحانه وتعالى - أن يتقبله في الشهداء ويلهم أهله الصبر.", "prayer", id="prayer-we-ask"),
        pytest.param("وقال الأمير إن الله حفظ البلاد من كل سوء بفضل يقظة رجال الأمن.", None, id="god-in-a-report"),
        # SaudiNewsNet 2015-07-23: the rest of a list item a full stop inside its brackets cut, a summary sentence
        pytest.param("طالب ) من خريجي ( كلية التقنية أو ما يعادلها ) حاصلين على دبلوم تقنية الحاسب الآلي.", "fragment",
                     id="closes-a-bracket-opened-before"),
        pytest.param("وقال الوزير )في تصريح صحفي( إن الحكومة ستواصل دعم المشاريع التنموية في المنطقة.", None,
                     id="brackets-the-wrong-way-round"),
        # SaudiNewsNet 2015-07-24: a subheading run into the next sentence's turn and cut by its full stop, a summary
        # sentence; ``من جهة ... من جهة أخرى`` ends a sentence as written
        pytest.param("3042 قتلى داعش والنصرة وفي السياق.", "fragment", id="subheading-run-into-a-turn"),
        # SaudiNewsNet 2015-07-24: a column's question that exclaims too, a summary sentence
        pytest.param("لماذا يُحارب المبدعون في عالمنا العربي؟!", "question", id="question-that-exclaims"),
        pytest.param("وتواصل القوات الحصار بين الفلوجة والرمادي من جهة، ومدن محافظة الأنبار من جهة أخرى.", None,
                     id="on-the-other-hand-at-the-end"),
        pytest.param(LEAD, None, id="lead"),
        pytest.param(LEAD.rstrip("."), None, id="long-without-period"),
        pytest.param(
            "وأضاف: “إنهم يريدون حقاً رحيل كل قواتنا، ولن تغادر جميع القوات الأمريكية”، مضيفًا أن هذا قد يثير "
            "ردود الفعل مع اقتراب نهاية ديسمبر.",
            None,
            id="quote-ending-in-period",
        ),
    ],
)
def test_fitness_unfit_reason(text, reason):
    assert unfit_reason(text) == reason


@pytest.mark.parametrize(
    ("text", "implied"),
    [
        pytest.param('وأضاف أن "الإسناد والدعم والتدريب التي حصل عليها العراق كانت عنصراً أساسياً".', True, id="added-that"),
        pytest.param("وأضاف: “إنهم يريدون حقاً رحيل كل قواتنا”.", True, id="added-colon"),
        pytest.param("وأشار إلى أن العراق إذا احتاج للطيران الحربي يمكن طلب ذلك.", True, id="pointed-to"),
        pytest.param("من جانبه أثنى، الجنرال ماكينزي على التنامي المستمر لقدرات القوات.", True, id="for-his-part"),
        pytest.param("كما أكّد أن بلاده لم تعد بحاجة إلى قوات قتالية أميركية.", True, id="also-stressed"),
        pytest.param('وأضاف الخفاجي أن "الجانب الأمريكي ملتزم بمخرجات الحوار الاستراتيجي".', False, id="named"),
        pytest.param("وأكد ماكينزي أن تخفيض مستوى التواجد العسكري الأمريكي لن يضعف الالتزام.", False, id="named-2"),
        pytest.param(LEAD, False, id="lead"),
        pytest.param("كما أعلنت الوزارة عن تشكيل لجنة للتحقيق في الحادث.", True, id="also-opening"),
        pytest.param("وهو ما يعني أن المفاوضات ستستأنف الأسبوع المقبل في جنيف.", True, id="which-means"),
        pytest.param("لكن المتحدث باسم الحكومة نفى وجود أي اتفاق بين الطرفين.", True, id="but"),
        pytest.param("هذه الخطوة تأتي بعد أسابيع من المفاوضات بين البلدين.", True, id="this-step"),
        pytest.param("جاء ذلك خلال استقبال رئيس الوزراء وفداً عسكرياً أمريكياً في بغداد.", True, id="that-came"),
        pytest.param("وقال في بيان صحفي إن القوات ستبقى في مواقعها حتى نهاية العام.", True, id="said-in-statement"),
        pytest.param("في المقابل، رفضت المعارضة المشاركة في جولة الحوار المقبلة.", True, id="on-the-other-hand"),
        pytest.param("هذا العام شهد تراجعا في أعداد الزوار إلى المدينة بسبب الحرب.", False, id="this-year"),
        pytest.param("وعلى الرغم من التحذيرات، خرج آلاف المتظاهرين إلى شوارع العاصمة.", False, id="despite"),
        pytest.param("وقالت وزارة الخارجية في بيان إن الوفد سيصل غدا إلى الرياض.", False, id="ministry-said"),
        pytest.param("واستجابة لذلك، يأخذ الكبد بضخ السكر إلى مجرى الدم لكي لا يحدث الدوار.", True, id="in-response"),
        pytest.param("وثمن سموه الجهود المبذولة من قبل العاملين في المطار من أجل تقديم خدماتهم.", True,
                     id="his-highness"),
        # ``أيضاً`` as ``كذلك``: also, after what the sentence before told
        pytest.param("وأكد أيضاً أن الحكومة ستواصل دعم القطاع الخاص في المرحلة المقبلة.", True, id="also-after-verb"),
        # SaudiNewsNet 2015-07-23: told to a paper, no one named; a name after the paper speaks
        pytest.param("وتابع لصحيفة «بيلد»: «لكننا لم نتلق حتى الآن أي عرض فعلي من النادي».", True, id="told-a-paper"),
        pytest.param("وقال لـ«الشرق الأوسط» الدكتور خالد العمري: «الوضع مستقر في المنطقة».", False,
                     id="told-a-paper-by-name"),
        # SaudiNewsNet 2015-08-02 (aljazirah, alriyadh): turns to another item of a round-up
        pytest.param("من جهة أخرى، قام مدير عام الإدارة العامة للمجاهدين بزيارة أسرة الشهيد.", True, id="on-another-side"),
        pytest.param("على الصعيد نفسه اجتاحت محافظة الأفلاج من بعد صلاة العصر موجة غبار.", True, id="on-the-same-front"),
        # SaudiNewsNet 2015-08-11: the reception and the meeting the sentence before told
        pytest.param("وجرى خلال الاستقبال استعراض روابط التعاون الثنائي بين البلدين الشقيقين.", True, id="during-the-reception"),
        pytest.param("وقد اطلع المجلس خلال الاجتماع على عدد من الموضوعات الاقتصادية والتنموية.", True, id="during-the-meeting"),
        pytest.param("أكد وزير الخارجية خلال اجتماع مجلس التعاون في الرياض أن الحوار مستمر.", False, id="during-a-meeting"),
        # SaudiNewsNet 2015-08-02: for their (two) part, in a summary of Hilal's friendly
        pytest.param("من جانبهما واصل الثنائي «ياسر القحطاني، عبدالله عطيف» أداء برامجيهما التأهيليين.", True,
                     id="for-their-part"),
        # SaudiNewsNet 2015-08-02: a verb in the plural has a pronoun for its subject (with a noun, the singular)
        pytest.param("وحددوا أيضاً نائبا للرئيس اختصوه بالإشراف على الإدارات ومتابعة تنفيذ المقترحات.", True,
                     id="they-set"),
        pytest.param("وحدد المتهمون نائبا للرئيس اختصوه بالإشراف على الإدارات ومتابعة تنفيذ المقترحات.", False,
                     id="the-accused-set"),
        # SaudiNewsNet 2015-08-01: ``أبان`` (made clear) with no one named after it
        pytest.param("وأبان أن المواد الطبية التي وصلت على متن هذه الطائرة ستوزع على المستشفيات.", True,
                     id="made-clear-that"),
        # SaudiNewsNet 2015-08-01: a verb particle before the verb whose object refers back
        pytest.param("وقد نتج عن ذلك استشهاد العريف أحمد جعفر حسن المجيشي والجندي أول محمد العمري.", True,
                     id="particle-that-resulted"),
        # SaudiNewsNet 2015-07-22: he went on to say; ``ف`` on the first word goes on from the sentence before
        pytest.param("ومضى يقول: بلغت الاستثمارات الرأسمالية في القطاع ما يعادل 8 مليار دولار.", True, id="went-on"),
        pytest.param("ففي الواقع، ميزانية إيران العسكرية 15 مليار دولار، ودول الخليج تصرف 130 مليار دولار.", True,
                     id="so-in-fact"),
        pytest.param("في الواقع، ميزانية إيران العسكرية 15 مليار دولار، ودول الخليج تصرف 130 مليار دولار.", False,
                     id="in-fact"),
        pytest.param("فرنسا تغلق التحقيق في قضية الاشتباه بوفاة الرئيس الفلسطيني الراحل مسموما.", False,
                     id="france-not-so"),
        # SaudiNewsNet 2015-07-22: an interview's answer in the first person, its speaker named before
        pytest.param("ليس لدينا الإجابة عن ذلك بعد، وسنعرفها خلال الأشهر المقبلة.", True, id="we-have-not"),
        pytest.param("وقال الوزير إننا نريد السلام والاستقرار في المنطقة كلها.", False, id="the-minister-said-we"),
        # SaudiNewsNet 2015-08-11: a short sentence pointing at what the one before told; a time after the
        # demonstrative points at the calendar
        pytest.param("وقد اتخذ المجلس التوصيات اللازمة حول تلك الموضوعات.", True, id="those-matters"),
        pytest.param("قد يطارد هذا السؤال القادة الأوروبيين في المستقبل.", True, id="this-question"),
        pytest.param("وتنطلق البطولة في هذه الأيام بمشاركة عشرين فريقا من المنطقة.", False, id="these-days"),
        # SaudiNewsNet 2015-07-22: the rest of Kerry's answer, "because it is necessary ...", a summary sentence
        pytest.param("لأنه من الضروري أن تكون هناك جهود أكبر لتدريب وتنظيم والعمل على مكافحة الإرهاب والتواصل على الأرض "
                     "من خلال جهود مختلفة.", True, id="because-it"),
        # SaudiNewsNet 2015-08-10: ``من ناحيتها`` with the conjunction on it, a summary sentence
        pytest.param("ومن ناحيتها، أعلنت قيادة الأمم المتحدة المكلفة بمراقبة وقف إطلاق النار الاثنين، أنها أجرت تحقيقا "
                     "أظهر أن الأمر يتعلق بألغام كورية شمالية.", True, id="and-for-its-part"),
        # SaudiNewsNet 2015-08-01: the second sentence of the army commander's words, a summary sentence with no
        # speaker; a quotation opened in the sentence itself (a colon before a mark turned round, another mark, a
        # brace one outlet opens with) or guillemets the wrong way round lean on nothing
        pytest.param("إن قوة مؤسستكم تكمن في وحدتها وفي بقائها على مسافة واحدة من الجميع، كما في التفاف الشعب "
                     "حولها والتزامها وثيقة الوفاق الوطني».", True, id="rest-of-a-quotation"),
        pytest.param("وقال شاكر سليمان:» أحرص على شراء العطور على مدار العام.", False, id="mark-turned-round"),
        pytest.param('وأضاف البارزاني إن "نضال أمتنا على مر التاريخ لم يكن من أجل بقاء الأكراد تحت نير الخضوع».',
                     False, id="opened-by-another-mark"),
        pytest.param("قال الرئيس اليمني في خطاب ألقاه أمس {من عدن سنستعيد اليمن، وما تحقق فيها فاتحة انتصارات».",
                     False, id="opened-by-a-brace"),
        pytest.param("وأعلن »داعش« مسؤوليته عن الهجوم على مقر قوات الطوارئ في عسير.", False, id="guillemets-reversed"),
        # SaudiNewsNet 2015-07-26: the end of a diplomat's words closed by a straight mark, and "those thresholds"
        # after an emphatic, both summary sentences; a straight mark after a colon opens what it closes
        pytest.param('فالفجوة صغيرة بين العتبة النووية وامتلاك الأسلحة، ولن يستغرق الأمر وقتاً طويلاً لسدها".', True,
                     id="rest-of-a-quotation-straight"),
        pytest.param("إن تلك العتبات التي تحدد السقف لها هدفان: منع الدول المسرفة من تشويه العملة.", True,
                     id="emphatic-those"),
        pytest.param("إن هذه الأيام صعبة على الأسر التي فقدت أبناءها في الحرب.", False, id="emphatic-these-days"),
        pytest.param('وقال الخميس : إن الجهود تكاتفت ليصل المهرجان بحلته الحالية".', False, id="straight-after-colon"),
    ],
)
def test_fitness_needs_context(text, implied):
    assert needs_context(text) is implied
