"""Skipping files by their raw text never changes the findings: checked with and without it."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest

from truthgraph.claims.pack import load_pack
from truthgraph.engine import Checker, CheckOptions
from truthgraph.match.patterns import PHRASE, WordTest
from truthgraph.match.prefilter import Prefilter, contains_word

DATA = Path(__file__).parent / "data" / "docs"
FILLER = (
    "the runner builds images and caches search results in an archive while the operator "
    "reviews architecture notes about scaling, memory, publication and releases"
).split()


def _vocabulary(pack_terms: dict[str, list[str]]) -> list[str]:
    words = {w for phrases in pack_terms.values() for p in phrases for w in p.split()}
    return sorted(words)


def _random_document(rng: random.Random, vocabulary: list[str]) -> str:
    lines: list[str] = []
    for _ in range(rng.randint(1, 6)):
        kind = rng.random()
        sentence = " ".join(
            rng.choice(vocabulary if rng.random() < 0.35 else FILLER)
            for _ in range(rng.randint(3, 14))
        )
        if kind < 0.15:
            lines.append(f"## {sentence}")
        elif kind < 0.3:
            lines.append(f"- `{sentence}`")
        elif kind < 0.4:
            lines.append(f"| {sentence} | {rng.choice(vocabulary)} |\n| --- | --- |\n| a | b |")
        elif kind < 0.5:
            lines.append(
                f"```yaml\njobs:\n  b:\n    runs-on: {rng.choice(vocabulary)}\n"
                f"    steps:\n      - run: nix build\n```"
            )
        else:
            lines.append(sentence.capitalize() + ".")
        lines.append("")
    return "\n".join(lines)


@pytest.fixture(scope="module")
def checkers(repo_root_module: Path) -> tuple[Checker, Checker]:
    pack = load_pack(repo_root_module / "claims")
    today = dt.date(2026, 5, 1)
    return (
        Checker(pack, CheckOptions(today=today, prefilter=True)),
        Checker(pack, CheckOptions(today=today, prefilter=False)),
    )


@pytest.fixture(scope="module")
def repo_root_module() -> Path:
    return Path(__file__).resolve().parent.parent


def _findings(checker: Checker, path: str, text: str) -> list[tuple[object, ...]]:
    result = checker.check_text(path, text)
    return sorted((f.line, f.column, f.rule, f.claim or "") for f in result.findings)


def test_fixture_documents_agree(checkers: tuple[Checker, Checker]) -> None:
    filtered, full = checkers
    for path in sorted(DATA.glob("*.md")):
        text = path.read_text(encoding="utf-8")
        assert _findings(filtered, path.name, text) == _findings(full, path.name, text), path


def test_random_documents_agree(checkers: tuple[Checker, Checker]) -> None:
    filtered, full = checkers
    rng = random.Random(20260416)
    vocabulary = _vocabulary(filtered.pack.terms)
    skipped = flagged = 0
    for number in range(400):
        text = _random_document(rng, vocabulary)
        with_filter = _findings(filtered, f"r{number}.md", text)
        assert with_filter == _findings(full, f"r{number}.md", text), text
        skipped += not filtered.wanted(f"r{number}.md", text)
        flagged += bool(with_filter)
    # The comparison means something only if both outcomes occurred.
    assert skipped > 20 and flagged > 5, (skipped, flagged)


def test_unrelated_text_is_skipped(checkers: tuple[Checker, Checker]) -> None:
    filtered, _ = checkers
    text = (DATA / "unrelated.md").read_text(encoding="utf-8")
    assert not filtered.wanted("unrelated.md", text)
    assert filtered.wanted("x.md", "The `tinyland-nix` runner ships with Nix preinstalled.")


def test_word_boundaries() -> None:
    exact = WordTest(0, "arc")
    assert contains_word("the arc lanes", exact)
    assert contains_word("arc-runners", exact)
    assert not contains_word("search and archive", exact)
    assert contains_word("chapel-nix", WordTest(2, "-nix"))
    assert not contains_word("-nixos", WordTest(2, "-nix"))
    assert Prefilter([[frozenset([exact])]]).wanted("ARC scales")
    assert not Prefilter([[frozenset([exact]), frozenset([WordTest(0, "pods")])]]).wanted(
        "ARC scales"
    )


def test_phrases_need_their_words_side_by_side() -> None:
    phrase = WordTest(PHRASE, "heavy image")
    assert contains_word("the heavy image is big", phrase)
    assert contains_word("the **heavy**\n> _image_ is big", phrase)
    assert not contains_word("heavy builds need a bigger image", phrase)
    assert not contains_word("a heavy imagemagick build", phrase)
    assert contains_word("xnix nix nix", WordTest(PHRASE, "nix nix"))
    assert not contains_word("xnix nixnix", WordTest(PHRASE, "nix nix"))


def test_a_phrase_far_apart_does_not_open_the_file(checkers: tuple[Checker, Checker]) -> None:
    filtered, _ = checkers
    apart = "Heavy traffic hit the registry; the image was rebuilt and the taint removed."
    assert not filtered.wanted("x.md", apart)
    assert filtered.wanted("x.md", "The heavy image is tainted for sting; tolerations apply.")
