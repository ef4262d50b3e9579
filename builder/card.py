"""A built dataset folder -> its dataset card (README.md) and chart images (images/*.png), from the data.

The YAML header (configs, dataset_info, metadata) is what `datasets.load_dataset(folder, config)` and
the Hub read; the prose documents every column from the schemas, gives statistics counted from the
parquet files (builder.stats), how the build was made (quotechain.json), measured quality when an
evaluation report is given, known limitations, and copyright and takedown. Tables are sorted, so the
same data always gives the same card (up to the build date).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import datasets
from datasets.info import DatasetInfo, DatasetInfosDict
from datasets.utils.metadata import MetadataConfigs
from huggingface_hub import DatasetCard, DatasetCardData

from builder.charts import build_charts, write_pngs
from builder.dataset import DOCUMENTS, contract_of
from builder.errors import InputError, QuotechainError, UnsupportedLanguageError
from builder.lexicon import load_lexicon
from builder.records import KINDS, QUOTE_JOIN
from builder.schema import features, load_schema
from builder.stats import DatasetStats, LanguageStats, compute_stats

CARD = "README.md"
MANIFEST = "quotechain.json"
PRETTY_NAME = "quotechain quotes"
UNKNOWN_LICENSE = "unknown"
LICENSE_ID = re.compile(r"^[a-z0-9][a-z0-9.+-]*$")
TOP_N = 20
NO_QUOTES = "No quotes in this build."
EVAL_GROUPS = ("all", *KINDS)
# What the span-like structs' fields mean (the schema's $defs describe the structs, not their fields).
SPAN_FIELDS = {"start": "first code point of the span (inclusive)",
               "end": "code point after the span (end-exclusive)",
               "text": "`text[start:end]` of the document", "lemma": "dictionary form of the cue word"}


def size_category(n: int) -> str:
    for limit, name in ((1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"),
                        (1_000_000, "100K<n<1M"), (10_000_000, "1M<n<10M")):
        if n < limit:
            return name
    return "10M<n<100M"


def check_license(license_id: str | None) -> str | None:
    """A Hub licence id (lowercase, e.g. cc-by-4.0, mit, other), or an InputError naming the problem."""
    if license_id is not None and not LICENSE_ID.match(license_id):
        raise InputError(f"licence id {license_id!r} is not a Hub licence id (lowercase, like cc-by-4.0, mit, other)")
    return license_id


def read_manifest(out_dir: Path) -> dict[str, Any]:
    """The build's quotechain.json, or {} for a folder without one."""
    path = out_dir / MANIFEST
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as e:
        raise InputError(f"cannot read {path}: {e}") from e
    if not isinstance(data, dict):
        raise InputError(f"{path} is not a JSON object")
    return data


def read_eval_report(path: str | Path) -> dict[str, Any]:
    """The JSON of `score.py GOLD PRED --json` (or `quotechain eval --json`), checked and trimmed for the card."""
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as e:
        raise InputError(f"cannot read the evaluation report {p}: {e}") from e
    results = data.get("results") if isinstance(data, dict) else None
    if not isinstance(results, dict) or "all" not in results:
        raise InputError(f"{p} is not an evaluation report: no results.all (write it with score.py --json)")
    for group, r in results.items():
        try:
            for key in ("P", "R", "F1"):
                float(r["quote"]["j>=0.5"][key])
                float(r["e2e"][key])
            int(r["n_gold"])
            int(r["n_pred"])
        except (KeyError, TypeError, ValueError) as e:
            raise InputError(f"{p}: results.{group} lacks {e} (quote['j>=0.5'] and e2e P/R/F1, n_gold, n_pred)") from e
    return {"gold": Path(str(data.get("gold") or "")).name or None, "split": data.get("split"),
            "kinds": list(data.get("kinds") or KINDS), "docs": data.get("docs"), "results": results}


def update_card(out_dir: str | Path, *, license_id: str | None = None, eval_report: str | Path | None = None,
                pretty_name: str | None = None) -> Path:
    """Record a licence and/or an evaluation report in quotechain.json, then write the card anew."""
    root = Path(out_dir)
    manifest = read_manifest(root)
    if license_id is not None:
        manifest["license"] = check_license(license_id)
    if eval_report is not None:
        manifest["eval"] = read_eval_report(eval_report)
    if pretty_name is not None:
        manifest["pretty_name"] = pretty_name
    (root / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                                 encoding="utf-8")
    return write_card(root)


def write_card(out_dir: str | Path) -> Path:
    """Compute the statistics, draw images/*.png and write README.md into a built dataset folder."""
    root = Path(out_dir)
    stats = compute_stats(root)
    write_pngs(stats, root)
    path = root / CARD
    path.write_text(render_card(root, stats).rstrip("\n") + "\n", encoding="utf-8")
    return path


def card_license(manifest: dict[str, Any]) -> str:
    options = manifest.get("options") or {}
    return str(manifest.get("license") or options.get("license") or UNKNOWN_LICENSE)


def card_data(stats: DatasetStats, license_id: str, pretty_name: str) -> DatasetCardData:
    """The YAML header: metadata, one config per language + documents, features, split sizes and bytes."""
    langs = sorted(stats.languages)
    configs = [*langs, DOCUMENTS]
    doc_langs = sorted(set(langs) | {lang for lang in stats.documents_by_language if lang != "und"})
    data = DatasetCardData(
        pretty_name=pretty_name,
        language=doc_langs,
        license=license_id,
        multilinguality="multilingual" if len(doc_langs) > 1 else "monolingual",
        size_categories=[size_category(stats.quotes)],
        task_categories=["token-classification"],
        annotations_creators=["machine-generated"],
        language_creators=["found"],
        source_datasets=["original"],
        tags=["quotation-attribution", "reported-speech", "news", "quotechain"],
    )
    MetadataConfigs({
        c: {"data_files": [{"split": "train", "path": f"data/{c}/train-*.parquet"}]} for c in configs
    }).to_dataset_card_data(data)
    infos = {}
    for c in configs:
        info = DatasetInfo(features=features(contract_of(c)))
        files = [f for f in stats.files if f.config == c]
        num_bytes = sum(f.memory_bytes for f in files)
        info.splits = datasets.SplitDict()
        info.splits.add(datasets.SplitInfo(name="train", num_examples=stats.rows(c), num_bytes=num_bytes))
        info.download_size = sum(f.bytes for f in files)
        info.dataset_size = num_bytes
        info.config_name = c
        infos[c] = info
    DatasetInfosDict(infos).to_dataset_card_data(data)
    return data


def _type_name(feature: Any) -> str:
    if isinstance(feature, datasets.ClassLabel):
        return "class label: " + ", ".join(feature.names)
    if isinstance(feature, datasets.Value):
        return str(feature.dtype)
    if isinstance(feature, datasets.List):
        return f"list of {_type_name(feature.feature)}"
    if isinstance(feature, dict):
        return "struct {" + ", ".join(f"{k}: {_type_name(v)}" for k, v in feature.items()) + "}"
    return type(feature).__name__


def _nullable(node: dict[str, Any]) -> bool:
    types = node.get("type")
    return types == "null" or (isinstance(types, list) and "null" in types) or any(
        o.get("type") == "null" for o in node.get("oneOf", []))


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def glossary(contract: str) -> str:
    """One table row per column, then one per field of its structs, from the schema and the Features."""
    schema = load_schema(contract)
    feats = features(contract)
    lines = ["| column | type | null? | meaning |", "|---|---|---|---|"]
    for name, node in schema["properties"].items():
        feature = feats[name]
        lines.append(f"| `{name}` | {_type_name(feature)} | {'yes' if _nullable(node) else 'no'} | "
                     f"{_cell(node.get('description', ''))} |")
        inner = feature.feature if isinstance(feature, datasets.List) else feature
        if isinstance(inner, dict):
            sub = "[]" if isinstance(feature, datasets.List) else ""
            ref = _struct_schema(node, schema)
            for field_name, field_feature in inner.items():
                field_node = ref.get("properties", {}).get(field_name, {})
                meaning = field_node.get("description") or SPAN_FIELDS.get(field_name, "")
                lines.append(f"| `{name}{sub}.{field_name}` | {_type_name(field_feature)} | "
                             f"{'yes' if _nullable(field_node) else 'no'} | {_cell(meaning)} |")
    return "\n".join(lines)


def _struct_schema(node: dict[str, Any], root: dict[str, Any]) -> dict[str, Any]:
    """The object schema behind a column ($ref, oneOf with null, or array items)."""
    if "items" in node:
        return _struct_schema(node["items"], root)
    for option in node.get("oneOf", []):
        if option.get("type") != "null":
            return _struct_schema(option, root)
    if "$ref" in node:
        return dict(root["$defs"][node["$ref"].split("/")[-1]])
    return node


def _n(x: int) -> str:
    return f"{x:,}"


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "–"


def _language_name(lang: str) -> str:
    try:
        return load_lexicon(lang).name
    except (UnsupportedLanguageError, QuotechainError):
        return lang


def statistics_section(stats: DatasetStats) -> str:
    langs = [stats.languages[c] for c in sorted(stats.languages)]
    header = ["language", "documents", "documents with quotes", "quotes", *KINDS, "speaker mention",
              "resolved speaker", "resolved share", "nested"]
    out = ["## Statistics", "",
           "Counted from the parquet files of this build. A *speaker mention* is the `speaker` span as written; "
           "a *resolved* speaker has a `speaker_name`; a *nested* quote has a `parent_id`; the *chain depth* "
           "is the number of links in `chain`.", "",
           "### Per language", "",
           "| " + " | ".join(header) + " |", "|---|" + "---:|" * (len(header) - 1)]
    for s in langs:
        out.append(f"| `{s.language}` | {_n(s.documents)} | {_n(s.documents_with_quotes)} | {_n(s.quotes)} | "
                   + " | ".join(_n(s.kinds.get(k, 0)) for k in KINDS)
                   + f" | {_n(s.with_speaker)} | {_n(s.resolved)} | {_pct(s.resolved, s.quotes)} | {_n(s.nested)} |")
    other = sorted(lang for lang in stats.documents_by_language if lang not in stats.languages)
    if other:
        out += ["", "Documents in languages without quote rows: "
                + ", ".join(f"`{lang}` {_n(stats.documents_by_language[lang])}" for lang in other) + "."]
    depths = stats.chain_depths
    out += ["", "### Chain depths", ""]
    if depths:
        out += ["| chain depth | " + " | ".join(f"`{s.language}`" for s in langs) + " |",
                "|---:|" + "---:|" * len(langs)]
        out += [f"| {d} | " + " | ".join(_n(s.chain_depths.get(d, 0)) for s in langs) + " |" for d in depths]
    else:
        out.append(NO_QUOTES)
    out += ["", "### Speaker types and cue types", "",
            "| language | " + " | ".join(langs[0].speaker_types) + " | " + " | ".join(langs[0].cue_types) + " |"
            if langs else NO_QUOTES]
    if langs:
        out.append("|---|" + "---:|" * (len(langs[0].speaker_types) + len(langs[0].cue_types)))
        out += [f"| `{s.language}` | " + " | ".join(_n(v) for v in s.speaker_types.values()) + " | "
                + " | ".join(_n(v) for v in s.cue_types.values()) + " |" for s in langs]
    out += ["", f"### Top speakers (resolved names, top {TOP_N} per language)", ""]
    out += _top_tables(langs, "speaker", LanguageStats.top_speakers)
    out += ["", f"### Top cues (lemmas, top {TOP_N} per language)", ""]
    out += _top_tables(langs, "cue", LanguageStats.top_cues)
    out += ["", "### Quotes per source", "",
            "The outlet a document names as its own source (`documents.doc_source`), else the host of its URL.", "",
            "| source | quotes |", "|---|---:|"]
    out += [f"| {_cell(name)} | {_n(n)} |" for name, n in sorted(stats.quotes_by_source.items(),
                                                                    key=lambda kv: (-kv[1], kv[0]))[:TOP_N]]
    if not stats.quotes_by_source:
        out[-2:] = [NO_QUOTES]
    if not langs:
        i = out.index("### Per language") + 2
        out[i:i + 2] = [NO_QUOTES]
    return "\n".join(out)


def _top_tables(langs: list[LanguageStats], what: str, pick: Any) -> list[str]:
    out: list[str] = [] if langs else [NO_QUOTES]
    for s in langs:
        rows = pick(s, TOP_N)
        out += [f"**{_language_name(s.language)} (`{s.language}`)**", ""]
        if not rows:
            out += [f"No {what}s in this config.", ""]
            continue
        out += [f"| rank | {what} | quotes |", "|---:|---|---:|"]
        out += [f"| {i} | {_cell(name)} | {_n(n)} |" for i, (name, n) in enumerate(rows, 1)]
        out.append("")
    return out


def build_section(manifest: dict[str, Any], stats: DatasetStats) -> str:
    options = manifest.get("options") or {}
    skips = manifest.get("skips") or []
    by_reason: dict[str, int] = {}
    for s in skips:
        by_reason[str(s.get("reason"))] = by_reason.get(str(s.get("reason")), 0) + 1
    models = manifest.get("models") or {}
    lexicons = manifest.get("lexicons") or {}
    rows = [
        ("quotechain version", f"`{manifest.get('quotechain_version', 'not recorded')}`"),
        ("backend", f"`{options.get('backend', 'not recorded')}`"),
        ("models", ", ".join(f"`{lang}`: {', '.join(f'`{m}`' for m in ms) or 'none'}"
                             for lang, ms in sorted(models.items())) or "none (the backend uses no model)"),
        ("lexicons", ", ".join(f"`{lang}` `{d}`" for lang, d in sorted(lexicons.items())) or "not recorded"),
        ("input digest", f"`{manifest.get('input_digest', 'not recorded')}` (hash of the written texts' hashes)"),
        ("build date", f"{manifest.get('built_at', 'not recorded')}"),
        ("documents read", _n(int(manifest.get("documents_read", stats.documents)))),
        ("documents written", _n(int(manifest.get("documents_written", stats.documents)))),
        ("duplicates dropped", _n(int(manifest.get("duplicates", 0)))),
        ("documents skipped", _n(len(skips)) + (" (" + ", ".join(f"{r}: {n}" for r, n in sorted(by_reason.items()))
                                               + ")" if by_reason else "")),
    ]
    out = ["## How it was built", "", "| | |", "|---|---|"]
    out += [f"| {k} | {_cell(v)} |" for k, v in rows]
    shown = {k: v for k, v in sorted(options.items()) if k not in ("license", "eval_report")}  # own sections
    out += ["", "Build options:", "", "```json", json.dumps(shown, ensure_ascii=False, indent=1, sort_keys=True), "```",
            "", "`quotechain.json` in this folder records the same, with every skipped input and its reason."]
    return "\n".join(out)


def quality_section(manifest: dict[str, Any]) -> str:
    report = manifest.get("eval")
    out = ["## Measured quality", ""]
    if not report:
        out.append("No evaluation was recorded for this build (`quotechain build --eval-report FILE` or "
                   "`quotechain publish --eval-report FILE` adds one). The numbers above are counts, not accuracy.")
        return "\n".join(out)
    split = f", split `{report['split']}`" if report.get("split") else ""
    docs = report.get("docs")
    docs_text = f", {docs} gold document{'' if docs == 1 else 's'}" if docs is not None else ""
    out += [f"Scored against the gold file `{report.get('gold')}`{split}{docs_text}, kinds "
            f"{', '.join(report.get('kinds') or KINDS)}. A predicted quote matches a gold quote when their word-token "
            "Jaccard is at least 0.5; end-to-end also needs the right speaker. Scores in percent; speaker and cue "
            "accuracy are over the matched quotes.", "",
            "| group | gold | predicted | quote P | quote R | quote F1 | end-to-end P | end-to-end R | end-to-end F1 "
            "| speaker acc. | cue acc. |",
            "|---|" + "---:|" * 10]
    results = report["results"]
    for group in [g for g in EVAL_GROUPS if g in results] + sorted(g for g in results if g not in EVAL_GROUPS):
        r = results[group]
        empty = not int(r["n_gold"]) and not int(r["n_pred"])
        q, e = r["quote"]["j>=0.5"], r["e2e"]
        scores = ["–"] * 6 if empty else [f"{float(x):.1f}" for x in (q["P"], q["R"], q["F1"], e["P"], e["R"], e["F1"])]
        accs = [f"{float(r[k]):.1f}" if isinstance(r.get(k), int | float) else "–" for k in ("speaker_acc", "cue_acc")]
        out.append(f"| {group} | {_n(int(r['n_gold']))} | {_n(int(r['n_pred']))} | " + " | ".join(scores + accs) + " |")
    return "\n".join(out)


def limitations_section(manifest: dict[str, Any], stats: DatasetStats) -> str:
    options = manifest.get("options") or {}
    out = ["## Known limitations", "",
           "- Every row is machine-made: quotes, speakers, cues and chains come from automatic extraction and "
           "have not been checked by a person. `confidence` is the extractor's own score, not a probability.",
           "- Speakers are resolved within one document only (a pronoun or title to a name in the same text); "
           "the same person may appear under different name forms across documents, and there is no link to a "
           "knowledge base.",
           "- The language of a document is detected automatically (seeded, deterministic) unless the build fixed "
           "it; quotes are filed in the config of their language.",
           "- Duplicates are removed by exact text hash only; near-duplicates (syndicated copies with small edits) "
           "remain."]
    if options.get("backend") == "rules":
        out.append("- The `rules` backend is model-free: it finds attributions through quotation marks and the cue "
                   "and speaker patterns of its lexicons; an attribution with a cue or construction outside them is "
                   "missed.")
    missing = [k for k in KINDS if not any(s.kinds.get(k) for s in stats.languages.values())]
    if missing and stats.quotes:
        out.append(f"- This build has no {' or '.join(missing)} quotes: its backend produced none.")
    unresolved = sum(s.quotes - s.resolved for s in stats.languages.values())
    if unresolved:
        out.append(f"- {_n(unresolved)} of {_n(stats.quotes)} quotes ({_pct(unresolved, stats.quotes)}) have no "
                   "resolved speaker name (`speaker_name` is null).")
    if stats.documents_with_text < stats.documents:
        out.append("- Article texts are left out (a `--no-text` build), so offsets cannot be checked against the text "
                   "here; they point into the cleaned text of the original article.")
    if options.get("clean", "auto") != "none":
        out.append("- Offsets index the *cleaned* text stored in `documents.text`, not the raw input file.")
    return "\n".join(out)


def copyright_section(license_id: str, stats: DatasetStats) -> str:
    no_text = stats.documents_with_text == 0 and stats.documents > 0
    out = ["## Copyright and takedown", "",
           "The news texts and the quoted words belong to their publishers and authors. The licence declared in "
           f"this card (`{license_id}`) is the builder's statement for the annotations (offsets, speakers, cues, "
           "chains); it does not transfer any right in the texts. quotechain's code is MIT-licensed.", ""]
    if no_text:
        out.append("This is a `--no-text` build: `documents.text` is null everywhere. It publishes the quotes (short "
                   "excerpts with their offsets), speakers and cues, and each document's `source` (path or URL), "
                   "not the article texts.")
    else:
        out.append("This build contains full article texts (`documents.text`). Whoever publishes it must have the "
                   "right to do so; `quotechain build --no-text` writes the same dataset without the texts (quotes, "
                   "offsets and URLs only).")
    out += ["", "If you hold rights in a text in this dataset and want it removed, open a discussion on the "
            "dataset's page (Community tab) naming the `doc_id` or URL; the builder removes the document and its "
            "quotes and publishes a new revision."]
    return "\n".join(out)


def render_card(out_dir: Path, stats: DatasetStats | None = None) -> str:
    """The card text for a built dataset folder (whose images/*.png the caller has written)."""
    stats = stats if stats is not None else compute_stats(out_dir)
    manifest = read_manifest(out_dir)
    license_id = card_license(manifest)
    pretty_name = str(manifest.get("pretty_name") or PRETTY_NAME)
    data = card_data(stats, license_id, pretty_name)
    langs = sorted(stats.languages)
    lang_names = ", ".join(f"{_language_name(c)} (`{c}`)" for c in langs) or "none"
    config_rows = "\n".join(
        f"| `{c}` | {_n(stats.rows(c))} | {len([f for f in stats.files if f.config == c])} | "
        f"{_n(sum(f.bytes for f in stats.files if f.config == c))} |" for c in [*langs, DOCUMENTS])
    images = "\n".join(f"![{c.title}]({c.png})" for c in build_charts(stats))
    first = langs[0] if langs else "en"
    body = f"""# {pretty_name}

Attributed quotations (who said what) extracted from news texts by
[quotechain](https://github.com/quotechain/quotechain): {_n(stats.quotes)} quotes from
{_n(stats.documents)} documents. Languages: {lang_names}. Licence: `{license_id}`.
Each row is one attribution: the quoted content, the cue that introduces it, the speaker as written
and resolved to a name, and the attribution chain from the document's own source down to the speaker.

```python
import datasets
quotes = datasets.load_dataset("<this repo or folder>", "{first}", split="train")
documents = datasets.load_dataset("<this repo or folder>", "documents", split="train")
```

{images}

## Configs

| config | rows | parquet files | bytes on disk |
|---|---:|---:|---:|
{config_rows}

One row per attribution in the config of its language (`{'`, `'.join(langs) or 'none'}`); `documents` holds one
row per document with the text every offset points into.

## Fields

### Quote configs ({', '.join(f'`{c}`' for c in langs) or 'none in this build'})

Offsets are **Unicode code points** (Python string indices) into `documents.text` of the same `doc_id`,
**end-exclusive**: `text[start:end] == span.text` holds for every `content`, `cue` and `speaker` span.
`content` lists the pieces of the quote in text order; `quote` joins them with `"{QUOTE_JOIN}"`.
`chain` is ordered from the **outermost source** (the document's own source, e.g. an agency, when the text
names one) **down to this row's speaker**; a nested quote also points to its container in `parent_id`.

{glossary("quotes")}

### `documents` config

{glossary("documents")}

{statistics_section(stats)}

{build_section(manifest, stats)}

{quality_section(manifest)}

{limitations_section(manifest, stats)}

{copyright_section(license_id, stats)}
"""
    return str(DatasetCard(f"---\n{data.to_yaml()}\n---\n\n{body}").content)
