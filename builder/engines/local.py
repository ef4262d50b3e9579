"""Documents (or Skips) in input order -> outcomes in the same order, on this machine's cores.

With one worker everything runs in this process. With more, items go in small batches to a pool of
worker processes (each with its lexicons and extractors loaded once) and come back in input order;
only a bounded window of batches is in flight, so memory does not grow with the input.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice

from builder.engines.work import Outcome, WorkOptions, process_batch, process_item, warm_up
from builder.errors import BuildError, QuotechainError
from builder.records import Document, Skip

BATCH_DOCS = 32
BATCHES_PER_WORKER = 3


def default_workers() -> int:
    """The cores this process may run on (its CPU affinity where the OS reports it)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


_options: WorkOptions | None = None


def _init_worker(options: WorkOptions) -> None:
    global _options
    _options = options
    warm_up(options)


def _work(batch: list[Document | Skip]) -> list[Outcome]:
    assert _options is not None, "worker not initialised"
    return process_batch(batch, _options)


def _preload() -> list[str]:
    """Modules the fork server imports once, so that workers fork with them loaded: the work itself, and
    what the main module imports (each worker re-runs the main module, as multiprocessing does)."""
    modules = ["builder.engines.work"]
    spec = getattr(sys.modules.get("__main__"), "__spec__", None)
    if spec is not None and spec.name != "__main__":
        modules.append(spec.name)  # python -m builder.cli
    if "builder.cli" in sys.modules:
        modules.append("builder.cli")  # the quotechain console script
    return modules


def _context() -> multiprocessing.context.BaseContext:
    """forkserver where the platform has it (safe beside threads, workers fork warm), else spawn."""
    if sys.platform != "win32" and "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(_preload())
        return ctx
    return multiprocessing.get_context("spawn")


class LocalEngine:
    """Maps items to outcomes in input order with `workers` processes (1: in this process)."""

    def __init__(self, options: WorkOptions, workers: int | None = None, batch_docs: int = BATCH_DOCS) -> None:
        if workers is not None and workers < 1:
            raise QuotechainError(f"--workers must be at least 1, got {workers}")
        self.options = options
        self.workers = workers or default_workers()
        self.batch_docs = batch_docs

    def map(self, items: Iterable[Document | Skip]) -> Iterator[Outcome]:
        """Every item's outcome, in the order of `items`; reads `items` lazily."""
        warm_up(self.options)  # fails early, here, on an unknown backend or a broken lexicon
        it = iter(items)
        first = list(islice(it, self.batch_docs))
        if self.workers == 1 or len(first) < self.batch_docs:
            # one worker, or an input that fits in one batch: a pool would only add its start-up time
            for item in first:
                yield process_item(item, self.options)
            for item in it:
                yield process_item(item, self.options)
            return
        yield from self._pooled(first, it)

    def _pooled(self, first: list[Document | Skip], rest: Iterator[Document | Skip]) -> Iterator[Outcome]:
        window = self.workers * BATCHES_PER_WORKER
        with ProcessPoolExecutor(self.workers, mp_context=_context(), initializer=_init_worker,
                                 initargs=(self.options,)) as pool:
            pending: deque[Future[list[Outcome]]] = deque([pool.submit(_work, first)])
            try:
                while pending:
                    while len(pending) < window:
                        batch = list(islice(rest, self.batch_docs))
                        if not batch:
                            break
                        pending.append(pool.submit(_work, batch))
                    yield from pending.popleft().result()
            except BrokenProcessPool as e:
                raise BuildError(f"a worker process stopped ({e}): killed, out of memory (try fewer --workers), "
                                 "or started from a script without `if __name__ == '__main__':`") from e
            finally:
                for f in pending:
                    f.cancel()
