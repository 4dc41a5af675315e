"""Linear-time sentence splitting of plain text into (start, end) spans."""

from __future__ import annotations

import re
from collections.abc import Container

# The lookbehind anchors a match at the start of a punctuation run, so a run of
# thousands of dots (tables of contents) is scanned once rather than once per dot; it
# comes after the first character so the engine can skip ahead to candidates quickly.
# The match runs on to the next sentence's first character: one regex step per candidate.
_END_RE = re.compile("[.!?](?<![.!?][.!?])[.!?]*[)\\]\"'\u2019\u201d]*\\s+")

ABBREVIATIONS = frozenset(
    {
        "e.g",
        "i.e",
        "etc",
        "vs",
        "cf",
        "al",
        "approx",
        "incl",
        "esp",
        "viz",
        "resp",
        "dr",
        "mr",
        "mrs",
        "ms",
        "prof",
        "st",
        "jr",
        "sr",
        "inc",
        "ltd",
        "co",
        "fig",
        "eq",
        "sec",
        "vol",
        "ca",
    }
)
"""Lower-cased words (without their final dot) after which a `.` never ends a sentence."""

# Curly quotes are written as escapes so the source stays plain ASCII.
_OPENERS = frozenset("`\"'\u201c\u2018")


def split_sentences(text: str, code_starts: Container[int] = ()) -> list[tuple[int, int]]:
    """Spans of the sentences in `text`, whitespace-trimmed, covering all non-space text.

    A sentence ends at `.`, `!` or `?` (plus closing quotes/brackets) followed by
    whitespace and then an upper-case letter, digit, quote, backtick, a parenthesis
    opening on an upper-case letter, or inline code
    (`code_starts` holds the plain-text offsets where inline code begins, since
    its backticks are gone from the plain text), or by the end of the text.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    length = len(text)
    while start < length and text[start].isspace():
        start += 1
    first = _END_RE.search(text, start)
    if first is None:
        # One sentence, the common case: no iterator needed.
        _append(spans, text, start, length)
        return _split_at_status_marks(text, spans)
    for match in _END_RE.finditer(text, first.start()):
        nxt = match.end()
        if nxt >= length:
            break
        char = text[nxt]
        if not (
            char.isupper()
            or char.isdigit()
            or char in _OPENERS
            or nxt in code_starts
            # "... for the retry. (Wrong, see 10 July.)": a parenthesis opens a sentence.
            or (char == "(" and nxt + 1 < length and text[nxt + 1].isupper())
        ):
            continue
        dot = match.start()
        if text[dot] == "." and text[dot + 1].isspace() and _is_abbreviation(text, dot):
            continue
        if text[dot] == "." and dot - start == 1 and text[start].isalpha():
            continue  # "A. Re-run it; ...": a multiple-choice option's letter

        stop = nxt
        while text[stop - 1].isspace():
            stop -= 1
        if stop > start:
            spans.append((start, stop))
        start = nxt
    _append(spans, text, start, length)
    return _split_at_status_marks(text, spans)


_STATUS_MARK = re.compile("(?<=\\s)[\U0001f7e0-\U0001f7eb\U0001f534\U0001f535]\ufe0f?(?=\\s)")
"""A status light that opens an item of a status list ("🟢 canary is up 🟡 clippy still
needs a home"): written one per line, the lines are run together as a paragraph. (Marks
such as ✅ and ❌ also stand inside a sentence as its verdict: "Verdict: ❌ wrong.")"""


def _split_at_status_marks(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    if not _STATUS_MARK.search(text):
        return spans
    result: list[tuple[int, int]] = []
    for start, end in spans:
        for mark in _STATUS_MARK.finditer(text, start + 1, end):
            _append(result, text, start, mark.start())
            start = mark.start()
        _append(result, text, start, end)
    return result


def _is_abbreviation(text: str, dot: int) -> bool:
    # Abbreviations are short, so a bounded look-back keeps the scan linear.
    window = text[max(0, dot - 8) : dot]
    parts = window.split()
    if not parts or window[-1:].isspace():
        return False
    word = parts[-1].lstrip("([\"'\u201c\u2018").lower()
    return word in ABBREVIATIONS


def _append(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
