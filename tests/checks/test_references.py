"""The rules that read the text (TEK03, TEK04, TEK06, REF, OVR): per rule a defective example at
its exact file:line:col, and the clean counterpart that legitimate drafting gives no finding."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from assembler.checks import runner
from assembler.checks.base import Finding
from assembler.checks.references import forbidden_forms
from tests.conftest import BEGRIPPEN, BESTUUR, REGELING, SLOT, V_ENIG, VERORDENING

CODES = ("TEK01", "TEK03", "TEK04", "TEK06", "REF01", "REF02", "OVR")
BEGRIPPEN_OK = BEGRIPPEN.replace(
    "deelnemer: een college dat aan deze regeling deelneemt.",
    "college: het college van een gemeente.",
)
CLEAN = {
    "clausules/slot/slot.yaml": SLOT + "toelichting:\n  - Citeertitel.\n",
    "clausules/algemeen/begrippen.yaml": BEGRIPPEN_OK,
    "clausules/verordening/enig.yaml": V_ENIG + "toelichting:\n  - Citeertitel.\n",
}
REGISTER = "clausules/mandaat/register-test.yaml"
ROW = """\
formaat: 1
bevoegdheden:
  - id: pw-bijstand
    wet: Participatiewet
    artikel: "35"
    omschrijving: Verlenen van bijzondere bijstand
    oorspronkelijk: college
    soort: delegatie
    ontvanger: dagelijks_bestuur
    ondermandaat: true
    uitzonderingen: []
    deelnemers: alle
    grondslag: artikel 30 Wet gemeenschappelijke regelingen
    verordening: false
"""
FINANCE = """\
formaat: 1
financien:
  begrotingsjaar: 2022
  buig: solidariteit
  gegevens:
    - id: inwoners
      titel: Inwoners
      peildatum: 2021-01-01
      bron: CBS
      waarden: {adam: 300, bdorp: 100}
    - id: klanten
      titel: Huishoudens met een uitkering
      peildatum: 2021-01-01
      bron: registratie
      waarden: {adam: 10, bdorp: 30}
  taken:
    - id: taak-bedrijfsvoering
      titel: Bedrijfsvoering
      budget: "100.00"
      sleutel:
        vast:
          adam: "50.00"
          bdorp: "50.00"
"""
SLEUTELS = """\
formaat: 1
id: sleutels
titel: Verdeelsleutels
leden:
  - id: sleutels.vast
    tekst: De kosten van bedrijfsvoering worden verdeeld naar vaste percentages, die voor iedere deelnemer gelijk zijn aan het gemiddelde van zijn aandeel in het totale aantal inwoners en zijn aandeel in het totale aantal huishoudens.
  - id: sleutels.peildatum
    tekst: Het aantal inwoners en het aantal huishoudens is het aantal op 1 januari van het jaar voorafgaand aan het begrotingsjaar.
toelichting:
  - Sleutels.
"""
WITH_SLEUTELS = REGELING.replace(
    "artikelen: [bestuur, slot]", "artikelen: [bestuur, sleutels, slot]"
)
BIJLAGE = (
    REGELING
    + "bijlagen:\n  - id: bijlage-a\n    titel: Toelichting op de taken\n    tekst:\n      - {}\n"
)


def findings(root: Path) -> list[Finding]:
    return [f for f in runner.run(runner.context(root)) if f.code.startswith(CODES)]


def at(root: Path, f: Finding) -> str:
    """The source text from the reported column on: the finding must point at what it names."""
    line = (root / f.pos.path).read_text(encoding="utf-8").split("\n")[f.pos.line - 1]
    return line[f.pos.col - 1 :]


# Each case: files changed from the clean project, the one finding (code, file:line:col) and the
# words that stand at that location in the file.
CASES: dict[str, tuple[dict[str, str], str, str, str]] = {
    "TEK04 'Lid 1' in de toelichting": (
        {"clausules/slot/slot.yaml": SLOT + "toelichting:\n  - Zie ook Lid 1 van dit artikel.\n"},
        "TEK04",
        "clausules/slot/slot.yaml:8:13",
        "Lid 1",
    ),
    "TEK04 'art 34' in gelet op": (
        {
            "regelingen/testregeling.yaml": REGELING.replace(
                "gelet_op: gelet op de Wet", "gelet_op: gelet op art 34 van de Wet"
            )
        },
        "TEK04",
        "regelingen/testregeling.yaml:12:20",
        "art 34",
    ),
    "TEK04 'artikel 30 lid 3' in de overwegingen": (
        {
            "regelingen/testregeling.yaml": REGELING.replace(
                "overwegende dat samenwerking nodig is;",
                "overwegende dat artikel 30 lid 3 van de Wet samenwerking vraagt;",
            )
        },
        "TEK04",
        "regelingen/testregeling.yaml:11:21",
        "artikel 30 lid 3",
    ),
    "TEK04 'artt.' in een bijlage": (
        {
            "regelingen/testregeling.yaml": BIJLAGE.format(
                "De taken volgen uit de artt. 7 en 8 van de wet."
            )
        },
        "TEK04",
        "regelingen/testregeling.yaml:27:32",
        "artt. 7",
    ),
    "TEK04 'de leden 1 tot en met 3' in de toelichting": (
        {
            "clausules/slot/slot.yaml": SLOT
            + "toelichting:\n  - Zie ook de leden 1 tot en met 3 van de wet.\n"
        },
        "TEK04",
        "clausules/slot/slot.yaml:8:16",
        "leden 1 tot en met 3",
    ),
    "TEK04 'jo.' in de aanhef": (
        {
            "verordeningen/testverordening.yaml": VERORDENING.replace(
                "artikelen: [v-enig]",
                "overwegingen:\n  - gelet op artikel 8 jo. artikel 9 van de Participatiewet;\n"
                "artikelen: [v-enig]",
            )
        },
        "TEK04",
        "verordeningen/testverordening.yaml:11:24",
        "jo.",
    ),
    "TEK04 '160, lid 1' in het register": (
        {REGISTER: ROW.replace('artikel: "35"', 'artikel: "160, lid 1"')},
        "TEK04",
        f"{REGISTER}:5:15",
        "160, lid 1",
    ),
    "TEK03 ':' zonder vervolg": (
        {
            "clausules/algemeen/begrippen.yaml": BEGRIPPEN_OK.replace(
                '"college: het college van een gemeente."', '"college: het college van:"'
            )
        },
        "TEK03",
        "clausules/algemeen/begrippen.yaml:11:17",
        "college: het college van:",
    ),
    "TEK01 geneste opsomming eindigt op '.' terwijl de opsomming doorgaat": (
        {
            "clausules/bestuur/bestuur.yaml": BESTUUR.replace(
                "tekst: gewone meerderheid; of",
                'tekst: "gewone meerderheid, met:"\n        onderdelen:\n'
                "          - id: bestuur.stemmen.gewoon.een\n            tekst: het quorum.\n",
            )
        },
        "TEK01",
        "clausules/bestuur/bestuur.yaml:14:20",
        "het quorum.",
    ),
    "TEK06 een begrip tussen aanhalingstekens dat niet wordt gebruikt": (
        {
            "clausules/algemeen/begrippen.yaml": BEGRIPPEN_OK.replace(
                '"college: het college van een gemeente."',
                '"college: het college van een gemeente;"\n'
                '      - id: begrippen.hoofd\n        tekst: "‘afdelingshoofd’: het hoofd van een afdeling."',
            )
        },
        "TEK06",
        "clausules/algemeen/begrippen.yaml:13:17",
        "‘afdelingshoofd’",
    ),
    "REF01 'artikel 53' in een regeling van drie artikelen": (
        {
            "clausules/bestuur/bestuur.yaml": BESTUUR.replace(
                "bestaat uit leden als bedoeld in", "bestaat uit leden als bedoeld in artikel 53 en"
            )
        },
        "REF01",
        "clausules/bestuur/bestuur.yaml:6:67",
        "artikel 53",
    ),
    "REF01 'artikel 2, vierde lid' bij drie leden": (
        {"clausules/slot/slot.yaml": SLOT + "toelichting:\n  - Zie ook artikel 2, vierde lid.\n"},
        "REF01",
        "clausules/slot/slot.yaml:8:13",
        "artikel 2, vierde lid",
    ),
    "REF01 een artikel van een ander document dat niet bestaat": (
        {
            "clausules/verordening/enig.yaml": V_ENIG
            + "toelichting:\n  - Zie artikel 9 van de Testregeling Sociaal.\n"
        },
        "REF01",
        "clausules/verordening/enig.yaml:8:9",
        "artikel 9",
    ),
    "REF02 een bestaand artikel met de hand": (
        {"clausules/slot/slot.yaml": SLOT + "toelichting:\n  - Zie ook artikel 2, tweede lid.\n"},
        "REF02",
        "clausules/slot/slot.yaml:8:13",
        "artikel 2, tweede lid",
    ),
    "OVR01 de aanhef noemt een ander orgaan": (
        {
            "verordeningen/testverordening.yaml": VERORDENING.replace(
                '"De raad van de gemeente {{ deelnemer.naam }};"',
                '"Het college van burgemeester en wethouders van {{ deelnemer.naam }};"',
            )
        },
        "OVR01",
        "verordeningen/testverordening.yaml:9:6",
        "Het college",
    ),
    "OVR02 het citeertitelartikel noemt een andere titel": (
        {
            "clausules/verordening/enig.yaml": V_ENIG.replace(
                "{{ document.citeertitel }}", "Verordening Testregio"
            )
            + "toelichting:\n  - Citeertitel.\n"
        },
        "OVR02",
        "clausules/verordening/enig.yaml:6:13",
        "Deze verordening",
    ),
    "OVR02 de toelichting noemt de citeertitel met meer woorden": (
        {
            "clausules/slot/slot.yaml": SLOT
            + "toelichting:\n  - De naam Testregeling Sociaal Domein Drechtsteden is kort.\n"
        },
        "OVR02",
        "clausules/slot/slot.yaml:8:13",
        "Testregeling Sociaal Domein Drechtsteden",
    ),
    "OVR02 de toelichting zegt 'aangehaald als' met een andere naam": (
        {
            "clausules/slot/slot.yaml": SLOT
            + "toelichting:\n  - De regeling wordt aangehaald als Regeling Sociaal Testregio.\n"
        },
        "OVR02",
        "clausules/slot/slot.yaml:8:38",
        "Regeling Sociaal Testregio",
    ),
    "OVR05 een registerregel over een verordening zonder de vlag": (
        {
            REGISTER: ROW.replace(
                "omschrijving: Verlenen van bijzondere bijstand",
                "omschrijving: Voorbereiden en vaststellen van de verordening bijzondere bijstand",
            )
        },
        "OVR05",
        f"{REGISTER}:6:35",
        "vaststellen van de verordening",
    ),
    "OVR05 verordeningen in het meervoud": (
        {
            REGISTER: ROW.replace(
                "omschrijving: Verlenen van bijzondere bijstand",
                "omschrijving: Het vaststellen van verordeningen op grond van de Participatiewet",
            )
        },
        "OVR05",
        f"{REGISTER}:6:23",
        "vaststellen van verordeningen",
    ),
    "OVR05 een verordening vaststellen": (
        {
            REGISTER: ROW.replace(
                "omschrijving: Verlenen van bijzondere bijstand",
                "omschrijving: Bij verordening regels geven en een verordening vaststellen",
            )
        },
        "OVR05",
        f"{REGISTER}:6:51",
        "een verordening vaststellen",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_reading_rule_fires_at_the_exact_place(
    case: str, make_repo: Callable[..., Path]
) -> None:
    changes, code, location, words = CASES[case]
    root = make_repo({**CLEAN, **changes})
    found = findings(root)
    assert [(f.code, str(f.pos)) for f in found] == [(code, location)], [f.message for f in found]
    assert at(root, found[0]).startswith(words)


# The clean counterparts: legitimate Dutch drafting that none of these rules may report.
CLEAN_CASES: dict[str, dict[str, str]] = {
    "het eerste en tweede lid, onderdelen a tot en met c, onder a": {
        "clausules/slot/slot.yaml": SLOT
        + "toelichting:\n  - Het eerste en tweede lid, de onderdelen a tot en met c en het bepaalde"
        " onder a gelden ook hier; het eerste lid en het tweede lid evenzeer.\n"
    },
    "de citeertitel in de toelichting, een ingetrokken oudere versie, 'aangehaald als zij'": {
        "clausules/slot/slot.yaml": SLOT
        + "toelichting:\n  - De naam Testregeling Sociaal wordt aangehaald als zij elders wordt"
        " genoemd; de Testregeling Sociaal 2015 is ingetrokken.\n"
    },
    "een wet aangehaald met 'lid 1' (alleen TEK04, geen REF01)": {
        "clausules/slot/slot.yaml": SLOT
        + "toelichting:\n  - Zie artikel 160, eerste lid, van de Gemeentewet.\n",
    },
    "aanhef en onderdeel bij een wet": {
        "clausules/slot/slot.yaml": SLOT
        + "toelichting:\n  - Zie artikel 9, eerste lid, aanhef en onderdeel c, van de"
        " Participatiewet.\n",
    },
    "verwijzingen naar wetten": {
        "clausules/slot/slot.yaml": SLOT
        + "toelichting:\n  - Zie artikel 10:15 Awb, artikel 36 van de Participatiewet, de artikelen"
        " 212, 213 en 213a van de Gemeentewet en artikel 160, eerste lid, van de Gemeentewet.\n",
        "regelingen/testregeling.yaml": REGELING.replace(
            "gelet_op: gelet op de Wet gemeenschappelijke regelingen;",
            "gelet_op: gelet op artikel 8, eerste lid, onderdeel g, en artikel 36 van de Participatiewet;",
        ),
    },
    "begrippen tussen aanhalingstekens en in het meervoud": {
        "clausules/algemeen/begrippen.yaml": BEGRIPPEN.replace(
            '"deelnemer: een college dat aan deze regeling deelneemt."',
            '"‘deelnemer’: een college dat aan deze regeling deelneemt."',
        ),
        "clausules/slot/slot.yaml": SLOT.replace(
            "Deze regeling wordt", "Voor alle deelnemers wordt deze regeling"
        )
        + "toelichting:\n  - Citeertitel.\n",
    },
    "een opsomming met subonderdelen die goed eindigt": {
        "clausules/bestuur/bestuur.yaml": BESTUUR.replace(
            "tekst: gewone meerderheid; of",
            'tekst: "gewone meerderheid, met:"\n        onderdelen:\n'
            "          - id: bestuur.stemmen.gewoon.een\n            tekst: het quorum; of\n",
        )
    },
    "de aanhef, de citeertitel en de data volgen de bronnen": {
        "clausules/financien/begroting.yaml": FINANCE,
        "clausules/bestuur/sleutels.yaml": SLEUTELS,
        "regelingen/testregeling.yaml": WITH_SLEUTELS,
        REGISTER: ROW.replace(
            "omschrijving: Verlenen van bijzondere bijstand",
            "omschrijving: Verlenen van bijzondere bijstand volgens de verordening van de raad",
        ),
    },
}


@pytest.mark.parametrize("case", sorted(CLEAN_CASES))
def test_legitimate_drafting_gives_no_finding(case: str, make_repo: Callable[..., Path]) -> None:
    found = findings(make_repo({**CLEAN, **CLEAN_CASES[case]}))
    assert found == [], [(f.code, str(f.pos), f.message) for f in found]


def test_ovr03_fixed_percentages_against_the_formula(make_repo: Callable[..., Path]) -> None:
    """Inwoners 300/100 and huishoudens 10/30: the average of the shares is 50/50. Data that
    say 60/40 are wrong for both deelnemers (the percentages add up to 100)."""
    finance = FINANCE.replace(
        'adam: "50.00"\n          bdorp: "50.00"', 'adam: "60.00"\n          bdorp: "40.00"'
    )
    changes = {
        "clausules/financien/begroting.yaml": finance,
        "clausules/bestuur/sleutels.yaml": SLEUTELS,
        "regelingen/testregeling.yaml": WITH_SLEUTELS,
    }
    root = make_repo({**CLEAN, **changes})
    found = findings(root)
    assert [(f.code, str(f.pos)) for f in found] == [
        ("OVR03", "clausules/financien/begroting.yaml:22:11"),
        ("OVR03", "clausules/financien/begroting.yaml:23:11"),
    ]
    assert [at(root, f)[:6] for f in found] == ["adam: ", "bdorp:"]
    assert "is 60.00" in found[0].message and "is het 50.00" in found[0].message


def test_awb09_reads_160_lid_1_as_160_eerste_lid(make_repo: Callable[..., Path]) -> None:
    """The same article of a law in two spellings is the same power: a delegation of
    "160, eerste lid" and a mandate of "160, lid 1" overlap (and the second spelling is TEK04)."""
    from tests.checks.test_awb import COLLEGE_MANDATE, awb, entry, register

    rows = register(
        entry("gw-160", wet="Gemeentewet", artikel='"160, eerste lid"'),
        entry("college-gw-160", **COLLEGE_MANDATE, wet="Gemeentewet", artikel='"160, lid 1"'),
    )
    found = awb(make_repo({REGISTER: rows}))
    assert [(f.code, str(f.pos), f.target) for f in found] == [
        ("AWB09", f"{REGISTER}:15:9", "college-gw-160")
    ]
    same = register(
        entry("gw-160", wet="Gemeentewet", artikel='"160, eerste lid"'),
        entry("college-gw-160", **COLLEGE_MANDATE, wet="Gemeentewet", artikel='"160, tweede lid"'),
    )
    assert awb(make_repo({REGISTER: same})) == []


def test_ref03_a_typed_reference_to_a_renumbered_article(
    make_repo: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Version 1: the verordening cites "artikel 2 van de Testregeling Sociaal" (Samenstelling).
    Version 2 moves the citeertitel article before it: artikel 2 is now Citeertitel, and
    Samenstelling is artikel 3. The typed reference did not follow."""
    from tests.test_versions import GIT_ENV, git

    for key, value in GIT_ENV.items():
        monkeypatch.setenv(key, value)
    citing = V_ENIG + "toelichting:\n  - Zie artikel 2 van de Testregeling Sociaal.\n"
    root = make_repo({**CLEAN, "clausules/verordening/enig.yaml": citing})
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "Eerste versie")
    first = git(root, "rev-list", "--max-parents=0", "HEAD")
    (root / "regelingen/testregeling.yaml").write_text(
        REGELING.replace("artikelen: [bestuur, slot]", "artikelen: [slot, bestuur]"),
        encoding="utf-8",
    )
    git(root, "commit", "-q", "-am", "Citeertitel vooraan")
    ctx = runner.context(root, "HEAD", between=(first, "HEAD"))
    found = [f for f in runner.run(ctx) if f.code.startswith("REF")]
    assert [(f.code, str(f.pos)) for f in found] == [
        ("REF03", "clausules/verordening/enig.yaml:8:9")
    ], [f.message for f in found]
    assert "(Samenstelling)" in found[0].message and "nu artikel 3" in found[0].message
    assert "ref('testregeling', 'bestuur')" in found[0].message
    # In the first version alone the same reference is right, only typed by hand.
    alone = [f for f in runner.run(runner.context(root, first)) if f.code.startswith("REF")]
    assert [f.code for f in alone] == ["REF02"]


ARCHIEF = """\
formaat: 1
id: archief
titel: Archief
leden:
  - id: archief.zorg
    tekst: Het dagelijks bestuur draagt zorg voor de archiefbescheiden.
toelichting:
  - Archief.
"""


def _ref_in_toelichting(make_repo: Callable[..., Path], text: str, code: str) -> list[Finding]:
    """The REF findings of ``text`` in the toelichting of the slot article, in a regeling with
    artikel 2 Samenstelling and artikel 3 Archief: exactly one, ``code``, at "artikel"."""
    root = make_repo(
        {
            **CLEAN,
            "regelingen/testregeling.yaml": REGELING.replace(
                "[bestuur, slot]", "[bestuur, archief, slot]"
            ),
            "clausules/slot/archief.yaml": ARCHIEF,
            "clausules/slot/slot.yaml": SLOT + f"toelichting:\n  - {text}\n",
        }
    )
    found = [f for f in runner.run(runner.context(root)) if f.code.startswith("REF")]
    assert [(f.code, str(f.pos)) for f in found] == [
        (code, f"clausules/slot/slot.yaml:{SLOT.count(chr(10)) + 2}:{5 + text.index('artikel')}")
    ], [f.message for f in found]
    return found


@pytest.mark.parametrize(("number", "code"), [("2", "REF04"), ("3", "REF02")])
def test_ref04_a_typed_reference_to_an_article_on_another_subject(
    number: str, code: str, make_repo: Callable[..., Path]
) -> None:
    """The sentence speaks of the archive; artikel 2 is the Samenstelling, artikel 3 the Archief."""
    text = f"De archiefbescheiden worden bewaard volgens artikel {number}."
    found = _ref_in_toelichting(make_repo, text, code)
    if code == "REF04":
        assert "de zin gaat over het archief; bedoelt u Artikel 3. Archief?" in found[0].message


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # The subject comes from the sentence before, carried over by "dat" or "daarvan".
        ("Het archief is belangrijk. Hoe dat gaat, staat in artikel 2.", "REF04"),
        ("Het archief is belangrijk. Zie voor de regels daarvan artikel 2.", "REF04"),
        ("Het archief is belangrijk. Zie voor de regels daarvan artikel 3.", "REF02"),
        # No word that carries it over: the sentence has no subject of its own.
        ("Het archief is belangrijk. De leden staan in artikel 2.", "REF02"),
    ],
)
def test_ref04_the_subject_of_the_sentence_before(
    text: str, code: str, make_repo: Callable[..., Path]
) -> None:
    _ref_in_toelichting(make_repo, text, code)


def _clause(ident: str, title: str, text: str) -> str:
    return (
        f"formaat: 1\nid: {ident}\ntitel: {title}\nleden:\n  - id: {ident}.1\n"
        f"    tekst: {text}\ntoelichting:\n  - {title}.\n"
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The reference qualifies the phrase: artikel 2 is the Samenstelling.
        ("Een lid kan een wijziging van de regeling voorstellen op grond van artikel 2.", "4"),
        ("Het besluit wordt bekendgemaakt op de wijze, bedoeld in artikel 2.", "5"),
        ("De colleges kunnen de regeling wijzigen volgens artikel 2.", "4"),
        # Clean: the reference qualifies another phrase, or the article fits.
        ("Een wijziging van de regeling die de leden, bedoeld in artikel 2, raakt, is zwaar.", ""),
        ("Een wijziging van de regeling verloopt op grond van artikel 4.", ""),
        ("De leden, bedoeld in artikel 2, worden bekendgemaakt in het Gemeenteblad.", ""),
        ("Het besluit wordt bekendgemaakt op de wijze, bedoeld in artikel 5.", ""),
    ],
)
def test_ref04_the_phrase_a_reference_qualifies(
    sentence: str, expected: str, make_repo: Callable[..., Path]
) -> None:
    """ "Wijziging" and "bekendmaking" occur in many sentences; they are the subject of a
    reference only when the reference qualifies that very phrase."""
    root = make_repo(
        {
            **CLEAN,
            "regelingen/testregeling.yaml": REGELING.replace(
                "[bestuur, slot]", "[bestuur, slot, wijziging, inwerking]"
            ),
            "clausules/slot/wijziging.yaml": _clause(
                "wijziging", "Wijziging", "De colleges kunnen de regeling wijzigen."
            ),
            "clausules/slot/inwerking.yaml": _clause(
                "inwerking", "Inwerkingtreding", "Deze regeling treedt in werking op 1 januari."
            ),
            "clausules/slot/slot.yaml": SLOT + f"toelichting:\n  - {sentence}\n",
        }
    )
    found = [f for f in runner.run(runner.context(root)) if f.code.startswith("REF")]
    column = 5 + sentence.index("artikel")
    where = f"clausules/slot/slot.yaml:{SLOT.count(chr(10)) + 2}:{column}"
    if expected:
        assert [(f.code, str(f.pos)) for f in found] == [("REF04", where)], found
        assert f"bedoelt u Artikel {expected}." in found[0].message
    else:
        assert [(f.code, str(f.pos)) for f in found] == [("REF02", where)], found


def test_ovr04_a_peildatum_the_regeling_does_not_name_at_both_sides(
    make_repo: Callable[..., Path],
) -> None:
    """The data and the text contradict each other: either may be wrong, both are reported."""
    root = make_repo(
        {
            **CLEAN,
            "clausules/financien/begroting.yaml": FINANCE.replace(
                "peildatum: 2021-01-01\n      bron: CBS", "peildatum: 2022-01-01\n      bron: CBS"
            ),
            "clausules/bestuur/sleutels.yaml": SLEUTELS,
            "regelingen/testregeling.yaml": WITH_SLEUTELS,
        }
    )
    found = sorted(findings(root), key=lambda f: f.pos.path)
    assert [(f.code, f.pos.path) for f in found] == [
        ("OVR04", "clausules/bestuur/sleutels.yaml"),
        ("OVR04", "clausules/financien/begroting.yaml"),
    ], [f.message for f in found]
    assert str(found[1].pos) == "clausules/financien/begroting.yaml:8:7"
    assert at(root, found[1]).startswith("peildatum: 2022-01-01")
    assert at(root, found[0]).startswith("op 1 januari van het jaar voorafgaand")


def test_a_law_cited_with_lid_1_is_tek04_only(make_repo: Callable[..., Path]) -> None:
    """'artikel 160, lid 1, van de Gemeentewet' is the wrong form (TEK04), not an article of
    the regeling that does not exist (REF01)."""
    root = make_repo(
        {
            **CLEAN,
            "clausules/slot/slot.yaml": SLOT
            + "toelichting:\n  - Zie artikel 160, lid 1, van de Gemeentewet.\n",
        }
    )
    assert [f.code for f in findings(root)] == ["TEK04"]


@pytest.mark.parametrize(
    ("text", "advice"),
    [
        ("de leden 3 tot en met 6", 'schrijf "het derde tot en met zesde lid"'),
        ("de leden 1, 2 en 4", 'schrijf "het eerste, tweede en vierde lid"'),
        ("art. 5 en 6", 'schrijf "de artikelen 5 en 6"'),
        ("artt. 7 tot en met 9", 'schrijf "de artikelen 7 tot en met 9"'),
    ],
)
def test_tek04_advice_keeps_every_number_of_a_plural(text: str, advice: str) -> None:
    """The advice names every number of the run, joined as written ("tot en met", ",", "en")."""
    (form,) = forbidden_forms(text)
    assert form.advice == advice
    assert text[form.start : form.end].split()[-1] == text.split()[-1]
