"""When an event starts, asked by words of its own title that read as travel or other
things (English): "What time's the Boston thing start?", "when is the Lisbon trip?",
"when does the Amsterdam trip begin".

The model read such questions as asking for travel information ("Sorry, I can't look up
travel information yet"), since a trip or a flight is its title. ``asked(text)`` returns
the words that name the event, or None; the caller says it plainly (:func:`said`) only
when those words name exactly one of the user's coming events.
"""

from __future__ import annotations

import re

_ASKED = re.compile(
    r"^(?:(?:and|so|ok|okay|oh|right)[\s,]+)*(?:what time|when)(?:'s|\s+is|\s+does|\s+will)?\s+"
    r"(?:the|my|our)\s+(?P<x>[\w' -]+?)(?:\s+(?:thing|one))?"
    r"(?:\s+(?:start|begin|kick off|leave|be))?(?:\s+again)?\s*\??\s*$", re.I)
# words that ask of another kind of thing, not an event
_OTHER = re.compile(r"\b(?:alarm|reminder|timer|list|bins?|sunrise|sunset|train|bus|flight|"
                    r"shop|store|pharmacy|match|game)s?\b$", re.I)


def asked(text: str) -> str | None:
    """The words of an English "when is the Boston trip?" that name the event, or None."""
    m = _ASKED.match(text.strip())
    if m is None or _OTHER.search(m["x"]):
        return None
    return m["x"]


def said(title: str) -> str:
    """The plain question when the event called ``title`` starts."""
    return f"when is the {title} in my calendar?"
