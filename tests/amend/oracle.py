"""An independent reader of wijzigingsopdrachten: parses the instructions as a reader of the
wijzigingsbesluit would, and applies them to the text in force.

Written without the generator's code: it knows only the consolidated text format (one line per
paragraph: "Hoofdstuk 5A. Titel", "Artikel 9a. Titel", "2. ...", "c. ...", "1° ...") and the
formulas of chapter 6 of the Aanwijzingen voor de regelgeving. Every check it makes (a quoted
text occurs exactly once, a vernummering names exactly the leden that shift, a quoted lid
carries the number it gets) raises :class:`Mismatch` when it fails.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field


class Mismatch(AssertionError):
    """The instructions do not apply to the text as it stands."""


_ORD = [
    "eerste",
    "tweede",
    "derde",
    "vierde",
    "vijfde",
    "zesde",
    "zevende",
    "achtste",
    "negende",
    "tiende",
    "elfde",
    "twaalfde",
    "dertiende",
    "veertiende",
    "vijftiende",
    "zestiende",
    "zeventiende",
    "achttiende",
    "negentiende",
    "twintigste",
]
ORDINAL = {word: n for n, word in enumerate(_ORD, 1)}


def letter_of(n: int) -> str:
    out = ""
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(97 + r) + out
    return out


def index_of_letter(text: str) -> int:
    n = 0
    for ch in text:
        n = n * 26 + ord(ch) - 96
    return n


@dataclass
class Ond:
    number: str
    text: str
    subs: list[str] = field(default_factory=list)  # whole lines, "1° ..."


@dataclass
class Lid:
    number: str
    text: str | None  # None: the lid has onderdelen and no text of its own
    onds: list[Ond] = field(default_factory=list)
    slot: list[str] = field(default_factory=list)


@dataclass
class Art:
    number: str
    title: str
    leden: list[Lid] = field(default_factory=list)


@dataclass
class Ch:
    number: str
    title: str
    arts: list[Art] = field(default_factory=list)


_CHAPTER = re.compile(r"^Hoofdstuk (\S+)\. (.*)$")
_ARTICLE = re.compile(r"^Artikel (\S+?)(?:\. (.*))?$")
_LID = re.compile(r"^(\d+)\. (.*)$")
_OND = re.compile(r"^([a-z]+)\. (.*)$")
_SUB = re.compile(r"^(\d+)° (.*)$")


def parse_body(lines: list[str]) -> list[Ch]:
    chapters: list[Ch] = []
    for line in lines:
        if m := _CHAPTER.match(line):
            chapters.append(Ch(m[1], m[2]))
            continue
        if not chapters:
            chapters.append(Ch("", ""))
        ch = chapters[-1]
        if m := _ARTICLE.match(line):
            ch.arts.append(Art(m[1], m[2] or ""))
            continue
        _add_line(ch.arts[-1], line)
    return chapters


def _add_line(art: Art, line: str) -> None:
    if m := _LID.match(line):
        art.leden.append(Lid(m[1] + ".", m[2]))
    elif m := _OND.match(line):
        if not art.leden:
            art.leden.append(Lid("", None))
        art.leden[-1].onds.append(Ond(m[1] + ".", m[2]))
    elif m := _SUB.match(line):
        art.leden[-1].onds[-1].subs.append(line)
    elif not art.leden:
        art.leden.append(Lid("", line))
    else:
        art.leden[-1].slot.append(line)


def render_body(chapters: list[Ch]) -> list[str]:
    out: list[str] = []
    for ch in chapters:
        if ch.number:
            out.append(f"Hoofdstuk {ch.number}. {ch.title}")
        for art in ch.arts:
            out.append(
                f"Artikel {art.number}. {art.title}" if art.title else f"Artikel {art.number}"
            )
            for lid in art.leden:
                out.extend(_lid_lines(lid))
    return out


def _lid_lines(lid: Lid) -> list[str]:
    out = []
    if lid.text is not None:
        out.append(f"{lid.number} {lid.text}" if lid.number else lid.text)
    for ond in lid.onds:
        out.append(f"{ond.number} {ond.text}")
        out.extend(ond.subs)
    out.extend(lid.slot)
    return out


# -- the instructions -----------------------------------------------------------------------

Q = r"„(.*?)”"


def q(name: str) -> str:
    """A quoted text as a named group."""
    return rf"„(?P<{name}>.*?)”"


LR = r"(?:het )?\w+(?: (?:tot en met|en) \w+)? lid"  # a range of leden
LL = r"(?:onderdeel |de onderdelen )?[a-z]+(?: (?:tot en met|en) [a-z]+)?"  # of onderdelen
_WHERE = (
    r"(?:artikel (?P<art>\S+?)(?:, (?P<lid>\w+) lid)?(?:, onderdeel (?P<ond>[a-z]+))?"
    r"|het (?P<rlid>\w+) lid(?:, onderdeel (?P<rond>[a-z]+))?"
    r"|onderdeel (?P<sond>[a-z]+))"
)


@dataclass
class Step:
    text: str
    quote: list[str]


class Text:
    """The text in force, changed one instruction at a time."""

    def __init__(
        self,
        lines: list[str],
        annexes: list[list[str]] | None = None,
        carried: list[list[str]] | None = None,
    ) -> None:
        self.chapters = parse_body(lines)
        # The annexes in force (each its lines), and those the instrument itself carries.
        self.annexes = annexes
        self.carried = carried or []

    def lines(self) -> list[str]:
        return render_body(self.chapters)

    # -- finding

    def article(self, number: str) -> tuple[Ch, Art]:
        found = [(c, a) for c in self.chapters for a in c.arts if a.number == number]
        if len(found) != 1:
            raise Mismatch(f"artikel {number}: {len(found)} keer gevonden")
        return found[0]

    def chapter(self, number: str) -> Ch:
        found = [c for c in self.chapters if c.number == number]
        if len(found) != 1:
            raise Mismatch(f"hoofdstuk {number}: {len(found)} keer gevonden")
        return found[0]

    # -- applying

    def apply(self, lines: list[tuple[str, str]]) -> None:
        """Apply ARTIKEL I: (style, text) pairs, style one of letter/sentence/step/quote."""
        instructions: list[list[tuple[str, str]]] = []
        for style, text in lines:
            if style == "letter":
                instructions.append([])
            else:
                instructions[-1].append((style, text))
        for body in instructions:
            self._instruction(body)

    def _instruction(self, body: list[tuple[str, str]]) -> None:
        head = body[0][1]
        if m := re.fullmatch(r"Artikel (\S+) wordt als volgt gewijzigd:", head):
            steps: list[Step] = []
            for style, text in body[1:]:
                if style == "step":
                    number, _, sentence = text.partition(". ")
                    if int(number) != len(steps) + 1:
                        raise Mismatch(f"onderdeel {number} van de opdracht buiten volgorde")
                    steps.append(Step(sentence, []))
                else:
                    steps[-1].quote.append(text)
            for step in steps:
                self._article_step(m[1], step, relative=True)
            return
        quote = [t for s, t in body[1:]]
        self._sentence(Step(head, quote))

    def _sentence(self, step: Step) -> None:
        s, quote = step.text, step.quote
        if re.search(r"\b[Bb]ijlagen?\b", s) and not re.search(r"\b[Aa]rtikel\b", s):
            self._annex(s)
        elif m := re.fullmatch(r"Hoofdstuk (\S+) vervalt\.", s):
            self.chapters.remove(self.chapter(m[1]))
        elif m := re.fullmatch(
            r"(Na|Voor) hoofdstuk (\S+) wordt een hoofdstuk (ingevoegd|toegevoegd), luidende:", s
        ):
            at = self.chapters.index(self.chapter(m[2])) + (m[1] == "Na")
            if m[3] == "toegevoegd" and at != len(self.chapters):
                raise Mismatch("toegevoegd, maar niet aan het slot")
            new = parse_body(quote)
            if len(new) != 1:
                raise Mismatch("geen hoofdstuk in de tekst")
            self.chapters.insert(at, new[0])
        elif s == "Er wordt een hoofdstuk toegevoegd, luidende:":
            if any(c.number for c in self.chapters):
                raise Mismatch("toegevoegd zonder plaats, maar er zijn hoofdstukken")
            self.chapters = [c for c in self.chapters if c.arts] + parse_body(quote)
        elif m := re.fullmatch(rf"Het opschrift van hoofdstuk (\S+) komt te luiden: {Q}\.", s):
            self.chapter(m[1]).title = m[2]
        elif m := re.fullmatch(r"Artikel (\S+) vervalt\.", s):
            ch, art = self.article(m[1])
            ch.arts.remove(art)
        elif m := re.fullmatch(r"Artikel (\S+) komt te luiden:", s):
            ch, art = self.article(m[1])
            new_art = self._quoted_article(quote)
            if new_art.number != m[1]:
                raise Mismatch(f"artikel {m[1]} komt te luiden als artikel {new_art.number}")
            ch.arts[ch.arts.index(art)] = new_art
        elif s.endswith("een artikel ingevoegd, luidende:") or s.endswith(
            "een artikel toegevoegd, luidende:"
        ):
            self._place(s.removesuffix(", luidende:"), self._quoted_article(quote))
        elif m := re.fullmatch(
            r"Artikel (\S+) wordt(?:, onder vernummering tot artikel (\S+),)? geplaatst (.+)\.", s
        ):
            ch, art = self.article(m[1])
            ch.arts.remove(art)
            if m[2]:
                art.number = m[2]
            self._place_at(m[3], art)
        else:
            m = re.match(r"(?:In )?[Aa]rtikel (\S+?)[ ,]", s) or re.search(
                r"(?:[Aa]an|[Ii]n|van) artikel (\S+?)[ ,]", s
            )
            if not m:
                raise Mismatch(f"onbekende opdracht: {s}")
            self._article_step(m[1], step, relative=False)

    # -- the bijlagen

    def _annex_at(self, name: str) -> int:
        """The index of "De bijlage" / "Bijlage 3" as the annexes stand now."""
        assert self.annexes is not None
        if m := re.fullmatch(r"[Bb]ijlage (\d+)", name):
            if len(self.annexes) < 2:
                raise Mismatch(f"{name} genoemd, maar er is geen tweede bijlage")
            k = int(m[1])
            if not 1 <= k <= len(self.annexes):
                raise Mismatch(f"{name} bestaat niet")
            return k - 1
        if len(self.annexes) != 1:
            raise Mismatch(f"'{name}' zonder nummer, maar er zijn {len(self.annexes)} bijlagen")
        return 0

    def _carried(self, name: str) -> list[str]:
        if m := re.fullmatch(r"bijlage (\d+) bij dit besluit", name):
            if len(self.carried) < 2:
                raise Mismatch(f"{name}: het besluit heeft geen tweede bijlage")
            return self.carried[int(m[1]) - 1]
        if name != "de bijlage bij dit besluit" or len(self.carried) != 1:
            raise Mismatch(f"'{name}', maar het besluit heeft {len(self.carried)} bijlagen")
        return self.carried[0]

    def _check_range(self, text: str, first: int, last: int) -> None:
        m = re.fullmatch(r"bijlage (\d+)(?: (?:en|tot en met) (\d+))?", text)
        if not m or (int(m[1]), int(m[2] or m[1])) != (first, last):
            raise Mismatch(f"vernummering van bijlagen klopt niet: {text}")

    def _annex(self, s: str) -> None:
        if self.annexes is None:
            raise Mismatch(f"opdracht over een bijlage, maar geen bijlagen gegeven: {s}")
        name = r"(?P<name>De bijlage|Bijlage \d+)"
        carried = r"(?P<by>de bijlage bij dit besluit|bijlage \d+ bij dit besluit)"
        rng = r"bijlage \d+(?: (?:en|tot en met) \d+)?"
        if m := re.fullmatch(
            r"De bijlagen? (?:wordt|worden) vervangen door de bijlagen? bij dit besluit\.", s
        ):
            if ("De bijlagen " in s) != (len(self.annexes) > 1) or ("de bijlagen bij" in s) != (
                len(self.carried) > 1
            ):
                raise Mismatch(f"enkelvoud en meervoud kloppen niet: {s}")
            self.annexes = [list(a) for a in self.carried]
        elif s in ("De bijlagen vervallen.",):
            if len(self.annexes) < 2:
                raise Mismatch(s)
            self.annexes = []
        elif m := re.fullmatch(rf"{name} wordt vervangen door {carried}\.", s):
            self.annexes[self._annex_at(m["name"])] = list(self._carried(m["by"]))
        elif m := re.fullmatch(
            rf"{name} vervalt(?:, onder vernummering van (?P<from>{rng}) tot (?P<to>{rng}))?\.", s
        ):
            k = self._annex_at(m["name"])
            n = len(self.annexes)
            if k + 1 < n:
                if not m["from"]:
                    raise Mismatch(f"geen vernummering van de bijlagen na bijlage {k + 1}")
                self._check_range(m["from"], k + 2, n)
                self._check_range(m["to"], k + 1, n - 1)
            elif m["from"]:
                raise Mismatch("vernummering na de laatste bijlage")
            del self.annexes[k]
        elif m := re.fullmatch(rf"Er wordt een bijlage toegevoegd, die luidt als {carried}\.", s):
            self.annexes.append(list(self._carried(m["by"])))
        elif m := re.fullmatch(
            rf"Onder vernummering van (?P<from>{rng}) tot (?P<to>{rng}) wordt (?:na bijlage"
            rf" (?P<after>\d+)|voor bijlage 1) een bijlage ingevoegd, die luidt als {carried}\.",
            s,
        ):
            at = int(m["after"]) if m["after"] else 0
            n = len(self.annexes)
            self._check_range(m["from"], at + 1, n)
            self._check_range(m["to"], at + 2, n + 1)
            self.annexes.insert(at, list(self._carried(m["by"])))
        else:
            raise Mismatch(f"onbekende opdracht over een bijlage: {s}")

    def _quoted_article(self, quote: list[str]) -> Art:
        chapters = parse_body(quote)
        if len(chapters) != 1 or len(chapters[0].arts) != 1 or chapters[0].number:
            raise Mismatch("de tekst is niet één artikel")
        return chapters[0].arts[0]

    def _place(self, s: str, art: Art) -> None:
        if m := re.fullmatch(r"Na artikel (\S+) wordt een artikel ingevoegd", s):
            ch, after = self.article(m[1])
            ch.arts.insert(ch.arts.index(after) + 1, art)
        elif m := re.fullmatch(r"Aan hoofdstuk (\S+) wordt een artikel toegevoegd", s):
            self.chapter(m[1]).arts.append(art)
        elif m := re.fullmatch(
            r"In hoofdstuk (\S+) wordt voor artikel (\S+) een artikel ingevoegd", s
        ):
            ch, before = self.article(m[2])
            if ch is not self.chapter(m[1]):
                raise Mismatch(f"artikel {m[2]} staat niet in hoofdstuk {m[1]}")
            ch.arts.insert(ch.arts.index(before), art)
        elif m := re.fullmatch(r"Voor artikel (\S+) wordt een artikel ingevoegd", s):
            ch, before = self.article(m[1])
            ch.arts.insert(ch.arts.index(before), art)
        else:
            raise Mismatch(f"onbekende plaats: {s}")

    def _place_at(self, where: str, art: Art) -> None:
        if m := re.fullmatch(r"na artikel (\S+)", where):
            ch, after = self.article(m[1])
            ch.arts.insert(ch.arts.index(after) + 1, art)
        elif m := re.fullmatch(r"in hoofdstuk (\S+) voor artikel (\S+)", where):
            ch, before = self.article(m[2])
            if ch is not self.chapter(m[1]):
                raise Mismatch(f"artikel {m[2]} staat niet in hoofdstuk {m[1]}")
            ch.arts.insert(ch.arts.index(before), art)
        elif m := re.fullmatch(r"voor artikel (\S+)", where):
            ch, before = self.article(m[1])
            ch.arts.insert(ch.arts.index(before), art)
        elif m := re.fullmatch(r"in hoofdstuk (\S+)", where):
            ch = self.chapter(m[1])
            if ch.arts:
                raise Mismatch(f"hoofdstuk {m[1]} is niet leeg")
            ch.arts.append(art)
        else:
            raise Mismatch(f"onbekende plaats: {where}")

    # -- inside an article

    def _article_step(self, number: str, step: Step, relative: bool) -> None:
        ch, art = self.article(number)
        s, quote = step.text, step.quote
        if m := re.fullmatch(rf"Het opschrift(?: van artikel \S+)? komt te luiden: {Q}\.", s):
            art.title = m[1]
            return
        if m := re.fullmatch(rf"In {_WHERE},? wordt {q('old')} vervangen door {q('new')}\.", s):
            self._replace(art, m, m["old"], m["new"])
            return
        if m := re.fullmatch(rf"In {_WHERE},? vervalt {q('old')}\.", s):
            self._replace(art, m, m["old"], "")
            return
        if m := re.fullmatch(
            rf"{_WHERE},? vervalt(?:, onder (?P<kind>vernummering|verlettering) van "
            rf"(?P<from>{LR}|{LL}) tot (?P<to>{LR}|{LL}))?\.",
            s[0].lower() + s[1:],
        ):
            self._repeal(art, m)
            return
        if m := re.fullmatch(rf"{_WHERE},? komt te luiden:", s[0].lower() + s[1:]):
            self._restate(ch, art, m, quote)
            return
        if re.fullmatch(
            r"(?:In artikel \S+ wordt voor de tekst|Voor de tekst wordt) de aanduiding „1\.” "
            r"geplaatst\.",
            s,
        ):
            if len(art.leden) != 1 or art.leden[0].number or art.leden[0].text is None:
                raise Mismatch(f"artikel {number} heeft al leden of geen tekst: {s}")
            art.leden[0].number = "1."
            return
        if re.fullmatch(r"(?:Aan artikel \S+|Er) wordt een lid toegevoegd, luidende:", s):
            lid = self._quoted_lid(quote)
            art.leden.append(lid)
            self._check_lid_numbers(art)
            return
        if m := re.fullmatch(
            rf"Onder vernummering van (?P<from>{LR}) tot (?P<to>{LR}) wordt "
            r"(?:in artikel \S+ )?(?:na het (?P<after>\w+) lid|voor het eerste lid) een lid "
            r"ingevoegd, luidende:",
            s,
        ):
            at = ORDINAL[m["after"]] if m["after"] else 0
            if self._range(m["from"]) != (at + 1, len(art.leden)) or self._range(m["to"]) != (
                at + 2,
                len(art.leden) + 1,
            ):
                raise Mismatch(f"vernummering klopt niet: {s}")
            art.leden.insert(at, self._quoted_lid(quote))
            self._renumber(art, check_from=at)
            return
        if m := re.fullmatch(
            rf"Onder verlettering van (?P<from>{LL}) tot (?P<to>{LL}) wordt (?:in {_WHERE},? )?"
            r"(?:na onderdeel (?P<after>[a-z]+)|voor onderdeel a) een onderdeel ingevoegd, luidende:",
            s,
        ):
            lid = self._lid(art, m)
            at = index_of_letter(m["after"]) if m["after"] else 0
            if self._letters(m["from"]) != (at + 1, len(lid.onds)) or self._letters(m["to"]) != (
                at + 2,
                len(lid.onds) + 1,
            ):
                raise Mismatch(f"verlettering klopt niet: {s}")
            lid.onds.insert(at, self._quoted_ond(quote))
            self._reletter(lid, check_from=at)
            return
        if m := re.fullmatch(
            rf"(?:Onder vervanging van {q('mark')} aan het slot van onderdeel (?P<last>[a-z]+) "
            rf"door {q('by')} wordt )?(?:[Aa]an {_WHERE},? |Er )?(?:wordt )?een onderdeel "
            r"toegevoegd, luidende:",
            s,
        ):
            lid = self._lid(art, m)
            if m["mark"] is not None:
                last = lid.onds[-1]
                if index_of_letter(m["last"]) != len(lid.onds) or not last.text.endswith(m["mark"]):
                    raise Mismatch(f"het slot van onderdeel {m['last']} is niet {m['mark']!r}")
                stem = last.text[: len(last.text) - len(m["mark"])]
                # "; en" after "zorg": the mark attaches to the word, a word after it is spaced.
                by = m["by"]
                last.text = stem + by
            lid.onds.append(self._quoted_ond(quote))
            self._reletter(lid, check_from=len(lid.onds) - 1)
            return
        raise Mismatch(f"onbekende opdracht in artikel {number}: {s}")

    def _lid(self, art: Art, m: re.Match[str]) -> Lid:
        name = m["lid"] or m["rlid"]
        if name:
            return art.leden[ORDINAL[name] - 1]
        if len(art.leden) != 1:
            raise Mismatch("geen lid genoemd in een artikel met leden")
        return art.leden[0]

    def _target(self, art: Art, m: re.Match[str]) -> tuple[Lid, Ond | None]:
        lid = self._lid(art, m)
        ond = m["ond"] or m["rond"] or m["sond"]
        return lid, (lid.onds[index_of_letter(ond) - 1] if ond else None)

    def _replace(self, art: Art, m: re.Match[str], old: str, new: str) -> None:
        lid, ond = self._target(art, m)
        holder: Ond | Lid = ond if ond is not None else lid
        text = holder.text or ""
        found = [i for i in range(len(text)) if text.startswith(old, i)]
        if len(found) != 1:
            raise Mismatch(f"{old!r} komt {len(found)} keer voor in {text!r}")
        holder.text = text.replace(old, new)

    def _repeal(self, art: Art, m: re.Match[str]) -> None:
        lid, ond = self._target(art, m)
        kind, old_range, new_range = m["kind"], m["from"], m["to"]
        if ond is not None:
            at = lid.onds.index(ond)
            lid.onds.remove(ond)
            if at < len(lid.onds):
                if (
                    kind != "verlettering"
                    or self._letters(old_range) != (at + 2, len(lid.onds) + 1)
                    or self._letters(new_range) != (at + 1, len(lid.onds))
                ):
                    raise Mismatch("verlettering klopt niet")
            elif kind:
                raise Mismatch("verlettering zonder volgende onderdelen")
            self._reletter(lid, check_from=len(lid.onds))
            return
        at = art.leden.index(lid)
        art.leden.remove(lid)
        if at < len(art.leden):
            if (
                kind != "vernummering"
                or self._range(old_range) != (at + 2, len(art.leden) + 1)
                or self._range(new_range) != (at + 1, len(art.leden))
            ):
                raise Mismatch("vernummering klopt niet")
        elif kind:
            raise Mismatch("vernummering zonder volgende leden")
        self._renumber(art, check_from=len(art.leden))

    def _restate(self, ch: Ch, art: Art, m: re.Match[str], quote: list[str]) -> None:
        lid, ond = self._target(art, m)
        if ond is not None:
            new = self._quoted_ond(quote)
            if new.number != ond.number:
                raise Mismatch("het onderdeel krijgt een andere letter")
            lid.onds[lid.onds.index(ond)] = new
            return
        new_lid = self._quoted_lid(quote)
        if new_lid.number != lid.number:
            raise Mismatch("het lid krijgt een ander nummer")
        art.leden[art.leden.index(lid)] = new_lid

    # -- quoted text and numbers

    def _quoted_lid(self, quote: list[str]) -> Lid:
        art = Art("x", "")
        for line in quote:
            _add_line(art, line)
        if len(art.leden) != 1:
            raise Mismatch("de tekst is niet één lid")
        return art.leden[0]

    def _quoted_ond(self, quote: list[str]) -> Ond:
        m = _OND.match(quote[0])
        if not m:
            raise Mismatch(f"geen onderdeel: {quote[0]}")
        return Ond(m[1] + ".", m[2], list(quote[1:]))

    def _range(self, text: str) -> tuple[int, int]:
        """ "het tweede lid" / "het tweede tot en met vierde lid" / "derde lid" -> (2, 4)."""
        m = re.fullmatch(r"(?:het )?(\w+)(?: (tot en met|en) (\w+))? lid", text)
        if not m:
            raise Mismatch(f"geen reeks leden: {text}")
        first, last = ORDINAL[m[1]], ORDINAL[m[3] or m[1]]
        if (m[2] == "en") != (last == first + 1) and m[2]:
            raise Mismatch(f"'en' voor twee leden, 'tot en met' voor meer: {text}")
        return first, last

    def _letters(self, text: str) -> tuple[int, int]:
        m = re.fullmatch(
            r"(?:onderdeel |de onderdelen )?([a-z]+)(?: (tot en met|en) ([a-z]+))?", text
        )
        if not m:
            raise Mismatch(f"geen reeks onderdelen: {text}")
        first, last = index_of_letter(m[1]), index_of_letter(m[3] or m[1])
        if (m[2] == "en") != (last == first + 1) and m[2]:
            raise Mismatch(f"'en' voor twee onderdelen, 'tot en met' voor meer: {text}")
        return first, last

    def _renumber(self, art: Art, check_from: int) -> None:
        if check_from < len(art.leden) and art.leden[check_from].number != f"{check_from + 1}.":
            raise Mismatch("het ingevoegde lid heeft een ander nummer")
        for index, lid in enumerate(art.leden, 1):
            lid.number = f"{index}."
        self._check_lid_numbers(art)

    def _check_lid_numbers(self, art: Art) -> None:
        for index, lid in enumerate(art.leden, 1):
            if lid.number != f"{index}.":
                raise Mismatch(f"lid {lid.number} staat op plaats {index}")

    def _reletter(self, lid: Lid, check_from: int) -> None:
        if (
            check_from < len(lid.onds)
            and lid.onds[check_from].number != f"{letter_of(check_from + 1)}."
        ):
            raise Mismatch("het ingevoegde onderdeel heeft een andere letter")
        for index, ond in enumerate(lid.onds, 1):
            ond.number = f"{letter_of(index)}."


def apply(old_lines: list[str], instructions: list[tuple[str, str]]) -> list[str]:
    """The consolidated text after ARTIKEL I (``instructions`` as (style, text) pairs)."""
    text = Text(old_lines)
    text.apply(instructions)
    return text.lines()


def apply_all(
    old_lines: list[str],
    old_annexes: list[list[str]],
    instructions: list[tuple[str, str]],
    carried: list[list[str]],
) -> tuple[list[str], list[list[str]]]:
    """The consolidated body and annexes after ARTIKEL I; ``carried`` are the annexes of the
    instrument itself, as a reader finds them after its ondertekening."""
    text = Text(old_lines, [list(a) for a in old_annexes], carried)
    text.apply(instructions)
    assert text.annexes is not None
    return text.lines(), text.annexes
