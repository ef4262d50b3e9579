"""(tag, Document or Skip) pairs in input order -> (tag, outcome) in the same order, on this machine's cores.

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
from typing import TYPE_CHECKING, TypeVar

from builder.engines.work import Outcome, process_and_encode, warm_up
from builder.errors import BuildError, QuotechainError
from builder.records import Document, Skip

if TYPE_CHECKING:
    from builder.build import BuildConfig

T = TypeVar("T")

BATCH_DOCS = 32
BATCHES_PER_WORKER = 3


def default_workers() -> int:
    """The cores this process may run on (its CPU affinity where the OS reports it)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


_config: BuildConfig | None = None


def _init_worker(config: BuildConfig) -> None:
    global _config
    _config = config
    warm_up(config)


def _work(batch: list[Document | Skip]) -> list[Outcome]:
    assert _config is not None, "worker not initialised"
    return [process_and_encode(item, _config) for item in batch]


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

    def __init__(self, config: BuildConfig, workers: int | None = None, batch_docs: int = BATCH_DOCS) -> None:
        if workers is not None and workers < 1:
            raise QuotechainError(f"--workers must be at least 1, got {workers}")
        self.config = config
        self.workers = workers or default_workers()
        self.batch_docs = batch_docs

    def map(self, tagged: Iterable[tuple[T, Document | Skip]]) -> Iterator[tuple[T, Outcome]]:
        """(tag, outcome) for every (tag, item), in the order of `tagged`, which is read lazily; the tags
        stay in this process."""
        warm_up(self.config)  # fails early, here, on an unknown backend or a broken lexicon
        it = iter(tagged)
        first = list(islice(it, self.batch_docs))
        if self.workers == 1 or len(first) < self.batch_docs:
            # one worker, or an input that fits in one batch: a pool would only add its start-up time
            for tag, item in first:
                yield tag, process_and_encode(item, self.config)
            for tag, item in it:
                yield tag, process_and_encode(item, self.config)
            return
        yield from self._pooled(first, it)

    def _pooled(self, first: list[tuple[T, Document | Skip]],
                rest: Iterator[tuple[T, Document | Skip]]) -> Iterator[tuple[T, Outcome]]:
        window = self.workers * BATCHES_PER_WORKER
        with ProcessPoolExecutor(self.workers, mp_context=_context(), initializer=_init_worker,
                                 initargs=(self.config,)) as pool:
            pending: deque[tuple[list[T], Future[list[Outcome]]]] = deque()

            def submit(batch: list[tuple[T, Document | Skip]]) -> None:
                pending.append(([tag for tag, _ in batch], pool.submit(_work, [item for _, item in batch])))

            submit(first)
            try:
                while pending:
                    while len(pending) < window:
                        batch = list(islice(rest, self.batch_docs))
                        if not batch:
                            break
                        submit(batch)
                    tags, future = pending.popleft()
                    yield from zip(tags, future.result(), strict=True)
            except BrokenProcessPool as e:
                raise BuildError(f"a worker process stopped ({e}): killed, out of memory (try fewer --workers), "
                                 "or started from a script without `if __name__ == '__main__':`") from e
            finally:
                for _, f in pending:
                    f.cancel()
