"""Typed records of a claims pack: claims, evidence, priorities, exit signals, non-goals, entities.

Every record has a stable `id`; records refer to each other by id only. The rule
specifications that recognise contradicting text live on the claim (or non-goal)
they protect; `truthgraph.rules` gives each rule kind its behaviour.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

ID_PATTERN = r"^[a-z0-9][a-z0-9._-]*$"

RecordId = Annotated[
    str, Field(pattern=ID_PATTERN, description="Stable id: lower-case, digits, `.`, `_`, `-`.")
]
SeverityName = Literal["error", "warning", "info"]


class Record(BaseModel):
    """Base of every record: unknown fields are errors, values are immutable once loaded."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Scope(Record):
    """Where a rule applies: the subjects a sentence (or its surroundings) must be about."""

    subjects: list[str] = Field(
        default_factory=list,
        description="Patterns (same language as wording rules, usually `{term-set}` "
        "references) naming what the rule is about. Empty: in scope everywhere.",
    )
    window: Literal["sentence", "block", "section", "document"] = Field(
        "section",
        description="How far to look for a subject: the sentence itself, its block "
        "(paragraph, list, table, code block), its section (heading chain + section text), "
        "or the whole document.",
    )
    page: list[str] = Field(
        default_factory=list,
        description="Patterns of which the page (prose or code) must mention one for the "
        "rule to apply anywhere on it, e.g. `{gf-context}`: upstream docs of the same "
        "tools are about other deployments.",
    )
    exclude: list[str] = Field(
        default_factory=list,
        description="Patterns naming other subjects (e.g. `{gitlab}`): a sentence that "
        "mentions one of these and none of `subjects` is out of scope; a section whose "
        "headings name one and none of `subjects` is out of scope.",
    )


BlockKind = Literal["paragraph", "heading", "list_item", "table_row", "table_header"]


class RuleBase(Record):
    id: RecordId = Field(description="Rule id, unique within its claim; shown as `claim/rule`.")
    blocks: list[BlockKind] = Field(
        default_factory=list,
        description="Kinds of text the rule reads (e.g. only `table_row`); empty: all prose.",
    )
    severity: SeverityName | None = Field(None, description="Overrides the claim's severity.")
    scope: Scope | None = Field(None, description="Overrides the claim's scope.")
    note: str = Field("", description="Why this rule exists (shown by `explain`).")


_EXAMPLES = (
    "Plain sentences that contradict the claim, shown to readers by `explain` and the "
    "claim page instead of the patterns; `truthgraph validate` warns when the rule does "
    "not flag one."
)


class WordingRule(RuleBase):
    """Patterns in the truthgraph pattern language; a match in an asserted sentence is a finding."""

    kind: Literal["wording"]
    patterns: list[str] = Field(min_length=1)
    unless: list[str] = Field(
        default_factory=list,
        description="Patterns that, when they also match the sentence, mean it is consistent.",
    )
    examples: list[str] = Field(default_factory=list, description=_EXAMPLES)


class ParaphraseRule(RuleBase):
    """Contradicting example sentences, matched fuzzily against sentences naming an anchor."""

    kind: Literal["paraphrase"]
    examples: list[str] = Field(min_length=1)
    anchors: list[str] = Field(
        min_length=1, description="Patterns; only sentences matching one are compared."
    )
    threshold: float = Field(86.0, ge=50, le=100, description="Minimum similarity (0-100).")
    unless: list[str] = Field(default_factory=list)


class ValueRule(RuleBase):
    """A fact with a current value: stale values, or another value for the key, are findings."""

    kind: Literal["value"]
    key: str = Field(description="What the value is, e.g. `ATTIC_SERVER`.")
    key_terms: list[str] = Field(
        default_factory=list,
        description="Patterns that name the key in prose (a sentence or table row naming "
        "the key and a value of `value_shape` must state `current`).",
    )
    current: str = Field(description="The current value, as written in the claims.")
    stale: list[str] = Field(
        default_factory=list,
        description="Regular expressions (bounded, no nested repetition) for known-stale values.",
    )
    value_shape: str = Field(
        "",
        description="Regular expression for what a value of this key looks like; with "
        "`key_terms`, a different value stated next to the key is a finding.",
    )
    examples: list[str] = Field(default_factory=list, description=_EXAMPLES)


WorkflowCheck = Literal[
    "bootstrap-before-nix",
    "runner-label-known",
    "hosted-runner-exception",
    "checkout-not-clean-false",
    "heavy-job-lane",
    "browser-install-before-tests",
]


class WorkflowRule(RuleBase):
    """Structural checks on GitHub Actions workflows (files and fenced YAML examples)."""

    kind: Literal["workflow"]
    check: WorkflowCheck
    lanes: list[str] = Field(
        default_factory=list,
        description="`runs-on` labels the check applies to (bootstrap-before-nix), or the "
        "known self-hosted labels (runner-label-known).",
    )
    bootstrap_uses: list[str] = Field(
        default_factory=list,
        description="`uses:` prefixes that bootstrap Nix (e.g. the determinate-nix-action).",
    )
    bootstrap_run: list[str] = Field(
        default_factory=list, description="Regular expressions for `run:` text that installs Nix."
    )
    nix_uses: list[str] = Field(
        default_factory=list,
        description="`uses:` prefixes of actions that need Nix already present (e.g. cachix).",
    )
    nix_commands: list[str] = Field(
        default_factory=lambda: ["nix", "nix-build", "nix-shell", "nix-env", "nix-store"],
        description="Commands that need Nix present.",
    )
    hosted_labels: list[str] = Field(
        default_factory=list, description="Regular expressions for GitHub-hosted runner labels."
    )
    namespace: list[str] = Field(
        default_factory=list,
        description="Regular expressions for labels this pack is authoritative for "
        "(runner-label-known): a label matching one but not in `lanes` is unknown. Empty: "
        "every label that is not hosted or `self-hosted`.",
    )
    exception_markers: list[str] = Field(
        default_factory=list,
        description="Regular expressions; a job whose id, name or comments match one is an "
        "explicit, documented hosted-runner exception.",
    )
    heavy_markers: list[str] = Field(
        default_factory=list,
        description="Regular expressions (heavy-job-lane); a job on one of `lanes` whose id, "
        "name, comments, step names or commands match one is memory-heavy work.",
    )
    needs_run: list[str] = Field(
        default_factory=list,
        description="Regular expressions (browser-install-before-tests) for `run:` text that "
        "needs a browser, such as `playwright test`.",
    )
    install_uses: list[str] = Field(
        default_factory=list,
        description="`uses:` prefixes or parts that install the browser "
        "(browser-install-before-tests).",
    )
    install_run: list[str] = Field(
        default_factory=list,
        description="Regular expressions for `run:` text that installs the browser, such as "
        "`playwright install` (browser-install-before-tests).",
    )


EntityKind = Literal[
    "runner-lane",
    "node",
    "service",
    "repository",
    "action",
    "workflow",
    "stack",
    "secret",
    "forge",
    "product",
]


class InventoryRule(RuleBase):
    """The complete set of one kind of entity, read from the graph: a list presented as
    complete or a count of them that differs, or a name in the kind's namespace that is no
    such entity, is a finding."""

    kind: Literal["inventory"]
    of: EntityKind = Field(description="The entity kind whose entities are the whole set.")
    nouns: list[str] = Field(
        min_length=1,
        description='Phrases that count members ("lanes", "scale sets"): "six scale sets" '
        "is a count of them.",
    )
    prefixes: list[str] = Field(
        default_factory=list,
        description='Name prefixes of the kind ("tinyland-"): a name with one that is no '
        "entity of the pack is not a member.",
    )


RuleSpec = Annotated[
    WordingRule | ParaphraseRule | ValueRule | WorkflowRule | InventoryRule,
    Field(discriminator="kind"),
]


class Evidence(Record):
    """Something observed that supports a record: an issue, PR, CI run, live audit or document."""

    id: RecordId
    kind: Literal["issue", "pull-request", "ci-run", "audit", "document", "commit", "canary"]
    ref: str = Field(description="How people cite it, e.g. `lab#73` or run `24561967515`.")
    url: str = ""
    observed: dt.date
    summary: str = Field(description="One line: what it shows.")

    @field_validator("summary")
    @classmethod
    def _one_line(cls, value: str) -> str:
        if "\n" in value.strip():
            raise ValueError("summary must be one line")
        return value


class Truth(Record):
    """A typed fact: a subject's property has these values and not those.

    The checker reads statements about the subject's property (with the shared
    predicate lexicon) and reports those that state or propose a false value.
    """

    subject: list[str] = Field(
        min_length=1,
        description="Entity ids the fact is about, or `kind:<entity kind>` for every entity "
        "of that kind (e.g. `kind:runner-lane`).",
    )
    property: str = Field(description="A property of the lexicon, e.g. `provides-nix`.")
    true: list[str] = Field(
        default_factory=list,
        description="Values that are true (lexicon value names, or a quantity such as `8`).",
    )
    false: list[str] = Field(
        default_factory=list,
        description="Values that contradict the truth (lexicon value names). For a quantity "
        "property, any stated value other than `true` contradicts it.",
    )
    note: str = Field("", description="Why, in one line (shown by `explain`).")

    @field_validator("subject", "true", "false", mode="before")
    @classmethod
    def _listify(cls, value: object) -> object:
        return [value] if isinstance(value, str | int | float) else value


class Claim(Record):
    """A current truth about the platform, with the rules that recognise text contradicting it."""

    id: RecordId
    statement: str
    quote: str | None = Field(None, description="The source's own wording, shown as a quote.")
    status: Literal["active", "retired", "superseded"] = "active"
    superseded_by: RecordId | None = None
    since: dt.date
    topics: list[str] = Field(default_factory=list)
    subjects: list[RecordId] = Field(default_factory=list, description="Entity ids it is about.")
    evidence: list[RecordId] = Field(default_factory=list)
    severity: SeverityName = "error"
    fix: str = Field("", description="How to say it correctly.")
    scope: Scope = Scope()
    facts: list[Truth] = Field(
        default_factory=list,
        description="The truth as typed facts about entities: the checker generalises from "
        "these with the shared lexicon, so they need no phrases.",
    )
    rules: list[RuleSpec] = Field(default_factory=list)
    source: str = Field("", description="Where it comes from, e.g. `sprint note: Current Truth`.")
    baseline: bool = Field(False, description="One of the note's headline current truths.")


class NonGoal(Record):
    """Something the sprint must not promise; docs promising it are findings."""

    id: RecordId
    statement: str
    quote: str | None = Field(None, description="The source's own wording, shown as a quote.")
    topics: list[str] = Field(default_factory=list)
    subjects: list[RecordId] = Field(default_factory=list)
    evidence: list[RecordId] = Field(default_factory=list)
    severity: SeverityName = "error"
    fix: str = ""
    scope: Scope = Scope()
    facts: list[Truth] = Field(
        default_factory=list,
        description="What promising the non-goal would state: its `false` values, stated "
        "as a plan or proposal, are findings (TG501).",
    )
    rules: list[RuleSpec] = Field(default_factory=list)
    claims: list[RecordId] = Field(
        default_factory=list, description="Claims this non-goal follows from."
    )


class ExitSignal(Record):
    id: RecordId
    text: str
    status: Literal["met", "pending", "partial"]
    evidence: list[RecordId] = Field(default_factory=list)
    note: str = Field("", description="Why this status, from the note's execution read.")
    claims: list[RecordId] = Field(
        default_factory=list,
        description="Claims that hold while this signal is pending: text that restates the "
        "signal and marks it met (a ticked task, a ✅ status cell) contradicts them.",
    )


class Priority(Record):
    id: RecordId
    level: Literal["P0", "P1", "P2"]
    title: str
    owners: list[str] = Field(min_length=1, description="Issue refs (`#210`) or named surfaces.")
    why_now: list[str] = Field(min_length=1)
    targets: list[str] = Field(min_length=1)
    exit_signals: list[ExitSignal] = Field(min_length=1)
    execution_read: list[str] = Field(default_factory=list)
    claims: list[RecordId] = Field(default_factory=list, description="Claims it advances.")
    evidence: list[RecordId] = Field(default_factory=list)


class SequenceStep(Record):
    id: RecordId
    step: int = Field(ge=1)
    text: str
    priority: RecordId
    after: list[RecordId] = Field(default_factory=list)


class Fact(Record):
    key: str
    value: str
    evidence: list[RecordId] = Field(default_factory=list)
    note: str = ""


class Entity(Record):
    id: RecordId
    kind: EntityKind
    name: str
    aliases: list[str] = Field(default_factory=list)
    repo_owned: bool | None = None
    facts: list[Fact] = Field(default_factory=list)
    description: str = ""
    external: bool = Field(
        False,
        description="A product by someone else (FlakeHub, GitHub-hosted runners): a page "
        "whose title names it presents itself as that product's page, so its sections that "
        "do not name the platform are read as the vendor's, not the platform's.",
    )


class PackMeta(Record):
    name: str
    snapshot: dt.date
    source: str = ""
    stale_after_days: int = Field(90, ge=1)
    site_url: str = Field("", description="Base URL of the status site, for SARIF `helpUri`.")
    about: list[str] = Field(
        default_factory=list,
        description="Patterns naming the platform (usually `{term-set}` references). A page "
        "that mentions none is not about it: statements there about external products or "
        "unnamed subjects are not checked against the pack's facts.",
    )
    platform_names: list[str] = Field(
        default_factory=list,
        description="What the platform itself is called (its name, short forms, its "
        'cluster\'s name). They mark a noun as the platform\'s ("GF lanes", "run on GF") '
        'and another product\'s users apart from its own ("outside GF", "GF\'s own users").',
    )


class LexiconValue(Record):
    """One value of a property: how documents say the subject has it."""

    say: str = Field(description="Plain-language form; `{subject}` is the subject's name.")
    patterns: list[str] = Field(
        default_factory=list, description="Predicate patterns, without the subject."
    )
    named: list[str] = Field(
        default_factory=list,
        description="Patterns that say the value only of a subject named in the same "
        'sentence: a bare noun ("substituter", "nix.conf") says nothing of a subject '
        "carried from a heading, a question or the previous sentence.",
    )
    situational: list[str] = Field(
        default_factory=list,
        description="Patterns that say the value only in a situation `when` describes "
        '("keep it on tinyland-nix" about a memory-heavy build).',
    )
    when: list[str] = Field(
        default_factory=list,
        description="Patterns of the situation: one must match the clause, the sentence "
        "or question before it, or a heading above it.",
    )
    column: list[str] = Field(
        default_factory=list,
        description="Patterns of a table column header under which a cell that names the "
        'subject states the value ("| e2e | After: `ubuntu-latest` |" under "After", '
        '"Runner", "Lane"). With `when`, the row must describe the situation.',
    )
    subject_after: bool = Field(
        False,
        description="The subject may be named right after the predicate, as its object: "
        '"the workflow falls back to ubuntu-latest" says ubuntu-latest takes the jobs.',
    )
    unless: list[str] = Field(
        default_factory=list,
        description="Patterns of a condition that makes the statement consistent when the "
        'clause asserts it ("publish every repo once the heavy lane is stable"); a negated '
        'condition ("without waiting for the heavy lane") does not.',
    )


class LexiconProperty(Record):
    about: str = Field(description="What the property is, in one line.")
    advice: bool = Field(
        False,
        description="A policy rather than a fact (what jobs should run on): statements of it "
        "in a section that describes the present (Context, Background, Current state) "
        "report how things are, not what to do.",
    )
    kinds: list[str] = Field(default_factory=list, description="Entity kinds it applies to.")
    several: bool = Field(
        False,
        description="A subject can have several values at once (a cache is a runtime cache "
        "and an acceleration layer): a true value stated beside a false one does not "
        "excuse it.",
    )
    announces: bool = Field(
        False,
        description="Statements of it announce an action (a rollout): said in the present "
        '("publication for every repo goes out now") they promise it as much as a plan does.',
    )
    values: dict[str, LexiconValue] = Field(default_factory=dict)


class LexiconQuantity(Record):
    about: str
    kinds: list[str] = Field(default_factory=list)
    units: list[str] = Field(min_length=1, description="Unit words, lower case.")
    attached: bool = Field(False, description="Units may be written onto the number (16Gi).")
    say: str = Field(description="Plain-language form with `{subject}` and `{value}`.")


class Lexicon(Record):
    """The shared predicate lexicon (truthgraph ships one; a pack may extend it)."""

    terms: dict[str, list[str]] = Field(default_factory=dict)
    nouns: dict[str, list[str]] = Field(
        default_factory=dict,
        description="Entity kind -> generic nouns and pronouns that can refer to one.",
    )
    others: list[str] = Field(
        default_factory=list,
        description="Subjects that are not the platform's (a statement about one is not checked).",
    )
    topics: list[str] = Field(
        default_factory=list,
        description=(
            "Nouns that make the value word before them a topic, not a value: "
            "'that is a publication question' says nothing of what the subject is for."
        ),
    )
    properties: dict[str, LexiconProperty] = Field(default_factory=dict)
    quantities: dict[str, LexiconQuantity] = Field(default_factory=dict)


TermSets = dict[str, list[str]]

RECORD_SECTIONS: dict[str, type[Record]] = {
    "claims": Claim,
    "evidence": Evidence,
    "priorities": Priority,
    "non_goals": NonGoal,
    "sequence": SequenceStep,
    "entities": Entity,
}
"""Top-level list keys of a claims file and the record type of their items."""

TOP_LEVEL_KEYS = (*RECORD_SECTIONS, "terms", "pack", "lexicon")


class ClaimsFile(Record):
    """One YAML file of a claims pack: any subset of the sections (for the JSON Schema)."""

    pack: PackMeta | None = None
    terms: dict[str, list[str]] = Field(
        default_factory=dict, description="Term sets for patterns: name -> phrases."
    )
    claims: list[Claim] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)
    priorities: list[Priority] = Field(default_factory=list)
    non_goals: list[NonGoal] = Field(default_factory=list)
    sequence: list[SequenceStep] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    lexicon: Lexicon | None = Field(
        None, description="Extends the shared predicate lexicon for this pack."
    )


def claims_json_schema() -> dict[str, object]:
    schema = ClaimsFile.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "truthgraph claims file"
    return schema
