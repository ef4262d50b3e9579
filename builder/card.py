"""A built dataset folder -> its README.md dataset card: YAML header (configs, dataset_info) + prose.

The YAML is what `datasets.load_dataset(folder, config)` reads to find each config's files and
typed features; the prose documents every column from the schema descriptions.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import datasets
from datasets.info import DatasetInfo, DatasetInfosDict
from datasets.utils.metadata import MetadataConfigs
from huggingface_hub import DatasetCard, DatasetCardData

from builder import __version__
from builder.dataset import DOCUMENTS, configs_of, contract_of
from builder.lexicon import load_lexicon
from builder.schema import features, load_schema


def size_category(n: int) -> str:
    for limit, name in ((1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"),
                        (1_000_000, "100K<n<1M"), (10_000_000, "1M<n<10M")):
        if n < limit:
            return name
    return "10M<n<100M"


def card_data(counts: dict[str, int], license_id: str | None, pretty_name: str) -> DatasetCardData:
    """The YAML header: metadata, one config per language + documents, features and split sizes."""
    configs = [c for c in sorted(counts) if c != DOCUMENTS] + ([DOCUMENTS] if DOCUMENTS in counts else [])
    languages = [c for c in configs if c != DOCUMENTS]
    data = DatasetCardData(
        pretty_name=pretty_name,
        language=languages,
        license=license_id or "unknown",
        multilinguality="multilingual" if len(languages) > 1 else "monolingual",
        size_categories=[size_category(sum(counts.get(c, 0) for c in languages))],
        task_categories=["text-classification", "token-classification"],
        annotations_creators=["machine-generated"],
        source_datasets=["original"],
    )
    MetadataConfigs({
        c: {"data_files": [{"split": "train", "path": f"data/{c}/train-*.parquet"}]} for c in configs
    }).to_dataset_card_data(data)
    infos = {}
    for c in configs:
        info = DatasetInfo(features=features(contract_of(c)))
        info.splits = datasets.SplitDict()
        info.splits.add(datasets.SplitInfo(name="train", num_examples=counts[c]))
        info.config_name = c
        infos[c] = info
    DatasetInfosDict(infos).to_dataset_card_data(data)
    return data


def glossary(contract: str) -> str:
    """One table row per column, from the schema's descriptions."""
    schema = load_schema(contract)
    lines = ["| column | type | meaning |", "|---|---|---|"]
    for name, node in schema["properties"].items():
        t = node.get("type") or "object"
        if "enum" in node:
            t = "class label: " + ", ".join(node["enum"])
        elif "oneOf" in node or "$ref" in node:
            t = "struct or null"
        lines.append(f"| `{name}` | {t if isinstance(t, str) else ' or '.join(t)} | {node.get('description', '')} |")
    return "\n".join(lines)


def render_card(out_dir: Path, counts: dict[str, int], *, license_id: str | None = None,
                pretty_name: str = "quotechain quotes", build: dict[str, Any] | None = None) -> str:
    data = card_data(counts, license_id, pretty_name)
    langs = [c for c in configs_of(out_dir) if c != DOCUMENTS]
    lang_names = ", ".join(f"{load_lexicon(c).name} (`{c}`)" for c in langs) or "none"
    rows = "\n".join(f"| `{c}` | {counts.get(c, 0)} |" for c in configs_of(out_dir))
    build_lines = "\n".join(f"- {k}: `{v}`" for k, v in sorted((build or {}).items()))
    body = f"""# {pretty_name}

Attributed quotations (who said what) extracted from news texts by
[quotechain](https://github.com/quotechain/quotechain) {__version__}. Languages: {lang_names}.

```python
import datasets
quotes = datasets.load_dataset("<this folder or repo>", "{langs[0] if langs else 'en'}")
documents = datasets.load_dataset("<this folder or repo>", "documents")
```

## Configs
| config | rows |
|---|---|
{rows}

One row per attribution event in the config of its language; `documents` holds one row per document
with the text that every offset points into.

## Fields of the quote configs
Offsets are Unicode code points into `documents.text` of the same `doc_id`, end-exclusive:
`text[start:end] == span.text` holds for every span. `chain` lists the sources from the outermost
(the document's own source, e.g. an agency, when the text names one) down to this row's speaker.

{glossary("quotes")}

## Fields of the documents config

{glossary("documents")}

## How it was built
{build_lines or "- (no build options recorded)"}

## Licence and takedown
The article texts belong to their publishers. The quotechain code is MIT-licensed; the dataset's
licence is `{data.license}` as declared by its builder.
"""
    return str(DatasetCard(f"---\n{data.to_yaml()}\n---\n\n{body}").content)


def write_card(out_dir: Path, counts: dict[str, int], **kwargs: Any) -> Path:
    path = out_dir / "README.md"
    path.write_text(render_card(out_dir, counts, **kwargs), encoding="utf-8")
    return path
