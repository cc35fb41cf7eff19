"""Which source each rule enforces, for the rules registered without one.

The rules table shows it next to the severity: an error (fout) only where the source is a law,
a warning (waarschuwing) where it is practice. Rules written since carry their source in
:func:`assembler.checks.base.rule` itself; this table keeps the older modules unchanged.
"""

from __future__ import annotations

_AANWIJZINGEN = "Aanwijzingen voor de regelgeving (praktijk)"
_PROJECT = "werkwijze van assembler"
# Not a matter of style: a provision without content, or a list that announces items that do not
# follow, regulates nothing (the form itself follows the Aanwijzingen).
_INCOMPLETE = "volledigheid van de tekst (een bepaling zonder inhoud regelt niets)"

SOURCES: dict[str, str] = {
    "ALG01": _PROJECT,
    "ALG02": _PROJECT,
    "AWB01": "Awb, artikel 10:3, tweede lid, onderdeel a",
    "AWB02": "Awb, artikel 10:3, tweede lid, onderdeel b",
    "AWB03": "Awb, artikel 10:3, derde lid",
    "AWB04": "Awb, artikel 10:9",
    "AWB05": "Awb, artikel 10:3, vierde lid",
    "AWB06": "Awb, artikel 10:4",
    "AWB08": "Awb, artikel 10:14",
    "AWB09": "Awb, artikel 10:17",
    "AWB10": "Wgr (collegeregeling: alleen bevoegdheden van de colleges)",
    "AWB11": "Gemeentewet, artikel 156, tweede lid",
    "OVR01": "samenhang van de aanhef en het manifest (het bevoegde orgaan stelt vast)",
    "OVR02": "samenhang van de tekst en het manifest",
    "OVR03": "samenhang van de regeling en de financiële gegevens",
    "OVR04": "samenhang van de regeling en de financiële gegevens",
    "OVR05": "Awb, artikel 10:3, tweede lid, onderdeel a (samenhang van het register)",
    "REA01": "werkwijze van assembler (de nota van beantwoording beantwoordt elk punt)",
    "REA02": "samenhang van het register van reacties en de tekst",
    "REA03": "samenhang van het register van reacties en de commits",
    "REF01": "samenhang van de genummerde tekst",
    "REF02": "werkwijze van assembler (een verwijzing met ref() nummert mee)",
    "REF03": "samenhang van de documenten tussen twee versies",
    "SAM01": "samenhang van de regeling en het register",
    "SAM02": "samenhang van de regeling en de financiële gegevens",
    "SAM03": "samenhang van de regeling en de financiële gegevens",
    "SAM04": "Awb, artikel 10:15 en 10:3 (overdracht bij besluit van het college)",
    "SAM05": "Gemeentewet (de raad stelt de verordeningen van de gemeente vast)",
    "SAM06": "Gemeentewet (de raad stelt de verordeningen van de gemeente vast)",
    "TEK01": _AANWIJZINGEN,
    "TEK02": _AANWIJZINGEN,
    "TEK03": _INCOMPLETE,
    "TEK04": _AANWIJZINGEN,
    "TEK05": _AANWIJZINGEN,
    "TEK06": _AANWIJZINGEN,
    "TEK07": _INCOMPLETE,
    "TEK08": _AANWIJZINGEN,
    "TEK09": _AANWIJZINGEN,
    "VER01": _PROJECT,
    "VER02": _PROJECT,
    "WIJ01": "Wgr, artikel 9; Aanwijzingen voor de regelgeving, hoofdstuk 6",
    "WIJ02": "Aanwijzingen voor de regelgeving, aanwijzing 6.2",
    "WIJ03": "werkwijze van assembler (elke wijziging heeft een reden); Aanwijzingen voor de"
    " regelgeving, hoofdstuk 6 (toelichting per onderdeel)",
}
