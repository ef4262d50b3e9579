"""Wheel build hook: compile the per-document hot path with mypyc (about 1.5x the pure-Python speed).

A wheel (`pip install .`, `pip install quotechain`) gets the modules listed under
`[tool.hatch.build.targets.wheel.hooks.custom] modules` in pyproject.toml compiled to C extensions,
which Python imports in place of the .py files beside them; the code is the same typed Python, so
output is identical (CI compares the two on the bench texts). Editable installs (`pip install -e`)
stay pure Python, so an edit takes effect at once.

QUOTECHAIN_COMPILE: `auto` (default) compiles and falls back to a pure-Python wheel with a warning
when there is no C compiler; `1` fails the build instead; `0` never compiles.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

SETUP = """\
from mypyc.build import mypycify
from setuptools import setup

setup(name="quotechain-compiled", packages=[], py_modules=[],
      ext_modules=mypycify({args!r}, opt_level="3"))
"""


class CompileHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        mode = os.environ.get("QUOTECHAIN_COMPILE", "auto")
        if self.target_name != "wheel" or version == "editable" or mode == "0":
            return
        modules = list(self.config.get("modules", []))
        try:
            built = self._compile(modules)
        except (OSError, ImportError) as e:
            if mode == "1":
                raise
            self.app.display_warning(f"quotechain: mypyc compilation failed, building a pure-Python wheel ({e})")
            return
        build_data["pure_python"] = False
        build_data["infer_tag"] = True
        for path, target in built.items():
            build_data["force_include"][path] = target

    def _compile(self, modules: list[str]) -> dict[str, str]:
        """Compile `modules` (paths under the project root) in a copy of the package; returns each built
        extension's path -> its path inside the wheel."""
        root = Path(self.root)
        out = root / "build" / "mypyc"
        shutil.rmtree(out, ignore_errors=True)
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp)
            shutil.copytree(root / "builder", work / "builder", ignore=shutil.ignore_patterns("*.so", "__pycache__"))
            args = ["--ignore-missing-imports", *modules]
            (work / "setup.py").write_text(SETUP.format(args=args), encoding="utf-8")
            log = subprocess.run([sys.executable, "setup.py", "build_ext", "--inplace"], cwd=work,
                                 capture_output=True, text=True)
            if log.returncode:
                raise OSError(f"mypyc exited with {log.returncode}:\n{log.stdout[-3000:]}\n{log.stderr[-3000:]}")
            built = {}
            for so in sorted(work.rglob("*.so")):
                rel = so.relative_to(work)
                if rel.parts[0] == "build":
                    continue  # setuptools' own copies
                (out / rel).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(so, out / rel)
                built[str(out / rel)] = rel.as_posix()
        if len(built) < len(modules):  # one extension per module, and the shared library
            raise OSError(f"mypyc built {len(built)} extensions for {len(modules)} modules")
        return built
