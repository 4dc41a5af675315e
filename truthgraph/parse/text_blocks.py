"""Prose inside code blocks that are not code: plain-text output and diagram labels.

A chat bot's reply shown in a plain fence ("Skip the install step on tinyland-nix --
the runner image already has Nix."), a fixed-width table of lanes, or the labels of a
Mermaid diagram (`A -->|"promote closures = release"| B`, `Note over R: ...`) say
things about the platform as much as the page around them does. This module finds
those pieces and returns them as a `Document` whose offsets point into the block's
text, so findings get exact positions; code (YAML keys, shell commands, assignments)
is left to the rules that read code.
"""

from __future__ import annotations

import re

from truthgraph.parse.document import Context, Document, Sentence, SourceText
from truthgraph.parse.sentences import split_sentences

TEXT_LANGUAGES = frozenset({"text", "txt", "plain", "plaintext", "output"})
DIAGRAM_LANGUAGES = frozenset({"mermaid"})

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

_MERMAID_LABELS = (
    re.compile(r'\|\s*"?([^|"]+?)"?\s*\|'),  # A -->|"label"| B
    re.compile(r'\[\s*"?([^\]"]+?)"?\s*\]'),  # A["label"]
    re.compile(r'\(\s*"?([^)"]+?)"?\s*\)'),  # A("label")
    re.compile(r'\{\s*"?([^}"]+?)"?\s*\}'),  # A{"label"}
    re.compile(r"\s--\s+([^->|]+?)\s+-->"),  # A -- label --> B
    re.compile(r"^\s*Note\s+(?:over|left of|right of)\s+[^:]+:\s*(.+)$", re.IGNORECASE),
    re.compile(r"^\s*[\w-]+\s*-[-x)>]+[+-]?\s*[\w-]+\s*:\s*(.+)$"),  # A->>B: message
)


def prose_lines(text: str, language: str) -> list[tuple[int, int]]:
    """(start, end) character spans of the prose in a block's text."""
    if language in DIAGRAM_LANGUAGES:
        return _diagram_labels(text)
    if language not in TEXT_LANGUAGES and language:
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
    # A fence without a language is prose only when most of its lines are: else it is
    # code whose odd line happens to read like words.
    if not language and len(spans) * 2 < lines:
        return []
    return spans


def _diagram_labels(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    at = 0
    for line in text.split("\n"):
        if not line.lstrip().startswith("%%"):
            found = sorted(
                (m.start(1), m.end(1))
                for pattern in _MERMAID_LABELS
                for m in pattern.finditer(line)
                if len(_WORD.findall(m.group(1))) >= 2
            )
            last = -1
            for start, end in found:
                if start >= last:  # a label inside another one's span is the same text
                    spans.append((at + start, at + end))
                    last = end
        at += len(line) + 1
    return spans


def text_block_document(text: str, language: str, context: Context) -> Document:
    """The prose pieces of a block as a Document over the block's text (no code blocks);
    its sentences sit where the block does (`context`)."""
    document = Document(source=SourceText.of("", text))
    for start, end in prose_lines(text, language):
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
