"""Benchmark ``qa-gen build`` against the physical limit (the spaCy parse) on real news.

Measures, on the first ``--limit`` articles (default 500) of a JSONL news file (default the
2,225 BBC News 2005 articles in ``shared/data``):

1. Overhead: a 1-worker build (in-process API call, model already loaded) against a bare
   ``nlp.pipe`` loop over the very same passage texts (``read_inputs`` + article dedup +
   ``segment``; same model, components, batch size, ``n_process=1``). Target: ratio <= 1.3.
   The bare parse of whole article texts is reported for reference.
2. Scaling: the same build with 1 and 2 workers (target: speed-up >= 1.8x), and the bare
   parse with ``n_process=2`` to show what the parser itself gains.
3. Memory: peak RSS of the whole process tree (parent + worker processes, VmRSS sampled from
   ``/proc`` every 0.1 s) of a CLI ``qa-gen build`` subprocess on ``--mem-small`` (200) versus
   ``--mem-large`` (all) articles. Target: large/small <= 1.2.
4. Byte-identity: sha256 of ``qa.jsonl`` from the 1-worker and 2-worker builds (every repeat).

Every measurement runs in a fresh subprocess (so caches and memory do not leak between them),
``--repeat`` times (default 3), interleaved round-robin so background load hits all of them
alike; medians are reported. ``--profile N`` adds a cProfile of a 1-worker build of N
articles, showing which qa_gen functions take the time that is not spaCy's parse.

    python benchmarks/bench_build.py [--data FILE] [--limit 500] [--repeat 3] [--quick]
        [--profile 100] [--out benchmarks/RESULTS-bench_build.md]

``--quick`` means 1 repeat, 100 articles, memory on 100 versus 400 articles.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import json
import os
import platform
import pstats
import shlex
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "bbc-news-2005.jsonl"
DEFAULT_OUT = ROOT / "benchmarks" / "RESULTS-bench_build.md"
SAMPLE_INTERVAL = 0.1  # seconds between RSS samples of the process tree
# Targets the build is held to.
MAX_OVERHEAD = 1.3
MIN_SPEEDUP = 1.8
MAX_MEMORY_GROWTH = 1.2


# --------------------------------------------------------------------------- child side
def _passages(data: str, limit: int | None) -> tuple[list[str], list[str]]:
    """The passage texts a build parses (same reader, article dedup, segmenter), and the
    article texts they came from."""
    from qa_gen.config import load_config
    from qa_gen.dedup import Deduper
    from qa_gen.ingest import FieldMap, IngestLog, read_inputs
    from qa_gen.models import Article
    from qa_gen.segment import segment

    config = load_config(limit=limit)
    fields = FieldMap(text=config.text_field, title=config.title_field, id=config.id_field)
    items = read_inputs([data], fields, IngestLog())
    if limit is not None:
        items = islice(items, limit)
    dedup = Deduper()
    passages: list[str] = []
    articles: list[str] = []
    for item in items:
        if not isinstance(item, Article) or dedup.article(item.id, item.text) is not None:
            continue
        articles.append(item.text)
        passages.extend(p.text for p in segment(item, config.max_passage_chars, whole=config.context == "article"))
    return passages, articles


def child_raw(data: str, limit: int | None, what: str, n_process: int) -> dict[str, Any]:
    """Time only the ``nlp.pipe`` loop over passage (or whole-article) texts."""
    from qa_gen.config import load_config
    from qa_gen.nlp import load_nlp

    config = load_config(limit=limit)
    nlp = load_nlp(config.spacy_model)
    passages, articles = _passages(data, limit)
    texts = passages if what == "passages" else articles
    started = time.perf_counter()
    tokens = 0
    for doc in nlp.pipe(texts, batch_size=config.batch_size, n_process=n_process):
        tokens += len(doc)
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "texts": len(texts), "chars": sum(map(len, texts)), "tokens": tokens}


def child_build(data: str, limit: int | None, workers: int, out: str) -> dict[str, Any]:
    """Time one in-process ``build()`` call (model loaded beforehand, as the raw parse has it)."""
    from qa_gen import build, load_config
    from qa_gen.nlp import load_nlp

    config = load_config(limit=limit, workers=workers, name="bench")
    load_nlp(config.spacy_model)  # cached: build() gets the same object
    started = time.perf_counter()
    result = build([data], config, out)
    seconds = time.perf_counter() - started
    qa = Path(out) / "qa.jsonl"
    return {"seconds": seconds, "passages": result.manifest.counts.get("passages", 0),
            "accepted": result.manifest.counts.get("accepted", 0), "sha256": sha256(qa)}


def child_profile(data: str, limit: int, out: str, top: int) -> dict[str, Any]:
    """cProfile one 1-worker build; split the time into spaCy parse and everything else."""
    from qa_gen import build, load_config
    from qa_gen.nlp import load_nlp

    config = load_config(limit=limit, workers=1, name="bench")
    load_nlp(config.spacy_model)
    profiler = cProfile.Profile()
    started = time.perf_counter()
    profiler.enable()
    build([data], config, out)
    profiler.disable()
    total = time.perf_counter() - started
    stats = pstats.Stats(profiler)
    raw: dict[Any, Any] = stats.stats  # type: ignore[attr-defined]
    rows = []
    for (path, line, func), (_cc, calls, tottime, cumtime, _callers) in raw.items():
        rows.append({"where": f"{_short(path)}:{line}({func})", "calls": calls, "tottime": tottime,
                     "cumtime": cumtime, "qa_gen": "qa_gen" in path})
    # spaCy's util._pipe wraps every component's pipe (nested generators of the same code, so
    # cProfile counts the outermost only): its cumulative time is the parse, tokenizer included.
    def cum(suffix: str) -> float:
        return sum(r["cumtime"] for r in rows if r["where"].endswith(suffix))

    stages = {"parse (spacy util._pipe)": cum("spacy/util.py:1753(_pipe)") or cum("(_pipe)"),
              "process_passage (answers, questions, checks, dedup)": cum("(process_passage)"),
              "_record (tally + writer)": cum("(_record)"),
              "_passages (ingest + segment; overlaps parse)": cum("(_passages)"),
              "DatasetWriter.finish": cum("export.py:104(finish)")}
    qa_rows = sorted((r for r in rows if r["qa_gen"]), key=lambda r: -r["cumtime"])[:top]
    self_rows = sorted(rows, key=lambda r: -r["tottime"])[:top]
    return {"total": total, "stages": stages, "qa_gen": qa_rows, "self": self_rows}


def _short(path: str) -> str:
    for marker in ("site-packages/", "/qa_gen/"):
        if marker in path:
            tail = path.split(marker, 1)[1]
            return ("qa_gen/" + tail) if marker == "/qa_gen/" else tail
    return path


def code_version() -> str:
    """Hash of the qa_gen sources this process imported (a benchmark spanning edits is flagged)."""
    import qa_gen

    digest = hashlib.sha256()
    for path in sorted(Path(qa_gen.__file__).parent.rglob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def sha256(path: Path) -> str:
    from qa_gen.io import file_sha256

    return file_sha256(path)


def child_main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="bench_build.py _child")
    parser.add_argument("mode", choices=["raw", "build", "profile"])
    parser.add_argument("--data", required=True)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--what", default="passages", choices=["passages", "articles"])
    parser.add_argument("--n-process", type=int, default=1)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--out")
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args(argv)
    if args.mode == "raw":
        result = child_raw(args.data, args.limit, args.what, args.n_process)
    elif args.mode == "build":
        result = child_build(args.data, args.limit, args.workers, args.out)
    else:
        result = child_profile(args.data, args.limit, args.out, args.top)
    result["code"] = code_version()
    print("RESULT " + json.dumps(result))


# --------------------------------------------------------------------------- parent side
def _children_map() -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                stat = fh.read()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        kids.setdefault(ppid, []).append(int(entry))
    return kids


def _rss_kib(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def tree_rss_kib(root: int) -> int:
    """Summed VmRSS of ``root`` and all its descendants, in KiB."""
    kids = _children_map()
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += _rss_kib(pid)
        stack.extend(kids.get(pid, []))
    return total


def run_sampled(cmd: list[str]) -> tuple[str, float, int]:
    """Run ``cmd``; return its stdout, wall seconds and peak summed tree RSS (KiB)."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    peak = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not stop.is_set():
            peak = max(peak, tree_rss_kib(proc.pid))
            stop.wait(SAMPLE_INTERVAL)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stdout, stderr = proc.communicate()
    stop.set()
    sampler.join()
    wall = time.perf_counter() - started
    if proc.returncode != 0:
        raise RuntimeError(f"{shlex.join(cmd)} failed ({proc.returncode}):\n{stderr[-3000:]}")
    return stdout, wall, peak


def run_child(*args: str) -> tuple[dict[str, Any], int]:
    stdout, _wall, peak = run_sampled([sys.executable, str(Path(__file__).resolve()), "_child", *args])
    line = next(line for line in reversed(stdout.splitlines()) if line.startswith("RESULT "))
    return json.loads(line[len("RESULT "):]), peak


def qa_gen_command() -> list[str]:
    script = Path(sys.executable).with_name("qa-gen")
    return [str(script)] if script.exists() else [sys.executable, "-m", "qa_gen"]


def machine() -> dict[str, str]:
    import spacy

    cpu = "?"
    try:
        with open("/proc/cpuinfo") as fh:
            cpu = next((line.split(":", 1)[1].strip() for line in fh if line.startswith("model name")), "?")
    except OSError:
        pass
    from qa_gen.nlp import load_nlp, model_version

    nlp = load_nlp()
    return {"nproc": str(os.cpu_count()), "cpu": cpu, "python": platform.python_version(),
            "spacy": spacy.__version__, "model": f"{model_version(nlp)} ({', '.join(nlp.pipe_names)})",
            "load": " ".join(f"{x:.2f}" for x in os.getloadavg())}


def med(values: list[float]) -> float:
    return statistics.median(values)


def fmt_s(values: list[float]) -> str:
    spread = f" ({min(values):.2f}-{max(values):.2f})" if len(values) > 1 else ""
    return f"{med(values):.2f} s{spread}"


def fmt_mib(values: list[int]) -> str:
    return f"{med(values) / 1024:.0f} MiB" + (f" ({min(values) / 1024:.0f}-{max(values) / 1024:.0f})"
                                               if len(values) > 1 else "")


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "_child":
        child_main(sys.argv[2:])
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="JSONL news file [%(default)s]")
    parser.add_argument("--limit", type=int, default=None, help="articles for overhead/scaling [500]")
    parser.add_argument("--repeat", type=int, default=None, help="runs per measurement, medians reported [3]")
    parser.add_argument("--mem-small", type=int, default=None, help="articles in the small memory run [200]")
    parser.add_argument("--mem-large", type=int, default=None, help="articles in the large memory run [all]")
    parser.add_argument("--mem-workers", type=int, default=1, help="workers for the memory runs [1]")
    parser.add_argument("--mem-repeat", type=int, default=1,
                        help="runs of each memory build (the full-corpus one is the slowest step; peak RSS "
                        "varies little) [1]")
    parser.add_argument("--quick", action="store_true", help="1 repeat, 100 articles, memory on 100 vs 400")
    parser.add_argument("--profile", type=int, default=0, metavar="N",
                        help="also cProfile a 1-worker build of N articles (0: skip) [0]")
    parser.add_argument("--skip", default="", help="comma list of sections to skip: overhead,scaling,memory")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="Markdown results file [%(default)s]")
    args = parser.parse_args()
    limit = args.limit or (100 if args.quick else 500)
    repeat = args.repeat or (1 if args.quick else 3)
    mem_small = args.mem_small or (100 if args.quick else 200)
    mem_large = args.mem_large or (400 if args.quick else None)
    skip = set(filter(None, args.skip.split(",")))
    data = str(args.data.resolve())
    if not Path(data).is_file():
        parser.error(f"no such file: {data}")
    info = machine()
    started = datetime.now(UTC)
    log = lambda msg: print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)  # noqa: E731

    t: dict[str, list[float]] = {k: [] for k in ("build1", "build2", "raw_p", "raw_a", "raw_p2", "mem_s", "mem_l")}
    rss: dict[str, list[int]] = {k: [] for k in t}
    shas: dict[int, set[str]] = {1: set(), 2: set()}
    meta: dict[str, Any] = {}
    codes: set[str] = set()
    lim = ["--limit", str(limit)]
    with tempfile.TemporaryDirectory(prefix="bench_build-") as tmp:
        for r in range(repeat):
            log(f"round {r + 1}/{repeat}")
            runs: list[tuple[str, list[str]]] = []
            if "overhead" not in skip or "scaling" not in skip:
                runs.append(("raw_p", ["raw", "--data", data, *lim, "--what", "passages"]))
                runs.append(("build1", ["build", "--data", data, *lim, "--workers", "1", "--out", f"{tmp}/w1-{r}"]))
            if "overhead" not in skip:
                runs.append(("raw_a", ["raw", "--data", data, *lim, "--what", "articles"]))
            if "scaling" not in skip:
                runs.append(("build2", ["build", "--data", data, *lim, "--workers", "2", "--out", f"{tmp}/w2-{r}"]))
                runs.append(("raw_p2", ["raw", "--data", data, *lim, "--what", "passages", "--n-process", "2"]))
            for key, child_args in runs:
                result, peak = run_child(*child_args)
                t[key].append(result["seconds"])
                codes.add(result["code"])
                rss[key].append(peak)
                if key.startswith("build"):
                    shas[int(key[-1])].add(result["sha256"])
                    meta[key] = result
                else:
                    meta[key] = result
                log(f"  {key}: {result['seconds']:.2f} s, peak tree RSS {peak / 1024:.0f} MiB")
            if "memory" not in skip and r < args.mem_repeat:
                for key, n in (("mem_s", mem_small), ("mem_l", mem_large)):
                    cmd = [*qa_gen_command(), "build", data, "--workers", str(args.mem_workers), "-q",
                           "-o", f"{tmp}/{key}-{r}", "--name", "bench"]
                    if n is not None:
                        cmd += ["--limit", str(n)]
                    _out, wall, peak = run_sampled(cmd)
                    t[key].append(wall)
                    rss[key].append(peak)
                    log(f"  {key}: {wall:.2f} s wall (CLI, incl. start-up), peak tree RSS {peak / 1024:.0f} MiB")
        profile = None
        if args.profile:
            log(f"profiling a 1-worker build of {args.profile} articles")
            profile, _ = run_child("profile", "--data", data, "--limit", str(args.profile), "--out", f"{tmp}/prof")

    meta["codes"] = codes
    lines = report(args, info, started, limit, repeat, mem_small, mem_large, t, rss, shas, meta, profile, skip)
    text = "\n".join(lines) + "\n"
    print(text)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    log(f"wrote {args.out}")


def report(args: argparse.Namespace, info: dict[str, str], started: datetime, limit: int, repeat: int,
           mem_small: int, mem_large: int | None, t: dict[str, list[float]], rss: dict[str, list[int]],
           shas: dict[int, set[str]], meta: dict[str, Any], profile: dict[str, Any] | None,
           skip: set[str]) -> list[str]:
    cmd = shlex.join(["python", "benchmarks/bench_build.py", *sys.argv[1:]])
    lines = [
        "# bench_build results", "",
        f"- command: `{cmd}`",
        f"- date: {started:%Y-%m-%d %H:%M} UTC",
        f"- machine: nproc={info['nproc']}, CPU {info['cpu']}, load average at start {info['load']}",
        f"- Python {info['python']}, spaCy {info['spacy']}, model {info['model']}",
        f"- data: `{Path(args.data).name}`, first {limit} articles for overhead/scaling; {repeat} repeat(s) "
        f"({min(repeat, args.mem_repeat)} for memory), medians (min-max); builds timed in-process with the model "
        "already loaded; RSS = summed VmRSS of the process tree (forked workers' shared pages count twice)",
        "",
        *([f"- WARNING: the qa_gen sources changed while this ran ({len(meta['codes'])} versions seen); "
           "timings and the byte-identity check mix code versions", ""] if len(meta.get("codes", ())) > 1 else []),
        "| measurement | value | target | verdict |",
        "|---|---|---|---|",
    ]
    if "raw_p" in meta:
        p = meta["raw_p"]
        lines.append(f"| raw `nlp.pipe`, passages ({p['texts']} texts, {p['tokens']} tokens), n_process=1 "
                     f"| {fmt_s(t['raw_p'])} | | |")
        lines.append(f"| build, 1 worker ({meta['build1']['passages']} passages, {meta['build1']['accepted']} QA) "
                     f"| {fmt_s(t['build1'])} | | |")
    if t["raw_a"]:
        a = meta["raw_a"]
        lines.append(f"| raw `nlp.pipe`, whole articles ({a['texts']} texts), n_process=1 (reference) "
                     f"| {fmt_s(t['raw_a'])} | | |")
        ratio = med(t["build1"]) / med(t["raw_p"])
        lines.append(f"| **build(1 worker) / raw passage parse** | **{ratio:.2f}x** | <= {MAX_OVERHEAD} "
                     f"| {verdict(ratio <= MAX_OVERHEAD)} |")
        lines.append(f"| raw parse: whole articles / passages | {med(t['raw_a']) / med(t['raw_p']):.2f}x | | |")
    if t["build2"]:
        lines.append(f"| build, 2 workers | {fmt_s(t['build2'])} | | |")
        speedup = med(t["build1"]) / med(t["build2"])
        lines.append(f"| **build speed-up, 1 -> 2 workers** | **{speedup:.2f}x** | >= {MIN_SPEEDUP} "
                     f"| {verdict(speedup >= MIN_SPEEDUP)} |")
        lines.append(f"| raw `nlp.pipe`, passages, n_process=2 | {fmt_s(t['raw_p2'])} | | |")
        lines.append(f"| raw parse speed-up, n_process 1 -> 2 | {med(t['raw_p']) / med(t['raw_p2']):.2f}x | | |")
        same = len(shas[1]) == 1 and shas[1] == shas[2]
        digest = next(iter(shas[1]))[:16] if shas[1] else "-"
        lines.append(f"| **qa.jsonl identical, 1 vs 2 workers (all repeats)** | **{'yes' if same else 'no'}** "
                     f"(sha256 {digest}...; {len(shas[1] | shas[2])} distinct) | identical | {verdict(same)} |")
    if t["mem_s"]:
        large = "all" if mem_large is None else str(mem_large)
        lines.append(f"| peak tree RSS, CLI build of {mem_small} articles, {args.mem_workers} worker(s) "
                     f"| {fmt_mib(rss['mem_s'])} ({fmt_s(t['mem_s'])} wall) | | |")
        lines.append(f"| peak tree RSS, CLI build of {large} articles, {args.mem_workers} worker(s) "
                     f"| {fmt_mib(rss['mem_l'])} ({fmt_s(t['mem_l'])} wall) | | |")
        growth = med(rss["mem_l"]) / med(rss["mem_s"])
        lines.append(f"| **peak RSS {large} / {mem_small} articles** | **{growth:.2f}x** | <= {MAX_MEMORY_GROWTH} "
                     f"| {verdict(growth <= MAX_MEMORY_GROWTH)} |")
    if t["build1"]:
        lines.append(f"| peak tree RSS: raw parse n=1 / build 1 worker / build 2 workers "
                     f"| {med(rss['raw_p']) / 1024:.0f} / {med(rss['build1']) / 1024:.0f} / "
                     f"{med(rss['build2']) / 1024 if rss['build2'] else 0:.0f} MiB | | |")
    if profile:
        lines += ["", f"## Profile: 1-worker build of {args.profile} articles (cProfile)", "",
                  f"Total {profile['total']:.2f} s under cProfile (profiling inflates Python code more than "
                  "compiled code, so the non-parse share is an upper bound).", "",
                  "| stage | cumulative s | share |", "|---|---|---|"]
        for name, secs in profile["stages"].items():
            lines.append(f"| {name} | {secs:.2f} | {100 * secs / profile['total']:.0f}% |")
        lines += ["",
                  "qa_gen functions by cumulative time:", "",
                  "| function | calls | self s | cumulative s |", "|---|---|---|---|"]
        for r in profile["qa_gen"]:
            lines.append(f"| `{r['where']}` | {r['calls']} | {r['tottime']:.2f} | {r['cumtime']:.2f} |")
        lines += ["", "All functions by self time:", "", "| function | calls | self s | cumulative s |",
                  "|---|---|---|---|"]
        for r in profile["self"]:
            lines.append(f"| `{r['where']}` | {r['calls']} | {r['tottime']:.2f} | {r['cumtime']:.2f} |")
    return lines


if __name__ == "__main__":
    main()
