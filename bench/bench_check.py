"""Benchmark `check` against the baselines named in the checker issue; prints ratios, not verdicts.

Usage:
    python bench/bench_check.py [CORPUS] [--on-topic GF_CORPUS --copies 40] [--jobs N] [--verify]

* unrelated docs (CORPUS, default ../shared/corpora/perf): time of `check` with the
  claims pack vs. merely parsing every file with markdown-it-py, in the same run;
* on-topic docs (--on-topic DIR copied --copies times): `check` vs. parsing plus one
  combined, pre-lower-cased regex over the prose;
* linearity: time per MB and peak memory for a quarter, a half and all of CORPUS
  (each in a fresh process, so peak memory is that run's own);
* --jobs N: the same check with N worker processes;
* --verify: findings with and without the pre-filter must be identical (and the
  false alarms per 10,000 sentences are printed from the full parse).
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from markdown_it import MarkdownIt  # noqa: E402

from truthgraph.claims.pack import load_pack  # noqa: E402
from truthgraph.engine import Checker, CheckOptions  # noqa: E402


def markdown_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.suffix in (".md", ".markdown") and p.is_file())


def read_all(files: list[Path]) -> list[str]:
    return [p.read_bytes().decode("utf-8", "replace") for p in files]


def time_parse(texts: list[str]) -> float:
    md = MarkdownIt("commonmark").enable("table")
    start = time.perf_counter()
    for text in texts:
        md.parse(text)
    return time.perf_counter() - start


def time_parse_and_regex(texts: list[str], phrases: list[str]) -> float:
    md = MarkdownIt("commonmark").enable("table")
    combined = re.compile("|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True)))
    start = time.perf_counter()
    for text in texts:
        for token in md.parse(text):
            if token.type == "inline":
                combined.findall(token.content.lower())
    return time.perf_counter() - start


def time_check(
    root: Path, jobs: int = 1, prefilter: bool = True
) -> tuple[float, dict[str, int], list]:
    checker = Checker(load_pack(REPO / "claims"), CheckOptions(jobs=jobs, prefilter=prefilter))
    start = time.perf_counter()
    report = checker.check_paths([root])
    elapsed = time.perf_counter() - start
    found = [(f.path, f.line, f.column, f.rule, f.claim) for f in report.findings]
    summary = {k: int(v) for k, v in report.summary().items() if isinstance(v, int)}
    return elapsed, summary, found


def pack_phrases() -> list[str]:
    pack = load_pack(REPO / "claims")
    return sorted({p.lower() for phrases in pack.terms.values() for p in phrases})


def child_run(paths_file: Path) -> None:
    """Check the files listed in `paths_file` and print seconds, MB and peak RSS as JSON."""
    files = [Path(line) for line in paths_file.read_text().splitlines() if line]
    checker = Checker(load_pack(REPO / "claims"))
    size = sum(p.stat().st_size for p in files)
    start = time.perf_counter()
    for path in files:
        checker.check_file(path, path.as_posix())
    elapsed = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": elapsed, "mb": size / 1e6, "peak_mb": peak}))


def linearity(files: list[Path]) -> None:
    print("\nlinearity (fresh process per size):")
    base = None
    with tempfile.TemporaryDirectory() as scratch:
        for share in (0.25, 0.5, 1.0):
            subset = files[: max(1, int(len(files) * share))]
            listing = Path(scratch) / f"files-{share}.txt"
            listing.write_text("\n".join(str(p) for p in subset))
            out = subprocess.run(
                [sys.executable, __file__, "--child", str(listing)],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            row = json.loads(out)
            per_mb = row["seconds"] / row["mb"]
            base = base or per_mb
            print(
                f"  {share:>4.0%} of files: {row['mb']:7.1f} MB  {per_mb * 1000:7.1f} ms/MB "
                f"(x{per_mb / base:.2f} of the quarter)  peak RSS {row['peak_mb']:.0f} MB"
            )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "corpus", nargs="?", default=str(REPO.parent / "shared" / "corpora" / "perf")
    )
    parser.add_argument(
        "--on-topic", default=str(REPO.parent / "shared" / "corpora" / "gloriousflywheel-2026-02")
    )
    parser.add_argument("--copies", type=int, default=40)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--verify", action="store_true")
    parser.add_argument("--skip-linearity", action="store_true")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child_run(Path(args.child))
        return

    corpus = Path(args.corpus)
    files = markdown_files(corpus)
    texts = read_all(files)
    megabytes = sum(len(t.encode()) for t in texts) / 1e6
    print(f"unrelated corpus: {corpus} — {len(files)} files, {megabytes:.1f} MB")
    parse_s = time_parse(texts)
    check_s, summary, found = time_check(corpus)
    print(f"  markdown-it-py parse of every file : {parse_s:7.2f} s")
    print(
        f"  truthgraph check (GF pack)         : {check_s:7.2f} s  = "
        f"{check_s / parse_s:.3f}x parse "
        f"(target <= 0.2x)  {len(files) / check_s:.0f} files/s, {megabytes / check_s:.1f} MB/s"
    )
    print(
        f"  parsed {summary['files_checked']} files, skipped {summary['files_skipped']} "
        f"by their raw text, findings {summary['findings']}"
    )
    if args.jobs > 1:
        jobs_s, _, jobs_found = time_check(corpus, jobs=args.jobs)
        print(
            f"  --jobs {args.jobs}: {jobs_s:.2f} s (x{check_s / jobs_s:.2f} faster), "
            f"same findings: {jobs_found == found}"
        )
    if args.verify:
        full_s, full_summary, full_found = time_check(corpus, prefilter=False)
        sentences = full_summary["sentences"]
        print(
            f"  without the pre-filter: {full_s:.2f} s; identical findings: {full_found == found}"
        )
        print(
            f"  false alarms: {len(full_found)} in {sentences} sentences = "
            f"{len(full_found) / sentences * 10000:.2f} per 10,000 sentences (target < 1)"
        )

    gf = Path(args.on_topic)
    if gf.is_dir() and args.copies > 0:
        with tempfile.TemporaryDirectory() as scratch:
            for copy in range(args.copies):
                shutil.copytree(gf, Path(scratch) / f"copy{copy:03d}")
            on_files = markdown_files(Path(scratch))
            on_texts = read_all(on_files)
            on_mb = sum(len(t.encode()) for t in on_texts) / 1e6
            base_s = time_parse_and_regex(on_texts, pack_phrases())
            on_check_s, on_summary, _ = time_check(Path(scratch))
            print(
                f"\non-topic corpus: {gf.name} x{args.copies} — "
                f"{len(on_files)} Markdown files, {on_mb:.1f} MB"
            )
            print(f"  parse + one combined lower-cased regex over the prose: {base_s:7.2f} s")
            print(
                f"  truthgraph check (workflow files included)          : {on_check_s:7.2f} s  = "
                f"{on_check_s / base_s:.2f}x (target <= 1.5x)  {on_mb / on_check_s:.1f} MB/s"
            )
            print(f"  findings {on_summary['findings']}")
            if args.jobs > 1:
                jobs_s, _, _ = time_check(Path(scratch), jobs=args.jobs)
                print(f"  --jobs {args.jobs}: {jobs_s:.2f} s (x{on_check_s / jobs_s:.2f} faster)")
    if not args.skip_linearity:
        linearity(files)


if __name__ == "__main__":
    main()
