"""A seeded generator of large, realistic-looking regelingen for benchmarks and property tests."""

from __future__ import annotations

import random
from pathlib import Path

WORDS = [
    "het",
    "college",
    "de",
    "raad",
    "besluit",
    "over",
    "aanvraag",
    "bijstand",
    "uitkering",
    "belanghebbende",
    "termijn",
    "binnen",
    "weken",
    "na",
    "ontvangst",
    "van",
    "een",
    "verzoek",
    "tot",
    "verlening",
    "bij",
    "wijze",
    "van",
    "uitzondering",
    "algemeen",
    "bestuur",
    "dagelijks",
    "bestuur",
    "openbaar",
    "lichaam",
    "gemeente",
    "deelnemer",
    "bevoegdheid",
    "verordening",
    "regels",
    "nadere",
    "toelichting",
    "begroting",
    "jaarrekening",
    "bijdrage",
    "kosten",
    "verdeling",
    "inwoners",
    "peildatum",
    "taak",
    "uitvoering",
    "mandaat",
    "delegatie",
    "voorzitter",
    "secretaris",
    "vergadering",
    "stemmen",
    "meerderheid",
    "besluitvorming",
    "zienswijze",
    "inlichtingen",
    "verantwoording",
    "schuldhulpverlening",
    "re-integratie",
    "inkomensondersteuning",
    "maatregel",
    "verlaging",
    "boete",
    "terugvordering",
    "invordering",
    "verhaal",
    "herziening",
    "intrekking",
    "schriftelijk",
    "onverwijld",
]

SETTINGS = """\
formaat: 1
versie:
  label: "Benchmark"
  datum: 2021-05-10
  definitief: false
  auteur: Benchmark
openbaar_lichaam:
  naam: Sociale Dienst Benchmark
  algemeen_bestuur: het algemeen bestuur van de Sociale Dienst Benchmark
  dagelijks_bestuur: het dagelijks bestuur van de Sociale Dienst Benchmark
  voorzitter: de voorzitter van de Sociale Dienst Benchmark
"""

DEELNEMERS = """\
formaat: 1
deelnemers:
  - id: gemeente-a
    naam: Gemeente A
    gemeente: de gemeente A
    college: het college van burgemeester en wethouders van A
    raad: de raad van de gemeente A
    burgemeester: de burgemeester van A
"""


def _sentence(rng: random.Random, low: int, high: int) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(low, high))]
    return " ".join(words).capitalize()


def generate(root: Path, articles: int, seed: int = 2021) -> int:
    """Write a repository with one regeling of ``articles`` articles; returns its word count."""
    rng = random.Random(seed)
    (root / "clausules" / "gen").mkdir(parents=True, exist_ok=True)
    (root / "regelingen").mkdir(parents=True, exist_ok=True)
    (root / "assembler.yaml").write_text(SETTINGS, encoding="utf-8")
    (root / "deelnemers.yaml").write_text(DEELNEMERS, encoding="utf-8")
    words = 0
    lids: list[tuple[int, int]] = []
    for a in range(1, articles + 1):
        lines = ["formaat: 1", f"id: art-{a}", f"titel: {_sentence(rng, 2, 4)}", "leden:"]
        for li in range(1, rng.randint(2, 3) + 1):
            text = _sentence(rng, 7, 12)
            if lids and rng.random() < 0.1:
                ta, tl = rng.choice(lids)
                text += f" als bedoeld in {{{{ ref('art-{ta}.{tl}') }}}}"
                words += 6
            words += len(text.split())
            lines += [f"  - id: art-{a}.{li}", f'    tekst: "{text}."']
            if rng.random() < 0.3:
                lines.append("    onderdelen:")
                for oi in range(1, rng.randint(2, 3) + 1):
                    part = _sentence(rng, 4, 8).lower()
                    words += len(part.split())
                    lines += [f"      - id: art-{a}.{li}.{oi}", f"        tekst: {part};"]
            lids.append((a, li))
        toelichting = _sentence(rng, 5, 9)
        words += len(toelichting.split())
        lines += ["toelichting:", f"  - {toelichting}."]
        (root / "clausules" / "gen" / f"art-{a:05d}.yaml").write_text(
            "\n".join(lines) + "\n", encoding="utf-8"
        )
    manifest = [
        "formaat: 1",
        "id: benchmark",
        "soort: regeling",
        "titel: Gegenereerde regeling",
        "citeertitel: Gegenereerde regeling",
        "vastgesteld_door: [college]",
        "aanhef:",
        "  - Het college;",
        "hoofdstukken:",
    ]
    for c, start in enumerate(range(1, articles + 1, 20), start=1):
        ids = ", ".join(f"art-{a}" for a in range(start, min(start + 20, articles + 1)))
        manifest += [f"  - id: h-{c}", f"    titel: Hoofdstuk {c}", f"    artikelen: [{ids}]"]
    (root / "regelingen" / "benchmark.yaml").write_text(
        "\n".join(manifest) + "\n", encoding="utf-8"
    )
    return words
