"""The dataset card: valid YAML for the Hub, every column documented, numbers equal to parquet counts."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
from huggingface_hub import DatasetCard

from builder.build import BuildConfig, build
from builder.card import read_eval_report, size_category, update_card
from builder.errors import InputError
from builder.records import KINDS
from builder.schema import features, load_schema
from builder.stats import NO_SOURCE, source_label


def card_text(folder: Path) -> str:
    return (folder / "README.md").read_text(encoding="utf-8")


def table_after(text: str, heading: str) -> list[list[str]]:
    """The cells of the first markdown table after `heading` (header row first, separator dropped)."""
    rest = text[text.index(heading) + len(heading):]
    rows, started = [], False
    for line in rest.splitlines():
        if line.startswith("|"):
            started = True
            cells = [c.strip().strip("`") for c in re.split(r"(?<!\\)\|", line.strip()[1:-1])]
            if not all(re.fullmatch(r":?-+:?", c) for c in cells):
                rows.append(cells)
        elif started:
            break
    return rows


def parquet_rows(folder: Path, config: str) -> list[dict[str, Any]]:
    """Rows straight from the parquet files (class labels as stored integers), no quotechain code involved."""
    return [r for p in sorted((folder / "data" / config).glob("*.parquet")) for r in pq.read_table(p).to_pylist()]


def num(cell: str) -> int:
    return int(cell.replace(",", ""))


def test_card_yaml_loads_with_huggingface_hub(built_samples: Path) -> None:
    card = DatasetCard.load(built_samples / "README.md")
    data = card.data.to_dict()
    assert data["license"] == "unknown"
    assert data["annotations_creators"] == ["machine-generated"]
    assert data["language"] == ["en", "ru"] and data["multilinguality"] == "multilingual"
    assert data["size_categories"] == [size_category(len(parquet_rows(built_samples, "en"))
                                                     + len(parquet_rows(built_samples, "ru")))]
    assert data["task_categories"] and data["source_datasets"] == ["original"] and data["pretty_name"]
    assert sorted(c["config_name"] for c in data["configs"]) == ["documents", "en", "ru"]
    for info in data["dataset_info"]:
        rows = parquet_rows(built_samples, info["config_name"])
        assert info["splits"][0]["num_examples"] == len(rows)
        files = sorted((built_samples / "data" / info["config_name"]).glob("*.parquet"))
        assert info["download_size"] == sum(p.stat().st_size for p in files)


def test_card_lists_every_column_with_its_meaning(built_samples: Path) -> None:
    card = card_text(built_samples)
    sections = {"quotes": card[card.index("### Quote configs"):card.index("### `documents` config")],
                "documents": card[card.index("### `documents` config"):card.index("## Statistics")]}
    for contract, text in sections.items():
        schema = load_schema(contract)
        for name, feature in features(contract).items():
            line = next((x for x in text.splitlines() if x.startswith(f"| `{name}` |")), None)
            assert line is not None, f"{contract}.{name} missing from the glossary"
            assert schema["properties"][name]["description"].split("(")[0].strip()[:30] in line
            inner = getattr(feature, "feature", feature)
            if isinstance(inner, dict):
                for sub in inner:
                    assert re.search(rf"\| `{name}(\[\])?\.{sub}` \|", text), f"{name}.{sub} missing"
    assert "end-exclusive" in card and "code points" in card.lower()
    assert "outermost source" in card


def test_card_numbers_equal_counts_from_the_parquet_files(built_samples: Path) -> None:
    text = card_text(built_samples)
    docs = parquet_rows(built_samples, "documents")
    per_lang = {row[0]: row for row in table_after(text, "### Per language")[1:]}
    header = table_after(text, "### Per language")[0]
    assert set(per_lang) == {"en", "ru"}
    for lang, cells in per_lang.items():
        rows = parquet_rows(built_samples, lang)
        got = dict(zip(header, cells, strict=True))
        assert num(got["documents"]) == sum(d["language"] == lang for d in docs)
        assert num(got["documents with quotes"]) == len({r["doc_id"] for r in rows})
        assert num(got["quotes"]) == len(rows)
        for code, kind in enumerate(KINDS):
            assert num(got[kind]) == sum(r["kind"] == code for r in rows)
        assert num(got["speaker mention"]) == sum(r["speaker"] is not None for r in rows)
        assert num(got["resolved speaker"]) == sum(r["speaker_name"] is not None for r in rows)
        assert got["resolved share"] == f"{100 * num(got['resolved speaker']) / len(rows):.1f}%"
        assert num(got["nested"]) == sum(r["parent_id"] is not None for r in rows)

    depth_table = table_after(text, "### Chain depths")
    langs = depth_table[0][1:]
    for cells in depth_table[1:]:
        for lang, cell in zip(langs, cells[1:], strict=True):
            assert num(cell) == sum(len(r["chain"]) == int(cells[0]) for r in parquet_rows(built_samples, lang))

    for lang, heading in (("en", "**English (`en`)**"), ("ru", "**Russian (`ru`)**")):
        rows = parquet_rows(built_samples, lang)
        speakers = Counter(r["speaker_name"] for r in rows if r["speaker_name"])
        section = text[text.index("### Top speakers"):]
        table = table_after(section, heading)[1:]
        assert {(c[1], num(c[2])) for c in table} == set(speakers.most_common(20))
        cues = Counter(r["cue"]["lemma"] for r in rows if r["cue"])
        table = table_after(text[text.index("### Top cues"):], heading)[1:]
        assert {(c[1], num(c[2])) for c in table} == set(cues.most_common(20))

    by_source: Counter[str] = Counter()
    quote_docs = Counter(r["doc_id"] for lang in ("en", "ru") for r in parquet_rows(built_samples, lang))
    for d in docs:
        if quote_docs[d["doc_id"]]:
            by_source[source_label(d["doc_source"], d["source"])] += quote_docs[d["doc_id"]]
    assert {c[0]: num(c[1]) for c in table_after(text, "### Quotes per source")[1:]} == dict(by_source)

    configs = {c[0]: num(c[1]) for c in table_after(text, "## Configs")[1:]}
    assert configs == {c: len(parquet_rows(built_samples, c)) for c in ("en", "ru", "documents")}


def test_card_says_how_it_was_built(built_samples: Path) -> None:
    text = card_text(built_samples)
    manifest = json.loads((built_samples / "quotechain.json").read_text(encoding="utf-8"))
    built = {c[0]: c[1] for c in table_after(text, "## How it was built")}
    assert built["quotechain version"] == manifest["quotechain_version"]
    assert built["backend"] == "rules"
    assert manifest["input_digest"] in built["input digest"]
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", built["build date"])
    assert set(manifest["lexicons"]) == {"en", "ru"} and set(manifest["models"]) == {"en", "ru"}
    assert "## Known limitations" in text and "## Copyright and takedown" in text
    assert "No evaluation was recorded" in text


def test_card_images_are_linked_and_exist(built_samples: Path) -> None:
    links = re.findall(r"!\[[^\]]+\]\((images/[^)]+\.png)\)", card_text(built_samples))
    assert len(links) == 5
    for link in links:
        assert (built_samples / link).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_charts_are_deterministic(built_samples: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(built_samples, copy)
    update_card(copy)
    for png in sorted((built_samples / "images").glob("*.png")):
        assert (copy / "images" / png.name).read_bytes() == png.read_bytes(), png.name


def _score(tmp_path: Path, shared_dir: Path) -> Path:
    """An evaluation report written by the bench scorer itself, on a text made up here."""
    text = 'Smith said "We will win the race." Jones claimed that taxes would rise.'
    gold = {"doc_id": "d1", "text": text, "lang": "en", "quotes": [
        {"kind": "direct", "quote_start": 11, "quote_end": 34, "quote_text": text[11:34],
         "speaker_spans": [[0, 5]], "cue_spans": [[6, 10]]},
        {"kind": "indirect", "quote_start": 50, "quote_end": 71, "quote_text": text[50:71],
         "speaker_spans": [[35, 40]], "cue_spans": [[41, 48]]}]}
    pred = {"doc_id": "d1", "quote": {"start": 12, "end": 32, "text": text[12:32]},
            "speaker": {"start": 0, "end": 5, "text": "Smith"}, "cue": {"start": 6, "end": 10, "text": "said"}}
    (tmp_path / "gold.jsonl").write_text(json.dumps(gold) + "\n", encoding="utf-8")
    (tmp_path / "pred.jsonl").write_text(json.dumps(pred) + "\n", encoding="utf-8")
    out = subprocess.run([sys.executable, str(shared_dir / "bench" / "score.py"), str(tmp_path / "gold.jsonl"),
                          str(tmp_path / "pred.jsonl"), "--json"], capture_output=True, text=True, check=True)
    path = tmp_path / "eval.json"
    path.write_text(out.stdout, encoding="utf-8")
    return path


def test_eval_report_and_license_reach_the_card(samples_dir: Path, shared_dir: Path, tmp_path: Path) -> None:
    report = _score(tmp_path, shared_dir)
    out = tmp_path / "ds"
    build(BuildConfig(inputs=(str(samples_dir),), out=str(out), license="cc-by-4.0", eval_report=str(report)))
    text = card_text(out)
    assert DatasetCard.load(out / "README.md").data.license == "cc-by-4.0"
    results = json.loads(report.read_text(encoding="utf-8"))["results"]
    rows = {c[0]: c for c in table_after(text, "## Measured quality")[1:]}
    assert set(rows) == {"all", *KINDS}
    for group in ("all", "direct", "indirect"):
        r = results[group]
        q, e = r["quote"]["j>=0.5"], r["e2e"]
        assert rows[group][1:9] == [str(r["n_gold"]), str(r["n_pred"]), *(f"{x:.1f}" for x in (
            q["P"], q["R"], q["F1"], e["P"], e["R"], e["F1"]))]
    assert "`gold.jsonl`" in text and str(report) not in text


@pytest.mark.parametrize("content", ["not json", "[]", '{"results": {}}', '{"results": {"all": {"n_gold": 1}}}'])
def test_a_malformed_eval_report_is_refused(tmp_path: Path, content: str) -> None:
    path = tmp_path / "eval.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError):
        read_eval_report(path)


@pytest.mark.parametrize("bad", ["CC BY 4.0", "", "cc_by?"])
def test_a_malformed_license_id_is_refused(samples_dir: Path, tmp_path: Path, bad: str) -> None:
    with pytest.raises(InputError, match="licence"):
        build(BuildConfig(inputs=(str(samples_dir),), out=str(tmp_path / "o"), license=bad))


def test_no_text_build_card_says_texts_are_left_out(samples_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "ds"
    build(BuildConfig(inputs=(str(samples_dir),), out=str(out), keep_text=False))
    text = card_text(out)
    assert "This is a `--no-text` build" in text
    assert all(d["text"] is None for d in parquet_rows(out, "documents"))


def test_update_card_records_license_and_keeps_it(built_samples: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(built_samples, copy)
    update_card(copy, license_id="cc-by-nc-4.0")
    assert DatasetCard.load(copy / "README.md").data.license == "cc-by-nc-4.0"
    update_card(copy)  # re-rendering later keeps the recorded licence
    assert DatasetCard.load(copy / "README.md").data.license == "cc-by-nc-4.0"


@pytest.mark.parametrize(("doc_source", "source", "label"), [
    ("Yonhap", "https://en.yna.co.kr/x", "Yonhap"),
    (None, "https://www.example.org/news/1", "example.org"),
    (None, "data/a.txt", NO_SOURCE),
    (None, None, NO_SOURCE),
])
def test_source_label(doc_source: str | None, source: str | None, label: str) -> None:
    assert source_label(doc_source, source) == label


def test_build_summary_warns_without_a_license(samples_dir: Path, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from builder.cli import app

    runner = CliRunner()
    result = runner.invoke(app, ["build", str(samples_dir), "--out", str(tmp_path / "a")])
    assert result.exit_code == 0 and "no --license given" in result.output
    result = runner.invoke(app, ["build", str(samples_dir), "--out", str(tmp_path / "b"), "--license", "cc-by-4.0"])
    assert result.exit_code == 0 and "no --license given" not in result.output
    result = runner.invoke(app, ["build", str(samples_dir), "--out", str(tmp_path / "c"), "--license", "CC BY"])
    assert result.exit_code == 1 and "not a Hub licence id" in result.output


def test_a_build_without_quotes_still_gets_a_card_and_a_report(tmp_path: Path) -> None:
    from builder.report import write_report
    from builder.validate import validate_dataset

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Nothing was said here at all. The weather is fine today.\n",
                                           encoding="utf-8")
    out = tmp_path / "ds"
    build(BuildConfig(inputs=(str(tmp_path / "in"),), out=str(out)))
    assert validate_dataset(out).ok
    card = DatasetCard.load(out / "README.md")
    assert [c["config_name"] for c in card.data.to_dict()["configs"]] == ["documents"]
    assert card.data.language == ["en"]
    assert card_text(out).count("No quotes in this build.") == 6
    assert len(list((out / "images").glob("*.png"))) == 5
    assert write_report(out).quotes_total == 0
