"""The claims pack drops nothing the sprint note says.

The note (a verbatim copy in `tests/data/`) is parsed by its structure with plain
line handling: `##` sections, `### P0: Title` priorities, the `Owner surface(s):`
line, and the lists under `Why now:`, `Sprint target:`, `Current execution read...:`
and `Exit signal:`, plus the Sequence, Non-Goals and Current Truth lists. Every item
is compared, as normalised text, with what `load_pack(Path("claims"))` holds.

Nested sub-bullets are folded into their parent the way `claims/sprint.yaml` encodes
them: `parent: child1; child2` (the parent keeps its own trailing colon).
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from truthgraph.claims.pack import ClaimsPack, load_pack

NOTE_NAME = "sprint-priorities-2026-04-16.md"

PRIORITY_HEADING = re.compile(r"^### (P\d+): (.+)$")
OWNERS_LINE = re.compile(r"^Owner surfaces?: (.+)$")
OWNER_TOKEN = re.compile(r"`([^`]+)`|([^,`]+)")
LIST_MARKER = re.compile(r"^(- |\d+\. )")
LABELS = {
    "Why now:": "why_now",
    "Sprint target:": "targets",
    "Exit signal:": "exit_signals",
}
EXECUTION_READ_PREFIX = "Current execution read"
PRIORITY_LISTS = ("why_now", "targets", "exit_signals", "execution_read")

NON_GOAL_IDS = (
    "nongoal-vertical-pod-resizing",
    "nongoal-flakehub-installs-nix",
    "nongoal-flakehub-memory-heavy",
    "nongoal-broad-publication-first",
)
"""In the order of the note's Non-Goals list."""

BASELINE_CLAIM_IDS = (
    "flakehub-publication-only",
    "nix-bootstrap-workflow-owned",
    "arc-scales-horizontally",
    "heavy-jobs-use-nix-heavy-lane",
)
"""In the order of the note's Current Truth list."""

SEQUENCE_PRIORITIES = (
    "p0-heavy-nix-lane",
    "p0-default-branch-proof",
    "p0-workflow-owned-nix-bootstrap",
    "p0-template-contract-v2",
    "p0-close-hosted-escape-hatches",
    "p1-flakehub-narrow-rfc",
)
"""The priority each of the note's six sequence steps advances, in order."""

EVIDENCE_IDS = (
    "lab-73",
    "yt-text-67",
    "massageithaca-run-24561967515",
    "honey-runtime-audit",
    "ci-templates-inspection",
    "test-arc-runners-workflow",
    "sprint-note-2026-04-16",
    "gf-overlay-legacy-audit",
)


def norm(text: str) -> str:
    """Lower-case, backticks removed, whitespace collapsed."""
    return " ".join(text.replace("`", "").lower().split())


@dataclass
class NotePriority:
    level: str
    title: str
    owners: list[str] = field(default_factory=list)
    lists: dict[str, list[str]] = field(default_factory=dict)


@dataclass
class Note:
    current_truth: list[str]
    priorities: list[NotePriority]
    sequence: list[tuple[int, str]]
    non_goals: list[str]


def parse_list(lines: Iterable[str]) -> list[tuple[str, str]]:
    """(marker, text) of each top-level item; nested items folded as `parent child1; child2`.

    Lines before the first item are skipped (a lead-in sentence); the list ends at a
    non-indented line that is not an item. Indented non-item lines continue the item
    (or nested item) started last.
    """
    items: list[tuple[str, str, list[str]]] = []
    for line in lines:
        if not line.strip():
            continue
        indent = len(line) - len(line.lstrip(" "))
        body = line.strip()
        marker = LIST_MARKER.match(body)
        if marker and indent == 0:
            items.append((marker.group(1).strip(), body[marker.end() :], []))
        elif not items:
            continue
        elif marker:
            items[-1][2].append(body[marker.end() :])
        elif indent == 0:
            break
        elif items[-1][2]:
            items[-1][2][-1] += " " + body
        else:
            mark, text, children = items[-1]
            items[-1] = (mark, f"{text} {body}", children)
    return [
        (mark, f"{text} {'; '.join(children)}" if children else text)
        for mark, text, children in items
    ]


def items_of(lines: Iterable[str]) -> list[str]:
    return [text for _, text in parse_list(lines)]


def split_sections(lines: list[str], prefix: str) -> dict[str, list[str]]:
    """Lines under each heading starting with `prefix` (e.g. `## `), keyed by its title."""
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in lines:
        if line.startswith(prefix):
            current = sections.setdefault(line[len(prefix) :].strip(), [])
        elif current is not None:
            current.append(line)
    return sections


def parse_priority(heading: str, lines: list[str]) -> NotePriority:
    match = PRIORITY_HEADING.match(heading)
    assert match, f"not a priority heading: {heading!r}"
    priority = NotePriority(level=match.group(1), title=match.group(2).strip())
    label: str | None = None
    blocks: dict[str, list[str]] = {}
    for line in lines:
        stripped = line.strip()
        owners = OWNERS_LINE.match(stripped)
        if owners:
            priority.owners = [
                (code or plain).strip()
                for code, plain in OWNER_TOKEN.findall(owners.group(1))
                if (code or plain).strip()
            ]
            label = None
        elif stripped in LABELS or (
            stripped.startswith(EXECUTION_READ_PREFIX) and stripped.endswith(":")
        ):
            label = LABELS.get(stripped, "execution_read")
            assert label not in blocks, f"{heading}: {stripped!r} appears twice"
            blocks[label] = []
        elif label is not None:
            blocks[label].append(line)
    for name in PRIORITY_LISTS:
        priority.lists[name] = items_of(blocks.get(name, []))
    return priority


def parse_note(path: Path) -> Note:
    lines = path.read_text(encoding="utf-8").splitlines()
    sections = split_sections(lines, "## ")
    priorities = split_sections(sections["Near-Term Sprint Priorities"], "### ")
    sequence: list[tuple[int, str]] = []
    for mark, text in parse_list(sections["Sequence"]):
        assert mark.endswith("."), f"sequence item is not numbered: {text!r}"
        sequence.append((int(mark[:-1]), text))
    return Note(
        current_truth=items_of(sections["Current Truth"]),
        priorities=[parse_priority(f"### {title}", body) for title, body in priorities.items()],
        sequence=sequence,
        non_goals=items_of(sections["Non-Goals"]),
    )


def assert_same(expected: list[str], actual: list[str], what: str) -> None:
    """Equal as normalised lists; the message names what is missing, extra or reordered."""
    want = [norm(item) for item in expected]
    got = [norm(item) for item in actual]
    if want == got:
        return
    missing = [item for item in want if item not in got]
    extra = [item for item in got if item not in want]
    lines = [f"{what}: the pack does not match the note"]
    lines += [f"  missing from the pack: {item}" for item in missing]
    lines += [f"  not in the note:       {item}" for item in extra]
    if not missing and not extra:
        lines.append(f"  order or count differs:\n    note: {want}\n    pack: {got}")
    pytest.fail("\n".join(lines))


@pytest.fixture(scope="module")
def repo_root() -> Path:
    return Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def note(repo_root: Path) -> Note:
    return parse_note(repo_root / "tests" / "data" / NOTE_NAME)


@pytest.fixture(scope="module")
def pack(repo_root: Path) -> ClaimsPack:
    with contextlib.chdir(repo_root):
        return load_pack(Path("claims"))


def test_parser_sees_the_whole_note(note: Note) -> None:
    """Guard against a parser that silently finds nothing (every comparison would pass)."""
    assert len(note.priorities) == 6
    assert [len(p.lists["exit_signals"]) for p in note.priorities] == [2, 5, 2, 3, 3, 2]
    assert sum(len(p.lists["exit_signals"]) for p in note.priorities) == 17
    assert all(p.owners and p.lists["why_now"] and p.lists["targets"] for p in note.priorities)
    assert [len(p.lists["execution_read"]) for p in note.priorities] == [0, 10, 0, 0, 0, 0]
    assert [n for n, _ in note.sequence] == [1, 2, 3, 4, 5, 6]
    assert len(note.non_goals) == 4
    assert len(note.current_truth) == 4


def test_priorities_have_the_notes_levels_and_titles(note: Note, pack: ClaimsPack) -> None:
    expected = [f"{p.level}: {p.title}" for p in note.priorities]
    actual = [f"{p.level}: {p.title}" for p in pack.priorities.values()]
    assert_same(expected, actual, "priorities")


def _pack_priority(pack: ClaimsPack, wanted: NotePriority) -> str:
    for priority in pack.priorities.values():
        if priority.level == wanted.level and norm(priority.title) == norm(wanted.title):
            return priority.id
    pytest.fail(f"no priority {wanted.level}: {wanted.title} in the pack")


def test_priority_owners(note: Note, pack: ClaimsPack) -> None:
    for wanted in note.priorities:
        priority = pack.priorities[_pack_priority(pack, wanted)]
        assert_same(wanted.owners, priority.owners, f"{priority.id} owners")


@pytest.mark.parametrize("name", PRIORITY_LISTS)
def test_priority_lists(note: Note, pack: ClaimsPack, name: str) -> None:
    for wanted in note.priorities:
        priority = pack.priorities[_pack_priority(pack, wanted)]
        if name == "exit_signals":
            actual = [signal.text for signal in priority.exit_signals]
        else:
            actual = list(getattr(priority, name))
        assert_same(wanted.lists[name], actual, f"{priority.id} {name}")


def test_exit_signals_all_judged(pack: ClaimsPack) -> None:
    assert len(pack.exit_signals) == 17
    for signal_id, (signal, owner) in pack.exit_signals.items():
        assert signal_id.startswith(f"{owner}-"), f"{signal_id}: prefix it with {owner}"
        assert signal.note, f"{signal_id}: say why it is {signal.status}"
        assert signal.evidence, f"{signal_id}: cite evidence for {signal.status}"


def test_sequence_steps_in_order(note: Note, pack: ClaimsPack) -> None:
    assert_same([text for _, text in note.sequence], [s.text for s in pack.sequence], "sequence")
    assert [s.step for s in pack.sequence] == [n for n, _ in note.sequence]
    assert [s.priority for s in pack.sequence] == list(SEQUENCE_PRIORITIES)
    assert pack.sequence[0].after == []
    for before, step in zip(pack.sequence, pack.sequence[1:], strict=False):
        assert step.after == [before.id], f"{step.id} should come after {before.id}"


def test_non_goals_match_the_note(note: Note, pack: ClaimsPack) -> None:
    assert sorted(pack.non_goals) == sorted(NON_GOAL_IDS)
    actual = [pack.non_goals[goal_id].statement for goal_id in NON_GOAL_IDS]
    assert_same(note.non_goals, actual, "non-goals")


def test_current_truths_are_the_four_baseline_claims(note: Note, pack: ClaimsPack) -> None:
    baseline = sorted(claim.id for claim in pack.claims.values() if claim.baseline)
    assert baseline == sorted(BASELINE_CLAIM_IDS)
    # The note's own wording is kept as the quote; the statement reads as a sentence.
    actual = [
        pack.claims[claim_id].quote or pack.claims[claim_id].statement
        for claim_id in BASELINE_CLAIM_IDS
    ]
    assert_same(note.current_truth, actual, "current truths")


def test_cited_evidence_is_in_the_pack(pack: ClaimsPack) -> None:
    missing = [evidence_id for evidence_id in EVIDENCE_IDS if evidence_id not in pack.evidence]
    assert not missing, f"evidence not in the pack: {missing}"
