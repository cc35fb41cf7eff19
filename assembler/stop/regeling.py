"""An assembled document as a STOP ``BesluitCompact`` that establishes it as a regeling.

STOP's compact model for a new regeling: the besluit has its own opschrift, aanhef, a body
with one ``WijzigArtikel`` ("De regeling wordt vastgesteld zoals is aangegeven in Bijlage
A."), its sluiting, and a ``WijzigBijlage`` holding the ``RegelingCompact``: the regeling itself,
with its chapters, articles, annexes and toelichting. The mapping is in
``docs/ontwerp/stop.md``.
"""

from __future__ import annotations

from lxml import etree  # type: ignore[import-untyped, unused-ignore]

from assembler.model.nodes import Content, Document, Table, article_heading
from assembler.stop.elements import (
    SCHEMA_VERSION,
    Element,
    Writer,
    new,
    q,
    same,
    sub,
    text_element,
)
from assembler.stop.identity import Identity
from assembler.stop.ids import (
    AANHEF,
    LICHAAM,
    OPSCHRIFT,
    SLUITING,
    Akn,
    AknId,
    Ids,
    id_token,
    join,
    segment,
    table_key,
)

COMPONENT = "regeling"  # the componentnaam of the regeling in the besluit
WIJZIG_BIJLAGE = "A"


def besluit_ids(identity: Identity) -> dict[str, AknId]:
    """The ids of the besluit's own elements (outside the regeling's component)."""
    prefix = f"{identity.prefix}_besluit"

    def akn(eid: str) -> AknId:
        return AknId(eid, join(prefix, eid))

    return {
        "opschrift": akn(OPSCHRIFT),
        "aanhef": akn(AANHEF),
        "lichaam": akn(LICHAAM),
        "artikel": akn("art_I"),
        "sluiting": akn(SLUITING),
        "bijlage": akn(f"cmp_{WIJZIG_BIJLAGE}"),
    }


def document_ids(doc: Document, identity: Identity) -> Ids:
    """The eIds and wIds of the regeling's elements (toelichting included)."""
    ids = Ids(doc, identity.prefix)
    toelichting_ids(doc, ids)
    return ids


def toelichting_ids(doc: Document, ids: Ids) -> None:
    general = [s for s in doc.toelichting_algemeen if s.blocks or s.title]
    per_article = [a for a in doc.articles if any(doc_block for doc_block in a.toelichting)]
    if not general and not per_article:
        return
    root = ids.prefix
    top = ""
    if general:
        recital = ids.claim("#toelichting", "recital_o_1", join(root, "recital_o_1"))
        genrecital = ids.claim(
            "#algemeen",
            join(recital.eid, "genrecital_o_1"),
            join(recital.wid, "genrecital_o_1"),
        )
        for index, section in enumerate(general, start=1):
            content = ids.claim(
                f"{section.id}#toelichting",
                join(genrecital.eid, segment(Akn.DIVISIETEKST, "", index)),
                join(genrecital.wid, f"content_{_token(section.id)}"),
            )
            tables = [b for b in section.blocks if isinstance(b, Table)]
            for t_index, table in enumerate(tables, start=1):
                ids.claim(
                    table_key(table.id),
                    join(content.eid, segment(Akn.TABLE, "", t_index)),
                    join(content.wid, f"table_{_token(table.id)}"),
                )
        top = recital.eid
    if per_article:
        parent_wid = join(root, "recital_o_1") if top else root
        artrecital = ids.claim(
            "#artikelsgewijs",
            join(top, "artrecital_o_1"),
            join(parent_wid, "artrecital_o_1"),
        )
        for index, article in enumerate(per_article, start=1):
            ids.claim(
                f"{article.id}#toelichting",
                join(artrecital.eid, segment(Akn.DIVISIETEKST, "", index)),
                join(artrecital.wid, f"content_{_token(article.id)}"),
            )


def _token(ident: str) -> str:
    return id_token(ident)


def body(doc: Document, writer: Writer) -> Element:
    """The regeling's Lichaam: chapters with articles, or articles directly."""
    lichaam = new("Lichaam", AknId(LICHAAM, join(writer.ids.prefix, LICHAAM)))
    for chapter in doc.chapters:
        parent = lichaam
        if chapter.number:
            parent = chapter_element(lichaam, chapter.id, chapter.number, chapter.title, writer)
        for article in chapter.articles:
            parent.append(writer.plain_article(article))
    return lichaam


def chapter_element(
    parent: Element, ident: str, number: str, title: str, writer: Writer
) -> Element:
    element = sub(parent, "Hoofdstuk", writer.ids[ident])
    kop = sub(element, "Kop")
    text_element(kop, "Label", "Hoofdstuk")
    text_element(kop, "Nummer", number)
    if title:
        text_element(kop, "Opschrift", title)
    return element


def opschrift(parent: Element, text: str, ids: AknId) -> Element:
    element = sub(parent, "RegelingOpschrift", ids)
    text_element(element, "Al", text)
    return element


def toelichting(doc: Document, writer: Writer) -> Element | None:
    """The regeling's toelichting: general sections and the articles' explanations."""
    ids = writer.ids
    general = [s for s in doc.toelichting_algemeen if s.blocks or s.title]
    per_article = [a for a in doc.articles if any(p for p in a.toelichting)]
    if not general and not per_article:
        return None
    outer: Element | None = None
    if general:
        outer = new("Toelichting", ids["#toelichting"])
        text_element(sub(outer, "Kop"), "Opschrift", "Toelichting")
        algemeen = sub(outer, "AlgemeneToelichting", ids["#algemeen"])
        text_element(sub(algemeen, "Kop"), "Opschrift", "Algemeen")
        for section in general:
            content = sub(algemeen, "Divisietekst", ids[f"{section.id}#toelichting"])
            text_element(sub(content, "Kop"), "Opschrift", section.title or "Algemeen")
            if section.blocks:
                writer.blocks(
                    sub(content, "Inhoud"), section.blocks, lambda t: ids[table_key(t.id)]
                )
    if per_article:
        if outer is None:
            artikelsgewijs = new("ArtikelgewijzeToelichting", ids["#artikelsgewijs"])
        else:
            artikelsgewijs = sub(outer, "ArtikelgewijzeToelichting", ids["#artikelsgewijs"])
        text_element(sub(artikelsgewijs, "Kop"), "Opschrift", "Artikelsgewijze toelichting")
        for article in per_article:
            content = sub(artikelsgewijs, "Divisietekst", ids[f"{article.id}#toelichting"])
            text_element(
                sub(content, "Kop"), "Opschrift", article_heading(article.number, article.title)
            )
            inhoud = sub(content, "Inhoud")
            for paragraph in article.toelichting:
                if paragraph:
                    writer.pieces(sub(inhoud, "Al"), same(paragraph), False)
        if outer is None:
            return artikelsgewijs
    return outer


def regeling_compact(doc: Document, identity: Identity, ids: Ids | None = None) -> Element:
    """The regeling as a ``RegelingCompact`` (the component of the besluit)."""
    ids = ids or document_ids(doc, identity)
    writer = Writer(ids)
    element = new(
        "RegelingCompact",
        schemaversie=SCHEMA_VERSION,
        componentnaam=COMPONENT,
        wordt=identity.expression(doc),
    )
    opschrift(element, doc.citeertitel or doc.title, AknId(OPSCHRIFT, join(ids.prefix, OPSCHRIFT)))
    element.append(body(doc, writer))
    for index, section in enumerate(doc.bijlagen, start=1):
        element.append(writer.annex(section, index, len(doc.bijlagen)))
    explanation = toelichting(doc, writer)
    if explanation is not None:
        element.append(explanation)
    return element


def _paragraphs(parent: Element, paragraphs: tuple[Content, ...], writer: Writer) -> None:
    for paragraph in paragraphs:
        if paragraph:
            writer.pieces(sub(parent, "Al"), same(paragraph), False)


def besluit_title(doc: Document) -> str:
    """The besluit's opschrift: the long title when the document has one, else its title."""
    lines = [line for line in doc.opschrift if line and line != doc.title]
    return lines[0] if lines else doc.title


def besluit(doc: Document, identity: Identity) -> Element:
    """The ``BesluitCompact`` that establishes ``doc``."""
    own = besluit_ids(identity)
    ids = document_ids(doc, identity)
    writer = Writer(ids)
    root = new("BesluitCompact", schemaversie=SCHEMA_VERSION)
    opschrift(root, besluit_title(doc), own["opschrift"])
    front = [p for p in doc.aanhef if p]
    considerans = [p for p in (*doc.overwegingen, doc.gelet_op) if p]
    closing_words = [doc.besluit] if doc.besluit else []
    # The Aanhef opens with at least one Al: the aanhef, else the first overweging.
    opening = front or considerans[:1] or closing_words
    if opening:
        aanhef = sub(root, "Aanhef", own["aanhef"])
        _paragraphs(aanhef, tuple(opening), writer)
        rest = [p for p in considerans if p is not opening[0] or front]
        if rest:
            _paragraphs(sub(aanhef, "Considerans"), tuple(rest), writer)
        if closing_words and opening is not closing_words:
            _paragraphs(sub(aanhef, "Afkondiging"), tuple(closing_words), writer)
    lichaam = sub(root, "Lichaam", own["lichaam"])
    wijzig_artikel(
        lichaam,
        own["artikel"],
        own["bijlage"],
        f"De {doc.citeertitel or doc.title} wordt vastgesteld zoals is aangegeven in ",
    )
    closing(root, doc, own["sluiting"], writer)
    bijlage = sub(root, "WijzigBijlage", own["bijlage"])
    bijlage_kop(bijlage)
    bijlage.append(regeling_compact(doc, identity, ids))
    return root


def wijzig_artikel(lichaam: Element, ids: AknId, bijlage: AknId, words: str) -> None:
    """ARTIKEL I: what happens to the regeling, pointing to the WijzigBijlage."""
    artikel = sub(lichaam, "WijzigArtikel", ids)
    kop = sub(artikel, "Kop")
    text_element(kop, "Label", "Artikel")
    text_element(kop, "Nummer", "I")
    wat = text_element(artikel, "Wat", words)
    ref = sub(wat, "IntRef", ref=bijlage.eid)
    ref.text = f"Bijlage {WIJZIG_BIJLAGE}"
    ref.tail = "."


def bijlage_kop(bijlage: Element) -> None:
    kop = sub(bijlage, "Kop")
    text_element(kop, "Label", "Bijlage")
    text_element(kop, "Nummer", WIJZIG_BIJLAGE)
    text_element(kop, "Opschrift", "behorende bij Artikel I")


def closing(root: Element, doc: Document, ids: AknId, writer: Writer) -> None:
    """The Sluiting: slotformule and ondertekening."""
    slot = [p for p in doc.slotformule if p]
    if not slot and not doc.signatures:
        return
    sluiting = sub(root, "Sluiting", ids)
    if slot:
        _paragraphs(sub(sluiting, "Slotformulering"), tuple(slot), writer)
    for signature in doc.signatures:
        ondertekening = sub(sluiting, "Ondertekening")
        for line in (signature.organ, *signature.lines):
            text_element(ondertekening, "Al", line)


# Elements with mixed content: their whitespace is text and is never touched by indenting.
MIXED = frozenset(
    q(tag)
    for tag in (
        "Al",
        "Opschrift",
        "Label",
        "Nummer",
        "LidNummer",
        "LiNummer",
        "Wat",
        "title",
        "NieuweTekst",
        "VerwijderdeTekst",
        "IntRef",
    )
)


def indent(element: Element, level: int = 0) -> None:
    """Newlines and two spaces between the children of structural elements only
    (``etree.indent`` would also put whitespace into an ``Al`` that starts with an ``IntRef``)."""
    if element.tag in MIXED or not len(element):
        return
    inner = "\n" + "  " * (level + 1)
    element.text = inner
    for child in element:
        indent(child, level + 1)
        child.tail = inner
    element[-1].tail = "\n" + "  " * level


def serialize(root: Element) -> bytes:
    """The XML bytes: UTF-8 with declaration, indented, the same for the same input."""
    indent(root)
    data: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    return data


def regeling_besluit(doc: Document, identity: Identity) -> bytes:
    """``doc`` as a STOP ``BesluitCompact`` with its ``RegelingCompact``, as bytes."""
    return serialize(besluit(doc, identity))
