"""Run the blind corpus of bad inputs (tests/badinput/corpus.py) against the assembler.

Every case runs in its own copy of one clean clone of the sample repository (with a built
``build/werkmap`` from ``bouw gr-sociaal``), as a subprocess, so that a crash is seen as a crash.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.badinput.corpus import (
    ENGLISH,
    REPO_ROOT,
    TEMP_NAME,
    Case,
    Context,
    cases,
    git,
    git_state,
    run_cli,
    snapshot,
)

LOCATED = re.compile(r"^(?P<path>[^\s:]+):(?P<line>\d+)(?::(?P<col>\d+))?: ")
SOURCE_FOLDERS = ("clausules", "regelingen", "verordeningen", "bijlagen", "reacties")
WORKERS = int(os.environ.get("PROEF_WORKERS", "3"))
WELL_LOCATED = re.compile(
    r"^(?P<path>[^\s:/][^\s:]*):(?P<line>\d+):(?P<col>\d+): (fout|waarschuwing): "
)


@pytest.fixture(scope="session")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One clean (sparse) clone of the sample repository with a previous build of gr-sociaal."""
    root = tmp_path_factory.mktemp("proef14") / "repo"
    # A sparse clone: the sources and the top-level files, not the code, tests and docs, which
    # the assembler does not read and which would double the files copied per case.
    subprocess.run(
        ["git", "clone", "-q", "--local", "--sparse", str(REPO_ROOT), str(root)],
        check=True,
        capture_output=True,
    )
    git(root, "sparse-checkout", "set", *SOURCE_FOLDERS)
    # One pack instead of some 180 loose objects: fewer files to copy per case.
    git(root, "repack", "-a", "-d", "-q")
    git(root, "prune-packed")
    git(root, "config", "user.name", "Proef Veertien")
    git(root, "config", "user.email", "proef14@voorbeeld.nl")
    built = run_cli(root, ("bouw", "gr-sociaal"))
    assert built.returncode == 0, built.output
    return root


def params() -> Iterator[object]:
    for case in cases():
        marks = (
            [pytest.mark.xfail(strict=True, reason=case.xfail)] if case.xfail is not None else []
        )
        yield pytest.param(case, id=case.id, marks=marks)


def apply(case: Case, repo: Path) -> None:
    for rel, content in case.files:
        path = repo / rel
        if content is None:
            path.unlink()
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    if case.setup is not None:
        case.setup(repo)


def english_words(text: str, allowed: tuple[str, ...]) -> list[str]:
    found = []
    lowered = text.lower()
    for word in ENGLISH:
        if word in allowed:
            continue
        if re.search(r"(?<![a-z])" + re.escape(word) + r"(?![a-z])", lowered):
            found.append(word)
    if ".tmp" in lowered:
        found.append(".tmp")
    return found


def check_global(case: Case, ctx: Context) -> None:
    result = ctx.result
    out = result.output
    assert result.returncode >= 0, (
        f"afgebroken door een signaal ({result.returncode}): {out[-2000:]}"
    )
    assert "Traceback" not in out, out[-3000:]
    assert "interne fout" not in out.lower(), out[-3000:]
    english = english_words(out, case.allow_english)
    assert not english, f"Engels in de uitvoer {english}: {out[-2000:]}"
    for line in result.stderr.splitlines():
        if LOCATED.match(line):
            assert WELL_LOCATED.match(line), f"melding zonder bestand:regel:kolom: fout: {line!r}"
            assert not line.startswith(str(ctx.repo)), f"absoluut pad in de melding: {line!r}"


def check_expectation(case: Case, ctx: Context) -> None:
    result = ctx.result
    assert result.returncode == case.exit, (
        f"exitcode {result.returncode}, verwacht {case.exit}; stderr: {result.stderr[:1500]!r}"
    )
    scope = result.output
    if case.where is not None:
        pattern = re.escape(case.where) + ":"
        pattern += str(case.line) if case.line is not None else r"\d+"
        pattern += ":" + (str(case.col) if case.col is not None else r"\d+")
        pattern += ": fout: "
        lines = [line for line in result.stderr.splitlines() if re.match(pattern, line)]
        assert lines, f"geen melding {pattern!r} in: {result.stderr[:1500]!r}"
        scope = "\n".join(lines)
    for word in case.words:
        options = word.split("|")
        assert any(o.lower() in scope.lower() for o in options), (
            f"{word!r} ontbreekt in {scope[:1500]!r}"
        )
    for text in case.mentions:
        assert text in result.output, f"{text!r} ontbreekt in {result.output[:1500]!r}"


def check_files(case: Case, ctx: Context, outer_before: dict[str, str], state: str) -> None:
    before, after = ctx.before, ctx.after
    if not case.writes_sources:
        changed = sorted(
            p
            for p in set(before) | set(after)
            if not p.startswith("build/") and p != "build/" and before.get(p) != after.get(p)
        )
        assert not changed, f"buiten build/ veranderd: {changed[:10]}"
        assert git_state(ctx.repo) == state, "HEAD, tags of index veranderd"
    outer_after = snapshot(ctx.outer, skip=("o1/o2/repo",))
    changed_outer = sorted(
        p
        for p in set(outer_before) | set(outer_after)
        if outer_before.get(p) != outer_after.get(p)
        and not any(p.startswith("o1/" + ok) for ok in case.outside_ok)
    )
    assert not changed_outer, f"naast de repository geschreven: {changed_outer[:10]}"
    if case.exit != 0:
        changed_build = sorted(
            p
            for p in set(before) | set(after)
            if p.startswith("build") and before.get(p) != after.get(p)
        )
        assert not changed_build, f"de vorige uitvoer is veranderd: {changed_build[:10]}"
    new_temp = [p for p in after if TEMP_NAME.search(p) and p not in before]
    assert not new_temp, f"tijdelijke namen achtergebleven: {new_temp}"


@dataclass
class Run:
    """A case prepared in its own copy of the template and run once."""

    ctx: Context
    outer_before: dict[str, str]
    state: str


def prepare_and_run(case: Case, template: Path, outer: Path) -> Run:
    repo = outer / "o1" / "o2" / "repo"
    repo.parent.mkdir(parents=True)
    subprocess.run(["cp", "-a", str(template), str(repo)], check=True)
    apply(case, repo)
    for rel in case.immutable:
        subprocess.run(["chattr", "+i", str(repo / rel)], check=True)
    try:
        before = snapshot(repo)
        outer_before = snapshot(outer, skip=("o1/o2/repo",))
        state = git_state(repo)
        argv = tuple(a.replace("{repo}", str(repo)) for a in case.argv)
        result = run_cli(repo, argv, timeout=case.timeout)
    finally:
        for rel in case.immutable:
            subprocess.run(["chattr", "-i", str(repo / rel)], check=False)
    return Run(Context(repo, outer, result, before, snapshot(repo)), outer_before, state)


@pytest.fixture(scope="session")
def runs(
    request: pytest.FixtureRequest, template: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[dict[str, Future[Run]]]:
    """Run every selected case in the background (the runs are subprocesses, so threads do)."""
    # Only this corpus's cases: other test files of the session name a parameter "case" too.
    selected: list[Case] = [
        item.callspec.params["case"]
        for item in request.session.items
        if isinstance(item, pytest.Function)
        and hasattr(item, "callspec")
        and isinstance(item.callspec.params.get("case"), Case)
    ]
    base = tmp_path_factory.mktemp("gevallen")
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        futures = {
            case.id: pool.submit(prepare_and_run, case, template, base / case.id)
            for case in selected
        }
        yield futures


@pytest.mark.parametrize("case", list(params()))
def test_corpus(case: Case, runs: dict[str, Future[Run]]) -> None:
    run = runs[case.id].result()
    ctx = run.ctx
    try:
        check_global(case, ctx)
        check_expectation(case, ctx)
        check_files(case, ctx, run.outer_before, run.state)
        for post in case.post:
            post(ctx)
    finally:
        shutil.rmtree(ctx.outer, ignore_errors=True)


def test_corpus_size() -> None:
    """The corpus covers every category with several cases and at least 110 in all."""
    all_cases = cases()
    assert len(all_cases) >= 110
    per_category: dict[str, int] = {}
    for case in all_cases:
        per_category[case.category] = per_category.get(case.category, 0) + 1
    assert all(n >= 3 for n in per_category.values()), per_category
    assert sum(1 for c in all_cases if c.exit == 0) >= 10
