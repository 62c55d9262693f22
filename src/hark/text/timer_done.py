"""When a timer goes off, asked by its name alone (English): "When does the laundry
finish?", "when's the pasta done?", "what time will the bread be ready?".

The model read "When does the laundry finish?" as a timer question too weakly to act on
("Sorry, I'm not sure what you mean"). ``asked(text)`` returns the words that may name
the timer, or None; the caller says it plainly (:func:`said`) only when those words name
one of the user's running timers (else it may be an event's end: "when does the team
meeting finish?").
"""

from __future__ import annotations

import re

from hark.text.event_when import WHEN_THE

_ASKED = re.compile(
    WHEN_THE + r"(?P<x>[\w' -]+?)"
    r"(?:\s+timer)?\s+(?:finish|end|go off|ring|beep|be (?:done|ready|finished)|"
    r"(?:be\s+)?(?:done|ready|finished)|going to (?:finish|be done|be ready|go off))"
    r"(?:\s+(?:again|then|now))?\s*[?.!]*\s*$", re.I)


def asked(text: str) -> str | None:
    """The words of "When does the laundry finish?" that may name a timer, or None."""
    m = _ASKED.match(text.strip())
    return None if m is None else m["x"].strip()


def said(name: str) -> str:
    """The plain question when the timer called ``name`` goes off."""
    return f"what time will the {name} timer go off?"
