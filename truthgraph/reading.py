"""Reading a file's bytes from disk: regular files only, bounded, never blocking.

One rule for every input (documents, claims files, baselines): only regular files
are read; FIFOs, devices and sockets are refused without a blocking open; a read
stops after `max_bytes` bytes actually read, whatever `stat` says (`/dev/zero` and
procfs files claim 0 bytes); a symlink whose target leaves the checked tree is
reported, not followed in silence. Every refusal is a one-line problem that the
report lists with the file.
"""

from __future__ import annotations

import json
import os
import stat
from dataclasses import dataclass
from pathlib import Path

BINARY_SNIFF = 8192
_CHUNK = 1 << 20


@dataclass(frozen=True)
class ReadResult:
    text: str | None
    problem: str = ""


@dataclass(frozen=True)
class BytesResult:
    data: bytes | None
    problem: str = ""


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "not a regular file"


def _inside(target: str, folder: str) -> bool:
    return target == folder or target.startswith(folder.rstrip(os.sep) + os.sep)


def outside_tree(path: Path, roots: tuple[Path, ...] = ()) -> str:
    """The target of a symlink (anywhere on `path`) that leaves the checked tree, else "".

    The tree is the current folder, the given `roots`, and the folder holding the link:
    a link between two docs of the same project is followed; `docs/x.md -> /etc/passwd`
    is not."""
    absolute = Path(path).absolute()
    target = os.path.realpath(path)
    if target == str(absolute):
        return ""  # no symlink on the way
    allowed = [os.path.realpath(Path.cwd()), os.path.realpath(absolute.parent)]
    allowed.extend(os.path.realpath(r) for r in roots)
    if any(_inside(target, folder) for folder in allowed):
        return ""
    return target


def read_bytes(
    path: Path, max_bytes: int, roots: tuple[Path, ...] = (), *, confine: bool = True
) -> BytesResult:
    """At most `max_bytes` bytes of a regular file, or why they were not read.

    With `confine`, a symlink leaving the checked tree is refused (see `outside_tree`)."""
    try:
        info = Path(path).stat()
    except OSError as exc:
        if Path(path).is_symlink():
            return BytesResult(None, "cannot read: broken symlink (its target does not exist)")
        return BytesResult(None, f"cannot read: {exc.strerror or exc}")
    if not stat.S_ISREG(info.st_mode):
        return BytesResult(None, f"{_kind(info.st_mode)}, not a regular file; not checked")
    escaped = outside_tree(path, roots) if confine else ""
    if escaped:
        return BytesResult(None, f"symlink to {escaped}, outside the checked tree; not followed")
    limit = max_bytes / 2**20
    if info.st_size > max_bytes:
        return BytesResult(
            None, f"larger than {limit:g} MiB ({info.st_size / 2**20:.1f} MiB); not checked"
        )
    try:
        # O_NONBLOCK: if the file was swapped for a FIFO since `stat`, opening cannot hang.
        handle = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        return BytesResult(None, f"cannot read: {exc.strerror or exc}")
    try:
        opened = os.fstat(handle)
        if not stat.S_ISREG(opened.st_mode):
            return BytesResult(None, f"{_kind(opened.st_mode)}, not a regular file; not checked")
        chunks: list[bytes] = []
        total = 0
        while total <= max_bytes:
            chunk = os.read(handle, min(_CHUNK, max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > max_bytes:
            # `stat` said it fits, the bytes say otherwise (procfs, a growing file).
            return BytesResult(None, f"larger than {limit:g} MiB; not checked")
        return BytesResult(b"".join(chunks))
    except OSError as exc:
        return BytesResult(None, f"cannot read: {exc.strerror or exc}")
    finally:
        os.close(handle)


def read_text(path: Path, max_bytes: int, roots: tuple[Path, ...] = ()) -> ReadResult:
    """The file's text, or why it was not read (too large, binary, not UTF-8, unreadable)."""
    read = read_bytes(path, max_bytes, roots)
    blob = read.data
    if blob is None:
        return ReadResult(None, read.problem)
    if b"\0" in blob[:BINARY_SNIFF]:
        return ReadResult(None, "binary file (NUL bytes); not checked")
    try:
        return ReadResult(blob.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        line = blob.count(b"\n", 0, exc.start) + 1
        return ReadResult(None, f"not UTF-8 (line {line}, byte {exc.start}); save it as UTF-8")


MAX_JSON_BYTES = 256 * 2**20
"""Baselines and reports larger than this are refused before they are read whole."""


class JSONInputError(ValueError):
    """A JSON input file cannot be used; `line` and `column` are set for syntax errors."""

    def __init__(self, message: str, line: int | None = None, column: int | None = None) -> None:
        super().__init__(message)
        self.line = line
        self.column = column


def load_json(path: Path, max_bytes: int = MAX_JSON_BYTES) -> object:
    """Parse a JSON file read by the same rules as any input (regular file, bounded).

    A UTF-8 byte-order mark is accepted; nesting too deep for the parser and numbers
    too long to convert are errors, not crashes."""
    read = read_bytes(path, max_bytes, confine=False)
    if read.data is None:
        raise JSONInputError(read.problem.replace("; not checked", ""))
    try:
        text = read.data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise JSONInputError(f"not UTF-8 text (byte {exc.start})") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise JSONInputError(f"not valid JSON: {exc.msg}", exc.lineno, exc.colno) from None
    except RecursionError:
        raise JSONInputError("JSON nested too deeply to read") from None
    except ValueError:  # the only other failure: an integer of more than 4,300 digits
        raise JSONInputError("not usable JSON: a number has more than 4,300 digits") from None


__all__ = [
    "MAX_JSON_BYTES",
    "BytesResult",
    "JSONInputError",
    "ReadResult",
    "load_json",
    "outside_tree",
    "read_bytes",
    "read_text",
]
