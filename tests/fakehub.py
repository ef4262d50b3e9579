"""A small fake of the Hugging Face Hub HTTP API on 127.0.0.1, for testing `quotechain publish` offline.

It answers the endpoints that huggingface_hub's HfApi calls for whoami, create_repo, create_branch,
list_repo_tree, upload_folder / create_commit (validate-yaml, preupload, the LFS batch API with basic
PUT transfers, commit): read from huggingface_hub's own source (hf_api.py, _commit_api.py, lfs.py).
Like the real Hub, preupload answers "lfs" for binary files and "regular" for text, so parquet and
PNG files travel through the LFS batch API. (With hf_xet installed huggingface_hub would upload
"lfs" files through Xet storage, which this fake does not implement: tests set HF_HUB_DISABLE_XET.)

Committed files are stored as plain files under `root/<type>s/<owner>/<name>/<revision>/`, so a test
can read them back (datasets.load_dataset on that folder). Every request is logged with its method and
path (never its headers) in `requests`; anything unknown answers 404 and is listed in `unexpected`.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import shutil
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import yaml

REPO = r"(?P<type>model|dataset|space)s/(?P<repo>[^/]+/[^/]+?)"


@dataclass
class FakeHub:
    root: Path
    tokens: frozenset[str]
    user: str = "tester"
    role: str = "write"
    requests: list[tuple[str, str]] = field(default_factory=list)
    unexpected: list[tuple[str, str]] = field(default_factory=list)
    repos: dict[str, dict[str, Any]] = field(default_factory=dict)  # "dataset:owner/name" -> info
    commits: list[dict[str, Any]] = field(default_factory=list)
    pending_lfs: set[str] = field(default_factory=set)
    server: ThreadingHTTPServer | None = None

    @property
    def endpoint(self) -> str:
        assert self.server is not None
        host, port = self.server.server_address[:2]
        return f"http://{host!s}:{port}"

    def repo_dir(self, repo_id: str, revision: str = "main", repo_type: str = "dataset") -> Path:
        return self.root / f"{repo_type}s" / repo_id / revision

    def files(self, repo_id: str, revision: str = "main") -> list[str]:
        base = self.repo_dir(repo_id, revision)
        return sorted(p.relative_to(base).as_posix() for p in base.rglob("*") if p.is_file())

    def start(self) -> FakeHub:
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()


def _handler(hub: FakeHub) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:  # keep test output clean
            pass

        # --- plumbing
        def _body(self) -> bytes:
            n = int(self.headers.get("Content-Length") or 0)
            return self.rfile.read(n) if n else b""

        def _send(self, status: int, payload: Any, headers: dict[str, str] | None = None) -> None:
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(data)

        def _error(self, status: int, message: str, code: str | None = None) -> None:
            self._send(status, {"error": message}, {"X-Error-Message": message, **({"X-Error-Code": code} if code
                                                                                  else {})})

        def _authorized(self) -> bool:
            auth = self.headers.get("Authorization") or ""
            if auth.startswith("Bearer ") and auth[7:] in hub.tokens:
                return True
            self._error(401, "Invalid credentials in Authorization header")
            return False

        def _repo(self, kind: str, repo: str) -> dict[str, Any] | None:
            info = hub.repos.get(f"{kind}:{repo}")
            if info is None:
                self._error(404, "Repository not found", "RepoNotFound")
            return info

        def _revision(self, g: dict[str, str], rev: str) -> Path | None:
            """The folder of an existing branch of an existing repo, after the auth check; None after an error."""
            if not self._authorized():
                return None
            info = self._repo(g["type"], g["repo"])
            if info is None:
                return None
            if rev not in info["branches"]:
                self._error(404, f"Invalid rev id: {rev}", "RevisionNotFound")
                return None
            return hub.repo_dir(g["repo"], rev, g["type"])

        # --- routing
        def do_GET(self) -> None:
            self._route("GET")

        def do_POST(self) -> None:
            self._route("POST")

        def do_PUT(self) -> None:
            self._route("PUT")

        def _route(self, method: str) -> None:
            url = urlsplit(self.path)
            path = url.path
            hub.requests.append((method, path))
            routes = [
                ("GET", r"/api/whoami-v2", self.whoami),
                ("POST", r"/api/repos/create", self.create_repo),
                ("POST", r"/api/validate-yaml", self.validate_yaml),
                ("POST", rf"/api/{REPO}/preupload/(?P<rev>[^/]+)", self.preupload),
                ("POST", rf"/api/{REPO}/commit/(?P<rev>[^/]+)", self.commit),
                ("POST", rf"/api/{REPO}/branch/(?P<rev>[^/]+)", self.branch),
                ("GET", rf"/api/{REPO}/tree/(?P<rev>[^/]+)(?P<sub>/.*)?", self.tree),
                ("POST", rf"/{REPO}\.git/info/lfs/objects/batch", self.lfs_batch),
                ("PUT", r"/lfs-upload/(?P<oid>[0-9a-f]{64})", self.lfs_put),
            ]
            for m, pattern, handler in routes:
                match = re.fullmatch(pattern, path)
                if m == method and match:
                    handler(match.groupdict(), parse_qs(url.query))
                    return
            hub.unexpected.append((method, path))
            self._error(404, f"fake hub: no route for {method} {path}")

        # --- endpoints
        def whoami(self, _: dict[str, str], __: Any) -> None:
            if self._authorized():
                self._send(200, {"type": "user", "name": hub.user,
                                 "auth": {"type": "access_token", "accessToken": {"role": hub.role}}})

        def create_repo(self, _: dict[str, str], __: Any) -> None:
            if not self._authorized():
                return
            body = json.loads(self._body())
            kind = body.get("type") or "model"
            repo = f"{body.get('organization') or hub.user}/{body['name']}"
            key = f"{kind}:{repo}"
            url = f"{hub.endpoint}/{kind}s/{repo}"
            if key in hub.repos:  # the Hub names the existing repo's url in its 409 answer too
                self._send(409, {"error": "You already created this repo", "url": url},
                           {"X-Error-Message": "You already created this repo"})
                return
            hub.repos[key] = {"private": body.get("visibility") == "private" or bool(body.get("private")),
                              "branches": {"main"}}
            hub.repo_dir(repo, "main", kind).mkdir(parents=True, exist_ok=True)
            (hub.repo_dir(repo, "main", kind) / ".gitattributes").write_text("*.parquet filter=lfs\n")
            self._send(200, {"url": url, "name": repo, "id": repo})

        def validate_yaml(self, _: dict[str, str], __: Any) -> None:
            if not self._authorized():
                return
            content = json.loads(self._body())["content"]
            match = re.match(r"^---\n(.*?)\n---\n", content, re.S)
            errors = []
            try:
                meta = yaml.safe_load(match.group(1)) if match else None
            except yaml.YAMLError as e:
                meta, errors = None, [{"message": f"YAML: {e}"}]
            if not errors and not isinstance(meta, dict):
                errors = [{"message": "no YAML metadata block"}]
            elif not errors:
                for key in ("license", "configs"):
                    if key not in meta:
                        errors.append({"message": f'"{key}" is missing'})
                for cfg in meta.get("configs") or []:
                    if "config_name" not in cfg or "data_files" not in cfg:
                        errors.append({"message": f"config without config_name/data_files: {cfg}"})
            self._send(400 if errors else 200, {"errors": errors, "warnings": []})

        def preupload(self, g: dict[str, str], __: Any) -> None:
            if not self._authorized() or self._repo(g["type"], g["repo"]) is None:
                return
            files = json.loads(self._body())["files"]
            base = hub.repo_dir(g["repo"], unquote(g["rev"]), g["type"])
            out = []
            for f in files:
                sample = base64.b64decode(f["sample"])
                binary = b"\x00" in sample or f["size"] > 10 * 1024 * 1024
                existing = base / f["path"]
                oid = hashlib.sha1(existing.read_bytes()).hexdigest() if existing.is_file() else None
                out.append({"path": f["path"], "uploadMode": "lfs" if binary else "regular", "shouldIgnore": False,
                            "oid": oid})
            self._send(200, {"files": out, "commitOid": "0" * 40})

        def lfs_batch(self, g: dict[str, str], __: Any) -> None:
            if not self._authorized() or self._repo(g["type"], g["repo"]) is None:
                return
            body = json.loads(self._body())
            objects = []
            for obj in body["objects"]:
                entry: dict[str, Any] = {"oid": obj["oid"], "size": obj["size"], "authenticated": True}
                if not (hub.root / "lfs" / obj["oid"]).exists():
                    hub.pending_lfs.add(obj["oid"])
                    entry["actions"] = {"upload": {"href": f"{hub.endpoint}/lfs-upload/{obj['oid']}"}}
                objects.append(entry)
            self._send(200, {"transfer": "basic", "objects": objects})

        def lfs_put(self, g: dict[str, str], __: Any) -> None:
            data = self._body()
            if g["oid"] not in hub.pending_lfs:
                self._error(403, "no upload was announced for this object")
                return
            if hashlib.sha256(data).hexdigest() != g["oid"]:
                self._error(400, "sha256 mismatch")
                return
            store = hub.root / "lfs"
            store.mkdir(parents=True, exist_ok=True)
            (store / g["oid"]).write_bytes(data)
            hub.pending_lfs.discard(g["oid"])
            self._send(200, {})

        def commit(self, g: dict[str, str], __: Any) -> None:
            rev = unquote(g["rev"])
            base = self._revision(g, rev)
            if base is None:
                return
            lines = [json.loads(x) for x in self._body().splitlines() if x.strip()]
            header, changes = {}, []
            for line in lines:
                key, value = line["key"], line["value"]
                if key == "header":
                    header = value
                elif key == "file":
                    changes.append(("add", value["path"], base64.b64decode(value["content"])))
                elif key == "lfsFile":
                    blob = hub.root / "lfs" / value["oid"]
                    if not blob.exists():
                        self._error(400, f"LFS object {value['oid']} was never uploaded")
                        return
                    changes.append(("add", value["path"], blob.read_bytes()))
                elif key in ("deletedFile", "deletedFolder"):
                    changes.append(("delete", value["path"], b""))
            for action, path, data in changes:
                target = base / path
                if action == "add":
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(data)
                elif target.is_dir():
                    shutil.rmtree(target)
                elif target.exists():
                    target.unlink()
            oid = hashlib.sha1(json.dumps([header, [(a, p, len(d)) for a, p, d in changes]]).encode()).hexdigest()
            hub.commits.append({"repo": g["repo"], "revision": rev, "summary": header.get("summary"),
                                "paths": [p for _, p, _ in changes], "oid": oid})
            self._send(200, {"commitUrl": f"{hub.endpoint}/{g['type']}s/{g['repo']}/commit/{oid}", "commitOid": oid,
                             "pullRequestUrl": None})

        def branch(self, g: dict[str, str], __: Any) -> None:
            if not self._authorized():
                return
            info = self._repo(g["type"], g["repo"])
            if info is None:
                return
            name = unquote(g["rev"])
            if name in info["branches"]:
                self._error(409, "Branch already exists")
                return
            shutil.copytree(hub.repo_dir(g["repo"], "main", g["type"]), hub.repo_dir(g["repo"], name, g["type"]))
            info["branches"].add(name)
            self._send(200, {})

        def tree(self, g: dict[str, str], query: dict[str, list[str]]) -> None:
            rev = unquote(g["rev"])
            base = self._revision(g, rev)
            if base is None:
                return
            sub = unquote(g.get("sub") or "").strip("/")
            start = base / sub if sub else base
            recursive = (query.get("recursive") or ["false"])[0].lower() == "true"
            paths = start.rglob("*") if recursive else start.glob("*")
            out = []
            for p in sorted(paths):
                rel = p.relative_to(base).as_posix()
                if p.is_file():
                    data = p.read_bytes()
                    out.append({"type": "file", "path": rel, "size": len(data), "oid": hashlib.sha1(data).hexdigest()})
                else:
                    out.append({"type": "directory", "path": rel, "oid": hashlib.sha1(rel.encode()).hexdigest()})
            self._send(200, out)

    return Handler
