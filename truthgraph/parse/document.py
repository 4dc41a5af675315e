"""The parsed-document contract: prose sentences, code blocks and directives with file positions.

Everything here is 1-based line/column into the file on disk (front matter included).
Only `truthgraph.parse.markdown` builds these; every later step reads them.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from truthgraph.parse.normalize import normalize


@dataclass(frozen=True)
class SourceText:
    """The decoded text of one file, with a fast offset -> (line, column) conversion."""

    path: str
    text: str
    line_starts: tuple[int, ...]

    @classmethod
    def of(cls, path: str, text: str) -> SourceText:
        starts = [0]
        find = text.find
        i = find("\n")
        while i != -1:
            starts.append(i + 1)
            i = find("\n", i + 1)
        return cls(path, text, tuple(starts))

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a 0-based character offset."""
        index = bisect.bisect_right(self.line_starts, offset) - 1
        return index + 1, offset - self.line_starts[index] + 1

    def line_text(self, line: int) -> str:
        """The text of a 1-based line, without its newline."""
        start = self.line_starts[line - 1]
        end = self.line_starts[line] - 1 if line < len(self.line_starts) else len(self.text)
        return self.text[start:end].rstrip("\r")


CROSS_MARKS = "❌✗✘✖🚫⛔"
"""The marks a reviewer puts on what they reject ("❌ **Request changes**: ...")."""
CHECK_MARKS = "✅✔☑"
"""The marks a reviewer puts on what they approve."""


@dataclass(frozen=True)
class Context:
    """Where a sentence or code block sits, for scope and polarity decisions."""

    headings: tuple[str, ...] = ()
    """Plain text of the enclosing headings, outermost first (the page title first)."""
    container: tuple[str, ...] = ()
    """Enclosing containers, outermost first: `blockquote`, `list_item`,
    `admonition:<type>:<title>` (type lower-case, title plain text, may be empty),
    `tab:<title>`, `details:<type>:<title>` for `???` blocks."""
    label: str = ""
    """A short lead-in that labels this block, e.g. `Wrong:` or `Don't` — the plain text of
    a paragraph of at most 12 words ending in `:` directly before it, or a bold lead at the
    start of its own paragraph/list item (`**Wrong:** ...`)."""
    front_matter: tuple[tuple[str, str], ...] = ()
    """Scalar front-matter keys and values (`title`, `tags`, `status` ...), as strings."""


@dataclass(frozen=True)
class Sentence:
    """One sentence of prose, heading, table row or list item, as plain text.

    Inline markup is removed; inline code keeps its content (lane names live in
    backticks); links keep their text. `offsets[i]` is the 0-based offset in
    the file of `text[i]`, so any match inside the text maps to an exact place.
    """

    text: str
    offsets: tuple[int, ...]
    kind: str
    """`paragraph`, `heading`, `list_item`, `table_row`, `table_header`, or `label` (a
    workflow step's or job's `name:`)."""
    context: Context
    table_header: tuple[str, ...] = ()
    """For table rows: the header cells, plain text (rows are cells joined by ` | `)."""
    index: int = 0
    """Position of this sentence in the document (0-based), for nearby-sentence lookups."""

    def __post_init__(self) -> None:
        # Once, here, for every sentence: what a reader sees is what is matched
        # (zero-width characters, full-width and look-alike letters; see parse.normalize).
        if not self.text.isascii():
            text, offsets = normalize(self.text, self.offsets)
            object.__setattr__(self, "text", text)
            object.__setattr__(self, "offsets", offsets)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """File offsets (first char, one past last char) of text[start:end]; end > start."""
        return self.offsets[start], self.offsets[end - 1] + 1


@dataclass(frozen=True)
class CodeBlock:
    """A fenced or indented code block with the file position of each content line."""

    info: str
    """The fence info string, e.g. `yaml` or `yaml title="wrong"`; empty if none."""
    text: str
    """The content, with container indentation removed."""
    first_line: int
    """1-based file line of the first content line."""
    columns: tuple[int, ...]
    """For each content line, the 1-based file column where that content line starts."""
    context: Context

    @property
    def language(self) -> str:
        return self.info.split(maxsplit=1)[0].lower() if self.info.strip() else ""

    def position(self, line_index: int, column_index: int) -> tuple[int, int]:
        """File (line, column) of a 0-based (line, column) within `text`."""
        base = self.columns[line_index] if line_index < len(self.columns) else 1
        return self.first_line + line_index, base + column_index


@dataclass(frozen=True)
class Directive:
    """A `<!-- truthgraph-... -->` comment in the Markdown (never from inside code blocks)."""

    action: str
    """`disable`, `enable`, `disable-next-line`, `disable-file`, or `example` (marks the next
    block as a deliberately wrong example)."""
    targets: tuple[str, ...]
    """Claim ids or rule codes/names; empty means every rule."""
    line: int
    """1-based line of the comment."""
    column: int
    end_line: int
    """1-based line where the comment ends."""
    reason: str = ""
    owner: str = ""
    expires: str = ""
    """ISO date (YYYY-MM-DD) after which the directive stops suppressing; empty if none."""
    error: str = ""
    """Non-empty when the comment could not be understood (e.g. a bad date): reported."""


@dataclass
class Document:
    """A parsed Markdown file."""

    source: SourceText
    sentences: list[Sentence] = field(default_factory=list)
    code_blocks: list[CodeBlock] = field(default_factory=list)
    directives: list[Directive] = field(default_factory=list)
    front_matter: dict[str, object] = field(default_factory=dict)
    title: str = ""
    """Front-matter title, else the first heading, else empty."""
    incomplete: str = ""
    """Why parsing stopped early (the document holds what was read before); empty if not."""

    @property
    def path(self) -> str:
        return self.source.path


_ITEM_MARKER = re.compile(r"[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?")
"""A list marker (`- `, `1. `, `- [x] `) at a line's start, inside blockquotes too."""


def inside_code_span(source: SourceText, sentence: Sentence, at: int) -> bool:
    """Is `sentence.text[at]` inside an inline code span (an odd number of backticks
    before it on its source line)?"""
    if at >= len(sentence.offsets):
        return False
    offset = sentence.offsets[at]
    line, _ = source.position(offset)
    return source.text.count("`", source.line_starts[line - 1], offset) % 2 == 1


def item_marker_column(source: SourceText, sentence: Sentence) -> int | None:
    """The column of the list marker when the sentence opens its list item, else None."""
    line, _ = source.position(sentence.offsets[0])
    head = source.text[source.line_starts[line - 1] : sentence.offsets[0]]
    found = _ITEM_MARKER.fullmatch(head.rstrip("*_`["))
    if found is None:
        return None
    return len(head) - len(head.lstrip(" \t>"))


_ORDERED_MARKER = re.compile(r"[\s>]*(\d{1,3})[.)]\s")


def ordered_item_number(source: SourceText, sentence: Sentence) -> int | None:
    """The number of the ordered list item the sentence opens ("3. ..."), else None."""
    if item_marker_column(source, sentence) is None:
        return None
    line, _ = source.position(sentence.offsets[0])
    found = _ORDERED_MARKER.match(source.line_text(line))
    return int(found.group(1)) if found is not None else None


def enclosing_item_column(source: SourceText, sentence: Sentence) -> int | None:
    """The marker column of the list item a later sentence of an item belongs to: the
    nearest line above that opens an item."""
    line, _ = source.position(sentence.offsets[0])
    for number in range(line - 1, max(-1, line - 40), -1):
        start = source.line_starts[number]
        end = source.line_starts[number + 1] if number + 1 < len(source.line_starts) else None
        text = source.text[start:end].rstrip("\n")
        found = _ITEM_MARKER.match(text)
        if found is not None:
            return len(text) - len(text.lstrip(" \t>"))
        if not text.strip():
            return None
    return None


_FOLLOWING_GAP = 2
"""At most one blank line between a sentence and the one that answers it."""


def _lines(source: SourceText, sentence: Sentence) -> tuple[int, int]:
    return source.position(sentence.offsets[0])[0], source.position(sentence.offsets[-1])[0]


def _close_after(document: Document, last_line: int, position: int) -> int | None:
    """`position` when that sentence is prose starting within one blank line of `last_line`."""
    sentences = document.sentences
    if position >= len(sentences) or sentences[position].kind not in ("paragraph", "list_item"):
        return None
    first, _ = _lines(document.source, sentences[position])
    return position if 0 <= first - last_line <= _FOLLOWING_GAP else None


def reply_to_sentence(
    document: Document, position: int, quote_ends: dict[int, int] | None = None
) -> int | None:
    """The sentence that directly answers sentence `position`: the next one in its
    paragraph or list item, the first one after the quote it sits in, or the first one
    of the next paragraph. Never a heading, a table row or a sibling list item.

    With `quote_ends`, each quote is walked once (linear time on a quote of any
    length)."""
    sentences = document.sentences
    here = sentences[position]
    source = document.source
    later = position + 1
    if "blockquote" in here.context.container:
        # "> The image ships with Nix." then "That's wrong; see lab#73." answers the quote.
        known = quote_ends.get(position) if quote_ends is not None else None
        if known is not None:
            later = known
        else:
            while (
                later < len(sentences)
                and sentences[later].context.container == here.context.container
                and _close_after(document, _lines(source, sentences[later - 1])[1], later)
                is not None
            ):
                later += 1
            if quote_ends is not None:
                quote_ends.update(dict.fromkeys(range(position, later), later))
    found = _close_after(document, _lines(source, sentences[later - 1])[1], later)
    if found is None:
        return None
    if here.kind == "list_item" and item_marker_column(source, sentences[found]) is not None:
        return None  # the next bullet is a sibling, not an answer
    return found


_QUOTE_KEY = 16
"""Characters a quote must share with the start of an earlier paragraph to cite it."""
_QUOTE_NOISE = re.compile(r"[\s*_`>\"“”'’]+")


def _quote_key(text: str) -> str:
    return _QUOTE_NOISE.sub(" ", text).strip().lower()


def quoted_paragraphs(document: Document, quotes: Iterable[int]) -> set[int]:
    """The sentences of the earlier paragraphs these quoted sentences cite: a reply that
    quotes "**Proposal A — fh as bootstrap.**" cites the paragraph that opens with it, in
    the thread above. Linear: each paragraph start is keyed by its first characters."""
    sentences = document.sentences
    starts: dict[str, list[int]] = {}
    for position, sentence in enumerate(sentences):
        if "blockquote" in sentence.context.container:
            continue
        key = _quote_key(sentence.text)
        if len(key) >= _QUOTE_KEY:
            starts.setdefault(key[:_QUOTE_KEY], []).append(position)
    cited: set[int] = set()
    for quote in quotes:
        said = _quote_key(sentences[quote].text)
        if len(said) < _QUOTE_KEY:
            continue
        for position in starts.get(said[:_QUOTE_KEY], ()):
            if position >= quote or not _quote_key(sentences[position].text).startswith(said):
                continue
            cited.update(_paragraph_from(document, position))
    return cited


def _paragraph_from(document: Document, position: int) -> Iterator[int]:
    """Sentence `position` and the ones after it in the same paragraph."""
    sentences = document.sentences
    here = sentences[position]
    yield position
    later = position + 1
    while later < len(sentences) and sentences[later].context == here.context:
        gap = document.source.text[sentences[later - 1].offsets[-1] : sentences[later].offsets[0]]
        if _BLANK_LINE.search(gap):
            return
        yield later
        later += 1


_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def next_in_quote(document: Document, position: int) -> int | None:
    """The next sentence inside the blockquote holding sentence `position`, in the same
    paragraph or the next one ("> someone called Attic "our publication channel". It
    isn't.", "> Request: ... / > / > GF: not a near-term goal."), if any."""
    sentences = document.sentences
    here = sentences[position]
    following = position + 1
    if "blockquote" not in here.context.container or following >= len(sentences):
        return None
    after = sentences[following]
    if after.context.container != here.context.container or after.kind != here.kind:
        return None
    _, last = _lines(document.source, here)
    first, _ = _lines(document.source, after)
    return following if 0 <= first - last <= 2 else None


def after_list(
    document: Document, position: int, memo: dict[int, int | None] | None = None
) -> int | None:
    """The first prose sentence right after the list that holds list item `position`.

    With `memo`, every item of the list gets its answer from one walk (linear time on a
    list of any length)."""
    sentences = document.sentences
    if sentences[position].kind != "list_item":
        return None
    if memo is not None and position in memo:
        return memo[position]
    later = position + 1
    while (
        later < len(sentences)
        and sentences[later].kind == "list_item"
        and _close_after(document, _lines(document.source, sentences[later - 1])[1], later)
        is not None
    ):
        later += 1
    found = _close_after(document, _lines(document.source, sentences[later - 1])[1], later)
    result = found if found is not None and sentences[found].kind == "paragraph" else None
    if memo is not None:
        memo.update(dict.fromkeys(range(position, later), result))
    return result


def after_block(document: Document, block: CodeBlock, starts: Sequence[int]) -> int | None:
    """The first prose sentence within one blank line after a code block's closing fence.

    `starts` holds each sentence's first offset (`sentence_starts`), built once per
    document."""
    closing = block.first_line + len(block.text.splitlines())
    offset = document.source.line_starts[min(closing, len(document.source.line_starts) - 1)]
    position = bisect.bisect_left(starts, offset)
    return _close_after(document, closing, position)


_ANNOTATION_MARKER = re.compile(r"(?:#|//)\s*\((\d{1,2})\)!?\s*$")
"""A Material for MkDocs code annotation marker at a line's end (`# (1)!`)."""
_ANNOTATION_REACH = 40
"""Lines after a code block searched for its annotation list."""


def annotation_for(document: Document, block: CodeBlock, line: str) -> str:
    """The text of the annotation a code line points to with `# (1)!`: the item of that
    number in the list right after the block ("1. Stale; use ..."), or ""."""
    marker = _ANNOTATION_MARKER.search(line)
    if marker is None:
        return ""
    item = re.compile(rf"^\s*{marker.group(1)}\.\s+(.*)$")
    closing = block.first_line + len(block.text.splitlines())
    starts = document.source.line_starts
    text = document.source.text
    for number in range(closing, min(closing + _ANNOTATION_REACH, len(starts))):
        end = starts[number + 1] - 1 if number + 1 < len(starts) else len(text)
        found = item.match(text[starts[number] : end])
        if found is not None:
            return found.group(1)
        if text[starts[number] : end].lstrip().startswith("#"):
            break  # a heading: the annotations would have come before it
    return ""


def sentence_starts(document: Document) -> list[int]:
    """The file offset where each sentence begins, in document order."""
    return [s.offsets[0] for s in document.sentences]


def paragraph_of(document: Document, position: int) -> range:
    """The positions of the sentences in the paragraph (or list item, or table) of sentence
    `position`: its neighbours with no blank line between them."""
    sentences = document.sentences
    source = document.source
    first = position
    while first > 0 and (
        _lines(source, sentences[first])[0] - _lines(source, sentences[first - 1])[1] <= 1
    ):
        first -= 1
    last = position
    while last + 1 < len(sentences) and (
        _lines(source, sentences[last + 1])[0] - _lines(source, sentences[last])[1] <= 1
    ):
        last += 1
    return range(first, last + 1)
