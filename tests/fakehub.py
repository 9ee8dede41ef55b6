"""A tiny in-memory Hugging Face Hub for tests: the real ``huggingface_hub`` client talks to it.

Only what ``qa_gen.hub.push_folder`` needs from the Hub API (huggingface_hub 2.x wire format):

========================================================  ===========  =================
request                                                   route name   client method
========================================================  ===========  =================
POST /api/repos/create                                    create_repo  create_repo
POST /api/validate-yaml                                   validate     create_commit (README.md)
POST /api/{type}s/{ns}/{name}/branch/{branch}             branch       create_branch
GET  /api/{type}s/{ns}/{name}/refs                        refs         list_repo_refs
GET  /api/{type}s/{ns}/{name}[/revision/{rev}]            info         repo_info
GET  /api/{type}s/{ns}/{name}/tree/{rev}[/{path}]         tree         list_repo_files
POST /api/{type}s/{ns}/{name}/preupload/{rev}             preupload    create_commit
POST /api/{type}s/{ns}/{name}/commit/{rev}                commit       create_commit
========================================================  ===========  =================

Preupload always answers ``uploadMode: "regular"`` so file content arrives base64-encoded inside
the NDJSON commit body (no LFS, no Xet), and returns the git blob id of the file already on the
branch so the client can skip unchanged files. Each request's Authorization header is recorded;
if ``valid_tokens`` is non-empty, any other token gets 401 like the real Hub. ``fail(route,
status)`` makes a route (or ``"*"``: every route) answer an error status.
"""

from __future__ import annotations

import base64
import hashlib
import json
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

MAIN = "main"
# A new Hub repo starts with one commit holding this file, like huggingface.co does.
GITATTRIBUTES = ".gitattributes"
GITATTRIBUTES_BODY = b"*.parquet filter=lfs diff=lfs merge=lfs -text\n"
# X-Error-Code sent with an injected 404; huggingface_hub maps it to an exception class.
ERROR_CODES = {
    "info": "RepoNotFound",
    "preupload": "RepoNotFound",
    "tree": "RevisionNotFound",
    "commit": "RevisionNotFound",
}


Reply = tuple[int, Any]  # (HTTP status, JSON body)


def git_blob_id(data: bytes) -> str:
    """Git's object id for a blob; what the Hub reports as a regular file's oid."""
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


@dataclass
class Commit:
    repo_id: str
    branch: str
    oid: str
    summary: str
    added: list[str]
    deleted: list[str]


@dataclass
class Repo:
    repo_type: str
    private: bool
    branches: dict[str, dict[str, bytes]] = field(default_factory=dict)
    heads: dict[str, str] = field(default_factory=dict)
    prs: int = 0


@dataclass
class Request:
    method: str
    path: str
    authorization: str | None


class FakeHub:
    """Start with ``with FakeHub() as hub:``; point the client at ``hub.url``."""

    def __init__(self, valid_tokens: tuple[str, ...] = ()) -> None:
        self.valid_tokens = set(valid_tokens)
        self.repos: dict[str, Repo] = {}
        self.commits: list[Commit] = []
        self.requests: list[Request] = []
        self.failures: dict[str, tuple[int, str | None, str]] = {}
        self.lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _make_handler(self))
        # Short poll interval: shutdown() waits up to one interval, once per test.
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def __enter__(self) -> FakeHub:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()

    def fail(
        self, route: str, status: int, error_code: str | None = None, message: str | None = None
    ) -> None:
        """Make ``route`` (``"*"`` for all) answer ``status`` (and ``message``) from now on."""
        self.failures[route] = (status, error_code, message or f"injected {status}")

    def files(self, repo_id: str, branch: str = MAIN) -> dict[str, bytes]:
        return dict(self.repos[repo_id].branches[branch])

    # --- request handling (called from server threads, under self.lock) ---

    def handle(self, method: str, raw_path: str, auth: str | None, body: bytes) -> Reply:
        split = urlsplit(raw_path)
        query = {k: v[-1] for k, v in parse_qs(split.query).items()}
        parts = [unquote(p) for p in split.path.strip("/").split("/")]
        with self.lock:
            self.requests.append(Request(method, raw_path, auth))
            route, args = _route(method, parts)
            failure = self.failures.get(route) or self.failures.get("*")
            if failure is not None:
                status, code, message = failure
                code = code or (_default_code(route) if status == 404 else None)
                return status, {"error": message, "_code": code}
            if self.valid_tokens and _bearer(auth) not in self.valid_tokens:
                return 401, {"error": "Invalid credentials in Authorization header"}
            if route == "unknown":
                return 404, {"error": f"fake hub has no route for {method} {split.path}"}
            handlers: dict[str, Callable[..., Reply]] = {
                "create_repo": self._create_repo,
                "validate": self._validate,
                "branch": self._branch,
                "refs": self._refs,
                "info": self._info,
                "tree": self._tree,
                "preupload": self._preupload,
                "commit": self._do_commit,
            }
            return handlers[route](query, body, *args)

    def _create_repo(self, query: dict[str, str], body: bytes) -> Reply:
        payload = json.loads(body)
        repo_id = f"{payload['organization']}/{payload['name']}"
        repo_type = payload.get("type") or "model"
        url = f"{self.url}/{_prefix(repo_type)}{repo_id}"
        if repo_id in self.repos:  # the real Hub names the existing repo in its 409 body
            return 409, {"error": "You already created this repo", "url": url}
        repo = Repo(repo_type=repo_type, private=payload.get("visibility") == "private")
        repo.branches[MAIN] = {}
        self.repos[repo_id] = repo
        self._commit(repo_id, MAIN, "initial commit", {GITATTRIBUTES: GITATTRIBUTES_BODY}, [])
        return 200, {"url": url, "name": repo_id}

    def _validate(self, query: dict[str, str], body: bytes) -> Reply:
        content = json.loads(body)["content"]
        if content.startswith("---") and content.count("---") < 2:
            return 400, {"errors": [{"message": "unterminated YAML front matter"}]}
        return 200, {"errors": [], "warnings": []}

    def _branch(self, query: dict[str, str], body: bytes, repo_id: str, branch: str) -> Reply:
        repo = self.repos.get(repo_id)
        if repo is None:
            return 404, {"error": "Repository not found", "_code": "RepoNotFound"}
        if branch in repo.branches:
            return 409, {"error": "Reference already exists"}
        start = (json.loads(body) if body else {}).get("startingPoint") or MAIN
        repo.branches[branch] = dict(repo.branches[start])
        repo.heads[branch] = repo.heads[start]
        return 200, {}

    def _refs(self, query: dict[str, str], body: bytes, repo_id: str) -> Reply:
        repo = self.repos.get(repo_id)
        if repo is None:
            return 404, {"error": "Repository not found", "_code": "RepoNotFound"}
        branches = [
            {"name": b, "ref": f"refs/heads/{b}", "targetCommit": repo.heads[b]}
            for b in repo.branches
            if not b.startswith("refs/")
        ]
        return 200, {"branches": branches, "converts": [], "tags": [], "pullRequests": []}

    def _info(self, query: dict[str, str], body: bytes, repo_id: str, rev: str) -> Reply:
        repo = self.repos.get(repo_id)
        if repo is None:
            return 404, {"error": "Repository not found", "_code": "RepoNotFound"}
        if rev not in repo.branches:
            return 404, {"error": "Invalid rev id", "_code": "RevisionNotFound"}
        siblings = [{"rfilename": p} for p in sorted(repo.branches[rev])]
        return 200, {
            "id": repo_id,
            "sha": repo.heads[rev],
            "private": repo.private,
            "siblings": siblings,
        }

    def _tree(self, query: dict[str, str], body: bytes, repo_id: str, rev: str, sub: str) -> Reply:
        repo = self.repos.get(repo_id)
        if repo is None:
            return 404, {"error": "Repository not found", "_code": "RepoNotFound"}
        if rev not in repo.branches:
            return 404, {"error": "Invalid rev id", "_code": "RevisionNotFound"}
        prefix = f"{sub}/" if sub else ""
        recursive = query.get("recursive", "").lower() in ("1", "true")
        entries: dict[str, dict[str, Any]] = {}
        for path, data in sorted(repo.branches[rev].items()):
            if not path.startswith(prefix):
                continue
            rest = path[len(prefix) :]
            if "/" in rest and not recursive:
                folder = prefix + rest.split("/", 1)[0]
                entries[folder] = {"type": "directory", "path": folder, "oid": "0" * 40}
                continue
            entries[path] = {
                "type": "file",
                "path": path,
                "size": len(data),
                "oid": git_blob_id(data),
            }
        return 200, list(entries.values())

    def _preupload(self, query: dict[str, str], body: bytes, repo_id: str, rev: str) -> Reply:
        repo = self.repos.get(repo_id)
        if repo is None:
            return 404, {"error": "Repository not found", "_code": "RepoNotFound"}
        current = repo.branches.get(rev, {})
        files = []
        for item in json.loads(body)["files"]:
            existing = current.get(item["path"])
            files.append(
                {
                    "path": item["path"],
                    "uploadMode": "regular",
                    "shouldIgnore": False,
                    "oid": git_blob_id(existing) if existing is not None else None,
                }
            )
        return 200, {"files": files, "commitOid": repo.heads.get(rev)}

    def _do_commit(self, query: dict[str, str], body: bytes, repo_id: str, rev: str) -> Reply:
        repo = self.repos.get(repo_id)
        if repo is None:
            return 404, {"error": "Repository not found", "_code": "RepoNotFound"}
        if rev not in repo.branches:
            return 404, {"error": "Invalid rev id", "_code": "RevisionNotFound"}
        lines = [json.loads(line) for line in body.splitlines() if line.strip()]
        if not lines or lines[0].get("key") != "header":
            return 400, {"error": "first NDJSON line must be the commit header"}
        added: dict[str, bytes] = {}
        deleted: list[str] = []
        for line in lines[1:]:
            key, value = line["key"], line["value"]
            if key == "file" and value.get("encoding") == "base64":
                added[value["path"]] = base64.b64decode(value["content"])
            elif key == "deletedFile":
                if value["path"] not in repo.branches[rev]:
                    return 404, {
                        "error": "A file with this name doesn't exist",
                        "_code": "EntryNotFound",
                    }
                deleted.append(value["path"])
            else:
                return 400, {"error": f"fake hub does not support {key} lines"}
        branch = rev
        pr_url = None
        if query.get("create_pr") == "1":
            repo.prs += 1
            branch = f"refs/pr/{repo.prs}"
            repo.branches[branch] = dict(repo.branches[rev])
            repo.heads[branch] = repo.heads[rev]
            pr_url = f"{self.url}/{_prefix(repo.repo_type)}{repo_id}/discussions/{repo.prs}"
        oid = self._commit(repo_id, branch, lines[0]["value"]["summary"], added, deleted)
        url = f"{self.url}/{_prefix(repo.repo_type)}{repo_id}/commit/{oid}"
        return 200, {"commitUrl": url, "commitOid": oid, "pullRequestUrl": pr_url}

    def _commit(
        self, repo_id: str, branch: str, summary: str, added: dict[str, bytes], deleted: list[str]
    ) -> str:
        repo = self.repos[repo_id]
        tree = repo.branches[branch]
        for path in deleted:
            del tree[path]
        tree.update(added)
        oid = hashlib.sha1(f"{repo_id}:{branch}:{len(self.commits)}".encode()).hexdigest()
        repo.heads[branch] = oid
        self.commits.append(Commit(repo_id, branch, oid, summary, sorted(added), sorted(deleted)))
        return oid


def _route(method: str, parts: list[str]) -> tuple[str, tuple[str, ...]]:
    """Map ``/api/...`` path segments to a route name and its arguments."""
    if parts[:1] != ["api"] or len(parts) < 2:
        return "unknown", ()
    if method == "POST" and parts[1:] == ["repos", "create"]:
        return "create_repo", ()
    if method == "POST" and parts[1:] == ["validate-yaml"]:
        return "validate", ()
    if parts[1] not in ("models", "datasets", "spaces") or len(parts) < 4:
        return "unknown", ()
    repo_id, action, rest = f"{parts[2]}/{parts[3]}", parts[4:5], parts[5:]
    if method == "GET" and not action:
        return "info", (repo_id, MAIN)
    if method == "GET" and action == ["revision"] and len(rest) == 1:
        return "info", (repo_id, rest[0])
    if method == "GET" and action == ["refs"]:
        return "refs", (repo_id,)
    if method == "GET" and action == ["tree"] and rest:
        return "tree", (repo_id, rest[0], "/".join(rest[1:]))
    if method == "POST" and action == ["branch"] and len(rest) == 1:
        return "branch", (repo_id, rest[0])
    if method == "POST" and action == ["preupload"] and len(rest) == 1:
        return "preupload", (repo_id, rest[0])
    if method == "POST" and action == ["commit"] and len(rest) == 1:
        return "commit", (repo_id, rest[0])
    return "unknown", ()


def _default_code(route: str) -> str | None:
    return ERROR_CODES.get(route)


def _prefix(repo_type: str) -> str:
    return "" if repo_type == "model" else f"{repo_type}s/"


def _bearer(auth: str | None) -> str | None:
    if auth is None or not auth.startswith("Bearer "):
        return None
    return auth.removeprefix("Bearer ")


def _make_handler(hub: FakeHub) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def _serve(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            status, payload = hub.handle(
                self.command, self.path, self.headers.get("Authorization"), body
            )
            code = payload.pop("_code", None) if isinstance(payload, dict) else None
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            if code:
                self.send_header("X-Error-Code", code)
            if status >= 400 and isinstance(payload, dict) and "error" in payload:
                self.send_header("X-Error-Message", payload["error"])
            self.end_headers()
            self.wfile.write(data)

        do_GET = do_POST = do_DELETE = do_PUT = _serve

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib name
            """Silence per-request logging to stderr."""

    return Handler
