"""Putting something in the calendar said with a colloquial verb (English): "Stick a job in
for Thursday morning", "Chuck a catch-up with Mereana in for tomorrow arvo", "pop an eye
test in for Thursday", "can you throw that in my calendar", "bung it in the diary".

``put_in(text)`` says the verb "put", which the calendar reads; other text is returned as it
was. The model had not read the others at all, or asked whether an alarm was meant.
"""

from __future__ import annotations

import re

_PUT = re.compile(
    r"\b(?:stick|chuck|pop|bung|slot|throw|whack|shove|squeeze|pencil)\b(?=\s+(?:[\w'-]+\s+){0,6}?"
    r"(?:in\s+(?:for|on|my|the)\b|into\s+(?:my|the)\s+(?:calendar|diary)\b|"
    r"(?:on|in)\s+(?:my|the)\s+(?:calendar|diary)\b))", re.I)


def put_in(text: str) -> str:
    """``text`` with "stick … in for Thursday" said as "put … in for Thursday"."""
    return _PUT.sub("put", text)
