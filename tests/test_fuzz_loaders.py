"""Fuzzing the loaders: random YAML structures and strings in every field of every kind of source
file. Whatever the input, reading and assembling ends in the documents or in located Dutch
problems: never a traceback, never a crash, never a temp path or an English text."""

from __future__ import annotations

import copy
import datetime as dt
import json
import math
import os
import re
import shutil
import tempfile
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from assembler.errors import SourceError, UsageError
from assembler.model.assemble import assemble_all
from assembler.render.text import render_text
from assembler.source.correspondence import load_correspondence
from assembler.source.project import load_project
from assembler.source.tree import WorkTree
from assembler.source.yamlload import YList, YMap, load_yaml
from tests.conftest import MINIMAL, REGELING

KEUZES = """\
formaat: 1
plustaken:
  - id: schuld
    titel: Schuldhulpverlening
keuzes:
  - id: termijn
    titel: Termijn in jaren
    soort: getal
    standaard: 3
  - id: toeslag
    titel: Toeslag
    soort: bedrag
    standaard: "12.50"
  - id: vorm
    titel: Vorm
    soort: variant
    varianten: {kort: Kort, lang: Lang}
    standaard: kort
"""

MIJLPALEN = """\
formaat: 1
mijlpalen:
  - id: concept
    naam: Concepttekst
    datum: 2021-05-17
    definitief: false
    auteur: Projectgroep
    reactie_uiterlijk: 2021-06-30
    proces: Deze tekst is een concept.
"""

REGISTER = """\
formaat: 1
bevoegdheden:
  - id: pw-bijstand
    wet: Participatiewet
    artikel: "11"
    omschrijving: Verlenen van algemene bijstand
    oorspronkelijk: college
    soort: delegatie
    ontvanger: dagelijks_bestuur
    ondermandaat: true
    uitzonderingen: [bezwaar]
    deelnemers: alle
    grondslag: artikel 11 Participatiewet en artikel 10:15 Awb
    verordening: false
"""

FINANCIEN = """\
formaat: 1
financien:
  begrotingsjaar: 2022
  buig: solidariteit
  gegevens:
    - id: inwoners
      titel: Inwoners
      peildatum: 2021-01-01
      bron: CBS
      waarden: {adam: 100, bdorp: 300}
  taken:
    - id: taak-inkomen
      titel: Inkomen
      budget: "1000.00"
      sleutel: {naar: inwoners}
    - id: taak-vast
      titel: Bedrijfsvoering
      budget: "500.00"
      sleutel:
        vast: {adam: "40", bdorp: "60"}
    - id: taak-uren
      titel: Advies
      sleutel:
        uren: {adam: 10, bdorp: 5}
        tarief: "80.00"
"""

BIJLAGE = """\
formaat: 1
tekst:
  - Deze bijlage hoort bij de regeling.
  - "Zie {{ ref('bestuur.leden') }}."
"""

FRAGMENT = """\
formaat: 1
id: voorwaardelijk
titel: Voorwaarden
onderwerpen: [belang]
voorwaarde: {keuze: vorm, is: kort}
leden:
  - id: voorwaardelijk.1
    tekst: "De termijn is {{ keuze('termijn') }} jaar."
    voorwaarde: {plustaak: schuld}
  - id: voorwaardelijk.2
    tekst: Een lid zonder voorwaarde.
    slottekst: Slot van het lid.
negeer:
  - regel: TEK09
    reden: de bepaling spreekt voor zich
"""

BRIEVEN = """\
formaat: 1
afzender:
  naam: Projectgroep
  namens: namens de colleges
  adres: Postbus 1
  postcode: 1000 AA
  plaats: Adam
  kenmerk: PG
contactpersoon:
  naam: I. de Jurist
  functie: adviseur
  telefoon: "010 123 45 67"
  email: jurist@voorbeeld.invalid
ondertekening:
  - naam: M. Voorzitter
    functie: voorzitter
gemeenten:
  adam: {adres: Postbus 2, postcode: 1000 AB, plaats: Adam, griffier: G. Griffier}
  bdorp: {adres: Postbus 3, postcode: 2000 AB, plaats: Bdorp, griffier: H. Griffier}
rondes:
  concept: {verzoek: reactie}
"""

FILES = {
    **MINIMAL,
    "deelnemers.yaml": MINIMAL["deelnemers.yaml"].replace(
        "    burgemeester: de burgemeester van Adam\n",
        "    burgemeester: de burgemeester van Adam\n"
        "    keuzes: {plustaken: [schuld], vorm: lang, termijn: 5, toeslag: '20.00'}\n"
        "    ondertekenaars: {secretaris: S. Secretaris, burgemeester: B. Burgemeester}\n",
    ),
    "keuzes.yaml": KEUZES,
    "mijlpalen.yaml": MIJLPALEN,
    "clausules/delegatie/register.yaml": REGISTER,
    "clausules/financien/begroting.yaml": FINANCIEN,
    "clausules/algemeen/voorwaardelijk.yaml": FRAGMENT,
    "bijlagen/tekst.yaml": BIJLAGE,
    "brieven.yaml": BRIEVEN,
    "regelingen/testregeling.yaml": REGELING
    + "bijlagen:\n  - id: b-tekst\n    titel: Toelichtende tekst\n    bestand: bijlagen/tekst.yaml\n"
    + "  - id: b-bijdragen\n    titel: Bijdragen\n    genereer: bijdragen\n",
    "verordeningen/testverordening.yaml": MINIMAL["verordeningen/testverordening.yaml"].replace(
        "[v-enig]", "[v-enig, voorwaardelijk]"
    ),
}

# Words of Python's, YAML's and Jinja's own (English) messages; none may reach a user.
ENGLISH = re.compile(
    r"\b(the|object|expected|found|error|invalid|cannot|is not|undefined|exceeds|unexpected)\b",
    re.IGNORECASE,
)


def unquoted(message: str) -> str:
    """A message without what it quotes of the user's input ('...')."""
    return re.sub(r"'[^']*'", "''", message)


@dataclass(frozen=True)
class Raw:
    """A text written into the YAML as it is: YAML syntax, good or broken."""

    text: str


def plain(value: Any) -> Any:
    """A loaded YAML value as plain dicts and lists (mutable, without positions)."""
    if isinstance(value, YMap):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, YList):
        return [plain(v) for v in value]
    return value


BASE = {name: plain(load_yaml(textwrap.dedent(text), name)) for name, text in FILES.items()}

KEYS = sorted(
    {
        key
        for doc in BASE.values()
        for key in re.findall(r"'([a-z_]+)':", repr(doc))  # every key the sample files use
    }
)

SNIPPETS = [
    "{{ 1 // 0 }}",
    "{{ ref('nergens') }}",
    "{{ keuze('termijn') }}",
    "{{ deelnemer.naam }}",
    "{% for %}",
    "{{ '\\ud800' }}",
    "{{ 'x' * 1000000 }}",
    "{{ document.titel() }}",
    "{% if x %}",
    "x: y",
    "- a",
]

RAW = [
    "!!python/object:os.system x",
    "!foo [1]",
    "&a [1]",
    "*a",
    "{a: 1, a: 2}",
    "[" * 60 + "]" * 60,
    "9" * 5000,
    "0x" + "f" * 50,
    '"\\ud800"',
    "'niet gesloten",
    "[1, 2",
    "{<<: {a: 1}}",
    "1e400",
    ".nan",
    "2021-02-30",
    "? [a]\n  : b",
    "|\n  tekst",
    "~",
]

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**40), max_value=10**40),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=10),
    st.dates(min_value=dt.date(1, 1, 1)),
    st.sampled_from(SNIPPETS),
    st.sampled_from(RAW).map(Raw),
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(st.one_of(st.sampled_from(KEYS), st.text(max_size=6)), inner, max_size=3),
    ),
    max_leaves=6,
)


def emit(value: Any, indent: int = 0) -> Iterator[str]:
    """Block YAML lines for ``value`` (a mapping or a list) at ``indent`` spaces."""
    pad = " " * indent
    if isinstance(value, dict):
        for key, item in value.items():
            name = key if re.fullmatch(r"[a-z_][a-z0-9_-]*", str(key)) else json.dumps(str(key))
            yield from _entry(f"{pad}{name}:", item, indent)
    else:
        for item in value:
            yield from _entry(f"{pad}-", item, indent)


def _entry(head: str, item: Any, indent: int) -> Iterator[str]:
    if isinstance(item, dict | list) and item:
        yield head
        yield from emit(item, indent + 2)
    else:
        yield f"{head} {scalar(item)}"


def scalar(value: Any) -> str:
    if isinstance(value, Raw):
        return value.text.replace("\n", "\n" + " " * 4)
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if math.isnan(value):
            return ".nan"
        if math.isinf(value):
            return ".inf" if value > 0 else "-.inf"
        return repr(value)
    if isinstance(value, int | dt.date):
        return str(value)
    if isinstance(value, dict):
        return "{}"
    if isinstance(value, list):
        return "[]"
    return json.dumps(value, ensure_ascii=False)


def paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every place in a document: each key of each mapping and each item of each list."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield (*prefix, key)
            yield from paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield (*prefix, index)
            yield from paths(item, (*prefix, index))


@st.composite
def mutated_project(draw: st.DrawFn) -> tuple[str, dict[str, str]]:
    """The fuzz project with one file changed at one place (or replaced by random text)."""
    name = draw(st.sampled_from(sorted(BASE)))
    files = {n: textwrap.dedent(t) for n, t in FILES.items()}
    how = draw(st.sampled_from(["replace", "replace", "replace", "delete", "add", "text"]))
    if how == "text":
        files[name] = draw(st.text(max_size=200))
        return name, files
    doc = copy.deepcopy(BASE[name])
    places = list(paths(doc))
    place = draw(st.sampled_from(places)) if places else ()
    parent: Any = doc
    for step in place[:-1]:
        parent = parent[step]
    if how == "add" or not place:
        target = parent if isinstance(parent, dict) else doc
        target[draw(st.sampled_from(KEYS))] = draw(values)
    elif how == "delete":
        del parent[place[-1]]
    else:
        parent[place[-1]] = draw(values)
    files[name] = "\n".join(emit(doc)) + "\n" if doc else "{}\n"
    return name, files


def build(root: Path) -> None:
    """Read and assemble everything; render every document as text."""
    tree = WorkTree(root)
    project = load_project(tree)
    for document in assemble_all(project):
        render_text(document)
    load_correspondence(tree)


def test_the_unchanged_fuzz_project_builds() -> None:
    # The base of every mutation is valid: a refusal below is caused by the mutation.
    root = Path(tempfile.mkdtemp(prefix="fuzz-"))
    try:
        write(root, {n: textwrap.dedent(t) for n, t in FILES.items()})
        build(root)
    finally:
        shutil.rmtree(root)


def write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8", "surrogatepass"))


@settings(
    max_examples=int(os.environ.get("ASSEMBLER_FUZZ_EXAMPLES", "300")),
    deadline=5000,  # milliseconds per example; most take a few
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(mutated_project())
def test_any_change_to_any_source_file_is_built_or_refused_with_located_dutch_problems(
    case: tuple[str, dict[str, str]],
) -> None:
    changed, files = case
    event(f"gewijzigd: {changed}")
    root = Path(tempfile.mkdtemp(prefix="fuzz-"))
    try:
        write(root, files)
        try:
            build(root)
            event("gebouwd")
        except SourceError as exc:
            event("geweigerd")
            assert exc.problems
            for problem in exc.problems:
                report = str(problem)
                assert problem.pos.path in files, report  # a user's file, by its own name
                assert str(root) not in report and "/tmp" not in report, report
                assert problem.pos.line >= 1 and problem.pos.col >= 1, report
                assert not ENGLISH.search(unquoted(problem.message)), report
        except UsageError as exc:
            assert not ENGLISH.search(unquoted(str(exc))), str(exc)
    finally:
        shutil.rmtree(root)
