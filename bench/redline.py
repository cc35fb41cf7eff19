"""The redline benchmark: our redline against python-redlines (Docxodus) on the same two versions.

A seeded edit script changes a copy of the generated 2,000-article source (reworded leden,
inserted and deleted leden and articles, ten articles moved to another chapter) and keeps the
ground truth. Then, each in a fresh subprocess (median of three runs, peak RSS):

- ours: read + assemble both versions, ``compare``, ``render_redline``;
- the clean build of the new version (read + assemble + ``render_docx``), the yardstick;
- the peer: python-redlines' ``DocxodusEngine.run_redline(..., detect_moves=True)`` on the two
  clean .docx files; its work happens in an external binary, whose peak RSS is read with
  ``RUSAGE_CHILDREN``.

Quality is read from each output's ``word/document.xml`` with lxml: changes marked, moves
reported, false moves (moved text that belongs to no truly moved article) and missed changes
(accept-all / reject-all simulated on the XML, compared paragraph by paragraph with the clean
new / old document).
"""

from __future__ import annotations

import importlib.util
import json
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import zipfile
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from bench.generate import WORDS, _sentence, generate

ROOT = Path(__file__).resolve().parent.parent
RUNS = 3
ARTICLES = 2000
GEN_SEED = 2021
EDIT_SEED = 5

# How much the edit script changes (see ``edit``).
REWORD_SHARE = 0.03  # of all leden
INSERTED_LEDEN = 20
INSERTED_ARTICLES = 10
DELETED_LEDEN = 20
DELETED_ARTICLES = 10
MOVED_ARTICLES = 10  # exactly; half of them also reworded
RATIO_CLEAN_GOAL = 1.5  # ours / clean build: at most
RATIO_PEER_GOAL = 10.0  # peer / ours: at least
AMEND_GOAL = 1.0  # seconds for the wijzigingsbesluit and its proof: under

# -- the edit script ------------------------------------------------------------------------


@dataclass
class Truth:
    """What the edit script did, by id."""

    moved_articles: list[str] = field(default_factory=list)
    moved_and_reworded: list[str] = field(default_factory=list)
    moves: dict[str, tuple[str, str]] = field(default_factory=dict)  # id -> (old, new chapter)
    reworded_leden: list[str] = field(default_factory=list)  # moved-and-reworded ones included
    inserted_leden: list[str] = field(default_factory=list)
    deleted_leden: list[str] = field(default_factory=list)
    inserted_articles: list[str] = field(default_factory=list)
    deleted_articles: list[str] = field(default_factory=list)
    leden_total: int = 0


@dataclass
class _Clause:
    """A generated article file, split into its header, its lid blocks and its tail."""

    head: list[str]
    leden: list[list[str]]
    tail: list[str]

    @classmethod
    def parse(cls, text: str) -> _Clause:
        lines = text.splitlines()
        start = lines.index("leden:") + 1
        end = lines.index("toelichting:")
        leden: list[list[str]] = []
        for line in lines[start:end]:
            if line.startswith("  - id: "):
                leden.append([line])
            else:
                leden[-1].append(line)
        return cls(lines[:start], leden, lines[end:])

    def text(self) -> str:
        return "\n".join([*self.head, *(ln for lid in self.leden for ln in lid), *self.tail]) + "\n"


def _lid_id(block: list[str]) -> str:
    return block[0].removeprefix("  - id: ").strip()


_REF = re.compile(r"ref\('([^']+)'\)")
_SUFFIX = " als bedoeld in "


def _reword(block: list[str], rng: random.Random) -> None:
    """Replace one to three words (never the first, never inside a reference) of a lid's text."""
    prefix = '    tekst: "'
    assert block[1].startswith(prefix) and block[1].endswith('."'), block
    body = block[1][len(prefix) : -2]
    base, sep, ref = body.partition(_SUFFIX)
    words = base.split()
    positions = rng.sample(range(1, len(words)), min(rng.randint(1, 3), len(words) - 1))
    for pos in positions:
        words[pos] = rng.choice([w for w in WORDS if w != words[pos]])
    block[1] = f'{prefix}{" ".join(words)}{sep}{ref}."'


def _new_lid(lid_id: str, rng: random.Random) -> list[str]:
    return [f"  - id: {lid_id}", f'    tekst: "{_sentence(rng, 7, 12)}."']


def _read_manifest(path: Path) -> tuple[list[str], list[list[str]]]:
    """The manifest's header lines and, per chapter, [id, titel line, article ids...]."""
    lines = path.read_text(encoding="utf-8").splitlines()
    start = lines.index("hoofdstukken:") + 1
    chapters = []
    for k in range(start, len(lines), 3):
        ident = lines[k].removeprefix("  - id: ")
        ids = lines[k + 2].removeprefix("    artikelen: [").removesuffix("]").split(", ")
        chapters.append([ident, lines[k + 1], *ids])
    return lines[:start], chapters


def _write_manifest(path: Path, head: list[str], chapters: list[list[str]]) -> None:
    lines = list(head)
    for ident, title, *ids in chapters:
        lines += [f"  - id: {ident}", title, f"    artikelen: [{', '.join(ids)}]"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _file(root: Path, article: str) -> Path:
    number = article.removeprefix("art-")
    name = f"art-{int(number):05d}.yaml" if number.isdigit() else f"{article}.yaml"
    return root / "clausules" / "gen" / name


def edit(old: Path, new: Path, seed: int = EDIT_SEED) -> Truth:
    """Copy the source ``old`` to ``new`` and change it there; returns the ground truth.

    Every article gets at most one kind of edit, so the truth stays readable: ten articles move
    to a chapter at least three chapters away (five of them also reworded), ten are deleted,
    ten inserted, twenty lose a lid, twenty gain one, and about 3 % of all leden get one to
    three words reworded. Leden and articles that a reference points to are never deleted.
    """
    rng = random.Random(seed)
    shutil.copytree(old, new)
    truth = Truth()
    manifest = new / "regelingen" / "benchmark.yaml"
    head, chapters = _read_manifest(manifest)
    chapter_of = {a: c for c, (_, _, *ids) in enumerate(chapters) for a in ids}
    articles = [a for _, _, *ids in chapters for a in ids]
    clauses = {a: _Clause.parse(_file(new, a).read_text(encoding="utf-8")) for a in articles}
    truth.leden_total = sum(len(c.leden) for c in clauses.values())
    referenced = {
        m for c in clauses.values() for lid in c.leden for ln in lid for m in _REF.findall(ln)
    }

    def lid_referenced(block: list[str]) -> bool:
        return _lid_id(block) in referenced

    def article_referenced(article: str) -> bool:
        return any(lid_referenced(b) for b in clauses[article].leden)

    pool = list(articles)
    rng.shuffle(pool)

    def take(count: int, ok: object = None) -> list[str]:
        chosen = [a for a in pool if ok is None or ok(a)][:count]  # type: ignore[operator]
        for a in chosen:
            pool.remove(a)
        return chosen

    moved = take(MOVED_ARTICLES)
    deleted = take(DELETED_ARTICLES, lambda a: not article_referenced(a))
    lose_lid = take(
        DELETED_LEDEN,
        lambda a: len(clauses[a].leden) >= 2 and not all(map(lid_referenced, clauses[a].leden)),
    )
    gain_lid = take(INSERTED_LEDEN)
    reworded = take(round(truth.leden_total * REWORD_SHARE) - MOVED_ARTICLES // 2)

    # Moves: out of the chapter, into one at least three chapters away, at a random place.
    for a in moved:
        src = chapter_of[a]
        chapters[src].remove(a)
        dst = rng.choice([c for c in range(len(chapters)) if abs(c - src) >= 3])
        ids = chapters[dst]
        ids.insert(rng.randint(2, len(ids)), a)
        truth.moves[a] = (chapters[src][0], chapters[dst][0])
    truth.moved_articles = sorted(moved, key=articles.index)
    truth.moved_and_reworded = truth.moved_articles[: MOVED_ARTICLES // 2]

    dirty = {*truth.moved_and_reworded, *reworded, *lose_lid, *gain_lid}
    for a in truth.moved_and_reworded + reworded:
        block = rng.choice(clauses[a].leden)
        _reword(block, rng)
        truth.reworded_leden.append(_lid_id(block))

    for a in deleted:
        chapters[chapter_of[a]].remove(a)
        _file(new, a).unlink()
        del clauses[a]
    truth.deleted_articles = deleted

    for a in lose_lid:
        candidates = [b for b in clauses[a].leden if not lid_referenced(b)]
        block = rng.choice(candidates)
        clauses[a].leden.remove(block)
        truth.deleted_leden.append(_lid_id(block))

    for k, a in enumerate(gain_lid, start=1):
        lid_id = f"{a}.n{k}"
        leden = clauses[a].leden
        leden.insert(rng.randint(0, len(leden)), _new_lid(lid_id, rng))
        truth.inserted_leden.append(lid_id)

    for k in range(1, INSERTED_ARTICLES + 1):
        a = f"art-n{k:02d}"
        lines = ["formaat: 1", f"id: {a}", f"titel: {_sentence(rng, 2, 4)}", "leden:"]
        for li in range(1, rng.randint(2, 3) + 1):
            lines += _new_lid(f"{a}.{li}", rng)
        lines += ["toelichting:", f"  - {_sentence(rng, 5, 9)}."]
        _file(new, a).write_text("\n".join(lines) + "\n", encoding="utf-8")
        ids = chapters[rng.randrange(len(chapters))]
        ids.insert(rng.randint(2, len(ids)), a)
        truth.inserted_articles.append(a)

    for a in sorted(dirty, key=articles.index):
        _file(new, a).write_text(clauses[a].text(), encoding="utf-8")
    _write_manifest(manifest, head, chapters)
    return truth


# -- measurements, each in a fresh subprocess -----------------------------------------------

_OURS = r"""
import json, resource, sys, time
from pathlib import Path
t0 = time.perf_counter()
from assembler import pipeline
from assembler.flow.redline import compare_documents as compare
from assembler.render.docx.redline import render_redline
from assembler.source.tree import WorkTree
from assembler.versions import Source
t1 = time.perf_counter()
def work():
    # The same path as `assembler redline`: both versions read and assembled (the old one on
    # the second core), compared, and written as a Word redline.
    old_side, new_side = pipeline.assemble_both(
        lambda: Source("oud", WorkTree(Path(sys.argv[1])), None, None),
        lambda: Source("nieuw", WorkTree(Path(sys.argv[2])), None, None),
    )
    return render_redline(compare(old_side.documents[0], new_side.documents[0]))
profile = ""
if len(sys.argv) > 4 and sys.argv[4] == "profile":
    import cProfile, io, pstats
    profiler = cProfile.Profile()
    data = profiler.runcall(work)
    text = io.StringIO()
    pstats.Stats(profiler, stream=text).sort_stats("cumulative").print_stats(10)
    profile = text.getvalue()
else:
    data = work()
t2 = time.perf_counter()
Path(sys.argv[3]).write_bytes(data)
print(json.dumps({"seconds": t2 - t1, "import": t1 - t0, "profile": profile,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

_CLEAN = r"""
import json, resource, sys, time
from pathlib import Path
t0 = time.perf_counter()
from assembler import pipeline
from assembler.render.docx import render_docx
from assembler.source.tree import WorkTree
t1 = time.perf_counter()
data = render_docx(pipeline.assemble(pipeline.read(WorkTree(Path(sys.argv[1]))))[0])
t2 = time.perf_counter()
Path(sys.argv[2]).write_bytes(data)
print(json.dumps({"seconds": t2 - t1, "import": t1 - t0,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

_AMEND = r"""
import datetime, json, resource, sys, time
from dataclasses import replace
from pathlib import Path
from assembler import pipeline
from assembler.amend.consolidated import body_lines
from assembler.amend.instrument import Parties, instrument
from assembler.inforce import numbering
from assembler.model.nodes import Version
from assembler.render.docx.instrument import render_instrument
from assembler.source.tree import WorkTree
from tests.amend import oracle
old_doc = pipeline.assemble(pipeline.read(WorkTree(Path(sys.argv[1]))))[0]
# The new version numbered as a later version of the old one in force (9a, never reused).
project = pipeline.read(WorkTree(Path(sys.argv[2])))
new_doc = pipeline.assemble(replace(project, frozen=numbering([old_doc])))[0]
t1 = time.perf_counter()
parties = Parties("de colleges", "artikel 1 van de Wet gemeenschappelijke regelingen", "artikel 1")
made = instrument(old_doc, new_doc, {}, parties, Version("Bench", datetime.date(2023, 1, 1), True))
data = render_instrument(made)
t2 = time.perf_counter()
pairs = [(line.style.value, line.text) for line in made.lines]
proved = oracle.apply(body_lines(old_doc), pairs) == body_lines(new_doc)
t3 = time.perf_counter()
Path(sys.argv[3]).write_bytes(data)
print(json.dumps({"seconds": t3 - t1, "generate": t2 - t1, "proof": t3 - t2,
                  "instructions": len(made.instructions), "proved": proved,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

_PEER = r"""
import json, resource, sys, time
from pathlib import Path
from python_redlines.engines import DocxodusEngine
engine = DocxodusEngine()  # unpacks the binary on first use: not timed
old, new = Path(sys.argv[1]).read_bytes(), Path(sys.argv[2]).read_bytes()
t1 = time.perf_counter()
data, stdout, stderr = engine.run_redline("Benchmark", old, new, detect_moves=True)
t2 = time.perf_counter()
Path(sys.argv[3]).write_bytes(data)
print(json.dumps({"seconds": t2 - t1,
                  "rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
                  "wrapper_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def _child(script: str, *args: str) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-c", script, *args], capture_output=True, text=True, cwd=ROOT
    )
    if result.returncode != 0:
        raise RuntimeError(result.stderr.strip().splitlines()[-1] if result.stderr else "?")
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def measure(script: str, *args: str) -> dict[str, float]:
    runs = [_child(script, *args) for _ in range(RUNS)]
    return {
        "seconds": statistics.median(float(r["seconds"]) for r in runs),  # type: ignore[arg-type]
        "rss_mb": max(float(r["rss_mb"]) for r in runs),  # type: ignore[arg-type]
        "import": statistics.median(float(r.get("import", 0.0)) for r in runs),  # type: ignore[arg-type]
    }


# -- reading the output back ----------------------------------------------------------------

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_P, _T, _DELTEXT, _TAB, _BR, _CR = (f"{{{W}}}{t}" for t in ("p", "t", "delText", "tab", "br", "cr"))
_INS, _DEL, _MOVEFROM, _MOVETO = (f"{{{W}}}{t}" for t in ("ins", "del", "moveFrom", "moveTo"))
_REVISIONS = {_INS: "ins", _DEL: "del", _MOVEFROM: "moveFrom", _MOVETO: "moveTo"}
_SPACE = re.compile(r"\s+")


def _body(docx: bytes) -> object:
    from lxml import etree

    with zipfile.ZipFile(__import__("io").BytesIO(docx)) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    return root.find(f"{{{W}}}body")


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def _pieces(p: object) -> Iterator[tuple[str, frozenset[str]]]:
    """The text of a paragraph as (text, revision kinds around it), in reading order."""
    for el in p.iter(_T, _DELTEXT, _TAB, _BR, _CR):  # type: ignore[attr-defined]
        text = (el.text or "") if el.tag in (_T, _DELTEXT) else ("\t" if el.tag == _TAB else "\n")
        kinds = set()
        parent = el.getparent()
        while parent is not None and parent is not p:
            kind = _REVISIONS.get(parent.tag)
            if kind:
                kinds.add(kind)
            parent = parent.getparent()
        if el.tag == _DELTEXT:
            kinds.add("del")
        yield text, frozenset(kinds)


def _mark(p: object) -> set[str]:
    rpr = p.find(f"{{{W}}}pPr/{{{W}}}rPr")  # type: ignore[attr-defined]
    return {_REVISIONS[c.tag] for c in rpr if c.tag in _REVISIONS} if rpr is not None else set()


def _row_mark(p: object) -> set[str]:
    row = next(p.iterancestors(f"{{{W}}}tr"), None)  # type: ignore[attr-defined]
    trpr = row.find(f"{{{W}}}trPr") if row is not None else None
    return {_REVISIONS[c.tag] for c in trpr if c.tag in _REVISIONS} if trpr is not None else set()


def simulate(body: object, accept: bool) -> list[str]:
    """The paragraphs after accepting (or rejecting) every change, as normalised texts.

    Accepting drops ``w:del`` and ``w:moveFrom`` content and keeps ``w:ins`` / ``w:moveTo``;
    rejecting does the opposite. A paragraph whose mark goes away joins the next paragraph
    (what Word does); one that was wholly deleted thus vanishes. Rows marked deleted
    (accept) or inserted (reject) vanish. Empty paragraphs are left out.
    """
    gone = {"del", "moveFrom"} if accept else {"ins", "moveTo"}
    out: list[str] = []
    pending = ""
    for p in body.iter(_P):  # type: ignore[attr-defined]
        if _row_mark(p) & gone:
            continue
        text = pending + "".join(t for t, kinds in _pieces(p) if not kinds & gone)
        if _mark(p) & gone:
            pending = text
            continue
        pending = ""
        if _norm(text):
            out.append(_norm(text))
    if _norm(pending):
        out.append(_norm(pending))
    return out


def _missing(clean: list[str], simulated: list[str]) -> tuple[int, int]:
    """(clean paragraphs not reproduced, simulated paragraphs that are not in the clean one)."""
    a, b = Counter(clean), Counter(simulated)
    return sum((a - b).values()), sum((b - a).values())


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


class ArticleIndex:
    """Finds which article of the new version a piece of text comes from (word 4-grams)."""

    N = 4

    def __init__(self, articles: dict[str, str]) -> None:
        self.texts = {a: " ".join(_words(t)) for a, t in articles.items()}
        self.grams: dict[tuple[str, ...], set[str]] = {}
        for a, t in self.texts.items():
            for g in self._grams(t.split()):
                self.grams.setdefault(g, set()).add(a)

    def _grams(self, words: list[str]) -> Iterable[tuple[str, ...]]:
        return (tuple(words[i : i + self.N]) for i in range(len(words) - self.N + 1))

    def owners(self, text: str) -> Counter[str]:
        words = _words(text)
        if len(words) < self.N:
            needle = " ".join(words)
            return Counter({a: 1 for a, t in self.texts.items() if needle and needle in t})
        hits: Counter[str] = Counter()
        for g in self._grams(words):
            hits.update(self.grams.get(g, ()))
        return hits


@dataclass
class Quality:
    marked: int  # w:ins + w:del + move ranges (moveFrom and moveTo)
    moves: int  # moveFrom ranges, by w:name
    false_moves: int
    empty_moves: int  # moves whose destination holds no text (counted as false)
    found_moves: int  # truly moved articles that some move covers
    missed_accept: int  # paragraphs of the clean new version that accept-all does not give
    missed_reject: int  # paragraphs of the clean old version that reject-all does not give
    extra_accept: int  # paragraphs accept-all gives that the clean new version lacks
    extra_reject: int

    @property
    def missed(self) -> int:
        return self.missed_accept + self.missed_reject


def move_texts(body: object) -> dict[str, str]:
    """The text inside each ``w:moveTo`` range (what accept-all keeps there), by ``w:name``."""
    start, end = f"{{{W}}}moveToRangeStart", f"{{{W}}}moveToRangeEnd"
    open_ranges: dict[str, str] = {}  # w:id -> w:name
    texts: dict[str, list[str]] = {}
    for el in body.iter(start, end, _P, _T, _TAB):  # type: ignore[attr-defined]
        if el.tag == start:
            name = el.get(f"{{{W}}}name")
            open_ranges[el.get(f"{{{W}}}id")] = name
            texts.setdefault(name, [])
        elif el.tag == end:
            open_ranges.pop(el.get(f"{{{W}}}id"), None)
        elif not open_ranges:
            continue
        elif el.tag in (_P, _TAB):  # a new paragraph or a tab separates words
            for name in open_ranges.values():
                texts[name].append(" ")
        elif not any(a.tag == _DEL for a in el.iterancestors()):
            for name in open_ranges.values():
                texts[name].append(el.text or "")
    return {name: _norm("".join(parts)) for name, parts in texts.items()}


def quality(
    docx: bytes, clean_old: list[str], clean_new: list[str], index: ArticleIndex, moved: set[str]
) -> Quality:
    body = _body(docx)
    marked = sum(1 for _ in body.iter(_INS, _DEL))  # type: ignore[attr-defined]
    marked += sum(
        1
        for _ in body.iter(f"{{{W}}}moveFromRangeStart", f"{{{W}}}moveToRangeStart")  # type: ignore[attr-defined]
    )
    names = {
        el.get(f"{{{W}}}name")
        for el in body.iter(f"{{{W}}}moveFromRangeStart")  # type: ignore[attr-defined]
    }
    false_moves = empty = 0
    found: set[str] = set()
    for text in move_texts(body).values():
        if not text:
            empty += 1
            false_moves += 1
            continue
        hits = index.owners(text)
        best = max(hits.values(), default=0)
        owners = {a for a, n in hits.items() if n == best and best > 0}
        true_owners = owners & moved
        if true_owners:
            found |= true_owners
        else:
            false_moves += 1
    missed_accept, extra_accept = _missing(clean_new, simulate(body, accept=True))
    missed_reject, extra_reject = _missing(clean_old, simulate(body, accept=False))
    return Quality(
        marked,
        len(names),
        false_moves,
        empty,
        len(found),
        missed_accept,
        missed_reject,
        extra_accept,
        extra_reject,
    )


def clean_paragraphs(docx: bytes) -> list[str]:
    return simulate(_body(docx), accept=True)


def article_texts(source: Path) -> dict[str, str]:
    """Every article of the assembled version as one text: heading, leden, toelichting."""
    from assembler import pipeline
    from assembler.flow.redline import article_lines
    from assembler.model.nodes import plain
    from assembler.source.tree import WorkTree

    doc = pipeline.assemble(pipeline.read(WorkTree(source)))[0]
    return {
        a.id: " ".join(
            [
                *(f"{number} {text}" for _, number, text in article_lines(a)),
                a.heading,
                *(plain(t) for t in a.toelichting),
            ]
        )
        for a in doc.articles
    }


# -- the report -----------------------------------------------------------------------------


def _peer_available() -> str:
    """Why the Docxodus engine cannot run; empty when it can."""
    if importlib.util.find_spec("python_redlines") is None:
        return (
            "python-redlines is niet geïnstalleerd (pip install 'python-redlines[docxodus]>=2.0')"
        )
    if importlib.util.find_spec("python_redlines_docxodus") is None:
        return "de Docxodus-engine van python-redlines ontbreekt (extra [docxodus])"
    return ""


def _fmt(value: float, unit: str) -> str:
    return f"{value:.2f} {unit}" if unit == "s" else f"{value:.0f} {unit}"


def main() -> int:
    print("\nRedline: assembler tegen python-redlines (Docxodus), dezelfde twee versies")
    with tempfile.TemporaryDirectory(prefix="assembler-bench-redline-") as tmp:
        work = Path(tmp)
        old, new = work / "oud", work / "nieuw"
        generate(old, ARTICLES, GEN_SEED)
        truth = edit(old, new)
        (work / "waarheid.json").write_text(json.dumps(asdict(truth), indent=1), encoding="utf-8")

        ours = measure(_OURS, str(old), str(new), str(work / "redline.docx"))
        clean = measure(_CLEAN, str(new), str(work / "nieuw.docx"))
        amend_runs = [
            _child(_AMEND, str(old), str(new), str(work / "besluit.docx")) for _ in range(RUNS)
        ]
        _child(_CLEAN, str(old), str(work / "oud.docx"))
        clean_old = clean_paragraphs((work / "oud.docx").read_bytes())
        clean_new = clean_paragraphs((work / "nieuw.docx").read_bytes())
        index = ArticleIndex(article_texts(new))
        moved = set(truth.moved_articles)
        ours_q = quality((work / "redline.docx").read_bytes(), clean_old, clean_new, index, moved)

        peer: dict[str, float] | None = None
        peer_q: Quality | None = None
        skipped = _peer_available()
        if not skipped:
            try:
                out = work / "peer.docx"
                peer = measure(_PEER, str(work / "oud.docx"), str(work / "nieuw.docx"), str(out))
                peer_q = quality(out.read_bytes(), clean_old, clean_new, index, moved)
            except Exception as exc:  # never fail the benchmark on the peer
                skipped = f"python-redlines faalde: {exc}"
                peer = None

        profile = ""
        slow = ours["seconds"] / clean["seconds"] > RATIO_CLEAN_GOAL or (
            peer is not None and peer["seconds"] / ours["seconds"] < RATIO_PEER_GOAL
        )
        if slow:
            result = _child(_OURS, str(old), str(new), str(work / "profiel.docx"), "profile")
            profile = str(result["profile"])

    moved_count = len(truth.moved_articles)
    print(
        f"versies: {ARTICLES} artikelen (zaad {GEN_SEED}), bewerkt met zaad {EDIT_SEED}: "
        f"{len(truth.reworded_leden)} van {truth.leden_total} leden herschreven "
        f"({len(truth.reworded_leden) / truth.leden_total * 100:.1f} %)".replace(".", ",")
        + ", "
        f"{len(truth.inserted_leden)} leden en {len(truth.inserted_articles)} artikelen ingevoegd, "
        f"{len(truth.deleted_leden)} leden en {len(truth.deleted_articles)} artikelen geschrapt, "
        f"{moved_count} artikelen naar een ander hoofdstuk verplaatst "
        f"({len(truth.moved_and_reworded)} daarvan ook herschreven)"
    )
    print(f"verplaatst: {', '.join(truth.moved_articles)}")
    header = (
        f"{'hulpmiddel':<34} {'tijd':>8} {'geheugen':>9} {'gemarkeerde wijzigingen':>24} "
        f"{'verplaatsingen':>15} {'onterechte verplaatsingen':>26} {'gemiste wijzigingen':>20}"
    )
    print()
    print(header)

    def row(name: str, m: dict[str, float], q: Quality | None) -> None:
        cells = (q.marked, q.moves, q.false_moves, q.missed) if q else ("-", "-", "-", "-")
        print(
            f"{name:<34} {_fmt(m['seconds'], 's'):>8} {_fmt(m['rss_mb'], 'MB'):>9} "
            f"{cells[0]:>24} {cells[1]:>15} {cells[2]:>26} {cells[3]:>20}"
        )

    row("assembler redline", ours, ours_q)
    row("assembler schone bouw (nieuw)", clean, None)
    amend = {
        "seconds": statistics.median(float(r["seconds"]) for r in amend_runs),  # type: ignore[arg-type]
        "rss_mb": max(float(r["rss_mb"]) for r in amend_runs),  # type: ignore[arg-type]
    }
    row("assembler wijzigingsbesluit + bewijs", amend, None)
    if peer is not None:
        row("python-redlines (Docxodus)", peer, peer_q)
    else:
        print(f"{'python-redlines (Docxodus)':<34} overgeslagen: {skipped}")

    print()
    ratio = ours["seconds"] / clean["seconds"]
    mark = "gehaald" if ratio <= RATIO_CLEAN_GOAL else "NIET gehaald"
    print(
        f"verhouding redline / schone bouw: {ratio:.2f}x "
        f"(doel: hoogstens {RATIO_CLEAN_GOAL:.1f}x; {mark})".replace(".", ",")
    )
    first = amend_runs[0]
    generate_s = statistics.median(float(r["generate"]) for r in amend_runs)  # type: ignore[arg-type]
    proof_s = statistics.median(float(r["proof"]) for r in amend_runs)  # type: ignore[arg-type]
    mark = "gehaald" if amend["seconds"] < AMEND_GOAL else "NIET gehaald"
    print(
        f"wijzigingsbesluit: {first['instructions']} onderdelen, opgesteld en als Word geschreven in"
        f" {generate_s:.2f} s, bewijs (het orakel past ze toe op de oude tekst) in {proof_s:.2f} s:"
        f" {'nieuwe tekst exact' if all(r['proved'] for r in amend_runs) else 'AFWIJKING'};"
        f" samen {amend['seconds']:.2f} s (doel: onder {AMEND_GOAL:.0f} s, zonder het inlezen van"
        f" de versies; {mark})".replace(".", ",")
    )
    if peer is not None:
        ratio_peer = peer["seconds"] / ours["seconds"]
        with_import = peer["seconds"] / (ours["seconds"] + ours["import"])
        mark = "gehaald" if ratio_peer >= RATIO_PEER_GOAL else "NIET gehaald"
        print(
            f"verhouding python-redlines / assembler redline: {ratio_peer:.1f}x "
            f"(doel: minstens {RATIO_PEER_GOAL:.0f}x; {mark}); "
            f"met het importeren van assembler ({ours['import']:.2f} s) meegeteld: "
            f"{with_import:.1f}x".replace(".", ",")
        )
    for name, q in (("assembler", ours_q), ("python-redlines", peer_q)):
        if q is None:
            continue
        print(
            f"{name}: echte verplaatsingen gevonden {q.found_moves} van {moved_count}; "
            f"onterecht {q.false_moves} (waarvan {q.empty_moves} zonder tekst); gemist bij "
            f"alles aanvaarden {q.missed_accept}, bij alles verwerpen {q.missed_reject}; "
            f"overtollige alinea's {q.extra_accept} / {q.extra_reject}"
        )
    print(
        f"(mediaan van {RUNS} runs in een vers proces, zonder importeren; geheugen = piek-RSS, "
        "bij python-redlines die van het Docxodus-proces; gemarkeerde wijzigingen = w:ins + "
        "w:del + verplaatsingsbereiken; gemist = alinea's van de schone nieuwe/oude versie "
        "die alles aanvaarden/verwerpen op de redline niet oplevert)"
    )
    if profile:
        print("\nprofiel van de assembler-redline (cProfile, top 10 naar cumulatieve tijd):")
        print(profile.strip().replace(str(ROOT) + "/", ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
