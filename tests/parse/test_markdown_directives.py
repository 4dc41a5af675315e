"""Tests for truthgraph directive comments: syntax, errors and file positions."""

from __future__ import annotations

from pathlib import Path

import pytest

from truthgraph.parse.directives import parse_directives
from truthgraph.parse.document import Directive
from truthgraph.parse.markdown import parse_markdown

DATA = Path(__file__).parent / "data"


def one(comment: str) -> Directive:
    (directive,) = parse_directives(comment, lambda index: (1, index + 1))
    return directive


@pytest.fixture(scope="module")
def directives() -> list[Directive]:
    path = DATA / "examples.md"
    return parse_markdown(str(path), path.read_text(encoding="utf-8")).directives


def test_full_directive() -> None:
    directive = one(
        "<!-- truthgraph-disable-next-line nix-bootstrap-workflow-owned, TG101 "
        'reason="historical page" owner=ops expires=2030-01-31 -->'
    )
    assert directive == Directive(
        action="disable-next-line",
        targets=("nix-bootstrap-workflow-owned", "TG101"),
        line=1,
        column=1,
        end_line=1,
        reason="historical page",
        owner="ops",
        expires="2030-01-31",
    )


@pytest.mark.parametrize(
    ("comment", "action", "targets"),
    [
        ("<!-- truthgraph-disable -->", "disable", ()),
        ("<!--truthgraph-enable TG101-->", "enable", ("TG101",)),
        ("<!-- truthgraph-disable-file a,b , c\td -->", "disable-file", ("a", "b", "c", "d")),
        ("<!-- truthgraph-example -->", "example", ()),
        ("<!-- truthgraph-disable,TG1,TG2 -->", "disable", ("TG1", "TG2")),
    ],
)
def test_actions_and_targets(comment: str, action: str, targets: tuple[str, ...]) -> None:
    directive = one(comment)
    assert (directive.action, directive.targets, directive.error) == (action, targets, "")


@pytest.mark.parametrize(
    ("comment", "error"),
    [
        (
            "<!-- truthgraph-disabel TG101 -->",
            'unknown directive "truthgraph-disabel" (did you mean "truthgraph-disable"?)',
        ),
        (
            "<!-- truthgraph-disable-next TG101 -->",
            'unknown directive "truthgraph-disable-next" '
            '(did you mean "truthgraph-disable-next-line"?)',
        ),
        (
            "<!-- truthgraph-frobnicate -->",
            'unknown directive "truthgraph-frobnicate" (expected one of: truthgraph-disable, '
            "truthgraph-enable, truthgraph-disable-next-line, truthgraph-disable-file, "
            "truthgraph-example)",
        ),
        ("<!-- truthgraph- -->", 'missing directive action after "truthgraph-"'),
        (
            "<!-- truthgraph-disable expires=2024-13-01 -->",
            'invalid expires date "2024-13-01" (expected YYYY-MM-DD)',
        ),
        (
            "<!-- truthgraph-disable expires=2024-1-1 -->",
            'invalid expires date "2024-1-1" (expected YYYY-MM-DD)',
        ),
        ('<!-- truthgraph-disable reason="never closed -->', "unterminated quote in reason="),
        (
            "<!-- truthgraph-disable colour=red -->",
            'unknown option "colour" (expected reason=, owner= or expires=)',
        ),
        ('<!-- truthgraph-disable TG1 "stray" -->', 'unexpected `"stray"` in directive arguments'),
        ("<!-- truthgraph-disable TG1", "unterminated comment: missing `-->`"),
    ],
)
def test_errors(comment: str, error: str) -> None:
    directive = one(comment)
    assert directive.error == error
    assert "\n" not in directive.error


def test_raw_action_kept_on_error() -> None:
    assert one("<!-- truthgraph-disabel -->").action == "disabel"


def test_other_comments_are_ignored() -> None:
    assert parse_directives("<!-- just a note --><p>truthgraph-disable</p>", lambda i: (1, 1)) == []


def test_several_comments_in_one_html_block() -> None:
    html = "<!-- truthgraph-disable A -->\n<div>\n<!-- truthgraph-enable A -->\n</div>\n"
    found = parse_directives(html, lambda index: (10 + html.count("\n", 0, index), 1))
    assert [(d.action, d.line, d.end_line) for d in found] == [
        ("disable", 10, 10),
        ("enable", 12, 12),
    ]


def test_long_garbage_is_linear() -> None:
    import time

    start = time.perf_counter()
    one("<!-- truthgraph-disable " + "a=" * 50_000 + '"' * 50_000 + " -->")
    one("<!-- truthgraph-" + "x" * 100_000 + " -->")
    assert time.perf_counter() - start < 1.0


def test_positions_in_a_document(directives: list[Directive]) -> None:
    assert [(d.action, d.line, d.column, d.end_line) for d in directives] == [
        ("disable-next-line", 37, 1, 37),
        ("example", 40, 18, 40),
        ("disable", 42, 1, 45),
        ("disabel", 47, 1, 47),
        ("enable", 48, 1, 48),
        ("disable", 49, 1, 49),
    ]
    assert directives[2].targets == ("TG102",)
    assert directives[2].reason == "spans lines"


def test_never_from_code_blocks_or_inline_code(directives: list[Directive]) -> None:
    assert not [d for d in directives if d.action == "disable-file"]
    assert not [d for d in directives if d.line >= 52]


def test_directives_inside_containers() -> None:
    text = (
        "> quote\n>\n> <!-- truthgraph-disable TG1 -->\n\n- item\n\n  <!-- truthgraph-enable -->\n"
    )
    found = parse_markdown("a.md", text).directives
    assert [(d.action, d.line, d.column) for d in found] == [("disable", 3, 3), ("enable", 7, 3)]


def test_inline_directive_spanning_lines() -> None:
    text = "Some text <!-- truthgraph-disable\n  TG1 --> more.\n"
    (directive,) = parse_markdown("a.md", text).directives
    assert (directive.line, directive.column, directive.end_line) == (1, 11, 2)
    assert directive.targets == ("TG1",)


def test_wrapped_reason_becomes_one_line() -> None:
    directive = one('<!-- truthgraph-disable TG1 reason="first line\n   second line" -->')
    assert (directive.reason, directive.end_line) == ("first line second line", 2)
