"""Reporting verbs and the vocabulary of attribution: who said what, through whom, in which document.

:data:`REPORTING_VERBS` is the one table of speech verbs and their inflections (finite forms, participles,
the prepositions that open their content); the other stages derive what they need from it or, where they
read a narrower selection, name it here and say why.
"""

from __future__ import annotations

# Reporting verbs and discourse openers that lean on the previous sentence for their subject when they
# are followed directly by a complementizer, a colon or a quote (``وأضاف أن``, ``وأشار إلى أن``), and
# openers that name the speaker only by pronoun (``من جانبه``). Source: the attribution patterns of the
# demo corpus and MultiLing Arabic, checked against the reporting verbs listed in Arabic journalism style
# guides (قال، أضاف، أكد، أوضح، أشار، لفت، تابع، شدد، اعتبر، ختم).
LEANING_VERB_FORMS = (
    "قال", "وقال", "فقال", "أضاف", "وأضاف", "أكد", "وأكد", "أوضح", "وأوضح", "أشار", "وأشار", "لفت", "ولفت",
    "تابع", "وتابع", "شدد", "وشدد", "اعتبر", "واعتبر", "ختم", "وختم", "مضيفا", "مضيفاً", "مشيرا", "مشيراً",
    "موضحا", "موضحاً", "مؤكدا", "مؤكداً", "قالت", "وقالت", "أضافت", "وأضافت", "أكدت", "وأكدت", "أوضحت",
    "وأوضحت", "أشارت", "وأشارت", "لفتت", "ولفتت", "تابعت", "وتابعت", "ذكر", "وذكر", "ذكرت", "وذكرت", "بين",
    "وبين", "بينت", "وبينت", "نوه", "ونوه", "نوهت", "ونوهت", "أردف", "وأردف", "أردفت", "وأردفت", "استطرد",
    "واستطرد", "زاد", "وزاد", "أفاد", "وأفاد", "أفادت", "وأفادت",
    # ``وأبان أن المواد الطبية ...`` (he made clear): a summary sentence of SaudiNewsNet 2015-08-01 without its speaker
    "أبان", "وأبان", "أبانت", "وأبانت",
)


# Speech verbs: dictionary form -> (finite forms, participles, prepositions that open the content).
# Source: the attribution verbs of issue 20 (قال، أكد، أضاف، أوضح، أشار إلى، شدد على، لفت إلى، اعتبر، نفى،
# زعم، ادعى), completed with those read in the demo corpus and in SaudiNewsNet wire copy (ذكر، أعلن، صرح، كشف،
# أفاد، رأى، حذر، دعا، أثنى، وصف، ختم، أبلغ، نوه; تابع، زاد، روى، تعهد، تمنى after the first run on the first 28
# annotated articles; أبان، حث، طالب، توقع، أظهر، أعرب after the first run on the 30 added for issue 20,
# docs/quotes.md; أجاب for an interview's answers). The first finite form is the masculine singular: the others' gender is read from their
# shape (``قالت``، ``تقول`` feminine; ``قالوا``، ``يقولون`` plural; ``مضيفة`` feminine). Left out on purpose:
# ``يذكر`` (``يذكر أن`` is the impersonal "it is worth noting"), ``بين`` unvocalized (also "between").
REPORTING_VERBS = {
    "قال": ("قال قالت قالوا يقول تقول يقولون قاله قالته", "قائلا قائلاً قائلة قائلين", ()),
    "أكد": ("أكد أكدت أكدوا يؤكد تؤكد يؤكدون أكده أكدته", "مؤكدا مؤكداً مؤكدة مؤكدين", ("على",)),
    "أضاف": ("أضاف أضافت أضافوا يضيف تضيف يضيفون", "مضيفا مضيفاً مضيفة مضيفين", ()),
    "أوضح": ("أوضح أوضحت أوضحوا يوضح توضح", "موضحا موضحاً موضحة موضحين", ()),
    "أشار": ("أشار أشارت أشاروا يشير تشير", "مشيرا مشيراً مشيرة مشيرين", ("إلى",)),
    "شدد": ("شدد شددت شددوا يشدد تشدد", "مشددا مشدداً مشددة مشددين", ("على",)),
    "لفت": ("لفت لفتت لفتوا يلفت تلفت", "لافتا لافتاً لافتة لافتين", ("إلى",)),
    "اعتبر": ("اعتبر اعتبرت اعتبروا يعتبر تعتبر", "معتبرا معتبراً معتبرة", ()),
    "نفى": ("نفى نفت نفوا ينفي تنفي", "نافيا نافياً نافية", ()),
    "زعم": ("زعم زعمت زعموا يزعم تزعم", "زاعما زاعماً زاعمة", ()),
    "ادعى": ("ادعى ادعت ادعوا يدعي تدعي", "مدعيا مدعياً مدعية", ()),
    "ذكر": ("ذكر ذكرت ذكروا ذكره ذكرته", "ذاكرا ذاكراً ذاكرة", ()),
    "أعلن": ("أعلن أعلنت أعلنوا يعلن تعلن", "معلنا معلناً معلنة", ()),
    "صرح": ("صرح صرحت صرحوا يصرح", "مصرحا مصرحاً مصرحة", ()),
    "كشف": ("كشف كشفت كشفوا يكشف تكشف", "كاشفا كاشفاً كاشفة", ("عن",)),
    "أفاد": ("أفاد أفادت أفادوا يفيد تفيد", "مفيدا مفيداً مفيدة", ()),
    "بين": ("بينت", "مبينا مبيناً مبينة", ()), "أبان": ("أبان أبانت", "", ()),
    "أردف": ("أردف أردفت", "مردفا مردفاً مردفة", ()), "رأى": ("رأى رأت رأوا يرى ترى", "", ()),
    "حذر": ("حذر حذرت حذروا يحذر تحذر", "محذرا محذراً محذرة", ("من",)),
    "دعا": ("دعا دعت دعوا يدعو تدعو", "داعيا داعياً داعية", ("إلى",)),
    "حث": ("حث حثت يحث تحث", "حاثا حاثاً", ("على",)),
    "طالب": ("طالب طالبت طالبوا يطالب تطالب يطالبون", "مطالبا مطالباً مطالبة", ()),
    "أثنى": ("أثنى أثنت", "مثنيا مثنياً", ("على",)),
    "وصف": ("وصف وصفت وصفه وصفها وصفهم يصفه تصفه يصفها تصفها", "واصفا واصفاً واصفة", ()),
    "ختم": ("ختم ختمت اختتم اختتمت", "", ()), "أبلغ": ("أبلغ أبلغت", "", ()),
    "نوه": ("نوه نوهت", "منوها منوهاً منوهة", ("إلى", "على")), "تابع": ("تابع تابعت", "", ()),
    "زاد": ("زاد", "", ()), "روى": ("روى روت", "", ()), "تعهد": ("تعهد تعهدت", "", ()),
    "تمنى": ("تمنى تمنت", "متمنيا متمنياً متمنية", ()),
    "توقع": ("توقع توقعت توقعوا تتوقع", "متوقعا متوقعاً متوقعة", ()), "أظهر": ("أظهر أظهرت", "", ()),
    "أعرب": ("أعرب أعربت أعربوا", "معربا معرباً معربة", ()),
    "أجاب": ("أجاب أجابت يجيب تجيب", "مجيبا مجيباً مجيبة", ()),
    # what one admits (``أقر أوباما بأن "هذا لا يعني أن المشكلة عولجت"``, SaudiNewsNet 2015-07-27) or comments
    # (``علقت صحيفة "لوفيجارو" على زيارة ... مؤكدة أن``): ``أقر`` also approves (``أقر المجلس الميزانية``) and
    # ``اعترف`` recognizes, so they state only with ``بأن`` (``أقر``) or ``أن`` (``اعترف``) near them; ``علق`` also
    # suspends, and states only before a quotation or a colon (its participle ``معلقة`` is "pending": not listed;
    # extract/quotes.py: ``_ONLY_BEFORE_THAT``, ``_NEAR_QUOTATION``)
    "أقر": ("أقر أقرت أقروا يقر تقر", "", ()),
    "اعترف": ("اعترف اعترفت اعترفوا يعترف تعترف", "معترفا معترفاً معترفة", ()),
    "علق": ("علق علقت علقوا", "", ()),
}

# Verbs whose content is the noun phrase after their preposition (``شدد على ضرورة …``، ``كشف عن …``). The
# other prepositional verbs report content only as ``إلى أن`` or before a quotation: ``أشار إلى المادة 51``
# and ``أثنى على ما شاهده`` cite or praise, they do not state (docs/quotes.md).
CONTENT_AFTER_PREPOSITION = {"أكد", "شدد", "كشف", "حذر", "دعا", "حث", "نوه"}

# Unnamed sources (docs/quotes.md: generic sources stay unattributed): the head noun of a speaker that is
# no one in particular, kept by its words and never linked to an entity. Indefinite ``مسؤول`` is one
# (``قال مسؤول فلسطيني``); ``المسؤول`` refers back to someone. Source: the unnamed sources of the demo
# corpus and of SaudiNewsNet, read by hand.
UNNAMED_SOURCES = (
    "مصدر مصادر المصدر المصادر مسؤول مسؤولون مسؤولين مسئول مسئولون شهود شاهد الشهود ناشطون ناشطين "
    "ناشط خبراء خبير الخبراء محللون محللين مراقبون مراقبين متابعون متابعين علماء أطباء سكان مواطنون "
    "مواطنين الأهالي أهالي سلطات السلطات القوى عمال منسوبو منسوبي تقارير التقارير تقرير أوساط دوائر جهات مقربون مقربين "
    "المعتصمون المتظاهرون محتجون متظاهرون زائرون زوار باعة مشاركون مسافرون مصدرا مسؤولا شاهدا باحثون باحثين "
    # research as a source (``وتشير الأبحاث إلى أن``، ``وأظهرت دراسة أن``: SaudiNewsNet 2015-07-26 left it unclear)
    "دراسة الدراسة دراسات الدراسات أبحاث الأبحاث"
)
# An ordinary person described, not named: an unnamed source when written without the article (``وقال سائق
# أردني``، ``وقالت ناخبة في غيهوشا``: SaudiNewsNet 2015-07-23 left them unclear); with it, a name follows or
# the article named him before (``المواطن عائض الحربي``).
ORDINARY_PEOPLE = "مواطن مواطنة سائق ناخب ناخبة مقيم مقيمة"
# Source words whose ``لـ`` is written on the next word (``وفقاً لروجر بلهام``، ``طبقاً للهيئة``): that ل is the
# preposition, never the first letter of the name after it.
LAM_SOURCES = "وفقاً وفقا طبقاً طبقا"

# The unnamed sources above that are one person or document (the rest are plural).
SINGULAR_SOURCES = "مصدر المصدر مسؤول مسئول شاهد ناشط خبير تقرير دراسة الدراسة"

# A source that asked not to be named (``مسؤول أميركي بارز طلب عدم نشر اسمه``، ``جندي طالبا عدم ذكر اسمه``، ``أحد
# المسؤولين ورفض نشر اسمه``): the verb or its participle, then within ``ANONYMITY_REACH`` words its own name. The
# source's description ends before the verb (SaudiNewsNet 2015-07-21 showed the request as part of the speaker's name).
ANONYMITY_VERBS = "طلب طالبا طالبة فضل فضلت مفضلا مفضلة رفض رفضت رافضا رافضة اشترط اشترطت مشترطا"
OWN_NAME = "اسمه اسمها اسمهما اسمهم هويته هويتها"
ANONYMITY_REACH = 4

# ``بحسب عدد العمالة``: according to a number, in proportion to it; without ``من`` (``بحسب عدد من المحللين``) no source.
COUNT_NOUNS = "عدد"

# ``عدد من مؤيدي الأسد``، ``واحدة من الجماهير``: some of a group, a source as unnamed as the group.
SOURCE_QUANTIFIERS = "عدد بعض أحد إحدى واحد واحدة كثير كثيرون"

# Media the statement appears in: ``وسائل إعلام``، ``مراسلنا`` are unnamed sources too.
MEDIA_SOURCES = "وسائل إعلام إعلامية مراسل مراسلنا مراسلو"

# Documents: ``البيان``، ``التقرير`` (definite) speak for whoever issued them, the last speaker; ``بحسب بيان``
# names an unnamed source.
DOCUMENTS = (
    "بيان البيان تصريح تصريحات التصريح رسالة الرسالة مذكرة المذكرة تقرير التقرير وثيقة الوثيقة "
    "بيانات موقع الموقع"
)
# A decree or a law speaks for itself (``وشدد المرسوم على المعاقبة``، ``وينص القانون على``): shown by its own words,
# never as the last speaker (a minister who commented on it) nor by words around its earlier mention (``لنص المرسوم``،
# ``تعليقه على المرسوم`` were shown, SaudiNewsNet 2015-07-21).
DECREES = "مرسوم المرسوم قانون القانون"
# How a document is said to be issued by someone (``بيان صادر عن الوزارة``): its issuer follows ``عن``.
ISSUED = "صادر صادرة الصادر الصادرة"
# ``للصحفيين``، ``له``: the audience of a statement, after ``لـ``.
AUDIENCE = "صحفيين صحافيين صحافة صحفيون إعلاميين وسائل الحضور المشاركين ه ها هم نا"

# What a relayed statement is called after its speaker (``نقلت … عن X قوله``، ``ختم بالقول``): it ends the
# speaker's name, never belongs to it (the quote attributor and the entity recognizer both stop there).
SAYING_NOUNS = "قوله قولها قولهم قولهما تأكيده تأكيدها القول بالقول حديثه حديثها كلامه كلامها بذلك بهذا"
# A statement named by its speaker's pronoun after the verb that ends it (``واختتم تصريحه عن تحضيرات فريقه بالقول``:
# SaudiNewsNet 2015-07-23, where ``تصريحه`` was the speaker; ``وختم كلمته``): no name. Not among SAYING_NOUNS, whose
# words are also passed over at the start of what was said: ``أكد أن تصريحاته تعتبر طبيعية`` says that his statements ...
STATEMENT_NOUNS = "تصريحه تصريحها تصريحاته تصريحاتها كلمته كلمتها"

# Verbs of asking: the one who asks (a journalist) is not the subject a later ``فقال`` goes on with.
QUESTION_VERBS = "سأل سألت سأله سألها سألته سألتها تساءل تساءلت"


# --- selections of the table read by other stages ---------------------------------------------------
# Each is a narrower reading of REPORTING_VERBS (tests/lang check that every word is one of its forms,
# with or without و/ف): widening one to the whole table changes that stage's output, so each stays as
# its stage was calibrated, named here.

# The summary's stop words (with function_words.SUMMARY_STOPWORDS): the verbs every quote carries.
SUMMARY_REPORTING_FORMS = (
    "قال", "قالت", "أضاف", "أضافت", "أكد", "أكدت", "أوضح", "أوضحت", "أشار", "أشارت", "لفت", "لفتت", "تابع", "شدد",
    "مضيفا", "مشيرا", "موضحا", "مؤكدا",
)

# Left out when the timeline and the claims compare clauses (with function_words.CLAUSE_FUNCTION_WORDS).
CLAUSE_REPORTING_FORMS = "قال وقال أكد أكدت وأكد أضاف وأضاف ذكر وذكر أعلن وأعلن مضيفا"

# Speech verbs that end the search for a title before a name (with function_words.ROLE_STOPS).
ROLE_STOP_VERBS = ("قال", "وقال", "أكد", "وأكد")

# The reporting verbs (lemmas of :data:`REPORTING_VERBS`) that topped the document-frequency lists of
# SaudiNewsNet and MultiLing across unrelated stories: left out of story clustering's vectors.
CLUSTER_STOP_LEMMAS = ("أضاف", "أكد", "أوضح", "أشار", "ذكر", "تابع", "لفت", "أعلن", "أفاد", "صرح")
