"""The mypyc-compiled wheel (hatch_build.py) is the same program as the source: same rows, every module compilable."""

from __future__ import annotations

import ast
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT.parent / "shared" / "bench"
sys.path.insert(0, str(ROOT / "bench"))

from compiled import install_compiled, rows  # noqa: E402


def compiled_modules() -> list[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return list(config["tool"]["hatch"]["build"]["targets"]["wheel"]["hooks"]["custom"]["modules"])


@pytest.mark.parametrize("module", compiled_modules())
def test_compiled_module_avoids_what_mypyc_cannot_compile(module: str) -> None:
    # functools.cached_property compiles to a plain method call in mypyc: every access would recompute
    tree = ast.parse((ROOT / module).read_text(encoding="utf-8"))
    names = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
    names |= {n.attr for n in ast.walk(tree) if isinstance(n, ast.Attribute)}
    names |= {a.name for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) for a in n.names}
    assert "cached_property" not in names


@pytest.mark.slow
def test_compiled_wheel_gives_the_same_rows(tmp_path: Path) -> None:
    files = sorted((ROOT / "data" / "samples").glob("*.txt"))
    files += [BENCH / name for name in ("polnear_dev.jsonl", "ru_wikinews_dev.jsonl", "seeds_gold.jsonl")]
    compiled = install_compiled(tmp_path / "compiled")
    pure, native = rows(files), rows(files, compiled)
    assert len(pure) > 4000  # the documents and quotes of about a hundred texts, two cleaning modes each
    assert native == pure
