"""A built dataset folder -> a dataset repository on the Hugging Face Hub: validate, plan, create, upload.

`validate` runs first and a dataset with a defect is not published. The upload holds the card, the
build record, the parquet shards and the chart images; shards and images of an older build that the
new one does not have are deleted in the same commit, so the repo always matches the folder.
The token is the caller's, else HF_TOKEN, else the one `hf auth login` saved; it goes to
huggingface_hub only and never into a message, a log line or the card (messages are scrubbed of it).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from huggingface_hub import CommitOperationDelete, HfApi, get_token
from huggingface_hub.errors import HfHubHTTPError
from huggingface_hub.utils import filter_repo_objects  # type: ignore[attr-defined]

from builder import __version__
from builder.card import check_license, read_eval_report, update_card
from builder.errors import InputError, PublishError, ValidationError
from builder.stats import compute_stats
from builder.validate import validate_dataset

REPO_TYPE = "dataset"
UPLOAD_PATTERNS = ["README.md", "quotechain.json", "data/*.parquet", "images/*.png"]
DELETE_PATTERNS = ["data/*", "images/*"]
REPO_ID = re.compile(r"^[A-Za-z0-9][\w.-]{0,95}/[A-Za-z0-9][\w.-]{0,95}$")
# With huggingface_hub versions that have upload_large_folder (resumable, multi-commit), builds past
# either limit use it; newer versions' upload_folder does the same by itself.
LARGE_FILES = 500
LARGE_BYTES = 2 * 1024**3


@dataclass(frozen=True)
class PublishPlan:
    """What a publish would do; a dry run stops here."""

    folder: Path
    repo_id: str
    files: tuple[tuple[str, int], ...]  # (path in repo, bytes)
    private: bool = False
    revision: str | None = None
    method: str = "upload_folder"
    endpoint: str = ""
    token_source: str | None = None  # where the token would come from, never the token
    card_changes: tuple[str, ...] = ()

    @property
    def total_bytes(self) -> int:
        return sum(size for _, size in self.files)

    @property
    def url(self) -> str:
        return f"{self.endpoint.rstrip('/')}/datasets/{self.repo_id}"


@dataclass(frozen=True)
class PublishResult:
    plan: PublishPlan
    published: bool
    commit_url: str | None = None
    deleted: tuple[str, ...] = field(default_factory=tuple)


def check_repo_id(repo_id: str) -> str:
    if not REPO_ID.match(repo_id) or ".." in repo_id or repo_id.endswith((".", "-")):
        raise InputError(f"repo id {repo_id!r} is not of the form owner/name (letters, digits, '-', '_', '.')")
    return repo_id


def upload_files(folder: Path) -> list[tuple[str, int]]:
    """The files of a built dataset that go to the Hub, sorted, with their sizes."""
    paths = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())
    return [(p, (folder / p).stat().st_size) for p in filter_repo_objects(paths, allow_patterns=UPLOAD_PATTERNS)]


def _token_source(token: str | None) -> str | None:
    if token:
        return "given"
    if os.environ.get("HF_TOKEN") or os.environ.get("HUGGING_FACE_HUB_TOKEN"):
        return "HF_TOKEN"
    return "hf auth login" if get_token() else None


def _endpoint(endpoint: str | None) -> str:
    # HF_ENDPOINT is read at call time, not only when huggingface_hub was imported
    return (endpoint or os.environ.get("HF_ENDPOINT") or HfApi().endpoint).rstrip("/")


def plan_publish(folder: str | Path, repo_id: str, *, private: bool = False, revision: str | None = None,
                 license_id: str | None = None, eval_report: str | Path | None = None, token: str | None = None,
                 endpoint: str | None = None) -> PublishPlan:
    """Check the folder (validate), the repo id and the card options; list what would be uploaded."""
    root = Path(folder)
    check_repo_id(repo_id)
    check_license(license_id)
    changes = []
    if license_id is not None:
        changes.append(f"licence set to {license_id}")
    if eval_report is not None:
        read_eval_report(eval_report)
        changes.append(f"measured quality from {Path(eval_report).name}")
    report = validate_dataset(root)
    if not report.ok:
        raise ValidationError(report.problems)
    files = tuple(upload_files(root))
    large = len(files) > LARGE_FILES or sum(s for _, s in files) > LARGE_BYTES
    method = "upload_large_folder" if large and hasattr(HfApi, "upload_large_folder") else "upload_folder"
    return PublishPlan(root, repo_id, files, private, revision, method, _endpoint(endpoint), _token_source(token),
                       tuple(changes))


def publish(folder: str | Path, repo_id: str, *, private: bool = False, revision: str | None = None,
            license_id: str | None = None, eval_report: str | Path | None = None, dry_run: bool = False,
            token: str | None = None, endpoint: str | None = None) -> PublishResult:
    """Publish a built dataset (or, with dry_run, only plan it). Raises ValidationError, InputError, PublishError."""
    plan = plan_publish(folder, repo_id, private=private, revision=revision, license_id=license_id,
                        eval_report=eval_report, token=token, endpoint=endpoint)
    if dry_run:
        return PublishResult(plan, published=False)
    if plan.card_changes:  # the card is rewritten before the upload, so folder and repo stay the same
        update_card(plan.folder, license_id=license_id, eval_report=eval_report)
        changes = plan.card_changes
        plan = replace(plan_publish(folder, repo_id, private=private, revision=revision, token=token,
                                    endpoint=endpoint), card_changes=changes)
    secret = token or get_token()
    if not secret:
        raise PublishError("no Hugging Face token: set HF_TOKEN or run `hf auth login` (a token with write access)")
    api = HfApi(endpoint=plan.endpoint, token=secret)
    try:
        return _upload(api, plan)
    except PublishError as e:
        raise PublishError(_scrub(str(e), secret)) from None
    except HfHubHTTPError as e:
        raise PublishError(_http_message(e, plan, secret)) from None
    except Exception as e:  # connection refused, DNS, TLS, timeouts: the HTTP client's own error types
        raise PublishError(_scrub(f"cannot publish to {plan.endpoint}: {type(e).__name__}: {e}", secret)) from None


def _upload(api: HfApi, plan: PublishPlan) -> PublishResult:
    _check_token(api)
    api.create_repo(plan.repo_id, repo_type=REPO_TYPE, private=plan.private, exist_ok=True)
    if plan.revision and plan.revision != "main":
        api.create_branch(plan.repo_id, branch=plan.revision, repo_type=REPO_TYPE, exist_ok=True)
    stats = compute_stats(plan.folder)
    langs = ", ".join(sorted(stats.languages)) or "no quotes"
    message = f"quotechain {__version__}: {stats.quotes} quotes from {stats.documents} documents ({langs})"
    local = {p for p, _ in plan.files}
    remote = api.list_repo_files(plan.repo_id, repo_type=REPO_TYPE, revision=plan.revision)
    stale = tuple(sorted(p for p in filter_repo_objects(remote, allow_patterns=DELETE_PATTERNS) if p not in local))
    if plan.method == "upload_large_folder":
        if stale:
            api.create_commit(plan.repo_id, [CommitOperationDelete(p) for p in stale], repo_type=REPO_TYPE,
                              revision=plan.revision, commit_message=f"{message}: remove files of an older build")
        large_upload = api.upload_large_folder  # type: ignore[attr-defined]  # absent from huggingface_hub >= 2
        large_upload(repo_id=plan.repo_id, folder_path=plan.folder, repo_type=REPO_TYPE, revision=plan.revision,
                     private=plan.private, allow_patterns=UPLOAD_PATTERNS)
        return PublishResult(plan, True, None, stale)
    info = api.upload_folder(repo_id=plan.repo_id, folder_path=plan.folder, repo_type=REPO_TYPE,
                             revision=plan.revision, commit_message=message, allow_patterns=UPLOAD_PATTERNS,
                             delete_patterns=DELETE_PATTERNS if stale else None)
    return PublishResult(plan, True, str(getattr(info, "commit_url", "") or "") or None, stale)


def _check_token(api: HfApi) -> None:
    """Ask the Hub who the token belongs to; a refused or read-only token stops here with a clear message."""
    try:
        who: dict[str, Any] = api.whoami()
    except HfHubHTTPError as e:
        status = e.response.status_code if e.response is not None else None
        if status in (401, 403):
            raise PublishError("the Hub refused the token (HTTP 401): set HF_TOKEN to a valid token with write "
                               "access, or run `hf auth login`") from None
        raise
    role = ((who.get("auth") or {}).get("accessToken") or {}).get("role")
    if role == "read":
        raise PublishError(f"the token of {who.get('name', '?')} is read-only: publishing needs a write token")


def _http_message(e: HfHubHTTPError, plan: PublishPlan, secret: str) -> str:
    status = e.response.status_code if e.response is not None else None
    if status in (401, 403):
        text = f"the Hub refused access to {plan.repo_id} (HTTP {status}): the token cannot write there"
    elif status == 404:
        text = f"the Hub has no {plan.repo_id} (or revision {plan.revision or 'main'}) that this token can see"
    else:
        text = f"the Hub answered HTTP {status} while publishing {plan.repo_id}: {e}"
    return _scrub(text, secret)


def _scrub(text: str, secret: str) -> str:
    return text.replace(secret, "***") if secret else text
