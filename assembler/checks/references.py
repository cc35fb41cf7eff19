"""References as a reader reads them: forbidden forms, typed references resolved against the text.

Every rule reads the passages of :mod:`assembler.checks.reading` (articles, toelichting, aanhef,
overwegingen, gelet op, bijlagen, register) through its tokeniser, so "Lid 1", "art 34", "artt.",
"artikel 30 lid 3" and "160, lid 1" are found wherever they are written.

- TEK04 (registered in :mod:`assembler.checks.drafting`): the forms the Aanwijzingen voor de
  regelgeving (3.33 and 3.34) reject, found by :func:`forbidden_forms`.
- REF01: a typed reference to an article, lid or onderdeel of the document itself, or of another
  document of the project ("artikel 8 van de Gemeenschappelijke Regeling Sociaal"), that does
  not exist in the numbered text of the version.
- REF02: a typed reference that does exist: it does not follow a renumbering; write ``ref()``.
- REF03: between two versions, a typed reference to another document whose number now belongs
  to another article: the article it meant was renumbered.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from assembler.checks.base import FOUT, WAARSCHUWING, Context, Finding, finding, rule
from assembler.checks.reading import Kind, Passage, Place, Token, locate, passages, tokens
from assembler.model.nodes import Article, Document, Lid
from assembler.model.templates import opsomming


@dataclass(frozen=True, slots=True)
class Form:
    """A forbidden form found in a text: where (offsets), what it is, what to write instead."""

    start: int
    end: int
    shown: str
    advice: str


def _is(token: Token | None, *words: str) -> bool:
    return token is not None and token.lower in words


def _letter(token: Token | None) -> bool:
    return token is not None and token.kind is Kind.WORD and len(token.text) == 1


def _at(toks: tuple[Token, ...], index: int) -> Token | None:
    return toks[index] if 0 <= index < len(toks) else None


def forbidden_forms(text: str) -> Iterator[Form]:
    """The reference forms a drafter should not write, with the advice in Dutch."""
    toks = tokens(text)
    for i, tok in enumerate(toks):
        nxt = _at(toks, i + 1)
        if tok.lower == "lid" and nxt is not None and nxt.kind is Kind.NUMBER:
            before = _at(toks, i - 1)
            before2 = _at(toks, i - 2)
            if before is not None and before.kind is Kind.NUMBER:
                # "artikel 30 lid 3"
                word = _at(toks, i - 2)
                first = word if _is(word, "artikel") and word is not None else before
                yield Form(
                    first.start,
                    nxt.end,
                    f'"{text[first.start : nxt.end]}"',
                    f'schrijf "artikel {before.text}, {_ordinal(nxt.text)} lid"',
                )
            elif _is(before, ",") and before2 is not None and before2.kind is Kind.NUMBER:
                # "160, lid 1"
                yield Form(
                    before2.start,
                    nxt.end,
                    f'"{before2.text}, lid {nxt.text}"',
                    f'schrijf "{before2.text}, {_ordinal(nxt.text)} lid"',
                )
            else:
                ordinal = _ordinal(nxt.text)
                yield Form(
                    tok.start,
                    nxt.end,
                    f'"{text[tok.start : nxt.end]}"',
                    f'schrijf "het {ordinal} lid" of "artikel …, {ordinal} lid"',
                )
        elif (
            tok.lower == "leden"
            and nxt is not None
            and nxt.kind is Kind.NUMBER
            and not _members_of(toks, toks.index(_numbers_after(toks, i + 1)[-1]) + 1)
        ):
            # "de leden 3 tot en met 6", "leden 2 en 3": the plural in digits
            numbers = _numbers_after(toks, i + 1)
            end = numbers[-1].end
            # The ordinals joined as the numbers were: "het derde tot en met zesde lid",
            # "het eerste, tweede en vierde lid".
            listed = _ordinal(numbers[0].text)
            for prev, number in itertools.pairwise(numbers):
                joiner = " ".join(text[prev.end : number.start].split())
                listed += ("," if joiner == "," else f" {joiner}") + f" {_ordinal(number.text)}"
            yield Form(
                tok.start,
                end,
                f'"{text[tok.start : end]}"',
                f'schrijf "het {listed} lid"',
            )
        elif (
            tok.lower == "sub" and (_letter(nxt) or (nxt is not None and nxt.kind is Kind.NUMBER))
        ) or (tok.lower == "letter" and _letter(nxt)):
            assert nxt is not None
            yield Form(
                tok.start,
                nxt.end,
                f'"{text[tok.start : nxt.end]}"',
                f'schrijf "onderdeel {nxt.lower}"',
            )
        elif tok.kind is Kind.ABBREVIATION and tok.lower in ("art.", "artt."):
            numbers = _numbers_after(toks, i + 1)
            end = numbers[-1].end if numbers else tok.end
            shown = f'"{text[tok.start : end]}"'
            if tok.lower == "artt." or len(numbers) > 1:
                # The numbers as written, with their own "en" or "of".
                listed = text[numbers[0].start : numbers[-1].end] if numbers else "7 en 8"
                advice = f'schrijf "de artikelen {listed}"'
            else:
                advice = f'schrijf "artikel {numbers[0].text if numbers else "…"}"'
            yield Form(tok.start, end, shown, advice)
        elif tok.lower == "art" and nxt is not None and nxt.kind is Kind.NUMBER:
            yield Form(tok.start, nxt.end, f'"art {nxt.text}"', f'schrijf "artikel {nxt.text}"')
        elif tok.lower in ("jo.", "juncto") or (tok.lower == "jo" and _is(nxt, ".")):
            yield Form(tok.start, tok.end, '"jo."', 'schrijf "in samenhang met"')
        elif tok.lower in ("vorige", "voorgaande", "volgende") and _is(nxt, "lid"):
            assert nxt is not None
            article = _at(toks, i - 1)
            start = article.start if _is(article, "het") and article is not None else tok.start
            yield Form(
                start,
                nxt.end,
                f'"{text[start : nxt.end]}"',
                'noem het lid met zijn rangtelwoord: "het tweede lid"',
            )


# What "leden 1 tot en met 3 van de ..." can belong to as leden of a provision.
_PROVISION_OWNERS = ("wet", "regeling", "verordening", "artikel", "besluit", "wetboek")


def _members_of(toks: tuple[Token, ...], index: int) -> bool:
    """Whether the tokens from ``index`` (after the numbers) read "van de commissie": leden as
    members of a body, not as leden of an article."""
    if not _is(_at(toks, index), "van"):
        return False
    j = index
    owner = _at(toks, j + 1)
    if _is(owner, "de", "het"):
        owner = _at(toks, j + 2)
    return owner is not None and not (
        owner.lower in ("dit", "deze") or owner.lower.endswith(_PROVISION_OWNERS)
    )


def _numbers_after(toks: tuple[Token, ...], index: int) -> list[Token]:
    """The numbers from ``index`` on, joined by ",", "en", "of" or "tot en met": "12, 13 en
    14", "3 tot en met 6"."""
    numbers: list[Token] = []
    j = index
    while (t := _at(toks, j)) is not None and t.kind is Kind.NUMBER:
        numbers.append(t)
        if (
            _is(_at(toks, j + 1), "tot")
            and _is(_at(toks, j + 2), "en")
            and _is(_at(toks, j + 3), "met")
        ):
            step = 4
        elif _is(_at(toks, j + 1), ",", "en", "of"):
            step = 2
        else:
            break
        if (n := _at(toks, j + step)) is None or n.kind is not Kind.NUMBER:
            break
        j += step
    return numbers


def _ordinal(number: str) -> str:
    from assembler.checks.reading import ORDINALS

    by_number = {v: k for k, v in ORDINALS.items()}
    return by_number.get(int(number), f"{number}e") if number.isdigit() else number


@dataclass(frozen=True, slots=True)
class Typed:
    """A typed reference: "artikel 7, tweede lid, onderdeel b[, van <owner>]"."""

    start: int
    end: int
    article: str
    lid: int | None
    onderdeel: str | None
    owner: str | None  # the words after "van" ("deze regeling", "de Participatiewet"), if any
    external: bool  # an Awb-style number ("10:15") or a law named without "van"


# The first word of an owner after "van": an article or a name ("de Participatiewet", "deze
# regeling", "Boek 2"); "van toepassing" and "van kracht" are no owners.
_OWNER_START = frozenset({"de", "het", "deze", "dit", "die", "dat", "onze", "zijn", "hun"})


def typed_references(text: str) -> list[Typed]:
    """Every typed article reference in ``text``, the owner shared along "artikel 8 en artikel 36
    van de Participatiewet" and "de artikelen 212, 213 en 213a van de Gemeentewet"."""
    toks = tokens(text)
    found: list[Typed] = []
    group: list[tuple[int, int, str, int | None, str | None]] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        if tok.lower not in ("artikel", "artikelen") or not (
            (nxt := _at(toks, i + 1)) is not None and nxt.kind is Kind.NUMBER
        ):
            i += 1
            continue
        j = i + 1
        numbers = []
        while (t := _at(toks, j)) is not None and t.kind is Kind.NUMBER:
            numbers.append(t)
            j += 1
            if _is(_at(toks, j), ",", "en", "of") and (
                (n2 := _at(toks, j + 1)) is not None and n2.kind is Kind.NUMBER
            ):
                j += 1
            elif _is(_at(toks, j), "tot") and _is(_at(toks, j + 2), "met"):
                j += 3
        lid: int | None = None
        onderdeel: str | None = None
        end = toks[j - 1].end
        while True:
            a, b, c = _at(toks, j), _at(toks, j + 1), _at(toks, j + 2)
            if _is(a, "lid") and b is not None and b.kind is Kind.NUMBER and b.text.isdigit():
                lid = int(b.text)  # "artikel 30 lid 3": wrongly written (TEK04), still read
                end = b.end
                j += 2
                continue
            if (
                _is(a, ",")
                and _is(b, "lid")
                and c is not None
                and c.kind is Kind.NUMBER
                and c.text.isdigit()
            ):
                lid = int(c.text)  # "artikel 160, lid 1, van de Gemeentewet": TEK04, still read
                end = c.end
                j += 3
                continue
            if _is(a, ",") and b is not None and b.ordinal is not None:
                k = j + 2
                while _is(_at(toks, k), "en", "of", ",") and (
                    (o := _at(toks, k + 1)) is not None and o.ordinal is not None
                ):
                    k += 2
                if _is(_at(toks, k), "lid", "leden"):
                    lid = b.ordinal
                    end = toks[k].end
                    j = k + 1
                    continue
            if _is(a, ",") and _is(b, "aanhef") and _is(c, "en"):
                j += 3  # "artikel 9, eerste lid, aanhef en onderdeel c": the onderdeel follows
                if _is(_at(toks, j), "onderdeel", "onderdelen", "onder") and _letter(
                    _at(toks, j + 1)
                ):
                    letter = _at(toks, j + 1)
                    assert letter is not None
                    onderdeel = letter.lower
                    end = letter.end
                    j += 2
                continue
            if (
                _is(a, ",")
                and _is(b, "onderdeel", "onderdelen", "onder", "sub", "letter")
                and (_letter(c) or (c is not None and c.kind is Kind.NUMBER))
            ):
                assert c is not None
                onderdeel = c.lower
                end = c.end
                j += 3
                continue
            break
        for number in numbers:
            group.append(
                (tok.start, end, number.text, lid if len(numbers) == 1 else None, onderdeel)
            )
        # The group goes on with "en artikel 36", ", en artikel 36", "of artikel 22".
        k = j
        while True:
            if _is(_at(toks, k), ",", "en", "of", "jo.", "juncto"):
                k += 1
            elif k > j and _is(_at(toks, k), "de") and _is(_at(toks, k + 1), "artikelen"):
                k += 1  # "artikel 212 en de artikelen 213 en 213a van de Gemeentewet"
            elif _is(_at(toks, k), "in") and _is(_at(toks, k + 1), "samenhang"):
                k += 3  # "in samenhang met"
            else:
                break
        if k > j and _is(_at(toks, k), "artikel", "artikelen"):
            i = k
            continue
        if _is(_at(toks, k), "en") and _is(_at(toks, k + 1), "volgende"):
            k += 2  # "artikel 184 en volgende van de Gemeentewet"
        elif _is(_at(toks, k), "volgende"):
            k += 1  # ", en volgende": the comma and "en" were skipped above
        elif [t.lower for t in toks[k : k + 4]] == ["e", ".", "v", "."]:
            k += 4  # "artikel 184 e.v. van de Gemeentewet"
        if (
            _is(_at(toks, k), "van", "der")
            and (after := _at(toks, k + 1)) is not None
            # "artikel 42 is van toepassing", "van overeenkomstige toepassing": no owner
            and (after.lower in _OWNER_START or after.text[:1].isupper())
        ):
            owner: str | None = text[after.start :]
        else:
            owner = None
        following = _at(toks, k)
        external = (
            following is not None
            and following.kind is Kind.WORD
            and following.text[:1].isupper()
            and owner is None
        )
        for start, stop, article, lid_, ond in group:
            found.append(Typed(start, stop, article, lid_, ond, owner, external or ":" in article))
        group = []
        i = j
    return found


def _leden(article: Article) -> tuple[Lid, ...]:
    return article.leden


def _title_forms(doc: Document) -> tuple[str, ...]:
    forms = {doc.title.lower(), doc.citeertitel.lower()}
    return tuple(sorted(forms, key=len, reverse=True))


def _owner_document(ctx: Context, doc: Document, owner: str) -> Document | None:
    """The other document of the project that ``owner`` ("de Gemeenschappelijke Regeling
    Sociaal") names, the one of the same deelnemer when it is a document per deelnemer."""
    words = owner.lower()
    for article_word in ("de ", "het "):
        if words.startswith(article_word):
            words = words[len(article_word) :]
    best: Document | None = None
    for other in ctx.documents:
        if other.id == doc.id:
            continue
        manifest = ctx.project.manifests.get(other.manifest)
        names = list(_title_forms(other))
        if manifest is not None:
            names.append(manifest.title.lower())
        if any(words.startswith(name) for name in names if name):
            if other.deelnemer in (None, doc.deelnemer):
                return other
            best = best or other
    return best


def _resolve(article: Article, ref: Typed) -> tuple[str, str]:
    """(id of the provision referred to, "" if fine) or ("", what does not exist)."""
    target = article.id
    if ref.lid is not None:
        if len(article.leden) < 2 or ref.lid > len(article.leden):
            count = len(article.leden)
            has = "één lid" if count < 2 else f"{count} leden"
            return "", f"artikel {article.number} heeft {has}"
        lid = article.leden[ref.lid - 1]
        target = lid.id
        candidates: tuple[Lid, ...] = (lid,)
    else:
        candidates = article.leden
    if ref.onderdeel is not None:
        for lid in candidates:
            for ond in lid.onderdelen:
                if ond.number.rstrip(".").lower() == ref.onderdeel:
                    return ond.id, ""
        return "", f"artikel {article.number} heeft geen onderdeel {ref.onderdeel}"
    return target, ""


def _shown(ref: Typed, text: str) -> str:
    return text[ref.start : ref.end]


def _ref_findings(ctx: Context, passage: Passage) -> Iterator[Finding]:
    doc = passage.document
    if doc is None:
        return
    for ref in typed_references(passage.text):
        if ref.external:
            continue
        other: Document | None = doc
        if ref.owner is not None:
            owner = ref.owner.lower()
            if owner.startswith(("deze ", "dit ")):
                other = doc
            else:
                other = _owner_document(ctx, doc, ref.owner)
                if other is None:
                    continue  # a law, or a document outside the project
        elif passage.place in (Place.GELET_OP, Place.REGISTER):
            continue  # a "gelet op" cites the law; "van ..." may stand further on
        assert other is not None
        numbers = {a.number: a for a in other.articles}
        where = locate(ctx, passage, ref.start, ref.end)
        shown = _shown(ref, passage.text)
        of = "" if other is doc else f" van {_the(other.title)}"
        article = numbers.get(ref.article)
        before = _earlier_numbers(ctx).get(other.id, {}).get(ref.article)
        now = {a.id: a for a in other.articles}.get(before[0]) if before else None
        if other is not doc and before is not None and now is not None and now is not article:
            yield finding(
                "REF03",
                where,
                f"'{shown}'{of} was in {ctx.versions[0] if ctx.versions else 'de vorige versie'}"
                f" artikel {ref.article} ({before[1]}), maar dat artikel is nu artikel"
                f" {now.number}; schrijf {{{{ ref('{other.manifest}', '{now.id}') }}}}",
                passage.target,
                doc.id,
            )
            continue
        if article is None:
            have = [a.number for a in other.articles]
            # "1 tot en met 50" hides an inserted "26a": name the inserted ones too.
            inserted = [n for n in have if not n.isdigit()]
            plus = f" en {opsomming(inserted)}" if inserted else ""
            span = (
                f"de artikelen {have[0]} tot en met {have[-1]}{plus}"
                if len(have) > 1
                else (f"alleen artikel {have[0]}" if have else "geen artikelen")
            )
            yield finding(
                "REF01",
                where,
                f"'{shown}' verwijst naar een artikel dat niet bestaat: {other.title} heeft {span}",
                passage.target,
                doc.id,
            )
            continue
        target, missing = _resolve(article, ref)
        if missing:
            yield finding(
                "REF01",
                where,
                f"'{shown}' verwijst naar een bepaling die niet bestaat: {missing}{of}",
                passage.target,
                doc.id,
            )
            continue
        call = f"ref('{target}')" if other is doc else f"ref('{other.manifest}', '{target}')"
        meant = _subject_mismatch(passage.text, ref, article, other)
        if meant is not None:
            subject, better = meant
            yield finding(
                "REF04",
                where,
                f"'{shown}'{of} is {article.heading}, maar de zin gaat over {subject}; bedoelt u"
                f" {opsomming([a.heading for a in better], 'of')}?",
                passage.target,
                doc.id,
            )
            continue
        yield finding(
            "REF02",
            where,
            f"'{shown}' is met de hand geschreven ({article.heading}{of}) en vernummert niet mee;"
            f" schrijf {{{{ {call} }}}}",
            passage.target,
            doc.id,
        )


def _the(title: str) -> str:
    """The title with its Dutch article: "het Mandaatbesluit ...", "de Verordening ..."."""
    # A compound takes the article of its last part: "Mandaat-, volmacht- en machtigingsbesluit".
    noun = next(
        (w.lower() for w in title.split() if not w.endswith(("-", ",")) and w not in ("en", "of")),
        "",
    )
    neuter = noun.endswith(("besluit", "reglement", "statuut", "protocol", "convenant"))
    return f"{'het' if neuter else 'de'} {title}"


# The subjects a sentence can be about, and the words the title of an article on it has.
_SUBJECTS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("mandaat", ("mandaat", "ondermandaat", "volmacht", "machtiging"), ("mandaat", "volmacht")),
    (
        "delegatie",
        ("delegatie", "gedelegeerd", "overgedragen", "overdracht"),
        ("overgedragen", "delegatie", "overdracht"),
    ),
    ("de begroting", ("begroting", "ontwerpbegroting"), ("begroting",)),
    ("de jaarrekening", ("jaarrekening",), ("jaarrekening",)),
    ("de toetreding", ("toetreding", "toetreden", "toetredende"), ("toetreding",)),
    ("de uittreding", ("uittreding", "uittreden", "uittredende"), ("uittreding",)),
    ("de opheffing", ("opheffing", "liquidatie", "opgeheven"), ("opheffing", "liquidatie")),
    ("geschillen", ("geschil", "geschillen"), ("geschil",)),
    ("het archief", ("archief", "archiefbescheiden"), ("archief",)),
    ("de evaluatie", ("evaluatie", "evalueren", "geëvalueerd"), ("evaluatie",)),
    ("de stemverhouding", ("stemverhouding", "stemmen", "stem", "stemgewicht"), ("stem",)),
    ("de verdeelsleutels", ("verdeelsleutel", "verdeelsleutels"), ("verdeelsleutel",)),
    ("de plustaken", ("plustaak", "plustaken"), ("plustaak", "plustaken")),
)
# Words that carry the subject over from the sentence before ("Wel kan het mandaat verlenen. Hoe
# het dat doet, staat in artikel 4"; "Zie voor de voorwaarden daarvan artikel 7").
_ANAPHORA = frozenset({"dat", "dit", "daarvan", "daarvoor", "daartoe", "hiervoor", "hiervan"})
_SENTENCE = re.compile(r"(?<=[.;!?])\s+")

# Subjects that occur in too many sentences to be the subject of every reference in them
# ("wijziging", "bekendgemaakt"): they count only when the reference qualifies the phrase
# itself, with nothing but connecting words in between ("een wijziging van de regeling op grond
# van artikel 40", "wordt bekendgemaakt op de wijze, bedoeld in artikel 46"). In "een wijziging
# van de regeling die de taken, bedoeld in artikel 5, raakt" the reference qualifies "de taken".
# Verbs may stand in between ("een wijziging van de regeling voorstellen op grond van"), nouns not.
_QUALIFIED: tuple[tuple[str, re.Pattern[str], tuple[str, ...]], ...] = (
    (
        "de wijziging van de regeling",
        re.compile(
            r"\bwijziging(?:en)? van (?:de|deze) (?:gemeenschappelijke )?regeling"
            r"|\bregeling (?:te )?wijzigen\b|\bregeling (?:wordt|worden) gewijzigd\b"
        ),
        ("wijziging",),
    ),
    (
        "de bekendmaking",
        re.compile(r"\bbekendma(?:king|ken)\b|\bbekendgemaakt\b"),
        ("bekendmaking", "inwerkingtreding"),
    ),
)
_CONNECTING = frozenset(
    [
        "op",
        "grond",
        "van",
        "de",
        "het",
        "wijze",
        "bedoeld",
        "in",
        "als",
        "overeenkomstig",
        "volgens",
        "zoals",
        "met",
        "toepassing",
        "krachtens",
        "conform",
        "wordt",
        "worden",
        "is",
        "zijn",
        "kan",
        "kunnen",
        "geschiedt",
        "geschieden",
        "verloopt",
        "vindt",
        "plaats",
        "voorstellen",
        "voorgesteld",
        "vaststellen",
        "vastgesteld",
        "besluiten",
        "besloten",
    ]
)


def _qualified_subject(sentence: str, ref_start: int) -> tuple[str, tuple[str, ...]] | None:
    """The subject of `_QUALIFIED` whose phrase the reference at `ref_start` qualifies."""
    for subject, phrase, titled in _QUALIFIED:
        ends = [m.end() for m in phrase.finditer(sentence, 0, ref_start)]
        if ends and set(re.findall(r"\w+", sentence[ends[-1] : ref_start])) <= _CONNECTING:
            return subject, titled
    return None


_MAX_SUGGESTED = 3


def _subject_mismatch(
    text: str, ref: Typed, article: Article, other: Document
) -> tuple[str, tuple[Article, ...]] | None:
    """When the sentence of a typed reference is about a subject that the article referred to
    is not about, while one to three other articles of that document are: (subject, those)."""
    start = max((m.end() for m in _SENTENCE.finditer(text, 0, ref.start)), default=0)
    end_match = _SENTENCE.search(text, ref.end)
    sentence = text[start : end_match.start() if end_match else len(text)].lower()
    words = set(re.findall(r"\w+", sentence))
    if words & _ANAPHORA and not any(words & set(said) for _, said, _ in _SUBJECTS):
        before = max((m.end() for m in _SENTENCE.finditer(text, 0, max(start - 1, 0))), default=0)
        words |= set(re.findall(r"\w+", text[before:start].lower()))
    title = article.title.lower()
    for _subject, said, titled in _SUBJECTS:
        if not words & set(said):
            continue
        if any(t in title for t in titled):
            return None  # the article is about (one of) the subjects of the sentence
    qualified = _qualified_subject(sentence, ref.start - start)
    if qualified is not None and any(t in title for t in qualified[1]):
        return None
    subjects = [(subject, titled) for subject, said, titled in _SUBJECTS if words & set(said)]
    for subject, titled in [qualified, *subjects] if qualified else subjects:
        candidates = [a for a in other.articles if any(t in a.title.lower() for t in titled)]
        # "De gevolgen van uittreding staan in artikel 43 (Opheffing)": Uittreding and Gevolgen
        # van uittreding both fit; the reference fits neither.
        if 1 <= len(candidates) <= _MAX_SUGGESTED and article not in candidates:
            return subject, tuple(candidates)
    return None


def _earlier_numbers(ctx: Context) -> dict[str, dict[str, tuple[str, str]]]:
    """Per document id: article number → (id, title) in the older of the versions compared."""
    if "earlier-numbers" not in ctx.memo:
        ctx.memo["earlier-numbers"] = {
            redline.new.id: {a.number: (a.id, a.title) for a in redline.old.articles}
            for redline in ctx.compared
            if redline.old is not None and redline.new is not None
        }
    result: dict[str, dict[str, tuple[str, str]]] = ctx.memo["earlier-numbers"]
    return result


def _typed(ctx: Context) -> list[Finding]:
    if "typed-references" not in ctx.memo:
        ctx.memo["typed-references"] = [
            f for passage in passages(ctx) for f in _ref_findings(ctx, passage)
        ]
    result: list[Finding] = ctx.memo["typed-references"]
    return result


@rule(
    "REF01",
    FOUT,
    "een met de hand geschreven verwijzing ('artikel 53', 'artikel 8, derde lid, van de"
    " regeling') wijst een artikel, lid of onderdeel aan dat in de genummerde tekst bestaat",
)
def typed_reference_exists(ctx: Context) -> list[Finding]:
    return [f for f in _typed(ctx) if f.code == "REF01"]


@rule(
    "REF02",
    WAARSCHUWING,
    "een verwijzing naar een artikel van het eigen of een ander document staat er met ref(),"
    " zodat zij meevernummert",
)
def typed_reference_by_ref(ctx: Context) -> list[Finding]:
    return [f for f in _typed(ctx) if f.code == "REF02"]


@rule(
    "REF04",
    FOUT,
    "een met de hand geschreven verwijzing wijst het artikel aan waar de zin over gaat ('bij"
    " artikel 6 mandaat verleend' terwijl artikel 6 de overdracht regelt en artikel 7 het mandaat)",
    "samenhang van de tekst (de aangehaalde bepaling gaat over het onderwerp van de zin)",
)
def typed_reference_on_subject(ctx: Context) -> list[Finding]:
    return [f for f in _typed(ctx) if f.code == "REF04"]


@rule(
    "REF03",
    FOUT,
    "een met de hand geschreven verwijzing naar een artikel van een ander document volgt de"
    " vernummering van dat document (tussen twee versies)",
)
def typed_reference_renumbered(ctx: Context) -> list[Finding]:
    return [f for f in _typed(ctx) if f.code == "REF03"]


def forbidden_findings(ctx: Context) -> Iterator[Finding]:
    """TEK04 on every passage a reader reads (the rule is registered in checks.drafting)."""
    for passage in passages(ctx):
        for form in forbidden_forms(passage.text):
            yield finding(
                "TEK04",
                locate(ctx, passage, form.start, form.end),
                f"verwijzing in de vorm {form.shown}: {form.advice}",
                passage.target,
                passage.document.id if passage.document is not None else "",
            )
