"""The reporting verbs are one table (marsad.lang.ar.reporting.REPORTING_VERBS); every other stage's list of
them is a named selection of it, never a copy that drifts."""

import pytest

from marsad.lang.ar import function_words, reporting, time
from marsad.text import normalize_key

# A verb a selection reads that the table does not hold yet, and why it is not added: adding a verb to the
# table makes it a quote cue, which changes the quotes found (measure with bench/quote_eval.py first).
NOT_YET_IN_THE_TABLE = {
    "استطرد": "the summary's fitness check reads it (واستطرد أن leans on the sentence before); as a quote cue it "
    "would change the quotes of 10 of the first 2,000 SaudiNewsNet articles, unmeasured",
}


def _forms() -> set[str]:
    forms = set()
    for lemma, (finite, participles, _) in reporting.REPORTING_VERBS.items():
        forms.update(normalize_key(w) for w in (lemma, *finite.split(), *participles.split()))
    return forms | {normalize_key(w) for w in NOT_YET_IN_THE_TABLE}


def _bare(word: str) -> str:
    key = normalize_key(word)
    return key[1:] if key[:1] in ("و", "ف") and key[1:] in _forms() else key


@pytest.mark.parametrize("name", ["LEANING_VERB_FORMS", "SUMMARY_REPORTING_FORMS", "CLAUSE_REPORTING_FORMS",
                                  "ROLE_STOP_VERBS", "CLUSTER_STOP_LEMMAS"])
def test_each_selection_holds_only_forms_of_the_table(name):
    selection = getattr(reporting, name)
    words = selection.split() if isinstance(selection, str) else selection
    assert words
    assert [w for w in words if _bare(w) not in _forms()] == []


def test_the_function_word_tables_hold_no_reporting_verb():
    # reporting verbs live in marsad.lang.ar.reporting; ``بين`` is the preposition "between" as well as
    # the verb "showed", so it is a function word too
    forms = _forms() - {normalize_key("بين")}
    for name in ("SUMMARY_STOPWORDS", "CLAUSE_FUNCTION_WORDS", "ROLE_STOPS", "NOT_COUNTED", "NEWS_STOP_WORDS"):
        table = getattr(function_words, name)
        words = table.split() if isinstance(table, str) else table
        assert [w for w in words if _bare(w) in forms] == [], name


def test_weekdays_and_months_are_typed_once():
    assert len(time.WEEKDAY_NAMES) == 7 and set(map(normalize_key, time.WEEKDAY_NAMES)) == set(time.WEEKDAYS)
    # every system's month names name a month by themselves, the Maghrebi ones included
    for month in ("يوليو", "تموز", "يوليوز", "غشت", "شتنبر", "نونبر", "دجنبر", "جويلية", "رمضان", "الحجة"):
        assert normalize_key(month) in time.MONTH_WORDS, month
    assert normalize_key("الثاني") not in time.MONTH_WORDS  # كانون الثاني: the qualifier is no month
