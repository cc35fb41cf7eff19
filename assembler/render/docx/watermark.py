"""The diagonal CONCEPT watermark: a VML text path in the header, as Word writes it."""

from __future__ import annotations

from assembler.render.docx import styles
from assembler.render.docx.runs import escape

# Word's "Watermark" command writes this shape type (136, text along a path) and shape; the
# shape id "PowerPlusWaterMarkObject..." is what makes Word list it as a watermark again.
_SHAPETYPE = (
    '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" '
    'path="m@7,l@8,m@5,21600l@6,21600e">'
    "<v:formulas>"
    '<v:f eqn="sum #0 0 10800"/><v:f eqn="prod #0 2 1"/><v:f eqn="sum 21600 0 @1"/>'
    '<v:f eqn="sum 0 0 @2"/><v:f eqn="sum 21600 0 @3"/><v:f eqn="if @0 @3 0"/>'
    '<v:f eqn="if @0 21600 @1"/><v:f eqn="if @0 0 @2"/><v:f eqn="if @0 @4 21600"/>'
    '<v:f eqn="mid @5 @6"/><v:f eqn="mid @8 @5"/><v:f eqn="mid @7 @8"/>'
    '<v:f eqn="mid @6 @7"/><v:f eqn="sum @6 0 @5"/>'
    "</v:formulas>"
    '<v:path textpathok="t" o:connecttype="custom" '
    'o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" '
    'o:connectangles="270,180,90,0"/>'
    '<v:textpath on="t" fitshape="t"/>'
    '<v:handles><v:h position="#0,bottomRight" xrange="6629,14971"/></v:handles>'
    '<o:lock v:ext="edit" text="t" shapetype="t"/>'
    "</v:shapetype>"
)

_STYLE = (
    "position:absolute;margin-left:0;margin-top:0;width:470pt;height:117.5pt;"
    "rotation:315;z-index:-251657216;"
    "mso-position-horizontal:center;mso-position-horizontal-relative:margin;"
    "mso-position-vertical:center;mso-position-vertical-relative:margin"
)


def watermark(text: str = "CONCEPT") -> str:
    """A run holding a diagonal, light grey, semi-transparent ``text`` behind the page text.

    Placed in a header paragraph, it shows on every page that uses that header.
    """
    return (
        "<w:r><w:rPr><w:noProof/></w:rPr><w:pict>"
        + _SHAPETYPE
        + '<v:shape id="PowerPlusWaterMarkObject1" o:spid="_x0000_s1025" type="#_x0000_t136" '
        f'style="{_STYLE}" o:allowincell="f" fillcolor="silver" stroked="f">'
        '<v:fill opacity=".5"/>'
        f'<v:textpath style="font-family:&quot;{styles.FONT}&quot;;font-size:1pt" '
        f'string="{escape(text)}"/>'
        '<w10:wrap anchorx="margin" anchory="margin"/>'
        "</v:shape></w:pict></w:r>"
    )
