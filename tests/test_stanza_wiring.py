"""Stanza backend wiring without a model: model folders, backend choice, downloads, CLI, CoNLL-U input, filter."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from builder.cli import app
from builder.errors import LexiconError, ModelNotFoundError
from builder.extract import get_extractor, resolve_backend
from builder.extract.stanza.config import compile_rules, read_rules_file
from builder.extract.stanza.models import download_command, has_models, installed_models, list_models
from builder.extract.stanza.select import select_sentences
from builder.lexicon import load_lexicon
from builder.segment import TextIndex

runner = CliRunner()
PROCS = ("tokenize", "pos", "lemma", "depparse")


def fake_models(root: Path, lang: str, procs: tuple[str, ...] = PROCS) -> Path:
    """A model folder in stanza's layout with empty model files (enough for the bookkeeping, not for parsing)."""
    default = {p: "fake" for p in procs}
    res = {lang: {"lang_name": lang, "default_processors": default, "packages": {"default": default},
                  **{p: {"fake": {}} for p in procs}}}
    for p in procs:
        (root / lang / p).mkdir(parents=True, exist_ok=True)
        (root / lang / p / "fake.pt").write_bytes(b"")
    resources = root / "resources.json"
    old = json.loads(resources.read_text(encoding="utf-8")) if resources.exists() else {}
    resources.write_text(json.dumps({**old, **res}), encoding="utf-8")
    return root


def test_installed_models_reads_the_folder(tmp_path: Path) -> None:
    assert not has_models("en", tmp_path)
    fake_models(tmp_path, "en")
    models = installed_models("en", tmp_path)
    assert models.complete and models.processors == PROCS
    assert not has_models("ru", tmp_path)
    fake_models(tmp_path, "ru", ("tokenize", "pos"))
    assert installed_models("ru", tmp_path).missing == ("lemma", "depparse")
    assert [m.language for m in list_models(tmp_path)] == ["en", "ru"]


def test_auto_picks_stanza_only_where_models_exist(tmp_path: Path) -> None:
    pytest.importorskip("stanza")
    fake_models(tmp_path, "en")
    assert resolve_backend("auto", "en", str(tmp_path)) == "stanza"
    assert resolve_backend("auto", "ru", str(tmp_path)) == "rules"
    assert resolve_backend("auto", "en", str(tmp_path / "nothing")) == "rules"
    assert get_extractor("auto", "ru", str(tmp_path)).name == "rules"
    assert resolve_backend("rules", "en", str(tmp_path)) == "rules"


def test_unknown_backend_is_an_error() -> None:
    from builder.errors import QuotechainError

    with pytest.raises(QuotechainError, match="choose one of: rules, stanza, auto"):
        resolve_backend("spacy", "en")


def test_missing_model_names_the_command(tmp_path: Path) -> None:
    pytest.importorskip("stanza")
    from builder.api import extract

    with pytest.raises(ModelNotFoundError) as e:
        extract('"We will win," Smith said.', "en", backend="stanza", model_dir=str(tmp_path))
    assert download_command(["en"], tmp_path.resolve()) in str(e.value)


def test_cli_reports_missing_models(tmp_path: Path, samples_dir: Path) -> None:
    pytest.importorskip("stanza")
    result = runner.invoke(app, ["extract", "--backend", "stanza", "--stanza-dir", str(tmp_path),
                                 str(samples_dir / "yonhap.txt")])
    assert result.exit_code == 1
    assert "quotechain models download en" in " ".join(result.output.split())


class FakeDownloader:
    """Stands in for stanza.download: writes the files the real one would, records the calls."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []

    def __call__(self, lang: str, **kwargs: Any) -> None:
        self.calls.append((lang, kwargs))
        fake_models(Path(kwargs["model_dir"]), lang)


def test_models_download_and_list(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeDownloader()
    monkeypatch.setattr("builder.cli._downloader", lambda: fake)
    result = runner.invoke(app, ["models", "download", "en", "ru", "--dir", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert [c[0] for c in fake.calls] == ["en", "ru"]
    assert all(c[1]["model_dir"] == str(tmp_path) for c in fake.calls)
    assert "depparse" in fake.calls[0][1]["processors"]
    listed = runner.invoke(app, ["models", "list", "--dir", str(tmp_path)])
    assert listed.exit_code == 0, listed.output
    assert "en" in listed.output and "ru" in listed.output and "yes" in listed.output


def test_models_download_failure_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def offline(lang: str, **kwargs: Any) -> None:
        raise ConnectionError("no route to the model hub")

    monkeypatch.setattr("builder.cli._downloader", lambda: offline)
    result = runner.invoke(app, ["models", "download", "en", "--dir", str(tmp_path)])
    assert result.exit_code == 1
    assert "no route to the model hub" in " ".join(result.output.split())


def test_models_list_on_an_empty_folder(tmp_path: Path) -> None:
    result = runner.invoke(app, ["models", "list", "--dir", str(tmp_path)])
    assert result.exit_code == 0
    assert "quotechain models download" in " ".join(result.output.split())


# ---- the sentence filter ------------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "sentence", "wanted"), [
    ("en", '"We will win," Smith said.', True),
    ("en", "Price said the talks failed.", True),
    ("en", "Officials have warned of delays.", True),
    ("en", "Price pointed out the risks.", True),
    ("en", "According to Price, the talks failed.", True),
    ("en", "The ministers met in Washington on Thursday.", False),
    ("en", "Prices rose by three percent.", False),
    ("ru", "«Мы победим», — заявил он.", True),
    ("ru", "— Мы победим, — сказал он.", True),
    ("ru", "По словам министра, переговоры провалились.", True),
    ("ru", "Сообщается, что переговоры провалились.", True),
    ("ru", "Министр заявила о переговорах.", True),
    ("ru", "Переговоры прошли в Москве во вторник.", False),
])
def test_sentence_filter(lang: str, sentence: str, wanted: bool) -> None:
    index = TextIndex(sentence, lang)
    assert bool(select_sentences(index, load_lexicon(lang))) is wanted
    assert len(select_sentences(index, load_lexicon(lang), parse_all=True)) == len(index.sentences)


# ---- the rule file ------------------------------------------------------------------------------

def test_rule_file_is_valid_for_every_language() -> None:
    raw = read_rules_file()
    for lang in ("en", "ru"):
        rules = compile_rules(raw, lang)
        assert rules.has("subject", "nsubj:outer") and not rules.has("subject", "obj")


@pytest.mark.parametrize("breakage", ["unsorted", "missing", "duplicate"])
def test_rule_file_validation(breakage: str) -> None:
    raw = read_rules_file()
    relations = dict(raw["relations"])
    if breakage == "unsorted":
        relations["content"] = ["parataxis", "ccomp"]
    elif breakage == "missing":
        del relations["content"]
    else:
        relations["content"] = ["ccomp", "ccomp"]
    with pytest.raises(LexiconError):
        compile_rules({**raw, "relations": relations}, "en")


# ---- CoNLL-U input -------------------------------------------------------------------------------

def test_conllu_input_documents(tmp_path: Path) -> None:
    pytest.importorskip("stanza")
    from stanza_support import conllu

    from builder.ingest import read_inputs
    from builder.records import Document

    one = conllu(("Price said so.", "Price Price PROPN 2 nsubj\nsaid say VERB 0 root\nso so ADV 2 advmod\n"
                                    ". . PUNCT 2 punct"))
    (tmp_path / "one.conllu").write_text(one, encoding="utf-8")
    (tmp_path / "two.conllu").write_text(f"# newdoc id = a\n{one}# newdoc id = b\n{one}", encoding="utf-8")
    docs = [d for d in read_inputs([tmp_path]) if isinstance(d, Document)]
    assert [d.doc_id for d in docs] == ["one.conllu", "two.conllu#a", "two.conllu#b"]
    assert all(d.text == "Price said so." and dict(d.meta)["conllu"] for d in docs)


def test_conllu_input_extracts_with_auto_and_no_model(tmp_path: Path) -> None:
    pytest.importorskip("stanza")
    result = runner.invoke(app, ["extract", "--backend", "auto", "--stanza-dir", str(tmp_path / "none"),
                                 "--lang", "en", str(Path(__file__).parent / "fixtures" / "ud" /
                                                     "en_quote_speech.conllu")])
    assert result.exit_code == 0, result.output
    rows = [json.loads(x) for x in result.stdout.splitlines() if x.strip()]
    assert len(rows) >= 30 and {r["backend"] for r in rows} == {"stanza"}


def test_bad_conllu_is_a_skip(tmp_path: Path) -> None:
    pytest.importorskip("stanza")
    from builder.ingest import read_inputs
    from builder.records import Skip

    (tmp_path / "bad.conllu").write_text("1\tonly\ttwo\n\n", encoding="utf-8")
    (item,) = list(read_inputs([tmp_path / "bad.conllu"]))
    assert isinstance(item, Skip) and item.reason == "bad-conllu"


def test_cleaned_text_that_drifts_from_its_parse_is_refused() -> None:
    pytest.importorskip("stanza")
    from stanza_support import conllu, parsed_document

    from builder.errors import DocumentError
    from builder.extract.stanza.backend import StanzaExtractor

    doc = parsed_document(conllu(("Price said so.", "Price Price PROPN 2 nsubj\nsaid say VERB 0 root\n"
                                                    "so so ADV 2 advmod\n. . PUNCT 2 punct")))
    drifted = type(doc)(doc.doc_id, "Mr " + doc.text, meta=doc.meta)
    with pytest.raises(DocumentError, match="parse-mismatch"):
        StanzaExtractor("en").extract(drifted, "en")


@pytest.mark.parametrize(("value", "threads"), [(None, 1), ("3", 3), ("0", 1), ("many", 1)])
def test_torch_threads_default_to_one(value: str | None, threads: int, monkeypatch: pytest.MonkeyPatch) -> None:
    from builder.extract.stanza.models import ENV_THREADS, torch_threads

    if value is None:
        monkeypatch.delenv(ENV_THREADS, raising=False)
    else:
        monkeypatch.setenv(ENV_THREADS, value)
    assert torch_threads() == threads
