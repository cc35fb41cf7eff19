"""The register of transferred powers: rows in ``clausules/delegatie/`` and ``clausules/mandaat/``."""

from __future__ import annotations

from assembler.errors import Collector
from assembler.source.fields import Fields, mappings, text_items
from assembler.source.ignores import load_ignores
from assembler.source.records import SPower
from assembler.source.yamlload import YMap

HOLDERS = ("raad", "college", "burgemeester", "algemeen_bestuur", "dagelijks_bestuur", "voorzitter")
RECIPIENTS = (*HOLDERS, "directeur", "secretaris")
KINDS = ("delegatie", "mandaat", "volmacht", "machtiging")


def load_register(data: YMap, path: str, problems: Collector) -> list[SPower]:
    """Every power listed in one register file."""
    fields = Fields(data, problems, "het registerbestand")
    fields.used.add("formaat")
    register = path.split("/")[1] if path.count("/") >= 2 else ""
    powers = []
    seq = fields.sequence("bevoegdheden", required=True)
    for item in mappings(seq, problems, "een bevoegdheid moet een tabel van sleutels zijn"):
        powers.append(_power(item, register, problems))
    fields.done()
    return powers


def _choice(f: Fields, key: str, allowed: tuple[str, ...]) -> str:
    value = f.text(key)
    if value and value not in allowed:
        f.problems.add(
            f.pos(key), f"onbekende waarde '{value}' voor '{key}'; kies uit: {', '.join(allowed)}"
        )
    return value


def _power(item: YMap, register: str, problems: Collector) -> SPower:
    f = Fields(item, problems, "de bevoegdheid")
    plustaak: str | None = None
    scope = item.get("deelnemers", "alle")
    f.used.add("deelnemers")
    if (
        isinstance(scope, YMap)
        and set(scope) == {"plustaak"}
        and isinstance(scope["plustaak"], str)
    ):
        plustaak = scope["plustaak"]
    elif scope != "alle":
        problems.add(item.at("deelnemers"), "'deelnemers' is 'alle' of {plustaak: <id>}")
    artikel = item.get("artikel")
    if isinstance(artikel, int) and not isinstance(artikel, bool):
        # An article number is text ("7", "35a"); a bare number is accepted as its text.
        artikel = str(artikel)
        f.used.add("artikel")
    else:
        artikel = f.text("artikel")
    power = SPower(
        id=f.ident(),
        register=register,
        wet=f.text("wet"),
        artikel=artikel,
        omschrijving=f.text("omschrijving"),
        oorspronkelijk=_choice(f, "oorspronkelijk", HOLDERS),
        soort=_choice(f, "soort", KINDS),
        ontvanger=_choice(f, "ontvanger", RECIPIENTS),
        ondermandaat=f.boolean("ondermandaat"),
        uitzonderingen=tuple(
            t for t, _ in text_items(f.sequence("uitzonderingen"), problems, "'uitzonderingen'")
        ),
        plustaak=plustaak,
        grondslag=f.text("grondslag", required=False),
        verordening=f.boolean("verordening"),
        pos=item.at("id"),
        ignore=load_ignores(item, problems),
        consent=f.boolean("instemming"),
        qualified_majority=f.boolean("gekwalificeerde_meerderheid"),
    )
    f.used.add("negeer")
    f.done()
    return power
