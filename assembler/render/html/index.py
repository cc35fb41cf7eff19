"""The index of the review site: the rounds, and per round the documents with their counts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from assembler.render.html.document import Counts
from assembler.render.html.layout import page


@dataclass(frozen=True, slots=True)
class Entry:
    """One document of one round on the index."""

    href: str  # relative to the index
    title: str
    counts: Counts
    state: str  # "" | "nieuw" | "vervallen"


@dataclass(frozen=True, slots=True)
class RoundEntry:
    old: str
    new: str
    entries: tuple[Entry, ...]


def _number(value: int) -> str:
    cls = ' class="rv-getal rv-nul"' if value == 0 else ' class="rv-getal"'
    return f"<td{cls}>{value}</td>"


def index_page(rounds: Sequence[RoundEntry], reactions: Sequence[tuple[str, str]] = ()) -> str:
    """The index; ``reactions``: (href, round name) of each round's overview of reactions."""
    sections = []
    for number, round_ in enumerate(rounds, start=1):
        rows = []
        for entry in round_.entries:
            state = f' <span class="rv-soort">({escape(entry.state)})</span>' if entry.state else ""
            c = entry.counts
            rows.append(
                f'<tr><th scope="row"><a href="{escape(entry.href)}">{escape(entry.title)}</a>{state}</th>'
                f"{_number(c.gewijzigd)}{_number(c.ingevoegd)}{_number(c.vervallen)}"
                f"{_number(c.verplaatst)}{_number(c.vernummerd)}{_number(c.verwijzing)}"
                f"{_number(c.onderdelen)}</tr>"
            )
        ident = f"ronde-{number}"
        caption = f"Artikelen per document, van {round_.old} naar {round_.new}"
        sections.append(
            f'<section aria-labelledby="{ident}"><h2 id="{ident}">Ronde {escape(round_.old)}'
            f" → {escape(round_.new)}</h2>\n"
            f"<table><caption>{escape(caption)}</caption><thead><tr>"
            '<th scope="col">Document</th><th scope="col">Gewijzigd</th>'
            '<th scope="col">Ingevoegd</th><th scope="col">Vervallen</th>'
            '<th scope="col">Verplaatst</th><th scope="col">Alleen vernummerd</th>'
            '<th scope="col">Verwijzing bijgewerkt</th>'
            '<th scope="col">Andere onderdelen gewijzigd</th></tr></thead>\n<tbody>\n'
            + "\n".join(rows)
            + "\n</tbody></table></section>"
        )
    links = "".join(
        f'<li><a href="#ronde-{n}">{escape(r.old)} → {escape(r.new)}</a></li>'
        for n, r in enumerate(rounds, start=1)
    )
    if reactions:
        items = "".join(
            f'<li><a href="{escape(href)}">Reacties op {escape(name)}</a></li>'
            for href, name in reactions
        )
        sections.append(
            '<section aria-labelledby="reacties"><h2 id="reacties">Reacties per ronde</h2>\n'
            "<p>Per bepaling de punten van alle bronnen naast elkaar, met strijdige voorstellen"
            f" gemarkeerd.</p><ul>{items}</ul></section>"
        )
    body = (
        "<header><h1>Wijzigingen ter beoordeling</h1>\n"
        "<p>Per ronde de documenten met het aantal inhoudelijk gewijzigde, ingevoegde, vervallen"
        " en verplaatste artikelen, de artikelen die alleen een nieuw nummer of een bijgewerkte"
        " verwijzing kregen, en de andere gewijzigde onderdelen (aanhef, bijlagen, toelichting)."
        " Kies een document voor de tekst met de wijzigingen en de"
        " redenen.</p></header>\n"
        f'<nav aria-label="Rondes"><ul>{links}</ul></nav>\n'
        f'<main id="rv-hoofd" tabindex="-1">\n' + "\n".join(sections) + "\n</main>"
    )
    return page("Wijzigingen ter beoordeling", body)
