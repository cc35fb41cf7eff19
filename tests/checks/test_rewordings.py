"""Legitimate rewordings of the sample give no new findings (no false alarms on good Dutch).

The sample is read and assembled once; each example rewrites the text of every document the
way a careful drafter might ("het eerste en tweede lid" ↔ "het eerste lid en het tweede lid",
another quote style, a plural where it is grammatical, a legitimate sentence added to a
toelichting) and runs every rule on the result.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable

from hypothesis import Phase, given, settings
from hypothesis import strategies as st

from assembler.checks import runner
from assembler.checks.base import Context
from assembler.checks.reading import ORDINALS
from assembler.model.nodes import (
    Article,
    Chapter,
    Content,
    Document,
    Onderdeel,
    Section,
    Subonderdeel,
    Table,
    Text,
)
from tests.conftest import REPO_ROOT

_ORD = "|".join(ORDINALS)
Rewrite = Callable[[str], str]


def _quotes(opening: str, closing: str) -> Rewrite:
    pattern = re.compile(r"[‘“„]([^‘’“”„]*)[’”]")
    return lambda text: pattern.sub(lambda m: f"{opening}{m.group(1)}{closing}", text)


REWORDINGS: dict[str, Rewrite] = {
    "leden uitgeschreven": lambda text: re.sub(
        rf"\bhet ({_ORD}) en ({_ORD}) lid\b", r"het \1 lid en het \2 lid", text
    ),
    "leden samengetrokken": lambda text: re.sub(
        rf"\bhet ({_ORD}) lid en het ({_ORD}) lid\b", r"het \1 en \2 lid", text
    ),
    "enkele aanhalingstekens": _quotes("‘", "’"),
    "dubbele aanhalingstekens": _quotes("“", "”"),
    "Nederlandse aanhalingstekens": _quotes("„", "”"),
    "meervoud": lambda text: re.sub(r"\b(elke|iedere) deelnemer\b", "alle deelnemers", text),
    "onder in plaats van onderdeel": lambda text: re.sub(
        r"\b(, )onderdeel ([a-z]),", r"\1onder \2,", text
    ),
}
# Sentences a drafter may add to a toelichting; none of them is wrong.
SENTENCES = (
    "Dit geldt ook voor het eerste en tweede lid.",
    "Het eerste lid en het tweede lid hangen samen.",
    "De onderdelen a tot en met c zijn van overeenkomstige toepassing.",
    "Wat onder a is bepaald, blijft gelden.",
    "Zie ook artikel 10:15 van de Algemene wet bestuursrecht.",
    "Artikel 160, eerste lid, van de Gemeentewet is van toepassing.",
    "Een lid van het algemeen bestuur heeft één stem.",
    "De ‘deelnemers’ zijn de colleges.",
    "Zie de artikelen 212, 213 en 213a van de Gemeentewet.",
)


def _content(content: Content, rewrite: Rewrite) -> Content:
    return tuple(Text(rewrite(n.text)) if isinstance(n, Text) else n for n in content)


def _section(section: Section, rewrite: Rewrite) -> Section:
    blocks = tuple(b if isinstance(b, Table) else _content(b, rewrite) for b in section.blocks)
    return dataclasses.replace(section, blocks=blocks)


def _article(article: Article, rewrite: Rewrite, added: str | None) -> Article:
    def onderdeel(ond: Onderdeel) -> Onderdeel:
        subs = tuple(
            Subonderdeel(s.id, s.number, _content(s.content, rewrite)) for s in ond.subonderdelen
        )
        return dataclasses.replace(ond, content=_content(ond.content, rewrite), subonderdelen=subs)

    leden = tuple(
        dataclasses.replace(
            lid,
            content=_content(lid.content, rewrite),
            onderdelen=tuple(onderdeel(o) for o in lid.onderdelen),
            slot=_content(lid.slot, rewrite),
        )
        for lid in article.leden
    )
    toelichting = tuple(_content(p, rewrite) for p in article.toelichting)
    if added is not None:
        toelichting += ((Text(added),),)
    return dataclasses.replace(article, leden=leden, toelichting=toelichting)


def _document(doc: Document, rewrite: Rewrite, added: str | None, where: int) -> Document:
    count = max(1, len(doc.articles))
    target = doc.articles[where % count].id if doc.articles else ""
    chapters = tuple(
        Chapter(
            c.id,
            c.number,
            c.title,
            tuple(_article(a, rewrite, added if a.id == target else None) for a in c.articles),
        )
        for c in doc.chapters
    )
    return dataclasses.replace(
        doc,
        chapters=chapters,
        aanhef=tuple(_content(p, rewrite) for p in doc.aanhef),
        overwegingen=tuple(_content(p, rewrite) for p in doc.overwegingen),
        gelet_op=_content(doc.gelet_op, rewrite),
        slotformule=tuple(_content(p, rewrite) for p in doc.slotformule),
        bijlagen=tuple(_section(s, rewrite) for s in doc.bijlagen),
        toelichting_algemeen=tuple(_section(s, rewrite) for s in doc.toelichting_algemeen),
    )


@functools.cache
def _sample() -> tuple[Context, frozenset[tuple[str, str, str]]]:
    ctx = runner.context(REPO_ROOT)
    return ctx, _keys(ctx)


def _keys(ctx: Context) -> frozenset[tuple[str, str, str]]:
    return frozenset((f.code, f.target, f.message) for f in runner.run(ctx))


def test_the_rewording_helpers_do_rewrite() -> None:
    """The rewordings are not idle: each changes a text that has its pattern."""
    assert REWORDINGS["leden uitgeschreven"]("het eerste en tweede lid") == (
        "het eerste lid en het tweede lid"
    )
    assert REWORDINGS["leden samengetrokken"]("het eerste lid en het derde lid") == (
        "het eerste en derde lid"
    )
    assert REWORDINGS["Nederlandse aanhalingstekens"]("de ‘deelnemer’") == "de „deelnemer”"
    assert REWORDINGS["meervoud"]("elke deelnemer") == "alle deelnemers"
    assert REWORDINGS["onder in plaats van onderdeel"]("artikel 8, onderdeel g, en") == (
        "artikel 8, onder g, en"
    )


# No shrinking: one run of every rule takes about a second, and a failure prints its example.
@settings(max_examples=30, deadline=None, phases=(Phase.explicit, Phase.reuse, Phase.generate))
@given(
    chosen=st.lists(st.sampled_from(sorted(REWORDINGS)), min_size=1, max_size=4, unique=True),
    sentence=st.none() | st.sampled_from(SENTENCES),
    where=st.integers(min_value=0, max_value=1000),
)
def test_legitimate_rewordings_of_the_sample_give_no_new_findings(
    chosen: list[str], sentence: str | None, where: int
) -> None:
    ctx, before = _sample()

    def rewrite(text: str) -> str:
        for name in chosen:
            text = REWORDINGS[name](text)
        return text

    documents = [_document(d, rewrite, sentence, where) for d in ctx.documents]
    changed = dataclasses.replace(ctx, documents=documents, memo={})
    new = _keys(changed) - before
    assert not new, sorted(new)
