"""Signals: Ctrl-C and SIGTERM end a run cleanly, with exit 130 or 143.

The command line turns SIGTERM (and SIGHUP) into a `Terminated` exception, so the
same unwinding that handles Ctrl-C (KeyboardInterrupt) runs for them too: the
worker pool is terminated and joined, temporary files are removed, and one line
is printed instead of a traceback. Workers ignore SIGINT (the terminal sends it
to the whole process group) and die quietly on SIGTERM: only the parent decides.
"""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Iterator
from types import FrameType

EXIT_INTERRUPTED = 130
"""128 + SIGINT: the run was interrupted (Ctrl-C)."""
EXIT_TERMINATED = 143
"""128 + SIGTERM: the run was terminated."""


class Terminated(BaseException):
    """SIGTERM or SIGHUP arrived; a BaseException so that `except Exception` lets it pass."""

    def __init__(self, signum: int) -> None:
        super().__init__(f"terminated by signal {signum}")
        self.signum = signum

    @property
    def exit_code(self) -> int:
        return 128 + self.signum


def _raise_terminated(signum: int, _frame: FrameType | None) -> None:
    # Once is enough: a second signal during the clean-up must not interrupt it.
    signal.signal(signum, signal.SIG_IGN)
    raise Terminated(signum)


def install_handlers() -> None:
    """In the main process: SIGTERM and SIGHUP raise `Terminated` (Ctrl-C already raises)."""
    for name in ("SIGTERM", "SIGHUP"):
        number = getattr(signal, name, None)
        if number is not None:
            with contextlib.suppress(ValueError):  # not the main thread: leave signals alone
                signal.signal(number, _raise_terminated)


STOP_SIGNALS = frozenset(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
)


@contextlib.contextmanager
def signals_blocked() -> Iterator[None]:
    """Hold SIGINT, SIGTERM and SIGHUP while a worker is forked.

    A signal that reached a newly forked child before `worker_init` would run the
    parent's handler there (a traceback from the child); blocked, it waits until the
    child has its own handlers, and in the parent until the fork is done."""
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def worker_init() -> None:
    """In a pool worker: leave Ctrl-C to the parent; SIGTERM ends the worker silently.

    Forked with the stop signals blocked (`signals_blocked`); unblocked here, once the
    worker's own handlers are in place."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if hasattr(signal, "SIGHUP"):
        signal.signal(signal.SIGHUP, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, STOP_SIGNALS)


__all__ = [
    "EXIT_INTERRUPTED",
    "EXIT_TERMINATED",
    "STOP_SIGNALS",
    "Terminated",
    "install_handlers",
    "signals_blocked",
    "worker_init",
]
