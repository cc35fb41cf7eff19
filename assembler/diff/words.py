"""Word-level differences with diff-match-patch.

Each token (a word, a run of spaces, or one punctuation mark) is mapped to one character, so
the diff works on tokens and an edit never starts inside a word (the lines-to-chars trick).
``Diff_Timeout = 0``: with the default of one second, a large text silently comes back as
"delete all, insert all".
"""

from __future__ import annotations

import re
from functools import lru_cache

from diff_match_patch import diff_match_patch

Seg = tuple[str, str]  # ("=" | "+" | "-", text)

_TOKEN = re.compile(r"\w+|\s+|[^\w\s]", re.UNICODE)
_DMP = diff_match_patch()
_DMP.Diff_Timeout = 0
_OPS = {0: "=", 1: "+", -1: "-"}


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


@lru_cache(maxsize=65536)
def word_diff(old: str, new: str) -> tuple[Seg, ...]:
    """Cached: the same heading change shows up in the body, the contents and the toelichting."""
    return tuple(_word_diff(old, new))


def _word_diff(old: str, new: str) -> list[Seg]:
    """The segments that turn ``old`` into ``new``; unchanged text is one "=" segment."""
    if old == new:
        return [("=", new)] if new else []
    if not old:
        return [("+", new)]
    if not new:
        return [("-", old)]
    a_tokens, b_tokens = tokens(old), tokens(new)
    # Trim the tokens both texts share at the start and the end: most changes (a renumbered
    # reference, one reworded phrase) are small, and need no full diff at all.
    start = 0
    limit = min(len(a_tokens), len(b_tokens))
    while start < limit and a_tokens[start] == b_tokens[start]:
        start += 1
    end = 0
    while end < limit - start and a_tokens[-1 - end] == b_tokens[-1 - end]:
        end += 1
    a_mid = a_tokens[start : len(a_tokens) - end]
    b_mid = b_tokens[start : len(b_tokens) - end]
    head, tail = "".join(a_tokens[:start]), "".join(a_tokens[len(a_tokens) - end :])
    if len(a_mid) <= 2 or len(b_mid) <= 2:
        middle = [("-", "".join(a_mid)), ("+", "".join(b_mid))]
    else:
        middle = _dmp_diff(a_mid, b_mid)
    segs = [("=", head), *middle, ("=", tail)]
    return [seg for seg in segs if seg[1]]


def _dmp_diff(a_tokens: list[str], b_tokens: list[str]) -> list[Seg]:
    table: dict[str, str] = {}
    words: list[str] = []

    def encode(toks: list[str]) -> str:
        out = []
        for token in toks:
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

    a, b = encode(a_tokens), encode(b_tokens)
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
