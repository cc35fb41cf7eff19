"""Column widths of a Word table from the text its columns hold.

Pure functions, shared by the document and redline writer (``blocks.py``) and the letter's
tables (``tables.py``). A column is at least as wide as its longest unbreakable word (a word
never breaks over two lines); what is left of the text width goes to the columns by how much
more room their text wants, the way a browser lays out an automatic table. A table whose
words do not fit between the margins of a portrait page is laid out for a landscape page.

Widths are estimated, not measured by a layout engine: the advance widths of the house font,
Liberation Sans (metric-compatible with Arial: the same widths glyph for glyph), in
thousandths of an em, at the table styles' 10 pt, plus a safety margin. The layout oracle in ``tests/layout`` checks the
estimate against LibreOffice's real layout.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

TEXT_WIDTH = 9070  # twips between the margins of the house style's portrait A4 page
LANDSCAPE_WIDTH = 16838 - 2 * 1418  # the same page turned: its height less both margins
STYLE_SIZE = 20  # half-points: Tabeltekst and Tabelkop are 10 pt
STYLE_MARGIN = 108  # twips: the left and the right cell margin of "Normal Table"
SAFETY = 1.04  # kerning, rounding and the cell borders: a word must fit with room to spare


@dataclass(frozen=True, slots=True)
class Fit:
    """One way to lay a table out: page width, font size (half-points), cell margin (twips)."""

    width: int
    size: int
    margin: int

    @property
    def landscape(self) -> bool:
        return self.width > TEXT_WIDTH


# Tried in this order; the first whose unbreakable words fit is taken. The last is for tables
# of many columns of amounts under long headings (the GR's contributions per task): 8 pt with
# narrow cell margins on a landscape page.
FITS = (
    Fit(TEXT_WIDTH, STYLE_SIZE, STYLE_MARGIN),
    Fit(LANDSCAPE_WIDTH, STYLE_SIZE, STYLE_MARGIN),
    Fit(LANDSCAPE_WIDTH, 16, 57),
)


def _widths(groups: dict[int, str]) -> dict[str, int]:
    return {char: width for width, chars in groups.items() for char in chars}


# Liberation Sans's (= Arial's = Helvetica's) advance widths in 1/1000 em, by character.
REGULAR = _widths(
    {
        191: "'",
        222: "ijl",
        260: "|",
        278: " !,./:;[\\]ftI\u00a0",
        333: "()-`r",
        334: "{}",
        355: '"',
        389: "*",
        469: "^",
        500: "cksvxyzJ",
        556: "abdeghnopqu0123456789#$?_L€–",
        584: "+<=>~",
        611: "FTZ",
        667: "ABEKPSVXY&",
        722: "CDHNRUw",
        778: "GOQ",
        833: "Mm",
        889: "%",
        944: "W",
        1000: "—",
        1015: "@",
    }
)
BOLD = _widths(
    {
        238: "'",
        278: " ,./\\ijlI\u00a0",
        280: "|",
        333: "!():;[]`ft-",
        389: "*{}r",
        474: '"',
        500: "z",
        556: "#$_acesvxykJ0123456789€–",
        584: "+<=>~^",
        611: "?bdghnopquFLTZ",
        667: "EPSVXY",
        722: "&ABCDHKNRU",
        778: "GOQw",
        833: "M",
        889: "%m",
        944: "W",
        975: "@",
        1000: "—",
    }
)
UNKNOWN = 667  # a character not in the tables: wider than most, so its word still fits

# Where a line may break: ordinary white space only (a non-breaking space holds "€ 110"
# together). A hyphen is a break opportunity too, but a name like "Hardinxveld-Giessendam"
# reads better whole, so it is measured as one word.
_BREAK = re.compile(r"[ \t\n\r]+")
# A number as a Dutch table writes it: "2.157.584,16", "-42.530,60", "+356.147,30", "€ 110,00",
# "€ 100.000", "20.126", "648". A column of them is right-aligned when one of them is an
# amount or a large number (a column of article numbers "17", "33" stays left-aligned).
_NUMBER = re.compile(r"[+\-−]?(?:€[ \u00a0]?)?[+\-−]?\d{1,3}(?:\.\d{3})*(?:,\d{2})?")
_AMOUNT = re.compile(r".*(?:€|,\d{2}$|\d\.\d{3})")


def text_width(text: str, bold: bool = False, size: int = STYLE_SIZE) -> int:
    """The width of ``text`` on one line, in twips, at ``size`` half-points."""
    table = BOLD if bold else REGULAR
    units = 0
    for char in text:
        width = table.get(char)
        if width is None:
            base = unicodedata.normalize("NFKD", char)[:1]  # "ë" measures as "e"
            width = table.get(base, UNKNOWN)
        units += width
    # An em is the font size: size half-points = size * 10 twips.
    return units * size * 10 // 1000


def _measure(text: str, bold: bool, fit: Fit) -> tuple[int, int]:
    """(longest unbreakable word, whole text on one line) with the cell margins, in twips."""
    words = [w for w in _BREAK.split(text) if w]
    longest = max((text_width(w, bold, fit.size) for w in words), default=0)
    whole = text_width(" ".join(words), bold, fit.size)
    padding = 2 * fit.margin
    return round(longest * SAFETY) + padding, round(whole * SAFETY) + padding


def is_number(text: str) -> bool:
    """Whether a cell holds a number or an amount only, nothing else."""
    return _NUMBER.fullmatch(text.strip()) is not None


def is_amount(text: str) -> bool:
    """Whether a cell holds an amount ("€ 110,00", "2.157.584,16") or a large number only."""
    return is_number(text) and _AMOUNT.match(text.strip()) is not None


def amount_column(cells: Sequence[str]) -> bool:
    """Whether a column is right-aligned: its cells (the empty ones aside) are all numbers,
    and at least one is an amount or a large number."""
    filled = [c for c in cells if c.strip()]
    return bool(filled) and all(map(is_number, filled)) and any(map(is_amount, filled))


@dataclass(frozen=True, slots=True)
class Layout:
    """How a table is laid out: column widths in twips (adding up to the page's text width),
    which columns hold amounts only, and the font size and cell margin (those of the styles
    unless the table needs smaller ones), whether it needs landscape pages."""

    widths: tuple[int, ...]
    amounts: tuple[bool, ...]
    size: int = STYLE_SIZE
    margin: int = STYLE_MARGIN

    @property
    def width(self) -> int:
        return sum(self.widths)

    @property
    def landscape(self) -> bool:
        return self.width > TEXT_WIDTH


def distribute(minimum: Sequence[int], natural: Sequence[int], total: int) -> tuple[int, ...]:
    """Widths adding up to ``total``: each column gets at least its minimum; the rest goes to
    the columns by how much wider than their minimum their text wants to be.

    When every text fits on one line the columns keep their natural widths, scaled up to fill
    the total. When even the minima do not fit, the columns shrink in proportion to them.
    """
    if not minimum:
        return ()
    natural = [max(n, m) for n, m in zip(natural, minimum, strict=True)]
    if sum(natural) <= total:
        raw = [n * total / sum(natural) for n in natural]
    elif sum(minimum) <= total:
        room = total - sum(minimum)
        wants = [n - m for n, m in zip(natural, minimum, strict=True)]
        raw = [m + room * w / sum(wants) for m, w in zip(minimum, wants, strict=True)]
    else:
        raw = [m * total / sum(minimum) for m in minimum]
    out = [int(r) for r in raw]
    # The twips lost to rounding go to the widest column (the first of them on a tie).
    widest = out.index(max(out))
    out[widest] += total - sum(out)
    return tuple(out)


def layout(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    values: Sequence[Sequence[str]] | None = None,
) -> Layout:
    """The layout of a table with ``header`` cells (bold) and body ``rows`` of plain text.

    ``values`` are the cells as read for alignment, when that differs from the text shown (a
    redline shows an old and a new amount side by side: each is an amount, both together not);
    by default the rows themselves.
    """
    columns = max([len(header), *(len(r) for r in rows)], default=1) or 1
    read = rows if values is None else values
    amounts = tuple(amount_column([v for r in read for v in r[i : i + 1]]) for i in range(columns))
    cells = [(header, True), *((r, False) for r in rows)]
    for fit in FITS:
        minimum = [2 * fit.margin] * columns
        natural = [2 * fit.margin] * columns
        for texts, bold in cells:
            for index, text in enumerate(texts):
                least, whole = _measure(text, bold, fit)
                minimum[index] = max(minimum[index], least)
                natural[index] = max(natural[index], whole)
        if sum(minimum) <= fit.width:
            break
    # The last fit is used even when its words do not fit: the layout oracle reports it.
    widths = distribute(minimum, natural, fit.width)
    return Layout(widths, amounts, fit.size, fit.margin)
