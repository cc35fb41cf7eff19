"""The page frame of the review site: one inline stylesheet, one small inline script.

Nothing is loaded from elsewhere: no fonts, no scripts, no images. The stylesheet has a print
part (no filter, no navigation aids; opened side-by-side views print, closed ones do not).
"""

from __future__ import annotations

from html import escape

STYLE = """
:root { --tekst: #1b1b1b; --zacht: #555; --lijn: #c8c8c8; --ins: #0b6e2e; --ins-bg: #e3f5e8;
  --del: #a1121b; --del-bg: #fbe5e6; --focus: #1d4ed8; --vlak: #f4f4f2; }
* { box-sizing: border-box; }
html { font-size: 100%; }
body { margin: 0; color: var(--tekst); background: #fff; line-height: 1.5;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; }
.rv-overslaan { position: absolute; left: -999rem; }
.rv-overslaan:focus { left: 1rem; top: 1rem; z-index: 10; background: #fff; padding: .5rem; }
.rv-pagina { max-width: 72rem; margin: 0 auto; padding: 1rem 1.5rem 4rem; }
a { color: #0645ad; }
a:focus-visible, button:focus-visible, input:focus-visible, summary:focus-visible {
  outline: 3px solid var(--focus); outline-offset: 2px; }
h1 { font-size: 1.7rem; line-height: 1.25; margin: .5rem 0; }
h2 { font-size: 1.3rem; margin: 2rem 0 .5rem; }
h3 { font-size: 1.1rem; margin: 0 0 .4rem; }
.rv-kruimel { font-size: .95rem; }
.rv-ronde-info { color: var(--zacht); margin: 0 0 1rem; }
ins { color: var(--ins); background: var(--ins-bg); text-decoration: underline; }
del { color: var(--del); background: var(--del-bg); text-decoration: line-through; }
ins::before, ins::after, del::before, del::after { clip-path: inset(100%); clip: rect(1px,1px,1px,1px);
  height: 1px; width: 1px; overflow: hidden; position: absolute; white-space: nowrap; }
ins::before { content: " [ingevoegd: "; } del::before { content: " [geschrapt: "; }
ins::after, del::after { content: "] "; }
.rv-legenda { font-size: .95rem; color: var(--zacht); }
.rv-werkbalk { position: sticky; top: 0; z-index: 5; background: #fff; border-bottom: 1px solid var(--lijn);
  padding: .5rem 0; display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: center; }
.rv-werkbalk label { font-weight: 600; cursor: pointer; }
.rv-werkbalk input { width: 1.1rem; height: 1.1rem; vertical-align: -.15rem; margin-right: .4rem; }
.rv-telling { color: var(--zacht); }
body:has(#rv-filter:checked) .ongewijzigd { display: none; }
.rv-inhoud ol { padding-left: 1.2rem; list-style: none; }  /* the entries carry their own numbers */
.rv-inhoud li { margin: .1rem 0; }
.rv-inhoud .rv-toc-hoofdstuk { list-style: none; margin-left: -1.2rem; font-weight: 600; margin-top: .4rem; }
.rv-soort { font-size: .85rem; color: var(--zacht); }
.rv-soort-label { display: inline-block; font-size: .8rem; font-weight: 600; padding: 0 .4rem;
  border-radius: .2rem; background: var(--vlak); border: 1px solid var(--lijn); }
.artikel { border-top: 1px solid var(--lijn); padding: .8rem 0; scroll-margin-top: 4rem; }
.artikel.met-reden { display: grid; grid-template-columns: minmax(0, 1fr) minmax(13rem, 19rem); gap: 0 1.5rem; }
.artikel.met-reden > .rv-tekst { grid-column: 1; grid-row: 1; min-width: 0; }  /* a wide table scrolls in its box */
.artikel.met-reden > aside { grid-column: 2; grid-row: 1 / span 2; }
.artikel > details { grid-column: 1 / -1; }
.artikel:target { background: #fffbe6; }
aside.rv-reden { background: var(--vlak); border-left: 4px solid #8a8a8a; padding: .5rem .8rem; font-size: .92rem; }
aside.rv-reden p { margin: .2rem 0; }
aside.rv-reden ul { margin: .2rem 0; padding-left: 1.1rem; }
.gewijzigd aside.rv-reden, .verwijzing aside.rv-reden { border-left-color: #b36b00; }
.ingevoegd aside.rv-reden { border-left-color: var(--ins); }
.vervallen aside.rv-reden { border-left-color: var(--del); }
.verplaatst aside.rv-reden { border-left-color: #6b3fa0; }
.rv-verplaatsing { font-weight: 600; color: #6b3fa0; margin: 0 0 .3rem; }
p { margin: .25rem 0; }
.r-onderdeel { margin-left: 1.8rem; }
.r-subonderdeel { margin-left: 3.6rem; }
.r-lid_vervolg { margin-left: 0; }
.nr { display: inline-block; min-width: 1.8rem; }
.r-titel { font-size: 1.3rem; font-weight: 700; }
.r-kop { font-size: 1.15rem; font-weight: 700; }
.r-hoofdstuk { border-top: 2px solid var(--tekst); padding-top: .5rem; margin-top: 2rem; }
.rv-deel > h2.rv-deelkop { color: var(--zacht); font-size: 1rem; text-transform: uppercase; letter-spacing: .04em; }
details.rv-naast { margin: .5rem 0 0; }
details.rv-naast > summary { cursor: pointer; color: #0645ad; width: max-content; max-width: 100%; }
.rv-kolommen { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; margin-top: .5rem; }
.rv-kolom { border: 1px solid var(--lijn); padding: .5rem .8rem; background: #fff; }
.rv-kolom h4 { margin: 0 0 .3rem; font-size: .95rem; }
.rv-kolom.oud { background: #fcf7f7; } .rv-kolom.nieuw { background: #f6fbf7; }
table { border-collapse: collapse; margin: .5rem 0; }
th, td { border: 1px solid var(--lijn); padding: .25rem .5rem; text-align: left; vertical-align: top; }
tr.rv-rij-ingevoegd td { background: var(--ins-bg); } tr.rv-rij-vervallen td { background: var(--del-bg); }
th.rv-getal, td.rv-getal { text-align: right; font-variant-numeric: tabular-nums; }
.rv-tabelvak { max-width: 100%; overflow-x: auto; margin: .5rem 0; position: relative; }  /* clips ins::before too */
.rv-tabelvak:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.rv-tabelvak > table { margin: 0; }
td.rv-getal del, td.rv-getal ins { display: inline-block; }  /* old and new amount: two lines */
.rv-nul { color: #999; }
@media (max-width: 50rem) {
  .artikel.met-reden { display: block; }
  .rv-kolommen { grid-template-columns: 1fr; }
}
@media print {
  @page { size: A4; margin: 18mm 16mm; }
  body { font-size: 10.5pt; }
  .rv-pagina { max-width: none; padding: 0; }
  .rv-werkbalk, .rv-overslaan, .rv-kruimel, details.rv-naast:not([open]) { display: none !important; }
  body:has(#rv-filter:checked) .ongewijzigd { display: block; }
  details.rv-naast > summary { color: var(--tekst); font-weight: 600; list-style: none; }
  a { color: inherit; text-decoration: none; }
  ins, del, aside.rv-reden, .rv-kolom { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .artikel { break-inside: avoid-page; }
  .artikel.met-reden { display: block; }
  aside.rv-reden { margin: .4rem 0; }
  h2, h3 { break-after: avoid-page; }
  .rv-inhoud { break-after: page; }
  /* A table fits the page: smaller text, no scrolling box, lines wrap between words (a word
     longer than its column as a last resort); what is landscape in Word is landscape here
     (a named page). */
  .rv-tabelvak { overflow: visible; max-width: none; }
  .rv-tabelvak.rv-breed, .r-tabeltitel:has(+ .rv-breed) { page: liggend; }
  table.rv-tabel { width: 100%; font-size: 7.5pt; line-height: 1.3; }
  table.rv-tabel th, table.rv-tabel td { padding: .1rem .25rem; overflow-wrap: break-word; }
  table.rv-tabel tr { break-inside: avoid; }
  table.rv-tabel thead { display: table-header-group; }
}
@page liggend { size: A4 landscape; margin: 16mm 18mm; }
"""

SCRIPT = """
(function () {
  var filter = document.getElementById('rv-filter');
  var telling = document.getElementById('rv-telling');
  if (!filter) { return; }
  var artikelen = Array.prototype.slice.call(document.querySelectorAll('section.artikel'));
  function tel() {
    var zichtbaar = artikelen.filter(function (a) { return a.offsetParent !== null; }).length;
    if (telling) {
      telling.textContent = zichtbaar + ' van ' + artikelen.length + ' artikelen zichtbaar';
    }
  }
  filter.addEventListener('change', tel);
  function toonDoel() {
    var id = decodeURIComponent(location.hash.slice(1));
    var doel = id && document.getElementById(id);
    if (doel && doel.offsetParent === null && filter.checked) {
      filter.checked = false;
      tel();
      doel.scrollIntoView();
    }
  }
  window.addEventListener('hashchange', toonDoel);
  tel();
  toonDoel();
})();
"""


def page(title: str, body: str, script: bool = False) -> str:
    """A whole HTML page: ``body`` is trusted markup, ``title`` plain text."""
    tail = f"<script>{SCRIPT}</script>\n" if script else ""
    return (
        "<!DOCTYPE html>\n"
        '<html lang="nl">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src 'none'\">\n"
        f"<title>{escape(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
        '<a class="rv-overslaan" href="#rv-hoofd">Naar de inhoud</a>\n'
        f'<div class="rv-pagina">\n{body}\n</div>\n{tail}</body>\n</html>\n'
    )
