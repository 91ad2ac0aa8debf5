"""Arabic affixes: the proclitics (conjunctions, prepositions, the article) that stick to a word's front,
and the suffixes taken off for light stems and adjective bases.

Plain strings; :mod:`marsad.text.tokenize` and the stages that strip affixes build their splitters from
these tables.
"""

from __future__ import annotations

# Proclitics the first word of a time expression may carry (``وبعد``، ``فلل``، ``للعام``), longest first.
TIME_PROCLITICS = ("وب", "ول", "وك", "فب", "فل", "لل", "و", "ف", "ب", "ل", "ك")


# Proclitics and the article taken off a nationality adjective (``والأمريكية``) before it is looked up.
ARTICLE_PROCLITICS = ("وال", "بال", "لل", "فال", "ال", "و", "ب", "ل")

# Plural and feminine endings of a nisba adjective (``الأمريكيين``، ``الأمريكية``), taken off.
NISBA_ENDINGS = ("يين", "يون", "يه", "ين", "ون")


# The article with its proclitics, taken off a counted noun (``والقوات``، ``للجنود``).
ARTICLE_PREFIXES = ("وال", "بال", "لل", "ال", "و")


# Proclitic sequences, written as keys (normalized). Order: conjunction (و ف), then preposition (ب ك ل),
# then the article (ال); ``لل`` is ل + ال with the article's alef dropped, as the script requires.
# Source: standard Arabic morphology (e.g. Habash, *Introduction to Arabic NLP*, 2010, ch. 4) and
# Larkey's light10 prefix list.
ARTICLE_PREFIX_SEQUENCES = ("وبال", "فبال", "ولل", "فلل", "وال", "فال", "بال", "لل", "ال")

# ك + ال ("like the") is rare in news and names begin with كال (كالفيرت، كاليفورنيا): a candidate only.
BARE_PREFIX_SEQUENCES = ("وكال", "فكال", "كال", "وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك")

# Light10 (Larkey, Ballesteros & Connell 2007): strip a short list of prefixes and suffixes. Used for
# clustering and search keys, where conflating ``القوات``/``قوات``/``وقواتها`` helps and the odd wrong
# conflation costs little.
LIGHT10_PREFIXES = ("وال", "بال", "كال", "فال", "لل", "ال")

# Light10's suffixes (same source).
LIGHT10_SUFFIXES = ("ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي")

# Word endings (key form) that Light10 leaves on a word news writes both ways: the alef of the indefinite
# accusative (``مسجدًا`` and ``مسجدا`` are ``مسجد``: the key drops the tanween mark, the alef stays; ``تفجيرا``،
# ``هجوما``) and the verb's plural ``وا`` (``أدانوا``). Cut where a report is asked whether it holds an
# event's words (story clustering's anchors: ``marsad.text.folded_stem``). Source: standard Arabic morphology.
ALEF_ENDINGS = ("وا", "ا")

# The dual's and the sound plurals' endings (``سنتين``، ``ساعتان``، ``سنوات``، ``مهندسون``), as keys: a noun so ended
# counts more than one (a fraction after it, ``ثلاث سنوات ونصف``, adds to a number written before it).
DUAL_PLURAL_ENDINGS = ("ين", "ان", "ات", "ون")

# The sound masculine plural in the accusative or genitive (``-ين``; the nominative is ``-ون``), as keys with the article:
# a nisba's (``اليونانيين``، ``الحوثيين``: the ending after ``ي``) or a participle's (``المتقدمين``، ``المتمردين``: ``الم``
# opening it; ``الراغبين``: a long ``ا`` after the first root letter). Right after a speech verb such a word is its object,
# never its subject (``دعا الصحافيين الروس إلى``: he called on the Russian journalists). Words whose ``ين`` is their own
# (``الأمين``، ``الصين``، ``البحرين``، ``الدين``) have none of these shapes. Source: standard Arabic morphology.
OBLIQUE_PLURAL_ENDING = "ين"
NISBA_PLURAL_ENDING = "يين"
PARTICIPLE_OPENING = "الم"

# How a definite adjective of two, of many or of a feminine noun ends, as keys (``السوداوين``، ``الثلاثية``): no family's
# name, whose nisba ends in ``ي`` (``الشهراني``). A run of names after a rank ends before one (extract/entities.py).
NOT_FAMILY_ENDINGS = (*DUAL_PLURAL_ENDINGS, "يه")

# Pronouns attached to a noun (his, her, their, your, our), longest first, as written: ``ه`` and never
# ``ة``. Source: standard Arabic morphology. Used to tell ``منزله`` (his home) from a name.
POSSESSIVE_SUFFIXES = ("هما", "هم", "هن", "ها", "ه", "كم", "نا")

# How a word in the indefinite accusative ends when its tanween is written (``غرباً``، ``رسمياً`` and
# ``رسميًا``، ``هدىً``): an adverb or an indefinite object, never a word of a name after its first.
ACCUSATIVE_TANWEEN_ENDINGS = ("\u064b", "\u064bا", "\u064bى")
# The tanween marks of the three cases (``ً``، ``ٌ``، ``ٍ``): a word written with one is indefinite, and a proper name
# takes none (a vocalized hadith's ``فاطمة بنت محمدٍ`` aside).
TANWEEN_MARKS = "\u064b\u064c\u064d"


# Word beginnings that carry the definite article: ال alone or after و ف ب ك, and لل (ل + ال). Source:
# standard Arabic morphology; the article-bearing prefixes of marsad.text.tokenize, as written (not keys).
ARTICLE_BEARING_PREFIXES = ("ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل")


# Proclitics that stand alone before a word without the article (key form): the split after them is
# uncertain (لبنان is not ل + بنان), so the stem after them goes to the low-weight field only.
BARE_PROCLITICS = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك")
