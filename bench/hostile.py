"""Hostile inputs through `marsad digest`: time, peak memory, crashes and articles lost, one line a case.

    nice -n 10 .venv/bin/python bench/hostile.py                 # every case
    nice -n 10 .venv/bin/python bench/hostile.py giant-pair nested-tags

Each case writes its input to a temporary folder (not timed), then runs the installed command as a user
would, ``python -m marsad.cli digest INPUT --json OUT`` in a process of its own, and reports:

* wall seconds and CPU seconds (user + system, of that process and every process it starts: on a
  machine others share, the wall time says as much about them as about marsad), and the peak **summed
  resident set** of those processes (read from /proc every 0.2 s by a thread of this script, which is
  not one of them);
* the exit code and whether it **crashed**: a traceback on stderr, or an exit code other than the
  documented 0 (all used), 1 (nothing usable), 3 (partial);
* articles expected (the usable articles the case put in), found (in the JSON digest) and **lost**
  (expected − found); the problem lines on stderr, by level.

The bounds of issue 16 are 60 s and 1.5 GB a case; a case over either is marked ``OVER``. The text of the
giant articles is real news: SaudiNewsNet articles from the shared data (``MARSAD_DATA``), distinct
paragraphs, so that cleaning's repeated-paragraph rule cannot shrink them; without the shared data the
demo corpus's paragraphs are shuffled into distinct ones instead (said in the output).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

REPO = Path(__file__).resolve().parents[1]
DEMO = REPO / "examples" / "iraq-2021"
MAX_SECONDS = 60.0
MAX_BYTES = 1.5 * 2**30
TIMEOUT_S = 600


@dataclass(frozen=True)
class Case:
    name: str
    what: str
    make: Callable[[Path], int]  # writes the input into the folder; returns the usable articles put in


# --- text to build inputs from ---------------------------------------------------------------------


def _paragraphs() -> tuple[list[str], str]:
    """Distinct paragraphs of real news, and where they come from."""
    try:
        from corpora import saudinewsnet_records

        seen: set[str] = set()
        found: list[str] = []
        for record in saudinewsnet_records(limit=20_000):
            for paragraph in record["text"].split("\n"):
                paragraph = paragraph.strip()
                if len(paragraph) > 80 and paragraph not in seen:
                    seen.add(paragraph)
                    found.append(paragraph)
        return found, "SaudiNewsNet paragraphs (shared data)"
    except SystemExit:
        rng = random.Random(16)
        words = " ".join(p.read_text(encoding="utf-8") for p in sorted(DEMO.glob("*.txt"))).split()
        return [" ".join(rng.sample(words, 60)) + "." for _ in range(60_000)], "demo words shuffled (no shared data)"


PARAGRAPHS: list[str] = []


def _text(size_bytes: int, start: int = 0) -> Iterator[str]:
    """Distinct paragraphs, from the ``start``-th, until ``size_bytes`` of UTF-8 are given (cycling
    with a number added once the supply runs out, so they stay distinct)."""
    given, i = 0, start
    while given < size_bytes:
        paragraph = PARAGRAPHS[i % len(PARAGRAPHS)]
        if i >= len(PARAGRAPHS):
            paragraph = f"{paragraph} ({i})"
        given += len(paragraph.encode("utf-8")) + 1
        i += 1
        yield paragraph


def _demo(folder: Path) -> int:
    """The five demo articles with their manifest, beside the hostile input: ordinary articles must
    come through untouched."""
    for path in DEMO.iterdir():
        (folder / path.name).write_bytes(path.read_bytes())
    return 5


# --- the cases -------------------------------------------------------------------------------------


def giant_txt(folder: Path) -> int:
    with (folder / "giant.txt").open("w", encoding="utf-8") as out:
        out.write("مقال عملاق من ثمانية عشر ميغابايت\n")
        for paragraph in _text(18 * 2**20):
            out.write(paragraph + "\n")
    return 1


def giant_json_line(folder: Path) -> int:
    words = " ".join(_text(40 * 2**20, start=5000)).split()[:3_000_000]
    record = {"id": "three-million-words", "title": "سطر فيه ثلاثة ملايين كلمة", "outlet": "وكالة",
              "published": "2021-07-26", "text": " ".join(words)}
    (folder / "giant.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    return 1


def giant_pair(folder: Path) -> int:
    """The issue's case: an 18 MB .txt and a JSON line of 3 million words, beside the demo articles."""
    return giant_txt(folder) + giant_json_line(folder) + _demo(folder)


def giant_line(folder: Path) -> int:
    """18 MB of text on one line after the title: no paragraph break anywhere."""
    with (folder / "one-line.txt").open("w", encoding="utf-8") as out:
        out.write("مقال في سطر واحد\n")
        out.write(" ".join(_text(18 * 2**20, start=20_000)) + "\n")
    return 1


def giant_title(folder: Path) -> int:
    """A JSON line whose title is 5 MB and a .txt whose first line is 5 MB."""
    title = " ".join(_text(5 * 2**20, start=30_000))
    body = "\n".join(_text(20_000, start=40_000))
    record = {"id": "long-title", "title": title, "text": body}
    (folder / "title.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    (folder / "title.txt").write_text(title + "\n" + body + "\n", encoding="utf-8")
    return 2


def giant_html(folder: Path) -> int:
    """An HTML page of 18 MB: one article of real paragraphs, and a feed with one entry of 5 MB."""
    paragraphs = "".join(f"<p>{p}</p>\n" for p in _text(18 * 2**20, start=90_000))
    page = f"<!doctype html><html><head><title>صفحة عملاقة</title></head><body><article><h1>صفحة عملاقة</h1>{paragraphs}</article></body></html>"
    (folder / "giant.html").write_text(page, encoding="utf-8")
    entry = "\n".join(_text(5 * 2**20, start=120_000)).replace("&", "&amp;").replace("<", "&lt;")
    feed = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>وكالة</title>'
        f"<item><title>خبر طويل</title><link>https://example.org/long</link><description>{entry}</description></item>"
        "</channel></rss>"
    )
    (folder / "giant.xml").write_text(feed, encoding="utf-8")
    return 2


def nested_tags(folder: Path) -> int:
    """An HTML page whose article sits inside 50,000 nested <div>, and one with 50,000 unclosed <b>."""
    paragraphs = "".join(f"<p>{p}</p>" for p in _text(20_000, start=50_000))
    depth = 50_000
    page = (
        "<!doctype html><html><head><title>صفحة متداخلة</title></head><body>"
        + "<div>" * depth + f"<article><h1>صفحة متداخلة</h1>{paragraphs}</article>" + "</div>" * depth
        + "</body></html>"
    )
    (folder / "nested.html").write_text(page, encoding="utf-8")
    unclosed = (
        "<!doctype html><html><head><title>وسوم مفتوحة</title></head><body><article>"
        + "<b>" * depth + paragraphs + "</article></body></html>"
    )
    (folder / "unclosed.html").write_text(unclosed, encoding="utf-8")
    return 2


def million_files(folder: Path) -> int:
    """1,000,000 files of at most 40 bytes in 1,000 folders: empty, blank, a title alone, binary, a
    lone byte of a broken character, and one in a thousand a short article (a sentence)."""
    kinds = [b"", b"\n \n", "عنوان فقط\n".encode(), b"\x00\x01\x02", b"\xd8", "خبر\n".encode()]
    usable = 0
    for f in range(1000):
        sub = folder / f"{f:03d}"
        sub.mkdir()
        for i in range(1000):
            if i == 0:
                data = f"خبر رقم {f}\nأعلنت الوزارة اليوم النتيجة رقم {f}.\n".encode()
                usable += 1
            else:
                data = kinds[i % len(kinds)]
            (sub / f"{i:03d}.txt").write_bytes(data)
    return usable


def no_spaces(folder: Path) -> int:
    """Runs of 100,000 characters without white space or punctuation: Arabic letters, Latin letters,
    digits, Arabic-Indic digits, tatweel, one letter with diacritics, punctuation alone; and chains of
    one expression: the number word ألف 25,000 times, a date 5,000 times (the size of one article at
    the limit is the giant cases' part)."""
    rng = random.Random(7)
    letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأؤإئةى"
    runs = {
        "arabic": "".join(rng.choice(letters) for _ in range(100_000)),
        "latin": "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(100_000)),
        "digits": "".join(rng.choice("0123456789") for _ in range(100_000)),
        "indic": "".join(rng.choice("٠١٢٣٤٥٦٧٨٩") for _ in range(100_000)),
        "tatweel": "ـ" * 100_000,
        "diacritics": "بَُِّْ" * 16_000,
        "punctuation": "".join(rng.choice("،؛؟.!«»\"'()[]-–—…") for _ in range(100_000)),
        "number-words": " ".join(["ألف"] * 25_000),
        "dates": " ".join(["26 تموز / يوليو 2021"] * 5_000),
    }
    for name, run in runs.items():
        (folder / f"{name}.txt").write_text(f"عنوان {name}\n{run}\n", encoding="utf-8")
    # a text of punctuation alone, or of tatweel alone, is no article: cleaning takes it as page residue
    # and names the file ("no article text left"), which is what it should do
    return len(runs) - 2


def mixed_scripts(folder: Path) -> int:
    """Words mixing Arabic, Latin, Hebrew, Cyrillic, CJK, Devanagari, emoji with joiners, combining
    marks, bidi controls, zero-width characters and Arabic presentation forms, in every order."""
    rng = random.Random(11)
    pieces = [
        "العراق", "Baghdad", "שלום", "Москва", "北京", "नमस्ते", "👨‍👩‍👧‍👦", "🇮🇶", "e\u0301\u0301",
        "\u202eمعكوس\u202c", "\u2067عزل\u2069", "ﻻ", "ﷺ", "ﻣﺮﺣﺒﺎ", "\u200b", "\u200d", "\ufeff", "٣٫٥",
        "2,500", "%", "«", "»", "\u0652\u0651", "ـــ", "Q\u0327", "𝔸𝕣𝕒𝕓", "\U000e0041",
    ]
    for n in range(4):
        words = []
        for _ in range(150_000):
            word = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 3)))
            words.append(word)
            if rng.random() < 0.05:
                words.append(".\n")
        (folder / f"mixed-{n}.txt").write_text(f"نص مختلط {n}\n" + " ".join(words) + "\n", encoding="utf-8")
    return 4


def many_lines(folder: Path) -> int:
    """500,000 lines of one word each (the rejoining of broken lines and the paragraph split)."""
    rng = random.Random(3)
    words = " ".join(_text(200_000, start=60_000)).split()
    with (folder / "lines.txt").open("w", encoding="utf-8") as out:
        out.write("أسطر كثيرة\n")
        for _ in range(500_000):
            out.write(rng.choice(words) + "\n")
    return 1


def quote_storm(folder: Path) -> int:
    """A text of speech cues and unbalanced quotation marks: «قال» « « » ", 60,000 times."""
    rng = random.Random(5)
    cues = ["قال", "وأضاف", "أكد", "وقال الوزير", ":", "«", "»", '"', "“", "”", "'", "إن", "أن"]
    words = " ".join(_text(100_000, start=70_000)).split()
    tokens = [rng.choice(cues) if rng.random() < 0.4 else rng.choice(words) for _ in range(400_000)]
    (folder / "quotes.txt").write_text("عاصفة اقتباسات\n" + " ".join(tokens) + "\n", encoding="utf-8")
    return 1


def deep_json(folder: Path) -> int:
    """JSON lines nested 100,000 deep (arrays and objects), a line of 10 MB of one string, and an ordinary
    line after them, which must still be read."""
    lines = [
        "[" * 100_000 + "]" * 100_000,
        '{"id": "deep", "text": ' + '{"a": ' * 100_000 + "1" + "}" * 100_000 + "}",
        json.dumps({"id": "long-id-" + "x" * 5_000_000, "title": "معرف طويل", "text": "نص قصير عن الطقس اليوم."}),
        json.dumps({"id": "ordinary", "title": "خبر عادي", "outlet": "وكالة", "published": "2021-07-26",
                    "text": "\n".join(_text(5000, start=80_000))}, ensure_ascii=False),
    ]
    (folder / "deep.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 2


CASES = [
    Case("giant-pair", "18 MB .txt + a JSON line of 3,000,000 words + the 5 demo articles", giant_pair),
    Case("giant-txt", "one 18 MB .txt article (real paragraphs)", giant_txt),
    Case("giant-json-line", "one JSON line of 3,000,000 words", giant_json_line),
    Case("giant-line", "18 MB of text on one line", giant_line),
    Case("giant-title", "5 MB titles (a JSON field, a .txt first line)", giant_title),
    Case("giant-html", "an 18 MB HTML page; an RSS feed with one 5 MB entry", giant_html),
    Case("nested-tags", "HTML: 50,000 nested <div>; 50,000 unclosed <b>", nested_tags),
    Case("million-files", "1,000,000 files of 0-40 bytes in 1,000 folders", million_files),
    Case("no-spaces", "9 runs of 100,000 characters without spaces (letters, digits, marks...)", no_spaces),
    Case("mixed-scripts", "4 texts of 150,000 words mixing 10 scripts, emoji, bidi controls", mixed_scripts),
    Case("many-lines", "500,000 one-word lines", many_lines),
    Case("quote-storm", "400,000 words, 40% speech cues and unbalanced quote marks", quote_storm),
    Case("deep-json", "JSON lines nested 100,000 deep, a 5 MB id, then an ordinary line", deep_json),
]


# --- measuring -------------------------------------------------------------------------------------


def _tree(root: int) -> list[int]:
    pids, todo = [], [root]
    while todo:
        pid = todo.pop()
        pids.append(pid)
        try:
            for task in os.listdir(f"/proc/{pid}/task"):
                with open(f"/proc/{pid}/task/{task}/children") as f:
                    todo += [int(c) for c in f.read().split()]
        except OSError:
            pass
    return pids


def _rss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def run_case(case: Case, work: Path) -> dict:
    folder = work / case.name
    folder.mkdir()
    made = time.perf_counter()
    expected = case.make(folder)
    made = time.perf_counter() - made
    out = work / f"{case.name}.json"
    err = work / f"{case.name}.err"
    command = [sys.executable, "-m", "marsad.cli", "digest", str(folder), "--json", str(out), "--quiet"]
    peak = 0
    cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with err.open("wb") as stderr:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=stderr)
        done = threading.Event()

        def sample() -> None:
            nonlocal peak
            while not done.is_set():
                peak = max(peak, sum(_rss(pid) for pid in _tree(process.pid)))
                done.wait(0.2)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        try:
            code = process.wait(timeout=TIMEOUT_S)
        except subprocess.TimeoutExpired:
            process.kill()
            code = process.wait()
        seconds = time.perf_counter() - started
        done.set()
        sampler.join()
    cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (cpu_after.ru_utime - cpu_before.ru_utime) + (cpu_after.ru_stime - cpu_before.ru_stime)
    messages = err.read_text(encoding="utf-8", errors="replace")
    levels = {level: messages.count(f"marsad: {level}: ") for level in ("error", "warning", "notice")}
    found = len(json.loads(out.read_text(encoding="utf-8"))["articles"]) if out.exists() else 0
    crashed = "Traceback" in messages or code not in (0, 1, 3)
    return {
        "case": case.name,
        "input": case.what,
        "made_s": round(made, 1),
        "seconds": round(seconds, 1),
        "cpu_seconds": round(cpu, 1),
        "peak_mb": round(peak / 2**20),
        "exit": code,
        "crashed": crashed,
        "expected": expected,
        "found": found,
        "lost": max(expected - found, 0),
        "problems": levels,
        "over": seconds > MAX_SECONDS or peak > MAX_BYTES,
        "first_lines": [line for line in messages.splitlines() if "warning" in line or "Traceback" in line][:3],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("cases", nargs="*", help="case names (default: all)")
    parser.add_argument("--json", action="store_true", help="print each case's record as JSON too")
    args = parser.parse_args()
    chosen = [c for c in CASES if not args.cases or c.name in args.cases]
    if not chosen:
        raise SystemExit(f"no such case; cases: {', '.join(c.name for c in CASES)}")
    global PARAGRAPHS
    PARAGRAPHS, origin = _paragraphs()
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"marsad digest on hostile inputs · text from {origin} · {os.cpu_count()} cores, load {load}")
    print(f"bounds: {MAX_SECONDS:.0f} s and {MAX_BYTES / 2**30:.1f} GB a case (summed RSS of the process tree)")
    print(f"{'case':<16} {'seconds':>8} {'CPU s':>7} {'peak MB':>8} {'exit':>4} {'crash':>5} {'articles':>9} {'lost':>4}  "
          "problems (e/w/n)")
    results = []
    with tempfile.TemporaryDirectory(prefix="marsad-hostile-") as work:
        for case in chosen:
            result = run_case(case, Path(work))
            results.append(result)
            p = result["problems"]
            print(
                f"{case.name:<16} {result['seconds']:>8.1f} {result['cpu_seconds']:>7.1f} {result['peak_mb']:>8,} {result['exit']:>4} "
                f"{'yes' if result['crashed'] else 'no':>5} {result['found']:>4}/{result['expected']:<4} "
                f"{result['lost']:>4}  {p['error']}/{p['warning']}/{p['notice']}"
                f"{'  OVER' if result['over'] else ''}",
                flush=True,
            )
            if args.json:
                print(json.dumps(result, ensure_ascii=False), flush=True)
            shutil.rmtree(Path(work) / case.name, ignore_errors=True)
    crashes = sum(r["crashed"] for r in results)
    lost = sum(r["lost"] for r in results)
    over = [r["case"] for r in results if r["over"]]
    print(
        f"cases {len(results)} · crashes {crashes} · articles lost {lost} · "
        f"slowest {max(r['seconds'] for r in results):.1f} s ({max(r['cpu_seconds'] for r in results):.1f} s CPU) · "
        f"largest {max(r['peak_mb'] for r in results):,} MB · over the bounds (wall time): {', '.join(over) or 'none'} · "
        f"load after {' '.join(f'{x:.2f}' for x in os.getloadavg())}"
    )


if __name__ == "__main__":
    main()
