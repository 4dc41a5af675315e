"""Escaping for the site pages: every string from claims or docs passes through here."""

from __future__ import annotations

import html
import re

# Characters XML 1.0 forbids; inline SVG must stay well-formed whatever the claims contain.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# Characters that Markdown preprocessors (superfences, snippets, critic, tabbed, keys, emoji,
# caret/tilde/mark) read even inside raw HTML blocks; as entities they render the same.
_PREPROCESSED = str.maketrans({"`": "&#96;", "{": "&#123;", "}": "&#125;"})
# Markdown-significant punctuation for text emitted as Markdown (headings); `-` and `.` stay,
# they only mean something at a line start, and headings never start with the text.
_MARKDOWN = str.maketrans(
    {c: f"&#{ord(c)};" for c in "\\`*_{}[]()#+!|~^=:$"},
)


def clean(text: object) -> str:
    """One line of text: whitespace collapsed, XML-invalid characters replaced."""
    return " ".join(_XML_INVALID.sub("\ufffd", str(text)).split())


def esc(text: object) -> str:
    """Text safe as HTML/XML element content or a quoted attribute value, on one line."""
    return _escape(clean(text))


def _escape(text: str) -> str:
    return html.escape(text, quote=True).translate(_PREPROCESSED)


def md_text(text: object) -> str:
    """Text safe inside a Markdown heading or paragraph: no markup, no Markdown syntax."""
    return html.escape(clean(text), quote=False).translate(_MARKDOWN)


def attr(name: str, value: object) -> str:
    """` name="value"` with the value escaped (empty string when value is empty)."""
    text = str(value)
    return f' {name}="{esc(text)}"' if text else ""


def link(href: str, text: object, css: str = "") -> str:
    """An `<a>` with escaped text; plain escaped text when there is no target."""
    if not href:
        return f"<span{attr('class', css)}>{esc(text)}</span>" if css else esc(text)
    return f"<a{attr('href', href)}{attr('class', css)}>{esc(text)}</a>"


def code(text: object) -> str:
    return f"<code>{esc(text)}</code>"


def inline_code(text: object) -> str:
    """Prose from the claims where `backticks` mark code: escaped, with <code> for the spans."""
    parts = clean(text).split("`")
    if len(parts) % 2 == 0:  # unbalanced backticks: show them as written
        return esc(text)
    return "".join(
        f"<code>{_escape(p)}</code>" if i % 2 else _escape(p) for i, p in enumerate(parts)
    )
