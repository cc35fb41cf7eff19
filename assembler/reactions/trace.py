"""Tracing the paragraphs of a returned document to the provisions of the version we sent.

The version sent is assembled again; its paragraphs, each with the id of the provision it
prints (article heading, lid, onderdeel, subonderdeel, the toelichting of an article), are
aligned with the returned paragraphs *as sent*: equal texts first (the longest matching
blocks), then, between two matched paragraphs, an edited paragraph with its most similar
counterpart. Our bookmarks on the article headings check the result and, where the text does
not say it, name the article a paragraph stands in.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from assembler.flow.blocks import Role, RPara
from assembler.flow.document import document_parts
from assembler.model.nodes import Article, Document, Lid, plain
from assembler.reactions.returned import Paragraph, ReturnedDocument
from assembler.render.docx.body import toc_items

_SPACE = re.compile(r"\s+")
_NUMBER = re.compile(r"^[^\t]{1,12}\t")
SIMILAR = 0.6  # an edited paragraph must keep this much of its text to be traced by alignment


@dataclass(frozen=True, slots=True)
class SentParagraph:
    """A paragraph of the version sent, and the provision it prints ("" for none)."""

    provision: str
    article: str  # the article it belongs to ("" outside the articles)
    text: str  # as printed, with its number ("2.\tEen lid ...")
    heading: bool = False


def normal(text: str) -> str:
    return _SPACE.sub(" ", text.replace("\u00a0", " ").replace("\u2011", "-")).strip()


def without_number(text: str) -> str:
    """The provision's own text: the number and its tab taken off ("2.\\tEen" → "Een")."""
    return _NUMBER.sub("", text, count=1)


def bookmark_name(node_id: str) -> str:
    """The bookmark our writer gives a provision id (see render.docx.bookmarks), uncounted."""
    return ("_" + re.sub(r"[^A-Za-z0-9_]", "_", node_id))[:40]


def _lid(article: Article, lid: Lid) -> list[SentParagraph]:
    def numbered(number: str, text: str) -> str:
        return f"{number}\t{text}" if number else text

    out = []
    if lid.number or lid.content:
        out.append(SentParagraph(lid.id, article.id, numbered(lid.number, plain(lid.content))))
    for ond in lid.onderdelen:
        out.append(SentParagraph(ond.id, article.id, numbered(ond.number, plain(ond.content))))
        for sub in ond.subonderdelen:
            out.append(SentParagraph(sub.id, article.id, numbered(sub.number, plain(sub.content))))
    if lid.slot:
        out.append(SentParagraph(lid.id, article.id, plain(lid.slot)))
    return out


def sent_paragraphs(doc: Document) -> list[SentParagraph]:
    """Every paragraph of ``doc`` outside tables, in the order the Word document prints them."""
    headings = {a.heading: a for a in doc.articles}
    out: list[SentParagraph] = []
    for key, items in document_parts(doc).items():
        if key == "kop":
            # The table of contents follows the title page: its entries are context, no text.
            out.append(SentParagraph("", "", "Inhoudsopgave"))
            out.extend(SentParagraph("", "", entry.text) for entry in toc_items(doc))
        if key == "artikelen":
            for chapter in doc.chapters:
                if chapter.number:
                    out.append(SentParagraph("", "", chapter.heading))
                for article in chapter.articles:
                    out.append(SentParagraph(article.id, article.id, article.heading, True))
                    for lid in article.leden:
                        out.extend(_lid(article, lid))
            continue
        current = ""
        for item in items:
            if not isinstance(item, RPara):
                continue
            text = "".join(s.text for s in (*item.number, *item.text))
            if key == "toelichting":
                if item.role is Role.TOELICHTING_ARTIKEL:
                    current = headings[text].id if text in headings else ""
                    out.append(SentParagraph("", current, text))
                    continue
                if item.role is not Role.NORMAL:
                    current = ""
                out.append(SentParagraph(current, current, text))
            else:
                out.append(SentParagraph("", "", text))
    return out


@dataclass(frozen=True, slots=True)
class Trace:
    """Per returned paragraph the sent paragraph it is (None: none), and the article it stands
    in by the nearest bookmark before it."""

    matched: dict[int, SentParagraph]
    article: dict[int, str]
    unmatched_sent: tuple[SentParagraph, ...]  # sent provisions no returned paragraph holds


def trace(returned: ReturnedDocument, doc: Document) -> Trace:
    sent = [p for p in sent_paragraphs(doc) if normal(p.text)]
    body = [p for p in returned.paragraphs if not p.in_table and normal(p.sent)]
    a = [normal(p.sent) for p in body]
    b = [normal(p.text) for p in sent]
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    pairs: dict[int, int] = {}
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            for k in range(i2 - i1):
                pairs[i1 + k] = j1 + k
        elif tag == "replace":
            _pair_similar(a, b, range(i1, i2), range(j1, j2), pairs)
    by_bookmark = {bookmark_name(x.id): x.id for x in doc.articles}
    article: dict[int, str] = {}
    current = ""
    chapters = {normal(c.heading) for c in doc.chapters if c.number}
    for para in returned.paragraphs:
        for name in para.bookmarks:
            if name in by_bookmark:
                current = by_bookmark[name]
        if normal(para.sent) in chapters:
            current = ""
        article[para.index] = current
    matched = {body[i].index: sent[j] for i, j in pairs.items()}
    # A bookmark is the stronger witness for a heading: text alone may match another copy.
    for para in body:
        names = [by_bookmark[n] for n in para.bookmarks if n in by_bookmark]
        if names and (found := matched.get(para.index)) is not None and found.provision != names[0]:
            heading = next(s for s in sent if s.heading and s.provision == names[0])
            matched[para.index] = heading
    seen = {id(s) for s in matched.values()}
    unmatched = tuple(s for s in sent if s.provision and id(s) not in seen)
    return Trace(matched, article, unmatched)


def _pair_similar(
    a: list[str], b: list[str], left: range, right: range, pairs: dict[int, int]
) -> None:
    """Pair the returned paragraphs ``left`` with the sent ``right`` in order, each with its
    most similar remaining counterpart when similar enough."""
    start = right.start
    for i in left:
        best, best_j = SIMILAR, -1
        for j in range(start, right.stop):
            ratio = difflib.SequenceMatcher(None, a[i], b[j], autojunk=False).ratio()
            if ratio > best:
                best, best_j = ratio, j
        if best_j >= 0:
            pairs[i] = best_j
            start = best_j + 1


def place_of(para: Paragraph | None, article_number: str = "") -> str:
    """Where a paragraph stands, in words, for a point that cannot be traced."""
    if para is None:
        return "buiten de tekst"
    text = normal(para.proposed or para.sent)
    short = text if len(text) <= 60 else text[:57] + "..."
    where = f"alinea {para.index + 1}"
    if article_number:
        where += f" (in artikel {article_number})"
    return f"{where}: „{short}”"
