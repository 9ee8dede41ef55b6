"""Ordered, bounded parallel map: results come back in input order whatever the worker count,
and at most ``window`` chunks are in flight, so memory does not grow with the corpus."""

from __future__ import annotations

import multiprocessing as mp
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

# Chunks queued per worker: enough to keep every core busy while the parent writes results.
IN_FLIGHT_PER_WORKER = 2

_worker_func: Callable[[Any], Any] | None = None


def _init(factory: Callable[[], Callable[[Any], Any]]) -> None:
    global _worker_func
    _worker_func = factory()


def _run(chunk: Any) -> Any:
    assert _worker_func is not None, "worker not initialised"
    return _worker_func(chunk)


def ordered_map(
    factory: Callable[[], Callable[[T], R]], chunks: Iterable[T], workers: int
) -> Iterator[R]:
    """Apply ``factory()`` (built once per process) to each chunk; yield results in order."""
    if workers <= 1:
        func = factory()
        for chunk in chunks:
            yield func(chunk)
        return
    # fork shares the already-loaded spaCy model copy-on-write; start-up is then instant.
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    window = workers * IN_FLIGHT_PER_WORKER
    with ctx.Pool(workers, initializer=_init, initargs=(factory,)) as pool:
        pending: deque[Any] = deque()
        for chunk in chunks:
            pending.append(pool.apply_async(_run, (chunk,)))
            if len(pending) >= window:
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()
