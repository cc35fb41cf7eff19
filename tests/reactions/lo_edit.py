"""Edit a .docx in LibreOffice as a reviewer would: tracked changes, comments, untracked edits.

Run with the system Python that has LibreOffice's bridge (Debian's ``python3-uno``)::

    /usr/bin/python3 lo_edit.py JOB.json

The document is loaded as a model without a frame or view (``XLoadable.load`` on a fresh
``TextDocument``): Debian's -nogui build aborts when it lays out comment windows for a view
(see ``tests/render/libreoffice_changes.py``), and a model has none. The job::

    {"input": ..., "output": ..., "result": ..., "author": "Griffie Zwijndrecht",
     "edits": [{"op": "insert", "after": "text", "text": " new"},
               {"op": "delete", "find": "text"},
               {"op": "replace", "find": "old", "text": "new"},
               {"op": "comment", "find": "text", "text": "the comment"},
               {"op": "untracked", "find": "old", "text": "new"}]}

``find``/``after`` is the first occurrence (after the first occurrence of ``in`` when given).
``result`` receives the redlines and comments as LibreOffice holds them (type, author, date)
before saving: the ground truth the tests count. soffice runs with a profile of its own on a
named pipe, in a process group of its own that is ended by its id.
"""

import contextlib
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException


def _prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def _set_author(ctx, author):
    provider = ctx.ServiceManager.createInstanceWithContext(
        "com.sun.star.configuration.ConfigurationProvider", ctx
    )
    access = provider.createInstanceWithArguments(
        "com.sun.star.configuration.ConfigurationUpdateAccess",
        (_prop("nodepath", "/org.openoffice.UserProfile/Data"),),
    )
    given, _, family = author.partition(" ")
    access.setPropertyValue("givenname", given)
    access.setPropertyValue("sn", family)
    access.commitChanges()


def _find(doc, text, start_in=None):
    """A cursor selecting the first occurrence of ``text`` in a body paragraph (after the
    paragraph holding ``start_in``). A model without a view has no working search descriptor,
    so the paragraphs are walked and a cursor moved by characters."""
    seen_start = start_in is None
    paragraphs = doc.Text.createEnumeration()
    while paragraphs.hasMoreElements():
        paragraph = paragraphs.nextElement()
        if not paragraph.supportsService("com.sun.star.text.Paragraph"):
            continue
        content = paragraph.getString()
        if not seen_start:
            seen_start = start_in in content
            if not seen_start:
                continue
        offset = content.find(text)
        if offset < 0:
            continue
        cursor = doc.Text.createTextCursorByRange(paragraph.getStart())
        cursor.goRight(offset, False)
        cursor.goRight(len(text), True)
        return cursor
    raise RuntimeError(f"not found: {text!r}")


def _now():
    stamp = uno.createUnoStruct("com.sun.star.util.DateTime")
    now = time.gmtime()
    stamp.Year, stamp.Month, stamp.Day = now.tm_year, now.tm_mon, now.tm_mday
    stamp.Hours, stamp.Minutes, stamp.Seconds = now.tm_hour, now.tm_min, now.tm_sec
    return stamp


def _stamp(value):
    return (
        f"{value.Year:04d}-{value.Month:02d}-{value.Day:02d}T"
        f"{value.Hours:02d}:{value.Minutes:02d}:{value.Seconds:02d}"
    )


def _edit(ctx, job):
    _set_author(ctx, job["author"])
    doc = ctx.ServiceManager.createInstanceWithContext("com.sun.star.text.TextDocument", ctx)
    doc.load(
        (
            _prop("URL", uno.systemPathToFileUrl(job["input"])),
            _prop("FilterName", "MS Word 2007 XML"),
        )
    )
    try:
        doc.RecordChanges = True
        for edit in job["edits"]:
            op = edit["op"]
            if op == "insert":
                found = _find(doc, edit["after"], edit.get("in"))
                found.collapseToEnd()
                found.setString(edit["text"])
            elif op == "delete":
                _find(doc, edit["find"], edit.get("in")).setString("")
            elif op == "replace":
                _find(doc, edit["find"], edit.get("in")).setString(edit["text"])
            elif op == "untracked":
                doc.RecordChanges = False
                _find(doc, edit["find"], edit.get("in")).setString(edit["text"])
                doc.RecordChanges = True
            elif op == "comment":
                # As in the user interface: adding a comment is no tracked change.
                doc.RecordChanges = False
                found = _find(doc, edit["find"], edit.get("in"))
                note = doc.createInstance("com.sun.star.text.textfield.Annotation")
                note.Author = job["author"]
                note.Content = edit["text"]
                note.DateTimeValue = _now()
                doc.Text.insertTextContent(found, note, True)
                doc.RecordChanges = True
            else:
                raise RuntimeError(f"unknown op {op}")
        redlines = []
        for redline in doc.Redlines:
            redlines.append(
                {
                    "type": redline.RedlineType,
                    "author": redline.RedlineAuthor,
                    "date": _stamp(redline.RedlineDateTime),
                }
            )
        comments = []
        fields = doc.TextFields.createEnumeration()
        while fields.hasMoreElements():
            field = fields.nextElement()
            if field.supportsService("com.sun.star.text.textfield.Annotation"):
                comments.append(
                    {
                        "author": field.Author,
                        "text": field.Content,
                        "date": _stamp(field.DateTimeValue),
                    }
                )
        doc.storeToURL(
            uno.systemPathToFileUrl(job["output"]), (_prop("FilterName", "MS Word 2007 XML"),)
        )
        with open(job["result"], "w", encoding="utf-8") as handle:
            json.dump({"redlines": redlines, "comments": comments}, handle, ensure_ascii=False)
    finally:
        doc.close(True)


def main(job_path):
    with open(job_path, encoding="utf-8") as handle:
        job = json.load(handle)
    with tempfile.TemporaryDirectory() as scratch:
        pipe = f"lo_edit_{uuid.uuid4().hex}"
        process = subprocess.Popen(
            [
                "soffice",
                f"-env:UserInstallation={Path(scratch, 'profiel').as_uri()}",
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
        desktop = None
        try:
            local = uno.getComponentContext()
            resolver = local.ServiceManager.createInstanceWithContext(
                "com.sun.star.bridge.UnoUrlResolver", local
            )
            deadline = time.monotonic() + 60
            while True:
                try:
                    ctx = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
                    break
                except NoConnectException:
                    if time.monotonic() > deadline or process.poll() not in (None, 0):
                        raise RuntimeError("soffice did not accept a connection") from None
                    time.sleep(0.2)
            desktop = ctx.ServiceManager.createInstanceWithContext(
                "com.sun.star.frame.Desktop", ctx
            )
            _edit(ctx, job)
        finally:
            if desktop is not None:
                with contextlib.suppress(Exception):
                    desktop.terminate()
                with contextlib.suppress(subprocess.TimeoutExpired):
                    process.wait(timeout=20)
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(process.pid, signal.SIGKILL)
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout=20)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print("gebruik: lo_edit.py JOB.json", file=sys.stderr)
        sys.exit(2)
    main(sys.argv[1])
