"""Days named first and asked for by "both days" or "those days" (English): "my tuition
starts early on Tuesday and Thursday, can you put an alarm at 5.45am those two days every
week?", "The twins have swimming on Tuesdays and Thursdays now. I need an alarm at quarter
to four on both days."

``those_days(text)`` says the days where they are asked for ("… an alarm at 5.45am every
Tuesday and Thursday") and takes them out of the words before, which only told them;
other text is returned as it was. Before, the alarm was refused ("every week" with no day
of its own) or not understood.
"""

from __future__ import annotations

import re

from hark.text.en_words import WEEKDAYS

_DAY = rf"(?:{WEEKDAYS})s?"
# two days or more, told: "on Tuesday and Thursday", "Mondays, Wednesdays and Fridays"
_TOLD = re.compile(rf"(?:\b(?:on|every)\s+)?\b{_DAY}(?:\s*,\s*{_DAY})*\s*,?\s+(?:and|&)\s+{_DAY}\b",
                   re.I)
# the days asked for by pointing back: "(on) both days", "those two days (every week)"
_BACK = re.compile(r"\b(?:on\s+)?(?:both|those|these|the same|each of those|each of the)"
                   r"(?:\s+(?:two|three|four|2|3|4))?\s+days\b(?:\s+(?:every|each)\s+week)?", re.I)


# asked for something new, not a skip of what one has
_MAKES = re.compile(r"\b(?:set|put|add|need|want|make|create|get|give|remind|chuck|stick|pop|"
                    r"book)\b", re.I)
_SKIPS = re.compile(r"\b(?:skip|cancel|off|stop|remove|delete|turn|no|don't|not)\b", re.I)


def those_days(text: str) -> str:
    """``text`` with the days told first said where "those days" asks for them."""
    back = _BACK.search(text)
    if back is None:
        return text
    clause = re.split(r"[.;!?]\s+", text[:back.start()])[-1]
    if not _MAKES.search(clause) or _SKIPS.search(clause):
        return text  # ("I'm on leave Tuesday and Wednesday, skip the weekday alarm on both
        # days": those days skipped, not a new repeat)
    told = [m for m in _TOLD.finditer(text, 0, back.start())]
    if not told:
        return text
    m = told[-1]
    if not _MAKES.search(text, m.end(), back.start()):
        return text  # the request says its days, the remark after points back at them:
        # "make that one repeat every Tuesday and Thursday, I've got lessons both days"
    days = [d.lower().removesuffix("s").capitalize()
            for d in re.findall(rf"\b{_DAY}\b", m.group(0), re.I)]
    said = "every " + (", ".join(days[:-1]) + " and " + days[-1])
    out = text[:back.start()] + said + text[back.end():]
    return re.sub(r"\s+(?=[,.;!?])", "", re.sub(r"\s{2,}", " ", out[:m.start()] + out[m.end():])
                  ).strip()
