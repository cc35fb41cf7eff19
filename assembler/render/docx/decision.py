"""A raadsbesluit or collegebesluit as .docx, on the template of the wijzigingsbesluit (the
house style of a besluit: opschrift, aanhef, "gelet op", "besluit:", points, ondertekening)."""

from __future__ import annotations

from assembler.council.decisions import Decision
from assembler.diff.words import Seg
from assembler.flow.blocks import RItem, Role, RPara
from assembler.flow.redline import signature_role
from assembler.render.docx.blocks import BlockWriter
from assembler.render.docx.instrument import render_besluit


def _para(role: Role, text: str, number: str = "") -> RPara:
    return RPara(
        role,
        (Seg("=", text),) if text else (),
        (Seg("=", f"{number}\t"),) if number else (),
    )


def decision_parts(item: Decision) -> dict[str, list[RItem]]:
    """The blocks of ``item``, keyed like the slots of the template."""
    several = len(item.points) > 1
    points: list[RItem] = [
        _para(Role.LID, text, f"{i}.") if several else _para(Role.LID_ZONDER_NUMMER, text)
        for i, text in enumerate(item.points, start=1)
    ]
    signature: list[RItem] = [_para(Role.ONDERTEKENING, item.signature.organ)]
    count = len(item.signature.lines)
    signature += [
        _para(signature_role(k, count), line) for k, line in enumerate(item.signature.lines)
    ]
    return {
        "kop": [_para(Role.BESLUITKOP, item.opschrift)],
        "aanhef": [_para(Role.AANHEF, item.aanhef)],
        "overwegingen": [_para(Role.AANHEF, text) for text in item.overwegingen],
        "gelet_op": [_para(Role.AANHEF, item.gelet_op)],
        "besluit": [_para(Role.AANHEF, item.besluit)],
        "artikelen": points,
        "slotformule": [_para(Role.SLOTFORMULE, item.slotformule)],
        "ondertekening": signature,
        "bijlagen": [],
        "toelichting": [],
    }


def render_decision(item: Decision) -> bytes:
    """The decision's .docx bytes; the same decision always gives the same bytes."""
    return render_besluit(
        BlockWriter(),
        decision_parts(item),
        title=item.title,
        header=item.version.label,
        day=item.version.date,
        author=item.version.author,
        described=item.opschrift,
    )
