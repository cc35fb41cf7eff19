"""Findings, the rule registry and what a rule gets to look at."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assembler.amend.instrument import Amended
from assembler.checks.sources import SOURCES
from assembler.errors import Pos
from assembler.flow.redline import Redline
from assembler.model.finance import Contributions
from assembler.model.nodes import Document
from assembler.source.correspondence import Correspondence
from assembler.source.milestones import Milestone
from assembler.source.records import Project, SFragment, SItem
from assembler.source.tree import Tree

FOUT = "fout"
WAARSCHUWING = "waarschuwing"


@dataclass(frozen=True, slots=True)
class Finding:
    code: str
    severity: str
    message: str
    pos: Pos
    target: str = ""  # the id of the provision or entry (for suppression)
    document: str = ""


@dataclass(frozen=True, slots=True)
class RuleInfo:
    code: str
    severity: str
    title: str
    check: Callable[[Context], Iterable[Finding]]
    source: str = ""  # the law or practice the rule enforces: "Awb, artikel 10:9"


RULES: dict[str, RuleInfo] = {}


def rule(
    code: str, severity: str, title: str, source: str = ""
) -> Callable[[Callable[[Context], Iterable[Finding]]], Callable[[Context], Iterable[Finding]]]:
    """Register a rule: ``title`` is the one-line description listed in the README, ``source``
    the law (or practice) it enforces; without one, the table in :mod:`.sources` says."""

    def register(
        check: Callable[[Context], Iterable[Finding]],
    ) -> Callable[[Context], Iterable[Finding]]:
        if code in RULES:  # pragma: no cover - a programming error
            raise ValueError(f"rule {code} registered twice")
        RULES[code] = RuleInfo(code, severity, title, check, source or SOURCES.get(code, ""))
        return check

    return register


def finding(code: str, pos: Pos, message: str, target: str = "", document: str = "") -> Finding:
    return Finding(code, RULES[code].severity, message, pos, target, document)


@dataclass
class Context:
    """Everything the rules may inspect; built once per run."""

    project: Project
    documents: list[Document]
    contributions: Contributions | None
    compared: list[Redline] = field(default_factory=list)  # between two versions, if asked
    versions: tuple[str, str] | None = None
    # After a milestone took effect: the milestone in force before the version checked, and
    # every document changed since, with the instrument `assembler wijziging` would write.
    in_force: str | None = None
    amended: list[Amended] = field(default_factory=list)
    # The files of the version checked, so that a rule can point inside a text (checks.reading).
    tree: Tree | None = field(default=None, repr=False)
    milestones: list[Milestone] = field(default_factory=list)  # as recorded in the working tree
    _items: dict[str, tuple[SFragment, SItem | None]] | None = field(default=None, repr=False)
    memo: dict[str, Any] = field(default_factory=dict, repr=False)  # results shared by rules
    root: Path | None = None  # the source folder, for the facts of the rounds (reacties/)
    # The letters' data (brieven.yaml), always from the working tree like the letters themselves.
    letters: Correspondence | None = None

    def items(self) -> dict[str, tuple[SFragment, SItem | None]]:
        """Every provision id → its fragment and source item (None for the article itself)."""
        if self._items is None:
            found: dict[str, tuple[SFragment, SItem | None]] = {}
            for fragment in self.project.fragments.values():
                found[fragment.id] = (fragment, None)
                stack = list(fragment.leden)
                while stack:
                    item = stack.pop()
                    found[item.id] = (fragment, item)
                    stack.extend(item.children)
            self._items = found
        return self._items

    def pos_of(self, ident: str) -> Pos:
        """Where a provision is written: its text if known, else its id."""
        fragment, item = self.items().get(ident, (None, None))
        if item is not None:
            return item.text.pos
        if fragment is not None:
            return fragment.pos
        return Pos("?", 1, 1)

    def fragment_of(self, ident: str) -> SFragment | None:
        return self.items().get(ident, (None, None))[0]


def unique(findings: Iterable[Finding]) -> Iterator[Finding]:
    """The same finding from seven per-deelnemer documents is reported once."""
    seen: set[tuple[str, str, int, int, str]] = set()
    for f in findings:
        key = (f.code, f.pos.path, f.pos.line, f.pos.col, f.message)
        if key not in seen:
            seen.add(key)
            yield f
