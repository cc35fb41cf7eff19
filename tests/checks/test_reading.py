"""The Dutch tokeniser and the readers built on it: ordinals, numbers, quotes, abbreviations,
plurals, forbidden reference forms and typed references."""

from __future__ import annotations

import pytest

from assembler.checks.reading import Kind, mentions, tokens, unquote, word_forms
from assembler.checks.references import forbidden_forms, typed_references


def test_tokens_know_ordinals_numbers_quotes_and_abbreviations() -> None:
    found = [
        (t.kind, t.text) for t in tokens("„Het tweede lid” van art. 26a, 10:15 en 9.120.000,00")
    ]
    assert found == [
        (Kind.QUOTE, "„"),
        (Kind.WORD, "Het"),
        (Kind.ORDINAL, "tweede"),
        (Kind.WORD, "lid"),
        (Kind.QUOTE, "”"),
        (Kind.WORD, "van"),
        (Kind.ABBREVIATION, "art."),
        (Kind.NUMBER, "26a"),
        (Kind.PUNCTUATION, ","),
        (Kind.NUMBER, "10:15"),
        (Kind.WORD, "en"),
        (Kind.NUMBER, "9.120.000,00"),
    ]
    assert tokens("twintigste")[0].ordinal == 20
    assert tokens("eerste")[0].ordinal == 1
    assert tokens("artt.")[0].kind is Kind.ABBREVIATION
    # A word that merely ends in "art" is no abbreviation: "de start." is a word and a full stop.
    assert [t.kind for t in tokens("de start.")] == [Kind.WORD, Kind.WORD, Kind.PUNCTUATION]


@pytest.mark.parametrize(
    "quoted",
    [
        "‘afdelingshoofd’",
        "“afdelingshoofd”",
        "„afdelingshoofd”",
        "'afdelingshoofd'",
        '"afdelingshoofd"',
    ],
)
def test_unquote_every_quote_style(quoted: str) -> None:
    assert unquote(quoted) == "afdelingshoofd"


@pytest.mark.parametrize(
    ("term", "plural"),
    [
        ("deelnemer", "deelnemers"),
        ("gemeente", "gemeenten"),
        ("taak", "taken"),
        ("bevoegdheid", "bevoegdheden"),
        ("‘afdelingshoofd’", "afdelingshoofden"),
        ("categorie", "categorieën"),
        ("dagelijks bestuur", "dagelijks bestuur"),
    ],
)
def test_word_forms_include_the_plural(term: str, plural: str) -> None:
    assert plural in word_forms(term)
    assert mentions(f"Twee {plural} stemmen in.", term)


def test_mentions_is_about_whole_words() -> None:
    assert not mentions("De raadpleging van de commissie.", "raad")
    assert mentions("de raden", "raad")
    assert not mentions("Het begrotingsjaar.", "begroting")
    assert mentions("de begroting.", "begroting")


@pytest.mark.parametrize(
    ("text", "shown", "advice"),
    [
        ("Zie Lid 1.", '"Lid 1"', 'schrijf "het eerste lid" of "artikel …, eerste lid"'),
        ("als bedoeld in art 34", '"art 34"', 'schrijf "artikel 34"'),
        ("de artt. 5 en 6", '"artt. 5 en 6"', 'schrijf "de artikelen 5 en 6"'),
        ("de artt. 5, 6 of 9", '"artt. 5, 6 of 9"', 'schrijf "de artikelen 5, 6 of 9"'),
        ("art. 7 jo. art. 8", '"art. 7"', 'schrijf "artikel 7"'),
        (
            "artikel 30 lid 3 is van toepassing",
            '"artikel 30 lid 3"',
            'schrijf "artikel 30, derde lid"',
        ),
        ("artikel 160, lid 1, Gemeentewet", '"160, lid 1"', 'schrijf "160, eerste lid"'),
        ("sub a", '"sub a"', 'schrijf "onderdeel a"'),
        ("letter B", '"letter B"', 'schrijf "onderdeel b"'),
        ("het vorige lid", '"het vorige lid"', "noem het lid met zijn rangtelwoord"),
    ],
)
def test_forbidden_forms_in_every_spelling(text: str, shown: str, advice: str) -> None:
    """The finding quotes what the drafter wrote and advises with the same numbers."""
    forms = {f.shown: f.advice for f in forbidden_forms(text)}
    assert shown in forms, forms
    assert forms[shown].startswith(advice), forms[shown]


@pytest.mark.parametrize(
    "text",
    [
        "het eerste en tweede lid",
        "het eerste lid en het tweede lid",
        "de onderdelen a tot en met c",
        "onder a van het eerste lid",
        "een lid van het algemeen bestuur heeft één stem",
        "artikel 160, eerste lid, van de Gemeentewet",
        "de leden 1 tot en met 3 van de commissie",
        "het subsidieplafond",
        "de start.",
    ],
)
def test_legitimate_drafting_has_no_forbidden_form(text: str) -> None:
    assert list(forbidden_forms(text)) == []


def test_typed_references_share_their_owner() -> None:
    found = typed_references(
        "gelet op artikel 8, eerste lid, onderdeel g, en artikel 36 van de Participatiewet"
    )
    assert [(r.article, r.lid, r.onderdeel, r.owner) for r in found] == [
        ("8", 1, "g", "de Participatiewet"),
        ("36", None, None, "de Participatiewet"),
    ]
    listed = typed_references("de artikelen 212, 213 en 213a van de Gemeentewet")
    assert [r.article for r in listed] == ["212", "213", "213a"]
    assert {r.owner for r in listed} == {"de Gemeentewet"}


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        # "van toepassing" is no owner: the article is the regeling's own.
        ("Daarop is artikel 26b van toepassing.", None),
        ("Artikel 42, achtste lid, is van overeenkomstige toepassing.", None),
        # "en volgende" and "e.v." stand between the article and its law.
        ("op grond van artikel 184 en volgende van de Gemeentewet", "de Gemeentewet"),
        ("op grond van artikel 184 e.v. van de Gemeentewet", "de Gemeentewet"),
        ("artikel 2 van Boek 2 van het Burgerlijk Wetboek", "Boek 2 van het Burgerlijk Wetboek"),
    ],
)
def test_typed_references_the_owner_after_van(text: str, owner: str | None) -> None:
    (ref,) = typed_references(text)
    assert ref.owner == owner


def test_typed_references_of_a_law_without_van_are_external() -> None:
    assert [
        r.external for r in typed_references("artikel 10:15 Awb en artikel 36 Participatiewet")
    ] == [
        True,
        True,
    ]
    (own,) = typed_references("als bedoeld in artikel 53, tweede lid, onderdeel b.")
    assert (own.article, own.lid, own.onderdeel, own.owner, own.external) == (
        "53",
        2,
        "b",
        None,
        False,
    )


@pytest.mark.parametrize(
    "text",
    [
        "artikel 9, eerste lid, onder c, van de Participatiewet",
        "artikel 9, eerste lid, onderdeel c, van de Participatiewet",
        "artikel 8 jo. artikel 9 van de Participatiewet",
        "artikel 8 in samenhang met artikel 9 van de Participatiewet",
    ],
)
def test_the_owner_of_a_reference_is_found_past_its_parts(text: str) -> None:
    assert {r.owner for r in typed_references(text)} == {"de Participatiewet"}
