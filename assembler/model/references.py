"""Where each provision stands, and how a reference to it is worded.

Wording follows the Aanwijzingen voor de regelgeving: "artikel 7, tweede lid, onderdeel b,
onder 1°"; within the same article "het tweede lid" or "dit artikel"; within the same lid
"onderdeel b". An article with a single lid has no lid in the reference.
"""

from __future__ import annotations

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
