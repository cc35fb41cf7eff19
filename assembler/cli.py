"""The ``assembler`` command line: argument parsing and messages only, in Dutch.

Exit codes: 0 success, 2 bad input (sources, arguments, versions), 1 an unexpected failure.
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from assembler import __version__, labels, pipeline, versions
from assembler.errors import SourceError, UsageError
from assembler.folders import folder_name
from assembler.model.assemble import document_ids
from assembler.oserrors import describe_os_error
from assembler.packages import build_packages
from assembler.source.gitstore import WORKTREE
from assembler.source.project import SETTINGS_FILE
from assembler.source.reactions import FOLDER as REACTIONS_FOLDER
from assembler.source.tree import WorkTree
from assembler.versions import CONTENT

# argparse builds its messages with gettext; these are the ones users meet.
_ARGPARSE_NL = {
    "usage: ": "gebruik: ",
    "positional arguments": "argumenten",
    "options": "opties",
    "show this help message and exit": "toon deze hulptekst en stop",
    "the following arguments are required: %s": "deze argumenten zijn verplicht: %s",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "ongeldige keuze: %(value)r (kies uit %(choices)s)",
    "expected one argument": "verwacht één waarde",
    "ambiguous option: %(option)s could match %(matches)s": "dubbelzinnige optie: %(option)s past op %(matches)s",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
}


def _translate(message: str) -> str:
    return _ARGPARSE_NL.get(message, message)


argparse._ = _translate  # type: ignore[attr-defined]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="assembler",
        description="Stelt de Gemeenschappelijke Regeling, de verordeningen en de besluiten samen"
        " uit clausulefragmenten en schrijft ze als Word-documenten.",
    )
    # The help of a version action is a literal default in argparse, not passed through _().
    parser.add_argument(
        "--version",
        action="version",
        version=f"assembler {__version__}",
        help="toon het versienummer en stop",
    )
    parser.add_argument(
        "--map",
        type=Path,
        default=None,
        help="de repository met de bronnen (standaard: de huidige map of een bovenliggende map"
        f" met {SETTINGS_FILE})",
    )
    commands = parser.add_subparsers(dest="command", metavar="OPDRACHT", title="opdrachten")
    commands.required = True

    build = commands.add_parser("bouw", help="schrijf documenten als Word-bestanden")
    build.add_argument(
        "documenten",
        nargs="*",
        metavar="DOCUMENT",
        help="alleen deze documenten (id van een manifest of van één document); standaard alle",
    )
    build.add_argument(
        "--uit",
        type=Path,
        default=None,
        help="uitvoermap (standaard: build/<versie> in de repository, zonder --versie"
        " build/werkmap; een versienaam met andere tekens dan letters, cijfers, '.', '_' en '-'"
        " krijgt een veilige mapnaam)",
    )
    build.add_argument(
        "--versie",
        default=WORKTREE,
        help="welke versie: werkmap (standaard, met niet-vastgelegde wijzigingen), een mijlpaal,"
        " of een commit, tag of tak",
    )

    red = commands.add_parser(
        "redline",
        help="schrijf Word-documenten met bijgehouden wijzigingen tussen twee versies",
        description="Zonder --van/--naar: elk opeenvolgend paar vastgelegde mijlpalen, en de"
        " laatste mijlpaal tegen de werkmap.",
    )
    red.add_argument("--van", help="de oude versie")
    red.add_argument("--naar", help="de nieuwe versie")
    red.add_argument(
        "--uit",
        type=Path,
        default=None,
        help="uitvoermap (standaard: build/redline in de repository)",
    )

    amend = commands.add_parser(
        "wijziging",
        help="schrijf de wijzigingsbesluiten en wijzigingsverordeningen tussen twee versies",
        description="Per gewijzigde regeling of verordening een besluit met de"
        " wijzigingsopdrachten (ARTIKEL I), de inwerkingtreding, de ondertekening en een"
        " toelichting met de redenen. Zonder --van: de laatste mijlpaal in werking; zonder"
        " --naar: de werkmap.",
    )
    amend.add_argument(
        "--van", help="de versie in werking (standaard: de laatste mijlpaal in werking)"
    )
    amend.add_argument("--naar", default=WORKTREE, help="de nieuwe versie (standaard: werkmap)")
    amend.add_argument(
        "--integraal",
        action="store_true",
        help="stel de regeling in haar geheel opnieuw vast in plaats van per wijzigingsopdracht",
    )
    amend.add_argument(
        "--uit",
        type=Path,
        default=None,
        help="uitvoermap (standaard: build/wijziging in de repository)",
    )

    site = commands.add_parser(
        "review",
        help="schrijf een statische website met de wijzigingen tussen versies, ter beoordeling",
        description="Zonder --van/--naar: elk opeenvolgend paar vastgelegde mijlpalen, en de"
        " laatste mijlpaal tegen de werkmap.",
    )
    site.add_argument("--van", help="de oude versie")
    site.add_argument("--naar", help="de nieuwe versie")
    site.add_argument(
        "--uit",
        type=Path,
        default=None,
        help="uitvoermap (standaard: build/review in de repository)",
    )

    pdf = commands.add_parser(
        "pdf",
        help="schrijf PDF's van de schone documenten van een versie (via LibreOffice, met inhoudsopgave)",
    )
    pdf.add_argument(
        "documenten",
        nargs="*",
        metavar="DOCUMENT",
        help="alleen deze documenten (id van een manifest of van één document); standaard alle",
    )
    pdf.add_argument(
        "--versie",
        default=WORKTREE,
        help="welke versie: werkmap (standaard), een mijlpaal, of een commit, tag of tak",
    )
    pdf.add_argument(
        "--uit", type=Path, default=None, help="uitvoermap (standaard: build/pdf/<versie>)"
    )

    stop = commands.add_parser(
        "stop",
        help="schrijf de documenten van een versie als STOP-XML (BesluitCompact met RegelingCompact)",
        description="Per document een bestand <bestand>.xml volgens de Standaard Officiële"
        " Publicaties (tekstschema 1.1.0).",
    )
    stop.add_argument(
        "documenten",
        nargs="*",
        metavar="DOCUMENT",
        help="alleen deze documenten (id van een manifest of van één document); standaard alle",
    )
    stop.add_argument(
        "--versie",
        default=WORKTREE,
        help="welke versie: werkmap (standaard), een mijlpaal, of een commit, tag of tak",
    )
    stop.add_argument(
        "--uit", type=Path, default=None, help="uitvoermap (standaard: build/stop/<versie>)"
    )
    stop.add_argument(
        "--bevoegd-gezag",
        default="",
        metavar="CODE",
        help="de code van het bevoegd gezag in de STOP-identificaties, bijvoorbeeld gm0505"
        " (standaard: de gemeente van het document, of van de vestigingsplaats)",
    )

    check = commands.add_parser(
        "controleer",
        help="voer de juridische controles uit (Wgr, Awb, samenhang, Aanwijzingen, versies)",
        description="Exitcode 0: geen fouten; 1: fouten gevonden; 2: de bronnen zijn niet te lezen.",
    )
    check.add_argument("--versie", default=WORKTREE, help="welke versie (standaard: werkmap)")
    check.add_argument(
        "--json", action="store_true", help="bevindingen als JSON (zie docs/controle-schema.json)"
    )
    check.add_argument(
        "--van",
        help="vergelijk ook met deze versie: elk gewijzigd artikel heeft een reden en een bijgewerkte"
        " toelichting (standaard: de laatste mijlpaal, als die er is)",
    )
    check.add_argument("--naar", help="de nieuwe versie bij --van (standaard: --versie)")
    check.add_argument("--regels", action="store_true", help="toon de lijst van regels en stop")

    packages = commands.add_parser(
        "pakketten",
        help="schrijf per deelnemer een map en een .zip met de stukken van een mijlpaal",
    )
    packages.add_argument("--mijlpaal", required=True, help="de mijlpaal (id uit mijlpalen.yaml)")
    packages.add_argument(
        "--uit",
        type=Path,
        default=None,
        help="uitvoermap (standaard: build/pakketten in de repository)",
    )

    milestone = commands.add_parser("mijlpaal", help="toon of leg mijlpalen vast")
    milestone_commands = milestone.add_subparsers(
        dest="mijlpaal_opdracht", metavar="OPDRACHT", title="opdrachten"
    )
    milestone_commands.required = True
    milestone_commands.add_parser("lijst", help="toon de mijlpalen en of ze zijn vastgelegd")
    record = milestone_commands.add_parser(
        "vastleggen",
        help="leg een mijlpaal vast op de huidige commit (met een git-tag mijlpaal/<id>)",
    )
    record.add_argument("id", help="de id van de mijlpaal in mijlpalen.yaml")
    build.add_argument(
        "--tekst", action="store_true", help="schrijf naast elk .docx-bestand ook een .txt-weergave"
    )

    _reactions_parser(commands)

    listing = commands.add_parser("lijst", help="toon de documenten of de clausulefragmenten")
    listing.add_argument(
        "wat",
        choices=("documenten", "fragmenten"),
        nargs="?",
        default="documenten",
        help="wat te tonen (standaard: documenten)",
    )
    return parser


def _reactions_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    reactions = commands.add_parser(
        "reacties",
        help="lees teruggestuurde documenten in, toon en verwerk de reacties van een ronde",
        description="Het register van reacties staat in reacties/<ronde>/<bron>.yaml.",
    )
    sub = reactions.add_subparsers(dest="reacties_opdracht", metavar="OPDRACHT", title="opdrachten")
    sub.required = True
    read = sub.add_parser(
        "inlezen",
        help="lees een teruggestuurd Word-document in als punten van het register",
        description="Elke bijgehouden wijziging en elke opmerking van de lezer, en elke wijziging"
        " zonder bijhouden, wordt een punt bij de bepaling waar zij staat. Twee keer inlezen"
        " voegt niets twee keer toe.",
    )
    read.add_argument(
        "--ronde", required=True, help="de ronde (id van de mijlpaal die is verstuurd)"
    )
    read.add_argument(
        "--bron", required=True, help="wie het stuurde, bijvoorbeeld gemeente-zwijndrecht"
    )
    read.add_argument(
        "--naam",
        default="",
        help="hoe de bron heet in het register en in de commits (standaard: de auteur van de"
        " wijzigingen in het document)",
    )
    read.add_argument(
        "bestand", type=Path, metavar="BESTAND", help="het teruggestuurde .docx-bestand"
    )
    view = sub.add_parser(
        "overzicht",
        help="schrijf per bepaling alle punten van alle bronnen naast elkaar (Word en website)",
    )
    view.add_argument("--ronde", required=True, help="de ronde (id van een mijlpaal)")
    view.add_argument(
        "--uit",
        type=Path,
        default=None,
        help="uitvoermap (standaard: build/reacties)",
    )
    nota = sub.add_parser(
        "nota",
        help="schrijf de nota van beantwoording van een ronde (Word)",
        description="Per bron en per punt de reactie, het antwoord van de colleges, de uitkomst"
        " en bij een (deels) overgenomen punt de gewijzigde tekst, tussen de mijlpaal van de"
        " ronde en de volgende mijlpaal (of de werkmap).",
    )
    nota.add_argument("--ronde", required=True, help="de ronde (id van een mijlpaal)")
    nota.add_argument(
        "--uit",
        type=Path,
        default=None,
        help="uitvoermap (standaard: build/reacties)",
    )
    apply = sub.add_parser(
        "toepassen",
        help="schrijf de voorgestelde tekst van punten in de fragmenten en leg dat vast",
    )
    apply.add_argument("--ronde", required=True, help="de ronde (id van een mijlpaal)")
    apply.add_argument("punten", nargs="+", metavar="PUNT", help="de id van een punt")


def _reactions(root: Path, args: argparse.Namespace) -> int:
    if args.reacties_opdracht == "inlezen":
        from assembler.reactions.readin import read_in

        result = read_in(root, args.ronde, args.bron, _absolute(args.bestand), args.naam)
        traced = sum(1 for p in result.points if p.provision)
        print(
            f"{args.bestand.name}: {result.document.title},"
            f" {labels.count(len(result.points), 'punt', 'punten')}"
            f" ({traced} herleid tot een bepaling, {len(result.points) - traced} niet te herleiden)"
        )
        for point in result.points:
            where = point.provision or f"niet te herleiden, {point.place}"
            print(f"  {point.id}  {point.kind.value:<26} {where}")
        print(
            f"{labels.count(len(result.added), 'nieuw punt', 'nieuwe punten')} geschreven naar"
            f" {_show(result.path)[:-1]}"
        )
        return 0
    if args.reacties_opdracht == "overzicht":
        from assembler.reactions.overview import write_overview

        written = write_overview(root, args.ronde, _out(root, args.uit, "reacties"))
        for path in written:
            print(f"  {_show(path)[:-1]}")
        return 0
    if args.reacties_opdracht == "nota":
        from assembler.reactions.nota import write_nota

        print(f"  {_show(write_nota(root, args.ronde, _out(root, args.uit, 'reacties')))[:-1]}")
        return 0
    from assembler.reactions.apply import apply_points

    for commit, ident in apply_points(root, args.ronde, args.punten):
        print(f"  {ident}: vastgelegd in commit {commit[:12]}")
    return 0


def _root(explicit: Path | None) -> Path:
    if explicit is not None:
        if not (explicit / SETTINGS_FILE).is_file():
            raise UsageError(f"{explicit} is geen bronmap: {SETTINGS_FILE} ontbreekt")
        return explicit
    here = Path.cwd()
    for folder in (here, *here.parents):
        if (folder / SETTINGS_FILE).is_file():
            return folder
    raise UsageError(f"geen bronmap gevonden: {SETTINGS_FILE} staat niet in {here} of erboven")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = _parser().parse_args(argv)
    try:
        root = _root(args.map)
        if args.command == "bouw":
            return _build(root, args)
        if args.command == "redline":
            return _redline(root, args)
        if args.command == "review":
            return _review(root, args)
        if args.command == "wijziging":
            return _amend(root, args)
        if args.command == "pdf":
            return _pdf(root, args)
        if args.command == "mijlpaal":
            return _milestone(root, args)
        if args.command == "pakketten":
            return _packages(root, args)
        if args.command == "controleer":
            return _check(root, args)
        if args.command == "stop":
            return _stop(root, args)
        if args.command == "reacties":
            return _reactions(root, args)
        return _list(root, args.wat)
    except SourceError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        count = len(exc.problems)
        print(
            f"{count} {'fout' if count == 1 else 'fouten'} in de bronnen; er is niets geschreven.",
            file=sys.stderr,
        )
        return 2
    except UsageError as exc:
        print(f"assembler: fout: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"assembler: fout bij lezen of schrijven: {describe_os_error(exc)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("assembler: afgebroken; er is niets half geschreven.", file=sys.stderr)
        return 130
    except Exception as exc:  # an internal error: a clear line, not a traceback
        if os.environ.get("ASSEMBLER_DEBUG"):
            raise
        print(
            f"assembler: interne fout ({type(exc).__name__}: {exc}); er is niets half geschreven."
            " Zet ASSEMBLER_DEBUG=1 voor de technische details en meld dit aan de beheerders.",
            file=sys.stderr,
        )
        return 1


def _progress() -> pipeline.DelayedProgress:
    return pipeline.DelayedProgress(lambda line: print(line, file=sys.stderr, flush=True))


def _absolute(path: Path) -> Path:
    return path if path.is_absolute() else Path.cwd() / path


# The folders of the repository that output may never replace: the sources, the registers of
# the reactions (reacties/) and git itself.
_PROTECTED = (".git", *(c for c in CONTENT if "." not in c), REACTIONS_FOLDER)


def _out(root: Path, explicit: Path | None, *default: str) -> Path:
    """The output folder: ``--uit`` as given, else ``build/<default>`` in the repository.

    The default parts are never a user's text as it is (a version name passes through
    :func:`folders.folder_name`), so a default folder is always inside ``build/``. An explicit
    ``--uit`` is the user's own choice of place, also outside the repository, but never the
    repository itself, a folder holding it, or a folder of its sources or of git.
    """
    base = _absolute(root).resolve()
    if explicit is None:
        return base.joinpath("build", *default)
    folder = _absolute(explicit)
    real = folder.resolve()
    if real == base or real in base.parents:
        raise UsageError(
            f"uitvoermap {explicit} bevat de bronnen; kies een map onder build/. Er is niets"
            " geschreven."
        )
    for name in _PROTECTED:
        if real == base / name or (base / name) in real.parents:
            raise UsageError(
                f"uitvoermap {explicit} ligt in {name}/ van de bronnen; kies een map onder"
                " build/. Er is niets geschreven."
            )
    return folder


def _build(root: Path, args: argparse.Namespace) -> int:
    start = time.monotonic()
    # Each version its own folder: build/werkmap/, build/concept/, build/<commit>/.
    out_dir = _out(root, args.uit, folder_name(args.versie))
    written = pipeline.build_version(
        root, args.versie, out_dir, args.documenten, args.tekst, _progress()
    )
    _summary(written, out_dir, time.monotonic() - start)
    return 0


def _redline(root: Path, args: argparse.Namespace) -> int:
    start = time.monotonic()
    out_root = _out(root, args.uit, "redline")
    if (args.van is None) != (args.naar is None):
        raise UsageError("geef --van en --naar samen, of geen van beide")
    pairs = [(args.van, args.naar)] if args.van else default_pairs(root)
    if not pairs:
        raise UsageError("er zijn nog geen vastgelegde mijlpalen; gebruik --van en --naar")
    for result in pipeline.redlines(root, pairs, out_root, _progress()):
        print(f"{result.old} → {result.new}:")
        _summary(result.written, result.folder, time.monotonic() - start)
    return 0


def _amend(root: Path, args: argparse.Namespace) -> int:
    from assembler.amend.instrument import INTEGRAL_SHARE, Form
    from assembler.amendments import write_amendments
    from assembler.inforce import in_force_milestones

    start = time.monotonic()
    old = args.van
    if old is None:
        adopted = in_force_milestones(root)
        if not adopted:
            raise UsageError(
                "geen mijlpaal in werking; zet 'in_werking: <datum>' bij de vastgestelde mijlpaal"
                " in mijlpalen.yaml, of geef --van"
            )
        old = adopted[-1].id
    form = Form.INTEGRAL if args.integraal else Form.INSTRUCTIONS
    folder, found, written = write_amendments(
        root, old, args.naar, _out(root, args.uit, "wijziging"), form, _progress()
    )
    print(f"{old} → {args.naar}:")
    if not found:
        print("  geen wijzigingen in de artikelen; er is geen wijzigingsbesluit nodig")
    for amendment in found:
        item = amendment.instrument
        count = len(item.instructions)
        percent = item.changed_share * 100
        share = f"{percent:.1f}".replace(".", ",") if percent < 10 else str(round(percent))
        print(
            f"  {item.file_stem}.docx: {count} {'onderdeel' if count == 1 else 'onderdelen'},"
            f" {share} % van de tekst gewijzigd"
        )
        if amendment.advice_integral:
            print(
                f"    let op: meer dan {round(INTEGRAL_SHARE * 100)} % van de tekst wijzigt;"
                " overweeg de regeling in haar geheel opnieuw vast te stellen (--integraal)"
            )
    _summary(written, folder, time.monotonic() - start)
    return 0


def _review(root: Path, args: argparse.Namespace) -> int:
    from assembler.review import review

    start = time.monotonic()
    out_dir = _out(root, args.uit, "review")
    if (args.van is None) != (args.naar is None):
        raise UsageError("geef --van en --naar samen, of geen van beide")
    pairs = [(args.van, args.naar)] if args.van else default_pairs(root)
    if not pairs:
        raise UsageError("er zijn nog geen vastgelegde mijlpalen; gebruik --van en --naar")
    site = review(root, pairs, out_dir, _progress())
    for round_ in site.rounds:
        print(
            f"  {round_.old} → {round_.new}: {labels.count(len(round_.entries), 'document', 'documenten')}"
        )
    seconds = f"{time.monotonic() - start:.1f}".replace(".", ",")
    print(f"website geschreven naar {_show(out_dir)} in {seconds} s; open {_show(site.index)[:-1]}")
    return 0


def _pdf(root: Path, args: argparse.Namespace) -> int:
    from assembler.pdf import build_pdfs

    start = time.monotonic()
    out_dir = _out(root, args.uit, "pdf", folder_name(args.versie))
    made = build_pdfs(root, args.versie, out_dir, args.documenten, _progress())
    width = max((len(p.path.name) for p in made), default=0)
    for item in made:
        size = f"{item.size / 1024:8.1f}".replace(".", ",")
        print(f"  {item.path.name:<{width}}  {size} kB  {item.title}")
    seconds = f"{time.monotonic() - start:.1f}".replace(".", ",")
    print(f"{len(made)} PDF's geschreven naar {_show(out_dir)} in {seconds} s")
    return 0


def _stop(root: Path, args: argparse.Namespace) -> int:
    from assembler.stop.export import stop_outputs

    start = time.monotonic()
    out_dir = _out(root, args.uit, "stop", folder_name(args.versie))
    outputs = stop_outputs(root, args.versie, args.documenten, args.bevoegd_gezag)
    _summary(pipeline.write(out_dir, outputs), out_dir, time.monotonic() - start)
    return 0


def default_pairs(root: Path) -> list[tuple[str, str]]:
    """Every consecutive pair of recorded milestones, and the last one against the werkmap."""
    reached = [m.id for m in versions.reached(root)]
    pairs = list(itertools.pairwise(reached))
    if reached:
        pairs.append((reached[-1], WORKTREE))
    return pairs


def _check(root: Path, args: argparse.Namespace) -> int:
    from assembler.checks import runner

    if args.regels:
        print(runner.rules_table(), end="")
        return 0
    new = args.naar or args.versie
    old = args.van
    if old is None:
        reached = versions.reached(root)
        old = reached[-1].id if reached else None
    between = (old, new) if old is not None and old != new else None
    findings = runner.run(runner.context(root, new, between))
    print(runner.as_json(findings) if args.json else runner.human(findings), end="")
    return 1 if runner.errors(findings) else 0


def _packages(root: Path, args: argparse.Namespace) -> int:
    start = time.monotonic()
    from assembler import pdf

    without_pdf = pdf.missing()
    made = build_packages(root, args.mijlpaal, _out(root, args.uit, "pakketten"))
    if without_pdf is not None:
        print(f"let op: de pakketten bevatten geen PDF's: {without_pdf}", file=sys.stderr)
    for package in made:
        print(
            f"  {_show(package.archive)[:-1]}  ({labels.count(len(package.files), 'bestand', 'bestanden')})"
        )
    seconds = f"{time.monotonic() - start:.1f}".replace(".", ",")
    print(
        f"{labels.count(len(made), 'pakket', 'pakketten')} geschreven voor mijlpaal '{args.mijlpaal}' in {seconds} s"
    )
    return 0


def _milestone(root: Path, args: argparse.Namespace) -> int:
    if args.mijlpaal_opdracht == "vastleggen":
        sha = versions.record(root, args.id)
        print(f"mijlpaal '{args.id}' vastgelegd op commit {sha[:12]} (tag mijlpaal/{args.id})")
        return 0
    reached = {m.id for m in versions.reached(root)}
    for m in versions.milestones(root):
        state = "vastgelegd" if m.id in reached else "nog niet bereikt"
        final = ", definitief" if m.final else ""
        print(f"{m.id:<16} {m.date.isoformat()}  {m.name} ({state}{final})")
    return 0


def _summary(written: list[pipeline.Written], out_dir: Path, seconds: float) -> None:
    width = max((len(w.path.name) for w in written), default=0)
    if not written:
        print(f"niets geschreven naar {_show(out_dir)}")
        return
    for item in written:
        size = f"{item.size / 1024:8.1f}".replace(".", ",")
        print(f"  {item.path.name:<{width}}  {size} kB  {item.title}")
    docs = len({w.document for w in written if w.document})
    print(
        f"{docs} {'document' if docs == 1 else 'documenten'} geschreven naar {_show(out_dir)}"
        f" in {f'{seconds:.1f}'.replace('.', ',')} s"
    )


def _show(path: Path) -> str:
    try:
        return str(path.relative_to(Path.cwd())) + "/"
    except (ValueError, FileNotFoundError):  # the current folder was the replaced output
        return str(path) + "/"


def _list(root: Path, what: str) -> int:
    project = pipeline.read(WorkTree(root))
    if what == "fragmenten":
        for fragment in sorted(project.fragments.values(), key=lambda f: (f.topic, f.id)):
            print(f"{fragment.topic:<16} {fragment.id:<32} {fragment.title}")
        return 0
    for manifest in project.manifests.values():
        ids = document_ids(project, manifest)
        extra = (
            f"  ({labels.count(len(ids), 'document', 'documenten')}, één per deelnemer)"
            if manifest.per_deelnemer
            else ""
        )
        print(f"{manifest.id:<32} {manifest.kind:<12} {manifest.title}{extra}")
    return 0
