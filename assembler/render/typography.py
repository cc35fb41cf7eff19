"""No-break spaces where Dutch typography wants them, applied where text is written out.

"artikel 7", "€ 110" and "1 januari" must not break over two lines. The model keeps ordinary
spaces (so comparisons, checks and the text rendering see the words as written); the writers
put U+00A0 in when a run is written. A no-break space the author typed stays one.
"""

from __future__ import annotations

import re

NBSP = "\u00a0"
_MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
_KEEP = re.compile(
    r"(?:(?<=\b[Aa]rtikel)|(?<=\b[Aa]rtikelen)|(?<=\b[Hh]oofdstuk)|(?<=\b[Bb]ijlage)"
    r"|(?<=\b[Oo]nderdeel)|(?<=\b[Ll]id))"
    r" (?=\d|[a-z]\b|[IVX]+\b)"  # a designation follows: 7, 9a, b, II
    r"|(?<=€) (?=\d)"  # an amount
    rf"|(?<=\d)(?<!\d\d\d) (?=(?:{_MONTHS})\b)"  # a day and its month
)


def no_break(text: str) -> str:
    """``text`` with no-break spaces in "artikel 7", "€ 110" and "1 januari"."""
    if " " not in text:
        return text
    return _KEEP.sub(NBSP, text)
