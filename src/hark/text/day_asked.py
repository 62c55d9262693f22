"""The weekday named when the day is what was asked (English): "Which day's the dentist
reminder on again?" — "You have one reminder: call the dentist at 10 AM tomorrow,
Tuesday."; "On which day is the team meeting?" — "… at 9 AM tomorrow, Tuesday.".

``day_named(question, answer, today)`` returns ``answer`` with "today" or "tomorrow" (the
first said) followed by its weekday when ``question`` asks which day, else as it is.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

_ASKS_DAY = re.compile(r"\b(?:which|what)\s+day(?:'s|\s+is|\s+was|\s+does|\s+did|\s+of the week)?\b|"
                       r"\bon\s+which\s+day\b|\b(?:which|what)\s+date\b", re.I)
_SAID = re.compile(r"\b(today|tomorrow)\b(?!,?\s+(?:monday|tuesday|wednesday|thursday|friday|"
                   r"saturday|sunday)\b)", re.I)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def day_named(question: str, answer: str, today: date) -> str:
    """``answer`` with the weekday after its first "today"/"tomorrow" when ``question``
    asks which day (see the module)."""
    if not _ASKS_DAY.search(question):
        return answer
    m = _SAID.search(answer)
    if m is None:
        return answer
    day = today + timedelta(days=1 if m.group(1).lower() == "tomorrow" else 0)
    return f"{answer[:m.end()]}, {_WEEKDAYS[day.weekday()]}{answer[m.end():]}"
