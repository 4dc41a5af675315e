"""The truthgraph pattern language, compiled once into a token NFA that runs in linear time.

Syntax (words are matched case-insensitively, one token each):

=================  ==========================================================
``word``           that word; ``pre*`` a prefix, ``*-nix`` a suffix, ``*nix*`` a part
``{set}``          any phrase of the term set ``set`` (defined under ``terms:``,
                   and one per entity id: its name and aliases)
``(a b | c)``      alternatives; each alternative is a sequence
``[a b]``          optional sequence
``...`` / ``...6`` a gap of up to 4 (or N, at most 12) arbitrary words
``a & b``          (top level) both parts, in any order, within one clause:
                   clauses end at ``;``, dashes and contrast words ("but",
                   "whereas"), not at commas
=================  ==========================================================

A pattern matches anywhere in a sentence. Matching simulates all NFA states at
once (Thompson's construction), so time is O(words x states) whatever the
pattern: there is no backtracking to blow up.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from truthgraph.match.tokens import Tokens, split_words

MAX_GAP = 12
PHRASE = 5
"""The mode of a pre-filter test for adjacent exact words ("heavy image"): a file holding
"heavy" and "image" far apart cannot match the phrase."""
DEFAULT_GAP = 4
MAX_STATES = 5000
MAX_DEPTH = 32
"""Groups nested deeper are refused: the compiler's walks recurse once per level."""

_LEX = re.compile(r"\.\.\.\d*|[()\[\]|]|\{[\w.-]+\}|[^\s()\[\]|{}]+")


@dataclass(frozen=True)
class _WildCheck:
    """One required word given as options some of which are wildcards (`*gi`, `big*`):
    exact options are one set test, affixes one `startswith`/`endswith` call per word."""

    exact: frozenset[str]
    prefixes: tuple[str, ...]
    suffixes: tuple[str, ...]
    inner: tuple[str, ...]
    anything: bool

    @classmethod
    def of(cls, options: frozenset[WordTest]) -> _WildCheck:
        def texts(mode: int) -> tuple[str, ...]:
            return tuple(sorted(t.text for t in options if t.mode == mode))

        return cls(
            frozenset(texts(0)), texts(1), texts(2), texts(3), any(t.mode == 4 for t in options)
        )

    def any_of(self, words: frozenset[str]) -> bool:
        if self.anything and words:
            return True
        if not self.exact.isdisjoint(words):
            return True
        prefixes, suffixes, inner = self.prefixes, self.suffixes, self.inner
        return any(
            (prefixes and w.startswith(prefixes))
            or (suffixes and w.endswith(suffixes))
            or any(part in w for part in inner)
            for w in words
        )


# AST nodes are tuples: ("word", text) ("seq", items) ("alt", branches) ("opt", node) ("gap", n)
Node = tuple[str, object]


class PatternSyntaxError(ValueError):
    """A pattern is malformed; the message says where and what was expected."""


@dataclass(frozen=True)
class WordTest:
    """How one pattern word tests one token."""

    mode: int  # 0 exact, 1 prefix, 2 suffix, 3 contains, 4 any token, 5 phrase
    text: str

    def __call__(self, token: str) -> bool:
        mode = self.mode
        if mode == PHRASE:
            return False  # several adjacent tokens: only the pre-filter tests raw text for it
        if mode == 0:
            return token == self.text
        if mode == 1:
            return token.startswith(self.text)
        if mode == 2:
            return token.endswith(self.text)
        if mode == 3:
            return self.text in token
        return True

    @classmethod
    def of(cls, word: str) -> WordTest:
        stripped = word.strip("*")
        if not stripped:
            raise PatternSyntaxError(f"wildcard {word!r} needs some letters")
        if "*" in stripped:
            raise PatternSyntaxError(f"{word!r}: `*` may only start or end a word")
        if word.startswith("*") and word.endswith("*"):
            return cls(3, stripped)
        if word.endswith("*"):
            return cls(1, stripped)
        if word.startswith("*"):
            return cls(2, stripped)
        return cls(0, word)


class _Parser:
    def __init__(self, source: str, terms: Mapping[str, Sequence[str]]) -> None:
        self.source = source
        self.terms = terms
        self.items = _LEX.findall(source)
        self.pos = 0
        self.depth = 0

    def fail(self, message: str) -> PatternSyntaxError:
        shown = self.source if len(self.source) <= 80 else self.source[:77] + "..."
        return PatternSyntaxError(f"pattern {shown!r}: {message}")

    def peek(self) -> str | None:
        return self.items[self.pos] if self.pos < len(self.items) else None

    def parse(self) -> Node:
        if not self.items:
            raise self.fail("is empty")
        node = self.alt()
        if self.peek() is not None:
            raise self.fail(f"unexpected {self.peek()!r}")
        return node

    def alt(self) -> Node:
        branches = [self.seq()]
        while self.peek() == "|":
            self.pos += 1
            branches.append(self.seq())
        return branches[0] if len(branches) == 1 else ("alt", branches)

    def seq(self) -> Node:
        items: list[Node] = []
        while (item := self.peek()) is not None and item not in ("|", ")", "]"):
            self.pos += 1
            if item == "(":
                items.append(self.group(")"))
            elif item == "[":
                items.append(("opt", self.group("]")))
            elif item.startswith("..."):
                size = int(item[3:]) if item[3:] else DEFAULT_GAP
                if size > MAX_GAP:
                    raise self.fail(f"gap {item} is wider than {MAX_GAP} words")
                items.append(("gap", size))
            elif item.startswith("{"):
                items.append(self.term_set(item[1:-1]))
            else:
                words = split_words(item)
                if not words:
                    raise self.fail(f"{item!r} has no word characters")
                items.extend(("word", w) for w in words)
        if not items:
            raise self.fail("has an empty alternative or group")
        return items[0] if len(items) == 1 else ("seq", items)

    def group(self, closer: str) -> Node:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise self.fail(f"nests groups deeper than {MAX_DEPTH} levels; flatten it")
        node = self.alt()
        self.depth -= 1
        if self.peek() != closer:
            raise self.fail(f"missing {closer!r}")
        self.pos += 1
        return node

    def term_set(self, name: str) -> Node:
        if name not in self.terms:
            close = [t for t in self.terms if t.startswith(name[:3])][:3]
            hint = f" (known: {', '.join(close)})" if close else ""
            raise self.fail(f"unknown term set {{{name}}}{hint}; define it under terms:")
        branches: list[Node] = []
        for phrase in self.terms[name]:
            words = split_words(phrase)
            if words:
                seq: list[Node] = [("word", w) for w in words]
                branches.append(seq[0] if len(seq) == 1 else ("seq", seq))
        if not branches:
            raise self.fail(f"term set {{{name}}} is empty")
        return branches[0] if len(branches) == 1 else ("alt", branches)


class _Builder:
    """Thompson construction into flat arrays: tests[i] is None for split/accept states."""

    def __init__(self) -> None:
        self.tests: list[WordTest | None] = []
        self.outs: list[list[int]] = []

    def state(self, test: WordTest | None) -> int:
        if len(self.tests) >= MAX_STATES:
            raise PatternSyntaxError(f"pattern expands to more than {MAX_STATES} states")
        self.tests.append(test)
        self.outs.append([])
        return len(self.tests) - 1

    def build(self, node: Node, nxt: int) -> int:
        """States for `node` that continue to `nxt`; returns the entry state."""
        kind, value = node
        if kind == "word":
            entry = self.state(WordTest.of(str(value)))
            self.outs[entry].append(nxt)
            return entry
        if kind == "seq":
            for item in reversed(value):  # type: ignore[call-overload]
                nxt = self.build(item, nxt)
            return nxt
        if kind == "alt":
            entry = self.state(None)
            self.outs[entry].extend(self.build(b, nxt) for b in value)  # type: ignore[attr-defined]
            return entry
        if kind == "opt":
            entry = self.state(None)
            self.outs[entry].extend((self.build(value, nxt), nxt))  # type: ignore[arg-type]
            return entry
        # gap: up to N optional "any word" states in a chain
        for _ in range(int(value)):  # type: ignore[call-overload]
            entry = self.state(None)
            any_word = self.state(WordTest(4, ""))
            self.outs[any_word].append(nxt)
            self.outs[entry].extend((any_word, nxt))
            nxt = entry
        return nxt


def _musts(node: Node) -> list[frozenset[WordTest]]:
    """Sets of word tests of which at least one must match some token for any match."""
    kind, value = node
    if kind == "word":
        return [frozenset([WordTest.of(str(value))])]
    if kind == "seq":
        result: list[frozenset[WordTest]] = []
        for item in value:  # type: ignore[attr-defined]
            result.extend(_musts(item))
        return result
    if kind == "alt":
        union: set[WordTest] = set()
        for branch in value:  # type: ignore[attr-defined]
            options = _musts(branch)
            if not options:
                return []
            union |= max(options, key=lambda s: min(len(t.text) for t in s))
        return [frozenset(union)]
    return []


MAX_CLAUSES = 64
MAX_CONJUNCTION_SPAN = 28
"""Words a conjunction's parts may spread over: one statement, not a paragraph."""
MAX_CONJUNCTION_TRIES = 32


def _dnf(node: Node) -> list[frozenset[WordTest]] | None:
    """Word tests a match needs, as alternatives of conjunctions; None when too many."""
    kind, value = node
    if kind == "word":
        return [frozenset([WordTest.of(str(value))])]
    if kind == "alt":
        clauses: list[frozenset[WordTest]] = []
        for branch in value:  # type: ignore[attr-defined]
            found = _dnf(branch)
            if found is None:
                return None
            clauses.extend(found)
        return clauses if len(clauses) <= MAX_CLAUSES else None
    if kind == "seq":
        product: list[frozenset[WordTest]] = [frozenset()]
        for item in _phrases(value):  # type: ignore[arg-type]
            if item[0] == "phrase":
                product = [a | {WordTest(PHRASE, str(item[1]))} for a in product]
                continue
            found = _dnf(item)
            if found is None:
                return None
            product = [a | b for a in product for b in found]
            if len(product) > MAX_CLAUSES:
                return None
        return product
    return [frozenset()]  # optional parts and gaps need nothing


def _phrases(items: Sequence[Node]) -> list[Node]:
    """Runs of adjacent exact words become one ("phrase", "heavy image") node."""
    result: list[Node] = []
    run: list[str] = []

    def close() -> None:
        if len(run) > 1:
            result.append(("phrase", " ".join(run)))
        else:
            result.extend(("word", w) for w in run)
        run.clear()

    for item in items:
        if item[0] == "word" and WordTest.of(str(item[1])).mode == 0:
            run.append(str(item[1]))
            continue
        close()
        result.append(item)
    close()
    return result


TRANSPARENT_ADVERBS = frozenset(
    """now already also still just usually typically always automatically simply actually
    really basically normally generally currently often""".split()
)
"""Adverbs a match may run over between two of its words, as if they were not there."""


@dataclass(frozen=True)
class Match:
    """A match: tokens [start, end) of the searched text."""

    start: int
    end: int


def _split_conjunction(source: str) -> list[str]:
    """Split `a & b & c` at top level (outside brackets) into its parts."""
    parts: list[str] = []
    depth = 0
    start = 0
    for at, char in enumerate(source):
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
        elif char == "&" and depth == 0:
            parts.append(source[start:at])
            start = at + 1
    parts.append(source[start:])
    return [p.strip() for p in parts]


class Pattern:
    """A compiled pattern: `search(tokens)` finds the leftmost, longest match or None.

    `a & b` (top level only) is a conjunction: every part must match somewhere in
    the searched range, in any order; the match spans from the first to the last part.
    """

    def __init__(self, source: str, terms: Mapping[str, Sequence[str]]) -> None:
        self.source = source
        pieces = _split_conjunction(source)
        self.parts: list[Pattern] = []
        if len(pieces) > 1:
            if any(not piece for piece in pieces):
                raise PatternSyntaxError(f"pattern {source!r}: `&` needs a pattern on each side")
            self.parts = [Pattern(piece, terms) for piece in pieces]
            self._combine()
            return
        ast = _Parser(source, terms).parse()
        builder = _Builder()
        self.accept = builder.state(None)
        self.start = builder.build(ast, self.accept)
        self.tests = builder.tests
        self.outs = builder.outs
        self.closures = [self._closure(s) for s in range(len(self.tests))]
        if self.accept in self.closures[self.start]:
            # `...12` or `[a]` alone would match every sentence: refused at `validate`.
            raise PatternSyntaxError(
                f"pattern {source!r} matches without any word (only gaps or optional "
                "parts); add a word that it needs"
            )
        # The states a match can begin in, by the exact word they take (others tested).
        self.first_exact: dict[str, list[int]] = {}
        self.first_wild: list[int] = []
        for state in self.closures[self.start]:
            first_test = self.tests[state]
            if first_test is None:
                continue
            if first_test.mode == 0:
                self.first_exact.setdefault(first_test.text, []).append(state)
            else:
                self.first_wild.append(state)
        self.musts = _musts(ast)
        # Sets of exact words are tested with one C-level set operation per sentence.
        self.exact_musts = [
            frozenset(t.text for t in s) for s in self.musts if all(t.mode == 0 for t in s)
        ]
        self.wild_musts = [s for s in self.musts if any(t.mode != 0 for t in s)]
        self.wild_checks = [_WildCheck.of(s) for s in self.wild_musts]
        self.clauses = _dnf(ast)
        """Exact necessary words as alternatives of conjunctions (None: too many to list)."""

    def _combine(self) -> None:
        """Necessary words of a conjunction: those of every part."""
        self.tests = [t for part in self.parts for t in part.tests]
        self.musts = [m for part in self.parts for m in part.musts]
        self.exact_musts = [m for part in self.parts for m in part.exact_musts]
        self.wild_musts = [m for part in self.parts for m in part.wild_musts]
        self.wild_checks = [c for part in self.parts for c in part.wild_checks]
        product: list[frozenset[WordTest]] | None = [frozenset()]
        for part in self.parts:
            if product is None or part.clauses is None:
                product = None
                break
            product = [a | b for a in product for b in part.clauses]
            if len(product) > MAX_CLAUSES:
                product = None
        self.clauses = product

    @property
    def is_conjunction(self) -> bool:
        return bool(self.parts)

    def _search_conjunction(self, tokens: Tokens, begin: int, end: int) -> Match | None:
        """All parts within MAX_CONJUNCTION_SPAN words; a bounded number of retries."""
        for _ in range(MAX_CONJUNCTION_TRIES):
            found = [part.search(tokens, begin, end) for part in self.parts]
            matches = [m for m in found if m is not None]
            if len(matches) < len(self.parts):
                return None
            first = min(m.start for m in matches)
            last = max(m.end for m in matches)
            if last - first <= MAX_CONJUNCTION_SPAN:
                return Match(first, last)
            # Too far apart to be one statement: look again past the first part found.
            begin = first + 1
        return None

    def _closure(self, state: int) -> tuple[int, ...]:
        """Consuming and accepting states reachable from `state` without consuming a word."""
        seen: set[int] = set()
        found: list[int] = []
        stack = [state]
        while stack:
            current = stack.pop()
            if current in seen:
                continue
            seen.add(current)
            if self.tests[current] is not None or current == self.accept:
                found.append(current)
            else:
                stack.extend(reversed(self.outs[current]))
        return tuple(found)

    def could_match(self, words: frozenset[str]) -> bool:
        """Cheap necessary condition: every required word test matches some token."""
        for exact in self.exact_musts:
            if words.isdisjoint(exact):
                return False
        return all(check.any_of(words) for check in self.wild_checks)

    @property
    def gate(self) -> frozenset[str] | None:
        """Exact words of which a sentence needs one to match (None: no such word set)."""
        if not self.exact_musts:
            return None
        return min(self.exact_musts, key=len)

    def search(self, tokens: Tokens, begin: int = 0, end: int | None = None) -> Match | None:
        """Leftmost, then longest, match within tokens [begin, end)."""
        if self.parts:
            return self._search_conjunction(tokens, begin, len(tokens) if end is None else end)
        words = tokens.words
        stop = len(words) if end is None else end
        accept = self.accept
        best: Match | None = None
        active: dict[int, int] = {}  # state -> earliest start index of a thread in it
        for i in range(begin, stop + 1):
            started = active.pop(accept, None)
            if started is not None and (
                best is None or started < best.start or (started == best.start and i > best.end)
            ):
                best = Match(started, i)
            if best is not None:
                limit = best.start
                active = {s: st for s, st in active.items() if st <= limit}
                if not active:
                    break
            if i == stop:
                break
            word = words[i]
            following: dict[int, int] = {}
            for s, st in active.items():
                test = self.tests[s]
                if test is not None and test(word):
                    for t in self.closures[self.outs[s][0]]:
                        if st < following.get(t, stop + 1):
                            following[t] = st
            if word in TRANSPARENT_ADVERBS:
                # "Nix now gets bootstrapped through FlakeHub": an adverb inside a statement
                # leaves every started thread where it was.
                for s, st in active.items():
                    if st < following.get(s, stop + 1):
                        following[s] = st
            if best is None:
                # A new thread starting here survives only through a first state whose test
                # takes this word: look those up instead of seeding every first state.
                for s in self._first_states(word):
                    for t in self.closures[self.outs[s][0]]:
                        if i < following.get(t, stop + 1):
                            following[t] = i
            active = following
        return best

    def _first_states(self, word: str) -> list[int]:
        exact = self.first_exact.get(word, [])
        if not self.first_wild:
            return exact
        return exact + [s for s in self.first_wild if self.tests[s](word)]  # type: ignore[misc]


def compile_pattern(source: str, terms: Mapping[str, Sequence[str]]) -> Pattern:
    return Pattern(source, terms)


def gate_of(patterns: Sequence[Pattern]) -> frozenset[str] | None:
    """Exact words of which a sentence needs one for any of `patterns` to match."""
    union: set[str] = set()
    for pattern in patterns:
        gate = pattern.gate
        if gate is None:
            return None
        union |= gate
    return frozenset(union)
