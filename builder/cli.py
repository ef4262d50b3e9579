"""The `quotechain` command: Typer commands that parse options, call builder.api, map errors to exits."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

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
BackendOpt = Annotated[str, typer.Option("--backend", help="Extractor backend: rules (no model).")]
CleanOpt = Annotated[str, typer.Option("--clean", help=f"Text cleaning: {', '.join(CLEAN_MODES)}. 'none' keeps "
                                                        "the text byte for byte, so offsets point into the input.")]
TextFieldOpt = Annotated[str, typer.Option("--text-field", help="JSONL field that holds the text.")]
IdFieldOpt = Annotated[str | None, typer.Option("--id-field", help="JSONL field that holds the id "
                                                                   "(default: doc_id, then id).")]


def _fail(e: Exception, code: int = 1) -> typer.Exit:
    err.print(f"[red]error:[/red] {e}")
    return typer.Exit(code)


def _key_value(text: str) -> tuple[str, str]:
    key, sep, value = text.partition("=")
    if not sep or not key.strip():
        raise ValueError(f"--spark-conf wants KEY=VALUE, got {text!r}")
    return key.strip(), value


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
    inputs: Annotated[list[str], typer.Argument(help="Files or folders to read (.txt, .jsonl; with --engine spark "
                                                    "also .parquet and hdfs://, s3a://… URIs).")],
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
    workers: Annotated[int | None, typer.Option("--workers", "-j", min=1, help="Worker processes of the local "
                                                "engine (default: the number of cores); the output is the "
                                                "same for any number.")] = None,
    engine: Annotated[str, typer.Option("--engine", help="Where the work runs: local (this machine) or "
                                                         "spark (needs the quotechain[spark] extra).")] = "local",
    master: Annotated[str | None, typer.Option("--master", help="Spark master for --engine spark: local[N], "
                                                               "yarn, spark://host:port (default: Spark's own, "
                                                               "e.g. from spark-submit).")] = None,
    spark_conf: Annotated[list[str] | None, typer.Option("--spark-conf", help="A Spark setting KEY=VALUE for "
                                                         "--engine spark; repeat for more.")] = None,
) -> None:
    """Build a dataset: one config per language of quotes, plus `documents`."""
    try:
        conf = tuple(_key_value(kv) for kv in spark_conf or ())
    except ValueError as e:
        raise _fail(e, 2) from e
    config = BuildConfig(inputs=tuple(inputs), out=str(out), lang=lang, backend=backend,
                         clean=clean, text_field=text_field, id_field=id_field, keep_text=not no_text,
                         license=license_id, strict=strict, engine=engine, workers=workers, master=master,
                         spark_conf=conf)
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
                result = process_document(item, lang=lang, backend=backend, clean=clean)
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


@app.command("eval")
def eval_cmd(
    gold: Annotated[Path, typer.Argument(help="Gold JSONL: one document per line with `text` and `quotes` "
                                              "(the bench format).")],
    split: Annotated[str | None, typer.Option("--split", help="Only documents of this split.")] = None,
    kinds: Annotated[str, typer.Option("--kinds", help="Comma-separated kinds to score: direct, mixed, "
                                                       "indirect.")] = "direct,mixed,indirect",
    backend: BackendOpt = "rules",
    nested: Annotated[bool | None, typer.Option("--nested/--outermost", help="Score nested attributions too "
                                                "(default: when the gold has parent links).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON (the bench scorer's "
                                                          "structure).")] = False,
    predictions: Annotated[Path | None, typer.Option("--predictions", help="Also write the predictions "
                                                     "(scorer PRED format) to this JSONL file.")] = None,
) -> None:
    """Score the extractor on gold data: quote P/R/F1 at exact/0.8/0.5/any, speaker, cue, end to end."""
    from builder.evaluate import evaluate, render

    kept = tuple(k.strip() for k in kinds.split(",") if k.strip())
    try:
        ev, rows = evaluate(gold, split=split, kinds=kept, backend=backend, nested=nested)
    except (QuotechainError, OSError, ValueError, KeyError) as e:
        raise _fail(e) from e
    if predictions is not None:
        predictions.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    if as_json:
        typer.echo(json.dumps(ev.to_json(str(gold), kept, split), ensure_ascii=False, indent=1))
    else:
        typer.echo(render(ev, f"gold={gold} split={split or 'all'} docs={ev.docs} kinds={','.join(kept)} "
                              f"backend={backend}"))


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
