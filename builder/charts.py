"""DatasetStats -> the build's charts: Chart specs, drawn by matplotlib (Agg) as PNG files or inline SVG.

The same specs feed the card's PNG files (images/*.png in the dataset folder) and the report page's
inline SVG, so both show the same pictures. Output is deterministic: no dates in the files, fixed SVG ids.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import matplotlib
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from builder.records import KINDS
from builder.stats import DatasetStats, top

IMAGES = "images"
TOP_N = 15
PALETTE = ("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#ff9da7", "#9c755f",
           "#bab0ac")
RC: dict[str, Any] = {"svg.fonttype": "none", "svg.hashsalt": "quotechain", "font.size": 10, "axes.spines.top": False,
      "axes.spines.right": False, "font.family": "DejaVu Sans"}


@dataclass(frozen=True)
class Chart:
    """One bar chart: categories along one axis, one bar series per label (stacked)."""

    key: str  # file stem: images/<key>.png
    title: str
    categories: tuple[str, ...]
    series: tuple[tuple[str, tuple[int, ...]], ...]
    value_label: str
    horizontal: bool = False

    @property
    def empty(self) -> bool:
        return not self.categories or not any(v for _, values in self.series for v in values)

    @property
    def png(self) -> str:
        return f"{IMAGES}/{self.key}.png"


def build_charts(stats: DatasetStats, top_n: int = TOP_N) -> list[Chart]:
    """The charts of a build, in the order the card and the report show them."""
    langs = sorted(stats.languages)
    per_lang = [stats.languages[lang] for lang in langs]
    speakers = [name for name, _ in top(stats.speakers(), top_n)]
    cues = [lemma for lemma, _ in top(stats.cues(), top_n)]
    depths = stats.chain_depths
    sources = top(stats.quotes_by_source, top_n)
    return [
        Chart("quotes_by_language_kind", "Quotes per language and kind", tuple(langs),
              tuple((k, tuple(s.kinds.get(k, 0) for s in per_lang)) for k in KINDS), "quotes"),
        Chart("top_speakers", f"Top {len(speakers)} speakers (resolved names)", tuple(speakers),
              tuple((s.language, tuple(s.speakers.get(n, 0) for n in speakers)) for s in per_lang), "quotes",
              horizontal=True),
        Chart("cues", f"Top {len(cues)} cues (lemmas)", tuple(cues),
              tuple((s.language, tuple(s.cues.get(c, 0) for c in cues)) for s in per_lang), "quotes",
              horizontal=True),
        Chart("chain_depths", "Chain depth (links from the outermost source to the speaker)",
              tuple(str(d) for d in depths),
              tuple((s.language, tuple(s.chain_depths.get(d, 0) for d in depths)) for s in per_lang), "quotes"),
        Chart("quotes_by_source", f"Quotes per source (top {len(sources)})", tuple(n for n, _ in sources),
              (("quotes", tuple(v for _, v in sources)),), "quotes", horizontal=True),
    ]


@contextmanager
def _style() -> Iterator[None]:
    with matplotlib.rc_context(RC):  # type: ignore[arg-type]
        yield


def draw(chart: Chart) -> Figure:
    """The chart as a matplotlib Figure (no pyplot, no global state)."""
    n = max(len(chart.categories), 1)
    height = 0.9 + 0.32 * n if chart.horizontal else 3.6
    fig = Figure(figsize=(7.2, max(height, 2.4)), dpi=100, layout="constrained")
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    ax.set_title(chart.title, loc="left", fontsize=11, fontweight="bold")
    if chart.empty:
        ax.text(0.5, 0.5, "no data in this build", ha="center", va="center", transform=ax.transAxes, color="#777")
        ax.set_xticks([])
        ax.set_yticks([])
        return fig
    positions = list(range(len(chart.categories)))
    base = [0] * len(positions)
    for i, (label, values) in enumerate(chart.series):
        color = PALETTE[i % len(PALETTE)]
        if chart.horizontal:
            ax.barh(positions, values, left=base, label=label, color=color, height=0.7)
        else:
            ax.bar(positions, values, bottom=base, label=label, color=color, width=0.6)
        base = [b + v for b, v in zip(base, values, strict=True)]
    for pos, total in zip(positions, base, strict=True):
        if chart.horizontal:
            ax.text(total, pos, f" {total}", va="center", fontsize=8)
        else:
            ax.text(pos, total, str(total), ha="center", va="bottom", fontsize=8)
    # explicit limits: stacked bars make the top of a lower series "sticky", which defeats margins
    value_axis = ax.xaxis if chart.horizontal else ax.yaxis
    value_axis.set_major_locator(MaxNLocator(integer=True))
    if chart.horizontal:
        ax.set_yticks(positions, chart.categories)
        ax.set_ylim(len(positions) - 0.5, -0.5)
        ax.set_xlim(0, max(base) * 1.15)
        ax.set_xlabel(chart.value_label)
    else:
        ax.set_xticks(positions, chart.categories)
        ax.set_xlim(-0.6, len(positions) - 0.4)
        ax.set_ylim(0, max(base) * 1.15)
        ax.set_ylabel(chart.value_label)
    if len(chart.series) > 1:
        ax.legend(frameon=False, fontsize=8, loc="best")
    return fig


def write_png(chart: Chart, root: Path) -> Path:
    """Draw the chart into root/images/<key>.png (no timestamp in the file)."""
    path = root / chart.png
    path.parent.mkdir(parents=True, exist_ok=True)
    with _style():
        draw(chart).savefig(path, format="png", metadata={"Software": None})
    return path


def to_svg(chart: Chart) -> str:
    """The chart as an inline <svg> element (text kept as text, no XML prolog, no date)."""
    buf = io.StringIO()
    with _style():
        draw(chart).savefig(buf, format="svg", metadata={"Date": None, "Creator": None})
    svg = buf.getvalue()
    return svg[svg.index("<svg"):]


def write_pngs(stats: DatasetStats, root: Path) -> list[tuple[Chart, Path]]:
    """Every chart of the build as root/images/*.png; stale images of an older build are removed."""
    charts = build_charts(stats)
    keep = {c.png for c in charts}
    images = root / IMAGES
    if images.exists():
        for old in images.glob("*.png"):
            if f"{IMAGES}/{old.name}" not in keep:
                old.unlink()
    return [(c, write_png(c, root)) for c in charts]
