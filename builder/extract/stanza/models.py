"""A model folder -> which stanza models are installed, one cached Pipeline per language, downloads.

The folder has the layout `stanza.download` writes: `resources.json` and `<lang>/<processor>/<package>.pt`.
Pipelines are built with that explicit folder and `download_method=None`, so a run never touches the
network; a missing model is a ModelNotFoundError that names the command to get it. stanza itself is
imported only here and only when needed: the default install does without it.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from builder.errors import BackendUnavailableError, ModelNotFoundError

# What the backend runs, in pipeline order; mwt and ner only where the folder has them.
PROCESSORS = ("tokenize", "mwt", "pos", "lemma", "depparse", "ner")
REQUIRED = ("tokenize", "pos", "lemma", "depparse")
ENV_DIR = "QUOTECHAIN_STANZA_DIR"
ENV_THREADS = "QUOTECHAIN_TORCH_THREADS"
INSTALL_HINT = "pip install 'quotechain[stanza]' (with the CPU build of torch: pip install torch)"

Downloader = Callable[..., Any]


def default_model_dir() -> Path:
    """$QUOTECHAIN_STANZA_DIR, else stanza's own default ($STANZA_RESOURCES_DIR or ~/stanza_resources)."""
    for var in (ENV_DIR, "STANZA_RESOURCES_DIR"):
        value = os.environ.get(var)
        if value:
            return Path(value).expanduser()
    return Path.home() / "stanza_resources"


def resolve_dir(directory: str | Path | None) -> Path:
    return Path(directory).expanduser() if directory else default_model_dir()


def download_command(languages: Iterable[str], directory: Path) -> str:
    return f"quotechain models download {' '.join(languages)} --dir {directory}"


@dataclass(frozen=True)
class InstalledModels:
    """The models of one language in a folder: processor -> (package, file), and what is missing."""

    language: str
    directory: Path
    files: dict[str, tuple[str, Path]] = field(default_factory=dict)
    missing: tuple[str, ...] = ()

    @property
    def complete(self) -> bool:
        return not self.missing

    @property
    def processors(self) -> tuple[str, ...]:
        return tuple(p for p in PROCESSORS if p in self.files)

    @property
    def size(self) -> int:
        return sum(path.stat().st_size for _, path in self.files.values() if path.exists())


def read_resources(directory: Path) -> dict[str, Any]:
    """The folder's resources.json, or {} when it has none (nothing installed there)."""
    path = directory / "resources.json"
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise ModelNotFoundError(f"{path} cannot be read ({e}); get the models again with: "
                                 f"{download_command(['<lang>'], directory)}") from e
    return data if isinstance(data, dict) else {}


def installed_models(language: str, directory: str | Path | None = None) -> InstalledModels:
    """Which processors of the default package of `language` are on disk in the folder."""
    root = resolve_dir(directory)
    lang_res = read_resources(root).get(language)
    if not isinstance(lang_res, dict):
        return InstalledModels(language, root, {}, REQUIRED)
    default = lang_res.get("packages", {}).get("default") or lang_res.get("default_processors") or {}
    files: dict[str, tuple[str, Path]] = {}
    for proc in PROCESSORS:
        package = default.get(proc)
        if isinstance(package, list):
            package = package[0] if package else None
        if not isinstance(package, str):
            continue
        path = root / language / proc / f"{package}.pt"
        deps = lang_res.get(proc, {}).get(package, {}).get("dependencies", [])
        dep_paths = [root / language / d["model"] / f"{d['package']}.pt" for d in deps if isinstance(d, dict)]
        if path.is_file() and all(p.is_file() for p in dep_paths):
            files[proc] = (package, path)
    missing = tuple(p for p in REQUIRED if p not in files)
    return InstalledModels(language, root, files, missing)


def has_models(language: str, directory: str | Path | None = None) -> bool:
    """Whether the folder holds every model the stanza backend needs for the language."""
    try:
        return installed_models(language, directory).complete
    except ModelNotFoundError:
        return False


def stanza_available() -> bool:
    try:
        import stanza  # noqa: F401
    except ImportError:
        return False
    return True


def require_stanza() -> Any:
    try:
        import stanza
    except ImportError as e:
        raise BackendUnavailableError(f"the stanza backend needs the optional extra: {INSTALL_HINT}") from e
    return stanza


def load_pipeline(language: str, directory: str | Path | None = None) -> Any:
    """The stanza Pipeline of a language from the folder, built once per (language, folder)."""
    return _pipeline(language, str(resolve_dir(directory).resolve()))


def torch_threads() -> int:
    """Threads for torch: $QUOTECHAIN_TORCH_THREADS, else 1.

    One thread per process: the parser's matrices are small, and on a busy machine spinning OpenMP
    threads slow parsing down many times over (bench/stanza.md); a build scales with processes instead.
    """
    value = os.environ.get(ENV_THREADS, "")
    return int(value) if value.isdigit() and int(value) > 0 else 1


@cache
def _pipeline(language: str, directory: str) -> Any:
    stanza = require_stanza()
    import torch

    torch.set_num_threads(torch_threads())
    models = installed_models(language, directory)
    if not models.complete:
        raise ModelNotFoundError(
            f"no stanza models for {language!r} in {directory} (missing: {', '.join(models.missing)}); "
            f"get them with: {download_command([language], Path(directory))}")
    return stanza.Pipeline(lang=language, dir=directory, processors=",".join(models.processors),
                           download_method=None, logging_level="WARN", use_gpu=False,
                           tokenize_no_ssplit=True)


def download_models(languages: Iterable[str], directory: str | Path | None = None,
                    downloader: Downloader | None = None) -> list[InstalledModels]:
    """Download the default models of each language into the folder with `stanza.download` (or `downloader`)."""
    root = resolve_dir(directory)
    fetch = downloader if downloader is not None else require_stanza().download
    out = []
    for lang in languages:
        root.mkdir(parents=True, exist_ok=True)
        try:
            fetch(lang, model_dir=str(root), processors=",".join(PROCESSORS), logging_level="WARN")
        except Exception as e:  # the hub is unreachable, the language unknown: say so and which one
            raise ModelNotFoundError(f"downloading stanza models for {lang!r} into {root} failed: {e}") from e
        models = installed_models(lang, root)
        if not models.complete:
            raise ModelNotFoundError(f"after downloading, {root} still lacks {', '.join(models.missing)} "
                                     f"for {lang!r}")
        out.append(models)
    return out


def list_models(directory: str | Path | None = None) -> list[InstalledModels]:
    """Every language the folder's resources.json names that has at least one model on disk."""
    root = resolve_dir(directory)
    found = []
    for lang in sorted(read_resources(root)):
        models = installed_models(lang, root)
        if models.files:
            found.append(models)
    return found
