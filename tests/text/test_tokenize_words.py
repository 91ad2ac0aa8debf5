"""Tokens keep offsets, numbers stay whole, proclitics are found where a word may begin."""

import pytest

from marsad.text import (
    first_words,
    light_stem,
    normalize_key,
    proclitic_splits,
    split_proclitics,
    tokenize,
    word_keys,
)


def test_tokenize_keeps_numbers_whole_and_offsets_exact() -> None:
    text = "يقدر عددها نحو 2.5 ألف جندي، أي 2,500 أو ٢٥٠٠ جندي (60%)."
    tokens = tokenize(text)
    assert [t.text for t in tokens if t.kind == "number"] == ["2.5", "2,500", "٢٥٠٠", "60"]
    assert all(text[t.start : t.end] == t.text for t in tokens)
    assert [t.text for t in tokens if t.kind == "symbol"] == ["،", "(", "%", ")", "."]


def test_tokenize_keeps_diacritics_and_tatweel_inside_words() -> None:
    tokens = tokenize("مهّد لمغادرة الأمـريكيين")
    assert [t.text for t in tokens] == ["مهّد", "لمغادرة", "الأمـريكيين"]
    assert tokens[2].key == "الامريكيين"


def test_tokenize_number_does_not_swallow_final_period() -> None:
    assert [t.text for t in tokenize("عام 2020.")] == ["عام", "2020", "."]


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("والعراق", ("و", "العراق")),
        ("بالعراق", ("ب", "العراق")),
        ("للعراق", ("ل", "لعراق")),
        ("وللعراق", ("ول", "لعراق")),
        ("وبالولايات", ("وب", "الولايات")),
        ("العراق", ("", "العراق")),
        ("واشنطن", ("", "واشنطن")),  # و is the name's own letter
        ("بغداد", ("", "بغداد")),
        ("الى", ("", "الى")),  # too short to hold the article and a stem
    ],
)
def test_split_proclitics_only_where_unambiguous(word: str, expected: tuple[str, str]) -> None:
    assert split_proclitics(word) == expected


def test_proclitic_splits_lists_every_candidate_start() -> None:
    word = "وبغداد"
    assert [word[i:] for i in proclitic_splits(word)] == ["وبغداد", "بغداد", "غداد"]
    word = "وللعراق"
    assert "لعراق" in [word[i:] for i in proclitic_splits(word)]


def test_proclitic_splits_skip_diacritics() -> None:
    word = "وَبغداد"
    assert "بغداد" in [word[i:] for i in proclitic_splits(word)]


def test_light_stem_conflates_inflections_of_one_word() -> None:
    forms = ["القوات", "قوات", "وقواتها", "بالقوات"]
    assert len({light_stem(normalize_key(f)) for f in forms}) == 1


def test_word_keys_normalizes_and_stems() -> None:
    assert word_keys("الأمريكيّة في ٢٠٢١") == ["الامريكيه", "في", "2021"]
    assert word_keys("القوات الأمريكية", stem=True) == [light_stem("القوات"), light_stem("الامريكيه")]


def test_first_words_is_a_texts_lead() -> None:
    text = "أعلنت وزارة الداخلية\nأمس   عن هوية منفذ التفجير الذي استهدف مسجد قوات الطوارئ " + "كلمة " * 5000
    assert first_words(text, 5) == "أعلنت وزارة الداخلية أمس عن"
    assert first_words("قصير", 80) == "قصير"
    assert first_words("", 80) == ""
