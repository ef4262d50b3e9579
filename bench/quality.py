"""Quality on the bench's dev sets -> bench/quality.md (and the numbers the quality gate checks).

    python bench/quality.py [--bench ../shared/bench] [--backend rules] [--out bench/quality.md]

Runs `quotechain eval` (builder.evaluate) on every dev set in ../shared/bench, with the targets of the
attribution-engine issue beside the measured figures. Prints the table and writes it as Markdown.
No timing, no assertions: the quality gate test (tests/test_quality_gate.py) holds the floors.
"""

from __future__ import annotations

import argparse
import platform
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from builder import __version__  # noqa: E402
from builder.evaluate import evaluate  # noqa: E402


@dataclass(frozen=True)
class Suite:
    """One measured row: a gold file, the kinds kept, and the issue's targets (quote F1@0.5, e2e F1)."""

    key: str
    label: str
    gold: str
    kinds: tuple[str, ...]
    targets: tuple[float, float]


SUITES = (
    Suite("polnear_dev_all", "PolNeAR dev, all kinds", "polnear_dev.jsonl", ("direct", "mixed", "indirect"),
          (72.0, 65.0)),
    Suite("polnear_dev_direct_mixed", "PolNeAR dev, direct + mixed", "polnear_dev.jsonl", ("direct", "mixed"),
          (90.0, 82.0)),
    Suite("ru_wikinews_dev", "Russian Wikinews dev (10 docs)", "ru_wikinews_dev.jsonl",
          ("direct", "mixed", "indirect"), (88.0, 80.0)),
    Suite("seeds", "seeds gold (27 attributions incl. 9 nested)", "seeds_gold.jsonl",
          ("direct", "mixed", "indirect"), (90.0, 85.0)),
)


def _raw_f1(tp: int, gold: int, pred: int) -> float:
    return 200 * tp / (gold + pred) if gold + pred else 0.0


def measure(bench: Path, backend: str = "rules") -> dict[str, dict[str, Any]]:
    """Scores per suite: quote P/R/F1 at J>=0.5, end-to-end F1, speaker and cue accuracy, nested links."""
    out: dict[str, dict[str, Any]] = {}
    for s in SUITES:
        ev, _ = evaluate(bench / s.gold, kinds=s.kinds, backend=backend)
        r = ev.results["all"]
        out[s.key] = {
            "quote_f1": r["quote"]["j>=0.5"]["F1"], "quote_p": r["quote"]["j>=0.5"]["P"],
            # unrounded, for the target check: F1 = 2 tp / (gold + predicted)
            "quote_f1_raw": _raw_f1(r["quote"]["j>=0.5"]["tp"], r["n_gold"], r["n_pred"]),
            "e2e_f1_raw": _raw_f1(r["e2e"]["tp"], r["n_gold"], r["n_pred"]),
            "quote_r": r["quote"]["j>=0.5"]["R"], "exact_f1": r["quote"]["exact"]["F1"],
            "e2e_f1": r["e2e"]["F1"], "speaker_acc": r["speaker_acc"], "cue_acc": r["cue_acc"],
            "nested_found": ev.nested["found"], "nested_gold": ev.nested["gold_links"], "docs": ev.docs,
            "names_right": ev.names["right"], "names_gold": ev.names["gold_names"],
            "name_acc": round(100 * ev.names["right"] / ev.names["gold_names"], 1) if ev.names["gold_names"] else None,
            "per_kind": {k: r2["quote"]["j>=0.5"]["F1"] for k, r2 in ev.results.items() if k != "all"},
        }
    return out


def render(scores: dict[str, dict[str, Any]], backend: str, seconds: float) -> str:
    lines = [
        "# Quality on the dev sets",
        "",
        f"Produced by `python bench/quality.py` (quotechain {__version__}, backend `{backend}`, "
        f"{time.strftime('%Y-%m-%d')}, {platform.machine()}, {seconds:.0f} s). Gold data and scorer definitions: "
        "`../shared/bench/README.md`; `quotechain eval` agrees with `score.py` on the same predictions "
        "(tests/test_evaluate.py). The gold texts are not changed (`--clean mask`: offsets match the gold; "
        "attributions in lines the default cleaning removes as site chrome are dropped). PolNeAR annotates "
        "outermost attributions only, so nested rows are not scored there; the Russian and seed sets score "
        "nested rows too.",
        "",
        "| data | quote P / R / F1 @0.5 | target | end-to-end F1 | target | exact F1 | speaker acc | cue acc "
        "| nested links | speaker names |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for s in SUITES:
        r = scores[s.key]
        def ok(v: float, raw: float, t: float) -> str:
            """Bold where the unrounded figure meets the target; a rounded figure that only seems to (72.0 for
            71.99) shows the unrounded one beside it."""
            if raw >= t:
                return f"**{v:.1f}**"
            return f"{v:.1f} ({raw:.2f})" if v >= t else f"{v:.1f}"

        nested = f"{r['nested_found']} / {r['nested_gold']}" if r["nested_gold"] else "–"
        names = f"{r['names_right']} / {r['names_gold']}" if r["names_gold"] else "–"
        lines.append(
            f"| {s.label} | {r['quote_p']:.1f} / {r['quote_r']:.1f} / "
            f"{ok(r['quote_f1'], r['quote_f1_raw'], s.targets[0])} | ≥ {s.targets[0]:.0f} "
            f"| {ok(r['e2e_f1'], r['e2e_f1_raw'], s.targets[1])} | ≥ {s.targets[1]:.0f} "
            f"| {r['exact_f1']:.1f} | {r['speaker_acc']} | {r['cue_acc']} | {nested} | {names} |")
    lines += ["", "Bold: target met, by the unrounded figure (2 tp / (gold + predicted)); a rounded figure that "
              "only seems to meet it shows the unrounded one in brackets. Speaker names: of the gold quotes with a "
              "`speaker_name` matched at J >= 0.5, "
              "those whose predicted `speaker_name` is the same name (case, ё, quotation marks and bracketed notes "
              "aside; `quotechain eval` prints it too). The guidelines give a nominative description where the text "
              "names nobody (*собеседники РБК*); quotechain leaves those unnamed, so they count as misses.",
              "", "Per kind (quote F1 @0.5):", "",
              "| data | direct | mixed | indirect |", "|---|---|---|---|"]
    for s in SUITES:
        k = scores[s.key]["per_kind"]
        lines.append(f"| {s.label} | " + " | ".join(f"{k[x]:.1f}" if x in k else "–"
                                                      for x in ("direct", "mixed", "indirect")) + " |")
    return "\n".join(lines) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bench", type=Path, default=ROOT.parent / "shared" / "bench")
    ap.add_argument("--backend", default="rules")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "quality.md")
    a = ap.parse_args()
    t = time.time()
    scores = measure(a.bench, a.backend)
    text = render(scores, a.backend, time.time() - t)
    print(text)
    a.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
