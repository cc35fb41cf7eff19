"""Word-level differences with diff-match-patch.

Each token (a word, a run of spaces, or one punctuation mark) is mapped to one character, so
the diff works on tokens and an edit never starts inside a word (the lines-to-chars trick).
``Diff_Timeout = 0``: with the default of one second, a large text silently comes back as
"delete all, insert all".
"""

from __future__ import annotations

import re

from diff_match_patch import diff_match_patch

Seg = tuple[str, str]  # ("=" | "+" | "-", text)

_TOKEN = re.compile(r"\w+|\s+|[^\w\s]", re.UNICODE)
_DMP = diff_match_patch()
_DMP.Diff_Timeout = 0
_OPS = {0: "=", 1: "+", -1: "-"}


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def word_diff(old: str, new: str) -> list[Seg]:
    """The segments that turn ``old`` into ``new``; unchanged text is one "=" segment."""
    if old == new:
        return [("=", new)] if new else []
    if not old:
        return [("+", new)]
    if not new:
        return [("-", old)]
    table: dict[str, str] = {}
    words: list[str] = []

    def encode(text: str) -> str:
        out = []
        for token in tokens(text):
            code = table.get(token)
            if code is None:
                # Private-use and beyond: code points that never need escaping in dmp.
                code = (
                    chr(0xF0000 + len(words))
                    if len(words) < 0xFFFE
                    else chr(0x10000 + len(words) - 0xFFFE)
                )
                table[token] = code
                words.append(token)
            out.append(code)
        return "".join(out)

    a, b = encode(old), encode(new)
    diffs = _DMP.diff_main(a, b, False)
    _DMP.diff_cleanupSemantic(diffs)
    segs: list[Seg] = []
    for op, chars in diffs:
        text = "".join(words[_index(c)] for c in chars)
        if segs and segs[-1][0] == _OPS[op]:
            segs[-1] = (segs[-1][0], segs[-1][1] + text)
        else:
            segs.append((_OPS[op], text))
    return segs


def _index(char: str) -> int:
    code = ord(char)
    return code - 0xF0000 if code >= 0xF0000 else code - 0x10000 + 0xFFFE


def side(segs: list[Seg] | tuple[Seg, ...], which: str) -> str:
    """The old ("-") or new ("+") text of a list of segments."""
    return "".join(text for op, text in segs if op in ("=", which))
