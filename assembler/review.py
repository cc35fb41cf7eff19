"""The review site: per milestone round and document an HTML page with the inline redline.

Built from the same redline model as the Word redlines (``pipeline.compare_models``), so both
always agree. Everything is rendered in memory first; then the files are written atomically.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from assembler import pipeline
from assembler.folders import round_name
from assembler.output import replace_folder
from assembler.render.html import Entry, RoundEntry, counts, document_page, index_page

INDEX = "index.html"


@dataclass(frozen=True, slots=True)
class Site:
    index: Path
    pages: list[Path]
    rounds: list[RoundEntry]


def round_folder(old: str, new: str) -> str:
    return round_name(old, new)


def render_site(
    root: Path, pairs: Sequence[tuple[str, str]], progress: pipeline.Progress | None = None
) -> tuple[dict[str, bytes], list[RoundEntry]]:
    """Every page of the site, by path relative to the site's folder."""
    files: dict[str, bytes] = {}
    rounds: list[RoundEntry] = []
    for old, new in pairs:
        comparison = pipeline.compare_models(root, old, new, progress)
        folder = round_folder(old, new)
        entries = []
        for stem, redline in comparison.redlines:
            shown = redline.new or redline.old
            assert shown is not None
            name = f"{folder}/{stem}.html"
            html = document_page(redline, old, new, "../" + INDEX)
            files[name] = html.encode("utf-8")
            state = "nieuw" if redline.old is None else "vervallen" if redline.new is None else ""
            href = f"{quote(folder)}/{quote(stem)}.html"
            entries.append(Entry(href, shown.title, counts(redline.changes), state))
        rounds.append(RoundEntry(old, new, tuple(entries)))
    reactions = _reaction_pages(root, pairs, files)
    files[INDEX] = index_page(rounds, reactions).encode("utf-8")
    return files, rounds


def _reaction_pages(
    root: Path, pairs: Sequence[tuple[str, str]], files: dict[str, bytes]
) -> list[tuple[str, str]]:
    """The overview of reactions of every round of ``pairs`` that has a register folder."""
    from assembler.reactions.overview import groups_of, overview_page
    from assembler.reactions.register import load_register
    from assembler.source.reactions import round_ids
    from assembler.source.tree import WorkTree

    named = {ident for pair in pairs for ident in pair}
    links = []
    for ident in round_ids(WorkTree(root)):
        if ident not in named:
            continue
        register = load_register(root, ident)
        groups, _ = groups_of(root, register)
        name = f"reacties/{ident}.html"
        files[name] = overview_page(register, groups, "../" + INDEX).encode("utf-8")
        links.append((f"reacties/{quote(ident)}.html", register.round.name))
    return links


def review(
    root: Path,
    pairs: Sequence[tuple[str, str]],
    out_dir: Path,
    progress: pipeline.Progress | None = None,
) -> Site:
    """Replace the site in ``out_dir`` (index.html plus one folder per round) in one step;
    rounds an earlier run wrote and this one does not are gone."""
    files, rounds = render_site(root, pairs, progress)
    replace_folder(out_dir, files)
    pages = [out_dir / name for name in files if name != INDEX]
    return Site(out_dir / INDEX, pages, rounds)
