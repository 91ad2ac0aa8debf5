"""Arabic text primitives: matching keys, tokens, sentences, numbers. No I/O, no pipeline imports."""

from .normalize import fold, fold_chars, key_words, normalize_key, strip_diacritics
from .numbers import NUMBER_RE, parse_number
from .sentences import CLAUSE_MARKS, dateline_end, is_broken_line, split_sentences
from .tokenize import (
    Token,
    first_words,
    folded_stem,
    light_stem,
    name_safe_stem,
    proclitic_splits,
    split_proclitics,
    tokenize,
    tokenize_at,
    word_keys,
    word_texts,
)

__all__ = [
    "CLAUSE_MARKS",
    "NUMBER_RE",
    "Token",
    "dateline_end",
    "first_words",
    "fold",
    "fold_chars",
    "folded_stem",
    "is_broken_line",
    "key_words",
    "light_stem",
    "name_safe_stem",
    "normalize_key",
    "parse_number",
    "proclitic_splits",
    "split_proclitics",
    "split_sentences",
    "strip_diacritics",
    "tokenize",
    "tokenize_at",
    "word_keys",
    "word_texts",
]
