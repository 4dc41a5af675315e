"""The prose inside workflow and action YAML: comments and `description:`/`name:` texts."""

from __future__ import annotations

import re

from truthgraph.parse.document import CodeBlock, Context, Document, Sentence, SourceText
from truthgraph.parse.sentences import split_sentences

_KEYED = re.compile(r"^(\s*-?\s*)(description|name)\s*:\s*(.*)$")
_FORM_KEYED = re.compile(r"^(\s*-?\s*)(description|name|label|placeholder|value)\s*:\s*(.*)$")
"""An issue form's prose keys: its `value: |` Markdown, labels and placeholders."""
_OPTION = re.compile(r"^(\s*-\s+)(?![\w.-]+\s*:(?:\s|$))(.+?)\s*$")
"""A plain list item (an issue form's dropdown option), not a mapping."""
_BLOCK_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_COMMENT = re.compile(r"(?:^|\s)#\s?(.*)$")
_SLASH_COMMENT = re.compile(r"(?:^|\s)//\s?(.*)$")
"""A `//` comment (JSON5, JavaScript, Go); the space before it keeps `https://` out."""
_TABLE_HEADER = re.compile(r"^\s*\[{1,2}([^\[\]#]+)\]{1,2}\s*(?:#.*)?$")
_RESOURCE_LIMIT = re.compile(
    r"^\s*((?:cpu|memory)\s*:\s*[\"']?[\d.]+\s*[A-Za-z]*[\"']?)\s*(?:#.*)?$"
)
"""A resource line of a Kubernetes or Helm spec (`memory: 32Gi`, `cpu: "8"`)."""
LABEL_WORDS = 8
"""A one-line `description:` of at most this many words is a label, like a `name:`."""
_JOBS = re.compile(r"^jobs\s*:\s*(?:#.*)?$")
_KEY = re.compile(r"^(\s*)([\w.-]+)\s*:\s*(?:#.*)?$")
_RUNS_ON = re.compile(r"^\s*runs-on\s*:\s*(.+?)\s*(?:#.*)?$")


def job_headings(lines: list[str]) -> list[str]:
    """For each line, a heading naming the job it belongs to and the lane it runs on
    ("job build, runs-on tinyland-nix"), or "" outside jobs.

    A comment inside a job, or in the block right above its key, is about that job's
    lane: "# the image already has Nix" on a `tinyland-nix` job means tinyland-nix.
    """
    headings = [""] * len(lines)
    inside = False
    job_indent: int | None = None
    starts: list[tuple[int, str]] = []
    lanes: list[str] = []
    for number, line in enumerate(lines):
        runs_on = _RUNS_ON.match(line)
        if runs_on:
            lanes.append(runs_on.group(1).strip("'\"[] "))
        if _JOBS.match(line):
            inside, job_indent = True, None
            continue
        if not inside or not line.strip() or line.lstrip().startswith("#"):
            continue
        indent = len(line) - len(line.lstrip())
        if indent == 0:
            inside = False
            continue
        key = _KEY.match(line)
        if key and (job_indent is None or indent == job_indent):
            job_indent = indent
            starts.append((number, key.group(2)))
    for which, (start, job) in enumerate(starts):
        end = starts[which + 1][0] if which + 1 < len(starts) else len(lines)
        while end > start + 1 and not lines[end - 1].strip():
            end -= 1
        lane = ""
        for line in lines[start:end]:
            runs_on = _RUNS_ON.match(line)
            if runs_on:
                lane = runs_on.group(1).strip("'\"[] ")
                break
        heading = f"job {job}, runs-on {lane}" if lane else f"job {job}"
        first = start
        while first > 0 and lines[first - 1].lstrip().startswith("#"):
            first -= 1  # the comment block above the job's key
        for number in range(first, end):
            headings[number] = heading
    if not starts and len(lanes) == 1:
        # A job's body shown alone (`runs-on: personal-nix` over its `env:`): one lane
        # for the whole fragment.
        return [f"fragment, runs-on {lanes[0]}"] * len(lines)
    return headings


_PARENT_REACH = 64
"""Lines a description's owner key is looked for above it (bounds the work per line)."""


def parent_key(lines: list[str], number: int) -> str:
    """The key that owns the mapping line `number` sits in ("publish" for the
    `description:` of the input `publish:`), or ""."""
    line = lines[number]
    indent = len(line) - len(line.lstrip())
    for back in range(number - 1, max(-1, number - 1 - _PARENT_REACH), -1):
        above = lines[back]
        if not above.strip() or above.lstrip().startswith("#"):
            continue
        if len(above) - len(above.lstrip()) < indent:
            key = _ANY_KEY.match(above)
            return key.group(2) if key else ""
    return ""


def _strip_quotes(value: str, start: int) -> tuple[str, int]:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1], start + 1
    return value, start


_ANY_KEY = re.compile(r"^(\s*)(?:-\s+)?([\w.-]+)\s*:")
_OWNER_KEY = re.compile(r"^(\s*)(?:-\s+)?[\"']?([\w.-]+)[\"']?\s*(?::|=\s*\{\s*$|\{\s*$)")
"""A key that opens what the lines below it belong to: YAML's `personal-nix:`, and the
same block in HCL (`personal-nix = {`) or JSON (`"personal-nix": {`)."""


def line_owners(lines: list[str]) -> list[str]:
    """For each line of YAML (or HCL), what it belongs to: its ancestor keys and, inside a job,
    the job and its lane ("personal-nix env" or "job deploy, runs-on personal-nix").

    A value's scope is decided by its owners when its own line names nothing:
    `ATTIC_SERVER: ...` under `personal-nix:` is the personal lane's setting.
    """
    jobs = job_headings(lines)
    owners: list[str] = []
    stack: list[tuple[int, str]] = []  # (indent, key) of the open ancestors
    for number, line in enumerate(lines):
        if line.strip() and not line.lstrip().startswith("#"):
            indent = len(line) - len(line.lstrip())
            while stack and stack[-1][0] >= indent:
                stack.pop()
            owners.append(" ".join([*(key for _, key in stack), jobs[number]]).strip())
            key = _OWNER_KEY.match(line)
            if key:
                stack.append((indent, key.group(2)))
        else:
            owners.append(jobs[number])
    return owners


def _lead_comment(lines: list[str], comments: re.Pattern[str]) -> str:
    """The comment a spec opens with, when the spec is no workflow (a workflow's opening
    comment is about the file, and its jobs say whose each limit is)."""
    for line in lines:
        if not line.strip():
            continue
        comment = comments.match(line.strip())
        if comment is None or any(_JOBS.match(other) for other in lines):
            return ""
        return comment.group(1).strip()
    return ""


def prose_document(
    source: SourceText,
    headings: tuple[str, ...] = (),
    *,
    form: bool = False,
    slash_comments: bool = False,
) -> Document:
    """A Document whose sentences are the YAML file's comments and descriptions.

    Offsets point into the YAML file, so findings get true positions; the whole file
    is attached as one code block, so scopes can see its lanes (`runs-on:`) too. An
    issue `form` also has labels, placeholders, dropdown options and Markdown `value:`
    blocks, each paragraph or list item of which is a piece of its own. A file with
    `slash_comments` (a Renovate `renovate.json5`) has `//` comments, not `#` ones.
    """
    comments = _SLASH_COMMENT if slash_comments else _COMMENT
    text = source.text
    keyed_line = _FORM_KEYED if form else _KEYED
    lines = text.split("\n")
    pieces: list[tuple[str, list[int]]] = []  # (text, offsets) of each prose run
    owners: list[str] = []  # the job heading of each piece
    kinds: list[str] = []  # "label" for a one-line `name:`, else "paragraph"
    jobs = job_headings(lines)
    ancestry: list[str] | None = None
    table = ""
    # "# tinyland-nix-heavy runner template (current)" over a bare spec titles it.
    title = _lead_comment(lines, comments)
    number = 0
    joinable = -2  # the line of the last whole-line comment
    while number < len(lines):
        line = lines[number]
        line_start = source.line_starts[number] if number < len(source.line_starts) else 0
        keyed = keyed_line.match(line)
        option = _OPTION.match(line) if form and not keyed else None
        if option and not option.group(2).startswith("#"):
            value, value_start = _strip_quotes(option.group(2), line_start + option.start(2))
            pieces.append((value, list(range(value_start, value_start + len(value)))))
            owners.append(jobs[number])
            kinds.append("list_item")
        if keyed:
            value = keyed.group(3).rstrip()
            value_start = line_start + keyed.start(3)
            if value[:1] in (">", "|"):
                # A block scalar: the more-indented lines that follow are its text.
                indent = len(keyed.group(1)) + 1
                chars: list[str] = []
                offsets: list[int] = []
                follow = number + 1
                while follow < len(lines) and (
                    not lines[follow].strip()
                    or len(lines[follow]) - len(lines[follow].lstrip()) >= indent
                ):
                    body = lines[follow]
                    stripped = body.strip()
                    item = _BLOCK_ITEM.match(stripped) if form else None
                    if form and (not stripped or item) and chars:
                        # A form's Markdown: a blank line or a list item starts a piece.
                        pieces.append(("".join(chars), offsets))
                        owners.append(jobs[number])
                        kinds.append("paragraph")
                        chars, offsets = [], []
                    if stripped:
                        at = source.line_starts[follow] + (len(body) - len(body.lstrip()))
                        if item:
                            at += item.end()
                            stripped = stripped[item.end() :]
                        if chars:
                            chars.append(" ")
                            offsets.append(at - 1)
                        chars.extend(stripped)
                        offsets.extend(range(at, at + len(stripped)))
                    follow += 1
                if chars:
                    pieces.append(("".join(chars), offsets))
                    owners.append(jobs[number])
                    kinds.append("paragraph")
                number = follow
                continue
            value, value_start = _strip_quotes(value, value_start)
            if value and not value.startswith(("${{", "&", "*")):
                pieces.append((value, list(range(value_start, value_start + len(value)))))
                owner = jobs[number]
                if keyed.group(2) == "description":
                    # An input's description is about that input: "Publish to npm" under
                    # `publish:` takes no subject from the input described before it.
                    owner = " ".join(p for p in (owner, parent_key(lines, number)) if p)
                owners.append(owner)
                # A step's name, or a short input description ("Runner label for the Nix
                # job"), labels something: it states no value of an earlier subject.
                short = len(value.split()) <= LABEL_WORDS
                kinds.append("label" if keyed.group(2) == "name" or short else "paragraph")
        limit = _RESOURCE_LIMIT.match(line)
        if limit and parent_key(lines, number) == "limits":
            # `memory: 32Gi` under a lane's `limits:` states that lane's limit; the keys
            # above it (`tinyland-nix-heavy: resources: limits:`) say whose.
            if ancestry is None:
                ancestry = line_owners(lines)
            at = line_start + limit.start(1)
            # Quotes around a YAML scalar (`cpu: "8"`) are syntax, not a quotation.
            kept = [(c, at + k) for k, c in enumerate(limit.group(1)) if c not in "\"'"]
            pieces.append(("".join(c for c, _ in kept), [o for _, o in kept]))
            owners.append(" ".join(p for p in (title, ancestry[number]) if p))
            kinds.append("config")
        comment = comments.search(line)
        if comment and "truthgraph-" not in comment.group(1):
            body = comment.group(1).rstrip()
            at = line_start + comment.start(1)
            if body.strip():
                whole_line = not line[: comment.start()].strip()
                if whole_line and joinable == number - 1 and pieces:
                    # A comment block is one text: its sentences run over the lines.
                    previous, offsets = pieces[-1]
                    pieces[-1] = (
                        previous + " " + body,
                        [*offsets, at - 1, *range(at, at + len(body))],
                    )
                else:
                    pieces.append((body, list(range(at, at + len(body)))))
                    owners.append(jobs[number] or table)
                    kinds.append("paragraph")
                joinable = number if whole_line else -2
        header = _TABLE_HEADER.match(line)
        if header:
            # A TOML or INI table ("[lanes.tinyland-nix-heavy]") is what its comments
            # are about.
            table = header.group(1).replace(".", " ").strip("\"' ")
        number += 1
    document = Document(source=source)
    context = Context()
    for (piece, offsets), owner, kind in zip(pieces, owners, kinds, strict=True):
        # A YAML example in a page also sits under the page's headings.
        here = Context(headings=(*headings, owner)) if owner else Context(headings=headings)
        for start, end in split_sentences(piece):
            document.sentences.append(
                Sentence(
                    text=piece[start:end],
                    offsets=tuple(offsets[start:end]),
                    kind=kind,
                    context=here,
                    index=len(document.sentences),
                )
            )
    document.code_blocks.append(
        CodeBlock(info="yaml", text=text, first_line=1, columns=(1,) * len(lines), context=context)
    )
    return document
