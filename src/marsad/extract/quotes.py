"""Who said what in one article: direct and indirect quotes, their cue, their speaker, and how sure the
speaker is.

:func:`find_quotes` reads an article in *units*: its sentences, joined where a quotation runs across a
sentence end. In each unit it finds, in this order,

1. **quotations**: spans between quotation marks, paired by which side of a word each mark sits on
   rather than by its shape, because pages mix and misuse them (``«…»``, ``»…«``, ``“…”``, ``”…”``,
   ``"…"``, ``:”إن …”``, ``«…”``); a mark left open runs to the end of the paragraph, or to where the
   narrator speaks again; a closing mark with no opening one is ignored, and a quotation inside another is
   part of it. Quotations of fewer than :attr:`~marsad.settings.QuoteSettings.min_quote_words` words, or short names inside a subject,
   are names or scare quotes (``“ماكنزي”``، ``“تهديد”``), not statements;
2. **cues** outside quotations: speech verbs (``قال``، ``أكد``، ``أشار إلى``، ``زعم`` ...), relays
   (``نقلت X عن Y قوله``) and sources (``بحسب``، ``وفقاً لـ``، ``وفق ما أعلن X``), each valid only when its
   complement follows: ``أن``/``إن``، a colon, a quotation, or the verb's own preposition (``شدد على``);
3. for each valid cue, the **reported text**: from its complement to the next cue or the end of the
   unit. A quotation that opens it, or follows a comma in it, is a ``direct`` quote; the text before is
   an ``indirect`` one (quoted words inside it, as in ``على ضرورة "تعزيز الشراكة"``, stay part of it);
4. the **speaker**, by the first rule that applies (table :data:`SPEAKER_RULES`): the subject phrase after
   the verb — a person or organization named there, a state at its head (``أدانت الكويت على لسان
   سفيرها``: the state), an office resolved to the person the article names for it, an unnamed source
   kept by its words (``مصدر أمني``), a surname repeating an earlier speaker; else the name before the
   verb (``الكاظمي يقول إن``، ``ناشطون يقولون``); for a participle (``مضيفاً``) the speaker of the
   sentence's verb; after ``من جانبه`` the other party; else the last speaker the verb's gender agrees
   with (``وأضاف``، ``وقالت``), or the subject of a sentence in between (``وتبنت الحركة … وقالت إن``).
   Addressees (``قال لرويترز``، ``في تصريح لـ«سبق»``) are never speakers.

Each rule has a confidence, its measured share of right speakers on the hand-annotated quotes
(docs/quotes.md), lowered when the reading is doubtful (the verb's gender fits an earlier speaker better,
an office matches no one named); ``speaker_confidence`` below :attr:`~marsad.settings.QuoteSettings.unclear_below` is shown as "unclear
attribution" rather than as a name.

Quotes carry spans into ``article.text`` and the speaker as a mention span; :func:`link_speakers`
turns those into story entity ids once entities are resolved across the story's articles.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from marsad.lang.ar import function_words, morphology, names, reporting
from marsad.lang.ar import numbers as number_words
from marsad.lang.ar import time as time_words
from marsad.model import Article, Entity, Mention, Quote
from marsad.settings import DEFAULT, QuoteSettings
from marsad.text import (
    Token,
    dateline_end,
    normalize_key,
    split_sentences,
    strip_diacritics,
    tokenize,
    tokenize_at,
)
from marsad.text.numbers import NUMBER_WORDS

from .ner.features import bare_masculine_country_adjective, person_word_counts, word_clusters
from .ner.gazetteers import (
    FIRST_NAMES,
    JOINED_NAME_OPENERS,
    LOC_TRIGGERS,
    ORG_TRIGGERS,
    PER_TITLES,
    RANK_TITLES,
    RANK_WORDS,
    benediction_at,
)
from .ner.tagger import word_counts

__all__ = [
    "SPEAKER_RULES",
    "SPEECH_CUES",
    "attributed",
    "find_quotes",
    "link_speakers",
]


def _keys(words: str) -> frozenset[str]:
    return frozenset(normalize_key(w) for w in words.split())


# --- the Arabic word tables of this stage, keyed ----------------------------------------------------------
# The words and their sources are in marsad.lang.ar (reporting, function_words, names, time); titles and
# organization heads are the entity recognizer's (PER_TITLES, RANK_TITLES, ORG_TRIGGERS). Speech verbs:
# dictionary form -> (finite forms, participles, prepositions that open the content).
_VERBS: dict[str, tuple[str, str, tuple[str, ...]]] = reporting.REPORTING_VERBS
# ``تابع``، ``زاد`` also mean "followed", "increased": they report speech only before a colon, a quotation
# or ``أن`` (``وتابع الشمري أن``).
_QUOTATION_ONLY = frozenset({"تابع", "زاد"})
# ``زاد`` says (``وزاد أن``، ``وزاد الرويس أن``، ``وزاد في حديثه لـ«الشرق الأوسط»: «...»``) only with its complement a
# subject's length away; "increased" takes ``من``/``على``/``عن``/``إلى``, a figure or another clause before any ``أن``
# (``وزاد عدد الصفقات إلى 108 ألف``، ``وزاد بطشهم عندما استشعروا أن``، ``زاد إنفاق المستهلكين ... وهو ما يشير إلى
# أن``: statements of ``عدد الصفقات``، ``بطشهم``، ``إنفاق المستهلكين`` in SaudiNewsNet 2015-08-03 and 08-10).
_ADDED = frozenset({"زاد"})
_MAX_ADDED_WORDS = 6  # ``وزاد وزير الداخلية اليمني عبده الحذيفي أن``
_INCREASED_BY = _keys("من على عن إلى")
# ``وبيّن`` unvocalized is also ``وبين`` ("and between"): a cue only when ``أن`` follows within a subject's
# length (``وبين سموه أن``، ``وبين أن المتحف``).
_AND_SHOWED = frozenset({normalize_key("وبين")})
_MAX_SHOWED_GAP = 6
_PREP_REQUIRED = frozenset(reporting.CONTENT_AFTER_PREPOSITION)
# Verbs of feeling (``أعرب عن قلقه``): a statement only with a clause (``أعرب عن ثقته في أن``), read as
# near their verb as a complement may be, never at the far end of a long sentence.
_MAX_FEELING_GAP = 8
_NEAR_COMPLEMENT = frozenset({"أعرب", "أظهر", "أقر", "اعترف"})  # ``أظهرت بيانات``: read only close to the verb
# Verbs that report only with their complement near them, and are no cue (no subject to carry on) without
# it: ``أقر`` admits only with ``بأن`` (``أقر بيللغريني مؤخراً بأن اللاعب سيغادر``; ``أقر مجلس الوزراء أن يكون
# لكل شاطئ حرم`` approves), ``اعترف`` with ``أن`` (``اعترفت الدول بالحكومة`` recognizes).
_ONLY_BEFORE_THAT = {"أقر": "ب", "اعترف": ""}
# A comment reported by ``علق`` is a quotation or follows a colon, near the verb (``وعلق الوزير قائلاً``، ``علقت
# الصفحة على الصورة بكتابة “...”``); its ``أن`` far on is another's (``علقت مساعداتها``: suspended).
_NEAR_QUOTATION = frozenset({"علق"})
_MAX_PREP_GAP = 12  # tokens between a verb and the preposition of its noun phrase (``شدد الوزير … على``)
_MAX_QUOTED_NAME = 4  # words of a name in quotation marks
_MAX_QUOTED_BODY = 12  # words of a body's full name in quotation marks, the statement after it (``«…»، بأن``)
# Relays: the relaying outlet, then ``عن`` and the speaker.
_RELAY = _keys("نقل نقلت ينقل تنقل")
_ABOUT_PRONOUNS = _keys("عنه عنها عنهم عنهما")  # ``كما نقلت عنها وكالة …``: an aside on the main verb
# Sources: the statement is the clause before or after ``بحسب X``. ``وفقاً``/``طبقاً`` take ``لـ`` on the next
# word, ``نقلاً`` takes ``عن``; ``بحسب ما أعلن X``، ``وفق ما ذكره X`` name X after a speech verb.
_SOURCE_LEMMA = {normalize_key(w): lemma for w, lemma in
                 (("بحسب", "بحسب"), ("حسب", "بحسب"), ("وفق", "وفقاً لـ"),
                  *((w, "وفقاً لـ") for w in reporting.LAM_SOURCES.split()), ("نقلاً", "نقلاً عن"))}
_WHAT = _keys("ما لما")
_GENERIC_SOURCES = _keys(reporting.UNNAMED_SOURCES)
_PLURAL_SOURCES = _GENERIC_SOURCES - _keys(reporting.SINGULAR_SOURCES)
_ORDINARY_PEOPLE = _keys(reporting.ORDINARY_PEOPLE)  # indefinite only: see _generic
# ``قال متحدث باسم الوزارة``: an office without the article is an unnamed official, as unnamed as ``مصدر``
# (``المتحدث باسم الوزارة`` is someone).
_UNNAMED_OFFICIALS = _keys("متحدث ناطق")
_QUANTIFIERS = _keys(reporting.SOURCE_QUANTIFIERS)
_PLURAL_QUANTIFIERS = _keys("عدد بعض كثير كثيرون")  # ``أحد المصادر`` is one source
_MEDIA_SOURCES = _keys(reporting.MEDIA_SOURCES)
_DOCUMENTS = _keys(reporting.DOCUMENTS)
_DECREES = _keys(reporting.DECREES)
_ISSUED = _keys(reporting.ISSUED)
_ISSUER_WORDS = 4  # words of an issuer the recognizer did not name (``الديوان الملكي``)
_MEDIA_HEADS = _keys(names.MEDIA_HEADS)
_AUDIENCE = _keys(reporting.AUDIENCE)

SPEECH_CUES: dict[str, tuple[str, bool]] = {}
"""Every written form of a speech verb (as a key) -> (its dictionary form, whether it is a participle)."""
_GENDER: dict[str, str] = {}  # written form (key) -> "m", "f" or "pl"
for _lemma, (_finite, _participles, _preps) in _VERBS.items():
    _forms_ = _finite.split()
    # the dictionary form is the masculine singular (``بين`` lists only ``بينت``, feminine: it was read as masculine)
    _male = normalize_key(_lemma)
    for _form in (*_forms_, _lemma + "وا"):  # plural: ذكروا، أفادوا
        _key = normalize_key(_form)
        SPEECH_CUES.setdefault(_key, (_lemma, False))
        _GENDER.setdefault(_key, "pl" if _key.endswith(("وا", "ون")) else
                           "f" if _key != _male and (_key.endswith("ت") or _key.startswith("ت")) else "m")
    for _form in _participles.split():
        _key = normalize_key(_form)
        SPEECH_CUES[_key] = (_lemma, True)
        _GENDER[_key] = "pl" if _key.endswith("ين") else "f" if _key.endswith("ه") else "m"
_PREPS = {lemma: frozenset(normalize_key(p) for p in preps) for lemma, (_, _, preps) in _VERBS.items()}

_COMPLEMENTIZERS = _keys(function_words.COMPLEMENTIZERS)
_NOT_BEFORE_COMPLEMENTIZER = _keys(function_words.TIME_CONJUNCTIONS)
# ``وهو ما يشير إلى أن``: "which shows that", a verb whose subject is a fact, not a speaker.
_WHICH = _keys("ما مما")
_PASSIVE_AUXILIARY = _keys("تم يتم سيتم")
# ``وننصح أن يقرأه كل طالب علم``: after a quantifier the word is a noun (a student), not ``طالب`` (demanded)
_NOUN_QUANTIFIERS = _keys(function_words.CONSTRUCT_QUANTIFIERS)
_SAW = normalize_key("رأى")  # the verb's key, which the noun ``رأي`` shares
# ``بدلاً من أن تحث``، ``لن يقول``: a verb after these is what may be said, not a report of it.
_SUBJUNCTIVE = _keys("أن لن كي لكي")
_MODALS = _keys(function_words.MODALS)
_NEGATION = _keys(function_words.NEGATION_NOUNS)
_CONDITIONALS = _keys(function_words.CONDITIONALS)
_PREPOSITIONS = _keys(function_words.VERBAL_NOUN_PREPOSITIONS)
# as written: the key of ``على`` is the name ``علي``'s
_PREPOSITIONS_WRITTEN = frozenset(function_words.VERBAL_NOUN_PREPOSITIONS.split())
# ``وهو ما أكده شكري``: a verb with an object pronoun after ``ما`` names who confirmed, and no content.
_OBJECT_PRONOUN = re.compile(r"(?:ه|ته)$")
_SAYING = _keys(reporting.SAYING_NOUNS)  # ``نقلت ... عن X قوله``؛ ``ختم بالقول``
_SAYING_IN_SUBJECT = _SAYING | _keys(reporting.STATEMENT_NOUNS)  # ``واختتم تصريحه بالقول``
# God's word quoted after the verb, with the verb's و/ف or not
_SCRIPTURE = tuple(c + normalize_key(w) for w in function_words.SCRIPTURE_OPENERS for c in ("", "و", "ف"))
_SCRIPTURE_WORDS = max(len(w.split()) for w in function_words.SCRIPTURE_OPENERS)
_GOD_NAMES = _keys(" ".join(function_words.GOD_NAMES))
_STUDENT = normalize_key("طالب")  # demanded, or a student
_CALL = normalize_key("دعا")
# ``أوضح ذلك الناطق الإعلامي``: what was said, the verb's object, before its subject; ``قال هذا الناشط``: the one before
_THAT = _keys(" ".join(w for w in function_words.DEMONSTRATIVES if not w.startswith("و")))
_THAT_FAR = normalize_key("ذلك")
_OFFICE_PREPOSITIONS = {normalize_key(k): normalize_key(v) for k, v in names.OFFICES_WITH_PREPOSITION.items()}
_SUBJECT_STOPS = _keys(function_words.SUBJECT_STOPS)
_HONORIFICS = _keys(names.HONORIFICS)
_COURTESY = _keys(names.COURTESY_TITLES)
_TIME_WORDS = _keys(time_words.SPEAKER_TIME_WORDS)
_FRONTED = _keys(function_words.FRONTING_PREPOSITIONS)
_MAX_FRONTED = 10  # tokens of a fronted adverbial
_MAX_FRONTED_PURPOSE = 40  # of one opened by a noun in the accusative, which names whose orders were obeyed
_PRONOUN_SUBJECTS = _keys(function_words.PRONOUN_SUBJECTS)
_QUESTION_VERBS = _keys(reporting.QUESTION_VERBS)
# Particles before a verb (``وقد أبدى``): the verb comes after them. Words the recognizer sometimes tags as
# a name (``في``): never a speaker.
_PARTICLES = _keys(function_words.VERB_PARTICLES)
_AMMA = normalize_key("أما")  # ``أما X، فأوضح``: X is the subject
_CAME, _TONGUE = normalize_key("جاء"), normalize_key("لسان")  # ``جاء على لسان X``
_CLAUSE_OPENERS = _PARTICLES | _keys(
    function_words.CLAUSE_OPENERS)
_FUNCTION_WORDS = _keys(function_words.SPEAKER_FUNCTION_WORDS)
_PHRASE_STOPS = _keys(function_words.PHRASE_STOPS)
_OTHER_PARTY = re.compile(r"(?:^|\s)و?من\s+(?:جانب|جهت|ناحيت)(?:ه|ها|هم)\b")
_OTHER_PARTY_AT = re.compile(r"\s*و?من\s+(?:جانب|جهت|ناحيت)(?:ه|ها|هم)\b")  # at a sentence start
_TITLES = PER_TITLES | RANK_TITLES
_RELATIVES = _keys("الذي التي")
# Offices written two ways: ``الناطق باسم الخارجية`` is ``المتحدث باسم وزارة الخارجية``.
_OFFICE_SYNONYMS = {normalize_key("ناطق"): normalize_key("متحدث")}
_SPEAKER_TYPES = ("PER", "ORG")
# The auxiliary ``كان`` as its subject follows it, without a conjunction (``وكان``، ``فكانت``): ``_forms``' last form
_WAS = frozenset({"كان", "كانت"})
# ``قال فيه``، ``أكدت فيها``: said in the statement or post just named
_IN_IT = frozenset({"فيه", "فيها"})
# What ends a sentence between two offices: the later one, in the same sentence, is someone else's
_SENTENCE_END = re.compile(r"[.؟!?\n]")
_BODIES = _keys(names.SPEAKING_BODIES)
# An organization's head nouns, the recognizer's and ours (as :func:`_is_body` reads them)
_BODY_WORDS = ORG_TRIGGERS | _BODIES
_TEAM_MEMBERS = _keys(" ".join(names.TEAM_MEMBER_NOUNS))
_WHILE_NOUNS = _keys(" ".join(function_words.WHILE_NOUNS))
_REGARD = _keys(" ".join(function_words.REGARD_NOUNS))
_DIRECTIONS = _keys(names.DIRECTIONS)
_NAMED_AFTER = _keys(names.NAMING_HEADS)

SPEAKER_RULES: dict[str, float] = {
    # Each comment gives the rule's right speakers / speakers read on the tuning parts of the annotated
    # set (tune-1, tune-2: 233 quotes) when the confidence was set; "-" when it read none there.
    # the subject phrase of the cue
    "named": 0.95,  # a person or organization the entity recognizer named there (52/52)
    "state": 0.9,  # a state or city heading it: ``أدانت الكويت``، ``قالت تركيا`` (1/1; as sure as "named")
    "office-named": 0.9,  # an office, resolved to the person the article names for it (4/4)
    "office": 0.7,  # an office the article names no one for: shown as written (3/4)
    "office-partial": 0.6,  # an office written beside a name elsewhere, alike in part only (1/1)
    "office-unmatched": 0.45,  # an office no one is named for, where someone who spoke has no office (-)
    "office-joint": 0.45,  # ``شدد الوزيران``: several people at once (0/1)
    "generic": 0.9,  # an unnamed source (``مصدر أمني``، ``مسؤولون``)، kept by its words (15/15)
    "organization": 0.85,  # an organization the recognizer missed, by its words (7/7)
    "document": 0.7,  # ``وأضاف البيان`` after ``قال الجيش في بيان``: the army (1/1)
    "echo": 0.9,  # a name repeating an earlier speaker's (``وأبان الصباغ``، ``وأضافت الوزارة``) (16/16)
    "name-words": 0.75,  # words opening with a given name or a rare word: a name the recognizer missed (8/8)
    "surname": 0.8,  # a rare word alone (``وقال باخ``), with the name it closes earlier if any (6/6)
    "description-sole": 0.55,  # ``وقالت الفنانة``: the one person the article has named so far (-)
    "unknown": 0.3,  # a description no one is named for, or words that may be the verb's object (0/4)
    # no subject after the cue
    "before": 0.85,  # a name or a source right before the verb: ``الكاظمي يقول``، ``ناشطون يقولون`` (5/5)
    "honorific": 0.85,  # ``وقال سموه``: the last person (2/2)
    "participle": 0.9,  # ``مضيفاً``: the speaker of the sentence's verb (35/36)
    "clause": 0.75,  # a participle or verb sharing the subject of the sentence's first verb (7/7)
    "clause-crossed": 0.45,  # the same, with other names between that subject and the cue (1/1)
    "continuation": 0.85,  # ``وأضاف``: the last speaker, whose gender the verb fits (30/33)
    "continuation-crossed": 0.45,  # the same, but someone else was named since the last statement (0/1)
    "topic": 0.45,  # the subject of a sentence since the last quote, whose gender the verb fits (1/2)
    "gender-back": 0.45,  # an earlier speaker, passing over the last one the verb's gender does not fit (1/3)
    "gender-mismatch": 0.3,  # no recent speaker fits the verb's gender (1/5)
    "other-party": 0.6,  # after ``من جانبه``: the other person of the sentence before (-)
}
"""How each speaker rule scores: the ``speaker_confidence`` of the quotes it attributes (a speaker carried
on from an earlier statement keeps the lower of the two). Set at or under the share of right speakers the
rule had on the tuning parts of the hand-annotated quotes (``bench/quote_eval.py``, ``docs/quotes.md``),
lower where the rule read few quotes; a rule right less than nine times in ten there, or never measured
and a guess by construction, sits under :attr:`~marsad.settings.QuoteSettings.unclear_below`."""

# Rules that read a subject written after its verb: such a verb says who speaks even with no statement
# after it (``وهو ما أكده شكري بدوره، قائلاً``); ``unknown`` may be the verb's object, and says nothing.
_SUBJECT_RULES = frozenset({"named", "state", "office-named", "office", "generic", "organization", "echo",
                            "name-words", "surname", "before"})

# Of those, the ones sure enough to make the last speaker from a verb that states nothing (a name the
# recognizer missed may be a noun: ``وتعهدت بالعمل بلا كلل``)
_NAMING_RULES = _SUBJECT_RULES - {"name-words", "surname"}

_MAX_SUBJECT_BEFORE_SOURCE = 8  # tokens from a speech verb to a source that relays it (``وقال بيان للديوان الملكي ، نقلاً عن``)
_DASHES = frozenset("-–—")
# days named in several words (``أول من أمس``، ``بعد غد``), by their first word: the lengths to try
_DAY_PHRASES_WORDS = frozenset(tuple(key.split()) for key in time_words.RELATIVE_DAYS if " " in key)
_DAY_PHRASES = {
    first: tuple(sorted({len(w) for w in _DAY_PHRASES_WORDS if w[0] == first}, reverse=True))
    for first in {w[0] for w in _DAY_PHRASES_WORDS}
}
_MAX_CUE_GAP = 40  # tokens between a cue and its complement (``قال وزير الخارجية الأميركي أنتوني بلينكن ...``)
_NAME_AHEAD = 8  # words between an office's ``بـ`` place and its holder's name (``بجمعية البر بالاحساء، وليد``)
# ``برئاسة X``، ``بقيادة X``: headed by X, who is not the body's voice
_HEADED_BY = _keys(names.HEADED_BY)
_MAX_NAME_WORDS = 12  # an unnamed speaker or an office is shown by at most this many words
_MAX_TITLES_BEFORE = 8  # words between a name and an office of theirs written after it (other offices)
_MAX_OTHERS = 1  # other names a sentence may hold between its subject and a participle (one object, say)
_MAX_BEFORE = 6  # words of a subject written before its verb (``غير أن ناشطين من المعارضة السورية يقولون``)
_RARE_COUNT = 2  # times in the recognizer's training text (20k words) a name may occur: common nouns occur more
_MAX_HISTORY = 3  # earlier speakers a continuation may go back to when the verb's gender rules out the last

_QUOTE_MARKS = frozenset("«»“”„‟\"″")
_OPEN_CONTEXT = frozenset(" \t\n(:،,-–—[")  # a mark after these (or at the start) opens
_CLOSE_CONTEXT = frozenset(" \t\n).،,:؛;!?؟]…")  # a mark before these (or at the end) closes
_FINAL = frozenset(".،,؛;!?؟")  # a mark before these closes even after a space


# --- quotation marks -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Quotation:
    """An outermost quotation: marks at ``open`` and ``close`` (``close`` = paragraph end when unclosed),
    content ``[start, end)`` trimmed of spaces."""

    open: int
    close: int
    start: int
    end: int
    words: int
    closed: bool = True  # False: the mark was never closed, and the quotation runs to where the words end


def _mark_side(text: str, i: int, lo: int, hi: int) -> str:
    """``open``, ``close`` or ``both`` for the quotation mark at ``text[i]`` from what is beside it."""
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    # ``:" إن …`` opens and ``… والقلم ".`` closes, though a space stands on the inner side
    opens = (not after.isspace() and (before in _OPEN_CONTEXT or before in _QUOTE_MARKS)) or before == ":"
    closes = (not before.isspace() and (after in _CLOSE_CONTEXT or after in _QUOTE_MARKS)) or after in _FINAL
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "both"


def _quotations(text: str, lo: int, hi: int) -> list[_Quotation]:
    """Outermost quotations of the paragraph ``text[lo:hi]``.

    Guillemets and the other marks are two families: one nests inside the other (``«… “…” …»``); within a
    family a stack pairs marks, and a mark that could open or close (``word"word``) closes an open one; a
    closing mark with nothing open in its family closes the other family's (``«…”``).
    A mark whose side the context does not settle takes its shape's side for guillemets.
    """
    stacks: dict[str, list[int]] = {"guillemet": [], "other": []}
    pairs: list[tuple[int, int]] = []
    for i in range(lo, hi):
        ch = text[i]
        if ch not in _QUOTE_MARKS:
            continue
        family = "guillemet" if ch in "«»" else "other"
        stack = stacks[family]
        side = _mark_side(text, i, lo, hi)
        if side == "both":
            if family == "guillemet":
                side = "open" if ch == "«" else "close"
            else:
                side = "close" if stack else "open"
        if side == "close" and not stack and _after_cue(text, lo, i):
            side = "open"  # ``وتابع" انا من عشاق درويش"``: a mark glued to the verb opens the quotation
        other = stacks["other" if family == "guillemet" else "guillemet"]
        if side == "open":
            stack.append(i)
        elif stack:
            pairs.append((stack.pop(), i))
        elif other:
            pairs.append((other.pop(), i))  # ``«… العام”``: mixed shapes still pair
    for stack in stacks.values():
        if stack:
            pairs.append((stack[0], hi))  # left open: runs to the end of the paragraph (see _cut_unclosed)
    pairs.sort()
    outer: list[tuple[int, int]] = []
    for o, c in pairs:
        if outer and o < outer[-1][1]:
            continue  # inside an earlier quotation
        outer.append((o, c))
    found = []
    for o, c in outer:
        start, end = o + 1, c
        while start < end and (text[start].isspace() or text[start] in _QUOTE_MARKS):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in _QUOTE_MARKS):
            end -= 1
        if end > start:
            words = min(sum(1 for t in tokenize(text[start:end]) if t.kind != "symbol"), len(text[start:end].split()))
            found.append(_Quotation(o, c, start, end, words, closed=c < hi))
    return found


def _after_cue(text: str, lo: int, i: int) -> bool:
    """Whether the word right before position ``i`` (no space between) is a speech verb."""
    word = re.search(r"\w+$", text[max(lo, i - 12) : i])
    return word is not None and (found := _cue_of(Token(word.group(), 0, 0, "word"))) is not None and found[1] != "source"


def _cut_unclosed(text: str, quotation: _Quotation, sentences: Sequence[tuple[int, int]]) -> _Quotation:
    """A quotation never closed ends before the first later sentence of its paragraph where the narrator
    speaks again: one opening with ``من ناحيته``/``من جهته`` or with a speech verb (a new statement)."""
    if quotation.closed:
        return quotation
    for s, _ in sentences:
        if quotation.open < s < quotation.close:
            first = next((t for t in tokenize(text[s : quotation.close]) if t.kind == "word"), None)
            if _OTHER_PARTY_AT.match(text, s) or (first is not None and _cue_of(first) is not None):
                end = s
                while end > quotation.start and (text[end - 1].isspace() or text[end - 1] in ".،,"):
                    end -= 1
                words = sum(1 for t in tokenize(text[quotation.start : end]) if t.kind != "symbol")
                return dataclasses.replace(quotation, close=s, end=end, words=words)
    return quotation


# --- units -----------------------------------------------------------------------------------------------


@dataclass
class _Unit:
    start: int
    end: int
    tokens: list[Token]
    quotations: list[_Quotation]  # statements only (QuoteSettings.min_quote_words or more)


def _paragraphs(article: Article) -> list[tuple[int, int]]:
    """The article's paragraphs; for an article not through the clean stage, its lines (a quotation left
    open must not run past a line break)."""
    if article.paragraphs:
        return [(p.start, p.end) for p in article.paragraphs]
    spans, offset = [], 0
    for line in article.text.split("\n"):
        spans.append((offset, offset + len(line)))
        offset += len(line) + 1
    return spans


def _units(article: Article, min_quote_words: int) -> list[_Unit]:
    """Sentences of each paragraph, joined where a statement's quotation runs across their end."""
    text = article.text
    sentences = [(s.start, s.end) for s in article.sentences] or split_sentences(text)
    starts = [s for s, _ in sentences]  # in text order: a paragraph's sentences are found by bisection
    units: list[_Unit] = []
    for lo, hi in _paragraphs(article):
        inside = sentences[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]
        quotations = [q for q in (_cut_unclosed(text, q, inside) for q in _quotations(text, lo, hi))
                      if q.words >= min_quote_words]
        spans: list[list[int]] = []
        for s, e in inside:
            if spans and any(q.open < spans[-1][1] and q.close >= s for q in quotations if q.open >= spans[-1][0]):
                spans[-1][1] = max(spans[-1][1], e)
            else:
                spans.append([s, e])
        for s, e in spans:
            tokens = tokenize_at(text[s:e], s)
            units.append(_Unit(s, e, tokens, [q for q in quotations if s <= q.open < e]))
    return units


# --- speakers and cues -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Speaker:
    """Who a statement is by: ``name`` as shown, ``span`` the entity mention that names them (None for an
    unnamed or unrecognized speaker), ``rule`` the :data:`SPEAKER_RULES` entry that found them, ``kind``
    (``person``، ``organization``، ``state`` named by a mention; ``office``، ``generic``، ``words`` for a name
    the recognizer missed), ``gender`` (``m``، ``f``،
    ``pl`` or None when unknown), ``words``, the keys of the words naming them (for echoes), and
    ``ceiling``: a speaker carried on from an earlier statement (``وأضاف``) is never surer than the reading
    of that statement was."""

    name: str
    span: tuple[int, int] | None
    rule: str
    kind: str = "person"
    gender: str | None = None
    words: frozenset[str] = frozenset()
    ceiling: float = 1.0

    @property
    def confidence(self) -> float:
        return min(SPEAKER_RULES[self.rule], self.ceiling)

    def by(self, rule: str, gender: str | None = None) -> _Speaker:
        """The same speaker, found again by another rule (and, when the verb tells it, of that gender)."""
        return dataclasses.replace(self, rule=rule, gender=self.gender or gender, ceiling=self.confidence)


@dataclass
class _Cue:
    index: int  # token index in the unit
    lemma: str
    kind: str  # verb, participle, relay, source
    gender: str | None = None  # the verb's: m, f, pl
    complement: int | None = None  # token index of the complement marker, None when invalid
    content: int | None = None  # char offset where the reported text starts
    speaker: _Speaker | None = None
    relayer: _Speaker | None = None
    aside: bool = False  # ``كما نقلت عنها وكالة X``: says who relayed the sentence's statement, no more
    referring: bool = False  # ``وهو ما أكده شكري``: names who said what was just reported, adds nothing
    relays: bool = False  # a source after a statement: says who relayed it (``، وفقاً لما ذكرته وكالة …``)
    said_by: int | None = None  # ``جاء على لسان X``، ``جاء في بيان X``: where the speaker's name starts
    prays: bool = False  # ``داعياً الله أن``: ends what was said before it, and is no statement itself (_prayer)


def _forms(token: Token) -> list[str]:
    return _key_forms(normalize_key(token.text))


def _key_forms(key: str) -> list[str]:
    """A word's key, and without ``و``/``ف`` when it opens with one."""
    return [key, key[1:]] if key[:1] in ("و", "ف") and len(key) >= 3 else [key]


def _governs_min(tokens: Sequence[Token], begin: int) -> bool:
    """Whether the cue right before token ``begin`` (or two before, past an adverb) opens its content with ``من``
    (``حذر من أن``)."""
    for token in tokens[max(0, begin - 3) : begin][::-1]:
        cue = _cue_of(token)
        if cue is not None:
            return cue[0] in _VERBS and "من" in _VERBS[cue[0]][2]
    return False


def _cue_of(token: Token) -> tuple[str, str, str | None] | None:
    return _word_cue(token.text) if token.kind == "word" else None


# Asked of nearly every word of every sentence, several times (2 % of reading a story): kept per word.
@functools.lru_cache(maxsize=1 << 16)
def _word_cue(word: str) -> tuple[str, str, str | None] | None:
    key = normalize_key(word)
    if key in _AND_SHOWED:
        return "بين", "verb", "m"  # read as a cue only before ``أن`` (``_Reader.read``)
    for form in _key_forms(key):
        if form in SPEECH_CUES:
            lemma, participle = SPEECH_CUES[form]
            if form == _SAW and word.endswith("ي"):
                return None  # ``رأي`` (an opinion: ``هو رأي يساق``، ``رأي قاطع``) has the key of ``رأى`` (saw, held)
            return lemma, "participle" if participle else "verb", _GENDER.get(form)
        if form in _RELAY:
            return "نقل", "relay", None
        if form in _SOURCE_LEMMA:
            return _SOURCE_LEMMA[form], "source", None
    return None


def _no_cue_after(before: Token, token: Token) -> bool:
    """Whether the word ``before`` makes the cue word ``token`` after it no report: ``ما``/``مما`` (``وهو ما يشير
    إلى أن``, unless the verb carries its object, ``مما قاله``), a subjunctive particle or a preposition (``لن
    يقول``), a quantifier (``كل طالب علم``: a noun), a modal or ``عدم`` (``لا يمكن توقع نتائجها``، ``عدم ذكر اسمه``: a
    verbal noun), a condition
    (``وإذا ذكر البيت التجاري``: what would be so) or the auxiliary of a passive (``يتم كشف مرورها``: a verbal noun, no one speaking); ``ما`` and the auxiliary with
    their ``و``/``ف`` too."""
    key = normalize_key(before.text)
    if (before.kind == "number" or key in _COUNTING_WORDS) and normalize_key(token.text) == _STUDENT:
        return True  # ``لـ 100 طالب موهوب``، ``سبعة آلاف طالب``: a counted noun (students), no one demanding
    forms = _key_forms(key)
    if not _OBJECT_PRONOUN.search(token.text) and any(f in _WHICH for f in forms):
        return True
    return key in _SUBJUNCTIVE | _PREPOSITIONS | _NOUN_QUANTIFIERS | _MODALS | _NEGATION | _CONDITIONALS \
        or any(f in _PASSIVE_AUXILIARY for f in forms)


def _gods_word(tokens: Sequence[Token], i: int) -> bool:
    """Whether the cue at ``i`` opens God's word quoted (``قال تعالى:``، ``يقول الله عز وجل``:
    ``function_words.SCRIPTURE_OPENERS``): a verse in a statement or a column, no one's statement in the news
    (SaudiNewsNet 2015-08-09 listed two under unclear speakers, with ``تعالى`` for a speaker)."""
    words = " ".join(normalize_key(t.text) for t in tokens[i : i + _SCRIPTURE_WORDS])
    return any(words == opener or words.startswith(opener + " ") for opener in _SCRIPTURE)


def _prayer(tokens: Sequence[Token], i: int, lemma: str) -> bool:
    """Whether the cue at ``i`` prays rather than states: ``دعا`` with God's name for its object before the ``أن`` of
    what it asks (``داعياً الله أن``، ``ودعا المولى عز وجل أن``، ``ودعا سمو الأمير نايف بن ثنيان - الله عز وجل - أن``،
    ``ودعا معاليه في ختام تصريحه المولى عز وجل أن``; ``function_words.GOD_NAMES``), not a name of which it is a part
    (``عبد الله``). It asks, it tells no news; ``دعا ... إلى`` calls on people."""
    if normalize_key(lemma) != _CALL:
        return False
    for j in range(i + 1, min(len(tokens), i + 1 + _PRAYER_REACH)):
        key = normalize_key(tokens[j].text)
        if key in _COMPLEMENTIZERS or key in _TO or tokens[j].text in ".:؛;":
            return False
        if key in _GOD_NAMES and normalize_key(tokens[j - 1].text) not in _SERVANT:
            return True
    return False


_PRAYER_REACH = 12  # tokens from ``دعا`` to God's name: a title, a name and an aside between them
_TO = _keys("إلى الى")
_SERVANT = _keys("عبد وعبد")  # ``عبد الله``: a name


# number words a counted noun follows (``سبعة آلاف طالب``، ``مائة ألف طالب سعودي``); not ``أحد`` (one of)
_COUNTING_WORDS = frozenset(k for k, (_, role) in NUMBER_WORDS.items() if role != number_words.UNIT)


_ANONYMITY_VERBS = _keys(reporting.ANONYMITY_VERBS)
_OWN_NAME = _keys(reporting.OWN_NAME)


def _asked_not_to_be_named(tokens: Sequence[Token], j: int) -> bool:
    """Whether token ``j`` opens a source's request not to be named (``طلب عدم نشر اسمه``، ``ورفض نشر اسمه``،
    ``طالبا عدم ذكر اسمه``: ``reporting.ANONYMITY_VERBS``, then its own name within ``ANONYMITY_REACH`` words)."""
    if not any(form in _ANONYMITY_VERBS for form in _key_forms(normalize_key(tokens[j].text))):
        return False
    return any(normalize_key(t.text) in _OWN_NAME for t in tokens[j + 1 : j + 1 + reporting.ANONYMITY_REACH])


_COUNT_NOUNS = _keys(reporting.COUNT_NOUNS)


def _student(token: Token, after: Token | None) -> bool:
    """``طالب`` before a country's adjective without the article (``مقتل طالب سعودي يدرس في جامعة``، ``لقي طالب
    سوداني مصرعه``): a student of that country, not someone demanding (the words after it were listed as demanded,
    with ``سعودي يدرس`` for a speaker, SaudiNewsNet 2015-08-10)."""
    return (
        after is not None and after.kind == "word" and normalize_key(token.text) == _STUDENT
        and bare_masculine_country_adjective(after.text)
    )


def _noun_pair(token: Token, after: Token | None) -> bool:
    """A noun and its feminine or plural after ``و`` (``طالب وطالبة``، students): no verb (``طالب``, demanded) with
    its subject (``وطالبة`` was a speaker four times, SaudiNewsNet 2015-08-01)."""
    if after is None or after.kind != "word" or not after.text.startswith("و"):
        return False
    word, other = normalize_key(token.text), normalize_key(after.text[1:])
    return len(other) > len(word) and other.startswith(word)


def _inside(quotations: Sequence[_Quotation], offset: int) -> _Quotation | None:
    return next((q for q in quotations if q.open <= offset < q.close), None)


def _opens(quotations: Sequence[_Quotation], token: Token) -> _Quotation | None:
    return next((q for q in quotations if q.open == token.start), None)



# the third person's pronouns as written, not ``ه``, which also ends names (``طه``، ``عبدالله``)
_OBJECT_PRONOUNS = tuple(s for s in morphology.POSSESSIVE_SUFFIXES if s[0] == "ه" and len(s) > 1)


def _adverb_or_object(token: Token, after_words: bool) -> bool:
    """A word that is not part of a subject phrase: a number, a word in the accusative with its tanween
    written (``رسمياً``، ``متأسفاً``), or, after the subject's first word, a noun with an object pronoun
    written on it (``قيامها``) that is no given name (``مها``)."""
    if token.kind == "number":
        return True
    text = token.text
    key = normalize_key(text)
    if text.endswith(morphology.ACCUSATIVE_TANWEEN_ENDINGS) or _bare_accusative_participle(key) \
            or _bare_accusative_noun(key):
        return True
    if after_words and key.endswith("ا") and key[:-1] in _DOCUMENTS:
        return True  # ``وأصدرت اللجنة بيانا أكدت فيه``: the statement it issued, its tanween unwritten (``بيان`` is a name too)
    # a word with the article takes no pronoun: ``المتهم`` (the accused) ends like ``هم`` (their) and was cut off
    # ``محامي المتهم`` (SaudiNewsNet 2015-07-24)
    return after_words and len(text) >= 5 and text.endswith(_OBJECT_PRONOUNS) and key not in FIRST_NAMES \
        and not key.startswith(_WITH_ARTICLE)


# the article, alone or after a proclitic, as keys open
_WITH_ARTICLE = tuple(normalize_key(p) for p in morphology.ARTICLE_BEARING_PREFIXES)


def _accusative(token: Token) -> bool:
    """Whether a sentence's first word is a noun in the accusative, its tanween written or not (``انفاذا``، ``تنفيذاً``،
    ``استجابةً``): it opens an adverbial (a purpose, a manner), not a clause, and is no verb (``انفاذا لتوجيهات خادم
    الحرمين ...، أدى الأمير``: the king was taken for the sentence's subject, and ``وقال سموه`` for his words,
    SaudiNewsNet 2015-08-08). A verb of two (``وأوضحا``) ends so too: its subject was named before it, none after."""
    written = token.text.removeprefix("و").removeprefix("ف")
    return token.kind == "word" and (
        written.endswith(morphology.ACCUSATIVE_TANWEEN_ENDINGS)
        or _unwritten_accusative(normalize_key(written), 5)
    )


def _bare_accusative_participle(key: str) -> bool:
    """A participle in the accusative with its tanween left unwritten (``مخاطبا``، ``مدافعا``، ``متسائلا``): how the
    speaker spoke (``قال له مخاطبا:``، ``وتابع مدافعا عن موقفه:``), no one's name. Each was shown as a speaker
    (SaudiNewsNet 2015-07-22). Not a word Wikidata's people bear (``ماريا``), nor a listed given name, nor a noun with
    ``نا`` (our) on it (``وأشارت مصادرنا``). ``key`` is the word's :func:`normalize_key`."""
    return key.startswith("م") and _unwritten_accusative(key, 6)


def _bare_accusative_noun(key: str) -> bool:
    """A common noun in the accusative with its tanween left unwritten (``وكان التحالف قد أعلن وقفا لإطلاق
    النار``: ``وقفا`` was a speaker, SaudiNewsNet 2015-08-10): the word without its alef is one the tagger's
    training text writes more often than the word itself, and no one bears either (``رضا``، ``هيفا``). A time
    (``سابقا``) is read as one: an office of the past goes on to its holder's name."""
    if key in _TIME_WORDS or not _unwritten_accusative(key, 4):
        return False
    counts, stem = word_counts(), key[:-1]
    return counts.get(stem, 0) >= _COMMON_STEM and counts.get(stem, 0) > counts.get(key, 0)


def _unwritten_accusative(key: str, shortest: int) -> bool:
    """Whether ``key`` (of ``shortest`` letters or more) may be a word in the accusative with its tanween unwritten:
    an alef after a consonant (not ``نا``, our), and neither a listed given name nor a word Wikidata's people bear,
    with or without the alef."""
    return (
        len(key) >= shortest and key.endswith("ا") and key[-2] not in "اويهن" and key not in FIRST_NAMES
        and not person_word_counts().get(key) and not person_word_counts().get(key[:-1])
    )


_COMMON_STEM = 5  # times the training text writes a noun for its alef to be read as the accusative's


# a relative in construct with the person (``والدة فانينج``): the speaker is the relative. As written: ``شقيقه
# عبدالله`` (his brother, a pronoun on the noun) has the key of ``شقيقة`` (sister of)
_RELATIONS = frozenset(names.RELATION_NOUNS.split())


_ALLEGIANCE = frozenset(normalize_key(w) for w in function_words.ALLEGIANCE_WORDS)


def _to_another(token: Token) -> bool:
    """A word after a description that turns to someone else: allegiance (``المقاومة الشعبية الموالية للرئيس
    هادي``: not Hadi's office, SaudiNewsNet 2015-07-27), or a title with ``ل`` (``للرئيس``، ``لخادم``)."""
    key = normalize_key(token.text)
    return key in _ALLEGIANCE or (key[:1] == "ل" and (key[1:] in _TITLES or "ا" + key[1:] in _TITLES))


def _object_after_definite(last: Token, token: Token, key: str) -> bool:
    """Whether ``token`` (key ``key``), right after the subject's definite word ``last``, opens the verb's object:
    a bare indefinite common word (``مزاعم`` after ``باسم المتمردين``، ``أسماء`` …) cannot go on with a phrase
    a definite word has closed, unless it is a name or a title (``الرئيس التركي أحمد``، ``العامة فريق أول``),
    a preposition's word (``لوزارة``، ``بالمنطقة``), a rank's (``الفريق ركن``), or a word Wikidata's people bear
    or Wikipedia hardly writes (a name the tagger missed: ``قائد شرطة المنطقة غولستان قساني``)."""
    if not normalize_key(last.text).startswith(("ال", "وال")) or token.kind != "word":
        return False
    if key.startswith(("ال", "لل")) or key[:1] in "لبكو" or key in FIRST_NAMES or key in RANK_WORDS:
        return False
    if person_word_counts().get(key) or key not in word_clusters() or not key[:1].isalpha() or key.isascii():
        return False
    return not (_is_title_word(token) or _is_body(token) or key.startswith(JOINED_NAME_OPENERS))


def _oblique_plural(key: str) -> bool:
    """Whether ``key`` is a definite sound masculine plural in the accusative or genitive (``الصحافيين``، ``المتقدمين``،
    ``الراغبين``; :data:`marsad.lang.ar.morphology.OBLIQUE_PLURAL_ENDING` and the shapes beside it): after a speech verb,
    who was called on or told, not who spoke (``ودعت المتقدمين إلى إرفاق``، ``الذي يدعو المتمردين الحوثيين إلى`` were
    speakers, SaudiNewsNet 2015-07-21)."""
    if not key.startswith("ال") or not key.endswith(morphology.OBLIQUE_PLURAL_ENDING) or len(key) < 7:
        return False
    stem = key[2 : -len(morphology.OBLIQUE_PLURAL_ENDING)]
    return key.endswith(morphology.NISBA_PLURAL_ENDING) or (
        key.startswith(morphology.PARTICIPLE_OPENING) and len(stem) >= 3
    ) or (len(stem) == 4 and stem[1] == "ا")


def _head(key: str) -> str:
    """A word's key without ``ال`` (and the ``ل``/``لل`` of a genitive: ``لمركز``): what tables compare."""
    if key.startswith("لل") and len(key) > 4:
        return key[2:]
    return key[2:] if key.startswith("ال") and len(key) > 3 else key


def _conjoined(key: str) -> bool:
    """Whether a word starting with ``و`` is the conjunction and a word (``ومؤيدين``), not a word of its own
    (``وسائل``، ``وزير``): the rest is the better-known word."""
    return key[:1] == "و" and len(key) > 3 and word_counts().get(key[1:], 0) > word_counts().get(key, 0)


def _conjunction_on(key: str) -> bool:
    """A word with the conjunction ``و`` on a definite noun or a present verb, which no one bears as a name: no
    subject of the verb before it (``وتضيف والدموع في عينيها``، ``وتقول وتطلب منه``: SaudiNewsNet 2015-08-03, the
    speakers ``والدموع`` and ``وتطلب``)."""
    return (
        len(key) >= 5 and key[:1] == "و" and (key[1:3] == "ال" or key[1:2] in "تين")
        and key not in FIRST_NAMES and key not in person_word_counts()
    )


def _rare(key: str) -> bool:
    """A word the entity recognizer's training text hardly knows (``الزابن``، ``تسلا``): a name rather than
    a common noun (``الفنانة``، ``المدرب``، ``هوية``)."""
    counts = word_counts()
    head = _head(key)
    return counts.get(key, 0) + (counts.get(head, 0) if head != key else 0) <= _RARE_COUNT


def _indefinite_plural(key: str) -> bool:
    """Whether ``key`` is an indefinite sound masculine plural in the nominative (``ناشطون``، ``مسؤولون``), not a name
    ending so (``هارون``، ``زيدون``: a listed given name or a word Wikidata's people bear)."""
    return (
        len(key) >= 5 and key.endswith("ون") and not key.startswith(("ال", "وال")) and key[:1] not in "لبك"
        and key not in FIRST_NAMES
        and not person_word_counts().get(key)
    )


def _generic(key: str) -> bool:
    """The head of an unnamed source: :data:`_GENERIC_SOURCES`, media (``وسائل إعلام``), some of a group, or an
    ordinary person written without the article (``سائق``، ``ناخبة``: :data:`_ORDINARY_PEOPLE`)."""
    return (
        _in_table(key, _GENERIC_SOURCES) or _in_table(key, _MEDIA_SOURCES) or _in_table(key, _QUANTIFIERS)
        or key in _ORDINARY_PEOPLE
    )


def _in_table(key: str, table: frozenset[str]) -> bool:
    """Whether a word is in a table, with or without ``ال``, and after the ``لـ`` of a genitive (``لمركز``)."""
    if key in table or _head(key) in table or ("ال" + _head(key)) in table:
        return True
    return key.startswith("ل") and len(key) > 3 and (key[1:] in table or _head(key[1:]) in table)


def _fits(verb: str | None, speaker: _Speaker | None, after_verb: bool = False) -> bool:
    """Whether a verb of gender ``verb`` can have ``speaker`` as subject. A verb before its subject stays
    singular for a plural one (``قال مسؤولون``); a verb with no subject after it agrees in number, and a
    feminine singular also stands for a plural of things or groups (``وأضافت المصادر``)."""
    if speaker is None:
        return False
    if verb is None or speaker.gender is None:
        return True
    if after_verb:
        return speaker.gender == "pl" or verb == speaker.gender or verb == "pl"
    if verb == "pl":
        return speaker.gender == "pl"
    if verb == "f":
        return speaker.gender in ("f", "pl")
    return speaker.gender == "m"


def _title_gender(key: str) -> str:
    """``الوزيرة``، ``المتحدثة``: feminine by their teh marbuta; other titles masculine."""
    return "f" if _head(key).endswith("ه") else "m"


def _org_gender(key: str) -> str:
    """``وزارة``، ``الحكومة``، ``قوات``: feminine heads (teh marbuta, or a plural in ``ات``); ``مجلس``،
    ``الجيش``: masculine."""
    return "f" if _head(key).endswith(("ه", "ات")) else "m"


class _Reader:
    """Cues, speakers and quotes of one article, unit by unit; keeps the speakers so far across units."""

    def __init__(
        self, article: Article, mentions: Sequence[Mention], units: Sequence[_Unit], min_indirect_words: int
    ) -> None:
        self.article = article
        self.min_indirect_words = min_indirect_words
        self.text = article.text
        # the byline and place of a dateline run into the first sentence name the reporter and where it was filed,
        # no one who speaks (``أحمد علي- سبق- القاهرة:``: the reporter was the one person named before a robot's
        # ``قائلة``, SaudiNewsNet 2015-07-21)
        byline = units[0].start + dateline_end(self.text[units[0].start : units[0].end]) if units else 0
        self.mentions = sorted(
            (m for m in mentions if m.article == article.id and self._usable(m) and m.start >= byline),
            key=lambda m: m.start,
        )
        self._starts = [m.start for m in self.mentions]
        # the article's words and the punctuation that ends a name, read once (the units' tokens)
        self.tokens = [t for u in units for t in u.tokens if t.kind != "symbol" or t.text in ",،.:"]
        self.keys = [normalize_key(t.text) for t in self.tokens]
        self.heads = [_head(k) for k in self.keys]
        self.at: dict[str, list[int]] = {}  # a word's head -> where the article has it (``_holder``, ``_surname``)
        for i, head in enumerate(self.heads):
            self.at.setdefault(head, []).append(i)
        self.roles = [(_role_key(m.role), m) for m in self.mentions if m.type == "PER" and m.role]
        self.history: list[_Speaker] = []  # speakers of statements, most recent last
        self._topic: _Speaker | None = None  # subject of a sentence since the last statement
        self._topic_units: list[_Unit] = []  # sentences since, whose subject is read when first needed
        self.offices: list[tuple[tuple[str, ...], _Speaker]] = []  # office -> the person named with it
        self.previous_unit: _Unit | None = None
        self.reported: list[tuple[int, int]] = []  # spans of the statements read so far
        self.since = 0  # end of the sentence where the last speaker was last named or quoted
        self.rules: dict[tuple[int, int], str] = {}  # quote span -> the rule that found its speaker
        self.issuer: _Speaker | None = None  # who the last statement ``في بيان`` was by
        ends = [t.end for t in self.tokens]
        for mention in self.mentions:
            i = bisect.bisect_left(ends, mention.end)
            if mention.type == "PER" and i < len(ends) and ends[i] == mention.end:
                self._description_after(i + 1, self._speaker_of(mention))
        self.unit: _Unit | None = None  # the unit being read

    # mentions ----------------------------------------------------------------------------------------

    def _mention_at(self, token: Token) -> Mention | None:
        i = bisect.bisect_left(self._starts, token.end) - 1
        for m in self.mentions[max(0, i - 2) : i + 1][::-1]:
            if m.start < token.end and token.start < m.end:
                return m
        return None

    @staticmethod
    def _usable(mention: Mention) -> bool:
        """A mention that can name a speaker: not a function word the recognizer took for a name (``في``)."""
        key = normalize_key(mention.text)
        return len(key) > 2 and key not in _SUBJECT_STOPS and key not in _FUNCTION_WORDS

    def _speaker_of(
        self, mention: Mention, rule: str = "named", right_after_verb: bool = False, after_preposition: bool = False
    ) -> _Speaker:
        """The speaker a mention names. A subject never carries ``ب``/``ل``/``ك``, nor ``و`` right after its
        verb: when the recognizer took one of those letters for a proclitic (``كيري`` read as ``يري``،
        ``وقال ويليام`` as ``يليام``), the whole word is the name, and its span no mention's (so that it is
        not linked to the clipped entity). ``after_preposition``: the source's name follows the ``ل`` its
        source word takes (``وفقاً لروجر بلهام``), the mention as found."""
        span = (mention.start, mention.end)
        cut = re.search(r"\w+$", self.text[max(0, mention.start - 4) : mention.start])
        if cut is not None and not after_preposition and (right_after_verb or normalize_key(cut.group()) not in ("و", "ف")):
            span = (mention.start - len(cut.group()), mention.end)  # ``وليد`` read as ``و`` + ``ليد``
        name = mention.text if after_preposition else self.text[span[0] : span[1]]
        words = _name_keys(name)
        if mention.type == "ORG":
            head = self._org_head_before(name, span[0])
            gender: str | None = _org_gender(head or normalize_key(name.split()[0]))
            words |= {head} if head else set()  # ``الصحيفة`` echoes ``صحيفة "لوفيجارو"``
        elif mention.type == "PER" and mention.role:
            gender = _title_gender(normalize_key(mention.role.split()[0]))
        else:
            gender = None
        kind = {"PER": "person", "ORG": "organization", "LOC": "state"}.get(mention.type, "named")
        return _Speaker(name, span, rule, kind, gender, words)

    def _org_head_before(self, name: str, start: int) -> str | None:
        """The key of the head written before an organization's name that has none of its own (``صحيفة
        "لوفيجارو" الفرنسية``, ``شركة أرامكو``): its gender is the head's (``علقت ... مؤكدة``: the paper's),
        and a later ``الصحيفة`` names it again."""
        if _in_table(normalize_key(name.split()[0]), ORG_TRIGGERS):
            return None
        before = re.search(r"(\w+)[\s\"«“”']*$", self.text[max(0, start - 20) : start])
        if before is None or not _in_table(normalize_key(before.group(1)), ORG_TRIGGERS):
            return None
        return normalize_key(before.group(1))

    def _words_speaker(self, words: Sequence[Token], rule: str, kind: str, gender: str | None) -> _Speaker:
        shown = words[:_MAX_NAME_WORDS]
        while len(shown) > 1 and strip_diacritics(shown[-1].text) in _PREPOSITIONS_WRITTEN:
            shown = shown[:-1]  # ``أكدت مصادر من داخلها``: the subject ended at the pronoun's noun, no one is ``مصادر من``
        name = self.text[shown[0].start : shown[-1].end].strip(" ،,\"«»“”()")
        if sum(ch in _QUOTE_MARKS for ch in name) % 2:
            name = "".join(ch for ch in name if ch not in _QUOTE_MARKS)  # ``مصادر "الوطن`` cut inside its marks
        if name.count("(") > name.count(")") and self.text[shown[-1].end : shown[-1].end + 1] == ")":
            name += ")"  # ``بعثة الأمم المتحدة لمساعدة العراق (يونامي)``: its bracket closed as written
        return _Speaker(name, None, rule, kind, gender, _name_keys(name))

    # speakers ----------------------------------------------------------------------------------------

    def _subject_words(self, unit: _Unit, begin: int, end: int) -> tuple[list[Token], bool, int | None]:
        """The words of the subject phrase in tokens ``[begin, end)`` after a cue, whether an honorific
        (``سموه``) stands there for the last person named, and where a name set off by a comma begins
        among the words (``وزير الخارجية، عادل الجبير``), if one does.

        The phrase ends at an adverbial or an addressee (``خلال``، ``لرويترز``، ``للصحفيين``), at ``في`` unless
        an office or a source goes on with a place (``السفير الأمريكي في العراق``، ``مسؤول في شمال صلاح
        الدين``), at ``أن``, and at a comma unless a name follows it.
        """
        tokens = unit.tokens
        words: list[Token] = []
        honorific = False
        apposition: int | None = None
        skip = begin
        # after ``بحسب``، ``نقلاً عن`` the phrase is in the genitive: a plural in ``-ين`` is the source (``بحسب المحللين``)
        sourced = any((c := _cue_of(t)) is not None and c[1] == "source" for t in tokens[max(0, begin - 2) : begin])
        for j in range(begin, end):
            token = tokens[j]
            if j < skip:
                continue
            if token.kind == "symbol":
                if token.text in ",،" and words:
                    if apposition is None and self._apposition(tokens, j + 1, end):
                        apposition = len(words)
                        continue
                    break
                if token.text in ":;؛":
                    # ``كما يقول البعض؛ ولكن عواقب القبلية``: a semicolon ends the clause; after a colon comes what
                    # was said, never who said it (``وقال لبرنامج "واجه الصحافة" أول من أمس: إيران هي``)
                    break
                if token.text in _DASHES and (
                    words or j + 1 >= end or self._mention_at(tokens[j + 1]) is None
                ):
                    # ``-كما يقول- يمكن أن``: a dash right after the cue closes an aside, unless a name stands
                    # in dashes after it (``وقال - محمد- أحد الباعة``)
                    break
                continue
            key = normalize_key(token.text)
            mention = self._mention_at(token)
            if not words and key in _IN_IT and j + 1 < end and self._mention_at(tokens[j + 1]) is not None \
                    and any(normalize_key(t.text) in _WHILE_NOUNS for t in tokens[max(0, begin - 4) : begin - 1]):
                # ``في وقت أكدت فيه أثينا أنها``، ``في الوقت الذي رأت فيه كوريا الشمالية أن``: "at a time when", then
                # the subject (SaudiNewsNet 2015-07-26); after a document the name is the object (``قرارات يطالب فيها
                # إيران بوقف التخصيب``)
                continue
            if key == "ال" and j + 1 < end and tokens[j + 1].kind == "number":
                break  # ``التقرير الـ51``: the article of an ordinal in digits, no word of a name
            if not words and key in time_words.APPROXIMATORS and j + 1 < end and tokens[j + 1].kind == "number":
                break  # ``رأى نحو 75 في المائة من الذين شملهم الاستطلاع``: a share of people, no one named
            if mention is None and _adverb_or_object(token, bool(words)):
                # an adverb in the accusative is no one's name: before the subject it is passed over (``أعلن
                # رسمياً الاتحاد``), after it the subject has ended (``قال الوزير متأسفاً``); so has it at a
                # noun with an object pronoun (``أعلنت الشركة قيامها``), and a number opens no name (``قال 63
                # في المئة``): each was shown as a speaker (SaudiNewsNet 2015-08-04)
                if words or token.kind == "number":
                    break
                continue
            if words and mention is None and _asked_not_to_be_named(tokens, j):
                break  # ``مسؤول دفاع أميركي بارز طلب عدم نشر اسمه``: the description has ended
            blessing = benediction_at(tokens, j, end)
            if blessing:
                if words:
                    break  # ``قال الملك فهد رحمه الله``: the name ends before it
                skip = j + blessing  # ``قال صلى الله عليه وسلم``: no name is written
                continue
            if not words and key in _THAT:
                someone = j + 1 < end and (self._name_follows(tokens, j + 1, end) or _is_body(tokens[j + 1])
                                           or _generic(normalize_key(tokens[j + 1].text)))
                if not someone:
                    break  # ``إذ تعلن ذلك لتبين أن``، ``وصف هذا النوع``: what is said, and no one named (SaudiNewsNet 2015-08-09)
                if key == _THAT_FAR:
                    continue  # ``أوضح ذلك الناطق الإعلامي بصحة عسير سعيد النقير``: "that", then who said it
                # (``قال هذا الناشط``: the one named before, whom the words echo)
            if not words and mention is None and j + 2 < len(tokens) and normalize_key(tokens[j + 1].text) == "من" \
                    and normalize_key(tokens[j + 2].text) in _COMPLEMENTIZERS and not _governs_min(tokens, begin):
                # ``تقريرا يؤكد التثبت من أن البرنامج``: a verbal noun and what it is of, the verb's object; after a
                # verb whose content ``من`` opens, the subject (``حذرت الدراسة من أن``)
                break
            if mention is None and words and key == _OFFICE_PREPOSITIONS.get(normalize_key(words[-1].text)) \
                    and self._name_ahead(tokens, j + 1, end, _NAME_AHEAD + 4):
                words.append(token)  # ``المشرف على البرنامج ... الدكتور مساعد الأحمد``: the office's preposition
                continue
            if mention is None and key in _SAYING and j + 1 < end and normalize_key(tokens[j + 1].text) in _REGARD:
                if words or (j + 2 < end and tokens[j + 2].text in _QUOTE_MARKS):
                    break  # ``وقال بهذا الخصوص «تويتر» يعد المدخل``: what was said follows, no one named
                skip = j + 2  # ``وقال بهذا الخصوص وزير الخارجية``: in this regard (SaudiNewsNet 2015-07-23)
                continue
            if mention is None and (key in _SAYING_IN_SUBJECT or (key[:1] == "ب" and key[1:] in _SAYING)):
                if words:
                    break  # ``وقال الوزير بهذا الخصوص``: the name has ended
                continue  # ``قوله``، ``واختتم حديثه بقوله:``، ``صرح بذلك X``
            phrase = next((n for n in _DAY_PHRASES.get(key, ()) if tuple(
                normalize_key(t.text) for t in tokens[j : min(end, j + n)]) in _DAY_PHRASES_WORDS), 0)
            if mention is None and phrase and not words:
                skip = j + phrase  # ``قالت، عصر أول من أمس الخميس، وزارة الخارجية``: a day of several words
                continue
            if mention is None and key in _TIME_WORDS:
                if words and _head(normalize_key(words[-1].text)) not in _MEDIA_HEADS \
                        and not self._name_follows(tokens, j + 1, end):
                    # ``أنهت صحيفة "سبق" مساء أمس الأربعاء عملية``: the subject has ended; not in ``صحيفة اليوم``, nor
                    # before the name an office of the past goes with (``رئيس أركان الجيوش التونسية سابقا محمد سعيد``)
                    break
                continue  # ``أمس``
            if mention is None and key in _HONORIFICS:
                honorific = True
                continue
            if honorific and not words and (mention is None or mention.type != "PER"):
                break  # ``ووصف سموه الإطاحة بهذا التنظيم``: ``سموه`` was the subject, what follows is the object
            if mention is None and (key in _COMPLEMENTIZERS or (token.text.endswith("ى") and key in ("علي", "وعلي"))):
                # ``أن``; ``على`` (``علي`` written with a dotted ya is a name), and ``وعلى`` (``المعارضة وعلى رأسها جمعية
                # الوفاق``: led by; ``المعارضة وعلى`` was a speaker, SaudiNewsNet 2015-08-08)
                break
            # the subject's head: its first word after courtesy words (``معالي الرئيس العام لهيئة …``)
            lead = next((w for w in words if normalize_key(w.text) not in _COURTESY), None)
            head = _head(normalize_key(lead.text)) if lead is not None else ""
            office = lead is not None and (_is_title_word(lead) or _is_body(lead) or _generic(head)
                                           or normalize_key(lead.text) in _OFFICE_PREPOSITIONS)
            if mention is None and key == "من" and words and _generic(head):
                words.append(token)  # ``عدد من مؤيدي الأسد``، ``مصدر من القطاع النفطي``
                continue
            if mention is None and key in _SUBJECT_STOPS and key != "علي":
                break
            if mention is None and words and _object_after_definite(words[-1], token, key):
                break  # ``ونفى متحدث باسم المتمردين مزاعم الحكومة``: the object of the verb has begun
            if mention is None and words and key.startswith("ال") and _indefinite_plural(normalize_key(words[-1].text)):
                # ``ووصف ناشطون الوضع في الزبداني``: a plural in ``-ون`` is in no construct (that drops its ``ن``), so a
                # definite word after it is the verb's object (``ناشطون الوضع`` was a speaker, SaudiNewsNet 2015-07-24)
                break
            if _oblique_plural(key) and not sourced and (not words or (
                len(words) == 1 and normalize_key(words[0].text).startswith(("ال", "وال"))
            )):
                # ``ودعت المتقدمين إلى``، ``ودعت الجامعة المرشحين``: who was called on; a one-word definite subject has
                # ended. Not after a construct or a genitive, whose adjective it is (``رئيس اتحاد المستثمرين``، ``أحد
                # الدبلوماسيين الغربيين``، ``كل الطلاب المستجدين``)
                break
            if mention is None and key.startswith("ب") and len(key) > 3 and (
                (not _rare(key[1:]) and _rare(key))
                # ``وقالت المجموعة بفخر إن``: how it was said, right before what (a speaker ``المجموعة بفخر``,
                # SaudiNewsNet 2015-07-24)
                or (j + 1 < len(tokens) and normalize_key(tokens[j + 1].text) in _COMPLEMENTIZERS
                    and key[1:] in word_clusters())  # (``بريطانيون أن`` is no ``ب`` on a word)
            ):
                if office and _in_table(key[1:], _BODY_WORDS) and key not in _HEADED_BY \
                        and self._name_ahead(tokens, j + 1, end):
                    # ``أوضح مدير العلاقات العامة بجمعية البر بالاحساء، وليد البوسيف، أن``: where the office is held,
                    # then the name of its holder (the office alone was shown, SaudiNewsNet 2015-08-01); not ``أعلنت
                    # الحكومة المؤقتة برئاسة عبد الله الثني``: the government spoke, whose head is named
                    words.append(token)
                    continue
                break  # ``وقال بصوت مسموع``: a prepositional phrase, where a name (``بندر``) is not
            if mention is None and key == "في":
                nxt = tokens[j + 1] if j + 1 < end else None
                place = nxt is not None and (
                    ((m := self._mention_at(nxt)) is not None and m.type in ("LOC", "ORG"))
                    or _in_table(normalize_key(nxt.text), LOC_TRIGGERS) or normalize_key(nxt.text) in _DIRECTIONS
                )
                if office and place:
                    words.append(token)
                    continue
                break  # ``قال في بيان``
            if key.startswith("ل") and self._addressee(tokens, j, end, office, mention):
                after = self._addressee_end(unit, j, end)
                if not words:
                    skip = after  # ``صرح بذلك لـ«الجزيرة» رئيس بلدية …``
                    continue
                marked = j + 1 < end and (tokens[j + 1].text in _QUOTE_MARKS or tokens[j + 1].text == "(")
                if marked and after < end and (named := self._mention_at(tokens[after])) is not None \
                        and named.type == "PER":
                    # ``أكد المشرف العام لبرنامج "اصنع مهارة" نايف الهاجري أن``: the programme of the office, then the
                    # holder's name (the office alone was shown, SaudiNewsNet 2015-08-01); said to a programme, no name
                    # follows it (``وقال لبرنامج "واجه الصحافة" أول من أمس``)
                    words.extend(t for t in tokens[j:after] if t.kind != "symbol")
                    skip = after
                    continue
                break
            words.append(token)
            if len(words) > _MAX_NAME_WORDS + 2:
                break
        return words, honorific, apposition

    def _name_ahead(self, tokens: Sequence[Token], j: int, end: int, reach: int = _NAME_AHEAD) -> bool:
        """Whether a person is named within ``reach`` words from token ``j`` (a name, or one set off by a comma),
        before ``أن`` and ``end``: an office's place may go on to its holder's name."""
        for k in range(j, min(end, j + reach)):
            token = tokens[k]
            if normalize_key(token.text) in _COMPLEMENTIZERS:
                return False
            if token.text in ",،":
                return self._apposition(tokens, k + 1, end)
            mention = self._mention_at(token)
            if mention is not None and mention.type == "PER":
                return True
        return False

    def _name_follows(self, tokens: Sequence[Token], j: int, end: int) -> bool:
        """Whether a person's name or a title stands at token ``j`` (past commas), before ``end``."""
        while j < end and tokens[j].text in ",،":
            j += 1
        if j >= end:
            return False
        mention = self._mention_at(tokens[j])
        return (mention is not None and mention.type == "PER") or _is_title_word(tokens[j])

    def _addressee_end(self, unit: _Unit, j: int, end: int) -> int:
        """The token after an addressee written before the subject: the ``لـ`` word and the name or the
        quotation that goes with it."""
        tokens = unit.tokens
        k = j + 1
        if k < end and tokens[k].text == "(":  # ``كشف لـ(عكاظ) وكيل وزارة الصحة`` (SaudiNewsNet 2015-08-02)
            close = next((m for m in range(k + 1, min(end, k + _ISSUER_WORDS + 2)) if tokens[m].text == ")"), None)
            if close is not None:
                return close + 1
        quotation = _opens(unit.quotations, tokens[k]) if k < end else None
        if quotation is not None or (k < end and tokens[k].text in _QUOTE_MARKS):
            while k < end and not (tokens[k].text in _QUOTE_MARKS and k > j + 1):
                k += 1
            return k + 1
        mention = self._mention_at(tokens[j])
        while mention is not None and k < end and self._mention_at(tokens[k]) is mention:
            k += 1
        return k

    def _addressee(self, tokens: Sequence[Token], j: int, end: int, office: bool, mention: Mention | None) -> bool:
        """Whether the ``لـ`` word at ``j`` names whom the statement was made to (``لرويترز``، ``لـ«سبق»``،
        ``للصحفيين``، ``لوكالة الأنباء``) rather than going on with an office (``الأمين العام لمجلس التعاون``)."""
        key = normalize_key(tokens[j].text)
        # ``لل`` is the preposition on the article, never a word's own lam (``فأكدت للصحيفة أن``: the paper was the
        # speaker of Los Angeles police's statement; SaudiNewsNet 2015-07-22)
        if (mention is not None and mention.start == tokens[j].start) or (not key.startswith("لل") and (
                key in ORG_TRIGGERS or _head(key) in ORG_TRIGGERS or key in _BODIES or key in _TITLES)):
            return False  # ``لجنة``، ``لبنان``: the word's own lam
        rest = key[2:] if key.startswith("لل") else _head(key[1:])
        nxt = tokens[j + 1] if j + 1 < end else None
        if key in ("ل", "لـ") or (nxt is not None and nxt.text in _QUOTE_MARKS) or rest in _AUDIENCE:
            return True
        if rest in _MEDIA_HEADS or (mention is not None and mention.type == "ORG" and len(mention.text.split()) == 1):
            return True  # ``لوكالة …``، ``لرويترز``
        return not office

    def _apposition(self, tokens: Sequence[Token], j: int, end: int) -> bool:
        """Whether a name follows the comma before token ``j``: a person, or courtesy words and titles
        before one, or a given name (``مسؤول إعلام الحشد الشعبي، علي الحسيني``)."""
        for token in tokens[j : min(end, j + 4)]:
            mention = self._mention_at(token)
            if mention is not None:
                return mention.type == "PER"
            key = normalize_key(token.text)
            if key in FIRST_NAMES:
                return True
            if not (key in _COURTESY or _is_title_word(token) or key.startswith("ال")):
                return False  # ``رئيس مجلس النواب، الجمهوري جون بينر``: a description may stand before the name
        return False

    def _subject(self, unit: _Unit, begin: int, end: int, gender: str | None = None,
                 bounded: bool = False) -> _Speaker | None:
        """The speaker named by the subject phrase in tokens ``[begin, end)`` after a cue whose gender is
        ``gender``, by the rules of :data:`SPEAKER_RULES`; None when the phrase is empty. ``bounded``: the
        tokens are the whole subject (``أما X،``), read without looking for where it ends."""
        if bounded:
            words = [t for t in unit.tokens[begin:end] if t.kind != "symbol"]
            honorific, apposition = False, None
        else:
            words, honorific, apposition = self._subject_words(unit, begin, end)
        if not words:
            last = self._last_person()
            return last.by("honorific") if honorific and last is not None else None
        if apposition is not None and 0 < apposition < len(words):
            person = self._person(unit, words[apposition:])
            if person is not None:
                self._add_office(words[:apposition], person)
                return person
        first = next((w for w in words if normalize_key(w.text) not in _COURTESY), words[0])
        key = normalize_key(first.text)
        head = _head(key)
        written = first.text[1:] if first.text[:1] == "و" and first.text[1:] in _RELATIONS else first.text
        if written in _RELATIONS and len(words) >= 2 \
                and self._mention_at(first) is None and (m := self._mention_at(words[1])) is not None \
                and m.type == "PER" and m.start == words[1].start:
            # ``وأشارت والدة فانينج``: the mother speaks, not the son her noun is in construct with (after a
            # noun, ``والد الضحية محمد الشهري``, the name is the father's); the article may name her elsewhere
            known = self._known_holder(_role_key(self.text[words[0].start : words[-1].end]), words[0].start)
            holder = known or self._holder(words)
            if holder is not None:
                return holder if known is not None else holder.by("office-named")
            return self._words_speaker(words, "unknown", "words", gender)
        if key in _UNNAMED_OFFICIALS and not any((m := self._mention_at(w)) and m.type == "PER" for w in words):
            return self._words_speaker(words, "generic", "generic", "m")
        if _generic(key) and not any(normalize_key(w.text) == "من" for w in words) and self._mention_at(first) is None:
            named = self._person(unit, words) or self._trailing_name(words)
            if named is not None:
                return named  # ``قال خبير البراكين غيدي سوانتيكا``: someone named after a generic noun
        if _generic(key):
            if key.startswith("ال") and len(words) == 1:
                earlier = self._echo(words)  # ``وأضاف المصدر``: the source already quoted
                if earlier is not None:
                    return earlier
            plural = (_in_table(key, _PLURAL_SOURCES) or _in_table(key, _PLURAL_QUANTIFIERS)) and not _in_table(
                key, _QUANTIFIERS - _PLURAL_QUANTIFIERS)
            # shown by its words up to a place or circumstance (``مصدر أمني`` in ``مصدر أمني في بغداد``)
            cut = next((i for i, w in enumerate(words) if normalize_key(w.text) == "في"), len(words))
            return self._words_speaker(words[: max(1, cut)], "generic", "generic", "pl" if plural else "m")
        first_mention = self._mention_at(first)
        if first_mention is not None and first_mention.type == "ORG":
            return self._speaker_of(first_mention)  # ``قالت وكالة الأنباء السورية “سانا” الموالية لبشار الأسد``
        person = self._person(unit, words)
        if person is not None:
            return person
        mentions = list(dict.fromkeys(m for t in words if (m := self._mention_at(t)) is not None))
        org = next((m for m in mentions if m.type == "ORG"), None)
        if org is not None and all(_org_trigger(w) for w in words if w.start < org.start):
            return self._speaker_of(org)  # ``نقلت صحيفة “نيويورك تايمز”``
        if first_mention is not None and first_mention.type == "LOC":
            return self._speaker_of(first_mention, "state")  # ``أدانت الكويت``، ``أبلغت تركيا``
        if key in _DECREES or head in _DECREES:
            return self._words_speaker(words, "generic", "generic", "m")  # ``وشدد المرسوم على``: the decree itself
        if key.startswith("ال") and len(words) <= 2 and first_mention is None:
            earlier = self._echo(words)  # ``وأضاف الرئيس`` after ``وقال رئيس النادي``: the same one
            if earlier is not None:
                return earlier
        if _is_title_word(first):
            return self._office(words[words.index(first) :])
        if _is_body(first):
            # a feminine verb before it agrees with it: ``وأوضحت الشؤون الصحية`` (a plural of things is feminine), and
            # ``مشيرة`` after it is hers; a masculine verb before a feminine body has it as its object (``ودعا الحكومة
            # إلى``), which the mismatch tells
            agreed = "f" if gender == "f" else _org_gender(key)
            return self._words_speaker(words, "organization", "organization", agreed)
        if head in _DOCUMENTS or key in _DOCUMENTS:
            if key.startswith("ال") and self.issuer is not None:
                return self.issuer.by("document")  # ``قال الجيش في بيان … وأضاف البيان``: the army
            issuer = self._issuer_after(unit, words[-1], end)
            if isinstance(issuer, _Speaker):
                return issuer  # ``وقال بيان صادر عن وزارة الداخلية``: the ministry
            return self._words_speaker([*words, *(issuer or ())], "generic", "generic", "m")
        earlier = self._echo(words)
        if earlier is not None:
            return earlier
        known = self._known_holder(_role_key(self.text[words[0].start : words[-1].end]), words[0].start)
        if known is not None:
            return known  # ``وأضاف والد معاذ`` after ``صافي الكساسبة، والد الطيار الأردني معاذ``
        core = words[words.index(first) :]  # after the courtesy words (``المهندس الشمايلة``)
        if len(core) == 1 and _rare(key) and not (key.startswith("ال") and key.endswith(("ون", "ين"))) \
                and not _conjunction_on(key):
            return self._surname(first)  # (``الباحثون``، a plural, is no surname)
        if len(core) == 2 and (named := self._described_surname(core)) is not None:
            return named
        if len(words) == 1 and (named := self._after_a_name(first)) is not None:
            return named
        title = next((i for i, w in enumerate(words) if _is_title_word(w)), 0)
        if 2 <= title <= 4 and not key.startswith("ال"):
            # a name the recognizer missed, then its office (``سلمى انتيف عضوة إيثار القطيف``)
            return self._words_speaker(words[:title], "name-words", "words", gender)
        named = self._trailing_name(words)
        if named is not None:
            return named  # ``مقرر لجنة الفنون المسرحية بالجمعية نوح الجمعان``
        second = normalize_key(words[1].text) if len(words) >= 2 else ""
        # ``الون موسك``: two rare words, no noun with teh marbuta (``المدربة``), no ``و`` joining them
        leading_rare = _rare(key) and _rare(second) and not key.endswith("ه") and not second.startswith("و")
        conjoined = key[:1] == "و" and key not in FIRST_NAMES  # ``ويطورون``: a verb joined by ``و``
        if (((key in FIRST_NAMES or _rare(key)) and not key.startswith("ال")) or leading_rare) and not conjoined:
            person = self._words_speaker(words[:4], "name-words", "words", gender)
            end = bisect.bisect_left([t.start for t in self.tokens], words[-1].start)
            self._description_after(end + 1, person)  # ``صافي الكساسبة، والد الطيار الأردني معاذ``
            return person
        return self._description(words, first, gender)

    def _issuer_after(self, unit: _Unit, last: Token, end: int) -> _Speaker | list[Token] | None:
        """Who issued a statement named as ``بيان صادر عن X`` (``صادرة عن``, or ``عن`` alone): X when the
        recognizer named it, or the speaker ``المجلس`` echoes (``مجلس المقاومة الشعبية`` named before);
        else the words after ``last`` that name the issuer (``صادر عن الديوان الملكي``), to show the
        statement by; ``None`` when no ``عن`` follows."""
        tokens = unit.tokens
        after = j = tokens.index(last) + 1
        if j < end and normalize_key(tokens[j].text) in _ISSUED:
            j += 1
        if j + 1 >= end or tokens[j + 1].kind != "word" or normalize_key(tokens[j].text) != "عن":
            return None
        named = self._mention_at(tokens[j + 1])
        if named is not None and named.type in ("ORG", "PER", "LOC"):
            return self._speaker_of(named, "document")
        earlier = self._echo([tokens[j + 1]]) if normalize_key(tokens[j + 1].text).startswith("ال") else None
        if earlier is not None:
            return earlier
        stop = j + 1
        while stop < end and stop - j <= _ISSUER_WORDS and tokens[stop].kind == "word" and (
            (key := normalize_key(tokens[stop].text)).startswith("ال") or stop == j + 1
            or self._mention_at(tokens[stop]) is not None  # ``صادر عن مكتب نتنياهو``
        ) and key not in _TIME_WORDS and key not in _SUBJECT_STOPS:
            stop += 1
        return [t for t in tokens[after:stop] if t.kind == "word"]

    def _person(self, unit: _Unit, words: Sequence[Token]) -> _Speaker | None:
        """The person named in subject words: a person mention that is not inside another noun's name
        (``مركز الملك سلمان``، ``مؤيدي الأسد``، ``إدارة الرئيس باراك أوباما``), the longest when a one-word
        one comes first (``مير عام … عمر بن صالح العمري``, a typo read as a name); else words opening with
        a given name the recognizer missed (``علي الحسيني``)."""
        found = dict.fromkeys(self._mention_at(t) for t in words)
        people = [m for m in found if m is not None and m.type == "PER" and not self._inside_noun(unit, m, words)
                  and not self._after_preposition(m)]
        if people:
            chosen = people[0]
            if len(chosen.text.split()) == 1:
                chosen = next((m for m in people[1:] if len(m.text.split()) > 1), chosen)
            person = self._speaker_of(chosen, right_after_verb=chosen.start < words[0].end)
            before = [w for w in words if w.end <= chosen.start]
            if before:
                self._add_office(before, person)  # ``وزير الخارجية``، ``والد الضحية``، ``شقيقه``
            after = [w for w in words if w.start >= chosen.end]
            if after and _is_title_word(after[0]):
                self._add_office(after, person)  # ``عبدالله بن مساعد الرئيس العام لرعاية الشباب``
            return person
        first = words[0]
        if normalize_key(first.text) in FIRST_NAMES and len(words) >= 2 and self._mention_at(first) is None:
            return self._words_speaker(words[:4], "name-words", "words", None)
        return None

    def _after_preposition(self, mention: Mention) -> bool:
        """A name written with ``لـ`` or ``بـ`` on it (``الموالية لبشار الأسد``): the object of a preposition,
        never a subject (``ك`` is too often a name's own letter: ``كيري``)."""
        cut = re.search(r"\w+$", self.text[max(0, mention.start - 3) : mention.start])
        return cut is not None and normalize_key(cut.group()).removeprefix("و")[:1] in ("ل", "ب")

    def _inside_noun(self, unit: _Unit, mention: Mention, words: Sequence[Token]) -> bool:
        """A person named as part of another noun's name: after ``مركز``، ``جامعة`` (``مركز الملك سلمان``) or
        after an indefinite noun governing it (``مؤيدي الأسد``، ``والد معاذ``، ``إدارة الرئيس أوباما``)."""
        before = [t for t in unit.tokens if t.end <= mention.start][-3:]
        # a naming head right before the name, or before the title that opens it (``مركز الملك سلمان``); not one
        # already named by a place (``قال مدير مطار أبها فهد العدواني``: the airport is Abha's, the man speaks)
        if any(_in_table(normalize_key(t.text), _NAMED_AFTER)
               and all(_is_title_word(w) or normalize_key(w.text) in _COURTESY for w in before[k + 1 :])
               for k, t in enumerate(before)):
            return True
        head = next((w for w in words if normalize_key(w.text) not in _COURTESY), None)
        if head is not None and head.end <= mention.start and _is_body(head) and not _is_title_word(head) and any(
            normalize_key(w.text).startswith("ل") for w in words if head.end <= w.start and w.end <= mention.start
        ):
            # a body heads the subject and the person is named inside its complement (``أكدت القوات الموالية
            # لحكومة الرئيس اليمني عبدربه منصور هادي أنها``، ``أكدت المؤسسة العامة لجسر الملك فهد``): the body
            # speaks (SaudiNewsNet 2015-07-22 gave both to the person)
            return True
        inside = [w for w in words if w.end <= mention.start]
        while inside and (_is_title_word(inside[-1]) or normalize_key(inside[-1].text) in _COURTESY):
            inside.pop()
        if not inside:
            return False
        key = normalize_key(inside[-1].text)
        # a definite noun, bare or after ل (``الرئيس العام للهيئة الشيخ …``: the office's body), governs no name
        return (
            not key.startswith(("ال", "لل")) and not _rare(key) and key not in FIRST_NAMES
            and self._mention_at(inside[-1]) is None
        )

    def _office(self, words: Sequence[Token]) -> _Speaker:
        """A speaker named by an office: the person the article names for it (the recognizer's role, an
        apposition read earlier, the office written beside a name elsewhere in the article), else the office
        as written."""
        key = _role_key(self.text[words[0].start : words[-1].end])
        gender = _title_gender(normalize_key(words[0].text))
        if _plural_title(normalize_key(words[0].text)):
            return self._words_speaker(words, "office-joint", "office", "pl")
        if _indefinite_office(words):
            # ``أكد رئيس تنفيذي لإحدى شركات التأمين``: a CEO, someone not named, never the holder of a like office
            # named before (SaudiNewsNet 2015-07-21 gave his words to a company's deputy CEO)
            return self._trailing_name(words) or self._words_speaker(words, "office", "office", gender)
        known = self._known_holder(key, words[0].start)
        if known is not None:
            return known
        holder = self._holder(words)
        if holder is not None:
            return holder.by("office-named")
        named = self._trailing_name(words)
        if named is not None:
            return named
        holder = self._holder(words, 2)
        if holder is not None:
            return holder.by("office-partial")  # ``رئيس الرابطة الجماهيرية`` for ``X رئيس رابطة مشجعي``
        return self._words_speaker(words, "office", "office", gender)

    def _description_after(self, i: int, person: _Speaker) -> None:
        """Register as ``person``'s office the words set off by commas right after their name at token
        ``i`` of the article (``صافي الكساسبة، والد الطيار الأردني معاذ الكساسبة،``), when they open with an
        office or a noun phrase of two words or more (not a statement, a relative clause or an adverbial)."""
        tokens = self.tokens
        if i >= len(tokens) or tokens[i].text not in ",،":
            return
        words: list[Token] = []
        for token in tokens[i + 1 : i + 1 + _MAX_NAME_WORDS]:
            if token.kind != "word" or _cue_of(token) is not None or normalize_key(token.text) in _SUBJECT_STOPS:
                break
            words.append(token)
        if len(words) >= 2:
            self._add_office(words, person)

    def _known_holder(self, key: tuple[str, ...], before: int) -> _Speaker | None:
        """The person an office or description was given to earlier: the recognizer's role of a person
        named before ``before``, or an office read beside a name (``X، والد الطيار الأردني معاذ``); when
        several people fit, the exact office, else the most recent, as a partial match."""
        found: list[tuple[bool, _Speaker]] = []
        for role, m in self.roles:
            if m.start < before and _office_fits(key, role):
                found.append((role == key, self._speaker_of(m)))
        found += [(known == key, person) for known, person in self.offices if _office_fits(key, known)]
        if not found:
            return None
        exact = [p for same, p in found if same]
        people = {p.name for _, p in found}
        if exact or len(people) == 1:
            return (exact or [found[-1][1]])[-1].by("office-named")
        return found[-1][1].by("office-partial")

    def _description(self, words: Sequence[Token], first: Token, gender: str | None) -> _Speaker:
        """A speaker named by a description (``والد معاذ``، ``الفنانة``، ``المدرب السابق``): the person the
        article names beside the same words, else, for one word, the one person named so far; else the
        description, as unclear."""
        known = self._known_holder(_role_key(self.text[words[0].start : words[-1].end]), words[0].start)
        if known is not None:
            return known
        holder = self._holder(words)
        if holder is not None:
            return holder.by("office-named")
        named = self._trailing_name(words)
        if named is not None:
            return named
        if len(words) == 1 and normalize_key(first.text).startswith("ال"):
            people = list(dict.fromkeys(m.text for m in self.mentions if m.type == "PER" and m.end <= first.start))
            if len(people) == 1:
                mention = next(m for m in self.mentions if m.text == people[0])
                return self._speaker_of(mention, "description-sole")
        return self._words_speaker(words, "unknown", "words", gender)

    def _trailing_name(self, words: Sequence[Token]) -> _Speaker | None:
        """A name the recognizer missed closing an office or a description (``المتحدث الرسمي لمركز … رأفت
        الصباغ``، ``مقرر لجنة الفنون المسرحية بالجمعية نوح الجمعان``): its last words, when two or more are
        rare words or given names, from the first one without ``ال``."""
        run: list[Token] = []
        for word in reversed(words):
            key = normalize_key(word.text)
            if _is_title_word(word) or key in _COURTESY or not (key in FIRST_NAMES or _rare(key)) or len(run) == 4:
                break
            # a preposition's definite noun (``للتسوق``) is no word of a person's name: ``مدير مهرجان أبها للتسوق`` was
            # shown as ``أبها للتسوق`` (SaudiNewsNet 2015-07-21)
            if key.startswith(_PREPOSITION_ARTICLES) and len(key) > 4:
                break
            run.insert(0, word)
        while run and normalize_key(run[0].text)[:1] == "و" and normalize_key(run[0].text) not in FIRST_NAMES:
            run.pop(0)  # ``ويطورون تجاربهم``: a verb joined by ``و``, not a name
        if len(run) < 2 or len(run) == len(words):
            return None
        given = next((i for i, w in enumerate(run) if not normalize_key(w.text).startswith("ال")), len(run))
        if len(run) - given < 2:
            return None  # ``الجماهيرية النيجيرية``: a given name never opens with ``ال``
        if all(normalize_key(w.text).endswith(("ي", "ه")) and normalize_key(w.text) not in FIRST_NAMES for w in run[given:]):
            # ``مصدر حكومي يوناني``، ``مصادر يمنية مطلعة``: adjectives of the noun, masculine or feminine
            # (SaudiNewsNet 2015-07-21, 07-24: ``يمنية مطلعة`` was the speaker), no given name
            return None
        person = self._words_speaker(run[given:], "name-words", "words", None)
        self._add_office(words[: words.index(run[given])], person)
        return person

    def _described_surname(self, words: Sequence[Token]) -> _Speaker | None:
        """``وأكد المدرب المشوح``، ``الكابتن المحيسن``: a title or a team's member (``names.TEAM_MEMBER_NOUNS``), then a
        rare definite word that is no adjective of it (no nisba, no plural): the person's surname after what he is
        (SaudiNewsNet 2015-07-26 showed the two words as an unclear description), with the name it closes earlier
        in the article if any. Not after any common noun: ``المعلومات المتداولة`` is information in circulation."""
        noun, last = (normalize_key(w.text) for w in words)
        if not ((_is_title_word(words[0]) or noun.removeprefix("ال") in _TEAM_MEMBERS) and last.startswith("ال") and _rare(last)):
            return None
        if last.endswith(("ي", "يه", "ون", "ين", "ات")) or self._mention_at(words[1]) is not None:
            return None  # ``المدرب الوطني``: its adjective; a named place or body is no one
        person = self._surname(words[1])
        self._add_office(words[:1], person)
        return person

    def _holder(self, words: Sequence[Token], size: int = 3) -> _Speaker | None:
        """The person written beside these office or description words elsewhere in the article (``X، والد
        معاذ``، ``الأمين العام لمجلس التعاون، الدكتور X``): a person mention ending right before another
        occurrence of their first words, or starting within the few words after it."""
        every = [_head(normalize_key(w.text)) for w in words if normalize_key(w.text) not in _COURTESY]
        keys = every[:size]
        if len(keys) < 2:
            return None
        tokens = self.tokens
        n = len(keys)
        # the word after those compared, when it says whose office: ``وزير الخارجية المصري`` is not the ``وزير
        # الخارجية السعودي، عادل الجبير`` of the article's opening (his counterpart's words were his, SaudiNewsNet 2015-07-24)
        whose = every[n] if len(every) > n and _adjective_word(every[n]) else None
        for i in self.at.get(keys[0], ()):
            if tokens[i].start == words[0].start or self.heads[i : i + n] != keys:
                continue
            if whose is not None and i + n < len(self.heads) and self.heads[i + n] != whose \
                    and _adjective_word(self.heads[i + n]):
                continue
            if tokens[i].start > words[-1].end and not _SENTENCE_END.search(self.text, words[-1].end, tokens[i].start):
                continue  # ``أكد رئيس الاتحاد الدولي … أنه لن يترشح، فيما يدرس رئيس الاتحاد الأوروبي بلاتيني``: another
            for j in range(i - 1, max(-1, i - 1 - _MAX_TITLES_BEFORE), -1):
                if tokens[j].text in ".:" or _cue_of(tokens[j]) is not None or self.keys[j] in _COMPLEMENTIZERS:
                    break  # ``وذكر الجبير أن لقاء وزير خارجية مصر``: the name before ``أن`` is the clause's, not the office's
                mention = self._mention_at(tokens[j])
                if mention is not None and mention.type == "PER":
                    return self._speaker_of(mention)  # ``خالد الفيصل مستشار … أمير منطقة مكة المكرمة``
            for token in tokens[i + n : i + n + _MAX_NAME_WORDS]:
                if token.text in ".:" or _cue_of(token) is not None or _to_another(token) \
                        or normalize_key(token.text) in _PHRASE_STOPS:
                    break  # ``لقاء وزير خارجية مصر مع الأمير محمد بن نايف``: the one he met
                mention = self._mention_at(token)
                if mention is not None and mention.type == "PER":
                    return self._speaker_of(mention)
        return None

    def _surname(self, word: Token) -> _Speaker:
        """A rare word alone after a verb (``وقال باخ``، ``وأوضح الزابن``) is a surname: the name it closes
        earlier in the article (``علي الزابن``), or the surname alone."""
        key = normalize_key(word.text)
        tokens = self.tokens
        for i in self.at.get(_head(key), ()):
            token = tokens[i]
            if token.start >= word.start:
                break
            if self.keys[i] != key:
                continue
            mention = self._mention_at(token)
            if mention is not None and mention.type == "PER":
                return self._speaker_of(mention, "echo")
            start = i
            while start > 0 and i - start < 3:
                before = tokens[start - 1]
                k = self.keys[start - 1]
                if before.kind != "word" or _is_title_word(before) or k in _COURTESY or not (k in FIRST_NAMES or _rare(k)) \
                        or (k[:1] == "و" and k not in FIRST_NAMES):
                    break
                start -= 1
            if start < i:
                return self._words_speaker(tokens[start : i + 1], "surname", "words", "m")
        return self._words_speaker([word], "surname", "words", None)

    def _after_a_name(self, word: Token) -> _Speaker | None:
        """A word alone after a verb that earlier followed a person's name the recognizer cut short, as a common
        word the surname is (``المهندس محمد المخرج`` read as ``محمد``, then ``ولفت المخرج``, the director: SaudiNewsNet
        2015-07-27): that person, by the name and the word."""
        key = normalize_key(word.text)
        tokens = self.tokens
        for i in self.at.get(_head(key), ()):
            if tokens[i].start >= word.start:
                break
            if i == 0 or self.keys[i] != key or tokens[i - 1].kind != "word":
                continue
            mention = self._mention_at(tokens[i - 1])
            if mention is not None and mention.type == "PER" and mention.end == tokens[i - 1].end:
                name = self.text[mention.start : tokens[i].end]
                return _Speaker(name, (mention.start, mention.end), "surname", "person", None, _name_keys(name))
        return None

    def _add_office(self, words: Sequence[Token], person: _Speaker) -> None:
        office = [w for w in words if normalize_key(w.text) not in _COURTESY]
        if office:
            self.offices.append((_role_key(self.text[office[0].start : office[-1].end]), person))

    def _echo(self, words: Sequence[Token]) -> _Speaker | None:
        """An earlier speaker whose name holds these few words: ``وأبان الصباغ`` after ``… رأفت الصباغ``،
        ``وأضاف المصدر`` after ``مصدر أمني``."""
        keys = {_head(normalize_key(w.text)) for w in words if normalize_key(w.text) not in _COURTESY}
        if not keys or len(keys) > 3:
            return None
        matches = [s for s in self.history if keys <= {_head(k) for k in s.words}]
        if not matches:
            return None
        # named again here, the speaker is as sure as their surest reading before, not their last: ``وأضافت
        # المصادر`` after a statement carried on to them uncertainly (SaudiNewsNet 2015-08-09)
        last = matches[-1]
        surest = max(s.confidence for s in matches if s.name == last.name)
        return dataclasses.replace(last, rule="echo", ceiling=surest)

    @property
    def topic(self) -> _Speaker | None:
        """The subject of the last sentence since the last statement that opens with a verb and names
        someone (``وتبنت الحركة الانفصالية الكردية …``): read when a continuation first needs it, as most
        sentences never are."""
        while self._topic_units:
            unit = self._topic_units.pop(0)
            self._topic = self._clause_subject(unit) or self._topic
        return self._topic

    def unplaced_speaker(self) -> bool:
        """Whether a person who spoke in the article has no office it gives (an office read alone may be
        theirs)."""
        placed = {person.name for _, person in self.offices}
        placed |= {m.text for m in self.mentions if m.role}
        return any(s.kind in ("person", "words") and s.name not in placed for s in self.history)

    def _last_person(self) -> _Speaker | None:
        """The person ``سموه`` stands for: the subject of a sentence since the last statement, or the last
        person who spoke."""
        topic = self.topic
        if topic is not None and topic.kind in ("person", "office", "words"):
            return topic
        return next((s for s in reversed(self.history) if s.kind in ("person", "office", "words")), None)

    def _before_verb(self, unit: _Unit, index: int, after_was: bool = False) -> _Speaker | None:
        """The subject written before the verb: a name (``الكاظمي يقول إن``، ``جميل الشايب، الذي أوضح``) or
        a source (``غير أن ناشطين من المعارضة السورية يقولون``); a pronoun (``لكنه قال``) goes on with the
        last speaker. ``after_was``: the words run back to a ``كان`` before them (:meth:`_after_was`), so a name
        in brackets among them is the subject's own (``وكانت شركة (موبايلي) قد ذكرت``), where before a
        relative it may end another's description (``إيلون ماسك مؤسس شركة (سبيس إكس) الذي قال``)."""
        tokens = unit.tokens
        if index + 1 < len(tokens) and normalize_key(tokens[index + 1].text) in _IN_IT:
            # ``تغريدة على موقع «تويتر» قال فيها``، ``رسالة إلى برناردينو ليون أكد فيها``: said in what was named
            # before, not by it; but a person it belongs to says it (``تصريحات للرئيس الامريكي باراك اوباما أكد
            # فيها``, the ``ل`` of possession on his title)
            mention = self._mention_at(tokens[index - 1]) if index > 0 else None
            if mention is not None and mention.type == "PER" and mention.end <= tokens[index].start:
                lead = [normalize_key(w) for w in self.text[max(0, mention.start - 40) : mention.start].split()[-3:]]
                at = next((k for k in range(len(lead) - 1, -1, -1) if lead[k].startswith("لل")), None)
                if at is not None and not any(w in _PREPOSITIONS for w in lead[at:]):
                    return self._speaker_of(mention, "before")
            return None
        j = index - 1
        while j >= 0 and (tokens[j].text in _QUOTE_MARKS or normalize_key(tokens[j].text) == "قد"):
            j -= 1
        if j >= 0 and tokens[j].text in ",،" and normalize_key(tokens[index].text)[:1] != "ف":
            return None
        if j >= 1 and normalize_key(tokens[j].text) in _RELATIVES:
            j -= 2 if tokens[j - 1].text in ",،" and j >= 2 else 1  # ``جميل الشايب، الذي أوضح``
        if j < 0:
            return None
        if normalize_key(tokens[j].text) in _PRONOUN_SUBJECTS:
            return self._continue(None, False, tokens[index].start)
        amma = next((k for k in range(j, max(-1, j - _MAX_CUE_GAP), -1) if normalize_key(tokens[k].text) == _AMMA), None)
        if amma is not None and normalize_key(tokens[index].text)[:1] == "ف":
            # ``أما مقرر لجنة الفنون … نوح الجمعان، فأوضح``; and without the comma, ``أما شرطة لوس أنجلوس فأكدت``
            # (SaudiNewsNet 2015-07-22)
            return self._subject(unit, amma + 1, j if tokens[j].text in ",،" else j + 1, bounded=True)
        if normalize_key(tokens[index].text)[:1] in ("و", "ف"):
            return None  # ``وقال``: a new clause, whose subject is not what came before
        mention = self._mention_at(tokens[j])
        if mention is not None and mention.type in _SPEAKER_TYPES and mention.end <= tokens[index].start:
            first = next((k for k in range(j, -1, -1) if tokens[k].start <= mention.start), 0)
            if mention.type != "PER" and first > 0 and _generic(head := _head(normalize_key(tokens[first - 1].text))):
                # ``غير أن مسؤول الاتحاد الأوروبي قال``: an official of the body, unnamed, as after the verb
                # (SaudiNewsNet 2015-07-21 gave the words to the EU itself)
                return self._words_speaker(
                    tokens[first - 1 : j + 1], "before", "generic", "pl" if _in_table(head, _PLURAL_SOURCES) else "m"
                )
            return self._speaker_of(mention, "before")
        words: list[Token] = []
        while j >= 0 and len(words) < _MAX_BEFORE:
            token = tokens[j]
            key = normalize_key(token.text)
            if token.kind == "symbol" and token.text not in "-–—" and not (after_was and token.text in "()"):
                break
            if key in _COMPLEMENTIZERS or key in ("غير", "ثم") or _forms(token)[-1] in _WAS:
                break
            if key in _SUBJECT_STOPS and key not in ("من", "في"):
                return None  # ``… على وسائل التواصل الاجتماعي قالوا``: the words are a preposition's object
            if token.kind != "symbol":
                words.insert(0, token)
            if _conjoined(key) and self._mention_at(token) is None:
                break  # ``ومؤيدين``: the clause starts with the conjunction (``وسائل`` has its own waw)
            j -= 1
        words = [w for w in words if normalize_key(w.text) not in ("و",)]
        if not words:
            return None
        head = _head(normalize_key(words[0].text))
        if _generic(head):
            return self._words_speaker(words, "before", "generic", "pl" if _in_table(head, _PLURAL_SOURCES) else "m")
        if _org_trigger(words[0]):
            return self._words_speaker(words, "before", "organization", _org_gender(head))
        if head in FIRST_NAMES and len(words) >= 2:
            return self._words_speaker(words[:3], "before", "words", None)
        if len(words) >= 2 and _is_title_word(words[0]):
            # ``لكن الناطقة باسم الخارجية الإيرانية مرضية أفخم أكدت``: an office, and the name after it if any
            # (SaudiNewsNet 2015-07-21: unread, the next ``وقالت`` went on with the German minister before her)
            return self._office(words)
        return None

    def _after_was(self, unit: _Unit, index: int) -> _Speaker | None:
        """The subject written between ``كان`` and the verb (``وكان بلاتيني دعا بلاتر إلى الاستقالة``، ``وكانت
        الوزارة قد أعلنت``): the name after the verb is then its object, not its subject (SaudiNewsNet
        2015-07-21 made Blatter the one who called for his own resignation)."""
        tokens = unit.tokens
        j = index - 1
        while j >= 0 and normalize_key(tokens[j].text) == "قد":
            j -= 1
        mention = self._mention_at(tokens[j]) if j >= 0 else None
        if mention is None:
            # a source or a group written so (``وكانت جماعات أعلنت ولاءها لداعش``: ``ولاءها`` was the speaker)
            was = next((k for k in range(j, max(-1, j - _MAX_BEFORE - 1), -1) if _forms(tokens[k])[-1] in _WAS), None)
            # (a name in brackets is the subject's too: ``وكانت شركة (موبايلي) قد ذكرت``)
            if was is None or was == j or any(
                    (t.kind != "word" and t.text not in "()") or _cue_of(t) for t in tokens[was + 1 : j + 1]):
                return None
            return self._before_verb(unit, index, after_was=True)
        if mention.type not in _SPEAKER_TYPES or not self._usable(mention):
            return None
        first = j
        while first > 0 and tokens[first - 1].end > mention.start:
            first -= 1
        if first == 0 or _forms(tokens[first - 1])[-1] not in _WAS:
            return None
        return self._speaker_of(mention, "before")

    def _said_by(self, unit: _Unit, cue: _Cue, end: int) -> _Speaker | None:
        """The speaker of ``جاء على لسان X`` (X) or ``جاء في بيان X`` (X, or whoever issued ``البيان``)."""
        begin = cue.said_by or cue.index + 1
        if cue.lemma == "على لسان":
            return self._subject(unit, begin, end)
        document = unit.tokens[begin]
        if normalize_key(document.text).startswith("ال"):
            return self.issuer.by("document") if self.issuer is not None else None
        issuer = self._issuer_after(unit, document, end)
        if isinstance(issuer, _Speaker):
            return issuer
        if issuer:  # ``وجاء في بيان صادر عن مكتب نتنياهو``: ``صادر`` was the speaker (SaudiNewsNet 2015-08-01)
            return self._words_speaker([document, *issuer], "generic", "generic", "m")
        return self._subject(unit, begin + 1, end)

    def _relative(self, unit: _Unit, begin: int, index: int) -> _Speaker | None:
        """The antecedent of a relative clause holding the cue (``رونالدو، الذي كان … قائلا``): the name right
        before the last ``الذي``/``التي`` between ``begin`` and the cue."""
        tokens = unit.tokens
        j = next((j for j in range(index - 1, begin, -1)
                  if normalize_key(tokens[j].text) in _RELATIVES and not _inside(unit.quotations, tokens[j].start)), None)
        if j is None or any(t.text in ",،" for t in tokens[j:index]):
            return None  # ``رائد قطب الذي حقق …، مشيراً``: the comma closes the relative clause
        k = j - 1 if j >= 1 and tokens[j - 1].text not in ",،" else j - 2
        mention = self._mention_at(tokens[k]) if k >= 0 else None
        if mention is not None and mention.type in _SPEAKER_TYPES:
            return self._speaker_of(mention, "before")
        return None

    def _clause_subject(self, unit: _Unit, before: int | None = None) -> _Speaker | None:
        """The subject of a sentence opening with a verb (after a fronted adverbial or ``من جانبه``، and
        particles: ``وفي السياق ذاته، أعرب “ماكنزي” عن …``، ``وقد أبدى الدكتور الزهراني …``، ``وتبنت الحركة
        الانفصالية الكردية …``), when it names someone who could speak: a person, an organization, an office
        or a source. Only tokens before ``before`` are read."""
        tokens = unit.tokens[:before] if before is not None else unit.tokens
        begin = 0
        # after a dateline run into the sentence (``سبق- الرياض: بدأ الفريق``): its place is not the subject
        dateline = dateline_end(self.text[unit.start : unit.end])
        if dateline:
            begin = next((j for j, t in enumerate(tokens) if t.start >= unit.start + dateline), len(tokens))
        other = _OTHER_PARTY_AT.match(self.text, unit.start)
        if other is not None:
            begin = next((j for j, t in enumerate(tokens) if t.start >= other.end()), len(tokens))
        elif begin < len(tokens) and (_forms(tokens[begin])[-1] in _FRONTED or _accusative(tokens[begin])):
            # a fronted adverbial to its comma: ``وفي السياق ذاته،``; ``انفاذا لتوجيهات خادم الحرمين الشريفين ... - حفظهما
            # الله -، أدى الأمير فيصل بن خالد`` (a purpose, whose phrase names those it obeys)
            reach = _MAX_FRONTED if _forms(tokens[begin])[-1] in _FRONTED else _MAX_FRONTED_PURPOSE
            comma = next((j for j in range(begin, min(len(tokens), begin + reach)) if tokens[j].text in ",،"), None)
            if comma is None:
                return None
            begin = comma + 1
        while begin < len(tokens) and (tokens[begin].text in ",،" or normalize_key(tokens[begin].text) in _CLAUSE_OPENERS):
            begin += 1
        if begin >= len(tokens) or not self._verb_like(tokens[begin]):
            return None
        stop = next((j for j in range(begin + 1, len(tokens)) if _cue_of(tokens[j])), len(tokens))
        subject = self._subject(unit, begin + 1, min(stop, begin + 1 + _MAX_CUE_GAP))
        if subject is None or subject.rule in ("unknown", "name-words", "honorific", "surname"):
            return None
        return subject

    def _verb_like(self, token: Token) -> bool:
        """Whether a sentence's first word may be its verb: a word that is no name, noun with ``ال``, title,
        organization, source or question (``وسألته الصحيفة``: the one who asks is no one to go on with)."""
        key = normalize_key(token.text)
        bare = key.removeprefix("و").removeprefix("ف")
        # the article is written with a bare alef; ``ألقى``، ``ألمح`` (keyed ``القي``، ``المح``) are verbs
        written = token.text.removeprefix("و").removeprefix("ف")
        definite = bare.startswith("ال") and not (written.startswith(("أل", "إل")) and len(bare) >= 4)  # (not ``إلى``)
        return (token.kind == "word" and self._mention_at(token) is None and not definite and not _accusative(token)
                and not _is_title_word(token) and not _is_body(token) and bare not in FIRST_NAMES
                and _forms(token)[-1] not in _QUESTION_VERBS and not _generic(bare))

    def _continue(self, gender: str | None, participle: bool, at: int | None = None) -> _Speaker | None:
        """The speaker a cue with no subject goes on with: the subject of a sentence since the last
        statement or the last speaker, the first of them (and of the speakers before) that the verb's
        gender fits. When someone else has been named since the last statement (outside what was reported,
        before offset ``at``), the pronoun may be theirs (``وأعيد انتخاب بلاتر … لكنه أعلن``): doubtful."""
        candidates: list[_Speaker] = []
        topic = self.topic
        if topic is not None:
            candidates.append(topic)
        for speaker in reversed(self.history):
            if all(speaker.name != c.name for c in candidates):
                candidates.append(speaker)
            if len(candidates) > _MAX_HISTORY:
                break
        if not candidates:
            return None
        for k, candidate in enumerate(candidates):
            if _fits(gender, candidate):
                if candidate is topic:
                    return candidate.by("topic")
                passed = [c for c in candidates[:k] if c is not topic]
                if passed:
                    return candidate.by("gender-back", gender)
                crossed = at is not None and self._named_since(candidate, at)
                return candidate.by("continuation-crossed" if crossed else "continuation", gender)
        return candidates[0].by("gender-mismatch")

    def _others_between(self, unit: _Unit, subject: _Speaker, index: int) -> bool:
        """Whether names other than ``subject``'s stand between it and the cue at ``index`` (outside
        quotations): people, organizations or places that a participle could be about."""
        words = {_head(k) for k in subject.words}
        start = subject.span[1] if subject.span is not None else unit.start
        seen = [m for m in self.mentions if start <= m.start < unit.tokens[index].start and m.start >= unit.start
                and not _inside(unit.quotations, m.start) and not ({_head(k) for k in _name_keys(m.text)} & words)]
        return len(seen) > _MAX_OTHERS

    def _named_since(self, speaker: _Speaker, at: int) -> bool:
        """Whether a person other than ``speaker`` is named between the last statement and offset ``at``,
        outside any statement."""
        since = self.since
        words = {_head(k) for k in speaker.words}
        return any(
            since <= m.start < at and m.type == "PER" and not any(s <= m.start < e for s, e in self.reported)
            and not ({_head(k) for k in _name_keys(m.text)} & words)
            for m in self.mentions
        )

    def _other_party(self, unit: _Unit) -> _Speaker | None:
        """After ``من جانبه``: the last person of the previous unit who is not the last speaker."""
        previous = self.previous_unit
        if previous is None:
            return None
        last = self.history[-1].name if self.history else None
        people = [m for m in self.mentions if previous.start <= m.start < previous.end and m.type == "PER"]
        for m in reversed(people):
            if m.text != last:
                return self._speaker_of(m, "other-party")
        return None

    def _remember(self, speaker: _Speaker, gender: str | None) -> None:
        """``speaker`` made a statement: the last speaker now (their gender learnt from the verb when the
        verb stood before them: ``قالت سلمى انتيف``)."""
        if speaker.gender is None and gender in ("m", "f") and speaker.kind != "generic":
            speaker = dataclasses.replace(speaker, gender=gender)
        self.history.append(speaker)
        self._topic, self._topic_units = None, []
        if self.unit is not None:
            self.since = self.unit.end

    # cues --------------------------------------------------------------------------------------------

    def _complement(self, unit: _Unit, cue: _Cue, stop: int) -> None:
        """Find the cue's complement in tokens after it (before ``stop``) and where its content starts.

        A colon or a quotation (not a short quoted name going on with the sentence: ``وأعلنت «لجنة
        المتابعة» التابعة للجبهة``), ``أن``/``إن``, or the verb's preposition: followed by ``أن`` or a
        quotation, or for the verbs of :data:`_PREP_REQUIRED` by a noun phrase, within the few words a
        subject takes (``شدد الوزير على ضرورة``); a preposition with a noun phrase ends the search for the
        others (``أشار إلى احتمال أن``: what he pointed to, not a statement). ``طالب`` takes its noun phrase
        with the clitic ``بـ`` (``يطالب بتوزيع``)."""
        tokens = unit.tokens
        if cue.referring:
            return
        preps = _PREPS.get(cue.lemma, frozenset())
        near = cue.lemma in _NEAR_COMPLEMENT or cue.lemma in _NEAR_QUOTATION
        gap = _MAX_FEELING_GAP if near else _MAX_CUE_GAP
        for j in range(cue.index + 1, min(stop, cue.index + 1 + gap)):
            token = tokens[j]
            if _inside(unit.quotations, token.start) and not _opens(unit.quotations, token):
                continue
            if token.text in ".!?؟":
                break  # ``… للأزمة السورية .إضافة إلى أن``: a sentence the splitter missed ends here
            quotation = _opens(unit.quotations, token)
            key = normalize_key(token.text)
            if quotation is not None and self._quoted_name(unit, quotation, tokens[j - 1] if j > cue.index + 1 else None):
                continue
            if token.text == ":" and 0 < j < len(tokens) - 1 and tokens[j - 1].kind == "number" \
                    and tokens[j + 1].kind == "number":
                continue  # ``الساعة 59: 11``: a clock time, no statement opening
            if (quotation is not None or token.text == ":") and cue.lemma not in _NEAR_COMPLEMENT:
                cue.complement, cue.content = j, (quotation.open if quotation else token.end)
                return
            if cue.lemma in _NEAR_QUOTATION:
                continue
            if cue.lemma in _ONLY_BEFORE_THAT and not key.startswith(_ONLY_BEFORE_THAT[cue.lemma]):
                continue
            if key in _COMPLEMENTIZERS and (j == 0 or normalize_key(tokens[j - 1].text) not in _NOT_BEFORE_COMPLEMENTIZER):
                cue.complement, cue.content = j, token.end
                return
            if self._owns_complement(tokens, j, stop):
                return
            if cue.lemma in _QUOTATION_ONLY:
                continue
            if key in preps and self._mention_at(token) is None:
                nxt = tokens[j + 1] if j + 1 < len(tokens) else None
                if nxt is not None and (_opens(unit.quotations, nxt) or normalize_key(nxt.text) in _COMPLEMENTIZERS):
                    cue.complement, cue.content = j, nxt.start if _opens(unit.quotations, nxt) else nxt.end
                    return
                if cue.lemma in _PREP_REQUIRED and j - cue.index <= _MAX_PREP_GAP:
                    cue.complement, cue.content = j, token.end
                return
            if cue.lemma == "طالب" and key.startswith("ب") and len(key) > 3 and self._mention_at(token) is None:
                cue.complement, cue.content = j, token.start + 1
                return

    def _added_near(self, unit: _Unit, i: int) -> bool:
        """Whether the verb of :data:`_ADDED` at ``i`` reports: a colon, a quotation or ``أن`` (``قائلا إن``) within
        :data:`_MAX_ADDED_WORDS` words, before the end of the clause, a preposition of increase, a conjunction
        or a figure."""
        words = 0
        for token in unit.tokens[i + 1 :]:
            key = normalize_key(token.text)
            if token.text == ":" or _opens(unit.quotations, token) is not None or key in _COMPLEMENTIZERS:
                return True
            if token.text in ".!?؟،,;؛" or key in _INCREASED_BY or key in _NOT_BEFORE_COMPLEMENTIZER \
                    or key in _CLAUSE_OPENERS or any(c.isdigit() for c in token.text):
                return False
            words += token.kind == "word"
            if words >= _MAX_ADDED_WORDS:
                return False
        return False

    def _owns_complement(self, tokens: Sequence[Token], j: int, stop: int) -> bool:
        """Whether the word at ``j`` is a verb of saying whose own ``أن`` follows it within a word
        (``... بعد ساعات على تصريحات للرئيس أوباما أكد فيها أن الحركة قد "ضعفت"``): the statement is that
        verb's, and an earlier verb searching on for its complement (``أعلن متمردو حركة الشباب مسؤوليتهم عن
        قتل نائب``, whose object is a noun) has none there."""
        found = _cue_of(tokens[j])
        if found is None or found[1] != "verb" or (j > 0 and _no_cue_after(tokens[j - 1], tokens[j])):
            return False
        if self._mention_at(tokens[j]) is not None:
            return False  # ``وأضافت رؤى أنها``: the name ``رؤى`` has the key of ``روى``
        return any(normalize_key(t.text) in _COMPLEMENTIZERS for t in tokens[j + 1 : min(stop, j + 3)])

    def _quoted_name(self, unit: _Unit, quotation: _Quotation, before: Token | None) -> bool:
        """A short quotation that is a name or a title, not a statement: one the sentence goes on after
        without a break (``وأعلنت «لجنة المتابعة والإشراف العليا» التابعة للجبهة``), or one that follows a
        word of the subject phrase (``مدير المركز في «مجلس اللاجئين النرويجي»، خلال مؤتمر``) rather than
        the verb, a colon, ``أن`` or ``قوله``; or a longer one ``أن`` follows at once (a body's full name:
        :meth:`_that_follows`)."""
        if not quotation.closed:
            return False
        if quotation.words <= _MAX_QUOTED_BODY and self._that_follows(quotation):
            return True
        if quotation.words > _MAX_QUOTED_NAME:
            return False
        after = self.text[quotation.close + 1 : quotation.close + 3].strip()
        if after and after[0].isalpha():
            return True
        if before is None or before.kind == "symbol":
            return False
        key = normalize_key(before.text)
        return key not in _COMPLEMENTIZERS and key not in _SAYING and _cue_of(before) is None

    def _that_follows(self, quotation: _Quotation) -> bool:
        """Whether ``أن``/``إن`` (with ``بـ`` or not) opens the words right after ``quotation``, a comma between
        or not: the statement is what follows, and the quotation was a name in the subject phrase (``وأضاف
        قبادي الذي يشغل عضوية «لجنة العلاقات الخارجية في المجلس الوطني للمقاومة الإيرانية»، بأن``)."""
        after = re.match(r"[\s،,]*(\w+)", self.text[quotation.close + 1 : quotation.close + 12])
        return after is not None and normalize_key(after.group(1)) in _COMPLEMENTIZERS

    def _relay(self, unit: _Unit, cue: _Cue, stop: int) -> None:
        """``نقلت X عن Y قوله إن ...``: X relays, Y speaks."""
        tokens = unit.tokens
        about = next((j for j in range(cue.index + 1, min(stop, cue.index + 1 + _MAX_CUE_GAP))
                      if normalize_key(tokens[j].text) == "عن"), None)
        if about is None:
            return
        relayer = self._subject(unit, cue.index + 1, about)
        for j in range(about + 1, min(stop, about + 1 + _MAX_CUE_GAP)):
            token = tokens[j]
            key = normalize_key(token.text)
            quotation = _opens(unit.quotations, token)
            if key in _SAYING or key in _COMPLEMENTIZERS or token.text == ":" or quotation is not None:
                cue.speaker = self._subject(unit, about + 1, j)
                cue.relayer, cue.complement = relayer, j
                cue.content = quotation.open if quotation is not None else token.end
                return

    def _source(self, unit: _Unit, cue: _Cue) -> int | None:
        """``بحسب X``، ``وفق ما أعلن X``: the speaker X if X is a source; returns the token index after X's
        name, or None."""
        tokens = unit.tokens
        j = cue.index + 1
        if cue.lemma == "نقلاً عن" and j < len(tokens) and normalize_key(tokens[j].text) == "عن":
            j += 1
        if j + 1 < len(tokens) and normalize_key(tokens[j].text) in _WHAT and _cue_of(tokens[j + 1]):
            j += 2  # ``بحسب ما أكده الاتحاد``: the speaker follows the verb
        end = j
        while end < len(tokens) and end - j < _MAX_NAME_WORDS and tokens[end].text not in ",،.":
            end += 1
        if j >= end:
            return None
        first = tokens[j]
        key = normalize_key(first.text)
        key = key[1:] if cue.lemma == "وفقاً لـ" and key.startswith("ل") else key
        head = _head(key)
        if head in _COUNT_NOUNS and (j + 1 >= len(tokens) or normalize_key(tokens[j + 1].text) != "من"):
            return None  # ``بحسب عدد العمالة في المنشأة``: in proportion to a number; ``بحسب عدد من المحللين`` names some
        named = self._mention_at(first)
        if cue.lemma == "وفقاً لـ" and named is not None and named.start > first.start and self._usable(named):
            speaker = self._speaker_of(named, after_preposition=True)  # ``وفقاً لروجر بلهام``
        elif cue.lemma == "وفقاً لـ" and key != normalize_key(first.text) and head in _DOCUMENTS:
            # ``وفقا لبيانات منشورة``، ``وفقا لبيان صادر عن الهيئة``: the document read without its ``لـ``, as ``بحسب
            # بيان`` reads it (its issuer, or an unnamed source), not the words after it (``منشورة`` was the speaker,
            # SaudiNewsNet 2015-08-01)
            bare = first._replace(text=first.text[1:], start=first.start + 1)
            speaker = self._subject(dataclasses.replace(unit, tokens=[*tokens[:j], bare, *tokens[j + 1 :]]), j, end)
        else:
            speaker = self._subject(unit, j, end)
        if speaker is None:
            return None
        if speaker.rule in ("unknown", "name-words", "surname", "description-sole") and not (
                head in _DOCUMENTS or head in _MEDIA_SOURCES):
            return None  # ``وفقاً لمخرجات الحوار``، ``بحسب اللوائح``: what something follows, not who said it
        cue.speaker = speaker if speaker.rule != "unknown" else dataclasses.replace(speaker, rule="generic")
        return end

    def read(self, unit: _Unit) -> list[Quote]:
        """The quotes of one unit, in text order."""
        self.unit = unit
        tokens = unit.tokens
        cues = [
            _Cue(i, *found) for i, t in enumerate(tokens)
            if not _inside(unit.quotations, t.start) and (found := _cue_of(t)) is not None
            and not (i > 0 and _no_cue_after(tokens[i - 1], t))
            and (normalize_key(t.text) not in _AND_SHOWED
                 or any(normalize_key(u.text) in _COMPLEMENTIZERS for u in tokens[i + 1 : i + 1 + _MAX_SHOWED_GAP]))
            and (found[0] not in _ADDED or self._added_near(unit, i))
            and (found[0] not in _ONLY_BEFORE_THAT or any(
                k in _COMPLEMENTIZERS and k.startswith(_ONLY_BEFORE_THAT[found[0]])
                for k in (normalize_key(u.text) for u in tokens[i + 1 : i + 1 + _MAX_FEELING_GAP])))
            and self._mention_at(t) is None  # ``رؤى`` (a name) has the key of ``روى``
            and not _noun_pair(t, tokens[i + 1] if i + 1 < len(tokens) else None)
            and not _student(t, tokens[i + 1] if i + 1 < len(tokens) else None)
            and not _gods_word(tokens, i)
        ]
        cues = sorted(cues + self._came(unit, cues), key=lambda c: c.index)
        for cue in cues:
            cue.prays = _prayer(tokens, cue.index, cue.lemma)
            if cue.kind == "relay" and cue.index + 1 < len(tokens):
                cue.aside = normalize_key(tokens[cue.index + 1].text) in _ABOUT_PRONOUNS
            elif cue.kind == "source" and cue.index > 0 and tokens[cue.index - 1].text in _DASHES and any(
                c.kind in ("verb", "participle") and c.index < cue.index for c in cues
            ):
                cue.aside = True  # ``وقال سكان محليون - حسب وكالة الأنباء الألمانية - إن``: who relayed the verb's words
            cue.referring = cue.index > 0 and normalize_key(tokens[cue.index - 1].text) in _WHICH
        # a verb in the middle of a clause reported by an earlier cue (``مشيراً إلى أن واشنطن تعتبر إيران …``،
        # ``قال إن الرئيس أكد له أن``) is part of what was reported: a nested statement, no cue of its own
        opening = {c.index for c in cues if self._clause_initial(unit, c)}
        for cue in list(cues):
            if cue.index not in opening or cue not in cues:
                continue
            stop = next((c.index for c in cues if c.index > cue.index and not c.aside and c.index in opening), len(tokens))
            if cue.kind in ("verb", "participle"):
                self._complement(unit, cue, stop)
            if cue.kind != "source" and (cue.complement is not None or cue.kind == "relay"):
                cues = [c for c in cues if not (cue.index < c.index < stop and c.index not in opening and not c.aside)]
        bounds = [c for c in cues if not c.aside]
        for cue in cues:
            stop = next((c.index for c in bounds if c.index > cue.index), len(tokens))
            if cue.aside and cue.kind == "source":
                verb = next((c for c in reversed(cues) if c.index < cue.index and c.kind in ("verb", "participle")), None)
                if verb is not None and self._source(unit, cue) is not None:
                    verb.relayer, cue.relays = cue.speaker, True
            elif cue.aside:
                relayer = self._subject(unit, cue.index + 2, stop)
                verb = next((c for c in reversed(cues) if c.index < cue.index and c.kind == "verb"), None)
                if verb is not None:
                    verb.relayer = relayer
            elif cue.kind == "relay":
                self._relay(unit, cue, stop)
                if cue.speaker is not None and cue.complement is not None:
                    self._remember(cue.speaker, None)
            elif cue.kind in ("verb", "participle"):
                if cue.complement is None:
                    self._complement(unit, cue, stop)
                self._attribute(unit, cues, cue)
        verbs = [c for c in cues if c.kind in ("verb", "participle", "relay") and c.complement is not None]
        quotes: list[Quote] = []
        for source in [c for c in cues if c.kind == "source"]:
            verb = next((v for v in reversed(verbs) if v.complement is not None and v.complement < source.index), None)
            if verb is not None and verb.relayer is None and self._source(unit, source) is not None:
                # ``قال المتحدث إن …، وفقاً لما ذكرته وكالة الأنباء``: the agency relays the spokesman's words
                verb.relayer, source.relays = source.speaker, True
        if verbs:
            ends = [c for c in bounds if c.complement is not None or c.kind == "source"]
            for cue in verbs:
                later = [c for c in ends if c.index > cue.complement]
                end = _boundary(tokens, later[0].index) if later else unit.end
                if not cue.prays:
                    quotes += self._quotes(unit, cue, cue.content, end)
            quotes += self._postposed(unit, cues, quotes)
            quotes += [q for q in self._sourced(unit, [c for c in cues if not c.relays])
                       if not any(q.start < o.end and o.start < q.end for o in quotes)]
            quotes.sort(key=lambda q: q.start)
        else:
            quotes += self._sourced(unit, cues) or self._postposed(unit, cues, quotes) or self._continued(unit, cues)
        if not quotes and not any(c.speaker is not None and c.kind != "source" for c in cues):
            self._topic_units.append(unit)
        self.reported += [(q.start, q.end) for q in quotes]
        self.previous_unit = unit
        return quotes

    def _came(self, unit: _Unit, cues: Sequence[_Cue]) -> list[_Cue]:
        """``وجاء على لسان وزير المالية أن …``، ``وجاء في بيان الوزارة أن …``: ``جاء`` reports a statement
        when ``على لسان`` or ``في`` and a document follow it; the speaker is named after them."""
        tokens, found = unit.tokens, []
        if "جاء" not in self.text[unit.start : unit.end]:
            return found
        taken = {c.index for c in cues}
        for i, token in enumerate(tokens[:-2]):
            if i in taken or _forms(token)[-1] != _CAME:
                continue
            nxt, after = normalize_key(tokens[i + 1].text), normalize_key(tokens[i + 2].text)
            if nxt == "علي" and after == _TONGUE and i + 3 < len(tokens):
                found.append(_Cue(i, "على لسان", "verb", said_by=i + 3))
            elif nxt == "في" and _in_table(after, _DOCUMENTS):
                found.append(_Cue(i, "جاء في", "verb", said_by=i + 2))
        return found

    def _clause_initial(self, unit: _Unit, cue: _Cue) -> bool:
        """Whether a cue opens a clause: a participle, source or relay; a verb with ``و``/``ف``، after a
        punctuation mark, at the unit's start, or after a word that opens a clause (``فيما``، ``لكنه``)."""
        if cue.kind != "verb" or cue.index == 0:
            return True
        token, previous = unit.tokens[cue.index], unit.tokens[cue.index - 1]
        key = normalize_key(token.text)
        if key not in SPEECH_CUES and key[:1] in ("و", "ف"):
            return True
        if normalize_key(previous.text) in _WHICH and _OBJECT_PRONOUN.search(token.text):
            return True  # ``وهو ما أكده شكري``: a clause of its own, naming who confirmed
        return previous.kind == "symbol" or normalize_key(previous.text) in _CLAUSE_OPENERS

    def _attribute(self, unit: _Unit, cues: Sequence[_Cue], cue: _Cue) -> None:
        """Find the speaker of a speech verb or participle (valid or not), and remember it as the last
        speaker when the verb states something or names its subject."""
        tokens = unit.tokens
        end = cue.complement if cue.complement is not None else min(len(tokens), cue.index + 1 + _MAX_CUE_GAP)
        nxt = next((c.index for c in cues if c.index > cue.index and not c.aside), len(tokens))
        speaker = None
        if cue.said_by is not None:
            speaker = self._said_by(unit, cue, min(end, nxt))
        elif cue.kind == "verb":  # after a participle come its object and adverbials, not its subject
            speaker = self._after_was(unit, cue.index)
            speaker = speaker or self._subject(unit, cue.index + 1, min(end, nxt), cue.gender)
            if speaker is not None and speaker.rule in ("named", "organization") and speaker.kind == "organization" \
                    and speaker.gender == "f" and cue.gender == "m":
                speaker = None  # ``ودعا الحكومة إلى``: a feminine body named after a masculine verb is its object
            speaker = speaker or self._before_verb(unit, cue.index)
        if speaker is None:
            at = tokens[cue.index].start
            before = self.text[unit.start : at]
            earlier = [c for c in cues if c.index < cue.index and c.kind in ("verb", "relay") and c.speaker is not None
                       and (c.complement is not None or c.speaker.rule in _SUBJECT_RULES)]
            relative = self._relative(unit, earlier[-1].index if earlier else 0, cue.index)
            if relative is not None:
                speaker = relative  # ``وتابع بينيتيز انفعالات رونالدو، الذي كان … قائلا``: Ronaldo
            elif earlier and _fits(cue.gender, earlier[-1].speaker):
                speaker = earlier[-1].speaker.by("participle")  # type: ignore[union-attr]
            elif cue.index > 0 and (subject := self._clause_subject(unit, cue.index)) is not None and _fits(cue.gender, subject):
                # ``أبدى الوزير … حرص بلاده، وقال إن``; but with others named on the way (``وعقدت بغداد
                # وواشنطن … إعلان الولايات المتحدة سحب قواتها، مؤكدة``) the subject may be another's
                crossed = self._others_between(unit, subject, cue.index)
                speaker = subject.by("clause-crossed" if crossed else "clause")
            elif _OTHER_PARTY.search(before):
                speaker = self._other_party(unit) or self._continue(cue.gender, cue.kind == "participle", at)
            elif cue.kind == "verb" and not self._clause_initial(unit, cue):
                speaker = None  # ``لكن المرصد ومؤيدين … على وسائل التواصل قالوا``: a subject before it, unread
            else:
                speaker = self._continue(cue.gender, cue.kind == "participle", at)
        cue.speaker = speaker
        if speaker is not None and cue.complement is not None and any(
            _in_table(normalize_key(t.text), _DOCUMENTS) for t in tokens[cue.index + 1 : cue.complement]
        ):
            self.issuer = speaker  # ``وقال الجيش في بيان إن``: a later ``البيان`` speaks for the army
        # a verb with no statement after it still says who is speaking (``أعلن الأعرجي انتهاء …، مشيراً``),
        # when it names someone: ``تابع`` with no colon ("followed") names nobody who speaks
        reported = any(c.complement is not None and c.index < cue.index for c in cues)
        if speaker is not None and (
            cue.complement is not None
            or (speaker.rule in _NAMING_RULES and cue.lemma not in _QUOTATION_ONLY and not reported)
        ):
            self._remember(speaker, cue.gender if cue.kind == "verb" else None)

    def _quotes(self, unit: _Unit, cue: _Cue, start: int | None, end: int) -> list[Quote]:
        """Direct and indirect quotes of the reported text ``[start, end)`` of a cue.

        Text first, then a quotation right after it (``أن بلاده ... “داعش”، “لكن الإطار ...”``): an indirect
        quote, then a direct one when a comma or colon separates them; without one the quotation is words
        quoted inside the reported clause, and the whole is one indirect quote. Quotations one after
        another, with only punctuation between, are direct quotes each.
        """
        if start is None:
            return []
        text = self.text
        start = _skip_saying(text, start, end)
        quotations = [q for q in unit.quotations if start <= q.open < end]
        lead = text[start : quotations[0].open] if quotations else text[start:end]
        found: list[Quote] = []
        if lead.strip(" ،,:"):
            if not quotations or not lead.rstrip().endswith(("،", ",", ":")):
                return self._indirect(unit, cue, start, end)
            found += self._indirect(unit, cue, start, quotations[0].open)
        pos = quotations[0].open if quotations else end
        for q in quotations:
            if text[pos : q.open].strip(" ،,:."):
                break
            found.append(self._quote(unit, cue, q.start, q.end, "direct"))
            pos = q.close + 1
        return found

    def _indirect(self, unit: _Unit, cue: _Cue, start: int, end: int) -> list[Quote]:
        s, e = _trim(self.text, start, end)
        if sum(1 for t in tokenize(self.text[s:e]) if t.kind != "symbol") < self.min_indirect_words:
            return []
        return [self._quote(unit, cue, s, e, "indirect")]

    def _quote(self, unit: _Unit, cue: _Cue, start: int, end: int, kind: str) -> Quote:
        token = unit.tokens[cue.index]
        speaker = cue.speaker
        relayer = cue.relayer
        if speaker is not None:
            self.rules[(start, end)] = speaker.rule
        return Quote(
            article=self.article.id, start=start, end=end, text=self.text[start:end], kind=kind,
            cue=cue.lemma, cue_span=(token.start, token.end),
            speaker_name=speaker.name if speaker else None, speaker_span=speaker.span if speaker else None,
            speaker_confidence=speaker.confidence if speaker else 0.0,
            relayed_by_name=relayer.name if relayer else None, relayed_by_span=relayer.span if relayer else None,
        )

    def _postposed(self, unit: _Unit, cues: Sequence[_Cue], taken: Sequence[Quote]) -> list[Quote]:
        """A statement before its attribution: ``"…"، قال الوزير`` (a quotation opening the unit), or
        ``… في غارة أميركية، كما أعلنت السلطات المحلية`` (a clause, then ``كما`` and a verb with its subject)."""
        tokens = unit.tokens
        for cue in cues:
            if cue.kind != "verb" or cue.complement is not None or cue.speaker is None:
                continue
            if unit.quotations and not any(q.start == unit.quotations[0].start for q in taken):
                first = unit.quotations[0]
                between = self.text[first.close + 1 : tokens[cue.index].start]
                if not self.text[unit.start : first.open].strip() and not between.strip(" ،,."):
                    return [self._quote(unit, cue, first.start, first.end, "direct")]
            if cue.index >= 2 and normalize_key(tokens[cue.index - 1].text) == "كما" and not taken \
                    and cue.lemma not in _NEAR_QUOTATION:  # ``…، كما علقت مساعداتها``: suspended, said nothing
                return self._indirect(unit, cue, unit.start, _boundary(tokens, cue.index - 1))
        return []

    def _sourced(self, unit: _Unit, cues: Sequence[_Cue]) -> list[Quote]:
        """A unit with no speech verb but a source: ``بحسب X، …`` or ``…، بحسب X``."""
        for cue in cues:
            if cue.kind != "source":
                continue
            after = self._source(unit, cue)
            if after is None:
                continue
            lead = self.text[unit.start : unit.tokens[cue.index].start]
            comma_after = after < len(unit.tokens) and unit.tokens[after].text in ",،"
            if not lead.strip(" و،,"):
                return self._quotes(unit, cue, unit.tokens[after].end, unit.end) if comma_after else []
            if comma_after and self.text[unit.tokens[after].end : unit.end].strip(" .،,"):
                # ``ويحاول التنظيم وفق عبدالرحمن، التقدم …``: the source inside the clause it attributes
                return self._indirect(unit, cue, unit.start, unit.end)
            verb = next((c for c in reversed(cues) if c.kind in ("verb", "participle") and c.index < cue.index), None)
            if verb is not None and verb.complement is None and (
                cue.index - verb.index <= _MAX_SUBJECT_BEFORE_SOURCE or unit.tokens[cue.index - 1].text in _DASHES
            ):
                # ``وأكد آل نهيان ووفقاً لما ذكرته وكالة الأنباء الإماراتية (وام) تضامن …``، ``وقال سكان محليون -
                # بحسب وكالة الأنباء الألمانية -``: the source says who relayed a speaker's words; what stands
                # before it is the speaker, no statement
                return []
            return self._quotes(unit, cue, unit.start, _boundary(unit.tokens, cue.index))
        return []

    def _continued(self, unit: _Unit, cues: Sequence[_Cue]) -> list[Quote]:
        """A paragraph that is only a quotation, right after a statement: more of the same speaker's words
        (``"سورية أصبحت ملاذا آمنا …"`` after ``وقال نائب سفير تركيا …``)."""
        if cues or len(unit.quotations) != 1 or not self.history or self.previous_unit is None:
            return []
        quotation = unit.quotations[0]
        outside = self.text[unit.start : quotation.open] + self.text[quotation.close + 1 : unit.end]
        if outside.strip(" .،,\n") or not self.reported or self.reported[-1][1] < self.previous_unit.start:
            return []
        speaker = self.history[-1].by("continuation")
        self.rules[(quotation.start, quotation.end)] = speaker.rule
        return [Quote(
            article=self.article.id, start=quotation.start, end=quotation.end,
            text=self.text[quotation.start : quotation.end], kind="direct",
            speaker_name=speaker.name, speaker_span=speaker.span, speaker_confidence=speaker.confidence,
        )]


def _boundary(tokens: Sequence[Token], index: int) -> int:
    """Where the text before the cue at ``index`` ends: before the comma or ``و`` that joins it."""
    return tokens[index - 1].start if index > 0 and tokens[index - 1].text in ",،" else tokens[index].start


def _skip_saying(text: str, start: int, end: int) -> int:
    """Past ``قوله``، ``إن``، colons and spaces that open the reported text."""
    while start < end:
        while start < end and text[start] in " \t\n:،,":
            start += 1
        m = re.match(r"[^\W\d_]+", text[start:end])
        if m and (normalize_key(m.group()) in _SAYING or normalize_key(m.group()) in _COMPLEMENTIZERS):
            start += m.end()
            continue
        return start
    return start


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip spaces and punctuation off a reported clause, and a quotation mark at either end when it
    has no partner inside (``… تنظيم "داعش"`` keeps its closing mark; ``… وتكاتفهم".`` loses it)."""
    while True:
        while start < end and text[start] in " \t\n،,:":
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in ".،,:؛;"):
            end -= 1
        marks = sum(1 for ch in text[start:end] if ch in _QUOTE_MARKS)
        if marks % 2 and start < end and text[start] in _QUOTE_MARKS:
            start += 1
        elif marks % 2 and end > start and text[end - 1] in _QUOTE_MARKS:
            end -= 1
        else:
            return start, end


def _org_trigger(token: Token) -> bool:
    return _in_table(normalize_key(token.text), ORG_TRIGGERS)


def _is_body(token: Token) -> bool:
    """An organization's head noun: the recognizer's ORG_TRIGGERS or a body of :data:`_BODIES`."""
    return _in_table(normalize_key(token.text), _BODY_WORDS)


# A preposition with the article on a word (``للتسوق``، ``بالمنطقة``): a noun's phrase, never a word of a name.
_PREPOSITION_ARTICLES = ("لل", "بال")


def _is_title_word(token: Token) -> bool:
    """A title or office (``وزير``، ``المتحدث``), also in the feminine (``الناطقة``، ``عضوة``) and for
    several (``الوزيران``)."""
    key = normalize_key(token.text)
    return any(k in _TITLES or (k.endswith("ه") and k[:-1] in _TITLES) or _plural_title(k)
               for k in (key, key[1:] if key[:1] == "و" and len(key) > 3 else key))


def _plural_title(key: str) -> bool:
    """``الوزيران``، ``الوزيرين``، ``المسؤولون``: an office held by several people, who speak together."""
    return key.endswith(("ان", "ين", "ون")) and len(key) > 4 and key[:-2] in _TITLES


def _name_keys(name: str) -> frozenset[str]:
    """The keys of a name's words, without the alef of a written tanween (``مصدرًا`` = ``مصدر``)."""
    return frozenset(normalize_key(re.sub(r"[^\w\s]", " ", name.replace("ًا", "").replace("اً", ""))).split())


def _indefinite_office(words: Sequence[Token]) -> bool:
    """An office described as someone's, not named as one (``رئيس تنفيذي لإحدى الشركات``، ``مدير إقليمي``): its title
    followed by a nisba adjective without the article (a title in construct is definite: ``رئيس الوزراء``، ``وزير
    خارجية قطر``, whose second word is a noun)."""
    if len(words) < 2 or normalize_key(words[0].text).startswith("ال") or not words[1].text.endswith("ي"):
        return False  # (``مدير مستشفى``: a noun in ``ى``)
    second = normalize_key(words[1].text)
    if not _adjective_word(second) or second.startswith("ال") or second in FIRST_NAMES:
        return False
    # a noun in ``ي`` in construct goes on with what it is of (``مدير نادي الهلال``)
    return len(words) == 2 or not normalize_key(words[2].text).startswith("ال")


def _role_key(role: str) -> tuple[str, ...]:
    """A role as compared: its words without ranks, courtesy words and punctuation (``المتحدث باسم
    الوزارة، اللواء``)."""
    words = normalize_key(re.sub(r"[^\w\s]", " ", role)).split()
    return tuple(w for w in words if w not in RANK_WORDS and w not in _COURTESY)


def _adjective_word(head: str) -> bool:
    """Whether a word's key without ``ال`` is a nisba adjective (``مصري``، ``سعودي``، ``الأمريكي``'s ``امريكي``): of whom or
    where an office is."""
    return len(head) >= 4 and head.endswith("ي")


@functools.lru_cache(maxsize=1 << 14)
def _office_words(key: tuple[str, ...]) -> tuple[str, ...]:
    """An office's words as compared: without ``ال``, a feminine ending or a possessive ``ه``, synonyms as one
    (``الناطقة`` = ``المتحدث``)."""
    words = []
    for w in key:
        w = _head(w)
        w = w[:-1] if w.endswith("ه") and len(w) > 3 else w  # ``شقيقه`` = ``الشقيق``، ``الناطقة`` = ``الناطق``
        words.append(_OFFICE_SYNONYMS.get(w, w))
    return tuple(words)


def _office_fits(query: tuple[str, ...], known: tuple[str, ...]) -> bool:
    """Whether an office read now names one written beside a person elsewhere: the same head word, and all
    its words among the other's (``الناطق باسم الخارجية`` in ``المتحدث باسم وزارة الخارجية``، ``والد
    معاذ`` in ``والد الطيار الأردني معاذ الكساسبة``، ``الرئيس العام`` in ``… الرئيس العام لرعاية الشباب``), or
    the office's head word alone."""
    q, k = _office_words(query), _office_words(known)
    # one word names the office it heads (``وأوضح المحافظ`` after ``محافظ مدينة عدن نايف البكري``)
    return bool(q) and bool(k) and (q == k or (len(q) >= 2 and q[0] in k and set(q) <= set(k)) or (len(q) == 1 and q[0] == k[0]))


def attributed(quote: Quote, unclear_below: float = DEFAULT.quotes.unclear_below) -> bool:
    """Whether ``quote`` is shown under its speaker: one is named, with a ``speaker_confidence`` of at least
    :attr:`~marsad.settings.QuoteSettings.unclear_below` (a quote without a confidence, stored before marsad gave one, is not)."""
    return bool(quote.speaker_name) and (quote.speaker_confidence or 0.0) >= unclear_below


def find_quotes(
    article: Article, mentions: Sequence[Mention], settings: QuoteSettings = DEFAULT.quotes
) -> list[Quote]:
    """The quotes of ``article``, in text order.

    ``mentions`` are the article's entity mentions (:func:`marsad.extract.recognize_entities`); speakers
    are found among them. Every quote's span indexes ``article.text`` and ``text`` is the text under it:
    for a direct quote the words between the quotation marks, for an indirect one the reported clause.
    ``speaker_span`` is a mention's span (or ``None`` with ``speaker_name`` set for an unnamed or
    unrecognized speaker: ``مصدر أمني``); ``speaker_confidence`` is the :data:`SPEAKER_RULES` score of the
    rule that found the speaker (0 when none was found); ``speaker`` and ``relayed_by`` stay ``None`` until
    :func:`link_speakers`. Quotes never overlap.
    """
    units = _units(article, settings.min_quote_words)
    reader = _Reader(article, mentions, units, settings.min_indirect_words)
    quotes: list[Quote] = []
    for unit in units:
        for quote in reader.read(unit):
            if not quotes or quote.start >= quotes[-1].end:
                quotes.append(quote)
    if reader.unplaced_speaker():
        # an office no one is named for may be that of a speaker whose office the article never gives
        # (``أكد نائب المستشارة الألمانية وزير الاقتصاد`` … ``وقال غابريال``): not shown under the office
        doubt = SPEAKER_RULES["office-unmatched"]
        quotes = [dataclasses.replace(q, speaker_confidence=min(q.speaker_confidence or 0.0, doubt))
                  if reader.rules.get((q.start, q.end)) == "office" else q for q in quotes]
    return quotes


def link_speakers(quotes: Sequence[Quote], entities: Sequence[Entity]) -> list[Quote]:
    """``quotes`` with ``speaker`` and ``relayed_by`` set to the id of the story entity whose mention holds
    the span (names as written are kept).

    A speaker named only by office (``وزير الخارجية العراقي``) goes to the one person of the story given
    that office, when exactly one is; otherwise it stays unlinked, by name. An unnamed source (no span,
    no office) is never linked.
    """
    at: dict[tuple[str, int, int], Entity] = {}
    for entity in entities:
        for m in entity.mentions:
            at[(m.article, m.start, m.end)] = entity
    by_role: dict[tuple[str, ...], set[str]] = {}
    for entity in entities:
        if entity.type == "PER":
            for role in entity.roles:
                by_role.setdefault(_role_key(role), set()).add(entity.id)
    ids = {e.id: e for e in entities}

    def find(article: str, span: tuple[int, int] | None, name: str | None) -> Entity | None:
        if span is not None:
            exact = at.get((article, *span))
            if exact is not None:
                return exact
            # a mention holding the span; not one inside it (``كيري`` is not the clipped ``يري``)
            return next((e for (a, s, t), e in at.items() if a == article and s <= span[0] and span[1] <= t), None)
        if name and not _generic(normalize_key(name.split()[0])):
            owners = by_role.get(_role_key(name), set())
            if len(owners) == 1:
                return ids[next(iter(owners))]
        return None

    linked = []
    for q in quotes:
        speaker = find(q.article, q.speaker_span, q.speaker_name)
        relayer = find(q.article, q.relayed_by_span, q.relayed_by_name)
        linked.append(dataclasses.replace(
            q, speaker=speaker.id if speaker else None, relayed_by=relayer.id if relayer else None
        ))
    return linked
