"""Local choices: the catalog (``keuzes.yaml``), each deelnemer's answers, and conditions."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from assembler.errors import Collector, Pos
from assembler.source.fields import Fields, describe, mappings
from assembler.source.records import SCatalog, SChoice, SCondition, SDeelnemer, SPlustaak
from assembler.source.yamlload import YMap

CATALOG_FILE = "keuzes.yaml"
CHOICE_KINDS = ("getal", "bedrag", "tekst", "variant")
# Amounts stay below a trillion euro: sums and products of hours and rates then stay exact
# within the 28 digits of Python's decimal context (docs/ontwerp/invoergrenzen.md).
MAX_AMOUNT = Decimal(10) ** 12
AMOUNT_RANGE = "van 0 tot 1.000.000.000.000"
PLUSTAKEN = "plustaken"


def load_catalog(data: YMap, problems: Collector) -> SCatalog:
    """The plustaken and choices declared in ``keuzes.yaml``."""
    fields = Fields(data, problems, CATALOG_FILE)
    fields.used.add("formaat")
    plustaken: list[SPlustaak] = []
    seq = fields.sequence("plustaken")
    for item in mappings(seq, problems, "een plustaak moet een tabel zijn met 'id' en 'titel'"):
        f = Fields(item, problems, "de plustaak")
        plustaak = SPlustaak(f.ident(), f.text("titel"), item.at("id"))
        _unique(plustaak.id, plustaak.pos, [p.id for p in plustaken], "plustaak", problems)
        plustaken.append(plustaak)
        f.done()
    choices: list[SChoice] = []
    seq = fields.sequence("keuzes")
    for item in mappings(
        seq, problems, "een keuze moet een tabel zijn met 'id', 'titel' en 'soort'"
    ):
        choice = _choice(item, problems)
        _unique(choice.id, choice.pos, [c.id for c in choices], "keuze", problems)
        choices.append(choice)
    fields.done()
    return SCatalog(tuple(plustaken), tuple(choices))


def _unique(ident: str, pos: Pos, earlier: list[str], what: str, problems: Collector) -> None:
    """A second declaration of one id would silently replace the first: refused where it is."""
    if ident and ident in earlier:
        problems.add(
            pos, f"de {what} '{ident}' staat al eerder in {CATALOG_FILE}; kies een andere id"
        )


def _choice(item: YMap, problems: Collector) -> SChoice:
    f = Fields(item, problems, "de keuze")
    ident = f.ident()
    kind = f.text("soort")
    if kind and kind not in CHOICE_KINDS:
        problems.add(
            f.pos("soort"), f"onbekende soort '{kind}'; kies uit: {', '.join(CHOICE_KINDS)}"
        )
    variants: dict[str, str] = {}
    if kind == "variant":
        raw = f.mapping("varianten", required=True) or YMap()
        for key, value in raw.items():
            if not isinstance(value, str):
                problems.add(raw.at(key), f"de omschrijving van variant '{key}' moet tekst zijn")
            variants[str(key)] = str(value)
    else:
        f.used.add("varianten")
    f.used.add("standaard")
    default = None
    if item.get("standaard") is not None:
        default = check_value(
            kind, variants, item["standaard"], item.at("standaard"), ident, problems
        )
    title = f.text("titel")
    f.done()
    has_default = item.get("standaard") is not None
    return SChoice(ident, title, kind, variants, default, item.at("id"), has_default)


def check_value(
    kind: str, variants: dict[str, str], value: Any, pos: Pos, ident: str, problems: Collector
) -> Any:
    """The value of a choice in its proper type, or None after reporting why it is wrong."""
    if kind == "variant":
        if isinstance(value, list | dict):
            problems.add(
                pos,
                f"keuze '{ident}' moet een van de varianten zijn ({', '.join(variants)}),"
                f" niet {describe(value)}",
            )
            return None
        if str(value) not in variants:
            problems.add(
                pos,
                f"keuze '{ident}' heeft geen variant '{value}'; kies uit: {', '.join(variants)}",
            )
            return None
        return str(value)
    if kind == "getal":
        if isinstance(value, bool) or not isinstance(value, int):
            problems.add(pos, f"keuze '{ident}' moet een geheel getal zijn, niet {describe(value)}")
            return None
        return value
    if kind == "bedrag":
        amount = parse_amount(value)
        if amount is None:
            problems.add(
                pos,
                f"keuze '{ident}' moet een bedrag {AMOUNT_RANGE} zijn met hoogstens twee decimalen"
                f' (bijvoorbeeld "125.50"), niet {describe(value)}',
            )
        return amount
    if not isinstance(value, str):
        problems.add(pos, f"keuze '{ident}' moet tekst zijn, niet {describe(value)}")
        return None
    return value


def parse_amount(value: Any) -> Decimal | None:
    """An amount in euro with at most two decimals, not negative and below MAX_AMOUNT; None
    when it is not one."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    text = str(value).strip()
    if len(text) > 40:  # longer than any amount below MAX_AMOUNT with two decimals can be
        return None
    try:
        amount = Decimal(text)
    except InvalidOperation:
        return None
    if not amount.is_finite() or amount < 0 or amount >= MAX_AMOUNT:
        return None
    cents = amount.quantize(Decimal("0.01"))
    return cents if amount == cents else None


def resolve_choices(
    deelnemer: SDeelnemer, catalog: SCatalog, problems: Collector
) -> dict[str, Any]:
    """The deelnemer's choices, defaults filled in; every wrong or missing answer reported."""
    raw = deelnemer.keuzes
    positions = raw if isinstance(raw, YMap) and hasattr(raw, "pos") else None

    def at(key: str) -> Pos:
        return positions.at(key) if positions is not None else deelnemer.pos

    known = {c.id: c for c in catalog.choices}
    plustaak_ids = {p.id for p in catalog.plustaken}
    result: dict[str, Any] = {}
    chosen = raw.get(PLUSTAKEN, []) or []
    plustaken: list[str] = []
    if not isinstance(chosen, list):
        problems.add(at(PLUSTAKEN), "'plustaken' moet een lijst van plustaken zijn")
    else:
        for index, name in enumerate(chosen):
            item_pos = chosen.item_pos[index] if hasattr(chosen, "item_pos") else at(PLUSTAKEN)
            if not isinstance(name, str):
                problems.add(
                    item_pos, f"een plustaak is de id van een plustaak, niet {describe(name)}"
                )
            elif name not in plustaak_ids:
                problems.add(item_pos, f"onbekende plustaak '{name}'{_options(plustaak_ids)}")
            else:
                plustaken.append(str(name))
    result[PLUSTAKEN] = tuple(plustaken)
    for key, value in raw.items():
        if key == PLUSTAKEN:
            continue
        choice = known.get(key)
        if choice is None:
            problems.add(
                positions.key_at(key) if positions is not None else deelnemer.pos,
                f"onbekende keuze '{key}'{_options(set(known))}",
            )
            continue
        result[key] = check_value(choice.kind, choice.variants, value, at(key), key, problems)
    for choice in catalog.choices:
        if choice.id not in result:
            if choice.default is None and not choice.has_default:
                problems.add(
                    at("keuzes") if positions is None else positions.pos,
                    f"deelnemer '{deelnemer.id}' mist de verplichte keuze '{choice.id}' ({choice.title})",
                )
            result[choice.id] = choice.default
    return result


def _options(known: set[str]) -> str:
    return (
        f"; bekend zijn: {', '.join(sorted(known))}"
        if known
        else "; er zijn er geen gedeclareerd in keuzes.yaml"
    )


def load_condition(item: YMap, problems: Collector) -> SCondition | None:
    """The ``voorwaarde`` of a fragment, lid or onderdeel, if any."""
    if "voorwaarde" not in item:
        return None
    raw = item["voorwaarde"]
    pos = item.at("voorwaarde")
    if not isinstance(raw, YMap):
        problems.add(pos, "een voorwaarde is {keuze: <id>, is: <waarde>} of {plustaak: <id>}")
        return None
    f = Fields(raw, problems, "de voorwaarde")
    if "plustaak" in raw:
        condition = SCondition("plustaak", f.text("plustaak"), True, raw.at("plustaak"))
    else:
        key = f.text("keuze")
        f.used.add("is")
        if "is" not in raw:
            problems.add(raw.pos, "de voorwaarde mist 'is: <waarde>'")
        condition = SCondition("keuze", key, raw.get("is"), raw.at("keuze"), raw.at("is"))
    f.done()
    return condition


def check_conditions(conditions: list[SCondition], catalog: SCatalog, problems: Collector) -> None:
    """Every condition names a declared plustaak or choice, and an existing variant."""
    plustaken = {p.id for p in catalog.plustaken}
    choices = {c.id: c for c in catalog.choices}
    for condition in conditions:
        if condition.kind == "plustaak":
            if condition.key not in plustaken:
                problems.add(
                    condition.pos, f"onbekende plustaak '{condition.key}'{_options(plustaken)}"
                )
            continue
        choice = choices.get(condition.key)
        if choice is None:
            problems.add(
                condition.pos, f"onbekende keuze '{condition.key}'{_options(set(choices))}"
            )
        else:
            pos = condition.value_pos or condition.pos
            check_value(choice.kind, choice.variants, condition.value, pos, choice.id, problems)
