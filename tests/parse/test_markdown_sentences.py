"""Tests for split_sentences: exact splits, abbreviations and linear time."""

from __future__ import annotations

import time

import pytest

from truthgraph.parse.sentences import split_sentences


def split(text: str, code_starts: set[int] | None = None) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, code_starts or ())]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It works. Then it stops.", ["It works.", "Then it stops."]),
        ("It works. then it stops.", ["It works. then it stops."]),
        ("Done! Really? Yes.", ["Done!", "Really?", "Yes."]),
        ('He said "stop." Then left.', ['He said "stop."', "Then left."]),
        ("(See below.) Next one.", ["(See below.)", "Next one."]),
        ("It ran. (Wrong, see July.) Next.", ["It ran.", "(Wrong, see July.)", "Next."]),
        ("It ran (mostly. (sic) fine.", ["It ran (mostly. (sic) fine."]),
        ("Version 1.2 is out. 2 things changed.", ["Version 1.2 is out.", "2 things changed."]),
        ("Edit action.yml. Next step.", ["Edit action.yml.", "Next step."]),
        ("Open https://x.org/a.b. Then go.", ["Open https://x.org/a.b.", "Then go."]),
        ("Wait... What?", ["Wait...", "What?"]),
        ("Use a tool, e.g. Nix or i.e. Guix.", ["Use a tool, e.g. Nix or i.e. Guix."]),
        ("Apples, pears etc. Bananas vs. Kiwis.", ["Apples, pears etc. Bananas vs. Kiwis."]),
        ("Ask Dr. Who (e.g. Ten) now.", ["Ask Dr. Who (e.g. Ten) now."]),
        ("Ends. 'Quoted' start.", ["Ends.", "'Quoted' start."]),
        ("Café. Élan vital.", ["Café.", "Élan vital."]),
        ("  padded.   Text  ", ["padded.", "Text"]),
        ("A. Re-run it. B. Move it.", ["A. Re-run it.", "B. Move it."]),
        ("Plan B. Then C.", ["Plan B.", "Then C."]),
        ("No terminator", ["No terminator"]),
        # a status list written one light per line, run together by the paragraph
        (
            "\U0001f7e2 canary is up \U0001f7e1 clippy needs a home. \U0001f534 blocked",
            ["\U0001f7e2 canary is up", "\U0001f7e1 clippy needs a home.", "\U0001f534 blocked"],
        ),
        ("Verdict: \u274c wrong.", ["Verdict: \u274c wrong."]),
        ("Status: \U0001f7e2today", ["Status: \U0001f7e2today"]),
        ("", []),
        ("   ", []),
    ],
)
def test_splits(text: str, expected: list[str]) -> None:
    assert split(text) == expected


def test_split_before_inline_code_start() -> None:
    text = "Run it. nix build works."
    assert split(text) == [text]
    assert split(text, {8}) == ["Run it.", "nix build works."]


def test_spans_are_offsets_into_the_text() -> None:
    assert split_sentences("A b. C d.") == [(0, 4), (5, 9)]


@pytest.mark.parametrize(
    "unit",
    [".", "a. ", "A. ", "e.g. ", "?!", '."', " "],
)
def test_linear_time(unit: str) -> None:
    """Four times the text takes about four times as long (quadratic would be 16x).

    Relative, so a loaded machine slows both runs alike; the best of three runs each."""

    def best(text: str) -> float:
        times = []
        for _ in range(3):
            start = time.perf_counter()
            split_sentences(text)
            times.append(time.perf_counter() - start)
        return min(times)

    small = best(unit * 25_000 + " A")
    large = best(unit * 100_000 + " A")
    assert large < max(small, 0.01) * 10
