"""Financial data: budgets per task, distribution keys and the data they use."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from assembler.errors import Collector, Pos
from assembler.source.choices import AMOUNT_RANGE, parse_amount
from assembler.source.fields import Fields, describe, mappings
from assembler.source.records import SDataset, SFinance, SKey, STask
from assembler.source.yamlload import YMap

BUIG = ("solidariteit", "eigen_risico")
_NO_DATE = date(2000, 1, 1)  # placeholder after a reported error; never rendered


def load_finance(data: YMap, problems: Collector) -> SFinance:
    fields = Fields(data, problems, "het financiënbestand")
    fields.used.add("formaat")
    body = fields.mapping("financien", required=True) or YMap()
    if not hasattr(body, "pos"):
        body.pos = data.pos
        body.key_pos, body.value_pos = {}, {}
    f = Fields(body, problems, "'financien'")
    year = f._get("begrotingsjaar", int, True) or 0
    buig = f.text("buig")
    if buig and buig not in BUIG:
        problems.add(
            f.pos("buig"), f"onbekende keuze '{buig}' voor 'buig'; kies uit: {', '.join(BUIG)}"
        )
    datasets = []
    seq = f.sequence("gegevens")
    for item in mappings(
        seq,
        problems,
        "verdeelgegevens moeten een tabel zijn met 'id', 'peildatum', 'bron' en 'waarden'",
    ):
        datasets.append(_dataset(item, problems))
    tasks = []
    seq = f.sequence("taken", required=True)
    for item in mappings(
        seq, problems, "een taak moet een tabel zijn met 'id', 'titel', 'budget' en 'sleutel'"
    ):
        tasks.append(_task(item, problems))
    f.done()
    fields.done()
    return SFinance(year, buig, tuple(datasets), tuple(tasks), body.pos)


def _dataset(item: YMap, problems: Collector) -> SDataset:
    f = Fields(item, problems, "de verdeelgegevens")
    raw = f.mapping("waarden", required=True) or YMap()
    values: dict[str, int] = {}
    for key, value in raw.items():
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            problems.add(
                raw.at(key),
                f"'{key}' moet een geheel getal van 0 of meer zijn, niet {describe(value)}",
            )
            continue
        values[str(key)] = value
    dataset = SDataset(
        f.ident(),
        f.text("titel"),
        f.day("peildatum") or _NO_DATE,
        f.text("bron"),
        values,
        item.at("id"),
    )
    f.done()
    return dataset


def _amount(raw: Any, pos: Pos, what: str, problems: Collector) -> Decimal:
    amount = parse_amount(raw)
    if amount is None and parse_amount(str(raw).strip().lstrip("-")) is not None:
        problems.add(pos, f"{what} mag niet negatief zijn ({raw})")
        return Decimal("0.00")
    if amount is None:
        problems.add(
            pos,
            f"{what} moet een bedrag {AMOUNT_RANGE} zijn met hoogstens twee decimalen"
            f' (bijvoorbeeld "1250000.00"), niet {describe(raw)}',
        )
        return Decimal("0.00")
    return amount


def _task(item: YMap, problems: Collector) -> STask:
    f = Fields(item, problems, "de taak")
    f.used.update({"budget", "sleutel"})
    key_map = item.get("sleutel")
    if not isinstance(key_map, YMap):
        problems.add(
            item.at("sleutel"), "'sleutel' moet een tabel zijn, bijvoorbeeld {naar: inwoners}"
        )
        key = SKey("naar", "", {}, None, None, item.pos)
    else:
        key = _key(key_map, problems)
    budget = None
    if "budget" in item:
        budget = _amount(item["budget"], item.at("budget"), "'budget'", problems)
    elif key.kind != "uren":
        problems.add(item.pos, "de taak mist de verplichte sleutel 'budget'")
    task = STask(f.ident(), f.text("titel"), budget, key, item.at("id"))
    f.done()
    return task


def _key(raw: YMap, problems: Collector) -> SKey:
    f = Fields(raw, problems, "de verdeelsleutel")
    plustaak = f.text("plustaak", required=False) or None
    kinds = [k for k in ("naar", "vast", "uren") if k in raw]
    if len(kinds) != 1:
        problems.add(raw.pos, "een verdeelsleutel heeft precies één van: 'naar', 'vast', 'uren'")
        f.used.update({"naar", "vast", "uren", "tarief"})
        f.done()
        return SKey("naar", "", {}, None, plustaak, raw.pos)
    kind = kinds[0]
    shares: dict[str, Decimal] = {}
    rate = None
    dataset = ""
    if kind == "naar":
        dataset = f.text("naar")
    else:
        table = f.mapping(kind, required=True) or YMap()
        for name, value in table.items():
            what = "het percentage" if kind == "vast" else "het aantal uren"
            shares[str(name)] = _amount(value, table.at(name), f"{what} van '{name}'", problems)
        if kind == "uren":
            rate = _amount(raw.get("tarief"), raw.at("tarief"), "'tarief'", problems)
            f.used.add("tarief")
    f.done()
    return SKey(kind, dataset, shares, rate, plustaak, raw.pos)
