"""The ``marsad`` command.

Exit codes (the same for every command): 0 everything was used, 1 nothing usable came out,
2 the command line was wrong, 3 partial: some inputs could not be used (each is named on stderr).
"""


import json
import sys
from pathlib import Path
from typing import Annotated

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

from . import __version__

EXIT_OK, EXIT_NOTHING, EXIT_USAGE, EXIT_PARTIAL = 0, 1, 2, 3

app = typer.Typer(
    name="marsad",
    help="marsad (مرصد): turn Arabic news articles from many outlets into cited, traceable stories.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="markdown",
)
_err = Console(stderr=True, highlight=False)

_STAGE_LABELS = {"read": "reading and cleaning", "stories": "building stories"}


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
            )
            if enabled
            else None
        )
        self._tasks: dict[str, int] = {}

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


def _write(path: Path, text: str) -> None:
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as e:
        _err.print(f"marsad: cannot write {path}: {e.strerror or e}")
        raise typer.Exit(EXIT_USAGE) from e


@app.command()
def digest(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Files or folders to read: .txt (first line = title), .html/.htm, .jsonl "
            "(id, url, outlet, published, title, text or html), RSS/Atom feeds. Folders are read "
            "recursively; a manifest.jsonl in a folder gives each file's outlet, date and url.",
            show_default=False,
        ),
    ],
    json_path: Annotated[
        Path | None, typer.Option("--json", help="Also write the full digest as JSON (see docs/schema.md).")
    ] = None,
    html_path: Annotated[
        Path | None, typer.Option("--html", help="Also write one self-contained right-to-left HTML report.")
    ] = None,
    md_path: Annotated[Path | None, typer.Option("--md", help="Also write the Markdown briefing to a file.")] = None,
    words: Annotated[int, typer.Option("--words", min=10, max=2000, help="Word budget of each story summary.")] = 120,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing to stdout; only write files.")] = False,
) -> None:
    """Read articles, group them into stories, and print a cited briefing of each story.

    Every summary sentence is quoted as published and cited as [article id]; the sources table maps
    ids to outlets and dates. Inputs that cannot be used are named on stderr, one line each, and the
    rest is processed.

    Example: `marsad digest examples/iraq-2021 --html report.html --json digest.json`
    """
    from .pipeline import digest as run_digest
    from .render import digest_to_html, digest_to_json, digest_to_markdown

    with _Bar(enabled=_err.is_terminal and not quiet) as bar:
        result = run_digest(paths, words=words, progress=bar)

    for problem in result.problems:
        _err.print(f"marsad: {problem}", markup=False, soft_wrap=True)

    if result.articles:
        markdown = digest_to_markdown(result)
        if not quiet:
            sys.stdout.write(markdown)
        if md_path:
            _write(md_path, markdown)
        if html_path:
            _write(html_path, digest_to_html(result))
        if json_path:
            _write(json_path, json.dumps(digest_to_json(result), ensure_ascii=False, indent=2) + "\n")

    if not result.articles:
        _err.print("marsad: no usable article in the input")
        raise typer.Exit(EXIT_NOTHING)
    if any(p.level == "error" for p in result.problems):
        raise typer.Exit(EXIT_PARTIAL)


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
