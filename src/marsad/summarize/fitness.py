"""Which sentences may be shown in a summary, and which would read badly out of their article.

A summary quotes sentences as published, so a sentence that cannot stand on its own is left out however
central it is: page residue (share bars, "read also" links, embedded tweets), headline-like fragments,
very short sentences and questions. :func:`unfit_reason` says why, in a short stable code, so the
decision can be shown and tested.

A sentence that leans on the one before it (a speaker only implied, ``وأضاف أن ...``, ``من جانبه ...``; an
opening connective, ``كما``، ``لكن``، ``وبالتالي``; a pronoun or demonstrative that refers back, ``وهو ما``،
``هذا القرار``) is fit but dangles on its own: :func:`needs_context` flags it, and the summarizer shows it
only right after the sentence it follows in its article.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from marsad.lang.ar import function_words, morphology, reporting, residue
from marsad.text import CLAUSE_MARKS, key_words, normalize_key, word_keys
from marsad.text.script import mostly_not_arabic, vocalized_share

__all__ = ["MIN_WORDS", "needs_context", "unfit_reason"]

# The sentences of a large story (136 articles of some 30 sentences at 31k): the size of the tables kept
# per sentence while a story is read.
STORY_SENTENCES = 1 << 12

MIN_WORDS = 6  # shorter sentences in the demo corpus and MultiLing are datelines, captions and counters
# A sentence without final punctuation is a headline, subheading or caption unless it is this long:
# outlets drop the period at the end of paragraphs, but the headlines of the corpora we read stay under
# 15 words (the same calibration as marsad.text.sentences for broken lines).
_LONG_UNPUNCTUATED = 15
# ... and a long one holding no closed-class word at all (no preposition, particle, pronoun) is a caption's run of
# names (``محافظ الزلفي مسفر الضويحي محمد الطريقي د. جار الله العضيب ...``: the whole text of a report of SaudiNewsNet
# 2015-08-09, its summary), not a paragraph that lost its period.
_CLOSED_CLASS = frozenset(normalize_key(w) for w in function_words.NOT_COUNTED.split())
_FINAL = frozenset(".!…")
_QUESTION = frozenset("?؟")
_LEAD_IN = frozenset(":：")  # a sentence that announces what follows it (``عدا ما يأتي :``) says nothing alone
_CLOSERS = "\"'”’»)]}›"
# A line opening with one of these is a list item, a byline dash or an embed credit, not prose.
_RESIDUE_OPENERS = frozenset("•·▪●◦-–—*|>#")
# A numbered item of a list (``2 ـ ما تستدعيه الضرورات الأمنية``، ``3- المواقع المخصصة``، ``1) ...``): the
# clause of a sentence before it that ends ``ما يأتي :`` (the cabinet's decisions, SaudiNewsNet 2015-08-04).
_LIST_ITEM = re.compile(r"[0-9٠-٩]{1,2}\s*[ـ\-–—.)/]\s")

_RESIDUE_PHRASES = tuple(normalize_key(p) for p in residue.SENTENCE_RESIDUE_PHRASES)

_CONTINUATIONS = frozenset(normalize_key(w) for w in function_words.CONTINUATIONS)

_REPORTING_VERBS = frozenset(normalize_key(w) for w in reporting.LEANING_VERB_FORMS)
_SUBJECTLESS_NEXT = frozenset(normalize_key(w) for w in function_words.SUBJECTLESS_NEXT)
_ALSO = normalize_key("كما")
# words of whom a statement was told to (``لصحيفة «بيلد»``، ``لـ«الشرق الأوسط»``) between a verb and its colon: more,
# and a speaker is named there too (``وقال لـ«الشرق الأوسط» الدكتور خالد العمري:``)
_TOLD_TO_WORDS = 3
_PLURAL_VERB = morphology.ALEF_ENDINGS[0]  # the past verb's plural ``وا`` (``حددوا``)
_PLURAL_VERB_LETTERS = 4  # letters at least, the verb and its ``وا`` (``دعوا``)
_PRONOUN_OPENERS = tuple(tuple(word_keys(p)) for p in function_words.LEANING_OPENERS)
_SECTION_TURNS = frozenset(tuple(word_keys(p)) for p in function_words.SECTION_TURNS)
_DANGLING_OPENERS = frozenset(normalize_key(w) for w in function_words.DANGLING_OPENERS)
_FIRST_PERSON = frozenset(normalize_key(w) for w in function_words.FIRST_PERSON_OPENERS)
_FIRST_PERSON |= frozenset("و" + w for w in _FIRST_PERSON)
_TIME_AFTER_DEMONSTRATIVE = frozenset(normalize_key(w) for w in function_words.TIME_AFTER_DEMONSTRATIVE)
_DEMONSTRATIVES = frozenset(normalize_key(w) for w in function_words.DEMONSTRATIVES)
_EMPHATICS = frozenset(normalize_key(w) for w in function_words.EMPHATICS)
_BACK_REFERENCES = frozenset(normalize_key(w) for w in function_words.BACK_REFERENCES)
_BACK_REFERENCE_WORDS = 3  # how far into the sentence a back reference makes it lean on the one before
_SHORT_SENTENCE = 12  # words: within them a demonstrative and its noun anywhere point back
_VERB_PARTICLES = frozenset(normalize_key(w) for w in function_words.VERB_PARTICLES.split())
_EVENT_BACK_WORDS = frozenset(normalize_key(w) for w in function_words.EVENT_BACK_WORDS)
_EVENT_NOUNS = frozenset(normalize_key(w) for w in function_words.EVENT_NOUNS)
_EVENT_BACK_REACH = 6  # how far into the sentence ``خلال الاستقبال`` makes it lean on the one before
# ``وعلى`` opens ``وعلى صعيد آخر`` (a turn of topic, dangling) but also ``وعلى الرغم من`` (a concession that
# carries its own clause); only the turns of topic are openers.
_ON_SIDE = normalize_key("وعلى")
_ON_SIDE_DANGLING = frozenset(normalize_key(w) for w in ("صعيد", "الصعيد", "جانب", "الجانب"))
_ROSTER_ATTEND = frozenset(normalize_key(w) for w in function_words.ROSTER_ATTEND)
_ROSTER_WELCOME = frozenset(normalize_key(w) for w in function_words.ROSTER_WELCOME)
_ROSTER_ACCOMPANY = frozenset(normalize_key(w) for w in function_words.ROSTER_ACCOMPANY)
_ROSTER_ACCOMPANY_WHEN = frozenset(normalize_key(w) for w in function_words.ROSTER_ACCOMPANY_WHEN)
_ROSTER_ARRIVED_WITH = tuple(normalize_key(w) for w in function_words.ROSTER_ARRIVED_WITH)
_ROSTER_REACH = 8  # words: how far into a sentence ``خلال``/``لدى`` makes an accompanying verb the protocol's
_KAN_FI = (normalize_key("كان"), normalize_key("في"))
_KANAT = normalize_key("كانت")
_OPENING_PARTICLES = frozenset(normalize_key(w) for w in ("قد", "وقد", "فقد"))
# the first words a roster can open with (a cheap test before :func:`_roster` reads the opening)
_ROSTER_OPENINGS = frozenset(
    conjunction + w
    for w in (*_ROSTER_ATTEND, *_ROSTER_ACCOMPANY, _KAN_FI[0], _KANAT, _ROSTER_ARRIVED_WITH[0])
    for conjunction in ("", "و", "ف")
) | _OPENING_PARTICLES


# Asked for the same sentences by the title and by the summary of one story, rarely across stories (8 %
# of lookups hit on 2,000 SaudiNewsNet articles): a story's worth is kept. A larger table only took room
# in the memo budget (marsad.memo) from the word tables, which are then emptied sooner.
@lru_cache(maxsize=STORY_SENTENCES)
def unfit_reason(text: str) -> str | None:
    """Why the sentence ``text`` (as published) cannot be quoted in a summary, or ``None`` if it can.

    Codes: ``residue`` (page furniture, a list item, a numbered item, an embed), ``short`` (fewer than
    :data:`MIN_WORDS` whitespace words), ``fragment`` (opens with a word that continues the previous
    sentence: حيث، مما، أم ..., or with a comma, or closes a bracket in its first words), ``question``, ``headline`` (no final punctuation and shorter than a wrapped
    sentence would be, or with no closed-class word: a caption's names), ``lead-in`` (ends with a colon: it announces a list or a quotation that follows),
    ``scripture`` (a verse quoted in its brackets, ``وقال تعالى: {وَلَكُمْ فِي الْقِصَاصِ حَيَاةٌ}``: the formula a
    statement closes with, no news; SaudiNewsNet 2015-07-24, the Interior Ministry's, chosen for a summary; or after
    the formula of God's word without brackets, ``قال الله تعالى (...)``; or any sentence written vocalized as a
    verse, a hadith or a poem is recited),
    ``roster`` (the protocol's list of who attended, welcomed or came along: ``حضر الاستقبال ...``، ``وكان في
    استقباله لدى وصوله ...``; names and titles, no news, and as like any sentence naming those princes as two
    reports of one fact are), ``prayer`` (a prayer that closes a statement or a column, ``حفظ الله سموه في سفره
    وإقامته``، ``اللهم احفظ بلادنا``: it tells no news). Checked in that order, so the code is the most specific one.
    """
    stripped = text.strip()
    if not stripped:
        return "short"
    key = normalize_key(stripped)
    if (
        stripped[0] in _RESIDUE_OPENERS or _LIST_ITEM.match(stripped) or any(p in key for p in _RESIDUE_PHRASES)
        or mostly_not_arabic(stripped)
    ):
        return "residue"
    n_words = len(stripped.split())
    if n_words < MIN_WORDS:
        return "short"
    words = key_words(key)  # key is a key already: its words, not folded again
    if set(words[:1]) & _CONTINUATIONS or stripped[0] in CLAUSE_MARKS or _closes_early(stripped) \
            or _ends_on_opener(words):
        # a comma first: the rest of a sentence a stray mark cut (``خليجي ????``، أكد الخميس ...``: SaudiNewsNet
        # 2015-08-03, a summary sentence)
        return "fragment"
    tail = stripped.rstrip(_CLOSERS + " ")
    # a question inside a closing quote may still take the period: ؟». ends a question too
    if stripped.rstrip(_CLOSERS + " .!")[-1:] in _QUESTION:  # ``لماذا يُحارب المبدعون؟!``: a question that exclaims
        return "question"
    if (not tail or tail[-1] not in _FINAL) and (n_words < _LONG_UNPUNCTUATED or not set(words) & _CLOSED_CLASS):
        return "headline"
    if tail[-1:] in _LEAD_IN:
        return "lead-in"
    if _VERSE.search(stripped) or _scripture(key) or vocalized_share(stripped) >= _VOCALIZED:
        return "scripture"
    if words and words[0] in _ROSTER_OPENINGS and _roster(words):
        return "roster"
    if _prayer(words):
        return "prayer"
    return None


_EARLY_CLOSE_WORDS = 3
_TURN_WORDS = max(len(p) for p in _SECTION_TURNS)


def _ends_on_opener(words: list[str]) -> bool:
    """Whether a sentence (its key words) ends on the words that turn to another item (``وفي السياق``، ``وفي سياق
    متصل``: ``function_words.SECTION_TURNS``): a subheading run into the next sentence's opening, which a full stop then
    cut (``3042 قتلى داعش والنصرة وفي السياق.``, SaudiNewsNet 2015-07-24, a summary sentence)."""
    return any(tuple(words[-n:]) in _SECTION_TURNS for n in range(2, min(_TURN_WORDS, len(words) - 1) + 1))


def _closes_early(text: str) -> bool:
    """Whether a bracket opened before the sentence closes in its first words (``طالب ) من خريجي ( كلية التقنية
    ...``، ``ك) خلية عام 2007 ...``: the rest of a list item or an aside a full stop inside the brackets cut;
    SaudiNewsNet 2015-07-23, a summary sentence; about 1 in 5,000 of its sentences)."""
    close = text.find(")")
    if close < 0 or "(" in text[:close] or text.count(")") <= text.count("("):
        return False  # balanced: brackets a page wrote the wrong way round (``الوزير )في تصريح( إن``)
    return len(text[:close].split()) <= _EARLY_CLOSE_WORDS


def _roster(words: list[str]) -> bool:
    """Whether a sentence (its key words) opens as the protocol's list of who attended, welcomed or came along
    (``function_words.ROSTER_ATTEND`` and the lists beside it)."""
    while words[:1] and words[0] in _OPENING_PARTICLES:
        words = words[1:]
    words = words[:_ROSTER_REACH]
    if words and words[0][:1] in "وف" and len(words[0]) > 3:
        words = [words[0][1:], *words[1:]]  # the conjunction on the verb (``وحضر``), not on the words after it (``وداعه``)
    if len(words) < 2:
        return False
    first, second = words[0], words[1]
    if first in _ROSTER_ATTEND:
        return second.startswith("ال")
    if tuple(words[:2]) == _KAN_FI or (first == _KANAT and second == _KAN_FI[1]):
        return len(words) > 2 and words[2] in _ROSTER_WELCOME
    if first in _ROSTER_ACCOMPANY:
        return bool(set(words[1:]) & _ROSTER_ACCOMPANY_WHEN)
    return tuple(words[:2]) == _ROSTER_ARRIVED_WITH


# a verse in the brackets the press and the Mushaf write it in
_VERSE = re.compile(r"\{[^{}]{3,}\}|﴿[^﴿﴾]{3,}﴾")
_SCRIPTURE_OPENERS = tuple(
    conjunction + normalize_key(w) for w in function_words.SCRIPTURE_OPENERS for conjunction in ("", "و", "ف")
)
# Diacritics per Arabic letter from which a sentence is quoted as recited: of the 47,220 sentences of SaudiNewsNet
# 2015-07-21 and 2015-08-11, 43 of 20 letters or more reach 0.45, all verses, hadith and poems; a column printed
# vocalized throughout stays under it (0.27-0.43, its own prose), news copy under 0.05.
_VOCALIZED = 0.45


_PRAYER_OPENERS = frozenset(tuple(word_keys(w)) for w in function_words.PRAYER_OPENERS)
_PRAYER_WORDS = max(len(w) for w in _PRAYER_OPENERS)


def _prayer(words: list[str]) -> bool:
    """Whether a sentence (its key words) opens with a prayer (``function_words.PRAYER_OPENERS``), ``و``/``ف`` on it
    or not."""
    readings = [words]
    if words and words[0][:1] in "وف" and len(words[0]) > 2:
        readings.append([words[0][1:], *words[1:]])  # ``وحفظ الله``، not ``وفق الله`` read as ``فق الله``
    return any(tuple(w[:n]) in _PRAYER_OPENERS for w in readings for n in range(1, _PRAYER_WORDS + 1))


def _scripture(key: str) -> bool:
    """Whether a sentence (its key) opens with the formula of God's word (``function_words.SCRIPTURE_OPENERS``)."""
    return key.startswith(_SCRIPTURE_OPENERS)


def _closes_an_earlier_quotation(text: str) -> bool:
    """Whether the sentence closes a quotation opened in a sentence before it: its first guillemet closes
    one, and it closes more than it opens (``إن قوة مؤسستكم تكمن في وحدتها ... وثيقة الوفاق الوطني».``, the
    army commander's words after ``وتوجه إلى العسكريين بالقول: «تصديتم ...``, was a summary sentence with no
    speaker: SaudiNewsNet 2015-08-01). Closed by guillemets only: straight and curly marks do not tell opening
    from closing (before the guillemet they open the quotation in the sentence), pages that write guillemets the
    wrong way round (``»داعش«``) close as many as they open, and one outlet opens with a brace (``قال الرئيس
    اليمني ... {من عدن سنستعيد اليمن ...».``). A single straight mark at the very end closes too, but not after a
    colon (``وقال الخميس : إن الجهود تكاتفت ..."``). 668 of the 35,735 sentences of the first 3,000 SaudiNewsNet
    articles (548 by guillemets: 20 drawn at random, 18 ends of quotations, 2 quotations opened in the sentence by
    a mark turned round or another mark, now passed over)."""
    stripped = text.rstrip()
    if text.count('"') % 2 and '"' not in stripped[:-3] and '"' in stripped[-3:] and ":" not in stripped:
        # one straight mark, at the very end: ``فالفجوة صغيرة بين العتبة النووية وامتلاك الأسلحة ...".`` closes the
        # words of the sentence before (SaudiNewsNet 2015-07-26, a summary sentence)
        return True
    marks = [ch for ch in text if ch in "«»{"]
    if not marks or marks[0] != "»" or marks.count("»") <= len(marks) - marks.count("»"):
        return False
    # a colon before it (``وقال شاكر سليمان:» أحرص ...``: a mark turned round), or another mark (``إن "نضال أمتنا ...»``)
    # opens the quotation in the sentence
    before = text[: text.find("»")]
    return ":" not in before and not any(mark in before for mark in "\"“”")


@lru_cache(maxsize=STORY_SENTENCES)  # as unfit_reason
def needs_context(text: str) -> bool:
    """True when the sentence leans on the sentence before it: its speaker only implied, or its opening
    a connective, pronoun or demonstrative that refers back.

    ``وأضاف أن "..."`` and ``من جانبه، أثنى ...`` need their article to say who speaks; ``وأضاف الخفاجي
    أن ...`` names the speaker and does not. ``كما أعلنت الوزارة ...``، ``وهو ما ...``، ``لكن المسؤول
    ...``، ``هذه الخطوة ...``، ``وجرى خلال الاستقبال ...`` continue something said before; ``هذا العام ...``
    does not.
    """
    key = normalize_key(text.strip())
    words = key_words(key)
    if not words:
        return False
    if _closes_an_earlier_quotation(text):
        return True
    # an opener with the conjunction on it leans as it does without (``ومن ناحيتها، أعلنت قيادة الأمم المتحدة ...``:
    # SaudiNewsNet 2015-08-10, a summary sentence; only some were listed with it)
    bare = [words[0][1:], *words[1:]] if words[0].startswith("و") and len(words[0]) > 2 else words
    if any(tuple(w[: len(opener)]) == opener for opener in _PRONOUN_OPENERS for w in (words, bare)):
        return True
    if words[0] in _DEMONSTRATIVES:
        return words[1:2] == [] or words[1] not in _TIME_AFTER_DEMONSTRATIVE
    if words[0] in _EMPHATICS and words[1:2] and words[1] in _DEMONSTRATIVES:
        # ``إن تلك العتبات التي تحدد السقف ...``: the thresholds the sentence before told (SaudiNewsNet 2015-07-26, a
        # summary sentence)
        return words[2:3] == [] or words[2] not in _TIME_AFTER_DEMONSTRATIVE
    if words[0] == _ON_SIDE:
        return bool(set(words[1:2]) & _ON_SIDE_DANGLING)
    if words[0] in _DANGLING_OPENERS:
        return True
    if set(words[:2]) & _FIRST_PERSON:
        return True  # someone speaks whom the sentence does not name (an interview's answer)
    if len(words) <= _SHORT_SENTENCE and any(
        w in _DEMONSTRATIVES and n.startswith("ال") and n not in _TIME_AFTER_DEMONSTRATIVE for w, n in pairwise(words)
    ):
        # a short sentence that points at what the one before told (``وقد اتخذ المجلس التوصيات اللازمة حول تلك
        # الموضوعات.``: SaudiNewsNet 2015-08-11, a summary sentence) says nothing alone
        return True
    if words[:1] == [_ALSO]:  # كما أكد أن ... ; كما أعلنت الوزارة ... continues a list of statements too
        return True
    if len(words[0]) >= _PLURAL_VERB_LETTERS and words[0].endswith(_PLURAL_VERB):
        # a verb opening the sentence in the plural has a pronoun for its subject (with a noun it would be in the
        # singular: ``وحدد المتهمون``): ``وحددوا أيضاً نائبا للرئيس`` (SaudiNewsNet 2015-08-02) tells of people named before
        return True
    # (a verb particle first, ``وقد نتج عن ذلك``, is not counted among them)
    reach = _BACK_REFERENCE_WORDS + (1 if words[0] in _VERB_PARTICLES else 0)
    if set(words[:reach]) & _BACK_REFERENCES:
        return True
    opening = words[:_EVENT_BACK_REACH]
    if any(w in _EVENT_BACK_WORDS and n in _EVENT_NOUNS for w, n in pairwise(opening)):
        return True  # ``وجرى خلال الاستقبال ...``: the reception the sentence before told
    if len(words) < 2 or words[0] not in _REPORTING_VERBS:
        return False
    after_verb = key[key.find(words[0]) + len(words[0]) :].lstrip()
    if after_verb[:1] == "ل" and ":" in after_verb and len(after_verb.split(":", 1)[0].split()) <= _TOLD_TO_WORDS:
        return True  # ``وتابع لصحيفة «بيلد»: «...»``: told to a paper, and no one named (SaudiNewsNet 2015-07-23)
    return words[1] in _SUBJECTLESS_NEXT or after_verb[:1] in {":", '"'}


