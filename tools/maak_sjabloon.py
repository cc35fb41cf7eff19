"""Generate the house-style template ``assembler/render/docx/huisstijl.docx``.

Run from the repository root:  python tools/maak_sjabloon.py [output.docx]

The template is written part by part (no python-docx default template): every style, field and
setting in it is stated here, the parts validate against ECMA-376, and the output is
byte-identical on every run. The body holds docxtpl placeholders; ``{{p name }}`` paragraphs are
replaced by paragraphs the writer builds (see ``assembler/render/docx/context.py``).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assembler.render.docx import fields, styles
from assembler.render.docx.package import write_zip

REPO = Path(__file__).resolve().parents[1]
OUTPUT = REPO / "assembler" / "render" / "docx" / "huisstijl.docx"

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

# A4 in twips, margins of 2.5 cm; the text is 9070 twips wide.
PAGE_W, PAGE_H, MARGIN = 11906, 16838, 1418
TEXT_W = PAGE_W - 2 * MARGIN
FONT = styles.FONT  # named in the font table with Arial as its alternative

NAMESPACES = (
    f'xmlns:w="{W}" xmlns:r="{R}" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word"'
)


# --- styles --------------------------------------------------------------------------------


def style(
    sid: str,
    name: str,
    *,
    kind: str = "paragraph",
    based: str | None = styles.NORMAL,
    following: str | None = None,
    ppr: str = "",
    rpr: str = "",
    extra: str = "",
    default: bool = False,
) -> str:
    """One ``w:style``; ``ppr``/``rpr`` are inner XML in schema order."""
    attrs = f' w:type="{kind}"' + (' w:default="1"' if default else "") + f' w:styleId="{sid}"'
    parts = [f'<w:name w:val="{name}"/>']
    if based:
        parts.append(f'<w:basedOn w:val="{based}"/>')
    if following:
        parts.append(f'<w:next w:val="{following}"/>')
    parts.append("<w:qFormat/>")
    if ppr:
        parts.append(f"<w:pPr>{ppr}</w:pPr>")
    if rpr:
        parts.append(f"<w:rPr>{rpr}</w:rPr>")
    parts.append(extra)
    return f"<w:style{attrs}>{''.join(parts)}</w:style>"


def spacing(before: int = 0, after: int = 0) -> str:
    return f'<w:spacing w:before="{before}" w:after="{after}"/>'


def hanging(left: int, space: str = "") -> str:
    """Tab stop and indent for "number TAB text": the number hangs 567 twips (1 cm) left."""
    return (
        f'<w:tabs><w:tab w:val="left" w:pos="{left}"/></w:tabs>{space}'
        f'<w:ind w:left="{left}" w:hanging="567"/>'
    )


KEEP = "<w:keepNext/><w:keepLines/>"
BOLD = "<w:b/><w:bCs/>"


def size(half_points: int) -> str:
    return f'<w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/>'


def outline(level: int) -> str:
    # w:outlineLvl counts from 0: "0" is level 1, the level TOC \o "1-2" \u picks up.
    return f'<w:outlineLvl w:val="{level - 1}"/>'


BORDER = 'w:val="single" w:sz="4" w:space="0" w:color="auto"'

STYLES = [
    style(
        styles.NORMAL, "Normal", based=None, default=True,
        ppr='<w:widowControl/><w:spacing w:after="120" w:line="264" w:lineRule="auto"/>',
    ),
    style(
        styles.TITEL, "Titel", following=styles.ONDERTITEL,
        ppr=KEEP + spacing(2400, 360), rpr=BOLD + size(40),
    ),
    style(styles.ONDERTITEL, "Ondertitel", ppr=spacing(0, 240), rpr=size(26)),
    style(styles.TITELGEGEVENS, "Titelgegevens", ppr=spacing(0, 60)),
    style(
        styles.OPSCHRIFT, "Opschrift", following=styles.AANHEF,
        ppr=KEEP + "<w:pageBreakBefore/>" + spacing(0, 360), rpr=BOLD + size(28),
    ),
    style(
        styles.KOP_INHOUDSOPGAVE, "Kop inhoudsopgave",
        ppr=KEEP + "<w:pageBreakBefore/>" + spacing(0, 240), rpr=BOLD + size(28),
    ),
    style(styles.INHOUD_1, "toc 1", ppr=spacing(120, 0), rpr=BOLD),
    style(styles.INHOUD_2, "toc 2", ppr=spacing(0, 0) + '<w:ind w:left="284"/>'),
    style(styles.AANHEF, "Aanhef"),
    style(
        styles.HOOFDSTUK, "Hoofdstuk", following=styles.ARTIKELKOP,
        ppr=KEEP + spacing(480, 240) + outline(1), rpr=BOLD + size(24),
    ),
    style(
        styles.ARTIKELKOP, "Artikelkop", following=styles.LID,
        ppr=KEEP + spacing(240, 60) + outline(2), rpr=BOLD,
    ),
    style(styles.LID, "Lid", ppr=hanging(567)),
    style(styles.LID_ZONDER_NUMMER, "Lid zonder nummer"),
    style(styles.LID_VERVOLG, "Lid vervolg", ppr='<w:ind w:left="567"/>'),
    style(styles.ONDERDEEL, "Onderdeel", ppr=hanging(1134, spacing(0, 60))),
    style(styles.SUBONDERDEEL, "Subonderdeel", ppr=hanging(1701, spacing(0, 60))),
    style(styles.SLOTFORMULE, "Slotformule", ppr=spacing(240, 120)),
    style(styles.ONDERTEKENING, "Ondertekening", ppr=KEEP + spacing(480, 480), rpr=BOLD),
    # Room to sign below each function ("de secretaris,"), kept with the block.
    style(styles.ONDERTEKENING_REGEL, "Ondertekening regel", ppr=KEEP + spacing(0, 1080)),
    # The last line of a block: not kept with the next block, or seven colleges' blocks chain
    # into one that no page holds, and LibreOffice breaks it anywhere (also inside a block).
    style(styles.ONDERTEKENING_SLOT, "Ondertekening slotregel", ppr="<w:keepLines/>" + spacing(0, 1080)),
    style(
        styles.BIJLAGEKOP, "Bijlagekop",
        ppr=KEEP + "<w:pageBreakBefore/>" + spacing(0, 240) + outline(1), rpr=BOLD + size(28),
    ),
    style(styles.TABELTITEL, "Tabeltitel", ppr=KEEP + spacing(240, 120), rpr=BOLD),
    style(styles.TABELKOP, "Tabelkop", ppr="<w:keepNext/>" + spacing(40, 40), rpr=BOLD),
    style(styles.TABELTEKST, "Tabeltekst", ppr=spacing(40, 40)),
    style(
        styles.TOELICHTING_KOP, "Toelichting kop",
        ppr=KEEP + "<w:pageBreakBefore/>" + spacing(0, 240) + outline(1), rpr=BOLD + size(28),
    ),
    style(
        styles.TOELICHTING_PARAGRAAF, "Toelichting paragraaf",
        ppr=KEEP + spacing(360, 120) + outline(2), rpr=BOLD + size(24),
    ),
    style(styles.TOELICHTING_ARTIKEL, "Toelichting artikel", ppr=KEEP + spacing(240, 60),
          rpr=BOLD),
    # The wijzigingsbesluit: instructions and the provision text they quote, indented one step
    # further than the text of a regeling, so that a reader sees where a quotation ends.
    style(styles.BESLUITKOP, "Besluitkop", ppr=KEEP + spacing(0, 240), rpr=BOLD + size(28)),
    style(styles.OPDRACHT_LETTER, "Opdrachtletter", ppr=KEEP + spacing(240, 60), rpr=BOLD),
    style(styles.OPDRACHT, "Opdracht", ppr="<w:keepNext/>"),
    style(styles.OPDRACHT_STAP, "Opdrachtstap", ppr=hanging(567)),
    style(
        styles.CITAAT_KOP, "Citaatkop", ppr=KEEP + spacing(120, 60) + '<w:ind w:left="567"/>',
        rpr=BOLD,
    ),
    style(styles.CITAAT, "Citaat", ppr='<w:ind w:left="567"/>'),
    style(styles.CITAAT_LID, "Citaatlid", ppr=hanging(1134)),
    style(styles.CITAAT_ONDERDEEL, "Citaatonderdeel", ppr=hanging(1701, spacing(0, 60))),
    style(styles.CITAAT_SUBONDERDEEL, "Citaatsubonderdeel", ppr=hanging(2268, spacing(0, 60))),
    style(
        styles.KOPTEKST, "header",
        ppr=f'<w:tabs><w:tab w:val="right" w:pos="{TEXT_W}"/></w:tabs>' + spacing(0, 0),
        rpr='<w:color w:val="595959"/>' + size(16),
    ),
    style(
        styles.VOETTEKST, "footer",
        ppr=spacing(0, 0) + '<w:jc w:val="right"/>',
        rpr='<w:color w:val="595959"/>' + size(16),
    ),
    style(
        "Standaardtabel", "Normal Table", kind="table", based=None, default=True,
        extra=(
            '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar>'
            '<w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
            '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
            "</w:tblCellMar></w:tblPr>"
        ),
    ),
    style(
        styles.TABELRASTER, "Table Grid", kind="table", based="Standaardtabel",
        extra=(
            f"<w:tblPr><w:tblBorders><w:top {BORDER}/><w:left {BORDER}/><w:bottom {BORDER}/>"
            f"<w:right {BORDER}/><w:insideH {BORDER}/><w:insideV {BORDER}/></w:tblBorders>"
            "</w:tblPr>"
        ),
    ),
]

STYLES_XML = (
    f'{XML_DECL}<w:styles xmlns:w="{W}">'
    "<w:docDefaults><w:rPrDefault><w:rPr>"
    f'<w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:eastAsia="{FONT}" w:cs="{FONT}"/>'
    + size(20)
    + '<w:lang w:val="nl-NL"/>'
    "</w:rPr></w:rPrDefault>"
    '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
    "</w:pPrDefault></w:docDefaults>"
    + "".join(STYLES)
    + "</w:styles>"
)

# The font table tells Word what the house font is like, so that where it is missing Word
# takes the metric-compatible Arial (w:altName, PANOSE, family and pitch) instead of a guess.
FONT_TABLE_XML = (
    f'{XML_DECL}<w:fonts xmlns:w="{W}">'
    f'<w:font w:name="{FONT}"><w:altName w:val="{styles.FONT_ALTERNATIVE}"/>'
    f'<w:panose1 w:val="{styles.FONT_PANOSE}"/><w:charset w:val="00"/>'
    '<w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>'
    "</w:fonts>"
)

# --- settings ------------------------------------------------------------------------------

# Schema order matters (CT_Settings is a sequence). w:zoom needs w:percent: python-docx's
# default template omits it and fails validation. No w:updateFields: with it Word asks to
# update the fields on every opening (docs/ontwerp/inhoudsopgave.md); the writer also drops it
# from any template it fills.
SETTINGS_XML = (
    f'{XML_DECL}<w:settings xmlns:w="{W}">'
    '<w:zoom w:percent="100"/>'
    '<w:defaultTabStop w:val="567"/>'
    '<w:characterSpacingControl w:val="doNotCompress"/>'
    "<w:compat>"
    '<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word"'
    ' w:val="15"/>'
    "</w:compat>"
    '<w:themeFontLang w:val="nl-NL"/>'
    '<w:decimalSymbol w:val=","/>'
    '<w:listSeparator w:val=";"/>'
    "</w:settings>"
)

# --- body ----------------------------------------------------------------------------------


def para(text: str, style_id: str | None = None) -> str:
    """A template paragraph; ``text`` may hold jinja tags and is written unescaped."""
    ppr = f'<w:pPr><w:pStyle w:val="{style_id}"/></w:pPr>' if style_id else ""
    return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def slot(name: str) -> str:
    """A paragraph docxtpl replaces by the paragraphs in context variable ``name``."""
    return para(f"{{{{p {name} }}}}")


SECTION = (
    "<w:sectPr>"
    '<w:headerReference w:type="default" r:id="rId3"/>'
    '<w:footerReference w:type="default" r:id="rId4"/>'
    f'<w:pgSz w:w="{PAGE_W}" w:h="{PAGE_H}"/>'
    f'<w:pgMar w:top="{MARGIN}" w:right="{MARGIN}" w:bottom="{MARGIN}" w:left="{MARGIN}" '
    'w:header="709" w:footer="709" w:gutter="0"/>'
    '<w:cols w:space="708"/>'
    "</w:sectPr>"
)

BODY = [
    # Title page: built by the writer, so a redline can mark changes in it as well
    slot("titelpagina"),
    # Table of contents (its heading has no outline level, so it does not list itself)
    para("Inhoudsopgave", styles.KOP_INHOUDSOPGAVE),
    slot("inhoudsopgave"),
    # The regeling
    slot("kop"),
    slot("aanhef"),
    slot("overwegingen"),
    slot("gelet_op"),
    slot("besluit"),
    slot("artikelen"),
    slot("slotformule"),
    slot("ondertekening"),
    slot("bijlagen"),
    slot("toelichting"),
]

DOCUMENT_XML = (
    f'{XML_DECL}<w:document {NAMESPACES}><w:body>' + "".join(BODY) + SECTION
    + "</w:body></w:document>"
)

# An overview (wijzigingsoverzicht, transponeringstabel): its title and its sections, one after
# the other, without a title page or table of contents.
OVERVIEW_OUTPUT = REPO / "assembler" / "render" / "docx" / "overzicht.docx"
OVERVIEW_XML = (
    f'{XML_DECL}<w:document {NAMESPACES}><w:body>' + slot("kop") + slot("bijlagen") + SECTION
    + "</w:body></w:document>"
)

# The cover letter (aanbiedingsbrief) of a round's package: the same styles, header and
# footer; plain placeholders for the letter's data and slots for what the writer builds.
LETTER_OUTPUT = REPO / "assembler" / "render" / "docx" / "aanbiedingsbrief.docx"
LETTER_BODY = [
    slot("afzender"),
    slot("adres"),
    slot("kenmerken"),
    para("{{ aanhef }}", styles.NORMAL),
    slot("alineas"),
    slot("overzicht"),
    slot("ondertekening"),
    slot("bijlagenlijst"),
    slot("afschrift"),
]
LETTER_XML = (
    f'{XML_DECL}<w:document {NAMESPACES}><w:body>' + "".join(LETTER_BODY) + SECTION
    + "</w:body></w:document>"
)

# The wijzigingsbesluit: no title page and no table of contents; the writer builds the rest.
INSTRUMENT_OUTPUT = REPO / "assembler" / "render" / "docx" / "wijzigingsbesluit.docx"
INSTRUMENT_BODY = [
    slot("kop"),
    slot("aanhef"),
    slot("overwegingen"),
    slot("gelet_op"),
    slot("besluit"),
    slot("artikelen"),
    slot("slotformule"),
    slot("ondertekening"),
    slot("bijlagen"),
    slot("toelichting"),
]
INSTRUMENT_XML = (
    f'{XML_DECL}<w:document {NAMESPACES}><w:body>' + "".join(INSTRUMENT_BODY) + SECTION
    + "</w:body></w:document>"
)

# --- header and footer ---------------------------------------------------------------------

HEADER_XML = (
    f"{XML_DECL}<w:hdr {NAMESPACES}>"
    f'<w:p><w:pPr><w:pStyle w:val="{styles.KOPTEKST}"/></w:pPr>'
    # The watermark run (empty for a final version) comes first, as Word places it.
    '<w:r><w:t xml:space="preserve">{{r watermerk }}</w:t></w:r>'
    '<w:r><w:t xml:space="preserve">{{ titel }}</w:t></w:r>'
    "<w:r><w:tab/></w:r>"
    '<w:r><w:t xml:space="preserve">{{ versie }} \u2014 {{ datum }}</w:t></w:r>'
    "</w:p></w:hdr>"
)

FOOTER_XML = (
    f"{XML_DECL}<w:ftr {NAMESPACES}>"
    f'<w:p><w:pPr><w:pStyle w:val="{styles.VOETTEKST}"/></w:pPr>'
    '<w:r><w:t xml:space="preserve">Pagina </w:t></w:r>'
    + fields.page()
    + '<w:r><w:t xml:space="preserve"> van </w:t></w:r>'
    + fields.numpages()
    + "</w:p></w:ftr>"
)

# --- package -------------------------------------------------------------------------------

CT = "application/vnd.openxmlformats-officedocument"
CONTENT_TYPES_XML = (
    f"{XML_DECL}"
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    f'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    f'<Override PartName="/word/document.xml" ContentType="{CT}.wordprocessingml.document.main+xml"/>'
    f'<Override PartName="/word/styles.xml" ContentType="{CT}.wordprocessingml.styles+xml"/>'
    f'<Override PartName="/word/settings.xml" ContentType="{CT}.wordprocessingml.settings+xml"/>'
    f'<Override PartName="/word/fontTable.xml" ContentType="{CT}.wordprocessingml.fontTable+xml"/>'
    f'<Override PartName="/word/header1.xml" ContentType="{CT}.wordprocessingml.header+xml"/>'
    f'<Override PartName="/word/footer1.xml" ContentType="{CT}.wordprocessingml.footer+xml"/>'
    '<Override PartName="/docProps/core.xml" '
    'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    f'<Override PartName="/docProps/app.xml" ContentType="{CT}.extended-properties+xml"/>'
    "</Types>"
)


def relationships(*rels: tuple[str, str, str]) -> str:
    items = "".join(f'<Relationship Id="{i}" Type="{t}" Target="{target}"/>' for i, t, target in rels)
    return f'{XML_DECL}<Relationships xmlns="{PKG_RELS}">{items}</Relationships>'


OD = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE_RELS = relationships(
    ("rId1", f"{OD}/officeDocument", "word/document.xml"),
    ("rId2", f"{PKG_RELS}/metadata/core-properties", "docProps/core.xml"),
    ("rId3", f"{OD}/extended-properties", "docProps/app.xml"),
)
DOCUMENT_RELS = relationships(
    ("rId1", f"{OD}/styles", "styles.xml"),
    ("rId2", f"{OD}/settings", "settings.xml"),
    ("rId3", f"{OD}/header", "header1.xml"),
    ("rId4", f"{OD}/footer", "footer1.xml"),
    ("rId5", f"{OD}/fontTable", "fontTable.xml"),
)

# The writer overwrites title, author, dates and revision from the document's data.
CORE_XML = (
    f"{XML_DECL}"
    '<cp:coreProperties '
    'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    "<dc:title>Huisstijl</dc:title>"
    "<dc:language>nl-NL</dc:language>"
    "<cp:revision>1</cp:revision>"
    "</cp:coreProperties>"
)
APP_XML = (
    f"{XML_DECL}"
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    "<Application>assembler</Application>"
    "</Properties>"
)


def parts(document: str | None = None) -> list[tuple[str, bytes]]:
    """Every part of the template (or of the letter), by zip member name."""
    texts = {
        "[Content_Types].xml": CONTENT_TYPES_XML,
        "_rels/.rels": PACKAGE_RELS,
        "docProps/core.xml": CORE_XML,
        "docProps/app.xml": APP_XML,
        "word/document.xml": document or DOCUMENT_XML,
        "word/_rels/document.xml.rels": DOCUMENT_RELS,
        "word/styles.xml": STYLES_XML,
        "word/settings.xml": SETTINGS_XML,
        "word/fontTable.xml": FONT_TABLE_XML,
        "word/header1.xml": HEADER_XML,
        "word/footer1.xml": FOOTER_XML,
    }
    return [(name, text.encode("utf-8")) for name, text in texts.items()]


def main(argv: list[str]) -> int:
    defined = set(re.findall(r'w:styleId="([^"]+)"', STYLES_XML))
    missing = sorted(styles.REQUIRED - defined)
    if missing:
        raise SystemExit(f"styles the writer needs are not defined: {', '.join(missing)}")
    output = Path(argv[1]) if len(argv) > 1 else OUTPUT
    output.write_bytes(write_zip(parts()))
    print(output)
    if len(argv) <= 1:
        LETTER_OUTPUT.write_bytes(write_zip(parts(LETTER_XML)))
        print(LETTER_OUTPUT)
        INSTRUMENT_OUTPUT.write_bytes(write_zip(parts(INSTRUMENT_XML)))
        print(INSTRUMENT_OUTPUT)
        OVERVIEW_OUTPUT.write_bytes(write_zip(parts(OVERVIEW_XML)))
        print(OVERVIEW_OUTPUT)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
