"""Mixed-corpus robustness and memory: build 200+ good and broken files (a 50 MB text among them) in a
child process and report its peak resident memory, the outcome counts and the skip reasons.

    python bench/robustness.py [--big-mb 50] [--keep DIR]

Prints figures; exits 1 only if the build fails or its peak memory reaches 1 GiB (the limit the
project promises), never because of time.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from corpus import make_mixed_corpus  # noqa: E402

LIMIT_KIB = 1024 * 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--big-mb", type=int, default=50, help="size of the one huge text file")
    parser.add_argument("--keep", type=Path, help="build here and keep the corpus and dataset")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="qc-robust-"))
    corpus, out = work / "in", work / "out"
    kinds = make_mixed_corpus(corpus, big_mb=args.big_mb)
    files = sum(1 for p in corpus.rglob("*") if p.is_file())
    size = sum(p.stat().st_size for p in corpus.rglob("*") if p.is_file())
    cmd = [sys.executable, "-m", "builder.cli", "build", str(corpus), "--out", str(out)]
    start = time.perf_counter()
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(f"corpus: {files} files, {size / 2**20:.1f} MiB ({', '.join(f'{k} {v}' for k, v in kinds.items())})")
    print(f"command: {' '.join(cmd[1:])}")
    print(f"exit status: {done.returncode}; wall time {seconds:.1f} s; peak RSS {peak_kib / 1024:.0f} MiB")
    if done.returncode != 0:
        print(done.stderr[-3000:])
        return 1
    manifest = json.loads((out / "quotechain.json").read_text(encoding="utf-8"))
    reasons: dict[str, int] = {}
    for s in manifest["skips"]:
        reasons[s["reason"]] = reasons.get(s["reason"], 0) + 1
    print(f"documents read {manifest['documents_read']}, written {manifest['documents_written']}, "
          f"skipped {len(manifest['skips'])} (duplicates {manifest['duplicates']})")
    print("skips by reason: " + ", ".join(f"{k} {v}" for k, v in sorted(reasons.items())))
    print(f"quotes per language: {manifest['quotes_per_language']}")
    balanced = manifest["documents_read"] == manifest["documents_written"] + len(manifest["skips"])
    print(f"every input document written or skipped with a reason: {balanced}")
    return 0 if balanced and peak_kib < LIMIT_KIB else 1


if __name__ == "__main__":
    sys.exit(main())
