"""Arabic word lists have one home, :mod:`marsad.lang.ar`: a second copy anywhere else in ``src/`` fails here.

The scan reads every source file's syntax tree (not its text, so comments and docstrings with Arabic
examples are no word list) and reports, with file and line:

* a set, list, tuple or dict literal holding five or more Arabic strings (a dict counts its keys and its
  values);
* a call given five or more Arabic strings as arguments (``_whole("اقرأ أيضا", "المزيد", …)``);
* a string written as a word list: five or more words, each Arabic letters only, separated by white space
  (split later) or by ``|`` (a regular-expression alternation).

One table is allowed, because it is display wording, not vocabulary any code matches text against:
:data:`ALLOWED` names it and says why.

A string of one letter is no word (character maps such as the folding table of ``marsad.text.normalize``
are orthography, not vocabulary), and neither is a docstring.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import marsad

SRC = Path(marsad.__file__).parent
HOME = SRC / "lang" / "ar"
MIN_WORDS = 5

# (file, module-level name) -> why it is no word list.
ALLOWED = {
    ("marsad/render/labels.py", "REASON_LABELS"): "the Arabic labels shown beside removed residue, one per reason "
    "code: UI wording (issue 19 part 5 moves labels to marsad.render.labels), matched against no text",
}

_ARABIC_LETTER = re.compile(r"[\u0621-\u064A\u0671-\u06D3]")
_ARABIC_WORD = re.compile(r"[\u0621-\u064A\u064B-\u0652\u0670\u0671-\u06D3\u0640]+")


def _arabic_word(node: ast.AST) -> bool:
    """A string constant holding Arabic of two letters or more."""
    return (isinstance(node, ast.Constant) and isinstance(node.value, str)
            and len(_ARABIC_LETTER.findall(node.value)) >= 2)


def _word_list_string(text: str) -> bool:
    for separator in (None, "|"):
        parts = [p.strip() for p in text.split(separator)] if separator else text.split()
        if len(parts) >= MIN_WORDS and all(_ARABIC_WORD.fullmatch(p) for p in parts):
            return True
    return False


def _docstrings(tree: ast.AST) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                ids.add(id(body[0].value))
        # attribute docstrings: a bare string right after an assignment
        body = getattr(node, "body", None)
        for child in body if isinstance(body, list) else []:
            if isinstance(child, ast.Expr) and isinstance(child.value, ast.Constant):
                ids.add(id(child.value))
    return ids


def word_lists(path: Path) -> list[str]:
    """Where ``path`` holds an Arabic word list, as ``file:line: what`` lines."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    docstrings = _docstrings(tree)
    found = []
    where = path.relative_to(SRC.parent)
    allowed = set()
    for statement in tree.body:
        if isinstance(statement, (ast.Assign, ast.AnnAssign)):
            targets = statement.targets if isinstance(statement, ast.Assign) else [statement.target]
            if any(isinstance(t, ast.Name) and (str(where), t.id) in ALLOWED for t in targets):
                allowed |= {id(n) for n in ast.walk(statement)}
    for node in ast.walk(tree):
        if id(node) in allowed:
            continue
        if isinstance(node, (ast.Set, ast.List, ast.Tuple)):
            items = node.elts
        elif isinstance(node, ast.Dict):
            items = [*(k for k in node.keys if k is not None), *node.values]
        elif isinstance(node, ast.Call):
            items = node.args
        else:
            items = []
        count = sum(map(_arabic_word, items))
        if count >= MIN_WORDS:
            found.append(f"{where}:{node.lineno}: {type(node).__name__.lower()} of {count} Arabic strings")
        if (isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
                and _word_list_string(node.value)):
            found.append(f"{where}:{node.lineno}: a word list written as one string ({node.value[:30]}…)")
    return sorted(found, key=lambda line: int(line.split(":")[1]))


def test_arabic_word_lists_live_only_in_the_language_package():
    sources = [p for p in sorted(SRC.rglob("*.py")) if HOME not in p.parents]
    assert len(sources) > 50  # the scan sees the tree
    copies = [line for path in sources for line in word_lists(path)]
    assert not copies, "Arabic word lists outside marsad/lang/ar (move them there):\n" + "\n".join(copies)


def test_the_scan_finds_a_word_list_in_each_form(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        '"""الخميس الجمعة السبت الأحد الاثنين في docstring."""\n'
        'DAYS = ("السبت", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء")\n'
        'VERBS = set("قال أكد أضاف أوضح أشار".split())\n'
        'CUE = re.compile("قال|أكد|أضاف|أوضح|أشار")\n'
        'RULE = rule("اقرأ أيضا", "المزيد", "ذات صلة", "اخترنا لك", "الأكثر قراءة")\n'
        'FOLD = {"أ": "ا", "إ": "ا", "آ": "ا", "ة": "ه", "ى": "ي"}\n'
        'LABEL = "قصة واحدة من مقالين"\n',
        encoding="utf-8",
    )
    global SRC
    saved, SRC = SRC, tmp_path
    try:
        found = word_lists(sample)
    finally:
        SRC = saved
    assert [line.split(":")[1] for line in found] == ["2", "3", "4", "5"]
