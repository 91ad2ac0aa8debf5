"""Who said what in one article: direct and indirect quotes, their cue and their speaker.

:func:`find_quotes` reads an article in *units*: its sentences, joined where a quotation runs across a
sentence end. In each unit it finds, in this order,

1. **quotations**: spans between quotation marks, paired by which side of a word each mark sits on
   rather than by its shape, because pages mix and misuse them (``«…»``, ``»…«``, ``“…”``, ``”…”``,
   ``"…"``, ``:”إن …”``); a mark left open runs to the end of the paragraph, a closing mark with no
   opening one is ignored, and a quotation inside another is part of it. Quotations of fewer than
   :data:`MIN_QUOTE_WORDS` words are names or scare quotes (``“ماكنزي”``، ``“تهديد”``), not statements;
2. **cues** outside quotations: speech verbs (``قال``، ``أكد``، ``أشار إلى``، ``زعم`` ...), relays
   (``نقلت X عن Y قوله``) and sources (``بحسب``، ``وفقاً لـ``), each valid only when its complement
   follows: ``أن``/``إن``، a colon, a quotation, or the verb's own preposition (``أشار إلى``);
3. for each valid cue, the **reported text**: from its complement to the next cue or the end of the
   unit. A quotation that opens it, or follows a comma in it, is a ``direct`` quote; the text before is
   an ``indirect`` one (quoted words inside it, as in ``على ضرورة "تعزيز الشراكة"``, stay part of it);
4. the **speaker**: the first person named between the cue and its complement (an organization only at
   the head: ``قالت وزارة الخارجية``, not ``قال مسؤول في وزارة الخارجية``); else a role (``قال وزير
   الخارجية العراقي``) resolved to the last person of the article given that role; else the name before
   the verb (``الكاظمي يقول إن``); else, for a participle (``مضيفاً``، ``مشيراً``), the subject of the
   sentence; after ``من جانبه``/``من جهته``, the other party of the previous sentence; else the last
   speaker (``وأضاف``، ``وأوضح``). An unnamed speaker (``مصدر أمني``) is kept by name only.

Quotes carry spans into ``article.text`` and the speaker as a mention span; :func:`link_speakers`
turns those into story entity ids once entities are resolved across the story's articles.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass

from marsad.model import Article, Entity, Mention, Quote
from marsad.text import Token, normalize_key, shifted, split_sentences, tokenize

from .ner.gazetteers import ORG_TRIGGERS, PER_TITLES, RANK_TITLES

__all__ = ["MIN_INDIRECT_WORDS", "MIN_QUOTE_WORDS", "SPEECH_CUES", "find_quotes", "link_speakers"]


def _keys(words: str) -> frozenset[str]:
    return frozenset(normalize_key(w) for w in words.split())


# Speech verbs: dictionary form -> (finite forms, participles, prepositions that open the content).
# Source: the attribution verbs of the issue (قال، أكد، أضاف، أوضح، أشار إلى، شدد على، لفت إلى، اعتبر،
# نفى، زعم), completed with those read in the demo corpus and in SaudiNewsNet wire copy (ذكر، أعلن، صرح،
# كشف، أفاد، رأى، حذر، دعا، أثنى، وصف، ختم، أبلغ، نوه; تابع، زاد، روى، تعهد، تمنى were added after the
# first run on the annotated SaudiNewsNet quotes, docs/quotes.md). Left out on purpose: ``يذكر`` (``يذكر أن`` is the
# impersonal "it is worth noting"), ``بين`` unvocalized (also "between"), ``أعرب عن`` (states a feeling,
# ``أعرب عن قلقه``, rather than content).
_VERBS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "قال": ("قال قالت قالوا يقول تقول يقولون", "قائلا قائلاً قائلة", ()),
    "أكد": ("أكد أكدت أكدوا يؤكد تؤكد", "مؤكدا مؤكداً مؤكدة", ("على",)),
    "أضاف": ("أضاف أضافت أضافوا يضيف تضيف", "مضيفا مضيفاً مضيفة", ()),
    "أوضح": ("أوضح أوضحت يوضح توضح", "موضحا موضحاً موضحة", ()),
    "أشار": ("أشار أشارت يشير تشير", "مشيرا مشيراً مشيرة", ("إلى",)),
    "شدد": ("شدد شددت يشدد تشدد", "مشددا مشدداً مشددة", ("على",)),
    "لفت": ("لفت لفتت يلفت تلفت", "لافتا لافتاً لافتة", ("إلى",)),
    "اعتبر": ("اعتبر اعتبرت يعتبر تعتبر", "معتبرا معتبراً معتبرة", ()),
    "نفى": ("نفى نفت ينفي تنفي", "نافيا نافياً نافية", ()),
    "زعم": ("زعم زعمت يزعم تزعم", "زاعما زاعماً زاعمة", ()),
    "ذكر": ("ذكر ذكرت", "ذاكرا ذاكراً", ()),
    "أعلن": ("أعلن أعلنت يعلن تعلن", "معلنا معلناً معلنة", ()),
    "صرح": ("صرح صرحت يصرح", "مصرحا مصرحاً", ()),
    "كشف": ("كشف كشفت يكشف تكشف", "كاشفا كاشفاً كاشفة", ("عن",)),
    "أفاد": ("أفاد أفادت يفيد تفيد", "مفيدا مفيداً", ()),
    "بين": ("بينت", "مبينا مبيناً مبينة", ()),
    "أردف": ("أردف أردفت", "مردفا مردفاً", ()),
    "رأى": ("رأى رأت يرى ترى", "", ()),
    "حذر": ("حذر حذرت يحذر تحذر", "محذرا محذراً محذرة", ("من",)),
    "دعا": ("دعا دعت يدعو تدعو", "داعيا داعياً داعية", ("إلى",)),
    "أثنى": ("أثنى أثنت", "مثنيا مثنياً", ("على",)),
    "وصف": ("وصف وصفت وصفه وصفها وصفهم", "واصفا واصفاً", ()),
    "ختم": ("ختم ختمت اختتم اختتمت", "", ()),
    "أبلغ": ("أبلغ أبلغت", "", ()),
    "نوه": ("نوه نوهت", "منوها منوهاً", ("إلى",)),
    "تابع": ("تابع تابعت", "", ()),
    "زاد": ("زاد", "", ()),
    "روى": ("روى روت", "", ()),
    "تعهد": ("تعهد تعهدت", "", ()),
    "تمنى": ("تمنى تمنت", "", ()),
}
# ``تابع``، ``زاد`` also mean "followed", "increased": they report speech only before a colon or a quotation.
_QUOTATION_ONLY = frozenset({"تابع", "زاد"})
# Verbs whose content is the noun phrase after their preposition (``شدد على ضرورة …``، ``كشف عن …``). The
# other prepositional verbs report content only as ``إلى أن`` or before a quotation: ``أشار إلى المادة 51``
# and ``أثنى على ما شاهده`` cite or praise, they do not state.
_PREP_REQUIRED = frozenset({"شدد", "كشف", "حذر", "دعا"})
# Relays: the relaying outlet, then ``عن`` and the speaker.
_RELAY = _keys("نقل نقلت ينقل تنقل")
# Sources: the statement is the clause before or after ``بحسب X``. ``وفقاً``/``طبقاً`` take ``لـ`` on the next
# word, ``نقلاً`` takes ``عن``.
_SOURCE_LEMMA = {normalize_key(w): lemma for w, lemma in
                 (("بحسب", "بحسب"), ("حسب", "بحسب"), ("وفق", "وفقاً لـ"), ("وفقاً", "وفقاً لـ"),
                  ("طبقاً", "وفقاً لـ"), ("نقلاً", "نقلاً عن"))}
# Nouns that name a source without a name (``بحسب بيان``، ``وفقاً لمصادر``); a ``بحسب`` before anything else
# (``وفقاً لمخرجات الحوار``، ``حسب الاتفاق``) attributes nothing. Source: the sources of SaudiNewsNet and
# demo copy, read by hand.
_SOURCE_NOUNS = _keys(
    "بيان البيان مصدر المصدر مصادر المصادر تقرير التقرير تقارير تصريح تصريحات وكالة الوكالة صحيفة الصحيفة "
    "موقع الموقع قناة القناة مسؤول المسؤول مسؤولين مسؤولون شهود الشهود متحدث المتحدث الناطق ناطق مراسل "
    "مراسلنا وسائل إعلام بيانات مكتب المكتب"
)

SPEECH_CUES: dict[str, tuple[str, bool]] = {}
"""Every written form of a speech verb (as a key) -> (its dictionary form, whether it is a participle)."""
for _lemma, (_finite, _participles, _preps) in _VERBS.items():
    SPEECH_CUES.update(dict.fromkeys(_keys(_finite), (_lemma, False)))
    SPEECH_CUES.setdefault(normalize_key(_finite.split()[0]) + "وا", (_lemma, False))  # plural: ذكروا، أفادوا
    SPEECH_CUES.update(dict.fromkeys(_keys(_participles), (_lemma, True)))
_PREPS = {lemma: frozenset(normalize_key(p) for p in preps) for lemma, (_, _, preps) in _VERBS.items()}

# ``أن``/``إن`` and their forms with pronouns and ``ب`` (``بأنه``): the content clause opens after them.
_COMPLEMENTIZERS = _keys(
    "أن إن أنه إنه أنها إنها أنهم إنهم أنهما أننا إننا أنني أنهن بأن بأنه بأنها بأنهم بأنهما بأننا فإن فإنه فإنها"
)
# ``بعد أن``، ``قبل أن``: a time clause, not the content of the statement.
_NOT_BEFORE_COMPLEMENTIZER = _keys("بعد قبل منذ حتى بدون دون لولا")
# ``وهو ما يشير إلى أن``: "which shows that", a verb whose subject is a fact, not a speaker.
_WHICH = _keys("ما مما")
_SAYING = _keys("قوله قولها قولهم قولهما تأكيده تأكيدها بالقول")  # ``نقلت ... عن X قوله``؛ ``ختم بالقول``
# Words after a cue that end the speaker's name: prepositions of an adverbial (``وأضاف خلال كلمته``) or of
# an addressee (``قال لوكالة``). ``في`` and ``باسم`` are not here: they are part of roles (``السفير الأمريكي في
# العراق``، ``المتحدث باسم الوزارة``).
_SUBJECT_STOPS = _keys("خلال عبر مع أمام لدى عقب بعد قبل أثناء حول ضمن وسط إلى على عن من لـ ل التي الذي الذين")
# Honorifics that stand for the person last named (``وقال سموه``): the statement goes on with them.
_HONORIFICS = _keys("سموه سموها معاليه معاليها فضيلته سعادته")
# Courtesy words before a name (``أدان صاحب السمو الملكي الأمير …``), skipped like titles.
_COURTESY = _keys("صاحب السمو الملكي سمو معالي فضيلة سعادة")
# Words skipped when reading a speaker's name: days and times said between the verb and its subject.
_TIME_WORDS = _keys("اليوم أمس امس غدا الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت صباح مساء "
                    "يوم ليلة فجر ظهر الماضي الحالي")
# Prepositions that open a fronted adverbial (``وفي السياق ذاته،``، ``وخلال اللقاء،``) before the verb.
_FRONTED = _keys("في خلال من على بعد قبل عقب إثر حول")
_MAX_FRONTED = 10  # tokens of a fronted adverbial
_MAX_TITLES = 4  # title words between a verb and the name of its subject (``استقبل الرئيس الأمريكي جو بايدن``)
_OTHER_PARTY = re.compile(r"(?:^|\s)و?من\s+(?:جانب|جهت)(?:ه|ها|هم)\b")
_TITLES = PER_TITLES | RANK_TITLES
_RELATIVES = _keys("الذي التي")
_SPEAKER_TYPES = ("PER", "ORG")

MIN_QUOTE_WORDS = 3
"""Fewer words between quotation marks are a name or a scare quote (``“ماكنزي”``، ``“على الورق”``)."""
MIN_INDIRECT_WORDS = 3
"""Fewer reported words are not a statement (``قال إن ذلك``)."""
_MAX_CUE_GAP = 30  # tokens between a cue and its complement (``قال وزير الخارجية الأميركي أنتوني بلينكن ...``)
_MAX_NAME_WORDS = 8  # an unnamed speaker is shown by at most this many words

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
    family a stack pairs marks, and a mark that could open or close (``word"word``) closes an open one.
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
        if side == "open":
            stack.append(i)
        elif stack:
            pairs.append((stack.pop(), i))
    for stack in stacks.values():
        if stack:
            pairs.append((stack[0], hi))  # left open: runs to the end of the paragraph
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
            words = sum(1 for t in tokenize(text[start:end]) if t.kind != "symbol")
            found.append(_Quotation(o, c, start, end, words))
    return found


# --- units -----------------------------------------------------------------------------------------------


@dataclass
class _Unit:
    start: int
    end: int
    tokens: list[Token]
    quotations: list[_Quotation]  # statements only (MIN_QUOTE_WORDS or more)


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


def _units(article: Article) -> list[_Unit]:
    """Sentences of each paragraph, joined where a statement's quotation runs across their end."""
    text = article.text
    sentences = [(s.start, s.end) for s in article.sentences] or split_sentences(text)
    units: list[_Unit] = []
    for lo, hi in _paragraphs(article):
        quotations = [q for q in _quotations(text, lo, hi) if q.words >= MIN_QUOTE_WORDS]
        spans: list[list[int]] = []
        for s, e in sentences:
            if not (lo <= s < hi):
                continue
            if spans and any(q.open < spans[-1][1] and q.close >= s for q in quotations if q.open >= spans[-1][0]):
                spans[-1][1] = max(spans[-1][1], e)
            else:
                spans.append([s, e])
        for s, e in spans:
            tokens = shifted(tokenize(text[s:e]), s)
            units.append(_Unit(s, e, tokens, [q for q in quotations if s <= q.open < e]))
    return units


# --- cues and speakers ----------------------------------------------------------------------------------


@dataclass
class _Speaker:
    name: str | None
    span: tuple[int, int] | None = None


@dataclass
class _Cue:
    index: int  # token index in the unit
    lemma: str
    kind: str  # verb, participle, relay, source
    complement: int | None = None  # token index of the complement marker, None when invalid
    content: int | None = None  # char offset where the reported text starts
    speaker: _Speaker | None = None
    relayer: _Speaker | None = None


def _forms(token: Token) -> list[str]:
    key = normalize_key(token.text)
    return [key, key[1:]] if key[:1] in ("و", "ف") and len(key) >= 3 else [key]


def _cue_of(token: Token) -> tuple[str, str] | None:
    if token.kind != "word":
        return None
    for form in _forms(token):
        if form in SPEECH_CUES:
            lemma, participle = SPEECH_CUES[form]
            return lemma, "participle" if participle else "verb"
        if form in _RELAY:
            return "نقل", "relay"
        if form in _SOURCE_LEMMA:
            return _SOURCE_LEMMA[form], "source"
    return None


def _inside(quotations: Sequence[_Quotation], offset: int) -> _Quotation | None:
    return next((q for q in quotations if q.open <= offset < q.close), None)


def _opens(quotations: Sequence[_Quotation], token: Token) -> _Quotation | None:
    return next((q for q in quotations if q.open == token.start), None)


class _Reader:
    """Cues, speakers and quotes of one article, unit by unit; keeps the last speaker across units."""

    def __init__(self, article: Article, mentions: Sequence[Mention]) -> None:
        self.article = article
        self.text = article.text
        self.mentions = sorted((m for m in mentions if m.article == article.id), key=lambda m: m.start)
        self.last: _Speaker | None = None
        self.previous_unit: _Unit | None = None

    # mentions ----------------------------------------------------------------------------------------

    def _mention_at(self, token: Token) -> Mention | None:
        return next((m for m in self.mentions if m.start < token.end and token.start < m.end), None)

    def _speaker_of(self, mention: Mention) -> _Speaker:
        return _Speaker(mention.text, (mention.start, mention.end))

    def _by_role(self, role: str, before: int) -> _Speaker | None:
        """The last person named before ``before`` with the role ``role`` (``وزير الخارجية العراقي``)."""
        key = _role_key(role)
        for m in reversed(self.mentions):
            if m.start < before and m.type == "PER" and m.role and _role_key(m.role) == key:
                return self._speaker_of(m)
        return None

    # speakers ----------------------------------------------------------------------------------------

    def _subject(self, unit: _Unit, begin: int, end: int) -> tuple[_Speaker | None, bool]:
        """The speaker named by tokens ``[begin, end)`` after a cue, and whether anything was there at all.

        A person anywhere before an adverbial or addressee stop; an organization only at the head; else
        a role or an unnamed speaker (``مصدر أمني``) by name.
        """
        tokens = unit.tokens
        words: list[Token] = []
        head_org: Mention | None = None
        for j in range(begin, end):
            token = tokens[j]
            if token.kind == "symbol":
                # a comma ends the name, unless an apposition names the person (``وزير الخارجية، فلان``)
                if token.text in ",،" and words and not (j + 1 < end and self._person_at(tokens[j + 1])):
                    break
                continue
            key = normalize_key(token.text)
            mention = self._mention_at(token)
            if mention is None and (key in _SUBJECT_STOPS or key.startswith("ل")):
                break
            if mention is None and key == "في" and not (words and _is_title_word(words[0])):
                break  # ``قال في بيان``; but ``السفير الأمريكي في العراق`` is a role
            if mention is None and (key in _TIME_WORDS or key in _SAYING or key in _HONORIFICS):
                continue
            if mention is not None and mention.type == "PER":
                return self._speaker_of(mention), True
            if (
                mention is not None and mention.type == "ORG" and head_org is None
                and all(_org_trigger(w) for w in words)
            ):
                head_org = mention  # ``قالت وزارة الخارجية``، ``نقلت صحيفة “نيويورك تايمز”``
            words.append(token)
        if head_org is not None:
            return self._speaker_of(head_org), True
        if not words:
            return None, False
        if _is_title_word(words[0]):
            name = self.text[words[0].start : words[min(len(words), _MAX_NAME_WORDS) - 1].end]
            return self._by_role(name, words[0].start) or _Speaker(name), True
        # an unnamed speaker is shown by its words up to a place or circumstance (``مصادر في الوزارة``)
        cut = next((i for i, w in enumerate(words) if normalize_key(w.text) == "في"), len(words))
        shown = words[: max(1, min(cut, _MAX_NAME_WORDS))]
        return _Speaker(self.text[shown[0].start : shown[-1].end]), True

    def _person_at(self, token: Token) -> bool:
        mention = self._mention_at(token)
        return mention is not None and mention.type == "PER"

    def _before_verb(self, unit: _Unit, index: int) -> _Speaker | None:
        """A name right before the cue: ``الكاظمي يقول إن``."""
        j = index - 1
        while j >= 0 and unit.tokens[j].text in _QUOTE_MARKS:
            j -= 1
        if j >= 1 and normalize_key(unit.tokens[j].text) in _RELATIVES:
            j -= 2 if unit.tokens[j - 1].text in ",،" and j >= 2 else 1  # ``جميل الشايب، الذي أوضح``
        if j < 0 or normalize_key(unit.tokens[index].text)[:1] in ("و", "ف"):
            return None  # ``وقال``: a new clause, whose subject is not what came before
        mention = self._mention_at(unit.tokens[j])
        if mention is not None and mention.type in _SPEAKER_TYPES and mention.end <= unit.tokens[index].start:
            return self._speaker_of(mention)
        return None

    def _sentence_subject(self, unit: _Unit, cues: Sequence[_Cue], index: int) -> _Speaker | None:
        """For a participle: the speaker of the unit's previous speech verb, or the first person or
        organization of the unit (the subject of its main verb)."""
        earlier = [c for c in cues if c.index < index and c.kind in ("verb", "relay") and c.speaker is not None]
        if earlier:
            return earlier[-1].speaker
        for token in unit.tokens[:index]:
            if _inside(unit.quotations, token.start):
                continue
            mention = self._mention_at(token)
            if mention is not None and mention.type in _SPEAKER_TYPES and not self._in_role(unit, mention):
                return self._speaker_of(mention)
        return None

    def _in_role(self, unit: _Unit, mention: Mention) -> bool:
        """An organization named inside a person's role (``رئيس مجلس النواب، … جون بينر``)."""
        if mention.type != "ORG":
            return False
        before = [t for t in unit.tokens if t.end <= mention.start]
        return bool(before) and _is_title_word(before[-1])

    def _other_party(self, unit: _Unit) -> _Speaker | None:
        """After ``من جانبه``: the last person of the previous unit who is not the last speaker."""
        previous = self.previous_unit
        if previous is None:
            return None
        last_span = self.last.span if self.last else None
        people = [m for m in self.mentions if previous.start <= m.start < previous.end and m.type == "PER"]
        for m in reversed(people):
            if last_span is None or self.text[m.start : m.end] != self.text[last_span[0] : last_span[1]]:
                return self._speaker_of(m)
        return None

    # cues --------------------------------------------------------------------------------------------

    def _complement(self, unit: _Unit, cue: _Cue, stop: int) -> None:
        """Find the cue's complement in tokens after it (before ``stop``) and where its content starts."""
        tokens = unit.tokens
        preps = _PREPS.get(cue.lemma, frozenset())
        first_prep: int | None = None
        for j in range(cue.index + 1, min(stop, cue.index + 1 + _MAX_CUE_GAP)):
            token = tokens[j]
            if _inside(unit.quotations, token.start) and not _opens(unit.quotations, token):
                continue
            quotation = _opens(unit.quotations, token)
            key = normalize_key(token.text)
            if first_prep is not None and cue.lemma in _PREP_REQUIRED and (quotation is not None or token.text == ":"):
                break  # ``شدد على ضرورة "…"``: the content opens at the preposition
            if quotation is not None or token.text == ":":
                cue.complement, cue.content = j, (quotation.open if quotation else token.end)
                return
            if cue.lemma in _QUOTATION_ONLY:
                continue
            if key in _COMPLEMENTIZERS and (j == 0 or normalize_key(tokens[j - 1].text) not in _NOT_BEFORE_COMPLEMENTIZER):
                cue.complement, cue.content = j, token.end
                return
            if key in preps and self._mention_at(token) is None:
                nxt = tokens[j + 1] if j + 1 < len(tokens) else None
                if nxt is not None and (_opens(unit.quotations, nxt) or normalize_key(nxt.text) in _COMPLEMENTIZERS):
                    cue.complement, cue.content = j, nxt.start if _opens(unit.quotations, nxt) else nxt.end
                    return
                if first_prep is None:
                    first_prep = j
        if first_prep is not None and cue.lemma in _PREP_REQUIRED:
            cue.complement, cue.content = first_prep, tokens[first_prep].end

    def _relay(self, unit: _Unit, cue: _Cue, stop: int) -> None:
        """``نقلت X عن Y قوله إن ...``: X relays, Y speaks."""
        tokens = unit.tokens
        about = next((j for j in range(cue.index + 1, min(stop, cue.index + 1 + _MAX_CUE_GAP))
                      if normalize_key(tokens[j].text) == "عن"), None)
        if about is None:
            return
        relayer, _ = self._subject(unit, cue.index + 1, about)
        for j in range(about + 1, min(stop, about + 1 + _MAX_CUE_GAP)):
            token = tokens[j]
            key = normalize_key(token.text)
            quotation = _opens(unit.quotations, token)
            if key in _SAYING or key in _COMPLEMENTIZERS or token.text == ":" or quotation is not None:
                cue.speaker, _ = self._subject(unit, about + 1, j)
                cue.relayer, cue.complement = relayer, j
                cue.content = quotation.open if quotation is not None else token.end
                return

    def _source(self, unit: _Unit, cue: _Cue) -> int | None:
        """``بحسب X``: the speaker X if X is a source; returns the token index after X's name, or None."""
        tokens = unit.tokens
        j = cue.index + 1
        if cue.lemma == "نقلاً عن" and j < len(tokens) and normalize_key(tokens[j].text) == "عن":
            j += 1
        end = j
        while end < len(tokens) and end - j < _MAX_NAME_WORDS and tokens[end].text not in ",،.":
            end += 1
        if j >= end:
            return None
        first = tokens[j]
        mention = next((self._mention_at(t) for t in tokens[j:end] if self._mention_at(t)), None)
        head = normalize_key(first.text)
        head = head[1:] if cue.lemma == "وفقاً لـ" and head.startswith("ل") else head
        if mention is not None and mention.type in _SPEAKER_TYPES:
            cue.speaker = self._speaker_of(mention)
        elif head in _SOURCE_NOUNS or head.removeprefix("ال") in _SOURCE_NOUNS:
            cue.speaker = _Speaker(self.text[first.start : tokens[end - 1].end].lstrip("ل"))
        else:
            return None
        return end

    def read(self, unit: _Unit) -> list[Quote]:
        """The quotes of one unit, in text order."""
        tokens = unit.tokens
        cues = [
            _Cue(i, *found) for i, t in enumerate(tokens)
            if not _inside(unit.quotations, t.start) and (found := _cue_of(t)) is not None
            and not (i > 0 and normalize_key(tokens[i - 1].text) in _WHICH)
            and self._mention_at(t) is None  # ``رؤى`` (a name) has the key of ``روى``
        ]
        for k, cue in enumerate(cues):
            stop = cues[k + 1].index if k + 1 < len(cues) else len(tokens)
            if cue.kind == "relay":
                self._relay(unit, cue, stop)
            elif cue.kind in ("verb", "participle"):
                self._complement(unit, cue, stop)
                self._attribute(unit, cues, cue)
        verbs = [c for c in cues if c.kind != "source" and c.complement is not None]
        quotes: list[Quote] = []
        if verbs:
            bounds = [c for c in cues if c.complement is not None or c.kind == "source"]
            for cue in verbs:
                later = [c for c in bounds if c.index > cue.complement]
                end = _boundary(tokens, later[0].index) if later else unit.end
                quotes += self._quotes(unit, cue, cue.content, end)
            quotes += self._postposed(unit, cues, quotes)
        else:
            quotes += self._sourced(unit, cues)
        if not any(c.complement is not None and c.speaker is not None for c in cues):
            self.last = self._clause_subject(unit) or self.last
        self.previous_unit = unit
        return quotes

    def _clause_subject(self, unit: _Unit) -> _Speaker | None:
        """The person a sentence without a statement is about, when it opens with a verb and that person
        (``وفي السياق ذاته، أعرب “ماكنزي” عن …``): a later ``وأضاف`` or ``وختم بالقول`` goes on with them.

        The clause starts after a fronted adverbial (``وفي …،``); the verb is its first word, and the
        person follows, after quotation marks and titles only.
        """
        tokens = unit.tokens
        begin = 0
        if tokens and _forms(tokens[0])[-1] in _FRONTED:
            comma = next((j for j, t in enumerate(tokens[:_MAX_FRONTED]) if t.text in ",،"), None)
            if comma is None:
                return None
            begin = comma + 1
        if begin >= len(tokens) or tokens[begin].kind != "word" or self._mention_at(tokens[begin]) is not None:
            return None
        for token in tokens[begin + 1 : begin + 1 + _MAX_TITLES]:
            mention = self._mention_at(token)
            if mention is not None:
                return self._speaker_of(mention) if mention.type == "PER" else None
            if token.text not in _QUOTE_MARKS and not _is_title_word(token) and normalize_key(token.text) not in _COURTESY:
                return None
        return None

    def _attribute(self, unit: _Unit, cues: Sequence[_Cue], cue: _Cue) -> None:
        """Find the speaker of a speech verb (valid or not) and update the last speaker."""
        end = cue.complement if cue.complement is not None else min(len(unit.tokens), cue.index + 1 + _MAX_CUE_GAP)
        nxt = next((c.index for c in cues if c.index > cue.index), len(unit.tokens))
        speaker, named = self._subject(unit, cue.index + 1, min(end, nxt))
        if not named:
            speaker = self._before_verb(unit, cue.index)
        if speaker is None and not named:
            if cue.kind == "participle":
                # a participle opening the sentence (``… درويش. مشيرا إلى أن``) goes on with the last speaker
                speaker = self._sentence_subject(unit, cues, cue.index) or (self.last if cue.index == 0 else None)
            elif cue.index > 0 and not _OTHER_PARTY.search(self.text[unit.start : unit.tokens[cue.index].start]):
                # ``أبدى الوزير ... حرص بلاده، وقال إن``: the verb shares the subject of the sentence
                speaker = self._sentence_subject(unit, cues, cue.index) or self.last
            elif _OTHER_PARTY.search(self.text[unit.start : unit.tokens[cue.index].start]):
                speaker = self._other_party(unit) or self.last
            elif cue.complement is not None:
                speaker = self.last
        cue.speaker = speaker
        # a verb with no statement after it still says who is speaking (``أعلن الأعرجي انتهاء …، مشيراً``),
        # when it names a person: ``تابع`` with no colon ("followed") names nobody who speaks
        if speaker is not None and (
            cue.complement is not None or (speaker.span is not None and cue.lemma not in _QUOTATION_ONLY)
        ):
            self.last = speaker

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
        if sum(1 for t in tokenize(self.text[s:e]) if t.kind != "symbol") < MIN_INDIRECT_WORDS:
            return []
        return [self._quote(unit, cue, s, e, "indirect")]

    def _quote(self, unit: _Unit, cue: _Cue, start: int, end: int, kind: str) -> Quote:
        token = unit.tokens[cue.index]
        speaker = cue.speaker or _Speaker(None)
        relayer = cue.relayer or _Speaker(None)
        return Quote(
            article=self.article.id, start=start, end=end, text=self.text[start:end], kind=kind,
            cue=cue.lemma, cue_span=(token.start, token.end),
            speaker_name=speaker.name, speaker_span=speaker.span,
            relayed_by_name=relayer.name, relayed_by_span=relayer.span,
        )

    def _postposed(self, unit: _Unit, cues: Sequence[_Cue], taken: Sequence[Quote]) -> list[Quote]:
        """``"…"، قال الوزير``: a statement opening the unit, attributed by a verb after it."""
        if not unit.quotations or any(q.start == unit.quotations[0].start for q in taken):
            return []
        first = unit.quotations[0]
        if self.text[unit.start : first.open].strip():
            return []
        for cue in cues:
            between = self.text[first.close + 1 : unit.tokens[cue.index].start]
            if cue.kind == "verb" and cue.complement is None and not between.strip(" ،,."):
                return [self._quote(unit, cue, first.start, first.end, "direct")]
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
            if not lead.strip(" و،,"):
                if after < len(unit.tokens) and unit.tokens[after].text in ",،":
                    return self._quotes(unit, cue, unit.tokens[after].end, unit.end)
                return []
            return self._quotes(unit, cue, unit.start, _boundary(unit.tokens, cue.index))
        return []


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
    key = normalize_key(token.text)
    return key in ORG_TRIGGERS or key.removeprefix("ال") in ORG_TRIGGERS


def _is_title_word(token: Token) -> bool:
    key = normalize_key(token.text)
    return key in _TITLES or key.removeprefix("و") in _TITLES


def _role_key(role: str) -> tuple[str, ...]:
    """A role as compared: its words without ranks and punctuation (``المتحدث باسم الوزارة، اللواء``)."""
    return tuple(w for w in normalize_key(re.sub(r"[^\w\s]", " ", role)).split() if w not in RANK_TITLES)


def find_quotes(article: Article, mentions: Sequence[Mention]) -> list[Quote]:
    """The quotes of ``article``, in text order.

    ``mentions`` are the article's entity mentions (:func:`marsad.extract.recognize_entities`); speakers
    are found among them. Every quote's span indexes ``article.text`` and ``text`` is the text under it:
    for a direct quote the words between the quotation marks, for an indirect one the reported clause.
    ``speaker_span`` is a mention's span (or ``None`` with ``speaker_name`` set for an unnamed or
    unresolved speaker: ``مصدر أمني``); ``speaker`` and ``relayed_by`` stay ``None`` until
    :func:`link_speakers`. Quotes never overlap.
    """
    reader = _Reader(article, mentions)
    quotes: list[Quote] = []
    for unit in _units(article):
        for quote in reader.read(unit):
            if not quotes or quote.start >= quotes[-1].end:
                quotes.append(quote)
    return quotes


def link_speakers(quotes: Sequence[Quote], entities: Sequence[Entity]) -> list[Quote]:
    """``quotes`` with ``speaker`` and ``relayed_by`` set to the id of the story entity whose mention holds
    the span (names as written are kept).

    A speaker named only by role (``وزير الخارجية العراقي``) goes to the one person of the story given that
    role, when exactly one is; otherwise it stays unlinked, by name.
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
            return next((e for (a, s, t), e in at.items() if a == article and s < span[1] and span[0] < t), None)
        if name:
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
