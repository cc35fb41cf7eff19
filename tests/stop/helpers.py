"""What the STOP tests share: the schema (skipped when absent), a subset of STOP's Schematron
rules written out independently, and an oracle that applies a RegelingMutatie."""

from __future__ import annotations

import copy
import re

import pytest
from lxml import etree  # type: ignore[import-untyped, unused-ignore]

from assembler.stop import schema
from assembler.stop.elements import NS

N = {"t": NS}
MIXED_TAGS = {"Al", "Opschrift", "Label", "Nummer", "LidNummer", "LiNummer", "Wat", "title"}
MIXED_TAGS |= {"NieuweTekst", "VerwijderdeTekst", "IntRef"}

# STOP's AKN name per element (Schematron sch_tekst_020), for the elements we write.
AKN_NAMES = {
    "Lichaam": "body",
    "RegelingOpschrift": "longTitle",
    "AlgemeneToelichting": "genrecital",
    "ArtikelgewijzeToelichting": "artrecital",
    "Artikel": "art",
    "WijzigArtikel": "art",
    "Lid": "para",
    "Divisietekst": "content",
    "Hoofdstuk": "chp",
    "Bijlage": "cmp",
    "WijzigBijlage": "cmp",
    "Toelichting": "recital",
    "Aanhef": "formula_1",
    "Sluiting": "formula_2",
    "table": "table",
    "Lijst": "list",
    "Li": "item",
}


def local(element: etree._Element) -> str:
    return str(etree.QName(element).localname)


def validate(data: bytes) -> None:
    """Fails with the schema's messages; skips when the schema folder is absent."""
    if schema.schema_path() is None:
        pytest.skip(
            "het STOP-schema ontbreekt (../shared/stop-xsd/imop-tekst.xsd of ASSEMBLER_STOP_XSD)"
        )
    assert schema.problems(data) == []


def business_rules(data: bytes) -> list[str]:
    """Violations of the STOP rules the schema does not check (our own reading of them):
    AKN names of eId/wId, uniqueness per component, IntRef targets, renvooi only in a
    RegelingMutatie, tables of two columns or more."""
    root = etree.fromstring(data)
    found: list[str] = []
    scopes: dict[int, tuple[set[str], set[str]]] = {}
    for element in root.iter(f"{{{NS}}}*"):
        name = local(element)
        eid, wid = element.get("eId"), element.get("wId")
        if eid is not None and name in AKN_NAMES:
            akn = AKN_NAMES[name]
            if not eid.split("__")[-1].startswith(akn):
                found.append(f"eId {eid} van {name} begint niet met {akn}")
            if not wid or not wid.split("__")[-1].startswith(akn):
                found.append(f"wId {wid} van {name} begint niet met {akn}")
        if eid is not None:
            component = next(
                (a for a in element.iterancestors() if a.get("componentnaam") is not None), None
            )
            eids, wids = scopes.setdefault(id(component), (set(), set()))
            # A removed element (wijzigactie, or the text inside a Verwijder) may share its eId
            # with the element that took its number (the 1.1.0 rule STOP0027).
            removed = any(
                a.get("wijzigactie") == "verwijder" or local(a) == "Verwijder"
                for a in (element, *element.iterancestors())
            )
            if not removed:
                if eid in eids:
                    found.append(f"eId {eid} komt twee keer voor")
                eids.add(eid)
            if wid in wids:
                found.append(f"wId {wid} komt twee keer voor")
            wids.add(wid or "")
        in_mutation = any(local(a) == "RegelingMutatie" for a in element.iterancestors())
        if name in ("NieuweTekst", "VerwijderdeTekst") and not in_mutation:
            found.append(f"{name} buiten een RegelingMutatie")
        if element.get("wijzigactie") is not None and not in_mutation:
            found.append(f"wijzigactie op {name} buiten een RegelingMutatie")
        if name == "tgroup" and int(element.get("cols", "0")) < 2:
            found.append("tabel met minder dan twee kolommen")
    for ref in root.iter(f"{{{NS}}}IntRef"):
        if any(local(a) == "RegelingMutatie" for a in ref.iterancestors()):
            continue  # it names an element of the new version (the oracle checks those)
        component = next(
            (a for a in ref.iterancestors() if a.get("componentnaam") is not None), root
        )
        target = ref.get("ref")
        if not component.xpath(".//*[@eId=$e]", e=target) and not root.xpath(
            ".//*[@eId=$e]", e=target
        ):
            found.append(f"IntRef naar onbekende eId {target}")
    return found


# -- the oracle: apply a mutation -----------------------------------------------------------


def accept(element: etree._Element) -> etree._Element:
    """The element as it reads after the change: deleted text and elements gone, new text kept."""
    element = copy.deepcopy(element)
    for node in list(element.iter(f"{{{NS}}}*")):
        if node.get("wijzigactie") == "verwijder" or local(node) == "VerwijderdeTekst":
            _drop(node)
    for node in list(element.iter(f"{{{NS}}}NieuweTekst")):
        _unwrap(node)
    for node in element.iter(f"{{{NS}}}*"):
        node.attrib.pop("wijzigactie", None)
    return element


def _drop(node: etree._Element) -> None:
    parent = node.getparent()
    if parent is None:
        return
    _join_text(node, node.tail or "")
    parent.remove(node)


def _join_text(node: etree._Element, text: str) -> None:
    previous = node.getprevious()
    parent = node.getparent()
    if previous is not None:
        previous.tail = (previous.tail or "") + text
    else:
        parent.text = (parent.text or "") + text


def _unwrap(node: etree._Element) -> None:
    parent = node.getparent()
    index = parent.index(node)
    _join_text(node, node.text or "")
    children = list(node)
    for offset, child in enumerate(children):
        parent.insert(index + offset, child)
    if children:
        children[-1].tail = (children[-1].tail or "") + (node.tail or "")
    else:
        _join_text(node, node.tail or "")
    parent.remove(node)


def regeling_of(besluit: bytes) -> etree._Element:
    return etree.fromstring(besluit).find(".//t:RegelingCompact", N)


def mutatie_of(besluit: bytes) -> etree._Element:
    return etree.fromstring(besluit).find(".//t:RegelingMutatie", N)


def apply(regeling: etree._Element, mutatie: etree._Element) -> etree._Element:
    """The regeling after every action of ``mutatie``; every ``wat`` and ``context`` names an
    element of the old version (resolved before anything changes)."""
    result = copy.deepcopy(regeling)
    old: dict[str, etree._Element] = {}
    for element in result.iter(f"{{{NS}}}*"):
        eid = element.get("eId")
        if eid is not None:
            assert eid not in old, f"eId {eid} twee keer in de oude versie"
            old[eid] = element
    now: dict[str, etree._Element] = {}

    def find(eid: str) -> etree._Element:
        assert eid in old, f"{eid} staat niet in de oude versie"
        return now.get(eid, old[eid])

    for action in mutatie:
        name = local(action)
        if name == "Vervang":
            target = find(action.get("wat"))
            replacement = accept(action[0])
            replacement.tail = target.tail
            target.getparent().replace(target, replacement)
            now[action.get("wat")] = replacement
        elif name == "Verwijder":
            target = find(action.get("wat"))
            target.getparent().remove(target)
        elif name == "VoegToe":
            context = find(action.get("context"))
            added = [accept(child) for child in action]
            if action.get("positie") == "volgtOp":
                for element in reversed(added):
                    context.addnext(element)
            else:
                for element in added:
                    context.addprevious(element)
        elif name == "VervangKop":
            target = find(action.get("wat"))
            target.replace(target.find("t:Kop", N), accept(action.find("t:Kop", N)))
        else:  # pragma: no cover - the mutation has no other actions
            raise AssertionError(name)
    return result


def canonical(element: etree._Element) -> str:
    """The element without layout whitespace and without the version attribute."""
    element = copy.deepcopy(element)
    element.attrib.pop("wordt", None)
    for node in element.iter(f"{{{NS}}}*"):
        if local(node) not in MIXED_TAGS and node.text is not None and not node.text.strip():
            node.text = None
        parent = node.getparent()
        if (
            parent is not None
            and local(parent) not in MIXED_TAGS
            and node.tail is not None
            and not node.tail.strip()
        ):
            node.tail = None
    return re.sub(r"\s+", " ", etree.tostring(element, encoding="unicode"))
