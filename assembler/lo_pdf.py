"""Export .docx files to PDF with LibreOffice, with the table of contents filled.

Run with the system Python that has LibreOffice's bridge (Debian's ``python3-uno``), not the
project's venv; ``assembler.pdf`` starts it as a subprocess::

    /usr/bin/python3 lo_pdf.py OUTDIR INPUT.docx [INPUT.docx ...]

writes ``OUTDIR/<name>.pdf`` for every input. A headless ``soffice --convert-to pdf`` leaves
the TOC field as Word stored it (a placeholder); here every document index is updated (twice:
the filled TOC can push the articles to later pages) and the fields are refreshed before the
``writer_pdf_Export`` filter runs.

One soffice serves all documents. It gets a fresh profile of its own and listens on a named
pipe (never a network port); it runs in a process group of its own, is asked to terminate and
then ended by its pid (the group id), and waited for. Each load works on a copy of the input in
a private directory (no stale ``.~lock.`` file can make loading return None). The UNO work runs
in a worker thread, so a deadline (``ASSEMBLER_PDF_TIMEOUT`` seconds, default 900) or
SIGTERM/SIGINT can end soffice even while a bridge call blocks.

The approach follows ``tests/render/libreoffice_changes.py``; nothing is imported from there.
Exit status 0 on success; 1 with a one-line Dutch message on stderr otherwise; 2 on bad usage;
3 when the bridge (``uno``) cannot be imported.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

try:
    import uno  # type: ignore[import-not-found]
    from com.sun.star.beans import PropertyValue  # type: ignore[import-not-found]
    from com.sun.star.connection import NoConnectException  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - reported to the caller
    uno = None

CONNECT_TIMEOUT = 60.0
EXIT_TIMEOUT = 20.0
TIMEOUT = float(os.environ.get("ASSEMBLER_PDF_TIMEOUT", "900"))
PDF_FILTER = "writer_pdf_Export"
# Tagged PDF carries the structure (headings, lists, tables) a screen reader needs, as the
# Besluit digitale toegankelijkheid overheid asks; PDFUACompliance adds the PDF/UA
# identification and checks (LibreOffice 7.2+); EmbedStandardFonts embeds even the PDF base-14
# fonts, so no reader substitutes one.
EXPORT_OPTIONS: tuple[tuple[str, object], ...] = (
    ("UseTaggedPDF", True),
    ("PDFUACompliance", True),
    ("EmbedStandardFonts", True),
    ("ExportBookmarks", True),
)


class Failure(Exception):
    """A problem worth one line on stderr."""


def prop(name: str, value: object) -> object:
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def filter_data() -> object:
    """The export options: tagged (accessible) PDF, PDF/UA, every font embedded."""
    options = tuple(prop(name, value) for name, value in EXPORT_OPTIONS)
    return prop("FilterData", uno.Any("[]com.sun.star.beans.PropertyValue", options))


def soffice_program() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        raise Failure("LibreOffice (soffice) is niet geïnstalleerd")
    return found


def start_soffice(profile: Path, pipe: str) -> subprocess.Popen[bytes]:
    """Headless soffice with its own profile, on a named pipe, as leader of a new session."""
    return subprocess.Popen(
        [
            soffice_program(),
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--invisible",
            "--nologo",
            "--norestore",
            "--nodefault",
            "--nolockcheck",
            f"--accept=pipe,name={pipe};urp;",
        ],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def kill_soffice(process: subprocess.Popen[bytes]) -> None:
    """End the process group we started (by its id, our child's pid)."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)


def stop_soffice(process: subprocess.Popen[bytes], desktop: object | None) -> None:
    if desktop is not None:
        with contextlib.suppress(Exception):
            desktop.terminate()  # type: ignore[attr-defined]
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=EXIT_TIMEOUT)
    kill_soffice(process)
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout=EXIT_TIMEOUT)


def connect(pipe: str, process: subprocess.Popen[bytes]) -> object:
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local
    )
    url = f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext"
    deadline = time.monotonic() + CONNECT_TIMEOUT
    while True:
        try:
            return resolver.resolve(url)
        except NoConnectException:
            pass
        code = process.poll()
        if code is not None and code != 0:
            raise Failure(f"soffice stopte met status {code} voordat het een verbinding aannam")
        if time.monotonic() > deadline:
            raise Failure(f"soffice nam binnen {CONNECT_TIMEOUT:.0f} s geen verbinding aan")
        time.sleep(0.2)


def export(desktop: object, source: Path, copy: Path, target: Path) -> None:
    """Load ``copy`` (of ``source``), update every index and field, write ``target`` as PDF."""
    document = desktop.loadComponentFromURL(  # type: ignore[attr-defined]
        copy.resolve().as_uri(), "_blank", 0, (prop("Hidden", True),)
    )
    if document is None:
        raise Failure(f"LibreOffice kon {source.name} niet openen")
    try:
        if not document.supportsService("com.sun.star.text.TextDocument"):
            raise Failure(f"{source.name} is geen tekstdocument")
        for _ in range(2):  # the second pass sees the pages the filled TOC itself takes
            indexes = document.getDocumentIndexes()
            for i in range(indexes.getCount()):
                indexes.getByIndex(i).update()
            with contextlib.suppress(Exception):
                document.getTextFields().refresh()
            document.refresh()
        document.storeToURL(
            target.resolve().as_uri(), (prop("FilterName", PDF_FILTER), filter_data())
        )
    finally:
        document.close(True)
    if not target.is_file() or target.stat().st_size == 0:
        raise Failure(f"LibreOffice schreef geen PDF voor {source.name}")


def run(outdir: Path, sources: list[Path], started: list[subprocess.Popen[bytes]]) -> None:
    for source in sources:
        if not source.is_file():
            raise Failure(f"bestand bestaat niet: {source}")
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="assembler-pdf-") as scratch:
        work = Path(scratch)
        pipe = f"assembler_pdf_{os.getpid()}_{uuid.uuid4().hex[:12]}"
        process = start_soffice(work / "profiel", pipe)
        started.append(process)
        desktop = None
        try:
            context = connect(pipe, process)
            desktop = context.ServiceManager.createInstanceWithContext(  # type: ignore[attr-defined]
                "com.sun.star.frame.Desktop", context
            )
            for index, source in enumerate(sources):
                copy = work / f"{index}-{source.name}"
                shutil.copyfile(source, copy)
                export(desktop, source, copy, outdir / f"{source.stem}.pdf")
        finally:
            stop_soffice(process, desktop)


def main(argv: list[str]) -> int:
    if len(argv) < 3:
        print(f"gebruik: {Path(argv[0]).name} UITMAP INVOER.docx [...]", file=sys.stderr)
        return 2
    if uno is None:
        print("lo_pdf: python3-uno ontbreekt (de Python-brug van LibreOffice)", file=sys.stderr)
        return 3
    started: list[subprocess.Popen[bytes]] = []
    errors: list[str] = []
    stop = threading.Event()

    def work() -> None:
        try:
            run(Path(argv[1]), [Path(a) for a in argv[2:]], started)
        except Failure as error:
            errors.append(str(error))
        except Exception as error:  # a UNO exception: one line
            errors.append(f"{type(error).__name__}: {error}")

    def interrupted(signum: int, _frame: object) -> None:
        errors.append(f"afgebroken door signaal {signum}")
        stop.set()

    for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(signum, interrupted)
    worker = threading.Thread(target=work, name="libreoffice", daemon=True)
    worker.start()
    deadline = time.monotonic() + TIMEOUT
    while worker.is_alive():
        worker.join(0.5)
        if worker.is_alive() and (stop.is_set() or time.monotonic() > deadline):
            if not stop.is_set():
                errors.append(f"LibreOffice was na {TIMEOUT:.0f} s niet klaar")
            for process in started:
                kill_soffice(process)
            worker.join(EXIT_TIMEOUT + 10)
            for process in started:
                kill_soffice(process)
                with contextlib.suppress(subprocess.TimeoutExpired):
                    process.wait(timeout=EXIT_TIMEOUT)
            break
    if errors:
        print(f"lo_pdf: {errors[0]}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
