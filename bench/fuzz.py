"""Seeded fuzz of documents, workflows and claims packs; reports counts (not a test).

    python bench/fuzz.py --docs 10000 --workflows 2000 --packs 2000 --seed 1

For each generated input it counts:

* internal errors: any exception other than a one-line input error (TruthgraphError);
* hangs: one input taking longer than --hang seconds (stopped by an alarm);
* pre-filter differences: a document whose findings differ with and without the
  pre-filter;
* spans not matching their text: a finding whose place is outside the file, or
  whose underlined text is not what it says it matched (the words of `matched
  "..."` for wording rules; the value or label itself for value and workflow rules).

Exit status 1 when any count is not 0.
"""

from __future__ import annotations

import argparse
import html
import random
import re
import shutil
import signal
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from types import FrameType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import fuzzgen  # noqa: E402

from truthgraph.claims.pack import ClaimsPack, load_pack  # noqa: E402
from truthgraph.engine import Checker, CheckOptions  # noqa: E402
from truthgraph.errors import TruthgraphError  # noqa: E402
from truthgraph.findings import Finding  # noqa: E402
from truthgraph.pack_warnings import pack_warnings  # noqa: E402
from truthgraph.parse.limits import collecting  # noqa: E402
from truthgraph.parse.normalize import fold_text  # noqa: E402
from truthgraph.rules import compile_rules  # noqa: E402


class HangError(Exception):
    pass


def _alarm(_signum: int, _frame: FrameType | None) -> None:
    raise HangError


@contextmanager
def bounded(seconds: float) -> Iterator[None]:
    signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


_QUOTED = re.compile(r'"([^"]*)"')


_REAL_TAG = re.compile(r"<!--.*?-->|</?[A-Za-z][^<>]*>", re.DOTALL)
_LINK_TARGET = re.compile(r"\]\([^()\s]*\)|\]\[[^\]]*\]")
_NOT_ALNUM = re.compile(r"[\W_]+")


def _letters(text: str) -> str:
    return _NOT_ALNUM.sub("", fold_text(text).casefold())


def _same_words(shown: str, expected: str) -> bool:
    """Does the underlined source text read as what the finding says it matched?

    Compared letter by letter (punctuation and spacing aside), after the source's
    entities are decoded and its tags and link targets, which a reader does not see,
    are dropped; look-alikes and invisible characters are folded on both sides."""
    source = html.unescape(shown)
    # Inside an HTML block, link syntax and broken tags are text: try both readings.
    sources = {source, _REAL_TAG.sub("", source)}
    for text in list(sources):
        sources.add(_LINK_TARGET.sub("", text))
        # `[[a](u1)](u2)`: the inner link is a link, the outer brackets are text.
        for found in _LINK_TARGET.finditer(text):
            sources.add(text[: found.start()] + "]" + text[found.end() :])
    wanted = {_letters(expected), _letters(_REAL_TAG.sub("", expected))}
    return any(_letters(s) in wanted for s in sources)


def span_problem(finding: Finding, text: str) -> str:
    """Why `finding`'s place does not hold what it says it found ("" if it does)."""
    lines = text.split("\n")
    if not 1 <= finding.line <= len(lines) or finding.end_line < finding.line:
        return f"line {finding.line}-{finding.end_line} outside 1..{len(lines)}"
    if finding.end_line > len(lines):
        return f"end line {finding.end_line} past the end"
    line = lines[finding.line - 1].rstrip("\r")
    if not 1 <= finding.column <= len(line) + 1:
        return f"column {finding.column} outside line of {len(line)}"
    if finding.end_line != finding.line:
        return ""  # multi-line spans: bounds only
    if finding.end_column < finding.column or finding.end_column > len(line) + 1:
        return f"end column {finding.end_column} outside {finding.column}..{len(line) + 1}"
    shown = line[finding.column - 1 : finding.end_column - 1]
    detail = finding.detail or ""
    quoted = _QUOTED.findall(detail)
    if detail.startswith("matched ") and quoted:
        if not _same_words(shown, quoted[0]):
            return f"underlines {shown!r}, matched {quoted[0]!r}"
    elif finding.rule in ("TG402", "TG403") and quoted:
        if shown != quoted[-1]:
            return f"underlines {shown!r}, label {quoted[-1]!r}"
    elif finding.rule == "TG404" and shown.strip("'\"").casefold() != "false":
        return f"underlines {shown!r}, expected false"
    elif (
        detail.startswith(("stale value", "another value"))
        and quoted
        and not _same_words(shown, quoted[0])
    ):
        return f"underlines {shown!r}, value {quoted[0]!r}"
    return ""


def _key(finding: Finding) -> tuple[Any, ...]:
    return (
        finding.line,
        finding.column,
        finding.end_line,
        finding.end_column,
        finding.rule,
        finding.claim,
        finding.message,
    )


class Tally:
    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.examples: dict[str, list[str]] = {}

    def add(self, kind: str, example: str) -> None:
        self.counts[kind] += 1
        self.examples.setdefault(kind, [])
        if len(self.examples[kind]) < 3:
            self.examples[kind].append(example[:600])


def _guard(tally: Tally, what: str, hang: float, function: Callable[[], Any]) -> Any:
    try:
        with bounded(hang):
            return function()
    except HangError:
        tally.add("hangs", what)
    except TruthgraphError:
        raise
    except Exception:
        tally.add("internal errors", f"{traceback.format_exc(limit=6)}\n{what}")
    return None


def fuzz_documents(
    pack: ClaimsPack, count: int, rng: random.Random, hang: float, tally: Tally
) -> None:
    with_filter = Checker(pack, CheckOptions(prefilter=True))
    without = Checker(pack, CheckOptions(prefilter=False))
    for number in range(count):
        text = fuzzgen.document(rng)
        name = f"docs/fuzz-{number}.md"
        with collecting():
            a = _guard(
                tally, f"{name}: {text!r}", hang, partial(with_filter.check_text, name, text)
            )
            b = _guard(tally, f"{name}: {text!r}", hang, partial(without.check_text, name, text))
        if a is None or b is None:
            continue
        if sorted(map(_key, a.findings)) != sorted(map(_key, b.findings)):
            tally.add("pre-filter differences", f"{text!r}")
        for finding in b.findings:
            problem = span_problem(finding, text)
            if problem:
                tally.add("spans not matching their text", f"{finding.rule} {problem}: {text!r}")


def fuzz_workflows(
    pack: ClaimsPack, count: int, rng: random.Random, hang: float, tally: Tally
) -> None:
    checker = Checker(pack, CheckOptions())
    for number in range(count):
        text = fuzzgen.workflow(rng)
        name = f".github/workflows/fuzz-{number}.yml"
        with collecting():
            result = _guard(
                tally, f"{name}: {text!r}", hang, partial(checker.check_text, name, text)
            )
        if result is None:
            continue
        for finding in result.findings:
            problem = span_problem(finding, text)
            if problem:
                tally.add("spans not matching their text", f"{finding.rule} {problem}: {text!r}")


def fuzz_packs(count: int, rng: random.Random, hang: float, tally: Tally) -> int:
    """Mutated copies of the repository's pack: load, compile, warn, check one document."""
    originals = sorted((ROOT / "claims").glob("*.yaml"))
    loaded = 0
    with tempfile.TemporaryDirectory(prefix="tg-fuzz-") as scratch:
        folder = Path(scratch, "claims")
        shutil.copytree(ROOT / "claims", folder)
        for number in range(count):
            victim = rng.choice(originals)
            original = victim.read_text(encoding="utf-8")
            mutated = fuzzgen.mutate(rng, original)
            target = folder / victim.name
            target.write_text(mutated, encoding="utf-8")
            doc = fuzzgen.document(rng)

            def run(doc: str = doc) -> None:
                pack = load_pack(folder)
                rules = compile_rules(pack)
                pack_warnings(pack, rules, pack.meta.snapshot)
                with collecting():
                    Checker(pack, CheckOptions()).check_text("docs/x.md", doc)

            try:
                _guard(tally, f"pack {number} ({victim.name}): {mutated!r}", hang, run)
                loaded += 1
            except TruthgraphError as exc:
                if "\n" in str(exc).strip() and not hasattr(exc, "errors"):
                    tally.add("internal errors", f"multi-line error: {exc}")
            target.write_text(original, encoding="utf-8")
    return loaded


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--workflows", type=int, default=2_000)
    parser.add_argument("--packs", type=int, default=2_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--hang", type=float, default=5.0, help="seconds that count as a hang")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    tally = Tally()
    pack = load_pack(ROOT / "claims")
    started = time.monotonic()
    fuzz_documents(pack, args.docs, rng, args.hang, tally)
    docs_seconds = time.monotonic() - started
    fuzz_workflows(pack, args.workflows, rng, args.hang, tally)
    flows_seconds = time.monotonic() - started - docs_seconds
    loaded = fuzz_packs(args.packs, rng, args.hang, tally)
    packs_seconds = time.monotonic() - started - docs_seconds - flows_seconds
    print(
        f"fuzz (seed {args.seed}): {args.docs} documents ({docs_seconds:.0f} s), "
        f"{args.workflows} workflows ({flows_seconds:.0f} s), {args.packs} mutated packs "
        f"({loaded} loaded, the rest refused with an input error; {packs_seconds:.0f} s)"
    )
    kinds = ("internal errors", "hangs", "pre-filter differences", "spans not matching their text")
    for kind in kinds:
        print(f"  {kind}: {tally.counts[kind]}")
        for example in tally.examples.get(kind, []):
            print("    e.g. " + example.replace("\n", "\n         "))
    return 1 if any(tally.counts[k] for k in kinds) else 0


if __name__ == "__main__":
    sys.exit(main())
