"""The words of page furniture: what news pages print around an article (related links, share bars, tag
lists, copyright lines, comment forms, newsletter and follow-us prompts, photo credits), as the cleaner's
line rules and the summary's fitness check match them.

Phrases as published (several words each); :mod:`marsad.clean.rules` keys them and decides where on a line
each may stand.
"""

from __future__ import annotations

# Phrases that only page furniture contains, as keys (matched anywhere in the sentence key). Source: the
# residue of the demo corpus (gold file ``boilerplate``) and the share/related-link bars of Arabic news
# sites seen in SaudiNewsNet and the HTML test pages.
SENTENCE_RESIDUE_PHRASES = (
    "اقرأ أيضا", "اقرأ أيضاً", "اقرأ المزيد", "شاهد أيضا", "شاهد أيضاً", "اخترنا لك", "مواضيع ذات صلة",
    "أخبار ذات صلة", "تابعونا على", "للاشتراك في", "جميع الحقوق محفوظة", "حقوق النشر", "مشاركة :",
    "news-picture", "http", "www.", "@",
)


# Counters under a headline or at the foot of an article (``5 مشاهدات``، ``0 تعليق``).
COUNTER_WORDS = (
    "مشاهدة", "مشاهدات", "قراءة", "قراءات", "تعليق", "تعليقات", "إعجاب", "إعجابات", "زيارة", "زيارات",
    "مشاركة", "مشاركات", "views", "view", "comments", "comment", "likes", "shares", "reads",
)

# Share bars: the buttons' labels as text, words that name the act or a network.
SHARE_WORDS = (
    "مشاركة", "شارك", "شاركها", "شاركوا", "انشر", "تويتر", "تغريد", "فيسبوك", "فيس", "بوك", "واتساب", "واتس",
    "تلغرام", "تيليجرام", "تليجرام", "لينكدإن", "لينكد", "ماسنجر", "طباعة", "اطبع", "share", "tweet", "print",
    "facebook", "twitter", "whatsapp", "telegram", "linkedin", "pinterest", "reddit", "messenger", "email",
)

# What opens a share bar run into a line of text (``شارك من خلال تويتر فيسبوك``), the networks it names,
# and the comment prompt that may follow them.
SHARE_LEADS = ("شارك من خلال", "شارك عبر", "شارك على", "شارك")
SHARE_NETWORKS = (
    "تويتر", "فيسبوك", "فيس بوك", "جوجل بلس", "جوجل", "واتساب", "واتس اب", "لينكد إن", "تيليجرام", "تلغرام",
)
COMMENT_PROMPTS = ("اكتب رأيك", "أضف تعليقك", "اكتب تعليقك")

# How a column's footer invites the reader to write to its author (as keys: no ة or hamza to fold).
WRITER_CONTACT = ("للتواصل مع الكاتب", "للتواصل مع الكاتبه")

# Words that occur only around share buttons (``شارك الخبر عبر``).
SHARE_FILLER = (
    "عبر", "على", "الخبر", "المقال", "الرابط", "رابط", "نسخ", "البريد", "بريد", "الإلكتروني", "إلكتروني",
    "آب", "google", "copy", "link", "mail", "e", "x", "on", "via",
)

# Labels a headline opens with before ``/``, ``:`` or ``|``: a wire service's desk (SPA's ``عام /``, ``اقتصادي
# /``: 400 of SaudiNewsNet's headlines), breaking news, and the kind of piece (``بالفيديو:``, ``قصة مصورة:``).
# They say where the piece was filed, not what happened.
HEADLINE_DESK_LABELS = ("عام", "سياسي", "اقتصادي", "ثقافي", "رياضي", "اجتماعي", "صحي", "محلي", "دولي", "عربي")
# Breaking news and the kind of piece may also stand before ``..``, ``…`` or a dash (``شاهد.. أحد المصابين``،
# ``بالصور.. مجسمات``: 333 of SaudiNewsNet's headlines, from 3alyoum, alweeam and sabq); a desk may not, where
# it is often a word of the headline (``عام.. على الحرب``: a year).
HEADLINE_FORMAT_LABELS = (
    "عاجل", "خبر عاجل", "فيديو", "بالفيديو", "بالصور", "صور", "قصة مصورة", "شاهد", "إنفوجراف", "انفوجراف",
    "فيديوجراف", "بالفيديو والصور", "بالصور والفيديو",
)
HEADLINE_LABELS = HEADLINE_DESK_LABELS + HEADLINE_FORMAT_LABELS
# A headline's opening that invites a click instead of telling (``تعرّف على تفاصيل البيان المشترك ...``: 50 of
# SaudiNewsNet's headlines open ``تعرف على``): it names a story only when no headline among the others tells. Not
# ``شاهد`` alone, also a witness (``شاهد عيان: ...``); the cleaner takes it off as a label before ``..`` or ``:``.
HEADLINE_TEASER_OPENERS = ("تعرف على", "تعرفوا على", "تعرفي على", "اكتشف", "اكتشفوا", "إليك", "إليكم", "شاهدوا")
# What a wire service writes after the headline of a follow-up part (``إضافة ثالثة``، ``إضافة أولى واخيرة``):
# the word, then an ordinal, then maybe "and last".
HEADLINE_PART_WORD = "إضافة"
HEADLINE_PART_ORDINALS = ("أولى", "اولى", "ثانية", "ثالثة", "رابعة", "خامسة", "سادسة", "سابعة", "ثامنة", "تاسعة", "عاشرة")
HEADLINE_PART_LAST = ("واخيرة", "وأخيرة", "والأخيرة", "والاخيرة")


# Labels of the link back to the article itself, before its headline (``رابط الخبر بصحيفة الوئام: ...``).
STORY_LINK_LABELS = ("رابط الخبر", "رابط المقال", "رابط الموضوع", "رابط المادة", "رابط التقرير")
# What such a label names after ``ب``/``في``/``على`` (``بصحيفة الوئام``).
STORY_LINK_SITES = ("صحيفة", "جريدة", "موقع")

# A columnist's other pieces, their titles run together after the label at the end of the column
# (``إلى اللقاء،،، مقالات أخرى للكاتببين العامي والفصيح...``: SaudiNewsNet's aljazirah, 389 columns).
AUTHOR_LINK_LABELS = ("مقالات أخرى للكاتب", "مقالات أخرى للكاتبة", "مقالات سابقة للكاتب", "مقالات سابقة للكاتبة")

# Photo credits and archive labels under a picture, with the wire services Arab outlets credit.
PHOTO_CREDIT_WORDS = (
    "صورة", "الصورة", "صور", "أرشيفية", "أرشيف", "الأرشيف", "تعبيرية", "رويترز", "فرانس", "برس", "أسوشيتد",
    "أسوشيتيد", "الأناضول", "شينخوا", "إيفي", "afp", "reuters", "ap", "epa", "getty", "images", "photo",
    "file", "shutterstock",
)

# Labels before a page's date (``آخر تحديث: …``، ``نشر في: …``).
DATE_LABELS = (
    "آخر تحديث", "تاريخ النشر", "تاريخ الإضافة", "تاريخ التحديث", "تم النشر", "تم التحديث", "نشر في",
    "نشر بتاريخ", "نشر يوم", "نشرت في", "published", "updated", "last updated", "posted on",
)

# What a dropped video player leaves on a line.
VIDEO_PLAYER = ("فيديو", "الفيديو", "بالفيديو", "شاهد الفيديو", "شاهد بالفيديو", "فيديوهات", "video")

# Labels of tag lists (``الوسوم: العراق، الكاظمي``).
TAG_LABELS = (
    "الوسوم", "وسوم", "الكلمات المفتاحية", "كلمات مفتاحية", "كلمات دلالية", "الكلمات الدلالية",
    "الكلمات الدالة", "tags", "keywords",
)

# Labels of tag lists that are also words (``سمات``, traits): a tag list only at the article's edge. 3alyoum
# ends 85 of its SaudiNewsNet articles with ``سمات الملك سلمان بن عبدالعزيز حمد بن عيسى آل خليفة ...``,
# its tags run together, which the entity finder read as one king's name.
EDGE_TAG_LABELS = ("سمات",)

# Related-links headings alone on a line (``اخترنا لك``، ``الأكثر قراءة``).
RELATED_HEADINGS = (
    "اقرأ أيضا", "اقرأ المزيد", "اقرأ كذلك", "شاهد أيضا", "طالع أيضا", "المزيد", "للمزيد", "مواضيع ذات صلة",
    "موضوعات ذات صلة", "أخبار ذات صلة", "مقالات ذات صلة", "روابط ذات صلة", "ذات صلة", "أخبار متعلقة",
    "مواضيع متعلقة", "اخترنا لك", "الأكثر قراءة", "الأكثر مشاهدة", "الأكثر تداولا", "الأكثر تعليقا",
    "قد يهمك", "قد يهمك أيضا", "قد يعجبك أيضا", "يهمك أيضا", "المزيد من الأخبار", "اختيارات المحرر",
    "آخر الأخبار", "أخبار أخرى", "read more", "related", "also read", "more",
)

# Imperatives that open a related link on one line (``اقرأ أيضاً: …``); they never open a sentence.
READ_ALSO = ("اقرأ أيضا", "اقرأ المزيد", "اقرأ كذلك", "شاهد أيضا", "طالع أيضا", "read more", "also read")

# Related-link openers that a sentence could start with: a separator must follow them.
READ_ALSO_WITH_SEPARATOR = (
    "اقرأ", "شاهد", "طالع", "المزيد", "اخترنا لك", "قد يهمك", "ذات صلة", "مواضيع ذات صلة", "الأكثر قراءة",
    "related",
)

# Follow-us prompts: the verb …
FOLLOW_VERBS = ("تابعوا", "لمتابعة", "انضموا", "انضم", "اشترك", "اشتركوا", "تابع")

# … and what to follow (``انضموا إلى قناتنا``).
FOLLOW_OBJECTS = ("قناتنا", "صفحتنا", "حسابنا", "حساباتنا", "صفحاتنا", "موقعنا", "تطبيقنا")

# Newsletter prompts (``اشترك في النشرة البريدية``).
NEWSLETTER_PROMPTS = (
    "النشرة البريدية", "نشرتنا البريدية", "اشترك في النشرة", "اشترك في نشرتنا", "سجل بريدك", "أدخل بريدك",
    "اشترك الآن", "اشترك مجانا", "newsletter", "subscribe", "sign up",
)

# Click-here and app prompts (``لقراءة الحوار كاملا أنقر هنا``).
CLICK_HERE = (
    "اضغط هنا", "انقر هنا", "اضغط على الرابط", "حمل تطبيق", "لتحميل تطبيق", "click here", "download the app",
)

# The comment form (``إضافة تعليق جديد``، ``التعليقات (3)``).
COMMENT_FORM = (
    "إضافة تعليق جديد", "أضف تعليق", "أضف تعليقك", "اترك تعليقا", "اترك تعليقك", "اترك ردا", "اكتب تعليقك",
    "التعليقات", "تعليقات", "تعليقات القراء", "عدد التعليقات", "شاركنا رأيك", "أرسل تعليقك",
    "لا توجد تعليقات", "comments", "leave a comment", "add new comment", "post a comment",
)

# The site speaking about itself: comment policies and opinion disclaimers (two cues needed).
SITE_DISCLAIMER_CUES = (
    "أدناه", "مراجعة التعليقات", "إرشادات الاستخدام", "شروط الاستخدام", "مشاركاتك", "سياسة التعليقات",
    "تعليقك", "التعليقات قبل نشرها", "رأي الموقع", "رأي موقع", "رأي الصحيفة", "رأي كاتبه", "رأي كاتبها",
    "وجهات نظر أصحابها", "لا تعبر بالضرورة", "لا يعبر بالضرورة",
)
