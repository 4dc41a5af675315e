"""Seeded generators of hostile inputs: Markdown documents, workflow files, claims-pack mutations.

Shared by `bench/fuzz.py` (large runs that report counts) and the Hypothesis
tests in `tests/hardening/` (small runs in CI). Every generator takes a
`random.Random`, so a run is repeatable from its seed.

Documents mix sentences that contradict claims of the repository's pack with
the markup that parsing removes or rewrites: emphasis of every kind, links,
code spans and fences, HTML blocks and inline tags, entities, escapes, tables,
lists and quotes nested deep, and Unicode look-alikes and invisible characters.
"""

from __future__ import annotations

import random
from collections.abc import Callable

PHRASES = (
    "Nix is preinstalled on tinyland-nix",
    "tinyland-nix comes with Nix preinstalled",
    "FlakeHub installs Nix on the runners",
    "ARC grows the pod's memory on demand",
    "ARC scales the pod vertically",
    "the tinyland-nix-heavy memory limit is 8Gi",
    "tinyland-nix-heavy has 4 CPUs",
    "the cache lives at attic-api.nix-cache.svc.cluster.local",
    "memory-heavy jobs go to tinyland-nix",
    "use runs-on: ubuntu-latest for Nix builds",
    "Nix is not preinstalled on tinyland-nix",
    "bootstrap Nix in the workflow with determinate-nix-action",
    "FlakeHub is publication and discovery only",
    "the honey ARC surface runs tinyland-docker",
)
FILLER = (
    "The runners are described below",
    "See the guide for details",
    "This page is about caches",
    "Jobs run on self-hosted lanes",
    "We keep the docs short",
)
NAMES = ("tinyland-nix", "Nix", "FlakeHub", "ARC", "tinyland-nix-heavy", "nix", "honey")
INVISIBLE = ("\u200b", "\u00ad", "\u200c", "\u200d", "\u2060", "\ufeff")
LOOKALIKE = {"i": "і", "a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "x": "х"}
ENTITIES = {"t": "&#116;", "n": "&#110;", "a": "&#97;", "&": "&amp;"}


def _fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def disguise_word(rng: random.Random, word: str) -> str:
    """One way a word can be written so that it reads the same once rendered."""
    choice = rng.randrange(12)
    if choice == 0:
        return f"_{word}_"
    if choice == 1:
        return f"__{word}__"
    if choice == 2:
        return f"*{word}*"
    if choice == 3:
        return f"**{word}**"
    if choice == 4:
        return f"`{word}`"
    if choice == 5:
        return f"[{word}](https://example.org/{rng.randrange(99)})"
    if choice == 6 and len(word) > 2:
        at = rng.randrange(1, len(word))
        return word[:at] + rng.choice(INVISIBLE) + word[at:]
    if choice == 7:
        return "".join(LOOKALIKE.get(c, c) if rng.random() < 0.3 else c for c in word)
    if choice == 8:
        return _fullwidth(word)
    if choice == 9 and len(word) > 3:
        at = rng.randrange(1, len(word) - 1)
        mark = rng.choice(("**", "_", "<b>", "<em>"))
        close = {"<b>": "</b>", "<em>": "</em>"}.get(mark, mark)
        return word[:at] + mark + word[at:] + close
    if choice == 10:
        return "".join(ENTITIES.get(c, c) if rng.random() < 0.3 else c for c in word)
    return word


def sentence(rng: random.Random) -> str:
    text = rng.choice(PHRASES) if rng.random() < 0.6 else rng.choice(FILLER)
    words = text.split(" ")
    if rng.random() < 0.7:
        for _ in range(rng.randrange(1, 3)):
            at = rng.randrange(len(words))
            words[at] = disguise_word(rng, words[at])
    text = " ".join(words)
    return text[0].upper() + text[1:] + rng.choice((".", ".", "!", ":", ""))


def _workflow_block(rng: random.Random) -> str:
    return workflow(rng)


def block(rng: random.Random, depth: int = 0) -> str:
    """One Markdown block, possibly nested."""
    kind = rng.randrange(14 if depth < 3 else 8)
    if kind <= 2:
        return " ".join(sentence(rng) for _ in range(rng.randrange(1, 4)))
    if kind == 3:
        return "#" * rng.randrange(1, 4) + " " + sentence(rng)
    if kind == 4:
        return "\n".join(f"- {sentence(rng)}" for _ in range(rng.randrange(1, 4)))
    if kind == 5:
        return f"<div>{sentence(rng)}</div>"
    if kind == 6:
        cells = [sentence(rng).replace("|", "/") for _ in range(2)]
        return f"| Key | Value |\n| --- | --- |\n| {cells[0]} | {cells[1]} |"
    if kind == 7:
        fence = rng.choice(("```", "~~~"))
        language = rng.choice(("yaml", "", "bash", "yml"))
        body = _workflow_block(rng) if language != "bash" else "nix build .#x"
        return f"{fence}{language}\n{body}\n{fence}"
    if kind == 8:
        return "\n".join("> " + line for line in block(rng, depth + 1).splitlines())
    if kind == 9:
        return "\n".join("  " + line for line in ("- item", *block(rng, depth + 1).splitlines()))
    if kind == 10:
        return f"!!! note\n    {sentence(rng)}"
    if kind == 11:
        nest = rng.randrange(20, 70)
        return "".join("  " * i + "- x\n" for i in range(nest // 2)) + sentence(rng)
    if kind == 12:
        return ">" * rng.randrange(10, 70) + " " + sentence(rng)
    return f"<!-- truthgraph-disable-next-line -->\n{sentence(rng)}"


def document(rng: random.Random) -> str:
    """A Markdown document of 1 to 8 blocks; sometimes with front matter or odd line ends."""
    blocks = [block(rng) for _ in range(rng.randrange(1, 9))]
    text = "\n\n".join(blocks) + "\n"
    if rng.random() < 0.1:
        text = "---\ntitle: " + sentence(rng).replace(":", "") + "\n---\n\n" + text
    if rng.random() < 0.05:
        text = text.replace("\n", "\r\n")
    return text


LABELS = (
    "tinyland-nix",
    "tinyland-nix-heavy",
    "ubuntu-latest",
    "ubuntu-22.04",
    "self-hosted",
    "tinyland-docker",
    "macos-14",
    "${{ matrix.os }}",
    "tinyland-foo",
)


def _label(rng: random.Random) -> str:
    label = rng.choice(LABELS)
    quote = rng.choice(("", "", "'", '"'))
    return f"{quote}{label}{quote}"


def workflow(rng: random.Random) -> str:
    """A GitHub Actions workflow (or fragment) with quoted and plain scalars, sometimes deep."""
    jobs = []
    for number in range(rng.randrange(1, 4)):
        if rng.random() < 0.3:
            runs_on = "[" + ", ".join(_label(rng) for _ in range(rng.randrange(1, 3))) + "]"
        else:
            runs_on = _label(rng)
        steps = []
        for _ in range(rng.randrange(0, 4)):
            step = rng.randrange(5)
            if step == 0:
                steps.append(
                    "      - uses: actions/checkout@v4\n        with:\n          clean: "
                    + rng.choice(("false", "'false'", "true"))
                )
            elif step == 1:
                steps.append("      - uses: DeterminateSystems/determinate-nix-action@v3")
            elif step == 2:
                steps.append(
                    "      - run: "
                    + rng.choice(
                        ("nix build", "'nix develop -c make'", "echo hi", "sudo nix flake check")
                    )
                )
            elif step == 3:
                steps.append("      - run: |\n          echo x\n          nix build .#y")
            else:
                steps.append("      - name: " + sentence(rng).replace(":", ""))
        body = f"  job{number}:\n    runs-on: {runs_on}\n"
        if steps:
            body += "    steps:\n" + "\n".join(steps) + "\n"
        jobs.append(body)
    text = "name: ci\non: push\njobs:\n" + "".join(jobs)
    if rng.random() < 0.03:
        depth = rng.randrange(90, 600)
        text += "  deep:\n    x: " + "[" * depth + "]" * depth + "\n"
    if rng.random() < 0.03:
        text += "  # comment " + sentence(rng) + "\n"
    return text


MUTATIONS: tuple[Callable[[random.Random, str], str], ...]


def _flip_char(rng: random.Random, text: str) -> str:
    at = rng.randrange(len(text))
    return text[:at] + rng.choice("\x01:-[]{}&*!|>'\"#\t\n \\%@`") + text[at + 1 :]


def _delete_line(rng: random.Random, text: str) -> str:
    lines = text.splitlines(keepends=True)
    del lines[rng.randrange(len(lines))]
    return "".join(lines)


def _duplicate_line(rng: random.Random, text: str) -> str:
    lines = text.splitlines(keepends=True)
    at = rng.randrange(len(lines))
    lines.insert(at, lines[at])
    return "".join(lines)


def _bad_value(rng: random.Random, text: str) -> str:
    replacement = rng.choice(
        (
            "2026-04-31",
            "0000-01-01",
            "!!int abc",
            "!!timestamp 2026-02-30",
            "&a [*a]",
            "'(?:(?:a|aa)+)+$'",
            "'...12'",
            "'" + "(" * 400 + "x" + ")" * 400 + "'",
            "[" * 300 + "]" * 300,
            "!!python/object:os.system x",
            '"\\e]0;x\\a"',
            "javascript:alert(1)",
            "'(a)\\1'",
            "''",
        )
    )
    lines = text.splitlines(keepends=True)
    candidates = [i for i, line in enumerate(lines) if ": " in line]
    if not candidates:
        return text
    at = rng.choice(candidates)
    head = lines[at].split(": ", 1)[0]
    lines[at] = f"{head}: {replacement}\n"
    return "".join(lines)


def _swap_lines(rng: random.Random, text: str) -> str:
    lines = text.splitlines(keepends=True)
    a, b = rng.randrange(len(lines)), rng.randrange(len(lines))
    lines[a], lines[b] = lines[b], lines[a]
    return "".join(lines)


MUTATIONS = (_flip_char, _delete_line, _duplicate_line, _bad_value, _swap_lines)


def mutate(rng: random.Random, text: str) -> str:
    """1 to 3 random mutations of a claims file's text."""
    for _ in range(rng.randrange(1, 4)):
        text = rng.choice(MUTATIONS)(rng, text)
    return text


__all__ = ["document", "mutate", "sentence", "workflow"]
