"""The `quotechain` command: Typer commands that parse options, call builder.api, map errors to exits."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from builder import __version__
from builder.build import BuildConfig, BuildEvent, build
from builder.clean import CLEAN_MODES, clean_text
from builder.dataset import SHARD_DOCS, staging_dir
from builder.errors import DocumentError, QuotechainError
from builder.ingest import MAX_CHARS, IngestOptions, read_inputs
from builder.records import Skip
from builder.validate import validate_dataset

app = typer.Typer(
    name="quotechain",
    help="Find who said what in news texts (English, Russian) and build a Hugging Face dataset of it.",
    no_args_is_help=True,
    add_completion=False,
)
err = Console(stderr=True)
MAX_SKIPS_SHOWN = 50

LangOpt = Annotated[str | None, typer.Option("--lang", help="Language of every document (en, ru); default: detect.")]
BackendOpt = Annotated[str, typer.Option("--backend", help="Extractor backend: rules (no model).")]
CleanOpt = Annotated[str, typer.Option("--clean", help=f"Text cleaning: {', '.join(CLEAN_MODES)}. 'none' keeps "
                                                        "the text byte for byte, so offsets point into the input.")]
InputsArg = Annotated[list[str], typer.Argument(
    help="What to read: files (.txt, .html, .jsonl, .warc, .parquet; any of them .gz), folders (recursive), "
         "quoted globs ('crawl/**/*.warc.gz'), - for standard input, hf:NAME[:CONFIG][@SPLIT] for a Hub "
         "dataset, or a folder written by save_to_disk.")]
TextFieldOpt = Annotated[str, typer.Option("--text-field", help="Field or column that holds the text "
                                                                "(JSONL, parquet, datasets); HTML in it is "
                                                                "extracted.")]
IdFieldOpt = Annotated[str | None, typer.Option("--id-field", help="Field or column that holds the id "
                                                                   "(default: doc_id, then id).")]
MaxCharsOpt = Annotated[int, typer.Option("--max-chars", min=1, help="Skip documents longer than this many "
                                                                     "characters (reason: too-large).")]


def _fail(e: Exception, code: int = 1) -> typer.Exit:
    err.print(f"[red]error:[/red] {e}")
    return typer.Exit(code)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"quotechain {__version__}")
        raise typer.Exit()


@app.callback()
def main(version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                               help="Show the version and exit.")] = False) -> None:
    """quotechain: attributed quotes from news, as a Hugging Face dataset."""


@app.command("build")
def build_cmd(
    inputs: InputsArg,
    out: Annotated[Path, typer.Option("--out", "-o", help="Output dataset folder (Hub layout).")],
    lang: LangOpt = None,
    backend: BackendOpt = "rules",
    clean: CleanOpt = "auto",
    text_field: TextFieldOpt = "text",
    id_field: IdFieldOpt = None,
    license_id: Annotated[str | None, typer.Option("--license", help="Licence id for the dataset card.")] = None,
    no_text: Annotated[bool, typer.Option("--no-text", help="Leave article texts out of the documents "
                                                            "config (quotes and offsets stay).")] = False,
    strict: Annotated[bool, typer.Option("--strict", help="Stop at the first document that cannot be read "
                                                          "or processed, naming it (default: skip it with "
                                                          "a reason and go on).")] = False,
    resume: Annotated[bool, typer.Option("--resume", help="Continue an interrupted build of the same inputs "
                                                          "and options from its last finished shard.")] = False,
    max_chars: MaxCharsOpt = MAX_CHARS,
    shard_docs: Annotated[int, typer.Option("--shard-docs", min=1, help="Input documents per shard: the "
                                                                        "unit of parquet files and of "
                                                                        "--resume.")] = SHARD_DOCS,
) -> None:
    """Build a dataset: one config per language of quotes, plus `documents`."""
    config = BuildConfig(inputs=tuple(inputs), out=str(out), lang=lang, backend=backend,
                         clean=clean, text_field=text_field, id_field=id_field, keep_text=not no_text,
                         license=license_id, strict=strict, resume=resume, max_chars=max_chars,
                         shard_docs=shard_docs)
    columns = (SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
               TextColumn("{task.fields[quotes]} quotes"), TimeElapsedColumn())
    try:
        with Progress(*columns, console=err, transient=True) as bar:
            task = bar.add_task("building", total=None, quotes=0)

            def on_event(ev: BuildEvent) -> None:
                bar.update(task, completed=ev.documents, quotes=ev.quotes)

            report = build(config, progress=on_event)
    except QuotechainError as e:
        raise _fail(e) from e
    except KeyboardInterrupt:
        err.print(f"[red]interrupted[/red]: finished shards are kept in {staging_dir(out)}; "
                  "run the same command with --resume to go on")
        raise typer.Exit(130) from None
    table = Table(title=f"quotechain build → {report.out_dir}", show_header=False)
    table.add_row("documents read", str(report.documents_read))
    table.add_row("documents written", str(report.documents_written))
    table.add_row("duplicates", str(report.duplicates))
    table.add_row("skipped", str(len(report.skips)))
    for reason, n in report.skips_by_reason.items():
        table.add_row(f"  skipped: {reason}", str(n))
    for lang_code, n in report.quotes_per_language.items():
        table.add_row(f"quotes: {lang_code}", str(n))
    err.print(table)
    for s in report.skips[:MAX_SKIPS_SHOWN]:
        err.print(f"[yellow]skipped[/yellow] {escape(s.source)}: {s.reason} {escape(s.detail)}")
    if len(report.skips) > MAX_SKIPS_SHOWN:
        err.print(f"… and {len(report.skips) - MAX_SKIPS_SHOWN} more skips: see {report.out_dir}/quotechain.json")
    for w in report.warnings:
        err.print(f"[yellow]warning:[/yellow] {w}")


@app.command("extract")
def extract_cmd(
    inputs: InputsArg,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write JSON lines here "
                                                                       "instead of stdout.")] = None,
    lang: LangOpt = None,
    backend: BackendOpt = "rules",
    clean: CleanOpt = "auto",
    text_field: TextFieldOpt = "text",
    id_field: IdFieldOpt = None,
    max_chars: MaxCharsOpt = MAX_CHARS,
) -> None:
    """Print one JSON line per attributed quote (the rows of the dataset's quote configs)."""
    from builder.api import process_document

    sink = output.open("w", encoding="utf-8") if output else sys.stdout
    options = IngestOptions(text_field=text_field, id_field=id_field, max_chars=max_chars)
    try:
        for item in read_inputs(inputs, options):
            if isinstance(item, Skip):
                err.print(f"[yellow]skipped[/yellow] {escape(item.source)}: {item.reason} {escape(item.detail)}")
                continue
            try:
                result = process_document(item, lang=lang, backend=backend, clean=clean)
            except DocumentError as e:
                err.print(f"[yellow]skipped[/yellow] {escape(item.source or item.doc_id)}: {escape(str(e))}")
                continue
            for q in result.quotes:
                sink.write(json.dumps(q.to_row(), ensure_ascii=False) + "\n")
    except QuotechainError as e:
        raise _fail(e) from e
    finally:
        if output:
            sink.close()


@app.command("clean")
def clean_cmd(
    inputs: InputsArg,
    mode: Annotated[str, typer.Option("--mode", help=f"Cleaning mode: {', '.join(CLEAN_MODES)}.")] = "auto",
    explain: Annotated[bool, typer.Option("--explain", help="List each removed line with the rule that "
                                                            "removed it (on stderr).")] = False,
    text_field: TextFieldOpt = "text",
    id_field: IdFieldOpt = None,
    max_chars: MaxCharsOpt = MAX_CHARS,
) -> None:
    """Print the stored text of each document as `build` would keep it (see what cleaning removes)."""
    options = IngestOptions(text_field=text_field, id_field=id_field, max_chars=max_chars)
    try:
        for item in read_inputs(inputs, options):
            if isinstance(item, Skip):
                err.print(f"[yellow]skipped[/yellow] {escape(item.source)}: {item.reason} {escape(item.detail)}")
                continue
            result = clean_text(item.text, mode)
            if explain:
                err.print(f"[bold]{item.doc_id}[/bold]: {len(result.removed)} line(s) removed")
                for r in result.removed:
                    err.print(f"  line {r.line} [{r.rule}] {r.text}", markup=False, highlight=False)
            sys.stdout.write(result.text + "\n")
    except QuotechainError as e:
        raise _fail(e) from e


@app.command("validate")
def validate_cmd(
    directory: Annotated[Path, typer.Argument(help="A dataset folder written by `quotechain build`.")],
) -> None:
    """Check a built dataset (card, schema, offsets, unique ids); exit 1 on any defect."""
    if not directory.is_dir():
        raise _fail(QuotechainError(f"{directory} is not a folder"), 2)
    report = validate_dataset(directory)
    for config, n in sorted(report.rows.items()):
        err.print(f"{config}: {n} rows")
    if not report.ok:
        for p in report.problems:
            err.print(f"[red]defect:[/red] {p}")
        raise typer.Exit(1)
    err.print("[green]valid[/green]")


if __name__ == "__main__":
    app()
