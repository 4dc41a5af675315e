"""The platform's own names come from the pack (`pack.platform_names`), not from the code:
a downstream pack for another platform reads "outside <its name>" and "<its name>'s own
users" the same way the GloriousFlywheel pack reads them for GF."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from truthgraph.claims.pack import load_pack
from truthgraph.engine import Checker, CheckOptions
from truthgraph.match.scope import PlatformScope

REPO = Path(__file__).resolve().parent.parent

PAGE = "# GF runners\n\n{}\n"
OUTSIDE = "Outside {}, some projects configure FlakeHub Cache as a substituter."


def _checker(names: list[str]) -> Checker:
    pack = load_pack(REPO / "claims")
    meta = pack.meta.model_copy(update={"platform_names": names})
    renamed = dataclasses.replace(pack, meta=meta)
    return Checker(renamed, CheckOptions(today=dt.date(2026, 5, 1)))


def _claims(checker: Checker, sentence: str) -> list[str]:
    result = checker.check_text("docs/ci.md", PAGE.format(sentence))
    return [str(f.claim) for f in result.findings]


def test_outside_the_platform_is_another_products_users(gf_checker: Checker) -> None:
    assert _claims(gf_checker, OUTSIDE.format("GF")) == []
    assert _claims(gf_checker, "Our GF lanes configure FlakeHub Cache as a substituter.") == [
        "flakehub-publication-only"
    ]


def test_the_names_are_the_packs() -> None:
    acme = _checker(["Acme CI", "Acme"])
    assert _claims(acme, OUTSIDE.format("Acme")) == []
    assert _claims(acme, OUTSIDE.format("GF")) == ["flakehub-publication-only"]


def test_the_platforms_own_users_are_its_own(gf_checker: Checker) -> None:
    said = "For GF's own users, the lanes configure FlakeHub Cache as a substituter."
    assert _claims(gf_checker, said) == ["flakehub-publication-only"]
    other = "For FlakeHub's own customers, FlakeHub Cache is the substituter."
    assert _claims(gf_checker, other) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Outside GF, projects pick their own cache.", True),
        ("outside of Glorious Flywheel they do", True),
        ("Keep memory-heavy jobs outside GF lanes.", False),
        ("Outside the platform, anything goes.", True),
        ("That advice is for Determinate's own users.", True),
        ("GF's own users get the heavy lane.", False),
        ("The lanes serve their own users.", True),
        ("Outside working hours the lanes scale to zero.", False),
        ("Our own feature, nothing to do with how GF's lanes work.", True),
        ("That has nothing to do with Kubernetes.", False),
        ("For Buildkite users, falling back to hosted agents is normal.", True),
        ("For GF users, the lanes are the default.", False),
    ],
)
def test_other_users(text: str, expected: bool) -> None:
    scope = PlatformScope.of([], [], {}, ["GloriousFlywheel", "Glorious Flywheel", "GF"])
    assert scope.of_other_users(text) is expected
