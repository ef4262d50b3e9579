"""CPU time of process_document on one long text: the first N PolNeAR train articles joined, per N.

Time per article should stay flat as N grows (no step quadratic in the document's length). Prints the
figures, asserts nothing. Run from the repository root:

  python bench/long_document.py --articles 100,200,400
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from builder.api import process_document
from builder.records import Document

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT.parent / "shared" / "bench" / "polnear_train.jsonl"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", default="100,200,400", help="comma-separated numbers of articles to join")
    ap.add_argument("--source", type=Path, default=SOURCE, help="JSONL with a text field per article")
    args = ap.parse_args()
    texts = [json.loads(line)["text"] for line in args.source.read_text(encoding="utf-8").splitlines() if line]
    process_document(Document("warm-up", texts[0]))  # lexicons and rules loaded before timing
    print(f"{'articles':>8} {'MB':>6} {'quotes':>7} {'CPU s':>7} {'ms/article':>10}")
    for n in (int(x) for x in args.articles.split(",")):
        text = "\n\n".join(texts[:n])
        start = time.process_time()
        result = process_document(Document(f"joined-{n}", text))
        cpu = time.process_time() - start
        print(f"{n:>8} {len(text.encode('utf-8')) / 1e6:>6.2f} {len(result.quotes):>7} {cpu:>7.2f} "
              f"{cpu / n * 1000:>10.1f}")


if __name__ == "__main__":
    main()
