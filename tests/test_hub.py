"""qa_gen.hub against a local fake Hub: the real huggingface_hub client does the HTTP."""

from __future__ import annotations

import json
import logging
import socket
from collections.abc import Iterator
from pathlib import Path

import datasets
import httpx2
import pytest
from fakehub import MAIN, FakeHub
from huggingface_hub import constants
from huggingface_hub.utils import set_client_factory
from huggingface_hub.utils._http import default_client_factory

from qa_gen.errors import PushError
from qa_gen.hub import PushPlan, plan_push, push_folder, resolve_token
from qa_gen.models import QAExample

TOKEN = "hf_TestSecretToken0123456789abcdef"
REPO = "alice/news-qa"
TRAIN = "data/train-00000-of-00001.parquet"
TEST = "data/test-00000-of-00001.parquet"
EXPECTED = ["README.md", TEST, TRAIN, "manifest.json", "qa.jsonl"]
# Every fresh Hub repo starts with this file; pushes must leave it alone.
GITATTRIBUTES = ".gitattributes"
# Port 9 (discard) on loopback: anything that falls back to the default endpoint fails fast.
DEAD_ENDPOINT = "http://127.0.0.1:9"

CONTEXT = (
    "The city council of Riverton approved a new budget on Monday. "
    "Mayor Ana Silva said the plan adds 40 bus routes by 2026."
)


def _row(i: int, question: str, answer: str, split: str) -> dict[str, object]:
    start = CONTEXT.index(answer)
    row: dict[str, object] = {
        "id": f"ex-{i}",
        "title": "Riverton budget",
        "context": CONTEXT,
        "question": question,
        "answers": {"text": [answer], "answer_start": [start]},
        "article_id": "art-1",
        "split": split,
    }
    QAExample.model_validate(row)  # the fixture rows obey qa-gen's own span rules
    return row


ROWS = [
    _row(0, "Who is the mayor of Riverton?", "Ana Silva", "train"),
    _row(1, "When was the budget approved?", "Monday", "train"),
    _row(2, "How many bus routes does the plan add?", "40", "train"),
    _row(3, "What did the city council approve?", "a new budget", "test"),
]


def make_folder(root: Path) -> Path:
    """A minimal `qa-gen build` output folder."""
    (root / "data").mkdir(parents=True)
    (root / "README.md").write_text(
        "---\nlicense: cc-by-4.0\ntask_categories:\n- question-answering\n---\n"
        "# news-qa\n\nExtractive QA built from news with qa-gen.\n",
        encoding="utf-8",
    )
    for split, path in (("train", TRAIN), ("test", TEST)):
        rows = [r for r in ROWS if r["split"] == split]
        datasets.Dataset.from_list(rows).to_parquet(str(root / path))
    (root / "qa.jsonl").write_text("".join(json.dumps(r) + "\n" for r in ROWS), encoding="utf-8")
    rejected = {"article_id": "art-1", "stage": "validate", "reason": "vague_question"}
    (root / "rejected.jsonl").write_text(json.dumps(rejected) + "\n", encoding="utf-8")
    manifest = {"name": "news-qa", "config": {}, "counts": {"accepted": len(ROWS)}}
    (root / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return root


def _localhost_only(request: httpx2.Request) -> None:
    if request.url.host != "127.0.0.1":
        raise AssertionError(f"test tried to reach {request.url.host}")


def _guarded_client() -> httpx2.Client:
    client = default_client_factory()
    client.event_hooks["request"].append(_localhost_only)
    return client


@pytest.fixture(autouse=True)
def isolated_hf(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """No real token, no real endpoint, no telemetry, and no traffic beyond loopback."""
    for name in ("HF_TOKEN", "HUGGING_FACE_HUB_TOKEN", "HF_OIDC_RESOURCE", "HF_ENDPOINT"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HF_HUB_DISABLE_TELEMETRY", "1")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    monkeypatch.setattr(constants, "HF_TOKEN_PATH", str(tmp_path / "hf-home" / "token"))
    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", False)
    monkeypatch.setattr(constants, "HF_HUB_DISABLE_TELEMETRY", True)
    monkeypatch.setattr(constants, "ENDPOINT", DEAD_ENDPOINT)
    set_client_factory(_guarded_client)
    yield
    set_client_factory(default_client_factory)


@pytest.fixture
def hub(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeHub]:
    with FakeHub(valid_tokens=(TOKEN,)) as fake:
        # huggingface_hub froze HF_ENDPOINT at import; qa_gen.hub must read it per call.
        monkeypatch.setenv("HF_ENDPOINT", fake.url)
        yield fake


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return make_folder(tmp_path / "out")


# --- plan / dry run ------------------------------------------------------------------------


def test_dry_run_lists_files_and_talks_to_nobody(hub: FakeHub, folder: Path) -> None:
    plan = push_folder(folder, REPO, dry_run=True)  # no token anywhere in the environment
    assert plan == PushPlan(
        repo_id=REPO, revision=None, files=EXPECTED, deletes=[], private=False, create_pr=False
    )
    assert "rejected.jsonl" not in plan.files
    assert hub.requests == []
    assert hub.repos == {}


def test_plan_without_extras_uploads_card_and_shards_only(folder: Path) -> None:
    plan = plan_push(folder, REPO, include_extras=False, revision="v2", private=True)
    assert plan.files == ["README.md", TEST, TRAIN]
    assert (plan.revision, plan.private) == ("v2", True)


@pytest.mark.parametrize(
    ("break_folder", "named"),
    [
        (lambda d: [p.unlink() for p in (d / "data").glob("*.parquet")], "out"),
        (lambda d: (d / "README.md").unlink(), "out"),
        (lambda d: (d / "manifest.json").unlink(), "manifest.json"),
        (lambda d: (d / "manifest.json").write_text("{\n  'name': oops\n}"), "manifest.json:2"),
        (lambda d: (d / "manifest.json").write_text("[1, 2]"), "manifest.json"),
    ],
    ids=["no-parquet", "no-readme", "no-manifest", "bad-json", "manifest-not-object"],
)
def test_invalid_folder_is_a_push_error_naming_it(
    hub: FakeHub, folder: Path, break_folder: object, named: str
) -> None:
    assert callable(break_folder)
    break_folder(folder)
    with pytest.raises(PushError) as info:
        push_folder(folder, REPO, token=TOKEN)
    message = str(info.value)
    assert named in message and "\n" not in message
    assert hub.requests == []


def test_missing_folder_is_a_push_error(tmp_path: Path) -> None:
    with pytest.raises(PushError, match="not a folder"):
        plan_push(tmp_path / "nope", REPO)


@pytest.mark.parametrize("repo_id", ["news-qa", "a/b/c", "alice/bad--name", "alice/", ""])
def test_repo_id_must_be_owner_slash_name(folder: Path, repo_id: str) -> None:
    with pytest.raises(PushError, match="owner/name"):
        plan_push(folder, repo_id)


# --- real pushes against the fake Hub ------------------------------------------------------


def test_push_lands_exact_bytes_in_one_commit(hub: FakeHub, folder: Path) -> None:
    plan = push_folder(folder, REPO, token=TOKEN)

    assert plan.files == EXPECTED and plan.deletes == []
    assert plan.commit_url is not None and REPO in plan.commit_url
    assert hub.repos[REPO].repo_type == "dataset"
    assert hub.repos[REPO].private is False
    remote = hub.files(REPO)
    assert sorted(remote) == sorted([*EXPECTED, GITATTRIBUTES])
    for path in EXPECTED:
        assert remote[path] == (folder / path).read_bytes(), path
    ours = [c for c in hub.commits if c.summary != "initial commit"]
    assert len(ours) == 1
    assert ours[0].added == EXPECTED and ours[0].deleted == []
    assert ours[0].summary == "Upload news-qa with qa-gen"


def test_token_is_sent_as_bearer_and_never_echoed(
    hub: FakeHub,
    folder: Path,
    capfd: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Make huggingface_hub log every request, curl-style, where caplog can see it.
    monkeypatch.setattr(constants, "HF_DEBUG", True)
    monkeypatch.setattr(logging.getLogger("huggingface_hub"), "propagate", True)
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.DEBUG, logger="huggingface_hub")
    plan = push_folder(folder, REPO, token=TOKEN)

    assert hub.requests
    assert {r.authorization for r in hub.requests} == {f"Bearer {TOKEN}"}
    assert TOKEN not in repr(plan)
    out, err = capfd.readouterr()
    assert TOKEN not in out + err
    assert "/api/repos/create" in caplog.text  # the request log was really captured
    assert TOKEN not in caplog.text
    for path in folder.rglob("*"):
        if path.is_file():
            assert TOKEN.encode() not in path.read_bytes(), path


def test_token_from_environment_is_used(
    hub: FakeHub, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HF_TOKEN", TOKEN)
    push_folder(folder, REPO)
    assert {r.authorization for r in hub.requests} == {f"Bearer {TOKEN}"}


def test_token_resolution_order(monkeypatch: pytest.MonkeyPatch) -> None:
    assert resolve_token(None) is None
    stored = Path(constants.HF_TOKEN_PATH)
    stored.parent.mkdir(parents=True)
    stored.write_text("hf_stored\n")
    assert resolve_token(None) == "hf_stored"
    monkeypatch.setenv("HF_TOKEN", "hf_env")
    assert resolve_token(None) == "hf_env"
    assert resolve_token("hf_flag") == "hf_flag"
    assert resolve_token("  ") == "hf_env"


def test_removed_shard_is_deleted_remotely(hub: FakeHub, folder: Path) -> None:
    push_folder(folder, REPO, token=TOKEN)
    (folder / TEST).unlink()
    (folder / "data" / "notes.txt").write_text("not a shard")

    plan = push_folder(folder, REPO, token=TOKEN)

    assert plan.deletes == [TEST]
    assert TEST not in plan.files
    assert sorted(hub.files(REPO)) == sorted(
        [GITATTRIBUTES, "README.md", TRAIN, "manifest.json", "qa.jsonl"]
    )
    assert hub.commits[-1].deleted == [TEST]


def test_foreign_remote_files_are_kept(hub: FakeHub, folder: Path) -> None:
    push_folder(folder, REPO, token=TOKEN)
    hub.repos[REPO].branches[MAIN]["docs/extra.parquet"] = b"someone else's file"
    plan = push_folder(folder, REPO, token=TOKEN)
    assert plan.deletes == []
    assert "docs/extra.parquet" in hub.files(REPO)


def test_repush_unchanged_is_idempotent(hub: FakeHub, folder: Path) -> None:
    first = push_folder(folder, REPO, token=TOKEN)
    before = hub.files(REPO)
    commits = len(hub.commits)

    again = push_folder(folder, REPO, token=TOKEN)

    assert hub.files(REPO) == before
    assert len(hub.commits) == commits  # the client skipped an empty commit
    assert again.files == first.files and again.deletes == []


def test_changed_shard_is_reuploaded(hub: FakeHub, folder: Path) -> None:
    push_folder(folder, REPO, token=TOKEN)
    datasets.Dataset.from_list(ROWS[:1]).to_parquet(str(folder / TRAIN))
    push_folder(folder, REPO, token=TOKEN)
    assert hub.commits[-1].added == [TRAIN]
    assert hub.files(REPO)[TRAIN] == (folder / TRAIN).read_bytes()


def test_push_to_new_branch_creates_it(hub: FakeHub, folder: Path) -> None:
    plan = push_folder(folder, REPO, token=TOKEN, revision="v2")
    assert plan.revision == "v2"
    assert sorted(hub.files(REPO, "v2")) == sorted([*EXPECTED, GITATTRIBUTES])
    assert hub.files(REPO) == {GITATTRIBUTES: hub.files(REPO)[GITATTRIBUTES]}


def test_create_pr_leaves_main_untouched(hub: FakeHub, folder: Path) -> None:
    plan = push_folder(folder, REPO, token=TOKEN, create_pr=True, commit_message="Add v1")
    assert plan.commit_url is not None and plan.commit_url.endswith("/discussions/1")
    assert sorted(hub.files(REPO, "refs/pr/1")) == sorted([*EXPECTED, GITATTRIBUTES])
    assert sorted(hub.files(REPO)) == [GITATTRIBUTES]
    assert hub.commits[-1].summary == "Add v1"


def test_private_flag_reaches_create_repo(hub: FakeHub, folder: Path) -> None:
    push_folder(folder, REPO, token=TOKEN, private=True)
    assert hub.repos[REPO].private is True


def test_without_extras_only_card_and_shards_are_uploaded(hub: FakeHub, folder: Path) -> None:
    push_folder(folder, REPO, token=TOKEN, include_extras=False)
    assert sorted(hub.files(REPO)) == sorted([GITATTRIBUTES, "README.md", TEST, TRAIN])


# --- errors ----------------------------------------------------------------------------------


def _one_line(err: PushError) -> str:
    text = str(err)
    assert "\n" not in text and TOKEN not in text
    return text


def test_missing_token_mentions_hf_token(hub: FakeHub, folder: Path) -> None:
    with pytest.raises(PushError) as info:
        push_folder(folder, REPO)
    text = _one_line(info.value)
    assert "HF_TOKEN" in text and "--token" in text and "login" in text
    assert hub.requests == []


def test_wrong_token_is_401(hub: FakeHub, folder: Path) -> None:
    with pytest.raises(PushError) as info:
        push_folder(folder, REPO, token="hf_wrong")
    text = _one_line(info.value)
    assert "401" in text and "token" in text
    assert "hf_wrong" not in text
    assert hub.repos == {}


@pytest.mark.parametrize(
    ("route", "status", "expected"),
    [
        ("*", 403, "no write access to alice/news-qa"),
        ("*", 429, "rate limited"),
        ("tree", 404, "revision 'v2' not found"),
        ("preupload", 404, "repository alice/news-qa not found"),
        ("commit", 500, "HTTP 500"),
    ],
)
def test_hub_errors_become_one_line_push_errors(
    hub: FakeHub, folder: Path, route: str, status: int, expected: str
) -> None:
    hub.fail(route, status)
    with pytest.raises(PushError) as info:
        push_folder(folder, REPO, token=TOKEN, revision="v2" if route == "tree" else None)
    assert expected in _one_line(info.value)


def test_token_echoed_by_server_is_scrubbed(hub: FakeHub, folder: Path) -> None:
    hub.fail("commit", 500, message=f"internal error for Bearer {TOKEN}")
    with pytest.raises(PushError) as info:
        push_folder(folder, REPO, token=TOKEN)
    text = _one_line(info.value)
    assert "HTTP 500" in text and "internal error for Bearer ***" in text


def test_repo_owned_by_someone_else_is_403(hub: FakeHub, folder: Path) -> None:
    push_folder(folder, "bob/data", token=TOKEN)  # bob's repo exists...
    hub.fail("create_repo", 403)  # ...and alice may not write to it
    hub.fail("preupload", 403)
    hub.fail("commit", 403)
    (folder / "qa.jsonl").write_text("changed\n")
    with pytest.raises(PushError) as info:
        push_folder(folder, "bob/data", token=TOKEN)
    assert "no write access to bob/data (HTTP 403)" in _one_line(info.value)


def test_invalid_card_metadata_names_readme(hub: FakeHub, folder: Path) -> None:
    (folder / "README.md").write_text("---\nlicense: [unclosed\n# card\n")
    with pytest.raises(PushError) as info:
        push_folder(folder, REPO, token=TOKEN)
    assert "README.md" in _one_line(info.value)


def test_unreachable_hub_is_a_push_error(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with socket.socket() as sock:  # a port nobody listens on once closed
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    monkeypatch.setenv("HF_ENDPOINT", f"http://127.0.0.1:{port}")
    with pytest.raises(PushError) as info:
        push_folder(folder, REPO, token=TOKEN)
    text = _one_line(info.value)
    assert "cannot reach" in text and str(port) in text


# --- the data itself -------------------------------------------------------------------------


def test_parquet_round_trips_to_qa_jsonl(folder: Path, tmp_path: Path) -> None:
    plan = plan_push(folder, REPO)
    shards = {
        Path(p).name.split("-")[0]: str(folder / p) for p in plan.files if p.endswith(".parquet")
    }
    loaded = datasets.load_dataset("parquet", data_files=shards, cache_dir=str(tmp_path / "c"))
    lines = (folder / "qa.jsonl").read_text(encoding="utf-8").splitlines()
    expected = [json.loads(line) for line in lines]
    assert sorted(loaded) == ["test", "train"]
    for split in ("train", "test"):
        assert loaded[split].to_list() == [r for r in expected if r["split"] == split]
