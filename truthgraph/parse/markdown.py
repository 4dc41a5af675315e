"""Parse Markdown text into a Document: prose sentences, code blocks and directives."""

from __future__ import annotations

import bisect
import dataclasses
import datetime
import functools
import re
from collections.abc import Callable, Sequence

import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.admon import admon_plugin
from mdit_py_plugins.front_matter import front_matter_plugin

from truthgraph.parse.directives import PREFIX, parse_directives
from truthgraph.parse.document import (
    CHECK_MARKS,
    CROSS_MARKS,
    CodeBlock,
    Context,
    Document,
    Sentence,
    SourceText,
)
from truthgraph.parse.gherkin import GHERKIN_LANGUAGES
from truthgraph.parse.limits import hit
from truthgraph.parse.sentences import split_sentences
from truthgraph.parse.tabs import tabs_plugin

MAX_NESTING = 50
"""Deeper block/inline nesting is dropped by markdown-it: bounds time and recursion."""

LABEL_MAX_WORDS = 20
_OUTLINE_TITLE_WORDS = 3
"""The most words of a list item that titles the nested list under it."""
_LEAD_IN_ENDS = (":", " \u2014", " \u2013")
"""How a lead-in ends: a colon, or a dash set apart ("things we are not doing \u2014")."""
_DIAGRAM_LABEL = re.compile(
    r'"([^"\n]{1,300})"'  # a quoted label
    r'|\|([^|"\n]{1,300})\|'  # an edge label
    r'|[\[({>]+([^\[\](){}|"\n]{1,300})[\])}]+'  # a node's bracketed text
    r"|^\s*Note\s+(?:over|left of|right of)\s+[^:\n]{1,100}:\s*([^\n]{1,300})"  # a note
)
"""A mermaid label: quoted, between edge bars, inside a node's brackets, or a sequence
diagram's note (its messages are said by participants whose names are only ids)."""
_DIAGRAM_JOIN = " — "
_EDGE_JOIN = " → "
_NODE_NAME_END = re.compile(r"<br\s*/?>|\\n|:|\(|,|;")
_DIAGRAM_NODE = re.compile(
    r"(?<![\w-])([A-Za-z_][\w-]{0,40})\s*(?:\[\[|\[\(|\(\(|\[/|\[\\|\[|\(|\{\{|\{|>)"
    r"\s*\"?([^\[\](){}|\"\n]{1,300})\"?\s*[\])}]"
)
"""A flowchart node defined with its label (`P1["runner pod 1"]`, `S{{sting}}`)."""
_DIAGRAM_EDGE = re.compile(r"--|==|-\.|~~~")
_DIAGRAM_ID = re.compile(r"(?<![\w\-\"|\[(])([A-Za-z_][\w]{0,40})(?![\w\"\[({>])")
"""A bare node id on an edge line (`P1 -->|"..."| P1`): its label stands in for it."""
_SPOKEN_HEADER = re.compile(
    r"^\W*(?:narration|narrator|voice-?over|vo|script|dialogue|spoken(?:\s+line)?|line|"
    r"presenter(?:\s+says)?|host\s+says|says|on-screen\s+text|caption|lower\s+third)"
    r"(?:\s*\([^()]{0,30}\))?\W*$",
    re.IGNORECASE,
)
"""A table column of what a video or talk says ("| Narration |", "| VO |", "| Narration
(rough) |")."""
_QUOTE_PAIRS = {'"': '"', "“": "”"}


def _unquoted(cell: str, offsets: list[int]) -> tuple[str, list[int]]:
    """A cell without the quotation marks around all of it ("\"tinyland-nix has Nix.\"")."""
    stripped = cell.strip()
    close = _QUOTE_PAIRS.get(stripped[:1])
    if close is None or len(stripped) < 3 or not stripped.endswith(close):
        return cell, offsets
    lead = cell.index(stripped[0])
    end = lead + len(stripped) - 1
    return cell[lead + 1 : end], offsets[lead + 1 : end]


_NOT_A_STEP = ("#", "@", "|", '"""', "```")
_FORWARD = re.compile(r"-{3,}\s*forwarded message\s*-{3,}|begin forwarded message:", re.I)
"""A forwarded message: passed on as it stands, so its sender's words count as said."""
_MAIL_QUOTE = re.compile(
    r"(?:on\s.{4,120}?\swrote:|-{3,}\s*forwarded message\s*-{3,}|begin forwarded message:)",
    re.IGNORECASE,
)
_POST_QUOTE = re.compile(
    r"^\W*@[\w.-]{2,40}\s+(?:wrote|said|posted|replied)\s*:"
    r"|^\W*(?:quote|quoting)\s+(?:from\s+)?@[\w.-]{2,40}\s*:",
    re.IGNORECASE,
)
"""A forum's quote of an earlier post, opening a blockquote ("> @alice wrote:"). Outside a
quote, "**@mkovacs** replied:" names who speaks in the quote below it: their own words."""
_QUOTING_LEAD = re.compile(
    r"^\W*@?[\w.-]{2,40}\W*\s+(?:quote[- ]?post(?:s|ed|ing)?|quote[- ]?tweet(?:s|ed|ing)?|"
    r"quoting|replying\s+to|in\s+reply\s+to|responding\s+to)\b",
    re.IGNORECASE,
)
"""A post's header naming what it quotes ("**@quinn.ops** quote-posting 4/12", "@ravi
replying to 7/12"): the blockquote right below is the earlier post's words."""
_POST_HEADER = re.compile(
    r"^\W*@?[\w.-]{2,40}\W*\s+(?:\([^()]{1,40}\)\s+)?"
    r"(?:commented|replied|wrote|responded|answered|posted|opened\s+this)\b",
    re.IGNORECASE,
)
"""A thread's post header after a rule ("**@rhea-ops** (maintainer) commented"): a new
post, out of the reach of the headings the post above it used."""
_COMMIT_QUOTE = re.compile(r"^\W*(?=[0-9a-f]{0,39}\d)(?=[0-9a-f]{0,39}[a-f])[0-9a-f]{7,40}\b")
"""A quoted commit message, opening with its hash ("> **`8aa19f0`** Revert ...")."""
_GITHUB_ALERT = re.compile(r"\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]\s*", re.IGNORECASE)
_VERDICT_MARK = re.compile(rf"^\s*([{CROSS_MARKS}{CHECK_MARKS}⚠])\ufe0f?\s*")
_FLAGGING_MARKS = CROSS_MARKS + "⚠"
"""Marks that judge the line they lead ("⚠️ **GF007 hosted-runner** — `unit` runs product
tests on `ubuntu-latest`": a bot's finding), before any bold lead after them."""
_TRAILING_CROSS = re.compile(rf"([{CROSS_MARKS}])\ufe0f?\s*(?:\([^()]{{0,40}}\)\s*)?$")
"""A cross after an audit's observation ("... leans on the previous job's workspace. ✗
(EX-06)"): the item records a failing check."""
"""A reviewer's mark in front of a paragraph ("❌ **Request changes**: ...", "✅ Approve")."""
_MARKED_LEAD_WORDS = 20
"""A marked paragraph this short also titles the block after it, like `Wrong:` does."""

# Blocks a preceding `Wrong:`-style paragraph labels; other blocks (headings, rules)
# cancel the pending label, while HTML blocks (directive comments) are transparent.
_LABELLED = frozenset(
    {
        "paragraph_open",
        "bullet_list_open",
        "ordered_list_open",
        "table_open",
        "fence",
        "code_block",
        "blockquote_open",
        "admonition_open",
        "tab_open",
    }
)
_LONE_CR = re.compile(r"\r(?!\n)")
_CRITIC_REACH = 4000
"""Characters a CriticMarkup span may run before its closing mark; an unclosed one is text."""


def _critic_body(stop: str) -> str:
    """Text up to the closing mark or the next opening mark, whichever comes first: each
    opening mark is tried in one pass, so a page full of stray marks is read in linear
    time."""
    return rf"(?:(?!{stop}|\{{[-+~=>]).){{0,{_CRITIC_REACH}}}"


_CRITIC = re.compile(
    rf"\{{--(?P<deleted>{_critic_body('--}')})--\}}"
    rf"|\{{>>(?P<comment>{_critic_body('<<}')})<<\}}"
    rf"|\{{~~(?P<old>{_critic_body('~>')})~>(?P<new>{_critic_body('~~}')})~~\}}"
    rf"|\{{\+\+(?P<added>{_critic_body('[+][+]}')})\+\+\}}"
    rf"|\{{==(?P<marked>{_critic_body('==}')})==\}}",
    re.DOTALL,
)
"""CriticMarkup's tracked changes: deletions, comments, substitutions, additions, highlights."""
_CRITIC_KEPT = ("new", "added", "marked")
"""The groups whose text the published page keeps."""


def _blank(text: str) -> str:
    """`text` as zero-width spaces, its line breaks kept: every offset after it stays put,
    no line turns into an indented code block, and sentences drop them (parse.normalize)."""
    return re.sub(r"[^\n]", "\u200b", text)


def accept_critic_markup(text: str) -> str:
    """The page as published once its tracked changes are accepted ("The lane {~~grows~>
    does not grow~~}" reads "The lane does not grow"): deletions, comments and replaced
    text are blanked, the marks around kept text too, so offsets do not move."""

    def accept(found: re.Match[str]) -> str:
        for kept in _CRITIC_KEPT:
            if found.group(kept) is not None:
                begin, end = found.span(kept)
                return (
                    _blank(text[found.start() : begin])
                    + found.group(kept)
                    + _blank(text[end : found.end()])
                )
        return _blank(found.group())

    return _CRITIC.sub(accept, text)


_TAB_MARKER = re.compile(r'^[ \t>*+\-.\d]*===[+!]* +"', re.MULTILINE)
# Tokens that need no handling beyond the label bookkeeping at the top of the loop.
_PASSIVE = frozenset(
    {
        "paragraph_close",
        "bullet_list_open",
        "bullet_list_close",
        "ordered_list_open",
        "ordered_list_close",
        "heading_close",
        "th_open",
        "th_close",
        "td_open",
        "td_close",
        "thead_close",
        "tbody_close",
        "table_open",
    }
)
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# HTML blocks whose content is not shown as prose: code, scripts, comments, declarations.
_HTML_NO_PROSE = re.compile(
    r"\s*<(?:script|style|pre|textarea|svg|math|!--|\?|!\[CDATA\[|![A-Za-z])", re.IGNORECASE
)
_HTML_TAG = re.compile(r"<!--.*?(?:-->|$)|</?([A-Za-z][\w-]*)[^<>]*>", re.DOTALL)
_HTML_INLINE = frozenset(
    "a abbr b bdi bdo cite code data del dfn em i ins kbd mark q s samp small span strong "
    "sub sup time u var".split()
)


class _ProseParser(MarkdownIt):
    """A parse-only MarkdownIt: link destinations are never rendered, so never normalised.

    URL normalisation (percent-encoding, punycode) is a large share of markdown-it's
    time. Accepting every destination also keeps `[text](javascript:...)` a link, so
    its text reads as prose rather than as literal brackets.
    """

    # The names are markdown-it's API.
    def validateLink(self, url: str) -> bool:  # noqa: N802
        return True

    def normalizeLink(self, url: str) -> str:  # noqa: N802
        return url

    def normalizeLinkText(self, link: str) -> str:  # noqa: N802
        return link


@functools.cache
def markdown_parser(
    front_matter: bool = True, admonitions: bool = True, tabs: bool = True
) -> MarkdownIt:
    """A shared parser, built once per feature set on first use.

    Every block rule is tried at the start of every block, so a plugin costs time on
    documents that cannot use it; `parse_markdown` picks the smallest parser that fits.
    """
    md = _ProseParser("commonmark", {"maxNesting": MAX_NESTING})
    md.enable(["table", "strikethrough"])
    # Entities and escapes stay separate tokens carrying their source markup, which
    # lets offsets be mapped exactly (and skips a pass over every inline token).
    md.disable("text_join")
    if front_matter:
        md.use(front_matter_plugin)
    if admonitions:
        md.use(admon_plugin)
    if tabs:
        md.use(tabs_plugin)
    return md


def _parser_for(text: str) -> MarkdownIt:
    # Scanning the text in C is far cheaper than a Python rule call per block.
    return markdown_parser(
        text.startswith("---"),
        "!!!" in text or "???" in text,
        "===" in text and _TAB_MARKER.search(text) is not None,
    )


def parse_markdown(path: str, text: str) -> Document:
    """Parse one file's decoded text; never raises, malformed Markdown is normal."""
    source = SourceText.of(path, text)
    builder = _Builder(source)
    # A parser bug must not stop a docs check: keep whatever was built before it, and
    # say so, so that the rest of the file is not silently taken as checked.
    try:
        builder.run()
    except Exception as exc:
        builder.document.incomplete = f"{type(exc).__name__}: {exc}"
    _drop_invisible(builder.document)
    return builder.document


def _drop_invisible(document: Document) -> None:
    """Drop sentences a reader does not see at all (only zero-width characters, or text
    a tracked change deleted), renumbering the rest so each index is still its place."""
    sentences = document.sentences
    if all(sentence.offsets for sentence in sentences):
        return
    kept = [sentence for sentence in sentences if sentence.offsets]
    document.sentences = [
        sentence if sentence.index == at else dataclasses.replace(sentence, index=at)
        for at, sentence in enumerate(kept)
    ]


class _Builder:
    """One pass over the token stream, tracking headings, containers and labels."""

    def __init__(self, source: SourceText) -> None:
        self.source = source
        self.document = Document(source=source)
        text = source.text
        self.lone_cr = "\r" in text and _LONE_CR.search(text) is not None
        if self.lone_cr:
            # markdown-it treats a lone CR as a line break; SourceText does not. Search
            # a same-length copy with LF so both agree on offsets.
            self.src = _LONE_CR.sub("\n", text)
            self.line_starts: tuple[int, ...] = SourceText.of(path="", text=self.src).line_starts
        else:
            self.src = text
            self.line_starts = source.line_starts
        if "{" in self.src and _CRITIC.search(self.src) is not None:
            self.src = accept_critic_markup(self.src)
        self.heading_levels: list[int] = []
        self.heading_stack: list[str] = []
        self.heading_level = 0
        self.heading_texts: tuple[str, ...] = ()
        self.containers: list[str] = []
        self.container_key: tuple[str, ...] = ()
        # After "On Tue, 21 Apr 2026, Sam wrote:" (or a forward's header), until the next
        # heading or rule: the message's quotes are the earlier message's words.
        self.replying = False
        # After "**@quinn** quote-posting 4/12": the quote right below is that post's.
        self.quoting = False
        # Right after a thematic break, where a thread's next post may start.
        self.after_rule = False
        self.labels: list[tuple[str, int]] = []
        # Contexts are shared between sentences; only a heading invalidates them all.
        self.contexts: dict[tuple[tuple[str, ...], str], Context] = {}
        self.front_matter: tuple[tuple[str, str], ...] = _body_status(self.src)
        self.index = 0
        size = len(self.src)
        # Line starts plus end-of-text sentinels: a block's line map indexes it directly.
        self.bounds = (*self.line_starts, size, size)

    # -- positions ---------------------------------------------------------------

    def _region(self, line_map: list[int] | None) -> tuple[int, int]:
        if not line_map:
            return 0, len(self.src)
        bounds = self.bounds
        last = len(bounds) - 1
        return bounds[min(line_map[0], last)], bounds[min(line_map[1], last)]

    def _file_line(self, line: int) -> int:
        """1-based file line of a 0-based markdown-it line."""
        if not self.lone_cr:
            return line + 1
        starts = self.line_starts
        return self.source.position(starts[min(line, len(starts) - 1)])[0]

    # -- context -----------------------------------------------------------------

    def _context(self, label: str) -> Context:
        key = (self.container_key, label)
        context = self.contexts.get(key)
        if context is None:
            context = Context(self.heading_texts, key[0], label, self.front_matter)
            self.contexts[key] = context
        return context

    def _push(self, container: str) -> None:
        self.containers.append(container)
        self.container_key = tuple(self.containers)

    def _pop(self) -> None:
        if self.containers:
            self.containers.pop()
            self.container_key = tuple(self.containers)

    def _retitle(self, container: str) -> None:
        if self.containers:
            self.containers[-1] = container
            self.container_key = tuple(self.containers)

    def _current_label(self) -> str:
        return self.labels[-1][0] if self.labels else ""

    # -- the pass ----------------------------------------------------------------

    def run(self) -> None:
        text = self.src
        # A BOM would hide front matter; dropping it keeps line numbers unchanged.
        if text.startswith("\ufeff"):
            text = text[1:]
        tokens = _parser_for(text).parse(text, {})
        self._nesting_limit(tokens)
        pending: str | None = None
        pending_level = 0
        prev_type = ""
        table_kind = ""
        header: tuple[str, ...] = ()
        row: list[tuple[str, list[int]]] = []
        row_region = (0, 0)
        row_cursor = 0
        paragraph_kind = "paragraph"
        paragraph_first_in_item = False
        admonition_explicit_title = False
        in_admonition_title = False
        doc = self.document
        labels = self.labels
        containers = self.containers

        for token in tokens:
            kind = token.type
            level = token.level
            if labels and token.nesting == -1 and level == labels[-1][1]:
                labels.pop()
            if pending is not None:
                if level < pending_level:
                    pending = None
                elif level == pending_level and token.nesting != -1 and kind != "html_block":
                    if kind in _LABELLED:
                        if token.nesting == 1:
                            labels.append((pending, level))
                        elif kind in ("fence", "code_block"):
                            labels.append((pending, -1))
                    pending = None

            if kind in _PASSIVE:
                prev_type = kind
                continue
            if kind == "inline":
                if table_kind:
                    end = row_region[1]
                    parts: list[str] = []
                    offsets: list[int] = []
                    row_cursor = _plain_text(
                        token.children or [], self.src, row_cursor, end, parts, offsets, None, self
                    )
                    row.append(("".join(parts), offsets))
                elif in_admonition_title:
                    if admonition_explicit_title:
                        self._admonition_title(token)
                elif prev_type == "heading_open":
                    self._heading(token)
                else:
                    text_ = self._paragraph(token, paragraph_kind, paragraph_first_in_item)
                    # A paragraph's last sentence may lead in what follows ("We don't use
                    # Nix here. An older copy of these notes said:").
                    last = doc.sentences[-1].text if doc.sentences else text_
                    lead = last if text_.endswith(last) else text_
                    # "... things we are not doing this sprint —" leads in a list as a
                    # colon does.
                    if (
                        (lead.endswith(_LEAD_IN_ENDS) and len(lead) < 200)
                        and len(lead.split()) <= LABEL_MAX_WORDS
                    ) or (text_.endswith("?") and len(text_) < 300):
                        # A question over a list labels it too: the list holds its answers
                        # or its choices.
                        pending = lead if lead.endswith(_LEAD_IN_ENDS) else text_
                        pending_level = level - 1
                    elif _VERDICT_MARK.match(text_) and len(text_.split()) <= _MARKED_LEAD_WORDS:
                        # "❌ **Request changes**: silent fallback." over a snippet: the
                        # snippet is what the mark judges.
                        pending = text_
                        pending_level = level - 1
                    elif _all_bold(token.children or []) and len(text_.split()) <= 8:
                        # "**Explicitly not on the roadmap**" alone over a list titles it.
                        pending = text_
                        pending_level = level - 1
                    elif (
                        paragraph_first_in_item
                        and len(text_.split()) <= _OUTLINE_TITLE_WORDS
                        and not text_.rstrip().endswith((".", "!", "?"))
                    ):
                        # An outline's short item over its own nested list ("- non-goals" /
                        # "  - vertical pod resizing ...") titles what it holds.
                        pending = text_
                        pending_level = level - 1
            elif kind == "paragraph_open":
                paragraph_kind = (
                    "list_item" if containers and containers[-1] == "list_item" else "paragraph"
                )
                paragraph_first_in_item = prev_type == "list_item_open"
            elif kind == "list_item_open":
                self._push("list_item")
            elif kind in ("list_item_close", "blockquote_close", "admonition_close", "tab_close"):
                self._pop()
            elif kind == "fence" or kind == "code_block":
                self._code_block(token)
                if labels and labels[-1][1] == -1:
                    labels.pop()
            elif kind == "html_block":
                self._html_block(token)
            elif kind == "heading_open":
                self.replying = False
                self._pop_headings(int(token.tag[1:]) if token.tag[1:].isdigit() else 6)
            elif kind == "tr_open":
                row = []
                row_region = self._region(token.map)
                row_cursor = row_region[0]
            elif kind == "tr_close":
                header = self._table_row(row, row_region, table_kind, header)
            elif kind == "thead_open":
                table_kind = "table_header"
                header = ()
            elif kind == "tbody_open":
                table_kind = "table_row"
            elif kind == "table_close":
                table_kind = ""
            elif kind == "blockquote_open":
                quoted = (self.replying or self.quoting) and not containers
                self._push("blockquote:quoted-mail" if quoted else "blockquote")
                self.quoting = False
            elif kind == "hr":
                self.replying = False
                self.after_rule = True
            elif kind == "admonition_open":
                admonition_explicit_title = self._open_admonition(token)
            elif kind == "admonition_title_open":
                in_admonition_title = True
            elif kind == "admonition_title_close":
                in_admonition_title = False
            elif kind == "tab_open":
                self._push("tab:" + token.info)
            elif kind == "front_matter":
                self._front_matter(token.content)
            prev_type = kind

        if not doc.title:
            doc.title = next((s.text for s in doc.sentences if s.kind == "heading"), "")

    def _nesting_limit(self, tokens: list[Token]) -> None:
        """markdown-it drops, without a word, what lies deeper than `maxNesting`: say so."""
        for token in tokens:
            if token.nesting == 1 and token.level >= MAX_NESTING - 1 and token.map:
                line = self._file_line(token.map[0])
                hit(
                    f"Markdown nested deeper than {MAX_NESTING} levels at line {line}: "
                    "the rest of that block was not read"
                )
                return

    # -- blocks ------------------------------------------------------------------

    def _paragraph(self, token: Token, kind: str, first_in_item: bool) -> str:
        children = token.children or []
        code_starts: list[int] = []
        text, offsets = self._inline(token, code_starts)
        if ":" in text:
            text = _without_line_indents(text, offsets, self.src)
        alert = _GITHUB_ALERT.match(text) if self.containers[-1:] == ["blockquote"] else None
        if alert is not None:
            # "> [!WARNING]": GitHub's alert syntax, an admonition written as a quote.
            self._retitle(f"admonition:{alert.group(1).lower()}:")
            cut = alert.end()
            text, offsets = text[cut:], offsets[cut:]
            code_starts = [c - cut for c in code_starts if c >= cut]
        if not self.containers and self.after_rule and _POST_HEADER.match(text):
            # One post's "### Non-goals" does not frame the replies below it; the
            # thread's title (the top heading) still does.
            top = self.heading_levels[0] if self.heading_levels else 0
            self._pop_headings(top + 1)
        self.after_rule = False
        if not self.containers and _MAIL_QUOTE.search(text):
            self.replying = True
        if not self.containers:
            self.quoting = _QUOTING_LEAD.search(text) is not None
        if self.containers[-1:] == ["blockquote"] and (
            _MAIL_QUOTE.match(text) or _POST_QUOTE.match(text)
        ):
            # "> On Wed, 15 Apr 2026, Leo wrote:": an earlier message quoted in a reply,
            # someone else's words, answered below it; a forward is passed on as it is.
            forwarded = _FORWARD.search(text) is not None
            self._retitle("blockquote:forwarded-mail" if forwarded else "blockquote:quoted-mail")
        elif self.containers[-1:] == ["blockquote"] and _COMMIT_QUOTE.match(text):
            # "> **`8aa19f0`** Revert ...": a commit message as it was written then
            self._retitle("blockquote:quoted-commit")
        lead = ""
        if children:
            head = children[0].type
            flagged = _VERDICT_MARK.match(text)
            if flagged and flagged.group(1) in _FLAGGING_MARKS:
                lead = flagged.group(1)  # "⚠️ **GF007** — ...": the mark judges the line
            elif head == "strong_open" or head == "text":
                lead = _bold_lead(children)
            if not lead and (mark := _VERDICT_MARK.match(text)):
                lead = mark.group(1)  # "❌ FlakeHub installs Nix": the line is judged
            if not lead and first_in_item and (mark := _TRAILING_CROSS.search(text)):
                lead = mark.group(1)
        if lead and lead[-1] in ".!" and len(lead.split()) >= _TITLE_SENTENCE_WORDS:
            # "1. **Raise the envelope for everyone.** Rejected: ...": a bold sentence is
            # the item's title, not a label; the lead-in over the list still frames it.
            lead = ""
        if lead and first_in_item:
            # A bold lead on a list item's first paragraph labels the whole item.
            self.labels.append((lead, token.level - 2))
        label = lead or (self.labels[-1][0] if self.labels else "")
        context = self.contexts.get((self.container_key, label)) or self._context(label)
        sentences = self.document.sentences
        index = self.index
        all_offsets = tuple(offsets)
        spans = split_sentences(text, set(code_starts) if code_starts else ())
        title_end = self._title_line_end(children, text, offsets)
        fields = (
            self._field_lines(text, offsets)
            if offsets and (":" in text or '"' in text or "“" in text)
            else []
        )
        if fields:
            spans = _split_spans(spans, [at for at, _ in fields])
        field_labels = dict(fields)
        for start, stop in spans:
            if field_labels:
                owner = max((at for at in field_labels if at <= start), default=None)
                if owner is not None:
                    context = self._context(field_labels[owner])
            if start < title_end < stop:
                # "**2026-04-11 — Runner fallback**" alone on the first line titles what
                # follows it, like a heading: a sentence of its own.
                sentences.append(
                    Sentence(
                        text[start:title_end].rstrip(),
                        all_offsets[start:title_end],
                        kind,
                        context,
                        (),
                        index,
                    )
                )
                index += 1
                start = title_end + 1
            sentences.append(
                Sentence(text[start:stop], all_offsets[start:stop], kind, context, (), index)
            )
            index += 1
        self.index = index
        return text

    def _field_lines(self, text: str, offsets: list[int]) -> list[tuple[int, str]]:
        """Where lines that open with a bold field label start ("**Format:** 45 min" /
        "**Decision:** REJECTED"), as (index into `text`, label): each is a field of its
        own, not a run-on sentence of the one before it."""
        src = self.src
        found: list[tuple[int, str]] = []
        newline = src.find("\n", offsets[0], offsets[-1])
        while newline != -1:
            field = _FIELD_LINE.match(src, newline + 1)
            if field is not None:
                index = bisect.bisect_left(offsets, newline)
                if index < len(offsets) and offsets[index] == newline and text[index] == " ":
                    # "**Owner**:" is "Owner:"; a cue ('**Say** "...') is "Say"
                    label = field.group(0).replace("**", "").replace("__", "")
                    found.append((index + 1, label.strip(" \t>")))
            newline = src.find("\n", newline + 1, offsets[-1])
        return found

    def _title_line_end(self, children: list[Token], text: str, offsets: list[int]) -> int:
        """Where a bold first line that is a title of its own ends (the line break after
        it), as an index into `text`; -1 when the paragraph has no such line."""
        opening = 0
        while opening < len(children) and children[opening].type == "text":
            if children[opening].content:
                return -1
            opening += 1
        if opening >= len(children) or children[opening].type != "strong_open":
            return -1
        for position in range(opening + 1, len(children)):
            child = children[position]
            if child.type in ("softbreak", "hardbreak"):
                return -1  # the bold runs over lines: an emphasised sentence
            if child.type == "strong_close" and child.level == children[opening].level:
                # The emphasis rule leaves an empty text token behind the closing `**`.
                following = [c for c in children[position + 1 :] if c.type != "text" or c.content]
                if not following or following[0].type not in ("softbreak", "hardbreak"):
                    return -1
                break
        else:
            return -1
        # A line break is kept as one space whose offset is the break's newline.
        src = self.src
        for index, offset in enumerate(offsets):
            if src[offset] == "\n" and text[index] == " ":
                # "**Term**\n: what it means" is a definition: the term is its subject.
                return -1 if text[index + 1 :].lstrip().startswith(":") else index
        return -1

    def _inline(self, token: Token, code_starts: list[int] | None) -> tuple[str, list[int]]:
        """Plain text of an inline token and the file offset of each character."""
        children = token.children or []
        line_map = token.map
        bounds = self.bounds
        if line_map and line_map[1] < len(bounds):
            begin, end = bounds[line_map[0]], bounds[line_map[1]]
        else:
            begin, end = self._region(line_map)
        offsets: list[int] = []
        if len(children) == 1 and children[0].type == "text":
            # Most blocks are one plain line of text: no walk needed.
            text = children[0].content
            found = self.src.find(text, begin, end)
            if found == -1:
                _approximate(text, self.src, begin, end, [], offsets)
            else:
                offsets.extend(range(found, found + len(text)))
            return text, offsets
        parts: list[str] = []
        _plain_text(children, self.src, begin, end, parts, offsets, code_starts, self)
        return "".join(parts), offsets

    def _heading(self, token: Token) -> None:
        text, offsets = self._inline(token, None)
        start, stop = _trim(text)
        text = text[start:stop]
        if text:
            self.document.sentences.append(
                Sentence(
                    text, tuple(offsets[start:stop]), "heading", self._context(""), (), self.index
                )
            )
            self.index += 1
        self.heading_levels.append(self.heading_level)
        self.heading_stack.append(text)
        self.heading_texts = tuple(self.heading_stack)
        self.contexts.clear()

    def _pop_headings(self, level: int) -> None:
        levels = self.heading_levels
        if levels and levels[-1] >= level:
            stack = self.heading_stack
            while levels and levels[-1] >= level:
                levels.pop()
                stack.pop()
            # The heading sentence itself sees only the headings above it.
            self.heading_texts = tuple(stack)
            self.contexts.clear()
        self.heading_level = level

    def _table_row(
        self,
        row: list[tuple[str, list[int]]],
        region: tuple[int, int],
        kind: str,
        header: tuple[str, ...],
    ) -> tuple[str, ...]:
        # An escaped pipe inside a cell ("`isolated` \| `persistent`") is the cell's text,
        # not a separator: it reads as a slash, so cells stay countable by " | ".
        row = [(cell.replace(" | ", " / "), cell_offsets) for cell, cell_offsets in row]
        if kind != "table_header":
            # A script's narration cell is what will be said, not a wording mentioned:
            # its quotation marks are the script's, not the page's.
            row = [
                _unquoted(cell, cell_offsets)
                if position < len(header) and _SPOKEN_HEADER.match(header[position])
                else (cell, cell_offsets)
                for position, (cell, cell_offsets) in enumerate(row)
            ]
        cells = tuple(cell for cell, _ in row)
        if kind == "table_header":
            header = cells
        if not any(cells):
            return header
        begin, end = region
        src = self.src
        parts: list[str] = []
        offsets: list[int] = []
        cursor = begin
        for position, (cell, cell_offsets) in enumerate(row):
            if position:
                # The separator points at the pipe between the two cells: the last
                # one before a cell's text, since a row may or may not open with one.
                if cell_offsets:
                    pipe = src.rfind("|", cursor, cell_offsets[0])
                else:
                    pipe = src.find("|", cursor, end)
                if pipe == -1:
                    pipe = min(cursor, end - 1)
                parts.append(" | ")
                offsets.extend((pipe, pipe, pipe))
                cursor = pipe + 1
            if cell:
                parts.append(cell)
                offsets.extend(cell_offsets)
                cursor = cell_offsets[-1] + 1
        context = self._context(self._current_label())
        self.document.sentences.append(
            Sentence(
                "".join(parts),
                tuple(offsets),
                kind or "table_row",
                context,
                header,
                self.index,
            )
        )
        self.index += 1
        return header

    def _open_admonition(self, token: Token) -> bool:
        params = token.info
        meta = token.meta or {}
        tag = str(meta.get("tag", "")).lower()
        # admon invents a title (`Note`) when none is given; only a quoted one is real.
        first = params.find('"')
        last = params.rfind('"')
        explicit = first != -1 and last > first
        title = params[first + 1 : last] if explicit else ""
        prefix = "details" if token.markup.startswith("?") else "admonition"
        self._push(f"{prefix}:{tag}:{title}")
        return explicit and bool(title.strip())

    def _admonition_title(self, token: Token) -> None:
        text, offsets = self._inline(token, None)
        start, stop = _trim(text)
        if self.containers:
            prefix, _, rest = self.containers[-1].partition(":")
            tag = rest.partition(":")[0]
            self._retitle(f"{prefix}:{tag}:{text[start:stop]}")
        if stop > start:
            self.document.sentences.append(
                Sentence(
                    text[start:stop],
                    tuple(offsets[start:stop]),
                    "paragraph",
                    self._context(self._current_label()),
                    (),
                    self.index,
                )
            )
            self.index += 1

    def _code_block(self, token: Token) -> None:
        line_map = token.map
        if not line_map:
            return
        content = token.content
        first = line_map[0] + (1 if token.type == "fence" else 0)
        lines = content.split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        src = self.src
        starts = self.line_starts
        count = len(starts)
        if not self.containers and first + len(lines) <= count and src[starts[line_map[0]]] in "`~":
            # A fence at the left margin leaves its content lines untouched.
            self._add_code(token, lines, first, (1,) * len(lines))
            return
        columns: list[int] = []
        previous = 1
        for number, line in enumerate(lines, first):
            if number >= count:
                columns.append(previous)
                continue
            begin = starts[number]
            stop = starts[number + 1] - 1 if number + 1 < count else len(src)
            raw = src[begin:stop]
            if raw.endswith("\r"):
                raw = raw[:-1]
            if raw.endswith(line):
                column = len(raw) - len(line) + 1
            else:
                # A tab in the indentation became spaces: anchor on the text, so that
                # positions inside it are exact and the line's start only approximate.
                body = line.lstrip()
                if body and raw.endswith(body):
                    column = max(1, len(raw) - len(body) + 1 - (len(line) - len(body)))
                else:
                    column = previous
            columns.append(column)
            previous = column
        self._add_code(token, lines, first, tuple(columns))

    def _add_code(
        self, token: Token, lines: list[str], first: int, columns: tuple[int, ...]
    ) -> None:
        info = token.info.strip()
        self.document.code_blocks.append(
            CodeBlock(
                info=info,
                text="\n".join(lines),
                first_line=self._file_line(first),
                columns=columns,
                context=self._context(self._current_label()),
            )
        )
        language = info.split(" ", 1)[0].lower()
        if language == "mermaid":
            self._diagram_labels(lines, first, columns)
        elif language in GHERKIN_LANGUAGES:
            self._scenario_steps(lines, first, columns)

    def _scenario_steps(self, lines: list[str], first: int, columns: tuple[int, ...]) -> None:
        """A Gherkin scenario is a specification in prose: each step ("Then the pod keeps
        its envelope") is a sentence of its own; tags, comments and tables are not."""
        context = self._context(self._current_label())
        starts = self.line_starts
        for number, line in enumerate(lines):
            text = line.strip()
            if first + number >= len(starts) or not text or text.startswith(_NOT_A_STEP):
                continue
            at = starts[first + number] + columns[number] - 1 + (len(line) - len(line.lstrip()))
            self.document.sentences.append(
                Sentence(
                    text, tuple(range(at, at + len(text))), "paragraph", context, (), self.index
                )
            )
            self.index += 1

    def _diagram_labels(self, lines: list[str], first: int, columns: tuple[int, ...]) -> None:
        """A mermaid diagram's node, edge and subgraph labels are prose: a rendered page
        shows them ("FlakeHub: installs Nix + serves the binary cache"). The labels of one
        line are one sentence, parted by dashes, so an edge keeps its ends together
        ("personal-nix — attic-api...:8080")."""
        context = self._context(self._current_label())
        starts = self.line_starts
        # A node's name is its label's first line ("FlakeHub<br/>runtime substituter"):
        # what the label says of the node is said once, where it is defined.
        names: dict[str, str] = {}
        for line in lines:
            for found in _DIAGRAM_NODE.finditer(line):
                name = _NODE_NAME_END.split(found.group(2))[0].strip()
                if any(ch.isalpha() for ch in name):
                    names[found.group(1)] = name
        for number, line in enumerate(lines):
            if first + number >= len(starts) or line.lstrip().startswith("%%"):
                continue
            base = starts[first + number] + columns[number] - 1
            # (column, label, char offsets, is an edge's label), in the line's order
            parts: list[tuple[int, str, list[int], bool]] = []
            for found in _DIAGRAM_LABEL.finditer(line):
                group = next(g for g in range(1, 5) if found.group(g) is not None)
                label = found.group(group)
                lead = len(label) - len(label.lstrip())
                label = label.strip()
                if not label or not any(ch.isalpha() for ch in label):
                    continue
                at = base + found.start(group) + lead
                edge = group == 2 or line[max(0, found.start() - 1) : found.start()] == "|"
                parts.append((found.start(group), label, list(range(at, at + len(label))), edge))
            if parts and _DIAGRAM_EDGE.search(line):
                # An edge's label says something of its ends: "OOMKilled: recreate with a
                # bigger limit" from the pod to itself reads with the pod's name.
                labelled = [(column, column + len(label)) for column, label, _, _ in parts]
                for found in _DIAGRAM_ID.finditer(line):
                    name = names.get(found.group(1))
                    if name is None or any(a - 2 <= found.start() < b + 2 for a, b in labelled):
                        continue
                    at = base + found.start()
                    parts.append((found.start(), name, [at] * len(name), False))
                parts.sort(key=lambda part: part[0])
            text = ""
            offsets: list[int] = []
            previous_edge = False
            for _, label, label_offsets, edge in parts:
                if text:
                    # An edge's label reads from its source to its target ("pod → overflow
                    # when workers are full → sting"); other labels stand apart.
                    join = _EDGE_JOIN if edge or previous_edge else _DIAGRAM_JOIN
                    text += join
                    offsets.extend([label_offsets[0]] * len(join))
                previous_edge = edge
                text += label
                offsets.extend(label_offsets)
            if text:
                self.document.sentences.append(
                    Sentence(text, tuple(offsets), "paragraph", context, (), self.index)
                )
                self.index += 1

    def _html_block(self, token: Token) -> None:
        html = token.content
        if not token.map:
            return
        if PREFIX in html:
            first = token.map[0]
            locate = self._block_locator(html, first)
            self.document.directives.extend(parse_directives(html, locate))
        if not _HTML_NO_PROSE.match(html):
            self._html_text(token.map)

    def _html_text(self, line_map: list[int]) -> None:
        """The text of an HTML block (`<div>Nix is preinstalled ...</div>`) is prose too:
        a rendered page shows it. Tags and comments are dropped, each leaving a space."""
        begin, end = self._region(line_map)
        src = self.src
        parts: list[str] = []
        offsets: list[int] = []
        cursor = begin
        for tag in _HTML_TAG.finditer(src, begin, end):
            piece = src[cursor : tag.start()]
            if piece.strip():
                parts.append(piece)
                offsets.extend(range(cursor, tag.start()))
            name = tag.group(1)
            inline = name is not None and name.lower() in _HTML_INLINE  # None: a comment
            if not inline and parts and not parts[-1].endswith(" "):
                parts.append(" ")  # `<td>a</td><td>b</td>` reads "a b"; `tiny<b>land</b>` not
                offsets.append(tag.start())
            cursor = tag.end()
        piece = src[cursor:end]
        if piece.strip():
            parts.append(piece)
            offsets.extend(range(cursor, end))
        text = "".join(parts).replace("\n", " ").replace("\r", " ").replace("\t", " ")
        if not text.strip():
            return
        context = self._context(self._current_label())
        for start, stop in split_sentences(text, ()):
            chunk = text[start:stop]
            lead = len(chunk) - len(chunk.lstrip())
            chunk = chunk.strip()
            if not chunk:
                continue
            first = start + lead
            self.document.sentences.append(
                Sentence(
                    chunk,
                    tuple(offsets[first : first + len(chunk)]),
                    "paragraph",
                    context,
                    (),
                    self.index,
                )
            )
            self.index += 1

    def _block_locator(self, html: str, first: int) -> Callable[[int], tuple[int, int]]:
        def locate(index: int) -> tuple[int, int]:
            line = first + html.count("\n", 0, index)
            newline = html.find("\n", index)
            fragment = html[index : newline if newline != -1 else len(html)]
            begin, end = self._region([line, line + 1])
            found = self.src.find(fragment, begin, end) if fragment else -1
            return self.source.position(found if found != -1 else begin)

        return locate

    def inline_directives(self, html: str, offset: int) -> None:
        """Directives in an html_inline token whose text starts at file `offset`."""
        first_line = self.source.position(offset)[0]

        def locate(index: int) -> tuple[int, int]:
            if index == 0:
                return self.source.position(offset)
            return first_line + html.count("\n", 0, index), 1

        self.document.directives.extend(parse_directives(html, locate))

    def _front_matter(self, content: str) -> None:
        try:
            # The C loader when built, else the pure one: both are safe loaders.
            data = yaml.load(content, Loader=_YAML_LOADER)
        except Exception:
            # Bad front matter is the author's business, not a reason to skip the page;
            # deep nesting raises RecursionError rather than a YAMLError.
            return
        if not isinstance(data, dict):
            return
        front = {str(key): value for key, value in data.items()}
        self.document.front_matter = front
        scalars: list[tuple[str, str]] = []
        for key, value in front.items():
            if isinstance(value, list):
                items = [_scalar(v) for v in value]
                if all(item is not None for item in items):
                    scalars.append((key, ", ".join(item or "" for item in items)))
            else:
                scalar = _scalar(value)
                if scalar is not None:
                    scalars.append((key, scalar))
        if not any(key.lower() == "status" for key, _ in scalars):
            scalars.extend(_body_status(self.src))
        self.front_matter = tuple(scalars)
        self.contexts.clear()
        title = _scalar(front.get("title"))
        if title:
            self.document.title = title.strip()


# The status word ends its line or is followed by what qualifies a status ("Superseded by
# ADR-7", "Rejected (2026-04-14)", "Archived · Last reviewed ..."), not by more prose
# ("Status: rejected ideas below") nor by what limits it ("Superseded (troubleshooting
# only)": the rest of the page still stands).
_STATUS_END = (
    r"(?:\*\*|__)?`?[ \t]*"
    r"(?:$|\((?![^)\n]*\bonly\))|[,.;:—–·|-]|[ \t]+(?:by|in|on|since|as of)\b)"
)
_STATUS_LINE = re.compile(
    r"^ {0,3}(?:[-*+] +)?(?:\*\*|__)?status(?:\*\*|__)?[ \t]*:[ \t]*(?:\*\*|__)?[ \t]*`?"
    r"([A-Za-z][\w-]*)" + _STATUS_END,
    re.IGNORECASE | re.MULTILINE,
)
_STATUS_HEADING = re.compile(
    r"^#{1,4} +status *\n+ *(?:\*\*|__)?`?([A-Za-z][\w-]*)" + _STATUS_END, re.I | re.M
)
_STATUS_BANNER = re.compile(
    r"^ {0,3}> *(?:\*\*|__)?(?:[\u26a0\u2757\U0001f6d1]\ufe0f?\s*)?(?:\*\*|__)?"
    r"(superseded|archived|obsolete|retired|withdrawn|historical)" + _STATUS_END,
    re.IGNORECASE | re.MULTILINE,
)
"""A notice quoted at a page's top that retires the page ("> **SUPERSEDED (2026-04-09)
by GF-SA-2026-007.** Kept for history only."), before its first section."""
STATUS_REACH = 2000
"""Characters from the top where a record's status line is looked for (an ADR's
`Status: Superseded`, a decision record's `## Status` section)."""


def _body_status(text: str) -> tuple[tuple[str, str], ...]:
    """A page's status as its body states it near the top, as front matter would."""
    head = text[:STATUS_REACH]
    found = _STATUS_LINE.search(head) or _STATUS_HEADING.search(head)
    if found is None:
        section = re.search(r"^ {0,3}#{2,6} ", head, re.MULTILINE)
        found = _STATUS_BANNER.search(head, 0, section.start() if section else len(head))
    return (("status", found.group(1)),) if found else ()


def _scalar(value: object) -> str | None:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str | int | float | datetime.date):
        return str(value)
    if value is None:
        return ""
    return None


def _trim(text: str) -> tuple[int, int]:
    start, stop = 0, len(text)
    while start < stop and text[start].isspace():
        start += 1
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    return start, stop


def _all_bold(children: list[Token]) -> bool:
    """Is the inline content one bold span (`**Not on the roadmap**`)?"""
    kinds = [c.type for c in children if c.type != "text" or c.content]
    return (
        len(kinds) >= 3
        and kinds[0] == "strong_open"
        and kinds[-1] == "strong_close"
        and (kinds.count("strong_open") == 1)
    )


_TITLE_SENTENCE_WORDS = 4
"""A bold lead of this many words ending in "." is a title sentence, not a label like
"**Wrong.**"."""
_FIELD_LINE = re.compile(
    r"[ \t>]*(?:\*\*|__)[^*_\n:]{1,40}(?::\s*(?:\*\*|__)|(?:\*\*|__)\s*(?::|(?=[\"“])))"
)
"""A line that opens with a bold field label: "**Decision:** REJECTED", "**Owner**: Jess",
or a speaker's cue before their words ('**Say** "That was luck."')."""


def _split_spans(spans: list[tuple[int, int]], cuts: list[int]) -> list[tuple[int, int]]:
    """Sentence spans cut again where a field line starts (trailing spaces trimmed)."""
    result: list[tuple[int, int]] = []
    for start, stop in spans:
        for cut in cuts:
            if start < cut < stop:
                result.append((start, cut - 1))
                start = cut
        result.append((start, stop))
    return result


def _bold_lead(children: list[Token]) -> str:
    """`Wrong:` for `**Wrong:** text` (or `**Wrong**: text`); empty if not a short lead."""
    # The emphasis rule leaves an empty text token in front of a leading `**`; a
    # reviewer's mark may stand before it ("❌ **Request changes**: ...").
    opening = 0
    mark = ""
    while opening < len(children) and children[opening].type == "text":
        content = children[opening].content
        if content:
            found = _VERDICT_MARK.match(content)
            if mark or found is None or found.end() != len(content):
                return ""
            mark = found.group(1) + " "
        opening += 1
    if opening >= len(children) or children[opening].type != "strong_open":
        return ""
    first = children[opening]
    parts: list[str] = []
    close = 0
    for position in range(opening + 1, len(children)):
        child = children[position]
        if child.type == "strong_close" and child.level == first.level:
            close = position
            break
        if child.type in ("text", "text_special", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    if not close or close + 1 >= len(children):
        return ""
    lead = " ".join("".join(parts).split())
    if not lead or len(lead.split()) > LABEL_MAX_WORDS:
        return ""
    after = children[close + 1]
    if not lead.endswith(":") and after.type == "text" and after.content.startswith(":"):
        lead += ":"
    return mark + lead


def _plain_text(
    children: list[Token],
    src: str,
    cursor: int,
    end: int,
    parts: list[str],
    offsets: list[int],
    code_starts: list[int] | None,
    builder: _Builder,
) -> int:
    """Append the plain text of inline tokens and each character's file offset.

    `cursor` walks forward through `src[cursor:end]` (the block's own lines), so
    container prefixes and markup are skipped by searching for each piece of text.
    Returns the cursor after the last piece.
    """
    find = src.find
    append = parts.append
    extend = offsets.extend
    last = max(end - 1, 0)
    after_html = False
    href = ""
    # Where the cursor was before skipping a link's destination, in case the skip
    # was wrong (a shortcut reference followed by text in parentheses).
    rewind = cursor
    struck = 0
    for child in children:
        kind = child.type
        if kind == "s_open" or kind == "s_close":
            # ~~struck-through~~ text is retracted: the page no longer says it.
            struck += 1 if kind == "s_open" else -1
            continue
        if struck > 0 and kind in ("text", "code_inline", "text_special"):
            piece = child.content if kind != "text_special" else (child.markup or child.content)
            found = find(piece, cursor, end) if piece else -1
            if found != -1:
                cursor = found + len(piece)
            continue
        if kind == "text":
            content = child.content
            if not content:
                continue  # emphasis delimiters leave empty text tokens behind
            if after_html:
                after_html = False
                # `a <b>x</b> c` minus its tags must not read `a  c`.
                if content[:1] == " " and parts and parts[-1][-1:] == " ":
                    content = content[1:]
            found = find(content, cursor, end)
            if found == -1 and rewind < cursor:
                found = find(content, max(rewind, offsets[-1] + 1 if offsets else 0), end)
            if found == -1:
                cursor = _approximate(content, src, cursor, end, parts, offsets)
            else:
                append(content)
                cursor = found + len(content)
                extend(range(found, cursor))
        elif kind == "softbreak" or kind == "hardbreak":
            found = find("\n", cursor, end)
            append(" ")
            if found == -1:
                offsets.append(min(cursor, last))
            else:
                offsets.append(found)
                cursor = found + 1
        elif kind == "code_inline":
            if code_starts is not None:
                code_starts.append(len(offsets))
            cursor = _code_span(child, src, cursor, end, parts, offsets)
        elif kind == "text_special":
            content = child.content
            markup = child.markup or content
            found = find(markup, cursor, end)
            if found == -1:
                cursor = _approximate(content, src, cursor, end, parts, offsets)
            elif content == markup:
                parts.append(content)
                cursor = found + len(content)
                offsets.extend(range(found, cursor))
            else:
                # An escape maps to the escaped character; a decoded entity to its `&`.
                parts.append(content)
                at = found + 1 if markup == "\\" + content else found
                offsets.extend([at] * len(content))
                cursor = found + len(markup)
        elif kind == "link_open":
            href = str(child.attrs.get("href", ""))
        elif kind == "link_close":
            rewind = cursor
            cursor = _skip_link_tail(src, cursor, end, child.markup == "autolink", href)
        elif kind == "image":
            cursor = _plain_text(
                child.children or [], src, cursor, end, parts, offsets, code_starts, builder
            )
            rewind = cursor
            cursor = _skip_link_tail(src, cursor, end, False, str(child.attrs.get("src", "")))
        elif kind == "html_inline":
            content = child.content
            newline = content.find("\n")
            head = content if newline == -1 else content[:newline]
            found = find(head, cursor, end) if head else -1
            if found != -1:
                if PREFIX in content:
                    builder.inline_directives(content, found)
                cursor = found + len(head)
            after_html = True
    return cursor


def _without_line_indents(text: str, offsets: Sequence[int], src: str) -> str:
    """A wiki talk page indents a reply's lines with colons (": Short answer: no ..."):
    a colon run that opens a source line is layout, not a lead-in's colon. Only in a
    paragraph that opens indented so: after "**Term**", ": what it means" defines it."""
    if not text.startswith(":"):
        return text
    chars = list(text)
    for i, char in enumerate(text):
        if char != ":":
            continue
        at = offsets[i]
        line_start = src.rfind("\n", 0, at) + 1
        if src[line_start:at].strip(" \t:>") == "" and src[at + 1 : at + 2] in (" ", ":", "\t"):
            chars[i] = " "
    return "".join(chars)


def _code_span(
    token: Token, src: str, cursor: int, end: int, parts: list[str], offsets: list[int]
) -> int:
    """Offsets of an inline code span's content, anchored on its opening backticks.

    Searching for the content alone could land on a later, identical span when this
    one was rewritten (a line break inside it becomes a space).
    """
    content = token.content
    fence = token.markup or "`"
    opening = src.find(fence, cursor, end)
    if opening == -1:
        return _approximate(content, src, cursor, end, parts, offsets)
    start = opening + len(fence)
    if not src.startswith(content, start) and src.startswith(content, start + 1):
        start += 1  # the parser strips one space from each side of ` `x` `
    if src.startswith(content, start):
        # A YAML key shown alone ("in the job's `container:` block") ends in a colon
        # that is part of its name, not a lead-in's colon before what follows it.
        keyed = len(content) > 1 and content.endswith(":") and content[-2] != ":"
        parts.append(content[:-1] + " " if keyed else content)
        offsets.extend(range(start, start + len(content)))
        after = start + len(content)
        # Step over the closing backticks, or the next span would open on them.
        closing = src.find(fence, after, end)
        return after if closing == -1 else closing + len(fence)
    closing = src.find(fence, start, end)
    stop = end if closing == -1 else closing
    _approximate(content, src, start, stop, parts, offsets)
    return end if closing == -1 else closing + len(fence)


_PREFIX_CHARS = frozenset(" \t>\r")


def _approximate(
    content: str, src: str, cursor: int, end: int, parts: list[str], offsets: list[int]
) -> int:
    """Offsets for text that is not verbatim in the source (rewritten by the parser).

    Walks content and source together: a space may stand for a line break, after
    which container prefixes (`> `, indentation) are skipped; a character missing
    here is looked for a few characters ahead, else taken as a substitution (NUL
    became U+FFFD). Linear, and offsets never decrease.
    """
    parts.append(content)
    last = max(end - 1, 0)
    position = cursor
    after_break = False
    for char in content:
        while position < end:
            found = src[position]
            if found == char:
                # Until real text resumes, spaces may still be the stripped prefix.
                after_break = after_break and char in " \t"
                break
            if char == " " and found == "\n":
                after_break = True
                break
            if found in _PREFIX_CHARS and (after_break or found == "\r"):
                position += 1
                continue
            # A dropped character (an escape's backslash): resync a short way ahead.
            ahead = src.find(char, position + 1, min(position + 16, end))
            if ahead != -1:
                position = ahead
            after_break = False
            break
        else:
            offsets.append(last)
            continue
        offsets.append(position)
        position += 1
    return min(position, end)


def _skip_link_tail(src: str, cursor: int, end: int, autolink: bool, href: str) -> int:
    """Move past `](url "title")`, `][ref]` or `>` so later text is not found in a URL.

    `href` tells an inline link from a shortcut reference that happens to be
    followed by text in parentheses: markdown-it leaves destinations unnormalised.
    """
    if autolink:
        found = src.find(">", cursor, end)
        return cursor if found == -1 else found + 1
    bracket = src.find("]", cursor, end)
    if bracket == -1:
        return cursor
    position = bracket + 1
    if position >= end:
        return position
    opener = src[position]
    if opener == "[":
        close = src.find("]", position + 1, end)
        return position if close == -1 else close + 1
    if opener != "(":
        return position
    start = position + 1
    while start < end and src[start] in " \t\n<":
        start += 1
    if href and start < end and src[start] != href[0]:
        return position
    close = src.find(")", position, end)
    if close != -1 and src.find("(", position + 1, close) == -1:
        return close + 1
    # Parentheses inside the destination (Wikipedia-style URLs): balance them.
    depth = 0
    while position < end:
        char = src[position]
        if char == "\\":
            position += 2
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return position + 1
        position += 1
    return bracket + 1
