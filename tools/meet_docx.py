"""Measure render_docx on a large synthetic regeling (2,000 articles, ~100,000 words).

Run from the repository root:  python tools/meet_docx.py [articles]
"""

from __future__ import annotations

import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assembler.model.nodes import (
    Article,
    Chapter,
    Document,
    Lid,
    Onderdeel,
    Section,
    Signature,
    Text,
    Version,
)
from assembler.render.docx import render_docx

WORDS = ["het", "dagelijks", "bestuur", "besluit", "over", "de", "uitvoering", "van", "taken", "&", "bevoegdheden", "<binnen>", "het", "openbaar", "lichaam"]


def sentence(seed: int, length: int) -> str:
    return " ".join(WORDS[(seed + i) % len(WORDS)] for i in range(length)) + "."


def large_document(articles: int = 2000, per_chapter: int = 100) -> Document:
    """A regeling of ``articles`` articles with four leden each; every third lid has onderdelen."""
    made = []
    for n in range(1, articles + 1):
        leden = []
        for m in range(1, 5):
            onderdelen: tuple[Onderdeel, ...] = ()
            if (n + m) % 3 == 0:
                onderdelen = tuple(
                    Onderdeel(id=f"a{n}.{m}.{k}", number=f"{'abc'[k]}.",
                              content=(Text(sentence(n + k, 6)),))
                    for k in range(3)
                )
            leden.append(Lid(id=f"a{n}.{m}", number=f"{m}.",
                             content=(Text(sentence(n + m, 10)),), onderdelen=onderdelen))
        made.append(Article(id=f"a{n}", number=str(n), title=f"Onderwerp {n}", leden=tuple(leden),
                            toelichting=((Text(sentence(n, 12)),),) if n % 4 == 0 else ()))
    chapters = tuple(
        Chapter(id=f"h{c}", number=str(c + 1), title=f"Hoofdstuk over onderwerp {c + 1}",
                articles=tuple(made[c * per_chapter:(c + 1) * per_chapter]))
        for c in range((articles + per_chapter - 1) // per_chapter)
    )
    return Document(
        id="groot", kind="regeling", title="Grote regeling", citeertitel="Grote regeling",
        file_stem="groot", version=Version("Concepttekst", date(2021, 5, 10), False, "Bench"),
        deelnemer=None, organs=("college",), opschrift=(), aanhef=((Text("De colleges;"),),),
        overwegingen=(), gelet_op=(Text("gelet op de wet;"),), besluit=(Text("besluiten:"),),
        chapters=chapters, slotformule=((Text("Aldus vastgesteld."),),),
        signatures=(Signature("Het college,", ("de secretaris,",)),), bijlagen=(),
        toelichting_algemeen=(Section("inl", "Inleiding", ((Text("Tekst."),),)),),
    )


def main(argv: list[str]) -> int:
    doc = large_document(int(argv[1]) if len(argv) > 1 else 2000)
    words = sum(len(node.text.split()) for a in doc.articles for lid in a.leden
                for node in lid.content + tuple(x for o in lid.onderdelen for x in o.content))
    render_docx(doc)  # warm-up: imports, template load
    timings = []
    for _ in range(3):
        start = time.perf_counter()
        data = render_docx(doc)
        timings.append(time.perf_counter() - start)
    print(f"{len(doc.articles)} articles, {words} words, {len(data)} bytes: "
          f"best {min(timings):.3f} s, runs {', '.join(f'{t:.3f}' for t in timings)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
