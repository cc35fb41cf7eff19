"""Where two versions of a provision's text differ: one span, found by common prefix and suffix."""

from __future__ import annotations


def changed_span(old: str, new: str) -> tuple[int, int, int]:
    """(prefix, old end, new end): ``old[prefix:old_end]`` became ``new[prefix:new_end]``."""
    prefix = 0
    limit = min(len(old), len(new))
    while prefix < limit and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and old[len(old) - 1 - suffix] == new[len(new) - 1 - suffix]:
        suffix += 1
    return prefix, len(old) - suffix, len(new) - suffix
