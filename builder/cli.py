"""The `quotechain` command: Typer commands that parse options, call builder.api, map errors to exits."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from builder import __version__
from builder.build import BuildConfig, BuildEvent, build
from builder.clean import CLEAN_MODES, clean_text
from builder.dataset import SHARD_DOCS, staging_dir
from builder.errors import DocumentError, QuotechainError, ValidationError
from builder.ingest import MAX_CHARS, IngestOptions, read_inputs
from builder.publish import publish
from builder.records import Skip
from builder.report import MAX_QUOTES, write_report
from builder.show import dataset_index, from_dataset, from_inputs, is_dataset, render_document
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
BackendOpt = Annotated[str, typer.Option("--backend", help="Extractor backend: rules (no model), stanza "
                                                           "(dependency parses; needs quotechain[stanza] and its "
                                                           "models, or CoNLL-U input), auto (stanza where its "
                                                           "models for the language are installed, else rules).")]
StanzaDirOpt = Annotated[Path | None, typer.Option("--stanza-dir", help="Folder of stanza models (default: "
                                                                        "$QUOTECHAIN_STANZA_DIR, else stanza's "
                                                                        "~/stanza_resources).")]
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

LicenseOpt = Annotated[str | None, typer.Option("--license", help="Hub licence id for the dataset card (cc-by-4.0, "
                                                                  "mit, other...); default: unknown.")]
EvalReportOpt = Annotated[Path | None, typer.Option("--eval-report", help="Evaluation JSON (score.py --json) to "
                                                                          "show as measured quality in the card.")]


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
    inputs: InputsArg,
    out: Annotated[Path, typer.Option("--out", "-o", help="Output dataset folder (Hub layout).")],
    lang: LangOpt = None,
    backend: BackendOpt = "rules",
    clean: CleanOpt = "auto",
    text_field: TextFieldOpt = "text",
    id_field: IdFieldOpt = None,
    license_id: LicenseOpt = None,
    eval_report: EvalReportOpt = None,
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
    stanza_dir: StanzaDirOpt = None,
    workers: Annotated[int | None, typer.Option("--workers", "-j", min=1, help="Worker processes of the local "
                                                "engine (default: the number of cores); the output is the "
                                                "same for any number.")] = None,
    engine: Annotated[str, typer.Option("--engine", help="Where the work runs: local (this machine) or "
                                                         "spark (needs the quotechain[spark] extra; "
                                                         "see docs/spark.md).")] = "local",
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
                         engine=engine, workers=workers, master=master, spark_conf=conf,
                         clean=clean, text_field=text_field, id_field=id_field, keep_text=not no_text,
                         license=license_id, strict=strict, resume=resume, max_chars=max_chars,
                         shard_docs=shard_docs, eval_report=str(eval_report) if eval_report else None,
                         stanza_dir=str(stanza_dir) if stanza_dir else None)
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
    stanza_dir: StanzaDirOpt = None,
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
                result = process_document(item, lang=lang, backend=backend, clean=clean,
                                          model_dir=str(stanza_dir) if stanza_dir else None)
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
    clean: Annotated[str, typer.Option("--clean", help="mask (default): the gold text is left as it is, so "
                                                       "offsets match, and attributions in lines the default "
                                                       "cleaning would remove (site chrome) are dropped; none: "
                                                       "keep them.")] = "mask",
    stanza_dir: StanzaDirOpt = None,
    conllu: Annotated[list[Path] | None, typer.Option("--conllu", help="CoNLL-U files or folders whose documents "
                                                      "(matched by doc_id) carry their own parse for the "
                                                      "stanza backend (repeatable).")] = None,
) -> None:
    """Score the extractor on gold data: quote P/R/F1 at exact/0.8/0.5/any, speaker, cue, end to end, nested
    links, and resolved speaker names where the gold gives them."""
    from builder.evaluate import evaluate, render

    kept = tuple(k.strip() for k in kinds.split(",") if k.strip())
    try:
        ev, rows = evaluate(gold, split=split, kinds=kept, backend=backend, nested=nested, clean=clean,
                            model_dir=str(stanza_dir) if stanza_dir else None, conllu=conllu or ())
    except (QuotechainError, OSError, ValueError, KeyError) as e:
        raise _fail(e) from e
    if predictions is not None:
        predictions.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    if as_json:
        typer.echo(json.dumps(ev.to_json(str(gold), kept, split), ensure_ascii=False, indent=1))
    else:
        typer.echo(render(ev, f"gold={gold} split={split or 'all'} docs={ev.docs} kinds={','.join(kept)} "
                              f"backend={backend}"))


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


@app.command("report")
def report_cmd(
    directory: Annotated[Path, typer.Argument(help="A dataset folder written by `quotechain build`.")],
    output: Annotated[Path | None, typer.Option("--output", "-o", help="The HTML page to write "
                                                                       "(default: DIR/report.html).")] = None,
    max_quotes: Annotated[int, typer.Option("--max-quotes", min=0, help="How many quotes the page's table "
                                                                          "holds (the first N).")] = MAX_QUOTES,
) -> None:
    """Write a self-contained HTML page: charts and a browsable table of quotes in their sentences."""
    try:
        result = write_report(directory, output, max_quotes=max_quotes)
    except QuotechainError as e:
        raise _fail(e) from e
    err.print(f"report: {result.path} ({result.quotes_shown} of {result.quotes_total} quotes in the table)")


@app.command("show")
def show_cmd(
    path: Annotated[Path, typer.Argument(help="A dataset folder written by `quotechain build`, or input files "
                                              "(.txt, .jsonl, a folder of them) to process now.")],
    doc: Annotated[str | None, typer.Option("--doc", help="The doc_id to show (a dataset folder without it "
                                                          "lists its documents).")] = None,
    lang: LangOpt = None,
) -> None:
    """Show a document in the terminal: quotes, speakers and cues coloured, attribution chains as trees."""
    console = Console()
    try:
        if is_dataset(path):
            console.print(render_document(from_dataset(path, doc)) if doc else dataset_index(path))
            return
        shown = 0
        for item in from_inputs(path, doc_id=doc, lang=lang):
            if isinstance(item, Skip):
                err.print(f"[yellow]skipped[/yellow] {item.source}: {item.reason} {item.detail}")
                continue
            console.print(render_document(item))
            shown += 1
    except QuotechainError as e:
        raise _fail(e) from e
    if doc is not None and not shown:
        raise _fail(QuotechainError(f"no document with doc_id {doc!r} in {path}"))


@app.command("publish")
def publish_cmd(
    directory: Annotated[Path, typer.Argument(help="A dataset folder written by `quotechain build`.")],
    repo_id: Annotated[str, typer.Option("--repo-id", help="The Hub dataset repo, owner/name "
                                                           "(created if missing).")],
    private: Annotated[bool, typer.Option("--private", help="Create the repo private (an existing repo keeps "
                                                            "its visibility).")] = False,
    revision: Annotated[str | None, typer.Option("--revision", help="Branch to commit to (created if missing); "
                                                                    "default: main.")] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Validate and list what would be uploaded; "
                                                            "upload nothing.")] = False,
    license_id: LicenseOpt = None,
    eval_report: EvalReportOpt = None,
) -> None:
    """Validate a built dataset and upload it to the Hugging Face Hub (token: HF_TOKEN or `hf auth login`)."""
    if not directory.is_dir():
        raise _fail(QuotechainError(f"{directory} is not a folder"))
    try:
        result = publish(directory, repo_id, private=private, revision=revision, license_id=license_id,
                         eval_report=eval_report, dry_run=dry_run)
    except ValidationError as e:
        for p in e.problems:
            err.print(f"[red]defect:[/red] {p}")
        raise _fail(QuotechainError(f"not published: {directory} has {len(e.problems)} defect(s); "
                                    "see `quotechain validate`")) from e
    except QuotechainError as e:
        raise _fail(e) from e
    plan = result.plan
    table = Table(title=f"{'would upload' if dry_run else 'uploaded'} to {plan.url}", show_lines=False)
    table.add_column("file")
    table.add_column("bytes", justify="right")
    for path, size in plan.files:
        table.add_row(path, f"{size:,}")
    table.add_row(f"{len(plan.files)} files", f"{plan.total_bytes:,}", style="bold")
    err.print(table)
    err.print(f"revision: {plan.revision or 'main'} · {'private' if plan.private else 'public'} if created · "
              f"method: {plan.method}")
    for change in plan.card_changes:
        err.print(f"card: {change}{' (on a real publish)' if dry_run else ''}")
    if dry_run:
        found = f"found ({plan.token_source})" if plan.token_source else "[yellow]none found[/yellow]"
        err.print(f"token: {found} · dry run: nothing was uploaded")
        return
    for path in result.deleted:
        err.print(f"removed from the repo (not in this build): {path}")
    err.print(f"[green]published[/green] {plan.url}" + (f" · {result.commit_url}" if result.commit_url else ""))


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
