"""TG301 stale-value and TG302 conflicting-value: facts whose current value the claims know.

A value rule names a key (``ATTIC_SERVER``), its current value, regular
expressions for values known to be stale, and optionally the words that name
the key in prose (`key_terms`) with the shape of a value (`value_shape`).

* **TG301 stale-value**: a known-stale value anywhere — prose, tables, code
  blocks, workflow and action files — in scope and asserted.
* **TG302 conflicting-value**: a sentence or table row that names the key and
  states another value of the same shape. In a table, the value is read from
  the column whose header names the key when there is one.

Stale-value expressions must be bounded (no repetition inside a repeated group);
the loader rejects those that are not.

Example rule (claim ``attic-endpoint-current``)::

    - id: attic-server
      kind: value
      key: ATTIC_SERVER
      current: http://attic.nix-cache.svc.cluster.local
      stale: ['attic-api\\.nix-cache\\.svc(\\.cluster\\.local)?:8080']

Contradicting: "Point `ATTIC_SERVER` at `http://attic-api.nix-cache.svc:8080`."
Consistent:    "`ATTIC_SERVER` is `http://attic.nix-cache.svc.cluster.local`."
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence

from truthgraph.claims.model import Claim, NonGoal, RuleSpec, ValueRule
from truthgraph.match.patterns import WordTest, gate_of
from truthgraph.match.polarity import VALUE_HEDGES, value_verdict
from truthgraph.match.scope import DocumentIndex
from truthgraph.match.tokens import Tokens, tokenize
from truthgraph.match.userregex import Regex, compile_user_regex
from truthgraph.parse.document import Sentence, SourceText
from truthgraph.rules.base import (
    CompiledRule,
    Hit,
    in_table_context,
    pattern_groups,
    sentence_hit,
    trailing_comment_words,
)


def compile_bounded(expression: str, where: str) -> Regex:
    """Compile a user regex on the linear-time engine (see `truthgraph.match.userregex`)."""
    return compile_user_regex(expression, where)


_UNIT_SYNONYMS = (
    (re.compile(r"(?<=\d)(?:gib|gb|g)\b"), "gi"),
    (re.compile(r"(?<=\d)(?:mib|mb|m)\b"), "mi"),
    (re.compile(r"(?<=\d)(?:vcpus?|cpus|cores?)\b"), "cpu"),
)


def required_literal(expression: str) -> str:
    """The longest run of plain characters every match of `expression` must contain.

    Conservative: only text outside groups counts, a character followed by a
    quantifier is optional, and a top-level alternation means nothing is certain.
    """
    best, run, depth, i = "", "", 0, 0
    while i < len(expression):
        char = expression[i]
        literal: str | None = None
        if char == "\\" and i + 1 < len(expression):
            following = expression[i + 1]
            literal = following if not following.isalnum() else None
            i += 2
        else:
            if char == "(":
                depth += 1
            elif char == ")":
                depth -= 1
            elif char == "|" and depth == 0:
                return ""
            elif char.isalnum() or char in "-_:/@=":
                literal = char
            i += 1
        optional = i < len(expression) and expression[i] in "?*{"
        if literal is not None and depth == 0 and not optional:
            run += literal
        else:
            best, run = max(best, run, key=len), ""
    return max(best, run, key=len)


_PAIR_SEPARATOR = re.compile(r"\s*=\s*|:\s+")
"""Between a label and its value: `key=value`, `key: value`, `"key" = "value"`."""


def _normalise_value(value: str) -> str:
    """Compare values as people write them: case, quotes, spaces, a pair's separator
    (`kubernetes.io/hostname: sting` is `kubernetes.io/hostname=sting`) and unit
    spellings aside."""
    text = value.strip().strip("`'\"").rstrip("/.,;").casefold()
    text = _PAIR_SEPARATOR.sub("=", text.replace('"', "").replace("'", ""))
    text = text.replace("=:", ":")  # a taint with an empty value: `key=:NoSchedule`
    text = text.replace(" ", "")
    for pattern, replacement in _UNIT_SYNONYMS:
        text = pattern.sub(replacement, text)
    return text


class ValueCheck(CompiledRule):
    kind = "value"
    code = "TG301"
    name = "stale-value"
    CONFLICT = "TG302"
    reads = frozenset({"sentence", "code-line"})
    order = 2

    def __init__(
        self, owner: Claim | NonGoal, spec: RuleSpec, terms: Mapping[str, Sequence[str]]
    ) -> None:
        super().__init__(owner, spec, terms)
        assert isinstance(spec, ValueRule)
        self.value_spec = spec
        where = self.qualified_id
        self.stale = [compile_bounded(s, where) for s in spec.stale]
        self.shape = compile_bounded(spec.value_shape, where) if spec.value_shape else None
        self.key_patterns = self.compile_all(spec.key_terms)
        self.current = _normalise_value(spec.current)
        literals = [required_literal(s).casefold() for s in spec.stale]
        # Regexes run only on text holding a literal every stale value contains.
        self.stale_literals = literals if all(len(x) >= 3 for x in literals) else None
        self.key_gate = gate_of(self.key_patterns) if self.key_patterns else None
        # A value naming the current host's cluster namespace ("nix-cache.svc") is this
        # key's even where the key is not named: "point --remote_cache at grpc://...".
        domain = _service(_host(spec.current))[1] if "." in _host(spec.current) else ""
        self.host_marker = domain.casefold() if self.shape is not None and "." in domain else ""
        self._columns: dict[tuple[str, ...], int | None] = {}

    def own_groups(self) -> list[list[frozenset[WordTest]]]:
        groups: list[list[frozenset[WordTest]]] = []
        stale: set[WordTest] = set()
        for expression in self.value_spec.stale:
            literal = required_literal(expression)
            if len(literal) < 3:
                return [[]]  # nothing certain to look for: never skip a file
            stale.add(WordTest(3, literal.casefold()))
        if stale:
            groups.append([frozenset(stale)])
        if self.shape is not None:
            groups.extend(pattern_groups(self.key_patterns) if self.key_patterns else [[]])
        if self.host_marker:
            groups.append([frozenset([WordTest(3, self.host_marker)])])
        return groups

    def sentence_gate(self) -> frozenset[str] | None:
        if self.stale_literals is None:
            return None
        words = set(self.stale_literals)
        if self.shape is not None:
            if self.key_gate is None:
                return None
            words |= self.key_gate
        if self.host_marker:
            # Part of a token ("bazel-cache.nix-cache.svc"): the engine's gate finds it
            # after a dot as it finds a word after a space.
            words.add(self.host_marker)
        return frozenset(words)

    def message(self, hit: Hit) -> str:
        if hit.code == self.CONFLICT:
            return (
                f"states another value than the claim: {self.value_spec.key} is "
                f"{self.value_spec.current}"
            )
        return f"stale value: {self.value_spec.key} is now {self.value_spec.current}"

    def stale_spans(self, text: str) -> Iterator[tuple[int, int, str]]:
        if self.stale_literals is not None:
            lowered = text.lower()
            if not any(literal in lowered for literal in self.stale_literals):
                return
        for expression in self.stale:
            for found in expression.finditer(text):
                yield found.start(), found.end(), found.group()

    def check(
        self, index: DocumentIndex, position: int, words: frozenset[str], source: SourceText
    ) -> Iterator[Hit]:
        sentence = index.document.sentences[position]
        tokens = index.tokens[position]
        stale_reported = False
        for start, end, value in self.stale_spans(sentence.text):
            if not in_table_context(self, index, sentence, start):
                continue
            if self._asserted(sentence, tokens, start, end) and self.scope.covers(index, position):
                yield sentence_hit(source, sentence, start, end, f'stale value "{value}"')
                stale_reported = True
                break
        if self.shape is None or stale_reported:
            return
        no_key_word = self.key_gate is not None and words.isdisjoint(self.key_gate)
        if no_key_word and self.host_marker:
            no_key_word = not any(self.host_marker in word for word in words)
        if no_key_word and (sentence.kind != "table_row" or not sentence.table_header):
            return
        yield from self._conflicts(index, position, words, source)

    def _asserted(self, sentence: Sentence, tokens: Tokens, start: int, end: int) -> bool:
        first = next((i for i, e in enumerate(tokens.ends) if e > start), None)
        last = next((i for i in range(len(tokens) - 1, -1, -1) if tokens.starts[i] < end), None)
        if first is None or last is None or last < first:
            return True
        return value_verdict(sentence.text, tokens, first, last + 1).asserted

    def _conflicts(
        self, index: DocumentIndex, position: int, words: frozenset[str], source: SourceText
    ) -> Iterator[Hit]:
        assert self.shape is not None
        sentence = index.document.sentences[position]
        tokens = index.tokens[position]
        text = sentence.text
        region = (0, len(text))
        names_key = any(p.could_match(words) and p.search(tokens) for p in self.key_patterns)
        if sentence.kind == "table_row" and sentence.table_header:
            column = self._key_column(sentence.table_header)
            if column is not None:
                cell = _cell_region(text, column)
                if cell is None:
                    return
                region, names_key = cell, True
        if not names_key:
            # Without the key, a value is still this key's when it names the current
            # value's host on another port or scheme (`...svc.cluster.local:9090`).
            region = (0, len(text))
            if not any(self._same_host(v.group()) for v in self.shape.finditer(text)):
                return
        values = list(self.shape.finditer(text, region[0], region[1]))
        if not names_key:
            values = [v for v in values if self._same_host(v.group())]
        if sentence.kind != "table_row" and any(
            _normalise_value(v.group()) == self.current for v in values
        ):
            return  # the current value is stated: the others are peaks, usage, other lanes
        current_cells = {
            text.count(" | ", 0, v.start())
            for v in values
            if _normalise_value(v.group()) == self.current
        }
        for found in values:
            value = _normalise_value(found.group())
            if _same_value(value, self.current) or any(s.search(found.group()) for s in self.stale):
                continue  # the current value, perhaps short ("compute-expansion:NoSchedule")
            if text.count(" | ", 0, found.start()) in current_cells:
                continue  # "| Related | #210, #214 (heavy lane), #215 (FlakeHub RFC) |": a list
            if not self._asserted(sentence, tokens, found.start(), found.end()):
                continue
            if not in_table_context(self, index, sentence, found.start()):
                continue
            if not self.scope.covers(index, position):
                return
            detail = f'states {self.value_spec.key} = "{found.group()}"'
            yield sentence_hit(
                source, sentence, found.start(), found.end(), detail, code=self.CONFLICT
            )
            return

    def _key_column(self, header: tuple[str, ...]) -> int | None:
        """The column whose header names the key (computed once per table header)."""
        if header in self._columns:
            return self._columns[header]
        found: int | None = None
        for column, cell in enumerate(header):
            cell_tokens = tokenize(cell)
            if any(p.search(cell_tokens) for p in self.key_patterns):
                found = column
                break
        if len(self._columns) > 1024:
            self._columns.clear()
        self._columns[header] = found
        return found

    def could_occur_in(self, text: str) -> bool:
        """Cheap test on a whole code block or file before reading it line by line."""
        lowered = text.lower()
        if self.stale_literals is None or any(s in lowered for s in self.stale_literals):
            return True
        return self.shape is not None and bool(self.key_patterns) and bool(self.shape.search(text))

    def line_hit(
        self, first: tuple[int, int], last: tuple[int, int], line: str, value: str, code: str
    ) -> Hit:
        """A hit on a value found by `check_line`, placed at file positions."""
        what = "stale value" if code == self.code else "another value"
        detail = f'{what} "{value}"'
        return Hit(first[0], first[1], last[0], last[1], line.strip(), detail, (), code)

    def holds_current(self, text: str) -> bool:
        """Does the text (a code block) set the current value somewhere?"""
        return self.shape is not None and any(
            _normalise_value(v.group()) == self.current for v in self.shape.finditer(text)
        )

    def check_line(
        self, text: str, parent: str = "", beside_current: bool = False
    ) -> Iterator[tuple[int, int, str, str]]:
        """Values in one line of code or of a workflow file: (start, end, value, code).

        Known-stale values anywhere; with a key and a value shape, another value on a
        line that names the key (`ATTIC_SERVER=http://...`), sits in a mapping the key
        opens (`parent`: `nodeSelector:` over `pool: heavy`) or names the same host. In a
        block that sets the current value (`beside_current`), a line that only names the
        same host is another setting (`kubernetes.io/arch` beside `kubernetes.io/hostname`).
        """
        stale = list(self.stale_spans(text))
        for start, end, value in stale:
            if not VALUE_HEDGES.isdisjoint(tokenize(text[:start]).words):
                continue  # "Error: error sending request for url (...)": a log line
            if _SEARCHED_FOR.search(text, 0, start):
                continue  # "! grep -rn 'attic-api...:8080' overlays/": a check looks for it
            if _marked_old(text[end:]):
                continue  # "# ATTIC_SERVER: http://...:8080   # old value, do not restore"
            yield start, end, value, self.code
        if self.shape is None or stale or not self.key_patterns or not self.shape.search(text):
            return
        tokens = tokenize(text)
        names_key = any(p.search(tokens) for p in self.key_patterns)
        if not names_key and parent:
            names_key = any(p.search(tokenize(parent)) for p in self.key_patterns)
        for found in self.shape.finditer(text):
            if not names_key and (beside_current or not self._same_host(found.group())):
                continue
            if not VALUE_HEDGES.isdisjoint(tokenize(text[: found.start()]).words):
                continue
            if _marked_old(text[found.end() :]):
                continue
            if not _same_value(_normalise_value(found.group()), self.current):
                yield found.start(), found.end(), found.group(), self.CONFLICT
                return

    def _same_host(self, value: str) -> bool:
        """Does `value` name the current value's service: its host on another port or
        scheme, or a sibling host in the same cluster namespace ("bazel-remote.nix-cache.svc"
        for "bazel-cache.nix-cache.svc.cluster.local")?"""
        host = _host(self.value_spec.current)
        other = _host(value)
        if not host or "." not in host:
            return False
        if other == host:
            return True
        mine, theirs = _service(host), _service(other)
        return mine[1] == theirs[1] and bool(mine[1]) and not mine[0].isdisjoint(theirs[0])


def _same_value(value: str, current: str) -> bool:
    """Is `value` the current one, or its short form ("compute-expansion:NoSchedule" for
    "dedicated.tinyland.dev/compute-expansion:NoSchedule")?"""
    return value == current or (len(value) >= _SHORT_FORM and current.endswith(value))


_SHORT_FORM = 8
"""The shortest tail of the current value read as that value written short."""


def _service(host: str) -> tuple[frozenset[str], str]:
    """(words of the first label, the namespace domain without `.cluster.local`)."""
    first, _, domain = host.partition(".")
    domain = domain.removesuffix(".cluster.local")
    return frozenset(first.split("-")), domain


def _host(value: str) -> str:
    """The host of a URL-like value, lower case ("" when it has none)."""
    rest = value.strip().strip("`'\"").split("://", 1)[-1]
    return rest.split("/", 1)[0].split(":", 1)[0].casefold()


def _cell_region(row: str, column: int) -> tuple[int, int] | None:
    """Character range of cell `column` in a row whose cells are joined by ` | `."""
    start = 0
    for _ in range(column):
        found = row.find(" | ", start)
        if found == -1:
            return None
        start = found + 3
    end = row.find(" | ", start)
    return start, (len(row) if end == -1 else end)


_SEARCHED_FOR = re.compile(r"(?:^|[\s;|&!(])(?:grep|egrep|rg|ag|ack|git\s+grep)\b")
"""A search command before a value: the line looks for it, it does not set it."""


def _marked_old(rest: str) -> bool:
    """Does the comment after a value on its line call it old ("# old value, do not
    restore", "# legacy, was the default")?"""
    return not VALUE_HEDGES.isdisjoint(trailing_comment_words(rest))
