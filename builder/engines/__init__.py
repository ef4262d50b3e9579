"""Engines: where a build's per-document work runs. `local` (this machine, `--workers N` processes) or
`spark` (a Spark cluster, `--engine spark`). Both run builder.engines.work on every document, so both
give the same rows; the local engine maps Documents (or Skips) to outcomes in input order.
"""

from __future__ import annotations

ENGINES = ("local", "spark")

__all__ = ["ENGINES"]
