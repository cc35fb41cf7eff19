"""Shared fixtures: small source repositories written into a temporary folder."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent

SETTINGS = """\
formaat: 1
openbaar_lichaam:
  naam: Sociale Dienst Testregio
  algemeen_bestuur: het algemeen bestuur van de Sociale Dienst Testregio
  dagelijks_bestuur: het dagelijks bestuur van de Sociale Dienst Testregio
  voorzitter: de voorzitter van de Sociale Dienst Testregio
variabelen:
  vestigingsplaats: Dordrecht
"""

DEELNEMERS = """\
formaat: 1
deelnemers:
  - id: adam
    naam: Adam
    gemeente: de gemeente Adam
    college: het college van burgemeester en wethouders van Adam
    raad: de raad van de gemeente Adam
    burgemeester: de burgemeester van Adam
  - id: bdorp
    naam: Bdorp
    gemeente: de gemeente Bdorp
    college: het college van burgemeester en wethouders van Bdorp
    raad: de raad van de gemeente Bdorp
    burgemeester: de burgemeester van Bdorp
"""

BEGRIPPEN = """\
formaat: 1
id: begrippen
titel: Begripsbepalingen
leden:
  - id: begrippen.1
    tekst: "In deze regeling wordt verstaan onder:"
    onderdelen:
      - id: begrippen.ab
        tekst: "algemeen bestuur: het algemeen bestuur van {{ openbaar_lichaam.naam }};"
      - id: begrippen.deelnemer
        tekst: "deelnemer: een college dat aan deze regeling deelneemt."
toelichting:
  - Dit artikel bevat de begrippen.
"""

BESTUUR = """\
formaat: 1
id: bestuur
titel: Samenstelling
leden:
  - id: bestuur.leden
    tekst: "Het algemeen bestuur bestaat uit leden als bedoeld in {{ ref('begrippen.ab') }}."
  - id: bestuur.stemmen
    tekst: "Besluiten worden genomen met:"
    onderdelen:
      - id: bestuur.stemmen.gewoon
        tekst: gewone meerderheid; of
      - id: bestuur.stemmen.gekwalificeerd
        tekst: "twee derde, met inachtneming van:"
        onderdelen:
          - id: bestuur.stemmen.gekwalificeerd.quorum
            tekst: het quorum; en
          - id: bestuur.stemmen.gekwalificeerd.openbaar
            tekst: de openbaarheid.
  - id: bestuur.verwijzing
    tekst: "{{ Ref('bestuur.stemmen.gekwalificeerd') }} geldt ook voor {{ ref('slot') }} en {{ ref('bestuur.leden') }}."
toelichting:
  - "Zie ook {{ ref('bestuur.stemmen.gekwalificeerd.quorum') }}."
"""

SLOT = """\
formaat: 1
id: slot
titel: Citeertitel
leden:
  - id: slot.1
    tekst: "Deze regeling wordt aangehaald als: {{ document.citeertitel }}."
"""

REGELING = """\
formaat: 1
id: testregeling
soort: regeling
titel: Testregeling
citeertitel: Testregeling Sociaal
per_deelnemer: false
vastgesteld_door: [college]
aanhef:
  - "De colleges van {{ deelnemers | map(attribute='naam') | opsomming }};"
overwegingen:
  - overwegende dat samenwerking nodig is;
gelet_op: gelet op de Wet gemeenschappelijke regelingen;
besluiten: "besluiten:"
hoofdstukken:
  - id: h-algemeen
    titel: Algemene bepalingen
    artikelen: [begrippen]
  - id: h-bestuur
    titel: Bestuur
    artikelen: [bestuur, slot]
slotformule:
  - Aldus vastgesteld.
"""

VERORDENING = """\
formaat: 1
id: testverordening
soort: verordening
titel: Testverordening
citeertitel: "Testverordening {{ deelnemer.naam }}"
per_deelnemer: true
vastgesteld_door: [raad]
aanhef:
  - "De raad van de gemeente {{ deelnemer.naam }};"
artikelen: [v-enig]
"""

V_ENIG = """\
formaat: 1
id: v-enig
titel: Citeertitel
leden:
  - id: v-enig.1
    tekst: "Deze verordening wordt aangehaald als: {{ document.citeertitel }}."
"""

MINIMAL = {
    "assembler.yaml": SETTINGS,
    "deelnemers.yaml": DEELNEMERS,
    "clausules/algemeen/begrippen.yaml": BEGRIPPEN,
    "clausules/bestuur/bestuur.yaml": BESTUUR,
    "clausules/slot/slot.yaml": SLOT,
    "clausules/verordening/enig.yaml": V_ENIG,
    "regelingen/testregeling.yaml": REGELING,
    "verordeningen/testverordening.yaml": VERORDENING,
}


def write_files(root: Path, files: dict[str, str | bytes]) -> Path:
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(textwrap.dedent(content), encoding="utf-8")
    return root


@pytest.fixture
def make_repo(tmp_path: Path) -> Callable[..., Path]:
    """Write the minimal project, with ``changes`` replacing or adding files."""

    def make(changes: dict[str, str | bytes] | None = None, drop: tuple[str, ...] = ()) -> Path:
        root = tmp_path / "bron"
        files: dict[str, str | bytes] = {k: v for k, v in MINIMAL.items() if k not in drop}
        files.update(changes or {})
        return write_files(root, files)

    return make
