"""The residue news pages leave around an article's text, as tables of line rules.

Each :class:`LineRule` has a ``name`` (recorded in :class:`marsad.model.Removal` as ``rule``), a stable
``reason`` code (one of :data:`REASONS`) and a predicate over a :class:`LineView` — the line as published
and its matching key (:func:`marsad.text.normalize_key`: hamza, alef forms, teh marbuta, diacritics and
Arabic-Indic digits folded, so ``إقرأ أيضاً`` and ``اقرا ايضا`` are one phrase). Rules judge a whole line;
:data:`TAIL_RULES` cut embed residue off the end of a line that holds text before it, and :data:`HEAD_RULES`
furniture off the start of one (a share bar run into the first sentence).

The phrase lists were collected from the demo corpus (examples/iraq-2021: العين الإخبارية، بال بلس،
الجزيرة نت، الميادين and one page with no outlet), the two HTML pages in the shared data (CNN Arabic,
assabah.com.tn) and SaudiNewsNet (14 Saudi outlets, every removal of a full run reviewed), completed
with the furniture that Al Arabiya, Youm7 and Hespress pages carry, written out as the hand-made pages
of ``tests/clean/test_article_outlet_styles.py`` (no pages of theirs are in our data). Rules that could
meet a real sentence (``شارك``، ``نشر في``، ``تابع``) only fire when the *whole* line is made of
furniture words, or the line is short and carries no sentence-final stop; ``tests/clean`` pins sentences
that must stay.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from marsad.lang.ar import residue
from marsad.lang.ar import time as time_words
from marsad.text import normalize_key

__all__ = ["HEAD_RULES", "LINE_RULES", "REASONS", "TAIL_RULES", "LineRule", "LineView", "TailRule", "view"]

# Reason codes, stable: the UI groups removals by them and tests check against this set.
REASONS = frozenset(
    {
        "layout",  # a line of bullets, bars or bidi marks only
        "date-line",  # publication / update date or time of the page
        "counter",  # view, comment, share counters and lone numbers
        "media",  # image and video residue: alt text, credits, "الصورة:" labels
        "caption",  # a bullet repeating the headline and the image caption under it
        "share-bar",  # share buttons
        "tags",  # tag / keyword lists
        "related-link",  # "read also" headings and the link titles under them
        "tweet-embed",  # attribution and links of an embedded tweet
        "embed",  # other embedded posts (Instagram ...)
        "link",  # a bare URL on its own line
        "follow-us",  # follow us / join our channel
        "newsletter",  # subscribe to the newsletter
        "copyright",  # all rights reserved
        "promo",  # click here, download the app
        "comments",  # comment form residue
        "disclaimer",  # the site's comment policy or opinion disclaimer
        "repeated-paragraph",  # a paragraph the article already said (clean.repeats)
        "title-repeat",  # a first paragraph that repeats the title
    }
)

WORD_RE = re.compile(r"[^\W_]+")  # the words of a key, as marsad.text.word_keys splits them
_FINAL_STOPS = frozenset(".!?؟")
_CLOSERS = "\"'”’»)]}›"


@dataclass(frozen=True, slots=True)
class LineView:
    """What a rule sees of one line: ``text`` as published (stripped), its ``key`` and the key's words."""

    text: str
    key: str
    words: tuple[str, ...]

    @property
    def ends_sentence(self) -> bool:
        """True when the line ends with ``. ! ? ؟`` (after closing quotes/brackets): a sentence, not a
        label or a link title."""
        tail = self.text.rstrip(_CLOSERS)
        return bool(tail) and tail[-1] in _FINAL_STOPS


def view(text: str) -> LineView:
    """The :class:`LineView` of a stripped line."""
    key = normalize_key(text)
    return LineView(text, key, tuple(WORD_RE.findall(key)))


@dataclass(frozen=True, slots=True)
class LineRule:
    """A kind of furniture line: ``matches`` says whether a whole line is one. An ``edge_only`` rule
    describes lines that are furniture above or below the article's prose but content inside it (a
    lone date heads a schedule, a lone number a list item): the cleaner applies it only there."""

    name: str
    reason: str
    matches: Callable[[LineView], bool]
    edge_only: bool = False


@dataclass(frozen=True, slots=True)
class TailRule:
    """Furniture that ends a line of text: ``pattern`` is searched in the line as published and must
    reach its end; what it matches is cut off (the whole line when it starts the line). A head rule
    (:data:`HEAD_RULES`) is the same at a line's start: ``pattern`` is matched there."""

    name: str
    reason: str
    pattern: re.Pattern[str]
    # text the line must hold (a tail rule) or open with (a head rule) for the pattern to be tried: a
    # search over every line of every article for a label few lines hold cost a fifth of cleaning
    needles: tuple[str, ...] = ()

    def may_match(self, text: str, start: int, end: int, *, head: bool) -> bool:
        """Whether ``text[start:end]`` holds (or, for a head rule, opens with) one of the needles."""
        if not self.needles:
            return True
        if head:
            return text.startswith(self.needles, start, end)
        return any(text.find(needle, start, end) >= 0 for needle in self.needles)


# --- building blocks ---------------------------------------------------------------------------------


def _keys(*words: str) -> frozenset[str]:
    """Key forms of the words (multi-word entries are split)."""
    return frozenset(w for entry in words for w in WORD_RE.findall(normalize_key(entry)))


def _alternation(phrases: Iterable[str]) -> str:
    """A regex alternation over the key forms of ``phrases``: punctuation or spaces between words, and
    word boundaries on both sides."""
    alts = sorted(
        (r"[\W_]+".join(map(re.escape, WORD_RE.findall(normalize_key(p)))) for p in phrases),
        key=len,
        reverse=True,
    )
    return r"(?<![^\W_])(?:" + "|".join(alts) + r")(?![^\W_])"


def _whole(*phrases: str, numbers: bool = False) -> Callable[[LineView], bool]:
    """The line is one of ``phrases``, give or take punctuation and bullets (and digits if ``numbers``:
    ``التعليقات (5)``)."""
    edge = r"[\W\d_]*" if numbers else r"[\W_]*"
    pattern = re.compile(edge + _alternation(phrases) + edge)
    return lambda line: pattern.fullmatch(line.key) is not None


def _lead(
    *phrases: str,
    separator: bool = False,
    max_words: int = 40,
    open_ended: bool = False,
    rest: Callable[[list[str]], bool] | None = None,
) -> Callable[[LineView], bool]:
    """The line starts with one of ``phrases`` and goes on (``اقرأ أيضاً: عنوان``). With ``separator``
    a colon, dash or bar must follow the phrase (``الصورة: ...`` but not ``صورة الرئيس ...``); ``rest``
    judges the words after the phrase. Unless ``open_ended``, the line must not end like a sentence:
    furniture carries no final stop."""
    pattern = re.compile(r"[\W_]*" + _alternation(phrases) + r"(?P<sep>\s*[:：|»>\-]+)?(?P<rest>.*)")

    def matches(line: LineView) -> bool:
        m = pattern.match(line.key)
        if m is None or len(line.words) > max_words or (separator and m["sep"] is None):
            return False
        if not open_ended and line.ends_sentence:
            return False
        words = WORD_RE.findall(m["rest"])
        return bool(words) and (rest is None or rest(words))

    return matches


def _only(
    vocabulary: frozenset[str],
    anchors: frozenset[str],
    *,
    digits: bool = True,
    number_anchors: bool = False,
    shape: re.Pattern[str] | None = None,
    max_words: int = 12,
) -> Callable[[LineView], bool]:
    """Every word of the line is in ``vocabulary`` (or is a number, if ``digits``), and the line is
    anchored: a word in ``anchors``, a number if ``number_anchors``, or a key matching ``shape``."""

    def matches(line: LineView) -> bool:
        words = line.words
        if not words or len(words) > max_words:
            return False
        anchored = False
        for w in words:
            if w.isdigit():
                if not digits:
                    return False
                anchored = anchored or number_anchors
            elif w in anchors:
                anchored = True
            elif w not in vocabulary:
                return False
        return anchored or (shape is not None and shape.search(line.key) is not None)

    return matches


def _short_with(
    *phrases: str, max_words: int = 20, raw: str = "", open_ended: bool = True
) -> Callable[[LineView], bool]:
    """A short line (at most ``max_words`` words) containing one of ``phrases`` (or the regex ``raw``);
    unless ``open_ended``, one that does not end like a sentence."""
    alternation = _alternation(phrases) + (f"|{raw}" if raw else "")
    pattern = re.compile(alternation)
    return lambda line: (
        len(line.words) <= max_words
        and (open_ended or not line.ends_sentence)
        and pattern.search(line.key) is not None
    )


def _short_with_both(
    first: Iterable[str], second: Iterable[str], max_words: int = 20
) -> Callable[[LineView], bool]:
    """A short line containing a phrase of ``first`` and one of ``second``."""
    a, b = re.compile(_alternation(first)), re.compile(_alternation(second))
    return lambda line: len(line.words) <= max_words and bool(a.search(line.key)) and bool(b.search(line.key))


def _cues(*cues: str, at_least: int = 2, max_words: int = 60) -> Callable[[LineView], bool]:
    """A line holding ``at_least`` distinct phrases of ``cues`` (for boilerplate written as sentences)."""
    pattern = re.compile(_alternation(cues))

    def matches(line: LineView) -> bool:
        if len(line.words) > max_words:
            return False
        return len({m.group() for m in pattern.finditer(line.key)}) >= at_least

    return matches


def _needing(needle: str, matches: Callable[[LineView], bool]) -> Callable[[LineView], bool]:
    """``matches``, tried only on a line whose key holds ``needle`` (a rare word: a cheap test first)."""
    key = normalize_key(needle)
    return lambda line: key in line.key and matches(line)


def _regex(pattern: str, on_text: bool = False) -> Callable[[LineView], bool]:
    """The whole line (its key, or the text as published if ``on_text``) matches ``pattern``."""
    compiled = re.compile(pattern)
    return lambda line: compiled.fullmatch(line.text if on_text else line.key) is not None


def _no_words() -> Callable[[LineView], bool]:
    return lambda line: not line.words


# the phrase run into an e-mail address before it (``yahoo.comللتواصل``), which a word boundary would miss
_WRITER_CONTACT_RUN_IN = "|".join(r"\W*".join(p.split()) for p in residue.WRITER_CONTACT)


# --- vocabularies --------------------------------------------------------------------------------------

# Dates and times as page headers print them: the month names of every system and the weekdays (the one
# table of each is marsad.lang.ar.time), the English month names of bilingual headers, clock words and
# "ago" phrases (``منذ 3 ساعات``).
_MONTHS = _keys(
    *time_words.MONTH_WORDS,
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec",
)
_WEEKDAYS = _keys(*time_words.WEEKDAYS)
_AGO = _keys("منذ")
_DATE_FILLER = _keys(
    *time_words.MONTH_QUALIFIERS, *time_words.DATE_LINE_WORDS, "gmt", "utc", "am", "pm", "ago", "hours", "minutes"
)
_DATE_WORDS = _MONTHS | _WEEKDAYS | _AGO | _DATE_FILLER
# A date or a clock time written in digits, on the key (digits are ASCII there): 9/10/2021, 2021-09-09,
# 09 - 09 - 2021, 10:30.
_DATE_SHAPE = re.compile(r"\d{1,4}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{1,4}|\d{1,2}\s*:\s*\d{2}")
_MAX_OTHER_WORDS = 3  # besides date words, a date label may name the outlet or author (``نشر في هسبريس``)


def _dated(words: list[str]) -> bool:
    """The words after a date label are a date: a number or a month, and few words of another kind."""
    dated = any(w.isdigit() or w in _MONTHS for w in words)
    others = sum(1 for w in words if not w.isdigit() and w not in _DATE_WORDS)
    return dated and others <= _MAX_OTHER_WORDS


# Counters under a headline or at the foot of an article: ``5 مشاهدات``، ``0 تعليق``.
_COUNTER_WORDS = _keys(*residue.COUNTER_WORDS)
_COUNTER_MAX_WORDS = 6
# Counters stay under a million; a longer lone number is an ID or a phone number listed by the article
# (SaudiNewsNet prints lists of applicants' numbers).
_COUNTER_MAX_DIGITS = 6
# Bare or after a bullet; ``(1)``، ``«1»``، ``1/`` number the sections of an op-ed, and stay.
_LONE_NUMBER = re.compile(r"[•·▪●◦*\s]*\d[\d,.]*")


def _counted(line: LineView) -> bool:
    """A counter: numbers and counter words only, at least one of each (``5 مشاهدات``)."""
    words = line.words
    return (
        len(words) <= _COUNTER_MAX_WORDS
        and any(w.isdigit() for w in words)
        and any(w in _COUNTER_WORDS for w in words)
        and all(w.isdigit() or w in _COUNTER_WORDS for w in words)
    )


def _lone_number(line: LineView) -> bool:
    """A number alone on a line (``• 5``), short enough to be a counter."""
    return _LONE_NUMBER.fullmatch(line.key) is not None and sum(map(len, line.words)) <= _COUNTER_MAX_DIGITS


# Share bars: the buttons' labels as text. Core words name the act or a network; filler words only
# occur around them (``شارك الخبر عبر``). Source: the share widgets of the outlets listed above.
_SHARE_CORE = _keys(*residue.SHARE_WORDS)
_SHARE_FILLER = _keys(*residue.SHARE_FILLER)

# Photo credits and archive labels standing alone under a picture: ``صورة أرشيفية``، ``(رويترز)``،
# ``أ ف ب``، ``Getty Images``. Agency names are the wire services Arab outlets credit.
_MEDIA_CORE = _keys(*residue.PHOTO_CREDIT_WORDS)
_MEDIA_FILLER = _keys("من", "عن", "via", "credit", "image", "أ", "ف", "ب", "د")

# Twitter's embed script, as text: the attribution ``— name (@handle) date`` and the tweet's links.
_HANDLE = r"\(@[A-Za-z0-9_]{1,15}\)"
# The date twitter's embed script prints after the handle: ``April 7, 2021`` or ``7 أبريل 2021``.
_TWEET_DATE = r"(?:[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\S+\s+\d{4})"
_TWEET_ATTRIBUTION = re.compile(rf"(?:[—–―-]\s*)?[^\n—–―]{{0,120}}?{_HANDLE}\s*{_TWEET_DATE}")
# Links an embed leaves: the picture and short links, and a tweet's own address (a profile address is a
# reference the article may give, see ``bare-url``).
_TWEET_LINK = re.compile(
    r"(?:(?:https?://)?(?:pic\.twitter\.com|t\.co)/\w+"
    r"|https?://(?:www\.|mobile\.)?(?:twitter|x)\.com/\w+/status/\d+\S*)"
)


# --- the line rules, in the order they are tried ------------------------------------------------------

LINE_RULES: tuple[LineRule, ...] = (
    # Lines with no letter or digit at all: stray bullets (``•``), bars (``|``), ``***`` dividers and
    # lines of bidi marks left where a widget was.
    LineRule("no-words", "layout", _no_words()),
    # Header residue of 001: ``  • 9/10/2021``, ``  • 00:00``; also ``منذ 3 ساعات``،
    # ``الخميس 09 سبتمبر 2021 - 10:30 ص`` (Youm7) and Hijri dates ``12 محرم 1443 هـ``. Edge only: in
    # SaudiNewsNet such lines head the days of admission schedules inside the article.
    LineRule(
        "date-time",
        "date-line",
        _only(_DATE_WORDS, _MONTHS | _WEEKDAYS | _AGO, shape=_DATE_SHAPE),
        edge_only=True,
    ),
    # Counters: ``5 مشاهدات``، ``0 تعليق``؛ lone numbers ``  • 5``, ``  • 0`` (001: views, comments) at
    # the edges only, since inside an article they number list items or are listed IDs.
    LineRule("counter", "counter", _counted),
    LineRule("lone-number", "counter", _lone_number, edge_only=True),
    # ``آخر تحديث: 09 سبتمبر 2021``، ``تاريخ النشر: ...``، ``نشر في: 09 سبتمبر ,2021: 10:30 ص GMT``
    # (Al Arabiya), ``نشر في هسبريس يوم 09 - 09 - 2021`` (Hespress via aggregators). Short, no final stop,
    # so ``نشر في عام 2020 كتابه الأول.`` stays.
    LineRule(
        "date-label",
        "date-line",
        _lead(
            *residue.DATE_LABELS, max_words=24, rest=_dated,
        ),
    ),
    LineRule("date-label", "date-line", _whole("تاريخ النشر", "آخر تحديث", "published", "updated")),
    # Photo credits alone on a line: ``صورة أرشيفية``، ``(رويترز)``، ``صورة تعبيرية - أ ف ب``.
    LineRule(
        "photo-credit",
        "media",
        _only(_MEDIA_CORE | _MEDIA_FILLER, _MEDIA_CORE, digits=False, max_words=8),
    ),
    LineRule("photo-credit", "media", _whole("أ ف ب", "د ب أ", "أ ب", "ا ف ب")),
    # Labels before a caption or credit: ``الصورة: ...``، ``تصوير: ...``، ``مصدر الصورة ...`` (BBC
    # Arabic), ``Image caption ...``. A colon is required where the word could open a sentence.
    LineRule(
        "photo-label", "media", _lead("الصورة", "صورة", "تصوير", "Photo", separator=True, open_ended=True)
    ),
    LineRule(
        "photo-label",
        "media",
        _lead("مصدر الصورة", "حقوق الصورة", "Image caption", "Image copyright", "Getty Images",
              open_ended=True),
    ),
    # Alt text or CSS class names leaking from image markup: ``news-picture`` (001), ``article-image``.
    LineRule(
        "image-markup",
        "media",
        _regex(r"(?:[a-z0-9]+[-_])*(?:picture|image|img|photo|thumb|thumbnail|figure)(?:[-_][a-z0-9]+)*"),
    ),
    # Video player residue: ``شاهد الفيديو``، ``فيديو``، "Your browser does not support the video tag".
    LineRule(
        "video-player",
        "media",
        _whole(*residue.VIDEO_PLAYER),
    ),
    LineRule(
        "video-player",
        "media",
        _short_with("متصفحك لا يدعم", "does not support the video", "does not support html5 video"),
    ),
    # Share bars: ``مشاركة :`` (001), ``شارك``، ``تويتر فيسبوك واتساب``، ``Share``، ``طباعة``.
    LineRule("share-bar", "share-bar", _only(_SHARE_CORE | _SHARE_FILLER, _SHARE_CORE, max_words=16)),
    # Tag lists: ``الوسوم: العراق، الكاظمي``، ``كلمات مفتاحية ...``، ``Tags: ...``.
    LineRule(
        "tags",
        "tags",
        _lead(
            *residue.TAG_LABELS,
        ),
    ),
    LineRule("tags", "tags", _whole(*residue.TAG_LABELS)),
    LineRule("edge-tags", "tags", _lead(*residue.EDGE_TAG_LABELS), edge_only=True),
    # Related-links headings alone on a line: ``اخترنا لك`` (004), ``اقرأ أيضاً:``، ``مواضيع ذات صلة``،
    # ``الأكثر قراءة`` (Youm7, Al Arabiya), ``...المزيد`` (SaudiNewsNet's truncated teasers). The link
    # titles under such a heading are taken by the cleaner (see ``related-title`` in clean.article).
    LineRule(
        "related-heading",
        "related-link",
        _whole(
            *residue.RELATED_HEADINGS,
        ),
    ),
    # A related link on one line: ``اقرأ أيضاً: ترامب يشتم صديقه القديم نتنياهو ...`` (002). The
    # imperatives never open a sentence of the article; headings that could are held to a separator.
    LineRule(
        "read-also",
        "related-link",
        _lead(*residue.READ_ALSO,
              open_ended=True),
    ),
    LineRule(
        "read-also",
        "related-link",
        _lead(*residue.READ_ALSO_WITH_SEPARATOR, separator=True, open_ended=True),
    ),
    # Embedded tweets: the attribution line (003: ``— المكتب الإعلامي لرئيس الوزراء 🇮🇶 (@IraqiPMO) April
    # 7, 2021``) and its links alone on a line; the same at the end of a text line is in TAIL_RULES.
    # The tweet's text, when it repeats the article, is taken by clean.repeats.
    LineRule(
        "tweet-attribution", "tweet-embed", lambda line: _TWEET_ATTRIBUTION.fullmatch(line.text) is not None
    ),
    LineRule("tweet-link", "tweet-embed", lambda line: _TWEET_LINK.fullmatch(line.text) is not None),
    # Instagram embeds rendered as text.
    LineRule(
        "instagram-embed",
        "embed",
        _short_with("View this post on Instagram", "A post shared by", "عرض هذا المنشور على Instagram",
                    "تمت مشاركة منشور بواسطة", max_words=25),
    ),
    # A URL alone on a line (a link or an embed whose player was dropped). One the line before
    # introduces (``على حساب اللجنة في تويتر على الرابط:``) is content: the cleaner keeps it.
    LineRule("bare-url", "link", _regex(r"(?:https?://|www\.)\S+", on_text=True)),
    # Footer lines: ``جميع الحقوق محفوظة``، ``© 2021 ...``.
    LineRule(
        "copyright",
        "copyright",
        _short_with("جميع الحقوق محفوظة", "كل الحقوق محفوظة", "حقوق النشر محفوظة", "الحقوق محفوظة",
                    "all rights reserved", "copyright", max_words=25, raw="©"),
    ),
    # ``تابعونا على فيسبوك``، ``تابعنا عبر تويتر``؛ ``انضموا إلى قناتنا على تلغرام`` (Youm7, Hespress).
    # Only first-person forms: ``وتابع عبر حسابه على تويتر`` is reported speech and stays.
    LineRule("follow-us", "follow-us", _short_with("تابعونا", "تابعنا على", "تابعنا عبر", "follow us")),
    LineRule(
        "follow-us",
        "follow-us",
        _short_with_both(residue.FOLLOW_VERBS, residue.FOLLOW_OBJECTS),
    ),
    # ``اشترك في النشرة البريدية``، ``أدخل بريدك الإلكتروني``، ``Subscribe to our newsletter``.
    LineRule(
        "newsletter",
        "newsletter",
        _short_with(*residue.NEWSLETTER_PROMPTS),
    ),
    # ``لقراءة الحوار كاملا أنقر هنا`` (SaudiNewsNet), ``لتحميل تطبيق ...`` (Youm7, Masrawy). Short and
    # without a final stop: ``فتح المنبه المعالج المزود بالتطبيق اضغط هنا.`` is an instruction.
    LineRule(
        "click-here",
        "promo",
        _short_with(*residue.CLICK_HERE, max_words=8, open_ended=False),
    ),
    # A columnist's contact line: ``aaljamili@yahoo.comللتواصل مع الكاتب ارسل رسالة SMS ... - Zain``
    # (SaudiNewsNet's almadina, 230 columns), its address run into the words.
    LineRule(
        "writer-contact",
        "promo",
        _needing(
            residue.WRITER_CONTACT[0].split()[0],
            _short_with(*residue.WRITER_CONTACT, max_words=40, raw=_WRITER_CONTACT_RUN_IN),
        ),
    ),
    # The comment form: ``إضافة تعليق جديد`` (assabah), ``أضف تعليقك``، ``التعليقات (3)``.
    LineRule(
        "comment-form",
        "comments",
        _whole(*residue.COMMENT_FORM, numbers=True),
    ),
    # The site speaking about itself: CNN Arabic's comment policy ("ترحب شبكة CNN بالنقاش ... مراجعة
    # التعليقات قبل نشرها ... إرشادات الاستخدام") and disclaimers ("الآراء الواردة أدناه لا تعبر عن رأي
    # موقع ..."، "المقال يعبر عن رأي كاتبه"). Two cues are needed: one ("لا تعبر بالضرورة") also occurs in
    # reported speech.
    LineRule(
        "site-disclaimer",
        "disclaimer",
        _cues(*residue.SITE_DISCLAIMER_CUES),
    ),
)

def _published(phrases: Iterable[str]) -> str:
    """A regex alternation over ``phrases`` as published (a head or tail rule reads the line's text, not
    its key): any white space between the words, longest first."""
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(phrases, key=len, reverse=True))


_STORY_LINK_LABELS = _published(residue.STORY_LINK_LABELS)
_STORY_LINK_SITE = rf"\s+(?:ب|في\s+|على\s+)?(?:{'|'.join(residue.STORY_LINK_SITES)})(?:\s+[^\s:]+){{0,3}}"

TAIL_RULES: tuple[TailRule, ...] = (
    # ``... نص التغريدة pic.twitter.com/AbC — الاسم (@handle) April 7, 2021`` on one line.
    TailRule(
        "tweet-attribution",
        "tweet-embed",
        re.compile(rf"[—–―]\s*[^\n—–―]{{0,120}}?{_HANDLE}\s*{_TWEET_DATE}\s*$"),
    ),
    TailRule("tweet-link", "tweet-embed", re.compile(rf"{_TWEET_LINK.pattern}\s*$")),
    # The link back to the article, its headline after a colon, at the end of the last paragraph:
    # ``... في المنطقة . رابط الخبر بصحيفة الوئام: المقاومة تتقدم بالعطيف`` (SaudiNewsNet's alweeam, every
    # article of every day). Left in, it gave every report of one outlet the same rare words (الوئام, idf
    # 8.7), which joined its Yemen war reports and its Red Crescent round-ups into one story. After a
    # sentence's end or at a line's start; after any word when it names the paper or site (``بصحيفة
    # الوئام:``, after an e-mail address or a photographer's name); always with the colon.
    TailRule(
        "story-link",
        "link",
        re.compile(
            rf"(?:(?:^|(?<=[.!?؟{re.escape(_CLOSERS)}]))\s*(?:{_STORY_LINK_LABELS})(?:{_STORY_LINK_SITE})?"
            rf"|(?<=\s)(?:{_STORY_LINK_LABELS}){_STORY_LINK_SITE})\s*:[^\n]*$"
        ),
        needles=tuple(sorted({label.split()[0] for label in residue.STORY_LINK_LABELS})),
    ),
    # A tag list run into the last paragraph: ``... أي مكروه. سمات الملك سلمان بن عبدالعزيز حمد بن عيسى ...``
    # (SaudiNewsNet's 3alyoum: 1,648 reports end so, besides the 85 with the list on a line of its own).
    # After a sentence's end or at a line's start, and the list to the line's end: at most 20 words and no
    # punctuation, as a tag list is written (a sentence opening with ``سمات``, traits, has its commas or stop).
    TailRule(
        "tags-tail",
        "tags",
        re.compile(
            rf"(?:^|(?<=[.!?؟{re.escape(_CLOSERS)}]))\s*(?:{_published(residue.EDGE_TAG_LABELS)})"
            r"(?:\s+[^\s.!?؟،,:;؛]+){1,20}\s*$"
        ),
        needles=tuple(residue.EDGE_TAG_LABELS),
    ),
    # A widget's style sheet and script run into the text, with what the widget shows after them: a reader
    # poll's CSS and jQuery and then its question and answers (``... إنكاره؟. #vote_area2 ul { padding: 0;
    # margin: 0; } .box_vote { ... } jQuery.noConflict(); ... كيف تتناول إفطارك في رمضان؟ ...``, SaudiNewsNet's
    # alriyadh, 8 reports). Left in, its Latin words made three of one day's unrelated pieces one story
    # (cosine 0.77). Cut from the first style rule (a selector, then ``{ property: value; }``) or function
    # body to the line's end; a verse in braces (``{إنا لله وإنا إليه راجعون}``) has neither.
    TailRule(
        "code",
        "embed",
        re.compile(
            r"(?:^|(?<=\s))(?:[#.]?[A-Za-z_][A-Za-z0-9_-]*(?:[\s>+~,]+[#.]?[A-Za-z0-9_\[\]=\"'-]+)*"
            r"\s*\{\s*[A-Za-z-]+\s*:[^{}\n]*;[^{}\n]*\}"
            r"|function\s*\([^()\n]*\)\s*\{)[^\n]*$"
        ),
        needles=("{",),
    ),
    # The columnist's other pieces (``... إلى اللقاء،،، مقالات أخرى للكاتب<titles run together>``, aljazirah):
    # the label ends a sentence or opens a line, and everything after it on the line is the list.
    TailRule(
        "author-links",
        "related-link",
        re.compile(rf"(?:^|(?<=[.!?؟،,{re.escape(_CLOSERS)}])|(?<=\s))\s*(?:{_published(residue.AUTHOR_LINK_LABELS)})[^\n]*$"),
        needles=("مقالات",),
    ),
)


# Furniture run into the start of a line of text. Each has needles: a line is tried only when it opens
# with one (clean.article asks that of every line first).
_SHARE_NETWORKS = _published(residue.SHARE_NETWORKS)
HEAD_RULES: tuple[TailRule, ...] = (
    # ``شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك أكد نائب خادم الحرمين ...`` (SaudiNewsNet's okaz: the
    # share bar and the comment prompt before the first sentence, on its line; 157 reports). Two networks
    # named at least: ``شارك عبر تويتر في حملة`` opens a sentence.
    TailRule(
        "share-bar-head",
        "share-bar",
        re.compile(
            rf"(?:{_published(residue.SHARE_LEADS)})(?:\s+(?:{_SHARE_NETWORKS})){{2,}}"
            rf"(?:\s+(?:{_published(residue.COMMENT_PROMPTS)}))?(?=\s|$)"
        ),
        needles=tuple(sorted({lead.split()[0] for lead in residue.SHARE_LEADS})),
    ),
    # ``Next Previous`` of a photo slider before the dateline (SaudiNewsNet's 3alyoum, 120 reports).
    TailRule(
        "slider-head",
        "media",
        re.compile(r"(?:Next\s+Previous|Previous\s+Next)(?=\s|$)"),
        needles=("Next", "Previous"),
    ),
)
