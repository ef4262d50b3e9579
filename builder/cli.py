"""The `quotechain` command: Typer commands that parse options, call builder.api, map errors to exits."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from builder import __version__
from builder.build import BuildConfig, BuildEvent, build
from builder.clean import CLEAN_MODES
from builder.errors import DocumentError, QuotechainError
from builder.ingest import IngestOptions, read_inputs
from builder.records import Skip
from builder.validate import validate_dataset

app = typer.Typer(
    name="quotechain",
    help="Find who said what in news texts (English, Russian) and build a Hugging Face dataset of it.",
    no_args_is_help=True,
    add_completion=False,
)
err = Console(stderr=True)

LangOpt = Annotated[str | None, typer.Option("--lang", help="Language of every document (en, ru); default: detect.")]
BackendOpt = Annotated[str, typer.Option("--backend", help="Extractor backend: rules (no model), stanza "
                                                           "(dependency parses; needs quotechain[stanza] and its "
                                                           "models, or CoNLL-U input), auto (stanza where its "
                                                           "models for the language are installed, else rules).")]
StanzaDirOpt = Annotated[Path | None, typer.Option("--stanza-dir", help="Folder of stanza models (default: "
                                                                        "$QUOTECHAIN_STANZA_DIR, else stanza's "
                                                                        "~/stanza_resources).")]
CleanOpt = Annotated[str, typer.Option("--clean", help=f"Text cleaning: {', '.join(CLEAN_MODES)}. 'none' keeps "
                                                        "the text byte for byte, so offsets point into the input.")]
TextFieldOpt = Annotated[str, typer.Option("--text-field", help="JSONL field that holds the text.")]
IdFieldOpt = Annotated[str | None, typer.Option("--id-field", help="JSONL field that holds the id "
                                                                   "(default: doc_id, then id).")]


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
    inputs: Annotated[list[Path], typer.Argument(help="Files or folders to read (.txt, .jsonl).")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output dataset folder (Hub layout).")],
    lang: LangOpt = None,
    backend: BackendOpt = "rules",
    clean: CleanOpt = "auto",
    text_field: TextFieldOpt = "text",
    id_field: IdFieldOpt = None,
    license_id: Annotated[str | None, typer.Option("--license", help="Licence id for the dataset card.")] = None,
    no_text: Annotated[bool, typer.Option("--no-text", help="Leave article texts out of the documents "
                                                            "config (quotes and offsets stay).")] = False,
    strict: Annotated[bool, typer.Option("--strict", help="Stop at the first bad document.")] = False,
    stanza_dir: StanzaDirOpt = None,
) -> None:
    """Build a dataset: one config per language of quotes, plus `documents`."""
    config = BuildConfig(inputs=tuple(str(p) for p in inputs), out=str(out), lang=lang, backend=backend,
                         clean=clean, text_field=text_field, id_field=id_field, keep_text=not no_text,
                         license=license_id, strict=strict, stanza_dir=str(stanza_dir) if stanza_dir else None)
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
    for s in report.skips:
        err.print(f"[yellow]skipped[/yellow] {s.source}: {s.reason} {s.detail}")
    for w in report.warnings:
        err.print(f"[yellow]warning:[/yellow] {w}")


@app.command("extract")
def extract_cmd(
    inputs: Annotated[list[Path], typer.Argument(help="Files or folders to read (.txt, .jsonl).")],
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write JSON lines here "
                                                                       "instead of stdout.")] = None,
    lang: LangOpt = None,
    backend: BackendOpt = "rules",
    clean: CleanOpt = "auto",
    text_field: TextFieldOpt = "text",
    id_field: IdFieldOpt = None,
    stanza_dir: StanzaDirOpt = None,
) -> None:
    """Print one JSON line per attributed quote (the rows of the dataset's quote configs)."""
    from builder.api import process_document

    sink = output.open("w", encoding="utf-8") if output else sys.stdout
    try:
        for item in read_inputs(inputs, IngestOptions(text_field=text_field, id_field=id_field)):
            if isinstance(item, Skip):
                err.print(f"[yellow]skipped[/yellow] {item.source}: {item.reason} {item.detail}")
                continue
            try:
                result = process_document(item, lang=lang, backend=backend, clean=clean,
                                          model_dir=str(stanza_dir) if stanza_dir else None)
            except DocumentError as e:
                err.print(f"[yellow]skipped[/yellow] {item.source}: {e}")
                continue
            for q in result.quotes:
                sink.write(json.dumps(q.to_row(), ensure_ascii=False) + "\n")
    except QuotechainError as e:
        raise _fail(e) from e
    finally:
        if output:
            sink.close()


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


models_app = typer.Typer(help="Manage the stanza models of the stanza backend (download, list).",
                         no_args_is_help=True)
app.add_typer(models_app, name="models")


@models_app.command("download")
def models_download_cmd(
    languages: Annotated[list[str], typer.Argument(help="Languages to get models for (en, ru).")],
    directory: Annotated[Path | None, typer.Option("--dir", help="Model folder (default: $QUOTECHAIN_STANZA_DIR, "
                                                                 "else ~/stanza_resources).")] = None,
) -> None:
    """Download stanza's models for the languages (needs network access and quotechain[stanza])."""
    from builder.extract.stanza.models import download_models

    try:
        got = download_models(languages, directory, downloader=_downloader())
    except QuotechainError as e:
        raise _fail(e) from e
    for m in got:
        err.print(f"{m.language}: {', '.join(m.processors)} in {m.directory}")


def _downloader() -> Callable[..., Any] | None:
    """stanza.download, unless a test swapped it for a fake (the default: None = the real one)."""
    return None


@models_app.command("list")
def models_list_cmd(
    directory: Annotated[Path | None, typer.Option("--dir", help="Model folder (default: $QUOTECHAIN_STANZA_DIR, "
                                                                 "else ~/stanza_resources).")] = None,
) -> None:
    """Show which stanza models are installed, where, and whether each language is complete."""
    from builder.extract.stanza.models import list_models, resolve_dir

    try:
        found = list_models(directory)
    except QuotechainError as e:
        raise _fail(e) from e
    root = resolve_dir(directory)
    if not found:
        err.print(f"no stanza models in {root}; get them with: quotechain models download en ru --dir {root}")
        return
    table = Table(title=f"stanza models in {root}")
    for col in ("language", "processors", "complete", "MB"):
        table.add_column(col)
    for m in found:
        table.add_row(m.language, ", ".join(m.processors),
                      "yes" if m.complete else f"no (missing {', '.join(m.missing)})", f"{m.size / 1e6:.1f}")
    Console().print(table)


if __name__ == "__main__":
    app()
