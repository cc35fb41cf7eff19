"""The Word redline: the redline model as tracked changes in the house style.

Inserted text is ``w:ins``, deleted text ``w:del`` with ``w:delText``; an inserted or deleted
paragraph also marks its paragraph mark. A moved article is a ``w:moveFrom`` range at its old
place and a ``w:moveTo`` range at its new place, paired by ``w:name``; what changed during the
move is ``w:del`` inside the source and ``w:ins`` inside the destination, so accepting all
gives the new text and rejecting all the old. Every revision carries the author and date of
the newer version; every changed article carries one comment with the reasons. The title page
and the header say against which version the changes are shown.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, time

from docx.document import Document as DocxDocument
from docx.oxml import parse_xml
from markupsafe import Markup

from assembler import labels
from assembler.changeset import Entry
from assembler.diff.align import align
from assembler.diff.changes import Kind
from assembler.diff.words import Seg, tokens
from assembler.flow.blocks import RItem, Role, RPara
from assembler.flow.redline import Line, Redline, compare_line
from assembler.model.dates import dutch_date
from assembler.model.nodes import Document, Version
from assembler.render.docx import body, styles
from assembler.render.docx.blocks import BlockWriter, Revisions
from assembler.render.docx.properties import set_core_properties
from assembler.render.docx.runs import escape, run
from assembler.render.docx.watermark import watermark
from assembler.render.docx.writer import fill_template, house_style


def _toc(old: Document | None, new: Document | None) -> list[RPara]:
    """The table of contents compared: entries aligned by the id of what they list, so a
    renumbered article is one changed entry (its word diff is cached from the body)."""
    before = body.toc_items(old) if old is not None else []
    after = body.toc_items(new) if new is not None else []

    def line(entry: body.TocEntry) -> Line:
        return (Role.TOC1 if entry.level == 1 else Role.TOC2, "", entry.text)

    items: list[RItem] = [
        compare_line(line(s.old) if s.old else None, line(s.new) if s.new else None)
        for s in align(before, after, moves=False)
    ]
    return [p for p in separate(items) if isinstance(p, RPara)]


def _comments_xml(comments: list[str], author: str, stamp: str) -> str:
    """The comments part, written at once: python-docx's add_comment searches every comment
    for a free id on each call, which grows with the square of their number."""
    out = []
    for index, text in enumerate(comments):
        paragraphs = "".join(
            '<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>'
            + ("<w:r><w:annotationRef/></w:r>" if i == 0 else "")
            + f"{run(line)}</w:p>"
            for i, line in enumerate(text.split("\n"))
        )
        out.append(
            f'<w:comment w:id="{index}" w:author="{escape(author)}" w:date="{stamp}" w:initials="">'
            f"{paragraphs}</w:comment>"
        )
    return f'<w:comments xmlns:w="{W}">{"".join(out)}</w:comments>'


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def against_text(old: Version) -> str:
    """What a redline shows, in one line: "Wijzigingen ten opzichte van Concepttekst (17 mei
    2021)". On the title page and in the header, so no printed page hides what it compares."""
    return f"Wijzigingen ten opzichte van {old.label} ({dutch_date(old.date)})"


def render_redline(
    redline: Redline,
    template: bytes | None = None,
    versions: tuple[Version, Version] | None = None,
) -> bytes:
    """The redline as .docx bytes; the same input always gives the same bytes.

    ``versions`` is (old, new): the version compared against, named on the title page and in
    the header, and the version shown, whose label, date and author the document and every
    revision carry (also for a document only the old version has: a change is dated when it
    was made, never before the version it is compared against). Without it, both are taken
    from the documents.
    """
    shown = redline.new or redline.old
    assert shown is not None
    if versions is None:
        versions = ((redline.old or shown).version, shown.version)
    old_version, version = versions
    stamp = datetime.combine(version.date, time(0), tzinfo=UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    texts = [comment_text(e) for e in redline.changes if needs_comment(e)]
    ids = {e.id: i for i, e in enumerate(e for e in redline.changes if needs_comment(e))}
    revisions = Revisions(version.author or "assembler", stamp)
    writer = BlockWriter(revisions, ids)
    parts = {key: Markup(writer.items(separate(items))) for key, items in redline.parts.items()}
    notice = against_text(old_version)
    # Neither version's text: not a revision, so accept-all and reject-all both keep it.
    parts["titelpagina"] = Markup(
        str(parts.get("titelpagina", ""))
        + f'<w:p><w:pPr><w:pStyle w:val="{styles.TITELGEGEVENS}"/></w:pPr>{run(notice)}</w:p>'
    )
    toc = _toc(redline.old, redline.new)
    context = {
        "titel": shown.title,
        "citeertitel": shown.citeertitel,
        "versie": version.label,
        "datum": dutch_date(version.date),
        "inhoudsopgave": Markup(
            writer.toc(toc, field=redline.old is not None and redline.new is not None)
        ),
        "watermerk": Markup(watermark(version.watermark) if version.watermark else ""),
        **parts,
    }
    one_side = "+" if redline.old is None else "-" if redline.new is None else ""

    def finish(docx: DocxDocument) -> None:
        if texts:
            part = docx.part._comments_part  # created (empty) by python-docx, then filled here
            part._element = parse_xml(_comments_xml(texts, version.author or "assembler", stamp))
        set_core_properties(docx.core_properties, replace(shown, version=version))
        # docxtpl replaces each rendered header part behind python-docx's back, so the
        # headers are found through the document's relationships, not through its sections.
        for rel in docx.part.rels.values():
            if rel.reltype.endswith("/header"):
                rel.target_part.element.append(
                    parse_xml(
                        f'<w:p xmlns:w="{W}"><w:pPr><w:pStyle w:val="{styles.KOPTEKST}"/></w:pPr>'
                        f"{run(notice)}</w:p>"
                    )
                )
        if one_side:
            mark_template_text(docx, one_side, revisions)

    # The redline of a custom template is written with that template's styles as they are:
    # its clean documents were checked already.
    return fill_template(
        house_style() if template is None else template, context, finish, check_styles=False
    )


def mark_template_text(docx: DocxDocument, mark: str, revisions: Revisions) -> None:
    """The template's own paragraphs in the body (the heading "Inhoudsopgave") as inserted
    (``mark`` "+") or deleted ("-"), for the redline of a document only one version has:
    then rejecting (or accepting) all leaves no heading above an empty table of contents."""
    tag = {"+": "ins", "-": "del"}[mark]
    w = f"{{{W}}}"
    for paragraph in docx.element.body.iter(f"{w}p"):
        ppr = paragraph.find(f"{w}pPr")
        style = ppr.find(f"{w}pStyle") if ppr is not None else None
        if style is None or style.get(f"{w}val") != styles.KOP_INHOUDSOPGAVE:
            continue
        if paragraph.find(f".//{w}{tag}") is not None:
            continue
        rpr_mark = parse_xml(f'<w:rPr xmlns:w="{W}"><w:{tag} {revisions.attributes()}/></w:rPr>')
        ppr.append(rpr_mark)
        for r in list(paragraph.findall(f"{w}r")):
            if mark == "-":
                for t in r.findall(f"{w}t"):
                    t.tag = f"{w}delText"
            wrapper = parse_xml(f'<w:{tag} xmlns:w="{W}" {revisions.attributes()}/>')
            r.addprevious(wrapper)
            wrapper.append(r)


# -- comments -------------------------------------------------------------------------------


def needs_comment(entry: Entry) -> bool:
    """A change in substance gets a comment; a number or a reference's wording that only
    follows changes elsewhere is visible in the text and explained by those changes."""
    return entry.kind.substantive


def comment_text(entry: Entry) -> str:
    """The comment on a changed article or part: what happened, then the reasons."""
    name = labels.what(entry) if not entry.is_article else f"Artikel {entry.number}"
    if entry.kind is Kind.INSERTED:
        what = f"{name} is ingevoegd."
    elif entry.kind is Kind.DELETED:
        name = f"Artikel {entry.old_number}" if entry.is_article else name
        what = f"{name} is vervallen."
    elif entry.kind.moved and entry.is_article:
        what = f"Artikel {entry.old_number} is verplaatst en nu artikel {entry.new_number}."
        if entry.kind is Kind.MOVED_CHANGED:
            what = (
                f"Artikel {entry.old_number} is verplaatst en gewijzigd en nu artikel"
                f" {entry.new_number}."
            )
    elif entry.kind.moved:
        what = f"{name} is verplaatst."
    else:
        what = f"{name} is gewijzigd."
    reasons = (
        "\n".join(f"- {r}" for r in entry.reasons) if entry.reasons else "- (geen reden vastgelegd)"
    )
    return f"{what}\nReden:\n{reasons}"


def separate(items: list[RItem]) -> list[RItem]:
    """Split a changed paragraph that ends in an insertion (deletion) and is followed by an
    inserted (deleted) paragraph into its old and new versions.

    Word and pandoc read the word-level form right, but LibreOffice merges the trailing change
    with the next paragraph's revision and then joins the two paragraphs when rejecting (or
    accepting) all. A whole-paragraph deletion plus insertion reads the same everywhere.
    """
    out: list[RItem] = []
    for index, item in enumerate(items):
        following = items[index + 1] if index + 1 < len(items) else None
        if isinstance(item, RPara) and isinstance(following, RPara) and following.mark:
            item = _trailing_change_first(item, following.mark)
        if (
            isinstance(item, RPara)
            and not item.mark
            and item.text
            and isinstance(following, RPara)
            and following.mark
            and item.text[-1].op == following.mark
        ):
            old = RPara(item.role, _side(item.text, "-"), _side(item.number, "-"), "-", "")
            new = RPara(item.role, _side(item.text, "+"), _side(item.number, "+"), "+", item.anchor)
            out.extend([old, new])
        else:
            out.append(item)
    return out


def _trailing_change_first(para: RPara, mark: str) -> RPara:
    """A paragraph that ends in a change of the same kind as the next, inserted or deleted,
    paragraph ("." → "; en", or "; " + "en" before a new onderdeel): the change is written
    with that kind first and the other kind last, so the paragraph no longer ends in the same
    kind of change and stays a word-level change in every reader (see :func:`separate`)."""
    if para.mark or not para.text or para.text[-1].op != mark:
        return para
    other = "-" if mark == "+" else "+"
    *head, last = para.text
    if head and head[-1].op == other:
        return replace(para, text=(*head[:-1], last, head[-1]))
    if head and head[-1].op == "=" and head[-1].ref is None:
        # A pure insertion (deletion) at the end: the token before it is replaced as well.
        kept = head[-1].text
        token = (tokens(kept) or [""])[-1]
        if token and token.strip():
            before = kept[: len(kept) - len(token)]
            ends = (Seg(mark, token + last.text), Seg(other, token))
            return replace(para, text=(*head[:-1], *((Seg("=", before),) if before else ()), *ends))
    return para


def _side(segs: tuple[Seg, ...], side: str) -> tuple[Seg, ...]:
    text = "".join(seg.text for seg in segs if seg.op in ("=", side))
    return (Seg(side, text),) if text else ()
