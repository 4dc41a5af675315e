"""Checking the docs during a build: per-file results kept across `mkdocs serve` rebuilds, and
unchanged-or-not files checked by worker processes while mkdocs renders the pages."""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import threading
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from truthgraph.claims.loader import iter_claim_files
from truthgraph.claims.pack import ClaimsPack, load_pack
from truthgraph.discovery import discover
from truthgraph.engine import Checker, CheckOptions, FileResult, aggregate
from truthgraph.examples import Verdicts, example_verdicts, remember_verdicts
from truthgraph.errors import TruthgraphError
from truthgraph.findings import FileProblem, Report
from truthgraph.site.history import TrendPoint, exit_signal_trend

Stamp = tuple[tuple[str, int, int], ...]
FileKey = tuple[int, str, str]
"""(size, content hash, claims digest + options): a file's result is reused while it holds."""

MIN_FILES_FOR_WORKERS = 16  # below this, forking costs more than it saves
MAX_WORKERS = 4


def _stamp(paths: Iterable[Path]) -> Stamp:
    """(path, mtime in ns, size) of each file: what tells an unchanged file without reading it."""
    found = []
    for path in paths:
        try:
            stat = path.stat()
        except OSError:
            continue
        found.append((str(path), stat.st_mtime_ns, stat.st_size))
    return tuple(found)


def _head_stamp(claims: Path) -> str:
    """mtime of the repository's HEAD and index files: they change with every commit."""
    folder = claims.resolve() if claims.is_dir() else claims.resolve().parent
    for parent in [folder, *folder.parents]:
        git = parent / ".git"
        if git.is_file():  # a worktree: `.git` names the real folder
            text = git.read_text(encoding="utf-8", errors="replace").strip()
            git = (parent / text.removeprefix("gitdir:").strip()).resolve()
        if git.exists():
            parts = []
            for name in ("HEAD", "index", "logs/HEAD"):
                try:
                    parts.append(str((git / name).stat().st_mtime_ns))
                except OSError:
                    parts.append("-")
            return ":".join(parts)
    return "none"


def options_key(options: CheckOptions) -> str:
    """Everything in the options that can change a file's findings (today: expiring directives)."""
    return json.dumps(
        {
            "include": list(options.include),
            "exclude": list(options.exclude),
            "per_path": options.per_path,
            "max": options.max_file_bytes,
            "today": options.today.isoformat(),
            "prefilter": options.prefilter,
        },
        sort_keys=True,
        default=str,
    )


def auto_workers(files: int) -> int:
    """Background workers for `files` files to check: one per spare core, none if not worth it.

    Workers are forked (they inherit the compiled rules); without fork, or with other threads
    running (as under `mkdocs serve`, where the cache leaves few files to check), the build
    process checks the files itself.
    """
    if files < MIN_FILES_FOR_WORKERS or threading.active_count() > 1:
        return 0
    if "fork" not in multiprocessing.get_all_start_methods():
        return 0
    return max(0, min(MAX_WORKERS, (os.cpu_count() or 1) - 1))


# Set only inside worker processes, by the pool initializer (never in the build process).
_worker_checker: Checker | None = None


def _init_worker(pack: ClaimsPack, options: CheckOptions, compiled: Checker | None) -> None:
    """Compile the rules here, in the worker, unless the build process has them already:
    the build process then goes straight on reading and rendering pages."""
    global _worker_checker
    try:
        _worker_checker = compiled if compiled is not None else Checker(pack, options)
    except TruthgraphError:
        _worker_checker = None  # rules that do not compile: the build process reports them


def _worker() -> Checker:
    if _worker_checker is None:
        raise RuntimeError("no compiled rules in this worker")
    return _worker_checker


def _check_chunk(chunk: list[tuple[Path, str]]) -> list[FileResult]:
    checker = _worker()
    return [checker.check_file(path, shown) for path, shown in chunk]


def _example_verdicts(sentences: list[str]) -> Verdicts:
    return example_verdicts(_worker(), sentences)


@dataclass
class CheckRun:
    """One build's check: cached results at once, the others as their worker finishes them."""

    cache: CheckCache
    pack: ClaimsPack
    options: CheckOptions
    order: list[str]
    """Shown paths in report order."""
    problems: list[FileProblem]
    done: dict[str, FileResult] = field(default_factory=dict)
    futures: dict[str, Future[list[FileResult]]] = field(default_factory=dict)
    chunks: dict[str, list[tuple[Path, str]]] = field(default_factory=dict)
    keys: dict[str, tuple[str, FileKey]] = field(default_factory=dict)
    executor: ProcessPoolExecutor | None = None
    examples: Future[Verdicts] | None = None
    """The executed examples' verdicts, computed by a worker with its compiled rules."""

    def checker(self) -> Checker:
        """Compiled rules in the build process (compiled on first need, then kept)."""
        return self.cache.get_checker(self.pack, self.options)

    def example_verdicts(self) -> Verdicts | None:
        """The worker's verdicts on the examples (None: no worker computed them)."""
        if self.examples is None:
            return None
        try:
            return self.examples.result()
        except Exception:  # a dead worker: the examples are computed here when needed
            return None

    def result(self, shown: str) -> FileResult | None:
        """The result of one file, waiting for its worker if need be (None: not checked)."""
        if shown not in self.done and shown in self.futures:
            future = self.futures[shown]
            chunk = self.chunks[shown]
            try:
                results = future.result()
            except Exception:  # a dead worker must not lose the check: do it here instead
                results = [self.checker().check_file(path, name) for path, name in chunk]
            for item in results:
                self._store(item)
            for _, name in chunk:
                self.futures.pop(name, None)
        return self.done.get(shown)

    def report(self) -> Report:
        """Every result (waiting for the workers), aggregated like Checker.check_paths."""
        for shown in list(self.futures):
            self.result(shown)
        verdicts = self.example_verdicts()
        if verdicts is not None:
            remember_verdicts(self.pack, verdicts)
        self.close()
        return aggregate(self.pack.digest, [self.done[s] for s in self.order], self.problems)

    def close(self) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=True, cancel_futures=True)
            self.executor = None

    def _store(self, result: FileResult) -> None:
        self.done[result.path] = result
        if result.path in self.keys:
            absolute, key = self.keys[result.path]
            self.cache.results[absolute] = (key, result)


@dataclass
class CheckCache:
    """Owned by one plugin instance (never a module global), so it lives as long as `serve`."""

    pack_stamp: Stamp = ()
    pack: ClaimsPack | None = None
    checker_key: str = ""
    checker: Checker | None = None
    results: dict[str, tuple[FileKey, FileResult]] = field(default_factory=dict)
    """Absolute path -> (key, result)."""
    hits: int = 0
    misses: int = 0
    trend_key: str = ""
    trend: Future[list[TrendPoint]] | None = None

    def start_trend(self, claims: Path) -> Future[list[TrendPoint]]:
        """Exit signals over the git history of `claims`, in a thread; reused while HEAD holds."""
        key = f"{claims.resolve()}\x1f{_head_stamp(claims)}"
        if self.trend is None or key != self.trend_key:
            future: Future[list[TrendPoint]] = Future()

            def work() -> None:
                try:
                    future.set_result(exit_signal_trend(claims))
                except Exception:  # the trend is decoration: no history, no chart
                    future.set_result([])

            threading.Thread(target=work, name="truthgraph-trend", daemon=True).start()
            self.trend, self.trend_key = future, key
        return self.trend

    def has_workers_for(self, jobs: int | None) -> bool:
        """Whether a build may check in worker processes (which compile the rules there)."""
        return jobs != 0 and "fork" in multiprocessing.get_all_start_methods()

    def load_pack(self, claims: Path) -> ClaimsPack:
        """The pack under `claims`, re-read only when a claims file changed, appeared or went."""
        stamp = _stamp(iter_claim_files(claims)) if claims.exists() else ()
        if self.pack is None or stamp != self.pack_stamp or not stamp:
            self.pack = load_pack(claims)
            self.pack_stamp = stamp
        return self.pack

    def get_checker(self, pack: ClaimsPack, options: CheckOptions) -> Checker:
        key = pack.digest + "\x1f" + options_key(options)
        if self.checker is None or key != self.checker_key or self.checker.pack is not pack:
            self.checker = Checker(pack, options)
            self.checker_key = key
        return self.checker

    def start(
        self,
        pack: ClaimsPack,
        options: CheckOptions,
        paths: Iterable[Path],
        display: Callable[[Path], str],
        first: Sequence[str] = (),
        jobs: int | None = None,
        examples: Sequence[str] = (),
    ) -> CheckRun:
        """Begin checking the files under `paths`; `first` lists shown paths needed soonest.

        Unchanged files come from the cache. The rest go to `jobs` worker processes
        (None: `auto_workers`) in the order of `first`, then the others; with no workers
        they are checked here before this returns.
        """
        files, problems = discover(paths, options.include, options.exclude, display)
        context = pack.digest + "\x1f" + options_key(options)
        run = CheckRun(self, pack, options, [shown for _, shown in files], problems)
        todo: list[tuple[Path, str]] = []
        seen: set[str] = set()
        for path, shown in files:
            absolute = str(path.resolve())
            seen.add(absolute)
            try:
                content = path.read_bytes()
            except OSError:
                run.done[shown] = run.checker().check_file(path, shown)  # says why it cannot
                continue
            # By content, not mtime: an editor's save-without-change or a checkout that
            # rewrites files leaves the result valid under `serve`.
            digest = hashlib.blake2b(content, digest_size=16).hexdigest()
            key = (len(content), digest, context)
            cached = self.results.get(absolute)
            if cached is not None and cached[0] == key and cached[1].path == shown:
                self.hits += 1
                run.done[shown] = cached[1]
                continue
            self.misses += 1
            run.keys[shown] = (absolute, key)
            todo.append((path, shown))
        for gone in set(self.results) - seen:
            del self.results[gone]
        rank = {shown: number for number, shown in enumerate(first)}
        todo.sort(key=lambda item: rank.get(item[1], len(rank)))
        workers = auto_workers(len(todo)) if jobs is None else min(jobs, len(todo))
        if workers <= 0:
            for path, shown in todo:
                run._store(run.checker().check_file(path, shown))
            return run
        compiled = self.checker if self.checker_key == context and self.checker else None
        run.executor = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=multiprocessing.get_context("fork"),
            initializer=_init_worker,
            initargs=(pack, options, compiled),
        )
        # Small chunks in page order: the page mkdocs renders next is soon ready.
        size = max(1, min(8, len(todo) // (workers * 4)))
        for start in range(0, len(todo), size):
            chunk = todo[start : start + size]
            future = run.executor.submit(_check_chunk, chunk)
            for _, shown in chunk:
                run.futures[shown] = future
                run.chunks[shown] = chunk
        if examples:  # sentences the pages' examples need verdicts for: a worker has the rules
            run.examples = run.executor.submit(_example_verdicts, list(examples))
        return run

    def check_paths(
        self, checker: Checker, paths: Iterable[Path], display: Callable[[Path], str]
    ) -> Report:
        """Like Checker.check_paths, but files unchanged since the last call are not re-read."""
        self.checker = checker
        self.checker_key = checker.pack.digest + "\x1f" + options_key(checker.options)
        return self.start(checker.pack, checker.options, paths, display, jobs=0).report()
