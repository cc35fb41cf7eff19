"""Defects a jurist finds by reading, planted in a copy of the sample: each is reported by its
rule, as an error, at the exact file:line:col of the words that are wrong, and nothing else is
reported that the clean sample does not give."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from assembler.checks import runner
from tests.conftest import REPO_ROOT

# (file, old, new, code, the words reported: one or, for both sides of a contradiction, two)
CASES: dict[str, tuple[str, str, str, str, str | tuple[str, ...]]] = {
    "REF04 de verdeelsleutels in artikel 32 (Bijdragen)": (
        "regelingen/gr-sociaal.yaml",
        "berekend met de verdeelsleutels, bedoeld in {{ ref('fin-verdeelsleutels') }}.",
        "berekend met de verdeelsleutels, bedoeld in artikel 32.",
        "REF04",
        "artikel 32",
    ),
    "REF04 het gewicht van de stem in artikel 12 (Besluitvorming)": (
        "clausules/bestuur/ab-samenstelling.yaml",
        "regelt {{ ref('ab-stemverhouding') }}.",
        "regelt artikel 12.",
        "REF04",
        "artikel 12",
    ),
    "REF04 het onderwerp uit de vorige zin (mandaat, artikel 4 Uitzonderingen)": (
        "clausules/bestuur/db-bevoegdheden.yaml",
        "    vastgelegd in het mandaatbesluit van het openbaar lichaam.",
        "    vastgelegd in artikel 4 van het Mandaatbesluit Sociale Dienst Drechtsteden 2022.",
        "REF04",
        "artikel 4",
    ),
    "REF04 de plustaken in artikel 7 (Mandaat)": (
        "clausules/delegatie/delegatie-bevoegdheden.yaml",
        "    {{ ref('plustaken') }}.",
        "    artikel 7.",
        "REF04",
        "artikel 7.",
    ),
    "GET12 de termijn van zes maanden naast twaalf maanden": (
        "clausules/handhaving/hh-recidive.yaml",
        "De termijn van twaalf maanden vangt aan",
        "De termijn van zes maanden vangt aan",
        "GET12",
        "De termijn van zes maanden",
    ),
    "GET13 105 procent onder de inkomensgrens van 110 procent": (
        "clausules/inkomenstoeslag/iit-langdurig.yaml",
        "niet hoger was dan 120 procent van de bijstandsnorm.",
        "niet hoger was dan 105 procent van de bijstandsnorm.",
        "GET13",
        "niet hoger was dan 105 procent",
    ),
    "SAM07 het dagelijks bestuur stelt de percentages vast bij de begroting": (
        "clausules/financien/fin-verdeelsleutels.yaml",
        "Het algemeen bestuur stelt de percentages,",
        "Het dagelijks bestuur stelt de percentages,",
        "SAM07",
        "Het dagelijks bestuur stelt",
    ),
    "GET11 eenmaal per jaar in het artikel, twee keer in de toelichting": (
        "clausules/bestuur/ab-vergaderingen.yaml",
        "maar ten minste twee keer per jaar.",
        "maar ten minste eenmaal per jaar.",
        "GET11",
        ("eenmaal per jaar", "twee keer per jaar"),
    ),
    "GET11 drie vierde in het artikel, twee derde in de toelichting": (
        "clausules/bestuur/ab-besluitvorming.yaml",
        "vergt ten minste twee derde van de uitgebrachte stemmen",
        "vergt ten minste drie vierde van de uitgebrachte stemmen",
        "GET11",
        ("drie vierde", "twee derde"),
    ),
    "GET11 de algemene toelichting noemt vier deelnemers, de artikelen vijf": (
        "regelingen/gr-sociaal.yaml",
        "        vijf deelnemers vergt.",
        "        vier deelnemers vergt.",
        "GET11",
        "de steun van |ten minste",
    ),
    "SAM08 de toelichting noemt Sliedrecht als afnemer van de schuldhulpverlening": (
        "regelingen/gr-sociaal.yaml",
        "regeling nemen Dordrecht en Zwijndrecht de schuldhulpverlening",
        "regeling nemen Dordrecht en Sliedrecht de schuldhulpverlening",
        "SAM08",
        "Dordrecht en |Sliedrecht",
    ),
    "AWB12 de directeur mandateert alle bevoegdheden verder": (
        "clausules/mandaat/mb-ondermandaat.yaml",
        "De directeur kan de bevoegdheden die hem bij dit besluit zijn gemandateerd, met"
        " uitzondering van de bevoegdheid, bedoeld in"
        " {{ ref('mb-mandaat-directeur.algemeen-bestuur') }}, verder mandateren",
        "De directeur kan alle bevoegdheden die hem bij dit besluit zijn gemandateerd verder"
        " mandateren",
        "AWB12",
        "De directeur kan alle",
    ),
    "AWB13 mandaat tot het wijzigen van de verdeelsleutels": (
        "clausules/mandaat/mb-mandaat-directeur.yaml",
        "berusten bij het algemeen bestuur, op grond van de Wet open overheid.",
        "berusten bij het algemeen bestuur, op grond van de Wet open overheid, en tot het"
        " wijzigen van de verdeelsleutels, bedoeld in artikel 33, eerste lid, van de regeling.",
        "AWB13",
        "tot het wijzigen van de verdeelsleutels",
    ),
    "FEI03 de overgedragen bevoegdheden verder overdragen aan de directeur": (
        "clausules/plustaken/pb-delegatie.yaml",
        "tekst: Het dagelijks bestuur kan de directeur mandaat verlenen",
        "tekst: Het dagelijks bestuur kan de overgedragen bevoegdheden verder overdragen aan de"
        " directeur",
        "FEI03",
        "overgedragen bevoegdheden verder overdragen",
    ),
    "FEI03 alleen de raad van de uittredende gemeente": (
        "clausules/toetreding/uittreding.yaml",
        "stelt het de raden van alle deelnemers in de gelegenheid binnen acht weken hun zienswijze",
        "stelt het de raad van zijn gemeente in de gelegenheid binnen acht weken haar zienswijze",
        "FEI03",
        "raad van zijn gemeente in de gelegenheid",
    ),
}


@pytest.fixture(scope="module", autouse=True)
def dated_werkmap() -> Iterator[None]:
    """The copy has no history: date its werkmap like the sample's (after 1 July 2022), so
    that the law since the amendment of the Wgr applies."""
    with pytest.MonkeyPatch.context() as patch:
        moment = dt.datetime(2026, 12, 1, 12, tzinfo=dt.UTC)
        patch.setenv("SOURCE_DATE_EPOCH", str(int(moment.timestamp())))
        yield


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tracked files of the sample, without its history (the werkmap alone)."""
    root = tmp_path_factory.mktemp("voorbeeld")
    listed = subprocess.run(
        ["git", "-C", str(REPO_ROOT), "ls-files", "-z"], capture_output=True, check=True
    ).stdout.decode()
    for name in filter(None, listed.split("\0")):
        if (REPO_ROOT / name).is_file():
            (root / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(REPO_ROOT / name, root / name)
    return root


def _located(root: Path) -> set[tuple[str, str, str]]:
    return {(f.code, f.severity, str(f.pos)) for f in runner.run(runner.context(root))}


@pytest.fixture(scope="module")
def clean(sample: Path) -> set[tuple[str, str, str]]:
    return _located(sample)


def _where(text: str, path: str, phrase: str) -> str:
    """Where ``phrase`` first stands; "context |words" points at the words after "|"."""
    before, _, words = phrase.rpartition("|")
    for number, line in enumerate(text.splitlines(), start=1):
        if before + words in line:
            return f"{path}:{number}:{line.index(before + words) + len(before) + 1}"
    raise AssertionError(f"{phrase!r} staat niet in {path}")


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_planted_defect_is_an_error_at_its_words(
    case: str, sample: Path, clean: set[tuple[str, str, str]], tmp_path: Path
) -> None:
    path, old, new, code, phrases = CASES[case]
    root = tmp_path / "kopie"
    shutil.copytree(sample, root)
    text = (root / path).read_text(encoding="utf-8")
    assert text.count(old) == 1, "de voorbeeldtekst is veranderd"
    changed = text.replace(old, new)
    (root / path).write_text(changed, encoding="utf-8")
    words = (phrases,) if isinstance(phrases, str) else phrases
    assert _located(root) - clean == {(code, "fout", _where(changed, path, w)) for w in words}


# Legitimate rewordings near the same rules: no finding the clean sample does not give.
CLEAN_CASES: dict[str, tuple[str, str, str]] = {
    "een deelnemer die de plustaak niet afneemt": (
        "regelingen/gr-sociaal.yaml",
        "regeling nemen Dordrecht en Zwijndrecht de schuldhulpverlening",
        "regeling nemen Dordrecht en Zwijndrecht, en niet Sliedrecht, de schuldhulpverlening",
    ),
    "de termijn van twaalf maanden met andere woorden": (
        "clausules/handhaving/hh-recidive.yaml",
        "De termijn van twaalf maanden vangt aan",
        "Die termijn van twaalf maanden vangt aan",
    ),
    "een juiste verwijzing naar artikel 36 Participatiewet in de verordening inkomenstoeslag": (
        "verordeningen/individuele-inkomenstoeslag.yaml",
        "hebben op inkomensverbetering.",
        "hebben op inkomensverbetering (artikel 36 van de Participatiewet).",
    ),
    "vier van de veertien stemmen (geen aantal deelnemers)": (
        "clausules/bestuur/ab-stemverhouding.yaml",
        "en één voor Alblasserdam en Hardinxveld-Giessendam.",
        "en één voor Alblasserdam en Hardinxveld-Giessendam. Dordrecht brengt daarmee vier van"
        " de veertien stemmen uit, minder dan een derde.",
    ),
    "de Wob als grondslag tot 1 mei 2022 (verleden tijd)": (
        "clausules/mandaat/mb-mandaat-directeur.yaml",
        "die de Wet openbaarheid van bestuur heeft vervangen.",
        "die de Wet openbaarheid van bestuur heeft vervangen. Tot die datum was de Wet"
        " openbaarheid van bestuur de grondslag voor zulke verzoeken.",
    ),
    "het algemeen bestuur stelt de percentages vast": (
        "clausules/financien/fin-verdeelsleutels.yaml",
        "Het algemeen bestuur stelt de percentages,",
        "Het algemeen bestuur stelt jaarlijks de percentages,",
    ),
}


@pytest.mark.parametrize("case", sorted(CLEAN_CASES))
def test_a_legitimate_rewording_gives_no_new_finding(
    case: str, sample: Path, clean: set[tuple[str, str, str]], tmp_path: Path
) -> None:
    path, old, new = CLEAN_CASES[case]
    root = tmp_path / "kopie"
    shutil.copytree(sample, root)
    text = (root / path).read_text(encoding="utf-8")
    assert text.count(old) == 1, "de voorbeeldtekst is veranderd"
    (root / path).write_text(text.replace(old, new), encoding="utf-8")
    assert _located(root) - clean == set()
