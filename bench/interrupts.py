"""Ctrl-C and SIGTERM during `check -j N` on a large generated tree: clean stops, counted.

Each run starts `truthgraph check -j JOBS --output json=OUT` in its own process
group, waits until its workers exist and a random delay more, then sends the signal to the whole
group, as a terminal's Ctrl-C does. A run passes when it exits within the
deadline with 130 (SIGINT) or 143 (SIGTERM), prints no traceback, leaves no
temporary file and no process of its group behind.

    python bench/interrupts.py --runs 50 --files 3000 --jobs 4
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORDS = (
    "Nix is preinstalled on tinyland-nix lane runner ARC scales FlakeHub publication "
    "the a of and docs honey heavy memory jobs workflow bootstrap"
).split()


def make_tree(folder: Path, files: int, seed: int = 1) -> None:
    """`files` Markdown files of 40 short paragraphs each, in 30 folders."""
    chooser = random.Random(seed)
    for number in range(files):
        sub = folder / f"d{number % 30}"
        sub.mkdir(parents=True, exist_ok=True)
        paragraphs = (" ".join(chooser.choice(WORDS) for _ in range(12)) + "." for _ in range(40))
        (sub / f"f{number}.md").write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")


@dataclass
class Outcome:
    code: int | None
    seconds: float
    traceback: bool
    temporary: list[str]
    orphans: bool
    stderr: str

    def ok(self, expected: int, deadline: float) -> bool:
        return (
            self.code == expected
            and self.seconds <= deadline
            and not self.traceback
            and not self.temporary
            and not self.orphans
        )


def _wait_for_children(pid: int, timeout: float) -> None:
    children = Path(f"/proc/{pid}/task/{pid}/children")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if children.read_text().split():
                return
        except OSError:
            return  # no procfs, or the process is gone: signal after the delay alone
        time.sleep(0.02)


def _group_alive(group: int) -> bool:
    try:
        os.killpg(group, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _as_in_a_terminal() -> None:
    """Ctrl-C as a terminal's foreground job gets it: a run started from a background job
    (`make test &` in a script) inherits SIGINT ignored, and the checker rightly keeps an
    inherited "ignore", so the harness resets it for the child it interrupts."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def interrupt_once(
    tree: Path,
    out: Path,
    jobs: int,
    signum: int,
    delay: float,
    deadline: float,
    claims: Path = ROOT / "claims",
) -> Outcome:
    command = [
        sys.executable,
        "-m",
        "truthgraph",
        "check",
        "--claims",
        str(claims),
        "-j",
        str(jobs),
        "--output",
        f"json={out / 'report.json'}",
        str(tree),
    ]
    process = subprocess.Popen(
        command,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
        cwd=out,
        preexec_fn=_as_in_a_terminal,
    )
    # The signal is meant for a busy pool: wait until the workers exist (a loaded
    # machine may still be importing after a fixed delay), then `delay` more.
    _wait_for_children(process.pid, timeout=20.0)
    time.sleep(delay)
    sent = time.monotonic()
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signum)
    try:
        _, error = process.communicate(timeout=deadline + 10)
        code: int | None = process.returncode
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        _, error = process.communicate()
        code = None
    seconds = time.monotonic() - sent
    time.sleep(0.05)
    orphans = _group_alive(process.pid)
    if orphans:
        os.killpg(process.pid, signal.SIGKILL)
    text = error.decode("utf-8", "replace")
    temporary = [p.name for p in out.iterdir() if p.name.endswith(".tmp")]
    return Outcome(code, seconds, "Traceback" in text, temporary, orphans, text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--files", type=int, default=3000)
    parser.add_argument("--jobs", type=int, default=4)
    parser.add_argument("--deadline", type=float, default=2.0, help="seconds to exit")
    parser.add_argument("--signal", choices=["INT", "TERM", "both"], default="INT")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    chooser = random.Random(args.seed)
    names = ["INT", "TERM"] if args.signal == "both" else [args.signal]
    with tempfile.TemporaryDirectory(prefix="tg-interrupts-") as scratch:
        tree = Path(scratch, "tree")
        make_tree(tree, args.files)
        out = Path(scratch, "out")
        out.mkdir()
        failures = 0
        worst = 0.0
        for run in range(args.runs):
            name = names[run % len(names)]
            signum = getattr(signal, f"SIG{name}")
            expected = 128 + signum
            delay = chooser.uniform(0.0, 1.5)
            outcome = interrupt_once(tree, out, args.jobs, signum, delay, args.deadline)
            worst = max(worst, outcome.seconds)
            if not outcome.ok(expected, args.deadline):
                failures += 1
                print(
                    f"run {run + 1}: SIG{name} exit {outcome.code} after {outcome.seconds:.2f} s, "
                    f"traceback={outcome.traceback} temporary={outcome.temporary} "
                    f"orphans={outcome.orphans}\n{outcome.stderr[-400:]}"
                )
        print(
            f"{args.runs} runs (SIG{'/SIG'.join(names)}, -j {args.jobs}, {args.files} files): "
            f"{failures} failed; slowest exit {worst:.2f} s (deadline {args.deadline:g} s)"
        )
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
