"""One review page: the inline redline of one document in one round.

The articles part is grouped per article: each article is a ``<section class="artikel ...">``
with ``id="<article id>"`` (stable across versions), its reasons in an ``<aside>``, and for a
changed article a ``<details>`` with the old and the new text side by side. A moved article
appears twice, as ``<section class="artikel verplaatst">`` at both places, each linking the
other.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from html import escape

from assembler import labels
from assembler.changeset import Entry
from assembler.diff.changes import Kind
from assembler.flow.blocks import RItem, RMove, Role, RPara, RTable
from assembler.flow.redline import Redline, article_lines
from assembler.model.nodes import Article
from assembler.render.html import items
from assembler.render.html.items import Links
from assembler.render.html.layout import page

OLD_PLACE = "-oude-plaats"

# Parts of the page: (id, label, redline slots).
PARTS = (
    ("rv-titel", "Titel", ("titelpagina", "kop")),
    ("rv-aanhef", "Aanhef", ("aanhef", "overwegingen", "gelet_op", "besluit")),
    ("rv-artikelen", "Artikelen", ("artikelen",)),
    ("rv-slot", "Slotformule en ondertekening", ("slotformule", "ondertekening")),
    ("rv-bijlagen", "Bijlagen", ("bijlagen",)),
    ("rv-toelichting", "Toelichting", ("toelichting",)),
)

KIND_LABEL = {
    "ingevoegd": "Ingevoegd",
    "vervallen": "Vervallen",
    "verplaatst": "Verplaatst",
    "verplaatst en gewijzigd": "Verplaatst en gewijzigd",
    "gewijzigd": "Gewijzigd",
    "verwijzing bijgewerkt": "Verwijzing bijgewerkt",
    "vernummerd": "Vernummerd",
    "ongewijzigd": "Ongewijzigd",
}


def kind_class(kind: str) -> str:
    """The CSS class of an article's kind of change; "ongewijzigd" is what the filter hides."""
    if kind.startswith("verplaatst"):
        return "verplaatst"
    return {"verwijzing bijgewerkt": "verwijzing"}.get(kind, kind)


@dataclass
class _Group:
    """One article (or a move's place) of the articles part, or a chapter heading."""

    kind: str  # "artikel" | "verplaatst" | "hoofdstuk" | "los"
    anchor: str = ""
    paras: list[RPara] = field(default_factory=list)
    move: RMove | None = None


def _groups(body: Sequence[RItem]) -> list[_Group]:
    groups: list[_Group] = []
    current: _Group | None = None
    for item in body:
        if isinstance(item, RMove) and not item.article:
            # A lid (or toelichting) that moved within its article stays in the article.
            if current is not None:
                current.paras.extend(item.paragraphs)
            else:
                groups.append(_Group("los", paras=list(item.paragraphs)))
        elif isinstance(item, RMove):
            anchor = item.paragraphs[0].anchor if item.paragraphs else item.name
            groups.append(_Group("verplaatst", anchor, list(item.paragraphs), item))
            current = None
        elif isinstance(item, RTable):
            continue  # articles hold no tables
        elif item.role is Role.HOOFDSTUK:
            groups.append(_Group("hoofdstuk", paras=[item]))
            current = None
        elif item.anchor and (current is None or current.anchor != item.anchor):
            current = _Group("artikel", item.anchor, [item])
            groups.append(current)
        elif current is not None:
            current.paras.append(item)
        else:
            groups.append(_Group("los", paras=[item]))
    return groups


@dataclass(frozen=True)
class Context:
    redline: Redline
    changes: dict[str, Entry]
    old_articles: dict[str, Article]
    new_articles: dict[str, Article]
    old_links: Links
    new_links: Links
    old_label: str
    new_label: str


def _heading_text(paras: Sequence[RPara], side: str) -> str:
    for para in paras:
        if para.role is Role.ARTIKELKOP:
            text = items.text_of(para.text, side)
            if text:
                return text
    return ""


def _reason(change: Entry, move_note: str) -> str:
    kind = labels.kind(change.kind)
    label = KIND_LABEL.get(kind, kind.capitalize())
    lines = [f'<p><span class="rv-soort-label">{escape(label)}</span></p>']
    if change.kind is Kind.RENUMBERED:
        lines.append(
            f"<p>Was artikel {escape(change.old_number)}, nu artikel {escape(change.new_number)}.</p>"
        )
    if move_note:
        lines.append(move_note)
    if change.kind.substantive:
        if change.reasons:
            reasons = "".join(f"<li>{escape(r)}</li>" for r in change.reasons)
            lines.append(f"<p>Reden:</p><ul>{reasons}</ul>")
        else:
            lines.append("<p>Reden: <em>geen reden vastgelegd</em></p>")
    number = change.new_number or change.old_number
    return (
        f'<aside class="rv-reden" aria-label="Toelichting op de wijziging van artikel'
        f' {escape(number)}">{"".join(lines)}</aside>'
    )


def _side_by_side(ctx: Context, ident: str) -> str:
    old, new = ctx.old_articles.get(ident), ctx.new_articles.get(ident)
    if old is None or new is None:
        return ""

    def column(article: Article, cls: str, title: str) -> str:
        paras = "".join(items.plain_paragraph(*line) for line in article_lines(article))
        return f'<div class="rv-kolom {cls}"><h4>{escape(title)}</h4>{paras}</div>'

    return (
        '<details class="rv-naast"><summary>Oude en nieuwe tekst naast elkaar</summary>'
        '<div class="rv-kolommen">'
        f"{column(old, 'oud', f'Oud ({ctx.old_label})')}"
        f"{column(new, 'nieuw', f'Nieuw ({ctx.new_label})')}"
        "</div></details>"
    )


def _article(ctx: Context, group: _Group) -> tuple[str, str, str]:
    """The section of one article group; also its TOC entry and its CSS kind."""
    ident = group.anchor
    change = ctx.changes.get(ident)
    new_links, old_links = ctx.new_links, ctx.old_links
    from_place = group.move is not None and group.move.side == "from"
    if from_place:
        new_links = old_links  # the old place shows the old text
    kind = (
        labels.kind(change.kind)
        if change is not None
        else ("verplaatst" if group.move else "ongewijzigd")
    )
    css = kind_class(kind)
    body = "".join(items.paragraph(p, new_links, old_links) for p in group.paras)
    move_note = ""
    section_id = ident
    if group.move is not None and change is not None:
        if from_place:
            section_id = ident + OLD_PLACE
            move_note = (
                f'<p class="rv-verplaatsing">Verplaatst naar <a href="#{escape(ident)}">'
                f"artikel {escape(change.new_number)}</a>.</p>"
            )
        else:
            move_note = (
                f'<p class="rv-verplaatsing">Verplaatst van <a href="#{escape(ident + OLD_PLACE)}">'
                f"artikel {escape(change.old_number)}</a> (oude plaats).</p>"
            )
    aside = ""
    details = ""
    if change is not None and kind != "ongewijzigd":
        if from_place:
            aside = (
                '<aside class="rv-reden" aria-label="Verplaatsing">'
                f'<p><span class="rv-soort-label">Oude plaats</span></p>{move_note}</aside>'
            )
        else:
            aside = _reason(change, move_note)
            if kind not in ("vernummerd", "verwijzing bijgewerkt"):
                details = _side_by_side(ctx, ident)
    classes = ["artikel", css, "met-reden" if aside else ""]
    section = (
        f'<section class="{" ".join(c for c in classes if c)}" id="{escape(section_id)}"'
        f' data-soort="{escape(kind)}">'
        f'<div class="rv-tekst">{body}</div>{aside}{details}</section>'
    )
    side = "-" if kind == "vervallen" or from_place else "+"
    title = _heading_text(group.paras, side) or _heading_text(group.paras, "-")
    if from_place:
        toc = ""
    else:
        label = (
            ""
            if kind == "ongewijzigd"
            else f' <span class="rv-soort">({escape(KIND_LABEL.get(kind, kind))})</span>'
        )
        toc = f'<li class="{css}"><a href="#{escape(section_id)}">{escape(title)}</a>{label}</li>'
    return section, toc, css


def _part(ctx: Context, slots: Sequence[str], toc: list[str]) -> str:
    out: list[str] = []
    for slot in slots:
        body = ctx.redline.parts.get(slot, [])
        if slot == "artikelen":
            for group in _groups(body):
                if group.kind in ("artikel", "verplaatst"):
                    section, entry, _ = _article(ctx, group)
                    out.append(section)
                    if entry:
                        toc.append(entry)
                else:
                    out.extend(_with_reason(ctx, p) for p in group.paras)
                    if group.kind == "hoofdstuk":
                        title = items.text_of(group.paras[0].text, "+") or items.text_of(
                            group.paras[0].text, "-"
                        )
                        toc.append(f'<li class="rv-toc-hoofdstuk">{escape(title)}</li>')
            continue
        for item in body:
            if isinstance(item, RTable):
                out.append(items.table(item))
            elif isinstance(item, RMove):
                out.extend(items.paragraph(p) for p in item.paragraphs)
            else:
                out.append(_with_reason(ctx, item))
    return "\n".join(out)


def _with_reason(ctx: Context, para: RPara) -> str:
    """A paragraph; the first of a part that changed in substance (a chapter heading, the
    aanhef, an annex) is followed by what changed and why, as beside an article."""
    html = items.paragraph(para)
    change = ctx.changes.get(para.anchor) if para.anchor else None
    if change is None or change.is_article or not change.kind.substantive:
        return html
    reasons = "".join(f"<li>{escape(r)}</li>" for r in change.reasons)
    why = (
        f"<p>Reden:</p><ul>{reasons}</ul>"
        if reasons
        else "<p>Reden: <em>geen reden vastgelegd</em></p>"
    )
    label = f"{labels.what(change)}: {labels.kind(change.kind)}"
    return (
        f'{html}<aside class="rv-reden rv-onderdeel" aria-label="{escape(label)}">'
        f'<p><span class="rv-soort-label">{escape(label)}</span></p>{why}</aside>'
    )


@dataclass(frozen=True, slots=True)
class Counts:
    """Articles per kind of change, and the other parts that changed, for the index."""

    gewijzigd: int
    ingevoegd: int
    vervallen: int
    verplaatst: int
    vernummerd: int = 0
    verwijzing: int = 0
    onderdelen: int = 0


def counts(changes: Sequence[Entry]) -> Counts:
    """How many articles changed in substance, were inserted, deleted and moved; how many were
    only renumbered or had their references updated; how many other parts changed."""
    kinds = [c.kind for c in changes if c.is_article]
    # A new (or dropped) document is one fact: its parts are not counted as changes of their own.
    whole = len({c.kind for c in changes}) == 1 and changes[0].kind in (Kind.INSERTED, Kind.DELETED)
    return Counts(
        gewijzigd=kinds.count(Kind.CHANGED),
        ingevoegd=kinds.count(Kind.INSERTED),
        vervallen=kinds.count(Kind.DELETED),
        verplaatst=sum(k.moved for k in kinds),
        vernummerd=kinds.count(Kind.RENUMBERED),
        verwijzing=kinds.count(Kind.REFERENCES),
        onderdelen=0
        if whole
        else sum(1 for c in changes if not c.is_article and c.kind.substantive),
    )


def document_page(redline: Redline, old_name: str, new_name: str, index_href: str) -> str:
    """The whole review page of one document in the round ``old_name`` → ``new_name``."""
    shown = redline.new or redline.old
    assert shown is not None
    old_articles = {a.id: a for a in (redline.old.articles if redline.old else ())}
    new_articles = {a.id: a for a in (redline.new.articles if redline.new else ())}
    present = {*old_articles, *new_articles}
    ctx = Context(
        redline=redline,
        changes={c.id: c for c in redline.changes},
        old_articles=old_articles,
        new_articles=new_articles,
        old_links=Links.of(redline.old, present),
        new_links=Links.of(redline.new, present),
        old_label=old_name,
        new_label=new_name,
    )
    toc: list[str] = []
    parts: list[str] = []
    part_links: list[str] = []
    for ident, label, slots in PARTS:
        if not any(redline.parts.get(s) for s in slots):
            continue
        body = _part(ctx, slots, toc if ident == "rv-artikelen" else [])
        parts.append(
            f'<section class="rv-deel" id="{ident}" aria-labelledby="{ident}-kop">'
            f'<h2 class="rv-deelkop" id="{ident}-kop">{escape(label)}</h2>\n{body}\n</section>'
        )
        part_links.append(f'<li><a href="#{ident}">{escape(label)}</a></li>')
    total = sum(1 for c in redline.changes if c.is_article)
    changed = sum(1 for c in redline.changes if c.is_article and c.kind is not Kind.UNCHANGED)
    c = counts(redline.changes)
    if redline.new is None:
        state = "Dit document is vervallen in de nieuwe versie."
    elif redline.old is None:
        state = "Dit document is nieuw in deze versie."
    else:
        state = (
            f"{c.gewijzigd} gewijzigd, {c.ingevoegd} ingevoegd, {c.vervallen} vervallen,"
            f" {c.verplaatst} verplaatst; {c.vernummerd} alleen vernummerd,"
            f" {c.verwijzing} met een bijgewerkte verwijzing; {c.onderdelen} andere onderdelen"
            " gewijzigd."
        )
    title = f"{shown.title}: {old_name} → {new_name}"
    body = f"""<p class="rv-kruimel"><a href="{escape(index_href)}">Alle rondes en documenten</a></p>
<header>
<h1>{escape(shown.title)}</h1>
<p class="rv-ronde-info">Wijzigingen van <strong>{escape(old_name)}</strong> naar <strong>{escape(new_name)}</strong>. {escape(state)}</p>
<p class="rv-legenda">Legenda: <ins>ingevoegde tekst</ins>, <del>geschrapte tekst</del>. Bij elk gewijzigd artikel staat de reden ernaast.</p>
</header>
<div class="rv-werkbalk" role="region" aria-label="Weergave">
<span><input type="checkbox" id="rv-filter" aria-describedby="rv-telling"><label for="rv-filter">alleen gewijzigde artikelen</label></span>
<span class="rv-telling" id="rv-telling" aria-live="polite">{changed} van de {total} artikelen gewijzigd</span>
</div>
<nav class="rv-inhoud" aria-labelledby="rv-inhoud-kop">
<h2 id="rv-inhoud-kop">Inhoudsopgave</h2>
<ul>{"".join(part_links)}</ul>
<ol>
{chr(10).join(toc)}
</ol>
</nav>
<main id="rv-hoofd" tabindex="-1">
{chr(10).join(parts)}
</main>"""
    return page(title, body, script=True)
