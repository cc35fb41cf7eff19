"""Bookmarks: named anchors (hidden, "_"-prefixed) for provisions and table rows."""

from __future__ import annotations

import re

_NOT_NAME = re.compile(r"[^A-Za-z0-9_]")
_MAX = 40  # Word truncates longer bookmark names


class Bookmarks:
    """Hands out document-unique bookmark ids and names, in document order.

    Names derive from the provision id, so they stay the same across versions; a name that
    collides after cleaning gets a counter suffix.
    """

    def __init__(self) -> None:
        self._next = 0
        self._names: set[str] = set()

    def _name(self, node_id: str) -> str:
        # A leading "_" hides the bookmark in Word's bookmark list: it is an anchor, not content.
        base = ("_" + _NOT_NAME.sub("_", node_id))[:_MAX]
        name, suffix = base, 1
        while name in self._names:
            suffix += 1
            tail = f"_{suffix}"
            name = base[: _MAX - len(tail)] + tail
        self._names.add(name)
        return name

    def wrap(self, node_id: str, runs: str) -> str:
        """``runs`` enclosed in a bookmark named after ``node_id``."""
        number = self._next
        self._next += 1
        return (
            f'<w:bookmarkStart w:id="{number}" w:name="{self._name(node_id)}"/>'
            f'{runs}<w:bookmarkEnd w:id="{number}"/>'
        )
