"""The mypyc-compiled package, built from this checkout into a folder, for timing and for parity checks.

An editable install (what `pip install -e .` and the tests use) is pure Python; a wheel compiles the
hot path (hatch_build.py). `install_compiled(folder)` builds that wheel (QUOTECHAIN_COMPILE=1: fail
rather than fall back) and unpacks it into `folder` without dependencies; a Python whose PYTHONPATH
starts with `folder`, run from outside the checkout, imports the compiled modules (`env_for`).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROBE = "import builder.extract.rules as r, sys; sys.stdout.write(r.__file__)"


def install_compiled(folder: Path) -> Path:
    """Build the compiled wheel of this checkout and install it (no dependencies) into `folder`."""
    shutil.rmtree(folder, ignore_errors=True)
    with tempfile.TemporaryDirectory() as wheels:
        env = {**os.environ, "QUOTECHAIN_COMPILE": "1"}
        subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", wheels, str(ROOT)],
                       env=env, check=True, capture_output=True)
        wheel = next(Path(wheels).glob("quotechain-*.whl"))
        subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(folder),
                        str(wheel)], check=True, capture_output=True)
    probe = subprocess.run([sys.executable, "-c", PROBE], env=env_for(folder), cwd=folder.parent,
                           capture_output=True, text=True, check=True).stdout
    if not probe.endswith(".so"):
        raise RuntimeError(f"the installed package is not compiled: {probe}")
    return folder


# Every row of every text in the files given (JSONL with a "text", or plain text), both cleaning modes
# that matter (auto, none), as sorted JSON lines: what `rows` compares between the two builds.
DUMP = """
import json, sys
from builder.api import process_document
from builder.errors import QuotechainError
from builder.records import Document
out = []
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f] if path.endswith(".jsonl") else [f.read()]
    for n, text in enumerate(texts):
        for mode in ("auto", "none"):
            key = {"file": path, "n": n, "mode": mode}
            try:
                r = process_document(Document(f"{path}:{n}", text), clean=mode)
            except QuotechainError as e:
                out.append(json.dumps({**key, "error": str(e)}, ensure_ascii=False))
                continue
            out.append(json.dumps({**key, "doc": r.document_row()}, ensure_ascii=False, sort_keys=True))
            out.extend(json.dumps({**key, "q": q.to_row()}, ensure_ascii=False, sort_keys=True) for q in r.quotes)
sys.stdout.write("\\n".join(sorted(out)) + "\\n")
"""


def rows(files: list[Path], compiled: Path | None = None) -> list[str]:
    """The DUMP lines for `files`, from the source tree (pure Python) or from the compiled package."""
    cwd, env = (compiled.parent, env_for(compiled)) if compiled else (ROOT, dict(os.environ))
    out = subprocess.run([sys.executable, "-c", DUMP, *map(str, files)], cwd=cwd, env=env, capture_output=True,
                         text=True, check=True).stdout
    return out.splitlines()


def env_for(folder: Path) -> dict[str, str]:
    """The environment under which this Python imports the compiled package in `folder` (run it with a
    working directory outside the checkout, so that the source tree is not on sys.path first)."""
    path = os.pathsep.join(p for p in (str(folder), os.environ.get("PYTHONPATH", "")) if p)
    return {**os.environ, "PYTHONPATH": path}
