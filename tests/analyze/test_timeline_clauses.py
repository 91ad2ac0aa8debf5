"""A timeline entry says who did what: a clause cut at a comma after a long subject keeps its verb and subject."""

from __future__ import annotations

from marsad.analyze.timeline import build_timeline
from marsad.extract.times import find_times
from marsad.model import Article, TimelineEntry


def _timeline(text: str, published: str) -> list[tuple[str, str]]:
    article = Article(id="a", title="", text=text, published=published)
    return [(e.date, e.text) for e in build_timeline([article], find_times(article, anchor=published))]


def _on_the_day(texts: dict[str, str], day: str) -> list[TimelineEntry]:
    """The timeline entries dated ``day`` of the articles ``texts`` (id -> text), all published that day."""
    articles = [Article(id=k, title="", text=t, published=day) for k, t in texts.items()]
    times = [t for a in articles for t in find_times(a, anchor=day)]
    return [e for e in build_timeline(articles, times) if e.date == day]


def test_a_clause_opening_with_a_preposition_after_a_comma_keeps_the_verb_before_it() -> None:
    # SaudiNewsNet 2015-07-22 (aawsat): the entry was ``في مكتبه بجدة اليوم اجتماعاً ثنائياً ...``, no one meeting
    text = ("عقد الأمير محمد بن سلمان بن عبد العزيز ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع، في "
            "مكتبه بجدة اليوم اجتماعاً ثنائياً مع وزير الدفاع الأميركي اشتون كارتر.")
    ((date, clause),) = _timeline(text, "2015-07-22")
    assert date == "2015-07-22"
    assert clause.startswith("عقد الأمير محمد بن سلمان"), clause


def test_the_verbs_object_after_the_comma_that_ends_its_time_is_kept() -> None:
    # SaudiNewsNet 2015-07-21 (alwatan): the timeline showed ``أعلن فرع تنظيم داعش في اليمن أمس``, no word of what
    text = ("إلى ذلك، أعلن فرع تنظيم داعش في اليمن أمس، مسؤوليته عن تفجير سيارة خارج مسجد المؤيد في صنعاء، "
            "وقالت مصادر في الشرطة إن التفجير أوقع قتلى.")
    assert _timeline(text, "2015-07-21") == [
        ("2015-07-20", "إلى ذلك، أعلن فرع تنظيم داعش في اليمن أمس، مسؤوليته عن تفجير سيارة خارج مسجد المؤيد في صنعاء")
    ]


def test_a_relative_clause_after_a_comma_keeps_the_noun_it_tells_of() -> None:
    # SaudiNewsNet 2015-07-31 (alyaum): the entry was ``التي ينظمها مكتب الدعوة ...``, organized by whom?
    text = ("تواصل اللجان المنظمة استعداداتها لانطلاق فعاليات خيمة أبها السياحية الدعوية السابعة، التي ينظمها مكتب "
            'الدعوة والإرشاد وتوعية الجاليات بأبها خلال الفترة من غد "السبت" إلى 30 من شوال الجاري، ضمن فعاليات مهرجان '
            '"أبها يجمعنا 1436 هـ".')
    entries = _timeline(text, "2015-07-31")
    assert entries and all(clause.startswith("تواصل اللجان المنظمة") for _, clause in entries), entries
    assert "2015-08-01" in {day for day, _ in entries}


def test_a_comparison_after_a_comma_is_the_other_event_its_date_dates() -> None:
    # SaudiNewsNet 2015-08-01: the Sousse attack (June) stood under Bardo's day (18 March), the comparison's
    text = ("قتل 38 سائحا بينهم ثلاثون بريطانيا في هجوم شنه طالب تونسي مسلح في مدينة سوسة السياحية، على غرار الهجوم "
            "الذي استهدف متحف باردو في 18 مارس وقتل فيه 21 سائحا.")
    ((date, clause),) = _timeline(text, "2015-08-01")
    assert (date, clause.split()[:2]) == ("2015-03-18", ["على", "غرار"]), clause


def test_a_dated_clause_before_the_comma_is_another_event() -> None:
    # the reopening (two days before) is not the closing's clause (three weeks before)
    text = ("فتحت اليونان أبواب بنوكها اعتبارا من أول من أمس الاثنين، بعد إغلاقها قبل ثلاثة أسابيع لمنع الانهيار "
            "تحت سيل من السحوبات النقدية.")
    entries = _timeline(text, "2015-07-22")
    closing = [c for d, c in entries if "إغلاقها" in c and "فتحت" not in c]
    assert closing, entries


def test_an_article_telling_an_event_twice_is_cited_once() -> None:
    """SaudiNewsNet 2015-08-11: aljazirah told the cabinet session in a headline-like line and again in its text,
    and the entry listed it twice among the outlets that tell it."""
    first = Article(id="a", title="", published="2015-08-11",
                    text="ترأس نائب خادم الحرمين الشريفين جلسة مجلس الوزراء أمس الاثنين في قصر السلام بجدة.")
    second = Article(id="b", title="", published="2015-08-11",
                     text="ترأس نائب خادم الحرمين الشريفين جلسة مجلس الوزراء أمس في قصر السلام بجدة وناقش التقارير.\n\n"
                          "وكان نائب خادم الحرمين الشريفين قد ترأس جلسة مجلس الوزراء أمس في قصر السلام بجدة.")
    articles = [first, second]
    times = [t for a in articles for t in find_times(a, anchor="2015-08-11")]
    (entry,) = [e for e in build_timeline(articles, times) if e.date == "2015-08-10"]
    assert sorted(c.article for c in entry.cites) == ["a", "b"], entry.cites


def test_an_event_many_outlets_tell_is_shown_by_a_clause_that_names_it() -> None:
    """SaudiNewsNet 2015-08-06: thirty reports told the Abha bombing "at noon today", and the entry showed the
    shortest of their clauses, ``وذلك بعد الحادثة الإرهابية التي شهدتها المنطقة ظهر اليوم`` (after "it": which?).
    It now shows the clause that tells what most of the others tell and stands alone (five of those reports)."""
    texts = {
        "sabq-3163": "عبدالله البرقاوي-سبق-الرياض: أكد المتحدث الأمني عدم تعرض أي مقر آخر لقوات الطوارئ الخاصة لمحاولة "
                     "تفجير إرهابي وذلك بعد تداول شائعة عن إحباط محاولة تفجير مقر قوات الطوارئ بالرياض بالتزامن مع "
                     "الجريمة الإرهابية التي شهدها مسجد قوات الطوارئ في عسير ظهر اليوم والتي نتج عنها استشهاد ١٢ رجل "
                     "أمن وثلاثة من العاملين وإصابة ٧ من رجال الأمن.",
        "sabq-3164": "سبق- أبها: وجّه مدير عام فرع وزارة الشؤون الاجتماعية بمنطقة عسير عبدالحكيم الشهراني جميع فروع "
                     "المنطقة بالتوجه إلى مستشفى عسير وخميس مشيط للتبرع بالدم، تلبية لنداء المستشفيات، عقب التفجير "
                     "الإرهابي الذي وقع ظهر اليوم.",
        "alweeam-2347": "ندد معالي الرئيس العام لهيئة الأمر بالمعروف والنهي عن المنكر الشيخ الدكتور عبدالرحمن بن عبدالله "
                        "السند، بالتفجير الإرهابي الذي وقع ظهر اليوم الخميس في مسجد مقر قوات الطوارئ الخاصة بمنطقة عسير، "
                        "ونتج عنه استشهاد وإصابة عدد من منسوبي القوات.",
        "alweeam-2338": "ويظهر الفيديو بوضوح اثار الدمار الهائل الذي لحق بالمسجد جراء التفجير الارهابي الذي وقع عند صلاة "
                        "ظهر اليوم.",
        "alweeam-2399": "جاء ذلك عقب التفجير الإرهابي الذي استهدف مسجد قوات الطوارئ الخاصة بمنطقة عسير اليوم ونتج عنه "
                        "استشهاد عدد من منسوبي القوات وإصابة آخرين.",
    }
    (entry,) = _on_the_day(texts, "2015-08-06")
    assert len({c.article for c in entry.cites}) == 5, entry
    assert "مسجد" in entry.text and "عسير" in entry.text, entry.text  # the event, where it happened
    assert not entry.text.startswith("جاء ذلك"), entry.text  # "that came after ...": what came?


def test_a_clause_leaning_on_the_sentence_before_stands_for_an_event_only_when_no_other_tells_it() -> None:
    # two reports of the Abha bombing (SaudiNewsNet 2015-08-06): the shorter clause opens "that came after ..."
    texts = {
        "sabq-3163": "عبدالله البرقاوي-سبق-الرياض: أكد المتحدث الأمني عدم تعرض أي مقر آخر لقوات الطوارئ الخاصة لمحاولة "
                     "تفجير إرهابي وذلك بعد تداول شائعة عن إحباط محاولة تفجير مقر قوات الطوارئ بالرياض بالتزامن مع "
                     "الجريمة الإرهابية التي شهدها مسجد قوات الطوارئ في عسير ظهر اليوم والتي نتج عنها استشهاد ١٢ رجل "
                     "أمن وثلاثة من العاملين وإصابة ٧ من رجال الأمن.",
        "alweeam-2399": "جاء ذلك عقب التفجير الإرهابي الذي استهدف مسجد قوات الطوارئ الخاصة بمنطقة عسير اليوم ونتج عنه "
                        "استشهاد عدد من منسوبي القوات وإصابة آخرين.",
    }
    (entry,) = _on_the_day(texts, "2015-08-06")
    assert len(entry.cites) == 2, entry
    assert entry.cites[0].article == "sabq-3163", entry.text
    assert entry.text.startswith("عبدالله البرقاوي") or entry.text.startswith("أكد"), entry.text


def test_a_wires_dateline_is_no_event() -> None:
    """SaudiNewsNet 2015-08-10: the Saudi Press Agency's dateline, ``جيزان 25 شوال 1436هـ الموافق 10 اغسطس 2015م
    واس``, was an event of the day in every story of its reports, told by nine of them in one."""
    text = (
        "جيزان 25 شوال 1436هـ الموافق 10 اغسطس 2015م واس\n\nأوضح أمين منطقة جازان رئيس اللجنة المحلية للانتخابات "
        "البلدية بالمنطقة محمد بن حمود الشايع أنه تم رفع عدد المراكز الانتخابية لانتخاب أعضاء المجالس البلدية "
        "بالمنطقة إلى 42 مركزاً بزيادة مركزين عن عدد الدورة السابقة ، إضافة إلى 27 مركزاً للنساء تم استحداثها "
        "للدورة الحالية ليصبح الإجمالي 69 مركزاً انتخابيًا بالمنطقة في النطاق المكاني والإشرافي للجنة ."
    )
    article = Article(id="was-1555", title="", text=text, published="2015-08-10")
    times = find_times(article, anchor="2015-08-10")
    assert {x.value for x in times} >= {"2015-08-10"}  # the dates are read ...
    assert build_timeline([article], times) == ()  # ... and date no event


def test_a_day_counted_from_publication_joins_its_event_a_day_off() -> None:
    # SaudiNewsNet 2015-08-08: the Abha bombing of Thursday 08-06 stood under 08-07 too, for the papers that said
    # ``أمس`` (collected a day after they were printed)
    texts = {
        "a": "أدان الرئيس العام لرعاية الشباب العمل الإرهابي الآثم الذي استهدف مسجدًا بمقر قوات الطوارئ الخاصة بمنطقة "
             "عسير أثناء أداء منسوبيه صلاة ظهر أمس الخميس، مما نتج عنه استشهاد عددٍ من منسوبي القوات والعاملين.",
        "b": "استنكر مدير شرطة منطقة الباحة اللواء مسفر بن سفير الخثعمي، الحادث الإرهابي الذي استهدف المصلين في مسجد "
             "قوات الطوارئ بمنطقة عسير أمس، مؤكدًا أن هذا العمل الإرهابي لن يزيد جنودنا إلا لحمة وتماسكًا.",
    }
    articles = [Article(id=k, title="", text=t, published="2015-08-08") for k, t in texts.items()]
    times = [t for a in articles for t in find_times(a, anchor="2015-08-08")]
    entries = build_timeline(articles, times)
    bombing = [e for e in entries if "قوات الطوارئ" in e.text]
    assert [e.date for e in bombing] == ["2015-08-06"], [(e.date, e.text) for e in entries]
    assert {c.article for c in bombing[0].cites} == {"a", "b"}
    assert "أمس الخميس" in bombing[0].text  # shown by the clause of its own date
