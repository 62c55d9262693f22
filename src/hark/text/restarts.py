"""A start given up at a dash, as people type what they say (English): "get rid of the— uh,
the first two" is "get rid of the first two", "The last— uh, what was the last one?" is
"what was the last one?", "move it to— make it three o'clock" is "make it three o'clock",
"set a— an alarm" is "set an alarm".

``restarted(text)`` drops each word said again after a dash and each clause given up at
one; a dash with spaces around it ("… on it — I'd like it later") is left as it is.
"""

from __future__ import annotations

import re

# a word cut off by a dash and said again, or a start given up ("get rid of the— uh, the
# first two", "The last— uh, what was the last one?", "move it to— make it three o'clock")
_RESTART = re.compile(r"(?P<word>[\w']+)(?:—|–|--)(?!\w)\s*(?:(?:uh+|um+|er+|erm+|äh+|ähm|euh|eh+|ehm)\b\s*,?\s*)?"
                      r"(?P<next>[\w']+)?", re.I)
_LITTLE = re.compile(r"^(?:the|a|an|my|to|of|on|in|for|at|and|your|der|die|das|den|dem|ein|eine|"
                     r"einen|le|la|les|un|une|el|los|las|il|lo|uno|una)$", re.I)


def restarted(text: str) -> str:
    """``text`` with each start given up at a dash dropped (see ``_RESTART``)."""
    for _ in range(4):
        m = _RESTART.search(text)
        if m is None or m.group("next") is None:
            return text
        word, nxt = m.group("word"), m.group("next")
        if word.lower() == nxt.lower() or (_LITTLE.match(word) and _LITTLE.match(nxt)):
            # said again, or a little word put right ("set a— an alarm")
            text = text[:m.start()] + text[m.start("next"):]
        else:  # a start given up: its clause dropped
            clause = max(text.rfind(",", 0, m.start()), text.rfind(".", 0, m.start()),
                         text.rfind("?", 0, m.start()))
            text = (text[:clause + 1] + " " if clause >= 0 else "") + text[m.start("next"):]
    return text
