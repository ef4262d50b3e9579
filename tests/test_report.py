"""quotechain report: a self-contained page with charts and a quote browser, checked in headless Chromium."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from matplotlib.image import imread
from typer.testing import CliRunner

from builder.build import BuildConfig, build
from builder.charts import PALETTE
from builder.cli import app
from builder.dataset import iter_rows
from builder.report import highlight, write_report

CHROMIUM_FLAGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--no-first-run", "--disable-quic", "--disable-sync",
                  "--hide-scrollbars"]


def page_data(page: Path) -> list[dict[str, Any]]:
    html = page.read_text(encoding="utf-8")
    raw = re.search(r'<script type="application/json" id="quote-data">(.*?)</script>', html, re.S)
    assert raw is not None
    return list(json.loads(raw.group(1)))


@pytest.fixture(scope="module")
def report_page(built_samples: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    page = tmp_path_factory.mktemp("report") / "page.html"
    result = CliRunner().invoke(app, ["report", str(built_samples), "-o", str(page)])
    assert result.exit_code == 0, result.output
    return page


def chromium() -> str:
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if exe is None:
        pytest.fail("chromium is not installed: `apt-get install chromium` (.ci/run installs it)")
    return exe


def run_chromium(*args: str) -> subprocess.CompletedProcess[str]:
    with tempfile.TemporaryDirectory() as profile:
        return subprocess.run([chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
                              capture_output=True, text=True, timeout=120, check=False)


def test_page_is_self_contained(report_page: Path) -> None:
    html = report_page.read_text(encoding="utf-8")
    assert html.count("<svg") == 5
    # nothing is fetched: no external script, stylesheet, image, font or frame
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)
    assert "@import" not in html and not re.search(r"url\(\s*['\"]?(https?:)?//", html)


def test_page_table_holds_every_quote_with_its_spans_highlighted(report_page: Path, built_samples: Path) -> None:
    entries = page_data(report_page)
    rows = [r for lang in ("en", "ru") for r in iter_rows(built_samples, lang)]
    assert [e["id"] for e in entries] == [r["quote_id"] for r in rows]
    for entry, row in zip(entries, rows, strict=True):
        pieces = {role: "".join(p[0] for p in entry["parts"] if p[1] == role) for role in "qsc"}
        for span in row["content"]:
            assert span["text"] in pieces["q"]
        if row["speaker"]:
            assert row["speaker"]["text"] in pieces["s"]
        if row["cue"]:
            # a discontinuous cue (По его словам) covers its speaker, which is drawn over it
            cue_or_speaker = "".join(p[0] for p in entry["parts"] if p[1] in "cs")
            assert row["cue"]["text"] in cue_or_speaker
        assert entry["chain"] == [link["name"] or "?" for link in row["chain"]]


@pytest.mark.parametrize(("text", "start", "end", "spans", "runs"), [
    ('"Yes," Smith said.', 0, 18,
     [("content", {"start": 1, "end": 4}), ("speaker", {"start": 7, "end": 12}), ("cue", {"start": 13, "end": 17})],
     [['"', ""], ["Yes", "q"], ['," ', ""], ["Smith", "s"], [" ", ""], ["said", "c"], [".", ""]]),
    # a cue inside the content span (an interrupted quote) is drawn over the content
    ("ab cd ef", 0, 8, [("content", {"start": 0, "end": 8}), ("cue", {"start": 3, "end": 5})],
     [["ab ", "q"], ["cd", "c"], [" ef", "q"]]),
    # clipped to the window
    ("0123456789", 2, 6, [("content", {"start": 0, "end": 4})], [["23", "q"], ["45", ""]]),
])
def test_highlight(text: str, start: int, end: int, spans: list[tuple[str, dict[str, Any]]],
                   runs: list[list[str]]) -> None:
    assert highlight(text, start, end, spans) == runs


def test_markup_in_a_text_cannot_escape_the_page(tmp_path: Path) -> None:
    src = tmp_path / "evil.txt"
    src.write_text('"Hello </script><script>alert(1)</script> <b>x</b>," Smith said.', encoding="utf-8")
    build(BuildConfig(inputs=(str(src),), out=str(tmp_path / "ds")))
    result = write_report(tmp_path / "ds", tmp_path / "page.html")
    html = result.path.read_text(encoding="utf-8")
    assert "<script>alert(1)" not in html and "</script><script>alert" not in html
    [entry] = page_data(result.path)
    assert "</script><script>alert(1)</script>" in "".join(p[0] for p in entry["parts"])


def test_no_text_build_still_reports(samples_dir: Path, tmp_path: Path) -> None:
    build(BuildConfig(inputs=(str(samples_dir),), out=str(tmp_path / "ds"), keep_text=False))
    result = write_report(tmp_path / "ds", max_quotes=3)
    assert result.path == tmp_path / "ds" / "report.html"
    total = sum(1 for lang in ("en", "ru") for _ in iter_rows(tmp_path / "ds", lang))
    assert (result.quotes_shown, result.quotes_total) == (3, total)
    for entry in page_data(result.path):
        assert any(role == "q" for _, role in entry["parts"])


def test_page_in_headless_chromium_shows_charts_and_table(report_page: Path, tmp_path: Path) -> None:
    shot = tmp_path / "shot.png"
    done = run_chromium(f"--screenshot={shot}", "--window-size=1280,2400", report_page.as_uri())
    assert shot.exists(), done.stderr[-2000:]
    image = imread(shot)[:, :, :3]
    assert image.shape[:2] == (2400, 1280)
    colours = len(np.unique((image * 255).astype(np.uint8).reshape(-1, 3), axis=0))
    assert colours > 50, f"blank-looking screenshot: {colours} colours"
    # the bars of the charts are drawn: enough pixels in the first two series colours
    for hex_colour in PALETTE[:2]:
        rgb = np.array([int(hex_colour[i:i + 2], 16) for i in (1, 3, 5)]) / 255
        near = np.all(np.abs(image - rgb) < 0.03, axis=2).sum()
        assert near > 5000, f"chart colour {hex_colour}: {near} pixels"

    dom = run_chromium("--dump-dom", report_page.as_uri()).stdout
    body = re.search(r'<tbody id="quotes-body">(.*?)</tbody>', dom, re.S)
    assert body is not None and body.group(1).count("<tr>") == len(page_data(report_page))  # rows drawn by the script
    assert 'class="s"' in body.group(1) and 'class="c"' in body.group(1) and 'class="q"' in body.group(1)
