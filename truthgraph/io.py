"""Writing reports, baselines and graphs where they are told to go.

* A regular file, or a path that does not exist yet, is written atomically: a
  temporary file in the same folder, then a rename, so a reader never sees half a
  report. The file keeps its mode; a new file gets 0666 less the umask, like any
  other tool's output. A symlink is followed: its target is replaced, the link
  stays as it was.
* A stream (`-`, `/dev/stdout`, `/proc/self/fd/N`), FIFO or device is written
  directly, never replaced by a regular file.
* The temporary file is removed on every failure, Ctrl-C and handled signal.
* A file that the run is checking is never overwritten (`baseline write
  --baseline docs/index.md docs/` is refused).
* A failing write (ENOSPC on `/dev/full`, EACCES ...) is one `ReportError` line.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

from truthgraph.errors import Location, ReportError

_inputs: list[Path] = []
_input_ids: set[tuple[int, int]] | None = None


def note_inputs(paths: Iterable[Path]) -> None:
    """Remember the files being checked: no report or baseline may be written over them."""
    global _input_ids
    _inputs[:] = list(paths)
    _input_ids = None


def _is_input(info: os.stat_result) -> bool:
    global _input_ids
    if not _inputs:
        return False
    if _input_ids is None:
        ids: set[tuple[int, int]] = set()
        for path in _inputs:
            with contextlib.suppress(OSError):
                found = Path(path).stat()
                ids.add((found.st_dev, found.st_ino))
        _input_ids = ids
    return (info.st_dev, info.st_ino) in _input_ids


def _umask() -> int:
    current = os.umask(0o022)
    os.umask(current)
    return current


def _fail(path: Path, exc: OSError) -> ReportError:
    return ReportError(f"cannot write: {exc.strerror or exc}", Location(str(path)))


def _write_all(handle: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(handle, view)
        view = view[written:]


def _standard_stream(info: os.stat_result) -> int | None:
    """1 or 2 when `info` is the file our standard output or error already writes to."""
    for number in (1, 2):
        try:
            stream = os.fstat(number)
        except OSError:
            continue
        if (stream.st_dev, stream.st_ino) == (info.st_dev, info.st_ino):
            return number
    return None


def write_stream(number: int, data: bytes) -> None:
    """Write to standard output (1) or error (2), after what Python has buffered there."""
    stream = sys.stdout if number == 1 else sys.stderr
    with contextlib.suppress(ValueError, AttributeError):
        stream.flush()
    _write_all(number, data)


def write_atomic(path: Path, text: str, *, edits_input: bool = False) -> None:
    """Write `text` to `path` (see the module docstring for what "to" means per kind).

    `edits_input`: the write is a fix of a checked file itself (`--fix`), not a report
    that would replace one."""
    data = text.encode("utf-8", "replace")
    if str(path) == "-":
        try:
            write_stream(1, data)
        except OSError as exc:
            raise _fail(Path("<stdout>"), exc) from None
        return
    try:
        info: os.stat_result | None = path.stat()
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise _fail(path, exc) from None
    if info is not None and not stat.S_ISREG(info.st_mode):
        _write_direct(path, info, data)
        return
    if info is not None:
        number = _standard_stream(info)
        if number is not None:
            # `--output json=/dev/stdout > report.txt`: append where the shell writes.
            try:
                write_stream(number, data)
            except OSError as exc:
                raise _fail(path, exc) from None
            return
        if not edits_input and _is_input(info):
            raise ReportError(
                "is one of the files being checked; write the report or baseline elsewhere",
                Location(str(path)),
            )
    _replace(path, info, data)


def _write_direct(path: Path, info: os.stat_result, data: bytes) -> None:
    if stat.S_ISDIR(info.st_mode):
        raise ReportError("is a folder; name a file to write", Location(str(path)))
    number = _standard_stream(info)
    try:
        if number is not None:
            write_stream(number, data)
            return
        # A FIFO blocks here until a reader opens it, as `> fifo` does in a shell.
        handle = os.open(path, os.O_WRONLY | getattr(os, "O_CLOEXEC", 0))
        try:
            _write_all(handle, data)
        finally:
            os.close(handle)
    except OSError as exc:
        raise _fail(path, exc) from None


def _replace(path: Path, info: os.stat_result | None, data: bytes) -> None:
    # Through symlinks: the link keeps pointing where it did, its target is replaced.
    target = Path(os.path.realpath(path))
    folder = target.parent
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise _fail(path, exc) from None
    try:
        try:
            mode = stat.S_IMODE(info.st_mode) if info is not None else 0o666 & ~_umask()
            os.fchmod(handle, mode)
            if info is not None and os.geteuid() == 0:
                with contextlib.suppress(OSError):
                    os.fchown(handle, info.st_uid, info.st_gid)
            _write_all(handle, data)
            os.fsync(handle)
        finally:
            os.close(handle)
        Path(temporary).replace(target)
    except BaseException as exc:
        # Every failure, Ctrl-C and handled signal: no temporary file is left behind.
        with contextlib.suppress(OSError):
            Path(temporary).unlink()
        if isinstance(exc, OSError):
            raise _fail(path, exc) from None
        raise


__all__ = ["note_inputs", "write_atomic", "write_stream"]
