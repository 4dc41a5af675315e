"""Time parse_markdown against bare markdown-it parsing (run by hand; not a pytest test)."""

# Usage: python bench/bench_parse.py [CORPUS_DIR] [ROUNDS]
#
# Each file is parsed by every contender back to back and the fastest of ROUNDS runs is
# kept per file, timed in process CPU time, so other processes on a busy machine mostly
# cancel out.

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

from markdown_it import MarkdownIt

from truthgraph.parse.markdown import markdown_parser, parse_markdown

DEFAULT_CORPUS = "/work/shared/corpora/perf/kubernetes+community"


def main(argv: list[str]) -> int:
    root = Path(argv[1] if len(argv) > 1 else DEFAULT_CORPUS)
    rounds = int(argv[2]) if len(argv) > 2 else 5
    files = sorted(p for p in root.rglob("*.md") if p.is_file())
    texts = [(str(p), p.read_bytes().decode("utf-8", "replace")) for p in files]
    size = sum(len(text) for _, text in texts)
    print(f"{len(texts)} files, {size / 1e6:.1f}M characters, best of {rounds} rounds")

    commonmark = MarkdownIt("commonmark").enable("table")
    configured = markdown_parser()
    contenders: dict[str, Callable[[str, str], object]] = {
        "MarkdownIt('commonmark').enable('table').parse": lambda _p, t: commonmark.parse(t),
        "truthgraph's parser (all plugins) .parse": lambda _p, t: configured.parse(t),
        "parse_markdown": parse_markdown,
    }
    best = {name: [float("inf")] * len(texts) for name in contenders}
    clock = time.process_time
    for _ in range(rounds):
        for index, (path, text) in enumerate(texts):
            for name, parse in contenders.items():
                start = clock()
                parse(path, text)
                elapsed = clock() - start
                if elapsed < best[name][index]:
                    best[name][index] = elapsed

    totals = {name: sum(times) for name, times in best.items()}
    ours = totals["parse_markdown"]
    for name, total in totals.items():
        print(f"{total:8.3f}s  {name}  (parse_markdown / this = {ours / total:.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
