"""One of the user's things named alone, as a tired or interrupted user starts (English):
"um, the weekday alarm…", "the bins reminder on Thursday", "the pasta timer". Nothing is
asked yet, so the assistant says what the thing is now, and the next turn's "make it 8 pm
instead" is about it.

``asked(text)`` returns the question the thing named alone stands for ("when is the
weekday alarm?", "how long is left on the pasta timer?"), or None.
"""

from __future__ import annotations

import re

_THING = re.compile(
    r"^(?:(?:um+|uh+|er+m?|oh|ok|okay|right|so|and|now|hey|hmm+)[\s,.…]+)*"
    r"(?P<thing>(?:the|my|tomorrow's|today's|that|this)\s+(?:[\w'-]+\s+){0,3}?"
    r"(?P<kind>alarm|reminder|timer|appointment|meeting)"
    r"(?:\s+(?:on|for|at|this|tomorrow|today)\b[\w:' ]{0,20})?)"
    r"[\s….,!?-]*$", re.I)


def asked(text: str) -> str | None:
    """The question a thing named alone stands for, or None."""
    m = _THING.match(text.strip())
    if m is None:
        return None
    if m["kind"].lower() == "timer":
        return f"how long is left on {m['thing']}?"
    return f"when is {m['thing']}?"
