"""Forked workers that stop cleanly on Ctrl-C and SIGTERM: no deadlock, no worker tracebacks.

`multiprocessing.Pool` shares one task queue, guarded by a lock, between its
workers. A worker killed while holding that lock (SIGTERM sent to the whole
process group by `timeout`, a CI runner or a terminal) leaves the parent waiting
forever, and the pool's own clean-up waits on the same lock. Here every worker
has a private pipe instead: the parent hands out chunks of work by index (the
items are inherited through fork), waits on the pipes in a way that signals
interrupt, and on any exception kills and reaps every worker before passing the
exception on. Nothing is shared, so nothing can be left locked.

Workers ignore SIGINT (the terminal sends it to the whole group; the parent
decides) and die quietly on SIGTERM; a worker whose parent is gone sees its
pipe close and exits.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection, wait
from typing import Any, TypeVar

from truthgraph.interrupts import signals_blocked, worker_init

R = TypeVar("R")
CHUNK = 4
"""Items per hand-out: small, so a few large files do not all land on one worker."""


class WorkerError(RuntimeError):
    """A worker failed (an exception in it, or it died): a bug, not bad input."""


def _serve(
    connection: Connection,
    others: list[Connection],
    function: Callable[..., Any],
    items: Sequence[tuple[Any, ...]],
) -> None:
    worker_init()
    for other in others:
        other.close()  # the parent's ends of earlier workers' pipes: not ours to hold open
    while True:
        try:
            start = connection.recv()
        except (EOFError, OSError):
            break  # the parent is gone
        if start is None:
            break
        try:
            done = [function(*item) for item in items[start : start + CHUNK]]
            connection.send(("ok", done))
        except Exception as exc:
            connection.send(("error", f"{type(exc).__name__}: {exc}"))
    connection.close()


def run_pool(function: Callable[..., R], items: Sequence[tuple[Any, ...]], jobs: int) -> list[R]:
    """`function(*item)` for every item on `jobs` forked workers, results in item order."""
    context = multiprocessing.get_context("fork")
    workers: list[tuple[Any, Connection]] = []
    results: list[Any] = [None] * len(items)
    try:
        for _ in range(jobs):
            mine, theirs = context.Pipe(duplex=True)
            others = [connection for _, connection in workers]
            process = context.Process(
                target=_serve, args=(theirs, others, function, items), daemon=True
            )
            workers.append((process, mine))  # before it starts: a signal may come at once
            with signals_blocked():  # until the worker has its own handlers
                process.start()
            theirs.close()
        pending = deque(range(0, len(items), CHUNK))
        busy: dict[Connection, int] = {}
        for _, connection in workers:
            if pending:
                start = pending.popleft()
                connection.send(start)
                busy[connection] = start
        while busy:
            for ready in wait(list(busy)):
                assert isinstance(ready, Connection)
                try:
                    kind, payload = ready.recv()
                except (EOFError, OSError):
                    raise WorkerError("a worker process died") from None
                if kind == "error":
                    raise WorkerError(f"in a worker: {payload}")
                start = busy.pop(ready)
                results[start : start + len(payload)] = payload
                if pending:
                    start = pending.popleft()
                    ready.send(start)
                    busy[ready] = start
        for _, connection in workers:
            connection.send(None)
    except BaseException:
        for process, _ in workers:
            if process.pid is not None and process.is_alive():
                with contextlib.suppress(ProcessLookupError):
                    os.kill(process.pid, signal.SIGKILL)
        raise
    finally:
        for process, connection in workers:
            connection.close()
            if process.pid is not None:
                process.join()
    return results


__all__ = ["CHUNK", "WorkerError", "run_pool"]
