"""Where each provision stands, and how a reference to it is worded.

Wording follows the Aanwijzingen voor de regelgeving: "artikel 7, tweede lid, onderdeel b,
onder 1°"; within the same article "het tweede lid" or "dit artikel"; within the same lid
"onderdeel b". An article with a single lid has no lid in the reference.

A reference to another document is worded as seen from outside it, followed by the name of that
document: "artikel 8, tweede lid, van de Gemeenschappelijke Regeling Sociaal", "artikel 3 van
het Mandaatbesluit Sociale Dienst Drechtsteden 2022" (Aanwijzingen voor de regelgeving: a comma
before "van" only when the reference names a lid or onderdeel).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assembler.model.numbering import ordinal


@dataclass(frozen=True, slots=True)
class Loc:
    """The computed place of one provision in a document."""

    kind: str  # "hoofdstuk" | "artikel" | "lid" | "onderdeel" | "subonderdeel"
    number: str  # chapter or article number
    article: str = ""  # article id ("" for a chapter)
    lid: str = ""
    lid_index: int = 0
    lid_count: int = 0
    onderdeel: str = ""
    letter: str = ""
    sub: str = ""  # "1°"


@dataclass(frozen=True, slots=True)
class Where:
    """Where the referring text stands (empty fields: outside any article)."""

    article: str = ""
    lid: str = ""
    onderdeel: str = ""


OUTSIDE = Where()


def wording(target: Loc, source: Where) -> str:
    """The reference text for ``target`` as seen from ``source``, lower case."""
    if target.kind == "hoofdstuk":
        return f"hoofdstuk {target.number}"
    parts: list[str] = []
    same_article = source.article == target.article
    same_lid = same_article and target.lid != "" and source.lid == target.lid
    same_onderdeel = same_lid and target.onderdeel != "" and source.onderdeel == target.onderdeel
    lid_named = target.lid_count > 1 and target.kind != "artikel"
    if not same_article:
        parts.append(f"artikel {target.number}")
    elif target.kind == "artikel":
        return "dit artikel"
    if lid_named and not same_lid:
        lid = f"{ordinal(target.lid_index)} lid"
        parts.append(lid if not same_article else f"het {lid}")
    elif target.kind == "lid" and same_article:
        return "dit lid"
    if target.kind in ("onderdeel", "subonderdeel") and not same_onderdeel:
        parts.append(f"onderdeel {target.letter}")
    elif target.kind == "onderdeel":
        return "dit onderdeel"
    if target.kind == "subonderdeel":
        parts.append(f"onder {target.sub}")
    return ", ".join(parts)


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def outside_wording(target: Loc, name: str) -> str:
    """The reference to ``target`` in another document called ``name``, lower case.

    An empty ``name`` leaves the document unnamed: just "artikel 8, tweede lid".
    """
    text = wording(target, OUTSIDE)
    if not name:
        return text
    return f"{text}, van {name}" if "," in text else f"{text} van {name}"


# The head noun decides the article: "het besluit", "het reglement", but "de regeling".
_NEUTER = ("besluit", "reglement", "statuut", "protocol", "convenant", "plan", "programma")
_COMMON = ("regeling", "verordening", "wet", "regels", "beleidsregel", "code", "instructie")
_WORD = re.compile(r"[^\W\d_]+")
_ARTICLE = re.compile(r"(?i)(de|het)\s")


def cited_name(citeertitel: str, kind: str) -> str:
    """How a document is cited after "van": its citeertitel with "de" or "het".

    The first word of the citeertitel that ends in a known noun decides ("Gemeenschappelijke
    Regeling Sociaal" -> "de ...", "Mandaatbesluit ..." -> "het ..."); otherwise the kind of
    document does (a besluit is "het", a regeling or verordening "de"). A citeertitel that
    starts with an article keeps it, in lower case.
    """
    if _ARTICLE.match(citeertitel):
        return citeertitel[:1].lower() + citeertitel[1:]
    for word in _WORD.findall(citeertitel.lower()):
        if word.endswith(_NEUTER):
            return f"het {citeertitel}"
        if word.endswith(_COMMON):
            return f"de {citeertitel}"
    return f"{'het' if kind == 'besluit' else 'de'} {citeertitel}"
