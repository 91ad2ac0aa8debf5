"""Arabic text primitives: matching keys, tokens, sentences, numbers. No I/O, no pipeline imports."""

from .normalize import _word_key, fold, fold_chars, key_words, normalize_key, strip_diacritics
from .numbers import NUMBER_RE, parse_number
from .sentences import is_broken_line, split_sentences
from .tokenize import (
    Token,
    _proclitic_splits,
    _tokens,
    light_stem,
    name_safe_stem,
    proclitic_splits,
    shifted,
    split_proclitics,
    tokenize,
    word_keys,
)

__all__ = [
    "NUMBER_RE",
    "Token",
    "clear_caches",
    "fold",
    "fold_chars",
    "is_broken_line",
    "key_words",
    "light_stem",
    "name_safe_stem",
    "normalize_key",
    "parse_number",
    "proclitic_splits",
    "shifted",
    "split_proclitics",
    "split_sentences",
    "strip_diacritics",
    "tokenize",
    "word_keys",
]


def clear_caches() -> None:
    """Empty the memo tables of word keys, stems, proclitic splits and sentence tokens.

    For a process about to fork workers that will fill their own: tables inherited half-used are copied
    page by page into each worker as its lookups reorder them (a few hundred MB at 30,000 articles).
    """
    for table in (_word_key, _tokens, _proclitic_splits, light_stem, name_safe_stem):
        table.cache_clear()
