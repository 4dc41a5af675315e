"""Lexicon terms match their inflections, so vocabulary is written once per meaning."""

from __future__ import annotations

import pytest

from truthgraph.lexicon.inflect import inflect_phrase, word_forms


@pytest.mark.parametrize(
    ("written", "also"),
    [
        ("limits", "limit"),
        ("resize", "resized"),
        ("resized", "resizing"),
        ("carries", "carry"),
        ("guaranteed", "guarantees"),
        ("bundled", "bundle"),
        ("memory", "memories"),
    ],
)
def test_a_word_matches_its_other_forms(written: str, also: str) -> None:
    assert also in word_forms(written)


@pytest.mark.parametrize("word", ["has", "nix", "on", "gpu", "x86_64", "nix.conf"])
def test_short_and_non_alphabetic_words_are_kept_as_written(word: str) -> None:
    assert word_forms(word) == frozenset([word])


def test_an_inflected_word_is_not_inflected_again() -> None:
    assert "limitses" not in word_forms("limits")


def test_a_phrase_varies_its_first_and_last_word() -> None:
    variants = inflect_phrase("scale up")
    assert variants[0] == "scale up"
    assert {"scales up", "scaled up", "scaling up"} <= set(variants)
    assert "memory limit" in inflect_phrase("memory limits")
    assert inflect_phrase("nix*") == ["nix*"]
