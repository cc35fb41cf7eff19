"""Reading and assembling two versions side by side, on the machine's second core.

A redline needs both versions assembled before it can compare them. The old version is read
and assembled in a forked worker while this process does the new one; the worker sends back
its project and documents (pickled). A git version is reopened in the worker, because a forked
child must not share GitPython's running ``git cat-file`` processes with its parent.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from assembler.errors import SourceError, UsageError
from assembler.model.nodes import Document
from assembler.source.records import Project


@dataclass(frozen=True, slots=True)
class Assembled:
    project: Project
    documents: list[Document]


Job = Callable[[], Assembled]


def both(old: Job, new: Job) -> tuple[Assembled, Assembled]:
    """``old()`` in a forked worker and ``new()`` here; sequential where forking is not possible."""
    if (os.cpu_count() or 1) < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return old(), new()
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    worker = context.Process(target=_run, args=(old, send), daemon=True)
    worker.start()
    send.close()
    try:
        mine = new()
        kind, payload = pickle.loads(receive.recv_bytes())
    finally:
        receive.close()
        worker.join()
    if kind == "ok":
        return payload, mine
    if kind == "source":
        raise SourceError(payload)
    raise UsageError(payload)


def _run(job: Job, send: Connection) -> None:
    result: tuple[str, Any]
    try:
        result = ("ok", job())
    except SourceError as exc:
        result = ("source", exc.problems)
    except UsageError as exc:
        result = ("usage", str(exc))
    except Exception as exc:
        result = ("usage", f"interne fout bij het lezen van de oude versie: {exc!r}")
    send.send_bytes(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
    send.close()


