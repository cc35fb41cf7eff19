"""``make bench``: time and peak memory of building documents, with pandoc as a peer.

Each measurement runs in a fresh subprocess so its peak memory (maxrss) is its own. The peer
builds a .docx of the same text from Markdown with pandoc, side by side in the same run.
After that table comes the redline benchmark (``bench/redline.py``): ours against
python-redlines' Docxodus engine on the same two versions.
"""

from __future__ import annotations

import json
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from bench import redline
from bench.generate import generate

ROOT = Path(__file__).resolve().parent.parent
RUNS = 3

_CHILD = r"""
import json, resource, sys, time
from pathlib import Path
t0 = time.perf_counter()
from assembler import pipeline
from assembler.source.tree import WorkTree
t1 = time.perf_counter()
written = pipeline.build(WorkTree(Path(sys.argv[1])), Path(sys.argv[2]))
t2 = time.perf_counter()
print(json.dumps({"seconds": t2 - t1, "import": t1 - t0, "files": len(written),
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def measure(source: Path, out: Path) -> dict[str, float]:
    runs = []
    for _ in range(RUNS):
        result = subprocess.run(
            [sys.executable, "-c", _CHILD, str(source), str(out)],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
        )
        runs.append(json.loads(result.stdout))
    return {
        "seconds": statistics.median(r["seconds"] for r in runs),
        "rss_mb": max(r["rss_mb"] for r in runs),
        "files": runs[0]["files"],
    }


def pandoc_peer(source: Path, out: Path) -> dict[str, float] | None:
    """pandoc writing the same text (rendered to Markdown by our text writer) as .docx."""
    if shutil.which("pandoc") is None:
        return None
    from assembler import pipeline
    from assembler.render.text import render_text
    from assembler.source.tree import WorkTree

    project = pipeline.read(WorkTree(source))
    doc = pipeline.assemble(project)[0]
    markdown = out / "peer.md"
    markdown.write_text(render_text(doc).replace("\n", "\n\n"), encoding="utf-8")
    runs = []
    for _ in range(RUNS):
        result = subprocess.run(
            ["/usr/bin/time", "-f", "%e %M", "pandoc", str(markdown), "-o", str(out / "peer.docx")],
            capture_output=True,
            text=True,
            check=True,
        )
        seconds, kb = result.stderr.strip().splitlines()[-1].split()
        runs.append((float(seconds), int(kb) / 1024))
    return {"seconds": statistics.median(r[0] for r in runs), "rss_mb": max(r[1] for r in runs)}


def rendered_words(source: Path) -> int:
    """Words in the rendered document as a reader sees it (headings and numbers included)."""
    from assembler import pipeline
    from assembler.render.text import render_text
    from assembler.source.tree import WorkTree

    doc = pipeline.assemble(pipeline.read(WorkTree(source)))[0]
    return len(render_text(doc).split())


def main() -> int:
    rows = []
    with tempfile.TemporaryDirectory(prefix="assembler-bench-") as tmp:
        work = Path(tmp)
        sample = measure(ROOT, work / "voorbeeld")
        rows.append(("voorbeeld (alle documenten)", "-", sample, None))
        for articles in (2000, 4000):
            source = work / f"gen-{articles}"
            generate(source, articles)
            words = rendered_words(source)
            ours = measure(source, work / f"uit-{articles}")
            peer = pandoc_peer(source, work)
            rows.append(
                (f"gegenereerd, {articles} artikelen", f"{words:,}".replace(",", "."), ours, peer)
            )
    print(
        f"{'geval':<32} {'woorden':>9} {'assembler':>10} {'geheugen':>9} {'pandoc md→docx':>15} {'verhouding':>10}"
    )
    for name, words, ours, peer in rows:
        peer_s = f"{peer['seconds']:.2f} s" if peer else "-"
        ratio = f"{ours['seconds'] / peer['seconds']:.2f}x" if peer else "-"
        print(
            f"{name:<32} {words:>9} {ours['seconds']:>8.2f} s {ours['rss_mb']:>6.0f} MB {peer_s:>15} {ratio:>10}"
        )
    growth = rows[2][2]["seconds"] / rows[1][2]["seconds"]
    print(f"\ngroei 2.000 → 4.000 artikelen: {growth:.2f}x (doel: hoogstens 2,2x)")
    print(f"2.000 artikelen: {rows[1][2]['seconds']:.2f} s (doel: onder 2 s)")
    print(
        f"(mediaan van {RUNS} runs in een vers proces; geheugen = piek-RSS; verhouding = assembler / pandoc)"
    )
    sys.stdout.flush()
    return redline.main()


if __name__ == "__main__":
    raise SystemExit(main())
