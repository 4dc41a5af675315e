"""Time `mkdocs build` of a large docs tree with and without truthgraph (plugin and hooks).

Usage:
    python bench/bench_site.py [CORPUS] [--pages N] [--runs N] [--keep DIR]
    python bench/bench_site.py --this-repo [--runs N]

CORPUS is a folder whose Markdown files become the docs (default: N synthetic pages
that talk about the runner lanes, so the rules really run). Each build runs in a fresh
`python -m mkdocs build` process, like CI; the figure is the median of the runs. The
warm figure is a second build by the same plugin instance, as in `mkdocs serve`.

`--this-repo` times this repository's own site (its mkdocs.yml, hooks and 45 generated
pages) against the same configuration without the hooks.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TARGET = 0.25  # the plugin may add at most this share to a build

SENTENCES = (
    "Jobs on `tinyland-nix` install Nix in the workflow before the first `nix build`.",
    "The `tinyland-nix-heavy` lane has 8 CPU and 16Gi of memory on `sting`.",
    "ARC adds and removes runner pods as jobs queue up.",
    "FlakeHub is for publication and discovery after the bootstrap.",
    "Attic and the Bazel remote cache speed builds up; they do not publish anything.",
    "Use `ATTIC_SERVER=http://attic.nix-cache.svc.cluster.local` on the repo-owned lanes.",
    "GitLab runners keep their own configuration and are out of scope here.",
    "The dashboard lists every runner scale set with its labels.",
    "A docs job may run on `ubuntu-latest` as an explicit hosted exception.",
    "Read the changelog before upgrading the controller.",
)
WRONG = (
    "The `tinyland-nix` runner comes with Nix preinstalled.",
    "ARC resizes the runner pod when a job needs more memory.",
    "Runners pull their Nix installation from FlakeHub at job start.",
)
WORKFLOW = """```yaml
jobs:
  build:
    runs-on: tinyland-nix
    steps:
      - uses: actions/checkout@v4
      - uses: DeterminateSystems/determinate-nix-action@v3
      - run: nix build .#default
```
"""


def synthetic_docs(docs: Path, pages: int, seed: int = 7) -> None:
    """`pages` Markdown pages in nested folders: prose, lists, tables, code; a few wrong."""
    rng = random.Random(seed)
    for number in range(pages):
        folder = docs / f"section-{number % 12:02d}" / f"part-{number % 5}"
        folder.mkdir(parents=True, exist_ok=True)
        lines = [f"# Page {number}", ""]
        for section in range(rng.randint(3, 6)):
            lines += [f"## Topic {section}", ""]
            lines.append(" ".join(rng.choice(SENTENCES) for _ in range(rng.randint(3, 7))))
            lines.append("")
            lines += [f"- {rng.choice(SENTENCES)}" for _ in range(rng.randint(2, 4))]
            lines.append("")
            if rng.random() < 0.3:
                lines += ["| Lane | Use |", "| --- | --- |", "| `tinyland-docker` | containers |"]
                lines.append("")
            if rng.random() < 0.2:
                lines.append(WORKFLOW)
        if rng.random() < 0.05:
            lines += [rng.choice(WRONG), ""]
        (folder / f"page-{number:04d}.md").write_text("\n".join(lines), encoding="utf-8")
    (docs / "index.md").write_text("# Benchmark\n\nA generated site.\n", encoding="utf-8")


def corpus_docs(docs: Path, corpus: Path) -> int:
    count = 0
    for source in sorted(corpus.rglob("*.md")):
        if any(part.startswith(".") for part in source.relative_to(corpus).parts):
            continue
        try:
            source.read_bytes().decode("utf-8")
        except (OSError, UnicodeDecodeError):
            continue  # mkdocs stops on a page it cannot decode; it is no benchmark
        target = docs / source.relative_to(corpus)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
        count += 1
    if not (docs / "index.md").exists():
        (docs / "index.md").write_text("# Corpus\n", encoding="utf-8")
    return count


def write_config(root: Path, name: str, wiring: str) -> Path:
    config = root / f"{name}.yml"
    config.write_text(
        f"site_name: bench {name}\ndocs_dir: docs\n"
        "theme:\n  name: material\n  font: false\n"
        "markdown_extensions:\n  - admonition\n  - tables\n  - pymdownx.superfences\n"
        "validation:\n  links:\n    not_found: info\n    unrecognized_links: info\n" + wiring,
        encoding="utf-8",
    )
    return config


def build_seconds(config: Path, site: Path) -> tuple[float, float]:
    """(wall, CPU) seconds of one `mkdocs build` process, its worker processes included."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config), "-d", str(site)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"mkdocs build failed for {config.name}:\n{done.stderr[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return elapsed, cpu


def warm_rebuild_seconds(config: Path, site: Path) -> tuple[float, float]:
    """(first, second) in-process build times with one plugin instance, as `serve` does."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    timings = []
    for _ in range(2):
        start = time.perf_counter()
        build(load_config(str(config), site_dir=str(site)))
        timings.append(time.perf_counter() - start)
    return timings[0], timings[1]


def repo_variants(root: Path) -> dict[str, Path]:
    """This repository's mkdocs.yml as it is, and the same without its hooks."""
    text = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    plain = text.replace("hooks:\n  - site_hooks/truthgraph_hooks.py\n", "")
    if plain == text:
        raise SystemExit("mkdocs.yml: no `hooks:` entry for site_hooks/truthgraph_hooks.py")
    plain = plain.replace("docs_dir: docs\n", f"docs_dir: {(REPO / 'docs').as_posix()}\n")
    config = root / "plain.yml"
    config.write_text(plain, encoding="utf-8")
    return {"plain": config, "hooks": REPO / "mkdocs.yml"}


def report(variants: dict[str, Path], root: Path, runs: int) -> dict[str, float]:
    """Build every variant `runs` times, interleaved; print and return the best wall times."""
    walls: dict[str, list[float]] = {name: [] for name in variants}
    cpus: dict[str, list[float]] = {name: [] for name in variants}
    for run in range(runs):
        for name, config in variants.items():  # interleaved, so drift hits every variant
            wall, cpu = build_seconds(config, root / f"site-{name}")
            walls[name].append(wall)
            cpus[name].append(cpu)
        print(f"run {run + 1}: " + ", ".join(f"{n} {t[-1]:.2f}s" for n, t in walls.items()))
    # The minimum is the least disturbed run (other load only ever adds time).
    best = {name: min(values) for name, values in walls.items()}
    median = {name: statistics.median(values) for name, values in walls.items()}
    cpu_best = {name: min(values) for name, values in cpus.items()}
    print(f"\n{runs} builds each, fresh process per build (wall min / median, CPU min):")
    for name in variants:
        line = f"  {name:<7} {best[name]:6.2f}s / {median[name]:6.2f}s   CPU {cpu_best[name]:6.2f}s"
        if name != "plain":
            line += (
                f"   wall ratio {best[name] / best['plain']:.3f}"
                f" (median {median[name] / median['plain']:.3f}),"
                f" CPU ratio {cpu_best[name] / cpu_best['plain']:.3f}"
            )
        print(line)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, help="folder of Markdown files")
    parser.add_argument("--pages", type=int, default=500, help="synthetic pages (no corpus)")
    parser.add_argument("--runs", type=int, default=3, help="builds per variant (median)")
    parser.add_argument("--keep", type=Path, help="build here instead of a temp folder")
    parser.add_argument("--this-repo", action="store_true", help="time this repo's own site")
    args = parser.parse_args()
    if args.this_repo:
        with tempfile.TemporaryDirectory(prefix="tg-bench-repo-") as folder:
            best = report(repo_variants(Path(folder)), Path(folder), args.runs)
            pages = len(list((Path(folder) / "site-hooks" / "truthgraph").rglob("index.html")))
        added = best["hooks"] / best["plain"] - 1
        print(f"\nthis repo: the hooks and their {pages} generated pages add {added:+.1%}")
        return

    root = args.keep or Path(tempfile.mkdtemp(prefix="tg-bench-site-"))
    docs = root / "docs"
    if docs.exists():
        shutil.rmtree(docs)
    docs.mkdir(parents=True)
    if args.corpus:
        count = corpus_docs(docs, args.corpus)
        print(f"corpus {args.corpus}: {count} Markdown files")
    else:
        synthetic_docs(docs, args.pages)
        print(f"synthetic corpus: {args.pages} pages")

    claims = (REPO / "claims").as_posix()
    hooks = (REPO / "site_hooks" / "truthgraph_hooks.py").as_posix()
    (root / "pyproject.toml").write_text(f'[tool.truthgraph]\nclaims = "{claims}"\n')
    variants = {
        "plain": write_config(root, "plain", "plugins:\n  - search\n"),
        "plugin": write_config(
            root,
            "plugin",
            "plugins:\n  - search\n  - truthgraph:\n"
            f"      claims: {claims}\n      fail_on: never\n",
        ),
        "hooks": write_config(root, "hooks", f"plugins:\n  - search\nhooks:\n  - {hooks}\n"),
    }
    best = report(variants, root, args.runs)
    first, second = warm_rebuild_seconds(variants["plugin"], root / "site-warm")
    print(f"  in-process plugin build {first:.2f}s, rebuild with warm cache {second:.2f}s")
    worst = max(best["plugin"], best["hooks"]) / best["plain"] - 1
    verdict = "within" if worst <= TARGET else "OVER"
    print(f"\ntruthgraph adds {worst:+.1%} to the build: {verdict} the {TARGET:.0%} target")
    if not args.keep:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
