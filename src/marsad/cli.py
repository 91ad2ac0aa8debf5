"""The ``marsad`` command.

Exit codes (the same for every command): 0 everything was used, 1 nothing usable came out,
2 the command line was wrong, 3 partial: some inputs could not be used (each is named on stderr).
"""


import contextlib
import dataclasses
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TextIO

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.text import Text

from . import __version__
from .extract.ner.tagger import DEFAULT_TAGGER
from .ingest.limits import DEFAULT_MAX_ARTICLE_CHARS
from .model import Problem
from .store.base import DEFAULT_BATCH_SIZE as DEFAULT_BATCH
from .store.tokens import DEFAULT_INGEST_PER_MINUTE

if TYPE_CHECKING:
    from .model import Digest
    from .settings import Settings
    from .store import IngestReport, Store
    from .watch import WatchConfig

EXIT_OK, EXIT_NOTHING, EXIT_USAGE, EXIT_PARTIAL = 0, 1, 2, 3

app = typer.Typer(
    name="marsad",
    help="marsad (مرصد): turn Arabic news articles from many outlets into cited, traceable stories.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="markdown",
)
_err = Console(stderr=True, highlight=False)

_STAGE_LABELS = {"read": "reading and cleaning", "stories": "building stories", "store": "storing"}

_NER_HELP = (
    "Entity tagger: joint (default: the CRF and the fast network decoded together), crf (the CRF alone: "
    "fewer entities right, reading stories about 13% faster), fast (the network alone) or accurate "
    "(the CRF and fine-tuned e5-small decoded together: the most entities right, far slower; needs pip install "
    "'marsad[accurate]'). See docs/ner.md."
)
_DB_HELP = (
    "The store: `sqlite:///path.db` or a plain path (one SQLite file), or "
    "`postgresql://user:password@host:port/database`. Defaults to $MARSAD_DB."
)


class _Bar:
    """A progress bar on stderr for long inputs; silent when stderr is not a terminal."""

    def __init__(self, enabled: bool) -> None:
        self._progress = (
            Progress(
                SpinnerColumn(),
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=_err,
                transient=True,
                # no refresh thread: the pipeline reads stories in forked processes only when the caller
                # runs no other thread (see marsad.pipeline._story_readers); the bar redraws on progress
                auto_refresh=False,
            )
            if enabled
            else None
        )
        self._tasks: dict[str, int] = {}
        self._drawn = 0.0

    def __enter__(self) -> "_Bar":
        if self._progress:
            self._progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._progress:
            self._progress.stop()

    def __call__(self, stage: str, done: int, total: int | None) -> None:
        if not self._progress:
            return
        if stage not in self._tasks:
            self._tasks[stage] = self._progress.add_task(_STAGE_LABELS.get(stage, stage), total=total)
        self._progress.update(self._tasks[stage], completed=done, total=total)
        now = time.monotonic()
        if now - self._drawn >= _REDRAW_SECONDS or done == total:
            self._drawn = now
            self._progress.refresh()


_REDRAW_SECONDS = 0.1


def _write(path: Path, text: str) -> None:
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as e:
        _err.print(f"marsad: cannot write {path}: {e.strerror or e}")
        raise typer.Exit(EXIT_USAGE) from e


def _write_markdown(digest: "Digest", stdout: TextIO | None, path: Path | None) -> None:
    """The Markdown briefing to standard output and/or ``path``, a story at a time."""
    from .render import write_digest_markdown

    try:
        with contextlib.ExitStack() as files:
            outs = [stdout] if stdout is not None else []
            if path:
                outs.append(files.enter_context(path.open("w", encoding="utf-8")))
            write_digest_markdown(digest, *outs)
    except OSError as e:
        _err.print(f"marsad: cannot write {path or 'to standard output'}: {e.strerror or e}")
        raise typer.Exit(EXIT_USAGE) from e


# Up to this many articles the JSON is indented for reading; above, it is streamed on one line, an article
# or story at a time: Python's indenting encoder is pure Python (minutes for 30,000 articles), and the
# whole document at once would take several times the digest's memory.
_INDENTED_JSON_ARTICLES = 1000


def _write_json(path: Path, digest: "Digest") -> None:
    from .render import digest_to_json, write_digest_json

    try:
        with path.open("w", encoding="utf-8") as out:
            if len(digest.articles) <= _INDENTED_JSON_ARTICLES:
                json.dump(digest_to_json(digest), out, ensure_ascii=False, indent=2)
            else:
                write_digest_json(digest, out)
            out.write("\n")
    except OSError as e:
        _err.print(f"marsad: cannot write {path}: {e.strerror or e}")
        raise typer.Exit(EXIT_USAGE) from e


def _choose_tagger(name: str) -> None:
    """Use the entity tagger ``name`` (``--ner``), or stop with a usage error saying what is missing."""
    from .extract.ner.tagger import use_tagger

    try:
        use_tagger(name)
    except (ValueError, ModuleNotFoundError, FileNotFoundError) as e:
        _err.print(f"marsad: --ner {name}: {e}")
        raise typer.Exit(EXIT_USAGE) from None


def _open_store(db: str, *, create: bool) -> "Store":
    """Open the store at ``db`` or exit with a usage error naming the problem."""
    from .store import StoreError, open_store

    try:
        return open_store(db, create=create)
    except StoreError as e:
        _err.print(f"marsad: {e}", markup=False, soft_wrap=True)
        raise typer.Exit(EXIT_USAGE) from e


def _report_problems(problems: Sequence[Problem]) -> None:
    """One line per problem on stderr, written as plain text a block at a time: through rich's console
    a million lines (a folder of a million bad files) took half the run."""
    for start in range(0, len(problems), _PROBLEM_BLOCK):
        sys.stderr.write("".join(f"marsad: {p}\n" for p in problems[start : start + _PROBLEM_BLOCK]))
    sys.stderr.flush()


_PROBLEM_BLOCK = 10_000


MaxArticleChars = Annotated[
    int,
    typer.Option(
        "--max-article-chars",
        min=1000,
        max=100_000_000,
        help="Longest article text read, in characters; a longer one is cut at a paragraph break before "
        "the limit, with a warning naming it (the input is kept whole as raw).",
    ),
]


ConfigPath = Annotated[
    Path | None,
    typer.Option(
        "--config",
        envvar="MARSAD_CONFIG",
        help="TOML file of settings: thresholds and budgets by stage ([cluster], [dedup], [summary], [quotes], [store]; "
        "see docs/settings.md). Values left out keep their defaults.",
        show_default=False,
    ),
]
Words = Annotated[
    int | None,
    typer.Option("--words", min=10, max=2000, help="Word budget of each story summary [default: 120, or "
                 "summary.words of --config].", show_default=False),
]


def _settings(config: Path | None) -> "Settings":
    """The settings of ``--config``, or a usage error naming the file and what is wrong with it."""
    from .settings import SettingsError, load_settings

    try:
        return load_settings(config)
    except SettingsError as e:
        _err.print(f"marsad: --config: {e}", markup=False, soft_wrap=True)
        raise typer.Exit(EXIT_USAGE) from e


def _store_paths(
    store: "Store",
    paths: list[str],
    *,
    words: int | None,
    batch: int,
    bar: _Bar,
    max_chars: int,
    settings: "Settings",
) -> tuple[list[Problem], "IngestReport"]:
    """Read, clean and store ``paths``; stories grow with the new articles. Inputs that could not be
    read and articles that could not be stored are returned as problems."""
    from .pipeline import load_articles
    from .store import StoreError
    from .store.stories import StoryBuilder

    problems: list[Problem] = []
    articles = load_articles(paths, problems, progress=bar, max_article_chars=max_chars)
    writer = store.bulk(batch_size=batch, stories=StoryBuilder(words=words, settings=settings), progress=bar)
    try:
        with writer:
            for article in articles:
                writer.add(article)
    except StoreError as e:
        # a full disk, a read-only store, a lost server: the failed batch was rolled back whole, and the
        # batches before it are stored; running the command again finishes the work
        _report_problems(problems)
        done = writer.report
        _err.print(
            f"marsad: {e}; nothing of the batch being written was kept; stored before it: {done.added} new, "
            f"{done.updated} updated (run the command again to finish)",
            markup=False,
            soft_wrap=True,
        )
        raise typer.Exit(EXIT_PARTIAL if done.added or done.updated else EXIT_NOTHING) from e
    report = writer.report
    problems += [Problem(article_id, reason) for article_id, reason in report.rejected]
    return problems, report


def _grown_digest(store: "Store", since: str, settings: "Settings") -> "Digest":
    """The stories of ``store`` that grew since ``since`` (as typed), each with its update, and their
    articles; a usage error naming the input when it is not a day or time."""
    from .model import Digest
    from .updates import parse_since, stories_since

    try:
        moment = parse_since(since)
    except ValueError as e:
        _err.print(f"marsad: --since: {e}", markup=False)
        raise typer.Exit(EXIT_USAGE) from e
    stories = stories_since(store, moment, settings=settings)
    ids = [a for story in stories for a in story.articles]
    articles = tuple(store.article(a) for a in dict.fromkeys(ids))
    duplicates, borrowed = [], []
    for story in stories:
        story_duplicates, story_borrowed = store.story_links(story.id)
        duplicates += story_duplicates
        borrowed += story_borrowed
    return Digest(articles=articles, stories=tuple(stories), duplicates=tuple(duplicates), borrowed=tuple(borrowed))


@app.command()
def digest(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="Files or folders to read: .txt (first line = title), .html/.htm, .jsonl "
            "(id, url, outlet, published, title, text or html; also content, body, source, date ...), "
            ".json (an array of such objects), .csv/.tsv (a header row naming those columns), "
            "RSS/Atom feeds. Folders are read "
            "recursively; a manifest.jsonl in a folder gives each file's outlet, date and url. "
            "May be left out with --db: the briefing is then made from the store.",
            show_default=False,
        ),
    ] = None,
    db: Annotated[
        str | None,
        typer.Option("--db", envvar="MARSAD_DB", help=_DB_HELP + " With --db, PATHS are stored first "
                     "and the briefing covers the whole store.", show_default=False),
    ] = None,
    json_path: Annotated[
        Path | None, typer.Option("--json", help="Also write the full digest as JSON (see docs/schema.md).")
    ] = None,
    html_path: Annotated[
        Path | None, typer.Option("--html", help="Also write one self-contained right-to-left HTML report.")
    ] = None,
    md_path: Annotated[Path | None, typer.Option("--md", help="Also write the Markdown briefing to a file.")] = None,
    words: Words = None,
    since: Annotated[
        str | None,
        typer.Option("--since", help="With --db: only the stories that grew since this day or time "
                     "(YYYY-MM-DD, or YYYY-MM-DDTHH:MM with an optional +HH:MM; local time without one), "
                     "each with a short summary of only what is new.", show_default=False),
    ] = None,
    ner: Annotated[
        str,
        typer.Option("--ner", help=_NER_HELP),
    ] = DEFAULT_TAGGER,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing to stdout; only write files.")] = False,
    max_article_chars: MaxArticleChars = DEFAULT_MAX_ARTICLE_CHARS,
    config: ConfigPath = None,
) -> None:
    """Read articles, group them into stories, and print a cited briefing of each story.

    Every summary sentence is quoted as published and cited as [article id]; the sources table maps
    ids to outlets and dates. Inputs that cannot be used are named on stderr, one line each, and the
    rest is processed.

    Example: `marsad digest examples/iraq-2021 --html report.html --json digest.json`

    From a store: `marsad digest --db news.db` (add PATHS to store them first). What is new since you
    last looked: `marsad digest --db news.db --since 2021-07-25T08:00`.
    """
    from .pipeline import digest as run_digest
    from .render import digest_to_html

    _choose_tagger(ner)
    if not paths and not db:
        _err.print("marsad: give files or folders to read, or --db to make the briefing from a store")
        raise typer.Exit(EXIT_USAGE)
    if since is not None and not db:
        _err.print("marsad: --since needs --db: what is new is told by the store's ingest times")
        raise typer.Exit(EXIT_USAGE)
    settings = _settings(config)
    if db:
        with _open_store(db, create=bool(paths)) as store:
            problems: list[Problem] = []
            if paths:
                with _Bar(enabled=_err.is_terminal and not quiet) as bar:
                    problems, _ = _store_paths(
                        store,
                        paths,
                        words=words,
                        batch=DEFAULT_BATCH,
                        bar=bar,
                        max_chars=max_article_chars,
                        settings=settings,
                    )
            result = _grown_digest(store, since, settings) if since is not None else store.digest()
            result = dataclasses.replace(result, problems=tuple(problems))
    else:
        with _Bar(enabled=_err.is_terminal and not quiet) as bar:
            # the briefing shows clean texts only: the inputs' raw and extracted texts are not kept
            result = run_digest(
                paths or [],
                words=words,
                progress=bar,
                keep_input=False,
                max_article_chars=max_article_chars,
                settings=settings,
            )

    _report_problems(result.problems)

    if result.articles:
        _write_markdown(result, None if quiet else sys.stdout, md_path)
        if html_path:
            _write(html_path, digest_to_html(result))
        if json_path:
            _write_json(json_path, result)

    if not result.articles:
        if since is not None:
            _err.print(f"marsad: no story grew since {since}")
        else:
            _err.print("marsad: no usable article in the input" if not db else "marsad: no article in the store")
        raise typer.Exit(EXIT_NOTHING)
    if any(p.level == "error" for p in result.problems):
        raise typer.Exit(EXIT_PARTIAL)


@app.command()
def ingest(
    paths: Annotated[
        list[str],
        typer.Argument(help="Files or folders to read, as for `marsad digest`.", show_default=False),
    ],
    db: Annotated[
        str,
        typer.Option("--db", envvar="MARSAD_DB", help=_DB_HELP + " Created if missing.", show_default=False),
    ],
    words: Words = None,
    batch: Annotated[
        int, typer.Option("--batch", min=1, max=100_000, help="Articles written per transaction.")
    ] = DEFAULT_BATCH,
    ner: Annotated[
        str,
        typer.Option("--ner", help=_NER_HELP),
    ] = DEFAULT_TAGGER,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print no summary; only problems.")] = False,
    max_article_chars: MaxArticleChars = DEFAULT_MAX_ARTICLE_CHARS,
    config: ConfigPath = None,
) -> None:
    """Store articles: new ones are added, changed ones kept as a new version beside the old, and ones
    already stored are skipped; each new article joins a story or opens one, and the story's summary is
    made again.

    Each batch is one transaction: if the command is interrupted, what it stored is complete, and
    running it again finishes the work without storing anything twice.

    Example: `marsad ingest examples/iraq-2021 --db news.db`
    """
    _choose_tagger(ner)
    settings = _settings(config)
    with _open_store(db, create=True) as store, _Bar(enabled=_err.is_terminal and not quiet) as bar:
        problems, report = _store_paths(
            store, paths, words=words, batch=batch, bar=bar, max_chars=max_article_chars, settings=settings
        )
        articles, versions, stories = store.count()

    _report_problems(problems)
    if not quiet:
        renamed = f" · {len(report.renamed)} stored under a new id (id taken)" if report.renamed else ""
        print(
            f"{report.added} new, {report.updated} updated, {report.unchanged} already stored{renamed} · "
            f"stories: {report.stories_opened} new, {report.stories_grown} grown · "
            f"store: {articles} articles ({versions} versions), {stories} stories"
        )
    if report.seen == len(report.rejected):  # nothing read, or nothing that could be stored
        _err.print("marsad: no usable article in the input")
        raise typer.Exit(EXIT_NOTHING)
    if any(p.level == "error" for p in problems):
        raise typer.Exit(EXIT_PARTIAL)


def _marked(text: str, marks: "Sequence[tuple[int, int]]", offset: int, styled: bool) -> Text:
    """``text`` with the ``marks`` (offsets counted from ``offset``) emphasized: in reverse video on a
    terminal, between ** otherwise."""
    out = Text()
    at = 0
    for start, end in marks:
        start, end = start - offset, end - offset
        out.append(text[at:start])
        if styled:
            out.append(text[start:end], style="bold reverse")
        else:
            out.append(f"**{text[start:end]}**")
        at = end
    out.append(text[at:])
    return out


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Words to find (all of them), in any spelling.", show_default=False)],
    db: Annotated[str, typer.Option("--db", envvar="MARSAD_DB", help=_DB_HELP, show_default=False)],
    date_from: Annotated[
        str | None, typer.Option("--from", help="Published on or after this day (YYYY-MM-DD).", show_default=False)
    ] = None,
    date_to: Annotated[
        str | None, typer.Option("--to", help="Published on or before this day (YYYY-MM-DD).", show_default=False)
    ] = None,
    outlet: Annotated[str | None, typer.Option("--outlet", help="Only this outlet.", show_default=False)] = None,
    entity: Annotated[
        str | None, typer.Option("--entity", help="Only articles that name this person, place or body.",
                                 show_default=False)
    ] = None,
    limit: Annotated[int, typer.Option("--limit", min=1, max=1000, help="Most results to show.")] = 20,
    as_json: Annotated[bool, typer.Option("--json", help="Print the results as JSON.")] = False,
) -> None:
    """Search the stored articles, best match first, each with a snippet of its text as published.

    Words are found whatever their spelling (`امريكيه` finds `الأمريكية` and `الأميركية`) and with
    attached words (`العراق` finds `بالعراق`). Exit code 1 when nothing matches.

    Example: `marsad search "القوات الأمريكية" --db news.db --from 2021-07-01 --outlet "الجزيرة نت"`
    """
    from .store import QueryError

    with _open_store(db, create=False) as store:
        try:
            hits = store.search(
                query, date_from=date_from, date_to=date_to, outlet=outlet, entity=entity, limit=limit
            )
        except QueryError as e:
            _err.print(f"marsad: {e}", markup=False)
            raise typer.Exit(EXIT_USAGE) from e

    if as_json:
        records = [
            {
                "article": h.article.id,
                "story": h.story,
                "score": round(h.score, 6),
                "outlet": h.article.outlet,
                "published": h.article.published,
                "url": h.article.url,
                "title": h.article.title,
                "snippet": {
                    "start": h.snippet.start,
                    "end": h.snippet.end,
                    "text": h.article.span_text(h.snippet),
                },
                "highlights": [
                    {"start": s.start, "end": s.end, "text": h.article.span_text(s)} for s in h.highlights
                ],
            }
            for h in hits
        ]
        sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
    else:
        out = Console(highlight=False, soft_wrap=True)
        styled = out.is_terminal
        for rank, hit in enumerate(hits, 1):
            article = hit.article
            where = " · ".join(x for x in (article.outlet, article.published, hit.story) if x)
            out.print(Text(f"{rank}. [{article.id}] {where}"))
            out.print(_marked(article.title, hit.title_highlights, 0, styled))
            # one line per hit: a newline becomes a space (same length, so the offsets still hold)
            window = article.span_text(hit.snippet).replace("\n", " ")
            before = "… " if hit.snippet.start > 0 else ""
            after = " …" if hit.snippet.end < len(article.text) else ""
            line = Text(before)
            line.append_text(_marked(window, [(s.start, s.end) for s in hit.highlights], hit.snippet.start, styled))
            line.append(after)
            out.print(line)
            out.print()
    if not hits:
        _err.print("marsad: no stored article matches")
        raise typer.Exit(EXIT_NOTHING)


@app.command()
def serve(
    db: Annotated[str, typer.Option("--db", envvar="MARSAD_DB", help=_DB_HELP, show_default=False)],
    host: Annotated[str, typer.Option("--host", help="Address to listen on (loopback only by default).")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port to listen on.")] = 8000,
    allow_ingest: Annotated[
        bool, typer.Option("--allow-ingest", help="Accept JSON lines by POST /api/ingest (read-only otherwise).")
    ] = False,
    max_body_mb: Annotated[
        float, typer.Option("--max-body-mb", min=0.001, max=10_000, help="Largest request body accepted, in MB.")
    ] = 20,
    workers: Annotated[
        int, typer.Option("--workers", min=1, max=64, help="Threads reading the store (one connection each).")
    ] = 4,
    require_token: Annotated[
        bool, typer.Option("--require-token", help="Pages and reads need a token too (`marsad token create "
                           "--scope read`), sent as 'Authorization: Bearer <token>'.")
    ] = False,
    ingest_per_minute: Annotated[
        int, typer.Option("--ingest-per-minute", min=1, max=100_000, help="Ingest requests a token may make "
                          "in a minute (in bursts of as many).")
    ] = DEFAULT_INGEST_PER_MINUTE,
    config: ConfigPath = None,
) -> None:
    """Serve the stories of a store in a browser, and a JSON API under /api/ (schema at /api/openapi.json).

    Pages are right to left and need no script; articles are shown as text, never as HTML. The server
    only reads the store unless --allow-ingest is given, and listens on 127.0.0.1 unless told otherwise.
    Ingest always needs an API token of scope ingest (`marsad token create --scope ingest`); with
    --require-token, reads need a token too. Behind a reverse proxy with TLS on a network (docs/web.md).

    Example: `marsad ingest examples/iraq-2021 --db news.db && marsad serve --db news.db`
    """
    import uvicorn

    from .store.tokens import list_tokens
    from .web import create_app

    # fail here, with a usage error, rather than on the first request
    settings = _settings(config)
    with _open_store(db, create=allow_ingest) as store:
        tokens = list_tokens(store)
    web_app = create_app(
        db,
        allow_ingest=allow_ingest,
        max_body_bytes=int(max_body_mb * 1024 * 1024),
        workers=workers,
        require_token=require_token,
        ingest_per_minute=ingest_per_minute,
        settings=settings,
    )
    if host not in ("127.0.0.1", "localhost", "::1"):
        reach = "with a read token" if require_token else "by anyone who can reach it (--require-token closes them)"
        _err.print(f"marsad: listening on {host}: the pages are reachable from other machines, {reach}", markup=False)
    live = [t for t in tokens if t.revoked_at is None]
    if allow_ingest and not any(t.grants("ingest") for t in live):
        _err.print("marsad: ingest needs a token of scope ingest and the store has none: marsad token create "
                   "--scope ingest", markup=False)
    if require_token and not live:
        _err.print("marsad: --require-token and the store has no token: marsad token create --scope read",
                   markup=False)
    uvicorn.run(web_app, host=host, port=port, log_level="info", server_header=False)


@app.command("export")
def export(
    db: Annotated[str, typer.Option("--db", envvar="MARSAD_DB", help=_DB_HELP, show_default=False)],
) -> None:
    """Write the whole store to standard output as JSON lines: every article with every version and its
    raw input, the stories with their readings, the API tokens (hashed). For backups and for moving a
    store to PostgreSQL: `marsad import` loads it.

    Example: `marsad export --db news.db > all.jsonl`
    """
    from .store import StoreError
    from .store.transfer import export_store

    with _open_store(db, create=False) as store:
        try:
            for line in export_store(store):
                sys.stdout.write(line + "\n")
            sys.stdout.flush()
        except StoreError as e:
            _err.print(f"marsad: {e}", markup=False, soft_wrap=True)
            raise typer.Exit(EXIT_NOTHING) from e
        except OSError as e:
            _err.print(f"marsad: cannot write the export: {e.strerror or e}", markup=False)
            raise typer.Exit(EXIT_NOTHING) from e


@app.command("import")
def import_(
    path: Annotated[Path, typer.Argument(help="A file written by `marsad export` (- for standard input).",
                                         show_default=False)],
    db: Annotated[str, typer.Option("--db", envvar="MARSAD_DB", help=_DB_HELP + " Created if missing; "
                                    "must hold nothing yet.", show_default=False)],
) -> None:
    """Load a `marsad export` file into an empty store, of either backend, as one transaction: on any
    error (a file cut short, another schema version, a store not empty) nothing is stored.

    Example: `marsad import all.jsonl --db postgresql://user:pass@host/marsad`
    """
    from .store import StoreError
    from .store.transfer import import_store

    try:
        lines = sys.stdin if str(path) == "-" else path.open(encoding="utf-8")
    except OSError as e:
        _err.print(f"marsad: cannot read {path}: {e.strerror or e}", markup=False)
        raise typer.Exit(EXIT_USAGE) from e
    with lines, _open_store(db, create=True) as store:
        try:
            counts = import_store(store, lines, source=str(path))
        except (StoreError, UnicodeDecodeError) as e:
            _err.print(f"marsad: {e}", markup=False, soft_wrap=True)
            raise typer.Exit(EXIT_NOTHING) from e
        articles, versions, stories = store.count()
    print(f"imported {sum(counts.values())} rows · store: {articles} articles ({versions} versions), {stories} stories")


token_app = typer.Typer(
    help="API tokens of the web app (`marsad serve`): made, listed and revoked in the store, kept hashed.",
    no_args_is_help=True,
)
app.add_typer(token_app, name="token")


@token_app.command("create")
def token_create(
    scope: Annotated[str, typer.Option("--scope", help="read (pages and the read API), ingest (POST /api/ingest, "
                                       "and reading) or admin (everything).", show_default=False)],
    db: Annotated[str, typer.Option("--db", envvar="MARSAD_DB", help=_DB_HELP, show_default=False)],
    name: Annotated[str, typer.Option("--name", help="What the token is for (a person, a scraper).")] = "",
) -> None:
    """Make an API token and print it, once: the store keeps only its hash.

    Example: `marsad token create --scope ingest --name scraper --db news.db`
    """
    from .store.tokens import TokenError, create_token

    with _open_store(db, create=False) as store:
        try:
            made, token = create_token(store, scope, name)
        except TokenError as e:
            _err.print(f"marsad: {e}", markup=False)
            raise typer.Exit(EXIT_USAGE) from e
    print(token)
    _err.print(f"marsad: token {made.id} ({made.scope}) made; it is shown only now: send it as "
               "'Authorization: Bearer <token>'", markup=False)


@token_app.command("list")
def token_list(
    db: Annotated[str, typer.Option("--db", envvar="MARSAD_DB", help=_DB_HELP, show_default=False)],
) -> None:
    """List the tokens of a store (id, scope, name, made, revoked); never the tokens themselves."""
    from .store.tokens import list_tokens

    with _open_store(db, create=False) as store:
        tokens = list_tokens(store)
    for t in tokens:
        state = f"revoked {t.revoked_at}" if t.revoked_at else "active"
        print(f"{t.id}\t{t.scope}\t{state}\tmade {t.created_at}\t{t.name}")
    if not tokens:
        _err.print("marsad: no token in this store (marsad token create --scope read|ingest|admin)")


@token_app.command("revoke")
def token_revoke(
    token_id: Annotated[str, typer.Argument(help="The token's id, as `marsad token list` shows it.", show_default=False)],
    db: Annotated[str, typer.Option("--db", envvar="MARSAD_DB", help=_DB_HELP, show_default=False)],
) -> None:
    """Revoke a token: from the next request on it grants nothing (a running server checks every request)."""
    from .store.tokens import TokenError, revoke_token

    with _open_store(db, create=False) as store:
        try:
            revoked = revoke_token(store, token_id)
        except TokenError as e:
            _err.print(f"marsad: {e}", markup=False)
            raise typer.Exit(EXIT_USAGE) from e
    print(f"{revoked.id}\t{revoked.scope}\trevoked {revoked.revoked_at}\t{revoked.name}")


def _sources_config(path: Path) -> "WatchConfig":
    """The checked sources file at ``path``; its problems on stderr, line by line; a usage error when
    it has an error."""
    from .watch import load_sources

    config, problems = load_sources(path)
    for problem in problems:
        _err.print(f"marsad: {problem}", markup=False, soft_wrap=True)
    if config is None:
        raise typer.Exit(EXIT_USAGE)
    return config


@app.command()
def watch(
    sources: Annotated[Path, typer.Argument(help="The sources file (TOML): see `marsad sources check` and "
                                            "docs/watch.md.", show_default=False)],
    db: Annotated[
        str, typer.Option("--db", envvar="MARSAD_DB", help=_DB_HELP + " Created if missing.", show_default=False)
    ],
    once: Annotated[bool, typer.Option("--once", help="Poll each source one time, store what is new, and exit "
                                       "(for cron).")] = False,
    alerts: Annotated[
        Path | None, typer.Option("--alerts", help="Append alerts to this JSON lines file (overrides [alerts] "
                                  "jsonl).", show_default=False)
    ] = None,
    words: Words = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No live status; problems only.")] = False,
    settings_file: ConfigPath = None,
) -> None:
    """Follow news sources as they publish: poll each feed or news sitemap, fetch new and edited article
    pages politely, extract and clean their text, store them (stories grow as with `marsad ingest`), and
    raise alerts for watchlists.

    Runs until SIGTERM or Ctrl-C, finishing the batch in hand; `--once` polls each source one time.
    On a terminal it shows a live status per source; otherwise it logs one line per poll on stderr.
    Every failure is kept in the store: `marsad sources status --db URL`.

    Example: `marsad watch sources.toml --db news.db`
    """
    import signal

    from rich.live import Live

    from .watch import Watcher
    from .watch.alerts import WebhookSender
    from .watch.status import live_table

    settings = _settings(settings_file)
    config = _sources_config(sources)
    if alerts is not None:
        config = dataclasses.replace(config, alerts_jsonl=alerts)
    live = _err.is_terminal and not quiet

    def log(line: str) -> None:
        if not live and (not quiet or ": problem: " in line or line.startswith("webhook")):
            _err.print(f"marsad watch: {line}", markup=False, soft_wrap=True, highlight=False)

    with _open_store(db, create=True) as store:
        webhooks = WebhookSender(config.politeness.contact, config.politeness.site)
        watcher = Watcher(config, store, words=words, settings=settings, webhooks=webhooks, log=log)
        stops = 0

        def stop(signum: int, frame: object) -> None:
            nonlocal stops
            stops += 1
            if stops > 1 and signum == signal.SIGINT:
                raise KeyboardInterrupt  # a second Ctrl-C: stop now (each batch is one transaction)
            watcher.stop()

        previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGTERM, signal.SIGINT)}
        try:
            if live:
                with Live(live_table(watcher), console=_err, refresh_per_second=2, transient=False) as screen:
                    summary = watcher.run(once=once, tick=lambda w: screen.update(live_table(w)))
            else:
                summary = watcher.run(once=once)
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)
            webhooks.close()
    if not quiet:
        print(
            f"{summary.polls} polls ({summary.failed_polls} failed) · {summary.added} new articles, "
            f"{summary.updated} updated · {summary.problems} problems · {summary.alerts} alerts"
        )
    if once and summary.polls and summary.failed_polls == summary.polls:
        raise typer.Exit(EXIT_NOTHING)
    if once and (summary.failed_polls or summary.problems):
        raise typer.Exit(EXIT_PARTIAL)


sources_app = typer.Typer(help="Check a sources file, and see how each watched source is doing.",
                          no_args_is_help=True)
app.add_typer(sources_app, name="sources")


@sources_app.command("check")
def sources_check(
    sources: Annotated[Path, typer.Argument(help="The sources file (TOML).", show_default=False)],
) -> None:
    """Check a sources file and say what is wrong, line by line (`file:line: error: ...`).

    Exit code 0 when the file can be used (warnings are printed but do not stop it), 2 when it cannot.
    """
    config = _sources_config(sources)
    lists = f", {len(config.watchlists)} watchlists" if config.watchlists else ""
    print(f"{sources}: {len(config.sources)} sources{lists}: ok")


@sources_app.command("status")
def sources_status(
    db: Annotated[str, typer.Option("--db", envvar="MARSAD_DB", help=_DB_HELP, show_default=False)],
    days: Annotated[int, typer.Option("--days", min=1, max=366, help="Days of counts to show.")] = 7,
    as_json: Annotated[bool, typer.Option("--json", help="Print the status as JSON.")] = False,
) -> None:
    """Each watched source's health: last success, last error with its reason, the latest problems,
    and per day the articles added and updated, problems and polls. A source failing for a day or more
    is shown first, as DOWN, and makes the exit code 3.
    """
    from rich.console import Console

    from .store.watch import WatchState
    from .watch.status import health_json, health_table, source_state

    with _open_store(db, create=False) as store:
        healths = WatchState(store).health(days=days)
    if as_json:
        sys.stdout.write(json.dumps(health_json(healths), ensure_ascii=False, indent=2) + "\n")
    elif healths:
        Console(highlight=False, soft_wrap=False, width=None if sys.stdout.isatty() else 200).print(
            health_table(healths)
        )
    if not healths:
        _err.print("marsad: no source has been watched in this store")
        raise typer.Exit(EXIT_NOTHING)
    if any(source_state(h) == "down" for h in healths):
        raise typer.Exit(EXIT_PARTIAL)


watchlist_app = typer.Typer(help="Watchlists kept in the store: alerts for stories naming people, places or "
                            "bodies (any variant), words, or outlets.", no_args_is_help=True)
app.add_typer(watchlist_app, name="watchlist")


@watchlist_app.command("add")
def watchlist_add(
    name: Annotated[str, typer.Argument(help="The watchlist's name (letters, digits, - and _).", show_default=False)],
    db: Annotated[str, typer.Option("--db", envvar="MARSAD_DB", help=_DB_HELP + " Created if missing.",
                                    show_default=False)],
    entity: Annotated[list[str] | None, typer.Option("--entity", "-e", help="A person, place or body; any "
                                                     "variant matches. Repeat for more.", show_default=False)] = None,
    word: Annotated[list[str] | None, typer.Option("--word", "-w", help="A word or phrase, in any spelling. "
                                                   "Repeat for more.", show_default=False)] = None,
    outlet: Annotated[list[str] | None, typer.Option("--outlet", "-o", help="An outlet. Repeat for more.",
                                                     show_default=False)] = None,
    webhook: Annotated[str | None, typer.Option("--webhook", help="POST this watchlist's alerts here (instead "
                                                "of the sources file's [alerts] webhook).", show_default=False)] = None,
) -> None:
    """Add a watchlist to the store (or replace the one of that name). Each kind given must match
    (entities and words and outlets); within a kind, any one is enough. A running `marsad watch` uses it
    from its next batch.

    Example: `marsad watchlist add iraq-pm --entity "مصطفى الكاظمي" --word الانتخابات --db news.db`
    """
    from .store.watch import WatchState
    from .watch import WatchlistSpec

    try:
        spec = WatchlistSpec(name, tuple(entity or ()), tuple(word or ()), tuple(outlet or ()), webhook)
    except ValueError as e:
        _err.print(f"marsad: {e}", markup=False)
        raise typer.Exit(EXIT_USAGE) from e
    with _open_store(db, create=True) as store:
        new = WatchState(store).add_watchlist(spec.name, spec.entities, spec.words, spec.outlets, spec.webhook)
    print(f"watchlist {name}: {'added' if new else 'replaced'}")


@watchlist_app.command("list")
def watchlist_list(
    db: Annotated[str, typer.Option("--db", envvar="MARSAD_DB", help=_DB_HELP, show_default=False)],
    as_json: Annotated[bool, typer.Option("--json", help="Print the watchlists as JSON.")] = False,
) -> None:
    """The watchlists in the store, with their latest alerts count (watchlists of a sources file are in
    the file)."""
    from .store.watch import WatchState

    with _open_store(db, create=False) as store:
        state = WatchState(store)
        records = state.watchlists()
        counts = {r.name: len(state.alerts(watchlist=r.name, limit=1000)) for r in records}
    if as_json:
        data = [dataclasses.asdict(r) | {"alerts": counts[r.name]} for r in records]
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return
    for r in records:
        parts = [f"entities: {', '.join(r.entities)}" if r.entities else "",
                 f"words: {', '.join(r.words)}" if r.words else "",
                 f"outlets: {', '.join(r.outlets)}" if r.outlets else "",
                 f"webhook: {r.webhook}" if r.webhook else ""]
        shown = f"{counts[r.name]}+" if counts[r.name] >= 1000 else str(counts[r.name])
        print(f"{r.name} · {' · '.join(p for p in parts if p)} · {shown} alerts")
    if not records:
        _err.print("marsad: no watchlist in the store")
        raise typer.Exit(EXIT_NOTHING)


@watchlist_app.command("remove")
def watchlist_remove(
    name: Annotated[str, typer.Argument(help="The watchlist to remove.", show_default=False)],
    db: Annotated[str, typer.Option("--db", envvar="MARSAD_DB", help=_DB_HELP, show_default=False)],
) -> None:
    """Remove a watchlist from the store (its past alerts are kept, and stay in its Atom feed)."""
    from .store.watch import WatchState

    with _open_store(db, create=False) as store:
        removed = WatchState(store).remove_watchlist(name)
    if not removed:
        _err.print(f"marsad: no watchlist named {name!r} in the store", markup=False)
        raise typer.Exit(EXIT_NOTHING)
    print(f"watchlist {name}: removed")


spark_app = typer.Typer(
    help="Run the batch stages on Apache Spark, for archives one machine cannot hold (needs pyspark: "
    "pip install 'marsad[spark]').",
    no_args_is_help=True,
)
app.add_typer(spark_app, name="spark")


@spark_app.command(
    "digest",
    # every option (--help included) is the Spark job's own, parsed by marsad.scale
    context_settings={"allow_extra_args": True, "ignore_unknown_options": True, "help_option_names": []},
    add_help_option=False,
)
def spark_digest(ctx: typer.Context) -> None:
    """Ingest, clean, dedup, cluster and read stories of JSON lines or Parquet inputs on Spark, writing
    Parquet and JSON lines a store can load: the same stage code as `marsad digest`, run in executors.
    Other inputs (folders of .txt, .html, feeds) are refused at once, exit code 2: `marsad digest` reads them.

    Example: `marsad spark digest archive/*.jsonl --out out/ --master local[2]` (`--help` for all options)
    """
    try:
        from .scale.__main__ import main as spark_main
    except ImportError as e:
        _err.print(f"marsad: the Spark backend needs pyspark ({e.name} is not installed): pip install 'marsad[spark]'")
        raise typer.Exit(EXIT_USAGE) from e
    raise typer.Exit(spark_main(["digest", *ctx.args], prog="marsad spark"))


def _version(value: bool) -> None:
    if value:
        print(f"marsad {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """marsad (مرصد): Arabic news intelligence."""


def main() -> None:
    app()


if __name__ == "__main__":
    main()
