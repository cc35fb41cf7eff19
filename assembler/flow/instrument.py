"""The reading order of a wijzigingsbesluit: the blocks its writers draw, slot by slot.

Each instruction line becomes one paragraph: the letter on a line of its own, the sentence,
the numbered steps of a grouped instruction, and the provision text it quotes with the role of
its kind (an article heading, a lid "2.", an onderdeel "c."), so that the quoted text reads as
the regeling itself does, one step indented.
"""

from __future__ import annotations

from assembler.amend.annexes import carried_sections
from assembler.amend.consolidated import Shape
from assembler.amend.instructions import Line, Style
from assembler.amend.instrument import Instrument
from assembler.diff.words import Seg
from assembler.flow.blocks import RItem, Role, RPara
from assembler.flow.document import section_blocks
from assembler.flow.redline import ARTIKELSGEWIJS, TOELICHTING, signature_role

Parts = dict[str, list[RItem]]

_QUOTE_ROLES = {
    Shape.CHAPTER: Role.CITAAT_KOP,
    Shape.ARTICLE: Role.CITAAT_KOP,
    Shape.LID: Role.CITAAT_LID,
    Shape.TEXT: Role.CITAAT,
    Shape.ONDERDEEL: Role.CITAAT_ONDERDEEL,
    Shape.SUBONDERDEEL: Role.CITAAT_SUBONDERDEEL,
}
# Quoted lines whose first word is their number ("2. ...", "c. ...", "1° ...").
_NUMBERED = (Shape.LID, Shape.ONDERDEEL, Shape.SUBONDERDEEL)


def _para(role: Role, text: str, number: str = "") -> RPara:
    return RPara(
        role,
        (Seg("=", text),) if text else (),
        (Seg("=", f"{number}\t"),) if number else (),
    )


def line_item(line: Line) -> RPara:
    """The paragraph of one line of ARTIKEL I."""
    if line.style is Style.LETTER:
        return _para(Role.OPDRACHT_LETTER, line.text)
    if line.style is Style.SENTENCE:
        return _para(Role.OPDRACHT, line.text)
    if line.style is Style.STEP:
        number, _, text = line.text.partition(" ")
        return _para(Role.OPDRACHT_STAP, text, number)
    shape = line.quoted.shape if line.quoted is not None else Shape.TEXT
    if shape in _NUMBERED:
        number, _, text = line.text.partition(" ")
        return _para(_QUOTE_ROLES[shape], text, number)
    return _para(_QUOTE_ROLES[shape], line.text)


def instrument_parts(item: Instrument) -> Parts:
    """The blocks of ``item``, keyed like the slots of the wijzigingsbesluit template."""
    parts: Parts = {
        "kop": [_para(Role.BESLUITKOP, item.opschrift)],
        "aanhef": [_para(Role.AANHEF, text) for text in item.aanhef],
        "overwegingen": [_para(Role.AANHEF, text) for text in item.overwegingen],
        "gelet_op": [_para(Role.AANHEF, item.gelet_op)],
        "besluit": [_para(Role.AANHEF, item.besluit)],
    }
    body: list[RItem] = [
        _para(Role.ARTIKELKOP, "ARTIKEL I"),
        _para(Role.LID_ZONDER_NUMMER, item.intro),
    ]
    body.extend(line_item(line) for line in item.lines)
    body.append(_para(Role.ARTIKELKOP, "ARTIKEL II"))
    body.extend(_para(Role.LID_ZONDER_NUMMER, text) for text in item.closing)
    parts["artikelen"] = body
    parts["slotformule"] = [_para(Role.SLOTFORMULE, text) for text in item.slotformule]
    signatures: list[RItem] = []
    for signature in item.signatures:
        signatures.append(_para(Role.ONDERTEKENING, signature.organ))
        count = len(signature.lines)
        signatures.extend(
            _para(signature_role(k, count), text) for k, text in enumerate(signature.lines)
        )
    parts["ondertekening"] = signatures
    # The annexes the instructions replace or add, as the instrument's own bijlagen.
    annexes: list[RItem] = []
    for heading, section in carried_sections(item.annexes):
        annexes.append(_para(Role.BIJLAGEKOP, heading))
        annexes.extend(section_blocks(section.blocks))
    parts["bijlagen"] = annexes
    toelichting: list[RItem] = [_para(Role.TOELICHTING_KOP, TOELICHTING)]
    toelichting.append(_para(Role.TOELICHTING_PARAGRAAF, "Algemeen"))
    toelichting.extend(_para(Role.NORMAL, text) for text in item.toelichting)
    toelichting.append(_para(Role.TOELICHTING_PARAGRAAF, ARTIKELSGEWIJS))
    toelichting.append(_para(Role.TOELICHTING_ARTIKEL, "Artikel I"))
    for explanation in item.explanations:
        label = f"Onderdeel {explanation.letter}" if explanation.letter else "De regeling"
        if explanation.concerns:
            label += f" ({explanation.concerns})"
        toelichting.append(_para(Role.TOELICHTING_ARTIKEL, label))
        reasons = explanation.reasons or ("Geen reden vastgelegd bij deze wijziging.",)
        toelichting.extend(_para(Role.NORMAL, reason) for reason in reasons)
    toelichting.append(_para(Role.TOELICHTING_ARTIKEL, "Artikel II"))
    toelichting.append(_para(Role.NORMAL, _commencement(item)))
    parts["toelichting"] = toelichting
    return parts


def _commencement(item: Instrument) -> str:
    """ARTIKEL II in the words of the toelichting: what it provides, nothing invented."""
    closing = item.closing[0] if item.closing else ""
    for subject in ("Dit besluit", "Deze verordening"):
        if closing.startswith(subject):
            return "De wijziging" + closing[len(subject) :]
    return closing
