"""Who publishes a regeling and its AKN identifiers (work and expression), as STOP asks them.

A work id names the regeling in every version: ``/akn/nl/act/gm0505/2021/gr-sociaal``; an
expression id one version of it: ``.../nld@2021-08-30;definitieve-tekst``. STOP's
identifiers may not contain a dot (Schematron STOP1000), and the fourth part is the code of the
bevoegd gezag: ``gm`` and the CBS code for a gemeente.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assembler.model.nodes import Document

# The CBS codes of the gemeenten of the Drechtsteden (public register of gemeentecodes).
GEMEENTECODES = {
    "Alblasserdam": "gm0482",
    "Dordrecht": "gm0505",
    "Hardinxveld-Giessendam": "gm0523",
    "Hendrik-Ido-Ambacht": "gm0531",
    "Papendrecht": "gm0590",
    "Sliedrecht": "gm0610",
    "Zwijndrecht": "gm0642",
}

_CODE = re.compile(r"^(mnre\d{4}|mn\d{3}|gm\d{4}|ws\d{4}|pv\d{2})$")
_SLUG = re.compile(r"[^a-z0-9\-]+")


def valid_code(code: str) -> bool:
    """Whether ``code`` is a bevoegd-gezag code STOP 1.1.0 accepts ("gm0505", "pv28", ...)."""
    return bool(_CODE.match(code))


def slug(text: str) -> str:
    """Lower case, letters, digits and hyphens only: "Definitieve tekst" → "definitieve-tekst"."""
    return _SLUG.sub("-", text.lower()).strip("-") or "x"


@dataclass(frozen=True, slots=True)
class Identity:
    """The bevoegd gezag of a regeling and the year its work id carries (stable across versions)."""

    code: str  # "gm0505"
    year: int  # the year of the work: the regeling's first version

    @property
    def prefix(self) -> str:
        """The start of every wId: the code and the sequence number of the regeling."""
        return f"{self.code}_1"

    def work(self, doc: Document) -> str:
        return f"/akn/nl/act/{self.code}/{self.year}/{slug(doc.file_stem)}"

    def expression(self, doc: Document) -> str:
        version = doc.version
        return f"{self.work(doc)}/nld@{version.date.isoformat()};{slug(version.label)}"
