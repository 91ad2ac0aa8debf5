"""Arabic function words (stop words) and the closed-class words the stages test for: prepositions,
conjunctions, particles, pronouns, demonstratives, relatives, the auxiliary كان, and the connectives that
open a sentence leaning on the one before.

Each stage leaves different words out of what it compares, so each has its own named table here, saying
which stage reads it and why its selection differs; the words are written once, as published (the stages
key and stem them as they match). Reporting verbs are in :mod:`marsad.lang.ar.reporting`, time words in
:mod:`marsad.lang.ar.time`.
"""

from __future__ import annotations

from .names import HONORIFICS

# Words that may follow a bare year (``نكبة 1948 التي``) without making the number a count of something.
AFTER_BARE_YEAR = (
    "في", "على", "من", "إلى", "حتى", "التي", "الذي", "عندما", "حين", "بعد", "قبل", "ثم", "أو", "ضد", "حيث",
    "كما", "لكن", "إلا", "وما", "و", "عن", "مع", "وحتى", "وإلى", "والتي", "والذي",
)


# Words that open a dependent clause or the second half of a question, so a "sentence" opening with one
# is the tail of the previous sentence (split off by a quote or a line break). Source: MSA relative
# pronouns and subordinators (حيث، مما، الذي ...) and the alternative-question particle أم, as they open
# split-off fragments in SaudiNewsNet.
CONTINUATIONS = (
    "حيث", "مما", "أم", "الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "والذي", "والتي", "والذين",
)

# After a reporting verb, these mean its subject is not named: a complementizer (``وأضاف أن``), a
# preposition phrase before the complementizer (``وقال في بيان``، ``وأشار خلال``), or a pronoun object.
SUBJECTLESS_NEXT = (
    "أن", "إن", "أنه", "إنه", "أنها", "إنها", "أنهم", "إنهم", "إلى", "بالقول", "قائلا", "قائلاً", "في",
    "خلال", "عبر", "لدى", "أمام", "بأن", "بان", "له", "لها", "لهم",
)

# Openers that turn to another item of a round-up (``وفي سياق متصل``، ``وفي السياق، أفاد المرصد ...``): they open a
# sentence and never close one, so a sentence ending on one is a subheading run into the next sentence's opening and
# cut there by a full stop (``3042 قتلى داعش والنصرة وفي السياق.``, SaudiNewsNet 2015-07-24, a summary sentence). Unlike
# ``من جهة أخرى`` (on the other hand), which ends ``من جهة ... ومن جهة أخرى``.
SECTION_TURNS = (
    "في السياق", "وفي السياق", "في سياق متصل", "وفي سياق متصل", "في سياق آخر", "وفي سياق آخر", "في شأن آخر",
    "وفي شأن آخر", "في سياق منفصل", "وفي سياق منفصل", "على صعيد آخر", "وعلى صعيد آخر",
)

# Openers of several words, as word lists: a speaker named by pronoun (``من جانبه``) or a turn that refers
# to what was said before (``في المقابل``، ``إلى ذلك``).
LEANING_OPENERS = (
    "من جانبه", "من جهته", "من جانبها", "من جهتها", "من ناحيته", "من ناحيتها", "في المقابل", "في حين",
    # of two or more (``من جانبهما واصل الثنائي``: SaudiNewsNet 2015-08-02, a summary sentence)
    "من جانبهما", "من جهتهما", "من جانبهم", "من جهتهم", "من جانبهن", "من جهتهن",
    "ومع ذلك", "رغم ذلك", "وفي السياق ذاته", "وفي السياق نفسه", "في السياق ذاته", "في السياق نفسه", "إلى ذلك",
    "وإلى ذلك", "في غضون ذلك", "وفي غضون ذلك", "بناء على ذلك", "وبناء على ذلك", "إضافة إلى ذلك",
    "بالإضافة إلى ذلك", "علاوة على ذلك", "وعلاوة على ذلك", "جاء ذلك", "وجاء ذلك", "جاء هذا", "وجاء هذا",
    "يأتي ذلك", "ويأتي ذلك", "يأتي هذا", "ويأتي هذا", "تأتي هذه", "وتأتي هذه", "وتأتي تلك", "جاءت هذه",
    "وجاءت هذه",
    # turns from what was said before to another item (SaudiNewsNet 2015-08-02: 17 summary sentences
    # opened with ``من جهة أخرى``)
    "من جهة أخرى", "ومن جهة أخرى", "من جهة ثانية", "ومن جهة ثانية", "من ناحية أخرى", "ومن ناحية أخرى",
    "من جانب آخر", "ومن جانب آخر", "على الصعيد نفسه", "على الصعيد ذاته", *SECTION_TURNS,
    # he went on to say (``ومضى يقول: بلغت الاستثمارات ...``: SaudiNewsNet 2015-07-22, a summary sentence)
    "ومضى يقول", "ومضت تقول", "مضى يقول", "ومضى قائلا", "ومضى قائلاً", "ومضت قائلة",
)

# First words that make a sentence lean on the one before: connectives that continue an argument and
# pronouns or demonstratives that refer back (``وهو ما يعني``، ``هذا القرار``، ``لكن الوزير``). Source: the
# openers of the sentences of 20 multi-outlet SaudiNewsNet stories that read wrongly on their own
# (docs/summaries.md, readability check), and the MSA discourse connectives of Arabic grammars (أدوات
# الربط: لكن، غير أن، بيد أن، إلا أن، لذلك، وعليه، بالتالي، كذلك، أيضا، بدوره).
DANGLING_OPENERS = (
    "لكن", "ولكن", "لكنه", "لكنها", "ولكنه", "ولكنها", "غير", "بيد", "إلا", "لذلك", "ولذلك", "لذا", "وعليه",
    "وبالتالي", "بالتالي", "كذلك", "وكذلك", "أيضا", "أيضاً", "بدوره", "وبدوره", "بدورها", "وبدورها", "هو",
    "هي", "هم", "وهو", "وهي", "وهم", "وهما", "هذا", "هذه", "ذلك", "تلك", "هؤلاء", "وهذا", "وهذه", "وذلك",
    "وتلك", "وهؤلاء", "فيما", "بينما", "إذ", "اذ", "إذاً", "إذن", "ثم",
    # ``ف`` (so, then) on the first word goes on from the sentence before (``ففي الواقع، ميزانية إيران ...``،
    # ``فمن منطقة الزلقا ... ينطلق الفيلم``: SaudiNewsNet 2015-07-22, summary sentences)
    "ففي", "فمن", "فقد", "فإن", "فهو", "فهي", "فهم", "فلا", "فلم", "فما", "فإذا", "فعلى", "فبعد", "فمنذ",
    # "because he/she/they/we ..." gives the reason for what the sentence before said (``لأنه من الضروري أن تكون
    # هناك جهود أكبر ...``, the rest of Kerry's answer: SaudiNewsNet 2015-07-22, a summary sentence); a bare ``لأن``
    # may open a whole sentence, its reason put first (``لأن الوضع خطير، قررت ...``)
    "لأنه", "لأنها", "لأنهم", "لأنهما", "لأنهن", "لأننا", "لأني", "لأنني", "ولأنه", "ولأنها", "ولأنهم", "ولأننا",
)

# The first person in a sentence's first two words: someone speaks whom the sentence does not name (an interview's
# answer, ``ليس لدينا الإجابة عن ذلك بعد``، ``نريد مكافحة التطرف``: SaudiNewsNet 2015-07-22, summary sentences).
FIRST_PERSON_OPENERS = ("نحن", "أنا", "إننا", "إنني", "إني", "لدينا", "لدي", "نريد", "أريد", "نعتقد", "أعتقد", "لسنا", "لست")

# A demonstrative opening a time phrase (``هذا العام``، ``هذه الأثناء``) points at the calendar, not at
# the sentence before.
TIME_AFTER_DEMONSTRATIVE = (
    "العام", "الأسبوع", "الشهر", "اليوم", "السنة", "الصباح", "المساء", "الليلة", "الأيام", "الفترة", "الأثناء",
    "اللحظة", "الأسابيع", "الأشهر", "الساعة", "الساعات",
)

# Demonstratives, bare and after و: a sentence opening with one points back unless a time word follows.
DEMONSTRATIVES = ("هذا", "هذه", "ذلك", "تلك", "وهذا", "وهذه", "وذلك", "وتلك")
# Particles of emphasis and contrast a demonstrative may follow and still point back (``إن تلك العتبات ...``).
EMPHATICS = ("إن", "وإن", "لكن", "ولكن")
# ``في وقت أكدت فيه أثينا``، ``في الوقت الذي رأت فيه``: the time ``فيه`` after a verb refers to ("at a time when").
WHILE_NOUNS = ("وقت", "الوقت")
# ``بهذا الخصوص``، ``بهذا الشأن``، ``بذلك الصدد`` (in this regard): after a verb, an adverbial phrase, no subject.
REGARD_NOUNS = ("الخصوص", "الشأن", "الصدد")

# Words that point back at something said before wherever they stand among a sentence's first words:
# ``ذلك`` and its forms (``واستجابة لذلك``، ``وأكد كذلك``), and the honorifics Saudi and Gulf outlets use in
# place of a name already given (``وثمن سموه``، ``وأشار معاليه``). Source: the readability check of 20
# SaudiNewsNet stories (docs/summaries.md).
BACK_REFERENCES = ("ذلك", "لذلك", "بذلك", "كذلك", "وكذلك", "ذاك", "أيضا", "أيضاً", *HONORIFICS.split())

# ``خلال الاستقبال``، ``في ختام الاجتماع``: a definite event after one of these words, among a sentence's first
# words, is the event the sentence before told (``وجرى خلال الاستقبال استعراض ...`` after ``استقبل ولي ولي
# العهد ...``). Counted over 12,000 SaudiNewsNet articles: in the first six words of 235 sentences after
# ``خلال``، ``وخلال``، ``ختام`` or ``وعقب`` and such a noun, none an article's first sentence.
EVENT_BACK_WORDS = ("خلال", "وخلال", "ختام", "وعقب")
EVENT_NOUNS = (
    "الاستقبال", "اللقاء", "اللقاءات", "الاجتماع", "الاجتماعات", "الزيارة", "المباحثات", "المحادثات", "الجلسة",
    "الحفل", "المؤتمر", "الاتصال", "المقابلة", "الندوة",
)

# God's word quoted: the formula that opens a verse (``قال الله تعالى (...)``، ``وقال تعالى``): the close of an
# Interior Ministry statement on an execution, a sermon's, a column's; never news (SaudiNewsNet 2015-08-11: a
# summary opened on one). Written with و or ف before it too.
SCRIPTURE_OPENERS = (
    "قال الله تعالى", "قال تعالى", "يقول الله تعالى", "يقول تعالى", "قال الله عز وجل", "يقول الله عز وجل",
    "قال الله سبحانه", "قال سبحانه", "يقول سبحانه", "قال الله سبحانه وتعالى", "يقول الله سبحانه وتعالى",
)

# Who a prayer is addressed to: ``داعياً الله أن يتغمدهم برحمته``، ``ودعا المولى عز وجل أن``، ``يدعو ربه``. ``دعا`` before one of
# these prays, it states nothing: a condolence cable's ``داعياً الله أن لا يريه أي مكروه`` was the Interior minister's
# statement four times over in one story's "who said what" (SaudiNewsNet 2015-08-08), 29 quotes in 3,000 articles.
GOD_NAMES = ("الله", "المولى", "ربه", "ربها", "ربهم", "ربنا", "الباري")

# A prayer that closes a statement, a column or a condolence (``حفظ الله سموه في سفره وإقامته``، ``رحم الله الشهداء``،
# ``اللهم احفظ بلادنا``، ``ونسأل الله التوفيق للجميع``): it asks, it tells no news, and a summary of the Abha bombing's
# follow-ups (SaudiNewsNet 2015-08-11) quoted one. Its opening words, with ``و``/``ف`` or without; about one
# sentence in 200 of SaudiNewsNet's articles opens so.
PRAYER_OPENERS = (
    "حفظ الله", "حفظه الله", "حفظها الله", "حفظهم الله", "رحم الله", "رحمه الله", "رحمها الله", "رحمهم الله", "اللهم",
    "نسأل الله", "أسأل الله", "ندعو الله", "أدعو الله", "تغمد الله", "تغمده الله", "تغمدهم الله", "تقبل الله",
    "تقبلهم الله", "أعان الله", "وفق الله", "جزى الله", "جزاه الله", "سائلين الله", "سائلا الله", "سائلاً الله",
    "داعين الله", "داعيا الله", "داعياً الله", "أدام الله", "حمى الله", "أعز الله",
)

# The protocol's roster of who was there, a sentence of names and titles that tells no news: ``حضر الاستقبال
# ...``، ``وكان في استقباله لدى وصوله ...``، ``رافق سموه خلال الزيارة ...``، ``وقد وصل بمعية ...``. Its opening
# words (after و، ف، قد): a verb of attending before a definite noun (the occasion), ``كان في`` before a word of
# welcome or farewell, a verb of accompanying with ``خلال`` or ``لدى`` among the sentence's first words (``ورافقت
# قناة «ام تي في» أفراد العائلات`` is news), or ``وصل بمعية``. Counted over the 47,220 sentences of SaudiNewsNet
# 2015-07-21 and 2015-08-11: 97 open so, none an article's first; of 30 read (drawn with a first form of the
# test), 29 were rosters.
ROSTER_ATTEND = ("حضر", "حضرت", "يحضر", "تحضر")
ROSTER_WELCOME = ("استقبال", "استقباله", "استقبالها", "استقبالهم", "وداع", "وداعه", "وداعها", "وداعهم")
ROSTER_ACCOMPANY = ("رافق", "رافقت", "يرافق", "ترافق", "رافقه", "رافقها", "رافقهم")
ROSTER_ACCOMPANY_WHEN = ("خلال", "لدى")
ROSTER_ARRIVED_WITH = ("وصل", "بمعية")


# Left out of the summary's sentence vectors (with reporting.SUMMARY_REPORTING_FORMS): Arabic closed-class
# words (prepositions, conjunctions, particles, pronouns, demonstratives, relatives, the auxiliary كان) and
# the attribution phrases every news sentence carries (وفق، بحسب، يذكر أن), which would make any two quotes
# look alike. Compiled by hand from MSA grammar's closed classes (the classes NLTK's and Larkey's Arabic
# stop lists cover); the summary stems them exactly as the sentence words are, so that وأكد and أكد both
# drop.
SUMMARY_STOPWORDS = (
    "في", "من", "إلى", "على", "عن", "مع", "بين", "حول", "منذ", "خلال", "بعد", "قبل", "عند", "لدى", "حتى",
    "ضد", "نحو", "عبر", "دون", "أمام", "تحت", "فوق", "أن", "إن", "أنه", "إنه", "أنها", "إنها", "لأن", "بأن",
    "لا", "لم", "لن", "قد", "لقد", "ثم", "أو", "أم", "و", "ف", "كما", "التي", "الذي", "الذين", "اللذين",
    "اللتين", "ما", "ماذا", "بل", "لكن", "أي", "كل", "بعض", "غير", "إلا", "سوى", "هذا", "هذه", "ذلك", "تلك",
    "هؤلاء", "هنا", "هناك", "هو", "هي", "هم", "هن", "نحن", "أنا", "كان", "كانت", "يكون", "تكون", "كانوا",
    "عليه", "عليها", "فيه", "فيها", "منه", "منها", "له", "لها", "لهم", "به", "بها", "إذ", "إذا", "أما",
    "أيضا", "حيث", "كذلك", "وقد", "عدة", "وفق", "وفقا", "بحسب", "حسب", "يذكر", "يشار", "فضلا", "إضافة",
    "بالإضافة", "لاسيما", "ولاسيما", "وغيرها",
)


# Function words left out when the timeline and the claims compare clauses (prepositions, particles,
# pronouns; MSA closed class), with reporting.CLAUSE_REPORTING_FORMS; stemmed as the clause words are.
CLAUSE_FUNCTION_WORDS = (
    "في من على إلى الى عن مع أن إن ان أنه الذي التي الذين و ثم أو قد لا لم لن ما هذا هذه ذلك تلك كان كانت "
    "بين خلال بعد قبل عند حتى منذ كما حيث وقد فيما بينما هو هي هم جرى"
)
# Words that end a subject phrase: relative pronouns, ``بينهم`` (a subset follows), and the prepositions of
# an adverbial (``خلال الأشهر الماضية``). ``في`` and ``من`` stay: ``في العراق``، ``من قوات التحالف``.
PHRASE_STOPS = (
    "التي الذي الذين والتي والذي اللذين اللتين بينهم بينها منهم منها حيث خلال منذ بعد قبل عند حتى "
    "حول ضد عبر مع على إلى عن آنذاك"
)
# spaCy's Arabic stop words (spacy/lang/ar/stop_words.py, MIT licence), as published: particles,
# prepositions, pronouns, "kana and her sisters", with some of their proclitic forms.
SPACY_STOP_WORDS = """
من نحو لعل بما بين وبين ايضا وبينما تحت مثلا لدي عنه مع هي وهذا واذا هذان انه بينما أمسى وسوف ولم لذلك
إلى منه منها كما ظل هنا به كذلك اما هما بعد بينهم التي أبو اذا بدلا لها أمام يلي حين ضد الذي قد صار إذا
مابرح قبل كل وليست الذين لهذا وثي انهم باللتي مافتئ ولا بهذه بحيث كيف وله علي بات لاسيما حتى وقد و أما
فيها بهذا لذا حيث لقد إن فإن اول ليت فاللتي ولقد لسوف هذه ولماذا معه الحالي بإن حول في عليه مايزال ولعل
أنه أضحى اي ستكون لن أن ضمن وعلى امسى الي ذات ولايزال ذلك فقد هم أي عند ابن أو فهو فانه سوف ما آل كلا
عنها وكذلك ليست لم وأن ماذا لو وهل اللتي ولذا يمكن فيه الا عليها وبينهم يوم وبما لما فكان اضحى اصبح لهم
بها او الذى الى إلي قال والتي لازال أصبح ولهذا مثل وكانت لكنه بذلك هذا لماذا قالت فقط لكن مما وكل وان
وأبو ومن كان مازال هل بينهن هو وما على وهو لأن واللتي والذي دون عن وايضا هناك بلا جدا ثم منذ اللذين
لايزال بعض مساء تكون فلا بيننا لا ولكن إذ وأثناء ليس ومع فيهم ولسوف بل تلك أحد وهي وكان ومنها وفي
ماانفك اليوم وماذا هؤلاء وليس له أثناء بد اليه كأن اليها بتلك يكون ولما هن والى كانت وقبل ان لدى
"""

# Ours: the question words spaCy's list leaves out, with the conjunction (``وكيف بدأ وأين هو الآن؟``: ``وأين``
# was a person, SaudiNewsNet 2015-07-22).
INTERROGATIVES = "أين وأين فأين متى ومتى فمتى وكيف فكيف"

# Ours: words that topped the document-frequency lists of SaudiNewsNet and MultiLing across unrelated
# stories once spaCy's list was removed — reporting verbs, weekday names, connectives of news prose.
# On a handful of articles (where idf cannot tell) they made unrelated reports look alike.
# (Story clustering also leaves out reporting.CLUSTER_STOP_LEMMAS and the weekdays, time.WEEKDAY_NAMES.)
NEWS_STOP_WORDS = "وفق وفقا بحسب حسب خلال عبر فيما غير جميع تم يتم عندما بشكل كانوا أمس غدا"


# Words that follow a figure without being what it counts: particles, prepositions, pronouns and the
# closed-class words of MSA grammar.
NOT_COUNTED = (
    "من في على إلى الى عن مع أو او ثم قد لا لم لن إن ان أن التي الذي الذين اللذين منها منهم منه فيها بين حتى "
    "خلال بعد قبل عند هو هي هم هذا هذه ذلك تلك أي كل بعض نحو حوالي فقط أيضا ايضا تقريبا مقابل بينهم بينها لدى "
    "ضد عبر حيث كما إلا الا سوى غير دون بينما وفق وفقا مقارنة إضافة بالإضافة بعدما عندما حين حينما بسبب "
    "بفضل لأن كي إذ إذا منذ جراء إثر عقب فيما ممن مما "
    # places and sides: ``كسب اثنتين أمام فرق قوية`` counts no ``أمام``
    "أمام امام خلف وراء فوق تحت ضمن أثناء اثناء لصالح "
    # ``37 ما بين رجال أمن ومواطنين``، ``431 أغلبهم من الجنسية السعودية`` (SaudiNewsNet 2015-07-21): what they were,
    # and most of them, come after the noun left unsaid
    "ما أغلبهم أغلبها معظمهم معظمها غالبيتهم غالبيتها أكثرهم"
)
# ``أن``/``إن`` and their forms with pronouns and ``ب`` (``بأنه``): the content clause opens after them.
COMPLEMENTIZERS = "أن إن أنه إنه أنها إنها أنهم إنهم أنهما أننا إننا أنني أنهن بأن بأنه بأنها بأنهم بأنهما بأننا فإن فإنه فإنها"

# ``بعد أن``، ``قبل أن``: a time clause, not the content of the statement.
TIME_CONJUNCTIONS = "بعد قبل منذ حتى بدون دون لولا"

# Conjunctions that open a clause telling an event of its own (with ``بعد أن``، ``قبل أن``، ``منذ أن``, from
# TIME_CONJUNCTIONS): where a sentence tells two events of two times, the timeline cuts it there. Not the
# relative pronouns (``الذي``، ``التي``): a relative clause cut from its noun does not say what it tells of.
EVENT_CLAUSE_OPENERS = ("فيما", "بينما", "عندما", "حين", "حينما", "بعدما", "ثم", "وعندما", "وحين", "وحينما", "وبعدما",
                        "في حين", "وفي حين")

# ``على غرار الهجوم الذي استهدف متحف باردو في 18 مارس``: a comparison with another event, which its date dates; the
# clause does not lean on the one before it (SaudiNewsNet 2015-08-01's timeline dated the Sousse attack by Bardo's day).
COMPARISON_OPENERS = ("على غرار", "على شاكلة", "مثلما")

# ``عن وصف جثة الطفلة``، ``بعد إعلان``: after a preposition the word is a verbal noun, not a verb.
VERBAL_NOUN_PREPOSITIONS = "عن في من على إلى بعد قبل حول خلال منذ عند لدى"

# Words after a cue that end the speaker's name: prepositions of an adverbial (``وأضاف خلال كلمته``) or of
# an addressee (``قال لوكالة``), reflexive objects (``ووصفوا أنفسهم``), and a preposition on a pronoun for
# the occasion (``ألقى ... كلمة أشار فيها``، ``بيان أكد فيه``: ``فيها`` was shown as a speaker, SaudiNewsNet
# 2015-08-02). ``في``، ``لـ`` and ``باسم`` may go on with an office (``السفير الأمريكي في
# العراق``، ``الأمين العام لمجلس التعاون``، ``المتحدث باسم الوزارة``): see ``_Reader._subject``.
SUBJECT_STOPS = (
    "خلال عبر مع أمام لدى عقب بعد قبل أثناء حول ضمن وسط إلى على عن من التي الذي الذين "
    "بينما فيما حيث كما إذ عندما بأن وأن ما عما مما نفسه نفسها أنفسهم أنفسهن "
    "فيه فيها فيهما فيهم خلاله خلالها منه منها عنه عنها به بها عليه عليها عليهم عنهم منهم بعدها بعده "
    "قبلها قبله هو هي وهو وهي "
    # the object of an idiom right after the verb (``كشف النقاب عن``، ``لفت نظري``، ``لفت الانتباه إلى``), a
    # hypothetical speaker (``قد يقول قائل``) and a participle of saying (``ويقول معلقا:``): no one's name
    # (each was shown as a speaker, SaudiNewsNet 2015-07-21)
    "النقاب نظري نظره نظرها النظر الانتباه انتباهي الأنظار قائل معلقا معلقاً "
    # an age set beside the subject (``وقال اللاعب البالغ من العمر 34 عاما``: ``اللاعب البالغ`` was the speaker,
    # SaudiNewsNet 2015-08-11)
    "البالغ البالغة "
    # the verb's object, a verbal noun, after a subject left as a pronoun (``أكدت أيضاً وجود «عقبات»``، ``تؤكد
    # أهمية التخصص``، ``أكد متانة العلاقات``): each was shown as a speaker (SaudiNewsNet 2015-08-01)
    "وجود أهمية ضرورة متانة حرص عمق استمرار التزام تمسك استعداد أحقية "
    # both of them (a pronoun for two already named), openly, and a condition that ends the subject
    # (``وصرح كلاهما بأنهما``، ``قال عيانا بيانا``، ``بحسب محللين إذا نجح المؤشر``: SaudiNewsNet 2015-07-22)
    "كلاهما كلتاهما عيانا علنا إذا لو "
    # in the wake of (``وقال وزير الإعلام رمزي جريج إثر انتهاء جلسة مجلس الوزراء``: SaudiNewsNet 2015-07-24)
    "إثر "
    # adverbs of time with their tanween unwritten (``أقر مؤخرا بأن``، ``اعترف أخيرا بأنه``: each was shown as a
    # speaker, SaudiNewsNet 2015-08-03 and 08-06)
    "مؤخرا أخيرا حاليا سابقا لاحقا مجددا مسبقا "
    # adverbs of manner so written (``وكأنها تعترف –ضمنا- بأن``، ``وأعلن رسميا أن``: ``ضمنا`` was shown as a
    # speaker, SaudiNewsNet 2015-07-24)
    "ضمنا رسميا شخصيا علانية "
    # the object of condolences, congratulations or thanks sent to someone (``ورفع وزير العدل التعازي لخادم الحرمين
    # الشريفين الملك سلمان``: the king was the speaker of the minister's ``داعياً``, SaudiNewsNet 2015-08-06)
    "التعازي التعزية تعازيه التهاني التهنئة تهانيه الشكر شكره "
    # the particle of a past perfect after the subject (``وكانت مصادر أهلاوية قد كشفت``: ``قد`` was a word of the
    # speaker, SaudiNewsNet 2015-07-27); a time after it ends it too (``time.SPEAKER_TIME_WORDS``)
    "قد"
)
# Prepositions that open a fronted adverbial (``وفي السياق ذاته،``، ``وخلال اللقاء،``) before the verb.
FRONTING_PREPOSITIONS = "في خلال من على بعد قبل عقب إثر حول"

# ``لكنه قال``، ``إلا أنه أكد``: the verb's subject is a pronoun for someone already named.
PRONOUN_SUBJECTS = "لكنه لكنها ولكنه ولكنها أنه أنها إنه إنها وأنه وأنها كما أنه"

# Particles before a verb (``وقد أبدى``): the verb comes after them.
VERB_PARTICLES = "قد وقد لقد فقد"

# Words after which a verb opens a clause of its own (``فيما أوضح شكري``، ``لكنه قال``، ``الذي أوضح``).
CLAUSE_OPENERS = (
    "الذي التي فيما بينما كما ثم لكن ولكن لكنه لكنها ولكنه ولكنها إلا حيث كذلك عندما حين بعدما أما"
)

# Words the recognizer sometimes tags as a name: never a speaker.
SPEAKER_FUNCTION_WORDS = "في من على عن إلى مع أن إن لا ما هذا هذه ذلك تلك"


# Quantifiers whose next word is a noun in construct (``كل طالب علم``، ``أي قائل``), never a verb: with the
# prepositions and conjunction written on them.
CONSTRUCT_QUANTIFIERS = "كل وكل لكل بكل فكل أي وأي لأي بأي"

# Modal verbs whose next word is a verbal noun (``لا يمكن توقع نتائجها``: "its results cannot be foreseen"),
# never a verb with its subject (``نتائجها`` was a speaker, SaudiNewsNet 2015-07-27).
MODALS = "يمكن ويمكن يجب ويجب ينبغي وينبغي يصعب يستحيل"

# The noun of negation, whose next word is a verbal noun (``طالبا عدم ذكر اسمه``: "asking his name not be given"),
# never a verb with its subject (``ذكر اسمه`` was read as "his name said", SaudiNewsNet 2015-07-21).
NEGATION_NOUNS = "عدم وعدم بعدم لعدم"

# Conditional particles: a verb after them says what would be so, no one reports anything (``وإذا ذكر البيت التجاري
# لآل الجفالي فإنه يقترن ...``: "if the trading house is mentioned", SaudiNewsNet 2015-08-04; ``لآل الجفالي`` was a speaker).
CONDITIONALS = "إذا وإذا فإذا لو ولو"


# Words that cannot end an Arabic sentence: prepositions, conjunctions, particles and relative pronouns.
# A line ending on one was broken mid-sentence. Source: closed-class word lists of MSA grammar.
CANNOT_END_SENTENCE = (
    "في", "من", "إلى", "الى", "على", "عن", "مع", "بين", "حول", "منذ", "خلال", "بعد", "قبل", "عند", "لدى",
    "حتى", "ضد", "نحو", "عبر", "دون", "بدون", "أن", "إن", "ان", "لا", "لم", "لن", "قد", "ثم", "أو", "او", "و",
    "ف", "كما", "التي", "الذي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي", "ما", "بل", "لكن", "لكنّ",
    "أي", "كل", "بعض", "غير", "سوى", "إلا", "الا", "عدة", "أمام", "وراء", "تحت", "فوق", "لدي", "بأن", "وأن",
    "لأن", "كي", "لكي", "إذا", "اذا", "لو", "هذا", "هذه", "ذلك", "تلك", "هؤلاء",
)


# Words that end the search for a title before a name: prepositions and particles (and the speech verbs
# of reporting.ROLE_STOP_VERBS) that cannot sit inside a title. ``في``/``لدى`` are allowed (``السفير
# الأمريكي في العراق``).
ROLE_STOPS = (
    "من", "إلى", "على", "عن", "مع", "أن", "إن", "أنه", "بين", "الذي", "التي", "حيث", "بعد", "قبل", "خلال",
    "مثل", "هو", "هي", "كان", "وكان", "لكن", "ثم", "أو", "منذ", "حتى",
    # ``رئيس جديد خلفا للسويسري جوزيف بلاتر``: the title is his successor's
    "خلفا", "بدلا", "عوضا",
)

# Participles of allegiance (``المقاومة الشعبية الموالية للرئيس هادي``): the name after them is whom a body is
# loyal to, not who holds it.
ALLEGIANCE_WORDS = (
    "الموالية", "الموالي", "الموالين", "الموالون", "التابعة", "التابع", "المؤيدة", "المؤيد", "المؤيدين",
    "المدعومة", "المدعوم", "المناصرة", "المقربة", "المقرب",
)
