"""Results kept across the rebuilds of `mkdocs serve`: the pack, the compiled rules, each file."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from truthgraph.claims.loader import iter_claim_files
from truthgraph.claims.pack import ClaimsPack, load_pack
from truthgraph.engine import Checker, CheckOptions, FileResult, discover
from truthgraph.findings import FileProblem, Report

Stamp = tuple[tuple[str, int, int], ...]


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


@dataclass
class CheckCache:
    """Owned by one plugin instance (never a module global), so it lives as long as `serve`."""

    pack_stamp: Stamp = ()
    pack: ClaimsPack | None = None
    checker_key: str = ""
    checker: Checker | None = None
    results: dict[str, tuple[tuple[int, int, str], FileResult]] = field(default_factory=dict)
    """Absolute path -> ((mtime ns, size, claims digest + options), result)."""
    hits: int = 0
    misses: int = 0

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

    def check_paths(
        self, checker: Checker, paths: Iterable[Path], display: Callable[[Path], str]
    ) -> Report:
        """Like Checker.check_paths, but files unchanged since the last build are not re-read."""
        files, problems = discover(paths, checker.options, display)
        context = checker.pack.digest + "\x1f" + options_key(checker.options)
        seen: set[str] = set()
        results: list[FileResult] = []
        for path, shown in files:
            absolute = str(path.resolve())
            seen.add(absolute)
            try:
                stat = path.stat()
            except OSError:
                results.append(checker.check_file(path, shown))
                continue
            key = (stat.st_mtime_ns, stat.st_size, context)
            cached = self.results.get(absolute)
            if cached is not None and cached[0] == key and cached[1].path == shown:
                self.hits += 1
                results.append(cached[1])
                continue
            self.misses += 1
            result = checker.check_file(path, shown)
            self.results[absolute] = (key, result)
            results.append(result)
        for gone in set(self.results) - seen:
            del self.results[gone]
        return _report(checker, results, problems)


def _report(checker: Checker, results: list[FileResult], problems: list[FileProblem]) -> Report:
    """The same aggregation as Checker.check_paths (kept in step with it)."""
    report = Report(claims_digest=checker.pack.digest)
    report.problems.extend(problems)
    for result in results:
        if result.problem:
            report.problems.append(FileProblem(result.path, result.problem))
            continue
        report.findings.extend(result.findings)
        report.files_checked += result.parsed
        report.files_skipped += result.skipped
        report.sentences += result.sentences
        report.suppressed += result.suppressed
    report.sort()
    return report
