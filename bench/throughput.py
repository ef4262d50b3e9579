"""Throughput of quotechain builds: docs/s, MB/s, CPU and peak memory per backend, engine and size.

Builds a corpus from ../shared/bench/polnear_dev.jsonl (PolNeAR dev, ≈4.5 KB of US political news per
document) repeated to each size, every copy made unique (a number appended) so that the build's dedupe
keeps them all, then times `quotechain build` on it in a fresh process per run:

  extractor   api.process_document in one process over documents already in memory (no I/O); timed
              twice: as a script calls it, and after the warm-up every build worker does first
              (engines.work.warm_up: every extractor loaded, then gc.freeze, so full collections stop
              walking the morphology dictionaries and lexicons)
  local -jN   `quotechain build --workers N` (ingest, extraction, parquet, card), end to end
  spark[M]    `quotechain build --engine spark --master M`, end to end (JVM start-up included)

The source tree is pure Python (as an editable install runs it); with --compiled every run is also
timed on the mypyc-compiled wheel that `pip install .` builds (hatch_build.py, bench/compiled.py).

Peak RSS is the largest sum of the resident memory of the build's whole process tree (workers, JVM and
Spark's Python workers included), sampled every 0.1 s from /proc; peak PSS is the same with the pages
that forked workers share counted once (what the tree really holds). CPU is user+system time of the tree.
Nothing is asserted: the figures are printed (and written as JSON with --json) with the machine they
come from. Run from the repository root:

  python bench/throughput.py                                    # sizes 1k,10k,100k; local engine
  python bench/throughput.py --sizes 10000 --workers 1,2 --spark local[1],local[2]   # scaling curve
  python bench/throughput.py --sizes 10000 --workers 1,2 --compiled   # pure and compiled
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import re
import subprocess
import sys
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from compiled import env_for, install_compiled

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT.parent / "shared" / "bench" / "polnear_dev.jsonl"


@dataclass
class Result:
    run: str
    backend: str
    docs: int
    seconds: float
    cpu_seconds: float
    peak_rss_mb: float
    peak_pss_mb: float
    input_mb: float
    quotes: int | None = None

    @property
    def docs_per_s(self) -> float:
        return self.docs / self.seconds

    @property
    def mb_per_s(self) -> float:
        return self.input_mb / self.seconds


def make_corpus(source: Path, n: int, work: Path) -> tuple[Path, float]:
    """`n` documents cycling through `source`, each made unique; returns the path and its text MB."""
    path = work / f"corpus-{n}.jsonl"
    docs = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    size = 0
    tmp = path.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as f:
        for i in range(n):
            d = docs[i % len(docs)]
            head, sep, rest = d["text"].partition("\n")
            text = f"{head} ({i}){sep}{rest}"  # unique in its title line, which cleaning keeps
            size += len(text.encode("utf-8"))
            f.write(json.dumps({"doc_id": f"{d['doc_id']}#{i}", "text": text}, ensure_ascii=False) + "\n")
    tmp.replace(path)
    return path, size / 1e6


def _stats() -> dict[int, tuple[int, int]]:
    """pid -> (parent pid, user+system CPU ticks) of every process (Linux /proc)."""
    out: dict[int, tuple[int, int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            out[int(entry)] = (int(fields[1]), int(fields[11]) + int(fields[12]))
        except (OSError, IndexError, ValueError):
            continue
    return out


def _tree(pid: int, stats: dict[int, tuple[int, int]]) -> list[int]:
    """pid and all its descendants."""
    children: dict[int, list[int]] = {}
    for p, (ppid, _) in stats.items():
        children.setdefault(ppid, []).append(p)
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(children.get(p, []))
    return out


def _memory_mb(pids: list[int]) -> tuple[float, float]:
    """(RSS, PSS) of the processes in MB: RSS counts pages shared by forked workers once per process, PSS
    splits them between the processes that share them, so the PSS sum is the memory the tree really holds."""
    rss = pss = 0
    for p in pids:
        try:
            with open(f"/proc/{p}/smaps_rollup", encoding="ascii") as f:
                for line in f:
                    if line.startswith("Rss:"):
                        rss += int(line.split()[1])
                    elif line.startswith("Pss:"):
                        pss += int(line.split()[1])
        except (OSError, IndexError, ValueError):
            continue
    return rss / 1024, pss / 1024


@dataclass(frozen=True)
class Flavour:
    """Which package a run imports: the source tree (pure Python) or a compiled install."""

    suffix: str
    cwd: Path
    env: dict[str, str] | None


PURE = Flavour("", ROOT, None)


def measure(cmd: list[str], flavour: Flavour) -> tuple[float, float, float, float, str]:
    """Run `cmd`; (wall s, CPU s of its process tree, peak RSS MB and peak PSS MB of the tree, stderr)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=flavour.cwd,
                            env=flavour.env, text=True)
    peak = peak_pss = 0.0
    ticks: dict[int, int] = {}
    err: list[str] = []
    reader = threading.Thread(target=lambda: err.extend(proc.stderr or []), daemon=True)
    reader.start()
    while proc.poll() is None:
        stats = _stats()
        pids = _tree(proc.pid, stats)
        for p in pids:
            ticks[p] = max(ticks.get(p, 0), stats[p][1] if p in stats else 0)
        rss, pss = _memory_mb(pids)
        peak, peak_pss = max(peak, rss), max(peak_pss, pss)
        time.sleep(0.1)
    wall = time.perf_counter() - start
    reader.join()
    cpu = sum(ticks.values()) / os.sysconf("SC_CLK_TCK")
    if proc.returncode != 0:
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(cmd)}\n{''.join(err)[-3000:]}")
    return wall, cpu, peak, peak_pss, "".join(err)


def run_build(corpus: Path, mb: float, n: int, backend: str, work: Path, engine_args: list[str],
              label: str, flavour: Flavour) -> Result:
    label += flavour.suffix
    out = work / f"out-{re.sub(r'[^A-Za-z0-9]+', '-', label).strip('-')}-{n}"  # no glob characters
    cmd = [sys.executable, "-m", "builder.cli", "build", str(corpus), "--out", str(out), "--backend", backend,
           *engine_args]
    wall, cpu, peak, pss, _ = measure(cmd, flavour)
    manifest = json.loads((out / "quotechain.json").read_text(encoding="utf-8"))
    if manifest["documents_read"] != n:
        raise SystemExit(f"{label}: read {manifest['documents_read']} of {n} documents")
    return Result(label, backend, n, wall, cpu, peak, pss, mb, sum(manifest["quotes_per_language"].values()))


EXTRACTOR = """
import json, resource, sys, time
from builder.api import process_document
from builder.records import Document
docs = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
docs = [Document(d["doc_id"], d["text"]) for d in docs]
if sys.argv[3] == "warm":
    from builder.build import BuildConfig
    from builder.engines.work import warm_up
    warm_up(BuildConfig(inputs=(), out="", backend=sys.argv[2]))
process_document(docs[0], backend=sys.argv[2])
start, cpu = time.perf_counter(), time.process_time()
quotes = sum(len(process_document(d, backend=sys.argv[2]).quotes) for d in docs)
print(json.dumps({"seconds": time.perf_counter() - start, "cpu": time.process_time() - cpu, "quotes": quotes,
                  "rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def run_extractor(corpus: Path, mb: float, n: int, backend: str, flavour: Flavour, warm: bool) -> Result:
    proc = subprocess.run([sys.executable, "-c", EXTRACTOR, str(corpus), backend, "warm" if warm else "cold"],
                          capture_output=True, text=True, cwd=flavour.cwd, env=flavour.env, check=False)
    if proc.returncode != 0:
        raise SystemExit(f"extractor run failed:\n{proc.stderr[-3000:]}")
    r = json.loads(proc.stdout.strip().splitlines()[-1])
    label = "extractor (1 process, warmed)" if warm else "extractor (1 process, in memory)"
    return Result(label + flavour.suffix, backend, n, r["seconds"], r["cpu"], r["rss"],
                  r["rss"], mb, r["quotes"])


def machine() -> dict[str, object]:
    model = ""
    with contextlib.suppress(OSError):
        model = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                      if line.startswith("model name")), "")
    return {"cpus": os.cpu_count(), "affinity": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity")
            else None, "cpu_model": model, "memory_gb": round(os.sysconf("SC_PAGE_SIZE") *
                                                             os.sysconf("SC_PHYS_PAGES") / 2**30, 1),
            "python": platform.python_version(), "load_avg_start": os.getloadavg()}


def print_table(results: list[Result]) -> None:
    head = (f"{'run':45} {'backend':7} {'docs':>7} {'s':>8} {'docs/s':>8} {'MB/s':>6} {'docs/CPU-s':>10} "
            f"{'peak RSS MB':>11} {'peak PSS MB':>11}")
    print(head)
    print("-" * len(head))
    for r in results:
        print(f"{r.run:45} {r.backend:7} {r.docs:>7} {r.seconds:>8.1f} {r.docs_per_s:>8.1f} {r.mb_per_s:>6.2f} "
              f"{r.docs / r.cpu_seconds:>10.1f} {r.peak_rss_mb:>11.0f} {r.peak_pss_mb:>11.0f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--source", type=Path, default=SOURCE, help="JSONL with doc_id and text to repeat")
    ap.add_argument("--sizes", default="1000,10000,100000", help="corpus sizes in documents")
    ap.add_argument("--backends", default="rules", help="extractor backends to time")
    ap.add_argument("--workers", default=str(len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity")
                                             else os.cpu_count()),
                    help="local engine worker counts, e.g. 1,2 (empty: no local runs)")
    ap.add_argument("--spark", default="", help="Spark masters to time, e.g. local[1],local[2] (needs the extra)")
    ap.add_argument("--extractor-docs", type=int, default=1000, help="documents for the in-memory extractor run "
                                                                      "(0: none)")
    ap.add_argument("--work", type=Path, default=Path("/tmp/quotechain-bench"), help="corpora and outputs")
    ap.add_argument("--json", type=Path, help="also write the results here")
    ap.add_argument("--compiled", action="store_true", help="also time the mypyc-compiled package (a wheel of "
                                                             "this checkout, built into --work/compiled)")
    args = ap.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    workers = [int(w) for w in args.workers.split(",") if w]
    masters = [m for m in args.spark.split(",") if m]
    info = machine()
    print(f"machine: {info['cpus']} CPUs ({info['cpu_model']}), {info['memory_gb']} GB, Python {info['python']}, "
          f"load average at start {info['load_avg_start']}")
    flavours = [PURE]
    if args.compiled:
        folder = install_compiled(args.work / "compiled")
        flavours.append(Flavour(" (compiled)", args.work, env_for(folder)))
    results: list[Result] = []
    for backend in args.backends.split(","):
        for fl in flavours:
            if args.extractor_docs:
                corpus, mb = make_corpus(args.source, args.extractor_docs, args.work)
                for warm in (False, True):
                    results.append(run_extractor(corpus, mb, args.extractor_docs, backend, fl, warm))
                    print_table(results[-1:])
        for n in sizes:
            corpus, mb = make_corpus(args.source, n, args.work)
            for fl in flavours:
                for w in workers:
                    results.append(run_build(corpus, mb, n, backend, args.work, ["--workers", str(w)],
                                             f"local -j{w}", fl))
                    print_table(results[-1:])
                for m in masters:
                    results.append(run_build(corpus, mb, n, backend, args.work,
                                             ["--engine", "spark", "--master", m], f"spark {m}", fl))
                    print_table(results[-1:])
    print()
    print_table(results)
    print("\nscaling (docs/s relative to the first run of the same size and backend):")
    for backend in args.backends.split(","):
        for n in sizes:
            runs = [r for r in results if r.docs == n and r.backend == backend and not r.run.startswith("extractor")]
            if len(runs) > 1:
                print(f"  {backend} {n:>7} docs: " + ", ".join(
                    f"{r.run} {r.docs_per_s:.1f} docs/s (x{r.docs_per_s / runs[0].docs_per_s:.2f})" for r in runs))
    info["load_avg_end"] = os.getloadavg()
    print(f"load average at end {info['load_avg_end']}")
    if args.json:
        args.json.write_text(json.dumps({"machine": info, "results": [
            {**asdict(r), "docs_per_s": r.docs_per_s, "mb_per_s": r.mb_per_s} for r in results]}, indent=1) + "\n",
            encoding="utf-8")


if __name__ == "__main__":
    main()
