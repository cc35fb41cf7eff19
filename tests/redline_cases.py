"""Generated regelingen and random edit scripts, for property tests of the redline.

A regeling is kept as plain data (chapters → articles → leden → onderdelen, plus one table
in a bijlage), written out as real source files and assembled by the real pipeline, so every
case goes through the same code as a user's build.
"""

from __future__ import annotations

import copy
import random
from dataclasses import dataclass, field
from pathlib import Path

from tests.conftest import DEELNEMERS, SETTINGS, write_files

WORDS = [
    "het",
    "college",
    "besluit",
    "binnen",
    "acht",
    "weken",
    "op",
    "een",
    "aanvraag",
    "om",
    "bijstand",
    "van",
    "de",
    "belanghebbende",
    "die",
    "in",
    "de",
    "gemeente",
    "woont",
    "en",
    "verstrekt",
    "de",
    "benodigde",
    "inlichtingen",
    "aan",
    "het",
    "dagelijks",
    "bestuur",
    "dat",
    "de",
    "kosten",
    "verdeelt",
    "naar",
    "rato",
    "van",
    "het",
    "aantal",
    "inwoners",
    "op",
    "de",
    "peildatum",
]


@dataclass
class Onderdeel:
    id: str
    text: str


@dataclass
class Lid:
    id: str
    text: str
    onderdelen: list[Onderdeel] = field(default_factory=list)


@dataclass
class Article:
    id: str
    title: str
    leden: list[Lid]


@dataclass
class Regeling:
    chapters: list[tuple[str, str, list[Article]]]
    rows: list[tuple[str, str, str]]  # table rows: id, name, amount
    counter: int = 0

    def fresh(self, prefix: str) -> str:
        self.counter += 1
        return f"{prefix}{self.counter}"


def sentence(rng: random.Random, low: int = 5, high: int = 12) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(low, high))).capitalize() + "."


def generate(rng: random.Random, articles: int = 8) -> Regeling:
    reg = Regeling([], [])
    per_chapter = max(1, articles // 3)
    for c in range(3):
        arts = []
        for _ in range(per_chapter):
            aid = reg.fresh("a")
            leden = []
            for _ in range(rng.randint(1, 3)):
                lid = Lid(reg.fresh(f"{aid}.l"), sentence(rng))
                if rng.random() < 0.3:
                    lid.text = lid.text[:-1] + ":"
                    lid.onderdelen = [
                        Onderdeel(reg.fresh(f"{aid}.o"), sentence(rng, 3, 6).lower()[:-1] + ";")
                        for _ in range(2)
                    ]
                leden.append(lid)
            arts.append(Article(aid, sentence(rng, 1, 3)[:-1], leden))
        reg.chapters.append((f"h{c + 1}", sentence(rng, 1, 2)[:-1], arts))
    reg.rows = [(reg.fresh("r"), f"Gemeente {i}", f"{rng.randint(1, 999)},00") for i in range(3)]
    return reg


EDITS = (
    "reword",
    "insert_article",
    "delete_article",
    "move_article",
    "insert_lid",
    "delete_lid",
    "insert_onderdeel",
    "table_cell",
    "table_row_insert",
    "table_row_delete",
    "retitle",
    "append_onderdeel",
    "swap_leden",
)


def edit(reg: Regeling, rng: random.Random, kind: str) -> Regeling:
    """A copy of ``reg`` with one edit of ``kind`` applied (a no-op where it cannot apply)."""
    new = copy.deepcopy(reg)
    arts = [(ci, ai) for ci, (_, _, a) in enumerate(new.chapters) for ai in range(len(a))]
    if not arts:
        return new
    ci, ai = rng.choice(arts)
    article = new.chapters[ci][2][ai]
    if kind == "reword":
        lid = rng.choice(article.leden)
        words = lid.text.split()
        words[rng.randrange(len(words))] = rng.choice(WORDS)
        lid.text = " ".join(words)
    elif kind == "retitle":
        article.title = sentence(rng, 1, 3)[:-1]
    elif kind == "insert_article":
        aid = new.fresh("a")
        new.chapters[ci][2].insert(
            ai, Article(aid, sentence(rng, 1, 3)[:-1], [Lid(new.fresh(f"{aid}.l"), sentence(rng))])
        )
    elif kind == "delete_article" and len(arts) > 2:
        del new.chapters[ci][2][ai]
    elif kind == "move_article" and len(new.chapters) > 1:
        moved = new.chapters[ci][2].pop(ai)
        target = rng.choice([c for c in range(len(new.chapters)) if c != ci])
        new.chapters[target][2].insert(rng.randint(0, len(new.chapters[target][2])), moved)
        if rng.random() < 0.5:  # changed while moving
            moved.leden[0].text = sentence(rng)
    elif kind == "insert_lid":
        article.leden.insert(
            rng.randint(0, len(article.leden)), Lid(new.fresh(f"{article.id}.l"), sentence(rng))
        )
    elif kind == "delete_lid" and len(article.leden) > 1:
        del article.leden[rng.randrange(len(article.leden))]
    elif kind == "insert_onderdeel":
        lid = rng.choice(article.leden)
        if not lid.onderdelen:
            lid.text = lid.text.rstrip(".") + ":"
        lid.onderdelen.insert(
            0, Onderdeel(new.fresh(f"{article.id}.o"), sentence(rng, 3, 6).lower()[:-1] + ";")
        )
    elif kind == "append_onderdeel":
        # A new last onderdeel: the one before it now ends in "; en" instead of ";" or ".".
        listed = [x for _, _, a in new.chapters for art in a for x in art.leden if x.onderdelen]
        lid = rng.choice(listed) if listed else rng.choice(article.leden)
        if not lid.onderdelen:
            lid.text = lid.text.rstrip(".") + ":"
            lid.onderdelen.append(Onderdeel(new.fresh(f"{article.id}.o"), "eerste onderdeel."))
        last = lid.onderdelen[-1]
        last.text = last.text.rstrip(".;") + "; en"
        lid.onderdelen.append(Onderdeel(new.fresh(f"{article.id}.o"), sentence(rng, 3, 6).lower()))
    elif kind == "swap_leden" and len(article.leden) > 1:
        article.leden[0], article.leden[1] = article.leden[1], article.leden[0]
    elif kind == "table_cell" and new.rows:
        i = rng.randrange(len(new.rows))
        rid, name, _ = new.rows[i]
        new.rows[i] = (rid, name, f"{rng.randint(1, 999)},50")
    elif kind == "table_row_insert":
        new.rows.insert(
            rng.randint(0, len(new.rows)), (new.fresh("r"), f"Gemeente {new.counter}", "1,00")
        )
    elif kind == "table_row_delete" and len(new.rows) > 1:
        del new.rows[rng.randrange(len(new.rows))]
    return new


def _q(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write(reg: Regeling, root: Path) -> Path:
    """The regeling as a source repository under ``root``."""
    files: dict[str, str | bytes] = {"assembler.yaml": SETTINGS, "deelnemers.yaml": DEELNEMERS}
    chapters = []
    for cid, title, arts in reg.chapters:
        ids = ", ".join(a.id for a in arts)
        chapters.append(f"  - id: {cid}\n    titel: {_q(title)}\n    artikelen: [{ids}]\n")
        for art in arts:
            lines = ["formaat: 1", f"id: {art.id}", f"titel: {_q(art.title)}", "leden:"]
            for lid in art.leden:
                lines += [f"  - id: {lid.id}", f"    tekst: {_q(lid.text)}"]
                if lid.onderdelen:
                    lines.append("    onderdelen:")
                    for o in lid.onderdelen:
                        lines += [f"      - id: {o.id}", f"        tekst: {_q(o.text)}"]
            lines += ["toelichting:", f"  - {_q('Toelichting bij ' + art.title.lower() + '.')}"]
            files[f"clausules/gen/{art.id}.yaml"] = "\n".join(lines) + "\n"
    # The table: the register of powers, one row per power, shown in a bijlage.
    powers = ["formaat: 1", "bevoegdheden:"]
    for rid, name, amount in reg.rows:
        powers += [
            f"  - id: {rid}",
            "    wet: Participatiewet",
            f"    artikel: {_q(amount)}",
            f"    omschrijving: {_q(name)}",
            "    oorspronkelijk: college",
            "    soort: mandaat",
            "    ontvanger: dagelijks_bestuur",
            "    ondermandaat: false",
            "    deelnemers: alle",
        ]
    files["clausules/delegatie/register.yaml"] = "\n".join(powers) + "\n"
    files["regelingen/gen.yaml"] = (
        "formaat: 1\nid: gen\nsoort: regeling\ntitel: Gegenereerde regeling\n"
        "citeertitel: Gegenereerde regeling\nvastgesteld_door: [college]\naanhef: [Het college;]\n"
        "bijlagen:\n  - id: bijlage-bevoegdheden\n    titel: Bevoegdheden\n    genereer: bevoegdheden\n"
        "hoofdstukken:\n" + "".join(chapters)
    )
    return write_files(root, files)
