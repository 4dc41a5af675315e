"""Prose inside fences that are not code: a plain fence of text.

A chat bot's reply shown in a plain fence ("Skip the install step on tinyland-nix --
the runner image already has Nix.") or a fixed-width table of lanes says things about
the platform as much as the page around it does. This module finds those lines and
returns them as a `Document` whose offsets point into the block's text, so findings get
exact positions; code (YAML keys, shell commands, assignments) is left to the rules that
read code. (Mermaid labels and Gherkin steps are read by the Markdown parser.)
"""

from __future__ import annotations

import re

from truthgraph.parse.document import Context, Document, Sentence, SourceText
from truthgraph.parse.sentences import split_sentences

_REPORT_LINE = re.compile(r"^\s*[\w./-]+\.\w+:\d+(?::\d+)?\b", re.MULTILINE)
"""A linter's report line ("docs/a.md:7:16: error ..."): the block is a tool's output,
quoting what it found, not saying it."""

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]+")
_CODE_LINE = re.compile(
    r"""^\s*(?:
        [$>%\#]                             # a prompt or a comment
      | //                                  # a comment
      | -\s+[\w-]+:                         # a YAML list item with a key
      | [\w.\[\]"'-]+\s*(?::\s|:$|=)        # key: value, key:, KEY=value
      | [{}\[\]()<]                         # braces, markup
    )""",
    re.VERBOSE,
)
_PROSE_WORDS = 3
"""Words a line needs to be prose rather than a label or a value."""


def prose_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) character spans of the prose in a fence without a language. (A fence
    marked `text` or `console` is shown as text on purpose, a tool's output or examples
    of wording, so the engine reads only fences without one.)"""
    if _REPORT_LINE.search(text):
        return []
    spans: list[tuple[int, int]] = []
    lines = 0
    at = 0
    for line in text.split("\n"):
        if line.strip():
            lines += 1
            if not _CODE_LINE.match(line) and len(_WORD.findall(line)) >= _PROSE_WORDS:
                begin = len(line) - len(line.lstrip())
                spans.append((at + begin, at + len(line.rstrip())))
        at += len(line) + 1
    # A fence is prose only when most of its lines are: else it is code whose odd line
    # happens to read like words.
    if len(spans) * 2 < lines:
        return []
    return spans


def text_block_document(text: str, context: Context) -> Document:
    """The prose pieces of a block as a Document over the block's text (no code blocks);
    its sentences sit where the block does (`context`)."""
    document = Document(source=SourceText.of("", text))
    for start, end in prose_lines(text):
        piece = text[start:end]
        for begin, stop in split_sentences(piece):
            document.sentences.append(
                Sentence(
                    text=piece[begin:stop],
                    offsets=tuple(range(start + begin, start + stop)),
                    kind="paragraph",
                    context=context,
                    index=len(document.sentences),
                )
            )
    return document
