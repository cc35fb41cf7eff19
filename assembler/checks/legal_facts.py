"""The dated table of legal facts (``rechtsfeiten.yaml``), read into typed values.

Each fact applies in periods (``vanaf`` inclusive, ``tot`` exclusive) and cites its source; a
fact that was not checked against the law (``geverifieerd: false``) makes the rules warn instead
of err. The table is data in the package, so that a correction is one line, not code.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import Enum
from functools import cache
from importlib import resources
from typing import Any

from ruamel.yaml import YAML

from assembler.model.dates import MONTHS

FILE = "rechtsfeiten.yaml"


class Kind(Enum):
    """What a fact constrains in a matching sentence."""

    WEEKS = "termijnen"  # a minimum period in weeks
    DEADLINE = "uiterste_data"  # a latest date in the year ("vóór 15 juli")
    WORDING = "formuleringen"  # a wording the law contradicts


@dataclass(frozen=True, slots=True)
class Period:
    """One period in which a fact applies, with its value and source."""

    since: dt.date | None
    until: dt.date | None
    source: str
    verified: bool
    weeks: int = 0
    deadline: tuple[int, int] = (0, 0)  # (month, day)

    def applies(self, day: dt.date) -> bool:
        return (self.since is None or day >= self.since) and (
            self.until is None or day < self.until
        )


@dataclass(frozen=True, slots=True)
class Fact:
    """A term, deadline or wording, and the sentences it speaks about."""

    id: str
    kind: Kind
    subject: str  # Dutch: "de toezending van de begroting aan Gedeputeerde Staten"
    all_of: tuple[str, ...]
    any_of: tuple[str, ...]
    none_of: tuple[str, ...]
    periods: tuple[Period, ...]
    pattern: re.Pattern[str] | None = None  # WORDING: what the sentence must not say
    message: str = ""  # WORDING: what to write instead
    # WORDING: the words of `niet` count only in the clause of the match (between commas), so
    # that "overdragen aan de directeur, die ondermandaat verleent" is still a delegation.
    none_in_clause: bool = False

    def about(self, sentence: str) -> bool:
        """Whether a sentence speaks about this fact's subject."""
        return _matches(_words(sentence), self.all_of, self.any_of, self.none_of)

    def contradiction(self, sentence: str) -> re.Match[str] | None:
        """WORDING: the words of ``sentence`` that say what the law does not allow, if any."""
        if self.pattern is None:
            return None
        if not self.none_in_clause:
            return self.pattern.search(sentence) if self.about(sentence) else None
        if not _matches(_words(sentence), self.all_of, self.any_of, ()):
            return None
        for match in self.pattern.finditer(sentence):
            clause = _words(_clause(sentence, match.start(), match.end()))
            if not any(_has(clause, w) for w in self.none_of):
                return match
        return None

    def at(self, day: dt.date) -> Period | None:
        """The period in force on ``day``, if any."""
        return next((p for p in self.periods if p.applies(day)), None)


@dataclass(frozen=True, slots=True)
class Law:
    """A law that was repealed or renamed on a date, with its successor."""

    id: str
    name: str
    abbreviations: tuple[str, ...]
    repealed: dt.date
    successor: str
    successor_abbreviations: tuple[str, ...]
    source: str
    verified: bool


@dataclass(frozen=True, slots=True)
class StatuteArticle:
    """An article of another law and the words of the sentences that speak about its subject.

    Without words the article is known (a reference to it can be judged) but never recognised as
    the subject of a sentence: "artikel 10:3 Awb" is about too much."""

    number: str  # "36b", "10:4", "5.1"
    subject: str  # Dutch: "de individuele studietoeslag"
    all_of: tuple[str, ...]
    any_of: tuple[str, ...]
    none_of: tuple[str, ...]
    source: str
    verified: bool
    since: dt.date | None = None
    until: dt.date | None = None

    def about(self, sentence: str) -> bool:
        """Whether a sentence speaks about this article's subject."""
        return bool(self.any_of or self.all_of) and _matches(
            _words(sentence), self.all_of, self.any_of, self.none_of
        )

    def applies(self, day: dt.date) -> bool:
        return (self.since is None or day >= self.since) and (
            self.until is None or day < self.until
        )


@dataclass(frozen=True, slots=True)
class Statute:
    """A law whose articles the texts cite, with what each article regulates."""

    name: str
    names: tuple[str, ...]  # as the texts write it: "Algemene wet bestuursrecht", "Awb"
    articles: tuple[StatuteArticle, ...]

    def article(self, number: str, day: dt.date) -> StatuteArticle | None:
        return next((a for a in self.articles if a.number == number and a.applies(day)), None)


@dataclass(frozen=True, slots=True)
class Facts:
    laws: tuple[Law, ...]
    facts: tuple[Fact, ...]
    statutes: tuple[Statute, ...] = ()

    def of(self, kind: Kind) -> tuple[Fact, ...]:
        return tuple(f for f in self.facts if f.kind is kind)


_WORD = re.compile(r"[\w:]+")


def _words(sentence: str) -> str:
    """The sentence as lower-case words between single spaces, for whole-word matching; a hyphen
    between letters joins ("ontwerp-begroting" is "ontwerpbegroting")."""
    joined = re.sub(r"(?<=\w)-(?=\w)", "", sentence.lower())
    return " " + " ".join(_WORD.findall(joined)) + " "


def _has(words: str, word: str) -> bool:
    """Whether the words hold ``word``, or one of its alternatives ("awb | algemene wet
    bestuursrecht")."""
    return any(_words(w) in words for w in word.split("|"))


def _matches(
    words: str, all_of: tuple[str, ...], any_of: tuple[str, ...], none_of: tuple[str, ...]
) -> bool:
    return (
        all(_has(words, w) for w in all_of)
        and (not any_of or any(_has(words, w) for w in any_of))
        and not any(_has(words, w) for w in none_of)
    )


def _clause(sentence: str, start: int, end: int) -> str:
    """The part of ``sentence`` around ``start:end`` between the nearest ",", ";" or ":", and
    after the match only its next three words, up to a word that starts another clause:
    "overdragen aan de directeur in mandaat" is a mandate, "overdragen aan de directeur en
    daarbij ondermandaat toestaan" is not."""
    before = max(sentence.rfind(c, 0, start) for c in ",;:") + 1
    after = [i for c in ",;:" if (i := sentence.find(c, end)) >= 0]
    following: list[str] = []
    for word in sentence[end : min(after, default=len(sentence))].split()[:3]:
        if word.lower() in _NEW_CLAUSE:
            break  # "... aan de directeur en daarbij ondermandaat": another clause
        following.append(word)
    return f"{sentence[before:end]} {' '.join(following)}"


_NEW_CLAUSE = frozenset({"en", "die", "dat", "waarbij", "daarbij", "of", "maar", "terwijl"})


def _day(raw: Any) -> dt.date | None:
    return raw if isinstance(raw, dt.date) else None


def _deadline(raw: Any) -> tuple[int, int]:
    day, month = str(raw).split()
    return MONTHS.index(month) + 1, int(day)


def _period(raw: dict[str, Any]) -> Period:
    return Period(
        since=_day(raw.get("vanaf")),
        until=_day(raw.get("tot")),
        source=str(raw["bron"]),
        verified=bool(raw["geverifieerd"]),
        weeks=int(raw.get("weken", 0)),
        deadline=_deadline(raw["datum"]) if "datum" in raw else (0, 0),
    )


def _fact(kind: Kind, raw: dict[str, Any]) -> Fact:
    pattern = raw.get("patroon")
    return Fact(
        id=str(raw["id"]),
        kind=kind,
        subject=str(raw["onderwerp"]),
        all_of=tuple(str(w) for w in raw.get("alle", ())),
        any_of=tuple(str(w) for w in raw.get("een_van", ())),
        none_of=tuple(str(w) for w in raw.get("niet", ())),
        periods=tuple(_period(p) for p in raw["perioden"]),
        pattern=re.compile(pattern, re.IGNORECASE) if pattern else None,
        message=" ".join(str(raw.get("melding", "")).split()),
        none_in_clause=bool(raw.get("niet_in_bijzin", False)),
    )


def parse(data: dict[str, Any]) -> Facts:
    """The facts of one table (the package's, or a test's)."""
    laws = tuple(
        Law(
            id=str(w["id"]),
            name=str(w["naam"]),
            abbreviations=tuple(w.get("afkortingen", ())),
            repealed=w["vervallen_op"],
            successor=str(w["opvolger"]),
            successor_abbreviations=tuple(w.get("opvolger_afkortingen", ())),
            source=str(w["bron"]),
            verified=bool(w["geverifieerd"]),
        )
        for w in data.get("wetten", ())
    )
    facts = tuple(_fact(kind, raw) for kind in Kind for raw in data.get(kind.value, ()))
    return Facts(laws, facts, tuple(_statute(raw) for raw in data.get("wetsartikelen", ())))


def _statute(raw: dict[str, Any]) -> Statute:
    def article(a: dict[str, Any]) -> StatuteArticle:
        return StatuteArticle(
            number=str(a["artikel"]),
            subject=str(a["onderwerp"]),
            all_of=tuple(str(w) for w in a.get("alle", ())),
            any_of=tuple(str(w) for w in a.get("een_van", ())),
            none_of=tuple(str(w) for w in a.get("niet", ())),
            source=str(a.get("bron", raw["bron"])),
            verified=bool(a.get("geverifieerd", raw["geverifieerd"])),
            since=_day(a.get("vanaf")),
            until=_day(a.get("tot")),
        )

    return Statute(
        name=str(raw["wet"]),
        names=tuple(str(n) for n in raw["namen"]),
        articles=tuple(article(a) for a in raw["artikelen"]),
    )


@cache
def facts() -> Facts:
    """The package's table of legal facts."""
    text = resources.files("assembler.checks").joinpath(FILE).read_text(encoding="utf-8")
    data: dict[str, Any] = YAML(typ="safe", pure=True).load(text)
    return parse(data)
