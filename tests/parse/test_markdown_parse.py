"""Tests for parse_markdown: sentences, exact positions, contexts, labels and code blocks."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from truthgraph.parse.document import CodeBlock, Document, Sentence
from truthgraph.parse.markdown import parse_markdown

DATA = Path(__file__).parent / "data"


def load(name: str) -> Document:
    path = DATA / name
    return parse_markdown(str(path), path.read_text(encoding="utf-8"))


def sentence(doc: Document, needle: str) -> Sentence:
    found = [s for s in doc.sentences if needle in s.text]
    assert len(found) == 1, [s.text for s in found]
    return found[0]


def position(doc: Document, needle: str, occurrence: int = 0) -> tuple[int, int]:
    """File (line, column) of `needle` inside the one sentence that contains it."""
    found = sentence(doc, needle)
    start = -1
    for _ in range(occurrence + 1):
        start = found.text.index(needle, start + 1)
    return doc.source.position(found.offsets[start])


def assert_offsets_sound(doc: Document) -> None:
    text = doc.source.text
    for s in doc.sentences:
        assert len(s.offsets) == len(s.text)
        assert list(s.offsets) == sorted(s.offsets)
        assert all(0 <= o < len(text) for o in s.offsets)


@pytest.fixture(scope="module")
def guide() -> Document:
    return load("guide.md")


@pytest.fixture(scope="module")
def examples() -> Document:
    return load("examples.md")


# -- positions ---------------------------------------------------------------------


def test_text_after_front_matter_keeps_file_lines(guide: Document) -> None:
    assert position(guide, "Intro after") == (8, 1)
    assert position(guide, "The runner is ready.") == (8, 27)


def test_inline_code_in_list_item_in_blockquote(guide: Document) -> None:
    assert sentence(guide, "lane for Nix").text == "Use the tinyland-nix lane for Nix jobs."
    assert position(guide, "tinyland-nix lane") == (16, 14)


def test_table_cell_position(guide: Document) -> None:
    assert position(guide, "Container builds") == (22, 13)
    assert position(guide, "tinyland-nix | Nix") == (21, 4)
    assert position(guide, "Nix builds") == (21, 20)


def test_admonition_body_and_title_positions(guide: Document) -> None:
    assert position(guide, "Nothing else does.") == (27, 32)
    assert position(guide, "Bootstrap is manual") == (26, 14)


def test_tab_body_position(guide: Document) -> None:
    assert position(guide, "Tab body for Linux.") == (34, 5)
    assert position(guide, "Tab body for macOS.") == (37, 5)


def test_columns_count_characters_after_multibyte_text(guide: Document) -> None:
    assert position(guide, "nix is fine") == (41, 21)
    assert position(guide, "corner") == (39, 11)


def test_word_after_emphasis_and_link(guide: Document) -> None:
    found = sentence(guide, "See the docs")
    assert found.text == "See the docs and the guide for nix."
    assert position(guide, "docs") == (43, 11)
    assert position(guide, "for nix") == (43, 59)


def test_every_character_maps_to_itself_or_a_line_break(guide: Document) -> None:
    text = guide.source.text
    for s in guide.sentences:
        for char, offset in zip(s.text, s.offsets, strict=True):
            assert text[offset] == char or (char == " " and text[offset] in " |\n"), s.text
    assert_offsets_sound(guide)


def test_softbreak_maps_to_newline_and_entities_to_their_start() -> None:
    text = "Line *one*\r\nline two &amp; `x`.\n"
    doc = parse_markdown("a.md", text)
    (only,) = doc.sentences
    assert only.text == "Line one line two & x."
    assert text[only.offsets[8]] == "\n"
    assert text[only.offsets[only.text.index("&")] : only.offsets[only.text.index("&")] + 5] == (
        "&amp;"
    )
    assert doc.source.position(only.offsets[only.text.index("x")]) == (2, 17)
    assert_offsets_sound(doc)


def test_escapes_and_hard_breaks() -> None:
    doc = parse_markdown("a.md", "Use \\*stars\\* here  \nand there\\\nnow.\n")
    (only,) = doc.sentences
    assert only.text == "Use *stars* here and there now."
    assert doc.source.position(only.offsets[only.text.index("now")]) == (3, 1)
    assert_offsets_sound(doc)


def test_html_inline_tags_are_dropped_without_doubling_spaces() -> None:
    doc = parse_markdown("a.md", 'Run <kbd>nix</kbd> then <br> go <img src="x"> now.\n')
    assert [s.text for s in doc.sentences] == ["Run nix then go now."]
    assert_offsets_sound(doc)


def test_image_alt_text_is_kept() -> None:
    doc = parse_markdown("a.md", "A ![diagram of *runners*](d.png) here.\n")
    assert [s.text for s in doc.sentences] == ["A diagram of runners here."]
    assert doc.source.position(doc.sentences[0].offsets[-5]) == (1, 34)


def test_link_text_in_url_is_not_matched_inside_the_url() -> None:
    doc = parse_markdown("a.md", "[docs](https://x.org/s)s and <https://x.org> s\n")
    (only,) = doc.sentences
    assert only.text == "docss and https://x.org s"
    assert only.offsets[4] == 23
    assert only.offsets[-1] == 45


def test_struck_through_text_is_retracted() -> None:
    # "~~FlakeHub Cache is our substituter~~": the page no longer says it.
    doc = parse_markdown("a.md", "Use ~~the old~~ the new way.\n")
    assert doc.sentences[0].text == "Use  the new way."
    assert doc.sentences[0].offsets[5] == len("Use ~~the old~~ ")


def test_crlf_bom_and_lone_cr() -> None:
    doc = parse_markdown("a.md", "\ufeff---\r\ntitle: T\r\n---\r\nHello there.\r\n")
    assert doc.title == "T"
    assert position(doc, "there") == (4, 7)
    lone = parse_markdown("b.md", "one\rtwo `x`\n\n```\ncode\n```\n")
    assert lone.sentences[0].text == "one two x"
    assert lone.code_blocks[0].first_line == 4
    assert_offsets_sound(lone)


# -- sentences and kinds ----------------------------------------------------------


def test_sentence_splitting_in_paragraphs(examples: Document) -> None:
    assert [
        s.text for s in examples.sentences if "nix is installed" in s.text or s.text == "It is not."
    ] == [
        "Wrong: nix is installed by the runner.",
        "It is not.",
    ]


def test_sentence_split_before_inline_code() -> None:
    text = "Run `nix build`. `nix` is fine, e.g. Nix works. Version 1.2 reads action.yml.\n"
    assert [s.text for s in parse_markdown("a.md", text).sentences] == [
        "Run nix build.",
        "nix is fine, e.g. Nix works.",
        "Version 1.2 reads action.yml.",
    ]


def test_kinds_and_indexes(guide: Document) -> None:
    kinds = {s.text: s.kind for s in guide.sentences}
    assert kinds["Lanes"] == "heading"
    assert kinds["Other lanes are fine."] == "list_item"
    assert kinds["Lane | Purpose"] == "table_header"
    assert kinds["docker | Container builds"] == "table_row"
    assert kinds["The runner is ready."] == "paragraph"
    assert [s.index for s in guide.sentences] == list(range(len(guide.sentences)))


def test_table_rows_carry_their_header(guide: Document) -> None:
    row = sentence(guide, "docker |")
    assert row.table_header == ("Lane", "Purpose")
    assert sentence(guide, "Lane | Purpose").table_header == ("Lane", "Purpose")
    text = guide.source.text
    pipe = row.text.index("|")
    assert text[row.offsets[pipe]] == "|"


def test_table_with_empty_and_missing_cells() -> None:
    doc = parse_markdown("a.md", "| a | b | c |\n|---|---|---|\n| x |  |\n")
    assert [s.text for s in doc.sentences] == ["a | b | c", "x |  | "]
    assert_offsets_sound(doc)


def test_code_blocks_are_not_prose(examples: Document) -> None:
    assert not [s for s in examples.sentences if "ubuntu-latest" in s.text]
    assert not [s for s in examples.sentences if "quoted code" in s.text]


def test_inline_code_keeps_content_without_backticks(examples: Document) -> None:
    assert sentence(examples, "is how you write it").text == (
        "<!-- truthgraph-disable --> is how you write it."
    )


# -- context ---------------------------------------------------------------------


def test_heading_stack(guide: Document) -> None:
    assert sentence(guide, "Intro after").context.headings == ()
    assert sentence(guide, "Lanes").context.headings == ("Runners",)
    assert sentence(guide, "Nothing else").context.headings == ("Runners", "Lanes", "Details")
    assert sentence(guide, "corner").context.headings == ("Runners",)
    assert sentence(guide, "nix is fine").context.headings == ("Runners", "Café ☕ corner")


def test_same_level_heading_replaces_sibling() -> None:
    doc = parse_markdown("a.md", "# A\n## B\n### C\n## D\ntext\n# E\nmore\n")
    assert sentence(doc, "text").context.headings == ("A", "D")
    assert sentence(doc, "more").context.headings == ("E",)
    assert doc.title == "A"


def test_containers(guide: Document) -> None:
    assert sentence(guide, "Other lanes").context.container == ("blockquote", "list_item")
    assert sentence(guide, "Nothing else").context.container == (
        "admonition:warning:Bootstrap is manual",
    )
    assert sentence(guide, "Bootstrap is manual").context.container == (
        "admonition:warning:Bootstrap is manual",
    )
    assert sentence(guide, "Collapsed body").context.container == ("details:note:",)
    assert sentence(guide, "Linux.").context.container == ("tab:Linux",)
    assert sentence(guide, "macOS.").context.container == ("tab:macOS",)


def test_nested_containers_and_open_details() -> None:
    text = '???+ tip "Hint"\n    > - deep `x` item\n\n- outer\n    !!! note\n        inner\n'
    doc = parse_markdown("a.md", text)
    assert sentence(doc, "deep").context.container == (
        "details:tip:Hint",
        "blockquote",
        "list_item",
    )
    assert sentence(doc, "inner").context.container == ("list_item", "admonition:note:")
    assert sentence(doc, "inner").kind == "paragraph"


def test_front_matter(guide: Document) -> None:
    assert guide.title == "Runner guide"
    assert guide.front_matter["owner"] == {"name": "ops"}
    assert guide.sentences[0].context.front_matter == (
        ("title", "Runner guide"),
        ("tags", "nix, runners"),
        ("status", "draft"),
    )


def test_bad_front_matter_is_ignored() -> None:
    doc = parse_markdown("a.md", "---\ntitle: [unclosed\n---\n# Heading\n")
    assert doc.front_matter == {}
    assert doc.title == "Heading"
    assert doc.sentences[0].context.front_matter == ()


# -- labels ----------------------------------------------------------------------


def test_colon_paragraph_labels_next_block(examples: Document) -> None:
    assert examples.code_blocks[0].context.label == "Wrong:"
    assert sentence(examples, "by hand").context.label == "Don't do this:"
    assert sentence(examples, "twice").context.label == "Don't do this:"
    colon = next(s for s in examples.sentences if s.text == "Wrong:")
    assert colon.context.label == ""
    assert sentence(examples, "A suppressed").context.label == ""


def test_bold_lead_labels_its_paragraph_and_list_item(examples: Document) -> None:
    assert sentence(examples, "installed by the runner").context.label == "Wrong:"
    assert sentence(examples, "It is not.").context.label == "Wrong:"
    assert sentence(examples, "workflow installs").text == "Right: the workflow installs nix."
    assert sentence(examples, "workflow installs").context.label == "Right:"
    assert sentence(examples, "owns the bootstrap").context.label == "Right:"
    assert sentence(examples, "Plain item").context.label == ""


def test_a_bold_first_line_is_a_title_sentence_of_its_own() -> None:
    src = (
        "**2026-04-11 — Runner fallback**\nDecision: retry on the queue.\n\n"
        "**Term**\n: what the term means.\n\n**Bold that runs\nover lines.** Next.\n"
    )
    doc = parse_markdown("a.md", src)
    texts = [s.text for s in doc.sentences]
    assert texts == [
        "2026-04-11 — Runner fallback",
        "Decision: retry on the queue.",
        "Term : what the term means.",
        "Bold that runs over lines.",
        "Next.",
    ]
    title, decision = doc.sentences[:2]
    assert src[title.offsets[0] : title.offsets[-1] + 1] == "2026-04-11 — Runner fallback"
    assert src[decision.offsets[0] : decision.offsets[-1] + 1] == ("Decision: retry on the queue.")


def test_a_bold_cue_before_a_quotation_starts_a_field_of_its_own() -> None:
    src = (
        '**When they say** "is Nix on the lane?"\n**Say** "No, install it."\n\n'
        "- outline\n  - item\n"
    )
    doc = parse_markdown("a.md", src)
    cue, reply = doc.sentences[:2]
    assert (cue.text, cue.context.label) == ('When they say "is Nix on the lane?"', "When they say")
    assert (reply.text, reply.context.label) == ('Say "No, install it."', "Say")
    assert reply.offsets[0] == src.index("Say") and src[reply.offsets[-1]] == '"'
    assert reply.offsets[-1] == src.index('it."') + 3
    # a short outline item titles the nested list under it
    assert doc.sentences[-1].context.label == "outline"


def test_label_does_not_cross_a_heading_or_long_paragraph() -> None:
    doc = parse_markdown(
        "a.md",
        "Wrong:\n\n# Heading\n\nText.\n\n"
        "This sentence has far too many words in it to count as a label here, since a lead-in"
        " is short and this one goes on and on:\n\nAfter.\n",
    )
    assert sentence(doc, "Text.").context.label == ""
    assert sentence(doc, "After.").context.label == ""


def test_label_passes_a_directive_comment() -> None:
    doc = parse_markdown("a.md", "Wrong:\n<!-- truthgraph-example -->\n\n| a |\n|---|\n| b |\n")
    assert [s.context.label for s in doc.sentences if s.kind.startswith("table")] == [
        "Wrong:",
        "Wrong:",
    ]


# -- code blocks -----------------------------------------------------------------


def code(doc: Document, language: str) -> CodeBlock:
    return next(c for c in doc.code_blocks if c.language == language)


def test_fenced_code_positions(examples: Document) -> None:
    yaml_block = code(examples, "yaml")
    assert yaml_block.first_line == 6
    assert yaml_block.columns == (1, 1, 1)
    assert yaml_block.text.splitlines()[2] == "  - uses: ./action.yml"
    assert yaml_block.position(2, 4) == (8, 5)


def test_fence_in_list_item_is_indented(examples: Document) -> None:
    bash = code(examples, "bash")
    assert bash.info == "bash"
    assert bash.text == "nix build\n  --option x"
    assert bash.first_line == 26
    assert bash.columns == (4, 4)
    assert bash.context.container == ("list_item",)


def test_blockquote_and_indented_code(examples: Document) -> None:
    quoted = next(c for c in examples.code_blocks if c.text == "quoted code")
    assert (quoted.first_line, quoted.columns) == (31, (3,))
    indented = next(c for c in examples.code_blocks if c.text.startswith("indented"))
    assert (indented.first_line, indented.columns, indented.info) == (34, (5, 5), "")


def test_code_columns_with_tabs_and_mermaid() -> None:
    text = "-\tItem\n\n\t```mermaid\n\tgraph TD\n\t```\n"
    doc = parse_markdown("a.md", text)
    (block,) = doc.code_blocks
    assert block.language == "mermaid"
    assert block.text == "graph TD"
    assert block.first_line == 4
    line = doc.source.line_text(4)
    assert line[block.columns[0] - 1 :] == "graph TD"


def test_empty_fence() -> None:
    (block,) = parse_markdown("a.md", "```sh\n```\n").code_blocks
    assert (block.text, block.first_line, block.columns) == ("", 2, ())


# -- robustness ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\n\n\n",
        "\x00\x01\x02\ufffe\udcff binary \x7f",
        bytes(range(256)).decode("latin-1") * 20,
        "---\n",
        "---\n: : :\n---\n",
        '!!!\n???+\n===\n=== "\n',
        "| a |\n|---|\n" + "| \\| |\n" * 10,
        "[a]: <\n[b]\n![",
        "```\n" * 3,
        "<!-- truthgraph-",
        "> " * 100 + "`x",
    ],
)
def test_garbage_never_raises(text: str) -> None:
    doc = parse_markdown("g.md", text)
    assert_offsets_sound(doc)


@pytest.mark.parametrize(
    "text",
    [
        ">" * 5000 + " deep\n",
        "- " * 5000 + "deep\n",
        "1. " * 5000 + "deep\n",
        "> - " * 5000 + "deep\n",
        "*" * 5000 + "deep" + "*" * 5000 + "\n",
        "[" * 5000 + "deep" + "](u)" * 5000 + "\n",
        "".join("> " * i + "x\n" for i in range(1, 200)),
    ],
)
def test_nesting_bomb_is_fast(text: str) -> None:
    start = time.perf_counter()
    doc = parse_markdown("bomb.md", text)
    assert time.perf_counter() - start < 2.0
    assert_offsets_sound(doc)


def test_code_span_across_lines_maps_each_word() -> None:
    text = "> Run `nix\n> build` and `nix\n>     build --help` now.\n"
    doc = parse_markdown("a.md", text)
    (only,) = doc.sentences
    assert only.text == "Run nix build and nix     build --help now."
    mapped = "".join(text[o] for o in only.offsets)
    assert mapped == "Run nix\nbuild and nix\n    build --help now."
    assert doc.source.position(only.offsets[only.text.index("build")]) == (2, 3)
    assert doc.source.position(only.offsets[only.text.index("--help")]) == (3, 13)
    assert doc.source.position(only.offsets[only.text.index("now")]) == (3, 21)
    assert_offsets_sound(doc)


def test_shortcut_reference_followed_by_parentheses() -> None:
    text = "See [docs] (and more) here.\n\n[docs]: https://example.com\n"
    doc = parse_markdown("a.md", text)
    (only,) = doc.sentences
    assert only.text == "See docs (and more) here."
    assert doc.source.position(only.offsets[only.text.index("more")]) == (1, 17)


def test_escaped_pipe_in_table_cell() -> None:
    text = "| a \\| b | c |\n|---|---|\n| 1 | 2 |\n"
    doc = parse_markdown("a.md", text)
    header = doc.sentences[0]
    # The escaped pipe reads as a slash: the row's cells stay countable by " | ".
    assert header.text == "a / b | c"
    assert header.table_header == ("a / b", "c")
    assert "".join(text[o] for o in header.offsets) == "a | b|||c"
    assert_offsets_sound(doc)


def test_nul_is_replaced_but_offsets_stay_true() -> None:
    doc = parse_markdown("a.md", "a\x00b then c.\n")
    (only,) = doc.sentences
    assert only.text == "a\ufffdb then c."
    assert only.offsets == tuple(range(11))


def test_table_separators_point_at_pipes_with_empty_first_cell() -> None:
    text = "a | b\n--|--\n  | y\n|   | z |\n"
    doc = parse_markdown("a.md", text)
    rows = [s for s in doc.sentences if s.kind == "table_row"]
    # GFM: a row that starts with a pipe has no empty first cell; short rows are padded.
    assert [r.text for r in rows] == ["y | ", " | z"]
    assert doc.source.position(rows[0].offsets[0]) == (3, 5)
    assert text[rows[1].offsets[1]] == "|"
    assert doc.source.position(rows[1].offsets[1]) == (4, 5)


def test_an_edge_between_bare_ids_reads_with_their_labels() -> None:
    src = (
        "# Runtime\n\n```mermaid\nflowchart LR\n"
        '  N["tinyland-nix pod"] --> W[honey workers]\n'
        '  S(("sting"))\n'
        '  N -->|"overflow when full"| S\n```\n'
    )
    doc = parse_markdown("a.md", src)
    edge = next(s for s in doc.sentences if "overflow" in s.text)
    assert edge.text == "tinyland-nix pod → overflow when full → sting"
    # Each name points at its id on the edge's own line, not at its definition.
    line = src.index('  N -->|"overflow')
    assert edge.offsets[0] == line + 2
    assert edge.offsets[edge.text.index("sting")] == src.index("S\n```", line)


def test_diagram_labels_are_prose_at_their_place() -> None:
    src = (
        "# Runtime\n\n```mermaid\nflowchart LR\n"
        '  P[runner pod] -->|pulls| F["FlakeHub: installs Nix"]\n'
        "  %% a comment is not a label\n```\n"
    )
    doc = parse_markdown("a.md", src)
    labels = [s for s in doc.sentences if s.text.startswith("runner pod")]
    assert [s.text for s in labels] == ["runner pod → pulls → FlakeHub: installs Nix"]
    label = labels[0]
    found = label.text.index("FlakeHub")
    assert src[label.offsets[found] : label.offsets[found] + 8] == "FlakeHub"
    assert not any("comment" in s.text for s in doc.sentences)


def test_critic_markup_reads_as_published_with_true_positions() -> None:
    """CriticMarkup's tracked changes are read as accepted: deletions, comments and the old
    side of a substitution are gone, additions and the new side stay, at their own columns."""
    text = (
        "# Notes\n\n"
        "The lane {~~grows pods~>adds pods~~} when busy.{>>really?<<}\n\n"
        "{--Runner pods come with Nix.--}{++Jobs install Nix.++}\n\n"
        "Unclosed {-- marks stay text.\n"
    )
    doc = parse_markdown("notes.md", text)
    said = " ".join(s.text for s in doc.sentences)
    assert "grows" not in said and "really" not in said and "come with Nix" not in said
    assert "The lane adds pods when busy." in said and "Jobs install Nix." in said
    assert "Unclosed {-- marks stay text." in said
    lines = text.splitlines()
    assert position(doc, "adds pods") == (3, lines[2].index("adds pods") + 1)
    assert position(doc, "Jobs install") == (5, lines[4].index("Jobs install") + 1)
    assert_offsets_sound(doc)


def test_a_paragraph_a_reader_cannot_see_is_no_sentence() -> None:
    """Zero-width characters alone, or a paragraph a tracked change deletes, make no
    sentence; the sentences after keep their places and indexes."""
    text = "# Notes\n\nFirst.\n\n\u200b\u200b\n\n{--All of this goes.--}\n\nLast one.\n"
    doc = parse_markdown("notes.md", text)
    assert [s.text for s in doc.sentences] == ["Notes", "First.", "Last one."]
    assert [s.index for s in doc.sentences] == [0, 1, 2]
    assert position(doc, "Last one") == (9, 1)
