"""Load and validate every source file of one version into a :class:`Project`."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import lru_cache
from typing import Any

from assembler.errors import Collector, Pos, Problem, SourceError
from assembler.model.templates import RESERVED_NAMES
from assembler.source import standing
from assembler.source.choices import (
    CATALOG_FILE,
    check_conditions,
    load_catalog,
    load_condition,
    resolve_choices,
)
from assembler.source.fields import Fields, check_xml_chars, describe, mappings, text_items
from assembler.source.finance import load_finance
from assembler.source.ignores import load_ignores
from assembler.source.milestones import load_milestones
from assembler.source.records import (
    Project,
    SCatalog,
    SChapter,
    SCondition,
    SDeelnemer,
    SFinance,
    SFragment,
    SItem,
    SManifest,
    SPower,
    SRefId,
    SSection,
    SSettings,
    SText,
)
from assembler.source.register import load_register
from assembler.source.tree import Tree, WorkTree, safe_relpath
from assembler.source.wordtemplate import template_problem
from assembler.source.yamlload import YList, YMap, load_yaml_bytes

MAX_FILE_STEM = 120  # characters of a 'bestandsnaam' (the file name without its extension)

FORMAT_VERSION = 1
SETTINGS_FILE = "assembler.yaml"
DEELNEMERS_FILE = "deelnemers.yaml"
FRAGMENT_DIR = "clausules"
MANIFEST_DIRS = ("regelingen", "verordeningen")
KINDS = ("regeling", "verordening", "besluit")
ORGANS = (
    "college",
    "raad",
    "burgemeester",
    "algemeen_bestuur",
    "dagelijks_bestuur",
    "voorzitter",
)
MAX_DEPTH = 3  # lid, onderdeel, subonderdeel
GENERATED = ("bevoegdheden", "mandaatlijst", "plustaakbevoegdheden", "bijdragen", "verdeelsleutels")


def load_project(tree: Tree) -> Project:
    """Read all sources of ``tree``; raise one SourceError listing every problem found."""
    problems = Collector()
    settings = _guard(problems, lambda: _load_settings(tree, problems))
    deelnemers = _guard(problems, lambda: _load_deelnemers(tree, problems)) or ()
    fragments: dict[str, SFragment] = {}
    every_fragment: list[SFragment] = []
    powers: list[SPower] = []
    finance: SFinance | None = None
    for path in tree.list_files(FRAGMENT_DIR, ".yaml"):
        loaded = _guard(problems, lambda p=path: _load_clause_file(tree, p, problems))
        if isinstance(loaded, SFragment):
            every_fragment.append(loaded)
            fragments.setdefault(loaded.id, loaded)
        elif isinstance(loaded, list):
            powers.extend(loaded)
        elif isinstance(loaded, SFinance):
            if finance is not None:
                problems.add(loaded.pos, f"er is al een financiënbestand: {finance.pos.path}")
            finance = loaded
    catalog = SCatalog()
    if tree.exists(CATALOG_FILE):
        catalog = _guard(problems, lambda: _load_catalog(tree, problems)) or SCatalog()
    manifests: dict[str, SManifest] = {}
    every_manifest: list[SManifest] = []
    for folder in MANIFEST_DIRS:
        for path in tree.list_files(folder, ".yaml"):
            manifest = _guard(problems, lambda p=path: _load_manifest(tree, p, problems))
            if manifest is not None:
                every_manifest.append(manifest)
                manifests.setdefault(manifest.id, manifest)
    # Cross-file checks run on whatever did load, so one run reports as much as it can.
    _check_ids(deelnemers, every_fragment, every_manifest, problems, powers)
    _guard(problems, lambda: _check_consents(tree, deelnemers, problems))
    _check_manifests(deelnemers, fragments, manifests, problems)
    choices = {d.id: resolve_choices(d, catalog, problems) for d in deelnemers}
    check_conditions(_conditions(every_fragment), catalog, problems)
    plustaken = {p.id for p in catalog.plustaken}
    for power in powers:
        if power.plustaak is not None and power.plustaak not in plustaken:
            problems.add(
                power.pos, f"bevoegdheid '{power.id}' noemt onbekende plustaak '{power.plustaak}'"
            )
    problems.raise_if_any()
    assert settings is not None
    return Project(
        settings, tuple(deelnemers), fragments, manifests, catalog, tuple(powers), finance, choices
    )


def _load_catalog(tree: Tree, problems: Collector) -> SCatalog:
    data = _read(tree, CATALOG_FILE)
    _format(Fields(data, problems, CATALOG_FILE))
    return load_catalog(data, problems)


def _load_clause_file(
    tree: Tree, path: str, problems: Collector
) -> SFragment | list[SPower] | SFinance | None:
    """A file under clausules/: an article, a part of the register of powers, or the finances.

    Two versions share most files byte for byte (a redline reads both): a file already read
    with the same content is taken from a cache instead of being parsed again.
    """
    try:
        raw = tree.read_bytes(path)
    except (FileNotFoundError, IsADirectoryError):
        raise SourceError.at(Pos(path, 1, 1), "bestand ontbreekt") from None
    result, found = _parse_clause_file(path, raw)
    problems.problems.extend(found)
    return list(result) if isinstance(result, tuple) else result


@lru_cache(maxsize=32768)
def _parse_clause_file(
    path: str, raw: bytes
) -> tuple[SFragment | tuple[SPower, ...] | SFinance | None, tuple[Problem, ...]]:
    problems = Collector()
    data = load_yaml_bytes(raw, path)
    if not isinstance(data, YMap):
        raise SourceError.at(Pos(path, 1, 1), "het bestand moet een tabel van sleutels zijn")
    result = _interpret_clause_file(data, path, problems)
    return (tuple(result) if isinstance(result, list) else result), tuple(problems.problems)


def _interpret_clause_file(
    data: YMap, path: str, problems: Collector
) -> SFragment | list[SPower] | SFinance | None:
    if "bevoegdheden" in data:
        _format(Fields(data, problems, "het registerbestand"))
        return load_register(data, path, problems)
    if "financien" in data:
        _format(Fields(data, problems, "het financiënbestand"))
        return load_finance(data, problems)
    return _load_fragment(data, path, problems)


def _conditions(fragments: list[SFragment]) -> list[SCondition]:
    found = [f.condition for f in fragments if f.condition is not None]
    stack = [item for f in fragments for item in f.leden]
    while stack:
        item = stack.pop()
        if item.condition is not None:
            found.append(item.condition)
        stack.extend(item.children)
    return found


def _guard(problems: Collector, load: Any) -> Any:
    """Run one file's loader; a fatal error in that file does not hide the others."""
    try:
        return load()
    except SourceError as exc:
        problems.extend(exc)
        return None


def _read(tree: Tree, path: str) -> YMap:
    try:
        raw = tree.read_bytes(path)
    except (FileNotFoundError, IsADirectoryError):
        raise SourceError.at(Pos(path, 1, 1), "bestand ontbreekt") from None
    data = load_yaml_bytes(raw, path)
    if not isinstance(data, YMap):
        raise SourceError.at(Pos(path, 1, 1), "het bestand moet een tabel van sleutels zijn")
    return data


def _format(fields: Fields) -> None:
    version = fields.data.get("formaat")
    fields.used.add("formaat")
    if version is None:
        fields.problems.add(fields.data.pos, f"'formaat: {FORMAT_VERSION}' ontbreekt")
    elif not isinstance(version, int) or isinstance(version, bool):
        fields.problems.add(
            fields.pos("formaat"),
            f"'formaat' moet een geheel getal zijn, niet {describe(version)}",
        )
    elif version > FORMAT_VERSION:
        fields.problems.add(
            fields.pos("formaat"),
            f"formaat {version} is nieuwer dan deze assembler (kent formaat {FORMAT_VERSION});"
            " werk de assembler bij",
        )
    elif version < 1:
        fields.problems.add(fields.pos("formaat"), f"onbekend formaat {version}")


def _stext(fields: Fields, key: str, required: bool = True) -> SText | None:
    value = fields.text(key, required=required)
    return SText(value, fields.pos(key)) if key in fields.data and value else None


def _stexts(fields: Fields, key: str, required: bool = False) -> tuple[SText, ...]:
    seq = fields.sequence(key, required)
    return tuple(SText(t, p) for t, p in text_items(seq, fields.problems, f"'{key}'"))


def _load_settings(tree: Tree, problems: Collector) -> SSettings:
    data = _read(tree, SETTINGS_FILE)
    fields = Fields(data, problems, SETTINGS_FILE)
    _format(fields)
    # A 'versie' block was how older versions named themselves; the name, date and finality now
    # come from the milestones, so the block in an old commit is read past, not used.
    fields.used.add("versie")
    version = _guard(problems, lambda: standing.version_of(tree)) or standing.UNKNOWN
    body = fields.mapping("openbaar_lichaam", required=True)
    organen: dict[str, str] = {}
    if body is not None:
        bf = Fields(body, problems, "'openbaar_lichaam'")
        for key in ("naam", "algemeen_bestuur", "dagelijks_bestuur", "voorzitter"):
            organen[key] = bf.text(key)
        bf.done()
    variables = fields.mapping("variabelen") or YMap()
    for key, value in variables.items():
        if key in RESERVED_NAMES:
            # Reported here, once, not at every text that uses the name it hides.
            problems.add(
                variables.key_at(key),
                f"variabele '{key}' heeft de naam van een functie of gegeven van de"
                " sjabloontekst en zou die verbergen; kies een andere naam",
            )
        if isinstance(value, str):
            check_xml_chars(value, variables.at(key), problems)
    fields.done()
    return SSettings(version, organen, dict(variables), data.pos)


def _load_deelnemers(tree: Tree, problems: Collector) -> tuple[SDeelnemer, ...]:
    data = _read(tree, DEELNEMERS_FILE)
    fields = Fields(data, problems, DEELNEMERS_FILE)
    _format(fields)
    result = []
    seq = fields.sequence("deelnemers", required=True)
    for item in mappings(seq, problems, "een deelnemer moet een tabel van sleutels zijn"):
        f = Fields(item, problems, "deelnemer")
        keuzes = f.mapping("keuzes") or YMap()
        result.append(
            SDeelnemer(
                f.ident(),
                f.text("naam"),
                f.text("gemeente"),
                f.text("college"),
                f.text("raad"),
                f.text("burgemeester"),
                keuzes,
                item.pos,
                _signers(f.mapping("ondertekenaars"), problems),
                *_consents(f.mapping("toestemming"), problems),
            )
        )
        f.done()
    fields.done()
    return tuple(result)


def _consents(data: YMap | None, problems: Collector) -> tuple[dict[str, date], dict[str, Pos]]:
    """'toestemming': per milestone id the date of the raad's toestemming (optional)."""
    if data is None:
        return {}, {}
    fields = Fields(data, problems, "'toestemming'")
    dates: dict[str, date] = {}
    positions: dict[str, Pos] = {}
    for ident in data:
        positions[ident] = data.key_at(ident)
        day = fields.day(ident)
        if day is not None:
            dates[ident] = day
    fields.done()
    return dates, positions


def _check_consents(tree: Tree, deelnemers: Sequence[SDeelnemer], problems: Collector) -> None:
    """Every round named under 'toestemming' is a milestone of mijlpalen.yaml."""
    if not any(d.toestemming_pos for d in deelnemers):
        return
    known = [m.id for m in load_milestones(tree)]
    for deelnemer in deelnemers:
        for ident, pos in deelnemer.toestemming_pos.items():
            if ident not in known:
                choices = ", ".join(known) or "geen"
                problems.add(
                    pos,
                    f"'toestemming' noemt onbekende mijlpaal '{ident}'; bekend zijn: {choices}",
                )


OFFICES = ("secretaris", "burgemeester", "griffier", "voorzitter")


def _signers(data: YMap | None, problems: Collector) -> dict[str, str]:
    """The names of who signs for a deelnemer, per office (optional)."""
    if data is None:
        return {}
    fields = Fields(data, problems, "'ondertekenaars'")
    names = {}
    for office in OFFICES:
        name = fields.text(office, required=False)
        if name:
            check_xml_chars(name, fields.pos(office), problems)
            names[office] = name
    fields.done()
    return names


def _load_fragment(data: YMap, path: str, problems: Collector) -> SFragment | None:
    fields = Fields(data, problems, "het clausulefragment")
    _format(fields)
    topic = path.split("/")[1] if path.count("/") >= 2 else "algemeen"
    leden = _items(fields.sequence("leden", required=True), problems, depth=1)
    if not leden and "leden" in data:
        problems.add(data.at("leden"), "een artikel moet ten minste één lid hebben")
    fragment = SFragment(
        fields.ident(),
        fields.text("titel"),
        topic,
        leden,
        _stexts(fields, "toelichting"),
        data.at("id"),
        load_condition(data, problems),
        tuple(t for t, _ in text_items(fields.sequence("onderwerpen"), problems, "'onderwerpen'")),
        load_ignores(data, problems),
    )
    fields.used.update({"voorwaarde", "negeer"})
    fields.done()
    return fragment


def _items(seq: YList, problems: Collector, depth: int) -> tuple[SItem, ...]:
    names = {1: "lid", 2: "onderdeel", 3: "subonderdeel"}
    result = []
    for item in mappings(
        seq, problems, f"een {names[depth]} moet een tabel zijn met 'id' en 'tekst'"
    ):
        f = Fields(item, problems, f"dit {names[depth]}")
        children: tuple[SItem, ...] = ()
        if "onderdelen" in item:
            if depth >= MAX_DEPTH:
                problems.add(
                    item.key_at("onderdelen"),
                    "een subonderdeel kan geen onderdelen hebben",
                )
                f.used.add("onderdelen")
            else:
                children = _items(f.sequence("onderdelen"), problems, depth + 1)
        slot = _stext(f, "slottekst", required=False) if depth == 1 else None
        result.append(
            SItem(
                f.ident(),
                SText(f.text("tekst"), f.pos("tekst")),
                children,
                slot,
                item.at("id"),
                load_condition(item, problems),
            )
        )
        f.used.add("voorwaarde")
        f.done()
    return tuple(result)


def _load_manifest(tree: Tree, path: str, problems: Collector) -> SManifest:
    data = _read(tree, path)
    fields = Fields(data, problems, "het manifest")
    _format(fields)
    ident = fields.ident()
    kind = fields.text("soort")
    if kind and kind not in KINDS:
        problems.add(
            fields.pos("soort"),
            f"onbekende soort '{kind}'; kies uit: {', '.join(KINDS)}",
        )
    organs = tuple(
        t
        for t, _ in text_items(
            fields.sequence("vastgesteld_door", True), problems, "'vastgesteld_door'"
        )
    )
    for organ, pos in zip(organs, fields.sequence("vastgesteld_door").item_pos, strict=False):
        if organ not in ORGANS:
            problems.add(pos, f"onbekend orgaan '{organ}'; kies uit: {', '.join(ORGANS)}")
    chapters: list[SChapter] = []
    has_chapters = "hoofdstukken" in data
    if has_chapters and "artikelen" in data:
        problems.add(
            data.key_at("artikelen"),
            "gebruik 'hoofdstukken' of 'artikelen', niet beide",
        )
    if has_chapters:
        for item, pos in zip(
            fields.sequence("hoofdstukken"),
            fields.sequence("hoofdstukken").item_pos,
            strict=True,
        ):
            if not isinstance(item, YMap):
                problems.add(
                    pos,
                    "een hoofdstuk moet een tabel zijn met 'id', 'titel' en 'artikelen'",
                )
                continue
            cf = Fields(item, problems, "het hoofdstuk")
            chapters.append(
                SChapter(cf.ident(), cf.text("titel"), _ref_ids(cf, problems), item.pos)
            )
            cf.done()
    else:
        chapters.append(SChapter("", "", _ref_ids(fields, problems), data.pos))
    raw_template = fields.text("sjabloon", required=False)
    template = None
    if raw_template:
        template = _checked_path(raw_template, fields.pos("sjabloon"), tree, problems)
    if template is not None:
        problem = template_problem(raw_template, tree.read_bytes(template))
        if problem is not None:
            problems.add(fields.pos("sjabloon"), problem)
            template = None
    file_stem = fields.ident("bestandsnaam") if "bestandsnaam" in data else ident
    if len(file_stem) > MAX_FILE_STEM:
        # Most file systems allow 255 bytes per name; a document per deelnemer adds its id.
        problems.add(
            fields.pos("bestandsnaam" if "bestandsnaam" in data else "id"),
            f"de bestandsnaam is {len(file_stem)} tekens lang; houd haar op hoogstens"
            f" {MAX_FILE_STEM} tekens",
        )
    manifest = SManifest(
        id=ident,
        kind=kind,
        title=fields.text("titel"),
        subtitle=_stext(fields, "ondertitel", required=False),
        citeertitel=SText(fields.text("citeertitel"), fields.pos("citeertitel")),
        file_stem=file_stem,
        per_deelnemer=fields.boolean("per_deelnemer"),
        organs=organs,
        aanhef=_stexts(fields, "aanhef", required=True),
        overwegingen=_stexts(fields, "overwegingen"),
        gelet_op=_stext(fields, "gelet_op", required=False),
        besluiten=_stext(fields, "besluiten", required=False),
        chapters=tuple(chapters),
        has_chapters=has_chapters,
        slotformule=_stexts(fields, "slotformule"),
        bijlagen=_bijlagen(fields, tree, problems),
        toelichting=_sections(fields.sequence("toelichting"), problems, "toelichting"),
        template=template,
        pos=data.pos,
        only_with_plustaken=fields.boolean("alleen_met_plustaken"),
        ignore=load_ignores(data, problems),
        file_stem_pos=fields.pos("bestandsnaam" if "bestandsnaam" in data else "id"),
    )
    fields.used.add("negeer")
    fields.done()
    return manifest


def _ref_ids(fields: Fields, problems: Collector) -> tuple[SRefId, ...]:
    seq = fields.sequence("artikelen", required=True)
    return tuple(SRefId(t, p) for t, p in text_items(seq, problems, "'artikelen'"))


def _checked_path(raw: str, pos: Pos, tree: Tree, problems: Collector) -> str | None:
    path = safe_relpath(raw)
    if path is None:
        problems.add(
            pos,
            f"pad '{raw}' ligt buiten de repository; gebruik een relatief pad binnen de repository",
        )
        return None
    if not tree.exists(path):
        if isinstance(tree, WorkTree) and tree.leads_outside(path):
            problems.add(
                pos,
                f"bestand '{raw}' verwijst met een symbolische koppeling naar een plaats buiten de"
                " repository; zet het bestand zelf in de repository",
            )
        else:
            problems.add(pos, f"bestand '{raw}' bestaat niet")
        return None
    return path


def _bijlagen(fields: Fields, tree: Tree, problems: Collector) -> tuple[SSection, ...]:
    result = []
    seq = fields.sequence("bijlagen")
    for item in mappings(
        seq,
        problems,
        "een bijlage moet een tabel zijn met 'id', 'titel' en 'bestand' of 'tekst'",
    ):
        f = Fields(item, problems, "de bijlage")
        paragraphs = _stexts(f, "tekst")
        raw = f.text("bestand", required=False)
        if raw:
            path = _checked_path(raw, f.pos("bestand"), tree, problems)
            if path is not None:
                data = _read(tree, path)
                bf = Fields(data, problems, "het bijlagebestand")
                _format(bf)
                paragraphs += _stexts(bf, "tekst", required=True)
                bf.done()
        generate = f.text("genereer", required=False)
        if generate and generate not in GENERATED:
            problems.add(
                f.pos("genereer"),
                f"onbekende waarde '{generate}' voor 'genereer'; kies uit: {', '.join(GENERATED)}",
            )
        result.append(SSection(f.ident(), f.text("titel"), paragraphs, item.pos, generate))
        f.done()
    return tuple(result)


def _sections(seq: YList, problems: Collector, what: str) -> tuple[SSection, ...]:
    result = []
    for index, (item, pos) in enumerate(zip(seq, seq.item_pos, strict=True), start=1):
        if not isinstance(item, YMap):
            problems.add(
                pos,
                f"een deel van de {what} moet een tabel zijn met 'titel' en 'tekst'",
            )
            continue
        f = Fields(item, problems, f"dit deel van de {what}")
        ident = f.ident() if "id" in item else f"{what}-{index}"
        result.append(
            SSection(ident, f.text("titel"), _stexts(f, "tekst", required=True), item.pos)
        )
        f.done()
    return tuple(result)


def _check_ids(
    deelnemers: tuple[SDeelnemer, ...],
    fragments: list[SFragment],
    manifests: list[SManifest],
    problems: Collector,
    powers: list[SPower],
) -> None:
    """Every id is unique in the whole repository."""
    seen: dict[str, Pos] = {}

    def claim(ident: str, pos: Pos) -> None:
        if not ident:
            return
        if ident in seen:
            problems.add(pos, f"id '{ident}' komt al voor in {seen[ident]}")
        else:
            seen[ident] = pos

    for deelnemer in deelnemers:
        claim(deelnemer.id, deelnemer.pos)
    for fragment in fragments:
        claim(fragment.id, fragment.pos)
        stack = list(fragment.leden)
        while stack:
            item = stack.pop(0)
            claim(item.id, item.pos)
            stack[:0] = item.children
    for manifest in manifests:
        claim(manifest.id, manifest.pos)
        for chapter in manifest.chapters:
            if manifest.has_chapters:
                claim(chapter.id, chapter.pos)
        for section in manifest.bijlagen:
            claim(section.id, section.pos)
    for power in powers:
        claim(power.id, power.pos)


def _check_manifests(
    deelnemers: tuple[SDeelnemer, ...],
    fragments: dict[str, SFragment],
    manifests: dict[str, SManifest],
    problems: Collector,
) -> None:
    """Every listed fragment exists and is used at most once per document."""
    for manifest in manifests.values():
        used: dict[str, Pos] = {}
        for chapter in manifest.chapters:
            for ref in chapter.articles:
                if ref.id not in fragments:
                    problems.add(
                        ref.pos,
                        f"onbekend clausulefragment '{ref.id}'{_suggest(ref.id, fragments)}",
                    )
                elif ref.id in used:
                    problems.add(
                        ref.pos,
                        f"clausulefragment '{ref.id}' staat al in dit document (regel {used[ref.id].line})",
                    )
                else:
                    used[ref.id] = ref.pos
        if manifest.per_deelnemer and not deelnemers:
            problems.add(manifest.pos, "document per deelnemer, maar er zijn geen deelnemers")


def _suggest(ident: str, known: dict[str, Any]) -> str:
    import difflib

    close = difflib.get_close_matches(ident, sorted(known), n=1)
    return f"; bedoelde u '{close[0]}'?" if close else ""
