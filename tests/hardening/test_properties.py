"""Properties, not examples: the pre-filter changes no finding; no input crashes or misplaces one.

Hypothesis builds documents from sentences that contradict the repository's
claims, disguised with the markup and characters parsing rewrites (emphasis,
links, code, HTML, entities, zero-width and look-alike characters), and from
the seeded generators of `bench/fuzzgen.py` (documents, workflows, claims-pack
mutations). Sized for CI; `bench/fuzz.py` runs the same checks on tens of
thousands of inputs.
"""

from __future__ import annotations

import functools
import random
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from truthgraph.claims.pack import ClaimsPack, load_pack
from truthgraph.engine import Checker, CheckOptions
from truthgraph.errors import TruthgraphError
from truthgraph.findings import Finding
from truthgraph.pack_warnings import pack_warnings
from truthgraph.parse.limits import collecting
from truthgraph.rules import compile_rules

REPO = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(REPO / "bench"))

import fuzz  # noqa: E402
import fuzzgen  # noqa: E402

SETTINGS = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@functools.cache
def _pack() -> ClaimsPack:
    return load_pack(REPO / "claims")


@functools.cache
def _checkers() -> tuple[Checker, Checker]:
    return (
        Checker(_pack(), CheckOptions(prefilter=True)),
        Checker(_pack(), CheckOptions(prefilter=False)),
    )


def _key(finding: Finding) -> tuple[Any, ...]:
    return (finding.line, finding.column, finding.end_column, finding.rule, finding.claim)


def _assert_same_findings(text: str, name: str = "docs/page.md") -> list[Finding]:
    filtered, unfiltered = _checkers()
    with collecting():
        first = filtered.check_text(name, text)
        second = unfiltered.check_text(name, text)
    assert sorted(map(_key, first.findings)) == sorted(map(_key, second.findings)), text
    for finding in second.findings:
        problem = fuzz.span_problem(finding, text)
        assert not problem, f"{problem}\n{text!r}"
    return second.findings


PHRASE = st.sampled_from(fuzzgen.PHRASES)
WRAP = st.sampled_from(
    [
        "{}",
        "_{}_",
        "__{}__",
        "*{}*",
        "**{}**",
        "`{}`",
        "[{}](https://example.org/x)",
        "<b>{}</b>",
        "<span>{}</span>",
        "{}&nbsp;",
    ]
)
INSERT = st.sampled_from(["", "\u200b", "\u00ad", "\u2060", "&#8203;", "\\"])


@st.composite
def disguised_sentence(draw: st.DrawFn) -> str:
    words = draw(PHRASE).split(" ")
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(words) - 1))
        word = words[at]
        cut = draw(st.integers(0, len(word)))
        word = word[:cut] + draw(INSERT) + word[cut:]
        if draw(st.booleans()):
            word = "".join(fuzzgen.LOOKALIKE.get(c, c) if draw(st.booleans()) else c for c in word)
        words[at] = draw(WRAP).format(word)
    return " ".join(words) + draw(st.sampled_from([".", "!", "", ":"]))


@st.composite
def markdown_document(draw: st.DrawFn) -> str:
    blocks = []
    for _ in range(draw(st.integers(1, 4))):
        text = draw(disguised_sentence())
        shape = draw(st.sampled_from(["p", "li", "quote", "h", "div", "table", "fence"]))
        if shape == "li":
            text = f"- {text}"
        elif shape == "quote":
            text = f"> {text}"
        elif shape == "h":
            text = f"## {text}"
        elif shape == "div":
            text = f"<div>{text}</div>"
        elif shape == "table":
            text = f"| a | b |\n| --- | --- |\n| {text.replace('|', '/')} | x |"
        elif shape == "fence":
            fence = "jobs:\n  a:\n    runs-on: tinyland-nix\n    steps:\n      - run: nix build"
            text = f"```yaml\n{fence}\n```\n\n{text}"
        blocks.append(text)
    return "\n\n".join(blocks) + "\n"


@SETTINGS
@given(markdown_document())
def test_prefilter_changes_no_finding(text: str) -> None:
    _assert_same_findings(text)


@SETTINGS
@given(st.integers(0, 2**32 - 1))
def test_generated_documents_agree_and_place_findings_exactly(seed: int) -> None:
    _assert_same_findings(fuzzgen.document(random.Random(seed)))


@SETTINGS
@given(st.integers(0, 2**32 - 1))
def test_generated_workflows_place_findings_exactly(seed: int) -> None:
    text = fuzzgen.workflow(random.Random(seed))
    checker = _checkers()[1]
    with collecting():
        result = checker.check_text(".github/workflows/ci.yml", text)
    for finding in result.findings:
        problem = fuzz.span_problem(finding, text)
        assert not problem, f"{problem}\n{text}"


@pytest.fixture(scope="module")
def pack_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pack") / "claims"
    shutil.copytree(REPO / "claims", folder)
    return folder


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.integers(0, 2**32 - 1))
def test_mutated_packs_load_or_fail_in_one_line(pack_copy: Path, seed: int) -> None:
    rng = random.Random(seed)
    originals = sorted((REPO / "claims").glob("*.yaml"))
    victim = rng.choice(originals)
    target = pack_copy / victim.name
    target.write_text(fuzzgen.mutate(rng, victim.read_text(encoding="utf-8")), encoding="utf-8")
    try:
        pack = load_pack(pack_copy)
        rules = compile_rules(pack)
        pack_warnings(pack, rules, pack.meta.snapshot)
        with collecting():
            Checker(pack, CheckOptions()).check_text("docs/x.md", fuzzgen.document(rng))
    except TruthgraphError as exc:
        errors = getattr(exc, "errors", [exc])
        assert all("\n" not in str(error) for error in errors)
    finally:
        shutil.copy(victim, target)
