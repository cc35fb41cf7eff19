"""Accept all / reject all tracked changes of a .docx with LibreOffice, and list its redlines.

Run with the system Python that has LibreOffice's bridge (Debian's ``python3-uno``), not a venv::

    /usr/bin/python3 libreoffice_changes.py INPUT.docx OUTDIR

writes into OUTDIR:

- ``accept.txt``: the text with all changes accepted ("Text (encoded)" export, UTF-8, LF);
- ``reject.txt``: the text with all changes rejected, from a fresh load of the original;
- ``redlines.json``: ``[{"type", "author", "date", "move", "text"}, ...]``, one per redline
  as LibreOffice lists it before anything is accepted. LibreOffice 7.4 exposes no move flag
  through its API: "move" is then its own pairing rule, applied to the listed redlines (see
  ``flag_moves``); a build with a ``RedlineMovedID``/``RedlineMoved`` property is read directly.

One soffice serves both loads. It gets a fresh profile of its own and listens on a named pipe
(never a network port); it runs in a session of its own and is ended by its pid in ``finally``.
Each load works on a copy of the input in a private directory, so no stale ``.~lock.`` file
can make loading fail. Exit status 0 on success, 1 with a message on stderr otherwise.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
import zipfile
from pathlib import Path

import uno  # type: ignore[import-not-found]
from com.sun.star.beans import PropertyValue  # type: ignore[import-not-found]
from com.sun.star.connection import NoConnectException  # type: ignore[import-not-found]

CONNECT_TIMEOUT = 60.0  # seconds to wait for soffice to accept the bridge connection
EXIT_TIMEOUT = 20.0  # seconds to wait for soffice to exit after terminate()
TEXT_FILTER = "Text (encoded)"
TEXT_OPTIONS = "UTF8,LF,,,false"  # character set, line ending, font, language, BOM


class Failure(Exception):
    """A problem worth one line on stderr."""


def prop(name: str, value: object) -> PropertyValue:
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def soffice_program() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        raise Failure("LibreOffice (soffice) is not installed")
    return found


W_NAMESPACE = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def without_comments(source: Path, target: Path) -> int:
    """Copy the package, leaving out comment anchors; returns how many were left out.

    Debian's -nogui LibreOffice packages ship no Writer .ui files. A document loaded with a
    view (which the dispatch needs) lays out its comments in sidebar windows built from
    annotation.ui, in an event the main loop runs between two bridge calls, and soffice
    aborts (NoSuchElementException from InterimItemWindow); hiding comments in the profile
    does not stop the windows being built. ``soffice --convert-to`` survives only because it
    never yields between loading and closing. Comments are neither redlines nor part of the
    text export (checked: the export is byte-identical without them), so the copy LibreOffice
    loads has no w:commentRangeStart/End or w:commentReference; everything else is kept.
    """
    removed = 0
    with zipfile.ZipFile(source) as package, zipfile.ZipFile(target, "w") as copy:
        for info in package.infolist():
            data = package.read(info.filename)
            if (info.filename.startswith("word/") and info.filename.endswith(".xml")
                    and b"comment" in data):
                text = data.decode("utf-8")
                for prefix in re.findall(r'xmlns:([\w.-]+)="' + re.escape(W_NAMESPACE) + '"', text):
                    pattern = rf"<{re.escape(prefix)}:comment(?:RangeStart|RangeEnd|Reference)\b[^>]*/>"
                    text, count = re.subn(pattern, "", text)
                    removed += count
                data = text.encode("utf-8")
            copy.writestr(info, data)
    return removed


def start_soffice(profile: Path, pipe: str) -> subprocess.Popen[bytes]:
    """soffice in a new session (so its child soffice.bin can be ended with it), headless."""
    return subprocess.Popen(
        [
            soffice_program(),
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless", "--invisible", "--nologo", "--norestore", "--nodefault",
            "--nolockcheck",
            f"--accept=pipe,name={pipe};urp;",
        ],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


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
            # oosplash may hand over to soffice.bin and exit 0; only a failure is final.
            raise Failure(f"soffice exited with status {code} before accepting a connection")
        if time.monotonic() > deadline:
            raise Failure(f"soffice did not accept a connection within {CONNECT_TIMEOUT:.0f} s")
        time.sleep(0.2)


def stop_soffice(process: subprocess.Popen[bytes], desktop: object | None) -> None:
    """Ask soffice to quit; then end what is left of the session we started, by its pid."""
    if desktop is not None:
        try:
            desktop.terminate()  # type: ignore[attr-defined]
        except Exception:  # the bridge goes away while terminating  # noqa: BLE001, S110
            pass
    try:
        process.wait(timeout=EXIT_TIMEOUT if desktop is not None else 0.1)
    except subprocess.TimeoutExpired:
        pass
    # The process group carries our pid as its id: it holds only what we started
    # (the soffice script/oosplash and its soffice.bin).
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    try:
        process.wait(timeout=EXIT_TIMEOUT)
    except subprocess.TimeoutExpired:
        pass


def load(desktop: object, path: Path) -> object:
    document = desktop.loadComponentFromURL(  # type: ignore[attr-defined]
        path.resolve().as_uri(), "_blank", 0, (prop("Hidden", True), prop("ReadOnly", False))
    )
    if document is None:
        raise Failure(f"LibreOffice could not load {path.name} (loadComponentFromURL gave None)")
    if not document.supportsService("com.sun.star.text.TextDocument"):
        document.close(True)
        raise Failure(f"{path.name} did not load as a text document")
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
    """A com.sun.star.util.DateTime as ISO 8601 (``Z`` when LibreOffice marks it UTC)."""
    text = (
        f"{value.Year:04d}-{value.Month:02d}-{value.Day:02d}"  # type: ignore[attr-defined]
        f"T{value.Hours:02d}:{value.Minutes:02d}:{value.Seconds:02d}"  # type: ignore[attr-defined]
    )
    return text + ("Z" if getattr(value, "IsUTC", False) else "")


def redline_text(redline: object) -> str | None:
    """The text a redline covers (paragraph ends as "\\n"), or None when it is not text."""
    try:
        start = redline.getPropertyValue("RedlineStart")  # type: ignore[attr-defined]
        end = redline.getPropertyValue("RedlineEnd")  # type: ignore[attr-defined]
        cursor = start.getText().createTextCursorByRange(start)
        cursor.gotoRange(end, True)
        return str(cursor.getString())
    except Exception:  # a table or section anchor, or a range in another text  # noqa: BLE001
        return None


def flag_moves(found: list[dict[str, object]]) -> None:
    """Set "move" the way LibreOffice 7.4 itself decides it (SwRedlineTable::isMoved).

    7.4 keeps no move flag from the file (DOCX w:moveFrom/w:moveTo import as plain Delete/
    Insert) and exposes none through the API: it pairs a Delete with an Insert of the same
    author within 20 redlines of each other whose texts are equal after trimming and differ
    in length by at most 2, and shows (and exports to DOCX) both as moved.
    """
    lookahead = 20
    for index, redline in enumerate(found):
        kind, text = redline["type"], redline["text"]
        pair_kind = {"Delete": "Insert", "Insert": "Delete"}.get(str(kind))
        if pair_kind is None or not isinstance(text, str) or not text.strip():
            continue
        for other in found[max(0, index - lookahead):min(len(found), index + lookahead)]:
            other_text = other["text"]
            if (other["type"] == pair_kind and other["author"] == redline["author"]
                    and isinstance(other_text, str)
                    and abs(len(text) - len(other_text)) <= 2
                    and text.strip() == other_text.strip()):
                redline["move"] = other["move"] = True
                break


def redlines(document: object) -> list[dict[str, object]]:
    """Every redline of the document, in LibreOffice's order (the order of its redline table).

    Each is {"type", "author", "date", "move", "text"}; "text" is what the redline covers.
    """
    out: list[dict[str, object]] = []
    exposed = False  # does this build expose a move property itself (newer than 7.4)?
    enumeration = document.getRedlines().createEnumeration()  # type: ignore[attr-defined]
    while enumeration.hasMoreElements():
        redline = enumeration.nextElement()
        info = redline.getPropertySetInfo()

        def value(name: str, redline: object = redline, info: object = info) -> object:
            if info.hasPropertyByName(name):  # type: ignore[attr-defined]
                return redline.getPropertyValue(name)  # type: ignore[attr-defined]
            return None

        move = False
        for name in ("RedlineMovedID", "RedlineMoved"):  # neither exists in LibreOffice 7.4
            if info.hasPropertyByName(name):
                exposed = True
                move = bool(value(name))
                break
        date = value("RedlineDateTime")
        out.append({
            "type": value("RedlineType"),
            "author": value("RedlineAuthor"),
            "date": iso_date(date) if date is not None else None,
            "move": move,
            "text": redline_text(redline),
        })
    if not exposed:
        flag_moves(out)
    return out


def run(source: Path, outdir: Path) -> None:
    if not source.is_file():
        raise Failure(f"no such file: {source}")
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="lo-changes-") as scratch:
        work = Path(scratch)
        profile = work / "profile"
        pipe = f"lo_changes_{os.getpid()}_{uuid.uuid4().hex[:12]}"
        # Two copies: each load gets a pristine file and its own lock file.
        accept_copy = work / "accept.docx"
        reject_copy = work / "reject.docx"
        try:
            without_comments(source, accept_copy)
        except (zipfile.BadZipFile, UnicodeDecodeError) as error:
            raise Failure(f"{source.name} is not a readable .docx: {error}") from error
        shutil.copyfile(accept_copy, reject_copy)
        process = start_soffice(profile, pipe)
        desktop = None
        try:
            context = connect(pipe, process)
            desktop = context.ServiceManager.createInstanceWithContext(  # type: ignore[attr-defined]
                "com.sun.star.frame.Desktop", context
            )
            document = load(desktop, accept_copy)
            try:
                found = redlines(document)
                dispatch(context, document, ".uno:AcceptAllTrackedChanges")
                store_text(document, work / "accept.txt")
            finally:
                document.close(True)  # type: ignore[attr-defined]
            document = load(desktop, reject_copy)
            try:
                dispatch(context, document, ".uno:RejectAllTrackedChanges")
                store_text(document, work / "reject.txt")
            finally:
                document.close(True)  # type: ignore[attr-defined]
        finally:
            stop_soffice(process, desktop)
        for name in ("accept.txt", "reject.txt"):
            shutil.copyfile(work / name, outdir / name)
        (outdir / "redlines.json").write_text(
            json.dumps(found, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(f"usage: {Path(argv[0]).name} INPUT.docx OUTDIR", file=sys.stderr)
        return 2
    try:
        run(Path(argv[1]), Path(argv[2]))
    except Failure as error:
        print(f"libreoffice_changes: {error}", file=sys.stderr)
        return 1
    except Exception as error:  # a UNO exception: report it in one line
        print(f"libreoffice_changes: {type(error).__name__}: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
