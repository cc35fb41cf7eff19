"""Wgr completeness: every required topic fires at the manifest when no article declares it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from assembler.checks import runner
from assembler.checks.base import RULES, Finding
from tests.conftest import BESTUUR, REPO_ROOT, SLOT

FAMILIES = ("WGR", "SAM")
MANIFEST = "regelingen/testregeling.yaml:1:1"

# Rule code → topic code, as the regeling's fragments declare it in `onderwerpen:`.
TOPICS = {
    "WGR01": "belang",
    "WGR02": "organen",
    "WGR03": "bevoegdheden",
    "WGR04": "informatie",
    "WGR05": "begroting",
    "WGR06": "jaarrekening",
    "WGR07": "bijdragen",
    "WGR08": "toetreding",
    "WGR09": "uittreding",
    "WGR10": "wijziging",
    "WGR11": "opheffing",
    "WGR12": "geschillen",
    "WGR13": "archief",
    "WGR14": "duur",
    "WGR15": "inwerkingtreding",
    "WGR16": "citeertitel",
    "WGR17": "zienswijzebesluiten",
    "WGR18": "participatie",
    "WGR19": "evaluatie",
}

# Topics that come from practice (or that the law settles without a provision): warnings.
PRACTICE = ("WGR12", "WGR14", "WGR15", "WGR16")


# One lid that regulates, in a sentence each, every topic but the citeertitel: a tag only
# counts where a lid says what regulating the topic takes (a word of the topic is not enough).
EVERY_TOPIC = (
    "  - id: bestuur.alles\n"
    "    tekst: Het openbaar lichaam behartigt het belang van de deelnemers. De colleges dragen"
    " hun bevoegdheden over. Het algemeen bestuur verstrekt de raden inlichtingen. Het algemeen"
    " bestuur stelt de begroting en de jaarrekening vast. De deelnemers dragen bij in de kosten."
    " Een gemeente kan toetreden na toestemming van haar raad, een college kan uittreden na"
    " toestemming van zijn raad. Een wijziging van de regeling vergt een besluit van de colleges."
    " De opheffing vergt een besluit van de colleges. Een geschil wordt in overleg opgelost. Het"
    " dagelijks bestuur draagt zorg voor het archief. De regeling geldt voor onbepaalde tijd en"
    " treedt in werking met ingang van de dag na de bekendmaking. De raden geven een zienswijze"
    " over de ontwerpen. Inwoners worden betrokken bij het beleid. De regeling wordt periodiek"
    " geëvalueerd.\n"
)


def covering(without: str = "", extra: str = "", text: str = EVERY_TOPIC) -> dict[str, str]:
    """The minimal regeling's fragments, declaring every topic except ``without``.

    The citeertitel article declares 'citeertitel', the other article the rest.
    """
    topics = [t for t in TOPICS.values() if t != without]
    bestuur = [t for t in topics if t != "citeertitel"] + ([extra] if extra else [])
    slot = [t for t in topics if t == "citeertitel"]
    fragment = BESTUUR.replace("toelichting:\n", text + "toelichting:\n", 1)
    return {
        "clausules/bestuur/bestuur.yaml": fragment + f"onderwerpen: [{', '.join(bestuur)}]\n",
        "clausules/slot/slot.yaml": SLOT + (f"onderwerpen: [{', '.join(slot)}]\n" if slot else ""),
    }


def findings(root: Path) -> list[Finding]:
    return [f for f in runner.run(runner.context(root)) if f.code.startswith(FAMILIES)]


def test_every_topic_has_its_own_rule_and_is_an_error() -> None:
    codes = sorted(c for c in RULES if c.startswith("WGR"))
    assert codes == ["WGR00", *TOPICS, "WGR20"]
    assert {c for c in codes if RULES[c].severity == "waarschuwing"} == set(PRACTICE)


def test_every_rule_says_which_source_it_enforces() -> None:
    assert [c for c, info in RULES.items() if not info.source] == []
    assert RULES["WGR13"].source == "Archiefwet 1995"
    assert "Gedeputeerde Staten" in RULES["WGR12"].source


def test_a_regeling_that_declares_every_topic_is_complete(make_repo: Callable[..., Path]) -> None:
    assert findings(make_repo(covering())) == []


@pytest.mark.parametrize("code", sorted(TOPICS))
def test_a_missing_topic_is_reported_at_the_manifest(
    code: str, make_repo: Callable[..., Path]
) -> None:
    found = findings(make_repo(covering(without=TOPICS[code])))
    assert [(f.code, str(f.pos)) for f in found] == [(code, MANIFEST)], [f.message for f in found]
    assert found[0].target == "testregeling"
    assert found[0].severity == ("waarschuwing" if code in PRACTICE else "fout")
    assert f"`onderwerpen: [{TOPICS[code]}]`" in found[0].message
    assert found[0].message.startswith("'Testregeling' regelt ")
    assert found[0].message.endswith(f"[{RULES[code].source}]")


def test_the_2022_topics_say_since_when_they_are_required(make_repo: Callable[..., Path]) -> None:
    found = findings(make_repo(covering(without="participatie")))
    assert "sinds de wijziging van de Wgr per 1 juli 2022" in found[0].message


def test_wgr00_an_unknown_topic_is_reported_at_the_fragment(
    make_repo: Callable[..., Path],
) -> None:
    found = findings(make_repo(covering(extra="belangen")))
    assert [(f.code, str(f.pos)) for f in found] == [
        ("WGR00", "clausules/bestuur/bestuur.yaml:2:5")
    ]
    assert found[0].target == "bestuur"
    assert "'belangen'" in found[0].message and "bedoelde u 'belang'?" in found[0].message


def test_a_verordening_needs_no_wgr_topics(make_repo: Callable[..., Path]) -> None:
    # The minimal testverordening declares no topics at all: only a regeling is checked.
    found = findings(make_repo(covering()))
    assert not [f for f in found if f.document.startswith("testverordening")]


def test_the_sample_has_no_wgr_findings() -> None:
    found = [f for f in runner.run(runner.context(REPO_ROOT)) if f.code.startswith("WGR")]
    assert found == [], [f"{f.pos} {f.code} {f.message}" for f in found]


# Not WGR16 (the citeertitel lives in the slot article) nor WGR02 (the fixture's other leden
# speak of the algemeen bestuur, so the organs are always dealt with).
@pytest.mark.parametrize("code", sorted(set(TOPICS) - {"WGR02", "WGR16"}))
def test_a_tag_on_an_article_whose_text_does_not_deal_with_the_topic_does_not_count(
    code: str, make_repo: Callable[..., Path]
) -> None:
    """The tag stayed, the text went: reported at the article with the tag, not at the manifest."""
    topic = TOPICS[code]
    # The word without which the sentence on the topic no longer regulates it.
    word = {
        "belang": "behartigt",
        "informatie": "inlichtingen",
        "bijdragen": "kosten",
        "toetreding": "toetreden",
        "uittreding": "uittreden",
        "geschillen": "geschil",
        "duur": "onbepaalde",
        "inwerkingtreding": "werking",
        "zienswijzebesluiten": "zienswijze",
        "participatie": "betrokken",
        "evaluatie": "geëvalueerd",
    }.get(topic, topic)
    text = EVERY_TOPIC.replace(f" {word}", " onderwerpen", 1)
    assert text != EVERY_TOPIC, word
    found = findings(make_repo(covering(text=text)))
    assert [(f.code, str(f.pos)) for f in found] == [
        (code, "clausules/bestuur/bestuur.yaml:2:5")
    ], [f.message for f in found]
    assert found[0].target == "bestuur"
    assert "maar zijn tekst gaat niet (meer) over" in found[0].message


@pytest.mark.parametrize(
    ("code", "sentence", "rest"),
    [
        (
            "WGR18",
            "Inwoners worden betrokken bij het beleid.",
            "Het dagelijks bestuur behandelt klachten van inwoners.",
        ),
        (
            "WGR04",
            "Het algemeen bestuur verstrekt de raden inlichtingen.",
            "Inlichtingen worden niet verstrekt als dat in strijd is met het openbaar belang.",
        ),
        (
            "WGR01",
            "Het openbaar lichaam behartigt het belang van de deelnemers.",
            "Het openbaar lichaam verricht geen werkzaamheden buiten het belang.",
        ),
        (
            "WGR06",
            "Het algemeen bestuur stelt de begroting en de jaarrekening vast.",
            "Het algemeen bestuur stelt de begroting vast. De jaarrekening is openbaar.",
        ),
    ],
)
def test_a_word_of_the_topic_that_stayed_does_not_regulate_it(
    code: str, sentence: str, rest: str, make_repo: Callable[..., Path]
) -> None:
    """Only a word of the topic is left ("klachten van inwoners"): the tag does not count."""
    assert sentence in EVERY_TOPIC
    found = findings(make_repo(covering(text=EVERY_TOPIC.replace(sentence, rest))))
    assert [(f.code, str(f.pos)) for f in found] == [
        (code, "clausules/bestuur/bestuur.yaml:2:5")
    ], [f.message for f in found]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Deze regeling wordt getroffen voor bepaalde tijd.", True),
        ("Deze regeling geldt voor bepaalde tijd; zij kan worden verlengd.", True),
        ("Deze regeling wordt getroffen voor een bepaalde termijn.", True),
        ("Deze regeling wordt getroffen voor onbepaalde tijd.", False),
        ("Deze regeling wordt getroffen voor bepaalde tijd, tot en met 31 december 2031.", False),
        ("Deze regeling wordt getroffen voor bepaalde tijd, te weten tien jaar.", False),
        ("Deze regeling geldt voor bepaalde tijd. Zij eindigt op de dag na de liquidatie.", False),
    ],
)
def test_wgr20_a_fixed_term_names_its_term(
    text: str, found: bool, make_repo: Callable[..., Path]
) -> None:
    lid = f"  - id: bestuur.duur\n    tekst: {text}\n"
    got = [f for f in findings(make_repo(covering(text=EVERY_TOPIC + lid))) if f.code == "WGR20"]
    if not found:
        assert got == []
        return
    # The lid starts after the fragment's own lines and the EVERY_TOPIC lid (2 lines each).
    line = BESTUUR.split("toelichting:")[0].count("\n") + 2 + 2
    column = len("    tekst: ") + text.index("bepaalde t") + 1
    assert [(f.code, str(f.pos)) for f in got] == [
        ("WGR20", f"clausules/bestuur/bestuur.yaml:{line}:{column}")
    ]
    assert "noem de einddatum of het aantal jaren" in got[0].message


def test_a_moved_tag_is_reported_even_where_another_article_regulates_the_topic(
    make_repo: Callable[..., Path],
) -> None:
    """The citeertitel article also claims the archive: the claim is false, even though the
    other article does deal with the archive."""
    files = covering()
    files["clausules/slot/slot.yaml"] = files["clausules/slot/slot.yaml"].replace(
        "onderwerpen: [citeertitel]", "onderwerpen: [citeertitel, archief]"
    )
    found = findings(make_repo(files))
    assert [(f.code, str(f.pos)) for f in found] == [("WGR13", "clausules/slot/slot.yaml:2:5")]
    assert (
        "heeft `onderwerpen: [archief]`, maar zijn tekst gaat niet (meer) over" in found[0].message
    )
