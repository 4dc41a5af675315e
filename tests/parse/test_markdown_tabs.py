"""Tests for the Material content-tab block rule."""

from __future__ import annotations

from truthgraph.parse.markdown import markdown_parser, parse_markdown


def token_types(text: str) -> list[str]:
    return [t.type for t in markdown_parser().parse(text)]


def test_tab_body_is_prose_not_code() -> None:
    types = token_types('=== "One"\n\n    Body text.\n')
    assert types == ["tab_open", "paragraph_open", "inline", "paragraph_close", "tab_close"]


def test_tab_token_carries_title_and_map() -> None:
    tokens = markdown_parser().parse('Intro.\n\n===+ "Two words"\n    Body.\n\nAfter.\n')
    tab = next(t for t in tokens if t.type == "tab_open")
    assert (tab.info, tab.meta, tab.markup, tab.map) == (
        "Two words",
        {"title": "Two words"},
        "===+",
        [2, 4],
    )


def test_tab_ends_at_unindented_line() -> None:
    doc = parse_markdown("a.md", '=== "A"\n    In tab.\n\n    Still in tab.\n\nOutside.\n')
    assert [(s.text, s.context.container) for s in doc.sentences] == [
        ("In tab.", ("tab:A",)),
        ("Still in tab.", ("tab:A",)),
        ("Outside.", ()),
    ]


def test_code_inside_tab_and_tab_inside_list() -> None:
    text = '- item\n\n    === "Py"\n        ```py\n        x = 1\n        ```\n'
    doc = parse_markdown("a.md", text)
    (block,) = doc.code_blocks
    assert block.context.container == ("list_item", "tab:Py")
    assert (block.first_line, block.columns, block.text) == (5, (9,), "x = 1")


def test_indented_code_inside_tab() -> None:
    (block,) = parse_markdown("a.md", '=== "A"\n\n        code here\n').code_blocks
    assert (block.text, block.columns) == ("code here", (9,))


def test_unquoted_or_setext_is_not_a_tab() -> None:
    assert "tab_open" not in token_types("=== Title\n    text\n")
    assert token_types("Title\n===\n")[0] == "heading_open"
    assert "tab_open" not in token_types('Text\n=== "x"\n')[:1]
