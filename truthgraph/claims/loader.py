"""Load claims YAML safely into typed records, keeping `file:line:col` for every value."""

from __future__ import annotations

import difflib
import hashlib
import os
import types
import typing
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from truthgraph.claims.model import (
    RECORD_SECTIONS,
    TOP_LEVEL_KEYS,
    Lexicon,
    PackMeta,
    Record,
    TermSets,
)
from truthgraph.errors import ClaimsError, GroupedError, Location
from truthgraph.reading import read_bytes

Path_ = tuple[str | int, ...]
MAX_FILE_BYTES = 20 * 1024 * 1024


@dataclass
class SourceMap:
    """Where each value (and each mapping key) of one YAML file stands."""

    path: str
    # Raw marks, converted to Locations only when a message needs one.
    values: dict[Path_, yaml.Mark] = field(default_factory=dict)
    keys: dict[Path_, yaml.Mark] = field(default_factory=dict)

    def locate(self, at: Path_, *, key: bool = False) -> Location:
        """The most precise known location for `at`, falling back to its nearest parent."""
        table = self.keys if key else self.values
        for end in range(len(at), -1, -1):
            prefix = at[:end]
            if prefix in table:
                return _location(self.path, table[prefix])
            if prefix in self.values:
                return _location(self.path, self.values[prefix])
        return Location(self.path)


@dataclass
class LoadedRecord:
    record: Record
    section: str
    location: Location
    rule_locations: dict[str, Location] = field(default_factory=dict)
    """Where each of the record's rules starts, by rule id."""


@dataclass
class RawPack:
    """Records as loaded, before cross-reference checks (see `truthgraph.claims.pack`)."""

    records: list[LoadedRecord] = field(default_factory=list)
    terms: TermSets = field(default_factory=dict)
    term_locations: dict[str, Location] = field(default_factory=dict)
    meta: PackMeta | None = None
    meta_location: Location | None = None
    lexicons: list[Lexicon] = field(default_factory=list)
    """`lexicon:` sections of the pack's files, extending the shared lexicon."""
    files: list[str] = field(default_factory=list)
    file_digests: list[str] = field(default_factory=list)
    digest: str = ""
    source_maps: dict[str, SourceMap] = field(default_factory=dict)


def _location(path: str, mark: yaml.Mark) -> Location:
    return Location(path, mark.line + 1, mark.column + 1)


# libyaml's composer when PyYAML has it (much faster); both keep every node's marks, and
# composing builds no Python objects, so no tag can run code.
_Composer: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _text_location(path: str, text: str, offset: int) -> Location:
    line = text.count("\n", 0, offset) + 1
    return Location(path, line, offset - (text.rfind("\n", 0, offset) + 1) + 1)


def _compose(path: str, text: str) -> yaml.Node | None:
    loader = _Composer(text)
    try:
        node = loader.get_single_node()
    except yaml.reader.ReaderError as exc:
        # libyaml refuses control characters with a character offset, not a line.
        char = exc.character
        code = ord(char) if isinstance(char, str) else int(char)
        raise ClaimsError(
            f"control character U+{code:04X} is not allowed in YAML; remove it or write it "
            "as an escape in a double-quoted string",
            _text_location(path, text, exc.position),
        ) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = _location(path, mark) if mark else Location(path)
        problem = exc.problem or exc.context or "invalid YAML"
        raise ClaimsError(f"YAML syntax error: {problem}", where) from None
    except yaml.YAMLError as exc:
        raise ClaimsError(f"YAML error: {exc}", Location(path)) from None
    finally:
        loader.dispose()
    return node


_STR_TAG = "tag:yaml.org,2002:str"
_STANDARD_COLLECTION_TAGS = ("tag:yaml.org,2002:map", "tag:yaml.org,2002:seq")


MAX_DEPTH = 64
"""Deeper nesting is refused: no claims file needs it, and every walk stays bounded."""
MAX_ALIAS_VALUES = 10_000
"""Values reachable only through aliases (`*name`): bounds an alias bomb's expansion."""


@dataclass
class _Walk:
    """What one file's conversion has visited, to bound alias expansion."""

    visits: int = 0
    distinct: set[int] = field(default_factory=set)


def _to_data(
    path: str,
    node: yaml.Node,
    at: Path_,
    smap: SourceMap,
    constructor: yaml.SafeLoader,
    walk: _Walk | None = None,
) -> Any:
    """Build plain data from a composed node, recording marks; only safe scalar types.

    Composing shares a node between an anchor and its aliases; expanding them here is
    bounded by `MAX_ALIAS_VALUES` and the nesting by `MAX_DEPTH`, so neither an alias
    bomb nor a recursive alias can exhaust memory or the stack."""
    walk = walk if walk is not None else _Walk()
    walk.visits += 1
    walk.distinct.add(id(node))
    if walk.visits - len(walk.distinct) > MAX_ALIAS_VALUES:
        raise ClaimsError(
            f"YAML aliases expand to more than {MAX_ALIAS_VALUES:,} values; "
            "write the repeated values out",
            _location(path, node.start_mark),
        )
    if len(at) > MAX_DEPTH:
        raise ClaimsError(
            f"nested deeper than {MAX_DEPTH} levels (or an alias that contains itself); flatten it",
            _location(path, node.start_mark),
        )
    smap.values[at] = node.start_mark
    if not isinstance(node, yaml.ScalarNode) and node.tag not in _STANDARD_COLLECTION_TAGS:
        raise ClaimsError(
            f"unsupported YAML tag {node.tag}; use plain mappings and lists",
            _location(path, node.start_mark),
        )
    if isinstance(node, yaml.MappingNode):
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise ClaimsError(
                    "mapping keys must be plain strings", _location(path, key_node.start_mark)
                )
            key = str(key_node.value)
            if key in result:
                first = smap.keys[(*at, key)]
                raise ClaimsError(
                    f'duplicate key "{key}" (first at line {first.line + 1}); remove one',
                    _location(path, key_node.start_mark),
                )
            smap.keys[(*at, key)] = key_node.start_mark
            result[key] = _to_data(path, value_node, (*at, key), smap, constructor, walk)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [
            _to_data(path, item, (*at, i), smap, constructor, walk)
            for i, item in enumerate(node.value)
        ]
    if node.tag == _STR_TAG:
        return node.value  # most scalars: skip the constructor machinery
    try:
        return constructor.construct_object(node, deep=True)
    except yaml.YAMLError as exc:
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ClaimsError(
            f"cannot read value: {problem}", _location(path, node.start_mark)
        ) from None
    except Exception as exc:  # ValueError, or AttributeError for `!!timestamp not-a-date`
        # libyaml's resolvers accept `2026-04-31`, year 0000 or `!!int abc`; building the
        # value fails with a bare ValueError: give it the value's place.
        raise ClaimsError(
            f"cannot read value {node.value!r} as {node.tag.rsplit(':', 1)[-1]}: "
            f"{_first_line(exc)}; fix the value or quote it as a string",
            _location(path, node.start_mark),
        ) from None


def _first_line(exc: BaseException) -> str:
    text = str(exc).splitlines()
    return text[0] if text else type(exc).__name__


def _field_names(model: type[BaseModel], loc: tuple[int | str, ...]) -> list[str]:
    """Field names of the (nested) model that `loc` points into, for "did you mean"."""
    current: Any = model
    for part in loc:
        current = _descend(current, part)
        if current is None:
            return []
    if isinstance(current, type) and issubclass(current, BaseModel):
        return list(current.model_fields)
    return []


def _descend(annotation: Any, part: int | str) -> Any:
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _descend(typing.get_args(annotation)[0], part)
    if origin in (typing.Union, types.UnionType):
        members = [a for a in typing.get_args(annotation) if a is not type(None)]
        for member in members:
            kind = getattr(member, "model_fields", {}).get("kind")
            if kind is not None and part in typing.get_args(kind.annotation):
                return member
        for member in members:
            found = _descend(member, part)
            if found is not None:
                return found
        return None
    if origin in (list, tuple) and isinstance(part, int):
        return typing.get_args(annotation)[0]
    if origin is dict and isinstance(part, str):
        return typing.get_args(annotation)[1]
    if isinstance(annotation, type) and issubclass(annotation, BaseModel) and isinstance(part, str):
        info = annotation.model_fields.get(part)
        return info.annotation if info is not None else None
    return None


def _strip_tags(model: type[BaseModel], loc: tuple[int | str, ...]) -> tuple[int | str, ...]:
    """Drop discriminator tags pydantic puts into `loc` (they are not in the YAML)."""
    kept: list[int | str] = []
    current: Any = model
    for part in loc:
        origin = typing.get_origin(current)
        if origin is typing.Annotated:
            current = typing.get_args(current)[0]
            origin = typing.get_origin(current)
        if origin in (typing.Union, types.UnionType) and isinstance(part, str):
            current = _descend(current, part)
            continue
        kept.append(part)
        current = _descend(current, part)
    return tuple(kept)


def _explain(model: type[BaseModel], error: Any) -> tuple[tuple[int | str, ...], str, bool]:
    """One readable sentence for a pydantic error; returns (yaml loc, message, is-key)."""
    loc = tuple(error["loc"])
    yaml_loc = _strip_tags(model, loc)
    kind = error["type"]
    if kind == "extra_forbidden":
        name = str(loc[-1])
        choices = _field_names(model, loc[:-1])
        close = difflib.get_close_matches(name, choices, n=1, cutoff=0.6)
        hint = f' (did you mean "{close[0]}"?)' if close else f" (allowed: {', '.join(choices)})"
        return yaml_loc, f'unknown field "{name}"{hint}', True
    if kind == "missing":
        return yaml_loc[:-1], f'missing required field "{loc[-1]}"', False
    if kind in ("literal_error", "union_tag_invalid"):
        expected = error.get("ctx", {}).get("expected") or error.get("ctx", {}).get("expected_tags")
        field_name = next((p for p in reversed(yaml_loc) if isinstance(p, str)), "value")
        return (
            yaml_loc,
            f'field "{field_name}": got {error.get("input")!r}, expected {expected}',
            False,
        )
    field_name = next((p for p in reversed(yaml_loc) if isinstance(p, str)), "value")
    return yaml_loc, f'field "{field_name}": {error["msg"]}', False


def _validate(
    model: type[Record], data: Any, at: Path_, smap: SourceMap, label: str
) -> tuple[Record | None, list[ClaimsError]]:
    try:
        return model.model_validate(data), []
    except ValidationError as exc:
        problems: list[ClaimsError] = []
        for error in exc.errors():
            yaml_loc, message, is_key = _explain(model, error)
            where = smap.locate((*at, *yaml_loc), key=is_key)
            problems.append(ClaimsError(f"{label}: {message}", where))
        return None, problems


def _label(section: str, data: Any) -> str:
    record_id = data.get("id") if isinstance(data, dict) else None
    singular = {
        "claims": "claim",
        "evidence": "evidence",
        "priorities": "priority",
        "non_goals": "non-goal",
        "sequence": "sequence step",
        "entities": "entity",
    }[section]
    if not record_id:
        return singular
    shown = " ".join(str(record_id).split())  # a multi-line id must not break the line
    return f'{singular} "{shown if len(shown) <= 60 else shown[:57] + "..."}"'


def iter_claim_files(root: Path) -> Iterator[Path]:
    """Every `*.yaml`/`*.yml` entry under `root`, sorted, and every folder that cannot be read.

    Entries that are not readable regular files (a dangling symlink, a FIFO) and
    unreadable folders are yielded too, so that loading reports them instead of the
    pack being called valid without them."""
    if not root.is_dir():
        yield root
        return
    found: list[Path] = []

    def unreadable(error: OSError) -> None:
        if error.filename:
            found.append(Path(error.filename))

    for folder, dirs, files in os.walk(root, onerror=unreadable):
        dirs.sort()
        found.extend(Path(folder, name) for name in files if name.endswith((".yaml", ".yml")))
    yield from sorted(found)


def load_file(path: Path, display: str, raw: RawPack) -> list[ClaimsError]:
    """Load one YAML file into `raw`; return its errors (never raises for content problems)."""
    if path.is_dir():
        try:
            next(path.iterdir(), None)
            problem = "is a folder; name a claims file or folder"
        except OSError as exc:
            problem = f"cannot read folder: {exc.strerror or exc}"
        return [ClaimsError(problem, Location(display))]
    # Regular files only, and never more than the limit read, whatever `stat` says.
    read = read_bytes(path, MAX_FILE_BYTES, confine=False)
    if read.data is None:
        problem = read.problem.replace("; not checked", "")
        if problem.startswith("larger than"):
            problem = f"file {problem}; split it"
        return [ClaimsError(problem, Location(display))]
    blob = read.data
    try:
        text = blob.decode("utf-8")
    except UnicodeDecodeError as exc:
        return [
            ClaimsError(f"not UTF-8 (byte {exc.start}); save the file as UTF-8", Location(display))
        ]
    raw.files.append(display)
    raw.file_digests.append(hashlib.sha256(display.encode() + b"\0" + blob).hexdigest())
    node = _compose(display, text)
    if node is None:
        return []
    smap = SourceMap(display)
    raw.source_maps[display] = smap
    constructor = yaml.SafeLoader("")
    try:
        data = _to_data(display, node, (), smap, constructor)
    finally:
        constructor.dispose()
    if not isinstance(data, dict):
        return [
            ClaimsError(
                "top level must be a mapping of sections (claims:, evidence: ...)", smap.locate(())
            )
        ]
    errors: list[ClaimsError] = []
    for key, value in data.items():
        if key not in TOP_LEVEL_KEYS:
            close = difflib.get_close_matches(key, TOP_LEVEL_KEYS, n=1, cutoff=0.6)
            hint = (
                f' (did you mean "{close[0]}"?)'
                if close
                else f" (allowed: {', '.join(TOP_LEVEL_KEYS)})"
            )
            errors.append(
                ClaimsError(f'unknown section "{key}"{hint}', smap.locate((key,), key=True))
            )
            continue
        if key == "pack":
            meta, problems = _validate(PackMeta, value, ("pack",), smap, "pack")
            errors.extend(problems)
            if meta is not None:
                if raw.meta is not None and raw.meta_location is not None:
                    errors.append(
                        ClaimsError(
                            f"second pack: section (first at {raw.meta_location}); keep one",
                            smap.locate(("pack",), key=True),
                        )
                    )
                else:
                    raw.meta = typing.cast(PackMeta, meta)
                    raw.meta_location = smap.locate(("pack",), key=True)
            continue
        if key == "terms":
            errors.extend(_load_terms(value, smap, raw))
            continue
        if key == "lexicon":
            lexicon, problems = _validate(Lexicon, value, ("lexicon",), smap, "lexicon")
            errors.extend(problems)
            if lexicon is not None:
                raw.lexicons.append(typing.cast(Lexicon, lexicon))
            continue
        if not isinstance(value, list):
            errors.append(
                ClaimsError(f'section "{key}" must be a list of records', smap.locate((key,)))
            )
            continue
        model = RECORD_SECTIONS[key]
        for index, item in enumerate(value):
            record, problems = _validate(model, item, (key, index), smap, _label(key, item))
            errors.extend(problems)
            if record is not None:
                loaded = LoadedRecord(record, key, smap.locate((key, index, "id")))
                for number, rule in enumerate(getattr(record, "rules", [])):
                    loaded.rule_locations[rule.id] = smap.locate((key, index, "rules", number))
                raw.records.append(loaded)
    return errors


def _load_terms(value: Any, smap: SourceMap, raw: RawPack) -> list[ClaimsError]:
    if not isinstance(value, dict):
        return [
            ClaimsError(
                "terms: must map a term-set name to a list of phrases", smap.locate(("terms",))
            )
        ]
    errors: list[ClaimsError] = []
    for name, phrases in value.items():
        where = smap.locate(("terms", name), key=True)
        if not isinstance(phrases, list) or not all(
            isinstance(p, str) and p.strip() for p in phrases
        ):
            errors.append(
                ClaimsError(f'term set "{name}": must be a list of non-empty strings', where)
            )
            continue
        if name in raw.terms:
            errors.append(
                ClaimsError(
                    f'duplicate term set "{name}" (first at {raw.term_locations[name]}); '
                    "remove one",
                    where,
                )
            )
            continue
        raw.terms[name] = [p.strip() for p in phrases]
        raw.term_locations[name] = where
    return errors


def load_raw(root: Path, files: Iterable[Path] | None = None) -> RawPack:
    """Read every YAML file under `root`; raise GroupedError listing every problem found."""
    if not root.exists():
        raise ClaimsError(
            "claims folder not found; pass --claims DIR or set [tool.truthgraph] claims",
            Location(str(root)),
        )
    raw = RawPack()
    errors: list[ClaimsError] = []
    paths = list(files) if files is not None else list(iter_claim_files(root))
    if not paths:
        raise ClaimsError("no .yaml files in the claims folder", Location(str(root)))
    for path in paths:
        try:
            errors.extend(load_file(path, _display(path), raw))
        except ClaimsError as exc:
            errors.append(exc)
    raw.digest = hashlib.sha256("".join(raw.file_digests).encode()).hexdigest()
    if errors:
        raise GroupedError(list(errors))
    return raw


def _display(path: Path) -> str:
    try:
        # The folder resolved, not the file: a symlink is shown under its own name.
        return (path.parent.resolve() / path.name).relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()
