"""Claims packs as dependencies: where a pack comes from, pinned, and recorded in reports.

The `claims` setting (config, `--claims`, the plugin's `claims:` option) names one of:

- a folder or file, relative to the project root: a pack kept in the repository;
- `git+URL@REF#FOLDER`: FOLDER of the git repository at URL, at REF (a tag, branch or
  commit), e.g. `git+https://github.com/OWNER/truthgraph@v0.2.0#claims`. It is fetched
  once into a cache (`$TRUTHGRAPH_CACHE`, else `$XDG_CACHE_HOME/truthgraph`, else
  `~/.cache/truthgraph`) and read from there;
- `pack:NAME`: an installed distribution that declares NAME in the `truthgraph.packs`
  entry point group; the value is a package, or `package:folder` inside it.

`truthgraph pack sync` writes `truthgraph.lock` beside the config: for each git pack the
commit REF resolved to and the digest of its files. While a lock exists, every run uses
the locked commit (fetching it if the cache lacks it) and refuses files whose digest
differs from the lock, so a moved tag or an edited cache cannot change what is checked.

Every pack has a digest: SHA-256 over its YAML files' paths (relative to the pack
folder) and bytes, the same wherever the folder lies. Reports and the site name it.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass, field
from importlib import metadata, resources
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from truthgraph.errors import ConfigError, Location, TruthgraphError

if TYPE_CHECKING:
    from truthgraph.claims.pack import ClaimsPack

LOCK_NAME = "truthgraph.lock"
LOCK_VERSION = 1
ENTRY_POINT_GROUP = "truthgraph.packs"
_SHA = re.compile(r"^[0-9a-f]{40}$")
GIT_TIMEOUT = 300

SourceKind = Literal["path", "git", "installed"]


@dataclass(frozen=True)
class PackSource:
    """A parsed `claims` setting."""

    spec: str
    """As written in the config or on the command line."""
    kind: SourceKind
    location: str
    """The folder (path), the repository URL (git) or the pack name (installed)."""
    ref: str = ""
    subdir: str = ""

    @property
    def key(self) -> str:
        """The lock's key for this source: the spec without its ref (a new ref re-locks)."""
        return f"git+{self.location}#{self.subdir}"


@dataclass(frozen=True)
class ResolvedPack:
    """A pack's folder on disk and what it is: source, version, commit, digest."""

    source: PackSource
    folder: Path
    digest: str
    version: str = ""
    """The git ref or the distribution's version; empty for a folder in the repository."""
    commit: str = ""
    locked: bool = False

    def provenance(self, name: str = "") -> dict[str, str]:
        """What reports record about the pack (`pack` in JSON, run properties in SARIF)."""
        record = {"name": name, "source": self.source.spec, "version": self.version}
        record["commit"] = self.commit
        record["digest"] = self.digest
        return record

    def describe(self, name: str = "") -> str:
        """One line for people: `NAME VERSION (commit abc1234, digest sha256:0123abcd)`."""
        head = " ".join(p for p in (name or self.source.spec, self.version) if p)
        details = [f"commit {self.commit[:12]}"] if self.commit else []
        details.append(f"digest sha256:{self.digest[:16]}")
        if self.source.kind == "git":
            details.append("locked" if self.locked else "unlocked")
        return f"{head} ({', '.join(details)})"


def parse_source(spec: str, root: Path) -> tuple[PackSource, Path | None]:
    """The source named by `spec`, and for a folder its path (relative to `root`)."""
    text = spec.strip()
    if text.startswith("git+"):
        return _parse_git(text), None
    if text.startswith("pack:"):
        name = text[len("pack:") :].strip()
        if not name:
            raise ConfigError(f"claims {spec!r}: expected pack:NAME, e.g. pack:gloriousflywheel")
        return PackSource(spec, "installed", name), None
    path = Path(text)
    return PackSource(spec, "path", text), path if path.is_absolute() else root / path


def _parse_git(spec: str) -> PackSource:
    body, _, fragment = spec[len("git+") :].partition("#")
    subdir = fragment.removeprefix("subdirectory=").strip("/")
    slash = body.rfind("/")
    at = body.rfind("@")
    if at <= slash:
        raise ConfigError(
            f"claims {spec!r}: pin a ref, e.g. git+https://github.com/OWNER/truthgraph@v0.2.0#claims"
        )
    url, ref = body[:at], body[at + 1 :]
    if not url or not ref:
        raise ConfigError(f"claims {spec!r}: expected git+URL@REF#FOLDER")
    if any(part in ("", "..") for part in subdir.split("/")) and subdir:
        raise ConfigError(f"claims {spec!r}: FOLDER after # must be a path inside the repository")
    return PackSource(spec, "git", url, ref, subdir)


def pack_digest(folder: Path) -> str:
    """SHA-256 of the pack's YAML files: relative paths and bytes, location-independent."""
    digest = hashlib.sha256()
    files = (
        [folder]
        if folder.is_file()
        else sorted(p for p in folder.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file())
    )
    for path in files:
        name = path.name if folder.is_file() else path.relative_to(folder).as_posix()
        try:
            blob = path.read_bytes()
        except OSError:
            blob = b""  # the loader reports the unreadable file with its reason
        digest.update(name.encode() + b"\0" + hashlib.sha256(blob).digest())
    return digest.hexdigest()


# -- the lock ---------------------------------------------------------------------------------


@dataclass
class Lock:
    """`truthgraph.lock`: source key -> {ref, commit, digest}."""

    path: Path
    entries: dict[str, dict[str, str]] = field(default_factory=dict)

    @classmethod
    def read(cls, path: Path) -> Lock:
        if not path.is_file():
            return cls(path)
        shown = Location(path.as_posix())
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"cannot read the lock: {exc}", shown) from None
        except json.JSONDecodeError as exc:
            where = Location(path.as_posix(), exc.lineno, exc.colno)
            raise ConfigError(
                f"not valid JSON ({exc.msg}); run `truthgraph pack sync` to rewrite it", where
            ) from None
        packs = data.get("packs") if isinstance(data, dict) else None
        if not isinstance(packs, dict) or data.get("lock_version") != LOCK_VERSION:
            raise ConfigError(
                f"not a truthgraph lock (lock_version {LOCK_VERSION} with packs); "
                "run `truthgraph pack sync` to rewrite it",
                shown,
            )
        entries: dict[str, dict[str, str]] = {}
        for key, entry in packs.items():
            if not isinstance(entry, dict) or not all(
                isinstance(entry.get(k), str) for k in ("ref", "commit", "digest")
            ):
                raise ConfigError(f'pack "{key}" needs ref, commit and digest strings', shown)
            entries[key] = {k: entry[k] for k in ("ref", "commit", "digest")}
        return cls(path, entries)

    def write(self) -> None:
        from truthgraph.io import write_atomic

        document = {"lock_version": LOCK_VERSION, "packs": dict(sorted(self.entries.items()))}
        write_atomic(self.path, json.dumps(document, indent=2) + "\n")


# -- resolving --------------------------------------------------------------------------------


def cache_root() -> Path:
    explicit = os.environ.get("TRUTHGRAPH_CACHE")
    if explicit:
        return Path(explicit)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "truthgraph"


def resolve(
    spec: str, root: Path, lock_path: Path | None = None, update: bool = False
) -> ResolvedPack:
    """The pack named by `spec`, on disk. With `update`, a git pack is re-resolved from its
    ref and the lock is not consulted (`pack sync` then writes the new entry)."""
    source, path = parse_source(spec, root)
    if source.kind == "path":
        assert path is not None
        return ResolvedPack(source, path, pack_digest(path) if path.exists() else "")
    if source.kind == "installed":
        return _installed(source)
    lock = Lock.read(lock_path or root / LOCK_NAME)
    entry = None if update else lock.entries.get(source.key)
    if entry is not None and entry["ref"] != source.ref:
        entry = None  # the config names a new ref: the lock is out of date, not binding
    if entry is not None:
        folder = _checkout(source, entry["commit"])
        digest = pack_digest(folder)
        if digest != entry["digest"]:
            raise ConfigError(
                f'pack "{source.spec}": files at commit {entry["commit"][:12]} have digest '
                f"{digest[:16]}, the lock says {entry['digest'][:16]}; check the source, then "
                "run `truthgraph pack sync` to accept it",
                Location(lock.path.as_posix()),
            )
        return ResolvedPack(source, folder, digest, source.ref, entry["commit"], locked=True)
    commit = _fetch(source, source.ref)
    folder = _checkout(source, commit)
    return ResolvedPack(source, folder, pack_digest(folder), source.ref, commit)


def sync(spec: str, root: Path, lock_path: Path | None = None) -> tuple[ResolvedPack, bool]:
    """Fetch a git pack at its ref and record it in the lock; (pack, whether the lock changed)."""
    resolved = resolve(spec, root, lock_path, update=True)
    if resolved.source.kind != "git":
        return resolved, False
    lock = Lock.read(lock_path or root / LOCK_NAME)
    entry = {"ref": resolved.source.ref, "commit": resolved.commit, "digest": resolved.digest}
    changed = lock.entries.get(resolved.source.key) != entry
    if changed:
        lock.entries[resolved.source.key] = entry
        lock.write()
    return ResolvedPack(**{**resolved.__dict__, "locked": True}), changed


def _installed(source: PackSource) -> ResolvedPack:
    found = metadata.entry_points(group=ENTRY_POINT_GROUP, name=source.location)
    if not found:
        known = sorted(ep.name for ep in metadata.entry_points(group=ENTRY_POINT_GROUP))
        listed = f" (installed: {', '.join(known)})" if known else " (none is installed)"
        raise ConfigError(
            f'claims "{source.spec}": no installed pack "{source.location}"{listed}; '
            f"install the pack's distribution in the environment that runs truthgraph"
        )
    entry = next(iter(found))
    package, _, inner = entry.value.partition(":")
    try:
        base = resources.files(package.strip())
    except ModuleNotFoundError as exc:
        raise ConfigError(f'claims "{source.spec}": {exc}') from None
    folder = Path(str(base.joinpath(inner.strip()) if inner.strip() else base))
    version = entry.dist.version if entry.dist is not None else ""
    return ResolvedPack(source, folder, pack_digest(folder), version)


def _git(*args: str, cwd: Path | None = None) -> str:
    try:
        done = subprocess.run(
            ["git", *args],
            cwd=cwd,
            capture_output=True,
            text=True,
            timeout=GIT_TIMEOUT,
            check=False,
            env={**os.environ, "GIT_TERMINAL_PROMPT": "0"},
        )
    except FileNotFoundError:
        raise TruthgraphError("git is needed to fetch a git+ claims pack; install git") from None
    except subprocess.TimeoutExpired:
        raise TruthgraphError(f"git {args[0]} took longer than {GIT_TIMEOUT} s") from None
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["failed"])[-1]
        raise TruthgraphError(f"git {args[0]}: {last}")
    return done.stdout.strip()


def _repo_cache(source: PackSource) -> Path:
    name = hashlib.sha256(source.location.encode()).hexdigest()[:16]
    return cache_root() / "git" / f"{name}.git"


def _fetch(source: PackSource, ref: str) -> str:
    """Fetch `ref` from the source repository into the cache; the commit it names."""
    gitdir = _repo_cache(source)
    if not (gitdir / "HEAD").exists():
        gitdir.parent.mkdir(parents=True, exist_ok=True)
        _git("init", "--quiet", "--bare", str(gitdir))
    try:
        _git("--git-dir", str(gitdir), "fetch", "--quiet", "--depth", "1", source.location, ref)
    except TruthgraphError as exc:
        if not _SHA.match(ref):
            raise TruthgraphError(
                f'claims "{source.spec}": cannot fetch {ref!r} from {source.location} ({exc})'
            ) from None
        # Some servers refuse a bare commit id: fetch every branch and tag, then look it up.
        _git(
            "--git-dir",
            str(gitdir),
            "fetch",
            "--quiet",
            source.location,
            "+refs/heads/*:refs/truthgraph/heads/*",
            "+refs/tags/*:refs/truthgraph/tags/*",
        )
        return _git("--git-dir", str(gitdir), "rev-parse", "--verify", f"{ref}^{{commit}}")
    return _git("--git-dir", str(gitdir), "rev-parse", "--verify", "FETCH_HEAD^{commit}")


def _checkout(source: PackSource, commit: str) -> Path:
    """The pack folder of `commit`, extracted once into the cache (atomically)."""
    target = cache_root() / "packs" / _repo_cache(source).stem / commit
    folder = target / source.subdir if source.subdir else target
    if target.is_dir():
        return folder
    gitdir = _repo_cache(source)
    try:
        _git("--git-dir", str(gitdir), "cat-file", "-e", f"{commit}^{{commit}}")
    except TruthgraphError:
        fetched = _fetch(source, commit)
        if fetched != commit:
            raise TruthgraphError(f'claims "{source.spec}": commit {commit} not found') from None
    archive = _archive(gitdir, commit, source)
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".tmp-", dir=target.parent))
    try:
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            _extract(tar, staging)
        try:
            staging.rename(target)
        except OSError:
            if not target.is_dir():  # another process won the race: use its copy
                raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    if not folder.exists():
        raise ConfigError(
            f'claims "{source.spec}": no folder "{source.subdir}" at commit {commit[:12]}'
        )
    return folder


def _extract(tar: tarfile.TarFile, target: Path) -> None:
    """Regular files and folders only, inside `target` (the `data` filter where Python has
    it, 3.11.4 and later; the same rule by hand before)."""
    if hasattr(tarfile, "data_filter"):
        tar.extractall(target, filter="data")
        return
    for member in tar.getmembers():
        parts = Path(member.name).parts
        if member.name.startswith("/") or ".." in parts or not (member.isfile() or member.isdir()):
            continue
        tar.extract(member, target)


def _archive(gitdir: Path, commit: str, source: PackSource) -> bytes:
    args = ["git", "--git-dir", str(gitdir), "archive", "--format=tar", commit]
    if source.subdir:
        args += ["--", source.subdir]
    done = subprocess.run(args, capture_output=True, timeout=GIT_TIMEOUT, check=False)
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines() or ["failed"]
        if "pathspec" in message[-1] or "did not match" in message[-1]:
            raise ConfigError(
                f'claims "{source.spec}": no folder "{source.subdir}" at commit {commit[:12]}'
            )
        raise TruthgraphError(f"git archive: {message[-1]}")
    return done.stdout


def load(spec: str, root: Path, lock_path: Path | None = None) -> tuple[ClaimsPack, ResolvedPack]:
    """Resolve `spec` and load its pack; the pack's digest is the location-independent one."""
    from truthgraph.claims.pack import load_pack

    resolved = resolve(spec, root, lock_path)
    pack = load_pack(resolved.folder)
    pack.digest = resolved.digest
    pack.origin = resolved.describe(pack.meta.name)
    return pack, resolved


__all__ = [
    "ENTRY_POINT_GROUP",
    "LOCK_NAME",
    "Lock",
    "PackSource",
    "ResolvedPack",
    "load",
    "pack_digest",
    "parse_source",
    "resolve",
    "sync",
]
