"""The data of the cover letters (``brieven.yaml``): sender, contact person, signatories, the
address of each gemeente, what each round asks of the raden and, when known, the dates on which
each college and raad deal with the round (for the raadsstukken).

These are facts of the sending, not of the text of the regeling: they are read from the working
tree, also when the packages of a recorded milestone are built (an older commit need not have
them, and an address that changed since must not be sent to).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from assembler.errors import Collector, Pos, SourceError
from assembler.source.fields import Fields, check_xml_chars, mappings
from assembler.source.tree import Tree
from assembler.source.yamlload import YMap, load_yaml_bytes

CORRESPONDENCE_FILE = "brieven.yaml"


class Request(StrEnum):
    """What a round asks of each raad."""

    REACTIE = "reactie"  # a reaction on a draft, without a statutory procedure
    ZIENSWIJZE = "zienswijze"  # a zienswijze on the ontwerp
    TOESTEMMING = "toestemming"  # toestemming to make or amend the regeling


@dataclass(frozen=True, slots=True)
class Person:
    naam: str
    functie: str


@dataclass(frozen=True, slots=True)
class Sender:
    naam: str
    namens: str  # on whose behalf, as a line under the name ("" when none)
    adres: str
    postcode: str
    plaats: str
    kenmerk: str  # the prefix of every letter's kenmerk


@dataclass(frozen=True, slots=True)
class Contact:
    naam: str
    functie: str
    telefoon: str
    email: str


@dataclass(frozen=True, slots=True)
class Address:
    """The postal address of a gemeente's college, and its griffier (for the raad)."""

    adres: str
    postcode: str
    plaats: str
    griffier: str


@dataclass(frozen=True, slots=True)
class Meeting:
    """When one gemeente's college and raad deal with a round; None while not yet known."""

    college: date | None = None
    raad: date | None = None


@dataclass(frozen=True, slots=True)
class Correspondence:
    sender: Sender
    contact: Contact
    signatories: tuple[Person, ...]
    addresses: dict[str, Address]  # per deelnemer id
    requests: dict[str, Request]  # per milestone id
    address_pos: dict[str, Pos]
    request_pos: dict[str, Pos]
    # Per milestone id, per deelnemer id: the meeting dates ('vergaderingen' of a round).
    meetings: dict[str, dict[str, Meeting]] | None = None
    meeting_pos: dict[tuple[str, str], Pos] | None = None

    def meeting(self, milestone: str, deelnemer: str) -> Meeting:
        """The dates of ``deelnemer``'s college and raad for the round; empty when unknown."""
        return (self.meetings or {}).get(milestone, {}).get(deelnemer, Meeting())

    def check(self, deelnemers: Sequence[str], milestones: Sequence[str]) -> None:
        """Every gemeente and round named is known, and every deelnemer has an address."""
        problems = Collector()
        for ident, pos in self.address_pos.items():
            if ident not in deelnemers:
                problems.add(pos, f"onbekende deelnemer '{ident}' in {CORRESPONDENCE_FILE}")
        for ident, pos in self.request_pos.items():
            if ident not in milestones:
                problems.add(pos, f"onbekende mijlpaal '{ident}' in {CORRESPONDENCE_FILE}")
        for (_, ident), pos in (self.meeting_pos or {}).items():
            if ident not in deelnemers:
                problems.add(pos, f"onbekende deelnemer '{ident}' in {CORRESPONDENCE_FILE}")
        missing = [d for d in deelnemers if d not in self.addresses]
        if missing:
            problems.add(
                Pos(CORRESPONDENCE_FILE, 1, 1),
                f"'gemeenten' mist het adres van: {', '.join(missing)}",
            )
        problems.raise_if_any()


def _texts(fields: Fields, keys: Sequence[str], optional: Sequence[str] = ()) -> list[str]:
    values = []
    for key in keys:
        value = fields.text(key, required=key not in optional)
        if value:
            check_xml_chars(value, fields.pos(key), fields.problems)
        values.append(value)
    fields.done()
    return values


def _mapping(fields: Fields, key: str, problems: Collector, what: str) -> Fields | None:
    data = fields.mapping(key, required=True)
    return Fields(data, problems, what) if data is not None else None


def load_correspondence(tree: Tree) -> Correspondence | None:
    """The letters' data; None when the file is absent (the letters then name no address)."""
    if not tree.exists(CORRESPONDENCE_FILE):
        return None
    data = load_yaml_bytes(tree.read_bytes(CORRESPONDENCE_FILE), CORRESPONDENCE_FILE)
    if not isinstance(data, YMap):
        raise SourceError.at(
            Pos(CORRESPONDENCE_FILE, 1, 1), "het bestand moet een tabel van sleutels zijn"
        )
    problems = Collector()
    fields = Fields(data, problems, CORRESPONDENCE_FILE)
    fields.used.add("formaat")
    sender = Sender("", "", "", "", "", "")
    if (f := _mapping(fields, "afzender", problems, "'afzender'")) is not None:
        sender = Sender(
            *_texts(f, ("naam", "namens", "adres", "postcode", "plaats", "kenmerk"), ("namens",))
        )
    contact = Contact("", "", "", "")
    if (f := _mapping(fields, "contactpersoon", problems, "'contactpersoon'")) is not None:
        contact = Contact(*_texts(f, ("naam", "functie", "telefoon", "email")))
    signatories = tuple(
        Person(*_texts(Fields(item, problems, "een ondertekenaar"), ("naam", "functie")))
        for item in mappings(
            fields.sequence("ondertekening", required=True),
            problems,
            "een ondertekenaar moet een tabel zijn met 'naam' en 'functie'",
        )
    )
    addresses: dict[str, Address] = {}
    address_pos: dict[str, Pos] = {}
    gemeenten = fields.mapping("gemeenten", required=True) or YMap()
    for ident, item in gemeenten.items():
        address_pos[ident] = gemeenten.key_at(ident)
        if not isinstance(item, YMap):
            problems.add(
                gemeenten.at(ident),
                f"het adres van '{ident}' moet een tabel zijn met 'adres', 'postcode', 'plaats'"
                " en 'griffier'",
            )
            continue
        f = Fields(item, problems, f"het adres van '{ident}'")
        addresses[ident] = Address(*_texts(f, ("adres", "postcode", "plaats", "griffier")))
    requests: dict[str, Request] = {}
    request_pos: dict[str, Pos] = {}
    meetings: dict[str, dict[str, Meeting]] = {}
    meeting_pos: dict[tuple[str, str], Pos] = {}
    rounds = fields.mapping("rondes", required=True) or YMap()
    for ident, item in rounds.items():
        request_pos[ident] = rounds.key_at(ident)
        if not isinstance(item, YMap):
            problems.add(rounds.at(ident), f"de ronde '{ident}' moet een tabel zijn met 'verzoek'")
            continue
        f = Fields(item, problems, f"de ronde '{ident}'")
        value = f.text("verzoek")
        held = f.mapping("vergaderingen")
        f.done()
        if held is not None:
            meetings[ident] = _meetings(held, ident, problems, meeting_pos)
        try:
            requests[ident] = Request(value)
        except ValueError:
            if value:
                choices = ", ".join(r.value for r in Request)
                problems.add(f.pos("verzoek"), f"onbekend verzoek '{value}'; kies uit: {choices}")
    fields.done()
    problems.raise_if_any()
    return Correspondence(
        sender,
        contact,
        signatories,
        addresses,
        requests,
        address_pos,
        request_pos,
        meetings,
        meeting_pos,
    )


def _meetings(
    held: YMap, round_: str, problems: Collector, positions: dict[tuple[str, str], Pos]
) -> dict[str, Meeting]:
    """The 'vergaderingen' of one round: per deelnemer the dates of college and raad."""
    out: dict[str, Meeting] = {}
    for ident, item in held.items():
        positions[(round_, ident)] = held.key_at(ident)
        if not isinstance(item, YMap):
            problems.add(
                held.at(ident),
                f"de vergaderingen van '{ident}' in de ronde '{round_}' moeten een tabel zijn"
                " met 'college' en/of 'raad' (datums)",
            )
            continue
        f = Fields(item, problems, f"de vergaderingen van '{ident}' in de ronde '{round_}'")
        college = f._get("college", date, False)
        raad = f._get("raad", date, False)
        f.done()
        if college is not None and raad is not None and raad < college:
            problems.add(
                f.pos("raad"),
                f"de raad van '{ident}' vergadert in de ronde '{round_}' vóór het college"
                " (het college legt het voorstel eerst vast)",
            )
        out[ident] = Meeting(college, raad)
    return out
