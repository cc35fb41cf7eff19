"""The ``assembler`` command line: argument parsing and messages only, in Dutch.

Exit codes: 0 success, 2 bad input (sources, arguments, versions), 1 an unexpected failure.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from assembler import __version__, pipeline
from assembler.errors import SourceError, UsageError
from assembler.model.assemble import document_ids
from assembler.source.project import SETTINGS_FILE
from assembler.source.tree import WorkTree

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
    "show program's version number and exit": "toon het versienummer en stop",
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
    parser.add_argument("--version", action="version", version=f"assembler {__version__}")
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
        default=Path("build/concept"),
        help="uitvoermap (standaard: build/concept)",
    )
    build.add_argument(
        "--tekst", action="store_true", help="schrijf naast elk .docx-bestand ook een .txt-weergave"
    )

    listing = commands.add_parser("lijst", help="toon de documenten of de clausulefragmenten")
    listing.add_argument(
        "wat",
        choices=("documenten", "fragmenten"),
        nargs="?",
        default="documenten",
        help="wat te tonen (standaard: documenten)",
    )
    return parser


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
        print(
            f"assembler: fout bij lezen of schrijven: {exc.strerror or exc} ({exc.filename})",
            file=sys.stderr,
        )
        return 1
    except KeyboardInterrupt:
        print("assembler: afgebroken; er is niets half geschreven.", file=sys.stderr)
        return 130


def _build(root: Path, args: argparse.Namespace) -> int:
    start = time.monotonic()
    out_dir = args.uit if args.uit.is_absolute() else Path.cwd() / args.uit
    progress = pipeline.DelayedProgress(lambda line: print(line, file=sys.stderr, flush=True))
    written = pipeline.build(WorkTree(root), out_dir, args.documenten, args.tekst, progress)
    seconds = time.monotonic() - start
    width = max((len(w.path.name) for w in written), default=0)
    for item in written:
        size = f"{item.size / 1024:8.1f}".replace(".", ",")
        print(f"  {item.path.name:<{width}}  {size} kB  {item.title}")
    docs = len({w.document for w in written if w.document})
    print(
        f"{docs} {'document' if docs == 1 else 'documenten'} geschreven naar {_show(out_dir)}"
        f" in {f'{seconds:.1f}'.replace('.', ',')} s"
    )
    return 0


def _show(path: Path) -> str:
    try:
        return str(path.relative_to(Path.cwd())) + "/"
    except ValueError:
        return str(path) + "/"


def _list(root: Path, what: str) -> int:
    project = pipeline.read(WorkTree(root))
    if what == "fragmenten":
        for fragment in sorted(project.fragments.values(), key=lambda f: (f.topic, f.id)):
            print(f"{fragment.topic:<16} {fragment.id:<32} {fragment.title}")
        return 0
    for manifest in project.manifests.values():
        ids = document_ids(project, manifest)
        extra = f"  ({len(ids)} documenten, één per deelnemer)" if manifest.per_deelnemer else ""
        print(f"{manifest.id:<32} {manifest.kind:<12} {manifest.title}{extra}")
    return 0
