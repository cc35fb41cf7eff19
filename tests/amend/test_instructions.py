"""Wijzigingsopdrachten from two versions, read back and applied by an independent oracle."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from assembler.amend.consolidated import body_lines
from assembler.amend.instructions import Instruction, instructions
from assembler.model.nodes import Document
from tests.amend import oracle
from tests.amend.models import ChapterSpec, regeling

BASE: tuple[ChapterSpec, ...] = (
    (
        "h1",
        "Algemene bepalingen",
        (
            (
                "begrippen",
                "Begrippen",
                (
                    (
                        "begrippen.1",
                        "In deze regeling wordt verstaan onder:",
                        (
                            (
                                "begrippen.1.a",
                                "college: het college van burgemeester en wethouders;",
                            ),
                            ("begrippen.1.b", "raad: de gemeenteraad."),
                        ),
                    ),
                ),
            ),
            (
                "zetel",
                "Vestigingsplaats",
                (("zetel.1", "Het openbaar lichaam is gevestigd te Dordrecht.", ()),),
            ),
        ),
    ),
    (
        "h2",
        "Het algemeen bestuur",
        (
            (
                "samenstelling",
                "Samenstelling",
                (
                    ("samenstelling.1", "Het algemeen bestuur bestaat uit zeven leden.", ()),
                    ("samenstelling.2", "Elke raad wijst uit zijn midden een lid aan.", ()),
                    ("samenstelling.3", "De leden worden aangewezen voor vier jaar.", ()),
                ),
            ),
            (
                "vergadering",
                "Vergaderingen",
                (
                    ("vergadering.1", "Het algemeen bestuur vergadert zo vaak als nodig.", ()),
                    ("vergadering.2", "De vergaderingen zijn openbaar.", ()),
                ),
            ),
        ),
    ),
)


def _apply(old: Document, new: Document) -> tuple[list[str], tuple[Instruction, ...]]:
    found = instructions(old, new)
    pairs = [(line.style.value, line.text) for i in found for line in i.lines]
    result = oracle.apply(body_lines(old), pairs)
    assert result == body_lines(new)
    return [line.text for i in found for line in i.lines], found


def test_words_replaced_in_a_lid() -> None:
    old = regeling(BASE)
    spec = list(BASE)
    h2 = spec[1]
    samenstelling = h2[2][0]
    leden = list(samenstelling[2])
    leden[0] = ("samenstelling.1", "Het algemeen bestuur bestaat uit acht leden.", ())
    spec[1] = (h2[0], h2[1], ((samenstelling[0], samenstelling[1], tuple(leden)), *h2[2][1:]))
    new = regeling(tuple(spec), old)
    lines, _ = _apply(old, new)
    assert lines == ["A", "In artikel 3, eerste lid, wordt „zeven” vervangen door „acht”."]


def test_an_article_without_leden_gets_a_second_lid() -> None:
    old = regeling(BASE)
    spec = list(BASE)
    h1 = spec[0]
    zetel = next(a for a in h1[2] if a[0] == "zetel")
    second = ("zetel.2", "Het algemeen bestuur kan elders vergaderen.", ())
    changed = (
        "zetel",
        zetel[1],
        ((*zetel[2][0][:1], "Het openbaar lichaam zetelt te Dordrecht.", ()), second),
    )
    spec[0] = (h1[0], h1[1], tuple(changed if a[0] == "zetel" else a for a in h1[2]))
    new = regeling(tuple(spec), old)
    lines, _ = _apply(old, new)
    number = next(a.number for a in new.articles if a.id == "zetel")
    assert lines == [
        "A",
        f"Artikel {number} wordt als volgt gewijzigd:",
        "1. Voor de tekst wordt de aanduiding „1.” geplaatst.",
        "2. In het eerste lid wordt „is gevestigd” vervangen door „zetelt”.",
        "3. Er wordt een lid toegevoegd, luidende:",
        "2. Het algemeen bestuur kan elders vergaderen.",
    ]


# -- random edit scripts ---------------------------------------------------------------------

WORDS = [
    "het",
    "de",
    "een",
    "bestuur",
    "raad",
    "college",
    "lid",
    "regeling",
    "taak",
    "jaar",
    "besluit",
    "wordt",
    "is",
    "van",
    "op",
    "in",
]


class _Ids:
    def __init__(self) -> None:
        self.n = 0

    def __call__(self, prefix: str) -> str:
        self.n += 1
        return f"{prefix}{self.n}"


def _sentence(rng: random.Random, end: str = ".") -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(3, 9))]
    return " ".join(words).capitalize() + end


def _random_lid(rng: random.Random, ids: _Ids) -> tuple[str, str, tuple[tuple[str, str], ...]]:
    count = rng.choice([0, 0, 2, 3])
    onds = tuple(
        (ids("o"), _sentence(rng, ";" if k < count else ".").lower()) for k in range(1, count + 1)
    )
    return (ids("l"), _sentence(rng, ":" if onds else "."), onds)


def _random_article(rng: random.Random, ids: _Ids) -> tuple[str, str, tuple]:  # type: ignore[type-arg]
    leden = tuple(_random_lid(rng, ids) for _ in range(rng.choice([1, 1, 2, 3, 4])))
    return (ids("a"), rng.choice(["Taken", "Bestuur", "Begroting", "Archief"]), leden)


def _random_regeling(rng: random.Random, ids: _Ids) -> list:  # type: ignore[type-arg]
    return [
        [
            ids("h"),
            rng.choice(["Algemeen", "Bestuur", "Financien"]),
            [list(_random_article(rng, ids)) for _ in range(rng.randint(1, 4))],
        ]
        for _ in range(rng.randint(1, 4))
    ]


def _reword(rng: random.Random, text: str) -> str:
    words = text.rstrip(".;:").split(" ")
    end = text[len(text.rstrip(".;:")) :]
    for _ in range(rng.randint(1, 3)):
        action = rng.random()
        at = rng.randrange(len(words))
        if action < 0.5:
            words[at] = rng.choice(WORDS)
        elif action < 0.8:
            words.insert(at, rng.choice(WORDS))
        elif len(words) > 2:
            del words[at]
    return " ".join(words) + end


def _edit(rng: random.Random, spec: list, ids: _Ids) -> None:  # type: ignore[type-arg]
    """One random edit of the regeling ``spec`` (chapters of [id, title, [article lists]])."""
    articles = [(c, a) for c in spec for a in c[2]]
    kind = rng.choice(
        [
            "reword",
            "reword",
            "title",
            "chapter_title",
            "lid+",
            "lid-",
            "ond+",
            "ond-",
            "ond_end",
            "art+",
            "art-",
            "move",
            "chapter+",
            "chapter-",
        ]
    )
    if not articles:
        kind = "art+"
    chapter, article = rng.choice(articles) if articles else (spec[0], None)
    if kind == "reword" and article is not None:
        leden = list(article[2])
        k = rng.randrange(len(leden))
        lid_id, text, onds = leden[k]
        if onds and rng.random() < 0.5:
            onds = list(onds)
            j = rng.randrange(len(onds))
            onds[j] = (onds[j][0], _reword(rng, onds[j][1]))
            leden[k] = (lid_id, text, tuple(onds))
        else:
            leden[k] = (lid_id, _reword(rng, text), onds)
        article[2] = tuple(leden)
    elif kind == "title" and article is not None:
        article[1] = article[1] + " en " + rng.choice(WORDS)
    elif kind == "chapter_title":
        chapter[1] = chapter[1] + " " + rng.choice(WORDS)
    elif kind == "lid+" and article is not None:
        leden = list(article[2])
        leden.insert(rng.randint(0, len(leden)), _random_lid(rng, ids))
        article[2] = tuple(leden)
    elif kind == "lid-" and article is not None and len(article[2]) > 1:
        leden = list(article[2])
        del leden[rng.randrange(len(leden))]
        article[2] = tuple(leden)
    elif kind in ("ond+", "ond-", "ond_end") and article is not None:
        leden = list(article[2])
        k = rng.randrange(len(leden))
        lid_id, text, onds = leden[k]
        onds = list(onds)
        if not onds:
            return
        if kind == "ond+":
            onds.insert(rng.randint(0, len(onds) - 1), (ids("o"), _sentence(rng, ";").lower()))
        elif kind == "ond-" and len(onds) > 2:
            del onds[rng.randrange(len(onds))]
        elif kind == "ond_end":
            last_id, last_text = onds[-1]
            onds[-1] = (last_id, last_text.rstrip(".") + "; en")
            onds.append((ids("o"), _sentence(rng).lower()))
        leden[k] = (lid_id, text, tuple(onds))
        article[2] = tuple(leden)
    elif kind == "art+":
        chapter[2].insert(rng.randint(0, len(chapter[2])), list(_random_article(rng, ids)))
    elif kind == "art-" and article is not None:
        chapter[2].remove(article)
    elif kind == "move" and article is not None:
        chapter[2].remove(article)
        target = rng.choice(spec)
        target[2].insert(rng.randint(0, len(target[2])), article)
    elif kind == "chapter+":
        spec.insert(
            rng.randint(0, len(spec)), [ids("h"), "Nieuw", [list(_random_article(rng, ids))]]
        )
    elif kind == "chapter-" and len(spec) > 1:
        spec.remove(chapter)


def _frozen(spec: list) -> tuple[ChapterSpec, ...]:  # type: ignore[type-arg]
    return tuple((c[0], c[1], tuple((a[0], a[1], tuple(a[2])) for a in c[2])) for c in spec)


def _copy(spec: list) -> list:  # type: ignore[type-arg]
    return [[c[0], c[1], [list(a) for a in c[2]]] for c in spec]


def random_versions(seed: int, edits: int) -> tuple[Document, Document] | None:
    """A random regeling in force and a version after ``edits`` random edits (None when the
    edits left no article at all)."""
    rng = random.Random(seed)
    ids = _Ids()
    spec = _random_regeling(rng, ids)
    old = regeling(_frozen(spec))
    new_spec = _copy(spec)
    for _ in range(edits):
        _edit(rng, new_spec, ids)
    new_spec = [c for c in new_spec if c[2]] or new_spec[:1]
    if not any(c[2] for c in new_spec):
        return None
    return old, regeling(_frozen(new_spec), old)


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.integers(min_value=0, max_value=2**32), st.integers(min_value=1, max_value=6))
def test_random_edit_scripts_are_reproduced_by_the_oracle(seed: int, edits: int) -> None:
    versions = random_versions(seed, edits)
    if versions is not None:
        _apply(*versions)
