"""Wijzigingsopdrachten: the instructions that turn the text in force into the new text.

``instructions(old, new)`` compares two assembled versions of a regeling (the new one numbered
under the frozen scheme, :mod:`assembler.amend.numbering`) and returns the lettered
instructions of ARTIKEL I, following chapter 6 of the Aanwijzingen voor de regelgeving:

- words: "In artikel 7, tweede lid, wordt „x” vervangen door „y”." (6.9), with just enough
  context that the quoted words occur once in the provision;
- a provision anew: "Het tweede lid komt te luiden:" with its full text, when more than
  half of its words changed, when it has more than :data:`MAX_WORD_CHANGES` separate changes,
  or when its structure changed in a way the word formula cannot say (reordered leden);
- "vervalt", "wordt ... ingevoegd, luidende:" and, at the end, "toegevoegd" (6.11), with
  "onder vernummering" of leden and "onder verlettering" of onderdelen (6.18), and the
  punctuation of the previous onderdeel when one is added at the end;
- several changes of one article as one instruction, subdivided "1.", "2." (6.15(3));
- a moved article: "Artikel 12 wordt, onder vernummering tot artikel 20a, geplaatst na
  artikel 20." The Aanwijzingen have no formula for a move; this one names the article, its
  new number and its new place in the words of 6.16 and 6.11.

Instructions are given in the order of the text and apply one after another: each one names
provisions as they are numbered after the instructions before it. Each instruction carries the
ids of the provisions it concerns, so its reasons come from the change set.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import Enum

from assembler.amend.consolidated import (
    Quoted,
    article_lines,
    article_quote,
    chapter_quote,
    lid_quote,
    onderdeel_quote,
)
from assembler.amend.numbering import instruction_letter
from assembler.diff.align import stable_ids
from assembler.diff.words import Op, diff_tokens, tokens
from assembler.model.nodes import Article, Document, Lid, Onderdeel, plain
from assembler.model.numbering import letter, ordinal

OPEN, CLOSE = "„", "”"
MAX_WORD_CHANGES = 3  # separate word changes in one provision; beyond, it is restated
MAX_CHANGED_SHARE = 0.5  # share of a provision's words changed; beyond, it is restated
MAX_STEPS = 8  # changes in one article; beyond, the article is restated
# Two word changes with at most this many unchanged words between them are one replacement:
# "„artikel 10 van de Wet openbaarheid van bestuur” vervangen door „artikel 5.1 ... van de Wet
# open overheid”" reads as one change, not two.
MERGE_GAP_WORDS = 3


class Style(Enum):
    """What a line of ARTIKEL I is, for the writers."""

    LETTER = "letter"  # "A"
    SENTENCE = "sentence"  # an instruction, or "Artikel 8 wordt als volgt gewijzigd:"
    STEP = "step"  # "1. In het tweede lid ..." inside a grouped instruction
    QUOTE = "quote"  # a line of provision text after "luidende:" or "komt te luiden:"


@dataclass(frozen=True, slots=True)
class Line:
    style: Style
    text: str
    quoted: Quoted | None = None  # for a QUOTE line: what kind of provision text it is


@dataclass(frozen=True, slots=True)
class Instruction:
    """One lettered instruction: its lines (the letter first) and the provisions it concerns."""

    letter: str
    lines: tuple[Line, ...]
    provisions: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Step:
    sentence: str
    quote: tuple[Quoted, ...] = ()


class _Restate(Exception):
    """The change cannot be said with the formulas at this level: restate the provision."""


# -- designations ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Where:
    """A provision inside an article: the article's number, the lid's and onderdeel's place."""

    article: str
    lid: int | None = None  # 1-based position; None for the text of a single-lid article
    onderdeel: str | None = None  # its letter

    def phrase(self, relative: bool) -> str:
        """ "artikel 8, tweede lid, onderdeel c", or inside a grouped instruction "het tweede lid,
        onderdeel c"."""
        parts = [] if relative and self.lid is not None else [f"artikel {self.article}"]
        if self.lid is not None:
            parts.append(f"{'het ' if relative else ''}{ordinal(self.lid)} lid")
        if self.onderdeel is not None:
            parts.append(f"onderdeel {self.onderdeel}")
        if relative and self.lid is None and self.onderdeel is not None:
            parts = parts[1:]
        return ", ".join(parts)

    def subject(self, relative: bool) -> str:
        """The phrase as the subject of "vervalt" or "komt te luiden": capitalised, and closed
        by a comma when it has more than one part ("Artikel 8, derde lid, vervalt")."""
        text = self.phrase(relative)
        text = text[0].upper() + text[1:]
        return f"{text}," if "," in text else text


def _inner(phrase: str) -> str:
    """A designation inside a sentence, closed by a comma when it has several parts: "In
    artikel 8, tweede lid, wordt ..."."""
    return f"{phrase}," if "," in phrase else phrase


def _quoted(text: str) -> str:
    if OPEN in text or CLOSE in text:
        raise _Restate
    return f"{OPEN}{text}{CLOSE}"


def _ordinal_range(first: int, last: int, noun: str) -> str:
    """ "het derde lid", "het derde en vierde lid", "het derde tot en met vijfde lid"."""
    if first == last:
        return f"het {ordinal(first)} {noun}"
    joiner = "en" if last == first + 1 else "tot en met"
    return f"het {ordinal(first)} {joiner} {ordinal(last)} {noun}"


def _lid_renumbering(first: int, last: int, shift: int) -> str:
    """ "het vierde lid tot derde lid" / "het vierde tot en met zesde lid tot derde tot en met
    vijfde lid" (6.18)."""
    old = _ordinal_range(first, last, "lid")
    new = _ordinal_range(first + shift, last + shift, "lid").removeprefix("het ")
    return f"{old} tot {new}"


def _letters(first: int, last: int) -> str:
    if first == last:
        return f"onderdeel {letter(first)}"
    joiner = "en" if last == first + 1 else "tot en met"
    return f"de onderdelen {letter(first)} {joiner} {letter(last)}"


def _lettering(first: int, last: int, shift: int) -> str:
    """ "onderdeel d tot c" / "de onderdelen d tot en met f tot c tot en met e"."""
    old = _letters(first, last)
    new = _letters(first + shift, last + shift).removeprefix("de onderdelen ")
    new = new.removeprefix("onderdeel ")
    return f"{old} tot {new}"


# -- reading order --------------------------------------------------------------------------


class Side(Enum):
    OLD = "old"  # where an item leaves (deleted, or moved away)
    NEW = "new"  # where an item arrives (inserted, or moved here)
    BOTH = "both"  # an item that keeps its place


def merged(
    old_ids: Sequence[str], new_ids: Sequence[str], kept: set[str]
) -> list[tuple[str, Side]]:
    """Old and new ids in one reading order: between two kept ids, the ones that leave, then
    the ones that arrive. An id on both sides that is not kept appears twice."""
    out: list[tuple[str, Side]] = []
    i = j = 0
    while i < len(old_ids) or j < len(new_ids):
        if i < len(old_ids) and old_ids[i] not in kept:
            out.append((old_ids[i], Side.OLD))
            i += 1
        elif j < len(new_ids) and new_ids[j] not in kept:
            out.append((new_ids[j], Side.NEW))
            j += 1
        else:
            out.append((new_ids[j], Side.BOTH))
            i += 1
            j += 1
    return out


def insert_at(current: list[str], new_ids: Sequence[str], ident: str) -> int:
    """Where ``ident`` goes in ``current``: after the last id before it in the new order."""
    position = new_ids.index(ident)
    for before in reversed(new_ids[:position]):
        if before in current:
            return current.index(before) + 1
    return 0


def _restated(subject: str, lines: Sequence[Quoted]) -> _Step:
    return _Step(f"{subject} komt te luiden:", tuple(lines))


# -- words ----------------------------------------------------------------------------------


def _occurs(quoted: str, current: Sequence[str]) -> int:
    """How often ``quoted`` occurs in the text, overlapping occurrences counted ("wordt wordt"
    is twice in "wordt wordt wordt"): a reader could not tell which one is meant."""
    text = "".join(current)
    count, at = 0, text.find(quoted)
    while at >= 0:
        count += 1
        at = text.find(quoted, at + 1)
    return count


def _words(runs: Sequence[str]) -> int:
    return sum(1 for t in runs if t.strip())


def _word_steps(old: str, new: str, where: _Where, relative: bool) -> list[_Step]:
    """Word replacements turning ``old`` into ``new``, each quoting words unique in the text.

    Raises :class:`_Restate` beyond :data:`MAX_WORD_CHANGES` changes or
    :data:`MAX_CHANGED_SHARE` of the words.
    """
    if old == new:
        return []
    old_tokens = tokens(old)
    # Hunks in old-token coordinates: (start, end, new tokens). Two changes with only a few
    # words between them (MERGE_GAP_WORDS) are one.
    hunks: list[tuple[int, int, list[str]]] = []
    at = 0
    for op, run in diff_tokens(old_tokens, tokens(new)):
        if op is Op.SAME:
            at += len(run)
            continue
        start, end = at, at + (len(run) if op is Op.DELETED else 0)
        added = list(run) if op is Op.INSERTED else []
        at = end
        gap = old_tokens[hunks[-1][1] : start] if hunks else []
        if hunks and _words(gap) <= MERGE_GAP_WORDS:
            first, _, before = hunks[-1]
            hunks[-1] = (first, end, before + gap + added)
        else:
            hunks.append((start, end, added))
    changed = sum(_words(old_tokens[s:e]) + _words(a) for s, e, a in hunks)
    total = _words(old_tokens) + _words(tokens(new))
    if len(hunks) > MAX_WORD_CHANGES or changed > MAX_CHANGED_SHARE * max(total, 1):
        raise _Restate
    current = list(old_tokens)
    offset = 0
    steps: list[_Step] = []
    for start, end, added in hunks:
        i, j = start + offset, end + offset
        left, right = i, j
        grow_left = True
        while True:
            quoted = "".join(current[left:right])
            if quoted.strip() and quoted == quoted.strip() and _occurs(quoted, current) == 1:
                break
            can_left, can_right = left > 0, right < len(current)
            if not can_left and not can_right:
                break
            if (grow_left and can_left) or not can_right:
                left -= 1
            else:
                right += 1
            grow_left = not grow_left
        replacement = current[left:i] + added + current[j:right]
        old_words, new_words = "".join(current[left:right]), "".join(replacement)
        target = _inner(where.phrase(relative))
        if new_words:
            steps.append(
                _Step(
                    f"In {target} wordt {_quoted(old_words)} vervangen door {_quoted(new_words)}."
                )
            )
        else:
            steps.append(_Step(f"In {target} vervalt {_quoted(old_words)}."))
        current[left:right] = replacement
        offset += len(added) - (j - i)
    if "".join(current) != new:
        raise _Restate  # cannot happen by construction; restating is always right
    return steps


# -- onderdelen and leden -------------------------------------------------------------------


def _subs(ond: Onderdeel) -> list[str]:
    return [plain(s.content) for s in ond.subonderdelen]


def _same_onderdeel(a: Onderdeel, b: Onderdeel) -> bool:
    return plain(a.content) == plain(b.content) and _subs(a) == _subs(b)


_MARKS = ".;,:"


def _trailing_mark(old: str, new: str) -> tuple[str, str] | None:
    """The punctuation at the end that changed, when nothing else did: (".", "; en")."""
    stem = old.rstrip(_MARKS)
    if old == new or not stem or not new.startswith(stem):
        return None
    old_mark, new_mark = old[len(stem) :], new[len(stem) :]
    if not old_mark or new_mark[:1] not in tuple(_MARKS):
        return None
    return old_mark, new_mark


def _onderdelen_steps(
    old: Sequence[Onderdeel], new: Sequence[Onderdeel], where: _Where, relative: bool
) -> list[_Step]:
    """Onderdelen repealed, inserted, added and changed within one lid (in place order)."""
    old_ids, new_ids = [o.id for o in old], [o.id for o in new]
    kept = stable_ids(old_ids, new_ids)
    if (set(old_ids) & set(new_ids)) - kept:
        raise _Restate  # onderdelen reordered
    new_by = {o.id: o for o in new}
    state = {o.id: o for o in old}
    current = list(old_ids)
    lid = _Where(where.article, where.lid)
    # "in het tweede lid" / "in artikel 8, tweede lid," inside the sentence; nothing for the
    # single lid of an article inside a grouped instruction.
    named = lid.lid is not None or not relative
    steps: list[_Step] = []
    for ident, side in merged(old_ids, new_ids, kept):
        if side is Side.OLD:
            k = current.index(ident) + 1
            rest = (
                f", onder verlettering van {_lettering(k + 1, len(current), -1)}"
                if k < len(current)
                else ""
            )
            subject = _Where(where.article, where.lid, letter(k)).subject(relative)
            steps.append(_Step(f"{subject} vervalt{rest}."))
            current.remove(ident)
            continue
        if side is Side.NEW:
            k = insert_at(current, new_ids, ident)
            quote = tuple(onderdeel_quote(new_by[ident]))
            if k < len(current):
                spot = f"na onderdeel {letter(k)}" if k else "voor onderdeel a"
                in_lid = f"in {_inner(lid.phrase(relative))} " if named else ""
                steps.append(
                    _Step(
                        f"Onder verlettering van {_lettering(k + 1, len(current), 1)} wordt "
                        f"{in_lid}{spot} een onderdeel ingevoegd, luidende:",
                        quote,
                    )
                )
            else:
                to_lid = f"aan {_inner(lid.phrase(relative))} " if named else ""
                mark = None
                if current:
                    last = current[-1]
                    mark = _trailing_mark(plain(state[last].content), plain(new_by[last].content))
                    if mark is not None and _subs(state[last]) == _subs(new_by[last]):
                        state[last] = new_by[last]
                    else:
                        mark = None
                if mark is not None:
                    lead = (
                        f"Onder vervanging van {_quoted(mark[0])} aan het slot van "
                        f"onderdeel {letter(k)} door {_quoted(mark[1])} wordt {to_lid}"
                    )
                    steps.append(_Step(f"{lead}een onderdeel toegevoegd, luidende:", quote))
                elif named:
                    steps.append(
                        _Step(f"A{to_lid[1:]}wordt een onderdeel toegevoegd, luidende:", quote)
                    )
                else:
                    steps.append(_Step("Er wordt een onderdeel toegevoegd, luidende:", quote))
            current.insert(k, ident)
            state[ident] = new_by[ident]
            continue
        a, b = state[ident], new_by[ident]
        if _same_onderdeel(a, b):
            continue
        if (
            ident == current[-1]
            and new_ids[-1] not in current
            and _subs(a) == _subs(b)
            and _trailing_mark(plain(a.content), plain(b.content)) is not None
        ):
            # Only its closing mark changed, for an onderdeel added after it: said with the
            # addition ("onder vervanging van de punt aan het slot van onderdeel d").
            continue
        place = _Where(where.article, where.lid, letter(current.index(ident) + 1))
        try:
            if _subs(a) != _subs(b):
                raise _Restate
            steps.extend(_word_steps(plain(a.content), plain(b.content), place, relative))
        except _Restate:
            steps.append(_restated(place.subject(relative), onderdeel_quote(b)))
        state[ident] = b
    return steps


def _lid_same(a: Lid, b: Lid) -> bool:
    return (
        plain(a.content) == plain(b.content)
        and plain(a.slot) == plain(b.slot)
        and [o.id for o in a.onderdelen] == [o.id for o in b.onderdelen]
        and all(_same_onderdeel(x, y) for x, y in zip(a.onderdelen, b.onderdelen, strict=True))
    )


def _lid_steps(a: Lid, b: Lid, where: _Where, relative: bool) -> list[_Step]:
    """The changes inside one lid; the lid restated when they are too many."""
    if _lid_same(a, b):
        return []
    try:
        if plain(a.slot) != plain(b.slot):
            raise _Restate
        steps = _word_steps(plain(a.content), plain(b.content), where, relative)
        steps.extend(_onderdelen_steps(a.onderdelen, b.onderdelen, where, relative))
        if len(steps) > MAX_WORD_CHANGES + 2:
            raise _Restate
        return steps
    except _Restate:
        if where.lid is None:
            raise  # the single lid of an article: the article is restated
        return [_restated(where.subject(relative), lid_quote(b))]


def _leden_steps(a: Article, b: Article, relative: bool) -> list[_Step]:
    """The changes of the leden of an article, in the order of the text."""
    if any(x.number for x in a.leden) != any(x.number for x in b.leden):
        return _first_lid_steps(a, b, relative)
    if not any(x.number for x in b.leden):
        return _lid_steps(a.leden[0], b.leden[0], _Where(b.number), relative)
    old_ids, new_ids = [x.id for x in a.leden], [x.id for x in b.leden]
    kept = stable_ids(old_ids, new_ids)
    if (set(old_ids) & set(new_ids)) - kept:
        raise _Restate  # leden reordered
    old_by, new_by = {x.id: x for x in a.leden}, {x.id: x for x in b.leden}
    current = list(old_ids)
    in_article = "" if relative else f"in artikel {b.number} "
    steps: list[_Step] = []
    for ident, side in merged(old_ids, new_ids, kept):
        if side is Side.OLD:
            k = current.index(ident) + 1
            rest = (
                f", onder vernummering van {_lid_renumbering(k + 1, len(current), -1)}"
                if k < len(current)
                else ""
            )
            steps.append(_Step(f"{_Where(b.number, k).subject(relative)} vervalt{rest}."))
            current.remove(ident)
        elif side is Side.NEW:
            k = insert_at(current, new_ids, ident)
            quote = tuple(lid_quote(new_by[ident]))
            if k == len(current):
                to = "Er wordt" if relative else f"Aan artikel {b.number} wordt"
                steps.append(_Step(f"{to} een lid toegevoegd, luidende:", quote))
            else:
                place = f"na het {ordinal(k)} lid" if k else "voor het eerste lid"
                shift = _lid_renumbering(k + 1, len(current), 1)
                steps.append(
                    _Step(
                        f"Onder vernummering van {shift} wordt {in_article}{place} een lid "
                        "ingevoegd, luidende:",
                        quote,
                    )
                )
            current.insert(k, ident)
        else:
            where = _Where(b.number, current.index(ident) + 1)
            steps.extend(_lid_steps(old_by[ident], new_by[ident], where, relative))
    return steps


def _first_lid_steps(a: Article, b: Article, relative: bool) -> list[_Step]:
    """An article without leden that gets more: its text becomes the first lid ("Voor de tekst
    wordt de aanduiding „1.” geplaatst", Aanwijzing 6.18) and the new leden are added after it.
    Any other change between one lid and several (back to one, a new lid before the old text)
    restates the article."""
    (only,) = a.leden if len(a.leden) == 1 else (None,)
    if only is None or not plain(only.content) or b.leden[0].id != only.id:
        raise _Restate
    mark = "de aanduiding „1.” geplaatst."
    steps = [
        _Step(
            f"Voor de tekst wordt {mark}"
            if relative
            else f"In artikel {b.number} wordt voor de tekst {mark}"
        )
    ]
    steps.extend(_lid_steps(only, b.leden[0], _Where(b.number, 1), relative))
    to = "Er wordt" if relative else f"Aan artikel {b.number} wordt"
    steps.extend(
        _Step(f"{to} een lid toegevoegd, luidende:", tuple(lid_quote(lid))) for lid in b.leden[1:]
    )
    return steps


def _article_steps(a: Article, b: Article) -> list[_Step]:
    """The changes of one article (numbered ``b.number`` by now): worded for a grouped
    instruction when there are several, one "komt te luiden" when there are too many."""
    if a.title == b.title and article_lines(a)[1:] == article_lines(b)[1:]:
        return []

    def worded(relative: bool) -> list[_Step]:
        steps: list[_Step] = []
        if a.title != b.title:
            target = "Het opschrift" if relative else f"Het opschrift van artikel {b.number}"
            steps.append(_Step(f"{target} komt te luiden: {_quoted(b.title)}."))
        steps.extend(_leden_steps(a, b, relative))
        return steps

    try:
        steps = worded(relative=False)
        if len(steps) > 1:
            steps = worded(relative=True)
        if len(steps) > MAX_STEPS:
            raise _Restate
        return steps
    except _Restate:
        return [_restated(f"Artikel {b.number}", article_quote(b))]


# -- the document ---------------------------------------------------------------------------


def _provisions(article: Article) -> tuple[str, ...]:
    ids = [article.id]
    for lid in article.leden:
        ids.append(lid.id)
        ids.extend(o.id for o in lid.onderdelen)
    return tuple(ids)


class _Writer:
    """Writes the instructions in the order of the text, keeping track of the text as the
    instructions so far have made it (which chapters and articles stand where, by number)."""

    def __init__(self, old: Document, new: Document) -> None:
        self.old, self.new = old, new
        self.out: list[Instruction] = []
        self.old_art = {a.id: a for a in old.articles}
        self.new_art = {a.id: a for a in new.articles}
        self.old_ch = {c.id: c for c in old.chapters}
        self.new_ch = {c.id: c for c in new.chapters}
        self.kept_art = stable_ids(list(self.old_art), list(self.new_art))
        self.kept_ch = stable_ids(list(self.old_ch), list(self.new_ch))
        # The text as it stands: chapter ids in order, and per chapter its article ids.
        self.chapters: list[str] = list(self.old_ch)
        self.articles: dict[str, list[str]] = {
            c.id: [a.id for a in c.articles] for c in old.chapters
        }
        self.number: dict[str, str] = {a.id: a.number for a in old.articles}
        self.chapter_number: dict[str, str] = {c.id: c.number for c in old.chapters}
        self.placed_chapters: list[str] = []  # the chapters in their final state so far

    # -- output

    def add(self, steps: Sequence[_Step], provisions: Sequence[str], group: str = "") -> None:
        if not steps:
            return
        letter_ = instruction_letter(len(self.out) + 1)
        lines = [Line(Style.LETTER, letter_)]
        if len(steps) == 1:
            lines.append(Line(Style.SENTENCE, steps[0].sentence))
            lines.extend(Line(Style.QUOTE, q.text, q) for q in steps[0].quote)
        else:
            lines.append(Line(Style.SENTENCE, group))
            for index, step in enumerate(steps, 1):
                lines.append(Line(Style.STEP, f"{index}. {step.sentence}"))
                lines.extend(Line(Style.QUOTE, q.text, q) for q in step.quote)
        self.out.append(Instruction(letter_, tuple(lines), tuple(provisions)))

    # -- the walk

    def run(self) -> tuple[Instruction, ...]:
        old_ids, new_ids = list(self.old_ch), list(self.new_ch)
        for cid, side in merged(old_ids, new_ids, self.kept_ch):
            if side is Side.OLD:
                self.repeal_chapter(cid)
            elif side is Side.NEW:
                self.insert_chapter(cid)
            else:
                self.change_chapter(cid)
        return tuple(self.out)

    def repeal_chapter(self, cid: str) -> None:
        self.add([_Step(f"Hoofdstuk {self.chapter_number[cid]} vervalt.")], [cid])
        for ident in self.articles.pop(cid):
            self.number.pop(ident, None)
        self.chapters.remove(cid)

    def insert_chapter(self, cid: str) -> None:
        chapter = self.new_ch[cid]
        done = self._done_chapters()
        if done:
            verb = "toegevoegd" if done[-1] == self.chapters[-1] else "ingevoegd"
            sentence = (
                f"Na hoofdstuk {self.chapter_number[done[-1]]} wordt een hoofdstuk {verb}, "
                "luidende:"
            )
            at = self.chapters.index(done[-1]) + 1
        elif self.chapters:
            sentence = (
                f"Voor hoofdstuk {self.chapter_number[self.chapters[0]]} wordt een hoofdstuk "
                "ingevoegd, luidende:"
            )
            at = 0
        else:
            # Every chapter before it was repealed: the text holds nothing to place it by.
            sentence = "Er wordt een hoofdstuk toegevoegd, luidende:"
            at = 0
        # Its articles come in full; one that stood elsewhere leaves its old place.
        for article in chapter.articles:
            self._take_out(article.id)
        self.add([_Step(sentence, tuple(chapter_quote(chapter)))], [cid])
        self.chapters.insert(at, cid + "#new")
        self.articles[cid + "#new"] = [a.id for a in chapter.articles]
        self.chapter_number[cid + "#new"] = chapter.number
        self.number.update({a.id: a.number for a in chapter.articles})
        self.placed_chapters.append(cid + "#new")

    def _done_chapters(self) -> list[str]:
        return [c for c in self.chapters if c in self.placed_chapters]

    def _take_out(self, ident: str) -> None:
        """An article that a chapter insertion brings in full: repealed where it stood."""
        for ids in self.articles.values():
            if ident in ids:
                self.add([_Step(f"Artikel {self.number[ident]} vervalt.")], [ident])
                ids.remove(ident)
                return

    def change_chapter(self, cid: str) -> None:
        a_ch, b_ch = self.old_ch[cid], self.new_ch[cid]
        if a_ch.title != b_ch.title and b_ch.number:
            sentence = (
                f"Het opschrift van hoofdstuk {b_ch.number} komt te luiden: {_quoted(b_ch.title)}."
            )
            self.add([_Step(sentence)], [cid])
        old_ids = [a.id for a in a_ch.articles]
        new_ids = [a.id for a in b_ch.articles]
        anchors = set(old_ids) & set(new_ids) & self.kept_art
        placed: list[str] = []  # ids of this chapter's articles in their final place
        for ident, side in merged(old_ids, new_ids, anchors):
            if side is Side.OLD:
                if ident not in self.new_art:
                    self.add([_Step(f"Artikel {self.number[ident]} vervalt.")], [ident])
                    self.articles[cid].remove(ident)
                # A moved article stays here until the instruction at its new place.
                continue
            article = self.new_art[ident]
            if side is Side.NEW:
                self.arrive(cid, ident, placed)
            else:
                self.add(
                    _article_steps(self.old_art[ident], article),
                    _provisions(article),
                    f"Artikel {article.number} wordt als volgt gewijzigd:",
                )
            placed.append(ident)
        self.placed_chapters.append(cid)

    def arrive(self, cid: str, ident: str, placed: list[str]) -> None:
        """An article inserted, or moved here, after the articles ``placed`` so far."""
        article = self.new_art[ident]
        source = next((c for c, a in self.articles.items() if ident in a), None)
        if source is not None:
            # A move takes the article out first; its new place is named without it.
            self.articles[source].remove(ident)
        ids = self.articles[cid]
        number = self.new_ch[cid].number
        name = f"hoofdstuk {number}" if number else ""
        if placed:
            at = ids.index(placed[-1]) + 1
            after = self.number[placed[-1]]
            insert = (
                f"Aan {name} wordt een artikel toegevoegd"
                if at == len(ids) and name
                else f"Na artikel {after} wordt een artikel ingevoegd"
            )
            move = f"na artikel {after}"
        elif ids:
            at = 0
            first = self.number[ids[0]]
            insert = (
                f"In {name} wordt voor artikel {first} een artikel ingevoegd"
                if name
                else f"Voor artikel {first} wordt een artikel ingevoegd"
            )
            move = f"in {name} voor artikel {first}" if name else f"voor artikel {first}"
        else:
            at = 0
            insert = f"Aan {name} wordt een artikel toegevoegd"
            move = f"in {name}"
        if source is None:
            # New, or its old chapter went with all it held: in full.
            self.add(
                [_Step(f"{insert}, luidende:", tuple(article_quote(article)))],
                _provisions(article),
            )
        else:
            before = self.number[ident]
            renumber = (
                f", onder vernummering tot artikel {article.number},"
                if before != article.number
                else ""
            )
            self.add([_Step(f"Artikel {before} wordt{renumber} geplaatst {move}.")], [ident])
            moved = replace(self.old_art[ident], number=article.number)
            self.add(
                _article_steps(moved, article),
                _provisions(article),
                f"Artikel {article.number} wordt als volgt gewijzigd:",
            )
        ids.insert(at, ident)
        self.number[ident] = article.number


def lettered(
    sentences: Sequence[tuple[str, tuple[str, ...]]], after: int
) -> tuple[Instruction, ...]:
    """Single-sentence instructions (sentence, provision ids) lettered on after ``after``
    earlier ones: the instructions on the bijlagen follow those on the body."""
    out = []
    for index, (sentence, provisions) in enumerate(sentences, start=after + 1):
        letter_ = instruction_letter(index)
        lines = (Line(Style.LETTER, letter_), Line(Style.SENTENCE, sentence))
        out.append(Instruction(letter_, lines, provisions))
    return tuple(out)


def instructions(old: Document, new: Document) -> tuple[Instruction, ...]:
    """The lettered instructions of ARTIKEL I that turn the body of ``old`` into that of
    ``new`` (chapters and articles; both numbered as printed)."""
    return _Writer(old, new).run()
