"""Accept all / reject all tracked changes of a .docx with LibreOffice, and list its redlines.

Run with the system Python that has LibreOffice's bridge (Debian's ``python3-uno``), not a venv::

    /usr/bin/python3 libreoffice_changes.py INPUT.docx OUTDIR

writes into OUTDIR:

- ``accept.txt``: the text after ``.uno:AcceptAllTrackedChanges``, stored as "Text (encoded)"
  (UTF-8 without byte-order mark, LF; one line per paragraph and per table cell);
- ``reject.txt``: the same after ``.uno:RejectAllTrackedChanges``, from a fresh load;
- ``redlines.json``: ``[{"type", "author", "date", "move", "text"}, ...]``, one per redline in
  LibreOffice's order, listed before anything is accepted. ``date`` is ISO 8601 as LibreOffice
  holds it (7.4 drops the ``Z``); ``text`` is what the redline covers (paragraph ends as "\\n").

``move``: LibreOffice 7.4 has no move property on a redline (the property set holds
RedlineAuthor, RedlineDateTime, RedlineType, RedlineComment, RedlineDescription,
RedlineIdentifier, RedlineStart/End, RedlineText, RedlineSuccessorData, IsInHeaderFooter,
MergeLastPara, StartRedline, EndRedline). It keeps a moved flag internally and writes it out
in its own DOCX export as w:moveFrom/w:moveTo; ``move`` is read from that export (see
``moves_from_export``). A build that has a ``RedlineMovedID``/``RedlineMoved`` property is read
directly. ``null`` (with a warning on stderr) when the export cannot be mapped to the redlines.
Note that 7.4 does not keep the moves of a DOCX file: on import w:moveFrom/w:moveTo become plain
deletions/insertions, and LibreOffice then pairs a deletion with a nearby insertion of the same
text and author (at least 6 characters and a space) as "moved", whatever the markup said.

One soffice serves both loads. It gets a fresh profile of its own and listens on a named pipe
(never a network port); it runs in a process group of its own, is asked to terminate and then
ended by its pid (the group id) in ``finally``, and waited for. Each load works on a copy of
the input in a private directory (no stale ``.~lock.`` file can make loading return None).
The copies leave out comment anchors (see ``without_comments``). The UNO work runs in a worker
thread, so a deadline (``LIBREOFFICE_CHANGES_TIMEOUT`` seconds, default 1200) or SIGTERM/SIGINT
can end soffice even while a bridge call blocks.

Exit status 0 on success; 1 with a one-line message on stderr otherwise; 2 on bad usage.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import uno  # type: ignore[import-not-found]
from com.sun.star.beans import PropertyValue  # type: ignore[import-not-found]
from com.sun.star.connection import NoConnectException  # type: ignore[import-not-found]

CONNECT_TIMEOUT = 60.0  # seconds to keep retrying the bridge connection
EXIT_TIMEOUT = 20.0  # seconds to wait for soffice to exit
TIMEOUT = float(os.environ.get("LIBREOFFICE_CHANGES_TIMEOUT", "1200"))  # the whole run
TEXT_FILTER = "Text (encoded)"
TEXT_OPTIONS = "UTF8,LF,,,false"  # character set, line end, font, language, byte-order mark
DOCX_FILTER = "MS Word 2007 XML"
W_NAMESPACE = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
BOM = b"\xef\xbb\xbf"


class Failure(Exception):
    """A problem worth one line on stderr."""


def prop(name: str, value: object) -> PropertyValue:
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


# -- the working copy --------------------------------------------------------------------------


def without_comments(source: Path, target: Path) -> int:
    """Copy the package, leaving out comment anchors; returns how many were left out.

    Debian's -nogui LibreOffice packages ship no Writer .ui files. A document loaded with a
    view (which the dispatch needs) lays out its comments in sidebar windows built from
    annotation.ui, in an event the main loop runs between two bridge calls, and soffice aborts
    (NoSuchElementException from InterimItemWindow); hiding comments in the profile does not
    stop the windows being built. ``soffice --convert-to`` survives only because it never
    yields between loading and closing. Comments are neither redlines nor part of the text
    export (the export of a 300-article redline was byte-identical without them), so the copy
    has no w:commentRangeStart, w:commentRangeEnd or w:commentReference; all else is kept.
    """
    removed = 0
    with zipfile.ZipFile(source) as package, zipfile.ZipFile(target, "w") as copy:
        for info in package.infolist():
            data = package.read(info.filename)
            if (
                info.filename.startswith("word/")
                and info.filename.endswith(".xml")
                and b"comment" in data
            ):
                text = data.decode("utf-8")
                for prefix in set(
                    re.findall(r'xmlns:([\w.-]+)="' + re.escape(W_NAMESPACE) + '"', text)
                ):
                    pattern = (
                        rf"<{re.escape(prefix)}:comment(?:RangeStart|RangeEnd|Reference)\b[^>]*/>"
                    )
                    text, count = re.subn(pattern, "", text)
                    removed += count
                data = text.encode("utf-8")
            copy.writestr(info, data)
    return removed


# -- soffice -----------------------------------------------------------------------------------


def soffice_program() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        raise Failure("LibreOffice (soffice) is not installed")
    return found


def start_soffice(profile: Path, pipe: str) -> subprocess.Popen[bytes]:
    """Headless soffice with its own profile, on a named pipe, as leader of a new session.

    The soffice script execs oosplash, which starts soffice.bin as its child: the session's
    process group (id = the pid we started) holds exactly what we started.
    """
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
    """Ask soffice to quit, then end what is left of its process group and wait for it."""
    if desktop is not None:
        with contextlib.suppress(Exception):  # the bridge goes away while terminating
            desktop.terminate()  # type: ignore[attr-defined]
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=EXIT_TIMEOUT)
    kill_soffice(process)  # soffice.bin may outlive oosplash: always end the group
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout=EXIT_TIMEOUT)


def connect(pipe: str, process: subprocess.Popen[bytes]) -> object:
    """The remote component context, retrying until soffice accepts or the timeout passes."""
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
            raise Failure(f"soffice exited with status {code} before accepting a connection")
        if time.monotonic() > deadline:
            raise Failure(f"soffice did not accept a connection within {CONNECT_TIMEOUT:.0f} s")
        time.sleep(0.2)


# -- documents ---------------------------------------------------------------------------------


def load(desktop: object, path: Path, name: str) -> object:
    """The document at ``path`` (a copy of ``name``), loaded hidden, with a view."""
    document = desktop.loadComponentFromURL(  # type: ignore[attr-defined]
        path.resolve().as_uri(), "_blank", 0, (prop("Hidden", True),)
    )
    if document is None:
        raise Failure(f"LibreOffice could not load {name} (loadComponentFromURL gave None)")
    if not document.supportsService("com.sun.star.text.TextDocument"):
        document.close(True)
        raise Failure(f"{name} did not load as a text document")
    return document


def dispatch(context: object, document: object, command: str) -> None:
    helper = context.ServiceManager.createInstanceWithContext(  # type: ignore[attr-defined]
        "com.sun.star.frame.DispatchHelper", context
    )
    frame = document.getCurrentController().getFrame()  # type: ignore[attr-defined]
    helper.executeDispatch(frame, command, "", 0, ())


def store_text(document: object, target: Path) -> None:
    document.storeToURL(  # type: ignore[attr-defined]
        target.resolve().as_uri(),
        (prop("FilterName", TEXT_FILTER), prop("FilterOptions", TEXT_OPTIONS)),
    )
    if not target.is_file():
        raise Failure(f"LibreOffice did not write {target.name}")


def iso_date(value: object) -> str:
    """A com.sun.star.util.DateTime as ISO 8601 (``Z`` only when LibreOffice marks it UTC)."""
    text = (
        f"{value.Year:04d}-{value.Month:02d}-{value.Day:02d}"  # type: ignore[attr-defined]
        f"T{value.Hours:02d}:{value.Minutes:02d}:{value.Seconds:02d}"  # type: ignore[attr-defined]
    )
    return text + ("Z" if getattr(value, "IsUTC", False) else "")


# -- redlines ----------------------------------------------------------------------------------


def redline_text(redline: object, body_cursor: object) -> str | None:
    """The text a redline covers (paragraph ends as "\\n"), or None when it is not text."""
    try:
        start = redline.getPropertyValue("RedlineStart")  # type: ignore[attr-defined]
        end = redline.getPropertyValue("RedlineEnd")  # type: ignore[attr-defined]
    except Exception:
        return None
    try:  # one cursor of the body text serves most redlines (fewer bridge calls)
        body_cursor.gotoRange(start, False)  # type: ignore[attr-defined]
        body_cursor.gotoRange(end, True)  # type: ignore[attr-defined]
        return str(body_cursor.getString())  # type: ignore[attr-defined]
    except Exception:  # a table cell, header, footnote: another text
        pass
    try:
        cursor = start.getText().createTextCursorByRange(start)
        cursor.gotoRange(end, True)
        return str(cursor.getString())
    except Exception:  # a table or section anchor
        return None


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


REVISIONS = {"ins": False, "del": False, "moveFrom": True, "moveTo": True}  # kind -> is a move
SKIPPED = {
    "pPr",
    "rPr",
    "trPr",
    "tcPr",
    "tblPr",
    "sectPr",
    "drawing",
    "pict",
    "object",
    "AlternateContent",
    "instrText",
    "delInstrText",
}
RUN_TEXT = {"tab": "\t", "br": "\n", "cr": "\n", "noBreakHyphen": "\u2011", "softHyphen": "\u00ad"}


def revision_characters(document_xml: bytes) -> list[tuple[str, str]]:
    """``(character, revision kind)`` of every character inside a revision, in document order.

    A revised paragraph mark counts as "\\n" after the paragraph's runs, as in a redline text.
    """
    out: list[tuple[str, str]] = []
    mark_path = f"{{{W_NAMESPACE}}}pPr/{{{W_NAMESPACE}}}rPr/*"

    def walk(element: ET.Element, kind: str | None) -> None:
        for child in element:
            name = _local(child.tag)
            if name in SKIPPED:
                continue
            if name == "p":
                walk(child, kind)
                marks = [_local(m.tag) for m in child.findall(mark_path)]
                mark = next((m for m in marks if m in REVISIONS), None)
                if mark is not None:
                    out.append(("\n", mark))
            elif name in REVISIONS:
                walk(child, name)
            elif name == "r":
                if kind is None:
                    continue
                for piece in child:
                    piece_name = _local(piece.tag)
                    if piece_name in ("t", "delText"):
                        text = piece.text or ""
                    else:
                        text = RUN_TEXT.get(piece_name, "")
                    out.extend((character, kind) for character in text)
            else:
                walk(child, kind)

    walk(ET.fromstring(document_xml), None)
    return out


def moves_from_export(document: object, work: Path, found: list[dict[str, object]]) -> bool:
    """Set "move" from LibreOffice's own flag as its DOCX export writes it; False if unmappable.

    Every character of an Insert/Delete redline of the body is exported inside w:ins, w:del,
    w:moveFrom or w:moveTo, in document order, which is the order of the redline table: the
    export's revision characters, in order, are the redline texts one after another. Each
    redline's share says whether LibreOffice holds it as moved. The mapping is checked
    character by character (and deletion against insertion); any mismatch gives up.
    """
    target = work / "moves.docx"
    document.storeToURL(  # type: ignore[attr-defined]
        target.resolve().as_uri(), (prop("FilterName", DOCX_FILTER),)
    )
    with zipfile.ZipFile(target) as package:
        exported = revision_characters(package.read("word/document.xml"))
    body = [r for r in found if r["type"] in ("Insert", "Delete") and not r["in_header_footer"]]
    in_body = {id(r) for r in body}
    for redline in found:
        if id(redline) not in in_body:
            redline["move"] = False
    if any(not isinstance(r["text"], str) for r in body):
        return False
    if "".join(str(r["text"]) for r in body) != "".join(c for c, _ in exported):
        return False
    position = 0
    for redline in body:
        share = exported[position : position + len(str(redline["text"]))]
        position += len(share)
        deleting = redline["type"] == "Delete"
        if any((kind in ("del", "moveFrom")) != deleting for _, kind in share):
            return False
        redline["move"] = any(REVISIONS[kind] for _, kind in share)
    return True


def redlines(document: object, work: Path) -> list[dict[str, object]]:
    """Every redline of the document, in LibreOffice's order (the order of its redline table).

    Each is {"type", "author", "date", "move", "text"}.
    """
    out: list[dict[str, object]] = []
    body_cursor = document.getText().createTextCursor()  # type: ignore[attr-defined]
    enumeration = document.getRedlines().createEnumeration()  # type: ignore[attr-defined]
    names: set[str] | None = None
    move_property: str | None = None
    while enumeration.hasMoreElements():
        redline = enumeration.nextElement()
        if names is None:  # the same for every redline: ask once
            names = {p.Name for p in redline.getPropertySetInfo().getProperties()}
            # Neither exists in LibreOffice 7.4; a newer build may have one.
            move_property = next(
                (n for n in ("RedlineMovedID", "RedlineMoved") if n in names), None
            )

        def value(name: str, redline: object = redline, names: set[str] = names) -> object:
            return redline.getPropertyValue(name) if name in names else None  # type: ignore[attr-defined]

        date = value("RedlineDateTime")
        out.append(
            {
                "type": value("RedlineType"),
                "author": value("RedlineAuthor"),
                "date": iso_date(date) if date is not None else None,
                "move": bool(value(move_property)) if move_property else False,
                "text": redline_text(redline, body_cursor),
                "in_header_footer": bool(value("IsInHeaderFooter")),
            }
        )
    if move_property is None and out and not moves_from_export(document, work, out):
        print(
            "libreoffice_changes: could not map LibreOffice's move flags to its redlines; "
            '"move" is null',
            file=sys.stderr,
        )
        for redline in out:
            redline["move"] = None
    for redline in out:
        del redline["in_header_footer"]
    return out


# -- the run -----------------------------------------------------------------------------------


def copy_text(source: Path, target: Path) -> None:
    """Copy an exported text, without a byte-order mark should a build still write one."""
    data = source.read_bytes()
    target.write_bytes(data[len(BOM) :] if data.startswith(BOM) else data)


def run(source: Path, outdir: Path, started: list[subprocess.Popen[bytes]]) -> None:
    if not source.is_file():
        raise Failure(f"no such file: {source}")
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="lo-changes-") as scratch:
        work = Path(scratch)
        # Two copies: each load gets a pristine file of its own (and its own lock file).
        accept_copy, reject_copy = work / "accept.docx", work / "reject.docx"
        try:
            without_comments(source, accept_copy)
        except (zipfile.BadZipFile, UnicodeDecodeError, KeyError) as error:
            raise Failure(f"{source.name} is not a readable .docx: {error}") from error
        shutil.copyfile(accept_copy, reject_copy)
        pipe = f"lo_changes_{os.getpid()}_{uuid.uuid4().hex[:12]}"
        process = start_soffice(work / "profile", pipe)
        started.append(process)
        desktop = None
        try:
            context = connect(pipe, process)
            desktop = context.ServiceManager.createInstanceWithContext(  # type: ignore[attr-defined]
                "com.sun.star.frame.Desktop", context
            )
            document = load(desktop, accept_copy, source.name)
            try:
                found = redlines(document, work)
                dispatch(context, document, ".uno:AcceptAllTrackedChanges")
                store_text(document, work / "accept.txt")
            finally:
                document.close(True)  # type: ignore[attr-defined]
            document = load(desktop, reject_copy, source.name)
            try:
                dispatch(context, document, ".uno:RejectAllTrackedChanges")
                store_text(document, work / "reject.txt")
            finally:
                document.close(True)  # type: ignore[attr-defined]
        finally:
            stop_soffice(process, desktop)
        copy_text(work / "accept.txt", outdir / "accept.txt")
        copy_text(work / "reject.txt", outdir / "reject.txt")
        (outdir / "redlines.json").write_text(
            json.dumps(found, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(f"usage: {Path(argv[0]).name} INPUT.docx OUTDIR", file=sys.stderr)
        return 2
    started: list[subprocess.Popen[bytes]] = []
    errors: list[str] = []
    stop = threading.Event()

    def work() -> None:
        try:
            run(Path(argv[1]), Path(argv[2]), started)
        except Failure as error:
            errors.append(str(error))
        except Exception as error:  # a UNO exception: one line
            errors.append(f"{type(error).__name__}: {error}")

    def interrupted(signum: int, _frame: object) -> None:
        errors.append(f"interrupted by signal {signum}")
        stop.set()

    for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(signum, interrupted)
    # The bridge calls run in a worker thread: this thread stays free to end soffice on a
    # deadline or a signal, which makes a blocked bridge call fail at once.
    worker = threading.Thread(target=work, name="libreoffice", daemon=True)
    worker.start()
    deadline = time.monotonic() + TIMEOUT
    while worker.is_alive():
        worker.join(0.5)
        if worker.is_alive() and (stop.is_set() or time.monotonic() > deadline):
            if not stop.is_set():
                errors.append(f"timed out after {TIMEOUT:.0f} s")
            for process in started:
                kill_soffice(process)
            worker.join(EXIT_TIMEOUT + 10)
            for process in started:
                kill_soffice(process)
                with contextlib.suppress(subprocess.TimeoutExpired):
                    process.wait(timeout=EXIT_TIMEOUT)
            break
    if errors:
        print(f"libreoffice_changes: {errors[0]}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
