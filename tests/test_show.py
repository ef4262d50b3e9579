"""quotechain show: coloured spans land exactly on the rows' spans; chains are drawn as a tree."""

from __future__ import annotations

import re
from pathlib import Path

from rich.console import Console
from typer.testing import CliRunner

from builder import api
from builder.cli import app
from builder.show import STYLES, chain_tree, coloured_text, from_dataset, from_inputs, render_document

runner = CliRunner()


def plain(renderable: object) -> str:
    console = Console(record=True, width=120, color_system=None)
    console.print(renderable)
    return console.export_text()


def styled(text_obj: object, style: str) -> list[str]:
    """The pieces of a rich Text that carry `style`."""
    from rich.text import Text

    assert isinstance(text_obj, Text)
    return [text_obj.plain[s.start:s.end] for s in text_obj.spans if str(s.style) == style]


def test_dataset_document_is_coloured_on_its_spans(built_samples: Path) -> None:
    shown = from_dataset(built_samples, "yonhap.txt")
    assert shown.quotes and shown.doc["doc_source"] == "Yonhap"
    text = coloured_text(shown.doc["text"], shown.quotes)
    speakers = styled(text, STYLES["speaker"])
    cues = styled(text, STYLES["cue"])
    contents = "".join(styled(text, STYLES["content"]))
    nested = "".join(styled(text, STYLES["nested"]))
    parents = {q["parent_id"] for q in shown.quotes}
    for q in shown.quotes:
        assert q["speaker"]["text"] in speakers
        assert q["cue"]["text"] in cues
        if q["quote_id"] not in parents:  # a parent's content is partly drawn over by its nested rows
            for piece in q["content"]:
                assert piece["text"] in (nested if q["parent_id"] else contents)
    # the text itself is unchanged apart from the [n] markers
    assert re.sub(r"\[\d+\]", "", text.plain) == shown.doc["text"]


def test_chain_tree_has_the_document_source_at_the_root(built_samples: Path) -> None:
    shown = from_dataset(built_samples, "yonhap.txt")
    out = plain(chain_tree(shown))
    lines = out.splitlines()
    assert lines[0] == "Yonhap"
    assert sum(line.lstrip("│ ").startswith(("├── [", "└── [")) for line in lines) == len(shown.quotes)
    assert "Ned Price (he) add" in out


def test_nested_quotes_hang_under_their_parent() -> None:
    doc = {"doc_id": "d", "language": "en", "text": "x" * 40, "doc_source": None, "source": None}
    outer = {"quote_id": "a" * 16, "parent_id": None, "content": [{"start": 0, "end": 30, "text": "x" * 30}],
             "speaker": {"start": 32, "end": 34, "text": "xx"}, "speaker_name": "Outer", "cue": None,
             "kind": "direct"}
    inner = {**outer, "quote_id": "b" * 16, "parent_id": "a" * 16, "speaker_name": "Inner",
             "content": [{"start": 5, "end": 10, "text": "x" * 5}]}
    from builder.show import ShownDocument

    out = plain(chain_tree(ShownDocument(doc, [outer, inner])))
    lines = out.splitlines()
    outer_line = next(i for i, line in enumerate(lines) if "Outer" in line)
    inner_line = next(i for i, line in enumerate(lines) if "Inner" in line)
    assert inner_line > outer_line
    assert lines[inner_line].index("[2]") > lines[outer_line].index("[1]")  # indented one level deeper


def test_input_file_is_processed_on_the_fly(samples_dir: Path) -> None:
    [shown] = list(from_inputs(samples_dir / "ru_metro.txt"))
    out = plain(render_document(shown))
    n = len(api.extract((samples_dir / "ru_metro.txt").read_text(encoding="utf-8"), lang="ru", clean="trim"))
    assert f"ru_metro.txt · ru · {n} quotes" in out
    assert "Ирина Соколова" in out


def test_cli_show_lists_documents_then_shows_one(built_samples: Path) -> None:
    result = runner.invoke(app, ["show", str(built_samples)])
    assert result.exit_code == 0, result.output
    assert "yonhap.txt" in result.output and "--doc" in result.output
    result = runner.invoke(app, ["show", str(built_samples), "--doc", "ru_theatre.txt"])
    assert result.exit_code == 0, result.output
    assert "Attribution chains" in result.output


def test_cli_show_unknown_document_is_an_error(built_samples: Path, samples_dir: Path) -> None:
    result = runner.invoke(app, ["show", str(built_samples), "--doc", "nope"])
    assert result.exit_code == 1 and "no document with doc_id 'nope'" in " ".join(result.output.split())
    result = runner.invoke(app, ["show", str(samples_dir), "--doc", "nope"])
    assert result.exit_code == 1 and "no document" in result.output
