"""Outputs write where they are told: streams, FIFOs, symlinks, modes, temp files, signals."""

from __future__ import annotations

import json
import logging
import os
import stat
import threading
from pathlib import Path

import pytest

from tests.hardening.conftest import run_cli
from truthgraph import io
from truthgraph.errors import ReportError
from truthgraph.findings import FileProblem, Finding, Report, Severity
from truthgraph.textsafe import one_line, safe_url, terminal_safe

CONTRADICTION = "Nix is preinstalled on tinyland-nix.\n"


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.md").write_text(CONTRADICTION, encoding="utf-8")
    return folder


def test_output_to_a_symlink_to_stdout_reaches_the_stream(
    tmp_path: Path, claims: Path, docs: Path
) -> None:
    link = tmp_path / "o"
    link.symlink_to("/proc/self/fd/1")
    run = run_cli(("check", "--claims", "claims", "--output", f"json={link}", "docs"), tmp_path)
    assert run.code == 1
    assert '"findings"' in run.out
    assert link.is_symlink() and str(link.readlink()) == "/proc/self/fd/1"


def test_output_to_dev_stdout_redirected_to_a_file_keeps_both_reports(
    tmp_path: Path, claims: Path, docs: Path
) -> None:
    target = tmp_path / "out.txt"
    with target.open("wb") as stream:
        run = run_cli(
            ("check", "--claims", "claims", "--output", "json=/dev/stdout", "docs"),
            tmp_path,
            stdout=stream.fileno(),
        )
    assert run.code == 1
    text = target.read_text(encoding="utf-8")
    assert '"findings"' in text and "TG102" in text


def test_output_to_a_fifo_is_received(tmp_path: Path, claims: Path, docs: Path) -> None:
    fifo = tmp_path / "report.fifo"
    os.mkfifo(fifo)
    received: list[bytes] = []

    def read() -> None:
        with fifo.open("rb") as stream:
            received.append(stream.read())

    reader = threading.Thread(target=read)
    reader.start()
    run = run_cli(("check", "--claims", "claims", "--output", f"json={fifo}", "docs"), tmp_path)
    reader.join(timeout=5)
    assert run.code == 1
    assert json.loads(received[0])["findings"]
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_output_through_a_symlink_replaces_its_target(
    tmp_path: Path, claims: Path, docs: Path
) -> None:
    target = tmp_path / "real.json"
    target.write_text("old", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    run_cli(("check", "--claims", "claims", "--output", f"json={link}", "docs"), tmp_path)
    assert link.is_symlink()
    assert json.loads(target.read_text(encoding="utf-8"))["findings"]


def test_new_files_honour_the_umask_and_existing_files_keep_their_mode(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        fresh = tmp_path / "fresh.json"
        io.write_atomic(fresh, "{}\n")
        assert stat.S_IMODE(fresh.stat().st_mode) == 0o644
        kept = tmp_path / "kept.json"
        kept.write_text("x", encoding="utf-8")
        kept.chmod(0o640)
        io.write_atomic(kept, "{}\n")
        assert stat.S_IMODE(kept.stat().st_mode) == 0o640
        assert kept.read_text(encoding="utf-8") == "{}\n"
    finally:
        os.umask(old)


@pytest.mark.parametrize("error", [KeyboardInterrupt, OSError])
def test_no_temporary_file_is_left_on_an_interrupt_or_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: type[BaseException]
) -> None:
    def fail(_handle: int) -> None:
        raise error()

    monkeypatch.setattr(io.os, "fsync", fail)
    target = tmp_path / "report.json"
    with pytest.raises((KeyboardInterrupt, ReportError)):
        io.write_atomic(target, "x" * 100_000)
    assert list(tmp_path.iterdir()) == []


def test_checked_files_are_never_overwritten(tmp_path: Path) -> None:
    doc = tmp_path / "index.md"
    doc.write_text(CONTRADICTION, encoding="utf-8")
    io.note_inputs([doc])
    try:
        with pytest.raises(ReportError, match="is one of the files being checked"):
            io.write_atomic(doc, "{}")
    finally:
        io.note_inputs([])
    assert doc.read_text(encoding="utf-8") == CONTRADICTION


def test_stdout_on_a_full_disk_is_one_line(tmp_path: Path, claims: Path, docs: Path) -> None:
    with Path("/dev/full").open("wb") as full:
        run = run_cli(("check", "--claims", "claims", "docs"), tmp_path, stdout=full.fileno())
    assert run.code == 2
    assert run.err.strip().splitlines() == [
        "truthgraph: error: cannot write output: No space left on device"
    ]


def test_terminal_text_keeps_only_our_colour() -> None:
    hostile = "a\x1b]0;title\x07b\x1b[2Jc\x9b31md\x1b[31me\x1b[0m\tf\ng\rh\x00"
    assert terminal_safe(hostile) == "abcde\tf\ngh"
    assert terminal_safe(hostile, keep_color=True) == "abcd\x1b[31me\x1b[0m\tf\ngh"
    assert one_line("docs/x\n::error::INJECTED.md") == "docs/x\\n::error::INJECTED.md"


@pytest.mark.parametrize(
    ("url", "kept"),
    [
        ("https://example.org/site/", True),
        ("http://example.org", True),
        ("/site/", True),
        ("site/", True),
        ("javascript:alert(1)", False),
        ("JavaScript:alert(1)", False),
        ("data:text/html,x", False),
        ("//evil.example/", False),
        ("https://example.org/\nx", False),
    ],
)
def test_links_from_pack_data_are_http_or_relative(url: str, kept: bool) -> None:
    assert (safe_url(url) == url.strip()) is kept


def test_mkdocs_log_keeps_a_file_name_on_one_line(caplog: pytest.LogCaptureFixture) -> None:
    from truthgraph.site.plugin import TruthgraphPlugin

    finding = Finding(
        path="docs/x\n::error::INJECTED.md",
        line=1,
        column=1,
        end_line=1,
        end_column=2,
        claim="c",
        rule="TG102",
        rule_name="contradicted-wording",
        severity=Severity.ERROR,
        message="contradicts\x1b]0;t\x07 the claim",
        excerpt="x",
    )
    report = Report(claims_digest="")
    report.findings.append(finding)
    report.problems.append(FileProblem("docs/y\n::warning::X.md", "binary file"))
    plugin = TruthgraphPlugin()

    class State:
        fail_on = Severity.ERROR

    plugin._state = lambda: State()  # type: ignore[method-assign,assignment,return-value]
    with caplog.at_level(logging.INFO, logger="mkdocs.plugins.truthgraph"):
        plugin._log(report)
    messages = [record.getMessage() for record in caplog.records]
    assert len(messages) == 2
    assert all("\n" not in m and "\x1b" not in m and "\x07" not in m for m in messages)


FORMATS = ("text", "json", "sarif", "github", "markdown", "junit", "rdjsonl", "codequality")


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_file_name_that_is_not_utf8_is_reported_in_every_format(
    tmp_path: Path, claims: Path, docs: Path, fmt: str
) -> None:
    (docs / os.fsdecode(b"\xff\xfe-page.md")).write_text(CONTRADICTION, encoding="utf-8")
    (docs / "x\n::error::INJECTED.md").write_text(CONTRADICTION, encoding="utf-8")
    run = run_cli(("check", "--claims", "claims", "--format", fmt, "docs"), tmp_path)
    assert run.code == 1, run.err
    assert "\ufffd" in run.out or "%FF" in run.out.upper() or "\\ufffd" in run.out
    assert not any(line.startswith("::error::INJECTED") for line in run.out.splitlines())


def test_graphml_stays_valid_xml_with_control_characters(tmp_path: Path, claims: Path) -> None:
    from xml.dom import minidom

    truths = claims / "truths.yaml"
    text = truths.read_text(encoding="utf-8")
    old = "statement: Nix bootstrap is still workflow-owned"
    truths.write_text(text.replace(old, 'statement: "Nix\\x01 bootstrap\\e[2J"'), encoding="utf-8")
    run = run_cli(("graph", "--claims", "claims", "--format", "graphml"), tmp_path)
    assert run.code == 0
    minidom.parseString(run.out.encode("utf-8"))


def test_an_unreadable_claims_folder_is_an_error() -> None:
    """Loaded in a forked child that drops root (root reads any folder), so that the
    interpreter and truthgraph are already in memory."""
    import shutil
    import tempfile

    from tests.hardening.conftest import REPO
    from truthgraph.claims.pack import load_pack
    from truthgraph.errors import TruthgraphError

    root = Path(tempfile.mkdtemp(prefix="tg-unreadable-"))
    hidden = root / "claims" / "more"
    try:
        root.chmod(0o755)
        shutil.copytree(REPO / "claims", root / "claims")
        hidden.mkdir()
        (hidden / "x.yaml").write_text("claims: []\n", encoding="utf-8")
        hidden.chmod(0)
        reader, writer = os.pipe()
        child = os.fork()
        if child == 0:  # pragma: no cover - the child reports through the pipe
            message = "loaded"
            try:
                if os.geteuid() == 0:
                    os.setgid(65534)
                    os.setuid(65534)
                load_pack(root / "claims")
            except TruthgraphError as exc:
                message = str(exc)
            except BaseException as exc:
                message = f"crash: {exc!r}"
            os.write(writer, message.encode("utf-8", "replace"))
            os._exit(0)
        os.close(writer)
        with os.fdopen(reader, "rb") as stream:
            message = stream.read().decode("utf-8")
        os.waitpid(child, 0)
        assert message.endswith("claims/more: cannot read folder: Permission denied"), message
    finally:
        hidden.chmod(0o755)
        shutil.rmtree(root)
