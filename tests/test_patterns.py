"""The pattern language: syntax errors, and matching checked against Python regexes."""

from __future__ import annotations

import random
import re

import pytest

from truthgraph.match.patterns import PatternSyntaxError, compile_pattern
from truthgraph.match.tokens import tokenize

TERMS = {"lane": ["tinyland-nix", "tinyland nix heavy"], "empty": []}
VOCABULARY = ["a", "b", "c", "d", "tinyland-nix", "tinyland", "nix", "heavy"]


def _as_regex(source: str) -> str:
    """The same pattern as a regex over words joined by single spaces (test oracle)."""
    out = []
    for item in re.findall(r"\.\.\.\d*|[()\[\]|]|\{[\w-]+\}|[^\s()\[\]|{}]+", source):
        if item.startswith("..."):
            out.append(rf"(?:\S+ ){{0,{item[3:] or 4}}}")
        elif item == "[":
            out.append("(?:")
        elif item == "]":
            out.append(")?")
        elif item in "()|":
            out.append({"(": "(?:", ")": ")", "|": "|"}[item])
        elif item.startswith("{"):
            phrases = TERMS[item[1:-1]]
            out.append(
                "(?:"
                + "|".join(" ".join(re.escape(w) + " " for w in p.split()) for p in phrases)
                + ")"
            )
        else:
            out.append(re.escape(item) + " ")
    return "".join(out)


@pytest.mark.parametrize(
    "source",
    [
        "a b",
        "a ...2 d",
        "(a|b c) d",
        "[a] b c",
        "{lane} ...3 heavy",
        "a [b] [c] d",
        "(a|b) ...1 (c|d)",
    ],
)
def test_matching_agrees_with_a_regex_oracle(source: str) -> None:
    pattern = compile_pattern(source, TERMS)
    oracle = re.compile(r"(?:^| )(" + _as_regex(source) + ")")
    rng = random.Random(source)
    for _ in range(300):
        words = [rng.choice(VOCABULARY) for _ in range(rng.randint(0, 12))]
        tokens = tokenize(" ".join(words))
        found = pattern.search(tokens)
        expected = oracle.search(" ".join(tokens.words) + " ")
        assert (found is not None) == (expected is not None), words
        if found is not None and expected is not None:
            start_word = " ".join(tokens.words)[: expected.start(1)].count(" ")
            assert found.start == start_word, words


def test_conjunction_any_order_and_span() -> None:
    pattern = compile_pattern("a & (c|d)", TERMS)
    assert pattern.search(tokenize("d x a")) is not None
    assert pattern.search(tokenize("a b")) is None
    far = tokenize("a " + "x " * 40 + "c")
    assert pattern.search(far) is None  # parts too far apart to be one statement


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("", "is empty"),
        ("(a b", "missing ')'"),
        ("a ...13 b", "wider than 12 words"),
        ("{nope}", "unknown term set {nope}"),
        ("a & ", "needs a pattern on each side"),
        ("a*b", "may only start or end a word"),
    ],
)
def test_syntax_errors_say_what_is_wrong(source: str, message: str) -> None:
    with pytest.raises(PatternSyntaxError, match=re.escape(message)):
        compile_pattern(source, TERMS)


def test_linear_time_on_pathological_input() -> None:
    pattern = compile_pattern("a ...12 a ...12 a ...12 b", TERMS)
    tokens = tokenize("a " * 5000)
    assert pattern.search(tokens) is None  # would backtrack for ever in a naive matcher


def test_an_adverb_inside_a_statement_does_not_break_the_match() -> None:
    pattern = compile_pattern("nix gets bootstrapped through", TERMS)
    found = pattern.search(tokenize("On GF, Nix now gets bootstrapped through FlakeHub"))
    assert found is not None and (found.start, found.end) == (2, 7)
    assert pattern.search(tokenize("Nix gets not bootstrapped through it")) is None
    # An adverb before the first word is not part of the match.
    found = compile_pattern("gets bootstrapped", TERMS).search(tokenize("now gets bootstrapped"))
    assert found is not None and (found.start, found.end) == (1, 3)
