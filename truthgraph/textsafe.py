"""Escaping for every place text leaves the program: terminals, logs, XML and links.

Claims text and document text are written by other people. Before it reaches a
terminal or a CI log it loses every control character and escape sequence (an
OSC sequence can retitle a window or write a hyperlink; a CSI one can clear the
screen), except the colour codes (SGR) of a coloured terminal report. XML gets
no character that XML 1.0 forbids. A link built from pack data is kept only if
it is http(s) or relative: a `javascript:` site URL becomes no link at all.
"""

from __future__ import annotations

import re
from typing import Any, TextIO
from urllib.parse import urlsplit

# OSC ... (BEL | ST), DCS/SOS/PM/APC ... ST, CSI ... final byte, other ESC sequences,
# then single C0 (but tab and newline), DEL and C1 characters.
_OSC = r"\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x9d[^\x07\x9c]*[\x07\x9c]?"
_STRING = r"\x1b[PX^_][^\x1b]*(?:\x1b\\)?|[\x90\x98\x9e\x9f][^\x9c]*\x9c?"
_CSI = r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"
_ESC = r"\x1b[ -/]*[0-~]?"
_SINGLE = r"[\x00-\x08\x0b-\x1f\x7f-\x9f]"
_ANY = re.compile("|".join((_OSC, _STRING, _CSI, _ESC, _SINGLE)))
_SGR = re.compile(r"\x1b\[[0-9;:]*m")
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def terminal_safe(text: str, keep_color: bool = False) -> str:
    """`text` without control characters or escape sequences; SGR colour kept on request."""
    if text.isascii() and text.isprintable():
        return text
    text = _SURROGATE.sub("\ufffd", text)

    def drop(found: re.Match[str]) -> str:
        if keep_color and _SGR.fullmatch(found.group()):
            return found.group()
        return ""

    return _ANY.sub(drop, text)


def one_line(text: str) -> str:
    """`text` safe for one log line: newlines and carriage returns become visible escapes."""
    return terminal_safe(text.replace("\r", "\\r").replace("\n", "\\n"))


def xml_safe(text: str) -> str:
    """`text` with each character XML 1.0 forbids replaced by U+FFFD."""
    return _NOT_XML.sub("\ufffd", text)


def safe_url(url: str) -> str:
    """`url` if it is http(s) or relative, else "" (no link is better than a script link)."""
    url = url.strip()
    if not url or any(ord(char) < 0x20 or char == "\x7f" for char in url):
        return ""
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        return ""
    if scheme in ("http", "https"):
        return url
    if scheme or url.startswith("//"):
        return ""
    return url


class SafeStream:
    """A text stream that passes everything written through `terminal_safe`."""

    def __init__(self, stream: TextIO, keep_color: bool) -> None:
        self.stream = stream
        self.keep_color = keep_color

    def write(self, text: str) -> int:
        self.stream.write(terminal_safe(text, self.keep_color))
        return len(text)

    def flush(self) -> None:
        self.stream.flush()

    def isatty(self) -> bool:
        return self.stream.isatty()

    def fileno(self) -> int:
        return self.stream.fileno()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)


__all__ = ["SafeStream", "one_line", "safe_url", "terminal_safe", "xml_safe"]
