"""Publish a qa-gen output folder to the Hugging Face Hub as a dataset repo, in one commit.

Flow: validate the folder -> resolve a token -> create the repo (and branch) if missing ->
list the remote ``data/*.parquet`` -> one ``create_commit`` that adds the card, the shards and
the extras and deletes remote shards the folder no longer has. Re-pushing an unchanged folder is
a no-op: the client compares file hashes with the Hub and skips empty commits.

The token is only ever handed to :class:`huggingface_hub.HfApi`; it is never printed, logged,
stored in a :class:`PushPlan`, or put into an error message.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import httpx2
from huggingface_hub import CommitOperationAdd, CommitOperationDelete, HfApi, get_token
from huggingface_hub.errors import (
    HfHubHTTPError,
    HFValidationError,
    OfflineModeIsEnabled,
    RepositoryNotFoundError,
    RevisionNotFoundError,
)
from huggingface_hub.utils import validate_repo_id

from qa_gen.errors import PushError
from qa_gen.io import read_manifest

# qa-gen only publishes datasets; the Hub keeps models, datasets and spaces in separate namespaces.
REPO_TYPE = "dataset"
# The Hub's dataset viewer detects splits from data/{split}-NNNNN-of-NNNNN.parquet.
DATA_DIR = "data"
SHARD_SUFFIX = ".parquet"
CARD = "README.md"
MANIFEST = "manifest.json"
# Uploaded next to the shards so the dataset can be audited and rebuilt. rejected.jsonl is
# deliberately absent: it is debugging noise, not part of the published dataset.
EXTRAS = ("qa.jsonl", MANIFEST)
# huggingface_hub reads HF_ENDPOINT once at import; read it again per push so the env wins.
ENDPOINT_ENV = "HF_ENDPOINT"
TOKEN_ENV = "HF_TOKEN"
# The Hub's own default branch; it always exists, so there is nothing to create.
DEFAULT_BRANCH = "main"
LOGIN_HINT = "run `hf auth login` (`huggingface-cli login` on older clients), set HF_TOKEN or pass --token"
# Keep a server-provided detail short so every PushError stays one readable line.
MAX_DETAIL_CHARS = 200


@dataclass(frozen=True)
class PushPlan:
    """What a push uploads and deletes. Never holds the token."""

    repo_id: str
    revision: str | None
    files: list[str]
    deletes: list[str]
    private: bool
    create_pr: bool
    # Filled in by a real push: the commit (or pull request) URL. None for dry runs.
    commit_url: str | None = None


def resolve_token(explicit: str | None) -> str | None:
    """``--token``, then ``HF_TOKEN``, then the token stored by ``hf auth login``."""
    for candidate in (explicit, os.environ.get(TOKEN_ENV)):
        if candidate and candidate.strip():
            return candidate.strip()
    return get_token()


def plan_push(
    folder: str | Path,
    repo_id: str,
    *,
    revision: str | None = None,
    private: bool = False,
    create_pr: bool = False,
    include_extras: bool = True,
) -> PushPlan:
    """Validate ``folder`` and ``repo_id`` and list the repo paths a push would upload."""
    _check_repo_id(repo_id)
    root = Path(folder)
    if not root.is_dir():
        raise PushError("not a folder", path=root, hint="pass the output folder of `qa-gen build`")
    if not (root / CARD).is_file():
        raise PushError(f"missing {CARD} (dataset card)", path=root, hint="re-run `qa-gen build`")
    shards = sorted(p for p in (root / DATA_DIR).glob(f"*{SHARD_SUFFIX}") if p.is_file())
    if not shards:
        raise PushError(
            f"no {DATA_DIR}/*{SHARD_SUFFIX} files to upload",
            path=root,
            hint="re-run `qa-gen build`",
        )
    _check_manifest(root / MANIFEST)
    files = [CARD] + [f"{DATA_DIR}/{p.name}" for p in shards]
    if include_extras:
        files += [name for name in EXTRAS if (root / name).is_file()]
    return PushPlan(
        repo_id=repo_id,
        revision=revision,
        files=sorted(files),
        deletes=[],
        private=private,
        create_pr=create_pr,
    )


def push_folder(
    folder: str | Path,
    repo_id: str,
    *,
    token: str | None = None,
    revision: str | None = None,
    private: bool = False,
    create_pr: bool = False,
    commit_message: str | None = None,
    include_extras: bool = True,
    dry_run: bool = False,
) -> PushPlan:
    """Upload ``folder`` to the dataset repo ``repo_id`` in one commit; return what was done.

    ``dry_run`` validates and returns the plan without a token and without any network call.
    """
    plan = plan_push(
        folder,
        repo_id,
        revision=revision,
        private=private,
        create_pr=create_pr,
        include_extras=include_extras,
    )
    if dry_run:
        return plan
    resolved = resolve_token(token)
    if resolved is None:
        raise PushError("no Hugging Face token found", hint=LOGIN_HINT)
    root = Path(folder)
    api = HfApi(endpoint=os.environ.get(ENDPOINT_ENV) or None, token=resolved, library_name="qa-gen")
    try:
        # private=None (not False) for public pushes: never override an org's private default.
        api.create_repo(repo_id, repo_type=REPO_TYPE, private=private or None, exist_ok=True)
        if revision is not None and revision != DEFAULT_BRANCH:
            api.create_branch(repo_id, branch=revision, repo_type=REPO_TYPE, exist_ok=True)
        remote = api.list_repo_files(repo_id, repo_type=REPO_TYPE, revision=revision)
        deletes = sorted(p for p in remote if _is_shard(p) and p not in plan.files)
        operations: list[CommitOperationAdd | CommitOperationDelete] = [
            CommitOperationAdd(path_in_repo=path, path_or_fileobj=root / path) for path in plan.files
        ]
        operations += [CommitOperationDelete(path_in_repo=path) for path in deletes]
        info = api.create_commit(
            repo_id,
            operations,
            commit_message=commit_message or _default_message(root),
            repo_type=REPO_TYPE,
            revision=revision,
            create_pr=create_pr,
        )
    except (HfHubHTTPError, httpx2.TransportError, OfflineModeIsEnabled) as err:
        raise _to_push_error(err, api.endpoint, repo_id, revision, resolved) from err
    except ValueError as err:
        # huggingface_hub validates the card's YAML with the Hub before uploading anything.
        if CARD not in str(err):
            raise
        raise PushError(
            f"the Hub rejected the dataset card metadata: {_detail(str(err), resolved)}",
            path=root / CARD,
            hint="fix the YAML front matter",
        ) from err
    return PushPlan(
        repo_id=repo_id,
        revision=revision,
        files=plan.files,
        deletes=deletes,
        private=private,
        create_pr=create_pr,
        commit_url=info.pr_url or info.commit_url,
    )


def _check_repo_id(repo_id: str) -> None:
    try:
        validate_repo_id(repo_id)
    except HFValidationError as err:
        raise PushError(f"invalid repo id {repo_id!r}", hint="expected owner/name") from err
    if repo_id.count("/") != 1:
        raise PushError(f"invalid repo id {repo_id!r}", hint="expected owner/name")


def _check_manifest(path: Path) -> None:
    missing = PushError("missing manifest", path=path, hint="re-run `qa-gen build`")
    read_manifest(path, error=PushError, missing=missing)


def _is_shard(repo_path: str) -> bool:
    parent = PurePosixPath(repo_path).parent
    return str(parent) == DATA_DIR and repo_path.endswith(SHARD_SUFFIX)


def _default_message(root: Path) -> str:
    try:
        name = json.loads((root / MANIFEST).read_text(encoding="utf-8")).get("name")
    except (OSError, ValueError, AttributeError):
        name = None
    return f"Upload {name} with qa-gen" if isinstance(name, str) and name else "Upload with qa-gen"


def _detail(text: str, token: str) -> str:
    """First line of a library/server message, with the token scrubbed just in case."""
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return first.replace(token, "***")[:MAX_DETAIL_CHARS]


def _to_push_error(err: Exception, endpoint: str, repo_id: str, revision: str | None, token: str) -> PushError:
    if isinstance(err, OfflineModeIsEnabled):
        return PushError("offline mode is enabled", hint="unset HF_HUB_OFFLINE to push")
    if isinstance(err, httpx2.TransportError):
        return PushError(
            f"cannot reach the Hub at {endpoint} ({type(err).__name__})",
            hint="check the network connection, proxy settings or HF_ENDPOINT",
        )
    assert isinstance(err, HfHubHTTPError)
    status = err.response.status_code
    if status == 401:
        return PushError(
            f"the Hub rejected the token (HTTP 401) for {repo_id}",
            hint=f"the token is invalid or expired: {LOGIN_HINT}",
        )
    if status == 403:
        return PushError(
            f"no write access to {repo_id} (HTTP 403)",
            hint="use a token with write permission, or push to a namespace you own or belong to",
        )
    if isinstance(err, RevisionNotFoundError):
        return PushError(
            f"revision {revision or DEFAULT_BRANCH!r} not found in {repo_id} (HTTP {status})",
            hint="check --revision; new branches are created from main",
        )
    if isinstance(err, RepositoryNotFoundError) or status == 404:
        return PushError(
            f"repository {repo_id} not found (HTTP {status})",
            hint="check the repo id and that the token can see it",
        )
    if status == 429:
        return PushError("rate limited by the Hub (HTTP 429)", hint="wait a few minutes, then push again")
    detail = _detail(err.server_message or str(err), token)
    return PushError(f"the Hub answered HTTP {status} for {repo_id}: {detail}")
